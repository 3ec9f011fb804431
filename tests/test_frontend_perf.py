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

from playback_probe import PLAY_FPS_JS  # noqa: E402
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

# Split transport (KernelPage(split=True)): replies are cut into `part` messages by the kernel's own split_reply
# (as Viewer._send does); each message's buffers are fetched as binary (no base64), all of them in one fetch (as
# Jupyter sends them in one websocket frame: a fetch per buffer cost ~70 ms each on the loaded VM, so a playback
# window of 48 JPEG frames and their offsets took 5 s), and emitted in order, as Jupyter would deliver them. `__q0` / `__drawn`: when the last query went out / when its reply's last message
# had been handled (the widget draws, and waits for the GPU, inside that handler).
SPLIT_SEND = """
window.__send = async (content) => {
  const q = content.type === 'query';
  if (q) window.__q0 = performance.now();
  const r = await fetch('/send', { method: 'POST', body: JSON.stringify(content) });
  const msgs = await r.json();
  for (const m of msgs) {
    // one fetch per message, as Jupyter sends a message's buffers in one websocket frame
    const all = m.buf ? await (await fetch(m.buf)).arrayBuffer() : new ArrayBuffer(0);
    const views = [];
    let off = 0;
    for (const n of m.sizes) { views.push(new DataView(all, off, n)); off += n; }
    window.model.emit('msg:custom', m.content, views);
  }
  if (q) window.__drawn = performance.now();
};
"""

