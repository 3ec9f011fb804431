"""The static picture saved with a notebook: a PNG of the viewer's current state, put next to the widget in its
output (``image/png``), so a notebook opened where the widget cannot run (GitHub, nbviewer, a closed kernel)
still shows the scene.

Cheap by design: :func:`picture_for_display` never renders on the caller's thread. It returns the PNG when one
for exactly this state is cached, else schedules a render on one background thread and returns ``None``; the
caller adds the picture later (``on_ready``), e.g. by updating its display. Where no picture can be made (no
pygfx, no wgpu adapter, ``RERUN_NB_STATIC_PNG=0``) it returns ``None`` and says why once, in one line.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import os
import sys
import threading
import uuid
import weakref
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from . import _support

__all__ = [
    "display_viewer",
    "picture_bundle",
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
    traitlet (``{}`` / ``None`` = fit to the scene). ``None`` too when the scene is empty.
    """
    reason = static_picture_reason()
    if reason is not None:
        _say_why_once(reason)
        return None
    if recording is None:
        return None
    try:
        from .snapshot import _scene_of, snapshot_png

        if not _scene_of(recording, timeline, time).entities:
            # nothing to draw; and a first render of an empty scene leaves that renderer drawing nothing in the
            # next picture either (seen with pygfx 0.17 on lavapipe)
            return None
        layout = _layout_of(recording, width, height)
        if layout is not None:  # several views, or not one 3D view at the root: draw them all, tiled
            return _layout_png(recording, layout, timeline, time, camera, width, height, hidden)
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


def _layout_of(recording: Any, width: int, height: int) -> dict[str, Any] | None:
    """The layout the viewer shows for ``recording`` (its app's blueprint, else Rerun's heuristics), when it is
    more than the one 3D view the plain snapshot draws."""
    from ..blueprint import blueprint_to_layout
    from ..viewer.ui_state import active_blueprint
    from .layout_picture import wants_layout

    bp = active_blueprint(getattr(recording, "application_id", None) or "")
    layout = blueprint_to_layout(bp, recording, aspect=width / max(height, 1))
    return layout if wants_layout(layout) else None


def _layout_png(
    recording: Any,
    layout: dict[str, Any],
    timeline: Any,
    time: Any,
    camera: Any,
    width: int,
    height: int,
    hidden: Any,
) -> bytes:
    """PNG of every view of ``layout`` (:func:`rerun_nb.render.layout_picture.render_layout`)."""
    from .. import timelines as tq
    from .layout_picture import render_layout
    from .snapshot import default_timeline, encode_png

    tl = default_timeline(recording) if timeline is None else (timeline or None)
    t_int = None if tl is None or time is None else tq.query_int(recording.store, tl, time)[0]
    arr = render_layout(recording, layout, tl, t_int, width=int(width), height=int(height),
                        camera=camera or None, hidden=tuple(hidden))  # fmt: skip
    return encode_png(arr)


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
        _executor = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="rerun_nb-picture", initializer=_lower_priority
        )
    return _executor


def _lower_priority() -> None:
    """The picture is a background nicety: its thread (and the renderer threads it starts, which inherit it)
    yields the CPU to the kernel's own work and the live viewer (Linux: per-thread nice)."""
    with contextlib.suppress(AttributeError, OSError):  # not Linux, or not allowed
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 15)


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


# --------------------------------------------------------------------------------------------------
# the picture next to a displayed viewer
# --------------------------------------------------------------------------------------------------

WIDGET_VIEW_MIMETYPE = "application/vnd.jupyter.widget-view+json"
#: Seconds a viewer's state must stay still before its picture is rendered again.
PICTURE_DEBOUNCE_S = 1.0
#: Traitlets of the viewer whose change makes a new picture.
_VIEW_TRAITS = ("timeline", "time", "camera", "hidden", "width", "height", "data_version", "playing")
_displays: weakref.WeakSet[_Pictures] = weakref.WeakSet()
#: The picture outputs of each displayed viewer, and the cell that displayed it last (this module owns both; the
#: viewer knows nothing of them).
_pictures_of: weakref.WeakKeyDictionary[Any, _Pictures] = weakref.WeakKeyDictionary()
_shown_in: weakref.WeakKeyDictionary[Any, int | None] = weakref.WeakKeyDictionary()
_hook_registered = False
_cell_running = False  # between IPython's pre_run_cell and post_run_cell


def _headless_wait_s() -> float:
    try:
        return float(os.environ.get("RERUN_NB_PICTURE_WAIT", "60"))
    except ValueError:
        return 60.0


