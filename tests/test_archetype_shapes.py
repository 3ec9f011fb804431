"""Capsules3D, Cylinders3D, TransformAxes3D, Boxes2D, Ellipses2D, Arrows2D: constructor forms (every Rerun form,
checked against rerun-sdk where it computes something), bad input, latest-at, scene bounds, .rnb and .rrd round trips."""

from __future__ import annotations

import numpy as np
import pytest
from test_io_rrd import _rerun_latest_at

import rerun_nb as rr

FORMATS = ["XYWH", "YXHW", "XYXY", "YXYX", "XCYCWH", "XCYCW2H2"]


def test_capsules_and_cylinders_constructors():
    c = rr.Capsules3D(
        lengths=[1.0, 2.0],
        radii=0.25,
        translations=[[0, 0, 0], [2, 0, 0]],
        quaternions=[rr.Quaternion(xyzw=[0, 0, 0, 1])],
        colors=[[255, 0, 0], [0, 255, 0]],
        fill_mode=rr.FillMode.MajorWireframe,
        labels=["a", "b"],
        show_labels=False,
        class_ids=[1, 2],
    )
    assert c.lengths.tolist() == [1, 2] and c.radii.tolist() == [0.25] and c.translations.shape == (2, 3)
    assert c.colors.tolist() == [[255, 0, 0, 255], [0, 255, 0, 255]] and c.show_labels.tolist() == [False]
    y = rr.Cylinders3D(
        lengths=2,
        radii=[0.5],
        centers=[0, 0, 1],
        rotation_axis_angles=rr.RotationAxisAngle([1, 0, 0], degrees=90),
    )
    assert y.centers.tolist() == [[0, 0, 1]] and y.rotation_axis_angles[0, 3] == pytest.approx(np.pi / 2)
    assert rr.Cylinders3D().as_component_batches() == {}  # every field is optional, as in Rerun


def test_transform_axes_arrows2d_ellipses2d_constructors():
    assert rr.TransformAxes3D(0.5, show_frame=True).as_component_batches().keys() == {
        "TransformAxes3D:axis_length",
        "TransformAxes3D:show_frame",
    }
    with pytest.raises(TypeError):
        rr.TransformAxes3D()  # axis_length is required, as in Rerun
    a = rr.Arrows2D(vectors=[[1, 0], [0, 1]], origins=[0, 0], radii=0.1, draw_order=5, labels="x")
    assert a.vectors.dtype == np.float32 and a.origins.tolist() == [[0, 0]] and a.draw_order.tolist() == [5]
    e = rr.Ellipses2D(half_sizes=[[2, 1]], centers=[[1, 1]], line_radii=0.02, colors=0xFF0000FF)
    assert e.half_sizes.tolist() == [[2, 1]] and e.colors.tolist() == [[255, 0, 0, 255]]


def test_boxes2d_extent_forms():
    b = rr.Boxes2D(sizes=[[4, 2]], mins=[[1, 1]])
    assert b.half_sizes.tolist() == [[2, 1]] and b.centers.tolist() == [[3, 2]]
    b = rr.Boxes2D(half_sizes=[[1, 1], [2, 2]], mins=[0, 0])
    assert b.centers.tolist() == [[1, 1], [2, 2]]
    b = rr.Boxes2D(half_sizes=[1, 2], centers=[5, 5], radii=0.1, draw_order=10, labels=["box"])
    assert b.half_sizes.tolist() == [[1, 2]] and b.centers.tolist() == [[5, 5]]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "array", [[10, 20, 4, 2], [[10, 20, 30, 40], [1, 2, 5, 6], [-3, 0, 1, 7]]], ids=["one", "three"]
)
def test_boxes2d_array_formats_equal_rerun(fmt, array):
    rerun = pytest.importorskip("rerun")
    ours = rr.Boxes2D(array=array, array_format=getattr(rr.Box2DFormat, fmt))
    theirs = rerun.Boxes2D(array=array, array_format=getattr(rerun.Box2DFormat, fmt))
    assert ours.half_sizes.tolist() == theirs.half_sizes.as_arrow_array().to_pylist()
    assert ours.centers.tolist() == theirs.centers.as_arrow_array().to_pylist()
    # Rerun's own enum and the format's name are accepted too
    assert (
        rr.Boxes2D(array=array, array_format=getattr(rerun.Box2DFormat, fmt)).centers.tolist()
        == ours.centers.tolist()
    )
    assert rr.Boxes2D(array=array, array_format=fmt.lower()).centers.tolist() == ours.centers.tolist()


