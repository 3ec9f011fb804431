"""Handshake deadline and idle timeout for a Flight server, whose gRPC core offers neither to Python.

gRPC serves every connection from a few threads, so idle or hostile sockets never take a slot from a real client.
But it keeps a connection that never authenticates for its own 120 s handshake timeout and an idle one forever
(pyarrow does not pass ``max_connection_idle``), so a local user could still pile up sockets until the kernel runs
out of file descriptors. The :class:`Reaper` closes them: every ``interval`` it lists this process's TCP sockets
on the server's port (``/proc/net/tcp*`` and ``/proc/self/fd``, Linux) and shuts down (``shutdown(2)``, on a
duplicate of gRPC's descriptor, after checking it is still that connection):

* a connection on which no call passed the token check within ``handshake_timeout`` (5 s);
* a connection whose authenticated calls made no progress (a whole message) for ``idle_timeout`` (60 s) —
  clients send a ``PING`` message when idle, so only stalled or silent peers are cut.

The server calls :meth:`Reaper.touch` with the call's peer on every message it reads. Elsewhere than Linux the
reaper does nothing (gRPC's own limits hold).

Examples
--------
>>> r = Reaper(9876, handshake_timeout=5.0, idle_timeout=60.0)
>>> r.touch("ipv4:127.0.0.1:50000")
>>> r.sweep()  # nothing of ours listens on 9876 here
(0, 0)
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import os
import socket
import threading
import time
from urllib.parse import unquote

__all__ = ["Reaper", "parse_peer"]

log = logging.getLogger("rerun_nb.net")

_LISTEN = "0A"
_SUPPORTED = os.path.isdir("/proc/self/fd") and os.path.exists("/proc/net/tcp")

Addr = tuple[str, int]


def _norm(ip: str) -> str:
    try:
        a = ipaddress.ip_address(ip.strip("[]"))
    except ValueError:
        return ip
    if isinstance(a, ipaddress.IPv6Address) and a.ipv4_mapped is not None:
        a = a.ipv4_mapped
    return str(a)


def parse_peer(peer: str) -> Addr | None:
    """``"ipv4:127.0.0.1:5000"`` / ``"ipv6:[::1]:5000"`` (gRPC's ``context.peer()``) → ``("127.0.0.1", 5000)``."""
    p = unquote(peer or "")
    kind, _, rest = p.partition(":")
    if kind not in ("ipv4", "ipv6"):
        return None
    host, _, port = rest.rpartition(":")
    try:
        return _norm(host), int(port)
    except ValueError:
        return None


def _hex_addr(text: str) -> Addr:
    h, _, p = text.partition(":")
    raw = bytes.fromhex(h)
    # /proc prints each 32-bit word of the address in host (little-endian) order
    raw = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
    ip = socket.inet_ntop(socket.AF_INET if len(raw) == 4 else socket.AF_INET6, raw)
    return _norm(ip), int(p, 16)


def server_sockets(port: int) -> dict[int, Addr]:
    """inode → remote address of every connected TCP socket whose local port is ``port`` (this namespace)."""
    out: dict[int, Addr] = {}
    for name in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(name) as fh:
                lines = fh.read().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            f = line.split()
            if len(f) < 10 or f[3] == _LISTEN or int(f[1].rpartition(":")[2], 16) != port:
                continue
            with contextlib.suppress(ValueError, OSError):
                out[int(f[9])] = _hex_addr(f[2])
    return out


def _fds_of(inodes: set[int]) -> dict[int, int]:
    """inode → one of this process's file descriptors on it."""
    out: dict[int, int] = {}
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            ino = int(target[8:-1])
            if ino in inodes:
                out[ino] = int(fd)
    return out


def _shut(fd: int, port: int, remote: Addr) -> bool:
    """Shut the connection down if ``fd`` is still it (descriptors are reused: check on a duplicate)."""
    try:
        s = socket.socket(fileno=os.dup(fd))
    except OSError:
        return False
    try:
        if s.type != socket.SOCK_STREAM or s.getsockname()[1] != port:
            return False
        peer = s.getpeername()
        if (_norm(peer[0]), peer[1]) != remote:
            return False
        s.shutdown(socket.SHUT_RDWR)
        return True
    except OSError:
        return False
    finally:
        s.close()


class Reaper:
    """See the module docstring. ``start()`` runs :meth:`sweep` on a daemon thread until ``stop()``."""

    def __init__(self, port: int, *, handshake_timeout: float, idle_timeout: float) -> None:
        self.port = port
        self.handshake_timeout = float(handshake_timeout)
        self.idle_timeout = float(idle_timeout)
        self.interval = max(0.05, min(1.0, min(self.handshake_timeout, self.idle_timeout) / 4))
        self.closed = {"handshake": 0, "idle": 0}
        self._seen: dict[int, float] = {}
        self._activity: dict[Addr, float] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def supported(self) -> bool:
        return _SUPPORTED

    def touch(self, peer: str) -> None:
        """An authenticated call of ``peer`` (gRPC's ``context.peer()``) made progress now."""
        addr = parse_peer(peer)
        if addr is not None:
            with self._lock:
                self._activity[addr] = time.monotonic()

    def start(self) -> None:
        if _SUPPORTED and self._thread is None:
            self._thread = threading.Thread(
                target=self._run, name=f"rerun_nb-reaper:{self.port}", daemon=True
            )
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(2.0)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.sweep()
            except Exception as e:  # never let the reaper die silently, nor raise in the kernel
                log.warning("rerun_nb.net: connection reaper: %s: %s", type(e).__name__, e)

    def _due(self, socks: dict[int, Addr], now: float) -> dict[int, tuple[Addr, str]]:
        due: dict[int, tuple[Addr, str]] = {}
        with self._lock:
            self._seen = {ino: self._seen.get(ino, now) for ino in socks}
            live = set(socks.values())
            self._activity = {a: t for a, t in self._activity.items() if a in live}
            for ino, remote in socks.items():
                last = self._activity.get(remote)
                if last is None and now - self._seen[ino] > self.handshake_timeout:
                    due[ino] = (remote, "handshake")
                elif last is not None and now - last > self.idle_timeout:
                    due[ino] = (remote, "idle")
        return due

    def shut_all(self) -> int:
        """Shut down every connection to the port (the server is closing); returns how many."""
        if not _SUPPORTED:
            return 0
        socks = server_sockets(self.port)
        fds = _fds_of(set(socks))
        return sum(_shut(fd, self.port, socks[ino]) for ino, fd in fds.items())

    def sweep(self) -> tuple[int, int]:
        """One pass; returns how many connections it closed (no handshake in time, idle too long)."""
        if not _SUPPORTED:
            return 0, 0
        due = self._due(server_sockets(self.port), time.monotonic())
        if not due:
            return 0, 0
        fds = _fds_of(set(due))
        n = {"handshake": 0, "idle": 0}
        for ino, (remote, why) in due.items():
            fd = fds.get(ino)
            if fd is not None and _shut(fd, self.port, remote):
                n[why] += 1
        if n["handshake"]:
            log.warning(
                "rerun_nb.net: closed %d connections to port %d that did not authenticate within %g s",
                n["handshake"],
                self.port,
                self.handshake_timeout,
            )
        if n["idle"]:
            log.info(
                "rerun_nb.net: closed %d connections to port %d idle for more than %g s",
                n["idle"],
                self.port,
                self.idle_timeout,
            )
        for k, v in n.items():
            self.closed[k] += v
        return n["handshake"], n["idle"]
