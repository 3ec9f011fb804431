"""Small test videos made with the ffmpeg of imageio-ffmpeg (nothing downloaded): one flat colour per frame."""

from __future__ import annotations

import os
import subprocess
import tempfile

import numpy as np

#: the frames' colours, in order (distinct, far apart in RGB)
COLORS = [(255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 0), (0, 255, 255), (255, 0, 255)]
W, H = 64, 48


def make_video(
    codec: str = "libx264", *, fps: int = 2, colors=COLORS, gop: int = 3, fmt: str = "mp4", size=None
) -> bytes:
    """An MP4 (or ``fmt``) of ``len(colors)`` flat frames at ``fps``, a key frame every ``gop`` frames, W x H
    (or ``size``)."""
    w, h = size or (W, H)
    import imageio_ffmpeg

    raw = b"".join(np.full((h, w, 3), c, np.uint8).tobytes() for c in colors)
    args = ["-c:v", codec, "-pix_fmt", "yuv420p", "-g", str(gop)]
    if codec == "libx264":
        args += ["-bf", "0", "-crf", "10"]
    cmd = [imageio_ffmpeg.get_ffmpeg_exe(), "-y", "-loglevel", "error", "-f", "rawvideo", "-pix_fmt", "rgb24"]
    with tempfile.TemporaryDirectory() as d:  # a file, not a pipe: a plain MP4 with its index up front
        out = os.path.join(d, "v." + fmt)
        cmd += ["-s", f"{w}x{h}", "-r", str(fps), "-i", "-", *args, "-movflags", "+faststart", out]
        subprocess.run(cmd, input=raw, capture_output=True, check=True)
        with open(out, "rb") as f:
            return f.read()


def close(rgb, expected, tol: int = 40) -> bool:
    return bool(np.abs(np.asarray(rgb[:3], int) - np.asarray(expected, int)).max() <= tol)
