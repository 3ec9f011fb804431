"""Capsules3D and Cylinders3D: lit solid tubes (the default, as Rerun draws them) or wireframes of rings and
side lines (``fill_mode`` MajorWireframe / DenseWireframe).

A cylinder is centred on its ``centers`` with its axis along +Z; a capsule's axis runs from its ``translations``
to ``length`` along +Z, between the centres of its two half-sphere caps. Both then turn by their rotation.
Instances: the longest of lengths, radii and poses (none without lengths and radii), splatted.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy as np
import pygfx as gfx

from ...archetypes.capsules import tube_instances
from ._registry import VisualContext, fields, register_visual
from .helpers import (
    FILL_DENSE_WIREFRAME,
    FILL_MAJOR_WIREFRAME,
    alpha_mode,
    colors,
    instance_rotations,
    radii,
    segments,
    splat,
)

_SEGMENTS = 32
_CAP_ROWS = 8


@cache
def _tube_template(caps: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """A unit tube along +Z: (verts, normals, faces, top) with radius 1; ``top`` marks the vertices that move
    to z = length. With ``caps``, half spheres close it (a capsule); else flat discs (a cylinder)."""
    a = np.linspace(0, 2 * np.pi, _SEGMENTS + 1)
    if caps:  # latitudes of the lower half sphere, then of the upper one; the equators are the tube's ends
        lat = np.concatenate(
            [np.linspace(-np.pi / 2, 0, _CAP_ROWS + 1), np.linspace(0, np.pi / 2, _CAP_ROWS + 1)]
        )
        top_row = np.arange(len(lat)) > _CAP_ROWS
        ring = np.stack(
            [
                np.cos(lat)[:, None] * np.cos(a),
                np.cos(lat)[:, None] * np.sin(a),
                np.sin(lat)[:, None] + 0 * a,
            ],
            -1,
        )
        verts = ring.reshape(-1, 3)
        normals = verts.copy()
        top = np.repeat(top_row, len(a))
        rows = len(lat)
    else:  # bottom cap centre, bottom rim (down), side bottom, side top, top rim (up), top cap centre
        circle = np.stack([np.cos(a), np.sin(a), np.zeros_like(a)], -1)
        flat = np.zeros_like(circle)
        up = np.tile([0.0, 0.0, 1.0], (len(a), 1))
        verts = np.concatenate([flat, circle, circle, circle, circle, flat]).reshape(-1, 3)
        normals = np.concatenate([-up, -up, circle, circle, up, up])
        top = np.repeat([False, False, False, True, True, True], len(a))
        rows = 6
    k = len(a)
    r, c = np.meshgrid(np.arange(rows - 1), np.arange(k - 1), indexing="ij")
    i0 = (r * k + c).reshape(-1)
    faces = np.concatenate([np.stack([i0, i0 + 1, i0 + k + 1], 1), np.stack([i0, i0 + k + 1, i0 + k], 1)])
    if not caps:  # the rows between rim and side are seams, not surfaces
        keep = ~np.isin(i0 // k, [1, 3])
        faces = np.concatenate(
            [np.stack([i0, i0 + 1, i0 + k + 1], 1)[keep], np.stack([i0, i0 + k + 1, i0 + k], 1)[keep]]
        )
    return verts, normals, faces.astype(np.int64), top


def _wire_template(dense: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rings and side lines of a unit tube: (verts, edges, top) (caps drawn as their rims)."""
    k = _SEGMENTS
    a = np.linspace(0, 2 * np.pi, k, endpoint=False)
    circle = np.stack([np.cos(a), np.sin(a), np.zeros(k)], -1)
    verts = np.concatenate([circle, circle])
    top = np.repeat([False, True], k)
    i = np.arange(k)
    rings = [np.stack([i, (i + 1) % k], 1), np.stack([k + i, k + (i + 1) % k], 1)]
    sides = np.arange(0, k, 2 if dense else k // 4)
    edges = np.concatenate([*rings, np.stack([sides, k + sides], 1)])
    return verts, edges, top


def _placed(verts: np.ndarray, top: np.ndarray, r: np.ndarray, ln: np.ndarray, z0: np.ndarray) -> np.ndarray:
    """(n, v, 3) tube vertices in each instance's frame: radius ``r``, the top ones raised by ``ln``, all by z0."""
    out = verts[None, :, :] * r[:, None, None]
    out[:, :, 2] += np.where(top[None, :], ln[:, None], 0.0) + z0[:, None]
    return out


@register_visual("Capsules3D", "Cylinders3D")
def build(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """Tubes for a capsules or cylinders archetype; None without lengths and radii.

    Examples
    --------
    >>> build(ev, "Cylinders3D", VisualContext(default_radius=0.05))  # doctest: +SKIP
    <pygfx.Mesh ...>
    """
    c = fields(ev, arch)
    capsule = arch == "Capsules3D"
    position = "translations" if capsule else "centers"
    n = tube_instances(c, position)
    if n == 0:
        return None
    ln = splat(c("lengths")[:, None], n, [1.0])[:, 0].astype(np.float64)
    r = np.abs(splat(c("radii")[:, None], n, [0.5])[:, 0].astype(np.float64))
    pos = splat(c(position), n, [0, 0, 0]).astype(np.float64)
    rot = instance_rotations(c, n)
    rgba = colors(c("colors"), n, ev.default_color)
    z0 = np.zeros(n) if capsule else -ln / 2
    fm = c("fill_mode")
    mode = int(fm[0]) if fm is not None and len(fm) else 0
    if mode in (FILL_MAJOR_WIREFRAME, FILL_DENSE_WIREFRAME):
        verts, edges, top = _wire_template(mode == FILL_DENSE_WIREFRAME)
        local = _placed(verts, top, r, ln, z0)
        world = np.einsum("nij,nvj->nvi", rot, local) + pos[:, None, :]
        seg = world[:, edges.reshape(-1), :].reshape(-1, 3).astype(np.float32)
        lr = radii(c("line_radii"), n)
        per = len(edges)
        return segments(seg, np.repeat(rgba, 2 * per, axis=0), None if lr is None else np.repeat(lr, per))
    verts, normals, faces, top = _tube_template(capsule)
    local = _placed(verts, top, r, ln, z0)
    return _mesh(
        np.einsum("nij,nvj->nvi", rot, local) + pos[:, None, :],
        np.einsum("nij,vj->nvi", rot, normals),
        faces,
        rgba,
    )


def _mesh(verts: np.ndarray, normals: np.ndarray, faces: np.ndarray, rgba: np.ndarray) -> Any:
    """One lit mesh of ``n`` instances: verts / normals (n, v, 3), shared faces, a colour per instance."""
    n, nv = verts.shape[:2]
    f = (faces[None] + (np.arange(n) * nv)[:, None, None]).reshape(-1, 3).astype(np.uint32)
    col = np.repeat(rgba, nv, axis=0).astype(np.float32)
    geom = gfx.Geometry(
        positions=verts.reshape(-1, 3).astype(np.float32),
        normals=normals.reshape(-1, 3).astype(np.float32),
        colors=col,
        indices=f,
    )
    mat = gfx.MeshPhongMaterial(
        color_mode="vertex", specular="#000000", shininess=1, alpha_mode=alpha_mode(col), pick_write=False
    )
    return gfx.Mesh(geom, mat)
