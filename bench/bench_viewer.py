"""Viewer benchmark: the tutorial (notebooks/dna.ipynb) in JupyterLab, in headless Chromium.

Measures, and prints as ``name value unit`` lines:

* ``first_frame_ms``: from Shift+Enter on ``viewer = rr.notebook_show()`` to the new view's first drawn
  frame (median over runs; the logging cells ran before);
* ``scrub_ms``: from a slider ``input`` event to the frame drawn from its reply (median over steps,
  each to a time with other data, so each reply carries the moved beads and transform);
* ``scrub_rtt_ms``: the query round trip alone, as the widget reports it;
* ``scrub_bytes`` / ``playback_frame_bytes``: reply buffer bytes per scrub step / per frame of playback,
  and ``*_header_bytes``: the JSON header of the same replies, measured on the kernel side;
* ``full_scene_bytes``: the first (full) reply;
* ``playback_fps``: frames drawn per second while the tutorial plays (looping, speed 1), the median of 1 s
  windows over 6 s after 1 s of warm-up, in Chromium as the tests launch it; ``playback_fps_min``: the worst
  window; ``playback_fps_software_compositing`` / ``_min``: the same in a Chromium with
  ``--disable-gpu-compositing``. Without a GPU the display compositor otherwise re-rasterises the whole
  1280x900 window through SwiftShader for each frame the canvas changes (~150 ms of CPU per frame here), which
  caps the first figure at a few frames/s whatever the page does; the second is what the widget itself allows.

Then the views' kernel side (``bench/bench_views.py``): ``push_ms`` (Python-set time to the pushed scene handed
to the comm), ``series_1m_*`` (a time series of 1,000,000 scalars: time and reply bytes) and
``text_log_200k_*`` (a text log of 200,000 entries: cursor moves).

And the views in the browser (issue 11; ``--views-only`` skips the tutorial figures): ``views_first_frame_ms``
(Ctrl+Enter on ``rr.notebook_show()`` of the mixed recording to all four views drawn), ``python_set_to_canvas_ms``
(median of 20 ``viewer.time = t`` in a cell to the next drawn frame, kernel and page on the same wall clock),
``series_1m_browser_drawn_ms`` (show of 1,000,000 scalars to the plotted series), ``text_log_200k_browser_*``
(show of 200,000 entries; median of 20 slider moves to the text log's cursor row).

Usage: ``python bench/bench_viewer.py [--runs 5] [--steps 30]``. Needs jupyterlab, playwright and a
Chromium (``RRNB_CHROMIUM``, default /usr/bin/chromium); takes about a minute.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


sys.path.insert(0, str(REPO / "tests"))  # the browser helpers, tests/chromium.py, tests/playback_probe.py


def _helpers():
    spec = importlib.util.spec_from_file_location("rrnb_browser_helpers", REPO / "tests/browser/conftest.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def kernel_side_bytes(steps: int) -> dict[str, float]:
    """Header and buffer bytes of full, scrub-step and playback-frame replies, computed in-process."""
    import nbformat
    import numpy as np

    from rerun_nb.viewer.protocol import ProtocolHandler

    nb = nbformat.read(REPO / "notebooks/dna.ipynb", as_version=4)
    src = "\n".join(
        c.source for c in nb.cells if c.cell_type == "code" and not c.source.startswith("viewer = ")
    )
    exec(compile(src, "dna.ipynb", "exec"), {})
    import rerun_nb as rr

    rec = rr.get_global_data_recording()
    h = ProtocolHandler(rec)

    def size(reply, bufs):
        return len(json.dumps(reply, separators=(",", ":"))), sum(b.nbytes for b in bufs)

    full = size(*h.handle({"type": "query", "id": 1, "view": "b", "timeline": "stable_time", "time": 3.99}))
    out = {"full_scene_bytes": full[1], "full_scene_header_bytes": full[0]}
    for name, dt in (("scrub", 0.01), ("playback_frame", 1 / 30)):
        heads, bodies = [], []
        base, t = 1, 0.0
        for i in range(2, 2 + steps):
            t = round((t + dt) % 4.0, 6)
            msg = {"type": "query", "id": i, "view": "b", "timeline": "stable_time", "time": t, "base": base}
            hb, bb = size(*h.handle(msg))
            heads.append(hb)
            bodies.append(bb)
            base = i
        out[f"{name}_bytes"] = float(np.median(bodies))
        out[f"{name}_header_bytes"] = float(np.median(heads))
    return out


SCRUB_JS = """
async ([times]) => {
  const root = [...document.querySelectorAll('.rrnb-root')].pop();
  const slider = root.querySelector('.rrnb-slider');
  const out = [];
  for (const t of times) {
    const before = Number(root.dataset.frames);
    const done = new Promise((resolve) => {
      const mo = new MutationObserver(() => {
        if (Number(root.dataset.frames) > before) { mo.disconnect(); resolve(performance.now()); }
      });
      mo.observe(root, { attributes: true, attributeFilter: ['data-frames'] });
    });
    const t0 = performance.now();
    slider.value = String(t);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    const t1 = await done;
    const q = JSON.parse(root.dataset.lastQuery || '{}');
    out.push({ ms: t1 - t0, rtt: q.rtt_ms, bytes: q.bytes, time: q.time });
    await new Promise((r) => setTimeout(r, 30));
  }
  return out;
}
"""

PLAY_WARM_MS, PLAY_MS, PLAY_WINDOW_MS = 1000, 6000, 1000


def playback(page) -> tuple[float, float, list]:
    """(median fps over the steady windows, the worst window, frame bytes) of the last view on the page."""
    from playback_probe import PLAY_FPS_JS

    page.locator(".rrnb-root").last.locator(".rrnb-loop input").check()
    res = page.evaluate(PLAY_FPS_JS, [".rrnb-root", PLAY_WARM_MS, PLAY_MS, PLAY_WINDOW_MS])
    return statistics.median(res["fps"]), min(res["fps"]), res["bytes"]


def kernel_quiet(lab, limit: float = 30.0) -> None:
    """Wait until the server and kernel stop using CPU (the saved picture is rendered after the cell ends)."""
    try:
        import psutil
    except ImportError:
        time.sleep(3)
        return

    def cpu() -> float:
        p = psutil.Process(lab.proc.pid)
        tot = 0.0
        for c in [p, *p.children(recursive=True)]:
            try:
                t = c.cpu_times()
                tot += t.user + t.system
            except psutil.Error:
                pass
        return tot

    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        a = cpu()
        time.sleep(0.5)
        if cpu() - a < 0.05:
            return


def browser_side(runs: int, steps: int) -> dict[str, float]:
    import nbformat
    from playwright.sync_api import sync_playwright

    hp = _helpers()
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as top:
        lab = hp.start_lab(Path(top))
        try:
            nb = nbformat.read(REPO / "notebooks/dna.ipynb", as_version=4)
            nbformat.write(nb, lab.root / "bench.ipynb")
            show = next(i for i, c in enumerate(nb.cells) if c.source.startswith("viewer = "))
            with sync_playwright() as p:
                browser = hp.launch_chromium(p)
                page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
                page.set_default_timeout(hp.WAIT_MS)
                hp.open_in_lab(page, lab, "bench.ipynb", "bench")
                hp.run_code_cells(page, show)
                cell = page.locator(f"{hp.PANEL} .jp-Cell").nth(show)
                firsts = []
                for _ in range(runs):
                    old = page.evaluate(
                        "() => [...document.querySelectorAll('.rrnb-root')].map(r => r.dataset.view)"
                    )
                    cell.locator(".jp-InputArea-editor").click()
                    t0 = page.evaluate("() => performance.now()")
                    page.keyboard.press("Control+Enter")
                    t1 = page.wait_for_function(
                        """(old) => { for (const r of document.querySelectorAll('.rrnb-root'))
                             if (!old.includes(r.dataset.view) && Number(r.dataset.frames) >= 1)
                               return performance.now();
                           return false; }""",
                        arg=old,
                        polling="raf",
                    ).json_value()
                    firsts.append(t1 - t0)
                    hp.wait_until(lambda: lab.session_idle("bench.ipynb"), what="kernel idle")
                out["first_frame_ms"] = statistics.median(firsts)
                times = [round(0.5 + 0.1 * k, 2) for k in range(steps)]
                res = page.evaluate(SCRUB_JS, [times])
                out["scrub_ms"] = statistics.median(r["ms"] for r in res)
                out["scrub_rtt_ms"] = statistics.median(r["rtt"] for r in res)
                out["scrub_browser_bytes"] = statistics.median(r["bytes"] for r in res)
                kernel_quiet(lab)
                fps, worst, play_bytes = playback(page)
                out["playback_fps"], out["playback_fps_min"] = fps, worst
                if play_bytes:
                    out["playback_browser_frame_bytes"] = statistics.median(play_bytes)
                browser.close()
                # the same in a Chromium compositing in software (see the module docstring)
                browser = p.chromium.launch(
                    executable_path=hp.CHROMIUM,
                    headless=True,
                    args=[*hp.CHROMIUM_ARGS, "--disable-gpu-compositing"],
                )
                page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
                page.set_default_timeout(hp.WAIT_MS)
                hp.open_in_lab(page, lab, "bench.ipynb", "bench-sw")
                hp.run_cell(page, show)  # the data is in the kernel already: a new view of it
                page.wait_for_function(
                    "() => Number([...document.querySelectorAll('.rrnb-root')].pop()?.dataset.frames) >= 1"
                )
                kernel_quiet(lab)
                fps, worst, _ = playback(page)
                out["playback_fps_software_compositing"], out["playback_fps_software_compositing_min"] = (
                    fps,
                    worst,
                )
                browser.close()
        finally:
            hp.stop_lab(lab)
    return out


VIEWS_CELLS = {
    # the mixed recording of issue 11 (steps 0..199, the 3D points move every step)
    "mixed": "import time\nimport numpy as np\nimport rerun_nb as rr\nrr.init('bench_views_browser')\n"
    "rng = np.random.default_rng(0)\nfor i in range(200):\n    rr.set_time('step', sequence=i)\n"
    "    rr.log('world/points', rr.Points3D(rng.random((1000, 3)), colors=[255, 40, 40], radii=0.02))\n"
    "    rr.log('world/box', rr.Boxes3D(half_sizes=[1, 1, 1]))\n"
    "    rr.log('world/arrows', rr.Arrows3D(vectors=[[1, 0, 0]]))\n"
    "    rr.log('loss', rr.Scalars(1.0 / (i + 1)))\n    rr.log('log', rr.TextLog(f'step {i}'))\n"
    "    rr.log('image/points', rr.Points2D(rng.random((100, 2)) * 100))",
    "show": "viewer = rr.notebook_show(height=520)",
    # 20 Python sets, 400 ms apart; the wall-clock time of each set call (same clock as the page's Date.now())
    "sets": "sets = []\nfor k in range(20):\n    time.sleep(0.4)\n    sets.append(time.time() * 1e3)\n"
    "    viewer.time = float(1 + (k * 37) % 199)\ntime.sleep(0.6)\nprint('SETS', *sets)",
    "series": "rec_s = rr.RecordingStream('bench_series_browser')\nn = 1_000_000\n"
    "rec_s.send_columns('loss', indexes=[rr.TimeColumn('step', sequence=np.arange(n))],"
    " columns=rr.Scalars.columns(scalars=np.random.default_rng(0).standard_normal(n).cumsum()))",
    "series_show": "rr.notebook_show(rec_s, height=400)",
    "log": "rec_l = rr.RecordingStream('bench_log_browser')\nn = 200_000\n"
    "rec_l.send_columns('log', indexes=[rr.TimeColumn('step', sequence=np.arange(n))],"
    " columns=rr.TextLog.columns(text=[f'entry {i}' for i in range(n)], level=['INFO'] * n))",
    "log_show": "rr.notebook_show(rec_l, height=400)",
}

FRAME_TIMES_JS = """() => { const root = [...document.querySelectorAll('.rrnb-root')].pop();
  window.__frameTimes = []; new MutationObserver(() => window.__frameTimes.push(Date.now()))
    .observe(root, {attributes: true, attributeFilter: ['data-frames']}); }"""

ALL_DRAWN_JS = """(old) => { const roots = [...document.querySelectorAll('.rrnb-root')];
  const r = roots[roots.length - 1]; if (!r || old.includes(r.dataset.view)) return false;
  const vs = [...r.querySelectorAll('.rrnb-view')].filter(e => e.offsetParent !== null);
  if (vs.length < KIND) return false;
  const spatial = vs.some(e => !e.classList.contains('rrnb-log') && !e.classList.contains('rrnb-plot'));
  const ok = vs.every(e => e.classList.contains('rrnb-log') ? Number(e.dataset.total) > 0
    : e.classList.contains('rrnb-plot') ? e.dataset.series === '1' : true)
    && (!spatial || Number(r.dataset.frames) >= 1);
  return ok ? performance.now() : false; }"""

LOG_CURSOR_JS = """async ([times]) => { const root = [...document.querySelectorAll('.rrnb-root')].pop();
  const slider = root.querySelector('.rrnb-slider'); const log = root.querySelector('.rrnb-log'); const out = [];
  for (const t of times) {
    const t0 = performance.now(); slider.value = String(t);
    slider.dispatchEvent(new Event('input', {bubbles: true}));
    while (log.dataset.cursor !== String(t)) { await new Promise(r => setTimeout(r, 2));
      if (performance.now() - t0 > 5000) break; }
    out.push(performance.now() - t0); await new Promise(r => setTimeout(r, 50)); }
  return out; }"""


def views_browser_side() -> dict[str, float]:
    """Issue 11 targets in JupyterLab: Python-set time -> changed canvas, first frame of the mixed recording
    with all views drawn, a 1,000,000-scalar time series drawn, text log cursor moves over 200,000 entries."""
    from playwright.sync_api import sync_playwright

    hp = _helpers()
    names = list(VIEWS_CELLS)
    out: dict[str, float] = {}

    class _Out(dict):
        def __setitem__(self, k, v):
            print(f"{k} {v:.1f}", file=sys.stderr, flush=True)
            super().__setitem__(k, v)

    out = _Out()
    with tempfile.TemporaryDirectory() as top:
        lab = hp.start_lab(Path(top))
        try:
            hp.write_notebook(lab.root / "views.ipynb", list(VIEWS_CELLS.values()))
            with sync_playwright() as p:
                browser = hp.launch_chromium(p)
                page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
                page.set_default_timeout(hp.WAIT_MS)
                hp.open_in_lab(page, lab, "views.ipynb", "bench-views")

                def timed_show(key: str, kind: int) -> float:
                    old = page.evaluate(
                        "() => [...document.querySelectorAll('.rrnb-root')].map(r => r.dataset.view)"
                    )
                    cell = page.locator(f"{hp.PANEL} .jp-Cell").nth(names.index(key))
                    cell.scroll_into_view_if_needed()
                    cell.locator(".jp-InputArea-editor").click()
                    t0 = page.evaluate("() => performance.now()")
                    page.keyboard.press("Control+Enter")
                    t1 = page.wait_for_function(
                        ALL_DRAWN_JS.replace("KIND", str(kind)), arg=old, polling="raf"
                    )
                    return t1.json_value() - t0

                hp.run_cell(page, names.index("mixed"))
                out["views_first_frame_ms"] = timed_show("show", 4)
                hp.wait_until(lambda: lab.session_idle("views.ipynb"), what="kernel idle")
                time.sleep(1.0)
                page.evaluate(FRAME_TIMES_JS)
                hp.run_cell(page, names.index("sets"))
                txt = (
                    page.locator(f"{hp.PANEL} .jp-Cell")
                    .nth(names.index("sets"))
                    .locator(".jp-OutputArea-output")
                    .inner_text()
                )
                sets = [float(x) for x in txt.split("SETS", 1)[1].split()[:20]]
                frames = page.evaluate("() => window.__frameTimes")
                lat = [min((f for f in frames if f >= s), default=float("nan")) - s for s in sets]
                out["python_set_to_canvas_ms"] = statistics.median(lat)
                out["python_set_to_canvas_max_ms"] = max(lat)
                hp.run_cell(page, names.index("series"))
                out["series_1m_browser_drawn_ms"] = timed_show("series_show", 1)
                hp.wait_until(lambda: lab.session_idle("views.ipynb"), what="kernel idle")
                hp.run_cell(page, names.index("log"))
                out["text_log_200k_browser_first_ms"] = timed_show("log_show", 1)
                hp.wait_until(lambda: lab.session_idle("views.ipynb"), what="kernel idle")
                time.sleep(1.0)
                rng = __import__("random").Random(3)
                moves = page.evaluate(LOG_CURSOR_JS, [[rng.randrange(200_000) for _ in range(20)]])
                out["text_log_200k_browser_cursor_ms"] = statistics.median(moves)
                browser.close()
        finally:
            hp.stop_lab(lab)
    return dict(out)


UNITS = {
    "ms": "ms",
    "bytes": "B",
    "per_s": "1/s",
    "fps": "1/s",
    "fps_min": "1/s",
    "compositing": "1/s",
    "compositing_min": "1/s",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="displays measured for first_frame_ms")
    ap.add_argument("--steps", type=int, default=30, help="slider steps measured for scrub_ms")
    ap.add_argument("--no-browser", action="store_true", help="kernel-side bytes only")
    ap.add_argument(
        "--views-only", action="store_true", help="of the browser figures, only the views' (issue 11)"
    )
    args = ap.parse_args()
    t0 = time.monotonic()
    res = kernel_side_bytes(args.steps)
    from bench_views import views_kernel_side  # issue 11: pushed scenes, series, text log (kernel side)

    res.update(views_kernel_side())
    if not args.no_browser:
        res.update(views_browser_side())
        if not args.views_only:
            res.update(browser_side(args.runs, args.steps))
    for k, v in res.items():
        unit = next((u for s, u in UNITS.items() if k.endswith(s)), "")
        print(f"{k} {v:.1f} {unit}" if isinstance(v, float) else f"{k} {v} {unit}")
    print(f"# took {time.monotonic() - t0:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
