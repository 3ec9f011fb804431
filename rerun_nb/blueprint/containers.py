"""Containers of the blueprint: ``Horizontal``, ``Vertical``, ``Grid``, ``Tabs`` (Rerun 0.41's signatures).

Examples
--------
>>> import rerun_nb.blueprint as rrb
>>> c = rrb.Horizontal(rrb.Spatial3DView(), rrb.TimeSeriesView(), column_shares=[2, 1])
>>> c.kind.name, c.column_shares, len(c.contents)
('Horizontal', [2.0, 1.0], 2)
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from . import _late
from . import _values as V
from .components import ContainerKind, to_enum
from .views import View

__all__ = ["Container", "Grid", "Horizontal", "Tabs", "Vertical"]


def _grid_columns(value: Any) -> int:
    if isinstance(value, bool) or int(value) != value or int(value) < 1:
        raise ValueError(f"grid_columns must be a positive integer, got {value!r}")
    return int(value)


def _active_tab(value: Any) -> int | str:
    if isinstance(value, (int, str)) and not isinstance(value, bool):
        return value
    raise TypeError(f"active_tab must be an index or a view name, got {type(value).__name__}")


class Container:
    """Base class of the containers (``rrb.Container``); prefer one of the subclasses.

    Positional arguments are the contents (views or containers); ``contents=`` is the same as a list.
    """

    def __init__(
        self,
        *args: Any,
        contents: Iterable[Any] | None = None,
        kind: Any,
        column_shares: Any = None,
        row_shares: Any = None,
        grid_columns: int | None = None,
        active_tab: int | str | None = None,
        name: Any,
        visible: Any = None,
    ) -> None:
        if args and contents is not None:
            raise ValueError("Cannot provide both positional and keyword arguments for contents")
        items = list(contents) if contents is not None else list(args)
        for item in items:
            if not isinstance(item, (Container, View)) and type(item).__name__ != "StandIn":
                raise TypeError(f"a container holds views and containers, got {type(item).__name__}")
        self.contents = [i for i in items if isinstance(i, (Container, View))]
        self.id = uuid.uuid4()
        self.kind = to_enum(ContainerKind, kind, "kind")
        where = type(self).__name__
        self.column_shares = V.checked(where, "column_shares", column_shares, V.check_shares)
        self.row_shares = V.checked(where, "row_shares", row_shares, V.check_shares)
        self.grid_columns = V.checked(where, "grid_columns", grid_columns, _grid_columns)
        self.active_tab = V.checked(where, "active_tab", active_tab, _active_tab)
        self.name = None if name is None else str(getattr(name, "value", name))
        self.visible = visible
        self._check_active_tab()

    def _check_active_tab(self) -> None:
        tab = self.active_tab
        if tab is None:
            return
        names = [c.name for c in self.contents if isinstance(c, View)]
        if (isinstance(tab, int) and not 0 <= tab < len(self.contents)) or (
            isinstance(tab, str) and tab not in names
        ):
            raise ValueError(f"Active tab '{tab}' not found in the container contents.")

    def active_index(self) -> int | None:
        """The index of the active tab among ``contents`` (None when not set)."""
        if isinstance(self.active_tab, str):
            return next(
                i for i, c in enumerate(self.contents) if isinstance(c, View) and c.name == self.active_tab
            )
        return self.active_tab

    def blueprint_path(self) -> str:
        """Where Rerun logs this container in its blueprint store."""
        return f"container/{self.id}"

    def to_container(self) -> Container:
        """This container."""
        return self

    def to_blueprint(self) -> Any:
        """A blueprint with this container at the root."""
        return _late.make("Blueprint", self)

    def _ipython_display_(self) -> None:
        _late.make("display", self)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(repr(c) for c in self.contents)})"


class Horizontal(Container):
    """Children side by side, left to right; ``column_shares`` sets their widths."""

    def __init__(
        self,
        *args: Any,
        contents: Iterable[Any] | None = None,
        column_shares: Any = None,
        name: Any = None,
        visible: Any = None,
    ) -> None:
        super().__init__(
            *args,
            contents=contents,
            kind=ContainerKind.Horizontal,
            column_shares=column_shares,
            name=name,
            visible=visible,
        )


class Vertical(Container):
    """Children stacked top to bottom; ``row_shares`` sets their heights."""

    def __init__(
        self,
        *args: Any,
        contents: Iterable[Any] | None = None,
        row_shares: Any = None,
        name: Any = None,
        visible: Any = None,
    ) -> None:
        super().__init__(
            *args,
            contents=contents,
            kind=ContainerKind.Vertical,
            row_shares=row_shares,
            name=name,
            visible=visible,
        )


class Grid(Container):
    """Children in a grid, row by row; ``grid_columns`` fixes the number of columns (default: fit the area)."""

    def __init__(
        self,
        *args: Any,
        contents: Iterable[Any] | None = None,
        column_shares: Any = None,
        row_shares: Any = None,
        grid_columns: int | None = None,
        name: Any = None,
        visible: Any = None,
    ) -> None:
        super().__init__(
            *args,
            contents=contents,
            kind=ContainerKind.Grid,
            column_shares=column_shares,
            row_shares=row_shares,
            grid_columns=grid_columns,
            name=name,
            visible=visible,
        )


class Tabs(Container):
    """One child shown at a time, chosen by tabs; ``active_tab`` (index or view name) is shown first."""

    def __init__(
        self,
        *args: Any,
        contents: Iterable[Any] | None = None,
        active_tab: int | str | None = None,
        name: Any = None,
        visible: Any = None,
    ) -> None:
        super().__init__(
            *args,
            contents=contents,
            kind=ContainerKind.Tabs,
            active_tab=active_tab,
            name=name,
            visible=visible,
        )


_late.provide("Tabs", Tabs)
