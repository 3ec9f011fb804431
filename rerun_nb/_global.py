"""The api facade: the global and thread-local recordings, and the module-level functions that act on them.

``rr.init("app")`` makes a new global recording; ``rr.log(...)``, ``rr.set_time(...)``, ``rr.save(...)``,
``rr.connect(...)``, ``rr.serve(...)`` and friends act on the thread-local recording if one is set, else on the
global one (as in Rerun). This module is the only one that resolves "the current recording"; it hands the
recording to the layers below (io, net, viewer, render), which take it as an argument.
"""

from __future__ import annotations

import os
import sys
import uuid
import warnings
from collections.abc import Iterable
from typing import IO, Any

from . import _current
from ._current import set_strict_mode
from .errors import BadInput, RerunWarning, report
from .io import disconnect_recording, read_recording_file
from .net import DEFAULT_PORT, NetWriter, Server
from .net import connect as _connect
from .net import serve as _serve
from .recording import MemoryRecording, RecordingStream
from .row_ids import advance_row_ids
from .time import TimeColumn

__all__ = [
    "FileSink",
    "binary_stream",
    "connect",
    "connect_tcp",
    "disable_timeline",
    "disconnect",
    "flush",
    "get_application_id",
    "get_data_recording",
    "get_global_data_recording",
    "get_recording_id",
    "get_thread_local_data_recording",
    "init",
    "is_enabled",
    "load",
    "log",
    "log_file_from_contents",
    "log_file_from_path",
    "memory_recording",
    "new_recording",
    "notebook_show",
    "reset_time",
    "save",
    "script_add_args",
    "script_setup",
    "script_teardown",
    "send_blueprint",
    "send_columns",
    "send_property",
    "send_recording_name",
    "send_recording_start_time_nanos",
    "serve",
    "set_global_data_recording",
    "set_log_tick_enabled",
    "set_log_time_enabled",
    "set_sinks",
    "set_strict_mode",
    "set_thread_local_data_recording",
    "set_time",
    "set_time_nanos",
    "set_time_seconds",
    "set_time_sequence",
    "spawn",
]

_warned_no_recording = [False]


def get_global_data_recording() -> RecordingStream | None:
    """The process-wide recording that module-level calls use (``None`` before ``rr.init``)."""
    return _current.get_global()


def set_global_data_recording(recording: RecordingStream | None) -> RecordingStream | None:
    """Replace the global recording; returns the previous one."""
    return _current.set_global(recording)


def get_thread_local_data_recording() -> RecordingStream | None:
    """This thread's recording (``None`` unless one was set)."""
    return _current.get_thread_local()


def set_thread_local_data_recording(recording: RecordingStream | None) -> RecordingStream | None:
    """Make ``recording`` the one this thread's module-level calls use; returns the previous one."""
    return _current.set_thread_local(recording)


def get_data_recording(recording: RecordingStream | None = None) -> RecordingStream | None:
    """``recording`` if given, else the thread-local one, else the global one."""
    return _current.get_current(recording)


def _rec(recording: RecordingStream | None) -> RecordingStream | None:
    rec = get_data_recording(recording)
    if rec is None and not _warned_no_recording[0]:
        _warned_no_recording[0] = True
        warnings.warn("rerun_nb: nothing is logged before rr.init(...) is called", RerunWarning, stacklevel=3)
    return rec


def new_recording(
    application_id: str,
    *,
    recording_id: str | uuid.UUID | None = None,
    make_default: bool = False,
    make_thread_default: bool = False,
    spawn: bool = False,
    default_enabled: bool = True,
) -> RecordingStream:
    """Create a new recording (not made the global one unless ``make_default``)."""
    rec = RecordingStream(
        application_id,
        recording_id=recording_id,
        make_default=make_default,
        make_thread_default=make_thread_default,
        default_enabled=default_enabled,
    )
    if spawn:
        globals()["spawn"](recording=rec)
    return rec


