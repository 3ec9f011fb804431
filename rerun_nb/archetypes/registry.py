"""What the layers below the types need to know about each archetype, looked up by component name.

The store, the query, the viewer's protocol and the file mappings hold no archetype names: they ask here.
An archetype registers itself by being defined (``Archetype.__init_subclass__``); ``archetypes/__init__.py``
imports every archetype module, so importing the package fills the registry.

Examples
--------
>>> import rerun_nb  # registers the built-in archetypes
>>> view_of("Points3D:positions"), component_kind("Points3D:colors")
('3d', 'color')
>>> role_component("clear")
'Clear:is_recursive'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._base import _REGISTRY, Archetype, Field

__all__ = [
    "SPATIAL_VIEWS",
    "archetype_of",
    "component_kind",
    "drawn_archetypes",
    "field_of",
    "is_spatial",
    "role_component",
    "role_of",
    "view_of",
]

# Views that draw in the 3D scene of the viewer and of pictures (2D content is drawn there at z = 0 until
# the 2D view exists).
SPATIAL_VIEWS = frozenset({"3d", "2d"})


_by_component: dict[str, type[Archetype] | None] = {}
_seen = [0]  # registry size the cache was filled at: an archetype defined later empties it


def archetype_of(component: str) -> type[Archetype] | None:
    """The archetype class of ``"<Archetype>:<field>"`` (or of a bare archetype name), or None."""
    if _seen[0] != len(_REGISTRY):
        _by_component.clear()
        _seen[0] = len(_REGISTRY)
    try:
        return _by_component[component]
    except KeyError:
        cls = _by_component[component] = _REGISTRY.get(component.partition(":")[0])
        return cls


def field_of(component: str) -> Field | None:
    """The field declaration of ``"<Archetype>:<field>"``, or None for an unknown component."""
    cls = archetype_of(component)
    return None if cls is None else cls._fields.get(component.partition(":")[2])


def view_of(component: str) -> str | None:
    """The kind of view that draws the component's archetype (``"3d"``, ``"time_series"``, ...), or None."""
    cls = archetype_of(component)
    return None if cls is None else cls.view


def is_spatial(component: str) -> bool:
    """True for components drawn in the spatial scene (what the 3D view and pictures show)."""
    return view_of(component) in SPATIAL_VIEWS


def role_of(component: str) -> str | None:
    """``"transform"``, ``"clear"`` or None: how scene resolution treats the component's archetype."""
    cls = archetype_of(component)
    return None if cls is None else cls.role


def component_kind(component: str) -> str | None:
    """The kind of value the component holds (``"color"``, ``"mat3x3"``, ``"axis_angle"``, ...), or None."""
    f = field_of(component)
    return None if f is None else f.kind


def role_component(role: str) -> str:
    """The one component of the archetype with ``role`` (e.g. the clear flag ``"Clear:is_recursive"``)."""
    for cls in _REGISTRY.values():
        if cls.role == role and len(cls._fields) == 1:
            return next(iter(cls._fields.values())).component
    raise LookupError(f"no single-component archetype with role {role!r}")


def drawn_archetypes(views: frozenset[str] = SPATIAL_VIEWS) -> frozenset[str]:
    """Names of the archetypes drawn by the given kinds of view."""
    return frozenset(name for name, cls in _REGISTRY.items() if cls.view in views)


def getter(components: dict[str, Any], archetype: str) -> Callable[[str], Any]:
    """``get(field)`` over ``{"<Archetype>:<field>": value}`` for one archetype (None when absent)."""
    prefix = archetype + ":"
    return lambda f: components.get(prefix + f)
