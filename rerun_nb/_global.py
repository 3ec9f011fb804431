"""The global and thread-local recordings, and the module-level functions that log into them.

``rr.init("app")`` makes a new global recording; ``rr.log(...)``, ``rr.set_time(...)`` and friends act on the
thread-local recording if one is set, else on the global one (as in Rerun).
"""

from __future__ import annotations

import threading
import uuid
import warnings
from collections.abc import Iterable
from typing import Any

from .errors import RerunWarning
from .recording import RecordingStream, set_strict_mode
from .time import TimeColumn

__all__ = [
    "disable_timeline",
    "flush",
    "get_data_recording",
    "get_global_data_recording",
    "get_thread_local_data_recording",
    "init",
    "log",
    "new_recording",
    "notebook_show",
    "reset_time",
    "send_columns",
    "set_global_data_recording",
    "set_log_tick_enabled",
    "set_log_time_enabled",
    "set_strict_mode",
    "set_thread_local_data_recording",
    "set_time",
    "set_time_nanos",
    "set_time_seconds",
    "set_time_sequence",
    "spawn",
]

_global_rec: list[RecordingStream | None] = [None]
_tls = threading.local()
_warned_no_recording = [False]


def get_global_data_recording() -> RecordingStream | None:
    """The process-wide recording that module-level calls use (``None`` before ``rr.init``)."""
    return _global_rec[0]


def set_global_data_recording(recording: RecordingStream | None) -> RecordingStream | None:
    """Replace the global recording; returns the previous one."""
    prev = _global_rec[0]
    _global_rec[0] = recording
    return prev


def get_thread_local_data_recording() -> RecordingStream | None:
    return getattr(_tls, "rec", None)


def set_thread_local_data_recording(recording: RecordingStream | None) -> RecordingStream | None:
    """Make ``recording`` the one this thread's module-level calls use; returns the previous one."""
    prev = getattr(_tls, "rec", None)
    _tls.rec = recording
    return prev


def get_data_recording(recording: RecordingStream | None = None) -> RecordingStream | None:
    """``recording`` if given, else the thread-local one, else the global one."""
    if recording is not None:
        return recording
    rec = getattr(_tls, "rec", None)
    return rec if rec is not None else _global_rec[0]


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
        if getattr(_tls, "rec", None) is not None:
            _tls.rec = None
    if spawn:
        globals()["spawn"]()


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
    **kwargs: Any,
) -> Any:
    """Show a recording (default: the current one) in the notebook output cell and return the viewer.

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
    return _show(recording if recording is not None else get_data_recording(), **kwargs)


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
