"""Playback rate and memory of the bundled front end in headless Chromium, on the fake-model page (no Jupyter).

The page is the harness of test_frontend_fake_model.py, but the kernel side is the real ``ProtocolHandler`` over
a real recording (the tutorial, or a big cloud), so ``query`` and ``window`` messages get real replies.

Chromium runs with ``--disable-gpu-compositing``: on a machine without a GPU, Chromium's display compositor
otherwise re-rasterises the *whole window* through SwiftShader (emulated Vulkan on the CPU) for every frame the
canvas changes, ~45 ms of CPU per frame for a 1280x900 window here: that, not the widget, capped playback at
3-15 frames/s (bench/bench_viewer.py reports both). Software compositing redraws only the damaged rectangle;
WebGL itself still runs in SwiftShader. ``--enable-precise-memory-info`` makes ``performance.memory`` exact and
``--js-flags=--expose-gc`` lets the page collect garbage before the heap is read.
"""

from __future__ import annotations

import base64
import json
import statistics
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("playwright.sync_api")

from test_frontend_fake_model import ARGS, BASE, BUNDLE, CHROMIUM, HARNESS  # noqa: E402

pytestmark = pytest.mark.browser

PERF_ARGS = [*ARGS, "--disable-gpu-compositing", "--enable-precise-memory-info", "--js-flags=--expose-gc"]
ROOT = Path(__file__).resolve().parents[1]

# Counts the page's WebGL contexts and their losses (the widget forces a loss when it is cleaned up).
GL_COUNTER = """
window.__gl = { created: 0, lost: 0 };
const _getContext = HTMLCanvasElement.prototype.getContext;
HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
  const ctx = _getContext.call(this, type, ...rest);
  if (ctx && /webgl/.test(String(type)) && !this.__rrnbCounted) {
    this.__rrnbCounted = true;
    window.__gl.created++;
    this.addEventListener("webglcontextlost", () => window.__gl.lost++);
  }
  return ctx;
};
"""

# Frames drawn in each `window_ms` window while playback runs for `ms` (after `warm_ms`).
PLAY_FPS_JS = """async ([warm, ms, win]) => {
  const root = [...document.querySelectorAll('.rrnb-root')].pop();
  const play = root.querySelector('.rrnb-play');
  if (play.dataset.playing !== '1') play.click();
  await new Promise((r) => setTimeout(r, warm));
  const stamps = [];
  const mo = new MutationObserver(() => stamps.push(performance.now()));
  mo.observe(root, { attributes: true, attributeFilter: ['data-frames'] });
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, ms));
  mo.disconnect();
  play.click();
  const n = Math.floor(ms / win), counts = new Array(n).fill(0);
  for (const s of stamps) { const k = Math.floor((s - t0) / win); if (k < n) counts[k]++; }
  return counts.map((c) => c * 1000 / win);
}"""

HEAP_JS = """async () => {
  for (let i = 0; i < 3; i++) { window.gc(); await new Promise((r) => setTimeout(r, 30)); }
  return performance.memory.usedJSHeapSize;
}"""


def timeline_state(rec) -> dict:
    from rerun_nb.viewer.widget import _default_timeline, _timeline_infos

    infos = _timeline_infos(rec)
    return {
        "timelines": infos,
        "timeline": _default_timeline(infos),
        "entity_paths": sorted(rec.entity_paths()),
    }


