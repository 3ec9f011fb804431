"""The layout the widget receives: a blueprint resolved against the recording, as plain JSON data.

Format (docs/protocol.md, "Layout")::

    {"version": 1, "auto_layout": bool, "auto_views": bool,
     "root": node | None, "view_ids": [id, ...],
     "panels": {"top": {...}, "blueprint": {...}, "selection": {...}, "time": {...}}}
    container node: {"type": "container", "id", "kind": "horizontal"|"vertical"|"grid"|"tabs", "name",
                     "visible", "shares", "column_shares", "row_shares", "grid_columns", "auto_columns",
                     "active_tab", "children": [node, ...]}
    view node:      {"type": "view", "id", "class", "name", "origin", "contents": [expr, ...],
                     "entities": [path, ...], "properties": {name: {...}}, "drawable", "visible", "titlebar"}

Examples
--------
>>> import json, rerun_nb.blueprint as rrb
>>> bp = rrb.Blueprint(rrb.Vertical(rrb.Spatial3DView(origin="/world"), rrb.TextLogView(), row_shares=[3, 1]))
>>> layout = blueprint_to_layout(bp, {"world/points": {"Points3D"}, "log": {"TextLog"}})
>>> layout["root"]["kind"], layout["root"]["shares"], [c["entities"] for c in layout["root"]["children"]]
('vertical', [3.0, 1.0], [['world/points'], ['log']])
>>> _ = json.dumps(layout)
"""

from __future__ import annotations

import hashlib
from typing import Any

from .. import entity_path as ep
from .api import Blueprint, to_blueprint
from .catalog import Catalog
from .containers import Container
from .contents import EntityPathFilter
from .heuristics import complete_blueprint
from .kinds import KIND_OF_CLASS
from .layout import grid_columns_for
from .topology import is_under
from .views import View

__all__ = ["LAYOUT_VERSION", "blueprint_to_layout", "view_entities"]

LAYOUT_VERSION = 1


def view_entities(view: View, entities: Any) -> list[str]:
    """The entities ``view`` shows: its query's matches that its class can draw (when archetypes are known).

    ``entities`` is a ``Catalog``, ``{path: archetypes}``, a recording / store, or bare paths (then every
    match). A 3D view also draws 2D entities inside pinhole subspaces (projected), as Rerun does.
    """
    cat = entities if isinstance(entities, Catalog) else Catalog(entities)
    candidates = cat.order
    if cat.known:
        kind = KIND_OF_CLASS.get(view.class_identifier)
        candidates = cat.with_kind(kind) if kind is not None else []
        if view.class_identifier == "3D":
            drawn = set(candidates) | {p for p in cat.with_kind("2d") if cat.topology.space_of(p) != ""}
            candidates = [p for p in cat.order if p in drawn]
        elif view.class_identifier == "2D":
            candidates = _with_projected(cat, view.canonical_origin(), candidates)
    resolved = EntityPathFilter.parse(view.contents).resolve(view.canonical_origin())
    return [p for p in candidates if resolved.matches(ep.parts(p))]


def _with_projected(cat: Catalog, origin: str, candidates: list[str]) -> list[str]:
    """A 2D view at or under a pinhole also draws the 3D entities of the space above the pinhole (projected
    through the camera, as Rerun does); not the pinhole's ancestors (drawn in the view's own space)."""
    topo = cat.topology
    pin = topo.space_of(origin)
    if pin == "" or pin not in topo.pinholes:
        return candidates
    above = topo.space_of(ep.parent(pin) or "")
    outside = {
        p
        for p in cat.with_kind("3d")
        if topo.space_of(p) == above and not is_under(pin, p) and not is_under(p, pin)
    }
    if not outside:
        return candidates
    drawn = set(candidates) | outside
    return [p for p in cat.order if p in drawn]


def _view_id(view: View, taken: set[str]) -> str:
    key = "|".join([view.class_identifier, view.canonical_origin(), view.name or "", repr(view.contents)])
    base = hashlib.sha1(key.encode()).hexdigest()[:12]
    vid, n = base, 2
    while vid in taken:
        vid, n = f"{base}-{n}", n + 1
    taken.add(vid)
    return vid


