"""pygfx pictures of images and cameras (issue 12): image, depth, segmentation with annotation colours, 2D overlays
in draw order, the pinhole frustum and image plane in 3D, depth back-projected to a point cloud."""

from __future__ import annotations

import numpy as np
import pytest

import rerun_nb as rr

pytest.importorskip("pygfx")

W, H = 320, 240
BG = np.array([0x1B, 0x1B, 0x1F])
DIST = 100.0
# looking at the pixel plane from its front (z < 0), x right, y down: as Rerun's 2D view
TOP = {"position": [32.0, 24.0, -DIST], "target": [32.0, 24.0, 0.0], "up": [0.0, -1.0, 0.0]}
F = (H / 2) / np.tan(np.radians(22.5)) / DIST  # px per scene unit at the plane


def _px(img: np.ndarray, u: float, v: float) -> np.ndarray:
    """The picture's colour at image-plane point (u, v) seen from TOP."""
    x, y = W / 2 + (u - 32) * F, H / 2 + (v - 24) * F
    return img[int(round(y)), int(round(x)), :3].astype(int)


def _snap(rec: rr.RecordingStream, camera=TOP) -> np.ndarray:
    return rec.snapshot(timeline="", width=W, height=H, camera=camera, as_array=True)


def _halves() -> np.ndarray:
    img = np.zeros((48, 64, 3), np.uint8)
    img[:, :32] = (255, 0, 0)
    img[:, 32:] = (0, 0, 255)
    return img


def test_image_pixels_where_they_belong():
    rec = rr.RecordingStream("img")
    rec.log("img", rr.Image(_halves()), static=True)
    img = _snap(rec)
    left, right = _px(img, 16, 24), _px(img, 48, 24)
    assert left[0] > 200 and left[2] < 40, left
    assert right[2] > 200 and right[0] < 40, right
    assert np.abs(_px(img, 80, 24) - BG).max() < 8  # beyond its right edge: background


def test_encoded_image_and_bgr_and_nv12_are_decoded():
    rec = rr.RecordingStream("enc")
    rec.log("img", rr.Image(_halves()).compress(95), static=True)
    img = _snap(rec)
    assert _px(img, 10, 24)[0] > 180 and _px(img, 54, 24)[2] > 180
    rec = rr.RecordingStream("bgr")
    rec.log("img", rr.Image(_halves()[..., ::-1], "BGR"), static=True)
    img = _snap(rec)
    assert _px(img, 16, 24)[0] > 200 and _px(img, 48, 24)[2] > 200
    y = np.full((48, 64), 200, np.uint8)
    uv = np.full((24, 32, 2), 128, np.uint8)  # no chroma: grey
    rec = rr.RecordingStream("nv12")
    rec.log(
        "img",
        rr.Image(bytes=y.tobytes() + uv.tobytes(), width=64, height=48, pixel_format="NV12"),
        static=True,
    )
    c = _px(_snap(rec), 32, 24)
    assert abs(c[0] - c[1]) < 10 and abs(c[1] - c[2]) < 10 and c[0] > 150, c


def test_depth_through_its_colormap():
    d = np.tile(np.linspace(1, 5, 64, dtype=np.float32), (48, 1))
    rec = rr.RecordingStream("depth")
    rec.log("d", rr.DepthImage(d, colormap="turbo"), static=True)
    img = _snap(rec)
    near, far = _px(img, 2, 24), _px(img, 62, 24)
    assert near[2] > near[0], near  # turbo: dark blue at the near end
    assert far[0] > far[2], far  # dark red at the far end


def test_segmentation_with_annotation_colours_and_opacity():
    seg = np.zeros((48, 64), np.uint8)
    seg[:, 32:] = 1
    rec = rr.RecordingStream("seg")
    rec.log("/", rr.AnnotationContext([(1, "thing", (0, 255, 0))]), static=True)
    rec.log("img", rr.Image(np.full((48, 64, 3), 255, np.uint8)), static=True)
    rec.log("img/seg", rr.SegmentationImage(seg, opacity=1.0), static=True)
    img = _snap(rec)
    assert (_px(img, 48, 24) == [0, 255, 0]).sum() >= 2 or _px(img, 48, 24)[1] > 200
    assert _px(img, 48, 24)[0] < 60  # class 1: green over the white image
    assert _px(img, 16, 24).min() > 200  # class 0: transparent, the white image shows


def test_2d_overlays_on_top_in_draw_order():
    rec = rr.RecordingStream("overlay")
    rec.log("img", rr.Image(_halves()), static=True)
    rec.log("img/pt", rr.Points2D([[16, 24]], radii=4, colors=[255, 255, 0]), static=True)
    img = _snap(rec)
    c = _px(img, 16, 24)
    assert c[0] > 200 and c[1] > 200 and c[2] < 60, c  # the yellow point, not the red image under it


def _camera_scene(depth: np.ndarray | None = None) -> rr.RecordingStream:
    rec = rr.RecordingStream("cam")
    rec.log(
        "world/cam",
        rr.Pinhole(focal_length=32, width=64, height=48, image_plane_distance=2.0, color=[255, 255, 0]),
        static=True,
    )
    if depth is None:
        rec.log("world/cam", rr.Image(np.full((48, 64, 3), (255, 0, 255), np.uint8)), static=True)
    else:
        rec.log("world/cam/depth", rr.DepthImage(depth, meter=1.0), static=True)
    return rec


