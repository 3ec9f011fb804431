"""The bundled front end (rerun_nb/static/widget.js) in headless Chromium against a fake anywidget model.

No Jupyter here: a harness page served from memory builds a FakeModel (get/set/on/off/send/save_changes), renders
the widget, and answers its `query` messages from Python with hand-made scene replies (docs/protocol.md).
Assertions look at the pixels of `canvas.rrnb-canvas`. See shared/docs/browser-testing.md.
"""

from __future__ import annotations

import base64
import io
import json
import math
from collections.abc import Callable
from pathlib import Path

import pytest
from chromium import CHROMIUM, CHROMIUM_ARGS

np = pytest.importorskip("numpy")
Image = pytest.importorskip("PIL.Image")
sync_api = pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "rerun_nb" / "static" / "widget.js"
ARGS = CHROMIUM_ARGS
BASE = "http://widget.test"
W, H = 480, 360
# The camera looks along +y from y = -6 at the origin: x is to the right, z up, 1 unit at depth 6 is
# (H/2) / (6 tan 22.5°) pixels.
CAMERA = {"position": [0.0, -6.0, 0.0], "target": [0.0, 0.0, 0.0], "up": [0.0, 0.0, 1.0]}
PX_PER_UNIT = (H / 2) / (6 * math.tan(math.radians(45 / 2)))
TIMINGS: list[dict] = []

HARNESS = """<!doctype html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#ffffff"><div id="out" style="width:%(outw)dpx"></div>
<script type="module">
import widget from "/widget.js";
class FakeModel {
  constructor(state) { this.state = state; this.handlers = new Map(); this.sent = []; this.saves = 0; }
  get(k) { return this.state[k]; }
  set(k, v) {
    const old = this.state[k];
    this.state[k] = v;
    if (JSON.stringify(old) !== JSON.stringify(v)) this.emit("change:" + k, v);
  }
  on(ev, cb) { if (!this.handlers.has(ev)) this.handlers.set(ev, []); this.handlers.get(ev).push(cb); }
  off(ev, cb) {
    if (!ev) { this.handlers.clear(); return; }
    if (!cb) { this.handlers.delete(ev); return; }
    this.handlers.set(ev, (this.handlers.get(ev) || []).filter((h) => h !== cb));
  }
  emit(ev, ...args) { for (const cb of [...(this.handlers.get(ev) || [])]) cb(...args); }
  handlerCount() { let n = 0; for (const v of this.handlers.values()) n += v.length; return n; }
  send(content, callbacks, buffers) {
    this.sent.push(content);
    window.py_send(JSON.stringify(content)).then((r) => { if (r) window.deliver(r); });
  }
  save_changes() { this.saves++; }
}
// Replies come from Python as {content, buffers: [base64]}; buffers are handed over as DataViews into ONE
// ArrayBuffer at non-zero offsets (as Jupyter may), to exercise byteOffset handling.
window.deliver = (reply) => {
  const r = typeof reply === "string" ? JSON.parse(reply) : reply;
  const raw = (r.buffers || []).map((b) => Uint8Array.from(atob(b), (c) => c.charCodeAt(0)));
  let size = 4; for (const b of raw) size += b.length + 4 + ((4 - (b.length %% 4)) %% 4);
  const all = new ArrayBuffer(size);
  let off = 4;
  const views = raw.map((b) => {
    new Uint8Array(all, off, b.length).set(b);
    const v = new DataView(all, off, b.length);
    off += b.length + 4 + ((4 - (b.length %% 4)) %% 4);
    return v;
  });
  window.model.emit("msg:custom", r.content, views);
};
window.model = new FakeModel(%(state)s);
window.cleanup = widget.render({ model: window.model, el: document.getElementById("out") });
window.ready = true;
</script></body></html>"""


def b64(a) -> str:
    return base64.b64encode(np.ascontiguousarray(a).tobytes()).decode()


