"""VoxelGridMap and Volume3D: voxels as cubes in the grid's frame (translation · rotation of the entity).

The voxel ``[i, j, k]`` spans ``[i, j, k] * voxel_size`` to ``[i + 1, j + 1, k + 1] * voxel_size`` (Rerun 0.41).
VoxelGridMap: one lit cube per index, coloured by ``colors``, else ``values`` through ``colormap`` over
``value_range`` (default 0..1, as Rerun), else the entity colour; ``opacity`` applies to all.

Volume3D (Rerun ray-marches it; honestly simplified here): values outside ``value_range`` are ignored, the
others normalised over it and raised to ``gamma`` (Rerun's default 3); the voxels whose density reaches
:data:`VOLUME_THRESHOLD` are drawn as cubes coloured through ``colormap``, each absorbing
``1 - exp(-density * optical_density * step / axis)`` (optical density across the volume's mean axis, as Rerun
defines it), blended unsorted; a volume with more than :data:`MAX_VOXELS` such voxels is drawn every ``s``-th
voxel per axis with cubes ``s`` times larger.
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
DEFAULT_GAMMA = 3.0  # Rerun's: suppresses low densities
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
        t = _normalised(np.resize(values, n), _first(c, "value_range", (0.0, 1.0)))  # Rerun's default range
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
    rng = _first(c, "value_range", None)
    inside = np.ones(vol.shape, bool) if rng is None else (vol >= rng[0]) & (vol <= rng[1])  # others ignored
    t = _normalised(vol, rng) ** float(_first(c, "gamma", DEFAULT_GAMMA))
    keep = inside & (t >= VOLUME_THRESHOLD)
    step = max(1, int(np.ceil((np.count_nonzero(keep) / MAX_VOXELS) ** (1 / 3))))
    t, keep = t[::step, ::step, ::step], keep[::step, ::step, ::step]
    kji = np.argwhere(keep)
    if len(kji) == 0:
        return None
    tv = t[tuple(kji.T)]
    rgba = np.empty((len(kji), 4), np.float32)
    rgba[:, :3] = colormap(tv, int(_first(c, "colormap", DEFAULT_COLORMAP))) / 255.0
    # optical depth: optical_density across the volume's (mean) axis at full density, so a cube of `step` voxels
    # absorbs 1 - exp(-density * optical_density * step / axis)
    density = float(_first(c, "optical_density", 1.0)) * step / (sum(vol.shape) / 3.0)
    rgba[:, 3] = 1.0 - np.exp(-np.maximum(density, 0.0) * tv)
    return _cubes(kji[:, ::-1], np.asarray(_first(c, "voxel_size", np.ones(3)), np.float64) * step, rgba, c)