def init(
    application_id: str,
    *,
    recording_id: str | uuid.UUID | None = None,
    spawn: bool = False,
    strict: bool | None = None,
    default_enabled: bool = True,
    init_logging: bool = True,
    default_blueprint: Any = None,
) -> None:
    """Start a new global recording named ``application_id`` (Rerun's ``rr.init``).

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.init("rerun_example_dna_abacus")
    >>> rr.get_global_data_recording().application_id
    'rerun_example_dna_abacus'
    """
    if strict is not None:
        set_strict_mode(strict)
    if init_logging:
        rec = RecordingStream(application_id, recording_id=recording_id, default_enabled=default_enabled)
        set_global_data_recording(rec)
        if _current.get_thread_local() is not None:
            _current.set_thread_local(None)
        if default_blueprint is not None:
            rec.send_blueprint(default_blueprint, make_active=False, make_default=True)
        _viewers_follow(rec)
    if spawn:
        globals()["spawn"]()


def _viewers_follow(rec: RecordingStream) -> None:
    """Viewers on screen that show the global recording of this app show the new one (a re-run logging cell)."""
    ui_state = sys.modules.get("rerun_nb.viewer.ui_state")  # no viewer module loaded: no viewer to move
    if ui_state is not None:
        ui_state.follow_global(rec)


def send_blueprint(
    blueprint: Any,
    *,
    make_active: bool = True,
    make_default: bool = True,
    recording: RecordingStream | None = None,
) -> None:
    """Set the layout of the current recording's application: the viewers showing it lay themselves out again
    (Rerun's ``rr.send_blueprint``; see :meth:`RecordingStream.send_blueprint`).

    Examples
    --------
    >>> import rerun_nb as rr, rerun_nb.blueprint as rrb
    >>> rr.init("rerun_example_blueprint")
    >>> rr.send_blueprint(rrb.Blueprint(rrb.Horizontal(rrb.Spatial3DView(origin="/world"), rrb.TextLogView())))
    """
    rec = _rec(recording)
    if rec is not None:
        rec.send_blueprint(blueprint, make_active=make_active, make_default=make_default)


def log(
    entity_path: str | list[str],
    entity: Any,
    *extra: Any,
    static: bool = False,
    recording: RecordingStream | None = None,
    strict: bool | None = None,
) -> None:
    """Log archetypes at ``entity_path`` at the current time (see ``RecordingStream.log``).

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.init("app")
    >>> rr.log("dna/structure/left", rr.Points3D([[0, 0, 0]], radii=0.08))
    """
    rec = _rec(recording)
    if rec is not None:
        rec.log(entity_path, entity, *extra, static=static, strict=strict)


def send_columns(
    entity_path: str | list[str],
    indexes: Iterable[TimeColumn],
    columns: Iterable[Any],
    *,
    recording: RecordingStream | None = None,
    strict: bool | None = None,
) -> None:
    """Log many rows at once (see ``RecordingStream.send_columns``)."""
    rec = _rec(recording)
    if rec is not None:
        rec.send_columns(entity_path, indexes, columns, strict=strict)


def set_time(
    timeline: str,
    *,
    recording: RecordingStream | None = None,
    sequence: Any = None,
    duration: Any = None,
    timestamp: Any = None,
) -> None:
    """Set this thread's current time on ``timeline`` (see ``RecordingStream.set_time``)."""
    rec = _rec(recording)
    if rec is not None:
        rec.set_time(timeline, sequence=sequence, duration=duration, timestamp=timestamp)


def set_time_seconds(timeline: str, seconds: float, *, recording: RecordingStream | None = None) -> None:
    """Legacy alias of ``set_time(timeline, duration=seconds)`` (removed from Rerun in 0.28, kept here)."""
    rec = _rec(recording)
    if rec is not None:
        rec.set_time_seconds(timeline, seconds)


def set_time_sequence(timeline: str, sequence: int, *, recording: RecordingStream | None = None) -> None:
    """Legacy alias of ``set_time(timeline, sequence=sequence)``."""
    rec = _rec(recording)
    if rec is not None:
        rec.set_time_sequence(timeline, sequence)


