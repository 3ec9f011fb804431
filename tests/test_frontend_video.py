"""Videos in the page (issue 13), headless Chromium against a real ProtocolHandler (test_frontend_perf.KernelPage):
the frame at the cursor time drawn by the browser's media pipeline, the blob sent once across cursor moves, the
kernel's frames when the browser cannot play the codec (said on screen), bad videos named on screen."""

from __future__ import annotations

import io
import time

import pytest
from test_frontend_fake_model import browser  # noqa: F401
from test_frontend_perf import KernelPage

import rerun_nb as rr

np = pytest.importorskip("numpy")
Image = pytest.importorskip("PIL.Image")
pytest.importorskip("imageio_ffmpeg")

from video_samples import COLORS, close, make_video  # noqa: E402

pytestmark = pytest.mark.browser

LABELS_JS = """Array.from(document.querySelectorAll('.rrnb-label'))
  .filter((d) => d.style.display !== 'none').map((d) => d.textContent)"""


def _recording(
    mp4: bytes, media_type: str | None = "video/mp4", name: str = "video_page"
) -> rr.RecordingStream:
    rec = rr.RecordingStream(name)
    rec.log("video", rr.AssetVideo(contents=mp4, media_type=media_type), static=True)
    for i in range(len(COLORS)):
        rec.set_time("frame", sequence=i)
        rec.log("video", rr.VideoFrameReference(nanoseconds=i * 500_000_000))
    rec.store.flush()
    return rec


