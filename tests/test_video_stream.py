"""VideoStream drawn (issue 13): the frame of the last sample at or before the cursor, decoded in the kernel from the
key frame before it (a range query on the store), checked by colour in the kernel, in the ``video_frame`` reply and
in pygfx pictures; a stream that cannot be decoded is reported with entity path and field."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

import rerun_nb as rr

pytest.importorskip("imageio_ffmpeg")

from video_samples import COLORS, close
from video_stream_samples import ivf_samples, obu_samples, samples

from rerun_nb.video_decode import VideoError
from rerun_nb.video_stream_decode import keyframe_in, stream_frame
from rerun_nb.viewer.checks import ProtocolError
from rerun_nb.viewer.video_frames import handle_video_frame

STEP = 10  # sequence ticks per sample


def _rec(sample_list: list[bytes], codec=rr.VideoCodec.H264, path: str = "cam") -> rr.RecordingStream:
    """Logged as Rerun's video_stream snippets do: the codec static, the samples by send_columns."""
    rec = rr.RecordingStream("video_stream")
    rec.log(path, rr.VideoStream(codec=codec), static=True)
    times = np.arange(len(sample_list)) * STEP
    rec.send_columns(
        path,
        indexes=[rr.TimeColumn("frame", sequence=times)],
        columns=rr.VideoStream.columns(sample=sample_list),
    )
    return rec


@pytest.fixture(scope="module")
def h264() -> list[bytes]:
    return samples()