def set_time_nanos(timeline: str, nanos: int, *, recording: RecordingStream | None = None) -> None:
    """Legacy alias of ``set_time(timeline, duration=nanos * 1e-9)``."""
    rec = _rec(recording)
    if rec is not None:
        rec.set_time_nanos(timeline, nanos)


def disable_timeline(timeline: str, *, recording: RecordingStream | None = None) -> None:
    """Stop stamping this thread's rows with ``timeline``."""
    rec = _rec(recording)
    if rec is not None:
        rec.disable_timeline(timeline)


def reset_time(*, recording: RecordingStream | None = None) -> None:
    """Clear this thread's time cursor."""
    rec = _rec(recording)
    if rec is not None:
        rec.reset_time()


def set_log_tick_enabled(enabled: bool = True, *, recording: RecordingStream | None = None) -> None:
    """Opt in to the ``log_tick`` timeline (off by default, as in Rerun 0.34+)."""
    rec = _rec(recording)
    if rec is not None:
        rec.set_log_tick_enabled(enabled)


def set_log_time_enabled(enabled: bool = True, *, recording: RecordingStream | None = None) -> None:
    """Turn the automatic ``log_time`` timeline on or off."""
    rec = _rec(recording)
    if rec is not None:
        rec.set_log_time_enabled(enabled)


def flush(*, recording: RecordingStream | None = None, blocking: bool = True) -> None:
    rec = get_data_recording(recording)
    if rec is not None:
        rec.flush()


# -- files and other processes: the recording is resolved here and handed to io / net ------------------------


def _current_or_raise(recording: RecordingStream | None, what: str) -> RecordingStream:
    rec = get_data_recording(recording)
    if rec is None:
        raise RuntimeError(f"rr.{what}: no recording: call rr.init(...) first")
    return rec


def save(
    path: str | os.PathLike[str] | IO[bytes],
    default_blueprint: Any = None,
    *,
    recording: RecordingStream | None = None,
    compression: str | None = None,
) -> None:
    """Stream the recording to ``path``: everything logged so far, then every row as it is logged, until
    ``rr.disconnect()`` or exit.

    A path ending in ``.rrd`` is written in Rerun's own format (needs ``rerun-sdk``: ``pip install
    'rerun_nb[rerun]'``); any other path gets the native format (recommended extension ``.rnb``). Rows are on
    disk within about a second of being logged. When the sink closes (``rr.disconnect()``, saving elsewhere,
    exit) the native file is rewritten as one Arrow IPC stream, so ``polars.read_ipc_stream(path)`` and DuckDB
    read it as a table too. ``compression="zstd"`` compresses native files (Arrow IPC
    buffer compression). Saving again replaces the previous file sink of this recording. ``default_blueprint``
    becomes the app's default layout and is kept in a native file (else the app's current blueprint is), so
    ``rerun_nb.load`` shows it.

    Raises :class:`~rerun_nb.io.RecordingFileError` when the file cannot be created; nothing logged is lost.
    """
    _current_or_raise(recording, "save").save(path, default_blueprint, compression=compression)


def disconnect(*, recording: RecordingStream | None = None) -> None:
    """Stop streaming to files and servers: flush what is pending, close them (Rerun's ``rr.disconnect``)."""
    rec = get_data_recording(recording)
    if rec is not None:
        disconnect_recording(rec)


