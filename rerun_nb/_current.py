"""Which recording is current (the global and the thread-local slots, the api's opener) and the process-wide
strict mode.

An api foundation (it imports nothing from rerun_nb). Only the api layer decides which recording a call works
on: ``rerun_nb._global`` reads and sets these slots for the module-level functions, and ``RecordingStream``
sets them for ``make_default`` / ``make_thread_default``. The layers below are handed their recording; the
one exception is a documented default of a user-facing constructor (``Viewer(None)``, ``Viewer(path)``),
which asks the api through :func:`open_recording` — the api installs that opener when ``rerun_nb`` is
imported, so no lower module imports the api.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

__all__ = [
    "get_current",
    "get_global",
    "get_thread_local",
    "is_strict_mode",
    "open_recording",
    "set_global",
    "set_opener",
    "set_strict_mode",
    "set_thread_local",
]

_global_rec: list[Any] = [None]
_tls = threading.local()
_opener: list[Callable[..., Any] | None] = [None]
_strict = [False]


def set_strict_mode(strict: bool) -> None:
    """Raise on bad input instead of warning and dropping the batch (process-wide default)."""
    _strict[0] = bool(strict)


def is_strict_mode() -> bool:
    """Whether bad input raises (``rr.set_strict_mode``); a recording's or a call's ``strict=`` overrides it."""
    return _strict[0]


def get_global() -> Any:
    """The process-wide recording (``None`` before ``rr.init``)."""
    return _global_rec[0]


def set_global(recording: Any) -> Any:
    """Replace the process-wide recording; returns the previous one."""
    prev = _global_rec[0]
    _global_rec[0] = recording
    return prev


def get_thread_local() -> Any:
    """This thread's recording, or ``None``."""
    return getattr(_tls, "rec", None)


def set_thread_local(recording: Any) -> Any:
    """Make ``recording`` this thread's; returns the previous one."""
    prev = getattr(_tls, "rec", None)
    _tls.rec = recording
    return prev


def get_current(recording: Any = None) -> Any:
    """``recording`` if given, else the thread-local one, else the global one."""
    if recording is not None:
        return recording
    rec = getattr(_tls, "rec", None)
    return rec if rec is not None else _global_rec[0]


def set_opener(opener: Callable[..., Any]) -> None:
    """Install the api's ``opener(source, *, create) -> recording`` (``rerun_nb._global`` does, on import)."""
    _opener[0] = opener


def open_recording(source: Any, *, create: bool = False) -> Any:
    """The recording ``source`` names, through the api's opener: a recording as is, a path loaded, ``None`` the
    global recording (made, and made the global one, when ``create`` and there is none)."""
    opener = _opener[0]
    if opener is None:  # pragma: no cover - ``import rerun_nb`` installs it before any submodule runs
        raise RuntimeError("rerun_nb: the api layer is not initialised (import rerun_nb first)")
    return opener(source, create=create)
