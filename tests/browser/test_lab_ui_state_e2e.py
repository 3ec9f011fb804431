"""Issue 11 in JupyterLab: the UI state of an application id survives a re-run (an entity hidden in the tree and
the time moved on the slider are kept when the logging cell runs again and a viewer is shown again), and a
blueprint given to ``rr.notebook_show`` shows exactly its views; pixels and page text looked at, no console
errors."""

from __future__ import annotations

import pytest
from conftest import MIXED_CELL, colour_px, drawn_fraction, view_pixels, visible_views, write_notebook

pytestmark = pytest.mark.browser

RED, GREEN = (255, 40, 40), (40, 220, 40)
CELLS = [
    MIXED_CELL.format(app="lab_ui_state"),
    "viewer = rr.notebook_show(height=480)",
    "print('UI', viewer.hidden, viewer.time)",
    "rr.notebook_show(height=400, blueprint=rrb.Horizontal(rrb.Spatial3DView(origin='/world'),"
    " rrb.TimeSeriesView(origin='/loss')))",
]


def _four(page):
    vs = visible_views(page)
    return len(vs) == 4 and any(v["total"] == "10" for v in vs) and vs


def _v3(page):
    return next(v for v in visible_views(page) if v["kind"] == "3D")


def test_ui_state_across_rerun_and_blueprint_layout(drv, lab):
    page = drv.page
    write_notebook(lab.root / "ui_state.ipynb", CELLS)
    drv.open_in_lab("ui_state.ipynb", "t-ui-state")
    drv.run_cell(0)
    drv.run_cell(1)
    drv.wait_until(lambda: _four(page), what="four views")
    drv.wait_until(lambda: colour_px(view_pixels(page, _v3(page)), RED) >= 20, what="red points drawn")
    root = page.locator(".rrnb-root").last
    # hide world/points in the tree, move the time to 4 on the slider
    root.locator(".rrnb-tree-row[data-path='world/points'] input[type=checkbox]").uncheck()
    drv.wait_until(lambda: colour_px(view_pixels(page, _v3(page)), RED) < 5, what="points hidden")
    root.locator(".rrnb-slider").fill("4")
    drv.wait_until(lambda: any(v["cursor"] == "4" for v in visible_views(page)), what="text log cursor at 4")

    # re-run the logging cell (same application id) and show a viewer again
    drv.run_cell(0)
    drv.run_cell(1)
    drv.wait_until(lambda: _four(page), what="four views after the re-run")
    root = page.locator(".rrnb-root").last
    try:
        drv.wait_until(
            lambda: any(v["cursor"] == "4" for v in visible_views(page)), timeout=10, what="time at 4"
        )
        time_kept = float(root.locator(".rrnb-slider").input_value()) == 4.0
    except TimeoutError:
        time_kept = False
    slider_after = root.locator(".rrnb-slider").input_value()
    box = root.locator(".rrnb-tree-row[data-path='world/points'] input[type=checkbox]")
    assert not box.is_checked(), "world/points shown again after the re-run"
    drv.wait_until(lambda: colour_px(view_pixels(page, _v3(page)), GREEN) >= 20, what="green box drawn")
    assert colour_px(view_pixels(page, _v3(page)), RED) < 5, "the hidden points are drawn after the re-run"
    drv.run_cell(2)
    out = (
        page.locator(".jp-NotebookPanel:visible .jp-Cell")
        .nth(2)
        .locator(".jp-OutputArea-output")
        .inner_text()
    )
    assert out.split()[:2] == ["UI", "['world/points']"], out
    time_kept = time_kept and out.split()[2:] == ["4.0"]

    # a blueprint: exactly its two views, side by side, each drawn
    drv.run_cell(3)

    def two():
        vs = visible_views(page)
        return len(vs) == 2 and sorted(v["kind"] for v in vs) == ["3D", "TimeSeries"] and vs

    vs = drv.wait_until(two, what="the blueprint's two views")
    v3 = next(v for v in vs if v["kind"] == "3D")
    vts = next(v for v in vs if v["kind"] == "TimeSeries")
    assert abs(v3["y"] - vts["y"]) < 2 and v3["x"] + v3["w"] <= vts["x"] + 2, (v3, vts)
    assert v3["name"] == "world" and vts["name"] == "loss", (v3["name"], vts["name"])
    drv.wait_until(
        lambda: colour_px(view_pixels(page, v3), GREEN) >= 20, what="green box in the blueprint's 3D view"
    )
    drv.wait_until(lambda: drawn_fraction(view_pixels(page, vts)) >= 0.003, what="the loss curve drawn")
    assert not drv.console.errors, drv.console.errors
    assert time_kept, f"time not kept across the re-run: slider {slider_after}, Python says {out!r}"
