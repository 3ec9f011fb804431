"""Arrows3D: a lit cylinder shaft and cone head per vector, radius in scene units."""

from __future__ import annotations

from typing import Any

import numpy as np
import pygfx as gfx

from ._registry import VisualContext, fields, register_visual
from .helpers import colors, merged_mesh, radii, splat, vec3


def _cyl_template(k: int, cone: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Unit cylinder / cone along +Z from z=0 to 1, radius 1 (side + bottom cap)."""
    a = np.linspace(0, 2 * np.pi, k, endpoint=False)
    ca, sa = np.cos(a), np.sin(a)
    bottom = np.stack([ca, sa, np.zeros(k)], 1)
    if cone:
        top = np.tile([0.0, 0.0, 1.0], (k, 1))
        nrm = np.stack([ca, sa, np.ones(k)], 1) / np.sqrt(2)
    else:
        top = np.stack([ca, sa, np.ones(k)], 1)
        nrm = np.stack([ca, sa, np.zeros(k)], 1)
    verts = np.concatenate([bottom, top, bottom, [[0, 0, 0]]])
    normals = np.concatenate([nrm, nrm, np.tile([0, 0, -1.0], (k + 1, 1))])
    i = np.arange(k)
    j = (i + 1) % k
    side = np.concatenate([np.stack([i, j, k + j], 1), np.stack([i, k + j, k + i], 1)])
    cap = np.stack([np.full(k, 3 * k), 2 * k + j, 2 * k + i], 1)
    return verts, normals, np.concatenate([side, cap])


def _basis_from_z(d: np.ndarray) -> np.ndarray:
    """(n,3,3) rotations taking +Z to the unit directions ``d`` (identity where d is 0)."""
    n = len(d)
    out = np.tile(np.eye(3), (n, 1, 1))
    ln = np.linalg.norm(d, axis=1)
    ok = ln > 0
    z = np.zeros_like(d)
    z[ok] = d[ok] / ln[ok, None]
    helper = np.where(np.abs(z[:, 2:3]) < 0.9, [[0.0, 0.0, 1.0]], [[1.0, 0.0, 0.0]])
    x = np.cross(helper, z)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    y = np.cross(z, x)
    m = np.stack([x, y, z], axis=2)  # columns
    out[ok] = m[ok]
    return out


@register_visual("Arrows3D")
def build(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """Shafts and heads for the ``vectors`` of an arrows archetype; None without vectors.

    Without radii the shaft radius is half the scene's default point radius, or 1 % of the arrow's length.

    Examples
    --------
    >>> build(ev, "Arrows3D", VisualContext(default_radius=0.05))  # doctest: +SKIP
    <pygfx.Group ...>
    """
    c = fields(ev, arch)
    vec = c("vectors")
    if vec is None or len(vec) == 0:
        return None
    n = len(vec)
    vec = vec3(vec).astype(np.float64)
    org = splat(c("origins"), n, [0, 0, 0]).astype(np.float64)
    rgba = colors(c("colors"), n, ev.default_color)
    ln = np.linalg.norm(vec, axis=1)
    rr_ = radii(c("radii"), n)
    r = np.abs(rr_).astype(np.float64) if rr_ is not None else np.maximum(ctx.default_radius * 0.5, ln * 0.01)
    head = np.minimum(ln * 0.5, 6 * r)
    rot = _basis_from_z(vec)
    unit = np.where(ln[:, None] > 0, vec / np.where(ln == 0, 1, ln)[:, None], 0)
    shaft_m = rot * np.stack([r, r, np.maximum(ln - head, 0)], 1)[:, None, :]
    head_m = rot * np.stack([2 * r, 2 * r, head], 1)[:, None, :]
    group = gfx.Group()
    group.add(merged_mesh(_cyl_template(10, False), shaft_m, org, rgba))
    group.add(merged_mesh(_cyl_template(16, True), head_m, org + unit * (ln - head)[:, None], rgba))
    return group
