"""Rerun's auto layout (``auto_layout.rs``) and the auto column count of a grid (egui_tiles).

Views are sorted by (origin, name, class); one view is the whole layout; three are ``Grid[A, Grid[B, C]]``
with A the highest layout priority; up to twelve share one ``Grid``; more go into one ``Tabs`` per view
class (highest priority first) inside a ``Grid``. Priority: 2D and 3D high, tensor/graph/map medium, the
rest low. A grid without ``grid_columns`` picks the column count minimising
``|4/3 - cell aspect| + 0.1 * empty cells`` for its area.

Examples
--------
>>> import rerun_nb.blueprint as rrb
>>> grid_columns_for(4, aspect=16 / 9), grid_columns_for(4, aspect=1.5)
(3, 2)
>>> root = auto_layout([rrb.TimeSeriesView(origin="/a"), rrb.TextLogView(), rrb.Spatial3DView(origin="/w")])
>>> [type(c).__name__ for c in root.contents]
['Spatial3DView', 'Grid']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .. import entity_path as ep
from .containers import Container, Grid, Tabs
from .contents import path_sort_key
from .views import View

__all__ = ["PRIORITY", "auto_layout", "grid_columns_for", "priority_of"]

PRIORITY: dict[str, int] = {"2D": 2, "3D": 2, "Tensor": 1, "Graph": 1, "Map": 1}  # others: 0 (low)


def priority_of(view: View) -> int:
    """Rerun's layout priority of the view's class: 2 high, 1 medium, 0 low."""
    return PRIORITY.get(view.class_identifier, 0)


def grid_columns_for(n: int, aspect: float = 16 / 9, gap: float = 0.0) -> int:
    """Columns for ``n`` cells in an area of ``aspect`` (width / height, height 1), ``gap`` between cells."""
    best, best_loss = 1, float("inf")
    for ncols in range(1, n + 1):
        nrows = (n + ncols - 1) // ncols
        cell_w = (aspect - gap * (ncols - 1)) / ncols
        cell_h = (1.0 - gap * (nrows - 1)) / nrows
        loss = abs(4 / 3 - cell_w / cell_h) + 0.1 * (ncols * nrows - n)
        if loss < best_loss:
            best, best_loss = ncols, loss
    return best


def _sort_key(view: View) -> tuple[Any, ...]:
    # Rerun breaks ties by a random view id; we use priority, then class, for a stable order.
    return (
        path_sort_key(ep.parts(view.canonical_origin())),
        view.name or "",
        -priority_of(view),
        view.class_identifier,
    )


def auto_layout(views: Sequence[View]) -> Container | View:
    """Arrange ``views`` as Rerun's viewer does when ``auto_layout`` is on."""
    ordered = sorted(views, key=_sort_key)
    if not ordered:
        return Grid()
    if len(ordered) == 1:
        return ordered[0]
    if len(ordered) == 3:
        a, b, c = sorted(ordered, key=lambda v: -priority_of(v))
        return Grid(a, Grid(b, c))
    if len(ordered) <= 12:
        return Grid(*ordered)
    groups: dict[str, list[View]] = {}
    for v in ordered:
        groups.setdefault(v.class_identifier, []).append(v)
    tabs = [Tabs(*g) for _, g in sorted(sorted(groups.items()), key=lambda kv: -priority_of(kv[1][0]))]
    return tabs[0] if len(tabs) == 1 else Grid(*tabs)
