"""Views of the blueprint, with Rerun 0.41's names and constructor signatures.

A view has a class (``"3D"``, ``"2D"``, ``"TimeSeries"``, ...), an ``origin`` (an entity path), ``contents``
(entity path query expressions, default ``"$origin/**"``), an optional ``name``, ``visible``, ``titlebar``,
and view properties. ``defaults`` and ``overrides`` are kept but not applied yet. The view classes the
widget cannot draw yet (``DataframeView``,
``StateTimelineView``) are accepted and laid out as placeholders (``drawable`` False).

Examples
--------
>>> import rerun_nb.blueprint as rrb
>>> v = rrb.TimeSeriesView(origin="/loss", axis_y=rrb.ScalarAxis(range=(0, 1)))
>>> v.class_identifier, v.display_name(), v.properties["ScalarAxis"].to_json()
('TimeSeries', 'loss', {'range': [0.0, 1.0]})
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from .. import entity_path as ep
from . import _late
from . import graph_properties as GP
from . import properties as P
from .components import Corner2D, to_enum

__all__ = [
    "DRAWABLE_CLASSES",
    "AudioView",
    "BarChartView",
    "DataframeView",
    "GraphView",
    "MapView",
    "Spatial2DView",
    "Spatial3DView",
    "StateTimelineView",
    "TensorView",
    "TextDocumentView",
    "TextLogView",
    "TimeSeriesView",
    "View",
]

# View classes the widget draws (or will, in issue 11); the others are laid out as placeholders.
DRAWABLE_CLASSES = frozenset(
    {
        "3D",
        "2D",
        "TimeSeries",
        "TextLog",
        "TextDocument",
        "BarChart",
        "Tensor",
        "Graph",
        "Map",
        "Audio",
        "StateTimeline",
    }
)


class View:
    """Base class of the views (``rrb.View``); prefer one of the subclasses.

    Parameters
    ----------
    class_identifier:
        The view class, e.g. ``"3D"``.
    origin:
        The entity path the view is rooted at; ``$origin`` in ``contents`` stands for it.
    contents:
        Query expressions (a string, possibly several lines, or a list of strings).
    name:
        The title; Rerun's default is the last part of the origin (``"/"`` for the root).
    """

    def __init__(
        self,
        *,
        class_identifier: str,
        origin: Any,
        contents: Any,
        name: Any,
        visible: Any = None,
        titlebar: Any = None,
        properties: dict[str, Any] | None = None,
        defaults: Iterable[Any] | None = None,
        overrides: Mapping[Any, Any] | None = None,
    ) -> None:
        self.id = uuid.uuid4()
        self.class_identifier = str(class_identifier)
        try:
            ep.to_canonical(str(getattr(origin, "path", origin)))
        except ep.EntityPathError as e:
            raise ValueError(f"{type(self).__name__} origin: {e}") from None
        self.origin = origin
        self.contents = contents
        self.name = None if name is None else str(getattr(name, "value", name))
        self.visible = visible
        self.titlebar = titlebar
        self.properties: dict[str, Any] = dict(properties) if properties is not None else {}
        self.defaults = list(defaults) if defaults is not None else []
        self.visualizer_overrides = dict(overrides.items()) if overrides is not None else {}

    @property
    def drawable(self) -> bool:
        """Whether the widget draws this class of view (others are placeholders)."""
        return self.class_identifier in DRAWABLE_CLASSES

    def canonical_origin(self) -> str:
        """The origin as a canonical entity path (``""`` for the root)."""
        return ep.to_canonical(str(getattr(self.origin, "path", self.origin)))

    def display_name(self) -> str:
        """The title Rerun shows: the name, else the origin's last part, ``"/"`` for the root."""
        if self.name:
            return self.name
        parts = ep.parts(self.canonical_origin())
        return parts[-1] if parts else "/"

    def blueprint_path(self) -> str:
        """Where Rerun logs this view in its blueprint store."""
        return f"view/{self.id}"

    def to_container(self) -> Any:
        """This view in a ``Tabs`` container (as Rerun wraps a lone view)."""
        return _late.make("Tabs", self)

    def to_blueprint(self) -> Any:
        """A blueprint holding only this view."""
        return _late.make("Blueprint", self)

    def _ipython_display_(self) -> None:
        _late.make("display", self)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(origin={self.origin!r}, contents={self.contents!r}, name={self.name!r})"
        )


