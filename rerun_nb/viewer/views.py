"""The views of the layout on the kernel side (docs/protocol.md, "Views (v2)").

A front-end view names its layout view in ``space``; this module finds that view in the widget's ``layout``
and answers for it:

* :func:`space_scene` — a 3D / 2D view's part of the whole scene: only the view's entities, with transforms
  relative to the view's origin (the origin's own world transform is not applied);
* :func:`latest_scene` — a ``TextDocument`` / ``BarChart`` view: the latest-at components of its entities
  of the archetypes that class draws, no transforms;
* :func:`handle_series`, :func:`handle_text_log`, :func:`handle_inspect`, :func:`handle_save` — the v2
  messages, each a function of the handler's recording (and layout) and the checked message; they raise
  :class:`~rerun_nb.viewer.checks.ProtocolError` for a malformed one (the handler turns it into an error
  reply).

Examples
--------
>>> layout = {"root": {"type": "view", "id": "v1", "class": "3D", "origin": "/world", "entities": ["world/a"]}}
>>> find_view(layout, "v1")["origin"]
'/world'
>>> find_view(layout, "nope")
Traceback (most recent call last):
...
rerun_nb.viewer.checks.ProtocolError: unknown 'space' 'nope' (not a view of the layout)
"""

from __future__ import annotations

import dataclasses
import math
import threading
from typing import Any

import numpy as np

from .. import entity_path as ep
from .. import query as q
from ..components import Ragged
from ..inspect_query import inspect_entity
from ..series import query_series
from ..text_log_query import MAX_LIMIT, text_log_page
from ..time import from_time_int
from .checks import ProtocolError, is_int, read_id, read_number, read_store_time, read_view, short

__all__ = [
    "MAX_SERIES_WIDTH",
    "SPATIAL_CLASSES",
    "find_view",
    "handle_inspect",
    "handle_series",
    "handle_text_log",
    "latest_scene",
    "read_space",
    "space_scene",
]

SPATIAL_CLASSES = frozenset({"3D", "2D"})
#: Classes answered with a latest-at ``scene`` of their own archetypes.
LATEST_CLASSES = {
    "TextDocument": ("TextDocument:",),
    "BarChart": ("BarChart:",),
    "Graph": ("GraphNodes:", "GraphEdges:"),
    "Map": ("GeoPoints:", "GeoLineStrings:"),
}
#: Widest plot a ``series`` request may ask for (px).
MAX_SERIES_WIDTH = 8192
Reply = tuple[dict[str, Any], list[memoryview]]


# -- the layout ----------------------------------------------------------------------------------------


def find_view(layout: Any, space: str) -> dict[str, Any]:
    """The view node ``space`` of ``layout`` (depth first, no recursion); :class:`ProtocolError` if none."""
    stack = [layout.get("root")] if isinstance(layout, dict) else []
    while stack:
        node = stack.pop()
        if not isinstance(node, dict):
            continue
        if node.get("type") == "view" and node.get("id") == space:
            return node
        stack.extend(node.get("children") or ())
    raise ProtocolError(f"unknown 'space' {short(space)} (not a view of the layout)")


def read_space(content: dict[str, Any], kind: str) -> str | None:
    """``space``: a layout view id, or ``None`` (a v1 message: the whole scene)."""
    s = content.get("space")
    if s is None:
        return None
    if not isinstance(s, str) or not s or len(s) > 200:
        raise ProtocolError(f"{kind}: 'space' must be a layout view id, got {short(s)}")
    return s


# -- scenes of one view --------------------------------------------------------------------------------


def _world(locals_: dict[str, np.ndarray | None], path: str) -> np.ndarray:
    """World-from-``path`` through the local transforms of its ancestors (missing = identity)."""
    m = np.eye(4)
    for a in (*ep.ancestors(path), path) if path else ("",):
        loc = locals_.get(a)
        if loc is not None:
            m = m @ loc
    return m


def _common(a: str, b: str) -> str:
    """The deepest common ancestor-or-self of two canonical paths (``""``: the root)."""
    mine = set(ep.ancestors(a)) | {a}
    for p in (b, *reversed(ep.ancestors(b))):
        if p in mine:
            return p
    return ""


