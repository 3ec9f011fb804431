"""Scalars: one or more numbers per row (time series)."""

from __future__ import annotations

from .. import components as C
from ._base import Archetype, Field

__all__ = ["Scalars"]


class Scalars(Archetype):
    """``Scalars(3.2)`` or ``Scalars([1.0, 2.0])``: float64 values plotted over time.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.Scalars(3.2).scalars.tolist()
    [3.2]
    """

    archetype_name = "Scalars"
    view = "time_series"
    scalars = Field(C.float64_1d, required=True)