def _view_node(view: View, entities: Any, taken: set[str]) -> dict[str, Any]:
    return {
        "type": "view",
        "id": _view_id(view, taken),
        "class": view.class_identifier,
        "name": view.display_name(),
        "origin": "/" + view.canonical_origin(),
        "contents": EntityPathFilter.parse(view.contents).expressions(),
        "entities": view_entities(view, entities),
        "properties": {
            name: prop.to_json() for name, prop in view.properties.items() if hasattr(prop, "to_json")
        },
        "drawable": view.drawable,
        "visible": view.visible is not False,
        "titlebar": view.titlebar is not False,
    }


def _child_aspects(c: Container, aspect: float, ncols: int) -> list[float]:
    n = len(c.contents)
    kind = c.kind.name
    if kind in ("Horizontal", "Vertical"):
        shares = (c.column_shares if kind == "Horizontal" else c.row_shares) or [1.0] * n
        shares = (list(shares) + [1.0] * n)[:n]
        total = sum(shares) or 1.0
        return [aspect * s / total if kind == "Horizontal" else aspect / max(s / total, 1e-6) for s in shares]
    if kind == "Grid":
        nrows = max(1, (n + ncols - 1) // ncols)
        return [aspect * nrows / ncols] * n
    return [aspect] * n


def _container_node(c: Container, entities: Any, taken: set[str], aspect: float) -> dict[str, Any]:
    kind = c.kind.name.lower()
    auto = grid_columns_for(len(c.contents), aspect) if kind == "grid" and c.contents else None
    ncols = c.grid_columns or auto or 1
    shares = c.column_shares if kind == "horizontal" else c.row_shares if kind == "vertical" else None
    children = [_node(ch, entities, taken, a) for ch, a in zip(c.contents, _child_aspects(c, aspect, ncols))]
    key = kind + "|" + "|".join(ch["id"] for ch in children)
    return {
        "type": "container",
        "id": "c" + hashlib.sha1(key.encode()).hexdigest()[:12],
        "kind": kind,
        "name": c.name,
        "visible": c.visible is not False,
        "shares": shares,
        "column_shares": c.column_shares,
        "row_shares": c.row_shares,
        "grid_columns": c.grid_columns,
        "auto_columns": auto,
        "active_tab": c.active_index() if kind == "tabs" else None,
        "children": children,
    }


def _node(item: Container | View, entities: Any, taken: set[str], aspect: float) -> dict[str, Any]:
    if isinstance(item, View):
        return _view_node(item, entities, taken)
    return _container_node(item, entities, taken, aspect)


def _view_ids(node: dict[str, Any] | None) -> list[str]:
    if node is None:
        return []
    if node["type"] == "view":
        return [node["id"]]
    return [vid for child in node["children"] for vid in _view_ids(child)]


def _panels(bp: Blueprint) -> dict[str, dict[str, Any]]:
    states = bp.panel_states()
    out: dict[str, dict[str, Any]] = {}
    for key, state in states.items():
        panel = bp.panel(key)
        data = panel.to_json() if panel is not None else {}
        data["state"] = state
        out[key] = data
    return out


def blueprint_to_layout(blueprint: Any, entity_paths: Any, *, aspect: float = 16 / 9) -> dict[str, Any]:
    """The layout JSON the widget draws, for ``blueprint`` over the recording's entities.

    Parameters
    ----------
    blueprint:
        A ``Blueprint``, ``View`` or ``Container`` (``BlueprintLike``); None for the default layout.
    entity_paths:
        The recording's entity paths: a list, or ``{path: archetype names}``, or a recording / store.
        With archetypes known, each view lists only the entities it draws and ``auto_views`` adds
        Rerun's heuristic views.
    aspect:
        Width / height of the output area, for the auto column count of grids (``auto_columns``).
    """
    bp = Blueprint() if blueprint is None else to_blueprint(blueprint)
    catalog = Catalog(entity_paths)
    root = complete_blueprint(bp, catalog) if catalog.known else getattr(bp, "root_container", None)
    tree = None if root is None else _node(root, catalog, set(), aspect)
    return {
        "version": LAYOUT_VERSION,
        "auto_layout": bool(bp.auto_layout),
        "auto_views": bool(bp.auto_views),
        "root": tree,
        "view_ids": _view_ids(tree),
        "panels": _panels(bp),
    }