class Reply:
    """Builds a scene reply: JSON content + buffers (little-endian, C-contiguous)."""

    def __init__(self, q: dict, *, full: bool, bounds=None):
        self.bufs: list[str] = []
        self.content = {
            "type": "scene",
            "id": q["id"],
            "view": q["view"],
            "full": full,
            "timeline": q["timeline"],
            "time": q["time"],
            "bounds": bounds,
            "transforms": None,
            "entities": [],
            "removed": [],
        }

    def buf(self, a) -> int:
        self.bufs.append(b64(a))
        return len(self.bufs) - 1

    def arr(self, a) -> dict:
        a = np.ascontiguousarray(a)
        return {"buf": self.buf(a), "dtype": str(a.dtype), "shape": list(a.shape)}

    def entity(self, path, color=(200, 200, 200, 255), **comps) -> Reply:
        out = {}
        for k, v in comps.items():
            key = k.replace("__", ":")
            if v is None or isinstance(v, dict):
                out[key] = v
            elif isinstance(v, list) and v and isinstance(v[0], str):
                out[key] = {"text": v}
            else:
                out[key] = self.arr(v)
        self.content["entities"].append({"path": path, "color": list(color), "comps": out})
        return self

    def transforms(self, mats: dict[str, np.ndarray | None]) -> Reply:
        paths = list(mats)
        flat = np.concatenate(
            [
                np.full(16, np.nan, np.float32)
                if m is None
                else np.asarray(m, np.float32).T.reshape(16)  # column-major
                for m in mats.values()
            ]
        )
        self.content["transforms"] = {"paths": paths, "buf": self.buf(flat)}
        return self

    def remove(self, *paths) -> Reply:
        self.content["removed"] += list(paths)
        return self

    def json(self) -> str:
        return json.dumps({"content": self.content, "buffers": self.bufs})


def translation(x=0.0, y=0.0, z=0.0):
    m = np.eye(4, dtype=np.float32)
    m[:3, 3] = [x, y, z]
    return m


def two_points(q: dict) -> Reply:
    """Red point at x=-1.5 (entity world/red), blue at x=+1.5 (world/blue), radius 0.3."""
    return (
        Reply(q, full=True, bounds=[-1.8, -0.3, -0.3, 1.8, 0.3, 0.3])
        .entity(
            "world/red",
            Points3D__positions=np.array([[-1.5, 0, 0]], np.float32),
            Points3D__colors=np.array([[255, 0, 0, 255]], np.uint8),
            Points3D__radii=np.array([0.3], np.float32),
        )
        .entity(
            "world/blue",
            Points3D__positions=np.array([[1.5, 0, 0]], np.float32),
            Points3D__colors=np.array([[0, 0, 255, 255]], np.uint8),
            Points3D__radii=np.array([0.3], np.float32),
        )
    )


def empty_delta(q: dict) -> Reply:
    return Reply(q, full=False, bounds=[-1.8, -0.3, -0.3, 1.8, 0.3, 0.3])


@pytest.fixture(scope="module")
def browser(playwright_session):
    if not Path(CHROMIUM).exists():
        pytest.skip(
            f"no Chromium at {CHROMIUM} (apt-get install chromium; see shared/docs/browser-testing.md)"
        )
    if not BUNDLE.exists():
        pytest.skip("rerun_nb/static/widget.js not built (npm --prefix js run build)")
    b = playwright_session.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
    yield b
    b.close()


