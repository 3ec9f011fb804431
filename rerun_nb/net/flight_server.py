"""``rr.serve``: receive what other processes log into a recording of this one (the kernel), over Arrow Flight.

An Arrow Flight server (gRPC) on a background thread pool; the conversation is in :mod:`.wire`. What arrives
goes into the server's recording — the current one when ``rr.serve`` was called, or ``recording=`` — and is
queryable (and shown by a viewer) at once. Nothing a peer does ever raises into the kernel: each broken or
hostile peer gets one log line on the ``rerun_nb.net`` logger.

Doors (see ``docs/security.md``):

* **Every call authenticates, loopback too** (:mod:`.auth`): the token is generated unless given, and written to
  a token file only the user can read (:mod:`.tokens`), where ``rr.connect`` on this machine finds it. It is
  never printed. A call without it is refused on its headers, before any of its data is read.
* **Beyond loopback, TLS** with a self-signed certificate made on first use (:mod:`.tls`), pinned by clients
  (from the token file, or ``certificate=``).
* **Sockets**: gRPC serves connections without a thread each; the :class:`~.reaper.Reaper` closes connections
  that did not authenticate within ``handshake_timeout`` and authenticated ones idle for ``idle_timeout``;
  at most ``max_connections`` clients stream at once (the next is told to retry).
* **Messages** (:mod:`.payload`): at most ``max_frame_bytes``; compression only as negotiated, declared sizes
  bounded, before anything is decompressed; every chunk passes ``validate_chunk``; a message with a bad chunk
  is refused whole, the stream goes on. **Intake** (:mod:`.intake`): atomic per message, resends applied once,
  timeline kinds registered only with accepted rows, timeline names capped, ``memory_limit``.
"""

from __future__ import annotations

import atexit
import errno
import logging
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyarrow.flight as fl

from . import wire
from .auth import TokenCheck, new_token
from .intake import Client, Intake, Limits, MemoryLimitReached, parse_memory_limit
from .payload import FrameRefused, check_payload, decode_payload
from .reaper import Reaper, parse_peer
from .sessions import feeds_itself, last_seq, set_last_seq
from .tls import TLS_NAME, self_signed
from .tokens import is_loopback, remove_token_file, write_token_file

__all__ = ["DEFAULT_MEMORY_LIMIT", "DEFAULT_PORT", "Server", "is_loopback", "listen", "serve", "servers"]

log = logging.getLogger("rerun_nb.net")

DEFAULT_PORT = 9876
DEFAULT_MAX_FRAME_BYTES = 256 << 20
DEFAULT_MEMORY_LIMIT = "75%"
_LOGGED_REFUSALS = 3  # per client; then counted, and summed up when it leaves

_servers: list[Server] = []
_servers_lock = threading.Lock()


def _location(host: str, port: int, tls: bool) -> str:
    h = f"[{host.strip('[]')}]" if ":" in host else host
    return f"grpc{'+tls' if tls else ''}://{h}:{port}"


def _check_port_free(host: str, port: int) -> None:
    """Fail with a clear ``OSError`` (gRPC only says "did not start properly") if ``host:port`` is taken."""
    if not port:
        return
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host.strip("[]"), port))
        except OSError as e:
            raise OSError(e.errno, f"rr.serve: cannot listen on {host}:{port}: {e.strerror or e}") from None


class _Service(fl.FlightServerBase):
    """The Flight service; every call goes to the :class:`Server` that owns it."""

    def __init__(self, owner: Server, location: str, middleware: dict[str, Any], certs: list[Any]) -> None:
        super().__init__(location, middleware=middleware, tls_certificates=certs or None)
        self._owner = owner

    def do_action(self, context: Any, action: Any) -> Iterator[Any]:
        return self._owner._hello(context, action)

    def do_put(self, context: Any, descriptor: Any, reader: Any, writer: Any) -> None:
        self._owner._put(context, descriptor, reader, writer)


