"""The in-kernel columnar chunk store.

Rows arrive one by one (``rr.log``) or as whole columns (``send_columns``, files, the network). Single rows are
buffered per (entity, set of timelines) and sealed into immutable :class:`Chunk` s — columnar numpy arrays that
convert to Arrow without copying. Every sealed chunk is indexed per (entity, component, timeline) in sorted
``(time, row_id)`` order, so latest-at is one ``np.searchsorted``.

The store knows nothing of archetypes, transforms or viewers: it holds batches and answers "which row holds the
value of component C of entity E at time t on timeline T".
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .components import Ragged

__all__ = ["STATIC_TIME", "Chunk", "ChunkStore", "Column", "GrowableArray", "Hit"]

# Static rows sort before every temporal row when compared by (time, row_id).
STATIC_TIME = np.iinfo(np.int64).min
STATIC_TIME_INT = int(STATIC_TIME)

CHUNK_MAX_ROWS = 4096
CHUNK_MAX_BYTES = 4 * 1024 * 1024


@dataclass
class Column:
    """One component of a chunk: row ``i`` holds ``values[offsets[i]:offsets[i+1]]``.

    ``validity[i]`` is False where row ``i`` did not log this component (``None``: every row did). For ragged
    components (line strips) ``values`` is a :class:`Ragged` over all rows' instances.
    """

    offsets: np.ndarray
    values: Any
    validity: np.ndarray | None = None

    def batch(self, row: int) -> Any:
        a, b = int(self.offsets[row]), int(self.offsets[row + 1])
        v = self.values
        if isinstance(v, Ragged):
            lo, hi = int(v.offsets[a]), int(v.offsets[b])
            return Ragged(v.values[lo:hi], v.offsets[a : b + 1] - lo)
        return v[a:b]

    @property
    def nbytes(self) -> int:
        v = self.values
        n = v.values.nbytes + v.offsets.nbytes if isinstance(v, Ragged) else v.nbytes
        return n + self.offsets.nbytes


@dataclass
class Chunk:
    """An immutable block of rows of one entity, sharing one set of timelines.

    Examples
    --------
    >>> import numpy as np
    >>> c = Chunk.from_rows("pts", [1, 2], {"t": [0, 5]}, [{"Points3D:radii": np.ones(1, np.float32)}] * 2)
    >>> c.num_rows, c.components["Points3D:radii"].batch(1).tolist()
    (2, [1.0])
    """

    entity_path: str
    row_ids: np.ndarray
    timelines: dict[str, np.ndarray]
    components: dict[str, Column]
    is_static: bool = False
    timeline_kinds: dict[str, str] = field(default_factory=dict)

    @property
    def num_rows(self) -> int:
        return len(self.row_ids)

    @property
    def nbytes(self) -> int:
        return (
            self.row_ids.nbytes
            + sum(t.nbytes for t in self.timelines.values())
            + sum(c.nbytes for c in self.components.values())
        )

    @staticmethod
    def from_rows(
        entity_path: str,
        row_ids: Iterable[int],
        timelines: dict[str, Iterable[int]],
        batches: list[dict[str, Any]],
        *,
        is_static: bool = False,
        timeline_kinds: dict[str, str] | None = None,
    ) -> Chunk:
        """Build a chunk from per-row component batches (dicts of canonical arrays)."""
        rids = np.asarray(row_ids, dtype=np.int64)
        n = len(rids)
        names: dict[str, None] = {}
        for b in batches:
            for k in b:
                names[k] = None
        comps = {name: _column_from_rows(name, batches, n) for name in names}
        tls = {k: np.asarray(v, dtype=np.int64) for k, v in timelines.items()}
        return Chunk(entity_path, rids, tls, comps, is_static, dict(timeline_kinds or {}))


def _column_from_rows(name: str, batches: list[dict[str, Any]], n: int) -> Column:
    got = [b.get(name) for b in batches]
    validity = None
    if any(g is None for g in got):
        validity = np.fromiter((g is not None for g in got), dtype=bool, count=n)
    present = [g for g in got if g is not None]
    lens = np.fromiter((len(g) if g is not None else 0 for g in got), dtype=np.int64, count=n)
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(lens, out=offsets[1:])
    first = present[0]
    if isinstance(first, Ragged):
        inner_lens = [np.diff(r.offsets) for r in present]
        flat = np.concatenate(inner_lens) if inner_lens else np.zeros(0, np.int64)
        inner = np.zeros(len(flat) + 1, dtype=np.int64)
        np.cumsum(flat, out=inner[1:])
        vals = np.concatenate([r.values for r in present]) if len(present) > 1 else present[0].values
        values: Any = Ragged(vals, inner)
    elif len(present) == 1:
        values = first  # a single big batch: no copy (batches are already private copies)
    else:
        values = np.concatenate(present)
    return Column(offsets, values, validity)


class Hit:
    """Where a latest-at answer lives: (time, row id) and the chunk row holding it."""

    __slots__ = ("chunk", "row", "row_id", "time")

    def __init__(self, time: int, row_id: int, chunk: Chunk, row: int) -> None:
        self.time = time
        self.row_id = row_id
        self.chunk = chunk
        self.row = row

    def batch(self, component: str) -> Any:
        return self.chunk.components[component].batch(self.row)

    def __repr__(self) -> str:
        return (
            f"Hit(time={self.time}, row_id={self.row_id}, entity={self.chunk.entity_path!r}, row={self.row})"
        )


class GrowableArray:
    """A growable 1-D array (amortised O(1) appends of whole arrays); ``view`` is the filled part."""

    __slots__ = ("buf", "n")

    def __init__(self, dtype: Any = np.int64) -> None:
        self.buf = np.empty(16, dtype=dtype)
        self.n = 0

    def extend(self, values: np.ndarray) -> None:
        k = len(values)
        if self.n + k > len(self.buf):
            new = np.empty(max(2 * len(self.buf), self.n + k), dtype=self.buf.dtype)
            new[: self.n] = self.buf[: self.n]
            self.buf = new
        self.buf[self.n : self.n + k] = values
        self.n += k

    @property
    def view(self) -> np.ndarray:
        return self.buf[: self.n]


class _TimeIndex:
    """Sorted-by-(time, row_id) index of the rows holding one component of one entity on one timeline."""

    __slots__ = ("chunk_ids", "row_ids", "rows", "sorted", "times")

    def __init__(self) -> None:
        self.times = GrowableArray()
        self.row_ids = GrowableArray()
        self.chunk_ids = GrowableArray(np.int32)
        self.rows = GrowableArray(np.int32)
        self.sorted = True

    def add(self, times: np.ndarray, row_ids: np.ndarray, chunk_id: int, rows: np.ndarray) -> None:
        if len(times) == 0:
            return
        if self.sorted:
            if self.times.n:
                lt, lr = self.times.buf[self.times.n - 1], self.row_ids.buf[self.row_ids.n - 1]
                if times[0] < lt or (times[0] == lt and row_ids[0] < lr):
                    self.sorted = False
            if self.sorted and len(times) > 1:
                dt = np.diff(times)
                if np.any(dt < 0) or np.any((dt == 0) & (np.diff(row_ids) < 0)):
                    self.sorted = False
        self.times.extend(times)
        self.row_ids.extend(row_ids)
        self.chunk_ids.extend(np.full(len(times), chunk_id, np.int32))
        self.rows.extend(rows)

    def ensure_sorted(self) -> None:
        if self.sorted:
            return
        order = np.lexsort((self.row_ids.view, self.times.view))
        for g in (self.times, self.row_ids, self.chunk_ids, self.rows):
            g.buf[: g.n] = g.view[order]
        self.sorted = True

    def latest_at(self, t: int) -> int:
        """Position of the last entry with time <= t, or -1."""
        if not self.sorted:
            self.ensure_sorted()
        return int(self.times.buf[: self.times.n].searchsorted(t, side="right")) - 1


class _ComponentIndex:
    __slots__ = ("has_values", "static", "timelines")

    def __init__(self) -> None:
        self.static: tuple[int, int, int] | None = None  # (row_id, chunk_id, row)
        self.timelines: dict[str, _TimeIndex] = {}
        # False while every logged batch was empty (e.g. Transform3D fields never set): latest-at is then
        # "no value" whatever the time, and whole-scene queries skip the lookup.
        self.has_values = False


class _Pending:
    __slots__ = ("batches", "nbytes", "row_ids", "static", "timeline_names", "times")

    def __init__(self, timeline_names: tuple[str, ...], static: bool) -> None:
        self.timeline_names = timeline_names
        self.static = static
        self.row_ids: list[int] = []
        self.times: list[tuple[int, ...]] = []
        self.batches: list[dict[str, Any]] = []
        self.nbytes = 0


class ChunkStore:
    """Rows of every entity of one recording, sealed into chunks and indexed for latest-at and range queries.

    Thread-safe: appends and queries take one lock.

    Examples
    --------
    >>> import numpy as np
    >>> s = ChunkStore()
    >>> s.append_row("pts", 1, {"t": 10}, {"Points3D:radii": np.ones(1, np.float32)})
    >>> s.latest_at("pts", "Points3D:radii", "t", 12).time
    10
    """

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self._pending: dict[tuple[str, tuple[str, ...], bool], _Pending] = {}
        self._chunks: list[Chunk] = []
        self._index: dict[tuple[str, str], _ComponentIndex] = {}
        self._entity_components: dict[str, dict[str, None]] = {}
        self.timeline_kinds: dict[str, str] = {}
        self._timeline_range: dict[str, list[int]] = {}
        self._subscribers: list[Callable[[Chunk], None]] = []
        self._has_pending = False
        self._sorted_paths: list[str] | None = None
        self.num_rows = 0
        self.generation = 0  # bumped on every append; viewers use it to notice new data

    # -- writing -----------------------------------------------------------------------------------

    def register_timeline(self, name: str, kind: str) -> str:
        """Fix the kind of timeline ``name`` on first use; returns the kind it has."""
        with self.lock:
            return self.timeline_kinds.setdefault(name, kind)

    def append_row(
        self,
        entity_path: str,
        row_id: int,
        times: dict[str, int],
        batches: dict[str, Any],
        *,
        static: bool = False,
    ) -> None:
        """Buffer one row; it becomes queryable at once (queries seal pending rows first)."""
        key = (entity_path, tuple(times), static)
        nbytes = 0
        for b in batches.values():
            nbytes += b.values.nbytes if isinstance(b, Ragged) else b.nbytes
        with self.lock:
            p = self._pending.get(key)
            if p is None:
                p = self._pending[key] = _Pending(key[1], static)
            p.row_ids.append(row_id)
            p.times.append(tuple(times.values()))
            p.batches.append(batches)
            p.nbytes += nbytes
            self._has_pending = True
            self.num_rows += 1
            self.generation += 1
            if len(p.row_ids) >= CHUNK_MAX_ROWS or p.nbytes >= CHUNK_MAX_BYTES:
                del self._pending[key]
                self._seal(key[0], p)

    def append_chunk(self, chunk: Chunk) -> None:
        """Add a whole chunk (send_columns, files, network) and index it."""
        with self.lock:
            for name, kind in chunk.timeline_kinds.items():
                self.timeline_kinds.setdefault(name, kind)
            self.num_rows += chunk.num_rows
            self.generation += 1
            self._add_chunk(chunk)

    def flush(self) -> None:
        """Seal every pending row into chunks (and hand them to subscribers)."""
        if not self._has_pending:
            return
        with self.lock:
            pending, self._pending = self._pending, {}
            self._has_pending = False
            for key, p in pending.items():
                self._seal(key[0], p)

    def _seal(self, entity_path: str, p: _Pending) -> None:
        n = len(p.row_ids)
        if p.timeline_names:
            tarr = np.array(p.times, dtype=np.int64).reshape(n, len(p.timeline_names))
            timelines = {name: np.ascontiguousarray(tarr[:, i]) for i, name in enumerate(p.timeline_names)}
        else:
            timelines = {}
        kinds = {name: self.timeline_kinds[name] for name in p.timeline_names}
        chunk = Chunk.from_rows(
            entity_path, p.row_ids, timelines, p.batches, is_static=p.static, timeline_kinds=kinds
        )
        self._add_chunk(chunk)

    def _add_chunk(self, chunk: Chunk) -> None:
        chunk_id = len(self._chunks)
        self._chunks.append(chunk)
        ent = chunk.entity_path
        comps = self._entity_components.setdefault(ent, {})
        all_rows = np.arange(chunk.num_rows, dtype=np.int32)
        for name, t in chunk.timelines.items():
            if len(t):
                r = self._timeline_range.get(name)
                lo, hi = int(t.min()), int(t.max())
                if r is None:
                    self._timeline_range[name] = [lo, hi]
                else:
                    r[0], r[1] = min(r[0], lo), max(r[1], hi)
        if not comps:
            self._sorted_paths = None
        for name, col in chunk.components.items():
            comps[name] = None
            ci = self._index.get((ent, name))
            if ci is None:
                ci = self._index[(ent, name)] = _ComponentIndex()
            rows = all_rows if col.validity is None else all_rows[col.validity]
            if len(rows) == 0:
                continue
            if not ci.has_values:
                ci.has_values = bool(np.any(col.offsets[rows + 1] > col.offsets[rows]))
            if chunk.is_static or not chunk.timelines:
                # Static: only the last write counts (highest row id).
                rids = chunk.row_ids[rows]
                k = int(np.argmax(rids))
                cand = (int(rids[k]), chunk_id, int(rows[k]))
                if ci.static is None or cand[0] > ci.static[0]:
                    ci.static = cand
                continue
            for tl, times in chunk.timelines.items():
                ti = ci.timelines.get(tl)
                if ti is None:
                    ti = ci.timelines[tl] = _TimeIndex()
                if col.validity is None:
                    ti.add(times, chunk.row_ids, chunk_id, all_rows)
                else:
                    ti.add(times[rows], chunk.row_ids[rows], chunk_id, rows)
        for cb in list(self._subscribers):
            cb(chunk)

    def subscribe(self, callback: Callable[[Chunk], None], *, replay: bool = True) -> Callable[[], None]:
        """Call ``callback(chunk)`` for every sealed chunk (and, with ``replay``, the ones before).

        Returns a function that unsubscribes. Callbacks run under the store lock: keep them quick.
        """
        with self.lock:
            self.flush()
            if replay:
                for c in self._chunks:
                    callback(c)
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self.lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe

    # -- reading -----------------------------------------------------------------------------------

    def chunks(self) -> list[Chunk]:
        with self.lock:
            self.flush()
            return list(self._chunks)

    def entity_paths(self) -> list[str]:
        with self.lock:
            self.flush()
            return sorted(self._entity_components)

    def components_of(self, entity_path: str) -> list[str]:
        with self.lock:
            self.flush()
            return list(self._entity_components.get(entity_path, ()))

    def timeline_range(self, name: str) -> tuple[int, int] | None:
        with self.lock:
            self.flush()
            r = self._timeline_range.get(name)
            return None if r is None else (r[0], r[1])

    def timeline_times(self, name: str) -> np.ndarray:
        """Sorted distinct times at which any row was logged on timeline ``name``."""
        with self.lock:
            self.flush()
            parts = [c.timelines[name] for c in self._chunks if name in c.timelines]
        if not parts:
            return np.zeros(0, np.int64)
        return np.unique(np.concatenate(parts))

    def latest_at(self, entity_path: str, component: str, timeline: str | None, t: int) -> Hit | None:
        """The row holding ``component`` of ``entity_path`` at time ``t`` on ``timeline``.

        Static data shadows temporal data; rows that have no time on ``timeline`` are invisible; ties at the
        same time go to the row logged last. ``timeline=None`` looks at static data only.
        """
        with self.lock:
            if self._has_pending:
                self.flush()
            return self.latest_at_locked(entity_path, component, timeline, t)

    def latest_at_locked(self, entity_path: str, component: str, timeline: str | None, t: int) -> Hit | None:
        """:meth:`latest_at` for callers that already hold ``self.lock`` and flushed (whole-scene queries)."""
        ci = self._index.get((entity_path, component))
        if ci is None:
            return None
        if ci.static is not None:
            rid, cid, row = ci.static
            return Hit(STATIC_TIME_INT, rid, self._chunks[cid], row)
        if timeline is None:
            return None
        ti = ci.timelines.get(timeline)
        if ti is None:
            return None
        i = ti.latest_at(t)
        if i < 0:
            return None
        return Hit(
            int(ti.times.buf[i]),
            int(ti.row_ids.buf[i]),
            self._chunks[int(ti.chunk_ids.buf[i])],
            int(ti.rows.buf[i]),
        )

    def entity_paths_locked(self) -> list[str]:
        """Sorted entity paths (cached; callers hold the lock and must not modify the list)."""
        if self._sorted_paths is None:
            self._sorted_paths = sorted(self._entity_components)
        return self._sorted_paths

    def components_of_locked(self, entity_path: str) -> Iterable[str]:
        return self._entity_components.get(entity_path, ())

    def components_with_values_locked(self, entity_path: str) -> list[str]:
        """Components of the entity that were ever logged non-empty (others can never have a value)."""
        index = self._index
        return [c for c in self._entity_components.get(entity_path, ()) if index[(entity_path, c)].has_values]

    def has_component_locked(self, entity_path: str, component: str) -> bool:
        return (entity_path, component) in self._index

    def range(self, entity_path: str, component: str, timeline: str, start: int, end: int) -> list[Hit]:
        """Every row holding ``component`` with ``start <= time <= end``, in (time, row id) order.

        Static data, if any, comes first (with time ``STATIC_TIME``).
        """
        with self.lock:
            if self._has_pending:
                self.flush()
            ci = self._index.get((entity_path, component))
            if ci is None:
                return []
            out = []
            if ci.static is not None:
                rid, cid, row = ci.static
                out.append(Hit(STATIC_TIME_INT, rid, self._chunks[cid], row))
            ti = ci.timelines.get(timeline)
            if ti is None:
                return out
            ti.ensure_sorted()
            tv = ti.times.view
            a = int(np.searchsorted(tv, start, side="left"))
            b = int(np.searchsorted(tv, end, side="right"))
            for i in range(a, b):
                out.append(
                    Hit(
                        int(tv[i]),
                        int(ti.row_ids.buf[i]),
                        self._chunks[int(ti.chunk_ids.buf[i])],
                        int(ti.rows.buf[i]),
                    )
                )
            return out
