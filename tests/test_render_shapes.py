"""The pygfx visuals of the drawn shapes (tubes, axes, 2D shapes at z = 0, Mesh3D, Asset3D), down to pixels."""

from __future__ import annotations

import builtins
from types import SimpleNamespace

import numpy as np
import pytest

import rerun_nb as rr

pytest.importorskip("pygfx")

from rerun_nb.render.visuals import VisualContext, builder_for
from rerun_nb.render.visuals import asset3d as asset_visual

BG = np.array([0x1B, 0x1B, 0x1F])
W, H = 400, 300
FRONT = {"position": [0.0, -6.0, 0.0], "target": [0.0, 0.0, 0.0], "up": [0.0, 0.0, 1.0]}  # x right, z up
TOP = {"position": [0.0, 0.0, 6.0], "target": [0.0, 0.0, 0.0], "up": [0.0, 1.0, 0.0]}  # x right, y up
PX = (H / 2) / np.tan(np.radians(22.5)) / 6.0  # pixels per unit at depth 6
CTX = VisualContext(default_radius=0.05)
render = pytest.mark.usefixtures("needs_renderer")


def _snap(*logs: tuple[str, object], camera: dict = FRONT) -> np.ndarray:
    rec = rr.RecordingStream("shapes")
    for path, arch in logs:
        rec.log(path, arch, static=True)
    return rec.snapshot(timeline="", width=W, height=H, camera=camera, as_array=True)


def _drawn(img: np.ndarray) -> np.ndarray:
    return np.abs(img[..., :3].astype(int) - BG).max(axis=2) > 12


def _at(img_or_mask: np.ndarray, u: float, v: float, r: int = 0) -> np.ndarray:
    """The pixels around scene point (u, v) of the view plane (x right, second axis up), radius r pixels."""
    y, x = round(H / 2 - v * PX), round(W / 2 + u * PX)
    return img_or_mask[y - r : y + r + 1, x - r : x + r + 1]


def _ev(arch: str, **comps: np.ndarray) -> SimpleNamespace:
    return SimpleNamespace(
        path="e", components={f"{arch}:{k}": v for k, v in comps.items()}, default_color=(1, 2, 3, 255)
    )


def test_tubes_need_lengths_and_radii_and_splat_to_the_longest():
    build = builder_for("Cylinders3D")
    assert build(_ev("Cylinders3D", lengths=np.ones(1, np.float32)), "Cylinders3D", CTX) is None
    one = build(
        _ev("Cylinders3D", lengths=np.ones(1, np.float32), radii=np.ones(1, np.float32)), "Cylinders3D", CTX
    )
    three = build(
        _ev(
            "Cylinders3D",
            lengths=np.ones(1, np.float32),
            radii=np.ones(1, np.float32),
            centers=np.zeros((3, 3), np.float32),
        ),
        "Cylinders3D",
        CTX,
    )
    assert len(three.geometry.positions.data) == 3 * len(one.geometry.positions.data)
    assert builder_for("Capsules3D") is build


@pytest.mark.render
@render
def test_solid_cylinder_is_a_filled_rectangle_from_the_side():
    img = _snap(("c", rr.Cylinders3D(lengths=2.0, radii=0.5, colors=[255, 0, 0])))
    red = (img[..., 0] > 90) & (img[..., 1] < 50)
    assert _at(red, 0, 0, 3).all() and _at(red, 0.4, 0.9, 1).all() and _at(red, -0.4, -0.9, 1).all()
    assert not _at(_drawn(img), 0, 1.25, 2).any() and not _at(_drawn(img), 0.6, 0, 2).any()


@pytest.mark.render
@render
def test_capsule_has_round_caps_beyond_its_length():
    img = _snap(("c", rr.Capsules3D(lengths=2.0, radii=0.5, translations=[0, 0, -1], colors=[0, 255, 0])))
    d = _drawn(img)
    assert _at(d, 0, 1.4, 1).all() and _at(d, 0, -1.4, 1).all()  # the caps reach length / 2 + radius
    assert not _at(d, 0, 1.6, 2).any()
    assert not _at(d, 0.45, 1.42, 1).any()  # the rectangle's corner is cut round
    assert _at(d, 0.45, 0.9, 1).all()


@pytest.mark.render
@render
def test_wireframe_cylinder_is_hollow():
    img = _snap(
        ("c", rr.Cylinders3D(lengths=2.0, radii=0.8, fill_mode="majorwireframe", colors=[0, 200, 255]))
    )
    d = _drawn(img)
    assert _at(d, 0.8, 0, 2).any() and _at(d, 0, 1.0, 2).any()  # side line, end ring (edge on)
    assert not _at(d, 0.4, 0.5, 3).any()


@pytest.mark.render
@render
def test_transform_axes_are_red_right_and_blue_up():
    img = _snap(("frame", rr.TransformAxes3D(1.5)))
    px = img[..., :3].astype(int)
    red = (px[..., 0] > 150) & (px[..., 1] < 80) & (px[..., 2] < 80)
    blue = (px[..., 2] > 150) & (px[..., 0] < 120) & (px[..., 1] < 120)
    assert _at(red, 1.0, 0, 2).any() and not _at(red, -1.0, 0, 4).any()
    assert _at(blue, 0, 1.0, 2).any() and not _at(blue, 0, -1.0, 4).any()


