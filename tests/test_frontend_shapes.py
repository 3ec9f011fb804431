"""The drawn-geometry visuals of the bundled front end in headless Chromium (fake anywidget model, see
test_frontend_fake_model.py): tubes, transform axes, 2D shapes at z = 0, Mesh3D and Asset3D, down to pixels.

Scene replies are built from real archetypes through the kernel's own wire encoder (``viewer/wire.py``), so what
the page decodes is what a kernel sends.
"""

from __future__ import annotations

import numpy as np
import pytest
import test_frontend_fake_model as fm
from test_frontend_fake_model import PX_PER_UNIT, H, Reply, W, b64

import rerun_nb as rr
from rerun_nb.viewer.wire import encode_batch

pytestmark = pytest.mark.browser
browser, harness = fm.browser, fm.harness  # the fake-model page's fixtures
TOP = {"position": [0.0, 0.0, 6.0], "target": [0.0, 0.0, 0.0], "up": [0.0, 1.0, 0.0]}  # x right, y up


def add(reply: Reply, path: str, *archetypes: object, color=(200, 200, 200, 255)) -> Reply:
    """Add entity ``path`` holding ``archetypes``' batches, encoded as the kernel encodes them."""
    comps = {}
    for arch in archetypes:
        for name, batch in arch.as_component_batches().items():
            local: list[memoryview] = []
            desc = encode_batch(batch, local)
            assert desc is not None, name
            base = len(reply.bufs)
            for mv in local:
                reply.bufs.append(b64(np.frombuffer(bytes(mv), np.uint8)))
            for k in ("buf", "offsets"):
                if k in desc:
                    desc[k] += base
            comps[name] = desc
    reply.content["entities"].append({"path": path, "color": list(color), "comps": comps})
    return reply


def scene(*entities: tuple[str, list[object]], bounds=(-2.5, -2.5, -2.5, 2.5, 2.5, 2.5)):
    def handler(q: dict) -> Reply:
        r = Reply(q, full=True, bounds=list(bounds))
        for path, archs in entities:
            add(r, path, *archs)
        return r

    return handler


def at(a: np.ndarray, u: float, v: float, r: int = 0) -> np.ndarray:
    """Pixels around the scene point (u, v) of the view plane (x right, the second axis up), at depth 6."""
    y, x = round(H / 2 - v * PX_PER_UNIT), round(W / 2 + u * PX_PER_UNIT)
    return a[y - r : y + r + 1, x - r : x + r + 1]


def drawn(a: np.ndarray) -> np.ndarray:
    bg = a[3, 3].astype(int)
    return np.abs(a.astype(int) - bg).max(axis=2) > 12


def dominant(a: np.ndarray, ch: int) -> np.ndarray:
    """Pixels where channel ``ch`` is bright and the other two clearly lower."""
    others = np.delete(a, ch, axis=2).max(axis=2)
    return (a[..., ch] > 90) & (a[..., ch] > 2 * others)


