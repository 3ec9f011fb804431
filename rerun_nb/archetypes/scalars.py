"""Scalars: one or more numbers per row (time series)."""

from __future__ import annotations

from typing import Any, ClassVar

from .. import components as C
from ._base import Archetype, Normaliser

__all__ = ["Scalars"]


class Scalars(Archetype):
    """``Scalars(3.2)`` or ``Scalars([1.0, 2.0])``: float64 values plotted over time."""

    archetype_name = "Scalars"
    _fields: ClassVar[dict[str, Normaliser]] = {"scalars": C.float64_1d}

    def __init__(self, scalars: Any) -> None:
        self._error = None
        self.scalars = self._n(C.float64_1d, scalars, "scalars")
