"""TransformAxes3D: the entity frame's X, Y and Z axes as red, green and blue arrows of ``axis_length``."""

from __future__ import annotations

from typing import Any

import numpy as np
import pygfx as gfx

from ._registry import VisualContext, fields, register_visual
from .arrows import _basis_from_z, _cyl_template
from .helpers import merged_mesh

#: Rerun's axis colours: X red, Y green, Z blue.
AXIS_COLORS = np.array([[255, 25, 25, 255], [0, 240, 0, 255], [80, 80, 255, 255]], np.float32) / 255.0


@register_visual("TransformAxes3D")
def build(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """Three arrows from the entity's origin; None without an axis length (or a zero one).

    Examples
    --------
    >>> build(ev, "TransformAxes3D", VisualContext(default_radius=0.05))  # doctest: +SKIP
    <pygfx.Group ...>
    """
    length = fields(ev, arch)("axis_length")
    if length is None or len(length) == 0 or not np.isfinite(length[0]) or length[0] == 0:
        return None
    L = float(length[0])
    vec = np.eye(3) * L
    r = np.full(3, abs(L) * 0.02)
    head = np.minimum(np.abs(L) * 0.5, 6 * r)
    rot = _basis_from_z(vec)
    shaft = rot * np.stack([r, r, abs(L) - head], 1)[:, None, :]
    tip = rot * np.stack([2 * r, 2 * r, head], 1)[:, None, :]
    unit = vec / abs(L)
    group = gfx.Group()
    group.add(merged_mesh(_cyl_template(10, False), shaft, np.zeros((3, 3)), AXIS_COLORS))
    group.add(merged_mesh(_cyl_template(16, True), tip, unit * (abs(L) - head)[:, None], AXIS_COLORS))
    return group