def load(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    recover: bool = False,
    memory_map: bool = True,
) -> RecordingStream:
    """Open a recording file as a ``RecordingStream``: query it, show it (``rr.notebook_show(rec)``), log into it.

    Native files are memory-mapped: their arrays are not copied into memory. ``.rrd`` files (or
    ``format="rrd"``) are imported through ``rerun-sdk``. A file cut off mid-write loads up to its last complete
    chunk with a warning; other damage raises :class:`~rerun_nb.io.RecordingFileError` (``recover=True`` keeps
    what comes before it).
    """
    f = read_recording_file(path, format=format, recover=recover, memory_map=memory_map)
    rec = RecordingStream(f.application_id or "rerun_nb", recording_id=f.recording_id or None)
    store = rec.store
    for name, kind in f.timeline_kinds.items():
        store.register_timeline(name, kind)
    max_rid = None
    for c in f.chunks:
        store.append_chunk(c)
        if c.num_rows:
            m = int(c.row_ids.max())
            max_rid = m if max_rid is None else max(max_rid, m)
    if max_rid is not None:
        advance_row_ids(max_rid)
    rec.source_file = os.fspath(path)
    if f.default_blueprint is not None:
        _apply_file_blueprint(rec, f.default_blueprint, path)
    return rec


def _apply_file_blueprint(rec: RecordingStream, text: str, path: Any) -> None:
    """A file's layout becomes its app's default blueprint (an active one set in this session still wins, as
    in Rerun); one that does not read is reported and ignored."""
    from .blueprint.codec import blueprint_from_text

    try:
        bp = blueprint_from_text(text)
    except ValueError as e:
        report(BadInput("default_blueprint", f"{os.fspath(path)!r}: unreadable, ignored: {e}"), None, False)
        return
    rec.send_blueprint(bp, make_active=False, make_default=True)


def connect(
    addr: str | None = None,
    token: str | None = None,
    *,
    recording: RecordingStream | None = None,
    **kwargs: Any,
) -> NetWriter:
    """Stream the recording to a rerun_nb server (``rr.serve`` in a notebook, or ``python -m rerun_nb serve``):
    what was already logged, then every row as it is logged. On the server's machine the token is read from
    the server's token file; see :func:`rerun_nb.net.flight_client.connect` for ``token_file``,
    ``certificate``, ``compression``, ``flush_timeout_sec``, ``buffer_bytes``, ``batch_bytes``.

    Examples
    --------
    >>> import rerun_nb as rr            # doctest: +SKIP
    >>> rr.init("rerun_example_dna_abacus")
    >>> rr.connect("127.0.0.1:9876")      # instead of rr.spawn(): the notebook running rr.serve() shows it
    """
    return _connect(_current_or_raise(recording, "connect"), addr, token, **kwargs)


connect_tcp = connect


def serve(
    port: int = DEFAULT_PORT,
    host: str = "127.0.0.1",
    *,
    token: str | None = None,
    recording: RecordingStream | None = None,
    **kwargs: Any,
) -> Server:
    """Receive what other processes log with ``rr.connect(...)`` into this process's recording.

    Rows go to ``recording`` or, if not given, to the current recording (the one ``rr.init`` made; when there
    is none, one is made, made the global one, and takes the first client's ids). See
    :func:`rerun_nb.net.flight_server.serve` for the other arguments and the limits.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.init("rerun_example_serve")
    >>> server = rr.serve(port=0)          # port 0: any free port; see server.port
    >>> server.close()
    """
    rec, made = _current_or_new(recording)
    return _serve(rec, port, host, token=token, adopt_ids=made, **kwargs)


def _current_or_new(recording: RecordingStream | None) -> tuple[RecordingStream, bool]:
    """The current recording, or a new global one (``True``: made now) for a server to receive into."""
    rec = get_data_recording(recording)
    if rec is not None:
        return rec, False
    return RecordingStream("rerun_nb", make_default=True), True


def _open_for_viewer(source: Any, *, create: bool = False) -> Any:
    """What ``Viewer(recording)`` shows (installed as :func:`rerun_nb._current.open_recording`): a recording as
    is, a path loaded, ``None`` the global recording — made (and made the global one) when ``create`` and
    there is none (``Viewer(listen=...)``)."""
    if isinstance(source, (str, os.PathLike)):
        return load(os.fspath(source))
    if source is not None:
        return source
    rec = get_global_data_recording()
    if rec is None and create:
        rec = RecordingStream("rerun_nb", make_default=True)
    return rec


