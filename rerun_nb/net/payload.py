"""DATA payloads: chunks → Arrow IPC bytes (client), and bytes → checked chunks (server), bounded first.

A payload is one or more Arrow IPC streams end to end; each record batch is one chunk
(:func:`rerun_nb.arrow_codec.chunk_to_record_batch`). The server's checks, in order, each before anything of
the next step is allocated:

1. :func:`check_payload` walks the IPC framing and message headers only (:func:`rerun_nb.io.ipc_guard.scan`):
   the framing must cover the payload exactly; a compressed buffer is refused unless compression was
   negotiated, and then the declared decompressed sizes must add up to at most the limit (``max_frame_bytes``);
2. :func:`decode_payload` counts the strings each batch would turn into Python objects (at most
   ``max_strings``), decodes (Arrow's full validation included) and passes every chunk through
   :func:`rerun_nb.chunk_validation.validate_chunk`, the check of every door.

Examples
--------
>>> import numpy as np
>>> from rerun_nb.store import Chunk
>>> c = Chunk.from_rows("pts", [1], {"t": [0]}, [{"Points3D:positions": np.zeros((1, 3), np.float32)}])
>>> buf = encode_payload(b"", [c], {"t": "sequence"})
>>> check_payload(buf, compression_ok=False, max_bytes=1 << 20)
>>> [ch.entity_path for ch, _ in decode_payload(buf, max_strings=1000)]
['pts']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from ..arrow_codec import BadRecordBatch, chunk_to_record_batch, record_batch_to_chunk
from ..chunk_validation import ChunkRejected, validate_chunk
from ..io.ipc_guard import LimitExceeded, scan
from ..store import Chunk
from .wire import ProtocolError

__all__ = ["FrameRefused", "check_payload", "decode_payload", "encode_batches", "encode_payload"]


class FrameRefused(Exception):
    """A well-formed DATA message whose chunks break a promise of the store: refused whole, the stream goes on."""


def _short(e: BaseException) -> str:
    s = str(e).replace("\n", " ")
    return s if len(s) <= 200 else s[:197] + "..."


def write_batches(sink: Any, batches: Iterable[pa.RecordBatch], options: Any = None) -> None:
    """Write record batches as Arrow IPC streams end to end (a new stream where the schema changes)."""
    writer = None
    schema = None
    for rb in batches:
        if writer is None or not rb.schema.equals(schema, check_metadata=True):
            if writer is not None:
                writer.close()
            writer = pa.ipc.new_stream(sink, rb.schema, options=options)
            schema = rb.schema
        writer.write_batch(rb)
    if writer is not None:
        writer.close()


def encode_batches(
    header: bytes, batches: Iterable[pa.RecordBatch], compression: str | None = None
) -> pa.Buffer:
    """``header`` then the batches' IPC streams, in one buffer (the one copy of the arrays).

    Uncompressed, the exact size is measured first (nothing written) and the arrays are copied once into a
    buffer of that size, instead of a growing ``BufferOutputStream`` that reallocates as it goes."""
    rbs = list(batches)
    if compression:
        sink = pa.BufferOutputStream()
        sink.write(header)
        write_batches(sink, rbs, pa.ipc.IpcWriteOptions(compression=compression))
        return sink.getvalue()
    mock = pa.MockOutputStream()
    write_batches(mock, rbs)
    buf = pa.allocate_buffer(len(header) + mock.size())
    out = pa.FixedSizeBufferWriter(buf)
    out.write(header)
    write_batches(out, rbs)
    return buf


def encode_payload(
    header: bytes, chunks: Iterable[Chunk], kinds: dict[str, str], compression: str | None = None
) -> pa.Buffer:
    """Chunks → ``header`` + payload."""
    return encode_batches(header, (chunk_to_record_batch(c, kinds) for c in chunks), compression)


class _Src:
    __slots__ = ("buf",)

    def __init__(self, buf: pa.Buffer) -> None:
        self.buf = buf

    def read_at(self, n: int, offset: int) -> pa.Buffer:
        return self.buf.slice(offset, n)


def check_payload(buf: pa.Buffer, *, compression_ok: bool, max_bytes: int) -> None:
    """Step 1 of the module docstring; raises :class:`ProtocolError` saying what was refused."""
    try:
        res = scan(_Src(buf), buf.size, 1 << 62)  # headers only: adds up what decoding would allocate
    except LimitExceeded:
        raise ProtocolError(
            "a DATA message whose compressed buffers claim exabytes once decompressed"
        ) from None
    if res.compressed_buffers and not compression_ok:
        raise ProtocolError("a compressed DATA message, and compression was not negotiated in the hello")
    if res.total_bytes > max_bytes:
        raise ProtocolError(
            f"a DATA message whose compressed buffers claim {res.total_bytes} bytes once decompressed, more "
            f"than max_frame_bytes ({max_bytes}): refused before decompressing"
        )
    if res.end != buf.size:
        raise ProtocolError(
            f"a DATA message that is not Arrow IPC streams (framing ends at byte {res.end} of {buf.size})"
        )


def _string_items(arr: pa.Array) -> int:
    """How many strings decoding ``arr`` could make (lengths only: safe before validation)."""
    t = arr.type
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return len(arr)
    if pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t):
        return _string_items(arr.values)
    return 0


def _decode_batch(rb: pa.RecordBatch, budget: int) -> tuple[Chunk, dict[str, str], int]:
    strings = sum(_string_items(col) for col in rb.columns)
    if strings > budget:
        raise FrameRefused(f"more strings than the server decodes in one message ({strings} > {budget})")
    try:
        chunk, kinds = record_batch_to_chunk(rb)
        validate_chunk(chunk, kinds)
    except (BadRecordBatch, ChunkRejected) as e:
        raise FrameRefused(_short(e)) from None
    return chunk, kinds, strings


def decode_payload(buf: pa.Buffer, *, max_strings: int) -> list[tuple[Chunk, dict[str, str]]]:
    """Step 2 of the module docstring. Raises :class:`FrameRefused` (a bad chunk: nothing of the message is
    kept) or :class:`ProtocolError` (bytes that do not decode as Arrow IPC)."""
    out: list[tuple[Chunk, dict[str, str]]] = []
    reader = pa.BufferReader(buf)
    budget = max_strings
    while reader.tell() < buf.size:
        try:
            sr = pa.ipc.open_stream(reader)
        except (pa.ArrowException, ValueError, OSError) as e:
            raise ProtocolError(f"a DATA message that is not rerun_nb chunks ({_short(e)})") from None
        while True:
            try:
                rb = sr.read_next_batch()
            except StopIteration:
                break
            except (pa.ArrowException, ValueError, OSError) as e:
                raise ProtocolError(f"a DATA message that is not rerun_nb chunks ({_short(e)})") from None
            chunk, kinds, used = _decode_batch(rb, budget)
            budget -= used
            out.append((chunk, kinds))
    return out
