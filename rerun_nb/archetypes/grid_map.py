"""GridMap: a 2D grid (an occupancy map, a cost map) as an image buffer placed in 3D by cell size and pose.

Stored, queryable and saved (``.rnb``, ``.rrd``) as logged: the buffer is a blob of the bytes and the format is
the image format (width, height, pixel format, colour model, channel datatype), as for ``rr.Image``. Drawn as
Rerun draws it, a textured quad in the 3D view: cell (column i, row j) covers ``[i, i + 1] x [j, j + 1]`` times
``cell_size`` from the pose's origin (the lower-left corner; row 0 at y = 0, as ROS occupancy grids), single
channel grids through ``colormap`` (the drawing layers' ``grid_map`` modules).

Examples
--------
>>> import numpy as np, rerun_nb as rr
>>> grid = np.zeros((3, 4), np.uint8)
>>> fmt = {"width": 4, "height": 3, "color_model": "L", "channel_datatype": "U8"}
>>> m = rr.GridMap(data=grid.tobytes(), format=fmt, cell_size=0.05)
>>> m.format.tolist(), len(m.data[0]), m.cell_size.tolist()
([[4, 3, 0, 1, 6]], 12, [0.05000000074505806])
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from .. import components as C
from ._base import Archetype, Field
from .stored3d import grid_pose

__all__ = ["GridMap"]


class GridMap(Archetype):
    """A 2D grid map (raw image bytes + image format) with a cell size and the pose of its lower-left corner.

    Rerun 0.41's constructor: every argument keyword-only; ``data``, ``format``, ``cell_size`` required.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.GridMap(data=bytes(4), format=[2, 2, 0, 1, 6], cell_size=0.1, translation=[1, 2, 0]).translation.tolist()
    [[1.0, 2.0, 0.0]]
    """

    archetype_name = "GridMap"
    view = "3d"
    data = Field(C.blob, required=True, positional=False)
    format = Field(C.image_format, required=True, positional=False)
    cell_size = Field(C.float32_1d, required=True, positional=False)
    translation = Field(C.vec3d)
    rotation_axis_angle = Field(C.rotation_axis_angles)
    quaternion = Field(C.quaternions)
    opacity = Field(C.float32_1d)
    draw_order = Field(C.float32_1d)
    colormap = Field(C.colormap)

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        f, cell = get("format"), get("cell_size")
        if f is None or len(f) == 0 or cell is None or len(cell) == 0:
            return []
        w, h, c = float(f[-1][0]), float(f[-1][1]), float(cell[-1])
        m = grid_pose(get)
        corners = np.array([[0, 0, 0], [w * c, 0, 0], [0, h * c, 0], [w * c, h * c, 0]], np.float64)
        return [(corners @ m[:3, :3].T + m[:3, 3]).astype(np.float32)]
