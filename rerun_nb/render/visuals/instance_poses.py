"""InstancePoses3D: draws nothing itself; places the entity's other visuals once per pose (Rerun 0.41).

Rerun applies the poses after the entity's transform and does not propagate them to children. Points3D,
Mesh3D, Asset3D and the posed shapes (boxes, ellipsoids, capsules, cylinders) are drawn once per pose
(``PER_POSE``); every other visual under the first pose only ("if not otherwise specified, only the first
instance transform is applied"). Simplification: Rerun pairs shape *i* with pose *i* when there are several
of both; here every shape is drawn under every pose (the same picture when either count is one).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pygfx as gfx

from ...query import instance_matrices
from ._registry import VisualContext, register_visual, set_placer

#: archetypes drawn once per pose; the others under the first pose
PER_POSE = frozenset(
    {"Points3D", "Mesh3D", "Asset3D", "Boxes3D", "Ellipsoids3D", "Capsules3D", "Cylinders3D"}
)


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


def place(ev: Any, arch: str, obj: Any, rebuild: Callable[[], Any]) -> Any:
    """``obj`` under the entity's instance poses: a group holding one posed copy per pose (see the module)."""
    poses = instance_matrices(ev)
    if poses is None:
        return obj
    if arch not in PER_POSE:
        poses = poses[:1]
    group = gfx.Group()
    for i, m in enumerate(poses):
        holder = gfx.Group()
        holder.local.matrix = np.asarray(m, np.float64)
        try:
            holder.add(obj if i == 0 else _copy(obj))
        except TypeError:  # an object type whose constructor differs (text): build another one
            holder.add(rebuild())
        group.add(holder)
    return group


set_placer(place)