@pytest.mark.render
@render
def test_2d_shapes_lie_in_the_plane_z0():
    img = _snap(
        (
            "boxes",
            rr.Boxes2D(
                array=[[-2.5, -1, 2, 2]], array_format=rr.Box2DFormat.XYWH, colors=[255, 0, 0], radii=0.04
            ),
        ),
        (
            "ell",
            rr.Ellipses2D(half_sizes=[[1, 0.5]], centers=[[1.5, 0]], colors=[0, 255, 0], line_radii=0.04),
        ),
        ("arrow", rr.Arrows2D(vectors=[[0, 1.5]], origins=[[0, -1.5]], colors=[0, 0, 255], radii=0.08)),
        camera=TOP,
    )
    px = img[..., :3].astype(int)
    red, green, blue = ((px[..., k] > 120) & (px[..., (k + 1) % 3] < 60) for k in range(3))
    assert _at(red, -2.5, 0, 2).any() and _at(red, -1.5, 1, 2).any() and not _at(red, -1.5, 0, 5).any()
    assert _at(green, 2.5, 0, 2).any() and _at(green, 1.5, 0.5, 2).any() and not _at(green, 1.5, 0, 5).any()
    assert _at(blue, 0, -1.0, 1).all() and _at(blue, 0.12, -0.45, 0).all()  # shaft; the head is wider
    assert not _at(blue, 0.12, -1.0, 0).any() and not _at(blue, 0, 0.2, 2).any()


QUAD = np.array([[-1, 0, -1], [1, 0, -1], [1, 0, 1], [-1, 0, 1]], np.float32)  # facing the FRONT camera
TEX = np.array([[[255, 0, 0], [0, 255, 0]], [[0, 0, 255], [255, 255, 0]]], np.uint8)  # rows top to bottom


@pytest.mark.render
@render
def test_textured_mesh_shows_its_texture_the_right_way_up():
    uv = [[0, 1], [1, 1], [1, 0], [0, 0]]  # (0, 0) is the texture's top left
    img = _snap(
        (
            "m",
            rr.Mesh3D(
                vertex_positions=QUAD,
                triangle_indices=[[0, 1, 2], [0, 2, 3]],
                vertex_texcoords=uv,
                albedo_texture=TEX,
            ),
        )
    )
    # at the texel centres: red top left, green top right, blue bottom left
    corner = {(-0.5, 0.5): 0, (0.5, 0.5): 1, (-0.5, -0.5): 2}
    for (u, v), ch in corner.items():
        c = _at(img, u, v)[0, 0, :3].astype(int)
        assert c[ch] > 100 and c[ch] > 2 * np.delete(c, ch).max(), ((u, v), c)
    assert not _at(_drawn(img), 1.2, 0, 3).any()


@pytest.mark.render
@render
def test_mesh_vertex_colours_factor_and_triangle_soup():
    img = _snap(
        ("m", rr.Mesh3D(vertex_positions=QUAD[:3], vertex_colors=[255, 255, 0], albedo_factor=[255, 0, 0]))
    )
    c = _at(img, 0.5, -0.5)[0, 0, :3]
    assert c[0] > 100 and c[1] < 40  # yellow times red
    assert not _at(_drawn(img), -0.5, 0.5, 3).any()  # only the first triangle (three positions, no indices)


def _stl(tris: np.ndarray) -> bytes:
    rec = np.zeros(len(tris), np.dtype([("n", "<f4", 3), ("v", "<f4", (3, 3)), ("a", "<u2")]))
    rec["v"] = tris
    return b"\0" * 80 + np.uint32(len(tris)).tobytes() + rec.tobytes()


SQUARE_STL = _stl(QUAD[[[0, 1, 2], [0, 2, 3]]])
SQUARE_OBJ = b"v -1 0 -1\nv 1 0 -1\nv 1 0 1\nv -1 0 1\nf 1 2 3\nf 1 3 4\n"


@pytest.mark.render
@render
@pytest.mark.parametrize("data", [SQUARE_STL, SQUARE_OBJ], ids=["stl", "obj"])
def test_asset_files_are_drawn_and_tinted(data):
    pytest.importorskip("trimesh")
    img = _snap(("a", rr.Asset3D(contents=data, albedo_factor=[255, 0, 0])))
    c = _at(img, 0, 0)[0, 0, :3].astype(int)
    assert c[0] > 40 and c[1] < 20 and c[2] < 20, c
    d = _drawn(img)
    assert _at(d, 0.9, 0.9, 1).all() and not _at(d, 1.1, 0, 3).any()


@pytest.mark.render
@render
def test_glb_asset_keeps_its_colours():
    trimesh = pytest.importorskip("trimesh")
    box = trimesh.creation.box(extents=[2, 2, 2])
    box.visual.face_colors = [0, 0, 255, 255]
    img = _snap(("a", rr.Asset3D(contents=box.export(file_type="glb"))))
    c = _at(img, 0, 0)[0, 0, :3].astype(int)
    assert c[2] > 100 and c[0] < 30, c


@pytest.mark.render
@render
def test_without_trimesh_the_assets_bounding_box_is_drawn(monkeypatch):
    real_import = builtins.__import__

    def no_trimesh(name, *a, **k):
        if name == "trimesh":
            raise ImportError("no trimesh")
        return real_import(name, *a, **k)

    monkeypatch.setattr(builtins, "__import__", no_trimesh)
    asset_visual._load.cache_clear()
    box = asset_visual.build(_ev("Asset3D", blob=[np.frombuffer(SQUARE_OBJ, np.uint8)]), "Asset3D", CTX)
    asset_visual._load.cache_clear()
    pos = np.concatenate([ch.geometry.positions.data for ch in box.children])
    assert pos.min(axis=0).tolist() == [-1, 0, -1] and pos.max(axis=0).tolist() == [1, 0, 1]
    assert len(pos) == 24  # 12 edges