def _prop(props: dict[str, Any], name: str, value: Any, wrap: Any = None) -> None:
    """Store property ``name``: a property object as is, a plain value through ``wrap`` (Rerun's shortcuts)."""
    if value is None or type(value).__name__ == "StandIn":
        return  # a stand-in already warned that it is not implemented
    if isinstance(value, P.ViewProperty):
        props[value.archetype_name or name] = value
    elif hasattr(type(value), "__attrs_attrs__"):  # rerun-sdk's own property object
        fields = {a.name: getattr(value, a.name) for a in type(value).__attrs_attrs__}
        props[name] = P.GenericProperty(name, **{k: v for k, v in fields.items() if v is not None})
    elif wrap is not None:
        props[name] = wrap(value)
    else:
        props[name] = P.GenericProperty(name, value=value)


def _legend(value: Any) -> P.PlotLegend:
    return P.PlotLegend(to_enum(Corner2D, value, "plot_legend"))


def _base_kwargs(
    cls_id: str,
    origin: Any,
    contents: Any,
    name: Any,
    visible: Any,
    titlebar: Any,
    props: dict[str, Any],
    defaults: Any,
    overrides: Any,
) -> dict[str, Any]:
    return dict(
        class_identifier=cls_id,
        origin=origin,
        contents=contents,
        name=name,
        visible=visible,
        titlebar=titlebar,
        properties=props,
        defaults=defaults,
        overrides=overrides,
    )


class Spatial3DView(View):
    """A 3D view: points, boxes, arrows, lines, ellipsoids ... in the space of ``origin``.

    Examples
    --------
    >>> import rerun_nb.blueprint as rrb
    >>> rrb.Spatial3DView(origin="/world", background=[30, 30, 30], line_grid=False).properties["LineGrid3D"].to_json()
    {'visible': False}
    """

    def __init__(
        self,
        *,
        origin: Any = "/",
        contents: Any = "$origin/**",
        name: Any = None,
        visible: Any = None,
        titlebar: Any = None,
        defaults: Any = None,
        overrides: Any = None,
        background: Any = None,
        line_grid: Any = None,
        spatial_information: Any = None,
        eye_controls: Any = None,
        time_ranges: Any = None,
    ) -> None:
        props: dict[str, Any] = {}
        _prop(props, "Background", background, P.Background)
        _prop(props, "LineGrid3D", line_grid, P.LineGrid3D)
        _prop(props, "SpatialInformation", spatial_information)
        _prop(props, "EyeControls3D", eye_controls)
        _prop(props, "VisibleTimeRanges", time_ranges, P.VisibleTimeRanges)
        super().__init__(
            **_base_kwargs("3D", origin, contents, name, visible, titlebar, props, defaults, overrides)
        )


class Spatial2DView(View):
    """A 2D view in pixel-like coordinates (y down): 2D points, lines, boxes, arrows, images.

    Examples
    --------
    >>> import rerun_nb.blueprint as rrb
    >>> v = rrb.Spatial2DView(origin="/image", visual_bounds=rrb.VisualBounds2D(x_range=[0, 640], y_range=[0, 480]))
    >>> v.properties["VisualBounds2D"].to_json()["x_range"]
    [0.0, 640.0]
    """

    def __init__(
        self,
        *,
        origin: Any = "/",
        contents: Any = "$origin/**",
        name: Any = None,
        visible: Any = None,
        titlebar: Any = None,
        defaults: Any = None,
        overrides: Any = None,
        background: Any = None,
        visual_bounds: Any = None,
        spatial_information: Any = None,
        time_ranges: Any = None,
    ) -> None:
        props: dict[str, Any] = {}
        _prop(props, "Background", background, P.Background)
        _prop(props, "VisualBounds2D", visual_bounds)
        _prop(props, "SpatialInformation", spatial_information)
        _prop(props, "VisibleTimeRanges", time_ranges, P.VisibleTimeRanges)
        super().__init__(
            **_base_kwargs("2D", origin, contents, name, visible, titlebar, props, defaults, overrides)
        )


