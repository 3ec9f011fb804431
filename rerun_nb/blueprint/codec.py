"""A blueprint as plain JSON data and back, so that a recording file can carry its default layout
(``rr.save(path, default_blueprint=...)``, ``rr.set_sinks(rr.FileSink(path), default_blueprint=...)``).

The JSON holds what the layout needs: containers (kind, shares, grid columns, active tab, name, visibility),
views (class, origin, contents, name, visibility, titlebar, each property's JSON), the panels' JSON and the
blueprint's flags. Reading it back builds the same classes (``Horizontal``, ``Spatial3DView``, ...); properties
come back as ``GenericProperty`` objects with the same JSON (all the layout uses of them). A file is untrusted:
:func:`blueprint_from_json` checks every field and raises ``ValueError`` naming what is wrong; it never
evaluates anything.

Examples
--------
>>> import rerun_nb.blueprint as rrb
>>> bp = rrb.Blueprint(rrb.Horizontal(rrb.Spatial3DView(origin="/world"), rrb.MapView(zoom=4), column_shares=[2, 1]))
>>> back = blueprint_from_json(blueprint_to_json(bp))
>>> [v.class_identifier for v in back.views()], back.root_container.column_shares
(['3D', 'Map'], [2.0, 1.0])
"""

from __future__ import annotations

import json
from typing import Any

from .api import Blueprint
from .containers import Container, Grid, Horizontal, Tabs, Vertical
from .panels import BlueprintPanel, Panel, SelectionPanel, TimePanel, TopPanel
from .properties import GenericProperty
from .views import VIEW_CLASSES, View

__all__ = [
    "CODEC_VERSION",
    "blueprint_from_json",
    "blueprint_from_text",
    "blueprint_to_json",
    "blueprint_to_text",
]

CODEC_VERSION = 1
_CONTAINERS = {"Horizontal": Horizontal, "Vertical": Vertical, "Grid": Grid, "Tabs": Tabs}
_PANELS: dict[str, type[Panel]] = {
    "top": TopPanel, "blueprint": BlueprintPanel, "selection": SelectionPanel, "time": TimePanel,
}  # fmt: skip
_TIME_PANEL_KEYS = ("state", "timeline", "playback_speed", "fps", "play_state", "loop_mode")
#: deepest container nesting read from a file (a hostile file cannot exhaust the stack)
MAX_DEPTH = 64


def _view_classes() -> dict[str, type[View]]:
    """Class identifier (``"3D"``) → view class (``Spatial3DView``)."""
    return {cls().class_identifier: cls for cls in VIEW_CLASSES.values()}


def _node_to_json(item: Container | View) -> dict[str, Any]:
    if isinstance(item, View):
        contents = item.contents
        return {
            "view": item.class_identifier,
            "origin": "/" + item.canonical_origin(),
            "contents": contents if isinstance(contents, str) else [str(c) for c in contents],
            "name": item.name,
            "visible": item.visible,
            "titlebar": item.titlebar,
            "properties": {n: p.to_json() for n, p in item.properties.items() if hasattr(p, "to_json")},
        }
    return {
        "container": item.kind.name,
        "contents": [_node_to_json(c) for c in item.contents],
        "name": item.name,
        "visible": item.visible,
        "column_shares": item.column_shares,
        "row_shares": item.row_shares,
        "grid_columns": item.grid_columns,
        "active_tab": item.active_tab,
    }


def blueprint_to_json(blueprint: Any) -> dict[str, Any]:
    """``blueprint`` (a ``Blueprint``, view or container) as JSON data."""
    bp = blueprint.to_blueprint()
    root = getattr(bp, "root_container", None)
    panels = {k: p.to_json() for k in _PANELS if (p := bp.panel(k)) is not None}
    return {
        "version": CODEC_VERSION,
        "auto_layout": bp.auto_layout,
        "auto_views": bp.auto_views,
        "collapse_panels": bool(bp.collapse_panels),
        "panels": panels,
        "root": None if root is None else _node_to_json(root),
    }


def blueprint_to_text(blueprint: Any) -> str:
    """:func:`blueprint_to_json` as compact JSON text."""
    return json.dumps(blueprint_to_json(blueprint), separators=(",", ":"), sort_keys=True)


