"""Scene resolution over the store: Rerun's latest-at (with clears), range, and the transform hierarchy.

Everything that draws or exports — the widget, the renderer, ``rec.latest_at`` — goes through these functions.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from . import entity_path as ep
from .components import Ragged
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
]

CLEAR = "Clear:is_recursive"
_TRANSFORM_PREFIX = "Transform3D:"
_TRANSFORM_FIELDS = ("translation", "rotation_axis_angle", "quaternion", "scale", "mat3x3", "relation")
_CHILD_FROM_PARENT = 2
_IDENTITY = np.eye(4)
_IDENTITY.setflags(write=False)
# Components that only describe other data and are not drawn on their own.
_NON_VISUAL_PREFIXES = (_TRANSFORM_PREFIX, "Clear:", "ViewCoordinates:")


def _clear_key(hit: Hit | None) -> tuple[int, int] | None:
    return None if hit is None else (hit.time, hit.row_id)


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
        """Newest clear at ``path`` (any, or only recursive ones) or recursive at one of its ancestors."""
        key = ("\x00" if recursive_only else "") + path
        try:
            return self._applies[key]
        except KeyError:
            pass
        best = None
        hit = self._own_clear(path)
        if hit is not None:
            b = hit.batch(CLEAR)
            if len(b) and (not recursive_only or bool(b[0])):
                best = (hit.time, hit.row_id)
        par = ep.parent(path)
        if par is not None:
            up = self._newest(par, recursive_only=True)
            if up is not None and (best is None or up > best):
                best = up
        self._applies[key] = best
        return best

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


def _axis_angle_matrix(aa: np.ndarray) -> np.ndarray:
    axis = aa[:3].astype(np.float64)
    angle = float(aa[3])
    n = np.linalg.norm(axis)
    if n == 0 or not np.isfinite(n):
        return np.eye(3)
    x, y, z = axis / n
    c, s = np.cos(angle), np.sin(angle)
    C = 1 - c
    return np.array(
        [
            [c + x * x * C, x * y * C - z * s, x * z * C + y * s],
            [y * x * C + z * s, c + y * y * C, y * z * C - x * s],
            [z * x * C - y * s, z * y * C + x * s, c + z * z * C],
        ]
    )


def _quaternion_matrix(q: np.ndarray) -> np.ndarray:
    x, y, z, w = q.astype(np.float64)
    n = x * x + y * y + z * z + w * w
    if n == 0 or not np.isfinite(n):
        return np.eye(3)
    s = 2.0 / n
    return np.array(
        [
            [1 - s * (y * y + z * z), s * (x * y - z * w), s * (x * z + y * w)],
            [s * (x * y + z * w), 1 - s * (x * x + z * z), s * (y * z - x * w)],
            [s * (x * z - y * w), s * (y * z + x * w), 1 - s * (x * x + y * y)],
        ]
    )


def transform_matrix(fields: dict[str, np.ndarray]) -> np.ndarray | None:
    """``parent_from_child`` 4x4 from Transform3D fields (``{"translation": (1,3), ...}``), or None if empty.

    parent_from_child = translation · rotation_axis_angle · quaternion · scale · mat3x3; with
    ``relation == child_from_parent`` the result is inverted.

    Examples
    --------
    >>> transform_matrix({"translation": np.array([[1, 2, 3]], np.float32)})[:3, 3].tolist()
    [1.0, 2.0, 3.0]
    """
    if not any(k in fields for k in ("translation", "rotation_axis_angle", "quaternion", "scale", "mat3x3")):
        return None
    m3 = np.eye(3)
    if "rotation_axis_angle" in fields:
        m3 = m3 @ _axis_angle_matrix(fields["rotation_axis_angle"][0])
    if "quaternion" in fields:
        m3 = m3 @ _quaternion_matrix(fields["quaternion"][0])
    if "scale" in fields:
        m3 = m3 @ np.diag(fields["scale"][0].astype(np.float64))
    if "mat3x3" in fields:
        m3 = m3 @ fields["mat3x3"][0].astype(np.float64)
    m = np.eye(4)
    m[:3, :3] = m3
    if "translation" in fields:
        m[:3, 3] = fields["translation"][0]
    rel = fields.get("relation")
    if rel is not None and len(rel) and int(rel[0]) == _CHILD_FROM_PARENT:
        try:
            m = np.linalg.inv(m)
        except np.linalg.LinAlgError:
            return np.eye(4)
    return m


def _local_from_components(comps: dict[str, tuple[Any, Hit]]) -> np.ndarray | None:
    fields = {}
    for f in _TRANSFORM_FIELDS:
        v = comps.get(_TRANSFORM_PREFIX + f)
        if v is not None:
            fields[f] = v[0]
    return transform_matrix(fields)


def local_transform(
    store: ChunkStore, path: str, timeline: str | None, t: int, clears: _ClearResolver | None = None
) -> np.ndarray | None:
    """The entity's own ``parent_from_entity`` at time t (None: no transform)."""
    with store.lock:
        store.flush()
        clears = clears or _ClearResolver(store, timeline, t)
        comps = [c for c in store.components_of_locked(path) if c.startswith(_TRANSFORM_PREFIX)]
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