def _under(path: str, top: str) -> bool:
    """Whether ``path`` is ``top`` or below it (canonical paths; ``""`` is the root)."""
    return top == "" or path == top or path.startswith(top + "/")


def _chain_below(top: str, path: str) -> list[str]:
    """The paths from ``top``'s child down to ``path`` (``top`` an ancestor of ``path``)."""
    out = []
    p: str | None = path
    while p is not None and p != top:
        out.append(p)
        p = ep.parent(p) if p else None
    return out[::-1]


def _pinhole_of(ents: dict[str, Any], origin: str) -> str | None:
    """The nearest entity at or above ``origin`` with a Pinhole (intrinsics logged), or None."""
    for p in (origin, *reversed(ep.ancestors(origin))) if origin else ("",):
        ev = ents.get(p)
        if ev is not None and ev.components.get("Pinhole:image_from_camera") is not None:
            return p
    return None


def _projection(ents: dict[str, Any], locals_: dict[str, Any], origin: str, inv_o: np.ndarray) -> Any:
    """``(pinhole, origin_from_world)`` of a 2D view at or under a pinhole: a projective 4x4 taking the world
    space of the pinhole's parent space to the view's space (pixels; three.js divides by w), or None.

    ``world(pinhole) = world_from_camera_xyz @ camera_from_rdf @ rdf_from_image`` (``Pinhole.local_matrix``), so
    ``rdf_from_world = rdf_from_image @ inv(world(pinhole))``; pixels are ``K @ rdf`` divided by z."""
    pin = _pinhole_of(ents, origin)
    if pin is None:
        return None
    k = np.asarray(ents[pin].components["Pinhole:image_from_camera"], dtype=np.float64)
    if k.size < 9:
        return None
    k = k.reshape(-1, 3, 3)[-1]
    d = ents[pin].components.get("Pinhole:image_plane_distance")
    dist = float(np.asarray(d).reshape(-1)[-1]) if d is not None and np.asarray(d).size else 1.0
    try:
        kinv = np.linalg.inv(k)
        w_pin = _world(locals_, pin)
        pin_inv = np.linalg.inv(w_pin)
    except np.linalg.LinAlgError:
        return None
    rdf_from_image = np.eye(4)  # Pinhole.local_matrix without camera_xyz
    rdf_from_image[:3, :2] = dist * kinv[:, :2]
    rdf_from_image[:3, 2] = (0.0, 0.0, 1.0)
    rdf_from_image[:3, 3] = dist * kinv[:, 2]
    kproj = np.zeros((4, 4))  # pixels (u, v) = K @ rdf / z; z kept at a constant depth, w = z
    kproj[:2, :3] = k[:2, :3]
    kproj[2, 2] = 500.0
    kproj[3, 2] = 1.0
    m = inv_o @ w_pin @ kproj @ rdf_from_image @ pin_inv
    return (pin, m) if np.all(np.isfinite(m)) else None


def space_scene(scene: Any, view: dict[str, Any]) -> Any:
    """``scene`` restricted to a 3D / 2D layout view: its entities, in its origin's space.

    Transforms of the origin and its ancestors are left out (the view is drawn in the origin's space). An
    entity outside the origin's subtree is reached through the first path below the common ancestor, whose
    transform then carries ``origin_from_common``. An entity above the origin is drawn without a transform.
    In a 2D view at or under a pinhole, an entity outside the pinhole's subtree (a 3D entity of the space above,
    as the view's ``entities`` list them) is projected through the camera: its first step carries the projective
    ``origin_from_world @ world_from_common`` (see :func:`_projection`; such entities add nothing to the bounds).
    """
    origin = ep.to_canonical(view.get("origin") or "/")
    ents = scene.entities
    locals_ = {p: ev.local_transform for p, ev in ents.items()}
    inv_o = np.linalg.inv(_world(locals_, origin)) if origin else np.eye(4)
    proj = _projection(ents, locals_, origin, inv_o) if view.get("class") == "2D" else None
    out: dict[str, Any] = {}
    for e in view.get("entities") or ():
        if e not in ents:
            continue
        c = _common(e, origin)
        projected = proj is not None and not _under(e, proj[0]) and e != c
        o_from_world = proj[1] if projected else inv_o
        for k, p in enumerate(_chain_below(c, e)):
            if p in out:
                continue
            loc = locals_.get(p)
            if k == 0 and c != origin:  # the first step out of the origin's subtree carries origin_from_c
                loc = o_from_world @ _world(locals_, c) @ (loc if loc is not None else np.eye(4))
            if p != e and loc is None:
                continue
            w = o_from_world @ _world(locals_, p)
            if p in ents:
                out[p] = dataclasses.replace(ents[p], local_transform=loc, world_from_entity=w)
            else:
                out[p] = q.EntityView(p, {}, {}, loc, w, set())
        if e == c and e not in out:  # the origin itself or an ancestor of it
            out[e] = dataclasses.replace(ents[e], local_transform=None, world_from_entity=np.eye(4))
    return dataclasses.replace(scene, entities=dict(sorted(out.items())))


