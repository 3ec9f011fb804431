"""Transform3D: the transform from an entity's space to its parent's."""

from __future__ import annotations

from typing import Any, ClassVar

from .. import components as C
from ..datatypes import TransformRelation
from ._base import Archetype, Normaliser

__all__ = ["Transform3D"]


class Transform3D(Archetype):
    """A 3D transform: translation · rotation · scale · mat3x3 (parent_from_child by default).

    Logging one *replaces the whole transform*: ``as_component_batches`` emits every field, the ones
    not given as empty batches (which clear them for latest-at).
    """

    archetype_name = "Transform3D"
    _fields: ClassVar[dict[str, Normaliser]] = {
        "translation": C.vec3d,
        "rotation_axis_angle": C.rotation_axis_angles,
        "quaternion": C.quaternions,
        "scale": C.scale3d,
        "mat3x3": C.mat3x3,
        "relation": C.relation,
        "child_frame": C.strings,
        "parent_frame": C.strings,
    }

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
        n = self._n
        self.translation = n(C.vec3d, translation, "translation")
        self.rotation_axis_angle = n(C.rotation_axis_angles, rotation_axis_angle, "rotation_axis_angle")
        self.quaternion = n(C.quaternions, quaternion, "quaternion")
        if rotation is not None:
            if rotation_axis_angle is not None or quaternion is not None:
                self._fail("rotation", "give rotation= or rotation_axis_angle= / quaternion=, not both")
            else:
                kind_arr = n(C.rotations, rotation, "rotation")
                if kind_arr is not None:
                    kind, arr = kind_arr
                    if kind == "quaternions":
                        self.quaternion = arr
                    else:
                        self.rotation_axis_angle = arr
        self.scale = n(C.scale3d, scale, "scale")
        self.mat3x3 = n(C.mat3x3, mat3x3, "mat3x3")
        if from_parent is not None:
            if relation is not None:
                self._fail("from_parent", "give relation= or from_parent=, not both")
            else:
                relation = (
                    TransformRelation.ChildFromParent if from_parent else TransformRelation.ParentFromChild
                )
        self.relation = n(C.relation, relation, "relation")
        self.child_frame = n(C.strings, child_frame, "child_frame")
        self.parent_frame = n(C.strings, parent_frame, "parent_frame")
        for f in ("translation", "rotation_axis_angle", "quaternion", "scale", "mat3x3", "relation"):
            v = getattr(self, f)
            if v is not None and len(v) != 1:
                setattr(self, f, None)
                self._fail(
                    f, f"a Transform3D holds one {f}, got {len(v)} (use Transform3D.columns for many rows)"
                )

    def as_component_batches(self) -> dict[str, Any]:
        """Every field: the given ones, and empty batches for the rest (a Transform3D replaces the whole transform)."""
        d = self.__dict__
        out = {}
        for f, name in self._component_names.items():
            v = d.get(f)
            out[name] = v if v is not None else self._empty(f)
        return out