def _geometry_points(ev: EntityView) -> list[np.ndarray]:
    c = ev.components
    pts: list[np.ndarray] = []
    for key in ("Points3D:positions", "Points2D:positions"):
        if key in c:
            pts.append(c[key])
    for key in ("LineStrips3D:strips", "LineStrips2D:strips"):
        if key in c:
            pts.append(c[key].values)
    if "Boxes3D:half_sizes" in c:
        hs = c["Boxes3D:half_sizes"]
        centers = c.get("Boxes3D:centers")
        if centers is None:
            centers = np.zeros((1, 3), np.float32)
        n = max(len(hs), len(centers))
        hs = hs if len(hs) == n else np.broadcast_to(hs[-1:], (n, 3))
        centers = centers if len(centers) == n else np.broadcast_to(centers[-1:], (n, 3))
        r = np.linalg.norm(hs, axis=1, keepdims=True)  # rotation-safe bound
        pts += [centers - r, centers + r]
    if "Arrows3D:vectors" in c:
        vec = c["Arrows3D:vectors"]
        org = c.get("Arrows3D:origins")
        if org is None:
            org = np.zeros((1, 3), np.float32)
        n = len(vec)
        org = org if len(org) == n else np.broadcast_to(org[-1:], (n, 3))
        pts += [org, org + vec]
    return pts


@dataclass
class Scene:
    """The latest-at state of every entity at one time: what the viewer and the renderer draw."""

    timeline: str | None
    time: int | float | None
    entities: dict[str, EntityView]

    def bounds(self) -> tuple[np.ndarray, np.ndarray] | None:
        """World-space (min, max) of all drawable geometry, or None when there is none."""
        lo = np.full(3, np.inf)
        hi = np.full(3, -np.inf)
        for ev in self.entities.values():
            for p in _geometry_points(ev):
                if len(p) == 0:
                    continue
                p3 = p if p.shape[1] == 3 else np.pad(p, ((0, 0), (0, 1)))
                a, b = np.nanmin(p3, axis=0).astype(np.float64), np.nanmax(p3, axis=0).astype(np.float64)
                corners = np.array(
                    [[x, y, z] for x in (a[0], b[0]) for y in (a[1], b[1]) for z in (a[2], b[2])]
                )
                m = ev.world_from_entity
                w = corners @ m[:3, :3].T + m[:3, 3]
                lo = np.minimum(lo, w.min(axis=0))
                hi = np.maximum(hi, w.max(axis=0))
        if not np.all(np.isfinite(lo)):
            return None
        return lo, hi


def scene(store: ChunkStore, timeline: str | None, t: int, user_time: int | float | None = None) -> Scene:
    """Whole-scene latest-at: every entity with something to draw or a transform, sorted by path."""
    clears = _ClearResolver(store, timeline, t)
    entities: dict[str, EntityView] = {}
    locals_: dict[str, np.ndarray | None] = {}
    with store.lock:
        store.flush()
        for path in store.entity_paths_locked():
            comps = _resolve(store, path, store.components_with_values_locked(path), timeline, t, clears)
            locals_[path] = (
                _local_from_components(comps) if any(k.startswith(_TRANSFORM_PREFIX) for k in comps) else None
            )
            visual = {k: v for k, v in comps.items() if not k.startswith(_NON_VISUAL_PREFIXES)}
            if not visual and locals_[path] is None:
                continue
            entities[path] = EntityView(
                path,
                {k: v[0] for k, v in visual.items()},
                {k: v[1].row_id for k, v in comps.items()},
                locals_[path],
                _IDENTITY,
                {k.split(":", 1)[0] for k in comps},
            )
    root = locals_.get("")
    worlds: dict[str, np.ndarray] = {"": root if root is not None else _IDENTITY}

    def world(p: str) -> np.ndarray:
        w = worlds.get(p)
        if w is not None:
            return w
        par = ep.parent(p)
        base = world(par) if par is not None else _IDENTITY
        loc = locals_.get(p)
        w = base if loc is None else base @ loc
        worlds[p] = w
        return w

    for path, ev in entities.items():
        ev.world_from_entity = world(path)
    return Scene(timeline, user_time, entities)


def static_time() -> int:
    return int(STATIC_TIME)


def batch_to_user(batch: Any) -> Any:
    """Query results for users: ragged batches become a list of arrays."""
    if isinstance(batch, Ragged):
        return [batch[i] for i in range(len(batch))]
    return batch
