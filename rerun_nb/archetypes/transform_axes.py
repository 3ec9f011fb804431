"""TransformAxes3D: the X, Y and Z axes of an entity's frame, drawn red, green and blue."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from .. import components as C
from ._base import Archetype, Field

__all__ = ["TransformAxes3D"]


class TransformAxes3D(Archetype):
    """The axes of the entity's frame, each ``axis_length`` long; ``show_frame`` labels them with its path.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.TransformAxes3D(0.5).axis_length.tolist()
    [0.5]
    """

    archetype_name = "TransformAxes3D"
    view = "3d"
    axis_length = Field(C.float32_1d, required=True)
    show_frame = Field(C.bool_1d)

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        length = get("axis_length")
        if length is None or len(length) == 0:
            return []
        L = float(np.abs(length[0]))
        return [np.zeros((1, 3), np.float32), np.full((1, 3), L, np.float32)]
