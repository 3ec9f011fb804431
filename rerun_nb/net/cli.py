"""``python -m rerun_nb serve --port 9876 --save FILE``: a standalone receiver for a machine without a notebook.

It listens like ``rr.serve`` and streams everything it receives to ``FILE`` (native format; ``.rrd`` needs
rerun-sdk) exactly as ``rr.save`` does — open it later with ``rr.load(FILE)`` / ``python -m rerun_nb view FILE``.
The file takes the application and recording ids of the first client. Ctrl-C (or SIGTERM) stops it and closes
the file; ``--once`` stops after the last client has disconnected.

Hooked into the main CLI by ``add_serve_parser(sub)`` (see :mod:`rerun_nb.cli`); also runnable alone as
``python -m rerun_nb.net serve ...``.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from typing import Any

__all__ = ["add_serve_parser", "main", "run_serve"]


def add_serve_parser(sub: Any) -> argparse.ArgumentParser:
    """Add the ``serve`` subcommand to an ``argparse`` subparsers object; ``args.func(args)`` runs it."""
    a = sub.add_parser("serve", help="receive rr.connect() clients and write what they log to a file")
    a.add_argument(
        "--port", type=int, default=9876, help="port to listen on (default 9876; 0: any free port)"
    )
    a.add_argument("--host", default="127.0.0.1", help="address to bind (default loopback; others get TLS)")
    a.add_argument(
        "--token",
        help="token clients must give (default: a new one, written to a token file only you can read, where "
        "rr.connect on this machine finds it; never printed)",
    )
    a.add_argument(
        "--save", required=True, metavar="FILE", help="recording file to write (.rnb native, or .rrd)"
    )
    a.add_argument("--force", action="store_true", help="replace FILE if it exists (default: refuse)")
    a.add_argument("--once", action="store_true", help="exit when the last client has disconnected")
    a.add_argument("--max-connections", type=int, default=64, help="clients streaming at once (default 64)")
    a.add_argument(
        "--max-frame-mb", type=int, default=256, help="largest message accepted, MiB (default 256)"
    )
    a.add_argument(
        "--memory-limit", default="75%", help="refuse data past this much received: '75%%' (default), '2GB'"
    )
    a.add_argument("--idle-timeout", type=float, default=60.0, help="seconds before an idle client is cut")
    a.set_defaults(func=run_serve)
    return a


def run_serve(args: argparse.Namespace, out: Any = None) -> int:
    from ..errors import RerunNbError
    from ..io import save_recording
    from ..io.atomic import create_beside, discard
    from ..io.native import RecordingFileError
    from ..recording import RecordingStream
    from .flight_server import Server

    out = out or sys.stdout
    logger = logging.getLogger("rerun_nb.net")
    if not logger.handlers:
        h = logging.StreamHandler(sys.stderr)
        h.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
        logger.addHandler(h)
    logger.setLevel(logging.INFO)
    force = bool(getattr(args, "force", False))
    # never replace a recording unasked (checked again, atomically, when the file is created)
    if os.path.lexists(args.save) and not force:
        print(f"rerun-nb serve: {args.save} already exists: pass --force to replace it", file=sys.stderr)
        return 2
    try:  # fail now, not when the first client arrives (and touch nothing at FILE itself)
        discard(create_beside(os.path.realpath(args.save), ".probe"))
    except OSError as e:
        print(f"rerun-nb serve: cannot write {args.save}: {e.strerror}", file=sys.stderr)
        return 2
    rec = RecordingStream("rerun_nb_serve")
    lock = threading.Lock()
    state: dict[str, Any] = {"sink": None, "error": None}
    stop = threading.Event()

    def on_connect(info: dict[str, Any]) -> None:
        with lock:
            if state["sink"] is None and state["error"] is None:
                try:
                    state["sink"] = save_recording(rec, args.save, overwrite=force)
                except (RecordingFileError, OSError) as e:
                    state["error"] = str(e)
                    stop.set()

    try:
        server = Server(
            rec,
            args.host,
            args.port,
            token=args.token,
            max_connections=args.max_connections,
            max_frame_bytes=args.max_frame_mb << 20,
            memory_limit=getattr(args, "memory_limit", "75%"),
            idle_timeout=getattr(args, "idle_timeout", 60.0),
            on_connect=on_connect,
            adopt_ids=True,
        )
    except (OSError, ValueError, RerunNbError) as e:
        print(f"rerun-nb serve: {getattr(e, 'strerror', None) or e}", file=sys.stderr)
        return 2
    print(f"rerun_nb serve: listening on {server.address}, saving to {args.save}", file=out, flush=True)
    print(f"rerun_nb serve: token file {server.token_file} (readable only by you)", file=out, flush=True)

    def on_signal(signum: int, frame: Any) -> None:
        stop.set()

    prev = None
    if threading.current_thread() is threading.main_thread():
        prev = signal.signal(signal.SIGTERM, on_signal)
    try:
        while not stop.wait(0.1):
            if args.once:
                s = server.stats()
                if s["connections"] and not s["active"]:
                    break
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        with lock:
            sink = state["sink"]
            if sink is None and state["error"] is None:
                try:  # nobody came: still leave a valid (empty) recording
                    sink = save_recording(rec, args.save, overwrite=force)
                except (RecordingFileError, OSError) as e:
                    state["error"] = str(e)
        if sink is not None:
            sink.close()
        if prev is not None:
            signal.signal(signal.SIGTERM, prev)
    s = server.stats()
    if state["error"]:
        print(f"rerun-nb serve: {state['error']}", file=sys.stderr)
        return 2
    print(
        f"rerun_nb serve: wrote {args.save}: {rec.store.num_rows} rows from {s['connections']} connections",
        file=out,
        flush=True,
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m rerun_nb.net", description="rerun_nb network receiver")
    sub = ap.add_subparsers(dest="cmd", required=True)
    add_serve_parser(sub)
    args = ap.parse_args(argv)
    return args.func(args)
