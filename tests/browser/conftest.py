"""End-to-end fixtures: one real JupyterLab server per session, headless Chromium through Playwright.

The recipe and its pitfalls are in shared/docs/browser-testing.md: per-session temp config / settings /
workspace / runtime dirs, the news toast disabled, ``--allow-root``, a token and a free port, a fresh
workspace URL with ``?reset`` per test, waiting for the notebook's *own* session to be idle (``/api/sessions``)
and for the status bar to say ``| Idle``, and Shift+Enter retried when a cell did not start.

Every test gets a ``page`` whose console errors and page errors fail the test; a failing test leaves a
screenshot and its console lines in ``test-artifacts/``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from chromium import CHROMIUM, CHROMIUM_ARGS

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
#: Console messages that are not ours and not failures (offline Jupyter chatter).
BENIGN_CONSOLE = (
    re.compile(r"Failed to load resource: the server responded with a status of 404"),
    re.compile(r"ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED"),
)
#: Page errors Notebook 7.6 itself raises on a bare notebook with no widget in it (checked with a one-cell
#: ``1+1`` notebook under ``python -m notebook``): tolerated on Notebook 7 pages only.
NB7_OWN_PAGEERRORS = (
    re.compile(r"^pageerror: Cannot read properties of undefined \(reading 'schema'\)$"),
    re.compile(r"^pageerror: Command 'filebrowser:open-path' not registered\.$"),
)
WAIT_MS = 60_000

playwright_sync = pytest.importorskip("playwright.sync_api")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


# --------------------------------------------------------------------------------------------------
# JupyterLab server
# --------------------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Lab:
    """A running Jupyter server (JupyterLab + Notebook 7 front ends) for the tests."""

    def __init__(self, root: Path, base: str, token: str, proc: subprocess.Popen, log_path: Path) -> None:
        self.root = root  # notebooks live here
        self.base = base
        self.token = token
        self.proc = proc
        self.log_path = log_path

    def api(self, path: str) -> Any:
        sep = "&" if "?" in path else "?"
        with urllib.request.urlopen(f"{self.base}{path}{sep}token={self.token}", timeout=10) as r:
            return json.loads(r.read())

    def lab_url(self, name: str, workspace: str) -> str:
        return f"{self.base}/lab/workspaces/{workspace}/tree/{name}?reset&token={self.token}"

    def nb7_url(self, name: str) -> str:
        return f"{self.base}/notebooks/{name}?token={self.token}"

    def session_idle(self, name: str) -> bool:
        for s in self.api("/api/sessions"):
            if s.get("path") == name:
                k = s.get("kernel") or {}
                return k.get("execution_state") == "idle" and int(k.get("connections", 0)) >= 1
        return False

    def shutdown_sessions(self) -> None:
        """Stop every kernel (each test's notebook gets a fresh one)."""
        for s in self.api("/api/sessions"):
            req = urllib.request.Request(
                f"{self.base}/api/sessions/{s['id']}?token={self.token}", method="DELETE"
            )
            with contextlib.suppress(Exception):
                urllib.request.urlopen(req, timeout=10).close()


def start_lab(top: Path) -> Lab:
    """Start a Jupyter server (JupyterLab and Notebook 7 front ends) with its state under ``top``."""
    dirs = {k: top / k for k in ("nb", "config", "settings", "workspaces", "runtime")}
    for d in dirs.values():
        d.mkdir(parents=True, exist_ok=True)
    (dirs["config"] / "labconfig").mkdir(exist_ok=True)
    (dirs["config"] / "labconfig" / "page_config.json").write_text(
        json.dumps({"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True}})
    )
    port, token = _free_port(), secrets.token_hex(16)
    env = dict(
        os.environ,
        JUPYTER_CONFIG_DIR=str(dirs["config"]),
        JUPYTERLAB_SETTINGS_DIR=str(dirs["settings"]),
        JUPYTERLAB_WORKSPACES_DIR=str(dirs["workspaces"]),
        JUPYTER_RUNTIME_DIR=str(dirs["runtime"]),
        PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
    )
    log_path = top / "server.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "jupyterlab",
                "--no-browser",
                "--allow-root",
                "--ServerApp.ip=127.0.0.1",
                f"--ServerApp.port={port}",
                "--ServerApp.port_retries=0",
                f"--IdentityProvider.token={token}",
                f"--ServerApp.root_dir={dirs['nb']}",
            ],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=str(dirs["nb"]),
        )
    lab = Lab(dirs["nb"], f"http://127.0.0.1:{port}", token, proc, log_path)
    deadline = time.monotonic() + 60
    while True:
        try:
            lab.api("/api/status")
            return lab
        except Exception:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(
                    f"JupyterLab did not start:\n{log_path.read_text(errors='replace')[-3000:]}"
                ) from None
            time.sleep(0.2)


def stop_lab(lab: Lab) -> None:
    with contextlib.suppress(Exception):
        lab.shutdown_sessions()
    lab.proc.terminate()
    try:
        lab.proc.wait(15)
    except subprocess.TimeoutExpired:
        lab.proc.kill()


def launch_chromium(p: Any) -> Any:
    """Headless Chromium with WebGL through SwiftShader (shared/docs/browser-testing.md)."""
    return p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


@pytest.fixture(scope="session")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}")
    try:
        lab = start_lab(tmp_path_factory.mktemp("lab"))
    except RuntimeError as e:
        pytest.fail(str(e))
    try:
        yield lab
    finally:
        stop_lab(lab)


