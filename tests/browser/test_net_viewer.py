"""``rr.notebook_show(listen=0)`` in JupyterLab: another process runs the tutorial with ``rr.connect(addr)``
instead of ``rr.spawn()``, and the viewer — opened before any data, with no cell running — draws the spirals."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from test_dna_e2e import T_MAX, assert_tutorial_picture, settled_picture, wait_query_time

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
PANEL = ".jp-NotebookPanel:visible"


def test_viewer_listening_shows_another_process_logging(drv, lab):
    name = "net_viewer.ipynb"
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [
        nbformat.v4.new_code_cell(
            'import rerun_nb as rr\nrr.init("rerun_example_dna_abacus")\n'
            "viewer = rr.notebook_show(listen=0)\nprint('ADDR', viewer.listen_address)"
        )
    ]
    nbformat.write(nb, lab.root / name)
    drv.open_in_lab(name, "t-net")
    drv.run_cell(0)
    out = drv.page.locator(f"{PANEL} .jp-Cell").nth(0).locator(".jp-OutputArea-output").all_inner_texts()
    m = re.search(r"ADDR (127\.0\.0\.1:\d+)", "\n".join(out))
    assert m, out
    drv.page.wait_for_selector(f"{PANEL} canvas.rrnb-canvas")

    code = (REPO / "examples" / "dna.py").read_text()
    assert "rr.spawn()\n" in code
    code = code.replace("rr.spawn()\n", f"rr.connect({m.group(1)!r})\n", 1)
    t0 = time.monotonic()
    p = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env=dict(os.environ, PYTHONUNBUFFERED="1"),
    )
    assert p.returncode == 0, p.stderr
    # no cell runs now: the rows arrived on the server's threads and the viewer follows them on its own
    wait_query_time(drv, T_MAX, timeout=60)
    stats = assert_tutorial_picture(settled_picture(drv))
    d = drv.dataset() or {}
    print(
        f"spirals drawn {time.monotonic() - t0:.1f}s after the writer started; {stats}; {d.get('frames')} frames"
    )


@pytest.fixture(autouse=True)
def _no_leftover_notebooks(lab):
    yield
    for p in lab.root.glob("net_viewer*.ipynb"):
        p.unlink(missing_ok=True)
