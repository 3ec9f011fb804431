"""Scene resolution over the store: Rerun's latest-at (with clears), range, and the transform hierarchy.

Everything that draws or exports — the widget, the renderer, ``rec.latest_at`` — goes through these functions.
"""

from __future__ import annotations

import logging
import time
import weakref
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from . import entity_path as ep
from .archetypes import registry
from .archetypes._base import registered_archetypes
from .archetypes.transform import transform_matrix
from .components import Ragged
from .frames import FrameGraph, is_frame_edge
from .store import STATIC_TIME, ChunkStore, Hit

__all__ = [
    "CLEAR",
    "EntityView",
    "Scene",
    "default_color",
    "latest_at_entity",
    "local_transform",
    "scene",
    "transform_matrix",
    "with_contexts",
]

CLEAR = registry.role_component("clear")
_IDENTITY = np.eye(4)
_IDENTITY.setflags(write=False)


class _ClearResolver:
    """Latest clear that applies to each entity at one query time (cached per query)."""

    def __init__(self, store: ChunkStore, timeline: str | None, t: int) -> None:
        self.store, self.timeline, self.t = store, timeline, t
        self._own: dict[str, Hit | None] = {}
        self._applies: dict[str, tuple[int, int] | None] = {}

    def _own_clear(self, path: str) -> Hit | None:
        try:
            return self._own[path]
        except KeyError:
            hit = None
            if self.store.has_component_locked(path, CLEAR):
                hit = self.store.latest_at_locked(path, CLEAR, self.timeline, self.t)
            self._own[path] = hit
            return hit

    def _newest(self, path: str, recursive_only: bool) -> tuple[int, int] | None:
        """Newest clear at ``path`` (any, or only recursive ones) or recursive at one of its ancestors.

        A loop up the tree (not recursion: entity paths from files or the network may be very deep), caching
        the answer for every ancestor on the way.
        """
        key = ("\x00" if recursive_only else "") + path
        if key in self._applies:
            return self._applies[key]
        chain = [(path, recursive_only)]
        up = ep.parent(path)
        while up is not None and "\x00" + up not in self._applies:
            chain.append((up, True))
            up = ep.parent(up)
        inherited = self._applies.get("\x00" + up) if up is not None else None
        for p, rec_only in reversed(chain):
            best = inherited
            hit = self._own_clear(p)
            if hit is not None:
                b = hit.batch(CLEAR)
                if len(b) and (not rec_only or bool(b[0])):
                    own = (hit.time, hit.row_id)
                    best = own if best is None or own > best else best
            self._applies[("\x00" if rec_only else "") + p] = best
            if rec_only:
                inherited = best
        return self._applies[key]

    def clear_for(self, path: str) -> tuple[int, int] | None:
        """(time, row_id) of the newest clear that empties ``path``, or None."""
        return self._newest(path, recursive_only=False)


def _resolve(
    store: ChunkStore, path: str, components: list[str], timeline: str | None, t: int, clears: _ClearResolver
) -> dict[str, tuple[Any, Hit]]:
    cleared = clears.clear_for(path)
    out: dict[str, tuple[Any, Hit]] = {}
    latest_at = store.latest_at_locked
    for comp in components:
        if comp == CLEAR:
            continue
        hit = latest_at(path, comp, timeline, t)
        if hit is None:
            continue
        if cleared is not None and (hit.time, hit.row_id) < cleared:
            continue
        batch = hit.batch(comp)
        if len(batch) == 0:
            continue  # an empty batch is a clear of that component (e.g. unset Transform3D fields)
        out[comp] = (batch, hit)
    return out


def latest_at_entity(
    store: ChunkStore, path: str, timeline: str | None, t: int
) -> dict[str, tuple[Any, Hit]]:
    """Latest-at of every component of one entity: ``{component: (batch, hit)}``, non-empty values only."""
    with store.lock:
        store.flush()
        comps = list(store.components_of_locked(path))
        return _resolve(store, path, comps, timeline, t, _ClearResolver(store, timeline, t))


# -- transforms -------------------------------------------------------------------------------------


def _newest_row_of(comps: dict[str, tuple[Any, Hit]], archetype: str) -> dict[str, Any]:
    """The archetype's values from its newest row only (Rerun's rule for transforms: a new one replaces all)."""
    mine = {k: v for k, v in comps.items() if k.startswith(archetype + ":")}
    newest = max((h.time, h.row_id) for _, h in mine.values())
    return {k: b for k, (b, h) in mine.items() if (h.time, h.row_id) == newest}


