"""Semantics found different from Rerun 0.41 and matched: nested columns, float colours out of 0..1."""

from __future__ import annotations

import numpy as np
import pytest

import rerun_nb as rr


def test_nested_columns_make_one_row_per_outer_element():
    cols = rr.Arrows3D.columns(vectors=np.ones((5, 5, 3)), radii=np.ones((5, 5)))
    assert {c.name: c.lengths.tolist() for c in cols} == {
        "Arrows3D:vectors": [5] * 5,
        "Arrows3D:radii": [5] * 5,
    }
    flat = rr.Points3D.columns(positions=np.ones((4, 3)), colors=[0xFF0000FF] * 4, labels=["a"] * 4)
    assert all(c.lengths.tolist() == [1] * 4 for c in flat)
    assert rr.Scalars.columns(scalars=np.zeros((10, 2)))[0].lengths.tolist() == [2] * 10


def test_send_columns_of_nested_arrows_logs_one_row_per_time():
    rec = rr.RecordingStream("cols")
    vec = np.arange(5 * 5 * 3, dtype=np.float32).reshape(5, 5, 3)
    rec.send_columns("arrows", [rr.TimeColumn("step", sequence=range(5))], rr.Arrows3D.columns(vectors=vec))
    got = rec.latest_at("arrows", timeline="step", time=3)["Arrows3D:vectors"]
    assert got.tolist() == vec[3].tolist()


@pytest.mark.parametrize(
    ("floats", "rgba"),
    [
        ([0.5, 1.5, 2.0], [128, 126, 254, 255]),  # wraps, as Rerun (no clamping)
        ([-0.5, 0.2, 1.0], [128, 51, 255, 255]),
        ([np.nan, np.inf, 300.0], [0, 0, 212, 255]),
    ],
)
def test_float_colours_outside_0_1_wrap_as_rerun(floats, rgba):
    assert rr.Points3D([[0, 0, 0]], colors=np.array([floats])).colors.tolist() == [rgba]


def test_float_colours_bitwise_equal_to_rerun_sdk():
    rerun = pytest.importorskip("rerun")
    f = (np.random.default_rng(0).normal(size=(500, 4)) * 3).astype(np.float32)
    with np.errstate(invalid="ignore"):
        theirs = rerun.components.ColorBatch(f).as_arrow_array().to_numpy(zero_copy_only=False)
    ours = rr.Points3D(np.zeros((500, 3)), colors=f).colors.astype(np.uint32)
    assert np.array_equal((ours[:, 0] << 24) | (ours[:, 1] << 16) | (ours[:, 2] << 8) | ours[:, 3], theirs)
