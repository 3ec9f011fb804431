"""``rr.serve``: receive recordings logged in other processes into a recording of this one (the kernel).

A listening socket and an accept thread; one daemon thread per connection, at most ``max_connections`` (the
next one is told "too many connections" and closed). What arrives is appended to the server's recording — the
current one when ``rr.serve`` was called, or ``recording=`` — and is queryable (and shown by a viewer) at once.

Safety (see :mod:`.framing` for the protocol):

* Loopback (``127.0.0.1``, ``::1``, ``localhost``) by default. Binding any other address needs a token: one is
  made and printed once when none is given; a client without it is refused.
* Limits per connection: the handshake within ``handshake_timeout`` (5 s); a frame's claimed size at most
  ``max_frame_bytes`` (256 MiB), refused before anything is allocated; a frame, once begun, completes within
  ``frame_timeout + size / min_rate`` (10 s + 1 s per MiB at the default 1 MiB/s), else the peer is cut off as a
  slow-loris. Memory: a frame's buffer is only committed as bytes arrive, so at most ``max_connections ×
  max_frame_bytes`` (8 GiB at the defaults; lower either for small machines) and in practice what peers sent.
* Any broken or hostile peer (garbage, wrong token, oversized or stalled frame, killed mid-frame, chunks that do
  not decode) gets one log line on the ``rerun_nb.net`` logger and its connection closed; the others go on, and
  nothing ever raises into the kernel. Frames that arrived whole are kept: a frame is applied atomically.

Row ids: a chunk's row ids were made by the client's process (a counter seeded from its wall clock), so they
are neither unique across processes nor comparable between them. The server **remaps** them: each frame gets a
fresh block from this process's counter (:func:`rerun_nb.row_ids.allocate_row_ids`), assigned in the order of
the client's ids (rank-preserving). So ids are unique in the store, one client's rows keep their log order, and
ties between writers (same entity, same time) go to the row that arrived last — the one logged last, up to the
~25 ms batching — just as rows logged in the kernel order against each other.
"""

from __future__ import annotations

import contextlib
import hmac
import ipaddress
import logging
import secrets
import socket
import threading
import time
import uuid
import weakref
from collections.abc import Callable
from typing import Any

import numpy as np
import pyarrow as pa

from ..row_ids import allocate_row_ids
from ..store import Chunk, ChunkStore
from . import framing as fr

__all__ = ["DEFAULT_PORT", "Server", "listen", "serve", "servers"]

log = logging.getLogger("rerun_nb.net")

DEFAULT_PORT = 9876

# Highest DATA seq applied per client session, per store: survives a server restart in the same process, so a
# client that resends its unacknowledged frames after reconnecting never duplicates rows.
_SESSIONS: weakref.WeakKeyDictionary[ChunkStore, dict[str, int]] = weakref.WeakKeyDictionary()
# Client sessions of this process → their store (a recording connected to a server that feeds itself is refused).
LOCAL_SESSIONS: dict[str, weakref.ref[ChunkStore]] = {}

_servers: list[Server] = []
_servers_lock = threading.Lock()


