"""The frame of a ``VideoStream`` at a time cursor, decoded in the kernel by the ffmpeg of ``imageio-ffmpeg``.

A ``VideoStream`` logs one encoded sample per row. The frame shown at time ``t`` on a timeline is the one of the last
sample at or before ``t``; decoding it needs every sample from the key frame at or before it. Those samples are
gathered with a range query, fed to ffmpeg as an elementary stream (H.264 / H.265 Annex B, AV1 OBUs; VP8 / VP9 in an
IVF wrapper), and the frames decoded are kept per sample row in a small LRU (bounded in bytes), so playing forward
costs one ffmpeg run per :data:`AHEAD` samples. Key frames are the rows whose ``is_keyframe`` is true, or, for
H.264 / H.265, the samples holding an IDR / IRAP picture.

Examples
--------
>>> rgba, t = stream_frame(rec.store, "camera", "frame", 12)  # doctest: +SKIP
>>> rgba.shape                                                 # doctest: +SKIP
(48, 64, 4)
"""

from __future__ import annotations

import re
import struct
import subprocess
import threading
from collections import OrderedDict
from typing import Any

import numpy as np

from .components._enums import VideoCodec
from .video_decode import VideoError, _ffmpeg

__all__ = ["AHEAD", "has_stream", "keyframe_in", "stream_frame"]

#: samples decoded past the cursor in one ffmpeg run (stops at the next key frame)
AHEAD = 16
_CACHE_BYTES = 64 * 2**20
_TIMEOUT_S = 60
_MIN_T, _MAX_T = -(2**63) + 1, 2**63 - 1
_SAMPLE, _CODEC, _KEY = "VideoStream:sample", "VideoStream:codec", "VideoStream:is_keyframe"
#: codec → ffmpeg's input format
_FORMATS = {
    int(VideoCodec.H264): "h264",
    int(VideoCodec.H265): "hevc",
    int(VideoCodec.AV1): "obu",
    int(VideoCodec.VP8): "ivf",
    int(VideoCodec.VP9): "ivf",
}
_START = re.compile(b"\x00\x00\x01")


def has_stream(store: Any, path: str) -> bool:
    """Whether ``path`` ever logged a ``VideoStream`` sample."""
    return bool(store.components_of(path)) and _SAMPLE in store.components_of(path)


def keyframe_in(sample: bytes, codec: int) -> bool:
    """Whether an H.264 / H.265 Annex-B sample holds a key picture (IDR, or H.265 IRAP); False for other codecs.

    Examples
    --------
    >>> keyframe_in(b"\\x00\\x00\\x00\\x01\\x65\\x88", int(VideoCodec.H264))
    True
    """
    for m in _START.finditer(sample):
        i = m.end()
        if i >= len(sample):
            break
        if codec == int(VideoCodec.H264) and sample[i] & 0x1F == 5:
            return True
        if codec == int(VideoCodec.H265) and 16 <= (sample[i] >> 1) & 0x3F <= 21:
            return True
    return False


