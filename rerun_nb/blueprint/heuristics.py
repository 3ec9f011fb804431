"""The default layout: the views Rerun's viewer spawns by itself for a recording, auto-laid out.

Per view class (anchors §7.1): 3D and 2D views from the spatial topology (``spatial.py``); one
``TimeSeriesView`` per entity with ``Scalars`` (``+ $origin``); one ``TextLogView`` at ``/`` if any
``TextLog``; one view per entity for ``TextDocument``, ``BarChart``, ``Tensor``, ``AssetAudio`` and ``GraphNodes``; one
``MapView`` at ``/`` for geo data. Recommendations are sorted by origin, capped at 8 per class, and one
covered by another of its class (``is_superset_of``) is dropped. Inputs are plain: ``{entity path:
archetype (or component) names}``, or a recording / store to read them from.

Examples
--------
>>> import rerun_nb  # fills the archetype registry
>>> views = heuristic_views({"world/points": {"Points3D"}, "loss": {"Scalars"}, "log": {"TextLog"}})
>>> [(type(v).__name__, v.origin, v.display_name()) for v in views]
[('Spatial3DView', '/', '/'), ('TimeSeriesView', '/loss', 'loss'), ('TextLogView', '/', '/')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from .. import entity_path as ep
from .api import Blueprint
from .catalog import Catalog, entities_of
from .containers import Container
from .contents import EntityPathFilter, path_sort_key
from .kinds import kind_of
from .layout import auto_layout
from .spatial import views_2d, views_3d
from .topology import Topology, view_origin
from .views import (
    AudioView,
    BarChartView,
    GraphView,
    MapView,
    Spatial2DView,
    Spatial3DView,
    StateTimelineView,
    TensorView,
    TextDocumentView,
    TextLogView,
    TimeSeriesView,
    View,
)

__all__ = [
    "MAX_VIEWS_SPAWNED",
    "complete_blueprint",
    "default_blueprint",
    "entities_of",
    "heuristic_views",
]

MAX_VIEWS_SPAWNED = 8
Recommended = tuple[str, EntityPathFilter]


def _per_entity(topo: Topology, pred: Callable[[frozenset[str]], bool]) -> list[Recommended]:
    return [(p, EntityPathFilter.parse("$origin")) for p, a in topo.entities.items() if pred(a)]


def _at_root_if(topo: Topology, pred: Callable[[frozenset[str]], bool]) -> list[Recommended]:
    return (
        [("", EntityPathFilter.parse("$origin/**"))] if any(pred(a) for a in topo.entities.values()) else []
    )


def _has_kind(kind: str) -> Callable[[frozenset[str]], bool]:
    return lambda archs: any(kind_of(a) == kind for a in archs)


def _recommendations(
    topo: Topology, image_sizes: Mapping[str, object] | None
) -> list[tuple[type[View], list[Recommended]]]:
    return [
        (Spatial3DView, views_3d(topo)),
        (Spatial2DView, views_2d(topo, image_sizes)),
        (TimeSeriesView, _per_entity(topo, lambda a: "Scalars" in a or "Measurements" in a)),
        (TextLogView, _at_root_if(topo, _has_kind("text_log"))),
        (TextDocumentView, _per_entity(topo, _has_kind("text_document"))),
        (BarChartView, _per_entity(topo, _has_kind("bar_chart"))),
        (TensorView, _per_entity(topo, _has_kind("tensor"))),
        (GraphView, _per_entity(topo, lambda a: "GraphNodes" in a)),
        (AudioView, _per_entity(topo, _has_kind("audio"))),
        (MapView, _at_root_if(topo, _has_kind("map"))),
        (StateTimelineView, _at_root_if(topo, lambda a: "StateChange" in a)),
    ]


def _filter_class(recs: list[Recommended], existing: list[View], cap: int) -> list[Recommended]:
    """Rerun's per-class filtering: sort by origin, cap, drop those covered by existing or other views."""
    recs = sorted(recs, key=lambda r: path_sort_key(ep.parts(r[0])))[: max(0, cap - len(existing))]
    resolved = [f.resolve(o) for o, f in recs]
    have = [EntityPathFilter.parse(v.contents).resolve(v.canonical_origin()) for v in existing]
    keep = []
    for j, (rec, res) in enumerate(zip(recs, resolved)):
        if any(h.is_superset_of(res) for h in have):
            continue
        if any(i != j and other.is_superset_of(res) for i, other in enumerate(resolved)):
            continue
        keep.append(rec)
    return keep


def heuristic_views(
    entities: Any,
    *,
    image_sizes: Mapping[str, object] | None = None,
    existing: Iterable[View] = (),
    max_per_class: int = MAX_VIEWS_SPAWNED,
) -> list[View]:
    """The views Rerun's viewer would add for ``entities`` (``{path: archetype names}`` or a recording).

    Parameters
    ----------
    entities:
        ``{entity path: archetype or component names}``, a ``RecordingStream``, a ``ChunkStore`` (or a
        ``Catalog`` of one).
    image_sizes:
        Size of each image entity (any comparable value); images without one count as one size.
    existing:
        Views already on screen: a recommendation they cover is not added (``auto_views`` with a blueprint).
    max_per_class:
        Rerun's cap per view class (8), counting the existing views of the class.
    """
    topo = entities.topology if isinstance(entities, Catalog) else Topology(entities_of(entities))
    existing = list(existing)
    out: list[View] = []
    for cls, recs in _recommendations(topo, image_sizes):
        same = [v for v in existing if type(v) is cls]
        for origin, filt in _filter_class(recs, same, max_per_class):
            out.append(cls(origin=view_origin(origin), contents=filt.expressions()))
    return out


def default_blueprint(source: Any, *, image_sizes: Mapping[str, object] | None = None) -> Blueprint:
    """The blueprint Rerun's viewer makes for a recording when none is sent: heuristic views, auto layout.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rec = rr.RecordingStream("demo")
    >>> rec.log("world/points", rr.Points3D([[0, 0, 0]]))
    >>> rec.log("loss", rr.Scalars(0.5))
    >>> bp = default_blueprint(rec)
    >>> [v.display_name() for v in bp.views()], bp.auto_layout
    (['/', 'loss'], True)
    """
    views = heuristic_views(source, image_sizes=image_sizes)
    bp = Blueprint(auto_layout=True, auto_views=True)
    if views:
        bp.root_container = auto_layout(views)
    return bp


def complete_blueprint(bp: Blueprint, source: Any) -> Container | View | None:
    """The root the viewer shows for ``bp``: with ``auto_views`` on, the heuristic views no view of the
    blueprint covers are added (re-laid out when ``auto_layout`` is on, else appended to the root)."""
    root = getattr(bp, "root_container", None)
    if not bp.auto_views:
        return root
    existing = bp.views()
    new = heuristic_views(source, existing=existing)
    if not new:
        return root
    if root is None or bp.auto_layout or not isinstance(root, Container):
        return auto_layout(existing + new)
    extended = Container(
        *root.contents,
        *new,
        kind=root.kind,
        column_shares=root.column_shares,
        row_shares=root.row_shares,
        grid_columns=root.grid_columns,
        name=root.name,
        visible=root.visible,
    )
    extended.id, extended.active_tab = root.id, root.active_tab
    return extended
