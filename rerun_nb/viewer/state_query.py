"""The ``states`` message: the state lanes of a state timeline view over a time range (docs/protocol.md).

The page asks for the range it shows (``start`` / ``end`` in timeline units, ``null``: unbounded) and gets
one lane per entity of the view with ``StateChange`` on the timeline, each with its phases there: start, end
(``null``: the last one, it runs on), raw value, label and colour from ``StateConfiguration``.

Examples
--------
>>> import rerun_nb as rr
>>> rec = rr.RecordingStream("states_doc")
>>> rec.set_time("step", sequence=0); rec.log("door", rr.StateChange(state="open"))
>>> view = {"type": "view", "id": "v", "class": "StateTimeline", "entities": ["door"]}
>>> r, _ = handle_states(rec, view, {"type": "states", "id": 1, "view": "w/v", "space": "v", "timeline": "step"})
>>> [(p["start"], p["end"], p["label"]) for p in r["lanes"][0]["phases"]]
[(0, None, 'open')]
"""

from __future__ import annotations

from typing import Any

from ..state_timeline import data_range, query_states
from ..time import from_time_int
from .checks import ProtocolError, is_int, read_id, read_number, read_store_time, read_view, short

__all__ = ["MAX_STATES_WIDTH", "MERGE_PX", "handle_states"]

#: Widest lane a ``states`` request may ask for (px).
MAX_STATES_WIDTH = 8192
#: Consecutive phases narrower than this (px) are merged into one region, as Rerun's view does.
MERGE_PX = 4

Reply = tuple[dict[str, Any], list[memoryview]]


def _bound(content: dict[str, Any], key: str, tk: str) -> int | None:
    if content.get(key) is None:
        return None
    return read_store_time(tk, read_number(content, key, "states"), widen=False, key=key, msg="states")


def handle_states(rec: Any, view: dict[str, Any], content: dict[str, Any]) -> Reply:
    """``states``: the lanes of ``view`` (the layout node the message's ``space`` names) in ``[start, end]``."""
    qid, view_id = read_id(content, "states"), read_view(content, "states")
    store = getattr(rec, "store", None)
    if store is None:
        raise ProtocolError("states: the viewer has no recording")
    tl = content.get("timeline")
    if not isinstance(tl, str) or not tl:
        raise ProtocolError(f"states: 'timeline' must be a non-empty string, got {short(tl)}")
    tk = store.timeline_kinds.get(tl)
    if tk is None:
        raise ProtocolError(f"states: unknown 'timeline' {short(tl)}")
    lo, hi = _bound(content, "start", tk), _bound(content, "end", tk)
    w = content.get("width")
    if w is not None and (not is_int(w) or not 1 <= w <= MAX_STATES_WIDTH):
        raise ProtocolError(f"states: 'width' must be an integer in 1..{MAX_STATES_WIDTH}, got {short(w)}")
    entities = list(view.get("entities") or ())
    dr = data_range(store, entities, tl)
    min_span = 0
    if w is not None and dr is not None:
        a, b = dr[0] if lo is None else lo, dr[1] if hi is None else hi
        min_span = -(-MERGE_PX * max(0, b - a) // int(w))  # ceil
    lanes = [
        {
            "path": lane.path,
            "phases": [
                {
                    "start": from_time_int(tk, p.start),
                    "end": None if p.end is None else from_time_int(tk, p.end),
                    "value": p.value,
                    "label": p.label,
                    "color": list(p.color),
                    **({"count": p.count} if p.count > 1 else {}),
                }
                for p in lane.phases
            ],
        }
        for lane in query_states(store, entities, tl, lo, hi, min_span)
    ]
    reply = {"type": "states", "id": qid, "view": view_id, "timeline": tl, "start": content.get("start"),
             "end": content.get("end"), "data_range": None if dr is None else [from_time_int(tk, v) for v in dr],
             "lanes": lanes}  # fmt: skip
    return reply, []
