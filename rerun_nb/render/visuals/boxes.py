"""Boxes3D: edges as segments (the default), or a lit solid mesh when ``fill_mode`` is Solid."""

from __future__ import annotations

from typing import Any

import numpy as np

from ._registry import VisualContext, fields, register_visual
from .helpers import FILL_SOLID, colors, instance_rotations, merged_mesh, radii, splat, wireframe

_CORNERS = np.array(
    [[-1, -1, -1], [1, -1, -1], [1, 1, -1], [-1, 1, -1], [-1, -1, 1], [1, -1, 1], [1, 1, 1], [-1, 1, 1]],
    np.float64,
)
_EDGES = np.array(
    [[0, 1], [1, 2], [2, 3], [3, 0], [4, 5], [5, 6], [6, 7], [7, 4], [0, 4], [1, 5], [2, 6], [3, 7]]
)


def _box_template() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Unit cube from -1 to 1: (verts, normals, faces), four vertices per face for flat normals."""
    verts, normals, faces = [], [], []
    for axis in range(3):
        for sign in (-1.0, 1.0):
            u, v = [a for a in range(3) if a != axis]
            quad = []
            for a, b in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
                p = [0.0, 0.0, 0.0]
                p[axis], p[u], p[v] = sign, a, b
                quad.append(p)
            base = len(verts)
            verts += quad
            nrm = [0.0, 0.0, 0.0]
            nrm[axis] = sign
            normals += [nrm] * 4
            faces += [[base, base + 1, base + 2], [base, base + 2, base + 3]]
    return np.array(verts), np.array(normals), np.array(faces)


@register_visual("Boxes3D")
def build(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """Wireframe (or solid) boxes, one per ``half_sizes`` row; None without half sizes.

    Examples
    --------
    >>> build(ev, "Boxes3D", VisualContext(default_radius=0.05))  # doctest: +SKIP
    <pygfx.Group ...>
    """
    c = fields(ev, arch)
    hs = c("half_sizes")
    if hs is None or len(hs) == 0:
        return None
    n = len(hs)
    centers = splat(c("centers"), n, [0, 0, 0]).astype(np.float64)
    mats = instance_rotations(c, n) * hs.astype(np.float64)[:, None, :]  # R @ diag(half)
    rgba = colors(c("colors"), n, ev.default_color)
    fm = c("fill_mode")
    if fm is not None and len(fm) and int(fm[0]) == FILL_SOLID:
        return merged_mesh(_box_template(), mats, centers, rgba)
    return wireframe(mats, centers, (_CORNERS, _EDGES), rgba, radii(c("radii"), n))
