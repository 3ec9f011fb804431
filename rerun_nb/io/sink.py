"""Streaming file sinks: ``rr.save(path)`` writes what was logged and keeps writing until ``rr.disconnect()``.

A sink subscribes to the recording's store with replay (every chunk sealed so far, then each new one as it is
sealed) and writes each chunk as it comes. A daemon thread calls ``store.flush()`` every
``FLUSH_INTERVAL_S`` (0.2 s), so rows logged one by one are sealed and on disk (handed to the OS, which keeps
them if the process is killed) within about a second. The thread never keeps the process alive; at exit
(``atexit``) every open sink is flushed and closed.

Closing a native file sink (``rr.disconnect()``, saving elsewhere, exit) compacts the file into one Arrow IPC
stream (:func:`rerun_nb.io.native.compact`), after the store lock is released.

A failing write (disk full, a vanished directory) never loses logged data and never raises into the logging
loop: the sink stops, a :class:`~rerun_nb.RerunWarning` names the file and the problem, and everything stays in
the in-memory recording (``rr.save`` again elsewhere writes it all).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import threading
import warnings
import weakref
from typing import IO, Any

from ..errors import RerunWarning
from ..store import Chunk
from .native import NativeWriter, RecordingFileError

__all__ = ["FLUSH_INTERVAL_S", "FileSink", "close_all_sinks", "make_writer", "refuse_own_source"]

FLUSH_INTERVAL_S = 0.2

_open_sinks: weakref.WeakSet[FileSink] = weakref.WeakSet()
_open_lock = threading.Lock()


class FileSink:
    """Streams one recording into one file (native format, or ``.rrd`` through a writer with the same API).

    Parameters
    ----------
    recording:
        The ``RecordingStream`` to save.
    writer:
        An object with ``write(chunk, timeline_kinds)``, ``sync()``, ``close()`` and ``path``
        (:class:`~rerun_nb.io.native.NativeWriter`, :class:`~rerun_nb.io.rrd.RrdWriter`); optionally
        ``close_stream()`` (called instead of ``close()`` under the store lock) and ``finish()`` (called after,
        outside it).
    """

    def __init__(self, recording: Any, writer: Any, *, flush_interval_s: float = FLUSH_INTERVAL_S) -> None:
        self.recording = recording
        self.store = recording.store
        self.writer = writer
        self.path = writer.path
        self.failed: str | None = None
        self.closed = False
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._unsubscribe = self.store.subscribe(self._on_chunk, replay=True)
        if self.failed:  # the replay of what was already logged failed: say so at once
            self._unsubscribe()
            self.closed = True
            with contextlib.suppress(Exception):
                writer.close()
            raise RecordingFileError(self.path, self.failed)
        self._thread = threading.Thread(
            target=self._flush_loop, args=(flush_interval_s,), name=f"rerun_nb-save:{self.path}", daemon=True
        )
        with _open_lock:
            _open_sinks.add(self)
        self._thread.start()

    def _on_chunk(self, chunk: Chunk) -> None:
        # Runs under the store lock, in whichever thread sealed the chunk.
        if self.failed or self.closed:
            return
        try:
            self.writer.write(chunk, self.store.timeline_kinds)
        except Exception as e:
            self._fail(e)

    def _fail(self, e: BaseException) -> None:
        self.failed = str(e)
        if getattr(self, "_thread", None) is None:
            return  # raised by __init__
        warnings.warn(
            f"rerun_nb: saving stopped: {e}. Nothing logged is lost: it is all still in the recording in "
            f"memory; call rr.save(path) again (another place, or after freeing space) to write it.",
            RerunWarning,
            stacklevel=2,
        )
        self._stop.set()
        with contextlib.suppress(Exception):
            self._unsubscribe()

    def _flush_loop(self, interval: float) -> None:
        while not self._stop.wait(interval):
            with contextlib.suppress(Exception):  # a flush error is the logging side's business
                self.store.flush()

    def flush(self) -> None:
        """Seal pending rows and push everything written to the OS (``fsync``)."""
        if self.closed or self.failed:
            return
        self.store.flush()
        with self.store.lock:
            if not self.failed:
                try:
                    self.writer.sync()
                except Exception as e:
                    self._fail(e)

    def close(self) -> None:
        """Write what is pending, stop streaming and close the file (idempotent)."""
        if self.closed:
            return
        self._stop.set()
        try:
            if not self.failed:
                with contextlib.suppress(Exception):
                    self.store.flush()
        finally:
            with self.store.lock:
                self.closed = True
                self._unsubscribe()
                try:
                    # A native writer ends its file here and compacts it below, outside the store lock.
                    getattr(self.writer, "close_stream", self.writer.close)()
                except Exception as e:
                    if not self.failed:
                        self.failed = str(e)
                        warnings.warn(f"rerun_nb: {e}", RerunWarning, stacklevel=2)
            with _open_lock:
                _open_sinks.discard(self)
        t = self._thread
        if t is not threading.current_thread():
            t.join(timeout=2.0)
        finish = getattr(self.writer, "finish", None)
        if finish is not None:
            finish()  # syncs, and (unless something failed) rewrites the file as one Arrow stream; never raises

    def __repr__(self) -> str:
        state = "failed" if self.failed else "closed" if self.closed else "open"
        return f"FileSink({os.fspath(self.path) if isinstance(self.path, (str, os.PathLike)) else self.path!r}, {state})"


def make_writer(
    target: str | os.PathLike[str] | IO[bytes],
    recording: Any,
    *,
    compression: str | None = None,
    overwrite: bool = True,
    blueprint: str | None = None,
) -> Any:
    """The writer for ``target``: Rerun's format for a path ending in ``.rrd``, else the native format
    (``blueprint``: the default layout's JSON text, kept in a native file's header or as Rerun's default
    blueprint in a ``.rrd`` file).

    Raises :class:`RecordingFileError` when ``target`` is the file ``recording`` was loaded from (its arrays
    may be memory-mapped from that file; save elsewhere), or exists and ``overwrite`` is off.
    """
    refuse_own_source(target, getattr(recording, "source_file", None))
    if isinstance(target, (str, os.PathLike)) and os.fspath(target).lower().endswith(".rrd"):
        from .rrd import RrdWriter

        if compression is not None:
            raise ValueError(
                "compression= applies to native files; .rrd files are compressed by Rerun itself"
            )
        return RrdWriter(
            target, recording.application_id, recording.recording_id, overwrite=overwrite, blueprint=blueprint
        )
    return NativeWriter(
        target,
        recording.application_id,
        recording.recording_id,
        compression=compression,
        overwrite=overwrite,
        blueprint=blueprint,
    )


def refuse_own_source(
    target: Any, source: Any, *, doing: str = "write the recording over its own source"
) -> None:
    """Raise :class:`RecordingFileError` when ``target`` and ``source`` are the same file (``os.path.samefile``).

    A recording loaded from a file reads its arrays from that file (memory-mapped); writing it back onto the
    same file would replace the data it is being read from.
    """
    if not isinstance(target, (str, os.PathLike)) or not isinstance(source, (str, os.PathLike)):
        return
    try:
        same = os.path.samefile(target, source)
    except OSError:
        return  # one of them does not exist: not the same file
    if same:
        raise RecordingFileError(
            target,
            f"this is the file the recording was read from ({os.fspath(source)}): refusing to {doing}; "
            "write to another path (and rename it afterwards if you like)",
        )


def close_all_sinks() -> None:
    """Flush and close every open sink (runs at interpreter exit)."""
    with _open_lock:
        sinks = list(_open_sinks)
    for s in sinks:
        with contextlib.suppress(Exception):
            s.close()


atexit.register(close_all_sinks)
