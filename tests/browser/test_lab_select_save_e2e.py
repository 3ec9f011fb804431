"""Issue 11 in JupyterLab: a click on an entity in the entity tree shows its components in the selection panel
(as page text), and the widget's save action writes the recording to a file in the notebook's directory that
``rerun_nb.load`` answers like the recording; no console errors."""

from __future__ import annotations

import re

import pytest
from conftest import MIXED_CELL, PANEL, colour_px, view_pixels, visible_views, write_notebook

pytestmark = pytest.mark.browser

SAVED = "saved_mixed.rnb"
CHECK = (
    f"import os\nrec = rr.get_global_data_recording()\nsaved = rr.load({SAVED!r})\n"
    "same = sorted(saved.entity_paths()) == sorted(rec.entity_paths()) and all(\n"
    "    str(saved.latest_at(p, timeline='step', time=t)) == str(rec.latest_at(p, timeline='step', time=t))\n"
    "    for p in rec.entity_paths() for t in (0, 5, 9))\n"
    f"print('SAVE-CHECK', os.path.exists({SAVED!r}), len(saved.entity_paths()), same)"
)


def test_selection_and_save(drv, lab):
    page = drv.page
    (lab.root / SAVED).unlink(missing_ok=True)
    write_notebook(
        lab.root / "select_save.ipynb",
        [MIXED_CELL.format(app="lab_select_save"), "viewer = rr.notebook_show(height=520)", CHECK],
    )
    drv.open_in_lab("select_save.ipynb", "t-select-save")
    drv.run_cell(0)
    drv.run_cell(1)
    views = drv.wait_until(lambda: len(visible_views(page)) == 4 and visible_views(page), what="four views")
    v3 = next(v for v in views if v["kind"] == "3D")
    drv.wait_until(lambda: colour_px(view_pixels(page, v3), (255, 40, 40)) >= 20, what="red points drawn")
    root = page.locator(f"{PANEL} .rrnb-root").last

    # selection: click the entity's name in the tree
    sel = root.locator(".rrnb-selection")
    assert not sel.is_visible()
    root.locator(".rrnb-tree-row[data-path='world/points'] .rrnb-tree-name").click()
    drv.wait_until(
        lambda: "Points3D:positions" in (sel.text_content() or ""), what="components in the selection panel"
    )
    text = sel.text_content()
    assert "world/points" in text and "Points3D:radii" in text and "Points3D:colors" in text, text
    assert "20" in text, f"the 20 positions are not counted: {text}"
    assert (
        root.locator(".rrnb-tree-row[data-path='world/points']").get_attribute("class").count("rrnb-selected")
        == 1
    )
    assert root.locator(".rrnb-selection .rrnb-swatch").count() >= 1, "no colour swatch for Points3D:colors"
    # another entity replaces it
    root.locator(".rrnb-tree-row[data-path='log'] .rrnb-tree-name").click()
    drv.wait_until(lambda: "TextLog:text" in (sel.text_content() or ""), what="the text log's components")
    assert "step 9 message" in sel.text_content(), sel.text_content()

    # save from the widget
    root.locator(".rrnb-save-btn").click()
    root.locator(".rrnb-save-name").fill(SAVED)
    root.locator(".rrnb-save-ok").click()
    status = root.locator(".rrnb-save-status")
    drv.wait_until(
        lambda: "saved to" in (status.text_content() or ""), what=f"saved (status {status.text_content()!r})"
    )
    m = re.search(r"saved to (\S+) \((\d+) rows\)", status.text_content())
    assert m and m.group(1).endswith(SAVED) and int(m.group(2)) > 0, status.text_content()
    assert (lab.root / SAVED).is_file(), f"no {SAVED} in the notebook's directory"
    # a second save under the same name does not overwrite it: an error, said in the widget
    root.locator(".rrnb-save-ok").click()
    drv.wait_until(
        lambda: "rrnb-save-error" in (status.get_attribute("class") or ""), what="refused overwrite"
    )
    drv.run_cell(2)
    out = page.locator(f"{PANEL} .jp-Cell").nth(2).locator(".jp-OutputArea-output").inner_text()
    assert out.split() == ["SAVE-CHECK", "True", "6", "True"], out
    assert not drv.console.errors, drv.console.errors