def _project(img_shape, cam, p):
    """Pixel of world point p for a look-at camera (45° vertical fov)."""
    pos, tgt, up = (np.asarray(cam[k], float) for k in ("position", "target", "up"))
    fwd = tgt - pos
    fwd /= np.linalg.norm(fwd)
    right = np.cross(fwd, up)
    right /= np.linalg.norm(right)
    upv = np.cross(right, fwd)
    d = np.asarray(p, float) - pos
    z = d @ fwd
    f = (img_shape[0] / 2) / np.tan(np.radians(22.5))
    return img_shape[1] / 2 + (d @ right) / z * f, img_shape[0] / 2 - (d @ upv) / z * f


SIDE = {"position": [6.0, -3.0, -4.0], "target": [0.0, 0.0, 2.0], "up": [0.0, -1.0, 0.0]}


def test_pinhole_frustum_and_image_on_its_plane():
    rec = _camera_scene()
    img = _snap(rec, SIDE)
    # the image plane is at z = 2, spanning x in [-2, 2], y in [-1.5, 1.5] (f = 32 px, 64 x 48, d = 2)
    x, y = _project(img.shape, SIDE, [0.0, 0.0, 2.0])
    c = img[int(y), int(x), :3]
    assert c[0] > 200 and c[2] > 200 and c[1] < 60, c  # magenta image at the plane's centre
    # a frustum edge: halfway from the camera centre to the corner (2, 1.5, 2)
    hx, hy = _project(img.shape, SIDE, [1.0, 0.75, 1.0])
    patch = img[int(hy) - 2 : int(hy) + 3, int(hx) - 2 : int(hx) + 3, :3].reshape(-1, 3)
    assert any(p[0] > 150 and p[1] > 150 and p[2] < 100 for p in patch), patch  # yellow line
    assert np.abs(img[5, 5, :3].astype(int) - BG).max() < 8


def test_depth_under_a_pinhole_is_a_point_cloud_in_3d():
    rec = rr.RecordingStream("cam")
    rec.log(
        "world/cam",
        rr.Pinhole(focal_length=32, width=64, height=48, image_plane_distance=2.0, color=[255, 255, 0]),
        static=True,
    )
    rec.log(
        "world/cam/depth",
        rr.DepthImage(
            np.full((48, 64), 4.0, np.float32), meter=1.0, colormap="grayscale", depth_range=(0.0, 4.0)
        ),
        static=True,
    )
    img = _snap(rec, SIDE)[..., :3].astype(int)
    white = img.min(axis=2) > 200
    yellow = (img[..., 0] > 150) & (img[..., 1] > 150) & (img[..., 2] < 100)
    assert white.mean() > 0.05  # a surface of points, not a quad of one colour at the image plane
    wy, wx = np.nonzero(white)
    yy, yx = np.nonzero(yellow)
    # the cloud lies twice as far as the image plane: it spans more of the picture than the frustum
    assert wx.max() - wx.min() > 1.3 * (yx.max() - yx.min()) or wy.max() - wy.min() > 1.3 * (
        yy.max() - yy.min()
    )
    # and no point lies in front of the camera's image plane: the frustum's apex corner stays dark
    ax, ay = _project(img.shape, SIDE, [0.0, 0.0, 0.3])
    assert not white[int(ay) - 2 : int(ay) + 3, int(ax) - 2 : int(ax) + 3].any()


@pytest.mark.parametrize(
    ("filt", "blended"), [(None, False), ("Nearest", False), ("Linear", True), ("Bicubic", True)]
)
def test_magnification_filter(filt, blended):
    """Nearest keeps the edge between two pixels sharp; Linear and Bicubic blend across it (Rerun's
    MagnificationFilter). Seen close up: one image pixel is ~29 screen pixels wide."""
    rec = rr.RecordingStream("mag")
    rec.log("img", rr.Image(_halves(), magnification_filter=filt), static=True)
    close = {"position": [32.0, 24.0, -DIST / 10], "target": [32.0, 24.0, 0.0], "up": [0.0, -1.0, 0.0]}
    row = _snap(rec, close)[H // 2, W // 2 - 40 : W // 2 + 40, :3].astype(int)  # across red | blue
    mixed = int(((row[:, 0] > 25) & (row[:, 2] > 25)).sum())
    assert (mixed >= 10) if blended else (mixed <= 2), mixed


def test_integer_depth_without_meter_is_millimetres_as_rerun():
    """Rerun's DepthMeter fallback: 1000 for integer depth, 1.0 for floats (the logged meter wins)."""

    def snap(depth: rr.DepthImage) -> np.ndarray:
        rec = rr.RecordingStream("cam")
        rec.log("world/cam", rr.Pinhole(focal_length=32, width=64, height=48), static=True)
        rec.log("world/cam/depth", depth, static=True)
        return _snap(rec, SIDE)

    mm = snap(rr.DepthImage(np.full((48, 64), 4000, np.uint16), colormap="grayscale", depth_range=(0, 4000)))
    metres = snap(rr.DepthImage(np.full((48, 64), 4.0, np.float32), colormap="grayscale", depth_range=(0, 4)))
    raw = snap(
        rr.DepthImage(
            np.full((48, 64), 4000, np.uint16), meter=1.0, colormap="grayscale", depth_range=(0, 4000)
        )
    )
    assert np.array_equal(mm, metres)
    assert not np.array_equal(mm, raw)  # 4000 m away: not the same picture
