"""The wire protocol of ``rr.serve`` / ``rr.connect``: a handshake, then length-prefixed frames of Arrow IPC.

Everything is little-endian. A connection is::

    client → server   HELLO   b"RRNB" | version u16 | reserved u16 | json_len u32 | json (utf-8)
    server → client   WELCOME b"RRNB" | version u16 | status u16   | json_len u32 | json (utf-8)
    then frames, both ways:
                      FRAME   kind u32 | flags u32 | seq u64 | length u64 | payload (length bytes)

* HELLO's JSON: ``token``, ``application_id``, ``recording_id``, ``session_id`` (one per ``rr.connect``; it
  survives reconnections), ``timeline_kinds`` (``{name: sequence|duration|timestamp}``), ``pid``, ``sdk``.
  At most :data:`MAX_HELLO_BYTES`. JSON only: the server never evaluates anything it receives.
* WELCOME's status is :data:`OK` or an error code; the JSON says ``error`` (one human sentence) or, when
  accepted, ``last_seq`` (the highest frame of this session the server already holds, so a reconnecting
  client resends only the rest) and ``max_frame_bytes``.
* ``DATA`` frames (client → server): the payload is one or more complete Arrow IPC *streams* laid end to
  end, exactly like the native file's chunk segments (:mod:`rerun_nb.io.native`): each record batch is one
  chunk in the encoding of :func:`rerun_nb.arrow_codec.chunk_to_record_batch`; consecutive chunks with the same
  schema share a stream. ``seq`` numbers the DATA frames of a session from 1.
* ``ACK`` frames (server → client, no payload): every DATA frame up to ``seq`` is in the server's store.
* ``BYE`` (client → server, no payload): the client is done; the server answers with a final ``ACK``.
* ``ERROR`` (server → client): JSON ``{"error": ...}`` just before the server closes the connection.

Limits (the server's, all configurable): a frame's ``length`` above ``max_frame_bytes`` (default 256 MiB) is
refused before anything is allocated; the handshake must complete within 5 s; once a frame has begun it must
complete within ``frame_timeout + length / min_rate`` (10 s + 1 s per MiB/s… see :mod:`.server`).
"""

from __future__ import annotations

import json
import socket
import struct
import time
from collections.abc import Iterable
from typing import Any

import numpy as np
import pyarrow as pa

from ..arrow_codec import chunk_to_record_batch, record_batch_to_chunk
from ..components import Ragged
from ..entity_path import to_canonical
from ..store import Chunk

__all__ = [
    "ACK",
    "BYE",
    "DATA",
    "ERROR",
    "FRAME",
    "HELLO",
    "MAGIC",
    "PROTOCOL_VERSION",
    "PeerClosed",
    "ProtocolError",
    "SocketSink",
    "decode_payload",
    "encode_batches",
    "encode_chunks",
    "encode_frame_header",
    "encode_hello",
    "payload_size",
    "read_exact",
    "write_batches",
]

MAGIC = b"RRNB"
PROTOCOL_VERSION = 1
HELLO = struct.Struct("<4sHHI")  # magic, version, reserved/status, json length
FRAME = struct.Struct("<IIQQ")  # kind, flags, seq, length

MAX_HELLO_BYTES = 64 * 1024
DEFAULT_MAX_FRAME_BYTES = 256 * 1024 * 1024

DATA, ACK, BYE, ERROR = 1, 2, 3, 4
KIND_NAMES = {DATA: "DATA", ACK: "ACK", BYE: "BYE", ERROR: "ERROR"}

# WELCOME status codes.
OK, BAD_TOKEN, BAD_VERSION, BAD_HELLO, TOO_MANY, REFUSED = 0, 1, 2, 3, 4, 5


class ProtocolError(Exception):
    """The peer broke the protocol (or a limit); the message is one line for the log."""


class PeerClosed(ProtocolError):
    """The peer closed the connection (``got`` bytes of ``wanted`` had arrived)."""

    def __init__(self, got: int, wanted: int) -> None:
        self.got = got
        self.wanted = wanted
        super().__init__(f"peer closed the connection ({got} of {wanted} bytes of a message had arrived)")


def encode_hello(version: int, status: int, obj: dict[str, Any]) -> bytes:
    body = json.dumps(obj, separators=(",", ":")).encode()
    return HELLO.pack(MAGIC, version, status, len(body)) + body


def encode_frame_header(kind: int, seq: int, length: int, flags: int = 0) -> bytes:
    return FRAME.pack(kind, flags, seq, length)


def read_exact(
    sock: socket.socket,
    n: int,
    timeout: float | None,
    what: str,
    *,
    into: memoryview | None = None,
    idle_ok: bool = False,
    keep_timeout: bool = False,
) -> memoryview:
    """Read exactly ``n`` bytes within ``timeout`` seconds (``None``: no limit).

    With ``idle_ok`` the clock starts at the first byte: an idle connection between frames is fine, a frame
    that stalls halfway is not. Raises :class:`PeerClosed` on EOF and :class:`ProtocolError` when time is up.
    ``keep_timeout`` leaves the socket's timeout alone (another thread sends on it: switching a socket between
    blocking and timeout mode under a concurrent call breaks that call) and checks the deadline between reads.
    """
    mv = into if into is not None else memoryview(bytearray(n))
    got = 0
    deadline = None if (timeout is None or idle_ok) else time.monotonic() + timeout
    while got < n:
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ProtocolError(
                    f"{what} stalled ({got} of {n} bytes within {timeout:g} s): slow or stuck peer"
                )
            if not keep_timeout:
                sock.settimeout(left)
        elif not keep_timeout:
            sock.settimeout(None)
        try:
            k = sock.recv_into(mv[got:], min(n - got, 1 << 22))
        except TimeoutError:
            continue  # the loop re-checks the deadline
        if k == 0:
            raise PeerClosed(got, n)
        if got == 0 and deadline is None and timeout is not None:
            deadline = time.monotonic() + timeout
        got += k
    return mv


