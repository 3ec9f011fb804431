"""SeriesLines and SeriesPoints: how the scalars of an entity are drawn in a time-series view.

They hold style only (colours, widths, names, markers, ...); the values are ``Scalars`` logged at the same
entity. Usually logged once, ``static=True``.
"""

from __future__ import annotations

from typing import Any

from .. import components as C
from ._base import Archetype, Field

__all__ = ["SeriesLines", "SeriesPoints"]


class SeriesLines(Archetype):
    """The line style of the time series at this entity (one value per series of a multi-value ``Scalars``).

    Examples
    --------
    >>> import rerun_nb as rr
    >>> s = rr.SeriesLines(colors=[255, 0, 0], widths=2, names="sin")
    >>> s.colors.tolist(), s.widths.tolist(), s.names.tolist()
    ([[255, 0, 0, 255]], [2.0], ['sin'])
    """

    archetype_name = "SeriesLines"
    view = "time_series"
    colors = Field(C.colors)
    widths = Field(C.float32_1d)
    names = Field(C.strings)
    visible_series = Field(C.bool_1d)
    aggregation_policy = Field(C.aggregation_policy)
    interpolation_mode = Field(C.interpolation_mode)


class SeriesPoints(Archetype):
    """The marker style of the time series at this entity.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.SeriesPoints(markers="cross", marker_sizes=4).markers.tolist()
    [4]
    """

    archetype_name = "SeriesPoints"
    view = "time_series"
    colors = Field(C.colors)
    markers = Field(C.marker_shape)
    names = Field(C.strings)
    visible_series = Field(C.bool_1d)
    marker_sizes = Field(C.float32_1d)

    def __init__(
        self,
        *,
        colors: Any = None,
        markers: Any = None,
        names: Any = None,
        visible_series: Any = None,
        marker_sizes: Any = None,
    ) -> None:
        self._error = None
        if all(v is None for v in (colors, markers, names, visible_series, marker_sizes)):
            markers = (
                "circle"  # as Rerun: with no field at all nothing would be logged, so a circle marker is
            )
        for field, value in (
            ("colors", colors),
            ("markers", markers),
            ("names", names),
            ("visible_series", visible_series),
            ("marker_sizes", marker_sizes),
        ):
            if value is not None:
                self._set(field, value)
