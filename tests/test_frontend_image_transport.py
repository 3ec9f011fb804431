"""Image transport in the page (docs/protocol.md, "Image transport"; issue 12): headless Chromium on the fake-model
page answered by a real ProtocolHandler (test_frontend_perf.KernelPage). A picture sent as JPEG is decoded in the
page and drawn within JPEG tolerance of the same picture sent raw; once the cursor rests, the page asks for the
exact bytes and then draws exactly what the raw page draws."""

from __future__ import annotations

import io
import time

import pytest

np = pytest.importorskip("numpy")
from PIL import Image  # noqa: E402
from test_frontend_perf import KernelPage, browser  # noqa: E402, F401

import rerun_nb as rr  # noqa: E402
from rerun_nb.viewer import protocol  # noqa: E402

pytestmark = pytest.mark.browser

H, W = 120, 160


def _frame(i: int) -> np.ndarray:
    yy, xx = np.mgrid[0:H, 0:W]
    img = np.stack([(2 * xx + 40 * i) % 256, (2 * yy) % 256, (xx * yy) % 256], -1).astype(np.uint8)
    img[30:60, 40 + 20 * i : 90 + 20 * i] = (230, 30, 30)
    return img


def _rec() -> rr.RecordingStream:
    rec = rr.RecordingStream("transport_page")
    for i in range(2):
        rec.set_time("time", duration=float(i))
        rec.log("cam/rgb", rr.Image(_frame(i)))
    rec.store.flush()
    return rec


class GatedHandler(protocol.ProtocolHandler):
    """A handler that counts ``exact`` queries and, while ``allow_exact`` is off, answers them as lossy ones."""

    allow_exact = True

    def __init__(self, *a, **kw) -> None:
        super().__init__(*a, **kw)
        self.exact_seen = 0
        self.transports: list[str] = []

    def handle(self, content, buffers=None):
        if isinstance(content, dict) and content.get("exact") is True:
            self.exact_seen += 1
            if not self.allow_exact:
                content = {k: v for k, v in content.items() if k != "exact"}
        reply, bufs = super().handle(content, buffers)
        for e in reply.get("entities", []) if isinstance(reply, dict) else []:
            d = e["comps"].get("Image:buffer")
            if d:
                self.transports.append(d.get("codec", "raw"))
        return reply, bufs


def _pixels(k: KernelPage) -> np.ndarray:
    png = k.page.locator("canvas.rrnb-canvas").screenshot()
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)


def _page(browser, monkeypatch, transport: str, allow_exact: bool = True) -> KernelPage:
    GatedHandler.allow_exact = allow_exact
    monkeypatch.setattr(protocol, "ProtocolHandler", lambda rec: GatedHandler(rec, image_transport=transport))
    return KernelPage(browser, _rec(), width=W * 2, height=H * 2, timeline="time", time=0.0)


def _scrub(k: KernelPage, t: float) -> None:
    k.page.evaluate(
        """(t) => { const s = document.querySelector('.rrnb-slider'); s.value = String(t);
                    s.dispatchEvent(new Event('input', { bubbles: true })); }""",
        t,
    )


def _wait(k: KernelPage, cond, timeout: float = 30.0) -> None:
    """Wait for ``cond`` while the page runs (routes are answered only inside Playwright calls)."""
    deadline = time.time() + timeout
    while not cond():
        assert time.time() < deadline, "timed out"
        k.page.wait_for_timeout(100)


def _settle(k: KernelPage) -> None:
    """Wait until no new frame has been drawn for a while (the refinement, if any, came and went)."""
    last = -1
    while (n := k.frames()) != last:
        last = n
        k.page.wait_for_timeout(600)


def test_jpeg_picture_is_decoded_within_tolerance_then_refined_to_the_exact_bytes(browser, monkeypatch):
    ref = _page(browser, monkeypatch, "raw")
    _settle(ref)
    raw0 = _pixels(ref)
    _scrub(ref, 1.0)
    _wait(ref, lambda: ref.handler.transports.count("raw") >= 2)
    _settle(ref)
    raw1 = _pixels(ref)
    assert not ref.errors, ref.errors
    assert set(ref.handler.transports) == {"raw"} and ref.handler.exact_seen == 0, (
        "raw pictures are not refined"
    )
    ref.close()
    drawn = np.abs(raw0 - raw0[0, 0]).sum(-1) > 0
    assert drawn.mean() > 0.2, "the picture is on the canvas"

    k = _page(browser, monkeypatch, "jpeg", allow_exact=False)
    h = k.handler
    _wait(k, lambda: h.exact_seen >= 1)  # the page asked for the exact picture after the cursor rested
    _settle(k)
    lossy = _pixels(k)
    assert h.transports[0] == "jpeg"
    diff = np.abs(lossy - raw0)
    assert diff.max() > 0, "a JPEG picture differs from the raw one somewhere"
    assert diff[drawn].mean() < 4, f"decoded within JPEG tolerance (mean {diff[drawn].mean():.2f})"

    h.allow_exact = True
    GatedHandler.allow_exact = True
    _scrub(k, 1.0)
    _wait(k, lambda: h.exact_seen >= 2 and "raw" in h.transports)
    _settle(k)
    assert h.transports[-2:] == ["jpeg", "raw"], h.transports
    assert np.array_equal(_pixels(k), raw1), "after the refinement the page draws the logged bytes"
    assert not k.errors, k.errors
    k.close()
