"""``rr.connect``: stream a recording from this process to a ``rr.serve`` server (a notebook kernel, or
``python -m rerun_nb serve --save FILE``), over Arrow Flight (the conversation is in :mod:`.wire`).

Like ``rr.save`` it sends what was already logged, then every row as it is logged, until ``rr.disconnect()``
or exit — it *is* a :class:`rerun_nb.io.sink.FileSink` whose writer is a network connection, so
``rr.disconnect``, ``rr.flush`` and the flush at exit work the same for files and servers.

Bounds:

* **time**: the sink seals pending rows into chunks every ``batch_interval_sec`` (25 ms); the sender sends at
  once whatever is sealed.
* **size**: a DATA message carries chunks up to ``batch_bytes`` (8 MiB); a chunk bigger than the server's
  message limit (256 MiB) is split by rows.
* **buffer**: messages sent but not yet acknowledged and chunks not yet sent are kept, up to ``buffer_bytes``
  (256 MiB). While connected, logging waits for room (backpressure); while the server is away the client
  reconnects every 50 ms – 1 s and, when the buffer is full, drops the oldest data with one log line. After
  reconnecting it resends every unacknowledged message; the server skips those it holds (session + sequence
  number), so nothing is lost or applied twice. A token found in the server's token file (not given) is read
  again before each reconnection: a restarted server has a new one, and its refusal then means "not yet".
* **idle**: a ``PING`` every third of the server's idle timeout keeps the stream open.
* ``rr.disconnect()`` (and exit) send what is pending and wait up to ``flush_timeout_sec`` (2 s) for the
  server's acknowledgement; ``rr.flush()`` waits the same way while connected.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import os
import threading
import time
import uuid
import weakref
from typing import Any

import pyarrow as pa
import pyarrow.flight as fl

from ..arrow_codec import chunk_to_record_batch
from ..errors import RerunNbError
from ..store import Chunk
from . import wire
from .auth import call_headers
from .credentials import Credentials, resolve
from .payload import encode_batches
from .sessions import LOCAL_SESSIONS
from .tls import TLS_NAME

__all__ = ["ConnectError", "NetWriter", "connect", "connect_grpc", "parse_addr"]

log = logging.getLogger("rerun_nb.net")

DEFAULT_PORT = 9876
DEFAULT_BUFFER_BYTES = 256 * 1024 * 1024
DEFAULT_BATCH_BYTES = 8 * 1024 * 1024
DEFAULT_BATCH_INTERVAL_S = 0.025
ACK_TIMEOUT_S = 30.0
_EMPTY = pa.schema([])


class ConnectError(RerunNbError, ConnectionError):
    """The server refused this client (token, protocol version, …): retrying will not help."""


class _Away(Exception):
    """No server there right now (or the connection broke): retry later."""


_GRPC_MESSAGE = (
    "rerun_nb does not speak Rerun's gRPC protocol, so it cannot stream to a Rerun viewer or server. "
    "To show this process's data in a notebook, run rr.serve() in the notebook and rr.connect('127.0.0.1:9876') "
    "here; to keep it, rr.save('recording.rnb') (or .rrd, which the Rerun viewer opens)."
)


def parse_addr(addr: str | None) -> tuple[str, int]:
    """``"host:port"`` (``tcp://`` allowed; default ``127.0.0.1:9876``) → ``(host, port)``."""
    if addr is None:
        return "127.0.0.1", DEFAULT_PORT
    a = str(addr).strip()
    if a.startswith(("rerun://", "rerun+http://", "rerun+https://", "http://", "https://")):
        raise ValueError(_GRPC_MESSAGE)
    a = a.removeprefix("tcp://").removeprefix("grpc://")
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


def _flight_msg(e: BaseException) -> str:
    s = str(e).split(". Detail:")[0].split(". gRPC client debug context")[0]
    return s.splitlines()[0][:300] if s else type(e).__name__


class _Link:
    """One open stream: the Flight client, its DoPut writer and metadata reader."""

    __slots__ = (
        "client",
        "done",
        "gen",
        "last_ack",
        "last_send",
        "lock",
        "ping_every",
        "reader",
        "reader_thread",
        "writer",
    )

    def __init__(self, client: Any, writer: Any, reader: Any, gen: int, ping_every: float) -> None:
        self.client, self.writer, self.reader, self.gen = client, writer, reader, gen
        self.ping_every = ping_every
        self.last_send = self.last_ack = time.monotonic()
        self.reader_thread: threading.Thread | None = None
        self.lock = threading.Lock()
        self.done = False

    def shut(self, wait: float = 5.0) -> None:
        """Close quietly (once), after the ack reader is done with the stream. A Flight client left open at exit
        aborts the process in gRPC's static destructors, so :meth:`NetWriter.close` calls this for every link."""
        with self.lock:
            if self.done:
                return
            with contextlib.suppress(Exception):
                self.writer.done_writing()
            if self.reader_thread is not None and self.reader_thread is not threading.current_thread():
                self.reader_thread.join(wait)
            for close in (self.writer.close, self.client.close):
                with contextlib.suppress(Exception):
                    close()
            self.done = True

    def retire(self) -> None:
        """:meth:`shut` on a throwaway thread (a lost connection: never block the caller)."""
        threading.Thread(target=self.shut, name="rerun_nb-connect-close", daemon=True).start()


class NetWriter:
    """The network end of a streaming sink: ``write(chunk, kinds)`` queues, a thread sends (see module doc)."""

    def __init__(
        self,
        addr: str | None,
        recording: Any,
        token: str | None = None,
        *,
        certificate: Any = None,
        token_file: Any = None,
        tls_name: str | None = TLS_NAME,
        compression: str | None = None,
        buffer_bytes: int = DEFAULT_BUFFER_BYTES,
        batch_bytes: int = DEFAULT_BATCH_BYTES,
        flush_timeout_sec: float = 2.0,
        connect_timeout: float = 5.0,
    ) -> None:
        self.host, self.port = parse_addr(addr)
        self.address = f"{self.host}:{self.port}"
        self.path = f"rerun_nb://{self.address}"
        self.recording = recording
        self._cred_args = {
            "token": token,
            "certificate": certificate,
            "token_file": token_file,
            "tls_name": tls_name,
        }
        self._creds: Credentials = resolve(self.host, self.port, **self._cred_args)
        # Found, not given: read again before each reconnection (a restarted server has a new token).
        self._auto = token is None and certificate is None and token_file is None
        self._auto = self._auto and not os.environ.get("RERUN_NB_TOKEN")
        self.compression = compression
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
        self._link: _Link | None = None
        self._links: list[_Link] = []  # every link not yet shut (closed for good by close())
        self._gen = 0
        self._max_frame = 256 << 20
        self._agreed: str | None = None
        self._stop = False
        self.closed = False
        self.fatal: str | None = None
        self._away_logged = False
        self._drop_logged = False
        self.stats = dict.fromkeys(
            ("frames", "rows", "bytes", "dropped_rows", "reconnects", "resent_frames", "refused_frames"), 0
        )
        try:  # one synchronous try, so a refusal (token, version) raises here and not later in a thread
            self._connect()
        except ConnectError:
            LOCAL_SESSIONS.pop(self.session_id, None)
            raise
        except _Away as e:
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
            while self._total_bytes() > self.buffer_bytes and not self._stop and not self.fatal:
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
            self._link = None
            links, self._links = self._links, []
        for link in links:
            link.shut(self.flush_timeout_sec)  # here, not on a thread: the process may be exiting
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

    @property
    def tls(self) -> bool:
        return self._creds.tls

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

    # -- connection -------------------------------------------------------------------------------------------

    def _server_away(self, e: BaseException) -> None:
        if not self._away_logged:
            self._away_logged = True
            log.warning(
                "rerun_nb.net: no rerun_nb server at %s (%s); buffering up to %.3g MiB and retrying",
                self.address,
                e,
                self.buffer_bytes / 2**20,
            )

    def _hello_bytes(self) -> bytes:
        hello = {
            "protocol": wire.PROTOCOL,
            "session_id": self.session_id,
            "application_id": self.recording.application_id,
            "recording_id": self.recording.recording_id,
            "compression": self.compression,
            "pid": os.getpid(),
            "sdk": "rerun_nb",
        }
        return wire.encode_json(hello).to_pybytes()

    def _hello(self, client: Any, hello: bytes) -> dict[str, Any]:
        opts = fl.FlightCallOptions(headers=call_headers(self._creds.token), timeout=self.connect_timeout)
        try:
            results = list(client.do_action(fl.Action(wire.HELLO_ACTION, hello), options=opts))
            return wire.decode_json(results[0].body if results else b"", "welcome")
        except (fl.FlightUnauthenticatedError, fl.FlightUnauthorizedError) as e:
            hint = "" if self._creds.token else " (no token given, and no token file of this address found)"
            raise ConnectError(
                f"rr.connect: {self.address} refused the connection: {_flight_msg(e)}{hint}"
            ) from None
        except (NotImplementedError, wire.ProtocolError) as e:
            raise ConnectError(
                f"rr.connect: {self.address} is not a rerun_nb server ({_flight_msg(e)})"
            ) from None
        except (fl.FlightError, pa.ArrowException, OSError) as e:
            raise _Away(_flight_msg(e)) from None

    def _connect(self) -> None:
        if self._auto:
            self._creds = resolve(self.host, self.port, **self._cred_args)
        scheme = "grpc+tls" if self._creds.tls else "grpc"
        host = f"[{self.host}]" if ":" in self.host else self.host
        client = fl.FlightClient(
            f"{scheme}://{host}:{self.port}",
            tls_root_certs=self._creds.certificate,
            override_hostname=self._creds.tls_name,
        )
        hello = self._hello_bytes()
        try:
            welcome = self._hello(client, hello)
            opts = fl.FlightCallOptions(headers=call_headers(self._creds.token))
            writer, reader = client.do_put(fl.FlightDescriptor.for_command(hello), _EMPTY, options=opts)
        except BaseException as e:
            with contextlib.suppress(Exception):
                client.close()
            if isinstance(e, (ConnectError, _Away)):
                raise
            raise _Away(_flight_msg(e)) from None
        self._opened(client, writer, reader, welcome)

    def _opened(self, client: Any, writer: Any, reader: Any, welcome: dict[str, Any]) -> None:
        last = int(welcome.get("last_seq", 0))
        ping = max(0.2, float(welcome.get("idle_timeout", 60.0)) / 3)
        with self._cv:
            self._max_frame = int(welcome.get("max_frame_bytes", self._max_frame))
            self._agreed = (
                welcome.get("compression") if welcome.get("compression") == self.compression else None
            )
            while self._unacked and self._unacked[0][0] <= last:
                _, buf, _ = self._unacked.popleft()
                self._unacked_bytes -= buf.size
            self._resend = list(self._unacked)
            self._gen += 1
            link = _Link(client, writer, reader, self._gen, ping)
            self._link = link
            self._links = [x for x in self._links if not x.done] + [link]
            self._cv.notify_all()
        link.reader_thread = threading.Thread(
            target=self._read_acks, args=(link,), name=f"rerun_nb-acks:{self.address}", daemon=True
        )
        link.reader_thread.start()
        if self._away_logged:
            self.stats["reconnects"] += 1
            log.warning(
                "rerun_nb.net: reconnected to %s; resending %d unacknowledged messages",
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
        link.retire()
        if not self._stop:
            log.warning(
                "rerun_nb.net: lost the connection to %s (%s); buffering up to %.3g MiB and reconnecting",
                self.address,
                _flight_msg(e) if e else "closed by the server",
                self.buffer_bytes / 2**20,
            )
            self._away_logged = True

    def _on_ack(self, link: _Link, msg: dict[str, Any]) -> None:
        seq = int(msg.get("ack", 0))
        if msg.get("refused"):
            self.stats["refused_frames"] += 1
            log.warning("rerun_nb.net: %s refused a message: %s", self.address, str(msg["refused"])[:300])
        if msg.get("stop"):
            self.fatal = str(msg["stop"])[:300]
            log.error("rerun_nb.net: %s: %s; stopped sending", self.address, self.fatal)
        with self._cv:
            link.last_ack = time.monotonic()
            while self._unacked and self._unacked[0][0] <= seq:
                _, buf, _ = self._unacked.popleft()
                self._unacked_bytes -= buf.size
            self._cv.notify_all()

    def _read_acks(self, link: _Link) -> None:
        try:
            while True:
                buf = link.reader.read()
                if buf is None:
                    break
                self._on_ack(link, wire.decode_json(buf, "acknowledgement"))
            self._lost(link, None)
        except Exception as e:
            self._lost(link, e)

    # -- sender thread ----------------------------------------------------------------------------------------

    def _reconnect(self, backoff: float) -> float:
        try:
            self._connect()
            return 0.05
        except ConnectError as e:
            if self._auto:  # the token file may not hold the restarted server's token yet: keep trying
                self._server_away(e)
            else:
                self.fatal = str(e)
                log.error("rerun_nb.net: %s; stopped sending", e)
        except _Away as e:
            self._server_away(e)
        with self._cv:
            self._cv.notify_all()
            if not self.fatal:
                self._cv.wait(backoff)
        return min(backoff * 2, 1.0)

    def _say_bye(self, link: _Link) -> None:
        with contextlib.suppress(Exception):
            link.writer.write_metadata(wire.control_message(wire.BYE))
            link.writer.done_writing()
        if link.reader_thread is not None:
            link.reader_thread.join(self.flush_timeout_sec)

    def _run(self) -> None:
        backoff = 0.05
        while True:
            with self._cv:
                link, stop = self._link, self._stop
                idle = not self._queue and not self._unacked
            if link is None:
                if stop or self.fatal:
                    return
                backoff = self._reconnect(backoff)
                continue
            if stop and idle:
                self._say_bye(link)
                return
            try:
                self._step(link)
            except (fl.FlightError, pa.ArrowException, OSError) as e:
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

    def _step(self, link: _Link) -> None:
        if self._resend:
            frames, self._resend = self._resend, []
            for seq, buf, _rows in frames:
                self._send(link, seq, buf)
                self.stats["resent_frames"] += 1
            return
        if self._unacked and time.monotonic() - link.last_ack > ACK_TIMEOUT_S:
            raise OSError(f"no acknowledgement for {ACK_TIMEOUT_S:g} s")
        batch = self._take_batch()
        if not batch:
            if time.monotonic() - link.last_send > link.ping_every:
                link.writer.write_metadata(wire.control_message(wire.PING))
                link.last_send = time.monotonic()
            return
        for rbs, rows in self._group(batch):
            seq = self._next_seq
            self._next_seq += 1
            header = wire.HEADER.pack(wire.MAGIC, wire.DATA, seq)
            buf = encode_batches(header, rbs, self._agreed)
            with self._cv:
                if not self._unacked:
                    link.last_ack = time.monotonic()  # the acknowledgement clock starts now
                self._unacked.append((seq, buf, rows))
                self._unacked_bytes += buf.size
                self._in_hand = 0
            self._send(link, seq, buf)
            self.stats["frames"] += 1
            self.stats["rows"] += rows
            self.stats["bytes"] += buf.size
        with self._cv:
            self._in_hand = 0

    def _send(self, link: _Link, seq: int, buf: pa.Buffer) -> None:
        link.writer.write_metadata(buf)
        link.last_send = time.monotonic()

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

    def _batches(self, chunks: list[Chunk], limit: int) -> list[pa.RecordBatch]:
        """The chunks as record batches, a chunk over ``limit`` bytes split by rows."""
        rbs: list[pa.RecordBatch] = []
        for c in chunks:
            rb = chunk_to_record_batch(c, self._kinds)
            size = rb.nbytes
            if size <= limit:
                rbs.append(rb)
            elif rb.num_rows <= 1:
                log.error(
                    "rerun_nb.net: a row of %s is %d bytes, over the server's message limit (%d): not sent",
                    c.entity_path,
                    size,
                    self._max_frame,
                )
            else:
                step = max(1, rb.num_rows * limit // (2 * size))
                rbs.extend(rb.slice(i, step) for i in range(0, rb.num_rows, step))
        return rbs

    def _group(self, chunks: list[Chunk]) -> list[tuple[list[pa.RecordBatch], int]]:
        """Record batches grouped into DATA messages under the server's limit."""
        limit = max(1024, self._max_frame - 64 * 1024)
        out: list[tuple[list[pa.RecordBatch], int]] = []
        group: list[pa.RecordBatch] = []
        gsize = 0
        for rb in self._batches(chunks, limit):
            if group and gsize + rb.nbytes > limit:
                out.append((group, sum(r.num_rows for r in group)))
                group, gsize = [], 0
            group.append(rb)
            gsize += rb.nbytes
        if group:
            out.append((group, sum(r.num_rows for r in group)))
        return out


def connect(
    recording: Any,
    addr: str | None = None,
    token: str | None = None,
    *,
    certificate: Any = None,
    token_file: Any = None,
    compression: str | None = None,
    flush_timeout_sec: float = 2.0,
    default_blueprint: Any = None,
    buffer_bytes: int = DEFAULT_BUFFER_BYTES,
    batch_bytes: int = DEFAULT_BATCH_BYTES,
    batch_interval_sec: float = DEFAULT_BATCH_INTERVAL_S,
) -> NetWriter:
    """Stream ``recording`` to a rerun_nb server (``rr.serve`` in a notebook, or ``python -m rerun_nb serve``):
    what was already logged, then every row as it is logged. ``rr.connect`` (:mod:`rerun_nb._global`) passes
    the current recording.

    ``addr`` is ``"host:port"`` (default ``"127.0.0.1:9876"``). The token: ``token=``, else the
    ``RERUN_NB_TOKEN`` environment variable, else ``token_file=`` (a server's token file copied from its
    machine), else the token file the server wrote on this machine (found by address: nothing to type).
    ``certificate=`` (PEM text or a file) pins the certificate of a TLS server when no token file carries it.
    ``compression="zstd"`` (or ``"lz4"``) compresses what is sent if the server agrees. Replaces the
    recording's file or network sink, as in Rerun; ``rr.disconnect()`` flushes and closes. If no server is
    there yet, rows are buffered (``buffer_bytes``) and sent once it is; a refusal (token) raises
    :class:`ConnectError`. Returns the connection (``.stats``, ``.connected``).

    Examples
    --------
    >>> import rerun_nb as rr            # doctest: +SKIP
    >>> rr.init("rerun_example_dna_abacus")
    >>> rr.connect("127.0.0.1:9876")      # instead of rr.spawn(): the notebook running rr.serve() shows it
    """
    from ..io import disconnect_recording
    from ..io.sink import FileSink

    writer = NetWriter(
        addr,
        recording,
        token,
        certificate=certificate,
        token_file=token_file,
        compression=compression,
        buffer_bytes=buffer_bytes,
        batch_bytes=batch_bytes,
        flush_timeout_sec=flush_timeout_sec,
    )
    disconnect_recording(recording)
    sink = FileSink(recording, writer, flush_interval_s=batch_interval_sec)
    recording.add_sink(sink)
    writer.sink = sink  # type: ignore[attr-defined]
    return writer


def connect_grpc(url: str | None = None, *args: Any, **kwargs: Any) -> None:
    """Rerun's ``rr.connect_grpc`` speaks Rerun's own gRPC protocol, which rerun_nb does not: raises
    :class:`~rerun_nb.RerunNbError` saying what to use instead (``rr.connect(addr)`` or ``rr.save``)."""
    raise RerunNbError(_GRPC_MESSAGE)
