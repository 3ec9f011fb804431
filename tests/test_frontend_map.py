"""The map view (Rerun's MapView) in headless Chromium: GeoPoints and GeoLineStrings on Web Mercator axes.

The page is the fake-model harness of tests/test_frontend_fake_model.py; the kernel side is real: a recording,
the layout ``blueprint_to_layout`` makes of ``rrb.MapView``, and a ``ProtocolHandler`` answering the page's
queries. Where things should be drawn is computed here from the Web Mercator formulas, independently of the page.
"""

from __future__ import annotations

import base64
import io
import json
import math

import pytest
from test_frontend_fake_model import browser, open_fake_page  # noqa: F401

np = pytest.importorskip("numpy")
Image = pytest.importorskip("PIL.Image")
pytest.importorskip("playwright.sync_api")

import rerun_nb as rr  # noqa: E402
import rerun_nb.blueprint as rrb  # noqa: E402
from rerun_nb.blueprint.serialize import blueprint_to_layout  # noqa: E402

pytestmark = pytest.mark.browser

EQUATOR_M = 40075016.686


def mercator(lat: float, lon: float) -> tuple[float, float]:
    la = math.radians(lat)
    return (lon + 180) / 360, (1 - math.log(math.tan(la) + 1 / math.cos(la)) / math.pi) / 2


class MapPage:
    """The widget on a FakeModel showing ``blueprint`` of ``rec``, answered by a real ProtocolHandler."""

    def __init__(self, browser, rec, blueprint):
        from rerun_nb.viewer.protocol import ProtocolHandler
        from rerun_nb.viewer.widget import _default_timeline, _timeline_infos

        self.layout = blueprint_to_layout(blueprint, rec)
        self.handler = ProtocolHandler(rec, layout=self.layout)
        self.vid = self.layout["root"]["id"] if self.layout["root"]["type"] == "view" else None
        infos = _timeline_infos(rec)
        st = {
            "time": 0, "playing": False, "speed": 1.0, "loop": False, "follow": False, "hidden": [],
            "width": 640, "height": 420, "data_version": 0, "camera": {}, "timelines": infos,
            "timeline": _default_timeline(infos), "entity_paths": sorted(rec.entity_paths()),
            "view_layout": self.layout,
        }  # fmt: skip
        self.ctx, self.page, self.errors = open_fake_page(browser, st, self._on_send, (1100, 800), 900)

    def _on_send(self, text: str):
        content, bufs = self.handler.handle(json.loads(text))
        if not content:
            return None
        return json.dumps(
            {"content": content, "buffers": [base64.b64encode(bytes(b)).decode() for b in bufs]}
        )

    @property
    def view(self):
        return self.page.locator(".rrnb-map")

    def wait_frames(self, n: int = 1) -> None:
        self.page.wait_for_function(
            "(n) => Number(document.querySelector('.rrnb-map')?.dataset.frames) >= n", arg=n, timeout=15000
        )
        self.page.wait_for_timeout(50)

    def pixels(self):
        png = self.view.locator("canvas").screenshot()
        return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)

    def client_size(self) -> list[int]:
        return self.page.evaluate(
            "(() => { const e = document.querySelector('.rrnb-map'); return [e.clientWidth, e.clientHeight]; })()"
        )

    def zoom(self) -> float:
        return float(self.view.get_attribute("data-zoom"))


@pytest.fixture
def map_page(browser):
    made: list[MapPage] = []

    def make(rec, blueprint) -> MapPage:
        p = MapPage(browser, rec, blueprint)
        made.append(p)
        return p

    yield make
    for p in made:
        errors = list(p.errors)
        p.ctx.close()
        assert errors == [], errors


def to_px(lat, lon, center, zoom, w, h):
    x, y = mercator(lat, lon)
    s = 256 * 2**zoom
    return w / 2 + (x - center[0]) * s, h / 2 + (y - center[1]) * s


def mask(a, rgb):
    return (np.abs(a - np.array(rgb)).sum(axis=-1)) < 60


def geo_recording(app: str):
    rec = rr.RecordingStream(app)
    rec.set_time("frame", sequence=0)
    rec.log("pts/red", rr.GeoPoints(lat_lon=[[59.0, 18.0]], radii=rr.Radius.ui_points(6), colors=[255, 0, 0]))
    rec.log("pts/blue", rr.GeoPoints(lat_lon=[[60.0, 19.0]], colors=[0, 0, 255]))  # default: 5 UI points
    rec.log(
        "route",
        rr.GeoLineStrings(
            lat_lon=[[[59.5, 18.0], [59.5, 19.0]]], radii=rr.Radius.ui_points(2), colors=[0, 255, 0]
        ),
    )
    return rec


