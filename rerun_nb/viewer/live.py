"""Keeping viewers alive while a cell runs (DESIGN.md, "The comm protocol", busy kernel).

Jupyter hands a kernel's shell messages to its main thread, which is busy while a cell runs: a viewer's
query would wait for the cell to end. Two mechanisms keep the viewer live:

* **A kernel subshell answers the viewer.** ipykernel >= 7 runs subshells (JEP 91): threads with their own
  event loop fed by the shell channel thread, which asks each comm where its messages go
  (``comm._reply_subshell_for``). Every viewer's comm is routed to one subshell this module creates, so
  queries and playback windows are answered within milliseconds while the main thread runs the user's
  loop (the store and the protocol handler are locked, so that is safe). Set ``RERUN_NB_SUBSHELL=0`` to
  turn it off; other kernels fall back to answering when the cell ends.
* **A pusher thread tells the front end about new data.** Every ~100 ms (slower when a refresh costs
  more, so that it never takes more than ~10% of the logging thread's time) it compares each shown
  viewer's ``store.generation`` with the last it saw and, when data came in, updates ``timelines`` /
  ``entity_paths`` and bumps ``data_version``: the views re-query (through the subshell), and a view at
  the latest time follows it. Nothing is added to the logging path itself.

Pumping the main thread's pending messages from the logging path (as jupyter-ui-poll does) is not used:
ipykernel 7 has no ``do_one_iteration``; its shell messages reach the main thread through an inproc
socket read by the main thread's own event loop, which cannot be re-entered from a running cell.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import weakref
from dataclasses import dataclass
from typing import Any

log = logging.getLogger("rerun_nb.viewer")

__all__ = ["MIN_INTERVAL_S", "attach", "live_viewers", "subshell_id", "tick"]

#: Shortest time between two refreshes of one viewer while data comes in.
MIN_INTERVAL_S = 0.1
#: The marks under the slider (a scan of every time) are recomputed at most this often while logging.
MARKS_INTERVAL_S = 1.0

_lock = threading.Lock()
#: Serialises refreshes of viewers between the pusher thread and the main thread.
REFRESH_LOCK = threading.RLock()


@dataclass
class _Pace:
    """What the pusher knows of one viewer (this module owns it; the viewer knows nothing of it)."""

    generation: Any  # the store generation last shown
    next_at: float = 0.0  # monotonic time before which it is not refreshed again
    marks_at: float = 0.0  # when its marks were last rescanned
    subshell: bool = False  # its messages are answered from the subshell


_viewers: weakref.WeakKeyDictionary[Any, _Pace] = weakref.WeakKeyDictionary()
_subshell: str | None = None
_subshell_tried = False
_thread: threading.Thread | None = None


def _kernel() -> Any:
    try:
        from ipykernel.kernelbase import Kernel
    except ImportError:
        return None
    if not Kernel.initialized():
        return None
    return Kernel.instance()


def subshell_id() -> str | None:
    """The id of this module's kernel subshell, created on first call; ``None`` where there is none."""
    global _subshell, _subshell_tried
    with _lock:
        if _subshell_tried:
            return _subshell
        _subshell_tried = True
        if os.environ.get("RERUN_NB_SUBSHELL", "1").strip().lower() in ("0", "false", "no", "off"):
            return None
        k = _kernel()
        sct = getattr(k, "shell_channel_thread", None)
        if k is None or sct is None or not getattr(k, "_supports_kernel_subshells", False):
            return None
        box: dict[str, Any] = {}
        done = threading.Event()

        def create() -> None:  # must run on the shell channel thread
            try:
                box["sid"] = sct.manager._create_subshell()
            except Exception as e:  # pragma: no cover - depends on the kernel
                box["err"] = e
            finally:
                done.set()

        try:
            sct.io_loop.add_callback(create)
        except Exception:  # pragma: no cover
            log.debug("rerun_nb viewer: no subshell", exc_info=True)
            return None
        if not done.wait(5) or "sid" not in box:
            log.debug("rerun_nb viewer: no subshell: %s", box.get("err"))
            return None
        _subshell = str(box["sid"])
        return _subshell


def route_comm(widget: Any) -> bool:
    """Send ``widget``'s front-end messages to the subshell; ``True`` when they will be."""
    comm = getattr(widget, "comm", None)
    if comm is None or not hasattr(type(comm), "_reply_subshell_for"):
        return False
    sid = subshell_id()
    if sid is None:
        return False
    # An instance attribute: the class's version follows whichever thread sent last, ours stays put.
    comm._reply_subshell_for = lambda _data, _default, _sid=sid: _sid
    return True


def live_viewers() -> list[Any]:
    """Viewers the pusher looks after (alive and not closed)."""
    return [v for v in list(_viewers.keys()) if getattr(v, "comm", None) is not None]


def attach(viewer: Any, *, start: bool | None = None) -> None:
    """Route ``viewer``'s messages to the subshell and have the pusher refresh it while data comes in.

    ``viewer`` needs ``recording`` (with a ``store``), ``handler`` (its ``ProtocolHandler``), ``comm`` and
    ``refresh(rescan_marks=...)``. ``start``: start the pusher thread (default: only inside a kernel).
    """
    _viewers[viewer] = _Pace(_generation(viewer.recording), 0.0, time.monotonic(), route_comm(viewer))
    if start is None:
        start = _kernel() is not None
    if start:
        _ensure_thread()


def _generation(rec: Any) -> Any:
    store = getattr(rec, "store", None)
    return getattr(store, "generation", None)


def _ensure_thread() -> None:
    global _thread
    with _lock:
        if _thread is not None and _thread.is_alive():
            return
        _thread = threading.Thread(target=_run, name="rerun_nb-viewer-pusher", daemon=True)
        _thread.start()


def _run() -> None:
    while True:
        time.sleep(MIN_INTERVAL_S / 2)
        for v in live_viewers():
            try:
                tick(v)
            except Exception:  # never let one viewer stop the others
                log.debug("rerun_nb viewer: live refresh failed", exc_info=True)


def tick(viewer: Any, now: float | None = None) -> bool:
    """Refresh ``viewer`` if its recording changed and its pace allows; ``True`` when it did."""
    now = time.monotonic() if now is None else now
    pace = _viewers.get(viewer)
    if pace is None or now < pace.next_at:
        return False
    if not viewer.handler.views():  # never shown, or every view released: costs nothing
        return False
    gen = _generation(viewer.recording)
    if gen is None or gen == pace.generation:
        return False
    t0 = time.thread_time()  # CPU time: waiting for the GIL held by the logging thread costs it nothing
    with REFRESH_LOCK:
        pace.generation = gen
        full_marks = now - pace.marks_at >= MARKS_INTERVAL_S
        if full_marks:
            pace.marks_at = now
        viewer.refresh(rescan_marks=full_marks)
    cost = time.thread_time() - t0 + viewer.handler.last_query_s * max(1, len(viewer.handler.views()))
    pace.next_at = now + max(MIN_INTERVAL_S, 10 * cost)
    return True
