"""Video frames in the kernel: presentation timestamps and decoded RGBA frames of an MP4 blob, through the ffmpeg
binary that ships inside the ``imageio-ffmpeg`` wheel (nothing is downloaded).

Used by ``rr.AssetVideo.read_frame_timestamps_nanos()``, the pygfx video visual and the page's fallback when the
browser cannot decode a video. A blob is written once to a private temporary file (ffmpeg seeks in it: an MP4 whose
index is at the end cannot be read from a pipe); its timestamps, size and key frames are probed once. Decoded frames
are kept in a small LRU cache bounded in bytes; blobs beyond :data:`MAX_BLOBS` are forgotten oldest first.

Examples
--------
>>> info = probe(open("clip.mp4", "rb").read(), "video/mp4")          # doctest: +SKIP
>>> info.timestamps_ns[:3], info.width, info.height                  # doctest: +SKIP
(array([0, 500000000, 1000000000]), 64, 48)
>>> rgba, pts = decode_frame(open("clip.mp4", "rb").read(), "video/mp4", 600_000_000)  # doctest: +SKIP
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

__all__ = [
    "MAX_BLOBS",
    "SUPPORTED_MEDIA_TYPES",
    "VideoError",
    "VideoInfo",
    "check_media_type",
    "decode_frame",
    "frame_index",
    "probe",
]

#: Rerun 0.41 decodes MP4 only ("MIME type '...' is not supported for videos" otherwise).
SUPPORTED_MEDIA_TYPES = ("video/mp4",)
#: blobs whose probe and temporary file are kept
MAX_BLOBS = 8
#: decoded frames kept, in bytes of RGBA
FRAME_CACHE_BYTES = 64 * 2**20
#: frames decoded by one ffmpeg run after the one asked for (playback forward then costs one run per batch)
BATCH = 8
_TIMEOUT_S = 60


class VideoError(RuntimeError):
    """The video cannot be read: unsupported media type, corrupt bytes, no ffmpeg.

    ``field`` names the ``AssetVideo`` field at fault (``"media_type"`` or ``"blob"``) for the report.
    """

    def __init__(self, message: str, field: str = "blob") -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class VideoInfo:
    """What a probe found: the file ffmpeg reads, the frames' presentation times (ns, sorted) and key frames."""

    path: str
    timestamps_ns: np.ndarray
    keyframes: np.ndarray
    width: int
    height: int


def check_media_type(blob: bytes | memoryview | np.ndarray, media_type: str | None) -> str:
    """The media type to decode ``blob`` as: ``media_type``, or guessed from the bytes (an ``ftyp`` box: MP4).

    Raises :class:`VideoError` with Rerun's wording when it is not one rerun_nb decodes.
    """
    if media_type is None or media_type == "":
        if len(blob) >= 8 and bytes(_view(blob)[4:8]) == b"ftyp":
            return "video/mp4"
        raise VideoError(
            "the video's media type is not given and its bytes are not an MP4 file", "media_type"
        )
    if media_type not in SUPPORTED_MEDIA_TYPES:
        raise VideoError(f"MIME type {media_type!r} is not supported for videos", "media_type")
    return media_type


def frame_index(timestamps_ns: np.ndarray, t_ns: int) -> int:
    """Index of the frame shown at ``t_ns``: the last one starting at or before it; 0 before the first frame."""
    return max(0, int(np.searchsorted(timestamps_ns, t_ns, side="right")) - 1)