_current.set_opener(_open_for_viewer)


def _in_notebook() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    ip = get_ipython()
    return ip is not None and "IPKernelApp" in getattr(ip, "config", {})


def notebook_show(
    recording: RecordingStream | str | None = None,
    *,
    width: int | None = None,
    height: int | None = None,
    blueprint: Any = None,
    **kwargs: Any,
) -> Any:
    """Show a recording (default: the current one) in the notebook output cell and return the viewer.

    ``blueprint``: the layout (``rerun_nb.blueprint``), sent first as :func:`send_blueprint` does. Shown
    without ``recording``, the viewer shows the global recording and follows a new one of the same
    application (``rr.init`` run again), keeping its UI state.

    Examples
    --------
    >>> import rerun_nb as rr                      # doctest: +SKIP
    >>> rr.init("app"); viewer = rr.notebook_show() # doctest: +SKIP
    """
    from .viewer import notebook_show as _show

    if width is not None:
        kwargs["width"] = width
    if height is not None:
        kwargs["height"] = height
    if blueprint is not None:
        kwargs["blueprint"] = blueprint
    if recording is None:
        recording = get_data_recording()
        # the global recording: the viewer follows a new one of the same app (a re-run of the logging cell)
        kwargs["follows_global"] = recording is None or recording is _current.get_global()
    return _show(recording, **kwargs)


def spawn(
    *, port: int = 9876, connect: bool = True, memory_limit: str = "75%", recording: Any = None, **_: Any
) -> Any:
    """Show the recording: inline viewer in a notebook; in a plain script, a native window when a display
    and the ``render`` extra exist, otherwise one line saying where to see the data."""
    if _in_notebook():
        return notebook_show(recording)
    try:
        from .render.window import spawn_window
    except ImportError:
        print(
            "rerun_nb: no viewer window here (install rerun_nb[render] and run with a display); "
            "logging goes on into the in-process recording — save it with rr.save(path) or show it in a notebook."
        )
        return None
    return spawn_window(get_data_recording(recording))


# -- calls around logging (Rerun 0.41's names) -----------------------------------------------------------------


class FileSink:
    """A file for ``rr.set_sinks``: ``rr.set_sinks(rr.FileSink("run.rnb"))`` (``.rrd`` through rerun-sdk)."""

    def __init__(self, path: str | os.PathLike[str], *, write_footer: bool = True) -> None:
        self._target = os.fspath(path)
        self.path = self._target


def set_sinks(*sinks: Any, default_blueprint: Any = None, recording: RecordingStream | None = None) -> None:
    """Stream the recording to exactly these sinks (see ``RecordingStream.set_sinks``)."""
    _current_or_raise(recording, "set_sinks").set_sinks(*sinks, default_blueprint=default_blueprint)


def memory_recording(recording: RecordingStream | None = None) -> MemoryRecording:
    """Stream the recording into memory; returns the ``MemoryRecording`` (``drain_as_bytes()``)."""
    return _current_or_raise(recording, "memory_recording").memory_recording()


def binary_stream(recording: RecordingStream | None = None) -> MemoryRecording:
    """Stream the recording into memory; ``.read()`` gives the bytes so far (native format)."""
    return _current_or_raise(recording, "binary_stream").binary_stream()


def send_property(name: str, values: Any, recording: RecordingStream | None = None) -> None:
    """Log a recording property (static, at ``__properties/<name>``), e.g. ``rr.AnyValues(run=3)``."""
    rec = _rec(recording)
    if rec is not None:
        rec.send_property(name, values)


def send_recording_name(name: str, recording: RecordingStream | None = None) -> None:
    """Name the recording (``RecordingInfo.name``)."""
    rec = _rec(recording)
    if rec is not None:
        rec.send_recording_name(name)


def send_recording_start_time_nanos(nanos: int, recording: RecordingStream | None = None) -> None:
    """Set the recording's start time in ns since the Unix epoch (``RecordingInfo.start_time``)."""
    rec = _rec(recording)
    if rec is not None:
        rec.send_recording_start_time_nanos(nanos)