def is_loopback(host: str) -> bool:
    if host in ("localhost", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _Conn:
    __slots__ = ("app", "between_frames", "cpu_s", "frames", "peer", "rec", "rows", "sock", "warned")

    def __init__(self, sock: socket.socket, peer: str) -> None:
        self.sock = sock
        self.peer = peer
        self.app = ""
        self.rec = ""
        self.rows = 0
        self.frames = 0
        self.cpu_s = 0.0
        self.warned: set[str] = set()
        self.between_frames = False  # True while waiting for the next frame after a good handshake


class Server:
    """A running receiver. Use :func:`serve` (``rr.serve``) to make one; ``close()`` stops it.

    ``recording`` is the ``RecordingStream`` rows go to (the api picks it: ``rr.serve`` takes the current one);
    ``adopt_ids=True`` (a recording made for the server) takes the first client's application and recording ids.

    Attributes: ``host``, ``port``, ``address`` (``"host:port"``), ``recording`` (where rows go), ``token``.
    :meth:`stats` counts connections, frames, rows, bytes and the CPU time the connection threads used.
    """

    def __init__(
        self,
        recording: Any,
        host: str = "127.0.0.1",
        port: int = DEFAULT_PORT,
        *,
        token: str | None = None,
        max_connections: int = 32,
        max_frame_bytes: int = fr.DEFAULT_MAX_FRAME_BYTES,
        handshake_timeout: float = 5.0,
        frame_timeout: float = 10.0,
        min_rate: float = float(1 << 20),
        on_connect: Callable[[dict[str, Any]], None] | None = None,
        announce: bool = True,
        adopt_ids: bool = False,
    ) -> None:
        self._adopt = bool(adopt_ids)
        if recording is None:
            raise TypeError(
                "Server: a recording to receive into is needed (rr.serve() picks the current one)"
            )
        self.recording = recording
        self.host = host
        self.loopback = is_loopback(host)
        if token is None and not self.loopback:
            token = secrets.token_urlsafe(18)
        self.token = token
        self.max_connections = int(max_connections)
        self.max_frame_bytes = int(max_frame_bytes)
        self.handshake_timeout = float(handshake_timeout)
        self.frame_timeout = float(frame_timeout)
        self.min_rate = float(min_rate)
        self.on_connect = on_connect
        self._lock = threading.Lock()
        self._conns: set[_Conn] = set()
        self._threads: set[threading.Thread] = set()
        self._closing = threading.Event()
        self._stats = dict.fromkeys(
            (
                "connections",
                "refused",
                "errors",
                "frames",
                "duplicate_frames",
                "rows",
                "chunks",
                "bytes",
                "array_bytes",
                "dropped_chunks",
            ),
            0,
        )
        self._cpu_s = 0.0
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        try:
            self._sock = socket.create_server((host, int(port)), family=family, backlog=64)
        except OSError as e:
            raise OSError(e.errno, f"rr.serve: cannot listen on {host}:{port}: {e.strerror or e}") from None
        self.port = self._sock.getsockname()[1]
        self.address = f"{host}:{self.port}"
        self._sock.settimeout(0.25)
        self._accept_thread = threading.Thread(
            target=self._accept_loop, name=f"rerun_nb-serve:{self.port}", daemon=True
        )
        self._accept_thread.start()
        with _servers_lock:
            _servers.append(self)
        if not self.loopback and announce:
            print(
                f"rerun_nb: serving on {self.address}, token required. In the other process: "
                f"rr.connect('<this machine>:{self.port}', token={self.token!r})",
                flush=True,
            )
        log.info("rerun_nb.net: serving on %s into recording %s", self.address, self.recording.recording_id)

    # -- public ---------------------------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Counters since start: connections (accepted), active, refused, errors, frames, rows, chunks, bytes
        (payload), array_bytes, dropped_chunks (timeline kind conflicts), cpu_s (connection threads)."""
        with self._lock:
            s: dict[str, Any] = dict(self._stats)
            s["active"] = len(self._conns)
            s["cpu_s"] = self._cpu_s + sum(c.cpu_s for c in self._conns)
            s["clients"] = [
                {
                    "peer": c.peer,
                    "application_id": c.app,
                    "recording_id": c.rec,
                    "rows": c.rows,
                    "frames": c.frames,
                }
                for c in self._conns
            ]
        return s

    @property
    def closed(self) -> bool:
        return self._closing.is_set()

    def close(self, timeout: float = 5.0) -> None:
        """Stop listening, cut every connection (frames not yet whole are dropped) and join the threads."""
        if self._closing.is_set():
            return
        self._closing.set()
        with contextlib.suppress(OSError):
            self._sock.close()
        with self._lock:
            conns = list(self._conns)
            threads = [*self._threads, self._accept_thread]
        for c in conns:
            with contextlib.suppress(OSError):
                c.sock.shutdown(socket.SHUT_RDWR)
        end = time.monotonic() + timeout
        for t in threads:
            if t is not threading.current_thread():
                t.join(max(0.0, end - time.monotonic()))
        with _servers_lock:
            if self in _servers:
                _servers.remove(self)
        log.info("rerun_nb.net: server on %s closed", self.address)

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else f"{len(self._conns)} clients"
        return f"Server({self.address}, {state}, rows={self._stats['rows']})"

    # -- threads --------------------------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._closing.is_set():
            try:
                sock, addr = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                if self._closing.is_set():
                    return
                time.sleep(0.05)
                continue
            peer = f"{addr[0]}:{addr[1]}"
            with self._lock:
                full = len(self._conns) >= self.max_connections
                if full:
                    self._stats["refused"] += 1
            if full:
                log.warning(
                    "rerun_nb.net: %s refused: too many connections (max_connections=%d)",
                    peer,
                    self.max_connections,
                )
                with contextlib.suppress(OSError):
                    sock.settimeout(1.0)
                    sock.sendall(
                        fr.encode_hello(fr.PROTOCOL_VERSION, fr.TOO_MANY, {"error": "too many connections"})
                    )
                with contextlib.suppress(OSError):
                    sock.close()
                continue
            conn = _Conn(sock, peer)
            t = threading.Thread(target=self._handle, args=(conn,), name=f"rerun_nb-conn:{peer}", daemon=True)
            with self._lock:
                self._conns.add(conn)
                self._threads.add(t)
            t.start()

    def _handle(self, conn: _Conn) -> None:
        t0 = time.thread_time()
        sock = conn.sock
        ok = False
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
            self._session(conn, t0)
            ok = True
        except fr.PeerClosed as e:
            if self._closing.is_set():
                pass
            elif e.got == 0 and conn.between_frames:
                log.info(
                    "rerun_nb.net: %s (%s) disconnected without saying goodbye; kept %d rows",
                    conn.peer,
                    conn.app,
                    conn.rows,
                )
                ok = True
            else:
                log.warning(
                    "rerun_nb.net: %s: connection lost mid-message (%d of %d bytes); dropped that message, "
                    "kept %d rows that arrived whole",
                    conn.peer,
                    e.got,
                    e.wanted,
                    conn.rows,
                )
        except fr.ProtocolError as e:
            log.warning(
                "rerun_nb.net: %s: %s; connection closed (kept %d rows that arrived whole)",
                conn.peer,
                e,
                conn.rows,
            )
        except OSError as e:
            if not self._closing.is_set():
                log.warning(
                    "rerun_nb.net: %s: connection error (%s); kept %d rows that arrived whole",
                    conn.peer,
                    e.strerror or type(e).__name__,
                    conn.rows,
                )
        except Exception as e:  # never raise in the kernel
            log.warning(
                "rerun_nb.net: %s: internal error %s: %s; connection closed", conn.peer, type(e).__name__, e
            )
        finally:
            with contextlib.suppress(OSError):
                sock.close()
            with self._lock:
                if not ok:
                    self._stats["errors"] += 1
                conn.cpu_s = time.thread_time() - t0
                self._cpu_s += conn.cpu_s
                self._conns.discard(conn)
                self._threads.discard(threading.current_thread())

    def _refuse(self, sock: socket.socket, status: int, msg: str) -> None:
        with contextlib.suppress(OSError):
            sock.settimeout(1.0)
            sock.sendall(fr.encode_hello(fr.PROTOCOL_VERSION, status, {"error": msg}))
        raise fr.ProtocolError(f"refused: {msg}")

    def _session(self, conn: _Conn, t0: float) -> None:
        sock = conn.sock
        # -- handshake (one deadline for all of it) --
        start = time.monotonic()
        hdr = fr.read_exact(sock, fr.HELLO.size, self.handshake_timeout, "handshake")
        magic, version, _, jlen = fr.HELLO.unpack(hdr)
        if magic != fr.MAGIC:
            raise fr.ProtocolError(f"not a rerun_nb client (it sent {bytes(hdr[:8])!r}…, expected b'RRNB')")
        if jlen > fr.MAX_HELLO_BYTES:
            self._refuse(
                sock, fr.BAD_HELLO, f"handshake of {jlen} bytes is over the {fr.MAX_HELLO_BYTES} limit"
            )
        left = self.handshake_timeout - (time.monotonic() - start)
        body = fr.read_exact(sock, jlen, max(left, 0.001), "handshake")
        hello = fr.parse_json(bytes(body), "handshake")
        if version != fr.PROTOCOL_VERSION:
            self._refuse(
                sock,
                fr.BAD_VERSION,
                f"protocol version {version} is not supported (this server speaks {fr.PROTOCOL_VERSION}): "
                "use the same rerun_nb version on both sides",
            )
        if self.token is not None:
            given = hello.get("token")
            if not isinstance(given, str) or not hmac.compare_digest(given.encode(), self.token.encode()):
                self._refuse(
                    sock,
                    fr.BAD_TOKEN,
                    "wrong token" if given else "this server needs a token: rr.connect(addr, token=...)",
                )
        conn.app = str(hello.get("application_id", ""))[:200]
        conn.rec = str(hello.get("recording_id", ""))[:200]
        session = str(hello.get("session_id") or uuid.uuid4())[:100]
        store = self.recording.store
        own = LOCAL_SESSIONS.get(session)
        if own is not None and own() is store:
            self._refuse(sock, fr.REFUSED, "a recording cannot be connected to the server that feeds it")
        kinds = hello.get("timeline_kinds")
        with store.lock:
            if self._adopt and store.num_rows == 0:
                self._adopt = False
                if conn.app:
                    self.recording.application_id = conn.app
                if conn.rec:
                    self.recording.recording_id = conn.rec
            if isinstance(kinds, dict):
                for name, k in kinds.items():
                    if isinstance(name, str) and k in ("sequence", "duration", "timestamp"):
                        store.register_timeline(name, k)
            seen = _SESSIONS.setdefault(store, {})
            last = seen.get(session, 0)
        sock.settimeout(self.frame_timeout)
        sock.sendall(
            fr.encode_hello(
                fr.PROTOCOL_VERSION,
                fr.OK,
                {"last_seq": last, "max_frame_bytes": self.max_frame_bytes, "server": "rerun_nb"},
            )
        )
        with self._lock:
            self._stats["connections"] += 1
        log.info("rerun_nb.net: %s connected (application %s, recording %s)", conn.peer, conn.app, conn.rec)
        if self.on_connect is not None:
            try:
                self.on_connect({"peer": conn.peer, "application_id": conn.app, "recording_id": conn.rec})
            except Exception as e:
                log.warning("rerun_nb.net: on_connect callback failed: %s", e)
        # -- frames --
        hb = memoryview(bytearray(fr.FRAME.size))
        while True:
            conn.cpu_s = time.thread_time() - t0
            conn.between_frames = True
            fr.read_exact(sock, fr.FRAME.size, self.frame_timeout, "frame header", into=hb, idle_ok=True)
            conn.between_frames = False
            kind, _flags, seq, length = fr.FRAME.unpack(hb)
            if kind == fr.BYE:
                sock.settimeout(self.frame_timeout)
                sock.sendall(fr.encode_frame_header(fr.ACK, last, 0))
                log.info(
                    "rerun_nb.net: %s (%s) disconnected; %d rows received", conn.peer, conn.app, conn.rows
                )
                return
            if kind != fr.DATA:
                raise fr.ProtocolError(f"unexpected frame kind {kind}")
            if length > self.max_frame_bytes:
                raise fr.ProtocolError(
                    f"frame of {length} bytes is over the max_frame_bytes limit ({self.max_frame_bytes})"
                )
            buf = pa.allocate_buffer(length)
            fr.read_exact(
                sock, length, self.frame_timeout + length / self.min_rate, "frame", into=memoryview(buf)
            )
            chunks = fr.decode_payload(buf) if length else []
            if seq and seq <= last:
                with self._lock:
                    self._stats["duplicate_frames"] += 1
            else:
                self._apply(conn, chunks, session, seq, length)
                if seq:
                    last = seq
            sock.settimeout(self.frame_timeout)
            sock.sendall(fr.encode_frame_header(fr.ACK, last, 0))

    def _apply(
        self, conn: _Conn, chunks: list[tuple[Chunk, dict[str, str]]], session: str, seq: int, nbytes: int
    ) -> None:
        store = self.recording.store
        rows = 0
        array_bytes = 0
        dropped = 0
        with store.lock:
            have = store.timeline_kinds
            keep = []
            for c, kinds in chunks:
                bad = [n for n, k in kinds.items() if have.get(n, k) != k]
                if bad:
                    dropped += 1
                    name = bad[0]
                    if name not in conn.warned:
                        conn.warned.add(name)
                        log.warning(
                            "rerun_nb.net: %s: timeline %r is a %s timeline here but %s there; dropped its rows "
                            "(rename the timeline in one of the processes)",
                            conn.peer,
                            name,
                            have.get(name),
                            kinds[name],
                        )
                    continue
                keep.append((c, kinds))
            total = sum(c.num_rows for c, _ in keep)
            if total:
                ids = np.concatenate([c.row_ids for c, _ in keep]) if len(keep) > 1 else keep[0][0].row_ids
                ranks = np.empty(total, np.int64)
                ranks[np.argsort(ids, kind="stable")] = np.arange(total, dtype=np.int64)
                new_ids = allocate_row_ids(total)[ranks] if total > 1 else allocate_row_ids(1)
                off = 0
                for c, kinds in keep:
                    n = c.num_rows
                    c.row_ids = new_ids[off : off + n]
                    off += n
                    c.timeline_kinds = dict(kinds)
                    for name, k in kinds.items():
                        store.register_timeline(name, k)
                    store.append_chunk(c)
                    rows += n
                    array_bytes += c.nbytes
            if seq:
                _SESSIONS.setdefault(store, {})[session] = seq
        conn.rows += rows
        conn.frames += 1
        with self._lock:
            s = self._stats
            s["frames"] += 1
            s["rows"] += rows
            s["chunks"] += len(keep)
            s["bytes"] += nbytes
            s["array_bytes"] += array_bytes
            s["dropped_chunks"] += dropped


def serve(
    recording: Any,
    port: int = DEFAULT_PORT,
    host: str = "127.0.0.1",
    *,
    token: str | None = None,
    adopt_ids: bool = False,
    max_connections: int = 32,
    max_frame_bytes: int = fr.DEFAULT_MAX_FRAME_BYTES,
    handshake_timeout: float = 5.0,
    frame_timeout: float = 10.0,
    **rerun_kwargs: Any,
) -> Server:
    """Receive what other processes log with ``rr.connect(...)`` into ``recording`` (``rr.serve`` in
    :mod:`rerun_nb._global` passes the current one, or makes one).

    Listens on ``host:port`` (loopback by default) on a background thread and returns the :class:`Server`
    (``.close()`` stops it); a viewer of ``recording`` shows the rows live. Several clients — each its
    own recording stream — may write into the one recording; their rows keep their own timelines.

    Binding a non-loopback ``host`` (``"0.0.0.0"``) requires a token: pass ``token=`` or one is generated and
    printed once; clients must give it (``rr.connect(addr, token=...)``). See :mod:`rerun_nb.net.server` for
    the limits that protect the kernel from broken or hostile peers.

    Rerun's own ``rr.serve`` served a web viewer; its arguments (``open_browser``, ``web_port``, ``ws_port``,
    ``default_blueprint``, ``server_memory_limit``) are accepted and ignored here.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.init("rerun_example_serve")
    >>> server = rr.serve(port=0)          # port 0: any free port; see server.port
    >>> server.close()
    """
    unknown = set(rerun_kwargs) - {
        "open_browser",
        "web_port",
        "ws_port",
        "default_blueprint",
        "server_memory_limit",
    }
    if unknown:
        raise TypeError(f"rr.serve() got unexpected keyword arguments: {', '.join(sorted(unknown))}")
    return Server(
        recording,
        host,
        port,
        token=token,
        max_connections=max_connections,
        max_frame_bytes=max_frame_bytes,
        handshake_timeout=handshake_timeout,
        frame_timeout=frame_timeout,
        adopt_ids=adopt_ids,
    )


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
