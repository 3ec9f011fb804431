"""Arrows2D and Ellipses2D: 2D shapes (drawn in the 3D scene at z = 0 until the 2D view draws them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from .. import components as C
from ._base import Archetype, Field, splat

__all__ = ["Arrows2D", "Ellipses2D"]


class Arrows2D(Archetype):
    """2D arrows: ``vectors`` from ``origins`` (default: the origin).

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.Arrows2D(vectors=[[1, 0], [0, 1]], origins=[0, 0]).vectors.tolist()
    [[1.0, 0.0], [0.0, 1.0]]
    """

    archetype_name = "Arrows2D"
    view = "2d"
    vectors = Field(C.vec2d, required=True, positional=False)
    origins = Field(C.vec2d)
    radii = Field(C.float32_1d)
    colors = Field(C.colors)
    labels = Field(C.strings)
    show_labels = Field(C.bool_1d)
    draw_order = Field(C.float32_1d)
    class_ids = Field(C.class_ids)

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        vec = get("vectors")
        if vec is None or len(vec) == 0:
            return []
        org = splat(get("origins"), len(vec), (0.0, 0.0))
        return [_z0(org), _z0(org + vec)]


class Ellipses2D(Archetype):
    """2D ellipses (or circles) by ``half_sizes`` about ``centers``, drawn as outlines of ``line_radii``.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.Ellipses2D(half_sizes=[[2, 1]], centers=[[0, 0]]).half_sizes.tolist()
    [[2.0, 1.0]]
    """

    archetype_name = "Ellipses2D"
    view = "2d"
    half_sizes = Field(C.vec2d)
    centers = Field(C.vec2d)
    line_radii = Field(C.float32_1d)
    colors = Field(C.colors)
    labels = Field(C.strings)
    show_labels = Field(C.bool_1d)
    draw_order = Field(C.float32_1d)
    class_ids = Field(C.class_ids)

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        return rect_bounds(get("centers"), get("half_sizes"))


def _z0(xy: np.ndarray) -> np.ndarray:
    out = np.zeros((len(xy), 3), np.float32)
    out[:, :2] = xy
    return out


def rect_bounds(centers: np.ndarray | None, half_sizes: np.ndarray | None) -> list[np.ndarray]:
    """Corners (z = 0) of the axis-aligned rectangles of ``half_sizes`` about ``centers``, splatted.

    Examples
    --------
    >>> lo, hi = rect_bounds(None, np.array([[1.0, 2.0]], np.float32))
    >>> lo.tolist(), hi.tolist()
    ([[-1.0, -2.0, 0.0]], [[1.0, 2.0, 0.0]])
    """
    if half_sizes is None or len(half_sizes) == 0:
        return []
    n = max(len(half_sizes), 0 if centers is None else len(centers))
    c = splat(centers, n, (0.0, 0.0))
    h = np.abs(splat(half_sizes, n, (0.0, 0.0)))
    return [_z0(c - h), _z0(c + h)]
