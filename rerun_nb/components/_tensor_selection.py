"""Which slice of a tensor a tensor view shows: Rerun's ``TensorDimensionSelection`` (``rr.``, and as
``components.TensorWidthDimension`` / ``TensorHeightDimension``) and ``TensorDimensionIndexSelection``.

They are values of the blueprint's ``TensorSliceSelection`` (``width=``, ``height=``, ``indices=``), not stored
components; in the layout JSON they become ``{"dimension", "invert"}`` and ``{"dimension", "index"}``.

Examples
--------
>>> TensorDimensionSelection(2, invert=True).to_json()
{'dimension': 2, 'invert': True}
>>> TensorDimensionIndexSelection(dimension=0, index=5).to_json()
{'dimension': 0, 'index': 5}
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "TensorDimensionIndexSelection",
    "TensorDimensionSelection",
    "TensorHeightDimension",
    "TensorWidthDimension",
]


def _whole(name: str, value: Any) -> int:
    if isinstance(value, bool) or not hasattr(value, "__index__") or int(value) < 0:
        raise ValueError(f"{name} must be an integer >= 0, got {value!r}")
    return int(value)


class TensorDimensionSelection:
    """A dimension shown along the width or height of a tensor view, optionally flipped."""

    def __init__(self, dimension: int, *, invert: bool = False) -> None:
        self.dimension = _whole("dimension", dimension)
        self.invert = bool(invert)

    def to_json(self) -> dict[str, Any]:
        return {"dimension": self.dimension, "invert": self.invert}

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.to_json() == self.to_json()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.dimension, self.invert))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(dimension={self.dimension}, invert={self.invert})"


class TensorWidthDimension(TensorDimensionSelection):
    """The dimension a tensor view shows along its width."""


class TensorHeightDimension(TensorDimensionSelection):
    """The dimension a tensor view shows along its height."""


class TensorDimensionIndexSelection:
    """The index shown of a dimension that is neither width nor height."""

    def __init__(self, dimension: int, index: int) -> None:
        self.dimension = _whole("dimension", dimension)
        self.index = _whole("index", index)

    def to_json(self) -> dict[str, Any]:
        return {"dimension": self.dimension, "index": self.index}

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.to_json() == self.to_json()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((self.dimension, self.index))

    def __repr__(self) -> str:
        return f"TensorDimensionIndexSelection(dimension={self.dimension}, index={self.index})"
