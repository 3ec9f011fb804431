"""pygfx pictures of videos (issue 13): the frame a VideoFrameReference points at, decoded in the kernel, drawn as
the entity's picture at the scene time; in 3D on a pinhole's image plane; a bad video is reported, not drawn."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

import rerun_nb as rr

pytest.importorskip("pygfx")
pytest.importorskip("imageio_ffmpeg")

from video_samples import COLORS, close, make_video

SIZE = 160, 120
TOP = {"position": [32.0, 24.0, -100.0], "target": [32.0, 24.0, 0.0], "up": [0.0, -1.0, 0.0]}


def _video_recording(mp4: bytes, media_type: str = "video/mp4") -> rr.RecordingStream:
    rec = rr.RecordingStream("video_render")
    rec.log("video", rr.AssetVideo(contents=mp4, media_type=media_type), static=True)
    for i in range(len(COLORS)):
        rec.set_time("frame", sequence=i)
        rec.log("video", rr.VideoFrameReference(nanoseconds=i * 500_000_000))
    return rec


def _centre(rec: rr.RecordingStream, t: int, camera=TOP, dx: int = 0) -> np.ndarray:
    img = rec.snapshot(timeline="frame", time=t, width=SIZE[0], height=SIZE[1], camera=camera, as_array=True)
    return img[SIZE[1] // 2, SIZE[0] // 2 + dx, :3]


@pytest.fixture(scope="module")
def rec() -> rr.RecordingStream:
    return _video_recording(make_video())


@pytest.mark.parametrize("t", [0, 2, 5, 3])
def test_the_picture_shows_the_frame_at_the_scene_time(rec, t):
    got = _centre(rec, t)
    assert close(got, COLORS[t]), (t, got, COLORS[t])


def test_on_a_pinhole_image_plane_in_3d():
    rec = rr.RecordingStream("video_pinhole")
    rec.log(
        "world/cam", rr.Pinhole(focal_length=50.0, width=64, height=48, image_plane_distance=2.0), static=True
    )
    rec.log("world/cam", rr.AssetVideo(contents=make_video(), media_type="video/mp4"), static=True)
    rec.set_time("frame", sequence=1)
    rec.log("world/cam", rr.VideoFrameReference(seconds=0.5))
    # the camera looks along +z: stand behind it, looking at the image plane at z = 2 (beside the frustum's apex)
    cam = {"position": [0.0, 0.0, -1.0], "target": [0.0, 0.0, 2.0], "up": [0.0, -1.0, 0.0]}
    got = _centre(rec, 1, cam, dx=15)
    assert close(got, COLORS[1]), got


def test_unsupported_media_type_is_reported_with_path_and_field():
    rec = _video_recording(make_video(), media_type="video/quicktime")
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        _centre(rec, 1)
    text = " ".join(str(x.message) for x in w)
    assert "'video'" in text and "AssetVideo.media_type" in text and "video/quicktime" in text


def test_corrupt_bytes_are_reported_and_nothing_is_drawn():
    rec = _video_recording(b"\x00\x00\x00\x20ftypisom" + bytes(300))
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        got = _centre(rec, 1)
    assert any("AssetVideo.blob" in str(x.message) for x in w)
    assert not any(close(got, c, 60) for c in COLORS)


def test_rerun_snippet_video_with_automatically_determined_frames(tmp_path):
    """Rerun's documented snippet (asset_video_auto_frames), unchanged but for the recording."""
    path = tmp_path / "clip.mp4"
    path.write_bytes(make_video())
    rec = rr.RecordingStream("rerun_example_asset_video_auto_frames")
    video_asset = rr.AssetVideo(path=str(path))
    rec.log("video", video_asset, static=True)
    frame_timestamps_ns = video_asset.read_frame_timestamps_nanos()
    rec.send_columns(
        "video",
        indexes=[rr.TimeColumn("video_time", duration=1e-9 * frame_timestamps_ns)],
        columns=rr.VideoFrameReference.columns_nanos(frame_timestamps_ns),
    )
    for t, i in ((0.0, 0), (1.2, 2), (2.5, 5)):
        img = rec.snapshot(
            timeline="video_time", time=t, width=SIZE[0], height=SIZE[1], camera=TOP, as_array=True
        )
        assert close(img[SIZE[1] // 2, SIZE[0] // 2], COLORS[i]), (t, img[SIZE[1] // 2, SIZE[0] // 2])