def test_tubes_solid_and_round_capped(harness):
    h = harness(
        scene(
            ("cyl", [rr.Cylinders3D(lengths=2.0, radii=0.5, centers=[-1.5, 0, 0], colors=[255, 0, 0])]),
            ("caps", [rr.Capsules3D(lengths=2.0, radii=0.5, translations=[1.5, 0, -1], colors=[0, 255, 0])]),
        ),
        entity_paths=["caps", "cyl"],
    )
    h.wait_frames(1)
    a = h.pixels()
    red, green = dominant(a, 0), dominant(a, 1)
    assert at(red, -1.5, 0, 3).all() and at(red, -1.1, 0.8, 1).all() and not at(red, -1.5, 1.3, 2).any()
    assert at(green, 1.5, 0, 3).all() and at(green, 1.5, 1.4, 1).all() and not at(green, 1.5, 1.65, 2).any()
    assert not at(green, 1.5 + 0.46, 1.43, 1).any()  # the capsule's corner is round
    assert red.sum() == red[:, : W // 2].sum() and green.sum() == green[:, W // 2 :].sum()


def test_transform_axes_red_right_blue_up(harness):
    h = harness(scene(("frame", [rr.TransformAxes3D(1.5)])), entity_paths=["frame"])
    h.wait_frames(1)
    a = h.pixels()
    red, blue = dominant(a, 0), dominant(a, 2)
    assert at(red, 1.0, 0, 2).any() and not at(red, -1.0, 0, 4).any()
    assert at(blue, 0, 1.0, 2).any() and not at(blue, 0, -1.0, 4).any()


def test_2d_shapes_in_the_plane_z0_with_labels(harness):
    h = harness(
        scene(
            (
                "boxes",
                [
                    rr.Boxes2D(
                        array=[[-2.5, -1, 2, 2]],
                        array_format="XYWH",
                        colors=[255, 0, 0],
                        radii=0.04,
                        labels="box",
                    )
                ],
            ),
            (
                "ell",
                [
                    rr.Ellipses2D(
                        half_sizes=[[1, 0.5]],
                        centers=[[1.5, 0]],
                        colors=[0, 255, 0],
                        line_radii=0.04,
                        labels="hidden",
                        show_labels=False,
                    )
                ],
            ),
            (
                "arrow",
                [
                    rr.Arrows2D(
                        vectors=[[0, 1.5]],
                        origins=[[0, -1.5]],
                        colors=[0, 0, 255],
                        radii=0.08,
                        labels=["<b>up</b>"],
                    )
                ],
            ),
        ),
        entity_paths=["arrow", "boxes", "ell"],
        camera=TOP,
    )
    h.wait_frames(1)
    a = h.pixels()
    red, green, blue = dominant(a, 0), dominant(a, 1), dominant(a, 2)
    assert at(red, -2.5, 0, 2).any() and at(red, -1.5, 1, 2).any() and not at(red, -1.5, 0, 5).any()
    assert at(green, 2.5, 0, 2).any() and at(green, 1.5, 0.5, 2).any() and not at(green, 1.5, 0, 5).any()
    assert at(blue, 0, -1.0, 1).all() and at(blue, 0.12, -0.45, 0).all()  # shaft; the head is wider
    assert not at(blue, 0.12, -1.0, 0).any() and not at(blue, 0, 0.2, 2).any()
    # labels drawn in the view, as text; show_labels=False hides the ellipse's
    assert sorted(h.page.locator(".rrnb-label").all_text_contents()) == ["<b>up</b>", "box"]
    # hover over the box's outline area names the box
    box = h.page.locator("canvas.rrnb-canvas").bounding_box()
    y, x = round(H / 2 - 0.5 * PX_PER_UNIT), round(W / 2 - 2.0 * PX_PER_UNIT)
    h.page.mouse.move(box["x"] + x, box["y"] + y)
    tip = h.page.locator(".rrnb-tooltip")
    tip.wait_for(state="visible", timeout=5000)
    assert tip.inner_text().split("\n")[0] == "boxes"


QUAD = np.array([[-1, 0, -1], [1, 0, -1], [1, 0, 1], [-1, 0, 1]], np.float32)  # facing the camera
TEX = np.array([[[255, 0, 0], [0, 255, 0]], [[0, 0, 255], [255, 255, 0]]], np.uint8)  # rows top to bottom


def test_mesh3d_texture_and_vertex_colours(harness):
    uv = [[0, 1], [1, 1], [1, 0], [0, 0]]  # (0, 0) is the texture's top left
    tri = [[0, 1, 2], [0, 2, 3]]
    h = harness(
        scene(
            (
                "tex",
                [
                    rr.Mesh3D(
                        vertex_positions=QUAD * 0.9 - [1.1, 0, 0],
                        triangle_indices=tri,
                        vertex_texcoords=uv,
                        albedo_texture=TEX,
                    )
                ],
            ),
            (
                "vc",
                [
                    rr.Mesh3D(
                        vertex_positions=QUAD * 0.9 + [1.1, 0, 0],
                        triangle_indices=tri,
                        vertex_colors=[[255, 0, 0], [255, 0, 0], [0, 0, 255], [0, 0, 255]],
                    )
                ],
            ),
        ),
        entity_paths=["tex", "vc"],
    )
    h.wait_frames(1)
    a = h.pixels()
    for (u, v), ch in {(-1.55, 0.45): 0, (-0.65, 0.45): 1, (-1.55, -0.45): 2}.items():
        assert dominant(at(a, u, v, 1), ch).all(), ((u, v), at(a, u, v)[0, 0])
    assert (
        dominant(at(a, 1.1, -0.8, 1), 0).all() and dominant(at(a, 1.1, 0.8, 1), 2).all()
    )  # red bottom, blue top
    assert not drawn(a)[:, W // 2 - 3 : W // 2 + 3].any()  # the gap between them


def _stl(tris: np.ndarray) -> bytes:
    rec = np.zeros(len(tris), np.dtype([("n", "<f4", 3), ("v", "<f4", (3, 3)), ("a", "<u2")]))
    rec["v"] = tris
    return b"\0" * 80 + np.uint32(len(tris)).tobytes() + rec.tobytes()


def test_asset3d_obj_stl_glb(harness):
    trimesh = pytest.importorskip("trimesh")
    small = QUAD * 0.6
    obj = "".join(f"v {x} {y} {z}\n" for x, y, z in small - [1.6, 0, 0]).encode() + b"f 1 2 3\nf 1 3 4\n"
    stl = _stl(small[[[0, 1, 2], [0, 2, 3]]])
    box = trimesh.creation.box(extents=[1.2, 1.2, 1.2])
    box.apply_translation([1.6, 0, 0])
    box.visual.face_colors = [0, 0, 255, 255]
    h = harness(
        scene(
            ("obj", [rr.Asset3D(contents=obj, albedo_factor=[255, 0, 0])]),  # media type from the first bytes
            ("stl", [rr.Asset3D(contents=stl, media_type=rr.MediaType.STL, albedo_factor=[0, 255, 0])]),
            ("glb", [rr.Asset3D(contents=box.export(file_type="glb"))]),
        ),
        entity_paths=["glb", "obj", "stl"],
    )
    h.wait_frames(1)
    # a glTF without external images parses through promises only: in place by the first frame
    a = h.pixels()
    assert dominant(at(a, -1.6, 0, 4), 0).all() and not dominant(a, 0)[:, W // 2 :].any()
    assert dominant(at(a, 0, 0, 4), 1).all()
    assert dominant(at(a, 1.6, 0, 4), 2).all()
    assert not drawn(at(a, -0.8, 0, 2)).any() and not drawn(at(a, 0.8, 0, 2)).any()