def _get(d: dict[str, Any], key: str, types: tuple[type, ...], where: str) -> Any:
    v = d.get(key)
    if v is not None and not isinstance(v, types):
        raise ValueError(
            f"{where}.{key}: expected {' or '.join(t.__name__ for t in types)}, got {type(v).__name__}"
        )
    return v


def _view_from_json(d: dict[str, Any], where: str, classes: dict[str, type[View]]) -> View:
    cls = classes.get(d.get("view"))  # type: ignore[arg-type]
    if cls is None:
        raise ValueError(f"{where}: unknown view class {str(d.get('view'))[:40]!r}")
    contents = _get(d, "contents", (str, list), where)
    if isinstance(contents, list) and not all(isinstance(c, str) for c in contents):
        raise ValueError(f"{where}.contents: expected strings")
    view = cls(
        origin=_get(d, "origin", (str,), where) or "/",
        contents="$origin/**" if contents is None else contents,
        name=_get(d, "name", (str,), where),
        visible=_get(d, "visible", (bool,), where),
        titlebar=_get(d, "titlebar", (bool,), where),
    )
    props = _get(d, "properties", (dict,), where) or {}
    view.properties = {}
    for name, fields in props.items():
        if not isinstance(name, str) or not isinstance(fields, dict):
            raise ValueError(f"{where}.properties: expected {{name: {{field: value}}}}")
        view.properties[name] = GenericProperty(name, **{str(k): v for k, v in fields.items()})
    return view


def _node_from_json(d: Any, where: str, depth: int, classes: dict[str, type[View]]) -> Container | View:
    if not isinstance(d, dict):
        raise ValueError(f"{where}: expected an object, got {type(d).__name__}")
    if depth > MAX_DEPTH:
        raise ValueError(f"{where}: containers nested deeper than {MAX_DEPTH}")
    if "view" in d:
        return _view_from_json(d, where, classes)
    cls = _CONTAINERS.get(d.get("container"))  # type: ignore[arg-type]
    if cls is None:
        raise ValueError(f"{where}: unknown container kind {str(d.get('container'))[:40]!r}")
    items = _get(d, "contents", (list,), where) or []
    kids = [_node_from_json(c, f"{where}.contents[{i}]", depth + 1, classes) for i, c in enumerate(items)]
    kw: dict[str, Any] = {
        "name": _get(d, "name", (str,), where),
        "visible": _get(d, "visible", (bool,), where),
    }
    if cls in (Horizontal, Grid):
        kw["column_shares"] = _get(d, "column_shares", (list,), where)
    if cls in (Vertical, Grid):
        kw["row_shares"] = _get(d, "row_shares", (list,), where)
    if cls is Grid:
        kw["grid_columns"] = _get(d, "grid_columns", (int,), where)
    if cls is Tabs:
        kw["active_tab"] = _get(d, "active_tab", (int, str), where)
    return cls(contents=kids, **kw)


def _panel_from_json(key: str, d: Any) -> Panel:
    if not isinstance(d, dict):
        raise ValueError(f"panels.{key}: expected an object")
    keys = _TIME_PANEL_KEYS if key == "time" else ("state",)
    return _PANELS[key](**{k: d[k] for k in keys if d.get(k) is not None})


def blueprint_from_json(data: Any) -> Blueprint:
    """The ``Blueprint`` :func:`blueprint_to_json` made (``ValueError`` for anything else)."""
    if not isinstance(data, dict) or data.get("version") != CODEC_VERSION:
        raise ValueError(f"not a rerun_nb blueprint (version {CODEC_VERSION} expected)")
    panels = _get(data, "panels", (dict,), "blueprint") or {}
    parts: list[Any] = [_panel_from_json(k, v) for k, v in panels.items() if k in _PANELS]
    if data.get("root") is not None:
        try:
            parts.insert(0, _node_from_json(data["root"], "root", 0, _view_classes()))
        except (TypeError, KeyError) as e:
            raise ValueError(f"root: {e}") from None
    return Blueprint(
        *parts,
        auto_layout=_get(data, "auto_layout", (bool,), "blueprint"),
        auto_views=_get(data, "auto_views", (bool,), "blueprint"),
        collapse_panels=bool(_get(data, "collapse_panels", (bool,), "blueprint")),
    )


def blueprint_from_text(text: str | bytes) -> Blueprint:
    """:func:`blueprint_from_json` of JSON text (``ValueError`` when it is not JSON)."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as e:
        raise ValueError(f"the blueprint is not JSON: {e}") from None
    return blueprint_from_json(data)
