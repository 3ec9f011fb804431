"""Live viewers in a real JupyterLab: progress and scrubbing while a logging cell is still running, two views
of one recording, data from a later cell (DESIGN.md, busy kernel; rerun_nb/viewer/live.py)."""

from __future__ import annotations

import io
import json
import re
import shutil
import time

import nbformat
import numpy as np
import pytest
from PIL import Image

pytestmark = pytest.mark.browser

PANEL = ".jp-NotebookPanel:visible"

CELLS = [
    "import time\nimport numpy as np\nimport rerun_nb as rr\nrr.init('live')\n"
    "rr.set_time_sequence('step', 0)\nrr.log('pts', rr.Points3D([[0, 0, 0]], colors=[0, 255, 0], radii=0.3))\n"
    "rr.log('box', rr.Points3D([[-5, -5, -5], [5, 5, 5]], radii=0.01), static=True)",
    "viewer = rr.notebook_show(height=300)",
    "from IPython.display import display\ndisplay(viewer)",
    # a long logging loop: ~8 s, one step every 20 ms (busy: the main thread never yields to the kernel loop)
    "t0 = time.time()\ni = 0\nwhile time.time() - t0 < 8:\n    i += 1\n    rr.set_time_sequence('step', i)\n"
    "    rr.log('pts', rr.Points3D([[np.sin(i / 10) * 3, 0, 0]], colors=[0, 255, 0], radii=0.3))\n"
    "    t1 = time.time()\n    while time.time() - t1 < 0.02:\n        pass\nprint('logged', i)",
    "rr.log('late', rr.Points3D([[0, 0, 3]], colors=[255, 0, 255], radii=0.6), static=True)",
]


def _views(page) -> list[dict]:
    return page.evaluate(
        """() => [...document.querySelectorAll('.rrnb-root')].map(r => ({
            view: r.dataset.view, frames: Number(r.dataset.frames),
            q: JSON.parse(r.dataset.lastQuery || '{}'),
            max: Number(r.querySelector('.rrnb-slider').max) }))"""
    )


def _prompt(page, i: int) -> str:
    return page.locator(f"{PANEL} .jp-Cell").nth(i).locator(".jp-InputPrompt").first.inner_text().strip()


def _start_cell(page, i: int) -> None:
    cell = page.locator(f"{PANEL} .jp-Cell").nth(i)
    cell.scroll_into_view_if_needed()
    before = _prompt(page, i)
    for _ in range(3):
        cell.locator(".jp-InputArea-editor").click()
        page.keyboard.press("Shift+Enter")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _prompt(page, i) == before:
            time.sleep(0.05)
        if _prompt(page, i) != before:
            return
    raise AssertionError(f"cell {i} did not start")


def test_live_progress_scrub_while_busy_two_views_and_later_cell(drv, lab):
    page = drv.page
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(c) for c in CELLS]
    nbformat.write(nb, lab.root / "live.ipynb")
    drv.open_in_lab("live.ipynb", "t-live")
    for i in range(3):
        drv.run_cell(i)
    drv.wait_until(
        lambda: len(_views(page)) == 2 and all(v["frames"] >= 1 for v in _views(page)), what="two views"
    )
    a, b = _views(page)
    assert a["view"] != b["view"] and a["max"] == 0, (a, b)

    # the long cell: both views follow the growing timeline while it runs
    _start_cell(page, 3)
    t0 = time.monotonic()
    seen: list[tuple[float, list]] = []
    while time.monotonic() - t0 < 4.0:
        seen.append((time.monotonic() - t0, [(v["max"], v["q"].get("time")) for v in _views(page)]))
        time.sleep(0.25)
    assert _prompt(page, 3) == "[*]:", "the logging cell should still be running"
    for k in range(2):
        times = [s[1][k][1] for s in seen if isinstance(s[1][k][1], (int, float))]
        assert len(set(times)) >= 4, f"view {k} did not show progress during the cell: {seen}"
        assert max(times) >= 50, f"view {k} lags: {times}"

    # scrubbing works during the cell too (answered by the kernel's subshell)
    slider = page.locator(f"{PANEL} .rrnb-slider").first
    for target in (5, 17):
        slider.fill(str(target))
        drv.wait_until(
            lambda target=target: _views(page)[0]["q"].get("time") == target,
            timeout=15,  # a busy 2-core CI machine; the point is that it is answered at all while the cell runs
            what=f"scrub to {target} while busy",
        )
    assert _prompt(page, 3) == "[*]:", "the scrub was answered only after the cell"
    # the views of one model share its time: both stay where the user put it while data keeps coming
    time.sleep(1.0)
    va, vb = _views(page)
    assert va["q"].get("time") == 17 and vb["q"].get("time") == 17, (va, vb)
    assert va["max"] > 150, va
    # dragged back to the right end, they follow again
    slider.fill("1000000")  # a range input clamps it to its max: the right end
    drv.wait_until(
        lambda: all(v["q"].get("time", 0) == v["max"] > va["max"] for v in _views(page)),
        timeout=15,
        what="following the end again",
    )

    drv.wait_until(
        lambda: re.fullmatch(r"\[\d+\]:", _prompt(page, 3)) is not None, timeout=30, what="cell end"
    )
    out = page.locator(f"{PANEL} .jp-Cell").nth(3).locator(".jp-OutputArea-output").inner_text()
    n_logged = int(out.split()[-1])
    drv.wait_until(lambda: _views(page)[1]["max"] == n_logged, what="final timeline")
    for k in (0, 1):
        drv.wait_until(lambda k=k: _views(page)[k]["q"].get("time") == n_logged, what="views at the end")

    # data logged in a later cell appears in both views
    def magenta(k: int) -> int:
        png = page.locator(f"{PANEL} canvas.rrnb-canvas").nth(k).screenshot()
        img = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(np.int32)
        r, g, bb = img[..., 0], img[..., 1], img[..., 2]
        return int(((r > 150) & (bb > 150) & (g < 80)).sum())

    drv.run_cell(4)
    for idx in (0, 1):
        drv.wait_until(lambda idx=idx: magenta(idx) > 30, timeout=20, what=f"late data drawn in view {idx}")
    print(json.dumps({"logged": n_logged, "samples": seen[:3]}))


@pytest.fixture(autouse=True)
def _no_leftover_notebooks(lab):
    yield
    for p in lab.root.glob("*.ipynb"):
        p.unlink(missing_ok=True)
    shutil.rmtree(lab.root / ".ipynb_checkpoints", ignore_errors=True)
