"""Small value types of Rerun's Python API: rotations, angles, enums, text log levels.

They hold what the user gave; ``components`` turns them into canonical arrays. Like archetypes,
their constructors do not raise for bad *data*: the problem surfaces as the archetype's ``_error``.
"""

from __future__ import annotations

import enum
import math
from typing import Any

import numpy as np

from .errors import ComponentError

__all__ = [
    "Angle",
    "FillMode",
    "PointShading",
    "Quaternion",
    "RotationAxisAngle",
    "TextLogLevel",
    "TransformRelation",
]

_NAN4 = np.full(4, np.nan, dtype=np.float32)


class Angle:
    """An angle, given in radians (``rad=``) or degrees (``deg=``); kept in radians."""

    __slots__ = ("_problem", "radians")

    def __init__(self, rad: float | None = None, deg: float | None = None) -> None:
        self._problem: str | None = None
        if rad is not None and deg is not None:
            self._problem = "give an angle in radians or in degrees, not both"
            self.radians = float("nan")
        elif rad is not None:
            self.radians = _to_float(rad, self)
        elif deg is not None:
            self.radians = math.radians(_to_float(deg, self))
        else:
            self._problem = "an angle needs rad= or deg="
            self.radians = float("nan")

    @property
    def degrees(self) -> float:
        return math.degrees(self.radians)

    def __float__(self) -> float:
        return float(self.radians)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Angle) and self.radians == other.radians

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Angle(radians={self.radians})"


def _to_float(v: Any, owner: Any) -> float:
    try:
        if isinstance(v, str):
            raise TypeError
        return float(v)
    except (TypeError, ValueError):
        owner._problem = f"expected a number, got {v!r}"
        return float("nan")


class RotationAxisAngle:
    """A rotation of ``angle`` about ``axis`` (3D; need not be normalised).

    ``RotationAxisAngle(axis, angle)`` with ``angle`` an ``Angle`` or radians, or
    ``RotationAxisAngle(axis, radians=...)`` / ``RotationAxisAngle(axis, degrees=...)``.
    """

    __slots__ = ("_problem", "angle", "axis")

    def __init__(
        self,
        axis: Any,
        angle: Angle | float | None = None,
        *,
        radians: float | None = None,
        degrees: float | None = None,
    ) -> None:
        self._problem: str | None = None
        given = sum(v is not None for v in (angle, radians, degrees))
        if given != 1:
            self._problem = (
                "give exactly one of angle=, radians= or degrees="
                if given
                else "missing angle: give radians= or degrees="
            )
            self.angle = Angle(rad=float("nan"))
        elif isinstance(angle, Angle):
            self.angle = angle
        elif angle is not None:
            self.angle = Angle(rad=angle)
        elif radians is not None:
            self.angle = Angle(rad=radians)
        else:
            self.angle = Angle(deg=degrees)
        if self._problem is None and self.angle._problem is not None:
            self._problem = self.angle._problem
        try:
            a = np.asarray(axis, dtype=np.float32).reshape(-1)
            if a.shape != (3,):
                raise ValueError(f"expected a 3D axis, got {a.shape[0]} values")
            self.axis = a
        except (TypeError, ValueError) as e:
            self.axis = axis
            self._problem = self._problem or f"bad rotation axis {axis!r}: {e}"

    def _canonical(self) -> np.ndarray:
        if self._problem is not None:
            raise ComponentError(self._problem, is_type=False)
        out = np.empty(4, dtype=np.float32)
        out[:3] = self.axis
        out[3] = self.angle.radians
        return out

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, RotationAxisAngle)
            and np.array_equal(np.asarray(self.axis), np.asarray(other.axis))
            and self.angle == other.angle
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        axis = self.axis.tolist() if isinstance(self.axis, np.ndarray) else self.axis
        return f"RotationAxisAngle(axis={axis}, radians={self.angle.radians})"


class Quaternion:
    """A rotation quaternion, ``Quaternion(xyzw=[x, y, z, w])`` (need not be normalised)."""

    __slots__ = ("_problem", "xyzw")

    def __init__(self, *, xyzw: Any) -> None:
        self._problem: str | None = None
        try:
            if isinstance(xyzw, str):
                raise TypeError("a string is not a quaternion")
            q = np.asarray(xyzw, dtype=np.float32).reshape(-1)
            if q.shape != (4,):
                raise ValueError(f"expected 4 values (x, y, z, w), got {q.shape[0]}")
            self.xyzw = q
        except (TypeError, ValueError) as e:
            self.xyzw = xyzw
            self._problem = f"bad quaternion {xyzw!r}: {e}"

    @classmethod
    def identity(cls) -> Quaternion:
        return cls(xyzw=[0.0, 0.0, 0.0, 1.0])

    @classmethod
    def invalid(cls) -> Quaternion:
        return cls(xyzw=_NAN4)

    def _canonical(self) -> np.ndarray:
        if self._problem is not None:
            raise ComponentError(self._problem, is_type=True)
        return self.xyzw.astype(np.float32, copy=True)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Quaternion) and np.array_equal(np.asarray(self.xyzw), np.asarray(other.xyzw))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        q = self.xyzw.tolist() if isinstance(self.xyzw, np.ndarray) else self.xyzw
        return f"Quaternion(xyzw={q})"


class TransformRelation(enum.IntEnum):
    """How a ``Transform3D`` relates an entity to its parent."""

    ParentFromChild = 1
    """The transform maps the child (this entity) into the parent's space (the default)."""

    ChildFromParent = 2
    """The transform maps the parent's space into the child's (``from_parent=True``)."""

    def __str__(self) -> str:
        return self.name


class FillMode(enum.IntEnum):
    """How shapes such as ``Boxes3D`` are drawn."""

    MajorWireframe = 1
    DenseWireframe = 2
    Solid = 3
    TransparentFillMajorWireframe = 4

    def __str__(self) -> str:
        return self.name


class PointShading(enum.IntEnum):
    """How ``Points3D`` are shaded."""

    Gradient = 1
    Flat = 2

    def __str__(self) -> str:
        return self.name


class TextLogLevel:
    """The usual log levels of ``TextLog``, as the strings Rerun stores."""

    CRITICAL = "CRITICAL"
    ERROR = "ERROR"
    WARN = "WARN"
    INFO = "INFO"
    DEBUG = "DEBUG"
    TRACE = "TRACE"
