"""Boxes3D: oriented 3D boxes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from .. import components as C
from ..errors import ComponentError
from ._base import Archetype, Field, centered_bounds

__all__ = ["Boxes3D"]


class Boxes3D(Archetype):
    """3D boxes by ``half_sizes`` (or ``sizes``), ``centers`` (or ``mins``) and optional rotations.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> b = rr.Boxes3D(sizes=[[2, 2, 2]], mins=[[0, 0, 0]])
    >>> b.half_sizes.tolist(), b.centers.tolist()
    ([[1.0, 1.0, 1.0]], [[1.0, 1.0, 1.0]])
    """

    archetype_name = "Boxes3D"
    view = "3d"
    half_sizes = Field(C.vec3d, required=True)
    centers = Field(C.vec3d)
    rotation_axis_angles = Field(C.rotation_axis_angles)
    quaternions = Field(C.quaternions)
    colors = Field(C.colors)
    radii = Field(C.float32_1d)
    fill_mode = Field(C.fill_mode)
    labels = Field(C.strings)
    show_labels = Field(C.bool_1d)
    class_ids = Field(C.class_ids)

    def __init__(
        self,
        *,
        sizes: Any = None,
        mins: Any = None,
        half_sizes: Any = None,
        centers: Any = None,
        rotation_axis_angles: Any = None,
        quaternions: Any = None,
        rotations: Any = None,
        colors: Any = None,
        radii: Any = None,
        fill_mode: Any = None,
        labels: Any = None,
        show_labels: Any = None,
        class_ids: Any = None,
    ) -> None:
        self._error = None
        self._set_extent(sizes, mins, half_sizes, centers)
        self._set_rotations(rotations, rotation_axis_angles, quaternions)
        self._set("colors", colors)
        self._set("radii", radii)
        self._set("fill_mode", fill_mode)
        self._set("labels", labels)
        self._set("show_labels", show_labels)
        self._set("class_ids", class_ids)

    def _set_extent(self, sizes: Any, mins: Any, half_sizes: Any, centers: Any) -> None:
        n = self._n
        hs = None
        # as Rerun 0.41: sizes win over half_sizes and mins over centers, with a warning; mins alone get
        # half sizes of 1
        if sizes is not None:
            if half_sizes is not None:
                self._warn("sizes", "cannot specify both sizes= and half_sizes=: sizes= is used")
            s = n(C.vec3d, sizes, "sizes")
            hs = None if s is None else s * np.float32(0.5)
        else:
            hs = n(C.vec3d, half_sizes, "half_sizes")
        if mins is not None and hs is None and sizes is None and half_sizes is None:
            self._warn("mins", "cannot specify mins= without sizes= or half_sizes=: half sizes of 1 are used")
            hs = np.ones((1, 3), np.float32)
        self.half_sizes = hs
        ctr = None
        if mins is not None:
            if centers is not None:
                self._warn("mins", "cannot specify both mins= and centers=: mins= is used")
            if hs is not None:
                m = n(C.vec3d, mins, "mins")
                if m is not None:
                    if len(m) == len(hs) or len(m) == 1 or len(hs) == 1:
                        ctr = m + hs
                    else:
                        self._fail("mins", f"{len(m)} mins for {len(hs)} sizes")
        else:
            ctr = n(C.vec3d, centers, "centers")
        self.centers = ctr

    def _set_rotations(self, rotations: Any, rotation_axis_angles: Any, quaternions: Any) -> None:
        self._set("rotation_axis_angles", rotation_axis_angles)
        self._set("quaternions", quaternions)
        if rotations is None:
            return
        if rotation_axis_angles is not None or quaternions is not None:
            self._warn("rotations", "cannot specify both rotations= and quaternions= / rotation_axis_angles=")
            return
        try:
            kind_arr = C.rotations(rotations)
        except ComponentError as e:  # as Rerun: warned, and the boxes are logged without rotations
            self._warn("rotations", e.message)
            return
        if kind_arr is not None:
            # As Rerun: the kind not given is logged empty, so it no longer applies.
            kind, arr = kind_arr
            other = "rotation_axis_angles" if kind == "quaternions" else "quaternions"
            self.__dict__[kind] = arr
            self.__dict__[other] = self._empty(other)

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        return centered_bounds(get("centers"), get("half_sizes"))
