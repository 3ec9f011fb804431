"""InstancePoses3D: draws nothing itself; places the entity's other visuals once per pose (Rerun 0.41).

Rerun applies the poses after the entity's transform and does not propagate them to children. Points3D,
Mesh3D, Asset3D and the posed shapes (boxes, ellipsoids, capsules, cylinders) are drawn once per pose
(``PER_POSE``); every other visual under the first pose only ("if not otherwise specified, only the first
instance transform is applied"). With several shapes and several poses, the posed shapes pair shape *i* with
pose *i* (``PAIRED``), the last of the shorter repeated, as Rerun documents for them.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import numpy as np
import pygfx as gfx

from ...components import Ragged
from ...query import instance_matrices
from ._registry import VisualContext, register_visual, set_placer

#: archetypes drawn once per pose (the whole batch under each); the others under the first pose
PER_POSE = frozenset(
    {"Points3D", "Mesh3D", "Asset3D", "Boxes3D", "Ellipsoids3D", "Capsules3D", "Cylinders3D"}
)
#: of those, the posed shapes pair shape i with pose i when both are several (Rerun: "the last box's
#: orientation will be repeated for the remaining poses"): max(shapes, poses) of them
PAIRED = frozenset({"Boxes3D", "Ellipsoids3D", "Capsules3D", "Cylinders3D"})
#: fields that do not count instances (a batch of colours may be longer than the shapes)
_NOT_COUNTED = frozenset({"colors", "labels", "radii", "line_radii", "class_ids", "show_labels", "fill_mode"})


@register_visual("InstancePoses3D", entity_wide=True)
def build(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """Nothing of its own: the poses act through :func:`place`."""
    return None


def _copy(obj: Any) -> Any:
    """A second object drawing the same geometry and material (shared buffers), children included."""
    if type(obj) in (gfx.Group, gfx.WorldObject):
        new = gfx.Group()
    else:
        new = type(obj)(obj.geometry, obj.material)
    new.local.matrix = obj.local.matrix
    new.render_order = obj.render_order
    for child in obj.children:
        new.add(_copy(child))
    return new


def _shapes(ev: Any, arch: str) -> int:
    """How many shapes the archetype's per-instance fields hold (the longest of them)."""
    prefix = arch + ":"
    return max(
        (
            len(b)
            for k, b in ev.components.items()
            if k.startswith(prefix) and k[len(prefix) :] not in _NOT_COUNTED
        ),
        default=0,
    )


def _shape(ev: Any, arch: str, i: int) -> Any:
    """``ev`` with the archetype's per-instance fields cut to instance ``i`` (clamped; one value applies to all)."""
    prefix = arch + ":"
    sub = copy.copy(ev)
    sub.components = {
        k: b[min(i, len(b) - 1) : min(i, len(b) - 1) + 1]
        if k.startswith(prefix) and not isinstance(b, Ragged) and len(b) > 1
        else b
        for k, b in ev.components.items()
    }
    return sub


def place(ev: Any, arch: str, obj: Any, rebuild: Callable[[Any], Any]) -> Any:
    """``obj`` under the entity's instance poses: a group holding one posed copy per pose, or for the posed
    shapes with several of both, shape i under pose i (``rebuild(ev)`` builds from another entity view)."""
    poses = instance_matrices(ev)
    if poses is None:
        return obj
    if arch not in PER_POSE:
        poses = poses[:1]
    n = _shapes(ev, arch) if arch in PAIRED else 1
    group = gfx.Group()
    for i in range(max(n, len(poses)) if n > 1 and len(poses) > 1 else len(poses)):
        holder = gfx.Group()
        holder.local.matrix = np.asarray(poses[min(i, len(poses) - 1)], np.float64)
        if n > 1 and len(poses) > 1:
            part = rebuild(_shape(ev, arch, i))
        else:
            try:
                part = obj if i == 0 else _copy(obj)
            except TypeError:  # an object type whose constructor differs (text): build another one
                part = rebuild(ev)
        if part is not None:
            holder.add(part)
        group.add(holder)
    return group


set_placer(place)
