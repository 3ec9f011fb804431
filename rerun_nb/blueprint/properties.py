"""View properties (Rerun's blueprint archetypes): ``VisualBounds2D``, ``Background``, ``ScalarAxis``, ...

Each stores the fields it was given, checked where the check is simple (ranges of two finite numbers,
colours, 3D vectors, bools, enumerations); a bad field is reported and dropped. ``to_json()`` is what the
widget receives under the view's ``properties``, keyed by ``archetype_name``.

Examples
--------
>>> import rerun_nb.blueprint as rrb
>>> rrb.VisualBounds2D(x_range=[0, 640], y_range=[0, 480]).to_json()
{'x_range': [0.0, 640.0], 'y_range': [0.0, 480.0]}
>>> rrb.PlotLegend("LeftTop", visible=True).to_json()
{'corner': 'LeftTop', 'visible': True}
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from . import _values as V
from .components import BackgroundKind, Corner2D, Eye3DKind, LinkAxis, to_enum
from .time_ranges import TimeRange, VisibleTimeRange

__all__ = [
    "AudioPlayback",
    "Background",
    "EntityBehavior",
    "EyeControls3D",
    "LineGrid3D",
    "LockRangeDuringZoom",
    "PlotInteraction",
    "PlotLegend",
    "ScalarAxis",
    "SpatialInformation",
    "TensorScalarMapping",
    "TensorSliceSelection",
    "TextLogColumns",
    "TextLogFormat",
    "TextLogRows",
    "TimeAxis",
    "ViewProperty",
    "VisibleTimeRanges",
    "VisualBounds2D",
]


def _as_is(value: Any) -> Any:
    return V.to_jsonable(value)


class ViewProperty:
    """Base of the view properties: a named set of checked fields."""

    archetype_name: ClassVar[str] = ""

    def __init__(self) -> None:
        self.fields: dict[str, Any] = {}

    def _set(self, field: str, value: Any, check: Callable[[Any], Any] = _as_is) -> None:
        checked = V.checked(type(self).__name__, field, value, check)
        if checked is not None:
            self.fields[field] = checked

    def to_json(self) -> dict[str, Any]:
        """The fields given (and valid), as JSON data."""
        return {k: V.to_jsonable(v) for k, v in self.fields.items()}

    def __getattr__(self, name: str) -> Any:
        if name != "fields" and name in self.__dict__.get("fields", {}):
            return self.__dict__["fields"][name]
        raise AttributeError(name)

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.fields.items())
        return f"{type(self).__name__}({args})"


def _enum_check(cls: type) -> Callable[[Any], Any]:
    return lambda v: to_enum(cls, v, cls.__name__)


class Background(ViewProperty):
    """A view's background: a solid colour or a gradient kind."""

    archetype_name = "Background"

    def __init__(self, color_or_kind: Any = None, *, color: Any = None, kind: Any = None) -> None:
        super().__init__()
        if color_or_kind is not None:
            if (
                isinstance(color_or_kind, (str, BackgroundKind))
                or type(color_or_kind).__name__ == "BackgroundKind"
            ):
                kind = color_or_kind if kind is None else kind
            else:
                color = color_or_kind if color is None else color
        self._set("color", color, V.check_color)
        if kind is None and "color" in self.fields:
            kind = BackgroundKind.SolidColor
        self._set("kind", kind, _enum_check(BackgroundKind))


class VisualBounds2D(ViewProperty):
    """The visible region of a 2D view, in scene units."""

    archetype_name = "VisualBounds2D"

    def __init__(self, *, x_range: Any = None, y_range: Any = None) -> None:
        super().__init__()
        self._set("x_range", x_range, V.check_range)
        self._set("y_range", y_range, V.check_range)


class ScalarAxis(ViewProperty):
    """The Y axis of a time series plot: its range and whether zooming keeps it."""

    archetype_name = "ScalarAxis"

    def __init__(self, *, range: Any = None, zoom_lock: Any = None) -> None:
        super().__init__()
        self._set("range", range, V.check_range)
        self._set("zoom_lock", zoom_lock, V.check_bool)


