"""Images and cameras in the bundled front end (issue 12), headless Chromium against a fake model with hand-made
scene replies (docs/protocol.md; the harness of test_frontend_fake_model.py): images, depth, segmentation with
annotation colours, 2D overlays on top in draw order, an encoded image decoded in the page, the pinhole frustum and
an image on its image plane in 3D, and a depth image back-projected to a point cloud."""

from __future__ import annotations

import math
import time

import pytest

np = pytest.importorskip("numpy")
from test_frontend_fake_model import H, Harness, Reply, W, browser  # noqa: E402, F401

import rerun_nb as rr  # noqa: E402
from rerun_nb.archetypes.pinhole import Pinhole  # noqa: E402

pytestmark = pytest.mark.browser

F = (H / 2) / math.tan(math.radians(22.5))
# The 3D view's camera keeps Z up, so pictures are stood up facing it: the pixel plane of "img"-like entities is
# mapped to world x = (u - 32) / 16, z = (24 - v) / 16 (y down in the image is down on screen, depth along +y).
S = 1 / 16
STAND = np.array([[S, 0, 0, -32 * S], [0, 0, S, 0], [0, -S, 0, 24 * S], [0, 0, 0, 1]], np.float32)
TOP = {"position": [0.0, -6.0, 0.0], "target": [0.0, 0.0, 0.0], "up": [0.0, 0.0, 1.0]}
SIDE = {"position": [6.0, -4.0, -3.0], "target": [0.0, 0.0, 2.0], "up": [0.0, 0.0, 1.0]}
BOUNDS = [-2, 0, -1.5, 2, 0, 1.5]
RGB_FMT = np.array([[64, 48, 0, 2, 6]], np.uint32)


def _blob(a) -> np.ndarray:
    return np.ascontiguousarray(a).reshape(-1).view(np.uint8)


def _img_comps(arch: str, a, fmt) -> dict:
    return {f"{arch}__buffer": _blob(a), f"{arch}__format": np.asarray(fmt, np.uint32)}


def _project(cam, p) -> tuple[int, int]:
    pos, tgt, up = (np.asarray(cam[k], float) for k in ("position", "target", "up"))
    fwd = (tgt - pos) / np.linalg.norm(tgt - pos)
    right = np.cross(fwd, up)
    right /= np.linalg.norm(right)
    upv = np.cross(right, fwd)
    d = np.asarray(p, float) - pos
    z = d @ fwd
    return int(round(W / 2 + (d @ right) / z * F)), int(round(H / 2 - (d @ upv) / z * F))


def _world(cam, p) -> np.ndarray:
    """A pixel-plane point (u, v, z) in world space: stood up (STAND) for TOP, as is for the pinhole scenes."""
    return (STAND @ [*p, 1])[:3] if cam is TOP else np.asarray(p, float)


def _at(px, cam, p) -> np.ndarray:
    x, y = _project(cam, _world(cam, p))
    return px[y, x]


def _show(browser, entities: list[tuple[str, dict]], camera=TOP, transforms=None, wait=None):
    def handler(q):
        r = Reply(q, full=q.get("base") is None, bounds=BOUNDS)
        for path, comps in entities:
            r.entity(path, **comps)
        tf = transforms if transforms is not None else {p: STAND for p, _ in entities if "/" not in p}
        if tf:
            r.transforms(tf)
        return r

    h = Harness(browser, handler, camera=camera, entity_paths=sorted(p for p, _ in entities))
    h.wait_frames(1)
    if wait is not None:
        deadline = time.time() + 10
        while time.time() < deadline and not wait(h.pixels()):
            time.sleep(0.2)
    px = h.pixels()
    assert not h.errors, h.errors
    h.ctx.close()
    return px


def _halves():
    a = np.zeros((48, 64, 3), np.uint8)
    a[:, :32] = (255, 0, 0)
    a[:, 32:] = (0, 0, 255)
    return a


