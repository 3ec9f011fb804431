"""Pictures from the kernel (pygfx): pixel checks on known scenes and on the tutorial."""

from __future__ import annotations

import io
from math import tau

import numpy as np
import pytest

import rerun_nb as rr
from rerun_nb.query import default_color
from rerun_nb.utilities import bounce_lerp, build_color_spiral

pytestmark = [pytest.mark.render, pytest.mark.usefixtures("needs_renderer")]

BG = np.array([0x1B, 0x1B, 0x1F])
W, H = 400, 300
# Looking along +Y from the front, Z up: +X is to the right of the picture.
FRONT = {"position": [0.0, -6.0, 0.0], "target": [0.0, 0.0, 0.0], "up": [0.0, 0.0, 1.0]}


def tutorial(*, rotate: bool = True, seed: int = 7) -> rr.RecordingStream:
    """The tutorial (with the stable_time fix) on its own recording; ``rotate=False`` leaves out the last loop."""
    rng = np.random.default_rng(seed)
    rec = rr.RecordingStream("rerun_example_dna_abacus")
    rec.set_time_seconds("stable_time", 0)
    n = 100
    p1, c1 = build_color_spiral(n)
    p2, c2 = build_color_spiral(n, angular_offset=tau * 0.5)
    rec.log("dna/structure/left", rr.Points3D(p1, colors=c1, radii=0.08))
    rec.log("dna/structure/right", rr.Points3D(p2, colors=c2, radii=0.08))
    rec.log("dna/structure/scaffolding", rr.LineStrips3D(np.stack((p1, p2), axis=1), colors=[128, 128, 128]))
    offsets = rng.random(n)
    for i in range(400):
        time = i * 0.01
        rec.set_time_seconds("stable_time", time)
        times = np.repeat(time, n) + offsets
        beads = [bounce_lerp(p1[k], p2[k], times[k]) for k in range(n)]
        colors = [[int(bounce_lerp(80, 230, times[k] * 2))] for k in range(n)]
        rec.log(
            "dna/structure/scaffolding/beads",
            rr.Points3D(beads, radii=0.06, colors=np.repeat(colors, 3, axis=-1)),
        )
    if rotate:
        for i in range(400):
            time = i * 0.01
            rec.set_time_seconds("stable_time", time)
            rec.log(
                "dna/structure",
                rr.Transform3D(rotation=rr.RotationAxisAngle(axis=[0, 0, 1], radians=time / 4.0 * tau)),
            )
    return rec


def _px(img: np.ndarray, x: float, y: float) -> np.ndarray:
    return img[round(float(y)), round(float(x)), :3].astype(int)


def _project_front(x: float, z: float = 0.0) -> tuple[float, float]:
    """Pixel of world (x, 0, z) seen from FRONT (45° vertical fov)."""
    f = (H / 2) / np.tan(np.radians(22.5)) / 6.0
    return W / 2 + x * f, H / 2 - z * f


def _is_bg(c: np.ndarray, tol: int = 6) -> bool:
    return bool(np.all(np.abs(c - BG) <= tol))


def test_red_left_blue_right_positions_and_radius():
    rec = rr.RecordingStream("two")
    rec.log("red", rr.Points3D([[-1, 0, 0]], colors=[255, 0, 0], radii=0.3), static=True)
    rec.log("blue", rr.Points3D([[1, 0, 0]], colors=[0, 0, 255], radii=0.3), static=True)
    img = rec.snapshot(timeline="", width=W, height=H, camera=FRONT, as_array=True)
    assert img.shape == (H, W, 4) and img.dtype == np.uint8
    xl, y = _project_front(-1)
    xr, _ = _project_front(1)
    red, blue = _px(img, xl, y), _px(img, xr, y)
    assert red[0] > 200 and red[1] < 30 and red[2] < 30, red
    assert blue[2] > 200 and blue[0] < 30 and blue[1] < 30, blue
    # radius in scene units: 0.3 at distance 6 → r_px
    r_px = 0.3 * (H / 2) / np.tan(np.radians(22.5)) / 6.0
    assert _px(img, xl + 0.7 * r_px, y)[0] > 150  # inside the disc
    assert _is_bg(_px(img, xl + 1.3 * r_px, y))  # outside it
    assert _is_bg(_px(img, W / 2, y))  # nothing in the middle
    assert _is_bg(_px(img, 5, 5))  # the widget's background


def test_shading_and_default_color():
    rec = rr.RecordingStream("shade")
    rec.log("p", rr.Points3D([[0, 0, 0]], radii=1.0), static=True)
    img = rec.snapshot(timeline="", width=W, height=H, camera=FRONT, as_array=True)
    x, y = _project_front(0)
    want = np.array(default_color("p")[:3])
    centre = _px(img, x, y)
    # the widget's shading: rgb * (0.72 + 0.28 * lambert); at the centre lambert ≈ 0.82
    assert np.all(np.abs(centre - want * (0.72 + 0.28 * 0.82)) <= 12), (centre, want)
    r_px = 1.0 * (H / 2) / np.tan(np.radians(22.5)) / 6.0
    # lit from the upper left: the upper-left of the sphere is brighter than the lower-right
    ul = _px(img, x - 0.5 * r_px, y - 0.5 * r_px).sum()
    lr = _px(img, x + 0.5 * r_px, y + 0.5 * r_px).sum()
    assert ul > lr


