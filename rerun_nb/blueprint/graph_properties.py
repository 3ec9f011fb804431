"""The graph and tensor views' properties under Rerun's names (``rrb.archetypes.ForceLink``, ...).

The graph view's force layout reads ``ForceLink``, ``ForceManyBody``, ``ForcePosition``, ``ForceCenter`` and
``ForceCollisionRadius`` (what is not given keeps Rerun's fallback: link 60 x3, many-body -60, position 0.01 toward
the origin, centre and collision off); ``GraphBackground`` colours it. ``TensorViewFit`` sets how a tensor view
fits its slice (``"Original"``, ``"Fill"``, ``"FillKeepAspectRatio"``).

Examples
--------
>>> import rerun_nb.blueprint as rrb
>>> rrb.archetypes.ForceLink(distance=30, iterations=2).to_json()
{'distance': 30.0, 'iterations': 2}
>>> rrb.GraphView(force_many_body=rrb.archetypes.ForceManyBody(strength=-10)).properties["ForceManyBody"].to_json()
{'strength': -10.0}
"""

from __future__ import annotations

from typing import Any

from . import _values as V
from .properties import ViewProperty

__all__ = [
    "ForceCenter",
    "ForceCollisionRadius",
    "ForceLink",
    "ForceManyBody",
    "ForcePosition",
    "GraphBackground",
    "TensorViewFit",
]

_FITS = ("Original", "Fill", "FillKeepAspectRatio")


def _iterations(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 1_000:
        raise ValueError(f"iterations must be an integer in 1..1000, got {value!r}")
    return value


def _vec2(value: Any) -> list[float]:
    v = [V.check_float(x) for x in value]
    if len(v) != 2:
        raise ValueError(f"expected 2 numbers, got {len(v)}")
    return v


def _fit(value: Any) -> str:
    name = getattr(value, "name", value)
    for f in _FITS:
        if isinstance(name, str) and name.replace("_", "").lower() == f.lower():
            return f
    raise ValueError(f"expected one of {', '.join(_FITS)}, got {value!r}")


class ForceLink(ViewProperty):
    """The springs along a graph's edges: ``distance`` (rest length), ``iterations`` per step."""

    archetype_name = "ForceLink"

    def __init__(self, *, enabled: Any = None, distance: Any = None, iterations: Any = None) -> None:
        super().__init__()
        self._set("enabled", enabled, V.check_bool)
        self._set("distance", distance, V.check_float)
        self._set("iterations", iterations, _iterations)


class ForceManyBody(ViewProperty):
    """Repulsion (``strength`` < 0) or attraction between all nodes."""

    archetype_name = "ForceManyBody"

    def __init__(self, *, enabled: Any = None, strength: Any = None) -> None:
        super().__init__()
        self._set("enabled", enabled, V.check_bool)
        self._set("strength", strength, V.check_float)


class ForcePosition(ViewProperty):
    """A pull of every free node toward ``position``."""

    archetype_name = "ForcePosition"

    def __init__(self, *, enabled: Any = None, strength: Any = None, position: Any = None) -> None:
        super().__init__()
        self._set("enabled", enabled, V.check_bool)
        self._set("strength", strength, V.check_float)
        self._set("position", position, _vec2)


class ForceCollisionRadius(ViewProperty):
    """Keeps nodes from overlapping (their radii)."""

    archetype_name = "ForceCollisionRadius"

    def __init__(self, *, enabled: Any = None, strength: Any = None, iterations: Any = None) -> None:
        super().__init__()
        self._set("enabled", enabled, V.check_bool)
        self._set("strength", strength, V.check_float)
        self._set("iterations", iterations, _iterations)


class ForceCenter(ViewProperty):
    """Moves the free nodes so that their mean is at the origin."""

    archetype_name = "ForceCenter"

    def __init__(self, *, enabled: Any = None, strength: Any = None) -> None:
        super().__init__()
        self._set("enabled", enabled, V.check_bool)
        self._set("strength", strength, V.check_float)


class GraphBackground(ViewProperty):
    """The background colour of a graph view."""

    archetype_name = "GraphBackground"

    def __init__(self, color: Any = None) -> None:
        super().__init__()
        self._set("color", color, V.check_color)


class TensorViewFit(ViewProperty):
    """How a tensor view fits its slice: ``"Original"``, ``"Fill"`` or ``"FillKeepAspectRatio"`` (default)."""

    archetype_name = "TensorViewFit"

    def __init__(self, scaling: Any = None) -> None:
        super().__init__()
        self._set("scaling", scaling, _fit)
