"""VoxelGridMap and Volume3D: voxels as cubes in the grid's frame (translation · rotation of the entity).

The voxel ``[i, j, k]`` spans ``[i, j, k] * voxel_size`` to ``[i + 1, j + 1, k + 1] * voxel_size`` (Rerun 0.41).
VoxelGridMap: one lit cube per index, coloured by ``colors``, else ``values`` through ``colormap`` over
``value_range`` (else the values' range), else the entity colour; ``opacity`` applies to all.

Volume3D (Rerun ray-marches it; honestly simplified here): the voxels whose value, normalised over
``value_range`` and raised to ``gamma``, reaches :data:`VOLUME_THRESHOLD` are drawn as translucent cubes
(alpha :data:`VOLUME_ALPHA` times the normalised value) coloured through ``colormap``; a volume with more than :data:`MAX_VOXELS` such
voxels is drawn every ``s``-th voxel per axis with cubes ``s`` times larger.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy as np

from ...archetypes.stored3d import grid_pose
from ...components import decode_tensor
from ..image_decode import colormap
from ._registry import VisualContext, fields, register_visual
from .boxes import _box_template
from .helpers import colors, merged_mesh

#: Rerun's default colour map (Turbo) where ``colormap`` is not logged
DEFAULT_COLORMAP = 5
VOLUME_THRESHOLD = 0.1
VOLUME_ALPHA = 0.35
MAX_VOXELS = 65536


@cache
def _cube() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The unit cube from 0 to 1 (the box template, -1..1, moved and halved)."""
    verts, normals, faces = _box_template()
    return (verts + 1.0) * 0.5, normals, faces


def _first(c: Any, name: str, default: Any) -> Any:
    v = c(name)
    return default if v is None or len(v) == 0 else v[0]


def _normalised(values: np.ndarray, value_range: Any) -> np.ndarray:
    """``values`` mapped to 0..1 over ``value_range`` (else their finite range)."""
    v = values.astype(np.float64)
    if value_range is not None:
        lo, hi = float(value_range[0]), float(value_range[1])
    else:
        finite = v[np.isfinite(v)]
        lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
    return np.clip((v - lo) / (hi - lo if hi != lo else 1.0), 0.0, 1.0)


def _cubes(idx: np.ndarray, size: np.ndarray, rgba: np.ndarray, c: Any) -> Any:
    """Cubes at voxel indices ``idx`` (n, 3), posed by the grid's translation and rotation."""
    pose = grid_pose(c)
    mats = np.broadcast_to(pose[:3, :3] * size[None, :], (len(idx), 3, 3))
    offs = (idx.astype(np.float64) * size) @ pose[:3, :3].T + pose[:3, 3]
    return merged_mesh(_cube(), np.ascontiguousarray(mats), offs, rgba)


@register_visual("VoxelGridMap")
def build_voxel_grid(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """One cube per voxel index; None without indices."""
    c = fields(ev, arch)
    idx = c("voxel_indices")
    if idx is None or len(idx) == 0:
        return None
    n = len(idx)
    size = np.asarray(_first(c, "voxel_size", np.ones(3)), np.float64)
    values = c("values")
    if c("colors") is None and values is not None and len(values) > 0:
        t = _normalised(np.resize(values, n), _first(c, "value_range", None))
        rgba = np.ones((n, 4), np.float32)
        rgba[:, :3] = colormap(t, int(_first(c, "colormap", DEFAULT_COLORMAP))) / 255.0
    else:
        rgba = colors(c("colors"), n, ev.default_color)
    rgba[:, 3] *= float(np.clip(_first(c, "opacity", 1.0), 0.0, 1.0))
    return _cubes(idx, size, rgba, c)


@register_visual("Volume3D")
def build_volume(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """Translucent cubes for the voxels at or above the threshold (see the module); None when none is."""
    c = fields(ev, arch)
    blob = _first(c, "values", None)
    if blob is None:
        return None
    vol = decode_tensor(blob)[0]
    if vol.ndim != 3 or vol.size == 0:
        return None
    t = _normalised(vol, _first(c, "value_range", None)) ** float(_first(c, "gamma", 1.0))
    size = np.asarray(_first(c, "voxel_size", np.ones(3)), np.float64)
    step = max(1, int(np.ceil((np.count_nonzero(t >= VOLUME_THRESHOLD) / MAX_VOXELS) ** (1 / 3))))
    t = t[::step, ::step, ::step]
    kji = np.argwhere(t >= VOLUME_THRESHOLD)
    if len(kji) == 0:
        return None
    rgba = np.empty((len(kji), 4), np.float32)
    rgba[:, :3] = colormap(t[tuple(kji.T)], int(_first(c, "colormap", DEFAULT_COLORMAP))) / 255.0
    rgba[:, 3] = VOLUME_ALPHA * t[tuple(kji.T)]  # denser where the value is higher (as optical density)
    return _cubes(kji[:, ::-1], size * step, rgba, c)