class _Frames:
    """Decoded frames by (store, entity path, sample row id), bounded in bytes."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.frames: OrderedDict[tuple[int, str, int], np.ndarray] = OrderedDict()
        self.nbytes = 0

    def get(self, key: tuple[int, str, int]) -> np.ndarray | None:
        with self.lock:
            f = self.frames.get(key)
            if f is not None:
                self.frames.move_to_end(key)
            return f

    def put(self, key: tuple[int, str, int], rgba: np.ndarray) -> None:
        with self.lock:
            if key in self.frames:
                return
            rgba.flags.writeable = False
            self.frames[key] = rgba
            self.nbytes += rgba.nbytes
            while self.nbytes > _CACHE_BYTES and len(self.frames) > 1:
                self.nbytes -= self.frames.popitem(last=False)[1].nbytes


_FRAMES = _Frames()


def _bytes(hit: Any, component: str) -> bytes:
    b = hit.batch(component)
    return b"" if len(b.offsets) < 2 else bytes(np.asarray(b.values[b.offsets[-2] : b.offsets[-1]], np.uint8))


def _codec(store: Any, path: str, timeline: str | None, t: int) -> int:
    hit = store.latest_at(path, _CODEC, timeline, t)
    batch = None if hit is None else hit.batch(_CODEC)
    if batch is None or len(batch) == 0:
        raise VideoError("no codec logged", "codec")
    codec = int(batch[-1])
    if codec not in _FORMATS:
        raise VideoError(
            f"codec {codec:#x} is not one rerun_nb decodes (H.264, H.265, AV1, VP8, VP9)", "codec"
        )
    return codec


def stream_frame(store: Any, path: str, timeline: str | None, t: int) -> tuple[np.ndarray, int] | None:
    """The frame of the ``VideoStream`` at ``path`` shown at time ``t`` on ``timeline`` as read-only uint8 RGBA
    (h, w, 4), with the time of its sample; None when no sample is at or before ``t``.

    Raises :class:`VideoError` (``field`` is ``"codec"`` or ``"sample"``) when the samples cannot be decoded.
    """
    cursor = store.latest_at(path, _SAMPLE, timeline, t)
    if cursor is None:
        return None
    key = (id(store), path, cursor.row_id)
    hit = _FRAMES.get(key)
    if hit is not None:
        return hit, cursor.time
    codec = _codec(store, path, timeline, t)
    static = store.latest_at(path, _SAMPLE, None, 0) is not None
    hits = [cursor] if static or not timeline else _since_key(store, path, timeline, cursor, codec)
    ahead = [] if static or not timeline else _ahead(store, path, timeline, t, codec)
    run = hits + ahead
    frames = _decode([_bytes(h, _SAMPLE) for h in run], codec)
    if len(frames) == len(run):
        for h, f in zip(run, frames):
            _FRAMES.put((id(store), path, h.row_id), f)
        return frames[len(hits) - 1], cursor.time
    if ahead:  # frames and samples do not pair up: decode just up to the cursor and take the last frame
        frames = _decode([_bytes(h, _SAMPLE) for h in hits], codec)
    _FRAMES.put(key, frames[-1])
    return frames[-1], cursor.time


def _flags(store: Any, path: str, timeline: str | None, lo: int, hi: int) -> dict[int, bool]:
    """``is_keyframe`` by row id (only rows that logged it)."""
    if not timeline:
        return {}
    return {
        h.row_id: bool(h.batch(_KEY)[-1])
        for h in store.range(path, _KEY, timeline, lo, hi)
        if len(h.batch(_KEY))
    }


def _since_key(store: Any, path: str, timeline: str, cursor: Any, codec: int) -> list[Any]:
    """The samples from the key frame at or before ``cursor`` up to it (from the first sample when none is one).

    The range looked at grows backwards 4x at a time, so a long recording is not read whole for each decode."""
    first = (store.timeline_range(timeline) or (cursor.time, cursor.time))[0]
    span, seen = 1, 0
    while True:
        lo = max(_MIN_T, cursor.time - span)
        hits = store.range(path, _SAMPLE, timeline, lo, cursor.time)
        flags = _flags(store, path, timeline, lo, cursor.time)
        for i in range(len(hits) - 1 - seen, -1, -1):  # only the samples this window added
            if flags.get(hits[i].row_id) or keyframe_in(_bytes(hits[i], _SAMPLE), codec):
                return hits[i:]
        if lo <= first:
            return hits
        seen, span = len(hits), span * 4


def _ahead(store: Any, path: str, timeline: str, t: int, codec: int) -> list[Any]:
    """Up to :data:`AHEAD` samples after ``t``, stopping before the next key frame."""
    later = store.range(path, _SAMPLE, timeline, t + 1, _MAX_T)[: AHEAD + 1] if t < _MAX_T else []
    later = [h for h in later if h.time > t]
    flags = _flags(store, path, timeline, t + 1, later[-1].time) if later else {}
    out = []
    for h in later[:AHEAD]:
        if flags.get(h.row_id) or keyframe_in(_bytes(h, _SAMPLE), codec):
            break
        out.append(h)
    return out


def _ivf(samples: list[bytes], codec: int) -> bytes:
    """VP8 / VP9 frames in an IVF file (ffmpeg reads no raw VP8 / VP9 stream)."""
    fourcc = b"VP80" if codec == int(VideoCodec.VP8) else b"VP90"
    head = b"DKIF" + struct.pack("<HH4sHHIIII", 0, 32, fourcc, 0, 0, 30, 1, len(samples), 0)
    return head + b"".join(struct.pack("<IQ", len(s), i) + s for i, s in enumerate(samples))


def _decode(samples: list[bytes], codec: int) -> list[np.ndarray]:
    """Every frame ffmpeg decodes from ``samples`` (in order), as RGBA arrays."""
    fmt = _FORMATS[codec]
    data = _ivf(samples, codec) if fmt == "ivf" else b"".join(samples)
    cmd = [_ffmpeg(), "-hide_banner", "-nostdin", "-loglevel", "error", "-f", fmt, "-i", "pipe:0"]
    cmd += [
        "-map",
        "0:v:0",
        "-fps_mode",
        "passthrough",
        "-f",
        "image2pipe",
        "-c:v",
        "pam",
        "-pix_fmt",
        "rgba",
        "-",
    ]
    try:
        r = subprocess.run(cmd, input=data, capture_output=True, timeout=_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise VideoError(f"ffmpeg could not run: {e}", "sample") from e
    frames = _pam_frames(r.stdout)
    if not frames:
        err = r.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no frame decoded"]
        raise VideoError(f"the samples from the key frame on do not decode: {err[0][:200]}", "sample")
    return frames


_PAM = re.compile(rb"P7\nWIDTH (\d+)\nHEIGHT (\d+)\nDEPTH 4\nMAXVAL 255\nTUPLTYPE RGB_ALPHA\nENDHDR\n")


def _pam_frames(data: bytes) -> list[np.ndarray]:
    out, i = [], 0
    while True:
        m = _PAM.match(data, i)
        if m is None:
            return out
        w, h = int(m.group(1)), int(m.group(2))
        end = m.end() + w * h * 4
        if end > len(data):
            return out
        out.append(np.frombuffer(data, np.uint8, w * h * 4, m.end()).reshape(h, w, 4).copy())
        i = end