class Server:
    """A running receiver. :func:`rerun_nb.net.serve` (``rr.serve``) makes one; ``close()`` stops it.

    Parameters
    ----------
    recording:
        The ``RecordingStream`` rows go to.
    host, port:
        Where to listen (``port=0``: any free port; see :attr:`port`).
    token:
        The token clients must give; generated when ``None``. Written to :attr:`token_file`, never printed.
    tls:
        ``None``: TLS when ``host`` is not loopback. ``certificate``: ``(cert_pem, key_pem)`` to use instead of
        this user's self-signed one.
    max_connections:
        Clients streaming at once (64); the next one is told to retry.
    max_frame_bytes:
        Largest DATA message (256 MiB), also the bound on what its compressed buffers may declare.
    handshake_timeout, idle_timeout:
        Seconds a connection may stay without authenticating (5) / without progress (60).
    max_timelines_per_client, max_timelines:
        Timeline names one client may add (1,000) / the recording may hold (10,000).
    memory_limit:
        Bytes received through this server after which data is refused: ``"75%"`` of physical memory by
        default, bytes, ``"2GB"``, or ``None``.
    compression:
        IPC compressions a client may negotiate (``("zstd", "lz4")``; ``()``: none).
    adopt_ids:
        Give the recording the first client's application and recording ids (a recording made for the server).

    Examples
    --------
    >>> import rerun_nb as rr
    >>> srv = Server(rr.RecordingStream("rerun_example_serve"), port=0)
    >>> srv.token_file.stat().st_mode & 0o777 == 0o600
    True
    >>> srv.close()
    """

    def __init__(
        self,
        recording: Any,
        host: str = "127.0.0.1",
        port: int = DEFAULT_PORT,
        *,
        token: str | None = None,
        tls: bool | None = None,
        certificate: tuple[bytes | str, bytes | str] | None = None,
        max_connections: int = 64,
        max_frame_bytes: int = DEFAULT_MAX_FRAME_BYTES,
        handshake_timeout: float = 5.0,
        idle_timeout: float = 60.0,
        max_timelines_per_client: int = 1_000,
        max_timelines: int = 10_000,
        memory_limit: Any = DEFAULT_MEMORY_LIMIT,
        compression: tuple[str, ...] = wire.COMPRESSIONS,
        on_connect: Callable[[dict[str, Any]], None] | None = None,
        announce: bool = True,
        adopt_ids: bool = False,
    ) -> None:
        if recording is None:
            raise TypeError(
                "Server: a recording to receive into is needed (rr.serve() picks the current one)"
            )
        self.recording = recording
        self.host = host
        self.loopback = is_loopback(host)
        self.token = token or new_token()
        self.tls = (not self.loopback) if tls is None else bool(tls)
        self.limits = Limits(
            int(max_frame_bytes),
            int(max_timelines_per_client),
            int(max_timelines),
            parse_memory_limit(memory_limit),
        )
        self.max_connections = int(max_connections)
        self.idle_timeout = float(idle_timeout)
        self.compression = tuple(c for c in compression if c in wire.COMPRESSIONS)
        self.on_connect = on_connect
        self._adopt = bool(adopt_ids)
        self._lock = threading.Lock()
        self._clients: set[Client] = set()
        self._closing = threading.Event()
        self._stats = dict.fromkeys(
            (
                "connections",
                "refused",
                "errors",
                "frames",
                "refused_frames",
                "duplicate_frames",
                "rows",
                "chunks",
                "bytes",
                "array_bytes",
                "dropped_chunks",
            ),
            0,
        )
        self._intake = Intake(recording, self.limits, self._stats, self._lock)
        self.certificate, self.tls_name = self._certificate(certificate)
        self._start(port, float(handshake_timeout))
        self.token_file: Path | None = self._write_token_file()
        with _servers_lock:
            _servers.append(self)
        if announce and not self.loopback:
            print(
                f"rerun_nb: serving on {self.address}{' with TLS' if self.tls else ''}; its token"
                f"{' and certificate are' if self.tls else ' is'} in {self.token_file} (readable only by you). "
                f"On this machine rr.connect('127.0.0.1:{self.port}') finds it; elsewhere copy the file and "
                f"rr.connect('<this machine>:{self.port}', token_file=...).",
                flush=True,
            )
        log.info("rerun_nb.net: serving on %s into recording %s", self.address, recording.recording_id)

    # -- setup ------------------------------------------------------------------------------------------------

    def _certificate(self, given: Any) -> tuple[bytes | None, str | None]:
        if not self.tls:
            return None, None
        if given is not None:
            cert, key = (x.encode() if isinstance(x, str) else bytes(x) for x in given)
            self._key = key
            return cert, None
        cert, self._key = self_signed()
        return cert, TLS_NAME

    def _start(self, port: int, handshake_timeout: float) -> None:
        _check_port_free(self.host, int(port))
        certs = [fl.CertKeyPair(self.certificate, self._key)] if self.tls else []
        self._auth = TokenCheck(self.token)
        try:
            self._service = _Service(
                self, _location(self.host, int(port), self.tls), {"auth": self._auth}, certs
            )
        except Exception as e:
            raise OSError(
                errno.EADDRNOTAVAIL, f"rr.serve: cannot listen on {self.host}:{port}: {e}"
            ) from None
        self.port = self._service.port
        self.address = f"{self.host}:{self.port}"
        self.reaper = Reaper(self.port, handshake_timeout=handshake_timeout, idle_timeout=self.idle_timeout)
        self.reaper.start()

    def _write_token_file(self) -> Path | None:
        content = {
            "token": self.token,
            "tls": self.tls,
            "certificate": self.certificate.decode() if self.certificate else None,
            "tls_name": self.tls_name,
        }
        try:
            return write_token_file(self.host, self.port, content)
        except OSError as e:
            log.warning("rerun_nb.net: could not write the token file (%s): clients must pass token=", e)
            return None

    # -- public -----------------------------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Counters since start: connections (accepted streams), active, refused (bad token), errors, frames,
        refused_frames, duplicate_frames, rows, chunks, bytes (payload), array_bytes, dropped_chunks (timeline
        kind conflicts, too many timelines), closed_handshake / closed_idle (the reaper), clients."""
        with self._lock:
            s: dict[str, Any] = dict(self._stats)
            s["active"] = len(self._clients)
            s["clients"] = [
                {
                    "peer": c.peer,
                    "application_id": c.app,
                    "recording_id": c.rec,
                    "rows": c.rows,
                    "frames": c.frames,
                }
                for c in self._clients
            ]
        s["refused"] += self._auth.refused
        s["closed_handshake"] = self.reaper.closed["handshake"]
        s["closed_idle"] = self.reaper.closed["idle"]
        return s

    @property
    def closed(self) -> bool:
        return self._closing.is_set()

    def close(self, timeout: float = 5.0) -> None:
        """Stop listening, cut every connection (messages not yet whole are dropped), remove the token file."""
        if self._closing.is_set():
            return
        self._closing.set()
        self.reaper.stop()
        if self.token_file is not None:
            remove_token_file(self.token_file, self.token)
        t = threading.Thread(target=self._service.shutdown, name="rerun_nb-serve-close", daemon=True)
        t.start()
        end = time.monotonic() + timeout
        while t.is_alive() and time.monotonic() < end:
            self.reaper.shut_all()  # gRPC waits for open calls: end them
            t.join(0.05)
        with _servers_lock:
            if self in _servers:
                _servers.remove(self)
        log.info("rerun_nb.net: server on %s closed", self.address)

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else f"{len(self._clients)} clients"
        return f"Server({self.address}, {state}, rows={self._stats['rows']})"

    # -- calls ------------------------------------------------------------------------------------------------

    def _parse_hello(self, raw: Any) -> tuple[dict[str, Any], str, str | None]:
        """(hello, session, agreed compression); refusals as Flight errors the client shows."""
        try:
            hello = wire.decode_json(raw, "hello")
        except wire.ProtocolError as e:
            raise fl.FlightUnauthorizedError(str(e)) from None
        if hello.get("protocol") != wire.PROTOCOL:
            raise fl.FlightUnauthorizedError(
                f"protocol {str(hello.get('protocol'))[:20]} is not supported (this server speaks "
                f"{wire.PROTOCOL}): use the same rerun_nb version on both sides"
            )
        session = str(hello.get("session_id") or uuid.uuid4().hex)[:100]
        if feeds_itself(self.recording.store, session):
            raise fl.FlightUnauthorizedError("a recording cannot be connected to the server that feeds it")
        wish = hello.get("compression")
        return hello, session, (wish if wish in self.compression else None)

    def _hello(self, context: Any, action: Any) -> Iterator[bytes]:
        self.reaper.touch(context.peer())
        if action.type != wire.HELLO_ACTION:
            raise fl.FlightServerError(f"unknown action {action.type[:40]!r}")
        _, session, comp = self._parse_hello(action.body)
        with self._lock:
            if len(self._clients) >= self.max_connections:
                raise fl.FlightUnavailableError(f"too many clients (max_connections={self.max_connections})")
        with self.recording.store.lock:
            last = last_seq(self.recording.store, session)
        welcome = {
            "protocol": wire.PROTOCOL,
            "server": "rerun_nb",
            "last_seq": last,
            "max_frame_bytes": self.limits.max_frame_bytes,
            "compression": comp,
            "idle_timeout": self.idle_timeout,
        }
        return iter([wire.encode_json(welcome).to_pybytes()])

    def _open(self, context: Any, descriptor: Any, reader: Any) -> tuple[Client, str | None]:
        if descriptor.descriptor_type != fl.DescriptorType.CMD:
            raise fl.FlightUnauthorizedError("a rerun_nb stream starts with its hello as a CMD descriptor")
        hello, session, comp = self._parse_hello(descriptor.command)
        if len(reader.schema):
            raise fl.FlightUnauthorizedError(
                "this server takes chunks as Arrow IPC bytes in app metadata with an empty schema (see "
                "rerun_nb.net.wire), not Flight record batches"
            )
        addr = parse_peer(context.peer())
        conn = Client(f"{addr[0]}:{addr[1]}" if addr else context.peer(), session)
        conn.app = str(hello.get("application_id", ""))[:200]
        conn.rec = str(hello.get("recording_id", ""))[:200]
        with self._lock:
            if len(self._clients) >= self.max_connections:
                raise fl.FlightUnavailableError(f"too many clients (max_connections={self.max_connections})")
            self._clients.add(conn)
            self._stats["connections"] += 1
        self._adopt_ids(conn)
        return conn, comp

    def _adopt_ids(self, conn: Client) -> None:
        with self.recording.store.lock:
            if self._adopt and self.recording.store.num_rows == 0:
                self._adopt = False
                if conn.app:
                    self.recording.application_id = conn.app
                if conn.rec:
                    self.recording.recording_id = conn.rec
        log.info("rerun_nb.net: %s connected (application %s, recording %s)", conn.peer, conn.app, conn.rec)
        if self.on_connect is not None:
            try:
                self.on_connect({"peer": conn.peer, "application_id": conn.app, "recording_id": conn.rec})
            except Exception as e:
                log.warning("rerun_nb.net: on_connect callback failed: %s", e)

    def _put(self, context: Any, descriptor: Any, reader: Any, writer: Any) -> None:
        peer = context.peer()
        self.reaper.touch(peer)
        conn, comp = self._open(context, descriptor, reader)
        said_bye = ok = False
        try:
            said_bye = self._stream(conn, comp, peer, reader, writer)
            ok = True
        except wire.ProtocolError as e:
            log.warning("rerun_nb.net: %s: %s; connection closed (kept %d rows)", conn.peer, e, conn.rows)
            raise fl.FlightServerError(f"rerun_nb refused: {e}") from None
        except MemoryLimitReached:
            ok = True
        except Exception as e:  # the client went away mid-call, or a bug: one line, never raise in the kernel
            if not self._closing.is_set():
                log.warning(
                    "rerun_nb.net: %s: connection error (%s: %s); kept %d rows that arrived whole",
                    conn.peer,
                    type(e).__name__,
                    str(e).splitlines()[0][:200] if str(e) else "",
                    conn.rows,
                )
        finally:
            self._close_client(conn, ok, said_bye)

    def _close_client(self, conn: Client, ok: bool, said_bye: bool) -> None:
        with self._lock:
            self._clients.discard(conn)
            if not ok:
                self._stats["errors"] += 1
        if conn.refused > _LOGGED_REFUSALS:
            log.warning("rerun_nb.net: %s: %d messages refused in all", conn.peer, conn.refused)
        if ok and said_bye:
            log.info("rerun_nb.net: %s (%s) disconnected; %d rows received", conn.peer, conn.app, conn.rows)
        elif ok and not self._closing.is_set():
            log.info(
                "rerun_nb.net: %s (%s) disconnected without saying goodbye; kept %d rows",
                conn.peer,
                conn.app,
                conn.rows,
            )

    def _stream(self, conn: Client, comp: str | None, peer: str, reader: Any, writer: Any) -> bool:
        """Read messages until the client ends the stream; ``True`` if it said goodbye first."""
        bye = False
        while True:
            try:
                msg = reader.read_chunk()
            except StopIteration:
                return bye
            self.reaper.touch(peer)
            if msg.data is not None:
                raise wire.ProtocolError("a Flight record batch in the stream (expected app metadata only)")
            kind, seq, payload = wire.split_message(msg.app_metadata)
            if kind == wire.DATA:
                self._data(conn, comp, seq, payload, writer)
                self.reaper.touch(peer)
            elif kind == wire.BYE:
                bye = True
                with self.recording.store.lock:
                    last = last_seq(self.recording.store, conn.session)
                writer.write(wire.encode_json({"ack": last}))

    def _data(self, conn: Client, comp: str | None, seq: int, payload: Any, writer: Any) -> None:
        lim = self.limits
        if payload.size > lim.max_frame_bytes:
            raise wire.ProtocolError(
                f"a DATA message of {payload.size} bytes is over the max_frame_bytes limit ({lim.max_frame_bytes})"
            )
        with self.recording.store.lock:
            duplicate = 0 < seq <= last_seq(self.recording.store, conn.session)
        if duplicate:  # a resend after a lost acknowledgement: already here
            with self._lock:
                self._stats["duplicate_frames"] += 1
            writer.write(wire.encode_json({"ack": seq}))
            return
        check_payload(payload, compression_ok=comp is not None, max_bytes=lim.max_frame_bytes)
        try:
            chunks = decode_payload(payload, max_strings=lim.max_strings)
        except FrameRefused as e:
            self._refuse(conn, seq, str(e), writer)
            return
        try:
            self._intake.apply(conn, chunks, seq)
        except MemoryLimitReached as e:
            writer.write(wire.encode_json({"ack": seq, "stop": str(e)}))
            raise
        with self._lock:
            self._stats["bytes"] += payload.size
        writer.write(wire.encode_json({"ack": seq}))

    def _refuse(self, conn: Client, seq: int, why: str, writer: Any) -> None:
        conn.refused += 1
        if conn.refused <= _LOGGED_REFUSALS:
            log.warning("rerun_nb.net: %s: refused a message: %s", conn.peer, why)
        store = self.recording.store
        with store.lock:
            if seq > last_seq(store, conn.session):
                set_last_seq(store, conn.session, seq)
        with self._lock:
            self._stats["refused_frames"] += 1
        writer.write(wire.encode_json({"ack": seq, "refused": why}))


_RERUN_ONLY = {"open_browser", "web_port", "ws_port", "default_blueprint", "grpc_port", "server_memory_limit"}


def serve(
    recording: Any,
    port: int = DEFAULT_PORT,
    host: str = "127.0.0.1",
    *,
    token: str | None = None,
    adopt_ids: bool = False,
    **kwargs: Any,
) -> Server:
    """Receive what other processes log with ``rr.connect(...)`` into ``recording`` (``rr.serve`` in
    :mod:`rerun_nb._global` passes the current one, or makes one).

    Listens on ``host:port`` (loopback by default) and returns the :class:`Server` (``.close()`` stops it); a
    viewer of ``recording`` shows the rows live. Several clients may write into the one recording.

    Every client authenticates, on loopback too: the token (``token=`` or a generated one) is written to a file
    only you can read, where ``rr.connect`` on this machine finds it (``server.token_file``); it is never
    printed. Beyond loopback the server speaks TLS with a self-signed certificate, stored in the same file.
    ``server_memory_limit`` (Rerun's argument: ``"75%"`` by default, ``"2GB"``, bytes, ``None``) bounds what
    this server takes in; past it, data is refused with one log line. The other keyword arguments are
    :class:`Server`'s; Rerun's web-viewer ones (``open_browser``, ``web_port``, ``ws_port``,
    ``default_blueprint``) are accepted and ignored.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.init("rerun_example_serve")
    >>> server = rr.serve(port=0)          # port 0: any free port; see server.port
    >>> server.close()
    """
    mem = kwargs.pop("server_memory_limit", DEFAULT_MEMORY_LIMIT)
    for k in _RERUN_ONLY:
        kwargs.pop(k, None)
    kwargs.setdefault("memory_limit", mem)
    try:
        return Server(recording, host, port, token=token, adopt_ids=adopt_ids, **kwargs)
    except TypeError as e:
        raise TypeError(f"rr.serve(): {e}") from None


def listen(recording: Any, spec: Any, *, token: str | None = None, adopt_ids: bool = False) -> Server:
    """For viewers' ``listen=`` option: ``True`` (port 9876), a port (``9877``) or ``"host:port"``."""
    if spec is True:
        host, port = "127.0.0.1", DEFAULT_PORT
    elif isinstance(spec, int) and not isinstance(spec, bool):
        host, port = "127.0.0.1", spec
    elif isinstance(spec, str):
        host, _, p = spec.rpartition(":")
        host, port = (host or "127.0.0.1").strip("[]"), int(p)
    else:
        raise TypeError(f"listen= takes True, a port number or 'host:port', not {spec!r}")
    return Server(recording, host, port, token=token, adopt_ids=adopt_ids)


def servers() -> list[Server]:
    """The servers running in this process."""
    with _servers_lock:
        return list(_servers)


@atexit.register
def _close_all() -> None:  # remove their token files; end their calls before gRPC tears down
    for srv in servers():
        srv.close(timeout=1.0)
