"""Measurements in the time series view (issue 13): each series a line with a ±1 σ band (σ = sqrt(variance)),
styled by Measurements' own fields; the ``series`` reply carries the band; heuristics give a TimeSeriesView."""

from __future__ import annotations

import numpy as np
import pytest

import rerun_nb as rr
import rerun_nb.blueprint as rrb
from rerun_nb.series import query_series
from rerun_nb.viewer import Viewer


def pressure(n: int = 64) -> rr.RecordingStream:
    """Rerun's ``measurements_simple`` example: two sensors, each with its own drifting variance."""
    rec = rr.RecordingStream("meas")
    for step in range(n):
        rec.set_time("step", sequence=step)
        vals = [101_325.0 + 50.0 * np.sin(step / 10.0), 101_300.0 + 30.0 * np.cos(step / 8.0)]
        var = [100.0 + 25.0 * np.sin(step / 7.0), 80.0 + 15.0 * np.cos(step / 11.0)]
        rec.log("pressure", rr.Measurements(values=vals, variances=var, units="Pa"))
    return rec


def test_band_is_sqrt_of_variance_per_series() -> None:
    r = query_series(pressure().store, ["pressure"], "step", None, None, 500)
    a, b = r.series
    steps = np.arange(64)
    assert (a.index, b.index, a.name, b.name) == (0, 1, "pressure[0]", "pressure[1]")
    assert np.allclose(a.sigma, np.sqrt(100.0 + 25.0 * np.sin(steps / 7.0)))
    assert np.allclose(b.sigma, np.sqrt(80.0 + 15.0 * np.cos(steps / 11.0)))
    assert a.unit == b.unit == "Pa" and a.kind == "line"
    lo = min(float((s.y - s.sigma).min()) for s in r.series)
    hi = max(float((s.y + s.sigma).max()) for s in r.series)
    assert r.value_range == pytest.approx((lo, hi))  # the band is inside the plot


def test_own_styling_and_missing_or_bad_variances() -> None:
    rec = rr.RecordingStream("meas_style")
    for t, var in enumerate([[4.0], None, [-1.0], [np.nan]]):
        rec.set_time("step", sequence=t)
        rec.log(
            "m", rr.Measurements([float(t)], variances=var, colors=[[255, 0, 0]], widths=[3.0], names=["T"])
        )
    (s,) = query_series(rec.store, ["m"], "step", None, None, 100).series
    assert s.sigma[0] == 2.0 and np.isnan(s.sigma[1:]).all()  # no variance, negative, NaN: no band there
    assert (s.name, s.color[:3], s.width, s.visible) == ("T", (255, 0, 0), 3.0, True)
    assert s.unit is None


def test_scalars_have_no_band() -> None:
    rec = rr.RecordingStream("meas_scalars")
    rec.set_time("step", sequence=0)
    rec.log("s", rr.Scalars(1.0))
    (s,) = query_series(rec.store, ["s"], "step", None, None, 100).series
    assert s.sigma is None


def test_series_reply_carries_the_band() -> None:
    v = Viewer(pressure())
    lay = v.view_layout
    stack, sid = [lay["root"]], None
    while stack:
        n = stack.pop()
        if n["type"] == "view" and n["class"] == "TimeSeries":
            sid = n["id"]
        stack.extend(n.get("children", []))
    assert sid is not None  # the heuristics gave a TimeSeriesView for Measurements
    r, bufs = v.handler.handle({"type": "series", "id": 3, "view": "w/" + sid, "space": sid, "timeline": "step",
                                "start": 10, "end": 20, "width": 200}, [])  # fmt: skip
    a = r["series"][0]
    sig = np.frombuffer(bytes(bufs[a["sigma"]]), "<f8")
    x = np.frombuffer(bytes(bufs[a["x"]]), "<f8")
    assert x.tolist() == list(range(10, 21)) and a["unit"] == "Pa"
    assert np.allclose(sig, np.sqrt(100.0 + 25.0 * np.sin(x / 7.0)))
    v.close()


def test_heuristics_time_series_for_measurements() -> None:
    views = rrb.heuristic_views({"pressure": {"Measurements"}, "loss": {"Scalars"}})
    assert [(type(w).__name__, w.origin) for w in views] == [
        ("TimeSeriesView", "/loss"),
        ("TimeSeriesView", "/pressure"),
    ]


def test_measurements_count_as_drawn() -> None:
    from rerun_nb.archetypes.coverage import is_drawn, stored_only_archetypes

    assert is_drawn("Measurements:values") and "Measurements" not in stored_only_archetypes()
