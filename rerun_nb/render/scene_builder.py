"""rerun_nb ``Scene`` → pygfx objects, drawn the way the notebook widget draws them (js/src/*.ts).

* dark background ``#1b1b1f``; colours pass through as logged (sRGB bytes, no colour management);
* points are round, shaded discs (a sprite with the widget's lambert term) whose radius is in scene units
  (negative radius = UI pixels, as in Rerun); no radius → a small fraction of the scene's diagonal;
* line strips / box wireframes as segments, radius in scene units or 2 px by default;
* solid boxes, ellipsoids and arrows as lit meshes (ambient + a light that follows the camera);
* each archetype is drawn by its visual in :mod:`rerun_nb.render.visuals` (a registry by archetype name);
  this module holds no archetype names;
* one ``Group`` per entity carrying ``world_from_entity`` (the transform hierarchy is resolved by the query
  layer); Z up.

:class:`SceneBuilder` keeps one ``gfx.Scene`` in step with successive ``Scene`` objects and only rebuilds a
visual when the row ids of its components changed, so a transform animation costs a matrix per frame.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pygfx as gfx

from .visuals import VisualContext, builder_for, entity_wide, names, placed
from .visuals.helpers import DEFAULT_LINE_PX
from .visuals.labels import labelled

__all__ = [
    "BACKGROUND",
    "DEFAULT_LINE_PX",
    "SceneBuilder",
    "default_radius_for",
]

BACKGROUND = "#1b1b1f"
_SUN = "rerun_nb:sun"


def default_radius_for(bounds: tuple[np.ndarray, np.ndarray] | None, fraction: float = 0.005) -> float:
    """The default point radius: a small fraction of the bounds' diagonal (as the widget's ``defaultRadiusFor``).

    Examples
    --------
    >>> default_radius_for((np.zeros(3), np.array([3.0, 4.0, 0.0])))
    0.025
    """
    if bounds is None:
        return 0.01
    d = float(np.linalg.norm(np.asarray(bounds[1]) - np.asarray(bounds[0])))
    return d * fraction if np.isfinite(d) and d > 0 else 0.01


def _keys_by_archetype(ev: Any) -> dict[str, tuple[tuple[str, Any], ...]]:
    """(component, row id) pairs of each drawn archetype of ``ev``, in draw order: what its visual depends on."""
    groups: dict[str, list[tuple[str, Any]]] = {}
    for k in sorted(ev.components):
        groups.setdefault(k.partition(":")[0], []).append((k, ev.row_ids.get(k)))
    wide = tuple(
        kv for a in groups if entity_wide(a) for kv in groups[a]
    )  # instance poses place every visual
    return {arch: (*groups[arch], *wide) for arch in names() if arch in groups}


# -- the scene --------------------------------------------------------------------------------------


def _set_matrix(obj: Any, m: np.ndarray) -> None:
    """Set an object's local matrix as is (shear included): pygfx's 'matrix' state basis."""
    local = obj.local
    if getattr(local, "_state_basis", "matrix") != "matrix":
        with contextlib.suppress(AttributeError):  # pygfx internals changed: it decomposes instead
            local._state_basis = "matrix"
    local.matrix = np.asarray(m, np.float64)


@dataclass
class _Node:
    group: Any
    matrix_key: bytes = b""
    visuals: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # arch → (key, object)


class SceneBuilder:
    """One ``gfx.Scene`` kept in step with successive rerun_nb ``Scene`` objects.

    Examples
    --------
    >>> b = SceneBuilder()                      # doctest: +SKIP
    >>> b.update(rec.scene(timeline="stable_time", time=1.0))  # doctest: +SKIP
    >>> renderer.render(b.scene, camera)       # doctest: +SKIP
    """

    def __init__(self, *, default_radius: float | None = None, pin_default_radius: bool = True) -> None:
        self.scene = gfx.Scene()
        self.scene.add(gfx.Background.from_color(BACKGROUND))
        self.scene.add(gfx.AmbientLight("#ffffff", 0.55))
        #: A light to attach to the camera (the widget's "sun" follows the camera).
        self.light = gfx.DirectionalLight("#ffffff", 2.0)
        self.light.name = _SUN
        self.light.local.position = (0.4, 1.0, 0.3)
        self.root = gfx.Group()
        self.scene.add(self.root)
        #: Radius of points without radii; with ``pin_default_radius`` it is fixed by the first scene with bounds
        #: (as the widget fixes it at its first fit), else recomputed from each scene's bounds.
        self.default_radius = default_radius
        self.pin_default_radius = pin_default_radius or default_radius is not None
        self._nodes: dict[str, _Node] = {}

    def attach_light(self, camera: Any) -> None:
        """Make the directional light follow ``camera`` (the widget's "sun"); call before rendering with it.

        pygfx only lights with lights found in the rendered scene, so the camera joins this scene (as the
        widget adds its camera to its scene); a camera shared between builders drops their suns.

        Examples
        --------
        >>> b.attach_light(camera)  # doctest: +SKIP
        """
        if camera.parent is not self.scene:
            self.scene.add(camera)
        if self.light.parent is not camera:
            for other in [ch for ch in camera.children if ch.name == _SUN and ch is not self.light]:
                camera.remove(other)
            camera.add(self.light)

    def update(self, scene: Any, hidden: tuple[str, ...] | list[str] = ()) -> None:
        """Make the pygfx scene show ``scene`` (a ``rerun_nb.query.Scene``); ``hidden`` hides subtrees.

        Examples
        --------
        >>> b.update(rec.scene(timeline="stable_time", time=1.0), hidden=["dna/structure/left"])  # doctest: +SKIP
        """
        if self.default_radius is None or not self.pin_default_radius:
            b = scene.bounds()
            if b is not None:
                self.default_radius = default_radius_for(b)
        radius = self.default_radius if self.default_radius is not None else 0.01
        ctx = VisualContext(
            radius, getattr(scene, "store", None), scene.timeline, getattr(scene, "query_time", None)
        )
        hidden_norm = [h.strip("/") for h in hidden]
        seen = set()
        for path, ev in scene.entities.items():
            if any(path == h or path.startswith(h + "/") or h == "" for h in hidden_norm):
                continue
            node = self._nodes.get(path)
            if node is None:
                node = self._nodes[path] = _Node(gfx.Group())
                self.root.add(node.group)
            mkey = ev.world_from_entity.tobytes()
            if mkey != node.matrix_key:
                _set_matrix(node.group, ev.world_from_entity)
                node.matrix_key = mkey
            self._sync_visuals(node, ev, ctx)
            seen.add(path)
        for path in list(self._nodes):
            if path not in seen:
                self.root.remove(self._nodes.pop(path).group)

    @staticmethod
    def _sync_visuals(node: _Node, ev: Any, ctx: VisualContext) -> None:
        """Rebuild the visuals of ``node`` whose components (row ids) or context changed; drop the gone ones."""
        keys = _keys_by_archetype(ev)
        for arch, comps in keys.items():
            key = (comps, ctx)
            old = node.visuals.get(arch)
            if old is not None and old[0] == key:
                continue
            if old is not None and old[1] is not None:
                node.group.remove(old[1])
            build = builder_for(arch)
            obj = build(ev, arch, ctx) if build is not None else None
            obj = placed(
                ev, arch, labelled(ev, arch, obj), lambda e, b=build, a=arch: labelled(e, a, b(e, a, ctx))
            )
            if obj is not None:
                node.group.add(obj)
            node.visuals[arch] = (key, obj)
        for arch in [a for a in node.visuals if a not in keys]:
            _k, obj = node.visuals.pop(arch)
            if obj is not None:
                node.group.remove(obj)
