"""What the viewer keeps per application id (issue 11, item 5; Rerun: "a stable ApplicationId will make it so
the Rerun Viewer retains its UI state across runs").

Rerun's viewer keeps, per application id, a *default* and an *active* blueprint (``rr.send_blueprint``
sets them; anchors §7.4) and the UI state of that app: camera, timeline, time, hidden entities, panel
sizes. A notebook re-runs its logging cell: ``rr.init("app")`` makes a new recording of the same app.

* A viewer shown again for that recording opens with the app's UI state (:func:`restore`).
* A viewer already on screen that shows the global recording follows the new global recording of its app
  (:func:`follow_global`), keeping its UI state: Rerun replaces the data in a running viewer.

The state is written as the user changes it (the viewer's traitlets, :func:`attach`), per app id, in this
process only (as Rerun's web viewer, nothing is written to disk).

Examples
--------
>>> set_blueprint("doc_app", "BP", make_active=False, make_default=True)
>>> active_blueprint("doc_app")
'BP'
>>> remember("doc_app", time=3.0, hidden=["a"])
>>> recall("doc_app").time, recall("doc_app").hidden
(3.0, ['a'])
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "KEPT",
    "UIState",
    "active_blueprint",
    "attach",
    "follow_global",
    "recall",
    "remember",
    "restore",
    "set_blueprint",
    "viewers_of",
]

#: The traitlets kept per application id.
KEPT = ("camera", "timeline", "time", "hidden", "ui")
#: Application ids remembered (least recently used dropped).
MAX_APPS = 64


@dataclass
class UIState:
    """One application's UI state and blueprints."""

    camera: dict[str, Any] | None = None
    timeline: str | None = None
    time: float | None = None
    hidden: list[str] | None = None
    ui: dict[str, Any] | None = None
    default_blueprint: Any = None
    active_blueprint: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


_states: OrderedDict[str, UIState] = OrderedDict()
_lock = threading.RLock()
_viewers: weakref.WeakSet[Any] = weakref.WeakSet()


def _state(app_id: str) -> UIState:
    with _lock:
        st = _states.pop(app_id, None) or UIState()
        _states[app_id] = st
        while len(_states) > MAX_APPS:
            _states.popitem(last=False)
        return st


def recall(app_id: str) -> UIState | None:
    """The state kept for ``app_id`` (``None``: nothing yet)."""
    with _lock:
        return _states.get(app_id)


def remember(app_id: str, **values: Any) -> None:
    """Keep ``values`` (names of :data:`KEPT`) for ``app_id``."""
    with _lock:
        st = _state(app_id)
        for k, v in values.items():
            setattr(st, k, v)


def set_blueprint(
    app_id: str, blueprint: Any, *, make_active: bool = True, make_default: bool = True
) -> None:
    """Rerun's ``send_blueprint`` on the viewer side: the app's default and/or active blueprint; the viewers
    of that app lay themselves out again."""
    with _lock:
        st = _state(app_id)
        if make_default:
            st.default_blueprint = blueprint
        if make_active:
            st.active_blueprint = blueprint
    for v in viewers_of(app_id):
        v.update_layout()


def active_blueprint(app_id: str) -> Any:
    """The blueprint the app's viewers show: the active one, else the default one, else ``None``
    (Rerun's heuristics)."""
    st = recall(app_id)
    if st is None:
        return None
    return st.active_blueprint if st.active_blueprint is not None else st.default_blueprint


def _app(viewer: Any) -> str | None:
    rec = getattr(viewer, "recording", None)
    return None if rec is None else getattr(rec, "application_id", None)


def viewers_of(app_id: str) -> list[Any]:
    """Live viewers (widget not closed) showing a recording of ``app_id``."""
    return [v for v in list(_viewers) if getattr(v, "comm", None) is not None and _app(v) == app_id]


def _on_change(change: Any) -> None:
    viewer = change["owner"]
    app = _app(viewer)
    if (
        app is not None
        and not getattr(viewer, "_ui_restoring", False)
        and not getattr(viewer, "_adopting", False)
    ):
        value = change["new"]
        remember(app, **{change["name"]: list(value) if isinstance(value, list) else value})


