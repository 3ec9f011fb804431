"""Ellipsoids3D: three axis rings per ellipsoid (MajorWireframe, Rerun's default), a latitude/longitude
wireframe (DenseWireframe), a lit solid mesh (Solid), or a translucent mesh under the rings
(TransparentFillMajorWireframe).

Instances: ``half_sizes``, ``centers`` and the rotations are splatted to the longest of them (Rerun: more
poses than half sizes repeat the last half size). Rotations are handled as for boxes.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy as np
import pygfx as gfx

from ._registry import VisualContext, fields, register_visual
from .helpers import (
    FILL_DENSE_WIREFRAME,
    FILL_SOLID,
    FILL_TRANSPARENT_FILL_MAJOR_WIREFRAME,
    colors,
    instance_rotations,
    merged_mesh,
    radii,
    splat,
    wireframe,
)

_RING_SEGMENTS = 64
#: Alpha of the fill, relative to the colour's, for TransparentFillMajorWireframe.
_TRANSPARENT_FILL_ALPHA = 0.25


def _rings(unit_circles: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Closed polylines → one (verts, edges) wireframe template."""
    verts, edges, base = [], [], 0
    for ring in unit_circles:
        k = len(ring)
        i = np.arange(k)
        verts.append(ring)
        edges.append(np.stack([base + i, base + (i + 1) % k], 1))
        base += k
    return np.concatenate(verts), np.concatenate(edges)


def _circle(k: int, z: float = 0.0, r: float = 1.0) -> np.ndarray:
    a = np.linspace(0, 2 * np.pi, k, endpoint=False)
    return np.stack([r * np.cos(a), r * np.sin(a), np.full(k, z)], 1)


@cache
def _major_template() -> tuple[np.ndarray, np.ndarray]:
    """The unit sphere's three axis-aligned great circles (XY, YZ, ZX planes)."""
    xy = _circle(_RING_SEGMENTS)
    return _rings([xy, xy[:, [2, 0, 1]], xy[:, [1, 2, 0]]])


@cache
def _dense_template(meridians: int = 8, parallels: int = 7) -> tuple[np.ndarray, np.ndarray]:
    """Meridians (great circles through the poles) and parallels of the unit sphere."""
    xz = _circle(_RING_SEGMENTS)[:, [0, 2, 1]]  # the great circle in the XZ plane
    circles = []
    for a in np.arange(meridians // 2) * (2 * np.pi / meridians):
        ca, sa = np.cos(a), np.sin(a)
        circles.append(np.stack([xz[:, 0] * ca, xz[:, 0] * sa, xz[:, 2]], 1))
    for lat in np.linspace(-np.pi / 2, np.pi / 2, parallels + 2)[1:-1]:
        circles.append(_circle(_RING_SEGMENTS, z=float(np.sin(lat)), r=float(np.cos(lat))))
    return _rings(circles)


@cache
def _sphere_template(rows: int = 16, cols: int = 32) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Unit UV sphere: (verts, normals, faces); normals are the vertices."""
    lat = np.linspace(-np.pi / 2, np.pi / 2, rows + 1)[:, None]
    lon = np.linspace(0, 2 * np.pi, cols + 1)[None, :]
    verts = np.stack(
        [
            np.cos(lat) * np.cos(lon),
            np.cos(lat) * np.sin(lon),
            np.broadcast_to(np.sin(lat), (rows + 1, cols + 1)),
        ],
        -1,
    ).reshape(-1, 3)
    r, c = np.meshgrid(np.arange(rows), np.arange(cols), indexing="ij")
    a = (r * (cols + 1) + c).reshape(-1)
    b, d = a + cols + 1, a + 1
    faces = np.concatenate([np.stack([a, d, b + 1], 1), np.stack([a, b + 1, b], 1)])
    return verts, verts.copy(), faces


def _instances(c: Any) -> int:
    """Number of ellipsoids: the longest of half sizes and poses (0 without half sizes)."""
    hs = c("half_sizes")
    if hs is None or len(hs) == 0:
        return 0
    poses = (c(k) for k in ("centers", "quaternions", "rotation_axis_angles"))
    return max([len(hs), *(len(p) for p in poses if p is not None)])


@register_visual("Ellipsoids3D")
def build(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """Ellipsoids drawn by ``fill_mode`` (rings by default); None without half sizes.

    Examples
    --------
    >>> build(ev, "Ellipsoids3D", VisualContext(default_radius=0.05))  # doctest: +SKIP
    <pygfx.Group ...>
    """
    c = fields(ev, arch)
    n = _instances(c)
    if n == 0:
        return None
    half = splat(c("half_sizes"), n, [0.5, 0.5, 0.5]).astype(np.float64)
    centers = splat(c("centers"), n, [0, 0, 0]).astype(np.float64)
    mats = instance_rotations(c, n) * half[:, None, :]  # R @ diag(half)
    rgba = colors(c("colors"), n, ev.default_color)
    fm = c("fill_mode")
    mode = int(fm[0]) if fm is not None and len(fm) else 0
    if mode == FILL_SOLID:
        return merged_mesh(_sphere_template(), mats, centers, rgba)
    line_r = radii(c("line_radii"), n)
    if mode == FILL_DENSE_WIREFRAME:
        return wireframe(mats, centers, _dense_template(), rgba, line_r)
    rings = wireframe(mats, centers, _major_template(), rgba, line_r)
    if mode != FILL_TRANSPARENT_FILL_MAJOR_WIREFRAME:
        return rings
    fill = rgba.copy()
    fill[:, 3] *= _TRANSPARENT_FILL_ALPHA
    group = gfx.Group()
    group.add(merged_mesh(_sphere_template(), mats, centers, fill), rings)
    return group
