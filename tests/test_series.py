"""Time series for the plot views (rerun_nb/series.py): M4 decimation against a brute force, the cache kept
up to date as rows arrive (in and out of order), styles, size and speed of a million points."""

from __future__ import annotations

import time

import numpy as np
import pytest

import rerun_nb as rr
from rerun_nb.series import column_edges, entity_series, m4_indices, query_series


def brute_m4(x: np.ndarray, y: np.ndarray, lo: int, hi: int, width: int) -> list[int]:
    """M4 the slow, obvious way: a Python loop over pixel columns."""
    inside = [i for i in range(len(x)) if lo <= x[i] <= hi]
    if len(inside) <= 4 * width:
        return inside
    span = hi - lo
    edges = [lo + (k * span) // width for k in range(width + 1)]
    keep: set[int] = set()
    for k in range(width):
        col = [i for i in inside if edges[k] <= x[i] < edges[k + 1] or (k == width - 1 and x[i] == hi)]
        if not col:
            continue
        vals = [y[i] for i in col]
        keep |= {col[0], col[int(np.argmin(vals))], col[int(np.argmax(vals))], col[-1]}
    return sorted(keep)


@pytest.mark.parametrize("seed", range(12))
def test_m4_equals_brute_force(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 3000))
    x = np.sort(rng.integers(-500, 5000, n)).astype(np.int64)
    y = rng.integers(-20, 20, n).astype(np.float64)  # many ties: first of equals must win
    lo, hi = sorted(rng.integers(-600, 5200, 2).tolist())
    width = int(rng.integers(1, 60))
    assert m4_indices(x, y, lo, hi, width).tolist() == brute_m4(x, y, lo, hi, width)


def test_column_edges_exact_for_huge_spans() -> None:
    lo, hi = -(2**62), 2**62
    e = column_edges(lo, hi, 8192)
    assert e[0] == lo and e[-1] == hi and np.all(np.diff(e) > 0)


def _rec_with_loss(n: int) -> rr.RecordingStream:
    rec = rr.RecordingStream("series_test")
    steps = np.arange(n)
    rec.send_columns(
        "loss",
        indexes=[rr.TimeColumn("step", sequence=steps)],
        columns=rr.Scalars.columns(scalars=np.sin(steps / 7.0)),
    )
    return rec


def test_query_series_window_and_ranges() -> None:
    rec = _rec_with_loss(10_000)
    r = query_series(rec.store, ["loss"], "step", 100, 2000, 50)
    s = r.series[0]
    assert r.data_range == (0, 9999)
    assert s.x.min() >= 100 and s.x.max() <= 2000 and len(s.x) <= 200
    y = np.sin(np.arange(100, 2001) / 7.0)
    assert r.value_range == pytest.approx((y.min(), y.max()))
    assert s.name == "loss" and s.kind == "line" and s.color[3] == 255


def test_two_scalar_indices_are_two_series_and_nan_is_a_gap() -> None:
    rec = rr.RecordingStream("series_test")
    for i in range(10):
        rec.set_time("step", sequence=i)
        rec.log("ab", rr.Scalars([float(i), np.nan if i == 3 else -float(i)]))
    r = query_series(rec.store, ["ab"], "step", None, None, 100)
    assert [(s.index, s.name) for s in r.series] == [(0, "ab[0]"), (1, "ab[1]")]
    assert r.series[0].x.tolist() == list(range(10))
    assert 3 not in r.series[1].x.tolist() and len(r.series[1].x) == 9
    assert r.series[0].color != r.series[1].color


def test_cache_follows_new_rows_in_and_out_of_order() -> None:
    rec = rr.RecordingStream("series_test")
    for i in (0, 1, 2, 5):
        rec.set_time("step", sequence=i)
        rec.log("v", rr.Scalars(float(i)))
    assert entity_series(rec.store, "v", "step")[0][0].tolist() == [0, 1, 2, 5]
    rec.set_time("step", sequence=6)
    rec.log("v", rr.Scalars(6.0))
    assert entity_series(rec.store, "v", "step")[0][0].tolist() == [0, 1, 2, 5, 6]
    rec.set_time("step", sequence=3)  # late: the store re-sorts its index, the cache starts over
    rec.log("v", rr.Scalars(3.0))
    x, y = entity_series(rec.store, "v", "step")[0]
    assert x.tolist() == [0, 1, 2, 3, 5, 6] and y.tolist() == [0, 1, 2, 3, 5, 6]


def test_rows_in_many_chunks() -> None:
    rec = rr.RecordingStream("series_test")
    for i in range(9000):  # > 2 sealed chunks of rr.log rows
        rec.set_time("step", sequence=i)
        rec.log("v", rr.Scalars(float(i % 17)))
    x, y = entity_series(rec.store, "v", "step")[0]
    assert np.array_equal(x, np.arange(9000)) and np.array_equal(y, np.arange(9000) % 17)


def test_a_million_points_fast_and_small() -> None:
    rec = _rec_with_loss(1_000_000)
    t0 = time.perf_counter()
    r = query_series(rec.store, ["loss"], "step", None, None, 640)
    first = time.perf_counter() - t0
    t0 = time.perf_counter()
    r = query_series(rec.store, ["loss"], "step", 1000, 900_000, 640)
    again = time.perf_counter() - t0
    nbytes = sum(s.x.nbytes + s.y.nbytes for s in r.series)
    assert first < 1.0 and again < 0.2, (first, again)
    assert nbytes <= 200_000 and len(r.series[0].x) <= 4 * 640
