"""Logging from other processes: ``rr.serve`` (receive, in the kernel) and ``rr.connect`` (send, anywhere).

* :mod:`.framing` — the wire protocol (handshake, length-prefixed Arrow IPC frames, limits).
* :mod:`.server` — :class:`Server` / :func:`serve` / :func:`listen` (for a viewer's ``listen=`` option).
* :mod:`.client` — :func:`connect` (a streaming sink over TCP: batching, bounded buffer, reconnection),
  :func:`connect_grpc` (says clearly that Rerun's gRPC protocol is not spoken here).
* :mod:`.cli` — ``python -m rerun_nb serve --port 9876 --save FILE``: a standalone receiver writing a file.
"""

from __future__ import annotations

from .client import ConnectError, NetWriter, connect, connect_grpc, connect_tcp
from .framing import DEFAULT_MAX_FRAME_BYTES, PROTOCOL_VERSION, ProtocolError
from .server import DEFAULT_PORT, Server, listen, serve, servers

__all__ = [
    "DEFAULT_MAX_FRAME_BYTES",
    "DEFAULT_PORT",
    "PROTOCOL_VERSION",
    "ConnectError",
    "NetWriter",
    "ProtocolError",
    "Server",
    "connect",
    "connect_grpc",
    "connect_tcp",
    "listen",
    "serve",
    "servers",
]
