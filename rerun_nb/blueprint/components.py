"""Enumerations of Rerun's blueprint components (``rrb.PanelState``, ``rrb.Corner2D``, ...).

Each is an ``Enum`` whose members have Rerun's names and values; every place that takes one also takes
its name as a string (any case) or its integer value, as Rerun does.

Examples
--------
>>> from rerun_nb.blueprint.components import PanelState, to_enum
>>> to_enum(PanelState, "collapsed", "state")
<PanelState.Collapsed: 2>
"""

from __future__ import annotations

from enum import Enum
from typing import Any, Literal, TypeVar

__all__ = [
    "BackgroundKind",
    "ContainerKind",
    "Corner2D",
    "Eye3DKind",
    "LinkAxis",
    "LoopMode",
    "MapProvider",
    "PanelState",
    "PanelStateLike",
    "PlayState",
    "TensorDimensionIndexSlider",
    "to_enum",
]


class PanelState(Enum):
    """Whether a panel is hidden, collapsed or expanded."""

    Hidden = 1
    Collapsed = 2
    Expanded = 3


class ContainerKind(Enum):
    """The kind of a container."""

    Tabs = 1
    Horizontal = 2
    Vertical = 3
    Grid = 4


class BackgroundKind(Enum):
    """The kind of a view's background."""

    GradientDark = 1
    GradientBright = 2
    SolidColor = 3


class Corner2D(Enum):
    """A corner of a 2D rectangle (where a plot legend sits)."""

    LeftTop = 1
    RightTop = 2
    LeftBottom = 3
    RightBottom = 4


class Eye3DKind(Enum):
    """How the 3D eye moves."""

    FirstPerson = 1
    Orbital = 2


class LinkAxis(Enum):
    """Whether a plot's time axis follows the global time range."""

    Independent = 1
    LinkToGlobal = 2


class PlayState(Enum):
    """The play state of the time panel."""

    Paused = 1
    Playing = 2
    Following = 3


class LoopMode(Enum):
    """How playback loops."""

    Off = 1
    Selection = 2
    All = 3


class MapProvider(Enum):
    """The tile provider of a map view."""

    OpenStreetMap = 1
    MapboxStreets = 2
    MapboxDark = 3
    MapboxSatellite = 4
    MapboxLight = 5


PanelStateLike = (
    PanelState | Literal["Collapsed", "Expanded", "Hidden", "collapsed", "expanded", "hidden"] | int
)

E = TypeVar("E", bound=Enum)


def _key(text: str) -> str:
    return text.replace("_", "").replace(" ", "").lower()


def to_enum(cls: type[E], value: Any, field: str) -> E:
    """``value`` (a member, its name in any case, or its integer value) as a member of ``cls``.

    Raises
    ------
    ValueError
        When ``value`` names no member; the message lists the accepted names.
    """
    if isinstance(value, cls):
        return value
    if isinstance(value, Enum) and type(value).__name__ == cls.__name__:
        value = value.name  # the same enumeration from rerun-sdk
    if isinstance(value, str):
        for member in cls:
            if _key(member.name) == _key(value):
                return member
    elif isinstance(value, int) and not isinstance(value, bool):
        for member in cls:
            if member.value == value:
                return member
    names = ", ".join(m.name for m in cls)
    raise ValueError(f"{field}: {value!r} is not a {cls.__name__} (one of {names})")


class TensorDimensionIndexSlider:
    """A dimension of a tensor that gets an index slider in a tensor view (``TensorSliceSelection(slider=)``).

    >>> TensorDimensionIndexSlider(2).to_json()
    {'dimension': 2}
    """

    def __init__(self, dimension: Any) -> None:
        dimension = getattr(dimension, "dimension", dimension)
        if isinstance(dimension, bool) or not hasattr(dimension, "__index__") or int(dimension) < 0:
            raise ValueError(f"dimension must be an integer >= 0, got {dimension!r}")
        self.dimension = int(dimension)

    def to_json(self) -> dict[str, int]:
        return {"dimension": self.dimension}

    def __repr__(self) -> str:
        return f"TensorDimensionIndexSlider({self.dimension})"


from ._standin import module_getattr  # noqa: E402

# Other component names of rerun.blueprint.components: stand-ins that warn once.
__getattr__ = module_getattr("components.")
