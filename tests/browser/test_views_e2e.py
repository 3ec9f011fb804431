"""The views of issue 11 in a real JupyterLab: the mixed recording's default layout (3D, 2D, time series,
text log), its series and text log answered by the kernel, a blueprint sent from Python, and a Python-set time
moving the text log's cursor."""

from __future__ import annotations

import nbformat
import pytest

pytestmark = pytest.mark.browser

PANEL = ".jp-NotebookPanel:visible"

CELLS = [
    "import numpy as np\nimport rerun_nb as rr\nimport rerun_nb.blueprint as rrb\nrr.init('views_e2e')\n"
    "rng = np.random.default_rng(0)\n"
    "for i in range(10):\n"
    "    rr.set_time('step', sequence=i)\n"
    "    rr.log('world/points', rr.Points3D(rng.random((20, 3)), radii=0.05))\n"
    "    rr.log('world/box', rr.Boxes3D(half_sizes=[0.5, 0.5, 0.5]))\n"
    "    rr.log('world/arrows', rr.Arrows3D(vectors=[[1, 0, 0]]))\n"
    "    rr.log('loss', rr.Scalars(1.0 / (i + 1)))\n"
    "    rr.log('log', rr.TextLog(f'step {i}', level='INFO'))\n"
    "    rr.log('image/points', rr.Points2D(rng.random((10, 2)) * 100, radii=2))",
    "viewer = rr.notebook_show(height=500)",
    "viewer.time = 3",
    "rr.send_blueprint(rrb.Blueprint(rrb.TextLogView(origin='/')))",
]


def _views(page) -> list[dict]:
    return page.evaluate(
        """() => [...document.querySelectorAll('.rrnb-view')].filter(e => e.offsetParent !== null).map(e => ({
            cls: e.className, total: e.dataset.total, cursor: e.dataset.cursor, series: e.dataset.series,
            text: e.textContent.slice(0, 2000)}))"""
    )


def test_mixed_recording_views_blueprint_and_python_time(drv, lab):
    page = drv.page
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(c) for c in CELLS]
    nbformat.write(nb, lab.root / "views.ipynb")
    drv.open_in_lab("views.ipynb", "t-views")
    drv.run_cell(0)
    drv.run_cell(1)
    drv.wait_until(lambda: len(_views(page)) == 4, what="four views")
    drv.wait_until(
        lambda: (
            any(v["total"] == "10" for v in _views(page)) and any(v["series"] == "1" for v in _views(page))
        ),
        what="text log and series answered",
    )
    log = next(v for v in _views(page) if v["total"] == "10")
    assert "step 9" in log["text"] and log["cursor"] == "9"
    drv.run_cell(2)  # Python moves the cursor: the text log follows
    drv.wait_until(lambda: any(v["cursor"] == "3" for v in _views(page)), what="cursor at 3")
    drv.run_cell(3)  # a blueprint from Python: one text log view
    drv.wait_until(
        lambda: len(_views(page)) == 1 and "rrnb-log" in _views(page)[0]["cls"], what="blueprint layout"
    )
    assert not drv.console.errors, drv.console.errors
