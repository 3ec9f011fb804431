"""The ``undrawn`` traitlet: per entity, the archetypes stored there that no view draws (issue 13).

An entity whose data is stored, queryable and saved but drawn by no view (an audio asset, a video stream, user components
of ``rr.AnyValues``, ...) is marked in the entity tree instead of showing a silent nothing.

Examples
--------
>>> import numpy as np
>>> import rerun_nb as rr
>>> rec = rr.RecordingStream("undrawn_example")
>>> rec.log("a", rr.RecordingInfo(name="run"))
>>> rec.log("p", rr.Points3D([[0, 0, 0]]))
>>> UndrawnCache().get(rec.store)
{'a': ['RecordingInfo (no view)']}
"""

from __future__ import annotations

import functools
from typing import Any

from ..archetypes._base import _REGISTRY
from ..archetypes.coverage import stored_only_archetypes

__all__ = ["UndrawnCache", "label_of_component", "undrawn_of"]

#: The label of a user component (``rr.AnyValues(confidence=...)`` stores ``"confidence"``).
ANY_VALUES_LABEL = "AnyValues (no view)"


@functools.lru_cache(maxsize=4096)
def label_of_component(component: str) -> str | None:
    """``"Archetype (view kind)"`` when no view draws ``component``'s archetype, else ``None``.

    Parameters
    ----------
    component:
        A component name as stored: ``"<Archetype>:<field>"`` or a user component's name.

    Examples
    --------
    >>> import rerun_nb  # registers the archetypes
    >>> label_of_component("RecordingInfo:name"), label_of_component("Tensor:data")
    ('RecordingInfo (no view)', None)
    >>> label_of_component("confidence")
    'AnyValues (no view)'
    """
    arch, sep, _field = component.partition(":")
    if not sep:
        return ANY_VALUES_LABEL
    if arch not in _REGISTRY:  # a DynamicArchetype of the user's
        return f"{arch} (no view)"
    stored_only = stored_only_archetypes()
    if arch not in stored_only:
        return None
    view = stored_only[arch]
    return f"{arch} ({view} view)" if view else f"{arch} (no view)"


def undrawn_of(store: Any) -> dict[str, list[str]]:
    """``{entity path: sorted labels}`` for every entity with an archetype no view draws.

    Examples
    --------
    >>> undrawn_of(rec.store)  # doctest: +SKIP
    {'gps': ['AnyValues (no view)']}
    """
    out: dict[str, list[str]] = {}
    for path in store.entity_paths():
        labels = {label_of_component(c) for c in store.components_of(path)}
        labels.discard(None)
        if labels:
            out[path] = sorted(labels)  # type: ignore[arg-type]
    return out


class UndrawnCache:
    """:func:`undrawn_of` of one store, recomputed only when the store's ``generation`` moved.

    Examples
    --------
    >>> cache = UndrawnCache()
    >>> cache.get(rec.store) is cache.get(rec.store)  # doctest: +SKIP
    True
    """

    def __init__(self) -> None:
        self._key: tuple[int, int] | None = None
        self._value: dict[str, list[str]] = {}

    def get(self, store: Any) -> dict[str, list[str]]:
        if store is None:
            return {}
        key = (id(store), int(getattr(store, "generation", -1)))
        if key != self._key or key[1] < 0:
            self._value = undrawn_of(store)
            self._key = key
        return self._value
