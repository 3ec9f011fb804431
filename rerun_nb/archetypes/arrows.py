"""Arrows3D: vectors drawn from origins."""

from __future__ import annotations

from typing import Any, ClassVar

from .. import components as C
from ._base import Archetype, Normaliser

__all__ = ["Arrows3D"]


class Arrows3D(Archetype):
    """3D arrows: ``vectors`` from ``origins`` (default: the origin)."""

    archetype_name = "Arrows3D"
    _fields: ClassVar[dict[str, Normaliser]] = {
        "vectors": C.vec3d,
        "origins": C.vec3d,
        "radii": C.float32_1d,
        "colors": C.colors,
        "labels": C.strings,
        "show_labels": C.bool_1d,
        "class_ids": C.class_ids,
    }

    def __init__(
        self,
        *,
        vectors: Any,
        origins: Any = None,
        radii: Any = None,
        colors: Any = None,
        labels: Any = None,
        show_labels: Any = None,
        class_ids: Any = None,
    ) -> None:
        self._error = None
        n = self._n
        self.vectors = n(C.vec3d, vectors, "vectors")
        self.origins = n(C.vec3d, origins, "origins")
        self.radii = n(C.float32_1d, radii, "radii")
        self.colors = n(C.colors, colors, "colors")
        self.labels = n(C.strings, labels, "labels")
        self.show_labels = n(C.bool_1d, show_labels, "show_labels")
        self.class_ids = n(C.class_ids, class_ids, "class_ids")
