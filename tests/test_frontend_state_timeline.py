"""The state timeline view (issue 13) in headless Chromium, answered by a real Viewer's ProtocolHandler: one
lane per entity, each state a band coloured per StateConfiguration (else Rerun's palette) at the right x, gaps
left empty, hover names the state and its time span, wheel zoom asks for the range shown."""

from __future__ import annotations

import json

import pytest
from test_frontend_fake_model import browser  # noqa: F401
from test_frontend_tensor_graph import kpage  # noqa: F401
from test_state_timeline import doors

from rerun_nb.state_timeline import palette_color

np = pytest.importorskip("numpy")
pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.browser

GREEN, RED, BACKGROUND = (76, 175, 80), (239, 83, 80), (27, 27, 31)


def test_lanes_coloured_per_configuration_at_the_right_x(kpage) -> None:
    p = kpage(doors(), timeline="step", time=0)
    v = p.view("StateTimeline")
    p.wait(v, "frames")
    p.page.wait_for_function("e => !!e.dataset.plot", arg=v.element_handle(), timeout=15000)
    plot = json.loads(v.get_attribute("data-plot"))
    assert [lane["path"] for lane in plot["lanes"]] == ["door", "window"]
    first = next(m for m in p.sent if m.get("type") == "states")
    assert abs(first["width"] - (plot["x1"] - plot["x0"])) <= 1  # the kernel merges what is under 4 px
    a = p.pixels(v.locator("canvas"))

    def at(lane: int, t: float) -> np.ndarray:
        x = round(plot["x0"] + (t - plot["t0"]) / (plot["t1"] - plot["t0"]) * (plot["x1"] - plot["x0"]))
        return a[round(plot["lanes"][lane]["y1"]) - 3, x]  # the band's bottom rows: no label text there

    def near(px: np.ndarray, rgb: tuple) -> bool:
        return bool((np.abs(px - np.array(rgb[:3])) < 25).all())

    # door: Open 0..1, Closed 1..4, Open 4..6, a gap 6..8 (""), Open from 8 on (drawn past the end)
    for t, rgb in [(0.5, GREEN), (2.5, RED), (3.8, RED), (5.0, GREEN), (7.0, BACKGROUND), (8.2, GREEN)]:
        assert near(at(0, t), rgb), (t, at(0, t), rgb)
    # window: no configuration: Rerun's palette by value; closed 0..3, open from 3
    for t, value in [(1.5, "closed"), (2.8, "closed"), (3.5, "open"), (7.5, "open")]:
        assert near(at(1, t), palette_color(value)), (t, at(1, t), value)
    assert near(at(0, plot["t0"] + 0.05), BACKGROUND)  # before the first change: nothing

    # hover names the lane, the state's label and value, and its span
    box = v.locator("canvas").bounding_box()
    x = plot["x0"] + (2.5 - plot["t0"]) / (plot["t1"] - plot["t0"]) * (plot["x1"] - plot["x0"])
    y = (plot["lanes"][0]["y0"] + plot["lanes"][0]["y1"]) / 2
    p.page.mouse.move(box["x"] + x, box["y"] + y)
    tip = v.locator(".rrnb-tooltip")
    tip.wait_for(state="visible", timeout=5000)
    assert tip.inner_text().split("\n") == ["door", "Closed (closed)", "step: 1 – 4"]

    # wheel zoom about the pointer: a states request for the range shown
    n = len([m for m in p.sent if m.get("type") == "states"])
    p.page.mouse.wheel(0, -300)
    for _ in range(100):  # the page's messages reach the kernel here (p.sent)
        if len([m for m in p.sent if m.get("type") == "states"]) > n:
            break
        p.page.wait_for_timeout(100)
    last = [m for m in p.sent if m.get("type") == "states"][-1]
    assert last["start"] is not None and last["end"] is not None and last["end"] - last["start"] < 9.6
