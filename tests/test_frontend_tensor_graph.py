"""The tensor and graph views (issue 13) in headless Chromium: the bundled widget on a FakeModel, every message it
sends answered by a real Viewer's ProtocolHandler (no Jupyter). Pixels are looked at: the tensor's colour-mapped
slice and its slider, the graph's nodes at their logged positions, edges with arrows, the force layout settling
deterministically, hover texts."""

from __future__ import annotations

import base64
import io
import json

import pytest
from test_frontend_fake_model import browser, open_fake_page  # noqa: F401

import rerun_nb as rr
import rerun_nb.blueprint as rrb
from rerun_nb.viewer import Viewer
from rerun_nb.viewer.wire import MAX_PART_BYTES, split_reply

np = pytest.importorskip("numpy")
Image = pytest.importorskip("PIL.Image")
pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.browser

W, H = 640, 420
VIRIDIS_LO = (68, 1, 84)
VIRIDIS_HI = (253, 231, 37)


# The harness delivers one reply per message sent; a list of them (a reply cut into `part` messages) one by one.
DELIVER_MANY = """Object.defineProperty(window, "deliver", {configurable: true,
  set(one) { this.__one = one; },
  get() { return (r) => { const x = typeof r === "string" ? JSON.parse(r) : r; (Array.isArray(x) ? x : [x]).forEach(this.__one); }; }});"""


class KernelViewerPage:
    """The widget on a FakeModel holding ``viewer``'s state; its messages go to ``viewer.handler``, and replies
    over ``part_bytes`` travel as ``part`` messages, as the widget sends them."""

    def __init__(self, browser, viewer: Viewer, part_bytes: int = MAX_PART_BYTES, **state):
        self.viewer = viewer
        self.part_bytes = part_bytes
        self.parted = 0
        self.sent: list[dict] = []
        st = {k: getattr(viewer, k) for k in ("timelines", "timeline", "time", "entity_paths", "view_layout")}
        st.update(playing=False, speed=1.0, loop=False, follow=False, hidden=[], width=W, height=H,
                  data_version=0, camera={}, **state)  # fmt: skip
        self.ctx, self.page, self.errors = open_fake_page(browser, st, self._on_send, (1100, 800), W + 260)
        self.page.add_init_script(DELIVER_MANY)  # the harness has no hook before its first load: load again
        self.page.reload()
        self.page.wait_for_function("window.ready === true")

    def _on_send(self, text: str):
        msg = json.loads(text)
        self.sent.append(msg)
        content, bufs = self.viewer.handler.handle(msg, [])
        if not content:
            return None
        msgs = split_reply(content, bufs, self.part_bytes)
        self.parted += len(msgs) > 1
        return json.dumps(
            [{"content": c, "buffers": [base64.b64encode(bytes(b)).decode() for b in bs]} for c, bs in msgs]
        )

    def view(self, cls: str):
        vid = next(n["id"] for n in _views(self.viewer.view_layout) if n["class"] == cls)
        return self.page.locator(f".rrnb-view[data-view-id='{vid}']")

    def wait(self, loc, key: str, value: str | None = None, n: int = 1) -> None:
        h = loc.element_handle()
        if value is None:
            self.page.wait_for_function(
                "([e, k, n]) => Number(e.dataset[k]) >= n", arg=[h, key, n], timeout=15000
            )
        else:
            self.page.wait_for_function(
                "([e, k, v]) => e.dataset[k] === v", arg=[h, key, value], timeout=15000
            )

    def pixels(self, loc):
        return np.asarray(Image.open(io.BytesIO(loc.screenshot())).convert("RGB")).astype(int)

    def close(self) -> None:
        self.ctx.close()


def _views(layout: dict) -> list[dict]:
    out, stack = [], [layout["root"]]
    while stack:
        n = stack.pop()
        if n["type"] == "view":
            out.append(n)
        else:
            stack.extend(n["children"])
    return out


@pytest.fixture
def kpage(browser):
    made: list[KernelViewerPage] = []

    def make(rec, **kw) -> KernelViewerPage:
        v = Viewer(rec)
        p = KernelViewerPage(browser, v, **kw)
        made.append(p)
        return p

    yield make
    for p in made:
        errors = list(p.errors)
        p.close()
        p.viewer.close()
        assert errors == [], errors


def near(a, rgb, tol=40):
    return (np.abs(a - np.array(rgb)) < tol).all(axis=-1)


# -- tensor -------------------------------------------------------------------------------------------


