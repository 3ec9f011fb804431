"""Ellipsoids3D: the first archetype added as its own files (archetype, JS visual, pygfx visual)."""

from __future__ import annotations

import numpy as np
import pytest
from test_io_rrd import _rerun_latest_at

import rerun_nb as rr


def test_constructor_forms():
    e = rr.Ellipsoids3D(half_sizes=[[1, 2, 3]], centers=[0, 0, 1], colors=[0, 255, 0], fill_mode="solid")
    assert e.half_sizes.tolist() == [[1, 2, 3]] and e.centers.tolist() == [[0, 0, 1]]
    assert e.colors.tolist() == [[0, 255, 0, 255]] and e.fill_mode.tolist() == [int(rr.FillMode.Solid)]
    spheres = rr.Ellipsoids3D(radii=[0.5, 2.0], line_radii=0.25, labels=["a", "b"])
    assert spheres.half_sizes.tolist() == [[0.5] * 3, [2.0] * 3]
    assert spheres.line_radii.tolist() == [0.25] and spheres.labels.tolist() == ["a", "b"]
    q = rr.Ellipsoids3D(half_sizes=[1, 1, 1], quaternions=rr.Quaternion(xyzw=[0, 0, 0, 1]))
    assert q.quaternions.tolist() == [[0, 0, 0, 1]]
    aa = rr.Ellipsoids3D(
        half_sizes=[1, 1, 1], rotation_axis_angles=rr.RotationAxisAngle([0, 0, 1], radians=1)
    )
    assert aa.rotation_axis_angles.shape == (1, 4)
    assert sorted(rr.Ellipsoids3D.from_fields(colors=[1, 2, 3]).as_component_batches()) == [
        "Ellipsoids3D:colors"
    ]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"half_sizes": [[1, 2]]}, "Ellipsoids3D.half_sizes"),
        ({"radii": ["x"]}, "Ellipsoids3D.radii"),
        ({"half_sizes": [[1, 1, 1]], "fill_mode": "hatched"}, "Ellipsoids3D.fill_mode"),
        ({"half_sizes": [[1, 1, 1]], "quaternions": [[0, 0, 1]]}, "Ellipsoids3D.quaternions"),
    ],
)
def test_bad_input_is_reported_with_the_entity_path_and_drops_the_batch(kwargs, field):
    rec = rr.RecordingStream("ell")
    rec.set_time("t", sequence=0)
    rec.log("e", rr.Ellipsoids3D(half_sizes=[[1, 1, 1]]))
    with pytest.warns(rr.RerunWarning, match=rf"'e': {field}"):
        rec.log("e", rr.Ellipsoids3D(**kwargs))
    with pytest.raises((rr.BadValueError, rr.BadTypeError), match=field):
        rec.log("e", rr.Ellipsoids3D(**kwargs), strict=True)
    assert rec.latest_at("e", timeline="t", time=0)["Ellipsoids3D:half_sizes"].tolist() == [[1, 1, 1]]


def _log(rec: rr.RecordingStream) -> None:
    for i in range(3):
        rec.set_time("step", sequence=i)
        rec.log(
            "world/ell",
            rr.Ellipsoids3D(
                half_sizes=[[1 + i, 2, 3], [0.5, 0.5, 0.5]],
                centers=[[0, 0, i], [5, 0, 0]],
                quaternions=[[0, 0, 0, 1]],
                colors=[[255, 0, 0, 255], [0, 0, 255, 128]],
                line_radii=0.02,
                fill_mode=rr.FillMode.Solid,
                labels=["big", "small"],
            ),
        )


def test_latest_at_scene_and_bounds():
    rec = rr.RecordingStream("ell")
    _log(rec)
    got = rec.latest_at("world/ell", timeline="step", time=1)
    assert got["Ellipsoids3D:half_sizes"].tolist() == [[2, 2, 3], [0.5, 0.5, 0.5]]
    assert got["Ellipsoids3D:colors"].tolist() == [[255, 0, 0, 255], [0, 0, 255, 128]]
    sc = rec.scene(timeline="step", time=2)
    assert "Ellipsoids3D:centers" in sc.entities["world/ell"].components
    lo, hi = sc.bounds()
    r = np.linalg.norm([3, 2, 3])
    assert lo[0] == pytest.approx(-r, abs=1e-5) and hi[2] == pytest.approx(2 + r, abs=1e-5)


def test_native_file_round_trip(tmp_path):
    rec = rr.RecordingStream("ell")
    rec.save(tmp_path / "e.rnb")
    _log(rec)
    rec.disconnect()
    back = rr.load(tmp_path / "e.rnb")
    for t in range(3):
        a = rec.latest_at("world/ell", timeline="step", time=t)
        b = back.latest_at("world/ell", timeline="step", time=t)
        assert sorted(a) == sorted(b)
        for k in a:
            assert np.array_equal(a[k], b[k]), k


def test_rrd_round_trip_through_rerun_sdk(tmp_path):
    pytest.importorskip("rerun")
    rec = rr.RecordingStream("ell")
    rec.save(tmp_path / "e.rrd")
    _log(rec)
    rec.disconnect()
    path = tmp_path / "e.rrd"
    assert _rerun_latest_at(path, "world/ell", "Ellipsoids3D:half_sizes", "step", 1) == [[2, 2, 3], [0.5] * 3]
    # colours packed as Rerun packs them (0xRRGGBBAA), found through the field's declared kind
    assert _rerun_latest_at(path, "world/ell", "Ellipsoids3D:colors", "step", 1) == [0xFF0000FF, 0x0000FF80]
    back = rr.load(path)
    got = back.latest_at("world/ell", timeline="step", time=2)
    assert got["Ellipsoids3D:colors"].tolist() == [[255, 0, 0, 255], [0, 0, 255, 128]]
    assert got["Ellipsoids3D:labels"].tolist() == ["big", "small"]
    assert got["Ellipsoids3D:fill_mode"].tolist() == [int(rr.FillMode.Solid)]
