"""GridMap: the grid as a textured quad in 3D (``rerun_nb.archetypes.grid_map`` says where), as Rerun draws it.

Single-channel grids go through ``colormap``: the ROS palettes (:func:`ros_palette`, RvizMap 10, RvizCostmap 11,
Costmap 12 drawn as RvizCostmap) on the raw U8 values, or a colour map (1-7) over the values' range; without a
colormap they are grey. Other colour models are drawn as images are. ``opacity`` applies to all.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pygfx as gfx

from ...archetypes.stored3d import grid_pose
from ..image_decode import colormap, pixels, rgba, value_range
from ._registry import VisualContext, fields, register_visual
from .images import quad

__all__ = ["grid_rgba", "ros_palette"]

RVIZ_MAP, RVIZ_COSTMAP, COSTMAP = 10, 11, 12
_UNKNOWN = (112, 137, 134)  # rviz's grey-green of unknown cells (-1 = 255)


def ros_palette(which: int) -> np.ndarray:
    """uint8 (256, 4): rviz's "map" palette (RvizMap) or "costmap" palette (RvizCostmap, Costmap), by cell value.

    Examples
    --------
    >>> p = ros_palette(10)
    >>> p[0].tolist(), p[100].tolist(), p[255].tolist()
    ([255, 255, 255, 255], [0, 0, 0, 255], [112, 137, 134, 255])
    """
    p = np.zeros((256, 4), np.uint8)
    p[:, 3] = 255
    v = np.arange(101)
    if which == RVIZ_MAP:
        p[:101, :3] = (255 - v * 255 // 100)[:, None]  # free white .. occupied black
    else:
        p[0] = (0, 0, 0, 0)  # free: nothing drawn
        p[1:99, 0] = v[1:99] * 255 // 100  # blue .. red
        p[1:99, 2] = 255 - v[1:99] * 255 // 100
        p[99], p[100] = (0, 255, 255, 255), (255, 0, 255, 255)  # inscribed cyan, lethal purple
    p[101:128, :3] = (0, 255, 0)
    p[128:255, 0] = 255
    p[128:255, 1] = np.arange(127) * 255 // 126  # illegal values: red .. yellow
    p[255, :3] = _UNKNOWN
    return p


def grid_rgba(buf: np.ndarray, fmt: Any, which: int | None) -> np.ndarray:
    """uint8 (H, W, 4) colours of a grid's cells (row 0 first)."""
    if int(fmt[3]) != 1:  # not single-channel L
        return rgba(buf, fmt)
    v = pixels(buf, fmt)
    if which in (RVIZ_MAP, RVIZ_COSTMAP, COSTMAP) and v.dtype == np.uint8:
        return ros_palette(which)[v]
    out = np.empty((*v.shape, 4), np.uint8)
    out[..., 3] = 255
    lo, hi = value_range(v)
    t = (v.astype(np.float64) - lo) / (hi - lo if hi > lo else 1.0)
    out[..., :3] = colormap(t, which) if which else (np.clip(t, 0, 1) * 255 + 0.5).astype(np.uint8)[..., None]
    return out


def _last(c: Any, name: str) -> Any:
    v = c(name)
    return None if v is None or len(v) == 0 else v[len(v) - 1]


@register_visual("GridMap")
def build(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """The grid's quad scaled by ``cell_size`` and posed; None without data, format or cell size."""
    c = fields(ev, arch)
    buf, fmt, cell = _last(c, "data"), _last(c, "format"), _last(c, "cell_size")
    if buf is None or fmt is None or cell is None:
        return None
    cmap = _last(c, "colormap")
    try:
        img = grid_rgba(buf, fmt, None if cmap is None else int(cmap))
    except ValueError:
        return None
    opacity = _last(c, "opacity")
    order = _last(c, "draw_order")
    group = gfx.Group()
    group.add(
        quad(
            img,
            1.0 if opacity is None else float(np.clip(opacity, 0, 1)),
            0.0 if order is None else float(order),
        )
    )
    group.local.matrix = grid_pose(c) @ np.diag([float(cell), float(cell), 1.0, 1.0])
    return group
