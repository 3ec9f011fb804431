"""Boxes2D: axis-aligned 2D boxes, from sizes / half sizes / mins / centers or one array in a Box2DFormat."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

import numpy as np

from .. import components as C
from ._base import Archetype, Field
from .shapes2d import rect_bounds

__all__ = ["Box2DFormat", "Boxes2D"]


class Box2DFormat(Enum):
    """How the columns of ``Boxes2D(array=...)`` are read (Rerun's names and values).

    Examples
    --------
    >>> Box2DFormat.XYWH.value
    'XYWH'
    """

    XYWH = "XYWH"
    """[x, y, w, h], with x, y = left, top."""
    YXHW = "YXHW"
    """[y, x, h, w], with x, y = left, top."""
    XYXY = "XYXY"
    """[x0, y0, x1, y1], with x0, y0 = left, top and x1, y1 = right, bottom."""
    YXYX = "YXYX"
    """[y0, x0, y1, x1], with x0, y0 = left, top and x1, y1 = right, bottom."""
    XCYCWH = "XCYCWH"
    """[x_center, y_center, width, height]."""
    XCYCW2H2 = "XCYCW2H2"
    """[x_center, y_center, width / 2, height / 2]."""


def _from_array(arr: np.ndarray, fmt: Box2DFormat) -> tuple[np.ndarray, np.ndarray]:
    """(half_sizes, centers) of an (N, 4) array, exactly as Rerun 0.41 computes them.

    Rerun's YX formats flip with ``np.flip`` over the whole (N, 2) slice, which also reverses the order of the
    boxes when there are several: kept, so that what is stored equals what Rerun stores.
    """
    if fmt is Box2DFormat.XYWH:
        half = arr[:, 2:4] / 2
        return half, arr[:, 0:2] + half
    if fmt is Box2DFormat.YXHW:
        half = np.flip(arr[:, 2:4]) / 2
        return half, np.flip(arr[:, 0:2]) + half
    if fmt in (Box2DFormat.XYXY, Box2DFormat.YXYX):
        lo, hi = arr[:, 0:2], arr[:, 2:4]
        if fmt is Box2DFormat.YXYX:
            lo, hi = np.flip(lo), np.flip(hi)
        centers = (lo + hi) / 2
        return hi - centers, centers
    if fmt is Box2DFormat.XCYCWH:
        return arr[:, 2:4] / 2, arr[:, 0:2]
    return arr[:, 2:4], arr[:, 0:2]  # XCYCW2H2


def _format(fmt: Any) -> Box2DFormat | None:
    if isinstance(fmt, Box2DFormat):
        return fmt
    name = getattr(fmt, "value", fmt)  # rerun.Box2DFormat too
    try:
        return Box2DFormat(str(name).upper())
    except ValueError:
        return None


class Boxes2D(Archetype):
    """2D boxes by ``half_sizes`` (or ``sizes``) about ``centers`` (or from ``mins``), or one ``array`` read
    in ``array_format``.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> b = rr.Boxes2D(array=[10, 20, 4, 2], array_format=rr.Box2DFormat.XYWH)
    >>> b.half_sizes.tolist(), b.centers.tolist()
    ([[2.0, 1.0]], [[12.0, 21.0]])
    """

    archetype_name = "Boxes2D"
    view = "2d"
    half_sizes = Field(C.vec2d, required=True)
    centers = Field(C.vec2d)
    colors = Field(C.colors)
    radii = Field(C.float32_1d)
    labels = Field(C.strings)
    show_labels = Field(C.bool_1d)
    draw_order = Field(C.float32_1d)
    class_ids = Field(C.class_ids)

    def __init__(
        self,
        *,
        sizes: Any = None,
        mins: Any = None,
        half_sizes: Any = None,
        centers: Any = None,
        array: Any = None,
        array_format: Any = None,
        radii: Any = None,
        colors: Any = None,
        labels: Any = None,
        show_labels: Any = None,
        draw_order: Any = None,
        class_ids: Any = None,
    ) -> None:
        self._error = None
        if array is not None:
            self._set_array(array, array_format, sizes, mins, half_sizes, centers)
        else:
            self._set_extent(sizes, mins, half_sizes, centers)
        self._set("radii", radii)
        self._set("colors", colors)
        self._set("labels", labels)
        self._set("show_labels", show_labels)
        self._set("draw_order", draw_order)
        self._set("class_ids", class_ids)

    def _set_array(self, array: Any, array_format: Any, *others: Any) -> None:
        self.half_sizes = self.centers = None
        if array_format is None:
            return self._fail("array_format", "give array_format= with array=")
        if any(o is not None for o in others):
            return self._fail("array", "give array= alone, without sizes=, mins=, half_sizes= or centers=")
        fmt = _format(array_format)
        if fmt is None:
            return self._fail("array_format", f"unknown Box2DFormat {array_format!r}")
        flat = self._n(C.float64_1d, array, "array")
        if flat is None:
            return None
        if len(flat) % 4:
            return self._fail("array", f"expected boxes of 4 numbers each, got {len(flat)} numbers")
        arr = flat.reshape(-1, 4) if np.any(flat) else np.zeros((0, 4))  # as Rerun: all zeros = no boxes
        half, centers = _from_array(arr, fmt)
        self._set("half_sizes", half)
        self._set("centers", centers)
        return None

    def _set_extent(self, sizes: Any, mins: Any, half_sizes: Any, centers: Any) -> None:
        hs = None
        if sizes is not None:
            if half_sizes is not None:
                self._fail("sizes", "give sizes= or half_sizes=, not both")
            else:
                s = self._n(C.vec2d, sizes, "sizes")
                hs = None if s is None else s * np.float32(0.5)
        else:
            hs = self._n(C.vec2d, half_sizes, "half_sizes")
        self.half_sizes = hs
        ctr = None
        if mins is not None:
            if centers is not None:
                self._fail("mins", "give mins= or centers=, not both")
            elif sizes is None and half_sizes is None:
                self._fail("mins", "mins= needs sizes= or half_sizes=")
            elif hs is not None:
                m = self._n(C.vec2d, mins, "mins")
                if m is not None:
                    if len(m) == len(hs) or len(m) == 1 or len(hs) == 1:
                        ctr = m + hs
                    else:
                        self._fail("mins", f"{len(m)} mins for {len(hs)} sizes")
        else:
            ctr = self._n(C.vec2d, centers, "centers")
        self.centers = ctr

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        return rect_bounds(get("centers"), get("half_sizes"))
