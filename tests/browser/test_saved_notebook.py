"""The static picture saved with a notebook (render/notebook.py): run the tutorial in JupyterLab, save, and the
file holds a PNG of the scene beside the live widget — delivered from the kernel's picture thread without
rebuilding the live view and hidden while the widget runs — which nbconvert's HTML, opened in Chromium, shows."""

from __future__ import annotations

import io
import json
import time

import nbformat
import numpy as np
import pytest
from PIL import Image
from test_dna_e2e import NOTEBOOK, assert_tutorial_picture

pytestmark = [pytest.mark.browser, pytest.mark.render]

PANEL = ".jp-NotebookPanel:visible"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def _picture_output(path) -> dict | None:
    """The picture output (a widget view naming no model, with an ``image/png``), once saved."""
    try:
        nb = json.loads(path.read_text())
    except ValueError:  # caught mid-save
        return None
    for cell in nb["cells"]:
        for o in cell.get("outputs", []):
            d = o.get("data", {})
            if d.get(WIDGET_VIEW, {}).get("model_id") == "" and "image/png" in d:
                return o
    return None


def test_saved_notebook_carries_a_picture_nbconvert_shows(drv, lab, browser, tmp_path, needs_renderer):
    # needs_renderer: the kernel runs on this machine, with the same packages
    page = drv.page
    name = "saved_picture.ipynb"
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.write(nb, lab.root / name)
    drv.open_in_lab(name, "t-saved")
    drv.run_code_cells(len(nb.cells))
    page.wait_for_selector(f"{PANEL} canvas.rrnb-canvas")
    drv.wait_until(lambda: drv.frames() >= 1, what="first frame")
    page.locator(f"{PANEL} .rrnb-root").first.evaluate("(r) => { r.dataset.testMark = 'first'; }")

    # the picture comes from the kernel's picture thread; Lab keeps it in the output model: save until it is there
    t0 = time.monotonic()

    def saved():
        page.keyboard.press("Control+s")
        time.sleep(0.5)
        return _picture_output(lab.root / name)

    out = drv.wait_until(saved, timeout=90, interval=1.0, what="the picture in the saved notebook")
    arrived_s = time.monotonic() - t0
    assert out["metadata"]["image/png"] == {"width": 800, "height": 480}

    # the live view was not rebuilt by the update, is the only view, and no picture shows next to it
    cell = page.locator(f"{PANEL} .jp-Cell").nth(len(nb.cells) - 1)
    assert cell.locator(".rrnb-root").count() == 1
    assert cell.locator(".rrnb-root[data-test-mark='first']").count() == 1, "the live view was rebuilt"
    assert cell.locator(".jp-RenderedImage img:visible").count() == 0, "the static picture shows in Lab"

    # nbconvert's HTML of the saved notebook shows the scene
    from nbconvert import HTMLExporter

    html, _ = HTMLExporter().from_filename(str(lab.root / name))
    html_path = tmp_path / "saved_picture.html"
    html_path.write_text(html)
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        pg = ctx.new_page()
        pg.goto(html_path.as_uri())
        img = pg.locator(".jp-OutputArea-output img").last
        img.wait_for(state="visible", timeout=20_000)
        assert img.evaluate("(i) => i.complete && i.naturalWidth") == 800
        shot = np.asarray(Image.open(io.BytesIO(img.screenshot())).convert("RGB")).astype(np.int32)
    finally:
        ctx.close()
    stats = assert_tutorial_picture(shot)
    print(f"picture in the saved notebook {arrived_s:.1f}s after the first frame; nbconvert page: {stats}")
