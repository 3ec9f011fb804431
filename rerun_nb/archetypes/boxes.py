"""Boxes3D: oriented 3D boxes."""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np

from .. import components as C
from ._base import Archetype, Normaliser

__all__ = ["Boxes3D"]


class Boxes3D(Archetype):
    """3D boxes by ``half_sizes`` (or ``sizes``), ``centers`` (or ``mins``) and optional rotations."""

    archetype_name = "Boxes3D"
    _fields: ClassVar[dict[str, Normaliser]] = {
        "half_sizes": C.vec3d,
        "centers": C.vec3d,
        "rotation_axis_angles": C.rotation_axis_angles,
        "quaternions": C.quaternions,
        "colors": C.colors,
        "radii": C.float32_1d,
        "fill_mode": C.fill_mode,
        "labels": C.strings,
        "show_labels": C.bool_1d,
        "class_ids": C.class_ids,
    }

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
        n = self._n
        if sizes is not None:
            if half_sizes is not None:
                self._fail("sizes", "give sizes= or half_sizes=, not both")
                hs = None
            else:
                s = n(C.vec3d, sizes, "sizes")
                hs = None if s is None else s * np.float32(0.5)
        else:
            hs = n(C.vec3d, half_sizes, "half_sizes")
        self.half_sizes = hs
        ctr = None
        if mins is not None:
            if centers is not None:
                self._fail("mins", "give mins= or centers=, not both")
            elif sizes is None and half_sizes is None:
                self._fail("mins", "mins= needs sizes= or half_sizes=")
            elif hs is not None:
                m = n(C.vec3d, mins, "mins")
                if m is not None:
                    if len(m) == len(hs) or len(m) == 1 or len(hs) == 1:
                        ctr = m + hs
                    else:
                        self._fail("mins", f"{len(m)} mins for {len(hs)} sizes")
        else:
            ctr = n(C.vec3d, centers, "centers")
        self.centers = ctr
        self.rotation_axis_angles = n(C.rotation_axis_angles, rotation_axis_angles, "rotation_axis_angles")
        self.quaternions = n(C.quaternions, quaternions, "quaternions")
        if rotations is not None:
            if rotation_axis_angles is not None or quaternions is not None:
                self._fail("rotations", "give rotations= or quaternions= / rotation_axis_angles=, not both")
            else:
                kind_arr = n(C.rotations, rotations, "rotations")
                if kind_arr is not None:
                    # As Rerun: the kind not given is logged empty, so it no longer applies.
                    kind, arr = kind_arr
                    if kind == "quaternions":
                        self.quaternions = arr
                        self.rotation_axis_angles = self._empty("rotation_axis_angles")
                    else:
                        self.rotation_axis_angles = arr
                        self.quaternions = self._empty("quaternions")
        self.colors = n(C.colors, colors, "colors")
        self.radii = n(C.float32_1d, radii, "radii")
        self.fill_mode = n(C.fill_mode, fill_mode, "fill_mode")
        self.labels = n(C.strings, labels, "labels")
        self.show_labels = n(C.bool_1d, show_labels, "show_labels")
        self.class_ids = n(C.class_ids, class_ids, "class_ids")
