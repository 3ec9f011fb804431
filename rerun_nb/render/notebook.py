"""The static picture saved with a notebook: a PNG of the viewer's current state, put next to the widget in its
output (``image/png``), so a notebook opened where the widget cannot run (GitHub, nbviewer, a closed kernel)
still shows the scene.

Cheap by design: :func:`picture_for_display` never renders on the caller's thread. It returns the PNG when one
for exactly this state is cached, else schedules a render on one background thread and returns ``None``; the
caller adds the picture later (``on_ready``), e.g. by updating its display. Where no picture can be made (no
pygfx, no wgpu adapter, ``RERUN_NB_STATIC_PNG=0``) it returns ``None`` and says why once, in one line.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from . import _support

__all__ = [
    "picture_for_display",
    "render_in_background",
    "static_picture_reason",
    "static_png_for",
]

log = logging.getLogger("rerun_nb.render")

_CACHE_MAX = 16
_cache: OrderedDict[Any, bytes] = OrderedDict()
_pending: dict[Any, Future[bytes | None]] = {}
_lock = threading.Lock()
_executor: ThreadPoolExecutor | None = None
_said_why = False


def static_picture_reason(*, quick: bool = False) -> str | None:
    """``None`` when saved notebooks get a picture, else why not (one line). ``quick``: don't look for a GPU
    adapter (seconds the first time) unless that was done already."""
    if os.environ.get("RERUN_NB_STATIC_PNG", "1").strip().lower() in ("0", "false", "no", "off"):
        return "turned off by RERUN_NB_STATIC_PNG=0"
    return _support.quick_reason() if quick else _support.unavailable_reason()


def _say_why_once(reason: str) -> None:
    global _said_why
    if _said_why:
        return
    _said_why = True
    print(f"rerun_nb: no static picture in saved notebooks: {reason}", file=sys.stderr)


def static_png_for(
    recording: Any,
    timeline: str | None,
    time: Any,
    camera: Any = None,
    width: int = 640,
    height: int = 480,
    hidden: tuple[str, ...] | list[str] = (),
) -> bytes | None:
    """PNG of ``recording`` at ``time`` on ``timeline`` as the viewer shows it, rendered now (blocking; the
    first call in a process also sets the device up, about 1–3 s on a CPU). ``None`` where no picture can be
    made (the reason is printed once) or the render failed (logged).

    ``timeline`` is the viewer's traitlet (``""`` = static data only); ``camera`` the viewer's ``camera``
    traitlet (``{}`` / ``None`` = fit to the scene).
    """
    reason = static_picture_reason()
    if reason is not None:
        _say_why_once(reason)
        return None
    if recording is None:
        return None
    try:
        from .snapshot import snapshot_png

        return snapshot_png(
            recording,
            timeline=timeline,
            time=time,
            camera=camera or None,
            width=int(width),
            height=int(height),
            hidden=tuple(hidden),
        )
    except Exception:
        log.warning("rerun_nb: the static picture could not be rendered", exc_info=True)
        return None


def _key(recording: Any, timeline: Any, time: Any, camera: Any, width: int, height: int, hidden: Any) -> Any:
    gen = getattr(getattr(recording, "store", None), "generation", None)
    cam = json.dumps(camera or None, sort_keys=True, default=str)
    return (
        id(recording),
        gen,
        timeline,
        None if time is None else float(time),
        cam,
        width,
        height,
        tuple(hidden),
    )


def _get_executor() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rerun_nb-picture")
    return _executor


def render_in_background(
    recording: Any,
    timeline: str | None,
    time: Any,
    camera: Any = None,
    width: int = 640,
    height: int = 480,
    hidden: tuple[str, ...] | list[str] = (),
    on_ready: Callable[[bytes], None] | None = None,
) -> Future[bytes | None]:
    """Render :func:`static_png_for` on the picture thread; the future's result is the PNG (or ``None``).

    ``on_ready(png)`` runs on that thread when a PNG was made (not when ``None``); exceptions it raises are
    logged. Requests for the same state share one render; the result is cached for :func:`picture_for_display`.
    """
    key = _key(recording, timeline, time, camera, width, height, hidden)
    with _lock:
        if key in _cache:
            fut: Future[bytes | None] = Future()
            fut.set_result(_cache[key])
            png = _cache[key]
            done_now = True
        else:
            done_now = False
            fut = _pending.get(key)  # type: ignore[assignment]
            if fut is None:

                def job() -> bytes | None:
                    try:
                        png = static_png_for(recording, timeline, time, camera, width, height, hidden)
                    finally:
                        with _lock:
                            _pending.pop(key, None)
                    if png is not None:
                        with _lock:
                            _cache[key] = png
                            while len(_cache) > _CACHE_MAX:
                                _cache.popitem(last=False)
                    return png

                fut = _pending[key] = _get_executor().submit(job)
    if on_ready is not None:
        if done_now:
            _call(on_ready, png)
        else:

            def done(f: Future[bytes | None]) -> None:
                if f.exception() is None and f.result() is not None:
                    _call(on_ready, f.result())

            fut.add_done_callback(done)
    return fut


def _call(cb: Callable[[bytes], None], png: bytes) -> None:
    try:
        cb(png)
    except Exception:
        log.warning("rerun_nb: static picture callback failed", exc_info=True)


def picture_for_display(
    recording: Any,
    timeline: str | None,
    time: Any,
    camera: Any = None,
    width: int = 640,
    height: int = 480,
    hidden: tuple[str, ...] | list[str] = (),
    on_ready: Callable[[bytes], None] | None = None,
) -> bytes | None:
    """Never blocks on a render: the cached PNG for exactly this state, or ``None`` after scheduling one
    (``on_ready(png)`` is then called from the picture thread when it is done). ``None`` too where pictures are
    off (the reason is printed once)."""
    reason = static_picture_reason(quick=True)
    if reason is not None:
        _say_why_once(reason)
        return None
    if recording is None:
        return None
    key = _key(recording, timeline, time, camera, width, height, hidden)
    with _lock:
        png = _cache.get(key)
        if png is not None:
            _cache.move_to_end(key)
            return png
    render_in_background(recording, timeline, time, camera, width, height, hidden, on_ready)
    return None
