"""Text log pages: the whole timeline's ``TextLog`` entries of some entities, in (time, log order), a page at
a time.

Rerun's text log view lists every entry of the timeline and scrolls to the one at the time cursor. With
hundreds of thousands of entries the browser holds only the page on screen and the kernel answers "which
page, and where is the cursor in it" from a sorted index of the entries, built once per (timeline, set of
entities) and extended with the rows that arrive later. An entry is one instance of a ``TextLog:text``
batch; its level and colour are those of its row (one value applies to every instance).

Examples
--------
>>> import rerun_nb as rr
>>> rec = rr.RecordingStream("doc")
>>> for i in range(5):
...     rec.set_time("step", sequence=i)
...     rec.log("log", rr.TextLog(f"line {i}", level="WARN" if i % 2 else "INFO"))
>>> page = text_log_page(rec.store, ["log"], "step", 3, offset=None, limit=2)
>>> page.total, page.offset, page.cursor, [r["text"] for r in page.rows], page.levels
(5, 2, 3, ['line 2', 'line 3'], ['INFO', 'WARN'])
>>> text_log_page(rec.store, ["log"], "step", 3, offset=0, limit=10, levels=["WARN"]).cursor
1
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .column_index import IndexTail, gather
from .time import from_time_int

__all__ = ["LEVEL_ORDER", "MAX_LIMIT", "TextLogPage", "text_log_index", "text_log_page"]

TEXT, LEVEL, COLOR = "TextLog:text", "TextLog:level", "TextLog:color"
#: Rerun's levels, least severe first (the order of the filter menu); other levels follow by name.
LEVEL_ORDER = ("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "CRITICAL")
#: Most rows one page carries.
MAX_LIMIT = 1000
_FIELDS = (("times", np.int64), ("rids", np.int64), ("ent", np.int32), ("cid", np.int32),
           ("row", np.int32), ("inst", np.int32), ("level", np.int32))  # fmt: skip


@dataclass
class TextLogPage:
    """One page of a text log: ``rows`` from ``offset``, the cursor entry's index and the levels present."""

    total: int
    offset: int
    cursor: int
    levels: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)