def open_fake_page(
    browser, state: dict, on_send: Callable[[str], object], viewport: tuple[int, int], outw: int
) -> tuple[object, object, list[str]]:
    """A page (served from memory) with the bundled widget on a FakeModel holding ``state``.

    ``on_send(json_text)`` answers each message the widget sends (a reply's JSON, or None). Returns the browser
    context, the page and the list that collects console errors and page errors.
    """
    errors: list[str] = []
    ctx = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]}, device_scale_factor=1)
    pg = ctx.new_page()
    pg.on("console", lambda m: errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    html = HARNESS % {"state": json.dumps(state), "outw": outw}
    body = BUNDLE.read_bytes()
    pg.route(f"{BASE}/", lambda r: r.fulfill(body=html, content_type="text/html"))
    pg.route(f"{BASE}/widget.js", lambda r: r.fulfill(body=body, content_type="text/javascript"))
    pg.route("**/*", lambda r: r.fallback() if r.request.url.startswith(BASE) else r.abort())
    pg.expose_function("py_send", on_send)
    pg.goto(f"{BASE}/")
    pg.wait_for_function("window.ready === true")
    return ctx, pg, errors


class Harness:
    """One page with the widget on a FakeModel; `handler(query) -> Reply | None` answers queries
    (None = no answer now: the test answers later with `deliver`)."""

    def __init__(self, browser, handler: Callable[[dict], Reply | None], **state):
        self.queries: list[dict] = []
        self.others: list[dict] = []
        self.handler = handler
        st = {
            "timeline": "frame",
            "time": 0,
            "playing": False,
            "speed": 1.0,
            "loop": False,
            "follow": False,
            "timelines": [{"name": "frame", "kind": "sequence", "min": 0, "max": 10, "marks": [0, 5, 10]}],
            "entity_paths": ["world/blue", "world/red"],
            "hidden": [],
            "width": W,
            "height": H,
            "data_version": 0,
            "camera": CAMERA,
        }
        st.update(state)
        self.ctx, self.page, self.errors = open_fake_page(browser, st, self._on_send, (1000, 800), W + 400)

    def _on_send(self, text: str):
        msg = json.loads(text)
        if msg.get("type") != "query":
            self.others.append(msg)
            return None
        self.queries.append(msg)
        r = self.handler(msg)
        return r.json() if r is not None else None

    def deliver(self, reply: Reply | dict) -> None:
        payload = reply.json() if isinstance(reply, Reply) else json.dumps({"content": reply, "buffers": []})
        self.page.evaluate("(r) => window.deliver(r)", payload)

    def frames(self) -> int:
        return int(self.page.get_attribute(".rrnb-root", "data-frames"))

    def wait_frames(self, n: int) -> dict:
        self.page.wait_for_selector(f".rrnb-root[data-frames='{n}']", timeout=15000)
        q = json.loads(self.page.get_attribute(".rrnb-root", "data-last-query"))
        TIMINGS.append(q)
        return q

    def set(self, name, value) -> None:
        self.page.evaluate("([k, v]) => window.model.set(k, v)", [name, value])

    def pixels(self):
        png = self.page.locator("canvas.rrnb-canvas").screenshot()
        return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)

    def close(self) -> None:
        self.ctx.close()


@pytest.fixture
def harness(browser):
    made: list[Harness] = []

    def make(handler, **state) -> Harness:
        h = Harness(browser, handler, **state)
        made.append(h)
        return h

    yield make
    for h in made:
        errors = list(h.errors)
        h.close()
        assert errors == [], errors


def red_mask(a):
    return (a[..., 0] > 110) & (a[..., 1] < 70) & (a[..., 2] < 70)


def blue_mask(a):
    return (a[..., 2] > 110) & (a[..., 0] < 70) & (a[..., 1] < 70)


def centroid_x(mask) -> float:
    _, xs = np.nonzero(mask)
    return float(xs.mean())


def test_points_round_coloured_and_placed(harness):
    h = harness(two_points)
    q = h.wait_frames(1)
    assert q["bytes"] > 0 and q["render_ms"] >= 0
    assert h.queries[0]["base"] is None and h.queries[0]["timeline"] == "frame"
    a = h.pixels()
    assert a.shape[:2] == (H, W)
    # background: dark grey, not black
    bg = a[5, 5]
    assert 15 < bg.mean() < 60, bg
    red, blue = red_mask(a), blue_mask(a)
    assert red.sum() > 100 and blue.sum() > 100
    assert centroid_x(red) < W / 3 < 2 * W / 3 < centroid_x(blue)
    # where exactly: x = ±1.5 at depth 6
    assert abs(centroid_x(red) - (W / 2 - 1.5 * PX_PER_UNIT)) < 3
    assert abs(centroid_x(blue) - (W / 2 + 1.5 * PX_PER_UNIT)) < 3
    # round with a radius of 0.3 scene units: area ≈ π r², and it fills ~π/4 of its bounding square
    r_px = 0.3 * PX_PER_UNIT
    for m in (red, blue):
        area = m.sum()
        assert abs(area - math.pi * r_px**2) < 0.15 * math.pi * r_px**2, (area, math.pi * r_px**2)
        ys, xs = np.nonzero(m)
        box = (xs.max() - xs.min() + 1) * (ys.max() - ys.min() + 1)
        assert 0.70 < area / box < 0.86, area / box
    # shaded, not flat: the red disc has more than one level of red
    assert np.ptp(a[..., 0][red]) > 20
    assert h.page.get_attribute(".rrnb-root", "data-gl-renderer")