def _local_from_components(comps: dict[str, tuple[Any, Hit]]) -> np.ndarray | None:
    """The entity's ``parent_from_entity`` from the latest-at components of its transform archetype(s)."""
    # an archetype's ``transform_order`` places it after the others (a projection after the entity's transform)
    names = sorted(
        {k.partition(":")[0] for k in comps if registry.role_of(k) == "transform"},
        key=lambda n: (getattr(registry.archetype_of(n), "transform_order", 0), n),
    )
    if not names:
        return None
    m = None
    for name in names:
        cls, get = registry.archetype_of(name), registry.getter(_newest_row_of(comps, name), name)
        if is_frame_edge(cls, get):
            continue  # it relates two named frames, not this entity to its parent (frames.py)
        local = cls.local_matrix(get)
        if local is not None:
            m = local if m is None else m @ local
    return m


def local_transform(
    store: ChunkStore, path: str, timeline: str | None, t: int, clears: _ClearResolver | None = None
) -> np.ndarray | None:
    """The entity's own ``parent_from_entity`` at time t (None: no transform)."""
    with store.lock:
        store.flush()
        clears = clears or _ClearResolver(store, timeline, t)
        comps = [c for c in store.components_of_locked(path) if registry.role_of(c) == "transform"]
        if not comps:
            return None
        return _local_from_components(_resolve(store, path, comps, timeline, t, clears))


def world_from_entity(store: ChunkStore, path: str, timeline: str | None, t: int) -> np.ndarray:
    """``world_from_entity`` through the whole transform hierarchy (root first)."""
    clears = _ClearResolver(store, timeline, t)
    m = np.eye(4)
    for p in (*ep.ancestors(path), path):
        local = local_transform(store, p, timeline, t, clears)
        if local is not None:
            m = m @ local
    return m


# -- the whole scene --------------------------------------------------------------------------------


def default_color(path: str) -> tuple[int, int, int, int]:
    """A stable, distinct colour for an entity with no colours logged (hue from a hash of the path).

    Examples
    --------
    >>> default_color("a") == default_color("a")
    True
    """
    h = zlib.crc32(path.encode("utf-8")) & 0xFFFFFFFF
    hue = (h % 3600) / 3600.0
    s, v = 0.75, 0.95
    i = int(hue * 6) % 6
    f = hue * 6 - int(hue * 6)
    p, q, tt = v * (1 - s), v * (1 - f * s), v * (1 - (1 - f) * s)
    r, g, b = [(v, tt, p), (q, v, p), (p, v, tt), (p, q, v), (tt, p, v), (v, p, q)][i]
    return (round(r * 255), round(g * 255), round(b * 255), 255)


@dataclass
class EntityView:
    """The latest-at state of one entity, as drawn."""

    path: str
    components: dict[str, Any]
    row_ids: dict[str, int]
    local_transform: np.ndarray | None
    world_from_entity: np.ndarray
    archetypes: set[str] = field(default_factory=set)

    @property
    def default_color(self) -> tuple[int, int, int, int]:
        return default_color(self.path)

    def get(self, component: str, default: Any = None) -> Any:
        return self.components.get(component, default)


_reported: weakref.WeakKeyDictionary[Any, set[str]] = weakref.WeakKeyDictionary()
_reported_without_store: set[str] = set()
_log = logging.getLogger("rerun_nb.query")


def _report_entity_once(store: ChunkStore | None, path: str, e: Exception) -> None:
    """One log line per entity (per store) that a scene had to skip."""
    seen = _reported.setdefault(store, set()) if store is not None else _reported_without_store
    if path in seen:
        return
    seen.add(path)
    _log.warning("entity %r skipped in the scene: %s: %s", path[:200], type(e).__name__, str(e)[:200])


def _geometry_points(ev: EntityView, scene: Scene | None = None) -> list[np.ndarray]:
    pts: list[np.ndarray] = []
    for name in ev.archetypes:
        cls = registry.archetype_of(name)
        if cls is not None and cls.view in registry.SPATIAL_VIEWS:
            pts += cls.bounds(registry.getter(ev.components, name))
            at = getattr(cls, "bounds_at", None)  # bounds that need the store (a VideoStream's decoded frame)
            if at is not None and scene is not None and scene.store is not None:
                pts += at(scene.store, ev.path, scene.timeline, scene.query_time)
    return pts


