"""Transform3D: the transform from an entity's space to its parent's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

import numpy as np

from .. import components as C
from ..datatypes import TransformRelation
from ._base import Archetype, Field

__all__ = ["Transform3D", "transform_matrix"]

_CHILD_FROM_PARENT = 2
_MATRIX_FIELDS = ("translation", "rotation_axis_angle", "quaternion", "scale", "mat3x3", "relation")


class Transform3D(Archetype):
    """A 3D transform: translation · rotation · scale · mat3x3 (parent_from_child by default).

    Logging one *replaces the whole transform*: as in Rerun 0.41 only the fields given are stored, and scene
    resolution takes a transform archetype's components from its newest row only (``local_matrix``), so a
    translation logged earlier no longer applies once a rotation alone is logged.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> sorted(rr.Transform3D(translation=[1, 2, 3]).as_component_batches())
    ['Transform3D:translation']
    """

    archetype_name = "Transform3D"
    role = "transform"
    translation = Field(C.vec3d)
    rotation_axis_angle = Field(C.rotation_axis_angles)
    quaternion = Field(C.quaternions)
    scale = Field(C.scale3d)
    mat3x3 = Field(C.mat3x3)
    relation = Field(C.relation)
    child_frame = Field(C.strings)
    parent_frame = Field(C.strings)

    def __init__(
        self,
        *,
        translation: Any = None,
        rotation: Any = None,
        rotation_axis_angle: Any = None,
        quaternion: Any = None,
        scale: Any = None,
        mat3x3: Any = None,
        from_parent: bool | None = None,
        relation: Any = None,
        child_frame: Any = None,
        parent_frame: Any = None,
    ) -> None:
        self._error = None
        self._set("translation", translation)
        self._set("rotation_axis_angle", rotation_axis_angle)
        self._set("quaternion", quaternion)
        if rotation is not None:
            if rotation_axis_angle is not None or quaternion is not None:
                self._fail("rotation", "give rotation= or rotation_axis_angle= / quaternion=, not both")
            else:
                kind_arr = self._n(C.rotations, rotation, "rotation")
                if kind_arr is not None:
                    kind, arr = kind_arr
                    self.__dict__["quaternion" if kind == "quaternions" else "rotation_axis_angle"] = arr
        self._set("scale", scale)
        self._set("mat3x3", mat3x3)
        if from_parent is not None:
            if relation is not None:
                self._fail("from_parent", "give relation= or from_parent=, not both")
            else:
                relation = (
                    TransformRelation.ChildFromParent if from_parent else TransformRelation.ParentFromChild
                )
        self._set("relation", relation)
        self._set("child_frame", child_frame)
        self._set("parent_frame", parent_frame)
        for f in _MATRIX_FIELDS:
            v = self.__dict__.get(f)
            if v is not None and len(v) != 1:
                self.__dict__[f] = None
                self._fail(
                    f, f"a Transform3D holds one {f}, got {len(v)} (use Transform3D.columns for many rows)"
                )

    #: the fields ``frame_edge`` needs (the scene looks no further without both)
    frame_edge_fields: ClassVar[tuple[str, ...]] = ("child_frame", "parent_frame")

    @classmethod
    def frame_edge(cls, get: Callable[[str], Any]) -> tuple[str, str] | None:
        """``(child_frame, parent_frame)`` when both are set: then this transform relates those named frames
        (``parent_from_child``), not the entity to its parent (Rerun 0.41; ``rerun_nb/frames.py``)."""
        child, parent = get("child_frame"), get("parent_frame")
        if child is None or parent is None or len(child) == 0 or len(parent) == 0:
            return None
        return (str(child[-1]), str(parent[-1])) if child[-1] and parent[-1] else None

    @classmethod
    def local_matrix(cls, get: Callable[[str], Any]) -> np.ndarray | None:
        """``parent_from_entity`` (4x4 float64) from the latest-at fields, or None when none is set."""
        return transform_matrix({f: v for f in _MATRIX_FIELDS if (v := get(f)) is not None})


def _axis_angle_matrix(aa: np.ndarray) -> np.ndarray:
    axis = aa[:3].astype(np.float64)
    angle = float(aa[3])
    n = np.linalg.norm(axis)
    if n == 0 or not np.isfinite(n):
        return np.eye(3)
    x, y, z = axis / n
    c, s = np.cos(angle), np.sin(angle)
    C = 1 - c
    return np.array(
        [
            [c + x * x * C, x * y * C - z * s, x * z * C + y * s],
            [y * x * C + z * s, c + y * y * C, y * z * C - x * s],
            [z * x * C - y * s, z * y * C + x * s, c + z * z * C],
        ]
    )


def _quaternion_matrix(q: np.ndarray) -> np.ndarray:
    x, y, z, w = q.astype(np.float64)
    n = x * x + y * y + z * z + w * w
    if n == 0 or not np.isfinite(n):
        return np.eye(3)
    s = 2.0 / n
    return np.array(
        [
            [1 - s * (y * y + z * z), s * (x * y - z * w), s * (x * z + y * w)],
            [s * (x * y + z * w), 1 - s * (x * x + z * z), s * (y * z - x * w)],
            [s * (x * z - y * w), s * (y * z + x * w), 1 - s * (x * x + y * y)],
        ]
    )


def transform_matrix(fields: dict[str, np.ndarray]) -> np.ndarray | None:
    """``parent_from_child`` 4x4 from Transform3D fields (``{"translation": (1,3), ...}``), or None if empty.

    parent_from_child = translation · rotation_axis_angle · quaternion · scale · mat3x3; with
    ``relation == child_from_parent`` the result is inverted.

    Examples
    --------
    >>> transform_matrix({"translation": np.array([[1, 2, 3]], np.float32)})[:3, 3].tolist()
    [1.0, 2.0, 3.0]
    """
    if not any(k in fields for k in ("translation", "rotation_axis_angle", "quaternion", "scale", "mat3x3")):
        return None
    m3 = np.eye(3)
    if "rotation_axis_angle" in fields:
        m3 = m3 @ _axis_angle_matrix(fields["rotation_axis_angle"][0])
    if "quaternion" in fields:
        m3 = m3 @ _quaternion_matrix(fields["quaternion"][0])
    if "scale" in fields:
        m3 = m3 @ np.diag(fields["scale"][0].astype(np.float64))
    if "mat3x3" in fields:
        m3 = m3 @ fields["mat3x3"][0].astype(np.float64)
    m = np.eye(4)
    m[:3, :3] = m3
    if "translation" in fields:
        m[:3, 3] = fields["translation"][0]
    rel = fields.get("relation")
    if rel is not None and len(rel) and int(rel[0]) == _CHILD_FROM_PARENT:
        try:
            m = np.linalg.inv(m)
        except np.linalg.LinAlgError:
            return np.eye(4)
    return m