def test_transform_delta_moves_points(harness):
    def handler(q):
        if q["base"] is None:
            return two_points(q)
        # transform-only delta: move all of world by +1 in x
        return empty_delta(q).transforms({"world": translation(x=1.0)})

    h = harness(handler)
    h.wait_frames(1)
    before = h.pixels()
    h.set("time", 5)
    q = h.wait_frames(2)
    assert h.queries[1]["base"] == h.queries[0]["id"] and h.queries[1]["time"] == 5
    assert q["bytes"] == 64  # one 4x4 float32 matrix
    after = h.pixels()
    assert (np.abs(after - before).sum(axis=2) > 30).sum() > 500
    assert abs(centroid_x(red_mask(after)) - centroid_x(red_mask(before)) - PX_PER_UNIT) < 3
    assert abs(centroid_x(blue_mask(after)) - centroid_x(blue_mask(before)) - PX_PER_UNIT) < 3


def test_nan_transform_resets_and_removed_entity_disappears(harness):
    def handler(q):
        if q["base"] is None:
            return two_points(q).transforms({"world": translation(x=1.0)})
        return empty_delta(q).transforms({"world": None}).remove("world/blue")

    h = harness(handler)
    h.wait_frames(1)
    a = h.pixels()
    assert abs(centroid_x(red_mask(a)) - (W / 2 - 0.5 * PX_PER_UNIT)) < 3
    h.set("time", 3)
    h.wait_frames(2)
    b = h.pixels()
    assert abs(centroid_x(red_mask(b)) - (W / 2 - 1.5 * PX_PER_UNIT)) < 3
    assert blue_mask(b).sum() == 0


def test_component_delta_set_remove_unchanged(harness):
    def handler(q):
        if q["base"] is None:
            return two_points(q)
        # red: colour → green (set), radius removed (null → default radius); blue: absent → unchanged
        return empty_delta(q).entity(
            "world/red", Points3D__colors=np.array([[0, 255, 0, 255]], np.uint8), Points3D__radii=None
        )

    h = harness(handler)
    h.wait_frames(1)
    h.set("time", 2)
    h.wait_frames(2)
    a = h.pixels()
    green = (a[..., 1] > 110) & (a[..., 0] < 70) & (a[..., 2] < 70)
    assert red_mask(a).sum() == 0
    assert 0 < green.sum() < 0.2 * math.pi * (0.3 * PX_PER_UNIT) ** 2  # default radius: 0.5% of the diagonal
    assert (
        abs(blue_mask(a).sum() - math.pi * (0.3 * PX_PER_UNIT) ** 2)
        < 0.15 * math.pi * (0.3 * PX_PER_UNIT) ** 2
    )


def test_hiding_an_entity_removes_its_pixels(harness):
    h = harness(lambda q: two_points(q) if q["base"] is None else empty_delta(q))
    h.wait_frames(1)
    row = h.page.locator(".rrnb-tree-row[data-path='world/blue'] input")
    row.uncheck()
    assert h.page.evaluate("window.model.get('hidden')") == ["world/blue"]
    h.wait_frames(2)  # the re-query's reply
    a = h.pixels()
    assert blue_mask(a).sum() == 0 and red_mask(a).sum() > 100
    assert h.queries[-1]["base"] == h.queries[0]["id"]
    # hiding the parent hides the subtree; showing it again brings both back
    h.page.locator(".rrnb-tree-row[data-path='world'] input").uncheck()
    h.wait_frames(3)
    a = h.pixels()
    assert blue_mask(a).sum() == 0 and red_mask(a).sum() == 0
    h.set("hidden", [])
    h.wait_frames(4)
    a = h.pixels()
    assert blue_mask(a).sum() > 100 and red_mask(a).sum() > 100


