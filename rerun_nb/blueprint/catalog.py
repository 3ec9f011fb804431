"""The recording's entities as the layout needs them, computed once: canonical paths in Rerun's order,
archetypes, the kinds of view that draw them, and the spatial topology.

Examples
--------
>>> import rerun_nb  # fills the archetype registry
>>> c = Catalog({"/b": ["Points3D:positions"], "a10": ["Scalars"], "a2": ["TextLog"]})
>>> c.order, c.with_kind("3d")
(['a2', 'a10', 'b'], ['b'])
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cached_property
from typing import Any

from .. import entity_path as ep
from .contents import path_sort_key
from .kinds import archetype_name, kind_of
from .topology import Topology

__all__ = ["Catalog", "entities_of"]


def entities_of(source: Any) -> dict[str, set[str]]:
    """``{canonical path: archetype names}`` from a mapping, a ``RecordingStream`` or a ``ChunkStore``.

    A mapping's values may be archetype names or component names (``"Points3D:positions"``).
    """
    if isinstance(source, Mapping):
        items: Iterable[tuple[str, Iterable[str]]] = source.items()
    else:
        store = getattr(source, "store", source)
        if not hasattr(store, "components_of"):
            raise TypeError(f"expected a recording, a store or a mapping, got {type(source).__name__}")
        items = ((p, store.components_of(p)) for p in store.entity_paths())
    return {ep.to_canonical(p): {archetype_name(a) for a in archs} for p, archs in items}


def knows_archetypes(source: Any) -> bool:
    """Whether ``source`` tells each entity's archetypes (a mapping, a recording, a store)."""
    return isinstance(source, Mapping) or hasattr(getattr(source, "store", source), "components_of")


class Catalog:
    """Entities of a recording: from ``{path: archetypes}``, a recording / store, or bare paths (kinds unknown)."""

    def __init__(self, source: Any) -> None:
        self.known = knows_archetypes(source)
        if self.known:
            self.archetypes = {p: frozenset(a) for p, a in entities_of(source).items()}
        else:
            self.archetypes = {ep.to_canonical(p): frozenset() for p in source}
        self.order = sorted(self.archetypes, key=lambda p: path_sort_key(ep.parts(p)))

    @cached_property
    def kinds(self) -> dict[str, frozenset[str]]:
        """The kinds of view that draw each entity (``"3d"``, ``"2d"``, ``"time_series"``, ...)."""
        return {
            p: frozenset(k for a in archs if (k := kind_of(a)) is not None)
            for p, archs in self.archetypes.items()
        }

    @cached_property
    def topology(self) -> Topology:
        """Entity tree and spatial subspaces."""
        return Topology(self.archetypes)

    def with_kind(self, kind: str) -> list[str]:
        """Entities drawn by views of ``kind``, in Rerun's path order."""
        return [p for p in self.order if kind in self.kinds[p]]
