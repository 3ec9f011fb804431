"""LineStrips3D and LineStrips2D."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from .. import components as C
from ._base import Archetype, Field

__all__ = ["LineStrips2D", "LineStrips3D"]


class LineStrips3D(Archetype):
    """3D line strips: each strip is a list of points joined in order.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> len(rr.LineStrips3D([[[0, 0, 0], [1, 0, 0]], [[0, 1, 0], [1, 1, 0], [1, 2, 0]]]).strips)
    2
    """

    archetype_name = "LineStrips3D"
    view = "3d"
    strips = Field(C.strips3d, required=True)
    radii = Field(C.float32_1d)
    colors = Field(C.colors)
    labels = Field(C.strings)
    show_labels = Field(C.bool_1d)
    class_ids = Field(C.class_ids)

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        s = get("strips")
        return [] if s is None else [s.values]


class LineStrips2D(Archetype):
    """2D line strips.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> len(rr.LineStrips2D([[0, 0], [10, 10]]).strips)
    1
    """

    archetype_name = "LineStrips2D"
    view = "2d"
    strips = Field(C.strips2d, required=True)
    radii = Field(C.float32_1d)
    colors = Field(C.colors)
    labels = Field(C.strings)
    show_labels = Field(C.bool_1d)
    draw_order = Field(C.float32_1d)
    class_ids = Field(C.class_ids)

    bounds = LineStrips3D.bounds