EVIL = '<img src=x onerror="window.__pwned=1">'


def test_data_text_is_never_html(harness):
    def handler(q):
        return two_points(q).entity(
            "world/" + EVIL, Points3D__positions=np.array([[0, 0, 1]], np.float32), Points3D__labels=[EVIL]
        )

    h = harness(
        handler,
        entity_paths=["world/blue", "world/red", "world/" + EVIL],
        timelines=[{"name": EVIL, "kind": "sequence", "min": 0, "max": 3, "marks": [0]}],
        timeline=EVIL,
    )
    h.wait_frames(1)
    labels = h.page.locator(".rrnb-label").all_text_contents()
    assert EVIL in labels
    assert EVIL in h.page.locator(".rrnb-tree").inner_text()
    assert EVIL in h.page.locator("select.rrnb-timeline").inner_text()
    h.deliver({"type": "error", "id": 999, "message": EVIL})  # not ours: dropped
    assert h.page.locator(".rrnb-root img").count() == 0
    h.page.wait_for_timeout(200)
    assert h.page.evaluate("window.__pwned") is None


def test_error_reply_shown_as_text_and_next_query_goes_out(harness):
    h = harness(lambda q: None)
    h.page.wait_for_function("window.model.sent.length === 1")
    q0 = h.queries[0]
    h.deliver({"type": "error", "id": q0["id"], "message": EVIL})
    err = h.page.locator(".rrnb-error")
    assert err.inner_text() == EVIL
    assert h.page.locator(".rrnb-root img").count() == 0
    h.set("time", 4)
    h.page.wait_for_function("window.model.sent.length === 2")
    assert h.queries[1]["base"] is None and h.queries[1]["time"] == 4


def test_coalescing_and_stale_drop(harness):
    h = harness(lambda q: None)  # answers by hand
    h.page.wait_for_function("window.model.sent.length === 1")
    for t in (1, 2, 3, 4, 5, 6):
        h.set("time", t)
    h.page.wait_for_timeout(100)
    assert len(h.queries) == 1  # one in flight; the rest coalesced into one pending slot
    q0 = h.queries[0]
    stale = dict(q0, id=q0["id"] + 100)
    h.deliver(two_points(stale))  # not the one in flight: dropped
    h.page.wait_for_timeout(100)
    assert h.frames() == 0 and len(h.queries) == 1
    other_view = dict(q0, view="v-other")
    h.deliver(two_points(other_view))
    assert h.frames() == 0
    h.deliver(two_points(q0))
    h.wait_frames(1)
    h.page.wait_for_function("window.model.sent.length === 2")
    assert len(h.queries) == 2
    assert h.queries[1]["time"] == 6 and h.queries[1]["base"] == q0["id"] and h.queries[1]["id"] > q0["id"]


def test_slider_keyboard_and_time_label(harness):
    h = harness(lambda q: two_points(q) if q["base"] is None else empty_delta(q))
    h.wait_frames(1)
    assert h.page.locator(".rrnb-time").inner_text() == "#0"
    h.page.locator(".rrnb-slider").fill("7")
    h.page.wait_for_function("window.model.sent.filter(m => m.type === 'query').length >= 2")
    assert h.queries[-1]["time"] == 7
    assert h.page.locator(".rrnb-time").inner_text() == "#7"
    h.page.wait_for_function("window.model.get('time') === 7")
    h.page.locator(".rrnb-root").focus()
    h.page.keyboard.press("ArrowLeft")  # previous mark: 5
    h.page.wait_for_function("window.model.get('time') === 5")
    h.page.keyboard.press("ArrowRight")
    h.page.wait_for_function("window.model.get('time') === 10")