class Counting(KernelPage):
    """KernelPage that keeps what went each way: the messages the page sent and the buffer sizes of each reply."""

    def __init__(self, *a, **kw):
        self.sent: list[dict] = []
        self.replies: list[list[int]] = []
        super().__init__(*a, **kw)

    def _on_send(self, route) -> None:
        if not hasattr(self.handler, "counted"):  # the first message comes during __init__
            handle = self.handler.handle

            def counted(content, buffers=None):
                self.sent.append(content)
                out = handle(content, buffers)
                self.replies.append([len(b) for b in out[1]])
                return out

            self.handler.handle = self.handler.counted = counted
        super()._on_send(route)

    def centre(self) -> np.ndarray:
        img = np.asarray(
            Image.open(io.BytesIO(self.page.locator("canvas").first.screenshot())).convert("RGB")
        )
        return img[img.shape[0] // 2, img.shape[1] // 2]

    def labels(self) -> list[str]:
        return self.page.evaluate(LABELS_JS)

    def show(self, t: int, rgb, timeout: float = 30.0) -> np.ndarray:
        """Move the cursor to ``t``; the canvas centre once it is ``rgb`` (the last one seen on time-out)."""
        self.page.evaluate("(t) => window.model.set('time', t)", t)
        end = time.monotonic() + timeout
        while True:
            px = self.centre()
            if close(px, rgb) or time.monotonic() > end:
                return px
            self.page.wait_for_timeout(100)  # (a Playwright call: the kernel's routes are served meanwhile)


@pytest.fixture
def video_page(browser):
    made: list[Counting] = []

    def make(rec, **kw) -> Counting:
        k = Counting(browser, rec, loop=False, **kw)
        made.append(k)
        return k

    yield make
    for k in made:
        errors = list(k.errors)
        k.close()
        assert errors == [], errors


def _needs_h264(k: Counting) -> None:
    if not k.page.evaluate(
        """document.createElement('video').canPlayType('video/mp4; codecs="avc1.42E01E"')"""
    ):
        pytest.skip("this Chromium has no H.264 (the kernel-frame path is tested below)")


@pytest.fixture(scope="module")
def h264() -> bytes:
    return make_video("libx264")


def test_the_frame_at_the_cursor_time_is_drawn(video_page, h264):
    k = video_page(_recording(h264))
    if not k.page.evaluate(
        """document.createElement('video').canPlayType('video/mp4; codecs="avc1.42E01E"')"""
    ):
        pytest.skip("this Chromium has no H.264 (the kernel-frame path is tested below)")
    for t in (0, 3, 1, 5, 2):
        px = k.show(t, COLORS[t])
        assert close(px, COLORS[t]), (t, px, COLORS[t])
    assert k.labels() == []  # the browser played it: no note
    assert not any(m.get("type") == "video_frame" for m in k.sent)  # nothing asked of the kernel


def test_the_blob_travels_once_across_many_cursor_moves(video_page, h264):
    k = video_page(_recording(h264))
    _needs_h264(k)
    moves = [1, 4, 2, 5, 0, 3, 5, 1, 4, 2, 0, 3, 2, 5, 1, 4, 3, 0, 2, 5]
    for t in moves:
        k.show(t, COLORS[t])
    assert close(k.centre(), COLORS[moves[-1]])
    big = [sizes for sizes in k.replies if any(s >= len(h264) for s in sizes)]
    assert len(big) == 1, k.replies
    later = sum(sum(s) for s in k.replies[k.replies.index(big[0]) + 1 :])
    print(
        f"\nblob {len(h264)} B once; {len(moves)} cursor moves then sent {later} B in {len(k.replies) - 1} replies"
    )
    assert later < len(h264), later


@pytest.mark.parametrize("size", [(64, 48), (160, 120)], ids=["rgba", "jpeg"])
def test_a_codec_the_browser_cannot_play_falls_back_to_kernel_frames(video_page, size):
    hevc = make_video("libx265", size=size)
    k = video_page(_recording(hevc, name="video_hevc"))
    for t in (0, 3, 1):
        px = k.show(t, COLORS[t])
        assert close(px, COLORS[t]), (t, px, COLORS[t])
    asks = [m for m in k.sent if m.get("type") == "video_frame"]
    assert asks and all(m["path"] in ("video", "/video") for m in asks)
    deadline = time.monotonic() + 10
    while not k.labels() and time.monotonic() < deadline:
        k.page.wait_for_timeout(100)
    assert any("decoded in the kernel" in s for s in k.labels()), k.labels()


@pytest.mark.parametrize(
    ("media_type", "corrupt", "field"),
    [("video/quicktime", False, "AssetVideo.media_type"), ("video/mp4", True, "AssetVideo.blob")],
)
def test_a_bad_video_is_named_on_screen(video_page, h264, media_type, corrupt, field):
    blob = b"\x00\x00\x00\x20ftypisom" + bytes(400) if corrupt else h264
    k = video_page(_recording(blob, media_type, name="video_bad"))
    k.page.evaluate("() => window.model.set('time', 2)")
    deadline = time.monotonic() + 20
    while not any(field in s for s in k.labels()) and time.monotonic() < deadline:
        k.page.wait_for_timeout(100)
    text = " ".join(k.labels())
    assert field in text and "'video'" in text, text
    assert not any(close(k.centre(), c, 60) for c in COLORS)


def test_on_a_pinhole_image_plane_in_3d(video_page, h264):
    rec = rr.RecordingStream("video_pinhole")
    rec.log(
        "world/cam", rr.Pinhole(focal_length=50.0, width=64, height=48, image_plane_distance=2.0), static=True
    )
    rec.log("world/cam", rr.AssetVideo(contents=h264, media_type="video/mp4"), static=True)
    rec.log("world/far", rr.Points3D([[3, 3, 3], [-3, -3, -3]]), static=True)
    for i in range(len(COLORS)):
        rec.set_time("frame", sequence=i)
        rec.log("world/cam", rr.VideoFrameReference(nanoseconds=i * 500_000_000))
    rec.store.flush()
    k = video_page(rec)
    for t in (1, 3):
        k.page.evaluate("(t) => window.model.set('time', t)", t)
        deadline, n = time.monotonic() + 20, 0
        while time.monotonic() < deadline:
            png = k.page.locator("canvas").first.screenshot()  # the 3D view: frustum and image plane
            img = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
            n = int((np.abs(img - np.array(COLORS[t])).max(axis=2) < 40).sum())
            if n > 500:
                break
            k.page.wait_for_timeout(100)
        assert n > 500, (t, n)


def test_a_frame_reference_to_another_entity(video_page, h264):
    rec = rr.RecordingStream("video_ref")
    rec.log("assets/clip", rr.AssetVideo(contents=h264, media_type="video/mp4"), static=True)
    for i in range(len(COLORS)):
        rec.set_time("frame", sequence=i)
        rec.log("shown", rr.VideoFrameReference(nanoseconds=i * 500_000_000, video_reference="/assets/clip"))
    rec.store.flush()
    k = video_page(rec)
    for t in (4, 2):
        px = k.show(t, COLORS[t])
        assert close(px, COLORS[t]), (t, px, COLORS[t])
