"""The ``video_frame`` message (issue 13, docs/protocol.md): the kernel's frame for a page that cannot decode the
video, as RGBA or JPEG; every bad message or unreadable video answered, never a traceback."""

from __future__ import annotations

import io

import numpy as np
import pytest

import rerun_nb as rr
from rerun_nb.viewer.protocol import ProtocolHandler

pytest.importorskip("imageio_ffmpeg")

from video_samples import COLORS, close, make_video


def _handler(mp4: bytes, media_type: str = "video/mp4", path: str = "cam/video") -> ProtocolHandler:
    rec = rr.RecordingStream("video_viewer")
    rec.log(path, rr.AssetVideo(contents=mp4, media_type=media_type), static=True)
    return ProtocolHandler(rec)


def _ask(h: ProtocolHandler, **kw):
    return h.handle({"type": "video_frame", "id": 7, "view": "v", "path": "cam/video", "timestamp": 0, **kw})


def test_a_small_frame_comes_as_rgba():
    c, bufs = _ask(_handler(make_video()), timestamp=1_200_000_000)
    assert (c["type"], c["id"], c["view"], c["path"]) == ("video_frame", 7, "v", "cam/video")
    assert (c["width"], c["height"], c["pts"]) == (64, 48, 1_000_000_000) and "codec" not in c
    rgba = np.frombuffer(bytes(bufs[0]), np.uint8).reshape(48, 64, 4)
    assert close(rgba[24, 32], COLORS[2])


def test_a_large_frame_comes_as_jpeg():
    Image = pytest.importorskip("PIL.Image")
    c, bufs = _ask(_handler(make_video(size=(160, 120))), timestamp=2_600_000_000, path="/cam/video")
    assert c["codec"] == "jpeg" and (c["width"], c["height"]) == (160, 120)
    img = np.asarray(Image.open(io.BytesIO(bytes(bufs[0]))).convert("RGB"))
    assert img.shape == (120, 160, 3) and close(img[60, 80], COLORS[5])
    assert len(bufs[0]) < 160 * 120 * 4 / 10


@pytest.mark.parametrize(
    ("media_type", "blob", "want"),
    [
        ("video/quicktime", None, "'cam/video': AssetVideo.media_type: MIME type 'video/quicktime'"),
        ("video/mp4", b"\x00\x00\x00\x20ftypisom" + bytes(100), "'cam/video': AssetVideo.blob: "),
    ],
)
def test_an_unreadable_video_answers_an_error_naming_path_and_field(media_type, blob, want):
    c, bufs = _ask(_handler(blob or make_video(), media_type))
    assert c["type"] == "video_frame" and c["error"].startswith(want) and bufs == []


@pytest.mark.parametrize(
    ("change", "want"),
    [
        ({"path": 3}, "'path' must be a non-empty string"),
        ({"path": ""}, "'path' must be a non-empty string"),
        ({"path": "x" * 5000}, "longer than"),  # the handler's generic limit, before any field is read
        ({"timestamp": "soon"}, "'timestamp' must be a number"),
        ({"timestamp": float("nan")}, "'timestamp'"),
        ({"id": "seven"}, "'id' must be an integer"),
        ({"view": ""}, "'view' must be a non-empty string"),
    ],
)
def test_malformed_messages_get_an_error_reply(change, want):
    c, bufs = _ask(_handler(make_video()), **change)
    assert c["type"] == "error" and want in c["message"] and bufs == []


def test_no_video_at_the_path():
    c, _ = _ask(_handler(make_video()), path="elsewhere")
    assert c["error"] == "no AssetVideo at 'elsewhere'"


def test_a_video_logged_on_a_timeline_is_found_too():
    rec = rr.RecordingStream("video_timeline")
    rec.set_time("t", sequence=3)
    rec.log("cam/video", rr.AssetVideo(contents=make_video(), media_type="video/mp4"))
    c, bufs = ProtocolHandler(rec).handle(
        {"type": "video_frame", "id": 1, "view": "v", "path": "cam/video", "timestamp": 500_000_000}
    )
    assert c["pts"] == 500_000_000 and close(np.frombuffer(bytes(bufs[0]), np.uint8)[:4], COLORS[1])