def test_transform_hierarchy_and_z_up():
    rec = rr.RecordingStream("tf")
    # a point at local +x, under a parent rotated 180° about Z and lifted 1 along Z: world (-1, 0, 1)
    rec.log(
        "a",
        rr.Transform3D(translation=[0, 0, 1], rotation=rr.RotationAxisAngle(axis=[0, 0, 1], degrees=180)),
        static=True,
    )
    rec.log("a/p", rr.Points3D([[1, 0, 0]], colors=[0, 255, 0], radii=0.3), static=True)
    img = rec.snapshot(timeline="", width=W, height=H, camera=FRONT, as_array=True)
    x, y = _project_front(-1, 1)
    g = _px(img, x, y)
    assert g[1] > 200 and g[0] < 40, g
    assert _is_bg(_px(img, *_project_front(1, 0)))


def test_lines_boxes_arrows_draw_where_they_are():
    rec = rr.RecordingStream("shapes")
    rec.log("line", rr.LineStrips3D([[[-2, 0, 1], [2, 0, 1]]], colors=[255, 255, 0], radii=0.1), static=True)
    rec.log(
        "box",
        rr.Boxes3D(
            centers=[[-1.5, 0, -1]], half_sizes=[[0.4, 0.4, 0.4]], colors=[255, 0, 255], fill_mode="solid"
        ),
        static=True,
    )
    rec.log(
        "wire",
        rr.Boxes3D(centers=[[0, 0, -1]], half_sizes=[[0.4, 0.4, 0.4]], colors=[0, 255, 255]),
        static=True,
    )
    rec.log(
        "arrow",
        rr.Arrows3D(origins=[[1, 0, -1.4]], vectors=[[0, 0, 1]], colors=[255, 128, 0], radii=0.08),
        static=True,
    )
    img = rec.snapshot(timeline="", width=W, height=H, camera=FRONT, as_array=True)
    yl = _px(img, *_project_front(0.5, 1))
    assert yl[0] > 150 and yl[1] > 150 and yl[2] < 60, yl  # yellow line
    box = _px(img, *_project_front(-1.5, -1))
    assert box[0] > 100 and box[2] > 100 and box[1] < 40, box  # magenta solid box (lit)
    assert _is_bg(_px(img, *_project_front(0, -1)))  # wireframe box: hollow in the middle
    edge = _px(img, *_project_front(0.4, -1))
    assert edge[1] > 100 and edge[2] > 100, edge  # ... with cyan edges
    arrow = _px(img, *_project_front(1, -1.1))
    assert arrow[0] > 100 and arrow[2] < 60, arrow  # orange arrow shaft


def test_snapshot_png_bytes():
    from PIL import Image

    rec = tutorial(rotate=False)
    png = rec.snapshot(timeline="stable_time", time=1.0, width=320, height=240)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    im = Image.open(io.BytesIO(png))
    assert im.size == (320, 240)


def test_tutorial_two_times_differ_only_where_beads_moved():
    rec = tutorial(rotate=False)
    beads = "dna/structure/scaffolding/beads"
    from rerun_nb.render.camera import fit_camera

    camera = fit_camera(rec.scene(timeline="stable_time", time=0.5).bounds(), W / H)
    kw = {"timeline": "stable_time", "width": W, "height": H, "camera": camera}
    from rerun_nb.render.snapshot import snapshot_array

    a = snapshot_array(rec, time=0.5, **kw)
    b = snapshot_array(rec, time=1.5, **kw)
    again = snapshot_array(rec, time=0.5, **kw)
    assert np.array_equal(a, again), "the same time must give the same picture"
    changed = np.abs(a[..., :3].astype(int) - b[..., :3].astype(int)).max(axis=2) > 8
    assert changed.sum() > 200, "the beads moved: the pictures must differ"
    # where the beads are (at either time), grown by a few pixels for antialiasing
    others = [p for p in rec.entity_paths() if p != beads and not beads.startswith(p + "/")]
    only_a = snapshot_array(rec, time=0.5, hidden=others, **kw)
    only_b = snapshot_array(rec, time=1.5, hidden=others, **kw)
    bead_px = (np.abs(only_a[..., :3].astype(int) - BG).max(axis=2) > 8) | (
        np.abs(only_b[..., :3].astype(int) - BG).max(axis=2) > 8
    )
    grown = bead_px.copy()
    for dy in range(-3, 4):
        for dx in range(-3, 4):
            grown |= np.roll(np.roll(bead_px, dy, 0), dx, 1)
    assert not (changed & ~grown).any(), f"{int((changed & ~grown).sum())} pixels changed away from the beads"
    # and without the beads nothing moved
    na = snapshot_array(rec, time=0.5, hidden=[beads], **kw)
    nb = snapshot_array(rec, time=1.5, hidden=[beads], **kw)
    assert np.abs(na.astype(int) - nb.astype(int)).max() <= 2


def test_tutorial_rotation_changes_picture():
    rec = tutorial(rotate=True)
    a = rec.snapshot(timeline="stable_time", time=0.0, width=W, height=H, as_array=True)
    b = rec.snapshot(
        timeline="stable_time", time=1.0, width=W, height=H, as_array=True
    )  # 90° (180° maps the helix onto itself)
    assert (np.abs(a.astype(int) - b.astype(int)).max(axis=2) > 8).sum() > 2000


def test_camera_from_a_viewer_like_object():
    rec = rr.RecordingStream("cam")
    rec.log("red", rr.Points3D([[-1, 0, 0]], colors=[255, 0, 0], radii=0.3), static=True)

    class FakeViewer:
        camera = {"position": [0.0, 6.0, 0.0], "target": [0.0, 0.0, 0.0], "up": [0.0, 0.0, 1.0]}

    # seen from behind (+Y), -X is on the right
    img = rec.snapshot(timeline="", width=W, height=H, camera=FakeViewer(), as_array=True)
    x, y = _project_front(1)
    assert _px(img, x, y)[0] > 200
