"""Columns for ``send_columns``: ``ComponentColumn`` and ``ComponentColumnList``."""

from __future__ import annotations

from typing import Any

import numpy as np

from ..errors import BadInput

__all__ = ["ComponentColumn", "ComponentColumnList"]


def _check_lengths(lengths: Any, n_values: int, name: str) -> tuple[np.ndarray | None, BadInput | None]:
    """Validate partition lengths: non-negative integers summing to ``n_values``."""
    field = f"{name} (partition lengths)"
    try:
        if isinstance(lengths, (str, bytes)):
            raise TypeError
        arr = np.asarray(lengths)
    except (TypeError, ValueError):
        return None, BadInput(field, f"expected a list of integers, got {lengths!r}", True)
    if arr.ndim == 0:
        arr = arr.reshape(1)
    if arr.ndim != 1:
        return None, BadInput(field, f"expected a 1-D list of integers, got shape {arr.shape}")
    if arr.size and arr.dtype.kind not in "iu":
        if arr.dtype.kind == "f" and np.all(np.isfinite(arr)) and np.all(arr == np.floor(arr)):
            pass
        elif arr.dtype.kind == "b":
            return None, BadInput(field, "expected integers, got booleans", True)
        else:
            return None, BadInput(field, f"expected integers, got {arr.dtype} values", True)
    out = arr.astype(np.int64)
    if out.size and out.min() < 0:
        i = int(np.argmax(out < 0))
        return None, BadInput(field, f"lengths must be non-negative, got {int(out[i])} at row {i}")
    total = int(out.sum())
    if total != n_values:
        return None, BadInput(field, f"lengths sum to {total} but the column has {n_values} values")
    return out, None


class ComponentColumn:
    """One component's values over many rows: ``name``, canonical flat ``values``, ``lengths`` int64."""

    __slots__ = ("_error", "lengths", "name", "values")

    def __init__(
        self, name: str, values: Any, lengths: np.ndarray | None = None, error: BadInput | None = None
    ):
        self.name = name
        self.values = values
        n = 0 if values is None else len(values)
        # Unpartitioned: one value per row. A read-only broadcast view, not an n-long allocation (send_columns
        # of 2M points otherwise spends more time filling 16 MB of ones than copying the points).
        self.lengths = np.broadcast_to(np.int64(1), (n,)) if lengths is None else lengths
        self._error = error

    @property
    def component(self) -> str:
        return self.name

    @property
    def offsets(self) -> np.ndarray:
        out = np.zeros(len(self.lengths) + 1, dtype=np.int64)
        np.cumsum(self.lengths, out=out[1:])
        return out

    def __len__(self) -> int:
        """The number of rows."""
        return len(self.lengths)

    def partition(self, lengths: Any) -> ComponentColumn:
        """A copy whose rows hold ``lengths[i]`` values each (validated; a problem sets ``_error``)."""
        if self._error is not None:
            return ComponentColumn(self.name, self.values, self.lengths, self._error)
        n = len(self.values)
        arr, err = _check_lengths(lengths, n, self.name)
        if err is not None:
            return ComponentColumn(self.name, self.values, self.lengths, err)
        return ComponentColumn(self.name, self.values, arr)

    def __repr__(self) -> str:
        v = self.values
        what = f"{v.dtype}{tuple(v.shape)}" if isinstance(v, np.ndarray) else repr(v)
        err = f", error={self._error!r}" if self._error is not None else ""
        return f"ComponentColumn({self.name!r}, values={what}, rows={len(self)}{err})"


class ComponentColumnList(list):
    """The columns of one archetype, from ``Archetype.columns(**fields)``.

    ``_error`` is the first problem with any column (``None`` when all are good).
    """

    def __init__(self, columns: Any = (), error: BadInput | None = None) -> None:
        super().__init__(columns)
        self._error = error

    def partition(self, lengths: Any) -> ComponentColumnList:
        """Every column partitioned with the same ``lengths``."""
        cols = [c.partition(lengths) for c in self]
        err = self._error
        if err is None:
            err = next((c._error for c in cols if c._error is not None), None)
        out = ComponentColumnList(cols, err)
        out._dropped = getattr(self, "_dropped", [])  # single bad components, dropped (AnyValues)
        return out

    def __repr__(self) -> str:
        err = f", error={self._error!r}" if self._error is not None else ""
        return f"ComponentColumnList({list.__repr__(self)}{err})"
