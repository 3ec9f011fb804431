"""A layout (``rerun_nb.blueprint.codec`` JSON) as rerun-sdk's blueprint objects, so that a ``.rrd`` file keeps
it as Rerun's own viewer reads it (``rerun.RecordingStream.save(path, default_blueprint=...)``), and back: the
blueprint store of a ``.rrd`` file (written by Rerun or by us) as codec JSON (:func:`from_rerun_blueprint`).

Containers (kind, contents, shares, grid columns, active tab, name, visibility), views (class, origin, contents,
name, visibility) and the panels' states go over; of the view properties only the map's ``MapZoom`` so far
(Rerun's property archetypes are typed per view: the others are a later step). Views of a class rerun-sdk does
not have are left out.

Examples
--------
>>> import rerun_nb.blueprint as rrb
>>> from rerun_nb.blueprint.codec import blueprint_to_json
>>> import rerun  # doctest: +SKIP
>>> to_rerun_blueprint(rerun, blueprint_to_json(rrb.MapView(origin="/")))  # doctest: +SKIP
Blueprint(...)
"""

from __future__ import annotations

from typing import Any

__all__ = ["from_rerun_blueprint", "to_rerun_blueprint"]

_PANELS = {
    "top": "TopPanel",
    "blueprint": "BlueprintPanel",
    "selection": "SelectionPanel",
    "time": "TimePanel",
}
_CONTAINER_ARGS = {
    "Horizontal": ("column_shares",),
    "Vertical": ("row_shares",),
    "Grid": ("column_shares", "row_shares", "grid_columns"),
    "Tabs": ("active_tab",),
}


def _view_class_names() -> dict[str, str]:
    """Class identifier (``"Map"``) → the view class name both SDKs use (``"MapView"``)."""
    from ..blueprint.views import VIEW_CLASSES

    return {cls().class_identifier: name for name, cls in VIEW_CLASSES.items()}


def _node(rrb: Any, d: dict[str, Any], names: dict[str, str]) -> Any:
    if "view" in d:
        cls = getattr(rrb, names.get(d["view"], ""), None)
        if cls is None:
            return None
        kw = {
            "origin": d.get("origin") or "/",
            "contents": d.get("contents") or "$origin/**",
            "name": d.get("name"),
        }
        if d.get("visible") is not None:
            kw["visible"] = d["visible"]
        zoom = (d.get("properties") or {}).get("MapZoom", {}).get("value")
        if d["view"] == "Map" and zoom is not None:
            kw["zoom"] = zoom
        return cls(**kw)
    kind = d["container"]
    kids = [k for k in (_node(rrb, c, names) for c in d.get("contents") or ()) if k is not None]
    kw = {a: d[a] for a in _CONTAINER_ARGS[kind] if d.get(a) is not None}
    if d.get("visible") is not None:
        kw["visible"] = d["visible"]
    return getattr(rrb, kind)(*kids, name=d.get("name"), **kw)


def to_rerun_blueprint(rerun: Any, data: dict[str, Any]) -> Any:
    """``rerun.blueprint.Blueprint`` for the codec JSON ``data`` (``rerun`` is the imported rerun-sdk)."""
    rrb = rerun.blueprint
    parts: list[Any] = []
    if data.get("root") is not None:
        parts.append(_node(rrb, data["root"], _view_class_names()))
    for key, panel in (data.get("panels") or {}).items():
        if key in _PANELS and panel.get("state"):
            parts.append(getattr(rrb, _PANELS[key])(state=panel["state"]))
    return rrb.Blueprint(
        *(p for p in parts if p is not None),
        auto_layout=data.get("auto_layout"),
        auto_views=data.get("auto_views"),
        collapse_panels=bool(data.get("collapse_panels")),
    )


#: Rerun's ContainerKind and PanelState enum values
_KINDS = {1: "Tabs", 2: "Horizontal", 3: "Vertical", 4: "Grid"}
_STATES = {1: "hidden", 2: "collapsed", 3: "expanded"}
_PANEL_PATHS = {"top_panel": "top", "blueprint_panel": "blueprint", "selection_panel": "selection",
                "time_panel": "time"}  # fmt: skip


def _latest(reader: Any, store: Any) -> dict[str, dict[str, Any]]:
    """``{entity path (no leading /): {component: its last value}}`` of a blueprint store."""
    out: dict[str, dict[str, Any]] = {}
    for ch in reader.stream(store=store):
        rb = ch.to_record_batch()
        mine = out.setdefault(ch.entity_path.strip("/"), {})
        for name in rb.schema.names:
            if ":" in name and rb.num_rows:
                cell = rb.column(name)[rb.num_rows - 1].as_py()
                if cell is not None:
                    mine[name] = cell
    return out


def _one(v: Any) -> Any:
    return v[0] if isinstance(v, list) and len(v) == 1 else v


def _rerun_node(ents: dict[str, dict[str, Any]], path: str, depth: int) -> dict[str, Any] | None:
    e = ents.get(path)
    if e is None or depth > 64:
        return None
    if path.startswith("view/"):
        query = ents.get(f"{path}/ViewContents", {}).get("ViewContents:query")
        zoom = _one(ents.get(f"{path}/MapZoom", {}).get("MapZoom:zoom"))
        return {"view": _one(e.get("ViewBlueprint:class_identifier")), "origin": _one(e.get("ViewBlueprint:space_origin")),
                "contents": query or "$origin/**", "name": _one(e.get("ViewBlueprint:display_name")),
                "visible": _one(e.get("ViewBlueprint:visible")), "titlebar": None,
                "properties": {} if zoom is None else {"MapZoom": {"value": zoom}}}  # fmt: skip
    kind = _KINDS.get(_one(e.get("ContainerBlueprint:container_kind")), "Tabs")
    refs = list(e.get("ContainerBlueprint:contents") or [])
    kids = [k for k in (_rerun_node(ents, r, depth + 1) for r in refs) if k is not None]
    active = _one(e.get("ContainerBlueprint:active_tab"))
    return {"container": kind, "contents": kids, "name": _one(e.get("ContainerBlueprint:display_name")),
            "visible": _one(e.get("ContainerBlueprint:visible")), "column_shares": e.get("ContainerBlueprint:col_shares"),
            "row_shares": e.get("ContainerBlueprint:row_shares"),
            "grid_columns": _one(e.get("ContainerBlueprint:grid_columns")),
            "active_tab": refs.index(active) if kind == "Tabs" and active in refs else None}  # fmt: skip


def from_rerun_blueprint(reader: Any) -> dict[str, Any] | None:
    """The first blueprint of a ``rerun.chunk.RrdReader`` as codec JSON (``None`` when the file has none)."""
    from ..blueprint.codec import CODEC_VERSION

    stores = reader.blueprints()
    if not stores:
        return None
    ents = _latest(reader, stores[0])
    port = ents.get("viewport", {})
    root_id = _one(port.get("ViewportBlueprint:root_container"))
    root = None
    if isinstance(root_id, list) and len(root_id) == 16:
        import uuid

        root = _rerun_node(ents, f"container/{uuid.UUID(bytes=bytes(root_id))}", 0)
    panels = {key: {"state": _STATES.get(_one(v))} for p, key in _PANEL_PATHS.items()
              for c, v in ents.get(p, {}).items() if c.endswith(":state")}  # fmt: skip
    return {"version": CODEC_VERSION, "auto_layout": _one(port.get("ViewportBlueprint:auto_layout")),
            "auto_views": _one(port.get("ViewportBlueprint:auto_views")), "collapse_panels": False,
            "panels": panels, "root": root}  # fmt: skip