def latest_scene(store: Any, view: dict[str, Any], timeline: str | None, t: int, user_time: Any) -> Any:
    """A ``TextDocument`` / ``BarChart`` view's scene: its entities' latest-at components of its class."""
    prefixes = LATEST_CLASSES[view["class"]]
    out: dict[str, Any] = {}
    for p in view.get("entities") or ():
        comps = q.latest_at_entity(store, p, timeline, t)
        mine = {k: _flat_text(v) for k, v in comps.items() if k.startswith(prefixes)}
        if mine:
            out[p] = q.EntityView(
                p,
                {k: v[0] for k, v in mine.items()},
                {k: v[1].row_id for k, v in mine.items()},
                None,
                np.eye(4),
                {k.split(":", 1)[0] for k in mine},
            )
    q.with_contexts(store, out, timeline, t)  # class ids -> colours (a map's GeoPoints)
    return q.Scene(timeline, user_time, out)


def _flat_text(hit: tuple[Any, Any]) -> tuple[Any, Any]:
    """A ragged batch of strings (graph edges: pairs of node ids) as its flat strings, which travel as text."""
    b = hit[0]
    if isinstance(b, Ragged) and np.asarray(b.values).dtype == object:
        return np.asarray(b.values), hit[1]
    return hit


class SceneCache:
    """The last whole scene per (store generation, timeline, time): the views of one widget asking at the
    same time (and the kernel pushing to them) resolve it once."""

    def __init__(self) -> None:
        self._key: tuple[Any, ...] | None = None
        self._scene: Any = None
        self._lock = threading.Lock()

    def get(self, store: Any, timeline: str | None, t: int, make: Any) -> Any:
        key = (id(store), getattr(store, "generation", None), timeline, t)
        with self._lock:
            if key == self._key and key[1] is not None:
                return self._scene
        scene = make()
        with self._lock:
            self._key, self._scene = key, scene
        return scene


# -- v2 messages ---------------------------------------------------------------------------------------


def _store_of(rec: Any, kind: str) -> Any:
    store = getattr(rec, "store", None)
    if store is None:
        raise ProtocolError(f"{kind}: the viewer has no recording")
    return store


def _timeline(store: Any, content: dict[str, Any], kind: str) -> tuple[str, str]:
    tl = content.get("timeline")
    if not isinstance(tl, str) or not tl:
        raise ProtocolError(f"{kind}: 'timeline' must be a non-empty string, got {short(tl)}")
    tk = store.timeline_kinds.get(tl)
    if tk is None or store.timeline_range(tl) is None:
        raise ProtocolError(f"{kind}: unknown 'timeline' {short(tl)}")
    return tl, tk


def _view_of_class(
    layout: Any, content: dict[str, Any], kind: str, classes: tuple[str, ...]
) -> dict[str, Any]:
    space = read_space(content, kind)
    if space is None:
        raise ProtocolError(f"{kind}: needs a 'space' (a layout view id)")
    view = find_view(layout, space)
    if view.get("class") not in classes:
        raise ProtocolError(f"{kind}: space {short(space)} is a {short(view.get('class'))} view")
    return view


def _bound(content: dict[str, Any], key: str, tk: str, kind: str) -> int | None:
    if content.get(key) is None:
        return None
    return read_store_time(tk, read_number(content, key, kind), widen=False, key=key, msg=kind)