# -- payloads ------------------------------------------------------------------------------------------------


def write_batches(sink: Any, batches: Iterable[pa.RecordBatch]) -> None:
    """Write record batches as one DATA payload (Arrow IPC streams end to end) to an Arrow output stream."""
    writer = None
    schema = None
    for rb in batches:
        if writer is None or not rb.schema.equals(schema, check_metadata=True):
            if writer is not None:
                writer.close()
            writer = pa.ipc.new_stream(sink, rb.schema)
            schema = rb.schema
        writer.write_batch(rb)
    if writer is not None:
        writer.close()


def payload_size(batches: list[pa.RecordBatch]) -> int:
    """The exact size of :func:`write_batches`' output, computed without writing it."""
    m = pa.MockOutputStream()
    write_batches(m, batches)
    return m.size()


def encode_batches(batches: Iterable[pa.RecordBatch]) -> pa.Buffer:
    """Record batches (chunks already encoded) → one DATA payload in memory."""
    sink = pa.BufferOutputStream()
    write_batches(sink, batches)
    return sink.getvalue()


class SocketSink:
    """A file-like object for ``pa.PythonFile``: small writes are gathered, large ones go to the socket as
    they are (no copy), so a payload streams from the chunks' own arrays into the socket."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buf = bytearray()
        self.written = 0
        self.closed = False

    def write(self, data: Any) -> int:
        mv = memoryview(data)
        n = mv.nbytes
        if n < 65536:
            self.buf += mv
            if len(self.buf) >= 262144:
                self.flush()
        else:
            self.flush()
            self.sock.sendall(mv)
        self.written += n
        return n

    def flush(self) -> None:
        if self.buf:
            self.sock.sendall(self.buf)
            self.buf = bytearray()

    def close(self) -> None:
        self.flush()


def encode_chunks(chunks: Iterable[Chunk], timeline_kinds: dict[str, str]) -> tuple[pa.Buffer, int]:
    """Chunks → one DATA payload. Returns the buffer and the row count."""
    rbs = [chunk_to_record_batch(c, timeline_kinds) for c in chunks]
    return encode_batches(rbs), sum(rb.num_rows for rb in rbs)


def decode_payload(buf: pa.Buffer) -> list[tuple[Chunk, dict[str, str]]]:
    """One DATA payload → its chunks, each fully validated; raises :class:`ProtocolError` on anything odd."""
    out: list[tuple[Chunk, dict[str, str]]] = []
    reader = pa.BufferReader(buf)
    size = buf.size
    try:
        while reader.tell() < size:
            sr = pa.ipc.open_stream(reader)
            while True:
                try:
                    rb = sr.read_next_batch()
                except StopIteration:
                    break
                rb.validate(full=True)
                chunk, kinds = record_batch_to_chunk(rb)
                check_chunk(chunk, kinds)
                out.append((chunk, kinds))
    except ProtocolError:
        raise
    except Exception as e:
        raise ProtocolError(
            f"a DATA frame that is not rerun_nb chunks ({type(e).__name__}: {_short(e)})"
        ) from None
    return out


_TIME_KINDS = ("sequence", "duration", "timestamp")


def check_chunk(chunk: Chunk, kinds: dict[str, str]) -> None:
    """The structural promises every chunk in the store keeps (the network is a door: check at the door).

    Arrow's full validation (run before) already guarantees in-bounds, monotonic list offsets."""
    n = len(chunk.row_ids)
    try:
        chunk.entity_path = to_canonical(chunk.entity_path)
    except Exception:
        raise ProtocolError(f"bad entity path {chunk.entity_path[:80]!r}") from None
    if chunk.row_ids.dtype != np.int64:
        raise ProtocolError("row ids are not int64")
    for name, k in kinds.items():
        if k not in _TIME_KINDS:
            raise ProtocolError(f"timeline {name[:80]!r} has an unknown kind {k[:20]!r}")
    for name, t in chunk.timelines.items():
        if len(t) != n or t.dtype != np.int64:
            raise ProtocolError(f"timeline {name[:80]!r} does not have one int64 time per row")
    for name, col in chunk.components.items():
        offs = col.offsets
        v = col.values
        nvals = len(v.offsets) - 1 if isinstance(v, Ragged) else len(v)
        if len(offs) != n + 1 or (n and (offs[0] != 0 or offs[-1] != nvals)):
            raise ProtocolError(f"component {name[:80]!r}: offsets do not match its values")
        if col.validity is not None and len(col.validity) != n:
            raise ProtocolError(f"component {name[:80]!r}: validity does not have one flag per row")
        arr = v.values if isinstance(v, Ragged) else v
        if arr.dtype.kind not in "biufO":
            raise ProtocolError(f"component {name[:80]!r}: unsupported dtype {arr.dtype}")


def _short(e: BaseException) -> str:
    s = str(e).replace("\n", " ")
    return s if len(s) <= 160 else s[:157] + "..."


def parse_json(body: bytes, what: str) -> dict[str, Any]:
    try:
        obj = json.loads(body.decode("utf-8"))
    except Exception:
        raise ProtocolError(f"{what} is not UTF-8 JSON") from None
    if not isinstance(obj, dict):
        raise ProtocolError(f"{what} is not a JSON object")
    return obj
