"""``Blueprint``: the root container and the panel states, as Rerun's ``rrb.Blueprint``.

Several top-level containers or views go into one root ``Tabs``; a lone view is wrapped in ``Tabs``
(``View.to_container``). With no container or view at all, ``auto_layout`` and ``auto_views`` default to
True: the viewer lays out its heuristic views. ``collapse_panels=True`` collapses the panels not given.

Examples
--------
>>> import rerun_nb.blueprint as rrb
>>> bp = rrb.Blueprint(
...     rrb.Horizontal(rrb.Spatial3DView(origin="/world"),
...                    rrb.Vertical(rrb.TimeSeriesView(origin="/loss"), rrb.TextLogView())),
...     rrb.BlueprintPanel(state="collapsed"),
...     collapse_panels=True,
... )
>>> bp.root_container.kind.name, bp.auto_layout, bp.panel_states()["time"]
('Horizontal', None, 'collapsed')
"""

from __future__ import annotations

from typing import Any

from .._current import open_recording
from . import _late
from .containers import Container, Tabs
from .panels import BlueprintPanel, Panel, SelectionPanel, TimePanel, TopPanel
from .views import View

__all__ = ["Blueprint", "BlueprintLike", "BlueprintPart", "ContainerLike", "to_blueprint"]

ContainerLike = Container | View
BlueprintPart = Container | View | TopPanel | BlueprintPanel | SelectionPanel | TimePanel

_PANELS = {
    TopPanel: "top_panel",
    BlueprintPanel: "blueprint_panel",
    SelectionPanel: "selection_panel",
    TimePanel: "time_panel",
}


class Blueprint:
    """The whole layout: a root container (or none: heuristics) and the panels' states.

    Parameters
    ----------
    *parts:
        Views, containers and at most one of each panel.
    auto_layout:
        Re-arrange the views by Rerun's auto layout when views are added (default: True only
        when no container or view is given).
    auto_views:
        Add the heuristic views for data no view shows (same default).
    collapse_panels:
        Collapse the blueprint, selection and time panels not given explicitly.
    """

    def __init__(
        self,
        *parts: Any,
        auto_layout: bool | None = None,
        auto_views: bool | None = None,
        collapse_panels: bool = False,
    ) -> None:
        self.collapse_panels = collapse_panels
        contents: list[Container | View] = []
        for part in parts:
            if isinstance(part, (Container, View)):
                contents.append(part)
            elif isinstance(part, Panel):
                attr = _PANELS[type(part)]
                if hasattr(self, attr):
                    raise ValueError(f"Only one {attr.replace('_', ' ')} can be provided")
                setattr(self, attr, part)
            elif type(part).__name__ == "StandIn":
                continue  # a name not implemented yet: it already warned
            else:
                raise ValueError(f"Unknown part type: {part}")
        self.auto_views = auto_views
        self.auto_layout = auto_layout
        if not contents:
            self.auto_views = True if auto_views is None else auto_views
            self.auto_layout = True if auto_layout is None else auto_layout
        elif len(contents) == 1:
            self.root_container = contents[0].to_container()
        else:
            self.root_container = Tabs(contents=contents)

    def to_blueprint(self) -> Blueprint:
        """This blueprint (the ``BlueprintLike`` interface)."""
        return self

    def panel(self, key: str) -> Panel | None:
        """The panel given for ``key`` (``"top"``, ``"blueprint"``, ``"selection"``, ``"time"``), or None."""
        return getattr(self, f"{key}_panel", None)

    def panel_states(self) -> dict[str, str | None]:
        """Each panel's state (``"expanded"``, ``"collapsed"``, ``"hidden"``; None: the widget's default)."""
        out: dict[str, str | None] = {}
        for key in ("top", "blueprint", "selection", "time"):
            panel = self.panel(key)
            state = panel.to_json()["state"] if panel is not None else None
            if state is None and self.collapse_panels and key != "top" and panel is None:
                state = "collapsed"
            out[key] = state
        return out

    def views(self) -> list[View]:
        """Every view of the layout, depth first."""
        out: list[View] = []
        stack: list[Any] = [getattr(self, "root_container", None)]
        while stack:
            item = stack.pop()
            if isinstance(item, View):
                out.append(item)
            elif isinstance(item, Container):
                stack.extend(reversed(item.contents))
        return out

    def _ipython_display_(self) -> None:
        _display(self)

    def __repr__(self) -> str:
        root = getattr(self, "root_container", None)
        return f"Blueprint({root!r}, auto_layout={self.auto_layout}, auto_views={self.auto_views})"


BlueprintLike = Blueprint | View | Container


def to_blueprint(obj: Any) -> Blueprint:
    """A ``Blueprint`` from anything ``BlueprintLike`` (a blueprint, a view, a container)."""
    if isinstance(obj, (Blueprint, View, Container)):
        return obj.to_blueprint()
    raise TypeError(f"expected a Blueprint, a View or a Container, got {type(obj).__name__}")


def _display(obj: Any) -> None:
    """Show the current recording with this blueprint (as Rerun shows a blueprint object in a notebook)."""
    open_recording(None, create=True).notebook_show(blueprint=obj)


_late.provide("Blueprint", Blueprint)
_late.provide("display", _display)
