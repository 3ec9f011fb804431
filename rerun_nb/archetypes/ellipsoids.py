"""Ellipsoids3D: ellipsoids (and spheres) by half sizes, centers and rotations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from .. import components as C
from ._base import Archetype, Field, centered_bounds

__all__ = ["Ellipsoids3D"]


class Ellipsoids3D(Archetype):
    """3D ellipsoids by ``half_sizes`` (or spheres by ``radii``), ``centers`` and optional rotations.

    Drawn as three axis-aligned cross-sections (``FillMode.MajorWireframe``, Rerun's default) unless
    ``fill_mode`` says otherwise.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.Ellipsoids3D(radii=[1.0, 2.0]).half_sizes.tolist()
    [[1.0, 1.0, 1.0], [2.0, 2.0, 2.0]]
    """

    archetype_name = "Ellipsoids3D"
    view = "3d"
    half_sizes = Field(C.vec3d, required=True)
    centers = Field(C.vec3d)
    rotation_axis_angles = Field(C.rotation_axis_angles)
    quaternions = Field(C.quaternions)
    colors = Field(C.colors)
    line_radii = Field(C.float32_1d)
    fill_mode = Field(C.fill_mode)
    labels = Field(C.strings)
    show_labels = Field(C.bool_1d)
    class_ids = Field(C.class_ids)

    def __init__(
        self,
        *,
        half_sizes: Any = None,
        radii: Any = None,
        centers: Any = None,
        rotation_axis_angles: Any = None,
        quaternions: Any = None,
        colors: Any = None,
        line_radii: Any = None,
        fill_mode: Any = None,
        labels: Any = None,
        show_labels: Any = None,
        class_ids: Any = None,
    ) -> None:
        self._error = None
        if radii is not None:
            if half_sizes is not None:  # as Rerun: warned, and radii= is used
                self._warn("radii", "cannot specify both radii= and half_sizes=: radii= is used")
            r = self._n(C.float32_1d, radii, "radii")
            half_sizes = None if r is None else np.repeat(r[:, None], 3, axis=1)
        self._set("half_sizes", half_sizes)
        self._set("centers", centers)
        self._set("rotation_axis_angles", rotation_axis_angles)
        self._set("quaternions", quaternions)
        self._set("colors", colors)
        self._set("line_radii", line_radii)
        self._set("fill_mode", fill_mode)
        self._set("labels", labels)
        self._set("show_labels", show_labels)
        self._set("class_ids", class_ids)

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        return centered_bounds(get("centers"), get("half_sizes"))