def test_image_in_its_pixel_plane(browser):
    px = _show(browser, [("img", _img_comps("Image", _halves(), RGB_FMT))])
    left, right = _at(px, TOP, [16, 24, 0]), _at(px, TOP, [48, 24, 0])
    assert left[0] > 200 and left[2] < 60, left
    assert right[2] > 200 and right[0] < 60, right
    x, y = _project(TOP, _world(TOP, [70, 24, 0]))
    assert abs(int(px[y, x][0]) - int(left[0])) > 100  # nothing beyond the right edge


def test_depth_through_turbo(browser):
    d = np.tile(np.linspace(1, 5, 64, dtype=np.float32), (48, 1))
    px = _show(browser, [("d", _img_comps("DepthImage", d, [[64, 48, 0, 0, 34]]))])
    near, far = _at(px, TOP, [2, 24, 0]), _at(px, TOP, [62, 24, 0])
    assert near[2] > near[0], near
    assert far[0] > far[2], far


def test_segmentation_with_annotation_colours(browser):
    seg = np.zeros((48, 64), np.uint8)
    seg[:, 32:] = 1
    table = np.array([[0, 0, 0, 0], [0, 255, 0, 255]], np.uint8)
    white = np.full((48, 64, 3), 255, np.uint8)
    px = _show(
        browser,
        [
            ("img", _img_comps("Image", white, RGB_FMT)),
            (
                "img/seg",
                {
                    **_img_comps("SegmentationImage", seg, [[64, 48, 0, 0, 6]]),
                    "SegmentationImage__class_colors": table,
                    "SegmentationImage__opacity": np.array([1.0], np.float32),
                },
            ),
        ],
    )
    right, left = _at(px, TOP, [48, 24, 0]), _at(px, TOP, [16, 24, 0])
    assert right[1] > 200 and right[0] < 60 and right[2] < 60, right  # class 1 green on top of the image
    assert left.min() > 220, left  # class 0 transparent: the white image


def test_2d_overlays_on_top_in_draw_order(browser):
    px = _show(
        browser,
        [
            ("img", _img_comps("Image", _halves(), RGB_FMT)),
            (
                "img/pt",
                {
                    "Points2D__positions": np.array([[16, 24]], np.float32),
                    "Points2D__radii": np.array([3], np.float32),
                    "Points2D__colors": np.array([[255, 255, 0, 255]], np.uint8),
                },
            ),
        ],
    )
    c = _at(px, TOP, [16, 24, 0])
    assert c[0] > 200 and c[1] > 200 and c[2] < 80, c


def test_encoded_image_is_decoded_in_the_page(browser):
    jpg = rr.Image(_halves()).compress(95).blob.values  # a blob without offsets: one item, all the bytes
    comps = {"EncodedImage__blob": jpg, "EncodedImage__media_type": ["image/jpeg"]}

    def ready(px):
        c = _at(px, TOP, [16, 24, 0])
        return c[0] > 180 and c[2] < 90

    px = _show(browser, [("enc", comps)], wait=ready)
    assert ready(px), _at(px, TOP, [16, 24, 0])
    right = _at(px, TOP, [48, 24, 0])
    assert right[2] > 180 and right[0] < 90, right


def _pinhole_entities(with_image: bool, depth=None):
    p = rr.Pinhole(focal_length=32, width=64, height=48, image_plane_distance=2.0, color=[255, 255, 0])
    local = Pinhole.local_matrix(lambda f: getattr(p, f))
    cam = {
        "Pinhole__image_from_camera": p.image_from_camera,
        "Pinhole__resolution": p.resolution,
        "Pinhole__image_plane_distance": p.image_plane_distance,
        "Pinhole__color": p.color,
    }
    ents = []
    if with_image:
        cam.update(_img_comps("Image", np.full((48, 64, 3), (255, 0, 255), np.uint8), RGB_FMT))
    ents.append(("world/cam", cam))
    if depth is not None:
        ents.append(
            (
                "world/cam/depth",
                {
                    **_img_comps("DepthImage", depth, [[64, 48, 0, 0, 34]]),
                    "DepthImage__projection": np.array([[32, 32, 32, 24, 2]], np.float32),
                    "DepthImage__colormap": np.array([1], np.uint8),
                    "DepthImage__depth_range": np.array([[0, 4]], np.float64),
                },
            )
        )
    return ents, {"world/cam": local}


