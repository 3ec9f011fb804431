"""``rrb.archetypes``: the view properties under Rerun's module name; other names are stand-ins.

Examples
--------
>>> import rerun_nb.blueprint as rrb
>>> rrb.archetypes.VisualBounds2D is rrb.VisualBounds2D
True
"""

from __future__ import annotations

from ._standin import module_getattr
from .graph_properties import (
    ForceCenter,
    ForceCollisionRadius,
    ForceLink,
    ForceManyBody,
    ForcePosition,
    GraphBackground,
    TensorViewFit,
)
from .properties import (
    AudioPlayback,
    Background,
    EntityBehavior,
    EyeControls3D,
    LineGrid3D,
    PlotInteraction,
    PlotLegend,
    ScalarAxis,
    SpatialInformation,
    TensorScalarMapping,
    TensorSliceSelection,
    TextLogColumns,
    TextLogFormat,
    TextLogRows,
    TimeAxis,
    VisibleTimeRanges,
    VisualBounds2D,
)

__all__ = [
    "AudioPlayback",
    "Background",
    "EntityBehavior",
    "EyeControls3D",
    "ForceCenter",
    "ForceCollisionRadius",
    "ForceLink",
    "ForceManyBody",
    "ForcePosition",
    "GraphBackground",
    "LineGrid3D",
    "PlotInteraction",
    "PlotLegend",
    "ScalarAxis",
    "SpatialInformation",
    "TensorScalarMapping",
    "TensorSliceSelection",
    "TensorViewFit",
    "TextLogColumns",
    "TextLogFormat",
    "TextLogRows",
    "TimeAxis",
    "VisibleTimeRanges",
    "VisualBounds2D",
]


__getattr__ = module_getattr("archetypes.")
