"""The entity tree and Rerun's spatial subspaces, from plain inputs (paths and their archetype names).

The tree is cut at every entity with a ``Pinhole``: that entity is the origin of a child 2D subspace,
which holds it and everything below it down to the next pinhole. The root subspace is 3D-capable unless
the root itself has a pinhole; pinhole subspaces are 2D only.

Examples
--------
>>> t = Topology({"world/points": {"Points3D"}, "world/cam": {"Pinhole"}, "world/cam/img": {"Image"}})
>>> sorted(t.spaces), sorted(t.spaces[""].entities), t.spaces["world/cam"].pinhole
(['', 'world/cam'], ['world/points'], True)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from .. import entity_path as ep
from .contents import path_sort_key

__all__ = ["Space", "Topology", "common_ancestor", "is_under", "view_origin"]


def is_under(path: str, origin: str) -> bool:
    """Whether ``path`` is ``origin`` or below it (canonical paths)."""
    o = ep.parts(origin)
    return ep.parts(path)[: len(o)] == o


def common_ancestor(paths: Iterable[str]) -> str:
    """The deepest path that is ``p`` or an ancestor of ``p`` for every ``p`` (canonical)."""
    items = list(paths)
    if not items:
        return ""
    first = items[0]
    for candidate in (first, *reversed(ep.ancestors(first))):
        if all(is_under(p, candidate) for p in items[1:]):
            return candidate
    return ""


def view_origin(path: str) -> str:
    """A canonical path as a view's ``origin=`` (with the leading slash; ``"/"`` for the root)."""
    return "/" + path


@dataclass
class Space:
    """One subspace: its origin, the logged entities in it, the origins of its child (pinhole) spaces."""

    origin: str
    pinhole: bool
    entities: set[str] = field(default_factory=set)
    children: set[str] = field(default_factory=set)


class Topology:
    """Entity tree and subspaces of a recording described as ``{path: archetype names}``."""

    def __init__(self, entities: Mapping[str, Iterable[str]]) -> None:
        self.entities = {p: frozenset(a) for p, a in entities.items()}
        self.pinholes = {p for p, a in self.entities.items() if "Pinhole" in a}
        self.spaces: dict[str, Space] = {"": Space("", "" in self.pinholes)}
        for p in self.pinholes:
            self.spaces.setdefault(p, Space(p, True))
        for p in self.entities:
            self.spaces[self.space_of(p)].entities.add(p)
        for p in self.pinholes - {""}:
            self.spaces[self.space_of(ep.parent(p) or "")].children.add(p)
        self._children = self._tree()

    def space_of(self, path: str) -> str:
        """The origin of the subspace holding ``path``."""
        for candidate in (path, *reversed(ep.ancestors(path))):
            if candidate in self.pinholes:
                return candidate
        return ""

    def _tree(self) -> dict[str, set[str]]:
        children: dict[str, set[str]] = {"": set()}
        for p in self.entities:
            chain = (*ep.ancestors(p), p)
            for parent, child in pairwise(chain):
                children.setdefault(parent, set()).add(child)
        return children

    def children(self, path: str) -> list[str]:
        """Direct children of ``path`` in the entity tree (logged or not), in Rerun's path order."""
        return sorted(self._children.get(path, ()), key=lambda c: path_sort_key(ep.parts(c)))

    def subtree(self, path: str) -> Iterable[str]:
        """``path`` and every path below it in the entity tree."""
        stack = [path]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(self._children.get(node, ()))