def test_boxes2d_xywh_by_hand():
    b = rr.Boxes2D(array=[[10, 20, 4, 2]], array_format=rr.Box2DFormat.XYWH)
    assert b.half_sizes.tolist() == [[2, 1]] and b.centers.tolist() == [[12, 21]]
    b = rr.Boxes2D(array=[[10, 20, 14, 22]], array_format=rr.Box2DFormat.XYXY)
    assert b.half_sizes.tolist() == [[2, 1]] and b.centers.tolist() == [[12, 21]]
    b = rr.Boxes2D(array=[[20, 10, 22, 14]], array_format=rr.Box2DFormat.YXYX)
    assert b.half_sizes.tolist() == [[2, 1]] and b.centers.tolist() == [[12, 21]]


BAD = [
    (lambda: rr.Capsules3D(lengths=["x"], radii=1), "Capsules3D.lengths"),
    (lambda: rr.Capsules3D(lengths=1, radii=1, translations=[[0, 0]]), "Capsules3D.translations"),
    (lambda: rr.Cylinders3D(lengths=1, radii=1, fill_mode="hatched"), "Cylinders3D.fill_mode"),
    (lambda: rr.TransformAxes3D("long"), "TransformAxes3D.axis_length"),
    (lambda: rr.Arrows2D(vectors=[[1, 0, 0]]), "Arrows2D.vectors"),
    (lambda: rr.Ellipses2D(half_sizes=[[1, 1]], colors=[[1, 2]]), "Ellipses2D.colors"),
    (lambda: rr.Boxes2D(array=[1, 2, 3, 4]), "Boxes2D.array_format"),
    (lambda: rr.Boxes2D(array=[1, 2, 3, 4], array_format="XYZW"), "Boxes2D.array_format"),
    (lambda: rr.Boxes2D(array=[1, 2, 3], array_format="XYWH"), "Boxes2D.array"),
    (lambda: rr.Boxes2D(array=[1, 2, 3, 4], array_format="XYWH", sizes=[1, 1]), "Boxes2D.array"),
    (lambda: rr.Boxes2D(sizes=[1, 1], half_sizes=[1, 1]), "Boxes2D.sizes"),
    (lambda: rr.Boxes2D(mins=[1, 1]), "Boxes2D.mins"),
]


@pytest.mark.parametrize(("make", "field"), BAD, ids=[f for _, f in BAD])
def test_bad_input_is_reported_with_the_entity_path_and_drops_the_batch(make, field):
    rec = rr.RecordingStream("shapes")
    rec.set_time("t", sequence=0)
    rec.log("e", rr.Points3D([[1, 2, 3]]))
    with pytest.warns(rr.RerunWarning, match=rf"'e': {field}"):
        rec.log("e", make())
    with pytest.raises((rr.BadValueError, rr.BadTypeError), match=field):
        rec.log("e", make(), strict=True)
    got = rec.latest_at("e", timeline="t", time=0)
    assert list(got) == ["Points3D:positions"]


def _log(rec: rr.RecordingStream) -> None:
    for i in range(3):
        rec.set_time("step", sequence=i)
        rec.log(
            "world/caps", rr.Capsules3D(lengths=[1 + i, 2], radii=0.5, translations=[[0, 0, 0], [3, 0, 0]])
        )
        rec.log(
            "world/cyl", rr.Cylinders3D(lengths=2, radii=0.5, centers=[[0, 0, i]], colors=[0, 0, 255, 128])
        )
        rec.log("world/frame", rr.TransformAxes3D(1.0 + i, show_frame=True))
        rec.log("img/boxes", rr.Boxes2D(array=[[i, 0, 2, 2]], array_format=rr.Box2DFormat.XYWH, labels=["b"]))
        rec.log("img/ell", rr.Ellipses2D(half_sizes=[[1 + i, 1]], draw_order=2.0))
        rec.log("img/arrows", rr.Arrows2D(vectors=[[i, 1]], origins=[[1, 1]], class_ids=[7]))


