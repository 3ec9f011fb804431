"""VideoStream in the page (issue 13), headless Chromium against a real ProtocolHandler: the frame of the last sample
at or before the cursor, decoded in the kernel and drawn on the image quad (2D) or a pinhole's image plane (3D); the
samples themselves are asked for by cursor, never by video timestamp; a corrupt stream is named on screen."""

from __future__ import annotations

import io
import time

import pytest
from test_frontend_fake_model import browser  # noqa: F401
from test_frontend_video import Counting

import rerun_nb as rr

np = pytest.importorskip("numpy")
Image = pytest.importorskip("PIL.Image")
pytest.importorskip("imageio_ffmpeg")

from video_samples import COLORS, close  # noqa: E402
from video_stream_samples import samples  # noqa: E402

pytestmark = pytest.mark.browser


def _recording(
    sample_list: list[bytes], path: str = "stream", name: str = "video_stream_page"
) -> rr.RecordingStream:
    rec = rr.RecordingStream(name)
    rec.log(path, rr.VideoStream(codec=rr.VideoCodec.H264), static=True)
    rec.send_columns(
        path,
        indexes=[rr.TimeColumn("frame", sequence=np.arange(len(sample_list)))],
        columns=rr.VideoStream.columns(sample=sample_list),
    )
    rec.store.flush()
    return rec


@pytest.fixture
def page(browser):
    made: list[Counting] = []

    def make(rec) -> Counting:
        k = Counting(browser, rec, loop=False)
        made.append(k)
        return k

    yield make
    for k in made:
        errors = list(k.errors)
        k.close()
        assert errors == [], errors


@pytest.fixture(scope="module")
def h264() -> list[bytes]:
    return samples()


def test_the_frame_at_the_cursor_is_drawn_from_kernel_frames(page, h264):
    k = page(_recording(h264))
    for t in (0, 2, 5, 1, 4):  # 1, 2, 4, 5 are P-frames: decoded from the key frame before them
        px = k.show(t, COLORS[t])
        assert close(px, COLORS[t]), (t, px, COLORS[t])
    asks = [m for m in k.sent if m.get("type") == "video_frame"]
    assert asks and all(m["timeline"] == "frame" and "timestamp" not in m for m in asks), asks[:3]


def test_on_a_pinhole_image_plane_in_3d(page, h264):
    rec = _recording(h264, path="world/cam", name="video_stream_pinhole")
    rec.log(
        "world/cam", rr.Pinhole(focal_length=50.0, width=64, height=48, image_plane_distance=2.0), static=True
    )
    rec.log("world/far", rr.Points3D([[3, 3, 3], [-3, -3, -3]]), static=True)
    rec.store.flush()
    k = page(rec)
    for t in (1, 3):
        k.page.evaluate("(t) => window.model.set('time', t)", t)
        deadline, n = time.monotonic() + 20, 0
        while time.monotonic() < deadline:
            png = k.page.locator("canvas").first.screenshot()
            img = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
            n = int((np.abs(img - np.array(COLORS[t])).max(axis=2) < 40).sum())
            if n > 500:
                break
            k.page.wait_for_timeout(100)
        assert n > 500, (t, n)


def test_a_corrupt_stream_is_named_on_screen(page):
    k = page(_recording([bytes(range(7, 90))] * 3, name="video_stream_bad"))
    k.page.evaluate("() => window.model.set('time', 2)")
    deadline = time.monotonic() + 20
    while not any("VideoStream.sample" in s for s in k.labels()) and time.monotonic() < deadline:
        k.page.wait_for_timeout(100)
    text = " ".join(k.labels())
    assert "VideoStream.sample" in text and "'stream'" in text, text
    assert not any(close(k.centre(), c, 60) for c in COLORS)
