"""``rr.connect``: stream a recording from this process to a ``rr.serve`` server (a notebook kernel, or
``python -m rerun_nb serve --save FILE``).

Like ``rr.save`` it sends what was already logged, then every row as it is logged, until ``rr.disconnect()``
or exit — it *is* a :class:`rerun_nb.io.sink.FileSink` (the io layer's streaming sink) whose writer is a network
connection, so ``rr.disconnect``, ``rr.flush`` and the flush at exit work the same for files and servers.

Batching (the bounds):

* **time**: the sink seals pending rows into chunks every ``batch_interval_sec`` (25 ms), and the sender sends
  at once whatever is sealed; rows are in the server's store ~15 ms after ``rr.log`` on loopback.
* **size**: a frame carries chunks up to ``batch_bytes`` (8 MiB) — more chunks wait for the next frame; a chunk
  bigger than the server's frame limit (256 MiB) is split by rows.
* **buffer**: frames sent but not yet acknowledged and chunks not yet sent are kept, up to ``buffer_bytes``
  (256 MiB). While connected, logging waits for room (backpressure); while the server is away (down,
  restarting) the client reconnects every 50 ms – 1 s and, when the buffer is full, drops the oldest data with
  one log line. After reconnecting it resends every unacknowledged frame; the server skips frames it already
  holds (by session and sequence number), so nothing is lost or duplicated.
* ``rr.disconnect()`` (and exit) send what is pending and wait up to ``flush_timeout_sec`` (2 s) for the
  server to acknowledge it; ``rr.flush()`` waits the same way while connected.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import os
import socket
import threading
import time
import uuid
import weakref
from typing import Any

import pyarrow as pa

from ..arrow_codec import chunk_to_record_batch
from ..errors import RerunNbError
from ..store import Chunk
from . import framing as fr
from .server import DEFAULT_PORT, LOCAL_SESSIONS

__all__ = ["ConnectError", "NetWriter", "connect", "connect_grpc", "connect_tcp"]

log = logging.getLogger("rerun_nb.net")

DEFAULT_BUFFER_BYTES = 256 * 1024 * 1024
DEFAULT_BATCH_BYTES = 8 * 1024 * 1024
DEFAULT_BATCH_INTERVAL_S = 0.025
_FATAL = {fr.BAD_TOKEN, fr.BAD_VERSION, fr.BAD_HELLO, fr.REFUSED}


class ConnectError(RerunNbError, ConnectionError):
    """The server refused this client (wrong token, other protocol version, …): retrying will not help."""


def parse_addr(addr: str | None) -> tuple[str, int]:
    if addr is None:
        return "127.0.0.1", DEFAULT_PORT
    a = str(addr).strip()
    if a.startswith(("rerun://", "rerun+http://", "rerun+https://", "http://", "https://")):
        raise ValueError(_GRPC_MESSAGE)
    if a.startswith("tcp://"):
        a = a[6:]
    host, sep, port = a.rpartition(":")
    if not sep:
        host, port = a, str(DEFAULT_PORT)
    try:
        p = int(port)
    except ValueError:
        raise ValueError(
            f"rr.connect: bad address {addr!r}: expected 'host:port', e.g. '127.0.0.1:9876'"
        ) from None
    return (host.strip("[]") or "127.0.0.1"), p


class _Payload:
    """A DATA payload not yet (or not yet surely) delivered: the record batches (views of the chunks' arrays,
    no copy) and the exact number of bytes they encode to."""

    __slots__ = ("batches", "size")

    def __init__(self, batches: list[pa.RecordBatch]) -> None:
        self.batches = batches
        self.size = fr.payload_size(batches)


class _Link:
    __slots__ = ("gen", "sock")

    def __init__(self, sock: socket.socket, gen: int) -> None:
        self.sock = sock
        self.gen = gen


class NetWriter:
    """The network end of a streaming sink: ``write(chunk, kinds)`` queues, a thread sends (see module doc)."""

    def __init__(
        self,
        addr: str | None,
        recording: Any,
        token: str | None = None,
        *,
        buffer_bytes: int = DEFAULT_BUFFER_BYTES,
        batch_bytes: int = DEFAULT_BATCH_BYTES,
        flush_timeout_sec: float = 2.0,
        connect_timeout: float = 2.0,
    ) -> None:
        self.host, self.port = parse_addr(addr)
        self.address = f"{self.host}:{self.port}"
        self.path = f"rerun_nb://{self.address}"
        self.recording = recording
        self.token = token
        self.buffer_bytes = int(buffer_bytes)
        self.batch_bytes = int(batch_bytes)
        self.flush_timeout_sec = float(flush_timeout_sec)
        self.connect_timeout = float(connect_timeout)
        self.session_id = uuid.uuid4().hex
        LOCAL_SESSIONS[self.session_id] = weakref.ref(recording.store)
        self._kinds = recording.store.timeline_kinds
        self._cv = threading.Condition()
        self._queue: collections.deque[Chunk] = collections.deque()
        self._queued_bytes = 0
        self._unacked: collections.deque[tuple[int, pa.Buffer, int]] = collections.deque()
        self._unacked_bytes = 0
        self._in_hand = 0  # chunks taken from the queue, not yet in _unacked (being encoded)
        self._resend: list[tuple[int, pa.Buffer, int]] = []
        self._next_seq = 1
        self._acked = 0
        self._link: _Link | None = None
        self._gen = 0
        self._max_frame = fr.DEFAULT_MAX_FRAME_BYTES
        self._stop = False
        self.closed = False
        self.fatal: str | None = None
        self._away_logged = False
        self._drop_logged = False
        self.stats = dict.fromkeys(
            ("frames", "rows", "bytes", "dropped_rows", "reconnects", "resent_frames"), 0
        )
        # One synchronous try, so a refusal (token, version) raises here and not later in a thread.
        try:
            self._connect()
        except ConnectError:
            LOCAL_SESSIONS.pop(self.session_id, None)
            raise
        except (OSError, fr.ProtocolError) as e:
            self._server_away(e)
        self._thread = threading.Thread(
            target=self._run, name=f"rerun_nb-connect:{self.address}", daemon=True
        )
        self._thread.start()

    # -- the writer API of FileSink (called under the store lock: quick, never raises) ----------------------

    def write(self, chunk: Chunk, timeline_kinds: dict[str, str] | None = None) -> None:
        with self._cv:
            if self._stop or self.fatal:
                return
            self._queue.append(chunk)
            self._queued_bytes += chunk.nbytes
            self._cv.notify_all()
            while self._total_bytes() > self.buffer_bytes and not self._stop:
                if self._link is None:
                    self._drop_oldest()
                    break
                self._cv.wait(0.5)  # backpressure while the server is there and takes data

    def sync(self) -> None:
        """Wait (up to ``flush_timeout_sec``) until the server holds everything written so far."""
        self._wait_delivered(self.flush_timeout_sec, only_while_connected=True)

    def close(self) -> None:
        """Send what is pending, wait for the server's acknowledgement (bounded), say goodbye, close."""
        if self.closed:
            return
        self._wait_delivered(self.flush_timeout_sec, only_while_connected=False)
        with self._cv:
            self._stop = True
            left_rows = sum(c.num_rows for c in self._queue) + sum(r for _, _, r in self._unacked)
            self._cv.notify_all()
        self._thread.join(timeout=self.flush_timeout_sec + 1.0)
        with self._cv:
            link, self._link = self._link, None
        if link is not None:
            with contextlib.suppress(OSError):
                link.sock.close()
        self.closed = True
        LOCAL_SESSIONS.pop(self.session_id, None)
        if left_rows:
            log.warning(
                "rerun_nb.net: disconnected from %s with %d rows not delivered (%s)",
                self.address,
                left_rows,
                self.fatal or "server unreachable",
            )

    # -- state ----------------------------------------------------------------------------------------------

    @property
    def connected(self) -> bool:
        return self._link is not None

    def pending_rows(self) -> int:
        with self._cv:
            return sum(c.num_rows for c in self._queue) + sum(r for _, _, r in self._unacked)

    def __repr__(self) -> str:
        state = "closed" if self.closed else "connected" if self._link else "reconnecting"
        return f"<rerun_nb connection to {self.address}, {state}, {self.stats['rows']} rows sent>"

    def _total_bytes(self) -> int:
        return self._queued_bytes + self._unacked_bytes

    def _drop_oldest(self) -> None:
        dropped = 0
        while self._total_bytes() > self.buffer_bytes and self._unacked:
            _, buf, rows = self._unacked.popleft()
            self._unacked_bytes -= buf.size
            dropped += rows
        while self._total_bytes() > self.buffer_bytes and len(self._queue) > 1:
            c = self._queue.popleft()
            self._queued_bytes -= c.nbytes
            dropped += c.num_rows
        if dropped:
            self.stats["dropped_rows"] += dropped
            if not self._drop_logged:
                self._drop_logged = True
                log.warning(
                    "rerun_nb.net: %s is away and the buffer is full (buffer_bytes=%d): dropping the oldest rows "
                    "(they stay in this process's recording)",
                    self.address,
                    self.buffer_bytes,
                )

    def _wait_delivered(self, timeout: float, *, only_while_connected: bool) -> None:
        end = time.monotonic() + timeout
        with self._cv:
            self._cv.notify_all()  # a sender waiting to reconnect tries again now
            while (self._queue or self._unacked or self._in_hand) and not self.fatal:
                if only_while_connected and self._link is None:
                    return
                left = end - time.monotonic()
                if left <= 0:
                    return
                self._cv.wait(min(left, 0.05))

    # -- connection ---------------------------------------------------------------------------------------

    def _server_away(self, e: BaseException) -> None:
        if not self._away_logged:
            self._away_logged = True
            why = e.strerror if isinstance(e, OSError) and e.strerror else str(e) or type(e).__name__
            log.warning(
                "rerun_nb.net: no rerun_nb server at %s (%s); buffering up to %.3g MiB and retrying",
                self.address,
                why,
                self.buffer_bytes / 2**20,
            )

    def _connect(self) -> None:
        sock = socket.create_connection((self.host, self.port), timeout=self.connect_timeout)
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.settimeout(5.0)
            hello = {
                "token": self.token,
                "application_id": self.recording.application_id,
                "recording_id": self.recording.recording_id,
                "session_id": self.session_id,
                "timeline_kinds": dict(self._kinds),
                "pid": os.getpid(),
                "sdk": "rerun_nb",
            }
            sock.sendall(fr.encode_hello(fr.PROTOCOL_VERSION, 0, hello))
            hdr = fr.read_exact(sock, fr.HELLO.size, 5.0, "server handshake")
            magic, _version, status, jlen = fr.HELLO.unpack(hdr)
            if magic != fr.MAGIC or jlen > fr.MAX_HELLO_BYTES:
                raise ConnectError(f"rr.connect: {self.address} is not a rerun_nb server")
            body = fr.parse_json(
                bytes(fr.read_exact(sock, jlen, 5.0, "server handshake")), "server handshake"
            )
            if status != fr.OK:
                msg = f"rr.connect: {self.address} refused the connection: {body.get('error', status)}"
                if status in _FATAL:
                    raise ConnectError(msg)
                raise fr.ProtocolError(msg)
        except BaseException:
            sock.close()
            raise
        last = int(body.get("last_seq", 0))
        with self._cv:
            self._max_frame = int(body.get("max_frame_bytes", self._max_frame))
            while self._unacked and self._unacked[0][0] <= last:
                _, buf, _ = self._unacked.popleft()
                self._unacked_bytes -= buf.size
            self._resend = list(self._unacked)
            self._gen += 1
            link = _Link(sock, self._gen)
            self._link = link
            self._cv.notify_all()
        sock.settimeout(30.0)  # for good: the ack reader and the sender share the socket (see read_exact)
        threading.Thread(
            target=self._read_acks, args=(link,), name=f"rerun_nb-acks:{self.address}", daemon=True
        ).start()
        if self._away_logged:
            self.stats["reconnects"] += 1
            log.warning(
                "rerun_nb.net: reconnected to %s; resending %d unacknowledged frames",
                self.address,
                len(self._resend),
            )
        self._away_logged = False
        self._drop_logged = False

    def _lost(self, link: _Link, e: BaseException | None) -> None:
        with self._cv:
            if self._link is not link:
                return
            self._link = None
            self._cv.notify_all()
        with contextlib.suppress(OSError):
            link.sock.close()
        if not self._stop:
            why = (
                (e.strerror if isinstance(e, OSError) and e.strerror else str(e))
                if e
                else "closed by the server"
            )
            log.warning(
                "rerun_nb.net: lost the connection to %s (%s); buffering up to %.3g MiB and reconnecting",
                self.address,
                why,
                self.buffer_bytes / 2**20,
            )
            self._away_logged = True

    def _read_acks(self, link: _Link) -> None:
        hb = memoryview(bytearray(fr.FRAME.size))
        try:
            while True:
                fr.read_exact(link.sock, fr.FRAME.size, 30.0, "ack", into=hb, idle_ok=True, keep_timeout=True)
                kind, _flags, seq, length = fr.FRAME.unpack(hb)
                if length:
                    if length > fr.MAX_HELLO_BYTES:
                        raise fr.ProtocolError("oversized message from the server")
                    body = bytes(fr.read_exact(link.sock, length, 5.0, "server message", keep_timeout=True))
                    if kind == fr.ERROR:
                        log.warning("rerun_nb.net: %s: %s", self.address, body[:300].decode(errors="replace"))
                if kind == fr.ACK:
                    with self._cv:
                        if seq > self._acked:
                            self._acked = seq
                        while self._unacked and self._unacked[0][0] <= seq:
                            _, buf, _ = self._unacked.popleft()
                            self._unacked_bytes -= buf.size
                        self._cv.notify_all()
        except (OSError, fr.ProtocolError) as e:
            self._lost(link, None if isinstance(e, fr.PeerClosed) else e)

    # -- sender thread --------------------------------------------------------------------------------------

    def _run(self) -> None:
        backoff = 0.05
        while True:
            with self._cv:
                link = self._link
                stop = self._stop
                idle = not self._queue and not self._unacked
            if link is None:
                if stop or self.fatal:
                    return
                try:
                    self._connect()
                    backoff = 0.05
                except ConnectError as e:
                    self.fatal = str(e)
                    log.error("rerun_nb.net: %s; stopped sending", e)
                    with self._cv:
                        self._cv.notify_all()
                    return
                except (OSError, fr.ProtocolError) as e:
                    self._server_away(e)
                    with self._cv:
                        self._cv.wait(backoff)
                    backoff = min(backoff * 2, 1.0)
                continue
            if stop and idle:
                with contextlib.suppress(OSError):
                    link.sock.sendall(fr.encode_frame_header(fr.BYE, 0, 0))
                return
            try:
                if self._resend:
                    frames, self._resend = self._resend, []
                    for seq, buf, _rows in frames:
                        self._send(link, seq, buf)
                        self.stats["resent_frames"] += 1
                    continue
                batch = self._take_batch()
                if not batch:
                    continue
                frames = self._encode(batch)
                with self._cv:
                    seqs = []
                    for buf, rows in frames:
                        seqs.append(self._next_seq)
                        self._next_seq += 1
                        self._unacked.append((seqs[-1], buf, rows))
                        self._unacked_bytes += buf.size
                    self._in_hand = 0
                for seq, (buf, rows) in zip(seqs, frames):
                    self._send(link, seq, buf)
                    self.stats["frames"] += 1
                    self.stats["rows"] += rows
                    self.stats["bytes"] += buf.size
            except OSError as e:
                self._lost(link, e)
            except Exception as e:  # a bug or an unencodable chunk: say so, drop that batch, keep going
                log.error(
                    "rerun_nb.net: could not send a batch to %s (%s: %s); dropped it",
                    self.address,
                    type(e).__name__,
                    e,
                )
                with self._cv:
                    self._in_hand = 0

    def _send(self, link: _Link, seq: int, payload: _Payload) -> None:
        sink = fr.SocketSink(link.sock)
        sink.write(fr.encode_frame_header(fr.DATA, seq, payload.size))
        f = pa.PythonFile(sink, mode="w")
        fr.write_batches(f, payload.batches)
        sink.flush()
        if sink.written != payload.size + fr.FRAME.size:  # never expected: the stream is now out of step
            raise OSError(f"frame of {sink.written} bytes, announced {payload.size + fr.FRAME.size}")

    def _take_batch(self) -> list[Chunk]:
        with self._cv:
            if not self._queue:
                self._cv.wait(0.25)
            out: list[Chunk] = []
            size = 0
            while self._queue and (not out or size + self._queue[0].nbytes <= self.batch_bytes):
                c = self._queue.popleft()
                self._queued_bytes -= c.nbytes
                size += c.nbytes
                out.append(c)
            self._in_hand = len(out)
            return out

    def _encode(self, chunks: list[Chunk]) -> list[tuple[pa.Buffer, int]]:
        limit = max(1024, self._max_frame - 64 * 1024)
        rbs: list[pa.RecordBatch] = []
        for c in chunks:
            rb = chunk_to_record_batch(c, self._kinds)
            size = rb.nbytes
            if size <= limit or rb.num_rows <= 1:
                if size > limit:
                    log.error(
                        "rerun_nb.net: a row of %s is %d bytes, over the server's frame limit (%d): not sent",
                        c.entity_path,
                        size,
                        self._max_frame,
                    )
                    continue
                rbs.append(rb)
                continue
            step = max(1, rb.num_rows * limit // (2 * size))
            rbs.extend(rb.slice(i, step) for i in range(0, rb.num_rows, step))
        out = []
        group: list[pa.RecordBatch] = []
        gsize = 0
        for rb in rbs:
            if group and gsize + rb.nbytes > limit:
                out.append((_Payload(group), sum(r.num_rows for r in group)))
                group, gsize = [], 0
            group.append(rb)
            gsize += rb.nbytes
        if group:
            out.append((_Payload(group), sum(r.num_rows for r in group)))
        return out


def connect(
    recording: Any,
    addr: str | None = None,
    token: str | None = None,
    *,
    flush_timeout_sec: float = 2.0,
    default_blueprint: Any = None,
    buffer_bytes: int = DEFAULT_BUFFER_BYTES,
    batch_bytes: int = DEFAULT_BATCH_BYTES,
    batch_interval_sec: float = DEFAULT_BATCH_INTERVAL_S,
) -> NetWriter:
    """Stream ``recording`` to a rerun_nb server (``rr.serve`` in a notebook, or ``python -m rerun_nb serve``):
    what was already logged, then every row as it is logged. ``rr.connect`` (:mod:`rerun_nb._global`) passes
    the current recording.

    ``addr`` is ``"host:port"`` (default ``"127.0.0.1:9876"``); ``token`` (default: the ``RERUN_NB_TOKEN``
    environment variable) is needed when the server listens beyond loopback. Replaces the recording's file or
    network sink, as in Rerun; ``rr.disconnect()`` flushes and closes. If no server is there yet, rows are
    buffered (``buffer_bytes``) and sent once it is; a refusal (wrong token) raises :class:`ConnectError`.
    See :mod:`rerun_nb.net.client` for the batching bounds. Returns the connection (``.stats``, ``.connected``).

    Examples
    --------
    >>> import rerun_nb as rr            # doctest: +SKIP
    >>> rr.init("rerun_example_dna_abacus")
    >>> rr.connect("127.0.0.1:9876")      # instead of rr.spawn(): the notebook running rr.serve() shows it
    """
    from ..io import disconnect_recording
    from ..io.sink import FileSink

    rec = recording
    if token is None:
        token = os.environ.get("RERUN_NB_TOKEN") or None
    writer = NetWriter(
        addr,
        rec,
        token,
        buffer_bytes=buffer_bytes,
        batch_bytes=batch_bytes,
        flush_timeout_sec=flush_timeout_sec,
    )
    disconnect_recording(rec)
    sink = FileSink(rec, writer, flush_interval_s=batch_interval_sec)
    rec.add_sink(sink)
    writer.sink = sink  # type: ignore[attr-defined]
    return writer


connect_tcp = connect

_GRPC_MESSAGE = (
    "rerun_nb does not speak Rerun's gRPC protocol, so it cannot stream to a Rerun viewer or server. "
    "To show this process's data in a notebook, run rr.serve() in the notebook and rr.connect('127.0.0.1:9876') "
    "here; to keep it, rr.save('recording.rnb') (or .rrd, which the Rerun viewer opens)."
)


def connect_grpc(url: str | None = None, *args: Any, **kwargs: Any) -> None:
    """Rerun's ``rr.connect_grpc`` speaks Rerun's own gRPC protocol, which rerun_nb does not: raises
    :class:`~rerun_nb.RerunNbError` saying what to use instead (``rr.connect(addr)`` or ``rr.save``)."""
    raise RerunNbError(_GRPC_MESSAGE)