def handle_series(rec: Any, layout: Any, content: dict[str, Any]) -> Reply:
    """``series``: the view's series over ``[start, end]``, M4-decimated to ``4 * width`` points each."""
    qid, view_id = read_id(content, "series"), read_view(content, "series")
    store = _store_of(rec, "series")
    view = _view_of_class(layout, content, "series", ("TimeSeries",))
    tl, tk = _timeline(store, content, "series")
    w = content.get("width")
    if not is_int(w) or not 1 <= w <= MAX_SERIES_WIDTH:
        raise ProtocolError(f"series: 'width' must be an integer in 1..{MAX_SERIES_WIDTH}, got {short(w)}")
    lo, hi = _bound(content, "start", tk, "series"), _bound(content, "end", tk, "series")
    r = query_series(store, list(view.get("entities") or ()), tl, lo, hi, int(w))
    bufs: list[memoryview] = []
    series = []
    for s in r.series:
        x = np.ascontiguousarray(s.x.astype(np.float64) / (1 if tk == "sequence" else 1e9), dtype="<f8")
        series.append(
            {
                "path": s.path,
                "index": s.index,
                "name": s.name,
                "color": list(s.color),
                "kind": s.kind,
                "width": s.width,
                "marker": s.marker,
                "marker_size": s.marker_size,
                "visible": s.visible,
                "n": len(x),
                "x": len(bufs),
                "y": len(bufs) + 1,
            }
        )
        bufs += [memoryview(x).cast("B"), memoryview(np.ascontiguousarray(s.y, dtype="<f8")).cast("B")]
        if s.sigma is not None:  # Measurements: the ±1 σ band (NaN: none at that point)
            series[-1].update(sigma=len(bufs), unit=s.unit)
            bufs.append(memoryview(np.ascontiguousarray(s.sigma, dtype="<f8")).cast("B"))
    dr = None if r.data_range is None else [from_time_int(tk, v) for v in r.data_range]
    reply = {"type": "series", "id": qid, "view": view_id, "timeline": tl, "start": content.get("start"),
             "end": content.get("end"), "data_range": dr,
             "value_range": None if r.value_range is None else list(r.value_range), "series": series}  # fmt: skip
    return reply, bufs


def handle_text_log(rec: Any, layout: Any, content: dict[str, Any]) -> Reply:
    """``text_log``: a page of the view's entries (at ``offset``, or the page holding the cursor entry)."""
    qid, view_id = read_id(content, "text_log"), read_view(content, "text_log")
    store = _store_of(rec, "text_log")
    view = _view_of_class(layout, content, "text_log", ("TextLog",))
    tl, tk = _timeline(store, content, "text_log")
    t = None if content.get("time") is None else read_number(content, "time", "text_log")
    ti = None if t is None else read_store_time(tk, t, widen=True, key="time", msg="text_log")
    off = content.get("offset")
    if off is not None and (not is_int(off) or off < 0):
        raise ProtocolError(f"text_log: 'offset' must be an integer >= 0 or null, got {short(off)}")
    lim = content.get("limit", 100)
    if not is_int(lim) or not 1 <= lim <= MAX_LIMIT:
        raise ProtocolError(f"text_log: 'limit' must be an integer in 1..{MAX_LIMIT}, got {short(lim)}")
    levels = content.get("levels")
    if levels is not None and (not isinstance(levels, list) or not all(isinstance(x, str) for x in levels)):
        raise ProtocolError(f"text_log: 'levels' must be a list of strings or null, got {short(levels)}")
    page = text_log_page(
        store, list(view.get("entities") or ()), tl, ti, offset=off, limit=lim, levels=levels
    )
    reply = {"type": "text_log", "id": qid, "view": view_id, "total": page.total, "offset": page.offset,
             "cursor": page.cursor, "levels": page.levels, "rows": page.rows}  # fmt: skip
    return reply, []