# --------------------------------------------------------------------------------------------------
# browser and page
# --------------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser(lab: Lab, playwright_session: Any) -> Iterator[Any]:
    b = launch_chromium(playwright_session)
    try:
        yield b
    finally:
        b.close()


@pytest.hookimpl(tryfirst=True, hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    outcome = yield
    rep = outcome.get_result()
    setattr(item, f"rep_{rep.when}", rep)


class Console:
    """Console lines and page errors of one page."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._errors: list[str] = []
        self.notebook7 = False  # set when the page is a Notebook 7 page

    @property
    def errors(self) -> list[str]:
        if not self.notebook7:
            return list(self._errors)
        return [e for e in self._errors if not any(p.search(e) for p in NB7_OWN_PAGEERRORS)]

    def on_console(self, msg: Any) -> None:
        text = f"console.{msg.type}: {msg.text}"
        self.lines.append(text)
        if msg.type == "error" and not any(p.search(msg.text) for p in BENIGN_CONSOLE):
            self._errors.append(text)

    def on_pageerror(self, err: Any) -> None:
        text = f"pageerror: {err}"
        self.lines.append(text)
        self._errors.append(text)


@pytest.fixture
def console() -> Console:
    return Console()


@pytest.fixture
def page(browser: Any, lab: Lab, console: Console, request: pytest.FixtureRequest) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.set_default_timeout(WAIT_MS)
    pg.on("console", console.on_console)
    pg.on("pageerror", console.on_pageerror)
    try:
        yield pg
    finally:
        failed = any(
            getattr(request.node, f"rep_{w}", None) is not None and getattr(request.node, f"rep_{w}").failed
            for w in ("setup", "call")
        )
        if failed or console.errors:
            ARTIFACTS.mkdir(exist_ok=True)
            stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.name)
            with contextlib.suppress(Exception):
                pg.screenshot(path=str(ARTIFACTS / f"{stem}.png"), full_page=True)
            (ARTIFACTS / f"{stem}.console.txt").write_text("\n".join(console.lines[-300:]))
            with contextlib.suppress(Exception):
                shutil.copy(lab.log_path, ARTIFACTS / f"{stem}.server.log")
        ctx.close()
        with contextlib.suppress(Exception):
            lab.shutdown_sessions()
    if console.errors and not failed:
        pytest.fail("console errors in the page:\n" + "\n".join(console.errors[:20]))


# --------------------------------------------------------------------------------------------------
# driving a notebook
# --------------------------------------------------------------------------------------------------

PANEL = ".jp-NotebookPanel:visible"


def wait_until(pred: Any, timeout: float = WAIT_MS / 1000, interval: float = 0.1, what: str = "") -> Any:
    deadline = time.monotonic() + timeout
    while True:
        v = pred()
        if v:
            return v
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what or pred}")
        time.sleep(interval)


def wait_kernel_ready(page: Any, lab: Lab, name: str, *, lab_ui: bool = True) -> None:
    """The notebook's own kernel is idle and connected, and (Lab) the status bar says ``| Idle``."""
    wait_until(lambda: lab.session_idle(name), what=f"kernel of {name} idle")
    if lab_ui:
        page.wait_for_function(
            "() => /\\|\\s*Idle/.test(document.querySelector('#jp-main-statusbar')?.innerText || '')",
            timeout=WAIT_MS,
        )


def open_in_lab(page: Any, lab: Lab, name: str, workspace: str) -> None:
    page.goto(lab.lab_url(name, workspace))
    page.wait_for_selector(f"{PANEL} .jp-Notebook-ExecutionIndicator[data-status='idle']")
    wait_kernel_ready(page, lab, name)


def open_in_notebook7(page: Any, lab: Lab, name: str) -> None:
    page.goto(lab.nb7_url(name))
    page.wait_for_selector(".jp-NotebookPanel .jp-Cell")
    wait_kernel_ready(page, lab, name, lab_ui=False)
    page.wait_for_function(
        "() => { const e = document.querySelector('.jp-Notebook-ExecutionIndicator');"
        " return !e || e.dataset.status === 'idle'; }",
        timeout=WAIT_MS,
    )


def _prompt(cell: Any) -> str:
    return cell.locator(".jp-InputPrompt").first.inner_text().strip()


def run_cell(page: Any, index: int, *, panel: str = PANEL, timeout: float = 120) -> None:
    """Run cell ``index`` with Shift+Enter (retried when it did not start) and wait until it is done."""
    cell = page.locator(f"{panel} .jp-Cell").nth(index)
    # bring the cell into view (Lab renders notebooks windowed) and wait for its editor's text
    cell.scroll_into_view_if_needed()
    wait_until(
        lambda: cell.locator(".jp-InputArea-editor .cm-content").inner_text().strip() != "",
        timeout=10,
        what=f"cell {index}'s editor",
    )
    before = _prompt(cell)
    for _attempt in range(3):
        cell.locator(".jp-InputArea-editor").click()
        page.keyboard.press("Shift+Enter")
        try:
            wait_until(lambda: _prompt(cell) != before, timeout=10, what="cell start")
            break
        except TimeoutError:
            continue
    else:
        raise TimeoutError(f"cell {index} never started (prompt still {before!r})")
    wait_until(
        lambda: re.fullmatch(r"\[\d+\]:", _prompt(cell)) is not None,
        timeout=timeout,
        what=f"cell {index} done",
    )
    errs = cell.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
    tb = cell.locator(".jp-RenderedText[data-mime-type='application/vnd.jupyter.error']")
    if tb.count():
        raise AssertionError(f"cell {index} raised:\n{tb.first.inner_text()[-3000:]}")
    del errs


def run_code_cells(page: Any, count: int, *, panel: str = PANEL) -> None:
    cells = page.locator(f"{panel} .jp-Cell")
    for i in range(count):
        if "jp-CodeCell" in (cells.nth(i).get_attribute("class") or ""):
            run_cell(page, i, panel=panel)


# --------------------------------------------------------------------------------------------------
# the viewer in the page
# --------------------------------------------------------------------------------------------------

ROOT = ".rrnb-root"


def dataset(page: Any, scope: str = PANEL) -> dict[str, str]:
    loc = page.locator(f"{scope} {ROOT}")
    if loc.count() == 0:
        return None
    return loc.first.evaluate("(r) => ({...r.dataset})")


def frames(page: Any, scope: str = PANEL) -> int:
    d = dataset(page, scope) or {}
    try:
        return int(d.get("frames", "0"))
    except ValueError:
        return 0


def last_query(page: Any, scope: str = PANEL) -> dict[str, Any]:
    d = dataset(page, scope) or {}
    raw = d.get("lastQuery") or "{}"
    try:
        return json.loads(raw)
    except ValueError:
        return {"raw": raw}


def canvas_rgb(page: Any, scope: str = PANEL) -> Any:
    """The 3D canvas as an (H, W, 3) int array."""
    import numpy as np
    from PIL import Image

    png = page.locator(f"{scope} canvas.rrnb-canvas").first.screenshot()
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(np.int32)


def wait_frame_after(page: Any, n: int, scope: str = PANEL, settle_ms: int = 150) -> int:
    """Wait until the viewer drew more than ``n`` frames and then stopped drawing for ``settle_ms``."""
    wait_until(lambda: frames(page, scope) > n, what="a new frame")
    last = frames(page, scope)
    while True:
        time.sleep(settle_ms / 1000)
        now = frames(page, scope)
        if now == last:
            return now
        last = now


class Driver:
    """The helpers above bound to one page and server, handed to tests as the ``drv`` fixture."""

    PANEL = PANEL

    def __init__(self, page: Any, lab: Lab, console: Console) -> None:
        self.page, self.lab, self.console = page, lab, console

    def open_in_lab(self, name: str, workspace: str) -> None:
        open_in_lab(self.page, self.lab, name, workspace)

    def open_in_notebook7(self, name: str) -> None:
        self.console.notebook7 = True
        open_in_notebook7(self.page, self.lab, name)

    def run_cell(self, index: int, panel: str = PANEL) -> None:
        run_cell(self.page, index, panel=panel)

    def run_code_cells(self, count: int, panel: str = PANEL) -> None:
        run_code_cells(self.page, count, panel=panel)

    def dataset(self, scope: str = PANEL) -> dict[str, str]:
        return dataset(self.page, scope)

    def frames(self, scope: str = PANEL) -> int:
        return frames(self.page, scope)

    def last_query(self, scope: str = PANEL) -> dict[str, Any]:
        return last_query(self.page, scope)

    def canvas_rgb(self, scope: str = PANEL) -> Any:
        return canvas_rgb(self.page, scope)

    wait_until = staticmethod(wait_until)


@pytest.fixture
def drv(page: Any, lab: Lab, console: Console) -> Driver:
    return Driver(page, lab, console)


# --------------------------------------------------------------------------------------------------
# shared by the issue-11 front-end tests (Voilà, Notebook 7, Lab selection / save / UI state / blueprint)
# --------------------------------------------------------------------------------------------------

#: The mixed recording of issue 11: points, a box and arrows under /world, a loss curve, a text log and 2D
#: points in pixel coordinates, over steps 0..9.
MIXED_CELL = (
    "import numpy as np\nimport rerun_nb as rr\nimport rerun_nb.blueprint as rrb\n"
    "rr.init('{app}')\n"
    "rng = np.random.default_rng(0)\n"
    "for i in range(10):\n"
    "    rr.set_time('step', sequence=i)\n"
    "    rr.log('world/points', rr.Points3D(rng.random((20, 3)), colors=[255, 40, 40], radii=0.05))\n"
    "    rr.log('world/box', rr.Boxes3D(half_sizes=[0.5, 0.5, 0.5], colors=[40, 220, 40]))\n"
    "    rr.log('world/arrows', rr.Arrows3D(vectors=[[1, 0, 0]], colors=[40, 40, 255]))\n"
    "    rr.log('loss', rr.Scalars(1.0 / (i + 1)))\n"
    "    rr.log('log', rr.TextLog(f'step {{i}} message', level='INFO'))\n"
    "    rr.log('image/points', rr.Points2D(rng.random((10, 2)) * 100, colors=[255, 200, 0], radii=3))"
)


def write_notebook(path: Path, cells: list[str]) -> None:
    """A notebook of code ``cells`` with the python3 kernelspec (no "Select Kernel" dialog)."""
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(c) for c in cells]
    nbformat.write(nb, path)


