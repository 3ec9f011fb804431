"""Spatial archetypes that are stored, queried and saved but not drawn yet (``view = None``; the viewer's
entity tree says "stored, not drawn"): GaussianSplats3D, Volume3D, VoxelGridMap, CoordinateFrame; and
InstancePoses3D, which the drawing layers apply to the entity's other 3D visuals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from .. import components as C
from ._base import Archetype, Field
from .transform import transform_matrix

__all__ = [
    "CoordinateFrame",
    "GaussianSplats3D",
    "InstancePoses3D",
    "Volume3D",
    "VoxelGridMap",
]


class GaussianSplats3D(Archetype):
    """3D Gaussian splats: centers, scales, rotations, colours, spherical-harmonics coefficients. Not drawn yet.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.GaussianSplats3D([[0, 0, 0]], scales=[[1, 1, 1]]).centers.shape
    (1, 3)
    """

    archetype_name = "GaussianSplats3D"
    view = None
    centers = Field(C.vec3d, required=True)
    scales = Field(C.vec3d)
    quaternions = Field(C.quaternions)
    colors = Field(C.colors)
    sh_coefficients = Field(C.sh_coefficients)
    spherical_harmonics_degree = Field(C.uint32_1d)


class Volume3D(Archetype):
    """A dense 3D volume of values (a 3-D tensor) placed by voxel size, translation and rotation. Not drawn yet.

    Examples
    --------
    >>> import numpy as np, rerun_nb as rr
    >>> rr.components.decode_tensor(rr.Volume3D(np.zeros((2, 2, 2))).values[0])[0].shape
    (2, 2, 2)
    """

    archetype_name = "Volume3D"
    view = None
    values = Field(C.tensor, required=True)
    voxel_size = Field(C.vec3d)
    translation = Field(C.vec3d)
    quaternion = Field(C.quaternions)
    value_range = Field(C.range1d)
    gamma = Field(C.float32_1d)
    colormap = Field(C.colormap)
    optical_density = Field(C.float32_1d)


class VoxelGridMap(Archetype):
    """A sparse voxel map: integer voxel indices of one size, with values or colours. Not drawn yet.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.VoxelGridMap([[0, 0, 0], [1, 0, 0]], [0.1, 0.1, 0.1]).voxel_indices.dtype.name
    'int32'
    """

    archetype_name = "VoxelGridMap"
    view = None
    voxel_indices = Field(C.ivec3d, required=True)
    voxel_size = Field(C.vec3d, required=True)
    values = Field(C.float32_1d)
    colors = Field(C.colors)
    translation = Field(C.vec3d)
    rotation_axis_angle = Field(C.rotation_axis_angles)
    quaternion = Field(C.quaternions)
    opacity = Field(C.float32_1d)
    value_range = Field(C.range1d)
    colormap = Field(C.colormap)


class InstancePoses3D(Archetype):
    """Poses that instance the other 3D archetypes of the entity, after its Transform3D (not propagated).

    Rerun 0.41: a new log replaces the whole pose set (``whole_row``); each pose is
    translation · rotation_axis_angle · quaternion · scale · mat3x3, the fields splatted to the longest (the
    last value repeated). Points3D, Mesh3D, Asset3D and the posed shapes are drawn once per pose; the other
    visuals under the first pose only (the drawing layers' ``instance_poses`` modules say which).

    Examples
    --------
    >>> import rerun_nb as rr
    >>> get = {"translations": rr.InstancePoses3D(translations=[[0, 0, 0], [1, 0, 0]]).translations}.get
    >>> rr.InstancePoses3D.instance_matrices(get)[:, 0, 3].tolist()
    [0.0, 1.0]
    """

    archetype_name = "InstancePoses3D"
    view = "3d"
    #: a new row replaces every field (Rerun: "the state of the resulting overall pose is fully reset")
    whole_row = True
    translations = Field(C.vec3d)
    rotation_axis_angles = Field(C.rotation_axis_angles)
    quaternions = Field(C.quaternions)
    scales = Field(C.scale3d)
    mat3x3 = Field(C.mat3x3)

    @classmethod
    def instance_matrices(cls, get: Callable[[str], Any]) -> np.ndarray | None:
        """``entity_from_instance`` per pose, float64 (K, 4, 4); None when no pose field is set."""
        given = {t: v for f, t in _POSE_FIELDS.items() if (v := get(f)) is not None and len(v) > 0}
        if not given:
            return None
        k = max(len(v) for v in given.values())
        out = np.empty((k, 4, 4))
        for i in range(k):
            m = transform_matrix({t: v[min(i, len(v) - 1)][None] for t, v in given.items()})
            out[i] = np.eye(4) if m is None else m
        return out


#: InstancePoses3D field → the Transform3D field of the same meaning (for ``transform_matrix``)
_POSE_FIELDS = {
    "translations": "translation",
    "rotation_axis_angles": "rotation_axis_angle",
    "quaternions": "quaternion",
    "scales": "scale",
    "mat3x3": "mat3x3",
}


class CoordinateFrame(Archetype):
    """Names the transform frame this entity belongs to. Stored; frames are not resolved yet.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.CoordinateFrame("base_link").frame.tolist()
    ['base_link']
    """

    archetype_name = "CoordinateFrame"
    view = None
    frame = Field(C.strings, required=True)
