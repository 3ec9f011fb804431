"""Images and cameras (issue 12): constructor forms, bad input, latest-at, scene context, files, memory."""

from __future__ import annotations

import gc
import tracemalloc
import warnings

import numpy as np
import pytest

import rerun_nb as rr
from rerun_nb.components.images import ImageFormat


def _rec() -> rr.RecordingStream:
    rec = rr.RecordingStream("images")
    rec.set_time("t", sequence=0)
    return rec


def _fmt(rec, path, arch):
    return ImageFormat.from_row(rec.latest_at(path, timeline="t", time=0)[f"{arch}:format"][0])


# -- constructor forms --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shape", "dtype", "model", "want"),
    [
        ((4, 5), np.uint8, None, ("L", "U8")),
        ((4, 5, 1), np.uint16, None, ("L", "U16")),
        ((4, 5, 3), np.float32, None, ("RGB", "F32")),
        ((4, 5, 4), np.float64, None, ("RGBA", "F64")),
        ((4, 5, 3), np.uint8, "BGR", ("BGR", "U8")),
        ((4, 5, 4), np.uint8, rr.ColorModel.BGRA, ("BGRA", "U8")),
        ((1, 4, 5, 3, 1), np.int16, None, ("RGB", "I16")),
    ],
)
def test_image_from_arrays_stores_bytes_as_logged(shape, dtype, model, want):
    a = (np.arange(int(np.prod(shape))) % 200).astype(dtype).reshape(shape)
    img = rr.Image(a, model)
    f = img.image_format()
    assert (f.width, f.height, f.color_model.name, f.channel_datatype.name) == (5, 4, *want)
    assert img.buffer.values.tobytes() == a.astype(a.dtype.newbyteorder("<")).tobytes()
    a.flat[0] = 7  # the store holds a copy
    assert img.buffer.values[0] != 7 or a.dtype.itemsize > 1


