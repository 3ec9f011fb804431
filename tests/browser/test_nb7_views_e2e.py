"""The mixed recording of issue 11 in Notebook 7: four views (3D, 2D, time series, text log), each with its
content drawn in its own rectangle, the text log's rows in the page text; no console errors."""

from __future__ import annotations

import pytest
from conftest import MIXED_CELL, colour_px, drawn_fraction, view_pixels, visible_views, write_notebook

pytestmark = pytest.mark.browser

SCOPE = ".jp-NotebookPanel"


def test_mixed_recording_in_notebook7(drv, lab):
    page = drv.page
    write_notebook(
        lab.root / "mixed_nb7.ipynb", [MIXED_CELL.format(app="nb7_mixed"), "rr.notebook_show(height=520)"]
    )
    drv.open_in_notebook7("mixed_nb7.ipynb")
    drv.run_code_cells(2, panel=SCOPE)

    def ready():
        vs = visible_views(page, SCOPE)
        return (
            len(vs) == 4
            and any(v["total"] == "10" for v in vs)
            and any(v["series"] == "1" for v in vs)
            and vs
        )

    views = drv.wait_until(ready, what="four views with the text log and series answered")
    assert sorted(v["kind"] for v in views) == ["2D", "3D", "TextLog", "TimeSeries"], views
    by = {{"3D": "3d", "2D": "2d", "TimeSeries": "series", "TextLog": "log"}[v["kind"]]: v for v in views}
    # the views do not overlap and each is a sizeable rectangle
    for v in views:
        assert v["w"] >= 150 and v["h"] >= 100, v
    # text log: every step's message is page text, the cursor on the last one
    log = by["log"]
    for i in range(10):
        assert f"step {i} message" in log["text"], log["text"][:500]
    assert log["cursor"] == "9"
    # pixels: the 3D view shows the red points, green box and blue arrow; the 2D view the yellow points;
    # the series view a drawn curve
    drv.wait_until(
        lambda: colour_px(view_pixels(page, by["3d"]), (255, 40, 40)) >= 20, what="red points in 3D"
    )
    img3 = view_pixels(page, by["3d"])
    assert colour_px(img3, (40, 220, 40)) >= 20, "no green box in the 3D view"
    img2 = view_pixels(page, by["2d"])
    assert colour_px(img2, (255, 200, 0), tol=50) >= 30, "no yellow points in the 2D view"
    assert colour_px(img2, (255, 40, 40)) < 5, "3D points leaked into the 2D view"
    imgs = view_pixels(page, by["series"])
    assert drawn_fraction(imgs) >= 0.003, f"time series view looks empty ({drawn_fraction(imgs):.4f})"
    assert not drv.console.errors, drv.console.errors
