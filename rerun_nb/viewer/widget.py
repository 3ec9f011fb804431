"""The notebook viewer widget: an anywidget whose front end (rerun_nb/static/widget.js) draws the
latest-at scene that the kernel sends it (protocol: docs/protocol.md)."""

from __future__ import annotations

import logging
import os
import pathlib
import weakref
from typing import Any

import anywidget
import numpy as np
import traitlets as t

from .. import _current
from .. import timelines as tq
from . import live
from .protocol import ProtocolHandler, split_reply

__all__ = ["BUNDLE_PATH", "DEFAULT_TIMELINES", "MAX_MARKS", "Viewer"]

log = logging.getLogger("rerun_nb.viewer")

#: The bundled front end, built from js/ (``npm --prefix js run build``).
BUNDLE_PATH = pathlib.Path(__file__).resolve().parent.parent / "static" / "widget.js"
#: Timelines every row gets; a viewer opens on a user timeline when there is one, as Rerun does.
DEFAULT_TIMELINES = ("log_time", "log_tick")
#: Most marks (times where data exists) sent per timeline.
MAX_MARKS = 1000

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
    hidden = t.List(t.Unicode()).tag(sync=True)
    width = t.Int(0).tag(sync=True)
    height = t.Int(480).tag(sync=True)
    data_version = t.Int(0).tag(sync=True)
    camera = t.Dict().tag(sync=True)

    def __init__(
        self,
        recording: Any = None,
        *,
        timeline: str | None = None,
        time: float | None = None,
        width: int = 0,
        height: int = 480,
        listen: Any = None,
        **kwargs: Any,
    ) -> None:
        rec = _open_recording(recording)
        self._server = None
        if listen is not None and listen is not False:
            from ..net import listen as _listen  # other processes' rr.connect(...) rows, shown live

            made = rec is None
            if made:  # nothing logged yet: a new global recording takes the first client's ids
                rec = _current.open_recording(None, create=True)
            self._server = _listen(rec, listen, adopt_ids=made)
        self._rec = rec
        self._handler = ProtocolHandler(lambda: self._rec)
        infos = _timeline_infos(rec)
        paths = _entity_paths(rec)
        self._signature = self._make_signature(infos, paths)
        auto_timeline = timeline is None
        if timeline is None:
            timeline = _default_timeline(infos)
        elif timeline and timeline not in {i["name"] for i in infos}:
            if self._server is not None:
                self._server.close()
            raise ValueError(f"unknown timeline {timeline!r}; known: {[i['name'] for i in infos]}")
        if time is None:
            time = next((i["max"] for i in infos if i["name"] == timeline), 0.0)
        super().__init__(
            timelines=infos,
            entity_paths=paths,
            timeline=timeline,
            time=float(time),
            width=width,
            height=height,
            **kwargs,
        )
        # While the timeline was picked for the user (not by them), a newer user timeline replaces it.
        self._timeline_auto = auto_timeline
        self._adopting = False
        self.on_msg(self._on_msg)
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
        """Close the widget (its views disappear) and stop the ``listen=`` server."""
        server = self.server
        if server is not None:
            server.close()
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
        """Re-read timelines and entity paths from the recording and make the views re-query.

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
                if paths != list(self.entity_paths):
                    self.entity_paths = paths
                self._adopt_default_timeline(infos)
                self.data_version += 1

    # -- internals -----------------------------------------------------------------------------------

    @staticmethod
    def _make_signature(infos: list[dict[str, Any]], paths: list[str]) -> Any:
        return (tuple((i["name"], i["min"], i["max"], len(i["marks"])) for i in infos), len(paths))

    def _refresh_if_changed(self) -> None:
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

    @t.validate("timeline")
    def _check_timeline(self, proposal: t.Bunch) -> str:
        name = proposal["value"]
        if name and self.timelines and name not in {i["name"] for i in self.timelines}:
            raise t.TraitError(f"unknown timeline {name!r}; known: {[i['name'] for i in self.timelines]}")
        return name

    def _on_msg(self, _widget: Any, content: Any, buffers: Any) -> None:
        reply, bufs = self._handler.handle(content, buffers)
        if reply:
            # big replies travel as several messages of <= 4 MB (docs/protocol.md, "part")
            for part, part_bufs in split_reply(reply, bufs):
                self.send(part, part_bufs)
