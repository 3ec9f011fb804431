"""Measurements in the time series view (issue 13) in headless Chromium, answered by a real Viewer's
ProtocolHandler: the translucent ±1 σ band is seen around the line where a variance was logged, and not where
none was; the line keeps Measurements' own colour."""

from __future__ import annotations

import json

import pytest
from test_frontend_fake_model import browser  # noqa: F401
from test_frontend_tensor_graph import kpage  # noqa: F401

import rerun_nb as rr

np = pytest.importorskip("numpy")
pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.browser


def test_band_around_the_line_where_a_variance_was_logged(kpage) -> None:
    rec = rr.RecordingStream("fe_meas")
    for t in range(100):  # value 0; σ = 2 for the first half, no variance after
        rec.set_time("step", sequence=t)
        var = [4.0] if t < 50 else None
        rec.log("m", rr.Measurements([0.0], variances=var, colors=[[255, 0, 0]], units="V"))
    p = kpage(rec, timeline="step", time=0)
    v = p.view("TimeSeries")
    p.wait(v, "frames")
    p.page.wait_for_function("e => !!e.dataset.plot", arg=v.element_handle(), timeout=15000)
    plot = json.loads(v.get_attribute("data-plot"))
    assert plot["v0"] <= -2 and plot["v1"] >= 2  # the band fits in the plot
    a = p.pixels(v.locator("canvas"))

    def col(t: float) -> int:
        return round(plot["x0"] + (t - plot["t0"]) / (plot["t1"] - plot["t0"]) * (plot["x1"] - plot["x0"]))

    def row(val: float) -> int:
        return round(plot["y0"] + (val - plot["v0"]) / (plot["v1"] - plot["v0"]) * (plot["y1"] - plot["y0"]))

    reddish = (a[..., 0] > a[..., 1] + 30) & (
        a[..., 0] < 200
    )  # the band: red at low alpha over the dark plot
    line = (a[..., 0] > 200) & (a[..., 1] < 80)
    for t in (10, 25, 40):
        c = col(t)
        assert line[row(0) - 2 : row(0) + 3, c].any()
        inside = [
            r for r in range(min(row(1.8), row(-1.8)), max(row(1.8), row(-1.8)) + 1) if abs(r - row(0)) > 3
        ]
        assert reddish[inside, c].mean() > 0.9, (t, reddish[inside, c].mean())
        top, bottom = min(row(2), row(-2)), max(row(2), row(-2))
        outside = [top - 4, bottom + 4]  # just beyond the band's edges, still inside the plot
        assert min(plot["y0"], plot["y1"]) <= outside[0] and outside[1] <= max(plot["y0"], plot["y1"]), plot
        assert not reddish[outside, c].any(), t
    for t in (60, 75, 90):  # no variance: the line only
        c = col(t)
        assert line[row(0) - 2 : row(0) + 3, c].any()
        assert reddish[[row(1.0), row(-1.0)], c].sum() == 0, t
