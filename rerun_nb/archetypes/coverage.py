"""Which archetypes a view draws and which are stored only, for the viewer's entity tree (issue 13, item 5).

``view_kinds_drawn()`` are the kinds of view rerun_nb has; an archetype whose ``view`` is another kind or
``None`` (RecordingInfo, the Mcap* archetypes) is stored, queryable and saved,
but nothing draws it yet: the entity tree should say "stored, not drawn" for an entity that has only those.

Examples
--------
>>> import rerun_nb  # registers the archetypes
>>> is_drawn("Points3D"), is_drawn("RecordingInfo:name"), is_drawn("confidence")
(True, False, False)
"""

from __future__ import annotations

from ._base import _REGISTRY

__all__ = ["DRAWN_VIEW_KINDS", "USED_BY_VIEWS", "is_drawn", "stored_only_archetypes", "view_kinds_drawn"]

#: the kinds of view rerun_nb draws (spatial 3D / 2D, and the views of the views issue)
DRAWN_VIEW_KINDS = frozenset(
    {
        "3d",
        "2d",
        "time_series",
        "text_log",
        "text_document",
        "bar_chart",
        "map",
        "tensor",
        "graph",
        "audio",
        "state_timeline",
    }
)


#: archetypes that draw nothing themselves but shape how others are drawn (not "stored only")
USED_BY_VIEWS = frozenset({"ViewCoordinates", "AnnotationContext", "CoordinateFrame"})


def view_kinds_drawn() -> frozenset[str]:
    return DRAWN_VIEW_KINDS


def is_drawn(name: str) -> bool:
    """True when some view draws the archetype ``name`` (or the archetype of component ``"<Arch>:<field>"``);
    False for stored-only archetypes and for user components (``AnyValues``)."""
    cls = _REGISTRY.get(name.partition(":")[0])
    return cls is not None and cls.view in DRAWN_VIEW_KINDS


def stored_only_archetypes() -> dict[str, str | None]:
    """``{archetype: its view kind or None}`` for every registered archetype no view draws yet."""
    return {
        n: c.view
        for n, c in sorted(_REGISTRY.items())
        if c.view not in DRAWN_VIEW_KINDS and c.role is None and n not in USED_BY_VIEWS
    }