def get_application_id(recording: RecordingStream | None = None) -> str | None:
    """The current recording's application id (None without a recording)."""
    rec = get_data_recording(recording)
    return None if rec is None else rec.application_id


def get_recording_id(recording: RecordingStream | None = None) -> str | None:
    """The current recording's id (None without a recording)."""
    rec = get_data_recording(recording)
    return None if rec is None else rec.recording_id


def is_enabled(recording: RecordingStream | None = None) -> bool:
    """Whether logging calls on the current recording store anything."""
    rec = get_data_recording(recording)
    return rec is not None and rec.enabled


def log_file_from_path(
    file_path: str | os.PathLike[str],
    *,
    entity_path_prefix: str | None = None,
    static: bool = False,
    recording: RecordingStream | None = None,
) -> None:
    """Log a file into the current recording: a recording (``.rnb``, ``.rrd``), an image, a mesh, a PLY point
    cloud or a text file (see :meth:`RecordingStream.log_file_from_path`)."""
    rec = _rec(recording)
    if rec is not None:
        rec.log_file_from_path(file_path, entity_path_prefix=entity_path_prefix, static=static)


def log_file_from_contents(
    file_path: str | os.PathLike[str],
    file_contents: bytes,
    *,
    entity_path_prefix: str | None = None,
    static: bool = False,
    recording: RecordingStream | None = None,
) -> None:
    """Log ``file_contents`` as the file ``file_path`` would be logged (Rerun's ``rr.log_file_from_contents``).

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.init("rerun_example_file_contents")
    >>> rr.log_file_from_contents("notes.txt", b"hello")
    """
    rec = _rec(recording)
    if rec is not None:
        rec.log_file_from_contents(
            file_path, file_contents, entity_path_prefix=entity_path_prefix, static=static
        )


def script_add_args(parser: Any) -> None:
    """Add Rerun's script flags to an ``argparse`` parser: ``--headless --connect --serve --url --save --stdout``."""
    parser.add_argument("--headless", action="store_true", help="Don't show GUI")
    parser.add_argument(
        "--connect", dest="connect", action="store_true", help="Connect to an external viewer"
    )
    parser.add_argument("--serve", dest="serve", action="store_true", help="Serve this recording to viewers")
    parser.add_argument("--url", type=str, default=None, help="Connect to this address")
    parser.add_argument("--save", type=str, default=None, help="Save data to a file at this path")
    parser.add_argument("--stdout", dest="stdout", action="store_true", help="Not supported: ignored")


def script_setup(
    args: Any,
    application_id: str,
    *,
    recording_id: str | uuid.UUID | None = None,
    default_blueprint: Any = None,
) -> RecordingStream:
    """``rr.init`` and the sink ``args`` ask for (``--save``, ``--connect``/``--url``, ``--serve``, else a viewer
    unless ``--headless``); returns the recording (Rerun's ``script_setup``)."""
    init(application_id, recording_id=recording_id, strict=True)
    rec = _current_or_raise(None, "script_setup")
    if getattr(args, "serve", False):
        args._rerun_nb_server = serve(recording=rec)
    elif getattr(args, "connect", False) or getattr(args, "url", None):
        connect(getattr(args, "url", None), recording=rec)
    elif getattr(args, "save", None) is not None:
        save(args.save, recording=rec)
    elif not getattr(args, "headless", False) and not getattr(args, "stdout", False):
        globals()["spawn"](recording=rec)
    return rec


def script_teardown(args: Any) -> None:
    """Flush and close what ``script_setup`` opened (a server keeps serving until Ctrl-C, as in Rerun)."""
    server = getattr(args, "_rerun_nb_server", None)
    if server is not None:
        import time

        try:
            while True:
                time.sleep(1)
        except KeyboardInterrupt:
            print("Ctrl-C received. Exiting.")
        server.close()
    disconnect()