def test_image_from_bytes_with_pixel_format_or_model_and_datatype():
    nv12 = rr.Image(bytes=bytes(6 * 4 * 3 // 2), width=6, height=4, pixel_format="NV12")
    assert nv12.image_format().pixel_format is rr.PixelFormat.NV12 and nv12._error is None
    yuy2 = rr.Image(bytes=bytes(6 * 4 * 2), width=6, height=4, pixel_format=rr.PixelFormat.YUY2)
    assert yuy2.image_format().num_bytes() == 48
    raw = rr.Image(bytes=bytes(2 * 3 * 2), width=3, height=2, color_model="L", datatype=np.uint16)
    assert raw.image_format().channel_datatype is rr.ChannelDatatype.U16
    arr_nv12 = rr.Image(np.zeros((6, 6), np.uint8), pixel_format="NV12")
    assert (arr_nv12.image_format().width, arr_nv12.image_format().height) == (6, 4)


def test_encoded_image_forms(tmp_path):
    jpg = rr.Image(np.full((8, 10, 3), 100, np.uint8)).compress(jpeg_quality=90)
    data = jpg.blob.values.tobytes()
    assert jpg.media_type.tolist() == ["image/jpeg"] and data[:2] == b"\xff\xd8"
    p = tmp_path / "a.jpg"
    p.write_bytes(data)
    from_path = rr.EncodedImage(path=p)
    assert from_path.blob.values.tobytes() == data and from_path.media_type.tolist() == ["image/jpeg"]
    sniffed = rr.EncodedImage(contents=data)  # no media type: sniffed from the bytes
    assert sniffed.media_type.tolist() == ["image/jpeg"]
    from rerun_nb.archetypes.images import encoded_image_size

    assert encoded_image_size(data) == (10, 8)


def test_depth_and_segmentation_forms():
    d = rr.DepthImage(
        np.ones((3, 4), np.uint16),
        meter=1000,
        colormap="Turbo",
        depth_range=(0, 5),
        point_fill_ratio=0.5,
        draw_order=-5,
    )
    assert d.image_format().color_model is None and d.image_format().channel_datatype.name == "U16"
    assert d.colormap.tolist() == [5] and d.depth_range.tolist() == [[0.0, 5.0]]
    s = rr.SegmentationImage(np.zeros((3, 4), np.uint8), opacity=0.5, draw_order=1)
    assert s.opacity.tolist() == [0.5] and s.image_format().width == 4


@pytest.mark.parametrize(
    ("kwargs", "want"),
    [
        ({"image_from_camera": [[100, 0, 32], [0, 90, 24], [0, 0, 1]]}, [100, 90, 32, 24]),
        ({"focal_length": 100, "width": 64, "height": 48}, [100, 100, 32, 24]),
        ({"focal_length": [100, 90], "resolution": [64, 48]}, [100, 90, 32, 24]),
        ({"focal_length": 50, "principal_point": [10, 20]}, [50, 50, 10, 20]),
        ({"width": 64, "height": 16}, [32, 32, 32, 8]),
        ({"fov_y": np.pi / 2, "aspect_ratio": 2.0}, [0.5, 0.5, 1.0, 0.5]),
    ],
)
def test_pinhole_constructor_forms(kwargs, want):
    p = rr.Pinhole(**kwargs, camera_xyz=rr.ViewCoordinates.RDF, image_plane_distance=2.0)
    k = p.image_from_camera[0]
    assert p._error is None
    np.testing.assert_allclose([k[0, 0], k[1, 1], k[0, 2], k[1, 2]], want, rtol=1e-6)


def test_pinhole_image_plane_and_projection():
    from rerun_nb.archetypes.pinhole import Pinhole

    p = rr.Pinhole(focal_length=100, width=64, height=48, image_plane_distance=2.0)
    m = Pinhole.local_matrix(lambda f: getattr(p, f))
    corner = m @ [64, 48, 0, 1]
    np.testing.assert_allclose(corner[:3], [0.64, 0.48, 2.0], atol=1e-9)  # on the plane, RDF
    np.testing.assert_allclose((m @ [32, 24, -2, 1])[:3], 0, atol=1e-9)  # the camera centre
    # a pixel at depth D lies, in image space, at (cx + s(u-cx), cy + s(v-cy), D - d): the back-projection
    u, v, depth, s = 10.0, 40.0, 5.0, 2.5
    world = m @ [32 + s * (u - 32), 24 + s * (v - 24), depth - 2.0, 1]
    np.testing.assert_allclose(world[:3], [depth * (u - 32) / 100, depth * (v - 24) / 100, depth])


def test_annotation_context_forms():
    ctx = rr.AnnotationContext(
        [
            (1, "sky", (0, 0, 255)),
            rr.AnnotationInfo(id=2, label="car", color=[1.0, 0, 0]),
            rr.ClassDescription(
                info=rr.AnnotationInfo(3, "person"),
                keypoint_annotations=[(0, "nose", 0xFF00FFFF)],
                keypoint_connections=[(0, 1)],
            ),
        ]
    )
    assert ctx._error is None and len(ctx.context) == 1
    one = rr.AnnotationContext(rr.ClassDescription(info=5))
    assert one._error is None


# -- bad input is reported with the entity path ----------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "match"),
    [
        (lambda: rr.Image(np.zeros((4, 4, 2), np.uint8)), "2 channels"),
        (lambda: rr.Image(np.zeros((2, 4, 4, 3), np.uint8)), "shape"),
        (lambda: rr.Image(np.zeros((4, 4), complex)), "dtype"),
        (lambda: rr.Image(np.array([["a"]])), "dtype"),
        (lambda: rr.Image(np.zeros((4, 4, 3), np.uint8), "L"), "needs 1 channels"),
        (
            lambda: rr.Image(bytes=b"123", width=2, height=2, color_model="RGB", datatype=np.uint8),
            "do not fit",
        ),
        (lambda: rr.Image(bytes=bytes(10), width=6, height=4, pixel_format="NV12"), "do not fit"),
        (lambda: rr.Image(bytes=bytes(4), width=2, height=2), "pixel_format"),
        (lambda: rr.Image(np.zeros((4, 4), np.uint8), width=5), "width"),
        (lambda: rr.DepthImage(np.zeros((4, 4, 3), np.uint16)), "single-channel"),
        (lambda: rr.SegmentationImage(np.zeros((4, 4), bool)), "dtype"),
        (lambda: rr.EncodedImage(), "exactly one"),
        (lambda: rr.EncodedImage(path="/no/such/file.png"), "could not read"),
        (lambda: rr.Pinhole(), "focal_length"),
        (lambda: rr.Pinhole(focal_length="x", width=3, height=2), "intrinsics"),
        (lambda: rr.AnnotationContext([(70000, "x")]), "0..65535"),
        (lambda: rr.AnnotationContext("sky"), "class descriptions"),
    ],
)
def test_bad_input_warns_naming_the_entity_and_logs_nothing(make, match):
    rec = _rec()
    with pytest.warns(rr.RerunWarning, match=rf"'cam/img'.*{match}"):
        rec.log("cam/img", make())
    assert not [k for k in rec.latest_at("cam/img", timeline="t", time=0) if k.endswith((":buffer", ":blob"))]


def test_bad_input_raises_in_strict_mode():
    rr.set_strict_mode(True)
    try:
        with pytest.raises(ValueError, match="cam"):
            _rec().log("cam", rr.Image(np.zeros((4, 4, 2), np.uint8)))
    finally:
        rr.set_strict_mode(False)


# -- store, latest-at, scene ---------------------------------------------------------------------------


def test_latest_at_gives_the_buffer_and_its_format():
    rec = _rec()
    a = np.random.default_rng(0).integers(0, 65535, (6, 7), dtype=np.uint16)
    rec.log("depth", rr.DepthImage(a, meter=1000.0))
    got = rec.latest_at("depth", timeline="t", time=5)
    buf = got["DepthImage:buffer"][0]
    f = ImageFormat.from_row(got["DepthImage:format"][0])
    assert buf.dtype == np.uint8 and (f.width, f.height) == (7, 6)
    np.testing.assert_array_equal(buf.view("<u2").reshape(6, 7), a)


def test_scene_puts_images_under_a_pinhole_on_its_image_plane_and_gives_depth_its_projection():
    rec = _rec()
    rec.log("world/cam", rr.Transform3D(translation=[1, 2, 3]))
    rec.log("world/cam", rr.Pinhole(focal_length=100, width=64, height=48, image_plane_distance=2.0))
    rec.log("world/cam", rr.Image(np.zeros((48, 64, 3), np.uint8)))
    rec.log("world/cam/depth", rr.DepthImage(np.ones((48, 64), np.float32)))
    sc = rec.scene(timeline="t", time=0)
    w = sc.entities["world/cam"].world_from_entity
    np.testing.assert_allclose((w @ [64, 48, 0, 1])[:3], [1.64, 2.48, 5.0], atol=1e-9)
    np.testing.assert_allclose(sc.entities["world/cam/depth"].world_from_entity, w)
    proj = sc.entities["world/cam/depth"].components["DepthImage:projection"]
    np.testing.assert_allclose(proj, [[100, 100, 32, 24, 2]])
    assert "Pinhole:image_from_camera" in sc.entities["world/cam"].components


def test_annotation_context_colours_class_ids_through_the_hierarchy():
    rec = _rec()
    rec.log("/", rr.AnnotationContext([(1, "sky", (0, 0, 255)), (2, "car")]), static=True)
    rec.log("a", rr.AnnotationContext([(1, "tree", (0, 255, 0))]), static=True)
    rec.log("a/b/pts", rr.Points3D([[0, 0, 0]] * 3, class_ids=[1, 2, 9]))
    rec.log("top", rr.Points2D([[0, 0]], class_ids=[1]))
    rec.log("own", rr.Points2D([[0, 0]], class_ids=[1], colors=[9, 9, 9]))
    rec.log("seg", rr.SegmentationImage(np.array([[0, 1], [2, 3]], np.uint8)))
    sc = rec.scene(timeline="t", time=0)
    c = sc.entities["a/b/pts"].components
    assert c["Points3D:colors"][0].tolist() == [0, 255, 0, 255]  # nearest context: "a"
    assert c["Points3D:labels"].tolist() == ["tree", "", ""]
    assert sc.entities["top"].components["Points2D:colors"].tolist() == [[0, 0, 255, 255]]
    assert sc.entities["own"].components["Points2D:colors"].tolist() == [[9, 9, 9, 255]]
    table = sc.entities["seg"].components["SegmentationImage:class_colors"]
    assert (
        table.shape == (4, 4) and table[0].tolist() == [0, 0, 0, 0] and table[1].tolist() == [0, 0, 255, 255]
    )
    # the derived colours change when the context does (deltas compare row ids)
    before = sc.entities["top"].row_ids["Points2D:colors"]
    rec.log("/", rr.AnnotationContext([(1, "sky", (255, 0, 0))]), static=True)
    sc2 = rec.scene(timeline="t", time=0)
    assert sc2.entities["top"].components["Points2D:colors"].tolist() == [[255, 0, 0, 255]]
    assert sc2.entities["top"].row_ids["Points2D:colors"] != before


def test_unchanged_image_is_not_sent_again():
    from rerun_nb.viewer.protocol import ProtocolHandler

    rec = _rec()
    rec.log("img", rr.Image(np.zeros((480, 640, 3), np.uint8)))
    rec.set_time("t", sequence=1)
    rec.log("pts", rr.Points2D([[0, 0]]))
    h = ProtocolHandler(rec, image_transport="raw")  # (lossy ones: tests/test_image_transport.py)
    r1, b1 = h.handle({"type": "query", "id": 1, "view": "v", "timeline": "t", "time": 0, "base": None})
    assert sum(b.nbytes for b in b1) >= 480 * 640 * 3
    desc = next(e for e in r1["entities"] if e["path"] == "img")["comps"]["Image:buffer"]
    assert desc["dtype"] == "uint8" and desc["shape"] == [480 * 640 * 3]
    r2, b2 = h.handle({"type": "query", "id": 2, "view": "v", "timeline": "t", "time": 1, "base": 1})
    assert sum(b.nbytes for b in b2) < 1000


# -- files -------------------------------------------------------------------------------------------


def _log_everything(rec):
    rng = np.random.default_rng(1)
    rec.log(
        "cam",
        rr.Pinhole(
            focal_length=[100, 90],
            principal_point=[30, 20],
            width=64,
            height=48,
            camera_xyz=rr.ViewCoordinates.RUB,
            image_plane_distance=2.0,
        ),
    )
    rec.log("cam", rr.Image(rng.integers(0, 255, (48, 64, 3), dtype=np.uint8), draw_order=3))
    rec.log(
        "cam/depth",
        rr.DepthImage(
            rng.random((48, 64), dtype=np.float32), meter=1.0, colormap="viridis", depth_range=[0, 5]
        ),
    )
    rec.log(
        "/",
        rr.AnnotationContext(
            [
                (1, "a", (255, 0, 0)),
                rr.ClassDescription(
                    info=(2, "b"), keypoint_annotations=[(0, "n", (0, 255, 0))], keypoint_connections=[(0, 1)]
                ),
            ]
        ),
        static=True,
    )
    rec.log("cam/seg", rr.SegmentationImage(np.array([[0, 1], [2, 3]], np.uint16), opacity=0.5))
    rec.log("enc", rr.Image(np.full((8, 8, 3), 50, np.uint8)).compress(80))
    rec.log("nv", rr.Image(bytes=bytes(range(36)), width=6, height=4, pixel_format=rr.PixelFormat.NV12))
    return ["cam", "cam/depth", "", "cam/seg", "enc", "nv"]


def _same(a, b) -> bool:
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b))
    return np.array_equal(np.asarray(a), np.asarray(b))