def _centre(rgba: np.ndarray) -> np.ndarray:
    return rgba[rgba.shape[0] // 2, rgba.shape[1] // 2, :3]


def test_the_stream_has_frames_that_need_their_key_frame(h264):
    flags = [keyframe_in(s, int(rr.VideoCodec.H264)) for s in h264]
    assert flags == [True, False, False, True, False, False]


@pytest.mark.parametrize("t", [0, 5, 10, 29, 30, 52, 1000])
def test_the_kernel_decodes_the_frame_at_the_cursor(h264, t):
    rgba, at = stream_frame(_rec(h264).store, "cam", "frame", t)
    i = min(t // STEP, len(COLORS) - 1)
    assert at == i * STEP
    assert close(_centre(rgba), COLORS[i]), (t, _centre(rgba))


def test_backwards_and_across_key_frames_from_one_recording(h264):
    store = _rec(h264).store
    for i in [5, 1, 4, 0, 2, 3]:
        assert close(_centre(stream_frame(store, "cam", "frame", i * STEP)[0]), COLORS[i]), i


def test_before_the_first_sample_there_is_no_frame(h264):
    assert stream_frame(_rec(h264).store, "cam", "frame", -1) is None


def test_h265():
    rec = _rec(samples("libx265"), rr.VideoCodec.H265)
    for i in [1, 4, 2]:
        assert close(_centre(stream_frame(rec.store, "cam", "frame", i * STEP)[0]), COLORS[i]), i


@pytest.mark.parametrize(
    ("make", "codec"),
    [
        (lambda: ivf_samples("libvpx-vp9"), rr.VideoCodec.VP9),
        (lambda: ivf_samples("libvpx"), rr.VideoCodec.VP8),
        (obu_samples, rr.VideoCodec.AV1),
    ],
    ids=["vp9", "vp8", "av1"],
)
def test_vp8_vp9_av1_with_is_keyframe(make, codec):
    """No NAL units to look into: key frames come from is_keyframe (every 3rd frame, as encoded)."""
    frames = make()
    rec = rr.RecordingStream("video_stream_vpx")
    rec.log("cam", rr.VideoStream(codec=codec), static=True)
    rec.send_columns(
        "cam",
        indexes=[rr.TimeColumn("frame", sequence=np.arange(len(frames)) * STEP)],
        columns=rr.VideoStream.columns(sample=frames, is_keyframe=[i % 3 == 0 for i in range(len(frames))]),
    )
    for i in [4, 1, 5]:
        assert close(_centre(stream_frame(rec.store, "cam", "frame", i * STEP)[0]), COLORS[i]), i


def test_is_keyframe_rows_are_honoured(h264):
    """Samples logged one per row with is_keyframe, as Rerun's from_fields form."""
    rec = rr.RecordingStream("video_stream_rows")
    rec.log("cam", rr.VideoStream(codec=rr.VideoCodec.H264), static=True)
    for i, s in enumerate(h264):
        rec.set_time("frame", sequence=i * STEP)
        rec.log(
            "cam", rr.VideoStream.from_fields(sample=s, is_keyframe=keyframe_in(s, int(rr.VideoCodec.H264)))
        )
    assert close(_centre(stream_frame(rec.store, "cam", "frame", 25)[0]), COLORS[2])


def test_the_video_frame_message_takes_the_cursor(h264):
    rec = _rec(h264)
    msg = {"type": "video_frame", "id": 3, "view": "v", "path": "cam", "timeline": "frame", "time": 41}
    reply, bufs = handle_video_frame(rec, msg)
    assert (reply["width"], reply["height"], reply["pts"]) == (64, 48, 40)
    assert close(_centre(np.frombuffer(bufs[0], np.uint8).reshape(48, 64, 4)), COLORS[4])
    with pytest.raises(ProtocolError, match="timeline"):
        handle_video_frame(rec, {**msg, "timeline": "nope"})
    with pytest.raises(ProtocolError, match="time"):
        handle_video_frame(rec, {**msg, "time": "soon"})


def test_corrupt_samples_are_reported_with_path_and_field(h264):
    rec = _rec([bytes(range(7, 90))] * 3)
    with pytest.raises(VideoError) as e:
        stream_frame(rec.store, "cam", "frame", 20)
    assert e.value.field == "sample"
    reply, bufs = handle_video_frame(rec, {"type": "video_frame", "id": 1, "view": "v", "path": "cam",
                                           "timeline": "frame", "time": 20})  # fmt: skip
    assert reply["error"].startswith("'cam': VideoStream.sample:") and bufs == []


def test_a_stream_without_codec_is_reported(h264):
    rec = rr.RecordingStream("video_stream_no_codec")
    rec.set_time("frame", sequence=0)
    rec.log("cam", rr.VideoStream.from_fields(sample=h264[0]))
    reply, _ = handle_video_frame(rec, {"type": "video_frame", "id": 1, "view": "v", "path": "cam",
                                        "timeline": "frame", "time": 0})  # fmt: skip
    assert "'cam': VideoStream.codec: no codec logged" in reply["error"]


# -- pygfx pictures ----------------------------------------------------------------------------------------------

SIZE = 160, 120
TOP = {"position": [32.0, 24.0, -100.0], "target": [32.0, 24.0, 0.0], "up": [0.0, -1.0, 0.0]}


def _picture(rec: rr.RecordingStream, t: int, camera=TOP, dx: int = 0) -> np.ndarray:
    pytest.importorskip("pygfx")
    img = rec.snapshot(timeline="frame", time=t, width=SIZE[0], height=SIZE[1], camera=camera, as_array=True)
    return img[SIZE[1] // 2, SIZE[0] // 2 + dx, :3]


@pytest.mark.parametrize("i", [0, 2, 4])
def test_a_pygfx_picture_shows_the_frame_at_the_scene_time(h264, i):
    got = _picture(_rec(h264), i * STEP + 3)
    assert close(got, COLORS[i]), (i, got)


def test_a_pygfx_picture_on_a_pinhole_image_plane_in_3d(h264):
    rec = _rec(h264, path="world/cam")
    rec.log(
        "world/cam", rr.Pinhole(focal_length=50.0, width=64, height=48, image_plane_distance=2.0), static=True
    )
    cam = {"position": [0.0, 0.0, -1.0], "target": [0.0, 0.0, 2.0], "up": [0.0, -1.0, 0.0]}
    got = _picture(rec, 1 * STEP, cam, dx=15)
    assert close(got, COLORS[1]), got


def test_a_corrupt_stream_is_warned_in_pictures_and_not_drawn():
    rec = _rec([bytes(range(7, 90))] * 3, path="bad")
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        got = _picture(rec, 10)
    assert any("'bad': VideoStream.sample" in str(x.message) for x in w)
    assert not any(close(got, c, 60) for c in COLORS)


def test_rerun_snippet_form_on_a_duration_timeline(h264):
    """As Rerun's video_stream snippet: codec static, then per packet set_time(duration=pts seconds) and
    log(VideoStream.from_fields(sample=...)); the page asks with the cursor in seconds."""
    rec = rr.RecordingStream("video_stream_snippet")
    rec.log("video_stream", rr.VideoStream(codec=rr.VideoCodec.H264), static=True)
    for i, packet in enumerate(h264):
        rec.set_time("time", duration=i / 10)
        rec.log("video_stream", rr.VideoStream.from_fields(sample=bytes(packet)))
    msg = {
        "type": "video_frame",
        "id": 1,
        "view": "v",
        "path": "video_stream",
        "timeline": "time",
        "time": 0.25,
    }
    reply, bufs = handle_video_frame(rec, msg)
    assert reply["pts"] == 200_000_000, reply
    assert close(_centre(np.frombuffer(bufs[0], np.uint8).reshape(48, 64, 4)), COLORS[2])


def test_a_static_key_frame_sample_is_drawn_on_any_timeline(h264):
    rec = rr.RecordingStream("video_stream_static")
    rec.log("cam", rr.VideoStream(rr.VideoCodec.H264, sample=h264[0]), static=True)
    for tl in (None, "frame"):
        rgba, _ = stream_frame(rec.store, "cam", tl, 7)
        assert close(_centre(rgba), COLORS[0]), tl


def test_scene_replies_carry_no_sample_bytes(h264):
    """The page draws the kernel's frame: each new sample row reaches it as an empty blob (its row id still tells
    the picture to ask again), not the encoded bytes."""
    from rerun_nb.viewer.protocol import ProtocolHandler

    h = ProtocolHandler(_rec(h264))
    for t in (0, 10):
        reply, bufs = h.handle(
            {"type": "query", "id": t + 1, "view": "v", "timeline": "frame", "time": t}, []
        )
        comps = next(e for e in reply["entities"] if e["path"] == "cam")["comps"]
        assert comps["VideoStream:sample"]["shape"] == [0], comps
        assert len(bufs[comps["VideoStream:sample"]["buf"]]) == 0
