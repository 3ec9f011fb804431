"""A store's timelines and scenes in the user's units (query layer).

``RecordingStream``'s query methods, the viewer and the renderer all ask the store through these functions,
so every conversion between the user's units and the store's int64 goes through :mod:`rerun_nb.time` once:
a scene asked for at 1.5 s is queried at the int64 time, never converted back and forth.

Examples
--------
>>> from rerun_nb.store import ChunkStore
>>> timelines(ChunkStore())
{}
"""

from __future__ import annotations

from typing import Any

import numpy as np

from . import query as q
from .time import TimeError, from_time_int, to_query_int, to_user_array

__all__ = ["query_int", "scene_at", "timeline_times", "timelines"]


def timelines(store: Any) -> dict[str, tuple[str, Any, Any]]:
    """``{name: (kind, min, max)}`` in the timeline's units, in order of creation (empty ones left out)."""
    out = {}
    for name, kind in list(store.timeline_kinds.items()):
        r = store.timeline_range(name)
        if r is not None:
            out[name] = (kind, from_time_int(kind, r[0]), from_time_int(kind, r[1]))
    return out


def timeline_times(store: Any, timeline: str) -> np.ndarray:
    """Sorted distinct times with data on ``timeline``, in its units (float seconds or int)."""
    kind = store.timeline_kinds.get(timeline)
    if kind is None:
        raise ValueError(f"unknown timeline {timeline!r}")
    return to_user_array(kind, store.timeline_times(timeline))


def query_int(store: Any, timeline: str | None, time: Any) -> tuple[int, str | None]:
    """``(int64 time, timeline)`` for a query at ``time`` (user units or a time object) on ``timeline``.

    ``timeline=None``: static data only; ``time=None``: the timeline's latest time. Raises ``ValueError`` for an
    unknown timeline or a time that does not fit it.
    """
    if timeline is None:
        return 0, None
    kind = store.timeline_kinds.get(timeline)
    if kind is None:
        known = ", ".join(sorted(store.timeline_kinds)) or "none"
        raise ValueError(f"unknown timeline {timeline!r} (known: {known})")
    if time is None:
        r = store.timeline_range(timeline)
        return (r[1] if r else 0), timeline
    try:
        return to_query_int(kind, time, "time"), timeline
    except TimeError as e:
        raise ValueError(e.problem.text()) from None


def scene_at(store: Any, timeline: str | None, time: Any) -> q.Scene:
    """Whole-scene latest-at at ``time`` (user units) on ``timeline`` (``None``: static only)."""
    t, tl = query_int(store, timeline, time)
    kind = store.timeline_kinds.get(tl) if tl else None
    return q.scene(store, tl, t, from_time_int(kind, t) if kind else None)
