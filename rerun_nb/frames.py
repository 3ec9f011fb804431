"""Named transform frames (Rerun 0.41, experimental there): ``CoordinateFrame`` and ``Transform3D``'s
``parent_frame`` / ``child_frame``, resolved for the scene.

* An entity's implicit frame is ``tf#/<entity path>``. A ``CoordinateFrame(frame)`` on an entity draws its data
  in that frame instead: ``world_from_entity = world_from_frame(frame)``.
* A transform archetype logged with both ``parent_frame`` and ``child_frame`` (see ``frame_edge``) relates those
  two frames, ``parent_from_child``; it is not the transform of the entity it was logged on.
* ``world_from_frame``: an implicit frame is its entity's world transform; a named frame follows its chain of
  edges up to a frame with no parent, which is taken as the world origin (or to an implicit frame).

Simplification: the subtree of an entity with a ``CoordinateFrame`` moves with it (in Rerun the children keep
their implicit frames, connected to the entity's implicit one).

Examples
--------
>>> import rerun_nb as rr
>>> rec = rr.RecordingStream("frames")
>>> rec.log("tf", rr.Transform3D(translation=[1, 2, 0], parent_frame="world", child_frame="map"), static=True)
>>> rec.log("m", rr.Points3D([[0, 0, 0]]), rr.CoordinateFrame("map"), static=True)
>>> rec.scene(timeline=None).entities["m"].world_from_entity[:3, 3].tolist()
[1.0, 2.0, 0.0]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import numpy as np

from . import entity_path as ep
from .archetypes._base import registered_archetypes

__all__ = ["FrameGraph", "is_frame_edge"]

_IMPLICIT = "tf#"
_MAX_DEPTH = 64


_HOOKED: list[Any] = [-1, {}]  # (registry size it was built at, {archetype name: class with a frame hook})


def _hooked() -> dict[str, Any]:
    """The archetypes that say something about frames (``entity_frame`` / ``frame_edge``), by name."""
    classes = registered_archetypes()
    if _HOOKED[0] != len(classes):
        _HOOKED[:] = [
            len(classes),
            {n: c for n, c in classes.items() if hasattr(c, "entity_frame") or hasattr(c, "frame_edge")},
        ]
    return _HOOKED[1]


def is_frame_edge(cls: Any, get: Callable[[str], Any]) -> bool:
    """True when the transform archetype ``cls`` with fields ``get`` relates two named frames."""
    return hasattr(cls, "frame_edge") and cls.frame_edge(get) is not None


class FrameGraph:
    """Entity frames and frame edges of one scene, collected entity by entity, then applied to its transforms."""

    def __init__(self) -> None:
        self.entity_frame: dict[str, str] = {}
        #: child frame → (parent frame, parent_from_child)
        self.edges: dict[str, tuple[str, np.ndarray]] = {}
        self._hooked = _hooked()  # once per scene: entities are many

    def collect(
        self, path: str, components: Iterable[str], fields: Callable[[str], Callable[[str], Any]]
    ) -> None:
        """Record what entity ``path``'s ``components`` say about frames (``fields(name)`` → an archetype's
        ``get``). Cheap for the entities that have none: one dictionary lookup per component."""
        hooked = self._hooked
        for name in {n for k in components if (n := k.partition(":")[0]) in hooked}:
            cls = hooked[name]
            needs = getattr(cls, "frame_edge_fields", ())
            if needs and not all(f"{name}:{f}" in components for f in needs):
                continue
            if hasattr(cls, "entity_frame"):
                frame = cls.entity_frame(fields(name))
                if frame:
                    self.entity_frame[path] = frame
            if hasattr(cls, "frame_edge"):
                get = fields(name)
                edge = cls.frame_edge(get)
                m = cls.local_matrix(get) if edge is not None else None
                if edge is not None:
                    self.edges[edge[0]] = (edge[1], np.eye(4) if m is None else m)

    def world_from_frame(
        self, frame: str, world: Callable[[str], np.ndarray], depth: int = 0
    ) -> np.ndarray | None:
        """``world_from_frame`` (4x4), or None for a cycle."""
        if depth > _MAX_DEPTH:
            return None
        if frame.startswith(_IMPLICIT):
            return world(ep.to_canonical(frame[len(_IMPLICIT) :] or "/"))
        edge = self.edges.get(frame)
        if edge is None:
            return np.eye(4)  # a root frame: the world origin
        up = self.world_from_frame(edge[0], world, depth + 1)
        return None if up is None else up @ edge[1]

    def apply(
        self,
        entities: dict[str, Any],
        locals_: dict[str, np.ndarray | None],
        world: Callable[[str], np.ndarray],
        worlds: dict[str, np.ndarray],
    ) -> None:
        """Give each entity with a frame the local transform that puts it there (``worlds`` is ``world``'s memo,
        emptied below it), shallow entities first."""
        for path in sorted(self.entity_frame, key=lambda p: (p.count("/"), p)):
            ev = entities.get(path)
            w = self.world_from_frame(self.entity_frame[path], world) if ev is not None else None
            if w is None:
                continue
            try:
                local = np.linalg.solve(world(ep.parent(path) or "") if path else np.eye(4), w)
            except np.linalg.LinAlgError:
                continue
            locals_[path] = ev.local_transform = local
            for k in [k for k in worlds if k == path or k.startswith(path + "/")]:
                del worlds[k]
