"""State lanes for the state timeline view: each entity's ``StateChange`` states over a timeline, as phases.

Rerun's state timeline draws one horizontal lane per entity; each logged state is a coloured band that runs
until the next change. The phases follow Rerun's rules: at one time the last logged row wins, a repeated state
continues the phase, an empty state (``""``) is a gap, leading gaps are dropped. ``StateConfiguration`` (latest-at
the range's end, usually static) maps a raw value to a label (empty or missing: the value), a colour (missing:
Rerun's palette, chosen by a stable hash of the value) and a visibility (hidden: a gap).

Examples
--------
>>> import rerun_nb as rr
>>> rec = rr.RecordingStream("doc")
>>> for t, s in enumerate(["open", "closed", "closed", ""]):
...     rec.set_time("step", sequence=t); rec.log("door", rr.StateChange(state=s))
>>> [(p.start, p.end, p.label) for p in query_states(rec.store, ["door"], "step", None, None)[0].phases]
[(0, 1, 'open'), (1, 3, 'closed')]
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from . import query as q
from .column_index import gather, read_index

__all__ = ["PALETTE", "STATE", "Lane", "Phase", "data_range", "palette_color", "query_states"]

STATE = "StateChange:state"
#: the colour of a region of merged narrow phases
MERGED = (128, 128, 128, 255)
#: Rerun's state palette (green, amber, blue, red, purple, teal, yellow, brown)
PALETTE = (
    (76, 175, 80, 255),
    (255, 183, 77, 255),
    (66, 165, 245, 255),
    (239, 83, 80, 255),
    (171, 71, 188, 255),
    (38, 198, 218, 255),
    (255, 241, 118, 255),
    (141, 110, 99, 255),
)


@dataclass
class Phase:
    """One state of a lane from ``start`` until ``end`` (store int64; ``None``: it runs on)."""

    start: int
    end: int | None
    value: str
    label: str
    color: tuple[int, int, int, int]
    count: int = 1  # > 1: that many consecutive narrow phases merged into one region (value "")


@dataclass
class Lane:
    """One entity's phases (gaps are the spaces between them), sorted by time."""

    path: str
    phases: list[Phase] = field(default_factory=list)


def palette_color(value: str) -> tuple[int, int, int, int]:
    """The colour of a value without a configured one: a stable hash into :data:`PALETTE` (Rerun hashes too,
    with its own hash, so the pick may differ from Rerun's).

    Examples
    --------
    >>> palette_color("open") in PALETTE
    True
    """
    return PALETTE[zlib.crc32(value.encode()) % len(PALETTE)]


def _events(store: Any, path: str, timeline: str) -> tuple[np.ndarray, np.ndarray]:
    """``(times int64, states str)`` per time: the last row logged at a time wins; ``""`` is a gap."""
    part = read_index(store, path, STATE, timeline)
    g = gather(store, STATE, part)
    has = g.lengths > 0
    times = part.times[has]
    vals = np.asarray(g.values, dtype=object)[g.starts[has] + g.lengths[has] - 1]
    vals[np.equal(vals, None)] = ""
    last = np.ones(len(times), bool)
    last[:-1] = times[1:] != times[:-1]
    return times[last], vals[last].astype(str)


def _config(store: Any, path: str, timeline: str, t: int) -> dict[str, tuple[str, tuple[int, ...], bool]]:
    """``{value: (label, colour, visible)}`` from the entity's ``StateConfiguration`` latest-at ``t``."""
    comps = {k: v[0] for k, v in q.latest_at_entity(store, path, timeline, t).items()}
    values = comps.get("StateConfiguration:values")
    if values is None:
        return {}
    labels = comps.get("StateConfiguration:labels")
    colors = comps.get("StateConfiguration:colors")
    vis = comps.get("StateConfiguration:visible")
    out = {}
    for i, v in enumerate(str(x) for x in values):
        label = str(labels[i]) if labels is not None and i < len(labels) and labels[i] else v
        color = (
            tuple(int(c) for c in colors[i]) if colors is not None and i < len(colors) else palette_color(v)
        )
        out.setdefault(v, (label, color, bool(vis[i]) if vis is not None and i < len(vis) else True))
    return out


def _phases(
    times: np.ndarray,
    states: np.ndarray,
    config: dict[str, tuple[str, tuple[int, ...], bool]],
    start: int | None,
    end: int | None,
    min_span: int = 0,
) -> list[Phase]:
    """The phases overlapping ``[start, end]``: repeats continue a phase, ``""`` and hidden values end one (a
    gap). Vectorised: each distinct state is looked up once."""
    uniq, inv = np.unique(states, return_inverse=True)
    shown = np.array([u != "" and config.get(u, ("", (), True))[2] for u in uniq.tolist()], bool)
    code = np.where(shown[inv], inv, -1)
    change = np.ones(len(code), bool)
    change[0] = code[0] != -1 if len(code) else False
    change[1:] = code[1:] != code[:-1]
    idx = np.flatnonzero(change)
    p_start, p_code = times[idx], code[idx]
    p_end = np.append(times[idx[1:]], np.iinfo(np.int64).max)  # max: the last one runs on
    keep = p_code != -1
    if end is not None:
        keep &= p_start <= end
    if start is not None:
        keep &= p_end > start
    styles = [config.get(u, (u, palette_color(u), True)) for u in uniq.tolist()]
    return _build(p_start[keep], p_end[keep], p_code[keep], uniq, styles, min_span)


def _build(
    s: np.ndarray, e: np.ndarray, c: np.ndarray, uniq: np.ndarray, styles: list, min_span: int
) -> list[Phase]:
    """Phase objects; runs of two or more consecutive phases shorter than ``min_span`` become one merged
    region (as Rerun folds phases narrower than 4 px), so a reply stays small at any zoom."""
    never = np.iinfo(np.int64).max
    narrow = (e - s) < min_span
    first = np.ones(len(s), bool)
    first[1:] = ~(narrow[1:] & narrow[:-1])
    heads = np.flatnonzero(first)
    counts = np.diff(np.append(heads, len(s)))
    out = []
    for h, n in zip(heads.tolist(), counts.tolist(), strict=True):
        t1 = int(e[h + n - 1])
        end = None if t1 == never else t1
        if n > 1:
            out.append(Phase(int(s[h]), end, "", f"{n} states", MERGED, n))
        else:
            label, color, _ = styles[int(c[h])]
            out.append(Phase(int(s[h]), end, str(uniq[c[h]]), label, tuple(color)))  # type: ignore[arg-type]
    return out


def query_states(
    store: Any, entities: list[str], timeline: str, start: int | None, end: int | None, min_span: int = 0
) -> list[Lane]:
    """The lanes of ``entities`` on ``timeline`` with the phases that overlap ``[start, end]`` (store int64;
    ``None``: unbounded). Entities without ``StateChange`` on the timeline get no lane. Consecutive phases
    shorter than ``min_span`` (store units) are merged (``Phase.count``)."""
    lanes = []
    for path in entities:
        times, states = _events(store, path, timeline)
        if not len(times):
            continue
        at = end if end is not None else int(times[-1])
        config = _config(store, path, timeline, at)
        lanes.append(Lane(path, _phases(times, states, config, start, end, min_span)))
    return lanes


def data_range(store: Any, entities: list[str], timeline: str) -> tuple[int, int] | None:
    """The first and last ``StateChange`` time of ``entities`` on ``timeline`` (``None``: none)."""
    ts = [read_index(store, p, STATE, timeline).times for p in entities]
    ts = [t for t in ts if len(t)]
    return (int(min(t[0] for t in ts)), int(max(t[-1] for t in ts))) if ts else None