def _tensor() -> np.ndarray:
    """(batch 4, height 30, width 40): batch 2 is low left / high right, batch 0 the reverse."""
    t = np.zeros((4, 30, 40), np.float32)
    t[:, :, 20:] = 1.0
    t[0] = 1.0 - t[0]
    t[2, 5, 7] = 0.25
    return t


def test_tensor_slice_colormap_slider_and_hover(kpage) -> None:
    rec = rr.RecordingStream("fe_tensor")
    rec.set_time("step", sequence=0)
    rec.log("t", rr.Tensor(_tensor(), dim_names=["batch", "height", "width"]))
    p = kpage(rec)
    v = p.view("Tensor")
    p.wait(v, "frames")
    assert v.get_attribute("data-shape") == "4x30x40" and v.get_attribute("data-slice") == "40x30"
    assert json.loads(v.get_attribute("data-indices")) == [[0, 2]]  # the middle, as Rerun
    (q,) = [m for m in p.sent if m["type"] == "tensor"][:1]
    assert q["space"] and q["width"] is None and q["indices"] is None
    x0, y0, rw, rh = json.loads(v.get_attribute("data-rect"))
    a = p.pixels(v.locator("canvas"))
    left = a[y0 + rh // 2, x0 + rw // 4]
    right = a[y0 + rh // 2, x0 + 3 * rw // 4]
    assert near(left, VIRIDIS_LO).all() and near(right, VIRIDIS_HI).all(), (left, right)
    assert abs(rw / rh - 40 / 30) < 0.05  # FillKeepAspectRatio
    # the batch slider: index 0 shows the reverse
    s = v.locator("input[type=range]")
    assert s.count() == 1 and s.get_attribute("max") == "3"
    s.evaluate("(e) => { e.value = '0'; e.dispatchEvent(new Event('input')); }")
    p.wait(v, "indices", "[[0,0]]")  # (not a frame count: an earlier refresh may still be answered first)
    a = p.pixels(v.locator("canvas"))
    assert near(a[y0 + rh // 2, x0 + rw // 4], VIRIDIS_HI).all()
    assert near(a[y0 + rh // 2, x0 + 3 * rw // 4], VIRIDIS_LO).all()
    # hover: the full index and the value
    s.evaluate("(e) => { e.value = '2'; e.dispatchEvent(new Event('input')); }")
    p.wait(v, "indices", "[[0,2]]")
    box = v.locator("canvas").bounding_box()
    cx, cy = box["x"] + x0 + (7.5 / 40) * rw, box["y"] + y0 + (5.5 / 30) * rh
    p.page.mouse.move(cx, cy)
    tip = v.locator(".rrnb-tooltip")
    tip.wait_for(state="visible")
    assert tip.inner_text().split("\n") == ["t", "[2, 5, 7]", "0.25"]


def test_tensor_slider_choice_is_kept_by_the_widget(kpage) -> None:
    """The widget keeps the user's slice per layout view (its `ui` state): a re-rendered view asks for it again."""
    rec = rr.RecordingStream("fe_tensor_keep")
    rec.set_time("step", sequence=0)
    rec.log("t", rr.Tensor(_tensor(), dim_names=["batch", "height", "width"]))
    vid = next(n["id"] for n in _views(Viewer(rec).view_layout) if n["class"] == "Tensor")
    p = kpage(rec, ui={f"tensor:{vid}": {"width": None, "height": None, "indices": [[0, 0]]}})
    v = p.view("Tensor")
    p.wait(v, "indices", "[[0,0]]")
    assert [m["indices"] for m in p.sent if m["type"] == "tensor"][-1] == [[0, 0]]
    assert v.locator("input[type=range]").input_value() == "0"
    v.locator("input[type=range]").evaluate("(e) => { e.value = '3'; e.dispatchEvent(new Event('input')); }")
    p.wait(v, "indices", "[[0,3]]")
    p.page.wait_for_function("(k) => window.model.state.ui[k].indices[0][1] === 3", arg=f"tensor:{vid}")


def test_tensor_blueprint_selection_and_grayscale(kpage) -> None:
    rec = rr.RecordingStream("fe_tensor_bp")
    rec.set_time("step", sequence=0)
    rec.log("t", rr.Tensor(_tensor()))
    sel = rrb.TensorSliceSelection(width=1, height=2, indices=[[0, 2]], slider=[])
    mapping = rrb.TensorScalarMapping(colormap="grayscale")
    rec.send_blueprint(
        rrb.Blueprint(rrb.TensorView(origin="/t", slice_selection=sel, scalar_mapping=mapping))
    )
    p = kpage(rec)
    v = p.view("Tensor")
    p.wait(v, "frames")
    assert v.get_attribute("data-slice") == "30x40"  # width = dim 1 (30), height = dim 2 (40)
    assert v.locator("input[type=range]").count() == 0  # slider=[]: none
    x0, y0, rw, rh = json.loads(v.get_attribute("data-rect"))
    a = p.pixels(v.locator("canvas"))
    top, bottom = a[y0 + rh // 4, x0 + rw // 2], a[y0 + 3 * rh // 4, x0 + rw // 2]
    assert near(top, (0, 0, 0), 30).all() and near(bottom, (255, 255, 255), 30).all(), (top, bottom)
    # the x / y pickers swap the shown dimensions
    v.locator("select[data-axis='x']").select_option("2")
    p.wait(v, "slice", "40x30")


# -- graph --------------------------------------------------------------------------------------------


def test_graph_fixed_positions_edges_arrows_labels(kpage) -> None:
    rec = rr.RecordingStream("fe_graph")
    rec.set_time("step", sequence=0)
    rec.log("g", rr.GraphNodes(["a", "b", "c"], positions=[[0, 0], [200, 0], [100, 150]],
                               colors=[[255, 0, 0], [0, 255, 0], [0, 0, 255]], radii=[10, 10, 10],
                               labels=["Alpha", "Beta", "Gamma"], show_labels=False))  # fmt: skip
    rec.log("g", rr.GraphEdges([("a", "b"), ("b", "c")], graph_type="directed"))
    p = kpage(rec)
    v = p.view("Graph")
    p.wait(v, "settled", "1")
    assert (v.get_attribute("data-nodes"), v.get_attribute("data-edges")) == ("3", "2")
    k, ox, oy = json.loads(v.get_attribute("data-view"))
    a = p.pixels(v.locator("canvas"))

    def at(x, y):
        return a[int(round(y * k + oy)), int(round(x * k + ox))]

    assert near(at(0, 0), (255, 0, 0)).all() and near(at(200, 0), (0, 255, 0)).all()
    assert near(at(100, 150), (0, 0, 255)).all()
    gray = (np.abs(a[..., 0] - a[..., 2]) < 25) & (a[..., 0] > 110)
    assert gray[int(round(oy)) - 2 : int(round(oy)) + 3, int(round(100 * k + ox))].any()  # the a-b edge
    # the arrow head before b is wider than the line: more gray rows next to b than at the middle
    xb = int(round((200 - 10) * k + ox - 5))
    col = gray[int(round(oy)) - 8 : int(round(oy)) + 9, xb].sum()
    mid = gray[int(round(oy)) - 8 : int(round(oy)) + 9, int(round(100 * k + ox))].sum()
    assert col > mid + 2, (col, mid)
    # hover names the node
    box = v.locator("canvas").bounding_box()
    p.page.mouse.move(box["x"] + 100 * k + ox, box["y"] + 150 * k + oy)
    tip = v.locator(".rrnb-tooltip")
    tip.wait_for(state="visible")
    assert tip.inner_text().split("\n")[:3] == ["g", "node c #2", "Gamma"]


def test_graph_nodes_are_their_labels_in_boxes_by_default(kpage) -> None:
    """Rerun's default (show_labels): a node is drawn as its label, else its id, in a framed box, text in its colour."""
    rec = rr.RecordingStream("fe_graph_labels")
    rec.set_time("step", sequence=0)
    rec.log(
        "g", rr.GraphNodes(["a", "b"], positions=[[0, 0], [100, 0]], labels=["Alpha"], colors=[[255, 0, 0]])
    )
    p = kpage(rec)
    v = p.view("Graph")
    p.wait(v, "settled", "1")
    k, ox, oy = json.loads(v.get_attribute("data-view"))
    a = p.pixels(v.locator("canvas"))
    for x in (0, 100):
        cx, cy = int(round(x * k + ox)), int(round(oy))
        box = a[max(0, cy - int(12 * k)) : cy + int(12 * k), max(0, cx - int(40 * k)) : cx + int(40 * k)]
        gray = (box.min(axis=-1) > 90) & (np.ptp(box, axis=-1) < 25)
        frame_rows = (gray.sum(axis=1) > 20 * k).sum()
        assert frame_rows >= 2, (x, frame_rows)  # the box's top and bottom edges
        red = (box[..., 0] > 150) & (box[..., 1] < 90) & (box[..., 2] < 90)
        assert red.sum() > 15, (x, red.sum())  # "Alpha" on both (a short batch repeats its last), in red


def _free_graph(app: str) -> rr.RecordingStream:
    rec = rr.RecordingStream(app)
    rec.set_time("step", sequence=0)
    ids = [f"n{i}" for i in range(8)]
    rec.log("g", rr.GraphNodes(ids, labels=ids, colors=[[255, 60, 60]]))
    rec.log("g", rr.GraphEdges([(ids[i], ids[i + 1]) for i in range(7)] + [("n7", "ghost")]))
    return rec


def test_force_layout_settles_deterministically_and_pans(kpage) -> None:
    p = kpage(_free_graph("fe_graph_free"))
    v = p.view("Graph")
    p.wait(v, "settled", "1")
    assert v.get_attribute("data-nodes") == "9"  # 8 explicit + the implicit "ghost"
    first = np.array(json.loads(v.get_attribute("data-positions")), float)
    d = np.linalg.norm(first[:, None] - first[None], axis=-1) + np.eye(len(first)) * 1e9
    assert d.min() > 8, d.min()  # spread out, not stacked
    a = p.pixels(v.locator("canvas"))
    assert near(a, (255, 60, 60), 30).sum() > 8 * 20
    # the same graph on another page lays out the same
    q = kpage(_free_graph("fe_graph_free2"))
    v2 = q.view("Graph")
    q.wait(v2, "settled", "1")
    assert np.array_equal(first, np.array(json.loads(v2.get_attribute("data-positions")), float))
    # wheel zooms at the cursor, drag pans
    k0 = json.loads(v.get_attribute("data-view"))[0]
    box = v.locator("canvas").bounding_box()
    cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    p.page.mouse.move(cx, cy)
    p.page.mouse.wheel(0, -300)
    p.page.wait_for_function(
        "([e, k]) => JSON.parse(e.dataset.view)[0] > 1.5 * k", arg=[v.element_handle(), k0]
    )
    k1, ox1, oy1 = json.loads(v.get_attribute("data-view"))
    p.page.mouse.down()
    p.page.mouse.move(cx + 40, cy + 10, steps=4)
    p.page.mouse.up()
    k2, ox2, oy2 = json.loads(v.get_attribute("data-view"))
    assert k2 == k1 and abs(ox2 - ox1 - 40) < 2 and abs(oy2 - oy1 - 10) < 2


def test_graph_node_ids_are_scoped_per_entity(kpage) -> None:
    rec = rr.RecordingStream("fe_graph_scope")
    rec.set_time("step", sequence=0)
    rec.log("a", rr.GraphNodes(["x", "y"], positions=[[0, 0], [50, 0]]))
    rec.log("b", rr.GraphNodes(["x"], positions=[[0, 50]]))
    rec.log("b", rr.GraphEdges([("x", "y")]))  # b's own "y": an implicit node, not a's
    rec.send_blueprint(rrb.Blueprint(rrb.GraphView(origin="/")))
    p = kpage(rec)
    v = p.view("Graph")
    p.wait(v, "settled", "1")
    assert (v.get_attribute("data-nodes"), v.get_attribute("data-edges")) == ("4", "1")


def test_big_replies_in_parts_are_put_back_together(kpage) -> None:
    """A slice over 4 MB (1200 x 1000 float32) and a graph reply cut into 1 kB parts are drawn whole."""
    rec = rr.RecordingStream("fe_parts")
    rec.set_time("step", sequence=0)
    t = np.zeros((1000, 1200), np.float32)
    t[:, 600:] = 1.0
    rec.log("t", rr.Tensor(t))
    p = kpage(rec)
    v = p.view("Tensor")
    p.wait(v, "frames")
    assert p.parted >= 1 and v.get_attribute("data-slice") == "1200x1000"
    x0, y0, rw, rh = json.loads(v.get_attribute("data-rect"))
    a = p.pixels(v.locator("canvas"))
    assert near(a[y0 + rh // 2, x0 + rw // 4], VIRIDIS_LO).all()
    assert near(a[y0 + rh // 2, x0 + 3 * rw // 4], VIRIDIS_HI).all()
    g = rr.RecordingStream("fe_parts_graph")
    g.set_time("step", sequence=0)
    ids = [f"node-{i}" for i in range(200)]
    g.log("g", rr.GraphNodes(ids, positions=np.c_[np.arange(200), np.zeros(200)] * 3.0))
    q = kpage(g, part_bytes=1000)
    gv = q.view("Graph")
    q.wait(gv, "settled", "1")
    assert q.parted >= 1 and gv.get_attribute("data-nodes") == "200"
