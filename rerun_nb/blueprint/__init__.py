"""Rerun's blueprint API for notebooks: ``import rerun_nb.blueprint as rrb``.

The names and constructor signatures are Rerun 0.41's (``rerun.blueprint``): containers
(``Horizontal``, ``Vertical``, ``Grid``, ``Tabs``), views (``Spatial3DView``, ``Spatial2DView``,
``TimeSeriesView``, ``TextLogView``, ``TextDocumentView``, ``BarChartView`` and, accepted but not drawn yet,
``TensorView``, ``GraphView``, ``MapView``, ``DataframeView``, ``StateTimelineView``, ``AudioView``), panels
and view properties. A Rerun name not implemented here is a stand-in that warns once and accepts
anything. ``default_blueprint`` gives the layout Rerun's viewer picks by itself; ``blueprint_to_layout`` is
what the widget receives (docs/protocol.md, "Layout").

Examples
--------
>>> import rerun_nb.blueprint as rrb
>>> bp = rrb.Blueprint(rrb.Horizontal(rrb.Spatial3DView(origin="/world"), rrb.TimeSeriesView(origin="/loss")))
>>> [v["name"] for v in rrb.blueprint_to_layout(bp, ["world/points", "loss"])["root"]["children"]]
['world', 'loss']
"""

from __future__ import annotations

from . import api, archetypes, components, containers, views
from ._standin import module_getattr
from .api import Blueprint, BlueprintLike, BlueprintPart, ContainerLike
from .components import BackgroundKind, Corner2D, Eye3DKind, MapProvider, PanelState, PanelStateLike
from .containers import Container, Grid, Horizontal, Tabs, Vertical
from .contents import EntityPathFilter, resolve_contents
from .heuristics import default_blueprint, heuristic_views
from .layout import auto_layout, grid_columns_for
from .panels import BlueprintPanel, SelectionPanel, TimePanel, TopPanel
from .properties import (
    AudioPlayback,
    Background,
    EntityBehavior,
    EyeControls3D,
    LineGrid3D,
    LockRangeDuringZoom,
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
from .serialize import blueprint_to_layout
from .time_ranges import TimeRange, TimeRangeBoundary, VisibleTimeRange
from .views import (
    AudioView,
    BarChartView,
    DataframeView,
    GraphView,
    MapView,
    Spatial2DView,
    Spatial3DView,
    StateTimelineView,
    TensorView,
    TextDocumentView,
    TextLogView,
    TimeSeriesView,
    View,
)

__all__ = [
    "AudioPlayback",
    "AudioView",
    "Background",
    "BackgroundKind",
    "BarChartView",
    "Blueprint",
    "BlueprintLike",
    "BlueprintPanel",
    "BlueprintPart",
    "Container",
    "ContainerLike",
    "Corner2D",
    "DataframeView",
    "EntityBehavior",
    "EntityPathFilter",
    "Eye3DKind",
    "EyeControls3D",
    "GraphView",
    "Grid",
    "Horizontal",
    "LineGrid3D",
    "LockRangeDuringZoom",
    "MapProvider",
    "MapView",
    "PanelState",
    "PanelStateLike",
    "PlotInteraction",
    "PlotLegend",
    "ScalarAxis",
    "SelectionPanel",
    "Spatial2DView",
    "Spatial3DView",
    "SpatialInformation",
    "StateTimelineView",
    "Tabs",
    "TensorScalarMapping",
    "TensorSliceSelection",
    "TensorView",
    "TextDocumentView",
    "TextLogColumns",
    "TextLogFormat",
    "TextLogRows",
    "TextLogView",
    "TimeAxis",
    "TimePanel",
    "TimeRange",
    "TimeRangeBoundary",
    "TimeSeriesView",
    "TopPanel",
    "Vertical",
    "View",
    "VisibleTimeRange",
    "VisibleTimeRanges",
    "VisualBounds2D",
    "api",
    "archetypes",
    "auto_layout",
    "blueprint_to_layout",
    "components",
    "containers",
    "default_blueprint",
    "grid_columns_for",
    "heuristic_views",
    "resolve_contents",
    "views",
]


# Rerun 0.41 names not implemented here (``ActiveVisualizers``, ``TableBlueprint``, ``Visualizer``,
# ``VisualizableArchetype`` and the submodules below): stand-ins that warn once, never AttributeError.
__getattr__ = module_getattr("", frozenset({"encodings", "experimental", "table", "visualizers"}))
