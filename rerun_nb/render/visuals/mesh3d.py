"""Mesh3D: one lit triangle mesh per entity.

Colour, in order: the albedo texture (with texture coordinates), else the vertex colours, else one colour; each
multiplied by ``albedo_factor`` (a mesh with none of them takes the entity's default colour, as in Rerun). A
texture and vertex colours together: the texture wins here (Rerun multiplies both). Normals are computed
(area-weighted per vertex) when not logged. ``face_rendering`` picks the visible side (double-sided by default).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pygfx as gfx

from ._registry import VisualContext, fields, register_visual
from .helpers import alpha_mode, colors, splat

_SIDES = {1: "both", 2: "front", 3: "back"}
#: Rerun's ChannelDatatype values → numpy dtype and the factor to 0..255.
_DTYPES = {6: (np.uint8, 1.0), 8: (np.uint16, 1 / 257), 34: (np.float32, 255.0), 35: (np.float64, 255.0)}


def texture_rgba(buffer: Any, fmt: np.ndarray | None) -> np.ndarray | None:
    """(H, W, 4) uint8 from the stored albedo texture (its bytes and ImageFormat row), or None if unreadable.

    Examples
    --------
    >>> buf = np.array([255, 0, 0, 0, 255, 0], np.uint8)
    >>> texture_rgba([buf], np.array([[2, 1, 0, 2, 6]], np.uint32))[0, :, :3].tolist()
    [[255, 0, 0], [0, 255, 0]]
    """
    if buffer is None or fmt is None or len(buffer) == 0 or len(fmt) == 0:
        return None
    w, h, _, model, dt = (int(v) for v in fmt[0])
    ch = {2: 3, 3: 4}.get(model)
    if ch is None or dt not in _DTYPES or w * h == 0:
        return None
    dtype, scale = _DTYPES[dt]
    raw = np.asarray(buffer[0], np.uint8)
    need = w * h * ch * np.dtype(dtype).itemsize
    if len(raw) < need:
        return None
    px = np.frombuffer(raw[:need].tobytes(), dtype).reshape(h, w, ch).astype(np.float64) * scale
    out = np.full((h, w, 4), 255, np.uint8)
    out[..., :3] = np.clip(np.round(px[..., :3]), 0, 255)  # sRGB(A) textures, alpha ignored (as Rerun)
    return out


def vertex_normals(pos: np.ndarray, faces: np.ndarray) -> np.ndarray:
    """Area-weighted vertex normals of a triangle mesh (unit length; zero for unused vertices).

    Examples
    --------
    >>> vertex_normals(np.eye(3, dtype=np.float32), np.array([[0, 1, 2]]))[0].round(3).tolist()
    [0.577, 0.577, 0.577]
    """
    p = pos.astype(np.float64)
    fn = np.cross(p[faces[:, 1]] - p[faces[:, 0]], p[faces[:, 2]] - p[faces[:, 0]])
    out = np.zeros_like(p)
    for k in range(3):
        np.add.at(out, faces[:, k], fn)
    norm = np.linalg.norm(out, axis=1, keepdims=True)
    return (out / np.where(norm == 0, 1, norm)).astype(np.float32)


def _faces(c: Any, n: int) -> np.ndarray:
    idx = c("triangle_indices")
    faces = np.arange(n - n % 3).reshape(-1, 3) if idx is None or len(idx) == 0 else idx.astype(np.int64)
    return faces[(faces < n).all(axis=1)]  # indices past the last vertex are dropped


@register_visual("Mesh3D")
def build(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """The mesh; None without vertex positions or without a whole triangle.

    Examples
    --------
    >>> build(ev, "Mesh3D", VisualContext(default_radius=0.05))  # doctest: +SKIP
    <pygfx.Mesh ...>
    """
    c = fields(ev, arch)
    pos = c("vertex_positions")
    if pos is None or len(pos) == 0:
        return None
    n = len(pos)
    faces = _faces(c, n)
    if len(faces) == 0:
        return None
    nrm = c("vertex_normals")
    normals = nrm if nrm is not None and len(nrm) == n else vertex_normals(pos, faces)
    geo: dict[str, Any] = {"positions": np.ascontiguousarray(pos, np.float32), "normals": normals}
    geo["indices"] = faces.astype(np.uint32)
    af = c("albedo_factor")
    factor = colors(af, 1, (255, 255, 255, 255))[0] if af is not None and len(af) else None
    tex = texture_rgba(c("albedo_texture_buffer"), c("albedo_texture_format"))
    uv = c("vertex_texcoords")
    vc = c("vertex_colors")
    side = _SIDES.get(
        int(c("face_rendering")[0]) if c("face_rendering") is not None and len(c("face_rendering")) else 1,
        "both",
    )
    kw: dict[str, Any] = {"specular": "#000000", "shininess": 1, "side": side, "pick_write": False}
    f = np.ones(4, np.float32) if factor is None else factor
    if tex is not None and uv is not None and len(uv):
        geo["texcoords"] = np.ascontiguousarray(splat(uv, n, [0, 0]), np.float32)
        img = np.clip(tex.astype(np.float32) * f, 0, 255).astype(np.uint8)
        mat = gfx.MeshPhongMaterial(color_mode="vertex_map", map=gfx.Texture(img, dim=2), **kw)
    elif vc is not None and len(vc):
        geo["colors"] = colors(vc, n, ev.default_color) * f
        mat = gfx.MeshPhongMaterial(color_mode="vertex", alpha_mode=alpha_mode(geo["colors"]), **kw)
    else:
        col = f if factor is not None else np.asarray(ev.default_color, np.float32) / 255.0
        mat = gfx.MeshPhongMaterial(color=tuple(col), alpha_mode=alpha_mode(col[None]), **kw)
    return gfx.Mesh(gfx.Geometry(**geo), mat)
