"""LineStrips3D and LineStrips2D."""

from __future__ import annotations

from typing import Any, ClassVar

from .. import components as C
from ._base import Archetype, Normaliser

__all__ = ["LineStrips2D", "LineStrips3D"]


class LineStrips3D(Archetype):
    """3D line strips: each strip is a list of points joined in order."""

    archetype_name = "LineStrips3D"
    _fields: ClassVar[dict[str, Normaliser]] = {
        "strips": C.strips3d,
        "radii": C.float32_1d,
        "colors": C.colors,
        "labels": C.strings,
        "show_labels": C.bool_1d,
        "class_ids": C.class_ids,
    }

    def __init__(
        self,
        strips: Any,
        *,
        radii: Any = None,
        colors: Any = None,
        labels: Any = None,
        show_labels: Any = None,
        class_ids: Any = None,
    ) -> None:
        self._error = None
        n = self._n
        self.strips = n(C.strips3d, strips, "strips")
        self.radii = n(C.float32_1d, radii, "radii")
        self.colors = n(C.colors, colors, "colors")
        self.labels = n(C.strings, labels, "labels")
        self.show_labels = n(C.bool_1d, show_labels, "show_labels")
        self.class_ids = n(C.class_ids, class_ids, "class_ids")


class LineStrips2D(Archetype):
    """2D line strips."""

    archetype_name = "LineStrips2D"
    _fields: ClassVar[dict[str, Normaliser]] = {
        "strips": C.strips2d,
        "radii": C.float32_1d,
        "colors": C.colors,
        "labels": C.strings,
        "show_labels": C.bool_1d,
        "draw_order": C.float32_1d,
        "class_ids": C.class_ids,
    }

    def __init__(
        self,
        strips: Any,
        *,
        radii: Any = None,
        colors: Any = None,
        labels: Any = None,
        show_labels: Any = None,
        draw_order: Any = None,
        class_ids: Any = None,
    ) -> None:
        self._error = None
        n = self._n
        self.strips = n(C.strips2d, strips, "strips")
        self.radii = n(C.float32_1d, radii, "radii")
        self.colors = n(C.colors, colors, "colors")
        self.labels = n(C.strings, labels, "labels")
        self.show_labels = n(C.bool_1d, show_labels, "show_labels")
        self.draw_order = n(C.float32_1d, draw_order, "draw_order")
        self.class_ids = n(C.class_ids, class_ids, "class_ids")