def test_points_and_lines_where_web_mercator_puts_them(map_page):
    rec = geo_recording("map_px")
    p = map_page(rec, rrb.Blueprint(rrb.MapView(origin="/", name="map")))
    p.wait_frames()
    a = p.pixels()
    w, h = p.client_size()  # the screenshot may have one more row (sub-pixel height)
    # the fit: the data's Mercator box in the canvas less 30 px each side
    (x0, y1), (x1, y0) = mercator(59.0, 18.0), mercator(60.0, 19.0)
    zoom = min(15, math.log2(min((w - 60) / (x1 - x0), (h - 60) / (y1 - y0)) / 256))
    assert abs(p.zoom() - zoom) < 1e-6
    center = ((x0 + x1) / 2, (y0 + y1) / 2)
    for rgb, (lat, lon), r in (((255, 0, 0), (59.0, 18.0), 6), ((0, 0, 255), (60.0, 19.0), 5)):
        ys, xs = np.nonzero(mask(a, rgb))
        ex, ey = to_px(lat, lon, center, zoom, w, h)
        assert abs(xs.mean() - ex) < 2 and abs(ys.mean() - ey) < 2, (rgb, xs.mean(), ys.mean(), ex, ey)
        assert abs(len(xs) - math.pi * r * r) < 0.3 * math.pi * r * r, (rgb, len(xs))  # radius in UI points
    green = mask(a, (0, 255, 0))
    ys, xs = np.nonzero(green)
    ax, ay = to_px(59.5, 18.0, center, zoom, w, h)
    bx, _ = to_px(59.5, 19.0, center, zoom, w, h)
    assert abs(ys.mean() - ay) < 2 and abs(xs.min() - (ax - 2)) < 3 and abs(xs.max() - (bx + 2)) < 3
    assert 3 <= green[:, int((ax + bx) / 2)].sum() <= 5  # 2 UI points radius: 4 px wide
    # the graticule: at this zoom (~171 px per degree of longitude) a meridian every 0.5° (~85 px apart)
    grey = (np.abs(a - np.array([0x2C, 0x2C, 0x36])).sum(axis=-1)) < 8
    for lon in (18.5, 19.5):
        gx, _ = to_px(59.5, lon, center, zoom, w, h)
        col = max(range(int(gx) - 1, int(gx) + 2), key=lambda c: grey[:, c].sum())
        assert grey[:, col].sum() > 0.8 * h, (lon, gx, grey[:, col].sum())
    gx, _ = to_px(59.5, 18.25, center, zoom, w, h)
    assert grey[:, int(gx)].sum() < 0.5 * h  # none between


def test_hover_names_entity_and_lat_lon_and_click_selects(map_page):
    rec = geo_recording("map_hover")
    p = map_page(rec, rrb.MapView(origin="/"))
    p.wait_frames()
    a = p.pixels()
    ys, xs = np.nonzero(mask(a, (255, 0, 0)))
    box = p.view.locator("canvas").bounding_box()
    p.page.mouse.move(box["x"] + xs.mean(), box["y"] + ys.mean())
    tip = p.view.locator(".rrnb-tooltip")
    tip.wait_for(state="visible")
    assert tip.inner_text().split("\n") == ["pts/red", "#0", "59.00000°N, 18.00000°E"]
    assert "°N" in p.view.locator(".rrnb-map-coords").inner_text()
    # pan: a drag moves the red point by the drag
    p.page.mouse.down()
    p.page.mouse.move(box["x"] + xs.mean() + 40, box["y"] + ys.mean() + 25, steps=4)
    p.page.mouse.up()
    p.page.mouse.move(box["x"] + 5, box["y"] + 5)  # the tooltip off the point
    p.page.wait_for_timeout(50)
    ys2, xs2 = np.nonzero(mask(p.pixels(), (255, 0, 0)))
    assert abs(xs2.mean() - xs.mean() - 40) < 2 and abs(ys2.mean() - ys.mean() - 25) < 2
    # wheel zoom keeps the point under the cursor in place
    p.page.mouse.move(box["x"] + xs2.mean(), box["y"] + ys2.mean())
    z = p.zoom()
    p.page.mouse.wheel(0, -300)
    p.page.wait_for_timeout(80)
    assert p.zoom() > z
    p.page.mouse.move(box["x"] + 5, box["y"] + 5)
    p.page.wait_for_timeout(50)
    ys3, xs3 = np.nonzero(mask(p.pixels(), (255, 0, 0)))
    assert abs(xs3.mean() - xs2.mean()) < 2 and abs(ys3.mean() - ys2.mean()) < 2
    # a click on the point selects it: the selection panel shows its components (a real inspect reply)
    p.page.mouse.click(box["x"] + xs3.mean(), box["y"] + ys3.mean())
    p.page.wait_for_function("document.querySelector('.rrnb-sel-title')?.innerText === 'pts/red #0'")
    assert "GeoPoints:positions" in p.page.locator(".rrnb-sel-table").inner_text()