EXPECT_AT_1 = {
    "world/caps": {"Capsules3D:lengths": [2, 2], "Capsules3D:radii": [0.5]},
    "world/cyl": {"Cylinders3D:centers": [[0, 0, 1]], "Cylinders3D:colors": [[0, 0, 255, 128]]},
    "world/frame": {"TransformAxes3D:axis_length": [2], "TransformAxes3D:show_frame": [True]},
    "img/boxes": {"Boxes2D:half_sizes": [[1, 1]], "Boxes2D:centers": [[2, 1]], "Boxes2D:labels": ["b"]},
    "img/ell": {"Ellipses2D:half_sizes": [[2, 1]], "Ellipses2D:draw_order": [2]},
    "img/arrows": {"Arrows2D:vectors": [[1, 1]], "Arrows2D:origins": [[1, 1]], "Arrows2D:class_ids": [7]},
}


def test_latest_at_scene_and_bounds():
    rec = rr.RecordingStream("shapes")
    _log(rec)
    for path, comps in EXPECT_AT_1.items():
        got = rec.latest_at(path, timeline="step", time=1)
        for k, v in comps.items():
            assert got[k].tolist() == v, (path, k)
    sc = rec.scene(timeline="step", time=2)
    assert {"world/caps", "world/cyl", "world/frame", "img/boxes", "img/ell", "img/arrows"} <= set(
        sc.entities
    )
    lo, hi = sc.bounds()
    assert hi[0] == pytest.approx(3 + 2 + 0.5)  # the second capsule: from x = 3, reach length + radius
    # the first capsule (length 3, radius 0.5, whatever its rotation) reaches past the cylinder and the axes
    assert hi[2] == pytest.approx(max(3 + 0.5, 2 + np.hypot(1, 0.5), 3.0))
    assert lo[0] == pytest.approx(min(-3.0, -3.5))  # the ellipse (half width 3), the first capsule's sphere


def test_native_file_round_trip(tmp_path):
    rec = rr.RecordingStream("shapes")
    rec.save(tmp_path / "s.rnb")
    _log(rec)
    rec.disconnect()
    back = rr.load(tmp_path / "s.rnb")
    for path in EXPECT_AT_1:
        for t in range(3):
            a = rec.latest_at(path, timeline="step", time=t)
            b = back.latest_at(path, timeline="step", time=t)
            assert sorted(a) == sorted(b)
            for k in a:
                assert np.array_equal(a[k], b[k]), (path, k)


def test_rrd_round_trip_through_rerun_sdk(tmp_path):
    pytest.importorskip("rerun")
    rec = rr.RecordingStream("shapes")
    rec.save(tmp_path / "s.rrd")
    _log(rec)
    rec.disconnect()
    path = tmp_path / "s.rrd"
    assert _rerun_latest_at(path, "world/caps", "Capsules3D:lengths", "step", 1) == [2, 2]
    assert _rerun_latest_at(path, "world/cyl", "Cylinders3D:colors", "step", 1) == [0x0000FF80]
    assert _rerun_latest_at(path, "world/frame", "TransformAxes3D:axis_length", "step", 2) == [3]
    assert _rerun_latest_at(path, "img/boxes", "Boxes2D:centers", "step", 1) == [[2, 1]]
    assert _rerun_latest_at(path, "img/arrows", "Arrows2D:class_ids", "step", 0) == [7]
    back = rr.load(path)
    for path_, comps in EXPECT_AT_1.items():
        got = back.latest_at(path_, timeline="step", time=1)
        for k, v in comps.items():
            assert got[k].tolist() == v, (path_, k)