def test_pinhole_frustum_and_image_on_its_plane(browser):
    ents, tf = _pinhole_entities(True)
    px = _show(browser, ents, camera=SIDE, transforms=tf)
    c = _at(px, SIDE, [0.0, 0.0, 2.0])
    assert c[0] > 200 and c[2] > 200 and c[1] < 80, c  # the magenta image at the plane's centre
    x, y = _project(SIDE, [1.0, 0.75, 1.0])  # halfway along the frustum edge to the corner (2, 1.5, 2)
    patch = px[y - 3 : y + 4, x - 3 : x + 4].reshape(-1, 3)
    assert any(p[0] > 150 and p[1] > 150 and p[2] < 100 for p in patch)  # the yellow frustum line


def test_depth_under_a_pinhole_is_a_point_cloud_in_3d(browser):
    ents, tf = _pinhole_entities(False, depth=np.full((48, 64), 4.0, np.float32))
    px = _show(browser, ents, camera=SIDE, transforms=tf)
    white = px.min(axis=2) > 200
    yellow = (px[..., 0] > 150) & (px[..., 1] > 150) & (px[..., 2] < 100)
    assert white.mean() > 0.05, white.mean()
    wy, wx = np.nonzero(white)
    yy, yx = np.nonzero(yellow)
    assert wx.max() - wx.min() > 1.3 * (yx.max() - yx.min()) or wy.max() - wy.min() > 1.3 * (
        yy.max() - yy.min()
    )
    # nothing at the image plane's corner: the depth is not drawn as a picture in 3D
    x, y = _project(SIDE, [-1.9, -1.4, 2.0])
    assert not white[y - 2 : y + 3, x - 2 : x + 3].any()


def test_jpeg_bytes_travel_as_they_are():
    from rerun_nb.viewer.protocol import ProtocolHandler

    rec = rr.RecordingStream("enc")
    rec.set_time("t", sequence=0)
    enc = rr.Image(_halves()).compress(90)
    rec.log("enc", enc)
    reply, bufs = ProtocolHandler(rec).handle(
        {"type": "query", "id": 1, "view": "v", "timeline": "t", "time": 0, "base": None}
    )
    desc = reply["entities"][0]["comps"]["EncodedImage:blob"]
    assert bytes(bufs[desc["buf"]]) == enc.blob.values.tobytes()


@pytest.mark.parametrize(("filt", "blended"), [(None, False), (1, False), (2, True), (3, True)])
def test_magnification_filter(browser, filt, blended):
    """Rerun's MagnificationFilter: Nearest (the default) keeps the edge between a red and a blue pixel sharp, Linear
    and Bicubic (drawn linear) blend across it. A 4x3 image one world unit per pixel: ~70 screen pixels each."""
    a = np.zeros((3, 4, 3), np.uint8)
    a[:, :2] = (255, 0, 0)
    a[:, 2:] = (0, 0, 255)
    comps = _img_comps("Image", a, [[4, 3, 0, 2, 6]])
    if filt is not None:
        comps["Image__magnification_filter"] = np.array([filt], np.uint8)
    big = np.array([[1, 0, 0, -2], [0, 0, 1, 0], [0, -1, 0, 1.5], [0, 0, 0, 1]], np.float32)
    px = _show(browser, [("img", comps)], transforms={"img": big})
    row = px[H // 2, W // 2 - 60 : W // 2 + 60, :3].astype(int)
    mixed = int(((row[:, 0] > 30) & (row[:, 2] > 30)).sum())
    assert (mixed >= 20) if blended else (mixed <= 3), mixed
