"""Rerun's component enums (``rr.components.AggregationPolicy``, ``MarkerShape``, ...) and their normalisers.

Each enum has Rerun's member names and values (the values are what the store keeps, as uint8 — uint32 for
``VideoCodec``, whose values are FourCCs). A normaliser accepts the enum, its name in any case (with or without
underscores) or its value, one or many.

Examples
--------
>>> from rerun_nb.components import MarkerShape, marker_shape
>>> marker_shape(["circle", MarkerShape.Cross, 3]).tolist()
[1, 4, 3]
"""

from __future__ import annotations

import enum
from typing import Any

import numpy as np

from ..datatypes import FillMode, PointShading, TransformRelation
from ..errors import ComponentError
from ._normalise import _enum, _kind

__all__ = [
    "AggregationPolicy",
    "Colormap",
    "FillMode",
    "GraphType",
    "InterpolationMode",
    "MagnificationFilter",
    "MarkerShape",
    "MeshFaceRendering",
    "PointShading",
    "TransformRelation",
    "VideoCodec",
    "aggregation_policy",
    "colormap",
    "graph_type",
    "interpolation_mode",
    "magnification_filter",
    "marker_shape",
    "mesh_face_rendering",
    "video_codec",
]


class _NamedEnum(enum.IntEnum):
    def __str__(self) -> str:
        return self.name


class AggregationPolicy(_NamedEnum):
    """How a time series with more points than pixels is reduced (``SeriesLines``)."""

    Off = 1
    Average = 2
    Max = 3
    Min = 4
    MinMax = 5
    MinMaxAverage = 6


class InterpolationMode(_NamedEnum):
    """How a time series line joins its points (``SeriesLines``)."""

    Linear = 1
    StepAfter = 2
    StepBefore = 3
    StepMid = 4


class MarkerShape(_NamedEnum):
    """The marker of a ``SeriesPoints`` series."""

    Circle = 1
    Diamond = 2
    Square = 3
    Cross = 4
    Plus = 5
    Up = 6
    Down = 7
    Left = 8
    Right = 9
    Asterisk = 10


class Colormap(_NamedEnum):
    """A colormap for depth images, tensors, volumes and grid maps."""

    Grayscale = 1
    Inferno = 2
    Magma = 3
    Plasma = 4
    Turbo = 5
    Viridis = 6
    CyanToYellow = 7
    Spectral = 8
    Twilight = 9
    RvizMap = 10
    RvizCostmap = 11
    Costmap = 12


class MagnificationFilter(_NamedEnum):
    """How an image is sampled when magnified."""

    Nearest = 1
    Linear = 2
    Bicubic = 3


class MeshFaceRendering(_NamedEnum):
    """Which faces of a mesh are drawn."""

    DoubleSided = 1
    Front = 2
    Back = 3


class GraphType(_NamedEnum):
    """Whether the edges of a graph have a direction."""

    Undirected = 1
    Directed = 2


class VideoCodec(_NamedEnum):
    """The codec of a ``VideoStream`` (the value is the codec's FourCC)."""

    AV1 = 0x61763031
    H264 = 0x61766331
    H265 = 0x68657631
    VP8 = 0x76703038
    VP9 = 0x76703039


def _names(e: type[enum.IntEnum]) -> dict[str, int]:
    return {m.name.lower(): int(m.value) for m in e}


def _enum_normaliser(e: type[enum.IntEnum], what: str) -> Any:
    names = _names(e)

    @_kind("enum")
    def normalise(x: Any) -> np.ndarray:
        return _enum(x, names, what)

    normalise.__name__ = normalise.__qualname__ = what.replace(" ", "_")
    normalise.__doc__ = f"``{e.__name__}`` / its name / its value → uint8 (N,)."
    return normalise


aggregation_policy = _enum_normaliser(AggregationPolicy, "aggregation policy")
interpolation_mode = _enum_normaliser(InterpolationMode, "interpolation mode")
marker_shape = _enum_normaliser(MarkerShape, "marker shape")
colormap = _enum_normaliser(Colormap, "colormap")
magnification_filter = _enum_normaliser(MagnificationFilter, "magnification filter")
mesh_face_rendering = _enum_normaliser(MeshFaceRendering, "mesh face rendering")
graph_type = _enum_normaliser(GraphType, "graph type")

_CODECS = _names(VideoCodec)


@_kind("enum")
def video_codec(x: Any) -> np.ndarray:
    """``VideoCodec`` / its name / its FourCC value → uint32 (N,)."""
    items = x if isinstance(x, (list, tuple, np.ndarray)) else [x]
    out = np.empty(len(items), dtype=np.uint32)
    for i, v in enumerate(np.asarray(items, dtype=object).reshape(-1).tolist()):
        if isinstance(v, str) and v.lower() in _CODECS:
            out[i] = _CODECS[v.lower()]
        elif isinstance(v, (int, np.integer)) and not isinstance(v, bool) and int(v) in _CODECS.values():
            out[i] = int(v)
        else:
            raise ComponentError(
                f"unknown video codec {v!r}; expected one of {sorted(VideoCodec.__members__)}"
            )
    return out