def _ipython() -> Any:
    try:
        from IPython import get_ipython
    except ImportError:
        return None
    return get_ipython()


def _in_kernel(ip: Any) -> bool:
    return ip is not None and getattr(ip, "kernel", None) is not None


def _headless(ip: Any) -> bool:
    """A client that cannot answer ``input()`` (nbclient, ``nbconvert --execute``, papermill): nobody looks at a
    live view there and its saved notebook is written as soon as the last cell ends."""
    k = getattr(ip, "kernel", None)
    return k is not None and getattr(k, "_allow_stdin", True) is False


def picture_bundle(png: bytes | None, width: int, height: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """The output that carries the picture. Its widget view names no model (``model_id: ""``): a front end with
    the widget manager (JupyterLab, Notebook 7) hides such an output, so the live viewer is all one sees there,
    while nbconvert, GitHub and nbviewer (no widget state for ``""``) show the ``image/png``. Being a separate
    output, the picture can be updated without touching the live view (updating the widget's own output makes
    JupyterLab build a new view of it)."""
    data: dict[str, Any] = {
        WIDGET_VIEW_MIMETYPE: {"version_major": 2, "version_minor": 0, "model_id": ""},
        "text/plain": "",
    }
    md: dict[str, Any] = {}
    if png is not None:
        data["image/png"] = base64.b64encode(png).decode("ascii")
        md["image/png"] = {"width": int(width), "height": int(height)}
    return data, md


class _Pictures:
    """The picture outputs of one viewer: their display ids, and the renders that keep them current."""

    def __init__(self, viewer: Any) -> None:
        self._viewer = weakref.ref(viewer)
        self.display_ids: list[str] = []
        self._lock = threading.Lock()
        self._seq = 0
        self._shown_seq = 0
        self._timer: threading.Timer | None = None
        self.renders = 0  # pictures published (tests)
        self.dirty = False  # a picture is due when the running cell ends
        self._last_timeline: str | None = None
        self._last_max: float | None = None
        viewer.observe(self._changed, names=list(_VIEW_TRAITS))
        _displays.add(self)

    def state(self) -> dict[str, Any] | None:
        v = self._viewer()
        if v is None:
            return None
        timeline = v.timeline or ""
        t = float(v.time)
        tl = next((i for i in v.timelines if i.get("name") == timeline), None)
        if tl is not None:
            # as the front end does: a view at the end of its timeline, or on one that just appeared, follows
            # the data (without a front end, as in a headless run, ``time`` is not moved for it)
            lo, hi = float(tl["min"]), float(tl["max"])
            at_end = self._last_max is not None and t >= self._last_max
            appeared = self._last_timeline == "" and self._last_max is not None
            if v.follow or at_end or appeared or not lo <= t <= hi:
                t = hi
            self._last_max = hi
        self._last_timeline = timeline
        if self._last_max is None:
            self._last_max = float("inf")  # seen once, with nothing on the timeline
        # the latest time is asked for as ``None``: seconds since 1970 as a float miss the last row's nanoseconds
        at_latest = tl is not None and t >= float(tl["max"])
        return {
            "recording": v.recording,
            "timeline": timeline,
            "time": None if not timeline or at_latest else t,
            "camera": dict(v.camera) or None,
            "width": int(v.width) or 800,
            "height": int(v.height) or 480,
            "hidden": tuple(v.hidden),
        }

    def request(self) -> bytes | None:
        """Ask for the picture of the viewer's current state: the cached PNG now, else rendered in the
        background and published when done."""
        st = self.state()
        if st is None:
            return None
        with self._lock:
            self._seq += 1
            seq = self._seq
        png = picture_for_display(
            st["recording"],
            st["timeline"],
            st["time"],
            st["camera"],
            st["width"],
            st["height"],
            st["hidden"],
            on_ready=lambda p: self.publish(seq, p, st["width"], st["height"]),
        )
        if png is not None:
            self.publish(seq, png, st["width"], st["height"])
        return png

    def wait(self, timeout: float) -> bool:
        """Render the current state and publish it from this thread (the cell's own), within ``timeout``."""
        self.cancel_timer()
        st = self.state()
        if st is None or static_picture_reason(quick=True) is not None:
            return False
        with self._lock:
            self._seq += 1
            seq = self._seq
        args = [st[k] for k in ("recording", "timeline", "time", "camera", "width", "height", "hidden")]
        fut = render_in_background(*args)
        try:
            png = fut.result(timeout=timeout)
        except Exception:  # a timeout: the picture comes later, from the picture thread
            fut.add_done_callback(
                lambda f: (
                    f.exception() is None
                    and f.result() is not None
                    and self.publish(seq, f.result(), st["width"], st["height"])
                )
            )
            return False
        if png is not None:
            self.publish(seq, png, st["width"], st["height"])
        return png is not None

    def publish(self, seq: int, png: bytes, width: int, height: int) -> None:
        with self._lock:
            if seq <= self._shown_seq:  # a newer picture is out already
                return
            self._shown_seq = seq
            ids = list(self.display_ids)
        if not ids:
            return
        from IPython.display import update_display

        data, md = picture_bundle(png, width, height)
        for did in ids:
            update_display(data, metadata=md, display_id=did, raw=True)
        self.renders += 1

    def cancel_timer(self) -> None:
        t = self._timer
        self._timer = None
        if t is not None:
            t.cancel()

    def _changed(self, _change: Any = None) -> None:
        v = self._viewer()
        if v is None or not self.display_ids:
            return
        self.cancel_timer()
        if v.playing:  # the picture waits until playback stops
            return
        t = threading.Timer(PICTURE_DEBOUNCE_S, self._fire)
        t.daemon = True
        self._timer = t
        t.start()

    def _fire(self) -> None:
        if _cell_running:  # not while the user's code runs: at the cell's end
            self.dirty = True
            return
        try:
            self.request()
        except Exception:
            log.warning("rerun_nb: static picture request failed", exc_info=True)


def _before_cell(*_: Any) -> None:
    global _cell_running
    _cell_running = True


def _after_cell(*_: Any) -> None:
    """Pictures are rendered when a cell has ended, never while the user's code runs (the first one imports
    pygfx and sets a device up: seconds of CPU and GIL). In a headless run the saved notebook is written right
    after the last cell: each cell waits for its viewers' pictures (at most ``RERUN_NB_PICTURE_WAIT`` seconds,
    default 60); elsewhere they are rendered in the background and their outputs updated when done."""
    global _cell_running
    _cell_running = False
    ip = _ipython()
    headless = _headless(ip)
    for p in list(_displays):
        if not p.display_ids or p._viewer() is None:
            continue
        try:
            if headless:
                p.dirty = False
                p.wait(_headless_wait_s())
            elif p.dirty:
                p.dirty = False
                p.request()
        except Exception:
            log.warning("rerun_nb: static picture after cell failed", exc_info=True)


def _register_hook(ip: Any) -> None:
    global _hook_registered
    if _hook_registered or ip is None:
        return
    ip.events.register("pre_run_cell", _before_cell)
    ip.events.register("post_run_cell", _after_cell)
    _hook_registered = True


def display_viewer(viewer: Any) -> None:
    """Display ``viewer`` (its ``_ipython_display_``): the live widget, and after it the output that carries
    the static picture (:func:`picture_bundle`), filled in from the background once the cell has ended and
    kept current as the view changes (debounced). Never renders on this thread. A viewer shown already in
    this cell is not shown again by the cell's result (``rr.notebook_show()`` on a cell's last line)."""
    from IPython.display import display

    ip = _ipython()
    shown_in = _shown_in.get(viewer)
    count = getattr(ip, "execution_count", None)
    in_displayhook = getattr(getattr(ip, "displayhook", None), "msg", None) is not None
    if in_displayhook and count is not None and shown_in == count:
        return
    bundle = viewer._repr_mimebundle_() if callable(getattr(viewer, "_repr_mimebundle_", None)) else None
    data, md = bundle if isinstance(bundle, tuple) else (bundle or {"text/plain": repr(viewer)}, {})
    display(data, metadata=md, raw=True)
    _shown_in[viewer] = count
    if not _in_kernel(ip):
        return
    reason = static_picture_reason(quick=True)
    if reason is not None:
        _say_why_once(reason)
        return
    pics = _pictures_of.get(viewer)
    if pics is None:
        pics = _pictures_of[viewer] = _Pictures(viewer)
    did = uuid.uuid4().hex
    pics.display_ids.append(did)
    st = pics.state() or {"width": 800, "height": 480}
    pdata, pmd = picture_bundle(None, st["width"], st["height"])
    display(pdata, metadata=pmd, raw=True, display_id=did)
    if _hook_registered and not _cell_running:  # shown from a callback, not a cell
        pics.request()
    else:
        pics.dirty = True  # rendered when the cell ends
    _register_hook(ip)