def test_playback_advances_time(harness):
    h = harness(
        lambda q: two_points(q) if q["base"] is None else empty_delta(q),
        timelines=[{"name": "frame", "kind": "sequence", "min": 0, "max": 1000, "marks": [0, 1000]}],
    )
    h.wait_frames(1)
    h.page.locator(".rrnb-play").click()
    assert h.page.evaluate("window.model.get('playing')") is True
    h.page.wait_for_function("window.model.get('time') >= 5", timeout=5000)
    h.page.keyboard.press("Space")
    assert h.page.evaluate("window.model.get('playing')") is False
    t = h.page.evaluate("window.model.get('time')")
    h.page.wait_for_timeout(300)
    assert h.page.evaluate("window.model.get('time')") == t
    assert t == int(t)


def test_cleanup_releases_and_disposes(harness):
    h = harness(two_points)
    h.wait_frames(1)
    view = h.queries[0]["view"]
    h.page.evaluate("window.cleanup()")
    h.page.wait_for_timeout(50)
    assert {"type": "release", "view": view} in h.others
    assert h.page.locator(".rrnb-root").count() == 0
    assert h.page.evaluate("window.model.handlerCount()") == 0


def test_hover_shows_path_index_position(harness):
    h = harness(two_points)
    h.wait_frames(1)
    box = h.page.locator("canvas.rrnb-canvas").bounding_box()
    h.page.mouse.move(box["x"] + W / 2, box["y"] + 20)  # empty space
    h.page.wait_for_timeout(100)
    assert not h.page.locator(".rrnb-tooltip").is_visible()
    h.page.mouse.move(box["x"] + W / 2 + 1.5 * PX_PER_UNIT + 5, box["y"] + H / 2 - 5)
    tip = h.page.locator(".rrnb-tooltip")
    tip.wait_for(state="visible", timeout=5000)
    assert tip.inner_text().split("\n") == ["world/blue", "#0", "(1.5, 0, 0)"]


def test_lines_boxes_arrows_draw(harness):
    def handler(q):
        r = Reply(q, full=True, bounds=[-2, -0.5, -1, 2, 0.5, 1])
        d = r.arr(
            np.array([[-2, 0, -0.8], [-1, 0, -0.4], [0, 0, -0.8], [1, 0, -0.4], [2, 0, -0.8]], np.float32)
        )
        d["offsets"] = r.buf(np.array([0, 5], np.uint32))
        r.entity(
            "strip",
            LineStrips3D__strips=d,
            LineStrips3D__radii=np.array([0.05], np.float32),
            LineStrips3D__colors=np.array([[0, 255, 0, 255]], np.uint8),
        )
        r.entity(
            "solid",
            color=(255, 128, 0, 255),
            Boxes3D__half_sizes=np.array([[0.3, 0.3, 0.3]], np.float32),
            Boxes3D__centers=np.array([[-1, 0, 0.5]], np.float32),
            Boxes3D__fill_mode=np.array([3], np.uint8),
        )
        r.entity(
            "wire",
            color=(0, 200, 255, 255),
            Boxes3D__half_sizes=np.array([[0.3, 0.3, 0.3]], np.float32),
            Boxes3D__centers=np.array([[1, 0, 0.5]], np.float32),
        )
        r.entity(
            "arrow",
            Arrows3D__vectors=np.array([[0, 0, 0.8]], np.float32),
            Arrows3D__radii=np.array([0.04], np.float32),
            Arrows3D__colors=np.array([[255, 0, 255, 255]], np.uint8),
        )
        return r

    h = harness(handler, entity_paths=["arrow", "solid", "strip", "wire"])
    h.wait_frames(1)
    a = h.pixels()
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    green = (g > 150) & (r < 80) & (b < 80)
    orange = (r > 150) & (g > 60) & (g < 170) & (b < 60)
    cyan = (b > 150) & (g > 120) & (r < 80)
    magenta = (r > 150) & (b > 150) & (g < 80)
    # the strip: ~4.5 units long, 0.1 wide (world units); the solid box left, the wireframe right, the arrow up
    assert green.sum() > 0.5 * 4.4 * 0.1 * PX_PER_UNIT**2, green.sum()
    assert orange.sum() > 0.5 * 0.36 * PX_PER_UNIT**2 and centroid_x(orange) < W / 2
    assert cyan.sum() > 100 and centroid_x(cyan) > W / 2
    assert cyan.sum() < 0.5 * 0.36 * PX_PER_UNIT**2  # wireframe: edges only (a filled face would be 0.36)
    assert magenta.sum() > 0.5 * 0.8 * 0.08 * PX_PER_UNIT**2 and abs(centroid_x(magenta) - W / 2) < 5