class TimeSeriesView(View):
    """A plot of ``Scalars`` over the active timeline (styled by ``SeriesLines`` / ``SeriesPoints``).

    Examples
    --------
    >>> import rerun_nb.blueprint as rrb
    >>> v = rrb.TimeSeriesView(origin="/trig", plot_legend=rrb.Corner2D.LeftTop)
    >>> v.properties["PlotLegend"].to_json()
    {'corner': 'LeftTop'}
    """

    def __init__(
        self,
        *,
        origin: Any = "/",
        contents: Any = "$origin/**",
        name: Any = None,
        visible: Any = None,
        titlebar: Any = None,
        defaults: Any = None,
        overrides: Any = None,
        axis_x: Any = None,
        axis_y: Any = None,
        plot_legend: Any = None,
        background: Any = None,
        interaction: Any = None,
        time_ranges: Any = None,
    ) -> None:
        props: dict[str, Any] = {}
        _prop(props, "TimeAxis", axis_x)
        _prop(props, "ScalarAxis", axis_y)
        _prop(props, "PlotLegend", plot_legend, _legend)
        _prop(props, "PlotBackground", background)
        _prop(props, "PlotInteraction", interaction)
        _prop(props, "VisibleTimeRanges", time_ranges, P.VisibleTimeRanges)
        super().__init__(
            **_base_kwargs(
                "TimeSeries", origin, contents, name, visible, titlebar, props, defaults, overrides
            )
        )


class TextLogView(View):
    """The ``TextLog`` entries of the whole timeline, scrolled to the cursor.

    Examples
    --------
    >>> import rerun_nb.blueprint as rrb
    >>> rrb.TextLogView(origin="/logs", name="Logs").display_name()
    'Logs'
    """

    def __init__(
        self,
        *,
        origin: Any = "/",
        contents: Any = "$origin/**",
        name: Any = None,
        visible: Any = None,
        titlebar: Any = None,
        defaults: Any = None,
        overrides: Any = None,
        columns: Any = None,
        rows: Any = None,
        format_options: Any = None,
    ) -> None:
        props: dict[str, Any] = {}
        _prop(props, "TextLogColumns", columns)
        _prop(props, "TextLogRows", rows)
        _prop(props, "TextLogFormat", format_options)
        super().__init__(
            **_base_kwargs("TextLog", origin, contents, name, visible, titlebar, props, defaults, overrides)
        )


class TextDocumentView(View):
    """One ``TextDocument`` (plain text or markdown) at the cursor time.

    Examples
    --------
    >>> import rerun_nb.blueprint as rrb
    >>> rrb.TextDocumentView(origin="/readme").display_name()
    'readme'
    """

    def __init__(
        self,
        *,
        origin: Any = "/",
        contents: Any = "$origin/**",
        name: Any = None,
        visible: Any = None,
        titlebar: Any = None,
        defaults: Any = None,
        overrides: Any = None,
        format_options: Any = None,
    ) -> None:
        props: dict[str, Any] = {}
        _prop(props, "TextDocumentFormat", format_options)
        super().__init__(
            **_base_kwargs(
                "TextDocument", origin, contents, name, visible, titlebar, props, defaults, overrides
            )
        )


class BarChartView(View):
    """A bar chart of a 1D ``BarChart`` tensor at the cursor time.

    Examples
    --------
    >>> import rerun_nb.blueprint as rrb
    >>> rrb.BarChartView(origin="/histogram", plot_legend=rrb.PlotLegend(visible=False)).class_identifier
    'BarChart'
    """

    def __init__(
        self,
        *,
        origin: Any = "/",
        contents: Any = "$origin/**",
        name: Any = None,
        visible: Any = None,
        titlebar: Any = None,
        defaults: Any = None,
        overrides: Any = None,
        plot_legend: Any = None,
        background: Any = None,
    ) -> None:
        props: dict[str, Any] = {}
        _prop(props, "PlotLegend", plot_legend, _legend)
        _prop(props, "PlotBackground", background)
        super().__init__(
            **_base_kwargs("BarChart", origin, contents, name, visible, titlebar, props, defaults, overrides)
        )


class TensorView(View):
    """A tensor view: a 2D slice of an N-D ``Tensor`` (the kernel cuts it), colour-mapped."""

    def __init__(
        self,
        *,
        origin: Any = "/",
        contents: Any = "$origin/**",
        name: Any = None,
        visible: Any = None,
        titlebar: Any = None,
        defaults: Any = None,
        overrides: Any = None,
        slice_selection: Any = None,
        scalar_mapping: Any = None,
        view_fit: Any = None,
    ) -> None:
        props: dict[str, Any] = {}
        _prop(props, "TensorSliceSelection", slice_selection)
        _prop(props, "TensorScalarMapping", scalar_mapping)
        _prop(props, "TensorViewFit", view_fit, GP.TensorViewFit)
        super().__init__(
            **_base_kwargs("Tensor", origin, contents, name, visible, titlebar, props, defaults, overrides)
        )