class _Cache:
    """Probed blobs (by content hash) and decoded frames (by hash and frame index), each bounded."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.infos: OrderedDict[str, VideoInfo] = OrderedDict()
        self.frames: OrderedDict[tuple[str, int], np.ndarray] = OrderedDict()
        self.frame_bytes = 0
        self.dir: str | None = None

    def folder(self) -> str:
        if self.dir is None:
            self.dir = tempfile.mkdtemp(prefix="rerun_nb_video_")
            atexit.register(shutil.rmtree, self.dir, True)
        return self.dir

    def add_info(self, key: str, info: VideoInfo) -> None:
        self.infos[key] = info
        while len(self.infos) > MAX_BLOBS:
            old, gone = self.infos.popitem(last=False)
            _unlink(gone.path)
            for k in [k for k in self.frames if k[0] == old]:
                self.frame_bytes -= self.frames.pop(k).nbytes

    def add_frame(self, key: tuple[str, int], rgba: np.ndarray) -> None:
        if key in self.frames:
            return
        self.frames[key] = rgba
        self.frame_bytes += rgba.nbytes
        while self.frame_bytes > FRAME_CACHE_BYTES and len(self.frames) > 1:
            self.frame_bytes -= self.frames.popitem(last=False)[1].nbytes


_CACHE = _Cache()


def _unlink(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _ffmpeg() -> str:
    try:
        import imageio_ffmpeg
    except ImportError as e:  # pragma: no cover - an optional dependency of the render extra
        raise VideoError(
            "decoding videos in the kernel needs imageio-ffmpeg (pip install imageio-ffmpeg)"
        ) from e
    return imageio_ffmpeg.get_ffmpeg_exe()


#: blobs larger than this are hashed from samples (length, head, tail, 256 strided pieces): the page's fallback and
#: the pygfx visual look a blob up on every frame, and hashing 100 MB each time would cost more than decoding
_SAMPLED_HASH_BYTES = 2**20


def _key(blob: memoryview) -> str:
    h = hashlib.blake2b(len(blob).to_bytes(8, "little"), digest_size=16)
    n = len(blob)
    if n <= _SAMPLED_HASH_BYTES:
        h.update(blob)
    else:
        step = n // 256
        h.update(blob[: 2**18])
        h.update(blob[n - 2**18 :])
        for i in range(256):
            h.update(blob[i * step : i * step + 1024])
    return h.hexdigest()


def _view(blob: bytes | memoryview | np.ndarray) -> memoryview:
    return memoryview(blob).cast("B") if not isinstance(blob, memoryview) else blob.cast("B")


_TB = re.compile(r"^#tb 0: (\d+)/(\d+)", re.M)
_DIMS = re.compile(r"^#dimensions 0: (\d+)x(\d+)", re.M)
# framecrc lines: stream, dts, pts, duration, size, crc[, F=flags] (no F= : a key frame)
_PACKET = re.compile(r"^0,\s*(-?\d+),\s*(-?\d+),\s*-?\d+,\s*\d+,\s*0x[0-9a-f]+(, F=0x([0-9a-f]+))?", re.M)


def _probe_file(path: str) -> VideoInfo:
    """Packets, not frames: the stream is copied, not decoded (fast), and listed with ffmpeg's framecrc muxer."""
    cmd = [
        _ffmpeg(),
        "-hide_banner",
        "-nostdin",
        "-loglevel",
        "error",
        "-i",
        path,
        "-map",
        "0:v:0",
        "-c",
        "copy",
    ]
    cmd += ["-f", "framecrc", "-"]
    try:
        r = subprocess.run(cmd, capture_output=True, timeout=_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise VideoError(f"ffmpeg could not run: {e}") from e
    out = r.stdout.decode("utf-8", "replace")
    tb, dims = _TB.search(out), _DIMS.search(out)
    packets = _PACKET.findall(out)
    if r.returncode != 0 or tb is None or dims is None or not packets:
        err = r.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no video frames"]
        raise VideoError(f"the video cannot be decoded: {err[0][:200]}")
    num, den = int(tb.group(1)), int(tb.group(2))
    pts = np.array([int(p[1]) for p in packets], dtype=np.int64)
    key = np.array([p[3] == "" or int(p[3], 16) & 1 for p in packets], dtype=bool)
    # pts * num / den seconds, in ns, rounded as Rerun rounds (33333333.3 -> 33333333, 66666666.7 -> 66666667)
    ns = (pts * num * 1_000_000_000 + den // 2) // den
    order = np.argsort(ns, kind="stable")  # decode order -> presentation order
    return VideoInfo(path, ns[order], np.flatnonzero(key[order]), int(dims.group(1)), int(dims.group(2)))


def probe(blob: bytes | memoryview | np.ndarray, media_type: str | None = None) -> VideoInfo:
    """Probe ``blob`` once (cached by content): its frames' presentation timestamps (ns), key frames and size.

    Raises :class:`VideoError` for an unsupported media type or bytes ffmpeg cannot decode.
    """
    return _probe(_view(blob), media_type)[0]


def _probe(blob: memoryview, media_type: str | None) -> tuple[VideoInfo, str]:
    check_media_type(blob, media_type)
    key = _key(blob)
    with _CACHE.lock:
        info = _CACHE.infos.get(key)
        if info is not None:
            _CACHE.infos.move_to_end(key)
            return info, key
        path = os.path.join(_CACHE.folder(), key + ".mp4")
        with open(path, "wb") as f:
            f.write(blob)
        try:
            info = _probe_file(path)
        except VideoError:
            _unlink(path)
            raise
        _CACHE.add_info(key, info)
        return info, key


def _decode_run(info: VideoInfo, first: int, count: int) -> list[np.ndarray]:
    """Frames ``first .. first + count - 1`` decoded by one ffmpeg run that seeks to the key frame before them."""
    keys = info.keyframes[info.keyframes <= first]
    k = int(keys[-1]) if len(keys) else 0
    t0 = info.timestamps_ns[0]
    # seek just before key frame k (accurate seek: frames before -ss are decoded and dropped), then count from it
    ss = max(0.0, (int(info.timestamps_ns[k] - t0) - 1000) / 1e9)
    cmd = [_ffmpeg(), "-hide_banner", "-nostdin", "-loglevel", "error", "-ss", f"{ss:.6f}", "-i", info.path]
    cmd += ["-map", "0:v:0", "-vf", f"select=between(n\\,{first - k}\\,{first - k + count - 1})", "-fps_mode"]
    cmd += ["passthrough", "-frames:v", str(count), "-f", "rawvideo", "-pix_fmt", "rgba", "-"]
    try:
        r = subprocess.run(cmd, capture_output=True, timeout=_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise VideoError(f"ffmpeg could not run: {e}") from e
    size = info.width * info.height * 4
    n = len(r.stdout) // size
    if n == 0:
        raise VideoError(f"the video cannot be decoded: {r.stderr.decode('utf-8', 'replace').strip()[-200:]}")
    data = np.frombuffer(r.stdout[: n * size], dtype=np.uint8).reshape(n, info.height, info.width, 4)
    return [data[i] for i in range(n)]


def decode_frame(
    blob: bytes | memoryview | np.ndarray, media_type: str | None, t_ns: int
) -> tuple[np.ndarray, int]:
    """The frame shown at video time ``t_ns`` (the last one starting at or before it) as read-only uint8 RGBA
    (h, w, 4), with its presentation timestamp (ns).

    Raises :class:`VideoError` when the video cannot be read.
    """
    info, key = _probe(_view(blob), media_type)
    i = frame_index(info.timestamps_ns, int(t_ns))
    with _CACHE.lock:
        hit = _CACHE.frames.get((key, i))
        if hit is not None:
            _CACHE.frames.move_to_end((key, i))
            return hit, int(info.timestamps_ns[i])
    frames = _decode_run(info, i, min(BATCH, len(info.timestamps_ns) - i))
    with _CACHE.lock:
        for j, f in enumerate(frames):
            f.flags.writeable = False
            _CACHE.add_frame((key, i + j), f)
    return frames[0], int(info.timestamps_ns[i])