@dataclass
class Scene:
    """The latest-at state of every entity at one time: what the viewer and the renderer draw."""

    timeline: str | None
    time: int | float | None
    entities: dict[str, EntityView]
    #: the store and the store time queried (visuals that read more than latest-at: VideoStream)
    store: Any = field(default=None, repr=False, compare=False)
    query_time: int | None = None

    def bounds(self) -> tuple[np.ndarray, np.ndarray] | None:
        """World-space (min, max) of all drawable geometry, or None when there is none.

        Entities under a projective transform (3D content projected into a camera's 2D view) are left out."""
        lo = np.full(3, np.inf)
        hi = np.full(3, -np.inf)
        for ev in self.entities.values():
            if np.any(ev.world_from_entity[3] != (0.0, 0.0, 0.0, 1.0)):
                continue
            try:
                pts = _geometry_points(ev, self)
            except Exception as e:
                _report_entity_once(None, ev.path, e)
                continue
            poses = instance_matrices(ev)
            worlds = [ev.world_from_entity] if poses is None else ev.world_from_entity @ poses
            for p in pts:
                if len(p) == 0:
                    continue
                p3 = p if p.shape[1] == 3 else np.pad(p, ((0, 0), (0, 1)))
                a, b = np.nanmin(p3, axis=0).astype(np.float64), np.nanmax(p3, axis=0).astype(np.float64)
                corners = np.array(
                    [[x, y, z] for x in (a[0], b[0]) for y in (a[1], b[1]) for z in (a[2], b[2])]
                )
                for m in worlds:
                    w = corners @ m[:3, :3].T + m[:3, 3]
                    lo = np.minimum(lo, w.min(axis=0))
                    hi = np.maximum(hi, w.max(axis=0))
        if not np.all(np.isfinite(lo)):
            return None
        return lo, hi


# A whole-scene query gives the store lock back this often, so rr.log on another thread never waits long.
_LOCK_SLICE_S = 0.002


def _in_slices(store: ChunkStore, items: list[str]) -> Iterator[list[str]]:
    """Yield ``items`` in runs, each run's work done while holding the store lock for about ``_LOCK_SLICE_S``.

    The caller does the work inside the ``for``; the lock is held from one yield to the next.
    """
    i, n = 0, len(items)
    step = 64
    while i < n:
        with store.lock:
            start = time.perf_counter()
            while i < n:
                yield items[i : i + step]
                i += step
                if time.perf_counter() - start > _LOCK_SLICE_S:
                    break
        if i < n:
            time.sleep(0)  # between slices, let a waiting logger take the lock (RLock is not fair)


def _entity_view(
    store: ChunkStore,
    path: str,
    timeline: str | None,
    t: int,
    clears: _ClearResolver,
    locals_: dict[str, np.ndarray | None],
    contexts: dict[str, dict[str, _Context]] | None = None,
    frames: FrameGraph | None = None,
) -> EntityView | None:
    """One entity's latest-at state (caller holds the lock); None when it has nothing spatial nor a transform.

    The values of archetypes that give context to the entities below them go into ``contexts``.
    """
    try:
        comps = _resolve(store, path, store.components_with_values_locked(path), timeline, t, clears)
        locals_[path] = _local_from_components(comps)
        if contexts is not None:
            _collect_contexts(path, comps, contexts)
        if frames is not None:
            frames.collect(path, comps, lambda n: registry.getter(_newest_row_of(comps, n), n))
    except Exception as e:  # one entity that cannot be resolved never takes the scene down
        _report_entity_once(store, path, e)
        return None
    visual = _whole_rows({k: v for k, v in comps.items() if registry.is_spatial(k)})
    if not visual and locals_[path] is None:
        return None
    return EntityView(
        path,
        {k: v[0] for k, v in visual.items()},
        {k: v[1].row_id for k, v in comps.items()},
        locals_[path],
        _IDENTITY,
        {k.split(":", 1)[0] for k in comps},
    )


def _whole_rows(visual: dict[str, tuple[Any, Hit]]) -> dict[str, tuple[Any, Hit]]:
    """Archetypes declaring ``whole_row`` keep only the fields of their newest row (a new log replaces all)."""
    whole = {
        n
        for k in visual
        if getattr(registry.archetype_of(k), "whole_row", False)
        for n in [k.partition(":")[0]]
    }
    for name in whole:
        newest = _newest_row_of(visual, name)
        for k in [k for k in visual if k.startswith(name + ":") and k not in newest]:
            del visual[k]
    return visual


def instance_matrices(ev: EntityView) -> np.ndarray | None:
    """``entity_from_instance`` (K, 4, 4) of the entity's instance poses (archetypes that define
    ``instance_matrices``), or None when it has none."""
    for name in ev.archetypes:
        cls = registry.archetype_of(name)
        if cls is not None and hasattr(cls, "instance_matrices"):
            m = cls.instance_matrices(registry.getter(ev.components, name))
            if m is not None:
                return m
    return None


# -- context through the hierarchy (annotation contexts, pinholes) ------------------------------------------

# (archetype's components by field, row ids of them): the nearest one at or above an entity applies to it
_Context = tuple[dict[str, Any], tuple[int, ...]]
_NO_CONTEXT: _Context = ({}, ())


