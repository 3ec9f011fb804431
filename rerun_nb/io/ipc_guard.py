"""Bounds on what an Arrow IPC file may make us allocate, checked before pyarrow reads it.

A compressed Arrow IPC body (``zstd`` / ``lz4`` buffer compression) declares, in the first 8 bytes of each
buffer, how large the buffer is once decompressed, and pyarrow allocates that much before decompressing. A
68 kB file can so ask for gigabytes. :func:`scan` walks the messages of a native file (the framing and the
flatbuffer message headers only, without decoding or decompressing anything) and adds up what decompressing it
would allocate: the declared decompressed size of every compressed buffer (uncompressed bodies are memory-mapped,
or read as they are: never more than the file). It raises :class:`LimitExceeded` as soon as the total passes
the limit, so nothing is allocated.

The default limit (:func:`default_limit`) is ``max(64 x file size, 256 MiB)``, never more than the memory
available, overridable with the environment variable ``RERUN_NB_MAX_DECOMPRESSED_BYTES`` (bytes, or with a
suffix ``K``/``M``/``G``). Damage in the framing (a cut-off file, garbage) ends the scan without an error: the
reader reports that damage as it always does.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from typing import Any

__all__ = [
    "DEFAULT_MIN_LIMIT",
    "DEFAULT_RATIO",
    "ENV_LIMIT",
    "LimitExceeded",
    "ScanResult",
    "default_limit",
    "scan",
]

DEFAULT_RATIO = 64
DEFAULT_MIN_LIMIT = 256 << 20
ENV_LIMIT = "RERUN_NB_MAX_DECOMPRESSED_BYTES"

_CONT = b"\xff\xff\xff\xff"
_HEADER_SCHEMA, _HEADER_DICT, _HEADER_BATCH = 1, 2, 3
_MAX_METADATA = 64 << 20  # a message header larger than this is not one we wrote


class LimitExceeded(Exception):
    """Reading the file would allocate more than the limit (the message says how much, and the way out)."""


@dataclass
class ScanResult:
    """What :func:`scan` found."""

    messages: int = 0
    compressed_buffers: int = 0
    total_bytes: int = 0  # the declared decompressed sizes of the compressed buffers
    end: int = 0  # where the scan stopped (file size unless the framing was damaged there)


def _parse_size(text: str) -> int:
    t = text.strip().upper().removesuffix("B")
    mult = 1
    for suffix, m in (("K", 1 << 10), ("M", 1 << 20), ("G", 1 << 30), ("T", 1 << 40)):
        if t.endswith(suffix):
            t, mult = t[:-1], m
            break
    return int(float(t) * mult)


def available_memory() -> int | None:
    """Bytes of memory available to this process now (``MemAvailable``), or ``None`` if unknown."""
    try:
        with open("/proc/meminfo", "rb") as fh:
            for line in fh:
                if line.startswith(b"MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def default_limit(file_size: int) -> int:
    """The most bytes reading a file of ``file_size`` bytes may allocate (see the module docstring)."""
    env = os.environ.get(ENV_LIMIT)
    if env:
        try:
            return max(0, _parse_size(env))
        except ValueError:
            pass
    limit = max(DEFAULT_RATIO * file_size, DEFAULT_MIN_LIMIT)
    avail = available_memory()
    if avail is not None:
        limit = min(limit, max(avail, file_size))
    return limit


# -- a flatbuffer reader just large enough for Arrow's Message header ---------------------------------------


class _Bad(Exception):
    pass


class _Table:
    __slots__ = ("buf", "pos", "vt", "vt_len")

    def __init__(self, buf: bytes, pos: int) -> None:
        if pos < 0 or pos + 4 > len(buf):
            raise _Bad
        self.buf, self.pos = buf, pos
        vt = pos - struct.unpack_from("<i", buf, pos)[0]
        if vt < 0 or vt + 4 > len(buf):
            raise _Bad
        self.vt = vt
        self.vt_len = struct.unpack_from("<H", buf, vt)[0]
        if vt + self.vt_len > len(buf):
            raise _Bad

    def _field(self, i: int) -> int:
        o = 4 + 2 * i
        if o + 2 > self.vt_len:
            return 0
        off = struct.unpack_from("<H", self.buf, self.vt + o)[0]
        if off and self.pos + off > len(self.buf):
            raise _Bad
        return self.pos + off if off else 0

    def scalar(self, i: int, fmt: str, default: int) -> int:
        p = self._field(i)
        if not p:
            return default
        if p + struct.calcsize(fmt) > len(self.buf):
            raise _Bad
        return struct.unpack_from(fmt, self.buf, p)[0]

    def _ref(self, i: int) -> int:
        p = self._field(i)
        if not p:
            return 0
        if p + 4 > len(self.buf):
            raise _Bad
        return p + struct.unpack_from("<I", self.buf, p)[0]

    def table(self, i: int) -> _Table | None:
        p = self._ref(i)
        return _Table(self.buf, p) if p else None

    def structs(self, i: int, size: int) -> tuple[int, int]:
        """(position of the first element, count) of a vector of structs."""
        p = self._ref(i)
        if not p:
            return 0, 0
        if p + 4 > len(self.buf):
            raise _Bad
        n = struct.unpack_from("<I", self.buf, p)[0]
        if p + 4 + n * size > len(self.buf):
            raise _Bad
        return p + 4, n


def _message(meta: bytes) -> tuple[int, int, _Table | None]:
    """(header type, body length, the RecordBatch table or None) of a flatbuffer ``Message``."""
    if len(meta) < 4:
        raise _Bad
    msg = _Table(meta, struct.unpack_from("<I", meta, 0)[0])
    htype = msg.scalar(1, "<B", 0)
    body = msg.scalar(3, "<q", 0)
    header = msg.table(2)
    batch = None
    if header is not None:
        if htype == _HEADER_BATCH:
            batch = header
        elif htype == _HEADER_DICT:
            batch = header.table(1)
    return htype, body, batch


def scan(src: Any, size: int, limit: int, *, start: int = 0) -> ScanResult:
    """Walk every Arrow IPC message of ``src`` (``read_at(n, offset)``) from ``start``; see the module docstring.

    Raises
    ------
    LimitExceeded
        The bytes reading would allocate pass ``limit``.
    """
    out = ScanResult(end=start)
    pos = start
    total = 0
    while pos + 8 <= size:
        head = bytes(src.read_at(8, pos))
        if head[:4] == _CONT:
            (mlen,) = struct.unpack_from("<i", head, 4)
            pos += 8
        else:  # legacy framing without the continuation marker
            (mlen,) = struct.unpack_from("<i", head, 0)
            pos += 4
        if mlen == 0:  # end of one stream; a segments file goes on with the next
            out.end = pos
            continue
        if mlen < 0 or mlen > _MAX_METADATA or pos + mlen > size:
            break
        meta = bytes(src.read_at(mlen, pos))
        try:
            _, body, batch = _message(meta)
        except (_Bad, struct.error):
            break
        pos += mlen
        if body < 0 or pos + body > size:
            break
        out.messages += 1
        cost = 0  # an uncompressed body is mapped (or read: at most the file's size), not inflated
        if batch is not None and batch.table(3) is not None and body:  # a compressed body
            first, n = batch.structs(2, 16)
            for k in range(n):
                off, length = struct.unpack_from("<qq", meta, first + 16 * k)
                if length == 0:
                    continue
                if off < 0 or length < 8 or off + length > body:
                    break  # pyarrow refuses such a buffer itself
                (declared,) = struct.unpack("<q", bytes(src.read_at(8, pos + off)))
                out.compressed_buffers += 1
                cost += length - 8 if declared == -1 else max(declared, 0)
                if total + cost > limit:
                    break
        total += cost
        if total > limit:
            raise LimitExceeded(
                f"reading it would take more than {_fmt(limit)} of memory (its compressed data claims "
                f"{_fmt(total)} or more once decompressed, from a {_fmt(size)} file): refused as a "
                f"decompression bomb; if you trust the file, raise the limit with the environment variable "
                f"{ENV_LIMIT} (bytes)"
            )
        pos += body
        out.end = pos
    out.total_bytes = total
    return out


def _fmt(n: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GiB"