# The GPU side of big draws: the largest buffer uploaded and the most instances (or, for point sprites, vertices)
# drawn in one call.
GL_DRAWS = """
window.__draws = { maxBuffer: 0, maxInstances: 0 };
for (const C of [WebGL2RenderingContext, WebGLRenderingContext]) {
  const bd = C.prototype.bufferData;
  C.prototype.bufferData = function (t, d, ...rest) {
    const n = typeof d === 'number' ? d : (d && d.byteLength) || 0;
    if (n > window.__draws.maxBuffer) window.__draws.maxBuffer = n;
    return bd.call(this, t, d, ...rest);
  };
}
for (const name of ['drawElementsInstanced', 'drawArraysInstanced', 'drawArrays']) {
  const f = WebGL2RenderingContext.prototype[name];
  WebGL2RenderingContext.prototype[name] = function (...a) {
    const n = a[a.length - 1];
    if (n > window.__draws.maxInstances) window.__draws.maxInstances = n;
    return f.apply(this, a);
  };
}
"""

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

    def __init__(self, browser, rec, *, width=480, height=360, split=False, first_frame_ms=30000, **state):
        from rerun_nb.viewer.protocol import ProtocolHandler

        self.handler = ProtocolHandler(rec)
        self.split = split
        self.parts: list[list[int]] = []  # split: per reply, the byte size of each message's buffers
        self.query_s: list[float] = []  # split: kernel time per reply (handle + split_reply)
        self._blobs: dict[int, bytes] = {}
        self._nblob = 0
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
        if split:
            send = "window.py_send(JSON.stringify(content)).then((r) => { if (r) window.deliver(r); });"
            assert send in html
            html = html.replace(send, "window.__send(content);")
        else:
            send = "window.py_send(JSON.stringify(content))"
            assert send in html
            html = html.replace(
                send, "fetch('/send', {method: 'POST', body: JSON.stringify(content)}).then((r) => r.text())"
            )
        body = BUNDLE.read_bytes()
        pg.add_init_script(GL_COUNTER)
        pg.add_init_script(GL_DRAWS)
        pg.add_init_script(SPLIT_SEND)
        pg.route(f"{BASE}/", lambda r: r.fulfill(body=html, content_type="text/html"))
        pg.route(f"{BASE}/widget.js", lambda r: r.fulfill(body=body, content_type="text/javascript"))
        pg.route(f"{BASE}/send", self._on_send_split if split else self._on_send)
        pg.route(f"{BASE}/buf/*", self._on_buf)
        pg.route("**/*", lambda r: r.fallback() if r.request.url.startswith(BASE) else r.abort())
        pg.goto(f"{BASE}/")
        pg.wait_for_function("window.ready === true")
        self.wait_frames(1, timeout=first_frame_ms)

    def _on_send_split(self, route) -> None:
        import time

        from rerun_nb.viewer.protocol import split_reply

        t0 = time.perf_counter()
        content, bufs = self.handler.handle(json.loads(route.request.post_data or "{}"))
        msgs = split_reply(content, bufs) if content else []
        out, sizes = [], []
        for head, mbufs in msgs:
            url = None
            if mbufs:
                self._nblob += 1
                self._blobs[self._nblob] = b"".join(bytes(b) for b in mbufs)
                url = f"/buf/{self._nblob}"
            out.append({"content": head, "buf": url, "sizes": [b.nbytes for b in mbufs]})
            sizes.append(sum(b.nbytes for b in mbufs))
        if content:
            self.parts.append(sizes)
            self.query_s.append(time.perf_counter() - t0)
        route.fulfill(body=json.dumps(out), content_type="application/json")

    def _on_buf(self, route) -> None:
        k = int(route.request.url.rsplit("/", 1)[1])
        route.fulfill(body=self._blobs.pop(k), content_type="application/octet-stream")

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

    def wait_frames(self, n: int, timeout: float = 30000) -> None:
        self.page.wait_for_function(
            "(n) => Number(document.querySelector('.rrnb-root')?.dataset.frames) >= n", arg=n, timeout=timeout
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
    per_s = k.page.evaluate(PLAY_FPS_JS, [".rrnb-root", 500, 3000, 500])["fps"]
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


# ---- one big frame (issue "Live and at scale", item 4) ----------------------------------------------------------

# The cloud fills the square |x|, |z| <= 1 at y = 0 (a thin slab); the test camera of test_frontend_fake_model
# looks along +y from y = -6, so it covers a 2 * PX_PER_UNIT px square at the centre of the canvas.
BIG_CAMERA = {"position": [0.0, -6.0, 0.0], "target": [0.0, 0.0, 0.0], "up": [0.0, 0.0, 1.0]}
BIG_PX_PER_UNIT = (360 / 2) / (6 * np.tan(np.radians(45 / 2)))


def big_cloud_recording(points: int):
    """One frame of ``points`` points: uint8 RGB colours, one radius."""
    import rerun_nb as rr

    rng = np.random.default_rng(5)
    pos = np.empty((points, 3), np.float32)
    pos[:, 0] = rng.uniform(-1, 1, points)
    pos[:, 1] = rng.uniform(-0.01, 0.01, points)
    pos[:, 2] = rng.uniform(-1, 1, points)
    colors = rng.integers(60, 256, (points, 3), dtype=np.uint8)
    rec = rr.RecordingStream("big_cloud")
    rec.set_time("frame", sequence=0)
    rec.log("cloud", rr.Points3D(pos, colors=colors, radii=0.002))
    rec.store.flush()
    return rec


def cloud_coverage(png: bytes) -> tuple[float, float]:
    """(share of non-background pixels inside the cloud's square, share outside it, 4 px of slack either way)."""
    import io

    from PIL import Image

    img = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(np.int32)
    h, w = img.shape[:2]
    bg = img[2, 2]
    fg = np.abs(img - bg).sum(-1) > 30
    half = BIG_PX_PER_UNIT
    ys, xs = np.mgrid[0:h, 0:w]
    dx, dy = np.abs(xs + 0.5 - w / 2), np.abs(ys + 0.5 - h / 2)
    inside = (dx < half - 4) & (dy < half - 4)
    outside = (dx > half + 4) | (dy > half + 4)
    return float(fg[inside].mean()), float(fg[outside].mean())


def big_frame_figures(browser, points: int, *, first_frame_ms: float = 60000) -> tuple[dict, KernelPage]:
    """Show one ``points``-point frame in the fake-model page (replies split as the kernel does); its figures."""
    import time

    t0 = time.perf_counter()
    rec = big_cloud_recording(points)
    build_s = time.perf_counter() - t0
    k = KernelPage(browser, rec, split=True, first_frame_ms=first_frame_ms, camera=BIG_CAMERA)
    root = k.page.locator(".rrnb-root")
    last = json.loads(root.get_attribute("data-last-query") or "{}")
    png = k.page.locator("canvas.rrnb-canvas").screenshot()
    inside, outside = cloud_coverage(png)
    sizes = k.parts[0]
    fig = {
        "points": points,
        "build_s": build_s,
        "query_to_drawn_ms": k.page.evaluate("window.__drawn - window.__q0"),
        "kernel_ms": k.query_s[0] * 1000,
        "render_ms": last.get("render_ms"),
        "reply_bytes": sum(sizes),
        "parts": len(sizes),
        "max_part_bytes": max(sizes),
        "drawn_points": int(root.get_attribute("data-points") or -1),
        "gl": k.page.evaluate("window.__draws"),
        "heap_bytes": k.heap(),
        "coverage_inside": inside,
        "coverage_outside": outside,
        "png": png,
    }
    return fig, k


def test_one_frame_of_a_million_points_is_split_and_drawn(browser):
    """1 M points in one frame: the reply travels as <= 4 MB parts, every point reaches the GPU, the cloud shows."""
    from rerun_nb.viewer.protocol import MAX_PART_BYTES

    n = 1_000_000
    fig, k = big_frame_figures(browser, n, first_frame_ms=30000)
    try:
        errors = list(k.errors)
    finally:
        k.close()
    fig.pop("png")
    print(f"\none frame of {n} points: {fig}")
    assert errors == [], errors
    assert fig["parts"] > 1 and fig["max_part_bytes"] <= MAX_PART_BYTES, fig
    assert fig["reply_bytes"] >= n * (12 + 3), fig  # positions + colours
    assert fig["drawn_points"] == n, fig  # the widget's points meshes hold every instance
    assert fig["gl"]["maxInstances"] >= n, fig  # ... and one draw call drew them all (instances or sprites)
    assert fig["gl"]["maxBuffer"] >= n * 12, fig  # the positions went to the GPU in one buffer
    assert fig["coverage_inside"] > 0.95, fig
    assert fig["coverage_outside"] < 0.01, fig
