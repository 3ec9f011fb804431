"""Videos of the 3D view: frame count, size, content."""

from __future__ import annotations

import numpy as np
import pytest

import rerun_nb as rr

pytestmark = [pytest.mark.render, pytest.mark.usefixtures("needs_renderer")]


def _moving_point() -> rr.RecordingStream:
    rec = rr.RecordingStream("video")
    for i in range(100):
        rec.set_time_seconds("stable_time", i * 0.01)
        rec.log("p", rr.Points3D([[i * 0.02 - 1, 0, 0]], colors=[255, 0, 0], radii=0.2))
    rec.log("box", rr.Boxes3D(half_sizes=[[1.2, 0.3, 0.3]], colors=[90, 90, 90]), static=True)
    return rec


def test_mp4_frame_count_and_size(tmp_path):
    import imageio_ffmpeg

    rec = _moving_point()
    out = rec.to_video(
        tmp_path / "v.mp4", timeline="stable_time", start=0, end=0.9, fps=10, width=160, height=120
    )
    assert out.exists() and out.stat().st_size > 0
    gen = imageio_ffmpeg.read_frames(str(out))
    meta = gen.__next__()
    assert tuple(meta["size"]) == (160, 120)
    frames = [np.frombuffer(f, np.uint8).reshape(120, 160, 3) for f in gen]
    assert len(frames) == 10

    # the red point moves to the right: its centroid's x grows from the first to the last frame
    def red_x(f):
        m = (f[..., 0] > 150) & (f[..., 1] < 80)
        assert m.any()
        return np.nonzero(m)[1].mean()

    assert red_x(frames[-1]) > red_x(frames[0]) + 5


def test_one_frame_per_logged_time_and_odd_sizes(tmp_path):
    import imageio_ffmpeg

    rec = _moving_point()
    times = rec.timeline_times("stable_time")[:12]
    out = rec.to_video(tmp_path / "v.mp4", timeline="stable_time", times=times, width=101, height=75)
    n, _secs = imageio_ffmpeg.count_frames_and_secs(str(out))
    assert n == 12
    meta = imageio_ffmpeg.read_frames(str(out)).__next__()
    assert tuple(meta["size"]) == (102, 76)  # yuv420p needs even sides: rounded up


def test_gif(tmp_path):
    from PIL import Image

    rec = _moving_point()
    out = rec.to_video(tmp_path / "v.gif", timeline="stable_time", end=0.5, fps=10, width=80, height=60)
    im = Image.open(out)
    assert im.size == (80, 60) and im.n_frames == 6


def test_bad_suffix(tmp_path):
    rec = _moving_point()
    with pytest.raises(ValueError, match="unsupported video file type"):
        rec.to_video(tmp_path / "v.avi")
