"""One component of one entity on one timeline, as flat numpy arrays: the range-query side of the views.

The store indexes every (entity, component, timeline) in sorted ``(time, row id)`` order (``store.py``,
``_TimeIndex``). Latest-at reads one entry of it; a time series or a text log reads *all* of them. Asking
``store.range`` for a million rows builds a million ``Hit`` objects; this module reads the index's arrays
instead, and gathers the values of every row at once (one fancy index per array, whatever the number of
chunks).

:class:`IndexTail` remembers how far it has read, so a cache built on it extends itself with the rows that
arrived since (amortised O(new rows)); it notices when the store re-sorted the index (rows logged out of
time order) and starts over then.

This module reads the store's private index (``ChunkStore._index`` / ``_chunks``) under the store lock, in
one place: the store has no public "give me the whole index" call yet.

Examples
--------
>>> import numpy as np
>>> from rerun_nb.store import ChunkStore
>>> s = ChunkStore()
>>> s.register_timeline("t", "sequence")
'sequence'
>>> for i in range(3):
...     s.append_row("x", i + 1, {"t": 10 - i}, {"Scalars:scalars": np.array([float(i)])})
>>> tail = IndexTail(s, "x", "Scalars:scalars", "t")
>>> part = tail.read()
>>> part.times.tolist(), part.reset
([8, 9, 10], True)
>>> g = gather(s, "Scalars:scalars", part)
>>> g.values[g.starts].tolist()
[2.0, 1.0, 0.0]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .components import Ragged

__all__ = ["Gathered", "IndexPart", "IndexTail", "gather", "read_index"]


@dataclass
class IndexPart:
    """Entries of an index read from the store, in (time, row id) order.

    ``reset``: the entries replace what was read before (the first read, or the store re-sorted the index);
    otherwise they follow it.
    """

    times: np.ndarray  # int64 (n,)
    row_ids: np.ndarray  # int64 (n,)
    chunk_ids: np.ndarray  # int32 (n,)
    rows: np.ndarray  # int32 (n,)
    chunks: list[Any]  # the store's chunk list (chunk_ids index it)
    reset: bool

    def __len__(self) -> int:
        return len(self.times)


@dataclass
class Gathered:
    """Every entry's value slice of one component: ``values[starts[i] : starts[i] + lengths[i]]``.

    ``valid[i]`` is False where the entry's row did not log the component (its length is then 0).
    ``values`` is flat (a ``Ragged`` component's inner items are not split).
    """

    values: np.ndarray
    starts: np.ndarray  # int64 (n,)
    lengths: np.ndarray  # int64 (n,)
    valid: np.ndarray  # bool (n,)


_EMPTY_I64 = np.zeros(0, np.int64)
_EMPTY_I32 = np.zeros(0, np.int32)


def _time_index(store: Any, entity: str, component: str, timeline: str) -> Any:
    """The store's ``_TimeIndex`` (caller holds the lock), or ``None``."""
    ci = store._index.get((entity, component))
    return None if ci is None else ci.timelines.get(timeline)


def read_index(store: Any, entity: str, component: str, timeline: str, since: int = 0) -> IndexPart:
    """Entries ``since:`` of the sorted index of ``component`` of ``entity`` on ``timeline`` (copies).

    Static rows are not part of it (they have no time).
    """
    with store.lock:
        store.flush()
        ti = _time_index(store, entity, component, timeline)
        if ti is None:
            return IndexPart(_EMPTY_I64, _EMPTY_I64, _EMPTY_I32, _EMPTY_I32, store._chunks, since == 0)
        ti.ensure_sorted()
        s = slice(since, ti.times.n)
        return IndexPart(
            ti.times.view[s].copy(),
            ti.row_ids.view[s].copy(),
            ti.chunk_ids.view[s].copy(),
            ti.rows.view[s].copy(),
            store._chunks,
            since == 0,
        )


class IndexTail:
    """Reads an index in steps: each :meth:`read` gives what arrived since the last one.

    When the store re-sorted the index in between (rows logged out of time order), the read starts over and
    says so (``reset``).
    """

    def __init__(self, store: Any, entity: str, component: str, timeline: str) -> None:
        self.store, self.entity, self.component, self.timeline = store, entity, component, timeline
        self._n = 0
        self._last: tuple[int, int] | None = None  # (time, row id) of the last entry read

    def read(self) -> IndexPart:
        """The entries that arrived since the last read (all of them on the first read or after a re-sort)."""
        with self.store.lock:
            if not self._unchanged_prefix():
                self._n, self._last = 0, None
            part = read_index(self.store, self.entity, self.component, self.timeline, self._n)
        if len(part):
            self._n += len(part)
            self._last = (int(part.times[-1]), int(part.row_ids[-1]))
        return part

    def _unchanged_prefix(self) -> bool:
        """The entries read so far are still the index's first ones (caller holds the lock).

        Appending in order keeps the index sorted and only extends it; a re-sort moves entries. An entry
        logged before the last one read shifts every later entry by one (row ids are unique), so the entry
        at the old end is still the last one read exactly when nothing was inserted before it: O(1).
        """
        if self._n == 0:
            return True
        self.store.flush()
        ti = _time_index(self.store, self.entity, self.component, self.timeline)
        if ti is None or ti.times.n < self._n:
            return False
        ti.ensure_sorted()
        k = self._n - 1
        return (int(ti.times.buf[k]), int(ti.row_ids.buf[k])) == self._last


def gather(store: Any, component: str, part: IndexPart) -> Gathered:
    """The value slices of ``component`` for every entry of ``part``, gathered across chunks at once.

    The values of the chunks the entries touch are concatenated once; each entry's slice is then an offset
    into that one array (no Python loop over entries).
    """
    n = len(part)
    if n == 0:
        return Gathered(np.zeros(0), _EMPTY_I64, _EMPTY_I64, np.zeros(0, bool))
    used = np.zeros(len(part.chunks), bool)
    used[part.chunk_ids] = True
    ids = np.flatnonzero(used)
    value_parts, off_parts, valid_parts = [], [], []
    row_base = np.zeros(len(part.chunks), np.int64)
    vbase = rbase = 0
    for cid in ids:
        col = part.chunks[cid].components.get(component)
        nrows = part.chunks[cid].num_rows
        row_base[cid] = rbase
        if col is None:
            off_parts.append(np.zeros(nrows + 1, np.int64) + vbase)
            valid_parts.append(np.zeros(nrows, bool))
        else:
            vals = col.values.values if isinstance(col.values, Ragged) else col.values
            if isinstance(col.values, Ragged):  # item offsets → inner value offsets
                offs = np.asarray(col.values.offsets)[col.offsets]
            else:
                offs = np.asarray(col.offsets)
            value_parts.append(vals)
            off_parts.append(offs.astype(np.int64) + vbase)
            valid_parts.append(np.ones(nrows, bool) if col.validity is None else np.asarray(col.validity))
            vbase += len(vals)
        rbase += nrows
    # one flat offsets array per chunk, each with its own end: row r of chunk c is at row_base[c] + c + r
    bump = np.zeros(len(part.chunks), np.int64)
    bump[ids] = np.arange(len(ids))
    flat_off = np.concatenate(off_parts)
    g = row_base[part.chunk_ids] + bump[part.chunk_ids] + part.rows
    starts = flat_off[g]
    lengths = flat_off[g + 1] - starts
    valid = np.concatenate(valid_parts)[row_base[part.chunk_ids] + part.rows] & (lengths > 0)
    values = np.concatenate(value_parts) if len(value_parts) > 1 else (value_parts or [np.zeros(0)])[0]
    return Gathered(values, starts, np.where(valid, lengths, 0), valid)
