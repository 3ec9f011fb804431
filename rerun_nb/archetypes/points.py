"""Points3D and Points2D."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import numpy as np

from .. import components as C
from ._base import Archetype, Field

__all__ = ["Points2D", "Points3D"]


class Points3D(Archetype):
    """A 3D point cloud: positions, and optionally radii, colors, labels, class and keypoint ids.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.Points3D([[0, 0, 0], [1, 1, 1]], colors=[255, 0, 0], radii=0.1).positions.shape
    (2, 3)
    """

    archetype_name = "Points3D"
    view = "3d"
    positions = Field(C.vec3d, required=True)
    radii = Field(C.float32_1d)
    colors = Field(C.colors)
    labels = Field(C.strings)
    show_labels = Field(C.bool_1d)
    point_shading = Field(C.point_shading)
    class_ids = Field(C.class_ids)
    keypoint_ids = Field(C.keypoint_ids)

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        p = get("positions")
        return [] if p is None else [p]


class Points2D(Archetype):
    """A 2D point cloud (pixel or scene units in a 2D space).

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.Points2D([[10, 20]], radii=2).positions.tolist()
    [[10.0, 20.0]]
    """

    archetype_name = "Points2D"
    view = "2d"
    positions = Field(C.vec2d, required=True)
    radii = Field(C.float32_1d)
    colors = Field(C.colors)
    labels = Field(C.strings)
    show_labels = Field(C.bool_1d)
    draw_order = Field(C.float32_1d)
    class_ids = Field(C.class_ids)
    keypoint_ids = Field(C.keypoint_ids)

    bounds = Points3D.bounds


def _class_zero_with_keypoints(cls: type[Archetype]) -> None:
    """Keypoint ids without class ids log class id 0, as Rerun's constructor does (keypoints need a class)."""
    generated = cls.__init__
    zero = C.class_ids([0])

    @functools.wraps(generated)
    def __init__(self: Archetype, *args: Any, **kwargs: Any) -> None:
        generated(self, *args, **kwargs)
        if (
            "keypoint_ids" in self.__dict__
            and "class_ids" not in self.__dict__
            and kwargs.get("class_ids") is None
        ):
            self.__dict__["class_ids"] = zero

    cls.__init__ = __init__  # type: ignore[method-assign]


_class_zero_with_keypoints(Points3D)
_class_zero_with_keypoints(Points2D)