def ellipsoids(q: dict) -> Reply:
    """Left: a wireframe ellipsoid (no fill_mode: the three axis rings) at x=-1.2, half sizes 0.8 x 0.5 (x, z).
    Right: two solid ellipsoids at (1.2, 0, +-0.6) sharing ONE half size 0.4 x 0.3 (splatted)."""
    return (
        Reply(q, full=True, bounds=[-2, -0.8, -1, 2, 0.8, 1])
        .entity(
            "wire",
            Ellipsoids3D__half_sizes=np.array([[0.8, 0.8, 0.5]], np.float32),
            Ellipsoids3D__centers=np.array([[-1.2, 0, 0]], np.float32),
            Ellipsoids3D__colors=np.array([[0, 200, 255, 255]], np.uint8),
            Ellipsoids3D__line_radii=np.array([0.02], np.float32),
        )
        .entity(
            "solid",
            Ellipsoids3D__half_sizes=np.array([[0.4, 0.4, 0.3]], np.float32),
            Ellipsoids3D__centers=np.array([[1.2, 0, 0.6], [1.2, 0, -0.6]], np.float32),
            Ellipsoids3D__colors=np.array([[255, 128, 0, 255]], np.uint8),
            Ellipsoids3D__fill_mode=np.array([3], np.uint8),
            Ellipsoids3D__labels=["top", "bottom"],
        )
    )


def px(x: float, z: float) -> tuple[int, int]:
    """(row, column) of the scene point (x, 0, z)."""
    return round(H / 2 - z * PX_PER_UNIT), round(W / 2 + x * PX_PER_UNIT)


