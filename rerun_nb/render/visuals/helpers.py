"""Helpers shared by the pygfx visuals (the widget's ``comps.ts``): splatting, colours, radii, segments,
rotations and merged instance meshes.

Components arrive canonical (see ``docs/internals.md``): colours uint8 (N, 4) RGBA, radii float32 (N,),
positions float32 (N, 3) or (N, 2), rotations float32 (N, 4). Nothing here re-checks dtypes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pygfx as gfx

__all__ = [
    "DEFAULT_LINE_PX",
    "FILL_DENSE_WIREFRAME",
    "FILL_MAJOR_WIREFRAME",
    "FILL_SOLID",
    "FILL_TRANSPARENT_FILL_MAJOR_WIREFRAME",
    "alpha_mode",
    "colors",
    "instance_rotations",
    "merged_mesh",
    "radii",
    "segments",
    "splat",
    "template_segments",
    "vec3",
    "wireframe",
]

#: Width in screen pixels of lines logged without radii.
DEFAULT_LINE_PX = 2.0

#: ``fill_mode`` values (``components._FILL_MODES``; a test checks they agree).
FILL_MAJOR_WIREFRAME = 1
FILL_DENSE_WIREFRAME = 2
FILL_SOLID = 3
FILL_TRANSPARENT_FILL_MAJOR_WIREFRAME = 4


def vec3(a: np.ndarray) -> np.ndarray:
    """(N, 3) float32 from canonical (N, 3) or (N, 2) positions (z = 0 for 2D).

    Examples
    --------
    >>> vec3(np.array([[1, 2]], np.float32)).tolist()
    [[1.0, 2.0, 0.0]]
    """
    if a.ndim == 2 and a.shape[1] == 3:
        return np.ascontiguousarray(a, np.float32)
    out = np.zeros((len(a), 3), np.float32)
    k = min(a.shape[1] if a.ndim == 2 else 1, 3)
    out[:, :k] = a.reshape(len(a), -1)[:, :k]
    return out


def _splat_index(m: int, n: int) -> np.ndarray:
    return np.minimum(np.arange(n), m - 1) if m > 1 else np.zeros(n, np.int64)


def splat(a: np.ndarray | None, n: int, fill: Any) -> np.ndarray:
    """``n`` rows of a per-instance component: one row applies to all, a short batch repeats its last row,
    an absent one gives ``fill``.

    Examples
    --------
    >>> splat(np.array([[1, 2, 3]]), 2, [0, 0, 0]).tolist()
    [[1, 2, 3], [1, 2, 3]]
    >>> splat(None, 1, [0, 0, 1]).tolist()
    [[0.0, 0.0, 1.0]]
    """
    if a is None or len(a) == 0:
        return np.broadcast_to(np.asarray(fill, np.float32), (n, *np.shape(fill))).copy()
    if len(a) == n:
        return a
    return a[_splat_index(len(a), n)]


def colors(c: np.ndarray | None, n: int, default: tuple[int, int, int, int]) -> np.ndarray:
    """(n, 4) float32 in 0..1 from canonical uint8 RGBA (splatted); ``default`` when absent.

    Examples
    --------
    >>> colors(np.array([[255, 0, 0, 255]], np.uint8), 2, (0, 0, 0, 255))[:, 0].tolist()
    [1.0, 1.0]
    """
    if c is None or len(c) == 0:
        out = np.empty((n, 4), np.float32)
        out[:] = np.asarray(default, np.float32) / 255.0
        return out
    if len(c) != n:
        c = c[_splat_index(len(c), n)]
    return c.astype(np.float32) * (1.0 / 255.0)


def radii(r: np.ndarray | None, n: int) -> np.ndarray | None:
    """(n,) float32 radii (splatted), or None when absent (the visual's default applies).

    Examples
    --------
    >>> radii(np.array([0.5], np.float32), 3).tolist()
    [0.5, 0.5, 0.5]
    """
    if r is None or len(r) == 0:
        return None
    return r if len(r) == n else r[_splat_index(len(r), n)]


def alpha_mode(rgba: np.ndarray) -> str:
    """pygfx ``alpha_mode`` for float colours: ``"blend"`` when any is translucent, else ``"auto"``."""
    return "blend" if bool((rgba[:, 3] < 1.0).any()) else "auto"


def _line_width(r: float) -> tuple[float, str]:
    """pygfx (thickness, space) for a Rerun radius: NaN = default px, >= 0 scene units, < 0 UI pixels."""
    if np.isnan(r):
        return DEFAULT_LINE_PX, "screen"
    if r >= 0:
        return 2.0 * float(r), "model"
    return -2.0 * float(r), "screen"


def segments(seg_pos: np.ndarray, seg_col: np.ndarray, seg_radius: np.ndarray | None) -> Any:
    """Line segments (pairs of rows), one pygfx object per distinct radius (the widget batches the same way).

    Examples
    --------
    >>> pos = np.array([[0, 0, 0], [1, 0, 0]], np.float32)
    >>> segments(pos, np.ones((2, 4), np.float32), None)  # doctest: +SKIP
    <pygfx.Group ...>
    """
    group = gfx.Group()
    if len(seg_pos) == 0:
        return group
    keys = np.full(len(seg_pos) // 2, np.nan, np.float32) if seg_radius is None else seg_radius
    for r in np.unique(keys):
        sel = np.isnan(keys) if np.isnan(r) else keys == r
        idx = np.repeat(np.nonzero(sel)[0] * 2, 2) + np.tile([0, 1], int(sel.sum()))
        pos = np.ascontiguousarray(seg_pos[idx], np.float32)
        col = np.ascontiguousarray(seg_col[idx], np.float32)
        thick, space = _line_width(float(r))
        mat = gfx.LineSegmentMaterial(
            thickness=thick,
            thickness_space=space,
            color_mode="vertex",
            alpha_mode=alpha_mode(col),
            aa=True,
            pick_write=False,
        )
        group.add(gfx.Line(gfx.Geometry(positions=pos, colors=col), mat))
    return group


def template_segments(mats: np.ndarray, offs: np.ndarray, verts: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """Segment end points of a wireframe template placed per instance: (n * len(edges) * 2, 3) float32.

    ``mats`` (n, 3, 3) are the linear parts, ``offs`` (n, 3) the translations; ``edges`` index ``verts``.

    Examples
    --------
    >>> v = np.array([[0.0, 0, 0], [1, 0, 0]]); e = np.array([[0, 1]])
    >>> template_segments(2 * np.eye(3)[None], np.zeros((1, 3)), v, e).tolist()
    [[0.0, 0.0, 0.0], [2.0, 0.0, 0.0]]
    """
    placed = np.einsum("nij,vj->nvi", mats, verts) + offs[:, None, :]  # (n, v, 3)
    return placed[:, edges.reshape(-1), :].reshape(-1, 3).astype(np.float32)


def wireframe(
    mats: np.ndarray,
    offs: np.ndarray,
    template: tuple[np.ndarray, np.ndarray],
    rgba: np.ndarray,
    line_radii: np.ndarray | None,
) -> Any:
    """Instances of a wireframe template (``(verts, edges)``) as segments, colour and radius per instance."""
    verts, edges = template
    per = len(edges)
    seg_r = None if line_radii is None else np.repeat(line_radii, per)
    return segments(template_segments(mats, offs, verts, edges), np.repeat(rgba, 2 * per, axis=0), seg_r)


def _quat_to_mat(q: np.ndarray) -> np.ndarray:
    """(n,4) xyzw → (n,3,3); zero / non-finite quaternions give identity."""
    q = np.asarray(q, np.float64)
    nrm = np.einsum("ij,ij->i", q, q)
    bad = ~np.isfinite(nrm) | (nrm == 0)
    q = np.where(bad[:, None], [0, 0, 0, 1], q)
    nrm = np.where(bad, 1.0, nrm)
    x, y, z, w = q.T
    s = 2.0 / nrm
    return np.stack(
        [
            np.stack([1 - s * (y * y + z * z), s * (x * y - z * w), s * (x * z + y * w)], -1),
            np.stack([s * (x * y + z * w), 1 - s * (x * x + z * z), s * (y * z - x * w)], -1),
            np.stack([s * (x * z - y * w), s * (y * z + x * w), 1 - s * (x * x + y * y)], -1),
        ],
        1,
    )


def _axis_angle_to_quat(aa: np.ndarray) -> np.ndarray:
    """(n,4) axis xyz + angle (radians) → (n,4) xyzw; a zero / non-finite axis gives identity."""
    aa = np.asarray(aa, np.float64)
    axis = aa[:, :3]
    n = np.linalg.norm(axis, axis=1, keepdims=True)
    ok = (n[:, 0] > 0) & np.isfinite(n[:, 0])
    axis = np.where(ok[:, None], axis / np.where(n == 0, 1, n), 0)
    h = aa[:, 3] / 2
    q = np.concatenate([axis * np.sin(h)[:, None], np.cos(h)[:, None]], axis=1)
    q[~ok] = [0, 0, 0, 1]
    return q


def instance_rotations(c: Callable[[str], Any], n: int) -> np.ndarray:
    """(n, 3, 3) rotations of a posed archetype from its ``quaternions`` or else ``rotation_axis_angles``.

    ``c`` is the archetype's field accessor; without either field every instance is unrotated.

    Examples
    --------
    >>> q = np.array([[0, 0, 0, 1]], np.float32)
    >>> instance_rotations({"quaternions": q}.get, 2).shape
    (2, 3, 3)
    """
    q = c("quaternions")
    aa = c("rotation_axis_angles")
    if q is not None and len(q):
        quats = splat(q, n, [0, 0, 0, 1])
    elif aa is not None and len(aa):
        quats = _axis_angle_to_quat(splat(aa, n, [1, 0, 0, 0]))
    else:
        quats = np.tile([0.0, 0.0, 0.0, 1.0], (n, 1))
    return _quat_to_mat(quats)


def merged_mesh(
    template: tuple[np.ndarray, np.ndarray, np.ndarray],
    mats: np.ndarray,
    offs: np.ndarray,
    rgba: np.ndarray,
) -> Any:
    """Instances of one template mesh ``(verts, normals, faces)``, merged into one lit ``gfx.Mesh``.

    ``mats`` (n,3,3) are the linear parts, ``offs`` (n,3) the translations, ``rgba`` (n,4) float colours.

    Examples
    --------
    >>> tri = (np.eye(3), np.tile([0, 0, 1.0], (3, 1)), np.array([[0, 1, 2]]))
    >>> merged_mesh(tri, np.eye(3)[None], np.zeros((1, 3)), np.ones((1, 4)))  # doctest: +SKIP
    <pygfx.Mesh ...>
    """
    verts, normals, faces = template
    n = len(mats)
    v = np.einsum("nij,vj->nvi", mats, verts) + offs[:, None, :]
    inv_t = np.linalg.pinv(mats).transpose(0, 2, 1)
    nn = np.einsum("nij,vj->nvi", inv_t, normals)
    nn /= np.maximum(np.linalg.norm(nn, axis=2, keepdims=True), 1e-12)
    nv = len(verts)
    f = (faces[None, :, :] + (np.arange(n) * nv)[:, None, None]).reshape(-1, 3).astype(np.uint32)
    col = np.repeat(rgba, nv, axis=0).astype(np.float32)
    geom = gfx.Geometry(
        positions=v.reshape(-1, 3).astype(np.float32),
        normals=nn.reshape(-1, 3).astype(np.float32),
        colors=col,
        indices=f,
    )
    mat = gfx.MeshPhongMaterial(
        color_mode="vertex", specular="#000000", shininess=1, alpha_mode=alpha_mode(col), pick_write=False
    )
    return gfx.Mesh(geom, mat)