def _providers() -> list[type]:
    """Archetypes whose values give context to the entities below them (they define ``contextualise``)."""
    return [c for c in registered_archetypes().values() if hasattr(c, "contextualise")]


def _collect_contexts(
    path: str, comps: dict[str, tuple[Any, Hit]], out: dict[str, dict[str, _Context]]
) -> None:
    for k, (batch, hit) in comps.items():
        cls = registry.archetype_of(k)
        if cls is not None and hasattr(cls, "contextualise"):
            fields, rids = out.setdefault(path, {}).get(cls.archetype_name, ({}, ()))
            fields[k.partition(":")[2]] = batch
            out[path][cls.archetype_name] = (fields, (*rids, hit.row_id))


def _nearest(
    contexts: dict[str, dict[str, _Context]], path: str, name: str, memo: dict[str, _Context]
) -> _Context:
    """The context of archetype ``name`` at ``path`` or its nearest ancestor (a loop: paths may be deep)."""
    chain = []
    p = path
    while True:
        if p in memo:
            found = memo[p]
            break
        here = contexts.get(p, {}).get(name)
        if here is not None:
            found = here
            break
        chain.append(p)
        if p == "":
            found = _NO_CONTEXT
            break
        p = ep.parent(p) or ""
    for c in chain:
        memo[c] = found
    return found


def _derived_row_id(parts: tuple[int, ...]) -> int:
    """A row id for a value derived from the rows ``parts`` (negative: never a logged row; -1 is "none")."""
    return -((hash(parts) & 0x3FFFFFFFFFFFFFFF) + 2)


def _apply_contexts(entities: dict[str, EntityView], contexts: dict[str, dict[str, _Context]]) -> None:
    """Give each drawn entity what its nearest context providers derive for it (colours of class ids, ...)."""
    for cls in _providers():
        name = cls.archetype_name
        if not getattr(cls, "context_default", False) and not any(name in c for c in contexts.values()):
            continue
        memo: dict[str, _Context] = {}
        for path, ev in entities.items():
            if not ev.components:
                continue
            fields, rids = _nearest(contexts, path, name, memo)
            if not rids and not getattr(cls, "context_default", False):
                continue
            try:
                extra = cls.contextualise(fields.get, ev.components)
            except Exception as e:
                _report_entity_once(None, path, e)
                continue
            for k, v in extra.items():
                ev.components[k] = v
                ev.row_ids[k] = _derived_row_id((*rids, *sorted(ev.row_ids.values())))


def with_contexts(store: ChunkStore, entities: dict[str, EntityView], timeline: str | None, t: int) -> None:
    """Add to ``entities`` (latest-at views of a non-spatial view, e.g. a map's GeoPoints) what the context
    providers at or above each derive, as :func:`scene` does for the spatial ones (class ids → colours)."""
    contexts: dict[str, dict[str, _Context]] = {}
    for p in {a for path in entities for a in (*ep.ancestors(path), path)}:
        _collect_contexts(p, latest_at_entity(store, p, timeline, t), contexts)
    _apply_contexts(entities, contexts)


def scene(store: ChunkStore, timeline: str | None, t: int, user_time: int | float | None = None) -> Scene:
    """Whole-scene latest-at: every entity with something to draw or a transform, sorted by path."""
    clears = _ClearResolver(store, timeline, t)
    entities: dict[str, EntityView] = {}
    locals_: dict[str, np.ndarray | None] = {}
    with store.lock:
        store.flush()
        paths = list(store.entity_paths_locked())
    contexts: dict[str, dict[str, _Context]] = {}
    frames = FrameGraph()
    for batch in _in_slices(store, paths):
        for path in batch:
            ev = _entity_view(store, path, timeline, t, clears, locals_, contexts, frames)
            if ev is not None:
                entities[path] = ev
    _apply_contexts(entities, contexts)
    root = locals_.get("")
    worlds: dict[str, np.ndarray] = {"": root if root is not None else _IDENTITY}

    def world(p: str) -> np.ndarray:
        # up to the nearest known ancestor, then down: a loop, as paths may be deep
        chain = []
        while p not in worlds:
            chain.append(p)
            p = ep.parent(p) or ""
        w = worlds[p]
        for c in reversed(chain):
            loc = locals_.get(c)
            w = w if loc is None else w @ loc
            worlds[c] = w
        return w

    frames.apply(entities, locals_, world, worlds)
    for path, ev in entities.items():
        ev.world_from_entity = world(path)
    return Scene(timeline, user_time, entities, store, t)


def static_time() -> int:
    return int(STATIC_TIME)


def batch_to_user(batch: Any) -> Any:
    """Query results for users: ragged batches become a list of arrays."""
    if isinstance(batch, Ragged):
        return [batch[i] for i in range(len(batch))]
    return batch
