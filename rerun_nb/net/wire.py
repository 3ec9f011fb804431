"""The conversation of ``rr.connect`` with ``rr.serve``, on Arrow Flight (gRPC).

Every call carries ``authorization: Bearer <token>`` (:mod:`.auth`). A client:

1. calls the action ``rerun_nb.hello`` with its hello (JSON, at most :data:`MAX_HELLO_BYTES`): ``protocol``,
   ``session_id`` (one per ``rr.connect``; it survives reconnections), ``application_id``, ``recording_id``,
   ``compression`` (``null``, ``"zstd"`` or ``"lz4"``: the IPC buffer compression it would like), ``pid``, ``sdk``.
   The one result is the server's welcome (JSON): ``last_seq`` (the highest DATA message of this session the
   server holds: the client resends only later ones), ``max_frame_bytes``, ``compression`` (what the client may
   use: its wish if the server allows it, else ``null``), ``idle_timeout``. A refusal is a Flight error
   (``UNAUTHENTICATED``: token; ``UNAUTHORIZED``: protocol version, a recording feeding its own server;
   ``UNAVAILABLE``: too many clients, try again);
2. opens one ``DoPut`` whose descriptor is the same hello (a ``CMD`` descriptor) and whose schema is empty; every
   message of the stream is app metadata only, a :data:`HEADER` (magic, kind, seq) then, for ``DATA``, the
   payload: one or more Arrow IPC streams end to end, each record batch one chunk in the encoding of
   :func:`rerun_nb.arrow_codec.chunk_to_record_batch`. ``PING`` keeps an idle stream alive; ``BYE`` ends it;
3. reads the server's ``PutResult`` messages, JSON: ``{"ack": seq}`` (every DATA message up to ``seq`` is
   stored), with ``"refused": reason`` (that message was refused whole; the stream goes on) or ``"stop": reason``
   (the server takes nothing more from this client, e.g. its memory limit).

Why the record batches travel as IPC bytes in app metadata rather than as Flight's own record-batch messages:
pyarrow.flight decodes (and decompresses) a record-batch message in C++ before any Python code sees it, so a
65 KiB zstd body would allocate gigabytes before a check could run; and a ``DoPut`` stream has one schema while
every entity's chunk has its own. Here the server walks the IPC framing and refuses compression that was not
negotiated, or declared sizes over the limit, before decoding anything (:mod:`.payload`). Any Arrow library
writes these bytes (``RecordBatchStreamWriter``), so a C++ or Rust client speaks it too.
"""

from __future__ import annotations

import json
import struct
from typing import Any

import pyarrow as pa

__all__ = [
    "BYE",
    "DATA",
    "HEADER",
    "HELLO_ACTION",
    "MAX_HELLO_BYTES",
    "PING",
    "PROTOCOL",
    "ProtocolError",
    "control_message",
    "decode_json",
    "encode_json",
    "split_message",
]

PROTOCOL = 2
HELLO_ACTION = "rerun_nb.hello"
MAGIC = b"RRNB"
HEADER = struct.Struct("<4sB3xQ")  # magic, kind, pad, seq: 16 bytes
DATA, PING, BYE = 1, 2, 3
KIND_NAMES = {DATA: "DATA", PING: "PING", BYE: "BYE"}
MAX_HELLO_BYTES = 64 * 1024
COMPRESSIONS = ("zstd", "lz4")


class ProtocolError(Exception):
    """The peer broke the protocol (or a limit); the message is one line for the log."""


def encode_json(obj: dict[str, Any]) -> pa.Buffer:
    return pa.py_buffer(json.dumps(obj, separators=(",", ":")).encode())


def decode_json(data: Any, what: str, limit: int = MAX_HELLO_BYTES) -> dict[str, Any]:
    """A JSON object of at most ``limit`` bytes, else :class:`ProtocolError` (never evaluates anything)."""
    raw = bytes(data) if data is not None else b""
    if len(raw) > limit:
        raise ProtocolError(f"{what} of {len(raw)} bytes is over the {limit} limit")
    try:
        obj = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise ProtocolError(f"{what} is not UTF-8 JSON") from None
    if not isinstance(obj, dict):
        raise ProtocolError(f"{what} is not a JSON object")
    return obj


def control_message(kind: int, seq: int = 0) -> pa.Buffer:
    return pa.py_buffer(HEADER.pack(MAGIC, kind, seq))


def split_message(md: pa.Buffer | None) -> tuple[int, int, pa.Buffer]:
    """(kind, seq, payload) of one stream message; :class:`ProtocolError` when it is not one of ours."""
    if md is None or md.size < HEADER.size:
        raise ProtocolError("a message without a rerun_nb header (not a rerun_nb client?)")
    magic, kind, seq = HEADER.unpack(md.slice(0, HEADER.size).to_pybytes())
    if magic != MAGIC or kind not in KIND_NAMES:
        raise ProtocolError(f"not a rerun_nb message (header {md.slice(0, 8).to_pybytes()!r})")
    return kind, seq, md.slice(HEADER.size)