VIEWS_JS = """(scope) => { const roots = document.querySelectorAll(scope + ' .rrnb-root');
  const root = roots[roots.length - 1]; if (!root) return [];
  const rr = root.getBoundingClientRect();
  if (rr.top < 0 || rr.bottom > window.innerHeight) root.scrollIntoView({block: 'center'});
  return [...root.querySelectorAll('.rrnb-view')].filter(e => e.offsetParent !== null).map(e => { const r = e.getBoundingClientRect();
    return {cls: e.className, kind: e.closest('.rrnb-vframe')?.dataset.viewClass || '', name: e.closest('.rrnb-vframe')?.querySelector('.rrnb-vtitle')?.textContent || '',
            total: e.dataset.total, cursor: e.dataset.cursor, series: e.dataset.series,
            x: r.x, y: r.y, w: r.width, h: r.height, text: e.textContent.slice(0, 4000)}; }); }"""


def visible_views(page: Any, scope: str = "") -> list[dict]:
    """The views of the last viewer under ``scope`` (scrolled into the window), those on screen (CSS class, layout class ``kind``: 3D, 2D, TimeSeries, TextLog, ...; title, text log /
    series state, page rectangle, text)."""
    return page.evaluate(VIEWS_JS, scope)


def view_pixels(page: Any, view: dict) -> Any:
    """A screenshot of one view's rectangle as an (H, W, 3) int array."""
    import numpy as np
    from PIL import Image

    clip = {"x": view["x"], "y": view["y"], "width": max(1, view["w"]), "height": max(1, view["h"])}
    png = page.screenshot(clip=clip)
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(np.int32)