def test_ellipsoids_wireframe_and_solid(harness):
    h = harness(ellipsoids, entity_paths=["solid", "wire"])
    h.wait_frames(1)
    a = h.pixels()
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    cyan = (b > 150) & (g > 100) & (r < 80)
    orange = (r > 120) & (g > 0.25 * r) & (g < 0.75 * r) & (b < 60)
    u = PX_PER_UNIT
    # solid: two filled ellipses of 0.4 x 0.3 around (1.2, +-0.6), nothing between them
    for z in (0.6, -0.6):
        y0, x0 = px(1.2, z)
        blob = orange[y0 - 40 : y0 + 40, x0 - 45 : x0 + 45]
        assert 0.75 * math.pi * 0.4 * 0.3 * u**2 < blob.sum() < 1.35 * math.pi * 0.4 * 0.3 * u**2, blob.sum()
        assert orange[y0 - 5 : y0 + 5, x0 - 5 : x0 + 5].all()  # filled at the centre
    assert orange.sum() == orange[:, W // 2 :].sum()  # nothing on the left
    gap_y, gap_x = px(1.2, 0)
    assert not orange[gap_y - 3 : gap_y + 3, gap_x - 20 : gap_x + 20].any()
    # wireframe: the ring facing the camera (0.8 x 0.5) and the two edge-on rings crossing at the centre;
    # inside the ring, off the axes, the background shows through
    y0, x0 = px(-1.2, 0)
    for dx, dz in ((0.8, 0), (-0.8, 0), (0, 0.5), (0, -0.5)):
        y, x = px(-1.2 + dx, dz)
        assert cyan[y - 4 : y + 5, x - 4 : x + 5].any(), (dx, dz)
    assert cyan[y0 - 3 : y0 + 4, x0 - 3 : x0 + 4].any()
    y, x = px(-1.2 + 0.4, 0.25)
    assert not cyan[y - 4 : y + 5, x - 4 : x + 5].any()
    assert 100 < cyan.sum() < 0.35 * math.pi * 0.8 * 0.5 * u**2, cyan.sum()
    assert cyan.sum() == cyan[:, : W // 2].sum()  # nothing on the right
    # labels at the centres; hover names the ellipsoid under the pointer
    assert sorted(h.page.locator(".rrnb-label").all_text_contents()) == ["bottom", "top"]
    box = h.page.locator("canvas.rrnb-canvas").bounding_box()
    y, x = px(1.2, 0.6)
    h.page.mouse.move(box["x"] + x, box["y"] + y)
    tip = h.page.locator(".rrnb-tooltip")
    tip.wait_for(state="visible", timeout=5000)
    assert tip.inner_text().split("\n") == ["solid", "#0", "(1.2, 0, 0.6)", "top"]


def test_report_timings(harness):
    """Not a check: prints the render/round-trip timings measured by the tests above (run with -s)."""
    if not TIMINGS:
        pytest.skip("no timings collected")
    for name, sel in (
        ("first frame (shader compile)", [t for t in TIMINGS if t["id"] == 1]),
        ("later frames", [t for t in TIMINGS if t["id"] != 1]),
    ):
        if not sel:
            continue
        rm = sorted(t["render_ms"] for t in sel)
        rt = sorted(t["rtt_ms"] for t in sel)
        print(
            f"\nfake-model {name}, {len(sel)} replies: render_ms median {rm[len(rm) // 2]:.1f} "
            f"max {rm[-1]:.1f}; rtt_ms median {rt[len(rt) // 2]:.1f} max {rt[-1]:.1f}"
        )


def test_entity_tree_says_stored_not_drawn(harness):
    """Issue 13: an entity whose archetypes no view draws carries a "stored, not drawn" note (text, tooltip)."""
    h = harness(
        two_points,
        entity_paths=["tensor", "world/blue", "world/red"],
        undrawn={"tensor": ["Tensor (tensor view)", EVIL]},
    )
    h.wait_frames(1)
    badge = h.page.locator(".rrnb-tree-row[data-path='tensor'] .rrnb-tree-undrawn")
    assert badge.inner_text() == f"stored, not drawn: Tensor (tensor view), {EVIL}"
    assert "stored, not drawn: Tensor (tensor view)" in h.page.get_attribute(
        ".rrnb-tree-row[data-path='tensor']", "title"
    )
    assert h.page.locator(".rrnb-tree-row[data-path='world/red'] .rrnb-tree-undrawn").count() == 0
    # the kernel's change is shown: the badge follows the traitlet
    h.set("undrawn", {"world/red": ["GraphNodes (graph view)"]})
    assert h.page.locator(".rrnb-tree-undrawn").all_text_contents() == [
        "stored, not drawn: GraphNodes (graph view)"
    ]
    assert h.page.locator(".rrnb-root img").count() == 0


def test_keypoint_skeleton_lines_between_the_keypoints(harness):
    """Issue 12: the kernel's derived keypoint segments are drawn as lines in the class colour."""
    pts = np.array([[-1.5, 0, 0], [0, 0, 1.5], [1.5, 0, 0]], np.float32)

    def handler(q):
        return Reply(q, full=True, bounds=[-1.6, -0.1, -0.1, 1.6, 0.1, 1.6]).entity(
            "person",
            Points3D__positions=pts,
            Points3D__colors=np.array([[0, 255, 0, 255]], np.uint8),
            Points3D__radii=np.array([0.08], np.float32),
            Points3D__keypoint_segments=pts[[0, 1, 1, 2]],
            Points3D__keypoint_segment_colors=np.array([[0, 255, 0, 255]] * 2, np.uint8),
        )

    h = harness(handler, entity_paths=["person"])
    h.wait_frames(1)
    a = h.pixels()
    green = (a[..., 1] > 120) & (a[..., 0] < 90) & (a[..., 2] < 90)

    def near(x, z, r=3):
        px, py = int(round(W / 2 + x * PX_PER_UNIT)), int(round(H / 2 - z * PX_PER_UNIT))
        return green[py - r : py + r + 1, px - r : px + r + 1]

    assert near(-0.75, 0.75).any() and near(0.75, 0.75).any()  # the middles of the two connections
    assert not near(0, 0).any() and not near(-0.75, -0.75).any()  # no 0-2 connection: background
