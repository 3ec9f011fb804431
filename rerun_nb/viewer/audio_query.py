"""The ``audio`` message: the waveform envelope of an audio view's latest-at ``AssetAudio`` (docs/protocol.md).

Rerun's AudioView shows the waveform of an ``AssetAudio`` and plays it while time plays on a temporal timeline,
from the time the asset was logged. The kernel decodes the asset once (WAV with the stdlib ``wave`` module,
anything else with the ffmpeg that ``imageio-ffmpeg`` ships) and answers the min / max of the samples in each
of ``width`` pixel columns over ``[start, end]`` seconds of the audio, so a long recording never travels for
drawing. The encoded blob itself goes to the page only when it asks (``blob: true``, when the user plays).

Examples
--------
>>> x = np.array([0.0, 1.0, -1.0, 0.5], np.float32)
>>> lo, hi = envelope(x, 4, 2, 0.0, 1.0)
>>> lo.tolist(), hi.tolist()
([0.0, -1.0], [1.0, 0.5])
"""

from __future__ import annotations

import io
import os
import subprocess
import tempfile
import threading
import wave
from collections import OrderedDict
from typing import Any

import numpy as np

from .. import entity_path as ep
from .. import query as q
from ..time import from_time_int
from .checks import ProtocolError, is_int, read_id, read_number, read_store_time, read_view, short

__all__ = [
    "MAX_AUDIO_WIDTH",
    "AudioError",
    "as_wav",
    "decode_audio",
    "envelope",
    "handle_audio",
    "view_waveform",
]

#: Most pixel columns one envelope reply holds.
MAX_AUDIO_WIDTH = 16384
#: Sample rate ffmpeg decodes non-WAV audio to (mono float32).
FFMPEG_RATE = 48000
_STATIC = -(2**63)
Reply = tuple[dict[str, Any], list[memoryview]]


class AudioError(ValueError):
    """An audio blob that cannot be decoded."""


# -- decoding -------------------------------------------------------------------------------------------


def _pcm_to_float(raw: bytes, width: int, channels: int) -> np.ndarray:
    """Interleaved PCM of ``width`` bytes a sample → float32 mono in [-1, 1] (the mean of the channels)."""
    if width == 1:
        x = (np.frombuffer(raw, np.uint8).astype(np.float32) - 128.0) / 128.0
    elif width == 2:
        x = np.frombuffer(raw, "<i2").astype(np.float32) / 32768.0
    elif width == 3:
        b = np.frombuffer(raw, np.uint8).reshape(-1, 3).astype(np.int32)
        v = b[:, 0] | (b[:, 1] << 8) | (b[:, 2] << 16)
        x = (np.where(v >= 1 << 23, v - (1 << 24), v)).astype(np.float32) / float(1 << 23)
    elif width == 4:
        x = (np.frombuffer(raw, "<i4").astype(np.float64) / 2147483648.0).astype(np.float32)
    else:
        raise AudioError(f"unsupported WAV sample width {width}")
    n = len(x) // channels
    return x[: n * channels].reshape(n, channels).mean(axis=1, dtype=np.float32)


def _decode_wav(blob: bytes) -> tuple[np.ndarray, int]:
    try:
        with wave.open(io.BytesIO(blob)) as w:
            ch, width, rate = w.getnchannels(), w.getsampwidth(), w.getframerate()
            raw = w.readframes(w.getnframes())
    except (wave.Error, EOFError) as e:
        raise AudioError(f"not a readable WAV ({e})") from None
    return _pcm_to_float(raw, width, ch), rate


def _decode_ffmpeg(blob: bytes) -> tuple[np.ndarray, int]:
    import imageio_ffmpeg

    # a file, not a pipe: ffmpeg reads nothing from a piped MP4/M4A longer than its probe (index at the end)
    with tempfile.TemporaryDirectory(prefix="rrnb-audio-") as d:
        src = os.path.join(d, "in")
        with open(src, "wb") as f:
            f.write(blob)
        cmd = [imageio_ffmpeg.get_ffmpeg_exe(), "-v", "error", "-i", src, "-f", "f32le", "-ac", "1", "-ar",
               str(FFMPEG_RATE), "pipe:1"]  # fmt: skip
        r = subprocess.run(cmd, capture_output=True, timeout=120, check=False)
    if r.returncode != 0:
        msg = r.stderr.decode("utf-8", "replace").strip().splitlines()
        raise AudioError(f"ffmpeg could not decode it ({msg[-1] if msg else r.returncode})")
    if not r.stdout:
        raise AudioError("ffmpeg found no audio samples in it")
    return np.frombuffer(r.stdout, "<f4").copy(), FFMPEG_RATE


