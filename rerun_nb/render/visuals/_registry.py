"""The registry of pygfx visuals: archetype name → the function that draws it.

A visual module registers its builder with :func:`register_visual` (the model is pygfx's
``register_wgpu_render_function``); the scene builder looks builders up here and holds no archetype names.
A builder has the signature ``build(ev, arch, ctx) -> gfx.WorldObject | None`` and reads its components
through :func:`fields`, an accessor bound to the archetype it was called for, so one builder serves
``Points3D`` and ``Points2D`` alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Build",
    "VisualContext",
    "builder_for",
    "entity_wide",
    "fields",
    "names",
    "placed",
    "register_visual",
    "set_placer",
]


@dataclass(frozen=True)
class VisualContext:
    """What a visual needs beyond its entity: settings of the whole scene.

    Attributes
    ----------
    default_radius : float
        Radius, in scene units, of points (and arrows) logged without radii.
    store, timeline, time :
        The store and the moment drawn, for visuals that need more than latest-at (a ``VideoStream`` decodes the
        samples since its key frame). Not compared: a visual is rebuilt when its own components change.
    """

    default_radius: float
    store: Any = field(default=None, compare=False)
    timeline: str | None = field(default=None, compare=False)
    time: int | None = field(default=None, compare=False)


#: ``build(ev, arch, ctx)``: the pygfx object for archetype ``arch`` of entity view ``ev``, or None.
Build = Callable[[Any, str, VisualContext], Any]

_BUILDERS: dict[str, Build] = {}
_ENTITY_WIDE: set[str] = set()
#: ``place(ev, arch, obj, rebuild) -> obj``: where an entity's visuals go (its instance poses), or None
_PLACER: list[Callable[..., Any]] = []


def register_visual(*archetypes: str, entity_wide: bool = False) -> Callable[[Build], Build]:
    """Decorator: register ``build`` as the pygfx visual of each archetype named.

    Registration order is draw order (objects are added to an entity's group in this order). With
    ``entity_wide`` the archetype's components change how every visual of its entity is placed (instance
    poses): a change to them rebuilds them all.

    Examples
    --------
    >>> @register_visual("Widgets3D")                    # doctest: +SKIP
    ... def build(ev, arch, ctx):
    ...     pos = fields(ev, arch)("positions")
    ...     return None if pos is None else make_points(pos)
    """
    if not archetypes:
        raise TypeError("register_visual needs at least one archetype name")

    def deco(build: Build) -> Build:
        for name in archetypes:
            old = _BUILDERS.get(name)
            if old is not None and old is not build:
                raise ValueError(f"archetype {name!r} already has a visual: {old.__module__}.{old.__name__}")
            _BUILDERS[name] = build
            if entity_wide:
                _ENTITY_WIDE.add(name)
        return build

    return deco


def builder_for(archetype: str) -> Build | None:
    """The registered builder of ``archetype``, or None when nothing draws it.

    Examples
    --------
    >>> builder_for("NoSuchArchetype") is None
    True
    """
    return _BUILDERS.get(archetype)


def names() -> tuple[str, ...]:
    """Archetype names with a visual, in registration (draw) order.

    Examples
    --------
    >>> import rerun_nb.render.visuals  # doctest: +SKIP
    >>> names()[:2]                     # doctest: +SKIP
    ('Points3D', 'Points2D')
    """
    return tuple(_BUILDERS)


def fields(ev: Any, arch: str) -> Callable[[str], Any]:
    """An accessor reading the components of ``arch`` on ``ev`` by field name (None when absent).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> ev = SimpleNamespace(components={"Points2D:positions": [[0.0, 1.0]]})
    >>> c = fields(ev, "Points2D")
    >>> c("positions"), c("colors")
    ([[0.0, 1.0]], None)
    """
    comps = ev.components
    prefix = f"{arch}:"
    return lambda name: comps.get(prefix + name)


def entity_wide(archetype: str) -> bool:
    """True when the components of ``archetype`` change how every visual of its entity is placed."""
    return archetype in _ENTITY_WIDE


def set_placer(place: Callable[..., Any]) -> None:
    """Install ``place(ev, arch, obj, rebuild)``: it puts the visual ``obj`` of ``arch`` where the entity's
    instance poses say (``rebuild(ev)`` builds the visual of another entity view), returning what to add to the
    entity's group."""
    _PLACER[:] = [place]


def placed(ev: Any, arch: str, obj: Any, rebuild: Callable[[Any], Any]) -> Any:
    """``obj`` as placed by the installed placer (as is without one)."""
    return _PLACER[0](ev, arch, obj, rebuild) if _PLACER and obj is not None else obj
