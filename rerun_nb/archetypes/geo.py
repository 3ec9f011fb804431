"""GeoPoints and GeoLineStrings: positions in latitude / longitude, drawn by the map view (js/src/views/map.ts)."""

from __future__ import annotations

from typing import Any

from .. import components as C
from ._base import Archetype, Field

__all__ = ["GeoLineStrings", "GeoPoints"]


class GeoPoints(Archetype):
    """Points on the globe: ``lat_lon`` (degrees), optional radii, colours and class ids.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.GeoPoints(lat_lon=[[59.32, 18.06]], radii=4).positions.tolist()
    [[59.32, 18.06]]
    """

    archetype_name = "GeoPoints"
    view = "map"
    positions = Field(C.dvec2d, required=True, positional=False)
    radii = Field(C.float32_1d)
    colors = Field(C.colors)
    class_ids = Field(C.class_ids)

    def __init__(self, *, lat_lon: Any, radii: Any = None, colors: Any = None, class_ids: Any = None) -> None:
        self._error = None
        self._set("positions", lat_lon)
        self._set("radii", radii)
        self._set("colors", colors)
        self._set("class_ids", class_ids)


class GeoLineStrings(Archetype):
    """Lines on the globe: each a list of (latitude, longitude) points.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> len(rr.GeoLineStrings(lat_lon=[[[59.3, 18.0], [59.4, 18.1]]]).line_strings)
    1
    """

    archetype_name = "GeoLineStrings"
    view = "map"
    line_strings = Field(C.geo_line_strings, required=True, positional=False)
    radii = Field(C.float32_1d)
    colors = Field(C.colors)

    def __init__(self, *, lat_lon: Any, radii: Any = None, colors: Any = None) -> None:
        self._error = None
        self._set("line_strings", lat_lon)
        self._set("radii", radii)
        self._set("colors", colors)
