"""Small ``VideoStream`` sample lists made with the ffmpeg of imageio-ffmpeg (nothing downloaded): one flat colour
per frame, encoded as an Annex-B elementary stream and split into one access unit per sample, as Rerun's
video_stream snippets send them."""

from __future__ import annotations

import re
import subprocess

import numpy as np
from video_samples import COLORS, H, W

#: ffmpeg encoder → (raw stream format, whether a NAL header byte marks a picture)
_CODECS = {
    "libx264": ("h264", lambda b: b & 0x1F in (1, 5)),
    "libx265": ("hevc", lambda b: (b >> 1) & 0x3F < 32),
}


def encode(codec: str = "libx264", *, colors=COLORS, gop: int = 3) -> bytes:
    """An Annex-B stream of flat frames, a key frame every ``gop`` frames only (no scene-cut key frames), no
    B-frames."""
    import imageio_ffmpeg

    fmt = _CODECS[codec][0]
    raw = b"".join(np.full((H, W, 3), c, np.uint8).tobytes() for c in colors)
    cmd = [imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error", "-f", "rawvideo", "-pix_fmt", "rgb24"]
    cmd += [
        "-s",
        f"{W}x{H}",
        "-r",
        "10",
        "-i",
        "-",
        "-c:v",
        codec,
        "-pix_fmt",
        "yuv420p",
        "-g",
        str(gop),
        "-bf",
        "0",
    ]
    cmd += (
        ["-x264-params", "scenecut=0"]
        if codec == "libx264"
        else ["-x265-params", "scenecut=0:log-level=none"]
    )
    return subprocess.run([*cmd, "-f", fmt, "-"], input=raw, capture_output=True, check=True).stdout


def samples(codec: str = "libx264", **kw) -> list[bytes]:
    """The stream of :func:`encode` as one sample per picture (parameter sets go with the picture after them)."""
    stream, is_picture = encode(codec, **kw), _CODECS[codec][1]
    starts = [m.start() for m in re.finditer(b"\x00\x00\x01", stream)]
    out, cur = [], b""
    for i, s in enumerate(starts):
        a = s - 1 if s > 0 and stream[s - 1] == 0 else s
        e = starts[i + 1] if i + 1 < len(starts) else len(stream)
        if e < len(stream) and stream[e - 1] == 0:
            e -= 1
        cur += stream[a:e]
        if is_picture(stream[s + 3]):
            out.append(cur)
            cur = b""
    return out


def _encode_to(codec: str, fmt: str, args: list[str], colors=COLORS) -> bytes:
    import imageio_ffmpeg

    raw = b"".join(np.full((H, W, 3), c, np.uint8).tobytes() for c in colors)
    cmd = [imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error", "-f", "rawvideo", "-pix_fmt", "rgb24"]
    cmd += [
        "-s",
        f"{W}x{H}",
        "-r",
        "10",
        "-i",
        "-",
        "-c:v",
        codec,
        "-pix_fmt",
        "yuv420p",
        *args,
        "-f",
        fmt,
        "-",
    ]
    return subprocess.run(cmd, input=raw, capture_output=True, check=True).stdout


def ivf_samples(codec: str = "libvpx-vp9", gop: int = 3) -> list[bytes]:
    """VP8 / VP9 frames (one per sample) out of an IVF file: a 32-byte header, then size (u32) + pts (u64) + frame."""
    data = _encode_to(
        codec, "ivf", ["-g", str(gop), "-keyint_min", str(gop), "-auto-alt-ref", "0", "-lag-in-frames", "0"]
    )
    out, i = [], int.from_bytes(data[6:8], "little")
    while i + 12 <= len(data):
        n = int.from_bytes(data[i : i + 4], "little")
        out.append(data[i + 12 : i + 12 + n])
        i += 12 + n
    return out


def _leb128(data: bytes, i: int) -> tuple[int, int]:
    value, shift = 0, 0
    while True:
        b = data[i]
        value |= (b & 0x7F) << shift
        i, shift = i + 1, shift + 7
        if not b & 0x80:
            return value, i


def obu_samples(gop: int = 3) -> list[bytes]:
    """AV1 temporal units (one per sample, each from its temporal delimiter OBU) out of a low-overhead stream."""
    data = _encode_to(
        "libaom-av1",
        "obu",
        ["-g", str(gop), "-keyint_min", str(gop), "-cpu-used", "8", "-lag-in-frames", "0"],
    )
    out: list[bytes] = []
    i = start = 0
    while i < len(data):
        header = data[i]
        j = i + 1 + (1 if header & 0x04 else 0)
        size, j = _leb128(data, j)  # ffmpeg's obu muxer writes every OBU with its size
        if (header >> 3) & 0x0F == 2 and i > start:  # a temporal delimiter: the next unit begins
            out.append(data[start:i])
            start = i
        i = j + size
    out.append(data[start:])
    return out
