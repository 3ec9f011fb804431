"""Capsules3D and Cylinders3D: round-ended and flat-ended tubes along +Z, posed per instance."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from .. import components as C
from ._base import Archetype, Field, splat

__all__ = ["Capsules3D", "Cylinders3D", "tube_instances"]


def tube_instances(get: Callable[[str], Any], position: str) -> int:
    """How many tubes are drawn: the longest of lengths, radii and poses; 0 without lengths or radii.

    As Rerun's visualizers, one length (or radius) applies to all, a short batch repeats its last value.

    Examples
    --------
    >>> import numpy as np
    >>> c = {"lengths": np.ones(1), "radii": np.ones(3)}.get
    >>> tube_instances(c, "centers")
    3
    """
    lengths, radii = get("lengths"), get("radii")
    if lengths is None or radii is None or len(lengths) == 0 or len(radii) == 0:
        return 0
    poses = (get(f) for f in (position, "quaternions", "rotation_axis_angles"))
    return max([len(lengths), len(radii), *(len(p) for p in poses if p is not None)])


def _tube_bounds(get: Callable[[str], Any], position: str, centered: bool) -> list[np.ndarray]:
    """Whatever the rotation, a tube lies in a sphere about its position: ``hypot(length / 2, radius)`` for a
    centred one, ``length + radius`` for one starting there (a capsule)."""
    n = tube_instances(get, position)
    if n == 0:
        return []
    length = np.abs(splat(get("lengths")[:, None], n, (1.0,))[:, 0])
    radius = np.abs(splat(get("radii")[:, None], n, (0.5,))[:, 0])
    pos = splat(get(position), n, (0.0, 0.0, 0.0))
    reach = np.hypot(length / 2, radius) if centered else length + radius
    r = reach[:, None].astype(np.float32)
    return [pos - r, pos + r]


class Capsules3D(Archetype):
    """3D capsules: a cylinder of ``radii`` whose axis runs ``lengths`` along +Z from its translation,
    capped by half spheres at both ends, then rotated and translated per instance.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> c = rr.Capsules3D(lengths=[1.0, 2.0], radii=0.25, translations=[[0, 0, 0], [2, 0, 0]])
    >>> c.lengths.tolist(), c.radii.tolist()
    ([1.0, 2.0], [0.25])
    """

    archetype_name = "Capsules3D"
    view = "3d"
    lengths = Field(C.float32_1d)
    radii = Field(C.float32_1d)
    translations = Field(C.vec3d)
    rotation_axis_angles = Field(C.rotation_axis_angles)
    quaternions = Field(C.quaternions)
    colors = Field(C.colors)
    line_radii = Field(C.float32_1d)
    fill_mode = Field(C.fill_mode)
    labels = Field(C.strings)
    show_labels = Field(C.bool_1d)
    class_ids = Field(C.class_ids)

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        return _tube_bounds(get, "translations", centered=False)


class Cylinders3D(Archetype):
    """3D cylinders of ``radii`` and ``lengths`` along +Z, centred on ``centers``, rotated per instance.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.Cylinders3D(lengths=2.0, radii=0.5, centers=[0, 0, 1]).centers.tolist()
    [[0.0, 0.0, 1.0]]
    """

    archetype_name = "Cylinders3D"
    view = "3d"
    lengths = Field(C.float32_1d)
    radii = Field(C.float32_1d)
    centers = Field(C.vec3d)
    rotation_axis_angles = Field(C.rotation_axis_angles)
    quaternions = Field(C.quaternions)
    colors = Field(C.colors)
    line_radii = Field(C.float32_1d)
    fill_mode = Field(C.fill_mode)
    labels = Field(C.strings)
    show_labels = Field(C.bool_1d)
    class_ids = Field(C.class_ids)

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        return _tube_bounds(get, "centers", centered=True)
