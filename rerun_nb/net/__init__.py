"""Logging from other processes: ``rr.serve`` (receive, in the kernel) and ``rr.connect`` (send, anywhere),
over Arrow Flight (gRPC), every client authenticated.

* :mod:`.wire` — the conversation (hello action, one ``DoPut`` stream of DATA/PING/BYE messages, acks).
* :mod:`.payload` — chunks ⇄ Arrow IPC bytes; the bounds checked before anything is decoded.
* :mod:`.intake` — one atomic append per message: resends once, timeline kinds and names, memory limit.
* :mod:`.flight_server` — :class:`Server` / :func:`serve` / :func:`listen` (a viewer's ``listen=``).
* :mod:`.flight_client` — :func:`connect` (a streaming sink: batching, bounded buffer, reconnection),
  :func:`connect_grpc` (says clearly that Rerun's own gRPC protocol is not spoken here).
* :mod:`.auth`, :mod:`.tokens`, :mod:`.credentials`, :mod:`.tls` — who may pass: tokens checked on every call,
  token files only the user can read, a self-signed certificate beyond loopback.
* :mod:`.reaper` — handshake deadline and idle timeout for gRPC's connections.
* :mod:`.cli` — ``python -m rerun_nb serve --port 9876 --save FILE``: a standalone receiver writing a file.
"""

from __future__ import annotations

from .flight_client import ConnectError, NetWriter, connect, connect_grpc
from .flight_server import DEFAULT_MAX_FRAME_BYTES, DEFAULT_PORT, Server, listen, serve, servers
from .wire import PROTOCOL as PROTOCOL_VERSION
from .wire import ProtocolError

connect_tcp = connect

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
