"""The notebook viewer widget: an anywidget whose front end (rerun_nb/static/widget.js) draws the
latest-at scene that the kernel sends it (protocol: docs/protocol.md)."""

from __future__ import annotations

import contextlib
import logging
import os
import pathlib
import threading
import weakref
from typing import Any

import anywidget
import numpy as np
import traitlets as t

from .. import _current
from .. import timelines as tq
from . import live, ui_state
from . import traits as rules
from .checks import LogGate, short
from .image_codec import check_transport
from .protocol import ProtocolHandler, split_reply
from .undrawn import UndrawnCache

__all__ = ["BUNDLE_PATH", "DEFAULT_TIMELINES", "LISTEN_GRACE_S", "MAX_MARKS", "Viewer"]

log = logging.getLogger("rerun_nb.viewer")

#: The bundled front end, built from js/ (``npm --prefix js run build``).
BUNDLE_PATH = pathlib.Path(__file__).resolve().parent.parent / "static" / "widget.js"
#: Timelines every row gets; a viewer opens on a user timeline when there is one, as Rerun does.
DEFAULT_TIMELINES = ("log_time", "log_tick")
#: Most marks (times where data exists) sent per timeline.
MAX_MARKS = 1000
#: Seconds a ``listen=`` server keeps running after the last view of its viewer was released (a view
#: re-rendered by the page comes back within them).
LISTEN_GRACE_S = 2.0
#: Traitlets only the kernel writes: a page's write to them is ignored.
_KERNEL_OWNED = ("timelines", "entity_paths", "undrawn", "data_version", "view_layout")

_MISSING_BUNDLE_ESM = """
export default { render({ el }) {
  const d = document.createElement("div");
  d.className = "rrnb-root rrnb-missing-bundle";
  d.textContent = "rerun_nb: the viewer bundle rerun_nb/static/widget.js is missing; "
    + "build it with `npm --prefix js run build`.";
  el.appendChild(d);
} };
"""


class _BundleESM:
    """``_esm`` read from the bundle when a Viewer is made, so a rebuilt bundle needs no kernel restart
    and a missing one shows a message instead of failing ``import rerun_nb``."""

    def __get__(self, obj: object, objtype: type | None = None) -> str:
        try:
            return BUNDLE_PATH.read_text(encoding="utf-8")
        except OSError:
            return _MISSING_BUNDLE_ESM


def _open_recording(source: Any) -> Any:
    """``Viewer``'s ``recording`` argument as a recording (``None`` stays ``None`` when nothing was logged yet).

    A recording (anything with a ``store``) is shown as is; a path or ``None`` (the global recording) is
    resolved by the api (:func:`rerun_nb._current.open_recording`).
    """
    if source is not None and not isinstance(source, (str, os.PathLike)) and not hasattr(source, "store"):
        raise TypeError(
            f"recording must be a RecordingStream, a file path or None, got {type(source).__name__}"
        )
    return _current.open_recording(source)


def _marks(times: np.ndarray, n: int = MAX_MARKS) -> list[float]:
    """At most ``n`` of the sorted ``times``, evenly spread, first and last kept."""
    if len(times) > n:
        times = times[np.unique(np.linspace(0, len(times) - 1, n).round().astype(np.int64))]
    return [float(x) for x in times]