def handle_inspect(rec: Any, content: dict[str, Any]) -> Reply:
    """``inspect``: the latest-at components of one entity, summarised (the selection panel)."""
    qid = read_id(content, "inspect")
    store = _store_of(rec, "inspect")
    path = content.get("path")
    if not isinstance(path, str):
        raise ProtocolError(f"inspect: 'path' must be an entity path, got {short(path)}")
    path = ep.to_canonical(path) if path not in ("", "/") else ""
    inst = content.get("instance")
    if inst is not None and (not is_int(inst) or inst < 0):
        raise ProtocolError(f"inspect: 'instance' must be an integer >= 0 or null, got {short(inst)}")
    if content.get("timeline"):
        tl, tk = _timeline(store, content, "inspect")
        ti = read_store_time(
            tk, read_number(content, "time", "inspect"), widen=True, key="time", msg="inspect"
        )
        if tk == "sequence":
            ti = math.floor(ti)
    else:
        tl, ti = None, 0
    comps = inspect_entity(store, path, tl, ti, instance=inst)
    reply = {"type": "inspect", "id": qid, "view": content.get("view") if isinstance(content.get("view"), str)
             else None, "path": path, "instance": inst, "components": comps}  # fmt: skip
    return reply, []


# -- the handler's side: which view shows which space ---------------------------------------------------


#: The v2 message kinds answered by :meth:`Spaces.handle`.
V2_KINDS = ("series", "text_log", "inspect", "save", "tensor", "video_frame", "audio", "states")


class Spaces:
    """What a protocol handler knows of its layout views: the layout (a dict or a callable giving one), the
    space each protocol view last asked for, the id of the last scene reply sent to it (the base of a
    pushed scene), and a cache of the last whole scene.

    Examples
    --------
    >>> s = Spaces({"root": None})
    >>> s.sent("v/1", 4, None); s.last("v/1")
    (4, None)
    """

    def __init__(self, layout: Any = None) -> None:
        self._layout = layout
        self.scenes = SceneCache()
        self._last: dict[str, tuple[int, str | None]] = {}
        self._lock = threading.Lock()

    @property
    def layout(self) -> Any:
        """The layout JSON (``None`` when there is none)."""
        lay = self._layout
        return lay() if callable(lay) else lay

    def sent(self, view: str, reply_id: int, space: str | None) -> None:
        """A scene reply ``reply_id`` for ``space`` went to ``view``."""
        with self._lock:
            self._last[view] = (reply_id, space)

    def last(self, view: str) -> tuple[int, str | None] | None:
        """``(id of the last scene reply, space)`` of ``view``, or ``None``."""
        with self._lock:
            return self._last.get(view)

    def keep_only(self, views: list[str]) -> None:
        """Forget the views not in ``views`` (released or dropped by the handler)."""
        with self._lock:
            keep = set(views)
            for v in [v for v in self._last if v not in keep]:
                del self._last[v]

    def scene(self, space: str | None, store: Any, timeline: str | None, t: int, user_time: Any) -> Any:
        """The scene of ``space`` (``None``: the whole scene) at store time ``t``."""
        whole = self.scenes.get(store, timeline, t, lambda: q.scene(store, timeline, t, user_time))
        if space is None:
            return whole
        view = find_view(self.layout, space)
        cls = view.get("class")
        if cls in SPATIAL_CLASSES:
            return space_scene(whole, view)
        if cls in LATEST_CLASSES:
            return latest_scene(store, view, timeline, t, user_time)
        raise ProtocolError(f"space {short(space)} is a {short(cls)} view: it has no scene")

    def handle(self, kind: str, rec: Any, content: dict[str, Any]) -> Reply:
        """Answer a v2 message (:data:`V2_KINDS`)."""
        if kind == "series":
            return handle_series(rec, self.layout, content)
        if kind == "text_log":
            return handle_text_log(rec, self.layout, content)
        if kind == "inspect":
            return handle_inspect(rec, content)
        if kind == "tensor":
            from .tensor_query import handle_tensor

            return handle_tensor(rec, _view_of_class(self.layout, content, "tensor", ("Tensor",)), content)
        if kind == "audio":
            from .audio_query import handle_audio

            return handle_audio(rec, _view_of_class(self.layout, content, "audio", ("Audio",)), content)
        if kind == "states":
            from .state_query import handle_states

            view = _view_of_class(self.layout, content, "states", ("StateTimeline",))
            return handle_states(rec, view, content)
        if kind == "video_frame":
            from .video_frames import handle_video_frame

            return handle_video_frame(rec, content)
        from .save import handle_save

        return handle_save(rec, content)
