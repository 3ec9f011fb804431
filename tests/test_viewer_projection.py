"""3D content projected into a camera's 2D view (issue 12) on the kernel side: a 2D view at a pinhole whose
contents take in the space above it lists that space's 3D entities and sends each with the projective transform
``K_proj @ camera_from_entity`` (pixels after three.js divides by w); the bounds are the 2D content's only. Rerun's
default 2D view at a pinhole (``$origin/**``) is unchanged."""

from __future__ import annotations

import numpy as np

import rerun_nb as rr
import rerun_nb.blueprint as rrb
from rerun_nb.viewer import Viewer

FX, FY, CX, CY = 200.0, 180.0, 200.0, 150.0


def _views(node: dict) -> list[dict]:
    if node["type"] == "view":
        return [node]
    return [v for c in node["children"] for v in _views(c)]


def _query(v: Viewer, sid: str) -> tuple[dict, dict[str, np.ndarray]]:
    r, bufs = v.handler.handle(
        {"type": "query", "id": 1, "view": "w/" + sid, "space": sid, "timeline": None, "time": 0}, []
    )
    assert r["type"] == "scene", r
    t = r["transforms"]
    m = np.frombuffer(bytes(bufs[t["buf"]]), "<f4").reshape(-1, 4, 4) if t["paths"] else []
    return r, {p: m[i].T.astype(np.float64) for i, p in enumerate(t["paths"])}  # column-major -> row-major


def _pixel(m: np.ndarray, p) -> np.ndarray:
    h = m @ [*p, 1.0]
    return h[:2] / h[3]


def _recording(app: str, xyz=None) -> rr.RecordingStream:
    rec = rr.RecordingStream(app)
    # the camera 1 unit behind the world origin along z, turned 90 degrees about z
    rot = rr.RotationAxisAngle(axis=[0, 0, 1], degrees=90)
    rec.log("world/camera", rr.Transform3D(translation=[0, 0, -1], rotation=rot), static=True)
    pin = rr.Pinhole(focal_length=[FX, FY], principal_point=[CX, CY], width=400, height=300, camera_xyz=xyz)
    rec.log("world/camera", pin, static=True)
    rec.log("world/camera/img", rr.Points2D([[10, 20], [390, 290]]), static=True)
    rec.log("world/arm", rr.Transform3D(translation=[0, 0, 1]), static=True)
    rec.log("world/arm/pts", rr.Points3D([[0.25, -0.5, 0.0], [0, 0, -3]]), static=True)
    return rec


def _camera(p, xyz_rdf) -> np.ndarray:
    """A world point in the camera's RDF coordinates (turned 90 degrees about z, 1 behind along z)."""
    x, y, z = p
    local = np.array([y, -x, z + 1.0])  # inverse of the 90 degree turn, after the translation
    return xyz_rdf @ local


def test_3d_entities_above_the_pinhole_are_projected_and_out_of_the_bounds() -> None:
    for app, xyz, rdf in (
        ("proj_rdf", None, np.eye(3)),
        ("proj_rub", rr.ViewCoordinates.RUB, np.diag([1.0, -1.0, -1.0])),
    ):
        rec = _recording(app, xyz)
        rec.send_blueprint(rrb.Spatial2DView(origin="/world/camera", contents=["$origin/**", "/world/**"]))
        v = Viewer(rec)
        (view,) = _views(v.view_layout["root"])
        assert view["entities"] == ["world/arm/pts", "world/camera/img"]
        r, tfs = _query(v, view["id"])
        assert {e["path"] for e in r["entities"]} >= {"world/arm/pts", "world/camera/img"}
        # world/arm carries the projection (the first step out of the camera's subtree); its child is local
        own = tfs.get("world/arm/pts")
        m = tfs["world/arm"] @ (own if own is not None and np.all(np.isfinite(own)) else np.eye(4))
        assert np.allclose(m[3, :3], tfs["world/arm"][3, :3]) and np.any(m[3, :3] != 0)
        for p in ([0.25, -0.5, 0.0], [1.0, 0.5, 2.0]):
            q = _camera([p[0], p[1], p[2] + 1.0], rdf)  # world/arm lifts it by 1
            want = [FX * q[0] / q[2] + CX, FY * q[1] / q[2] + CY]
            assert np.allclose(_pixel(m, p), want, atol=1e-3), (app, p, _pixel(m, p), want)
        for p in ([0.0, 0.0, -3.0], [0.0, 0.0, 1.0]):  # RDF z = -1 and +1 (RUB: the other way round)
            q = _camera([p[0], p[1], p[2] + 1.0], rdf)
            # w = depth: behind the camera w < 0, clipped by the page
            assert np.isclose((m @ [*p, 1.0])[3], q[2])
        # the bounds are the image's 2D points only
        assert np.allclose(r["bounds"], [10, 20, 0, 390, 290, 0], atol=1e-6), r["bounds"]
        v.close()


def test_default_2d_view_at_a_pinhole_does_not_take_the_3d_space() -> None:
    rec = _recording("proj_default")
    v = Viewer(rec)
    two_d = [w for w in _views(v.view_layout["root"]) if w["class"] == "2D"]
    assert [w["entities"] for w in two_d] == [["world/camera/img"]]
    r, tfs = _query(v, two_d[0]["id"])
    assert {e["path"] for e in r["entities"]} == {"world/camera/img"}
    assert all(np.allclose(m[3], [0, 0, 0, 1]) for m in tfs.values())
    v.close()


def test_a_3d_view_is_not_projected() -> None:
    rec = _recording("proj_3d")
    rec.send_blueprint(rrb.Spatial3DView(origin="/world"))
    v = Viewer(rec)
    (view,) = _views(v.view_layout["root"])
    _, tfs = _query(v, view["id"])
    assert all(np.allclose(m[3], [0, 0, 0, 1]) for m in tfs.values())
    v.close()
