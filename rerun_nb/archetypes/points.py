"""Points3D and Points2D."""

from __future__ import annotations

from typing import Any, ClassVar

from .. import components as C
from ._base import Archetype, Normaliser

__all__ = ["Points2D", "Points3D"]


class Points3D(Archetype):
    """A 3D point cloud: positions, and optionally radii, colors, labels, class and keypoint ids."""

    archetype_name = "Points3D"
    _fields: ClassVar[dict[str, Normaliser]] = {
        "positions": C.vec3d,
        "radii": C.float32_1d,
        "colors": C.colors,
        "labels": C.strings,
        "show_labels": C.bool_1d,
        "point_shading": C.point_shading,
        "class_ids": C.class_ids,
        "keypoint_ids": C.keypoint_ids,
    }

    def __init__(
        self,
        positions: Any,
        *,
        radii: Any = None,
        colors: Any = None,
        labels: Any = None,
        show_labels: Any = None,
        point_shading: Any = None,
        class_ids: Any = None,
        keypoint_ids: Any = None,
    ) -> None:
        self._error = None
        n = self._n
        self.positions = n(C.vec3d, positions, "positions")
        self.radii = n(C.float32_1d, radii, "radii")
        self.colors = n(C.colors, colors, "colors")
        self.labels = n(C.strings, labels, "labels")
        self.show_labels = n(C.bool_1d, show_labels, "show_labels")
        self.point_shading = n(C.point_shading, point_shading, "point_shading")
        self.class_ids = n(C.class_ids, class_ids, "class_ids")
        self.keypoint_ids = n(C.keypoint_ids, keypoint_ids, "keypoint_ids")


class Points2D(Archetype):
    """A 2D point cloud."""

    archetype_name = "Points2D"
    _fields: ClassVar[dict[str, Normaliser]] = {
        "positions": C.vec2d,
        "radii": C.float32_1d,
        "colors": C.colors,
        "labels": C.strings,
        "show_labels": C.bool_1d,
        "draw_order": C.float32_1d,
        "class_ids": C.class_ids,
        "keypoint_ids": C.keypoint_ids,
    }

    def __init__(
        self,
        positions: Any,
        *,
        radii: Any = None,
        colors: Any = None,
        labels: Any = None,
        show_labels: Any = None,
        draw_order: Any = None,
        class_ids: Any = None,
        keypoint_ids: Any = None,
    ) -> None:
        self._error = None
        n = self._n
        self.positions = n(C.vec2d, positions, "positions")
        self.radii = n(C.float32_1d, radii, "radii")
        self.colors = n(C.colors, colors, "colors")
        self.labels = n(C.strings, labels, "labels")
        self.show_labels = n(C.bool_1d, show_labels, "show_labels")
        self.draw_order = n(C.float32_1d, draw_order, "draw_order")
        self.class_ids = n(C.class_ids, class_ids, "class_ids")
        self.keypoint_ids = n(C.keypoint_ids, keypoint_ids, "keypoint_ids")