def decode_audio(blob: bytes, media_type: str | None = None) -> tuple[np.ndarray, int]:
    """``(mono float32 samples, sample rate)`` of an encoded audio file.

    Examples
    --------
    >>> import wave, io
    >>> f = io.BytesIO()
    >>> with wave.open(f, "wb") as w:
    ...     w.setnchannels(1); w.setsampwidth(2); w.setframerate(8000); w.writeframes(b"\\x00\\x40" * 4)
    >>> x, rate = decode_audio(f.getvalue(), "audio/wav")
    >>> x.tolist(), rate
    ([0.5, 0.5, 0.5, 0.5], 8000)
    """
    if blob[:4] == b"RIFF" and blob[8:12] == b"WAVE":
        try:
            return _decode_wav(blob)
        except AudioError:
            pass  # a WAV of a format ``wave`` lacks (float, A-law, ...): ffmpeg reads those
    return _decode_ffmpeg(blob)


def as_wav(x: np.ndarray, rate: int) -> bytes:
    """Mono float samples as a 16-bit PCM WAV: what the page plays when its browser cannot decode the file.

    Examples
    --------
    >>> decode_audio(as_wav(np.array([0.5, -0.5], np.float32), 8000))[0].tolist()
    [0.5, -0.5]
    """
    f = io.BytesIO()
    with wave.open(f, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((np.clip(x, -1, 1) * 32767).round().astype("<i2").tobytes())
    return f.getvalue()


def envelope(x: np.ndarray, rate: int, width: int, start: float, end: float) -> tuple[np.ndarray, np.ndarray]:
    """Min and max of the samples in each of ``width`` equal columns of ``[start, end)`` seconds (float32).

    A column with no sample (zoomed in past one sample a column, or outside the audio) holds NaN.
    """
    edges = np.round(np.linspace(start, end, width + 1) * rate).astype(np.int64)
    edges = np.clip(edges, 0, len(x))
    lo = np.full(width, np.nan, np.float32)
    hi = np.full(width, np.nan, np.float32)
    ok = edges[1:] > edges[:-1]
    if len(x) and ok.any():
        starts = edges[:-1][ok]
        lo[ok] = np.minimum.reduceat(x, starts)[: len(starts)]
        hi[ok] = np.maximum.reduceat(x, starts)[: len(starts)]
        # reduceat runs each column to the next column's start: cut the last one at its own end
        last = np.flatnonzero(ok)[-1]
        seg = x[edges[last] : edges[last + 1]]
        lo[last], hi[last] = seg.min(), seg.max()
    return lo, hi


# -- the decoded cache -----------------------------------------------------------------------------------


class _Decoded:
    """The last few decoded assets, by (store, entity, row id)."""

    def __init__(self, keep: int = 4) -> None:
        self._keep = keep
        self._items: OrderedDict[tuple[int, str, int], tuple[np.ndarray, int]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[int, str, int], blob: np.ndarray, media: str | None) -> tuple[np.ndarray, int]:
        with self._lock:
            hit = self._items.get(key)
            if hit is not None:
                self._items.move_to_end(key)
                return hit
        got = decode_audio(blob.tobytes(), media)  # copied only to decode: a cached asset is not copied again
        with self._lock:
            self._items[key] = got
            while len(self._items) > self._keep:
                self._items.popitem(last=False)
        return got


_DECODED = _Decoded()
#: the last envelope answered, by (store, entity, row id, width, start, end): playback asks again and again
_LAST_ENVELOPE: dict[tuple[Any, ...], tuple[np.ndarray, np.ndarray]] = {}


def _envelope_of(key: tuple[Any, ...], x: np.ndarray, rate: int, width: int, start: float, end: float) -> Any:
    got = _LAST_ENVELOPE.get(key)
    if got is None:
        got = envelope(x, rate, width, start, end)
        _LAST_ENVELOPE.clear()  # one entry: a dict swap is atomic enough for two threads asking the same
        _LAST_ENVELOPE[key] = got
    return got


# -- the message ----------------------------------------------------------------------------------------


def _read_time(store: Any, content: dict[str, Any]) -> tuple[str | None, int]:
    tl = content.get("timeline")
    if tl is None:
        return None, 0
    if not isinstance(tl, str) or not tl or store.timeline_kinds.get(tl) is None:
        raise ProtocolError(f"audio: unknown 'timeline' {short(tl)}")
    tk = store.timeline_kinds[tl]
    return tl, read_store_time(tk, read_number(content, "time", "audio"), widen=True, key="time", msg="audio")


def _find_audio(store: Any, view: dict[str, Any], path: Any, tl: str | None, t: int) -> Any:
    """``(path, blob as uint8 array, media type, hit)`` of the first entity (or ``path``) with an AssetAudio."""
    ents = list(view.get("entities") or ())
    if path is not None:
        if not isinstance(path, str) or ep.to_canonical(path) not in ents:
            raise ProtocolError(f"audio: 'path' {short(path)} is not an entity of the view")
        ents = [ep.to_canonical(path)]
    for p in ents:
        comps = q.latest_at_entity(store, p, tl, t)
        hit = comps.get("AssetAudio:blob")
        if hit is None or len(hit[0]) == 0:
            continue
        mt = comps.get("AssetAudio:media_type")
        media = None if mt is None or len(mt[0]) == 0 else str(mt[0][len(mt[0]) - 1])
        blob = np.ascontiguousarray(hit[0][len(hit[0]) - 1], np.uint8)
        return p, blob, media, hit[1]
    return None


def _range(content: dict[str, Any], duration: float) -> tuple[float, float]:
    start = 0.0 if content.get("start") is None else read_number(content, "start", "audio")
    end = duration if content.get("end") is None else read_number(content, "end", "audio")
    if not end > start:
        raise ProtocolError(f"audio: 'end' ({end}) must be greater than 'start' ({start})")
    return float(start), float(end)


def view_waveform(store: Any, view: dict[str, Any], timeline: str | None, t: int, width: int) -> Any:
    """``(min, max, cursor offset in seconds or None, duration)`` of ``view``'s latest-at audio over its whole
    length in ``width`` columns, for the kernel's static picture; ``None`` when there is none or it is unreadable.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rec = rr.RecordingStream("waveform_doc")
    >>> view_waveform(rec.store, {"entities": ["a"]}, None, 0, 10) is None
    True
    """
    found = _find_audio(store, view, None, timeline, t)
    if found is None:
        return None
    path, blob, media, hit = found
    key = (id(store), path, hit.row_id)
    try:
        x, rate = _DECODED.get(key, blob, media)
    except AudioError:
        return None
    duration = len(x) / rate
    lo, hi = _envelope_of((*key, width, 0.0, duration), x, rate, width, 0.0, duration)
    tk = store.timeline_kinds.get(timeline) if timeline else None
    at = None if tk in (None, "sequence") or hit.time == _STATIC else (t - hit.time) / 1e9
    return lo, hi, at, duration


def handle_audio(rec: Any, view: dict[str, Any], content: dict[str, Any]) -> Reply:
    """``audio``: the envelope of ``view``'s latest-at audio for ``width`` columns (and the blob if asked).

    ``view`` is the layout view node the message's ``space`` names (an ``Audio`` view; ``views.py`` finds it).

    Examples
    --------
    >>> import rerun_nb as rr, wave, io
    >>> f = io.BytesIO()
    >>> with wave.open(f, "wb") as w:
    ...     w.setnchannels(1); w.setsampwidth(2); w.setframerate(4); w.writeframes(b"\\x00\\x40\\x00\\xc0" * 4)
    >>> rec = rr.RecordingStream("audio_doc")
    >>> rec.log("a", rr.AssetAudio(contents=f.getvalue()), static=True)
    >>> view = {"type": "view", "id": "v", "class": "Audio", "entities": ["a"]}
    >>> reply, bufs = handle_audio(rec, view, {"type": "audio", "id": 1, "view": "w/v", "space": "v", "width": 2})
    >>> reply["duration"], reply["logged_at"], np.frombuffer(bufs[1], "<f4").tolist()
    (2.0, None, [0.5, 0.5])
    """
    qid, view_id = read_id(content, "audio"), read_view(content, "audio")
    store = getattr(rec, "store", None)
    if store is None:
        raise ProtocolError("audio: the viewer has no recording")
    w = content.get("width")
    if not is_int(w) or not 1 <= w <= MAX_AUDIO_WIDTH:
        raise ProtocolError(f"audio: 'width' must be an integer in 1..{MAX_AUDIO_WIDTH}, got {short(w)}")
    want_blob = content.get("blob", False)
    if not isinstance(want_blob, bool) and want_blob != "wav":
        raise ProtocolError(f"audio: 'blob' must be true, false or \"wav\", got {short(want_blob)}")
    tl, t = _read_time(store, content)
    head: dict[str, Any] = {"type": "audio", "id": qid, "view": view_id, "path": None}
    found = _find_audio(store, view, content.get("path"), tl, t)
    if found is None:
        return head, []
    path, blob, media, hit = found
    key = (id(store), path, hit.row_id)
    try:
        x, rate = _DECODED.get(key, blob, media)
    except AudioError as e:
        raise ProtocolError(f"audio: {path}: AssetAudio:blob is not decodable audio ({e})") from None
    duration = len(x) / rate
    start, end = _range(content, duration)
    lo, hi = _envelope_of((*key, int(w), start, end), x, rate, int(w), start, end)
    logged = None if tl is None or hit.time == _STATIC else from_time_int(store.timeline_kinds[tl], hit.time)
    head.update(path=path, media_type=media, sample_rate=rate, samples=len(x), duration=duration,
                logged_at=logged, row=str(hit.row_id), start=start, end=end, width=int(w), min=0, max=1,
                blob=2 if want_blob else None, blob_size=len(blob), blob_kind=want_blob or None)  # fmt: skip
    bufs = [memoryview(lo).cast("B"), memoryview(hi).cast("B")]
    if want_blob:
        bufs.append(memoryview(blob).cast("B") if want_blob is True else memoryview(as_wav(x, rate)))
    return head, bufs
