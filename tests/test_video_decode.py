"""Video in the kernel (issue 13): AssetVideo.read_frame_timestamps_nanos as Rerun 0.41 answers it, frames decoded
at a time through imageio-ffmpeg's ffmpeg (the right frame by colour), bad input named, caches bounded."""

from __future__ import annotations

import numpy as np
import pytest

import rerun_nb as rr
from rerun_nb import video_decode as vd

pytest.importorskip("imageio_ffmpeg")

from video_samples import COLORS, H, W, close, make_video

STEP = 500_000_000  # 2 fps


@pytest.fixture(scope="module")
def mp4() -> bytes:
    return make_video()


def test_frame_timestamps_as_rerun(mp4):
    ts = rr.AssetVideo(contents=mp4, media_type="video/mp4").read_frame_timestamps_nanos()
    assert ts.dtype == np.int64 and ts.tolist() == [i * STEP for i in range(len(COLORS))]
    rerun = pytest.importorskip("rerun")
    assert (
        ts.tolist()
        == rerun.AssetVideo(contents=mp4, media_type="video/mp4").read_frame_timestamps_nanos().tolist()
    )
    # no media type: guessed from the bytes, as Rerun does
    assert rr.AssetVideo(contents=mp4).read_frame_timestamps_nanos().tolist() == ts.tolist()


def test_thirty_fps_rounding_matches_rerun():
    mp4 = make_video(fps=30, colors=COLORS * 2)
    ours = rr.AssetVideo(contents=mp4).read_frame_timestamps_nanos().tolist()
    assert ours[1:3] == [33333333, 66666667]
    rerun = pytest.importorskip("rerun")
    assert ours == rerun.AssetVideo(contents=mp4).read_frame_timestamps_nanos().tolist()


@pytest.mark.parametrize("i", range(len(COLORS)))
def test_the_frame_at_a_time_is_the_right_frame(mp4, i):
    for t in (i * STEP, i * STEP + STEP // 2, (i + 1) * STEP - 1):
        rgba, pts = vd.decode_frame(mp4, "video/mp4", t)
        assert rgba.shape == (H, W, 4) and pts == i * STEP
        assert close(rgba[H // 2, W // 2], COLORS[i]), (t, rgba[H // 2, W // 2], COLORS[i])


def test_before_the_first_frame_shows_the_first_and_after_the_last_the_last(mp4):
    assert close(vd.decode_frame(mp4, None, -5)[0][0, 0], COLORS[0])
    assert close(vd.decode_frame(mp4, None, 10**12)[0][0, 0], COLORS[-1])


def test_seeking_past_key_frames_in_any_order():
    colors = [tuple(int(x) for x in np.random.default_rng(s).integers(0, 256, 3)) for s in range(20)]
    mp4 = make_video(fps=10, colors=colors, gop=4)
    for i in (13, 2, 19, 4, 0, 8, 7):
        rgba, pts = vd.decode_frame(mp4, "video/mp4", i * 100_000_000 + 1)
        assert pts == i * 100_000_000 and close(rgba[5, 5], colors[i], 12), (i, rgba[5, 5], colors[i])


def test_unsupported_media_type_and_corrupt_bytes_raise_like_rerun(mp4):
    with pytest.raises(RuntimeError, match="video/quicktime"):
        rr.AssetVideo(contents=mp4, media_type="video/quicktime").read_frame_timestamps_nanos()
    with pytest.raises(vd.VideoError) as e:
        vd.probe(b"\x00\x00\x00\x20ftypisom" + b"\x00" * 200, "video/mp4")
    assert e.value.field == "blob"
    with pytest.raises(vd.VideoError) as e:
        vd.probe(b"garbage bytes", None)
    assert e.value.field == "media_type"
    with pytest.raises(RuntimeError, match="no video buffer"):
        rr.AssetVideo.cleared().read_frame_timestamps_nanos()


def test_frame_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(vd, "FRAME_CACHE_BYTES", 3 * W * H * 4)
    mp4 = make_video(colors=COLORS[::-1])  # not decoded before
    for i in range(len(COLORS)):
        vd.decode_frame(mp4, None, i * STEP)
    assert vd._CACHE.frame_bytes <= 3 * W * H * 4
    assert len(vd._CACHE.frames) <= 3


def test_the_scene_bounds_are_the_video_size(mp4):
    rec = rr.RecordingStream("video_bounds")
    rec.log("cam/video", rr.AssetVideo(contents=mp4, media_type="video/mp4"), static=True)
    rec.set_time("video_time", duration=1.0)
    rec.log("cam/video", rr.VideoFrameReference(seconds=1.0))
    scene = rec.scene(timeline="video_time", time=1.0)
    lo, hi = scene.bounds()
    assert hi[:2].tolist() == [W, H] and lo[:2].tolist() == [0, 0]


def test_bounds_probe_once_per_stored_blob_not_per_query(mp4, monkeypatch):
    from rerun_nb.archetypes import media

    calls = []
    real = vd.probe
    monkeypatch.setattr(vd, "probe", lambda *a: calls.append(1) or real(*a))
    rec = rr.RecordingStream("video_bounds_once")
    rec.log("v", rr.AssetVideo(contents=mp4 + b"\x00", media_type="video/mp4"), static=True)
    rec.set_time("t", sequence=0)
    rec.log("v", rr.VideoFrameReference(nanoseconds=0))
    for _ in range(5):
        assert rec.scene(timeline="t", time=0).bounds()[1][:2].tolist() == [W, H]
    assert len(calls) == 1
    assert any(k[2] == len(mp4) + 1 for k in media._SIZES)


def test_large_blobs_are_hashed_from_samples():
    big = memoryview(bytes(3 * 2**20))
    changed_head = bytearray(big)
    changed_head[10] = 1
    assert vd._key(big) != vd._key(memoryview(bytes(3 * 2**20 + 1)))
    assert vd._key(big) != vd._key(memoryview(changed_head))