class KernelPage:
    """The widget on a FakeModel, answered by a real ProtocolHandler over ``rec``."""

    def __init__(self, browser, rec, *, width=480, height=360, **state):
        from rerun_nb.viewer.protocol import ProtocolHandler

        self.handler = ProtocolHandler(rec)
        self.errors: list[str] = []
        self.ctx = browser.new_context(viewport={"width": 1280, "height": 900}, device_scale_factor=1)
        self.page = pg = self.ctx.new_page()
        pg.on(
            "console",
            lambda m: self.errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None,
        )
        pg.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        st = {
            "time": 0,
            "playing": False,
            "speed": 1.0,
            "loop": True,
            "follow": False,
            "hidden": [],
            "width": width,
            "height": height,
            "data_version": 0,
            "camera": {},
            **timeline_state(rec),
            **state,
        }
        html = HARNESS % {"state": json.dumps(st), "outw": width + 400}
        html = html.replace("window.ready = true;", "window.widget = widget; window.ready = true;")
        # Replies travel as the response to a fetch: Playwright's expose_function keeps every value a binding
        # returned alive in the page (measured: +27 MB of JS heap for 30 replies of 450 kB), which would
        # drown the widget's own memory.
        slow = "Uint8Array.from(atob(b), (c) => c.charCodeAt(0))"  # a callback per byte: slow for big replies
        html = html.replace(slow, f"(Uint8Array.fromBase64 ? Uint8Array.fromBase64(b) : {slow})")
        send = "window.py_send(JSON.stringify(content))"
        assert send in html
        html = html.replace(
            send, "fetch('/send', {method: 'POST', body: JSON.stringify(content)}).then((r) => r.text())"
        )
        body = BUNDLE.read_bytes()
        pg.add_init_script(GL_COUNTER)
        pg.route(f"{BASE}/", lambda r: r.fulfill(body=html, content_type="text/html"))
        pg.route(f"{BASE}/widget.js", lambda r: r.fulfill(body=body, content_type="text/javascript"))
        pg.route(f"{BASE}/send", self._on_send)
        pg.route("**/*", lambda r: r.fallback() if r.request.url.startswith(BASE) else r.abort())
        pg.goto(f"{BASE}/")
        pg.wait_for_function("window.ready === true")
        self.wait_frames(1)

    def _on_send(self, route) -> None:
        content, bufs = self.handler.handle(json.loads(route.request.post_data or "{}"))
        body = (
            json.dumps({"content": content, "buffers": [base64.b64encode(bytes(b)).decode() for b in bufs]})
            if content
            else ""
        )
        route.fulfill(body=body, content_type="application/json")

    def frames(self) -> int:
        return int(self.page.get_attribute(".rrnb-root", "data-frames"))

    def wait_frames(self, n: int) -> None:
        self.page.wait_for_function(
            "(n) => Number(document.querySelector('.rrnb-root')?.dataset.frames) >= n", arg=n, timeout=30000
        )

    def gl_memory(self) -> dict:
        return json.loads(self.page.get_attribute(".rrnb-root", "data-gl-memory"))

    def heap(self) -> int:
        return int(self.page.evaluate(HEAP_JS))

    def close(self) -> None:
        self.ctx.close()


@pytest.fixture(scope="module")
def browser(playwright_session):
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}")
    if not BUNDLE.exists():
        pytest.skip("rerun_nb/static/widget.js not built (npm --prefix js run build)")
    b = playwright_session.chromium.launch(executable_path=CHROMIUM, headless=True, args=PERF_ARGS)
    yield b
    b.close()


@pytest.fixture
def kernel_page(browser):
    made: list[KernelPage] = []

    def make(rec, **kw) -> KernelPage:
        k = KernelPage(browser, rec, **kw)
        made.append(k)
        return k

    yield make
    for k in made:
        errors = list(k.errors)
        k.close()
        assert errors == [], errors


@pytest.fixture(scope="module")
def tutorial_recording():
    """The tutorial's recording (notebooks/dna.ipynb, all cells but the viewer's)."""
    import nbformat

    import rerun_nb as rr

    nb = nbformat.read(ROOT / "notebooks/dna.ipynb", as_version=4)
    src = "\n".join(
        c.source for c in nb.cells if c.cell_type == "code" and not c.source.startswith("viewer = ")
    )
    prev = rr.get_global_data_recording()
    exec(compile(src, "dna.ipynb", "exec"), {})
    rec = rr.get_global_data_recording()
    rr.set_global_data_recording(prev)
    return rec


def test_tutorial_playback_steady_rate(kernel_page, tutorial_recording):
    """Playback draws at a steady rate (the floor is conservative against CI noise; the bench has the figure)."""
    k = kernel_page(tutorial_recording)
    assert k.page.get_attribute(".rrnb-root", "data-antialias") == "false"  # SwiftShader: no MSAA
    per_s = k.page.evaluate(PLAY_FPS_JS, [500, 3000, 500])
    fps = statistics.median(per_s)
    print(f"\nfake-page tutorial playback: median {fps:.1f} frames/s over 0.5 s windows {per_s}")
    assert fps >= 10, per_s
    assert min(per_s) > 0, f"playback stalled: {per_s}"
    # the kernel hears the time while playing, throttled (≤ 4 Hz) — not once per frame
    saves = k.page.evaluate("window.model.saves")
    assert saves <= 20, saves  # 3.5 s of playback; at 10 Hz this was 35+


