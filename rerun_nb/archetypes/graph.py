"""GraphNodes and GraphEdges: a graph by node ids (drawn by the graph view; node ids are scoped per entity)."""

from __future__ import annotations

from .. import components as C
from ._base import Archetype, Field

__all__ = ["GraphEdges", "GraphNodes"]


class GraphNodes(Archetype):
    """The nodes of a graph: string ids, optional 2D positions, colours, labels and radii.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.GraphNodes(["a", "b"], labels=["A", "B"]).node_ids.tolist()
    ['a', 'b']
    """

    archetype_name = "GraphNodes"
    view = "graph"
    node_ids = Field(C.strings, required=True)
    positions = Field(C.vec2d)
    colors = Field(C.colors)
    labels = Field(C.strings)
    show_labels = Field(C.bool_1d)
    radii = Field(C.float32_1d)


class GraphEdges(Archetype):
    """The edges of a graph: pairs of node ids; ``graph_type`` ``"directed"`` or ``"undirected"``.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.GraphEdges([("a", "b"), ("b", "c")], graph_type="directed").edges.values.tolist()
    ['a', 'b', 'b', 'c']
    """

    archetype_name = "GraphEdges"
    view = "graph"
    edges = Field(C.string_pairs, required=True)
    graph_type = Field(C.graph_type)