class PlotLegend(ViewProperty):
    """Where a plot's legend sits and whether it shows."""

    archetype_name = "PlotLegend"

    def __init__(self, corner: Any = None, *, visible: Any = None) -> None:
        super().__init__()
        self._set("corner", corner, _enum_check(Corner2D))
        self._set("visible", visible, V.check_bool)


def _time_range(value: Any) -> TimeRange:
    return value if isinstance(value, TimeRange) else TimeRange(value.start, value.end)


class TimeAxis(ViewProperty):
    """The time (X) axis of a plot: linked to the global range or not, its range, zoom lock."""

    archetype_name = "TimeAxis"

    def __init__(self, *, link: Any = None, view_range: Any = None, zoom_lock: Any = None) -> None:
        super().__init__()
        self._set("link", link, _enum_check(LinkAxis))
        self._set("view_range", view_range, _time_range)
        self._set("zoom_lock", zoom_lock, V.check_bool)


def _ranges(value: Any) -> list[VisibleTimeRange]:
    items = [value] if isinstance(value, VisibleTimeRange) or hasattr(value, "timeline") else list(value)
    out: list[VisibleTimeRange] = []
    for r in items:
        if not isinstance(r, VisibleTimeRange):
            r = VisibleTimeRange(getattr(r.timeline, "value", r.timeline), range=r.range)
        if all(o.timeline != r.timeline for o in out):  # Rerun: the first entry of a timeline wins
            out.append(r)
    return out


class VisibleTimeRanges(ViewProperty):
    """Which range of each timeline a view shows (default: the latest state at the cursor)."""

    archetype_name = "VisibleTimeRanges"

    def __init__(
        self,
        ranges: Any = None,
        *,
        timeline: Any = None,
        range: Any = None,
        start: Any = None,
        end: Any = None,
    ) -> None:
        super().__init__()
        if timeline is not None:
            if ranges is not None:
                raise ValueError("VisibleTimeRanges: `timeline` and `ranges` are mutually exclusive.")
            ranges = [VisibleTimeRange(timeline, range=range, start=start, end=end)]
        elif ranges is None:
            raise ValueError("VisibleTimeRanges: either `ranges` or `timeline` must be set.")
        self._set("ranges", ranges, _ranges)


class EyeControls3D(ViewProperty):
    """The 3D eye: kind, position, look target, up, speeds, tracked entity."""

    archetype_name = "EyeControls3D"

    def __init__(
        self,
        *,
        kind: Any = None,
        position: Any = None,
        look_target: Any = None,
        eye_up: Any = None,
        speed: Any = None,
        tracking_entity: Any = None,
        spin_speed: Any = None,
    ) -> None:
        super().__init__()
        self._set("kind", kind, _enum_check(Eye3DKind))
        for name, value in (("position", position), ("look_target", look_target), ("eye_up", eye_up)):
            self._set(name, value, V.check_vec3)
        self._set("speed", speed, V.check_float)
        self._set("tracking_entity", tracking_entity, lambda v: str(v))
        self._set("spin_speed", spin_speed, V.check_float)


def _plane(value: Any) -> list[float]:
    return V._finite_floats(getattr(value, "xyzd", value), 4, "a plane [nx, ny, nz, d]")


class LineGrid3D(ViewProperty):
    """The grid drawn in a 3D view."""

    archetype_name = "LineGrid3D"

    def __init__(
        self,
        visible: Any = None,
        *,
        spacing: Any = None,
        plane: Any = None,
        stroke_width: Any = None,
        color: Any = None,
    ) -> None:
        super().__init__()
        self._set("visible", visible, V.check_bool)
        self._set("spacing", spacing, V.check_float)
        self._set("plane", plane, _plane)
        self._set("stroke_width", stroke_width, V.check_float)
        self._set("color", color, V.check_color)