def _timeline_infos(rec: Any, old: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """The ``timelines`` traitlet of a view of ``rec``: ``{name, kind, min, max, marks}`` in timeline units.

    ``old``: the current traitlet; its marks are kept (those still in range, plus the new end) instead of
    rescanning every time (the live pusher does this between full rescans).
    """
    if rec is None:
        return []
    store = rec.store
    kept = None if old is None else {i["name"]: i.get("marks", []) for i in old}
    out = []
    for name, (kind, lo, hi) in tq.timelines(store).items():
        if kept is None:
            marks = _marks(tq.timeline_times(store, name))
        else:
            marks = [m for m in kept.get(name, []) if lo <= m <= hi]
            if not marks or marks[-1] < float(hi):
                marks.append(float(hi))
        out.append({"name": name, "kind": kind, "min": float(lo), "max": float(hi), "marks": marks})
    return out


def _entity_paths(rec: Any) -> list[str]:
    return sorted(rec.store.entity_paths()) if rec is not None else []


def _default_timeline(infos: list[dict[str, Any]]) -> str:
    """The most recently created user timeline, else ``log_time``/``log_tick``, else ``""``."""
    user = [i["name"] for i in infos if i["name"] not in DEFAULT_TIMELINES]
    if user:
        return user[-1]
    return infos[0]["name"] if infos else ""


_live_viewers: weakref.WeakSet[Viewer] = weakref.WeakSet()
#: Viewers whose ``listen=`` server runs, by port: a new ``Viewer(listen=port)`` takes the port over.
_listeners: dict[int, weakref.ref[Viewer]] = {}
_listeners_lock = threading.Lock()


def _running(server: Any) -> bool:
    return server is not None and not getattr(server, "closed", False)


def _spec_port(spec: Any) -> int | None:
    """The port a ``listen=`` spec asks for (``None``: the default one, or unknown)."""
    if isinstance(spec, int) and not isinstance(spec, bool):
        return spec
    if isinstance(spec, str) and spec.rpartition(":")[2].isdigit():
        return int(spec.rpartition(":")[2])
    return None


def _listen(rec: Any, spec: Any, adopt_ids: bool) -> Any:
    """Start a ``listen=`` server; a port held by an earlier Viewer of this kernel is taken over from it.

    Re-running a cell ``v = Viewer(listen=9876)`` makes a new viewer while the old one still lives (widgets
    live until closed): without the takeover the second bind fails with "Address already in use".
    """
    from ..net import listen  # other processes' rr.connect(...) rows, shown live

    try:
        return listen(rec, spec, adopt_ids=adopt_ids)
    except OSError:
        port = _spec_port(spec)
        with _listeners_lock:
            holders = [r() for p, r in _listeners.items() if port is None or p == port]
        holders = [v for v in holders if v is not None and _running(v.server)]
        if not holders:
            raise
        for v in holders:
            log.warning(
                "rerun_nb viewer: %s was held by an earlier Viewer of this kernel; it stops listening",
                v.server.address,
            )
            v._stop_server()
        return listen(rec, spec, adopt_ids=adopt_ids)


_hook_registered = False


def _after_cell(*_: object) -> None:
    for v in list(_live_viewers):
        try:
            v._refresh_if_changed()
        except Exception:  # never break the user's cell
            log.exception("rerun_nb viewer: refresh after cell failed")


def _register_cell_hook() -> None:
    """Refresh open viewers after each cell, so data logged later shows without a call."""
    global _hook_registered
    if _hook_registered:
        return
    try:
        from IPython import get_ipython
    except ImportError:
        return
    ip = get_ipython()
    if ip is None:
        return
    ip.events.register("post_run_cell", _after_cell)
    _hook_registered = True


class Viewer(anywidget.AnyWidget):
    """Interactive 3D view of a recording, with a timeline, in a notebook output cell.

    The data stays in the kernel: the front end asks for the latest-at scene at the slider's time and
    receives only what changed since what it holds (docs/protocol.md). Data logged in later cells shows
    when that cell ends (an IPython ``post_run_cell`` hook calls :meth:`refresh` when the recording
    changed); call :meth:`refresh` yourself for data logged from other threads.

    Parameters
    ----------
    recording:
        A ``RecordingStream``; ``None`` (default) for the current global recording (``rr.init``).
        A path string opens a saved recording (needs ``rerun_nb.load``).
    timeline:
        Timeline shown first; default: the most recently created user timeline (as Rerun), else
        ``log_time``.
    time:
        Initial cursor, in the timeline's units (seconds for duration/timestamp timelines); default: the
        timeline's latest time.
    width, height:
        Size of the 3D view in CSS pixels; ``width=0`` fills the cell.
    listen:
        Also receive what other processes log with ``rr.connect(addr)``: ``True`` (port 9876), a port
        (``0``: any free one) or ``"host:port"``; the address is :attr:`listen_address`. The server
        (:mod:`rerun_nb.net`) stops when the widget is closed.
    image_transport:
        How large images travel to the page (docs/protocol.md, "Image transport"): ``"auto"`` (default:
        uint8 grey/RGB images of 64 KiB or more as JPEG while scrubbing and playing, the exact bytes once the
        cursor rests), ``"jpeg"`` (the same for every such image) or ``"raw"`` (always the logged bytes).
        Settable later as :attr:`image_transport`.

    Examples
    --------
    >>> import rerun_nb as rr  # doctest: +SKIP
    >>> rr.init("demo")  # doctest: +SKIP
    >>> rr.log("pts", rr.Points3D([[0, 0, 0], [1, 1, 1]]))  # doctest: +SKIP
    >>> viewer = Viewer()  # doctest: +SKIP
    >>> viewer  # shows it  # doctest: +SKIP
    >>> viewer.time = 1.5  # moves the view  # doctest: +SKIP
    """

    _esm = _BundleESM()

    timeline = t.Unicode("").tag(sync=True)
    time = t.Float(0.0).tag(sync=True)
    playing = t.Bool(False).tag(sync=True)
    speed = t.Float(1.0).tag(sync=True)
    loop = t.Bool(True).tag(sync=True)
    follow = t.Bool(False).tag(sync=True)
    timelines = t.List(t.Dict()).tag(sync=True)
    entity_paths = t.List(t.Unicode()).tag(sync=True)
    #: ``{entity path: ["Tensor (tensor view)", ...]}``: archetypes stored there that no view draws (issue 13).
    undrawn = t.Dict().tag(sync=True)
    hidden = t.List(t.Unicode()).tag(sync=True)
    width = t.Int(0).tag(sync=True)
    height = t.Int(480).tag(sync=True)
    data_version = t.Int(0).tag(sync=True)
    camera = t.Dict().tag(sync=True)
    #: The views and their arrangement (docs/protocol.md, "Layout"): the app's blueprint or Rerun's heuristics.
    view_layout = t.Dict().tag(sync=True)
    #: The front end's own UI state (panel sizes, container shares by id, ...), kept per application id.
    ui = t.Dict().tag(sync=True)

    def __init__(
        self,
        recording: Any = None,
        *,
        timeline: str | None = None,
        time: float | None = None,
        width: int = 0,
        height: int = 480,
        listen: Any = None,
        blueprint: Any = None,
        follows_global: bool | None = None,
        image_transport: str = "auto",
        **kwargs: Any,
    ) -> None:
        #: Shows the global recording, and follows a new one of the same application id (``rr.init`` again).
        self.follows_global = recording is None if follows_global is None else bool(follows_global)
        given = tuple(n for n, v in (("timeline", timeline), ("time", time)) if v is not None)
        image_transport = check_transport(image_transport)  # before a server starts
        rec = _open_recording(recording)
        self._server = None
        self._server_lock = threading.RLock()
        self._stop_timer: threading.Timer | None = None
        self._gate = LogGate(log)
        if listen is not None and listen is not False:
            made = rec is None
            if made:  # nothing logged yet: a new global recording takes the first client's ids
                rec = _current.open_recording(None, create=True)
            self._set_server(_listen(rec, listen, adopt_ids=made))
        self._rec = rec
        self._handler = ProtocolHandler(
            lambda: self._rec, layout=lambda: self.view_layout, image_transport=image_transport
        )
        self._undrawn = UndrawnCache()
        infos = _timeline_infos(rec)
        paths = _entity_paths(rec)
        self._signature = self._make_signature(infos, paths)
        auto_timeline = timeline is None
        if timeline is None:
            timeline = _default_timeline(infos)
        elif timeline and timeline not in {i["name"] for i in infos}:
            self._stop_server()
            raise ValueError(f"unknown timeline {timeline!r}; known: {[i['name'] for i in infos]}")
        if time is None:
            time = next((i["max"] for i in infos if i["name"] == timeline), 0.0)
        super().__init__(
            timelines=infos,
            entity_paths=paths,
            undrawn=self._undrawn.get(None if rec is None else rec.store),
            timeline=timeline,
            time=float(time),
            width=width,
            height=height,
            **kwargs,
        )
        # While the timeline was picked for the user (not by them), a newer user timeline replaces it.
        self._timeline_auto = auto_timeline
        self._adopting = False
        self._ui_wanted: Any = None
        if blueprint is not None and rec is not None:
            from ..blueprint.api import to_blueprint

            ui_state.set_blueprint(rec.application_id, to_blueprint(blueprint))
        self.update_layout()
        ui_state.restore(self, skip=given)  # the app's camera, timeline, time, ... unless given here
        ui_state.attach(self)
        self.on_msg(self._on_msg)
        self._watch_comm()
        _live_viewers.add(self)
        _register_cell_hook()
        live.attach(self)  # answered from a kernel subshell and refreshed while a cell runs

    # -- public --------------------------------------------------------------------------------------

    @property
    def recording(self) -> Any:
        """The recording shown. Assigning one shows it instead (views re-query in full)."""
        return self._rec

    @recording.setter
    def recording(self, value: Any) -> None:
        self._rec = _open_recording(value)
        self._handler.reset()
        self.refresh()
        self.update_layout()

    @property
    def image_transport(self) -> str:
        """How large images travel to the page: ``"auto"``, ``"jpeg"`` or ``"raw"`` (see the class docstring).

        Examples
        --------
        >>> viewer.image_transport = "raw"  # exact bytes, always  # doctest: +SKIP
        """
        return self._handler.image_transport

    @image_transport.setter
    def image_transport(self, value: str) -> None:
        self._handler.image_transport = value

    @property
    def server(self) -> Any:
        """The :class:`rerun_nb.net.Server` that ``listen=`` started (``None`` without it)."""
        return getattr(self, "_server", None)

    @property
    def listen_address(self) -> str | None:
        """``"host:port"`` for other processes' ``rr.connect(...)`` when ``listen=`` was given, else ``None``."""
        server = self.server
        return None if server is None else server.address

    def close(self) -> None:
        """Close the widget (its views disappear), forget what they held and stop the ``listen=`` server.

        Also called when the page closes the widget's comm.
        """
        handler = getattr(self, "_handler", None)
        if handler is not None:
            handler.release_all()
        self._stop_server()
        super().close()

    def _ipython_display_(self) -> None:
        # the live widget plus an output carrying a static picture for saved notebooks (render/notebook.py)
        from ..render.notebook import display_viewer

        display_viewer(self)

    @property
    def handler(self) -> ProtocolHandler:
        """The protocol handler answering this widget's messages."""
        return self._handler

    def refresh(self, *, rescan_marks: bool = True) -> None:
        """Re-read timelines, entity paths (and what is stored there but not drawn) from the recording and make the views re-query.

        Parameters
        ----------
        rescan_marks:
            Recompute the marks under the slider (a scan of every time). ``False`` keeps the current marks and
            adds the new end (the live pusher, between rescans); the end-of-cell hook then rescans.

        Examples
        --------
        >>> viewer.refresh()  # after logging more data from outside a cell  # doctest: +SKIP
        """
        with live.REFRESH_LOCK:  # the live pusher thread refreshes too
            rec = self._rec
            infos = _timeline_infos(rec, None if rescan_marks else list(self.timelines))
            paths = _entity_paths(rec)
            sig = self._make_signature(infos, paths)
            # after a quick refresh the end-of-cell hook still rescans the marks (a path count that never matches)
            self._signature = sig if rescan_marks else (sig[0], -1)
            with self.hold_sync():
                self.timelines = infos
                new_paths = paths != list(self.entity_paths)
                if new_paths:
                    self.entity_paths = paths
                undrawn = self._undrawn.get(None if rec is None else rec.store)
                if undrawn != self.undrawn:
                    self.undrawn = undrawn
                self._adopt_default_timeline(infos)
                ui_state.take_wanted(self)
                if new_paths and self.view_layout.get("auto_views", True):
                    self.update_layout()
                self.data_version += 1

    def update_layout(self) -> None:
        """Lay the views out again: the app's active blueprint (``rr.send_blueprint``), else Rerun's
        heuristics, over the recording's entities (docs/protocol.md, "Layout")."""
        from ..blueprint import blueprint_to_layout

        rec = self._rec
        bp = None if rec is None else ui_state.active_blueprint(rec.application_id)
        aspect = self.width / self.height if self.width and self.height else 16 / 9
        try:
            layout = blueprint_to_layout(bp, rec if rec is not None else [], aspect=aspect)
        except Exception as e:  # a blueprint that cannot be laid out never breaks the viewer
            if self._gate.open():
                log.warning(
                    "rerun_nb viewer: cannot lay out the views: %s: %s", type(e).__name__, short(str(e), 200)
                )
            return
        if layout != self.view_layout:
            self.view_layout = layout

    # -- internals -----------------------------------------------------------------------------------

    @staticmethod
    def _make_signature(infos: list[dict[str, Any]], paths: list[str]) -> Any:
        return (tuple((i["name"], i["min"], i["max"], len(i["marks"])) for i in infos), len(paths))

    def _refresh_if_changed(self) -> None:
        glob = _current.get_global()
        if self.follows_global and glob is not None and glob is not self._rec:
            ui_state.follow_global(glob)  # the logging cell ran rr.init(...) again
        rec = self._rec
        if rec is None:
            return
        quick = tuple((n, float(lo), float(hi)) for n, (_k, lo, hi) in tq.timelines(rec.store).items())
        old = tuple(x[:3] for x in self._signature[0])
        if quick != old or len(rec.store.entity_paths()) != self._signature[1]:
            self.refresh()

    def _adopt_default_timeline(self, infos: list[dict[str, Any]]) -> None:
        """While nobody chose a timeline, show the default one (the newest user timeline) at its latest time.

        A view opened before any data (or before the first user timeline) would otherwise stay on ``""`` or
        ``log_time``, or land at time 0 of the new timeline instead of its end.
        """
        cur = self.timeline
        names = {i["name"] for i in infos}
        if cur and cur in names and not (self._timeline_auto and cur in DEFAULT_TIMELINES):
            return
        if getattr(self, "_ui_wanted", None) is not None:
            return  # a kept timeline waits for its data (a re-run of the logging cell): do not switch away
        new = _default_timeline(infos)
        if new == cur:
            return
        self._adopting = True
        try:
            self.timeline = new
            info = next((i for i in infos if i["name"] == new), None)
            if info is not None:
                self.time = float(info["max"])
        finally:
            self._adopting = False
        self._timeline_auto = True

    @t.observe("timeline")
    def _timeline_chosen(self, change: t.Bunch) -> None:
        if not getattr(self, "_adopting", True):
            self._timeline_auto = False

    @t.observe("time", "timeline")
    def _push_scenes(self, change: t.Bunch) -> None:
        """Python moved the cursor: send each view its delta now (docs/protocol.md, "Pushed scenes")."""
        if change["name"] in getattr(self, "_property_lock", {}) or getattr(self, "_adopting", True):
            return  # the page's own change (it queries), or a refresh (the views re-query)
        handler = getattr(self, "_handler", None)
        if handler is None or self.comm is None:
            return
        for reply, bufs in handler.push(self.timeline, self.time):
            for part, part_bufs in split_reply(reply, bufs):
                self.send(part, part_bufs)

    @t.validate("timeline")
    def _check_timeline(self, proposal: t.Bunch) -> str:
        name = proposal["value"]
        if name and self.timelines and name not in {i["name"] for i in self.timelines}:
            raise t.TraitError(f"unknown timeline {name!r}; known: {[i['name'] for i in self.timelines]}")
        return name

    def _on_msg(self, _widget: Any, content: Any, buffers: Any) -> None:
        had_views = bool(self._handler.views())
        reply, bufs = self._handler.handle(content, buffers)
        has_views = bool(self._handler.views())
        if has_views:
            self._views_back()
        elif had_views:
            self._last_view_gone()
        if reply:
            # big replies travel as several messages of <= 4 MB (docs/protocol.md, "part")
            for part, part_bufs in split_reply(reply, bufs):
                self.send(part, part_bufs)

    # -- lifetime: comm close, listen server -----------------------------------------------------------

    def _watch_comm(self) -> None:
        """Have the comm's close (the page closed the widget) close this viewer too."""
        comm = getattr(self, "comm", None)
        if comm is not None and hasattr(comm, "on_close"):
            comm.on_close(self._on_comm_close)

    def _on_comm_close(self, _msg: Any = None) -> None:
        log.debug("rerun_nb viewer: the page closed the comm of %s", self.model_id)
        self.close()

    def _set_server(self, server: Any) -> None:
        with self._server_lock:
            self._server = server
            self._listen_addr = server.address
        with _listeners_lock:
            _listeners[int(server.port)] = weakref.ref(self)

    def _stop_server(self) -> None:
        """Stop the ``listen=`` server (if any; :attr:`server` stays, closed); the views keep what they show."""
        lock = getattr(self, "_server_lock", None)
        if lock is None:
            return
        with lock:
            timer, self._stop_timer = self._stop_timer, None
            server = self._server
        if timer is not None:
            timer.cancel()
        if not _running(server):
            return
        with _listeners_lock:
            ref = _listeners.get(int(server.port))
            if ref is not None and ref() in (self, None):
                del _listeners[int(server.port)]
        with contextlib.suppress(Exception):
            server.close()

    def _last_view_gone(self) -> None:
        """Every view was released: stop the ``listen=`` server after :data:`LISTEN_GRACE_S` seconds."""
        with self._server_lock:
            if not _running(self._server) or self._stop_timer is not None:
                return
            self._stopped_for_views = True
            self._stop_timer = threading.Timer(LISTEN_GRACE_S, self._grace_over)
            self._stop_timer.daemon = True
            self._stop_timer.start()

    def _grace_over(self) -> None:
        with self._server_lock:
            if self._stop_timer is None or self._handler.views():
                return
            self._stop_timer = None
        log.info("rerun_nb viewer: the last view closed; %s stops listening", self.listen_address)
        self._stop_server()

    def _views_back(self) -> None:
        """A view asks again: cancel a pending stop, or listen again where the server had stopped."""
        with self._server_lock:
            timer, self._stop_timer = self._stop_timer, None
            if timer is not None:
                timer.cancel()
                return
            if _running(self._server) or not getattr(self, "_stopped_for_views", False):
                return
            self._stopped_for_views = False
            addr = self._listen_addr
        try:
            self._set_server(_listen(self._rec, addr, adopt_ids=False))
        except OSError as e:
            log.warning("rerun_nb viewer: cannot listen on %s again: %s", addr, e)

    # -- what the page may write (rerun_nb/viewer/traits.py) -------------------------------------------

    def set_state(self, sync_data: Any) -> None:
        """Apply a state update from the page, one traitlet at a time: a rejected value is ignored (one log
        line) and the kernel's value is sent back, so that the page shows what the kernel holds."""
        if not isinstance(sync_data, dict):
            self._refused("state", f"an update must be an object, got {type(sync_data).__name__}")
            return
        resend = []
        for name in sorted(
            sync_data, key=lambda k: k != "timeline"
        ):  # the timeline first: time depends on it
            if name not in self.keys:
                continue
            value = sync_data[name]
            try:
                super().set_state({name: value})
            except Exception as e:  # the rules above, and traitlets' own type checks (a string for a float)
                self._refused(name, str(e).splitlines()[0] if str(e) else type(e).__name__)
            to_json = self.trait_metadata(name, "to_json", self._trait_to_json)
            if to_json(getattr(self, name), self) != value:
                resend.append(name)
        if resend and self.comm is not None:
            self.send_state(resend)

    def _refused(self, name: str, why: str) -> None:
        if self._gate.open():
            log.warning("rerun_nb viewer: ignored the page's %s: %s", short(name, 40), short(why, 200)[1:-1])

    @staticmethod
    def _rule(proposal: t.Bunch, rule: Any, *args: Any) -> Any:
        """Apply ``rule``; a rejected value is a ``TraitError`` (for the page: :meth:`set_state` then keeps the
        old value, logs one line and sends the kernel's value back)."""
        try:
            return rule(proposal["value"], *args)
        except rules.Rejected as e:
            raise t.TraitError(f"Viewer.{proposal['trait'].name}: {e}") from None

    @t.validate("width")
    def _check_width(self, proposal: t.Bunch) -> int:
        return self._rule(proposal, rules.width)

    @t.validate("height")
    def _check_height(self, proposal: t.Bunch) -> int:
        return self._rule(proposal, rules.height)

    @t.validate("speed")
    def _check_speed(self, proposal: t.Bunch) -> float:
        return self._rule(proposal, rules.speed)

    @t.validate("camera")
    def _check_camera(self, proposal: t.Bunch) -> dict[str, Any]:
        return self._rule(proposal, rules.camera)

    @t.validate("hidden")
    def _check_hidden(self, proposal: t.Bunch) -> list[str]:
        return self._rule(proposal, rules.hidden)

    @t.validate("ui")
    def _check_ui(self, proposal: t.Bunch) -> dict[str, Any]:
        return self._rule(proposal, ui_state.check_ui)

    @t.validate("time")
    def _check_time(self, proposal: t.Bunch) -> float:
        kind = next((i.get("kind") for i in self.timelines if i.get("name") == self.timeline), None)
        return self._rule(proposal, rules.time, kind)

    @t.validate(*_KERNEL_OWNED)
    def _check_kernel_owned(self, proposal: t.Bunch) -> Any:
        name = proposal["trait"].name
        if name in getattr(self, "_property_lock", {}):
            raise t.TraitError(f"Viewer.{name}: only the kernel writes it")
        return proposal["value"]