def test_map_zoom_property_and_radii_in_metres(map_page):
    rec = rr.RecordingStream("map_m")
    rec.set_time("frame", sequence=0)
    rec.log("site", rr.GeoPoints(lat_lon=[[59.0, 18.0]], radii=1000.0, colors=[255, 0, 0]))  # 1 km
    p = map_page(rec, rrb.MapView(origin="/", zoom=10))
    p.wait_frames()
    assert p.zoom() == 10
    ys, xs = np.nonzero(mask(p.pixels(), (255, 0, 0)))
    r = 1000 * 256 * 2**10 / (EQUATOR_M * math.cos(math.radians(59.0)))  # px of 1 km at 59°N, zoom 10
    w, h = p.client_size()
    assert abs(xs.mean() - w / 2) < 2 and abs(ys.mean() - h / 2) < 2  # one point: centred
    assert abs((xs.max() - xs.min() + 1) / 2 - r) < 1.5, (xs.max() - xs.min(), r)


def test_default_blueprint_draws_geo_data_not_a_placeholder(map_page):
    from rerun_nb.viewer.undrawn import undrawn_of

    rec = geo_recording("map_default")
    p = map_page(rec, None)  # Rerun's heuristics: one MapView at the root
    p.wait_frames()
    assert p.page.locator(".rrnb-placeholder").count() == 0
    assert mask(p.pixels(), (255, 0, 0)).sum() > 50 and mask(p.pixels(), (0, 255, 0)).sum() > 50
    assert undrawn_of(rec.store) == {}  # the entity tree no longer says "stored, not drawn"


def test_class_ids_take_the_annotation_context_colours(map_page):
    rec = rr.RecordingStream("map_classes")
    rec.log("/", rr.AnnotationContext([(1, "car", (255, 0, 0)), (2, "bike", (0, 0, 255))]), static=True)
    rec.set_time("frame", sequence=0)
    rec.log(
        "fleet",
        rr.GeoPoints(lat_lon=[[59.0, 18.0], [59.5, 18.5]], class_ids=[1, 2], radii=rr.Radius.ui_points(6)),
    )
    p = map_page(rec, rrb.MapView(origin="/"))
    p.wait_frames()
    a = p.pixels()
    red, blue = mask(a, (255, 0, 0)), mask(a, (0, 0, 255))
    assert red.sum() > 60 and blue.sum() > 60
    assert np.nonzero(red)[1].mean() < np.nonzero(blue)[1].mean()  # the car west of the bike


def test_the_fit_follows_the_data_until_the_user_pans(map_page):
    rec = rr.RecordingStream("map_follow")
    for f, (lat, lon) in enumerate([(59.0, 18.0), (10.0, -70.0), (59.0, 18.0)]):
        rec.set_time("frame", sequence=f)
        rec.log("boat", rr.GeoPoints(lat_lon=[[lat, lon]], colors=[255, 0, 0], radii=rr.Radius.ui_points(6)))
    p = map_page(rec, rrb.MapView(origin="/"))
    p.wait_frames()
    w, h = p.client_size()

    def centre():
        ys, xs = np.nonzero(mask(p.pixels(), (255, 0, 0)))
        return xs.mean() - w / 2, ys.mean() - h / 2

    assert max(map(abs, centre())) < 2
    p.page.evaluate("window.model.set('time', 1)")  # the boat moved: the map follows it
    p.wait_frames(2)
    assert max(map(abs, centre())) < 2
    box = p.view.locator("canvas").bounding_box()
    p.page.mouse.move(box["x"] + 100, box["y"] + 100)
    p.page.mouse.down()
    p.page.mouse.move(box["x"] + 160, box["y"] + 130, steps=4)
    p.page.mouse.up()
    p.page.mouse.move(box["x"] + 5, box["y"] + 5)
    p.page.evaluate("window.model.set('time', 1.5)")  # a new query, same data: the pan stays
    p.wait_frames(3)
    dx, dy = centre()
    assert abs(dx - 60) < 2 and abs(dy - 30) < 2
