"""The views of a `layout` (docs/protocol.md "Layout", "Views (v2)") in headless Chromium against a fake model.

As tests/test_frontend_fake_model.py, without Jupyter: a harness page renders the widget on a FakeModel and Python
answers every message it sends (`query` with `space`, `series`, `text_log`, `inspect`, `save`) with hand-made
replies. Assertions look at the pixels of each view's rectangle and at the page's text.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Callable

import pytest
from test_frontend_fake_model import (  # noqa: F401
    EVIL,
    Reply,
    b64,
    blue_mask,
    browser,
    open_fake_page,
    red_mask,
    two_points,
)

np = pytest.importorskip("numpy")
Image = pytest.importorskip("PIL.Image")
pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.browser

W, H = 820, 560


def view(vid, cls, **over):
    v = {
        "type": "view",
        "id": vid,
        "class": cls,
        "name": vid,
        "origin": "/" + vid,
        "contents": ["+ $origin/**"],
        "entities": [],
        "properties": {},
        "drawable": True,
        "visible": True,
        "titlebar": True,
    }
    v.update(over)
    return v


def container(cid, kind, children, **over):
    c = {
        "type": "container",
        "id": cid,
        "kind": kind,
        "name": None,
        "visible": True,
        "shares": None,
        "column_shares": None,
        "row_shares": None,
        "grid_columns": None,
        "auto_columns": None,
        "active_tab": None,
        "children": children,
    }
    c.update(over)
    return c


def layout(root, **panels):
    return {
        "version": 1,
        "auto_layout": False,
        "auto_views": False,
        "root": root,
        "view_ids": [],
        "panels": panels,
    }


FOUR = layout(
    container(
        "g",
        "grid",
        [
            view("v3d", "3D", name="world"),
            view(
                "v2d",
                "2D",
                name="image",
                properties={"VisualBounds2D": {"x_range": [0, 400], "y_range": [0, 300]}},
            ),
            view("vts", "TimeSeries", name="loss"),
            view("vlog", "TextLog", name="logs"),
        ],
        grid_columns=2,
    )
)


class Page:
    """The widget on a FakeModel; `handler(msg) -> Reply | dict | None` answers every message it sends."""

    def __init__(self, browser, handler: Callable[[dict], object], **state):
        self.sent: list[dict] = []
        self.handler = handler
        st = {
            "timeline": "frame",
            "time": 30,
            "playing": False,
            "speed": 1.0,
            "loop": False,
            "follow": False,
            "timelines": [{"name": "frame", "kind": "sequence", "min": 0, "max": 100, "marks": [0, 50, 100]}],
            "entity_paths": ["image/points", "log", "loss", "world/blue", "world/red"],
            "hidden": [],
            "width": W,
            "height": H,
            "data_version": 0,
            "camera": {"position": [0.0, -6.0, 0.0], "target": [0.0, 0.0, 0.0], "up": [0.0, 0.0, 1.0]},
            "view_layout": FOUR,
        }
        st.update(state)
        self.ctx, self.page, self.errors = open_fake_page(browser, st, self._on_send, (1200, 900), W + 260)

    def _on_send(self, text: str):
        msg = json.loads(text)
        self.sent.append(msg)
        r = self.handler(msg)
        if r is None:
            return None
        return (
            r.json()
            if isinstance(r, Reply)
            else json.dumps(r if "content" in r else {"content": r, "buffers": []})
        )

    def of(self, kind: str) -> list[dict]:
        return [m for m in self.sent if m.get("type") == kind]

    def view(self, vid: str):
        return self.page.locator(f".rrnb-view[data-view-id='{vid}']")

    def wait_view_frames(self, vid: str, n: int = 1) -> None:
        self.page.wait_for_function(
            "([v, n]) => Number(document.querySelector(`.rrnb-view[data-view-id='${v}']`)?.dataset.frames) >= n",
            arg=[vid, n],
            timeout=15000,
        )

    def pixels(self, locator):
        png = locator.screenshot()
        return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)

    def close(self) -> None:
        self.ctx.close()


@pytest.fixture
def page(browser):
    made: list[Page] = []

    def make(handler, **state) -> Page:
        p = Page(browser, handler, **state)
        made.append(p)
        return p

    yield make
    for p in made:
        errors = list(p.errors)
        p.close()
        assert errors == [], errors


# ---- the kernel, by hand


def points2d(q: dict) -> Reply:
    """Red point at pixel (100, 50), green at (300, 200), radius 6 px (negative = UI pixels)."""
    return Reply(q, full=True, bounds=[0, 0, 0, 400, 300, 0]).entity(
        "image/points",
        Points2D__positions=np.array([[100, 50], [300, 200]], np.float32),
        Points2D__colors=np.array([[255, 0, 0, 255], [0, 255, 0, 255]], np.uint8),
        Points2D__radii=np.array([-6], np.float32),
    )


def series_reply(m: dict) -> dict:
    x = np.arange(0, 101, dtype=np.float64)
    y = np.sin(x / 100 * 2 * math.pi)
    return {
        "content": {
            "type": "series",
            "id": m["id"],
            "view": m["view"],
            "timeline": m["timeline"],
            "start": m["start"],
            "end": m["end"],
            "data_range": [0, 100],
            "value_range": [-1, 1],
            "series": [
                {
                    "path": "loss",
                    "index": 0,
                    "name": "loss " + EVIL,
                    "color": [255, 200, 0, 255],
                    "kind": "line",
                    "width": 3.0,
                    "marker": "circle",
                    "marker_size": 3.0,
                    "visible": True,
                    "n": len(x),
                    "x": 0,
                    "y": 1,
                }
            ],
        },
        "buffers": [b64(x), b64(y)],
    }


TOTAL = 1000


def log_reply(m: dict) -> dict:
    cursor = min(TOTAL - 1, int(m["time"]) * 10)
    offset = m["offset"] if m["offset"] is not None else (cursor // 100) * 100
    n = max(0, min(m["limit"], TOTAL - offset))
    levels = ["INFO", "WARN"]
    rows = [
        {
            "time": i / 10,
            "path": "log",
            "level": levels[i % 2],
            "text": f"row {i}" + (" " + EVIL if i == 0 else ""),
            "color": None,
        }
        for i in range(offset, offset + n)
    ]
    return {
        "type": "text_log",
        "id": m["id"],
        "view": m["view"],
        "total": TOTAL,
        "offset": offset,
        "cursor": cursor,
        "levels": levels,
        "rows": rows,
    }


def inspect_reply(m: dict) -> dict:
    return {
        "type": "inspect",
        "id": m["id"],
        "view": m["view"],
        "path": m["path"],
        "instance": m["instance"],
        "components": [
            {
                "name": "Points2D:positions",
                "count": 2,
                "values": ["[100.0, 50.0]", "[300.0, 200.0]"],
                "colors": None,
            },
            {
                "name": "Points2D:colors",
                "count": 2,
                "values": ["#ff0000ff", "#00ff00ff"],
                "colors": [[255, 0, 0, 255], [0, 255, 0, 255]],
            },
            {"name": "Points2D:labels", "count": 1, "values": [EVIL], "colors": None},
        ],
    }


def kernel(m: dict):
    t = m.get("type")
    if t == "query":
        space = m.get("space")
        if space == "v3d":
            return (
                two_points(m)
                if m["base"] is None
                else Reply(m, full=False, bounds=[-1.8, -0.3, -0.3, 1.8, 0.3, 0.3])
            )
        if space == "v2d":
            return points2d(m) if m["base"] is None else Reply(m, full=False, bounds=[0, 0, 0, 400, 300, 0])
        return {"type": "error", "id": m["id"], "view": m["view"], "message": f"unexpected space {space}"}
    if t == "series":
        return series_reply(m)
    if t == "text_log":
        return log_reply(m)
    if t == "inspect":
        return inspect_reply(m)
    if t == "save":
        return {"type": "saved", "id": m["id"], "path": "/work/dir/" + m["name"], "rows": 1234}
    return None


# ---- tests


def test_four_views_of_a_grid_layout_each_draw_in_their_rectangle(page):
    p = page(kernel)
    for v in ("v3d", "v2d", "vts", "vlog"):
        p.wait_view_frames(v)
    # every query names its layout view under the widget's id; no v1 query of the whole scene
    wid = p.page.get_attribute(".rrnb-root", "data-view")
    qs = p.of("query")
    assert {q["space"] for q in qs} == {"v3d", "v2d"}
    assert all(q["view"] == f"{wid}/{q['space']}" for q in qs)
    assert p.of("series")[0]["view"] == f"{wid}/vts" and p.of("series")[0]["space"] == "vts"
    assert p.of("series")[0]["start"] is None and 100 < p.of("series")[0]["width"] < W
    # a 2 x 2 grid: four frames, each with its title as text
    boxes = {v: p.view(v).bounding_box() for v in ("v3d", "v2d", "vts", "vlog")}
    assert boxes["v3d"]["x"] < boxes["v2d"]["x"] and abs(boxes["v3d"]["y"] - boxes["v2d"]["y"]) < 2
    assert boxes["vts"]["y"] > boxes["v3d"]["y"] + boxes["v3d"]["height"] - 2
    titles = p.page.locator(".rrnb-vtitle").all_text_contents()
    assert titles == ["world", "image", "loss", "logs"]

    # 3D: the two points, red left of blue
    a = p.pixels(p.view("v3d").locator("canvas"))
    assert red_mask(a).sum() > 50 and blue_mask(a).sum() > 50
    assert np.nonzero(red_mask(a))[1].mean() < np.nonzero(blue_mask(a))[1].mean()

    # 2D: pixel coordinates, y down, fitted to VisualBounds2D [0, 400] x [0, 300]
    cv = p.view("v2d").locator("canvas")
    a = p.pixels(cv)
    h, w = a.shape[:2]
    scale = max(400 / w, 300 / h)

    def screen(x, y):
        return w / 2 + (x - 200) / scale, h / 2 + (y - 150) / scale

    green = (a[..., 1] > 150) & (a[..., 0] < 80) & (a[..., 2] < 80)
    for mask, (x, y) in ((red_mask(a), (100, 50)), (green, (300, 200))):
        ys, xs = np.nonzero(mask)
        assert len(xs) > 40, len(xs)
        sx, sy = screen(x, y)
        assert abs(xs.mean() - sx) < 2 and abs(ys.mean() - sy) < 2, (xs.mean(), ys.mean(), sx, sy)
        assert abs(len(xs) - math.pi * 36) < 0.4 * math.pi * 36  # 6 px radius: UI pixels, whatever the zoom
    assert np.nonzero(red_mask(a))[0].mean() < np.nonzero(green)[0].mean()  # y down: y=50 above y=200

    # time series: the orange line's pixels follow sin(x) over the plot; the legend names it (as text)
    plot = json.loads(p.view("vts").get_attribute("data-plot"))
    a = p.pixels(p.view("vts").locator("canvas"))
    orange = (a[..., 0] > 200) & (a[..., 1] > 150) & (a[..., 2] < 80)
    assert orange.sum() > 300
    for t in (12.5, 25, 50, 60):  # (the legend sits bottom right)
        col = round(plot["x0"] + (t - plot["t0"]) / (plot["t1"] - plot["t0"]) * (plot["x1"] - plot["x0"]))
        want = plot["y0"] + (math.sin(t / 100 * 2 * math.pi) - plot["v0"]) / (plot["v1"] - plot["v0"]) * (
            plot["y1"] - plot["y0"]
        )
        ys = np.nonzero(orange[:, col])[0]
        assert len(ys) and abs(ys.mean() - want) < 3, (t, ys, want)
    assert p.view("vts").locator(".rrnb-legend").inner_text().strip() == "loss " + EVIL
    # the cursor line at time 30: a light vertical line
    col = round(plot["x0"] + (30 - plot["t0"]) / (plot["t1"] - plot["t0"]) * (plot["x1"] - plot["x0"]))
    light = (a[..., 0] > 200) & (a[..., 1] > 200) & (a[..., 2] > 200)
    assert light[int(plot["y1"]) + 5 : int(plot["y0"]) - 5, col - 1 : col + 2].any(axis=1).mean() > 0.6

    # text log: only the rows on screen are in the DOM; the cursor entry (time 30 -> row 300) highlighted
    log = p.view("vlog")
    assert p.of("text_log")[0]["offset"] is None and p.of("text_log")[0]["limit"] <= 1000
    rows = log.locator(".rrnb-logrow")
    assert 3 < rows.count() < 40
    assert log.locator(".rrnb-logcursor").inner_text().split("\n")[-1] == "row 300"
    assert "row 300" in log.inner_text()
    assert p.page.locator(".rrnb-root img").count() == 0


def test_time_series_click_sets_time_and_zoom_asks_for_the_range(page):
    p = page(kernel)
    p.wait_view_frames("vts")
    n_series = len(p.of("series"))
    n_queries = len(p.of("query"))
    plot = json.loads(p.view("vts").get_attribute("data-plot"))
    box = p.view("vts").locator("canvas").bounding_box()
    x = plot["x0"] + (70 - plot["t0"]) / (plot["t1"] - plot["t0"]) * (plot["x1"] - plot["x0"])
    p.page.mouse.click(box["x"] + x, box["y"] + (plot["y0"] + plot["y1"]) / 2)
    p.page.wait_for_function("window.model.get('time') === 70")
    # the other views follow the cursor; the plot needs no new data for it
    p.page.wait_for_function(f"window.model.sent.filter(m => m.type === 'query').length > {n_queries}")
    assert len(p.of("series")) == n_series
    # hover: the nearest point's time and value
    p.page.mouse.move(
        box["x"] + x,
        box["y"] + plot["y0"] + (math.sin(0.7 * 2 * math.pi) + 1) / 2 * (plot["y1"] - plot["y0"]),
    )
    tip = p.view("vts").locator(".rrnb-tooltip")
    tip.wait_for(state="visible", timeout=5000)
    assert tip.inner_text().split("\n")[1:] == ["frame: #70", str(round(math.sin(0.7 * 2 * math.pi), 3))]
    # wheel zoom about the pointer: a series request for the range shown
    p.page.mouse.wheel(0, -300)
    p.page.wait_for_function(f"window.model.sent.filter(m => m.type === 'series').length > {n_series}")
    s = p.of("series")[-1]
    assert s["start"] is not None and 0 < s["start"] < 70 < s["end"] < 100


def test_text_log_scroll_fetches_another_page_and_time_moves_the_cursor(page):
    p = page(kernel)
    p.wait_view_frames("vlog")
    log = p.view("vlog")
    n = len(p.of("text_log"))
    log.locator(".rrnb-logscroll").evaluate("(e) => { e.scrollTop = e.scrollHeight; }")
    p.page.wait_for_function(f"window.model.sent.filter(m => m.type === 'text_log').length > {n}")
    asked = p.of("text_log")[-1]
    assert asked["offset"] == TOTAL - 100
    p.page.wait_for_function(
        "document.querySelector(`.rrnb-view[data-view-id='vlog']`).innerText.includes('row 999')"
    )
    assert log.locator(".rrnb-logrow").count() < 40
    # the kernel moves the time: the cursor page is asked for, its entry highlighted and scrolled to
    p.page.evaluate("window.model.set('time', 5)")
    p.page.wait_for_function(
        "document.querySelector(`.rrnb-view[data-view-id='vlog'] .rrnb-logcursor`)?.innerText.includes('row 50')"
    )
    assert p.of("text_log")[-1]["offset"] is None and p.of("text_log")[-1]["time"] == 5
    # the first row's text (with markup in it) is text
    log.locator(".rrnb-logscroll").evaluate("(e) => { e.scrollTop = 0; }")
    p.page.wait_for_function(
        "document.querySelector(`.rrnb-view[data-view-id='vlog']`).innerText.includes('row 0 <img')"
    )
    assert p.page.locator(".rrnb-root img").count() == 0


def test_click_selects_and_the_selection_panel_shows_a_component_table(page):
    p = page(kernel)
    p.wait_view_frames("v2d")
    cv = p.view("v2d").locator("canvas")
    box = cv.bounding_box()
    scale = max(400 / box["width"], 300 / box["height"])
    p.page.mouse.click(
        box["x"] + box["width"] / 2 + (300 - 200) / scale, box["y"] + box["height"] / 2 + (200 - 150) / scale
    )
    p.page.wait_for_selector(".rrnb-sel-table")
    ins = p.of("inspect")[-1]
    assert (
        ins["path"] == "image/points"
        and ins["instance"] == 1
        and ins["time"] == 30
        and ins["timeline"] == "frame"
    )
    assert p.page.locator(".rrnb-sel-title").inner_text() == "image/points #1"
    rows = p.page.locator(".rrnb-sel-table tr")
    assert rows.count() == 3
    assert rows.nth(0).locator("td").nth(0).inner_text() == "Points2D:positions"
    assert rows.nth(1).locator(".rrnb-swatch").count() == 2
    assert EVIL in rows.nth(2).inner_text() and p.page.locator(".rrnb-root img").count() == 0
    # in the tree: a click on a name selects the entity (its checkbox stays as it was)
    p.page.locator(".rrnb-tree-row[data-path='log'] .rrnb-tree-name").click()
    p.page.wait_for_function("document.querySelector('.rrnb-sel-title').innerText === 'log'")
    assert p.of("inspect")[-1]["instance"] is None
    assert p.page.locator(".rrnb-tree-row[data-path='log'] input").is_checked()
    # hover still shows the tooltip in the 2D view
    p.page.mouse.move(
        box["x"] + box["width"] / 2 + (100 - 200) / scale, box["y"] + box["height"] / 2 + (50 - 150) / scale
    )
    tip = p.view("v2d").locator(".rrnb-tooltip")
    tip.wait_for(state="visible", timeout=5000)
    assert tip.inner_text().split("\n")[:2] == ["image/points", "#0"]


def test_save_form_sends_save_and_shows_where_it_went(page):
    p = page(kernel)
    p.wait_view_frames("v3d")
    p.page.locator(".rrnb-save-btn").click()
    p.page.locator(".rrnb-save-name").fill("run.rnb")
    p.page.locator(".rrnb-save-range").check()
    p.page.locator(".rrnb-save-start").fill("5")
    p.page.locator(".rrnb-save-end").fill("9")
    p.page.locator(".rrnb-save-ok").click()
    p.page.wait_for_function("document.querySelector('.rrnb-save-status').innerText.startsWith('saved to')")
    s = p.of("save")[-1]
    assert {k: s[k] for k in ("name", "timeline", "start", "end")} == {
        "name": "run.rnb",
        "timeline": "frame",
        "start": 5,
        "end": 9,
    }
    assert p.page.locator(".rrnb-save-status").inner_text() == "saved to /work/dir/run.rnb (1234 rows)"


def test_save_error_is_shown_as_text(page):
    def k(m):
        if m.get("type") == "save":
            return {"type": "error", "id": m["id"], "view": None, "message": EVIL}
        return kernel(m)

    p = page(k)
    p.page.locator(".rrnb-save-btn").click()
    p.page.locator(".rrnb-save-name").fill("x.rnb")
    p.page.keyboard.press("Enter")
    p.page.wait_for_function(f"document.querySelector('.rrnb-save-status').innerText === {json.dumps(EVIL)}")
    assert p.of("save")[-1]["start"] is None and p.page.locator(".rrnb-root img").count() == 0


DOC = f"# Notes {EVIL}\n\nSome **bold** text and `code`.\n\n- a\n- b\n\n<script>window.__pwned = 2</script>\n"

TABS = layout(
    container(
        "h",
        "horizontal",
        [
            container(
                "t",
                "tabs",
                [
                    view("doc", "TextDocument", name="notes " + EVIL, entities=["notes"]),
                    view("map", "Map", name="places", drawable=False),
                    view("bars", "BarChart", name="bars", entities=["bars"]),
                ],
                active_tab=0,
            ),
            view("v3d", "3D", name="world"),
            view("gone", "3D", visible=False),
        ],
        shares=[3.0, 1.0, 5.0],
    ),
    blueprint={"state": "collapsed"},
)


def doc_kernel(m: dict):
    if m.get("type") == "query" and m.get("space") == "doc":
        r = Reply(m, full=True)
        r.content["entities"].append(
            {
                "path": "notes",
                "comps": {
                    "TextDocument:text": {"text": [DOC]},
                    "TextDocument:media_type": {"text": ["text/markdown"]},
                },
            }
        )
        return r
    if m.get("type") == "query" and m.get("space") == "bars":
        return Reply(m, full=True).entity(
            "bars",
            BarChart__values=np.array([1, 4, 2, 8], np.float32),
            BarChart__color=np.array([[0, 255, 0, 255]], np.uint8),
        )
    return kernel(m)


def test_tabs_shares_placeholder_markdown_and_bar_chart(page):
    p = page(doc_kernel, view_layout=TABS)
    p.wait_view_frames("doc")
    p.wait_view_frames("v3d")
    # shares 3 : 1 of the shown children (the hidden view takes no room and makes no query)
    wt = p.page.locator(".rrnb-tabs").bounding_box()["width"]
    w3 = p.view("v3d").bounding_box()["width"]
    assert abs(wt / w3 - 3) < 0.15, (wt, w3)
    assert all(q.get("space") != "gone" for q in p.of("query"))
    # tab titles are text; the markdown is rendered with text nodes only
    assert p.page.locator(".rrnb-tab").all_text_contents() == ["notes " + EVIL, "places", "bars"]
    d = p.view("doc")
    assert d.locator("h1").inner_text() == "Notes " + EVIL
    assert d.locator("strong").inner_text() == "bold" and d.locator("code").inner_text() == "code"
    assert d.locator("li").count() == 2
    assert "<script>window.__pwned = 2</script>" in d.inner_text()
    assert p.page.locator(".rrnb-root img, .rrnb-root script").count() == 0
    # the unsupported class: a placeholder naming it; the bar chart draws its green bars
    p.page.locator(".rrnb-tab", has_text="places").click()
    assert "not supported yet" in p.page.locator(".rrnb-placeholder").inner_text()
    assert "Map" in p.page.locator(".rrnb-placeholder").inner_text()
    p.page.locator(".rrnb-tab", has_text="bars").click()
    p.wait_view_frames("bars")
    p.page.wait_for_timeout(100)
    a = p.pixels(p.view("bars").locator("canvas"))
    green = (a[..., 1] > 200) & (a[..., 0] < 60)
    cols = np.nonzero(green.any(axis=0))[0]
    heights = [green[:, c].sum() for c in cols]
    assert len(cols) > 40 and max(heights) > 3 * min(heights)
    # the side panel starts collapsed, as the layout's blueprint panel says; it expands on click
    assert "rrnb-collapsed" in p.page.get_attribute(".rrnb-side", "class")
    p.page.locator(".rrnb-side-toggle").click()
    assert "rrnb-collapsed" not in p.page.get_attribute(".rrnb-side", "class")
    p.page.wait_for_timeout(200)
    assert p.page.evaluate("window.__pwned") is None


def test_pushed_scene_is_drawn_without_a_query_and_layout_change_keeps_views(page):
    p = page(kernel)
    p.wait_view_frames("v2d")
    q = [m for m in p.of("query") if m["space"] == "v2d"][-1]
    n = len(p.of("query"))
    # Python moved the time: the kernel pushes the delta against what the view holds (red point moves to 200, 150)
    push = Reply(dict(q, time=40), full=False, bounds=[0, 0, 0, 400, 300, 0]).entity(
        "image/points", Points2D__positions=np.array([[200, 150], [300, 200]], np.float32)
    )
    push.content.update({"id": None, "push": True, "base": q["id"], "id_as": -5})
    p.page.evaluate("(r) => window.deliver(r)", push.json())
    p.wait_view_frames("v2d", 2)
    a = p.pixels(p.view("v2d").locator("canvas"))
    h, w = a.shape[:2]
    ys, xs = np.nonzero(red_mask(a))
    assert abs(xs.mean() - w / 2) < 2 and abs(ys.mean() - h / 2) < 2
    assert len(p.of("query")) == n
    # the next query builds on the pushed scene
    n2d = len([m for m in p.of("query") if m["space"] == "v2d"])
    p.page.evaluate("window.model.set('time', 41)")
    p.page.wait_for_function(
        f"window.model.sent.filter(m => m.type === 'query' && m.space === 'v2d').length > {n2d}"
    )
    assert [m for m in p.of("query") if m["space"] == "v2d"][-1]["base"] == -5
    # a new layout that keeps v2d (same id and class) keeps its view; v3d dropped is released
    wid = p.page.get_attribute(".rrnb-root", "data-view")
    canvas = p.view("v2d").locator("canvas").element_handle()
    p.page.evaluate(
        "(l) => window.model.set('view_layout', l)",
        layout(container("h", "horizontal", [view("v2d", "2D"), view("vts", "TimeSeries")])),
    )
    p.page.wait_for_function(f"window.model.sent.some(m => m.type === 'release' && m.view === '{wid}/v3d')")
    assert p.page.evaluate("(c) => c.isConnected", canvas)
    assert p.page.locator(".rrnb-view[data-view-id='vlog']").count() == 0
    # {} = no layout: the v1 single 3D view of the whole scene (no space)
    p.page.evaluate("window.model.set('view_layout', {})")
    p.page.wait_for_function("window.model.sent.some(m => m.type === 'query' && !('space' in m))")
    assert p.page.locator("canvas.rrnb-canvas").count() == 1


def test_ui_state_is_restored_from_the_ui_traitlet_and_written_back(page):
    ui = {"shares:h": [0.5, 0.5], "tab:t": 2, "panel:blueprint": "expanded"}
    p = page(doc_kernel, view_layout=TABS, ui=ui)
    p.wait_view_frames("v3d")
    # the kept shares (1 : 1, not the layout's 3 : 1), the kept tab, the kept panel state
    wt = p.page.locator(".rrnb-tabs").bounding_box()["width"]
    w3 = p.view("v3d").bounding_box()["width"]
    assert abs(wt / w3 - 1) < 0.1, (wt, w3)
    assert p.page.get_attribute(".rrnb-tabs", "data-active") == "2"
    assert "rrnb-collapsed" not in p.page.get_attribute(".rrnb-side", "class")
    # dragging the splitter writes the new shares back to `ui` (throttled)
    sp = p.page.locator(".rrnb-splitter").first.bounding_box()
    x, y = sp["x"] + sp["width"] / 2, sp["y"] + sp["height"] / 2
    p.page.mouse.move(x, y)
    p.page.mouse.down()
    p.page.mouse.move(x + 120, y, steps=4)
    p.page.mouse.up()
    p.page.wait_for_function("(window.model.get('ui')['shares:h'] || [0])[0] > 0.55")
    assert p.page.evaluate("window.model.get('ui')['tab:t']") == 2
    # a 2D view's kept camera: the world point (100, 50) at the centre, 0.5 units per pixel
    q = page(kernel, ui={"view2d:v2d": {"center": [100, 50], "scale": 0.5}})
    q.wait_view_frames("v2d")
    a = q.pixels(q.view("v2d").locator("canvas"))
    h, w = a.shape[:2]
    ys, xs = np.nonzero(red_mask(a))
    assert abs(xs.mean() - w / 2) < 2 and abs(ys.mean() - h / 2) < 2
    gs = np.nonzero((a[..., 1] > 150) & (a[..., 0] < 80) & (a[..., 2] < 80))
    if len(gs[0]):  # (300, 200) is 400 px right of the centre: on screen only in a wide view
        assert abs(gs[1].mean() - (w / 2 + 400)) < 2
