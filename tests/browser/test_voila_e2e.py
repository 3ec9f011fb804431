"""The DNA tutorial (notebooks/dna.ipynb) as a Voilà dashboard (issue 11, front ends): the viewer draws the
spirals' colours, and scrubbing the time slider changes the picture; no console errors."""

from __future__ import annotations

import shutil
import time

import pytest
from conftest import start_voila, stop_voila
from test_dna_e2e import NOTEBOOK, T_MAX, assert_tutorial_picture, diff_px, settled_picture, wait_query_time

pytestmark = pytest.mark.browser

SCOPE = "body"


def test_dna_in_voila(drv, tmp_path):
    shutil.copy(NOTEBOOK, tmp_path / "dna.ipynb")
    t0 = time.monotonic()
    voila = start_voila(tmp_path / "voila", tmp_path / "dna.ipynb", timeout=60)
    try:
        page = drv.page
        page.goto(voila.url)
        page.wait_for_selector(f"{SCOPE} canvas.rrnb-canvas", timeout=60_000)
        wait_query_time(drv, T_MAX, SCOPE)
        t1 = time.monotonic()
        img_end = settled_picture(drv, SCOPE)
        stats = assert_tutorial_picture(img_end)
        # the page shows the tutorial's text and no traceback
        body = page.inner_text("body")
        assert "DNA abacus" in body and "Traceback" not in body, body[:2000]
        # scrub: the slider moves the picture, and back again gives the same picture
        slider = page.locator(f"{SCOPE} .rrnb-slider").first
        slider.fill("1.0")
        wait_query_time(drv, 1.0, SCOPE)
        img_1 = settled_picture(drv, SCOPE)
        assert_tutorial_picture(img_1)
        assert diff_px(img_1, img_end) > 50, "the picture did not change with the time"
        slider.fill(repr(T_MAX))
        wait_query_time(drv, T_MAX, SCOPE)
        back = settled_picture(drv, SCOPE)
        assert diff_px(back, img_end) <= 5, f"back at the end differs by {diff_px(back, img_end)} px"
        assert not drv.console.errors, drv.console.errors
        print(f"voila: first picture {t1 - t0:.1f}s after the server start; {stats}")
    finally:
        drv.page.goto("about:blank")  # leave the page before the server goes (no refused websocket errors)
        stop_voila(voila)
