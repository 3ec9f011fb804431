"""Images for display (issue 12): Bayer mosaics decoded to colour (bilinear demosaic, the four Rerun 0.41 Bayer
pixel formats), the segmentation colour table built without a Python loop over class ids, and Rerun 0.41's image /
camera component classes exported under their names."""

from __future__ import annotations

import numpy as np
import pytest

import rerun_nb as rr
from rerun_nb import query as q
from rerun_nb.archetypes.annotation_context import class_color, class_colors
from rerun_nb.render.image_decode import demosaic, rgba

RGB = (200, 120, 40)
# where each Bayer pattern puts R (0), G (1), B (2) in its 2x2 tile: (0,0), (0,1), (1,0), (1,1)
PATTERNS = {
    rr.PixelFormat.BayerRGGB8: (0, 1, 1, 2),
    rr.PixelFormat.BayerBGGR8: (2, 1, 1, 0),
    rr.PixelFormat.BayerGBRG8: (1, 2, 0, 1),
    rr.PixelFormat.BayerGRBG8: (1, 0, 2, 1),
}


def _mosaic(pattern, rgb_image: np.ndarray) -> np.ndarray:
    """The Bayer mosaic a sensor with ``pattern`` records of ``rgb_image``."""
    h, w, _ = rgb_image.shape
    raw = np.empty((h, w), np.uint8)
    for k, (dy, dx) in enumerate(((0, 0), (0, 1), (1, 0), (1, 1))):
        raw[dy::2, dx::2] = rgb_image[dy::2, dx::2, pattern[k]]
    return raw


@pytest.mark.parametrize("pf", list(PATTERNS))
def test_bayer_of_a_flat_colour_decodes_to_that_colour(pf):
    flat = np.broadcast_to(np.array(RGB, np.uint8), (6, 8, 3))
    raw = _mosaic(PATTERNS[pf], flat)
    out = rgba(raw.reshape(-1), [8, 6, int(pf), 0, 6])
    assert out.shape == (6, 8, 4)
    assert (out[..., :3] == RGB).all(), "every pixel gets the colour back, borders included"
    assert (out[..., 3] == 255).all()


@pytest.mark.parametrize("pf", list(PATTERNS))
def test_bayer_keeps_each_site_and_interpolates_the_others(pf):
    rng = np.random.default_rng(int(pf))
    img = rng.integers(0, 256, (8, 10, 3), dtype=np.uint8)
    raw = _mosaic(PATTERNS[pf], img)
    out = demosaic(raw, int(pf))
    for k, (dy, dx) in enumerate(((0, 0), (0, 1), (1, 0), (1, 1))):
        c = PATTERNS[pf][k]
        assert (out[dy::2, dx::2, c] == raw[dy::2, dx::2]).all(), "a site's own colour is as recorded"
    # green at an interior red/blue site: the mean of its 4 neighbours
    y, x = next((y, x) for y in (2, 3) for x in (2, 3) if PATTERNS[pf][2 * (y % 2) + x % 2] != 1)
    want = (int(raw[y - 1, x]) + int(raw[y + 1, x]) + int(raw[y, x - 1]) + int(raw[y, x + 1])) / 4
    assert abs(int(out[y, x, 1]) - want) <= 0.5


def test_bayer_images_log_and_draw_in_colour_in_pygfx():
    pytest.importorskip("pygfx")
    flat = np.broadcast_to(np.array(RGB, np.uint8), (48, 64, 3))
    raw = _mosaic(PATTERNS[rr.PixelFormat.BayerRGGB8], flat)
    rec = rr.RecordingStream("bayer")
    rec.log(
        "img", rr.Image(bytes(raw), pixel_format=rr.PixelFormat.BayerRGGB8, width=64, height=48), static=True
    )
    cam = {"position": [32.0, 24.0, -60.0], "target": [32.0, 24.0, 0.0], "up": [0.0, -1.0, 0.0]}
    img = rec.snapshot(timeline="", width=160, height=120, camera=cam, as_array=True)
    px = img[60, 80, :3].astype(int)
    assert np.abs(px - RGB).max() <= 3, px


def test_class_colors_vectorised_equal_class_color():
    ids = np.concatenate([np.arange(300), np.random.default_rng(0).integers(300, 65536, 500)])
    assert np.array_equal(class_colors(ids), np.array([class_color(int(i)) for i in ids], np.uint8))


def test_segmentation_table_for_large_class_ids():
    seg = np.zeros((4, 6), np.uint16)
    seg[0, 0], seg[1, 1], seg[2, 2] = 5, 60000, 1
    rec = rr.RecordingStream("seg")
    rec.set_time("t", sequence=0)
    rec.log("cam", rr.AnnotationContext([(5, "five", (1, 2, 3))]))
    rec.log("cam/seg", rr.SegmentationImage(seg))
    rec.store.flush()
    table = q.scene(rec.store, "t", 0, 0).entities["cam/seg"].components["SegmentationImage:class_colors"]
    assert table.shape == (60001, 4) and table.dtype == np.uint8
    assert tuple(table[0]) == (0, 0, 0, 0), "id 0 without a description is transparent"
    assert tuple(table[5]) == (1, 2, 3, 255), "the context's colour"
    assert tuple(table[60000]) == class_color(60000) and tuple(table[1]) == class_color(1)


def test_image_and_camera_component_classes_have_rerun_names():
    rerun = pytest.importorskip("rerun")
    names = [
        "AnnotationContext",
        "AnnotationContextBatch",
        "ImageFormat",
        "ImageFormatBatch",
        "MagnificationFilter",
        "MagnificationFilterBatch",
        "Colormap",
        "ImageBuffer",
        "ImagePlaneDistance",
        "PinholeProjection",
        "Resolution",
        "ViewCoordinates",
        "DepthMeter",
        "FillRatio",
        "ClassId",
        "KeypointId",
        "DrawOrder",
        "Opacity",
        "ValueRange",
    ]
    for n in names:
        assert hasattr(rerun.components, n), n
        assert hasattr(rr.components, n), f"rr.components.{n} is missing"
    f = rr.components.ImageFormat(width=4, height=2, color_model="RGB", channel_datatype="U8")
    b = rr.components.ImageFormatBatch(
        [f, rr.components.ImageFormat(2, 2, color_model="L", channel_datatype="U16")]
    )
    assert np.asarray(b.values).tolist() == [[4, 2, 0, 2, 6], [2, 2, 0, 1, 8]]
    ctx = rr.components.AnnotationContext([(1, "sky", (0, 0, 255))])
    cb = rr.components.AnnotationContextBatch([(1, "sky", (0, 0, 255))])
    assert len(cb) == 1 and cb._error is None
    assert '"sky"' in str(np.asarray(ctx)[0])
    assert rr.components.MagnificationFilter.Linear == 2