@pytest.mark.parametrize("ext", ["rnb", "rrd"])
def test_files_round_trip(tmp_path, ext):
    if ext == "rrd":
        pytest.importorskip("rerun")
    rec = _rec()
    paths = _log_everything(rec)
    rec.save(tmp_path / f"x.{ext}")
    rec.disconnect()
    with warnings.catch_warnings():
        warnings.simplefilter("error", rr.RerunWarning)
        back = rr.load(tmp_path / f"x.{ext}")
    for p in paths:
        a = rec.latest_at(p, timeline="t", time=0)
        b = back.latest_at(p, timeline="t", time=0)
        assert set(a) == set(b), p
        for k in a:
            assert _same(a[k], b[k]), (p, k)


def test_memory_of_1000_frames_is_about_their_raw_bytes():
    rec = rr.RecordingStream("mem")
    rec.set_log_time_enabled(False) if hasattr(rec, "set_log_time_enabled") else None
    frame = np.zeros((480, 640, 3), np.uint8)
    raw = frame.nbytes * 1000
    gc.collect()
    tracemalloc.start()
    try:
        for i in range(1000):
            rec.set_time("frame", sequence=i)
            frame[0, 0, 0] = i % 256
            rec.log("cam/rgb", rr.Image(frame))
        rec.latest_at("cam/rgb", timeline="frame", time=999)
        gc.collect()
        current, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert raw <= current <= raw * 1.05, current / raw