def attach(viewer: Any) -> None:
    """Keep ``viewer``'s UI traitlets (:data:`KEPT`) for its recording's app id, now and as they change
    (call after :func:`restore`; a timeline still wanted is not overwritten)."""
    _viewers.add(viewer)
    names = [n for n in KEPT if viewer.has_trait(n)]
    app = _app(viewer)
    if app is not None:
        pending = ("timeline", "time") if getattr(viewer, "_ui_wanted", None) is not None else ()
        now = {n: getattr(viewer, n) for n in names if n not in pending}
        remember(app, **{n: list(v) if isinstance(v, list) else v for n, v in now.items()})
    viewer.observe(_on_change, names=names)


def restore(viewer: Any, *, skip: tuple[str, ...] = ()) -> None:
    """Give ``viewer`` its app's kept UI state (except the traitlets named in ``skip``).

    A timeline the recording does not have yet is kept as wanted (``viewer._ui_wanted``) and taken as soon
    as it appears (:func:`take_wanted`, from the viewer's refresh).
    """
    app = _app(viewer)
    st = None if app is None else recall(app)
    if st is None:
        return
    viewer._ui_restoring = True
    try:
        with viewer.hold_sync():
            for name in ("camera", "hidden", "ui"):
                value = getattr(st, name)
                if value is not None and name not in skip and viewer.has_trait(name):
                    setattr(viewer, name, value)
            if st.timeline is not None and "timeline" not in skip:
                viewer._ui_wanted = (st.timeline, None if "time" in skip else st.time)
                take_wanted(viewer)
    finally:
        viewer._ui_restoring = False


def take_wanted(viewer: Any) -> None:
    """Show the kept timeline (and time) once the recording has it."""
    wanted = getattr(viewer, "_ui_wanted", None)
    if wanted is None:
        return
    name, t = wanted
    if name not in {i["name"] for i in viewer.timelines}:
        return
    viewer._ui_wanted = None
    viewer._ui_restoring = True
    try:
        viewer.timeline = name
        if t is not None:
            viewer.time = float(t)
    finally:
        viewer._ui_restoring = False


def follow_global(recording: Any) -> list[Any]:
    """Point the viewers that follow the global recording of ``recording``'s app (or that had none yet) at
    ``recording``.

    Their UI state (camera, timeline, time, hidden, panels) stays; their views re-query in full. Returns
    the viewers switched.
    """
    app = getattr(recording, "application_id", None)
    moved = []
    waiting = [v for v in list(_viewers) if getattr(v, "comm", None) is not None and _app(v) is None]
    for v in (viewers_of(app) if app is not None else []) + waiting:
        if getattr(v, "follows_global", False) and v.recording is not recording:
            if v.timeline:
                v._ui_wanted = (v.timeline, v.time)
            v.recording = recording
            moved.append(v)
    return moved


#: Largest ``ui`` traitlet, as JSON (the front end's panel sizes, container shares, per-view cameras).
MAX_UI_BYTES = 64 * 1024


def check_ui(value: Any) -> dict[str, Any]:
    """The ``ui`` traitlet if it is a JSON object of at most :data:`MAX_UI_BYTES`, else ``Rejected``.

    Examples
    --------
    >>> check_ui({"sizes": {"c1": [0.7, 0.3]}})
    {'sizes': {'c1': [0.7, 0.3]}}
    """
    import json

    from .traits import Rejected

    if not isinstance(value, dict):
        raise Rejected(f"ui must be a dict, got {type(value).__name__}")
    try:
        text = json.dumps(value, allow_nan=False)
    except (TypeError, ValueError, RecursionError) as e:
        raise Rejected(f"ui must be plain JSON: {str(e)[:80]}") from None
    if len(text) > MAX_UI_BYTES:
        raise Rejected(f"ui is larger than {MAX_UI_BYTES} bytes")
    return value