def drawn_fraction(img: Any) -> float:
    """Share of pixels that differ from the image's most common border colour (its background)."""
    import numpy as np

    border = np.concatenate([img[0], img[-1], img[:, 0], img[:, -1]])
    vals, counts = np.unique(border, axis=0, return_counts=True)
    bg = vals[counts.argmax()]
    return float((np.abs(img - bg).sum(-1) > 24).mean())


def colour_px(img: Any, rgb: tuple[int, int, int], tol: int = 60) -> int:
    """Pixels within ``tol`` (per channel) of ``rgb``."""
    import numpy as np

    return int((np.abs(img - np.asarray(rgb)).max(-1) <= tol).sum())


class Voila:
    """A Voilà server rendering one notebook."""

    def __init__(self, url: str, proc: subprocess.Popen, log_path: Path) -> None:
        self.url, self.proc, self.log_path = url, proc, log_path


def start_voila(top: Path, notebook: Path, timeout: int = 60) -> Voila:
    """Serve ``notebook`` with Voilà on a free loopback port, with a token, its Jupyter dirs under ``top``
    and a cell timeout of ``timeout`` seconds; return once it answers."""
    for k in ("config", "runtime", "data"):
        (top / k).mkdir(parents=True, exist_ok=True)
    port, token = _free_port(), secrets.token_hex(16)
    env = dict(
        os.environ,
        JUPYTER_CONFIG_DIR=str(top / "config"),
        JUPYTER_RUNTIME_DIR=str(top / "runtime"),
        PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
    )
    log_path = top / "voila.log"
    with log_path.open("wb") as log:
        # Notebook 7's lab extension needs @jupyterlab/docregistry, which Voilà does not share: loaded there
        # it logs 'The getter for the shared module is not a function' (nothing of ours): denied
        args = [sys.executable, "-m", "voila", str(notebook), "--no-browser", f"--port={port}"]
        args += ["--Voila.ip=127.0.0.1", f"--Voila.token={token}", "--Voila.port_retries=0"]
        args += [f"--NotebookClient.timeout={timeout}"]
        args += ["--VoilaConfiguration.extension_denylist=@jupyter-notebook/lab-extension"]
        proc = subprocess.Popen(
            args,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=str(notebook.parent),
        )
    v = Voila(f"http://127.0.0.1:{port}/?token={token}", proc, log_path)
    deadline = time.monotonic() + 60
    while True:
        try:
            # any HTTP answer means it listens (GET / would run the notebook: the page does that)
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status?token={token}", timeout=5).close()
            return v
        except urllib.error.HTTPError:
            return v
        except Exception:
            if proc.poll() is not None or time.monotonic() > deadline:
                stop_voila(v)
                raise RuntimeError(
                    f"Voilà did not start:\n{log_path.read_text(errors='replace')[-3000:]}"
                ) from None
            time.sleep(0.2)


def stop_voila(v: Voila) -> None:
    v.proc.terminate()
    try:
        v.proc.wait(15)
    except subprocess.TimeoutExpired:
        v.proc.kill()
        v.proc.wait(5)