class GraphView(View):
    """A graph view of ``GraphNodes`` / ``GraphEdges`` (nodes without positions placed by a force layout)."""

    def __init__(
        self,
        *,
        origin: Any = "/",
        contents: Any = "$origin/**",
        name: Any = None,
        visible: Any = None,
        titlebar: Any = None,
        defaults: Any = None,
        overrides: Any = None,
        background: Any = None,
        visual_bounds: Any = None,
        force_link: Any = None,
        force_many_body: Any = None,
        force_position: Any = None,
        force_collision_radius: Any = None,
        force_center: Any = None,
    ) -> None:
        props: dict[str, Any] = {}
        _prop(props, "GraphBackground", background, GP.GraphBackground)
        _prop(props, "VisualBounds2D", visual_bounds)
        _prop(props, "ForceLink", force_link)
        _prop(props, "ForceManyBody", force_many_body)
        _prop(props, "ForcePosition", force_position)
        _prop(props, "ForceCollisionRadius", force_collision_radius)
        _prop(props, "ForceCenter", force_center)
        super().__init__(
            **_base_kwargs("Graph", origin, contents, name, visible, titlebar, props, defaults, overrides)
        )


class MapView(View):
    """A map of ``GeoPoints`` / ``GeoLineStrings`` on Web Mercator lon/lat axes (no map tiles: offline);
    ``zoom`` sets the first zoom level, ``background`` is kept (no tiles to draw)."""

    def __init__(
        self,
        *,
        origin: Any = "/",
        contents: Any = "$origin/**",
        name: Any = None,
        visible: Any = None,
        titlebar: Any = None,
        defaults: Any = None,
        overrides: Any = None,
        zoom: Any = None,
        background: Any = None,
    ) -> None:
        props: dict[str, Any] = {}
        _prop(props, "MapZoom", zoom)
        _prop(props, "MapBackground", background)
        super().__init__(
            **_base_kwargs("Map", origin, contents, name, visible, titlebar, props, defaults, overrides)
        )


class DataframeView(View):
    """A table of the recording's rows (accepted and laid out; not drawn yet)."""

    def __init__(
        self,
        *,
        origin: Any = "/",
        contents: Any = "$origin/**",
        name: Any = None,
        visible: Any = None,
        titlebar: Any = None,
        defaults: Any = None,
        overrides: Any = None,
        query: Any = None,
    ) -> None:
        props: dict[str, Any] = {}
        _prop(props, "DataframeQuery", query)
        super().__init__(
            **_base_kwargs("Dataframe", origin, contents, name, visible, titlebar, props, defaults, overrides)
        )


class StateTimelineView(View):
    """A timeline of states: one horizontal lane per entity with ``StateChange``, coloured by state."""

    def __init__(
        self,
        *,
        origin: Any = "/",
        contents: Any = "$origin/**",
        name: Any = None,
        visible: Any = None,
        titlebar: Any = None,
        defaults: Any = None,
        overrides: Any = None,
        time_view: Any = None,
        time_ranges: Any = None,
    ) -> None:
        props: dict[str, Any] = {}
        _prop(props, "TimeAxis", time_view)
        _prop(props, "VisibleTimeRanges", time_ranges, P.VisibleTimeRanges)
        super().__init__(
            **_base_kwargs(
                "StateTimeline", origin, contents, name, visible, titlebar, props, defaults, overrides
            )
        )


class AudioView(View):
    """An audio view: the waveform of an ``AssetAudio``, played while time plays (``AudioPlayback``: volume)."""

    def __init__(
        self,
        *,
        origin: Any = "/",
        contents: Any = "$origin/**",
        name: Any = None,
        visible: Any = None,
        titlebar: Any = None,
        defaults: Any = None,
        overrides: Any = None,
        playback: Any = None,
    ) -> None:
        props: dict[str, Any] = {}
        _prop(props, "AudioPlayback", playback)
        super().__init__(
            **_base_kwargs("Audio", origin, contents, name, visible, titlebar, props, defaults, overrides)
        )


VIEW_CLASSES: dict[str, type[View]] = {
    cls.__name__: cls
    for cls in (
        Spatial3DView,
        Spatial2DView,
        TimeSeriesView,
        TextLogView,
        TextDocumentView,
        BarChartView,
        TensorView,
        GraphView,
        MapView,
        DataframeView,
        StateTimelineView,
        AudioView,
    )
}