class SpatialInformation(ViewProperty):
    """Debug drawing of a spatial view (bounding box, axes) in a target frame."""

    archetype_name = "SpatialInformation"

    def __init__(
        self, target_frame: Any, *, show_bounding_box: Any = None, show_axes: Any = None, axes: Any = None
    ) -> None:
        super().__init__()
        self._set("target_frame", target_frame, V.check_str)
        self._set("show_bounding_box", show_bounding_box, V.check_bool)
        self._set("show_axes", show_axes, V.check_bool)
        self._set("axes", axes)


class LockRangeDuringZoom(ViewProperty):
    """Whether zooming keeps an axis range."""

    archetype_name = "LockRangeDuringZoom"

    def __init__(self, value: Any) -> None:
        super().__init__()
        self._set("value", value, V.check_bool)


class TextLogColumns(ViewProperty):
    """Which columns a text log view shows."""

    archetype_name = "TextLogColumns"

    def __init__(self, *, timeline_columns: Any = None, text_log_columns: Any = None) -> None:
        super().__init__()
        self._set("timeline_columns", timeline_columns)
        self._set("text_log_columns", text_log_columns)


class TextLogRows(ViewProperty):
    """Which rows a text log view shows (by log level)."""

    archetype_name = "TextLogRows"

    def __init__(self, *, filter_by_log_level: Any = None) -> None:
        super().__init__()
        levels = [filter_by_log_level] if isinstance(filter_by_log_level, str) else filter_by_log_level
        self._set("filter_by_log_level", levels, lambda v: [V.check_str(x) for x in v])


class TextLogFormat(ViewProperty):
    """How a text log view formats its rows."""

    archetype_name = "TextLogFormat"

    def __init__(self, *, monospace_body: Any = None) -> None:
        super().__init__()
        self._set("monospace_body", monospace_body, V.check_bool)


class PlotInteraction(ViewProperty):
    """How a plot reacts to hover."""

    archetype_name = "PlotInteraction"

    def __init__(self, *, tooltip_mode: Any = None, points_display: Any = None) -> None:
        super().__init__()
        self._set("tooltip_mode", tooltip_mode)
        self._set("points_display", points_display)


class TensorScalarMapping(ViewProperty):
    """How a tensor view maps values to colours (stored, not drawn yet)."""

    archetype_name = "TensorScalarMapping"

    def __init__(self, *, mag_filter: Any = None, colormap: Any = None, gamma: Any = None) -> None:
        super().__init__()
        self._set("mag_filter", mag_filter)
        self._set("colormap", colormap)
        self._set("gamma", gamma, V.check_float)


class TensorSliceSelection(ViewProperty):
    """Which slice of a tensor a tensor view shows (stored, not drawn yet)."""

    archetype_name = "TensorSliceSelection"

    def __init__(
        self, *, width: Any = None, height: Any = None, indices: Any = None, slider: Any = None
    ) -> None:
        super().__init__()
        for name, value in (("width", width), ("height", height), ("indices", indices), ("slider", slider)):
            self._set(name, value)


class EntityBehavior(ViewProperty):
    """Per-entity visibility and interactivity in a view (an override)."""

    archetype_name = "EntityBehavior"

    def __init__(self, *, interactive: Any = None, visible: Any = None) -> None:
        super().__init__()
        self._set("interactive", interactive, V.check_bool)
        self._set("visible", visible, V.check_bool)


class AudioPlayback(ViewProperty):
    """Playback settings of an audio view: ``volume`` from 0 (silent) to 1 (full)."""

    archetype_name = "AudioPlayback"

    def __init__(self, *, volume: Any = None) -> None:
        super().__init__()
        self._set("volume", volume, V.check_float)


class GenericProperty(ViewProperty):
    """A property only stored (``PlotBackground``, ``MapZoom``, ... given to a view's constructor)."""

    def __init__(self, archetype_name: str, **fields: Any) -> None:
        super().__init__()
        self.archetype_name = archetype_name  # type: ignore[misc]
        for k, v in fields.items():
            self._set(k, v)