def test_scrubbing_a_big_recording_keeps_memory_bounded(kernel_page):
    """200 steps x 20k points, 30 random scrubs: JS heap and three's geometry / texture counts stay flat."""
    import rerun_nb as rr

    steps, per = 200, 20_000
    rec = rr.RecordingStream("perf_scrub")
    rng = np.random.default_rng(0)
    base = rng.standard_normal((per, 3)).astype(np.float32)
    colors = rng.integers(0, 255, (per, 4), dtype=np.uint8)
    for i in range(steps):
        rec.set_time("frame", sequence=i)
        rec.log("cloud", rr.Points3D(base + np.float32(i * 0.01), colors=colors, radii=0.01))
    rec.store.flush()

    k = kernel_page(rec, loop=False)
    times = [int(t) for t in rng.integers(0, steps, 35)]

    def scrub(t: int) -> None:
        k.page.evaluate(
            """async (t) => {
              const root = document.querySelector('.rrnb-root'), n = Number(root.dataset.frames);
              window.model.set('time', t);
              while (Number(root.dataset.frames) <= n) await new Promise((r) => setTimeout(r, 5));
            }""",
            t,
        )

    for t in times[:5]:  # warm-up: shaders, buffers, the JIT
        scrub(t)
    heap0, mem0 = k.heap(), k.gl_memory()
    heaps = []
    for t in times[5:]:
        scrub(t)
        heaps.append(k.page.evaluate("performance.memory.usedJSHeapSize"))
    heap1, mem1 = k.heap(), k.gl_memory()
    growth = heap1 - heap0
    print(
        f"\nscrub {steps}x{per}: heap after warm-up {heap0 / 1e6:.1f} MB, after 30 scrubs {heap1 / 1e6:.1f} MB "
        f"(growth {growth / 1e6:+.2f} MB, max while scrubbing {max(heaps) / 1e6:.1f} MB); gl {mem0} -> {mem1}"
    )
    assert mem1 == mem0, (mem0, mem1)
    assert growth < 4e6, f"JS heap grew {growth / 1e6:.1f} MB over 30 scrubs"


def test_rerendering_many_times_leaks_nothing(kernel_page, tutorial_recording):
    """render → cleanup 20 times: every WebGL context is lost (given back), one canvas is left, heap returns."""
    k = kernel_page(tutorial_recording)
    cycle = """async () => {
      window.cleanup();
      const el = document.getElementById('out');
      window.cleanup = window.widget.render({ model: window.model, el });
      const root = el.querySelector('.rrnb-root');
      while (Number(root.dataset.frames) < 1) await new Promise((r) => setTimeout(r, 10));
    }"""
    for _ in range(3):  # warm-up
        k.page.evaluate(cycle)
    heap0 = k.heap()
    for _ in range(20):
        k.page.evaluate(cycle)
    heap1 = k.heap()
    k.page.wait_for_timeout(100)  # context-lost events are dispatched asynchronously
    gl = k.page.evaluate("window.__gl")
    canvases = k.page.evaluate("document.querySelectorAll('canvas.rrnb-canvas').length")
    handlers = k.page.evaluate("window.model.handlerCount()")
    views = len(k.handler.views())
    print(
        f"\n23 re-renders: heap {heap0 / 1e6:.1f} -> {heap1 / 1e6:.1f} MB ({(heap1 - heap0) / 1e6:+.2f} MB "
        f"over the last 20); WebGL contexts created {gl['created']}, lost {gl['lost']}; kernel views {views}"
    )
    assert canvases == 1
    assert gl["created"] - gl["lost"] == 1, gl  # only the live view's context is left
    assert views == 1  # the kernel was told to forget the others (release)
    first = k.page.evaluate("window.model.handlerCount()")
    assert handlers == first
    assert heap1 - heap0 < 3e6, f"JS heap grew {(heap1 - heap0) / 1e6:.1f} MB over 20 re-renders"
