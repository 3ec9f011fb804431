"""Asset3D: glTF / GLB, OBJ and STL files drawn through trimesh (the ``render`` extra): every mesh of the file
with its scene transforms applied, coloured by its vertex colours or its material / texture sampled per vertex,
tinted by ``albedo_factor``. Without trimesh, or for a file it cannot read, the asset's bounding box is drawn.
"""

from __future__ import annotations

import io
import zlib
from functools import lru_cache
from typing import Any

import numpy as np
import pygfx as gfx

from ...archetypes._asset_formats import GLB, GLTF, OBJ, STL, asset_bounds, sniff_media_type
from ._registry import VisualContext, fields, register_visual
from .helpers import alpha_mode, segments

_FILE_TYPES = {GLB: "glb", GLTF: "gltf", OBJ: "obj", STL: "stl"}
_BOX_EDGES = np.array(
    [[0, 1], [1, 3], [3, 2], [2, 0], [4, 5], [5, 7], [7, 6], [6, 4], [0, 4], [1, 5], [2, 6], [3, 7]]
)

#: (positions float32 (V, 3), normals float32 (V, 3), faces uint32 (F, 3), colours float32 (V, 4)) per mesh
Part = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def _part(mesh: Any) -> Part | None:
    faces = np.asarray(mesh.faces, np.uint32).reshape(-1, 3)
    if len(faces) == 0:
        return None
    try:
        if not getattr(mesh.visual, "defined", True):
            raise ValueError("no colours in the file: white, as the page draws it")
        visual = (
            mesh.visual.to_color() if hasattr(mesh.visual, "to_color") else mesh.visual
        )  # textures sampled
        vc = np.asarray(visual.vertex_colors, np.float32)[:, :4] / 255.0
    except Exception:  # a visual trimesh cannot turn into colours: white
        vc = np.ones((len(mesh.vertices), 4), np.float32)
    if len(vc) != len(mesh.vertices):
        vc = np.ones((len(mesh.vertices), 4), np.float32)
    pos = np.asarray(mesh.vertices, np.float32)
    return pos, np.asarray(mesh.vertex_normals, np.float32), faces, np.ascontiguousarray(vc)


@lru_cache(maxsize=16)
def _load(key: tuple[int, int], data: bytes, media_type: str) -> tuple[Part, ...] | None:
    """The meshes of a file (cached by size and CRC: equal files are read once), or None."""
    del key
    try:
        import trimesh
    except ImportError:
        return None
    try:
        loaded = trimesh.load(io.BytesIO(data), file_type=_FILE_TYPES[media_type], force="scene")
        meshes = loaded.dump(concatenate=False) if hasattr(loaded, "dump") else [loaded]
    except Exception:  # any failure of a third-party parser on a user's file: fall back to the box
        return None
    parts = tuple(p for p in (_part(m) for m in meshes if hasattr(m, "faces")) if p is not None)
    return parts or None


def _box(lo: np.ndarray, hi: np.ndarray, rgba: np.ndarray) -> Any:
    corners = np.array(
        [[x, y, z] for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])], np.float32
    )
    seg = corners[_BOX_EDGES.reshape(-1)]
    return segments(seg, np.repeat(rgba[None], len(seg), axis=0), None)


@register_visual("Asset3D")
def build(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """The asset's meshes, or its bounding box; None when its format is unknown and it has no bounds.

    Examples
    --------
    >>> build(ev, "Asset3D", VisualContext(default_radius=0.05))  # doctest: +SKIP
    <pygfx.Group ...>
    """
    c = fields(ev, arch)
    blob = c("blob")
    if blob is None or len(blob) == 0:
        return None
    data = np.asarray(blob[0], np.uint8).tobytes()
    mt_given = c("media_type")
    mt = str(mt_given[0]) if mt_given is not None and len(mt_given) else sniff_media_type(data)
    af = c("albedo_factor")
    tint = np.ones(4, np.float32) if af is None or len(af) == 0 else af[0].astype(np.float32) / 255.0
    parts = _load((len(data), zlib.crc32(data)), data, mt) if mt in _FILE_TYPES else None
    if parts is None:
        b = asset_bounds(blob[0], mt)
        return (
            None if b is None else _box(b[0], b[1], np.asarray(ev.default_color, np.float32) / 255.0 * tint)
        )
    group = gfx.Group()
    for pos, nrm, faces, col in parts:
        col = col * tint
        geom = gfx.Geometry(positions=pos, normals=nrm, indices=faces, colors=col)
        mat = gfx.MeshPhongMaterial(
            color_mode="vertex", specular="#000000", shininess=1, alpha_mode=alpha_mode(col), pick_write=False
        )
        group.add(gfx.Mesh(geom, mat))
    return group
