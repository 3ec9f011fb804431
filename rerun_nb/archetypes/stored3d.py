"""Spatial archetypes that are stored, queried and saved but not drawn yet (``view = None``; the viewer's
entity tree says "stored, not drawn") at first; drawn since (issue 13): GaussianSplats3D,
Volume3D, VoxelGridMap, and InstancePoses3D, which the drawing layers apply to the entity's other 3D visuals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from .. import components as C
from ..components import decode_tensor
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
    """3D Gaussian splats: centers, scales, rotations, colours, spherical-harmonics coefficients.

    Drawn simplified (the drawing layers' ``splats`` modules): view-facing gaussian blobs, sigma the geometric
    mean of the scales, base colours with their alpha.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.GaussianSplats3D([[0, 0, 0]], scales=[[1, 1, 1]]).centers.shape
    (1, 3)
    """

    archetype_name = "GaussianSplats3D"
    view = "3d"
    centers = Field(C.vec3d, required=True)
    scales = Field(C.vec3d)
    quaternions = Field(C.quaternions)
    colors = Field(C.colors)
    sh_coefficients = Field(C.sh_coefficients)
    spherical_harmonics_degree = Field(C.uint32_1d)

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        centers, scales = get("centers"), get("scales")
        if centers is None or len(centers) == 0:
            return []
        if scales is None or len(scales) == 0:
            return [centers]
        r = 3.0 * float(np.abs(scales).max())  # the blobs' drawn radius, 3 sigma, at most
        return [centers - r, centers + r]


class Volume3D(Archetype):
    """A dense 3D volume of values (a 3-D tensor, ``[z, y, x]``) placed by voxel size, translation and rotation.

    Rerun ray-marches it; rerun_nb draws the voxels at or above a threshold of ``value_range`` as translucent
    cubes coloured through ``colormap`` (the drawing layers' ``voxels`` modules).

    Examples
    --------
    >>> import numpy as np, rerun_nb as rr
    >>> rr.components.decode_tensor(rr.Volume3D(np.zeros((2, 2, 2))).values[0])[0].shape
    (2, 2, 2)
    """

    archetype_name = "Volume3D"
    view = "3d"
    values = Field(C.tensor, required=True)
    voxel_size = Field(C.vec3d)
    translation = Field(C.vec3d)
    quaternion = Field(C.quaternions)
    value_range = Field(C.range1d)
    gamma = Field(C.float32_1d)
    colormap = Field(C.colormap)
    optical_density = Field(C.float32_1d)

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        values = get("values")
        if values is None or len(values) == 0:
            return []
        try:
            shape = decode_tensor(values[0])[0].shape
        except ValueError:
            return []
        if len(shape) != 3:
            return []
        return [grid_corners(np.array([[0, 0, 0], shape[::-1]], np.float64), get)]


class VoxelGridMap(Archetype):
    """A sparse voxel map: integer voxel indices of one size, with values (through ``colormap``) or colours;
    drawn as cubes, the voxel ``[0, 0, 0]``'s minimum corner at the (translated, rotated) origin.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.VoxelGridMap([[0, 0, 0], [1, 0, 0]], [0.1, 0.1, 0.1]).voxel_indices.dtype.name
    'int32'
    """

    archetype_name = "VoxelGridMap"
    view = "3d"
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

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        idx = get("voxel_indices")
        if idx is None or len(idx) == 0:
            return []
        lo, hi = idx.min(axis=0).astype(np.float64), idx.max(axis=0).astype(np.float64) + 1
        return [grid_corners(np.stack([lo, hi]), get)]


def grid_pose(get: Callable[[str], Any]) -> np.ndarray:
    """``entity_from_grid`` (4x4) of a voxel grid / volume: its translation and rotation (identity if none)."""
    fields = {}
    if (t := get("translation")) is not None and len(t) > 0:
        fields["translation"] = t[:1]
    if (q := get("quaternion")) is not None and len(q) > 0:
        fields["quaternion"] = q[:1]  # Rerun: with both rotations set, the axis-angle one is ignored
    elif (aa := get("rotation_axis_angle")) is not None and len(aa) > 0:
        fields["rotation_axis_angle"] = aa[:1]
    m = transform_matrix(fields)
    return np.eye(4) if m is None else m


def grid_corners(box: np.ndarray, get: Callable[[str], Any]) -> np.ndarray:
    """The 8 corners, in entity space, of the voxel-index box ``[lo, hi]`` (2, 3) scaled by ``voxel_size``."""
    size = get("voxel_size")
    size = np.ones(3) if size is None or len(size) == 0 else size[0].astype(np.float64)
    lo, hi = box[0] * size, box[1] * size
    corners = np.array([[x, y, z] for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])])
    m = grid_pose(get)
    return (corners @ m[:3, :3].T + m[:3, 3]).astype(np.float32)


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
    """Names the transform frame this entity's data is drawn in: ``tf#/<path>`` (an entity's implicit frame) or a
    named frame of Transform3D's ``parent_frame`` / ``child_frame`` (resolved by ``rerun_nb/frames.py``).

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.CoordinateFrame("base_link").frame.tolist()
    ['base_link']
    """

    archetype_name = "CoordinateFrame"
    view = None
    frame = Field(C.strings, required=True)

    @classmethod
    def entity_frame(cls, get: Callable[[str], Any]) -> str | None:
        """The frame the entity's data is drawn in (``rerun_nb/frames.py``), or None."""
        f = get("frame")
        return None if f is None or len(f) == 0 else str(f[-1])