def _sorted(arrays: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    order = np.lexsort((arrays["inst"], arrays["rids"], arrays["times"]))
    return {name: a[order] for name, a in arrays.items()}


class _Merged:
    """Entries of several entities merged in (time, row id, instance) order; level codes per entry."""

    def __init__(self, store: Any, entities: tuple[str, ...], timeline: str) -> None:
        self.store, self.entities, self.timeline = store, entities, timeline
        self.lock = threading.Lock()
        self.level_names: list[str | None] = []  # code -> level (None: no level logged)
        self._codes: dict[str | None, int] = {}
        self._reset()
        self._filtered: dict[frozenset[str] | None, tuple[int, np.ndarray, np.ndarray]] = {}

    def _reset(self) -> None:
        self.tails = [IndexTail(self.store, e, TEXT, self.timeline) for e in self.entities]
        self.arrays = {name: np.zeros(0, dt) for name, dt in _FIELDS}
        self.chunks: list[Any] = []
        self._filtered = {}

    def update(self) -> None:
        """Read the entries that arrived; merge them in."""
        parts = [t.read() for t in self.tails]
        if any(p.reset and len(p) for p in parts) and len(self.arrays["times"]):
            self._reset()  # an entity's index was re-sorted: read everything again
            parts = [t.read() for t in self.tails]
        new = [self._expand(k, p) for k, p in enumerate(parts) if len(p)]
        if not new:
            return
        self.chunks = parts[0].chunks
        add = {name: np.concatenate([n[name] for n in new]) for name, _ in _FIELDS}
        if len(new) > 1:
            add = _sorted(add)
        old = self.arrays
        in_order = not len(old["times"]) or (add["times"][0], add["rids"][0]) >= (
            old["times"][-1],
            old["rids"][-1],
        )
        merged = {name: np.concatenate((old[name], add[name])) for name, _ in _FIELDS}
        self.arrays = merged if in_order else _sorted(merged)  # rows logged late: sort all once more
        self._filtered = {}

    def _expand(self, ent: int, part: Any) -> dict[str, np.ndarray]:
        """One entry per text instance of the rows in ``part``, with its row's level code."""
        texts = gather(self.store, TEXT, part)
        lens = texts.lengths
        reps = np.repeat(np.arange(len(part)), lens)
        first = np.repeat(np.cumsum(lens) - lens, lens)
        inst = (np.arange(len(reps)) - first).astype(np.int32)
        lv = gather(self.store, LEVEL, part)
        raw = np.full(len(part), None, dtype=object)
        raw[lv.valid] = np.asarray(lv.values, dtype=object)[lv.starts[lv.valid]]
        codes = (
            np.array([self._code(x) for x in raw], dtype=np.int32) if len(raw) < 64 else self._codes_of(raw)
        )
        return {
            "times": part.times[reps], "rids": part.row_ids[reps], "ent": np.full(len(reps), ent, np.int32),
            "cid": part.chunk_ids[reps], "row": part.rows[reps], "inst": inst, "level": codes[reps],
        }  # fmt: skip

    def _code(self, level: Any) -> int:
        key = None if level is None else str(level)
        c = self._codes.get(key)
        if c is None:
            c = self._codes[key] = len(self.level_names)
            self.level_names.append(key)
        return c

    def _codes_of(self, raw: np.ndarray) -> np.ndarray:
        """Level codes of many entries: one dictionary lookup per distinct level."""
        keys = np.array(["\x00" if x is None else str(x) for x in raw], dtype=object)
        uniq, inv = np.unique(keys, return_inverse=True)
        table = np.array([self._code(None if u == "\x00" else u) for u in uniq], dtype=np.int32)
        return table[inv.reshape(-1)]

    def filtered(self, levels: frozenset[str] | None) -> tuple[np.ndarray, np.ndarray]:
        """``(positions, times)`` of the entries shown with the ``levels`` filter (entries with no level are
        always shown)."""
        n = len(self.arrays["times"])
        hit = self._filtered.get(levels)
        if hit is not None and hit[0] == n:
            return hit[1], hit[2]
        if levels is None:
            pos = np.arange(n)
        else:
            allowed = np.array([lv is None or lv in levels for lv in self.level_names] or [True])
            pos = np.flatnonzero(allowed[self.arrays["level"]])
        times = self.arrays["times"][pos]
        self._filtered[levels] = (n, pos, times)
        return pos, times

    def present_levels(self) -> list[str]:
        """The levels of the entries, least severe first."""
        counts = np.bincount(self.arrays["level"], minlength=len(self.level_names))
        used = set(np.flatnonzero(counts).tolist())
        names = [lv for c, lv in enumerate(self.level_names) if c in used and lv is not None]
        rank = {lv: i for i, lv in enumerate(LEVEL_ORDER)}
        return sorted(names, key=lambda lv: (rank.get(lv, len(rank)), lv))


_caches: weakref.WeakKeyDictionary[Any, dict[tuple[Any, ...], _Merged]] = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()
#: Merged indexes kept per store (least recently used dropped).
MAX_INDEXES_PER_STORE = 16


def text_log_index(store: Any, entities: list[str], timeline: str) -> _Merged:
    """The merged, up-to-date entry index of ``entities`` on ``timeline`` (cached per store)."""
    key = (timeline, tuple(sorted(entities)))
    with _caches_lock:
        per = _caches.setdefault(store, {})
        m = per.pop(key, None)
        if m is None:
            m = _Merged(store, key[1], timeline)
        per[key] = m  # most recently used last
        while len(per) > MAX_INDEXES_PER_STORE:
            per.pop(next(iter(per)))
    with m.lock:
        m.update()
    return m


def _row(m: _Merged, i: int, kind: str) -> dict[str, Any]:
    a = m.arrays
    chunk = m.chunks[int(a["cid"][i])]
    row, inst = int(a["row"][i]), int(a["inst"][i])
    text = chunk.components[TEXT].batch(row)[inst]
    color = None
    col = chunk.components.get(COLOR)
    if col is not None and (col.validity is None or col.validity[row]):
        c = col.batch(row)
        if len(c):
            color = [int(x) for x in c[min(inst, len(c) - 1)]]
    return {
        "time": from_time_int(kind, int(a["times"][i])),
        "path": m.entities[int(a["ent"][i])],
        "level": m.level_names[int(a["level"][i])],
        "text": text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text),
        "color": color,
    }


def text_log_page(
    store: Any,
    entities: list[str],
    timeline: str,
    time: int | None,
    *,
    offset: int | None,
    limit: int = 100,
    levels: list[str] | None = None,
) -> TextLogPage:
    """A page of the text log of ``entities`` on ``timeline``.

    Parameters
    ----------
    store:
        The recording's store.
    entities:
        Entity paths of the view.
    timeline:
        The timeline (entries without a time on it are not listed).
    time:
        The cursor, as the store's int64 (``None``: no cursor).
    offset:
        Index of the first row wanted (after filtering); ``None``: the page holding the cursor entry.
    limit:
        Rows per page (clamped to ``1..MAX_LIMIT``).
    levels:
        Levels shown (``None``: all).
    """
    kind = store.timeline_kinds.get(timeline, "sequence")
    m = text_log_index(store, entities, timeline)
    limit = max(1, min(int(limit), MAX_LIMIT))
    with m.lock:
        pos, times = m.filtered(None if levels is None else frozenset(levels))
        total = len(pos)
        cursor = -1 if time is None else int(np.searchsorted(times, time, side="right")) - 1
        if offset is None:
            offset = max(cursor, 0) // limit * limit
        offset = max(0, min(int(offset), max(total - 1, 0)))
        rows = [_row(m, int(i), kind) for i in pos[offset : offset + limit]]
        return TextLogPage(total, offset, cursor, m.present_levels(), rows)
