"""Time series for the plot views: every ``Scalars`` of an entity over a timeline, decimated per pixel column.

A time-series view draws lines of up to millions of points in a plot a few hundred pixels wide. The kernel
sends, per series, at most four points per pixel column (M4: the first, the lowest, the highest and the last
point of the column), which draws the same picture as all the points, whatever their number.

Per (store, entity, timeline) the series are materialised once as sorted ``(time, value)`` arrays, one pair
per scalar index (``Scalars([a, b])`` is two series), and extended with the rows that arrive later
(:class:`rerun_nb.column_index.IndexTail`). A query is then two binary searches and a few vectorised passes
over the points in the range: ~10 ms for a million points.

Examples
--------
>>> import numpy as np
>>> x = np.arange(1000, dtype=np.int64); y = np.sin(x / 50.0)
>>> idx = m4_indices(x, y, 0, 999, 10)
>>> len(idx) <= 40, int(idx[0]), int(idx[-1])
(True, 0, 999)
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from . import query as q
from .column_index import IndexTail, gather
from .store import GrowableArray

__all__ = [
    "MEASUREMENTS",
    "SCALARS",
    "Series",
    "SeriesReply",
    "column_edges",
    "entity_measurements",
    "entity_series",
    "m4_indices",
    "query_series",
]

SCALARS = "Scalars:scalars"
#: ``Measurements``: values with a variance each, drawn as a line with a ±1 σ band (σ = sqrt(variance))
MEASUREMENTS = "Measurements:values"
VARIANCES = "Measurements:variances"
#: Rerun's ``MarkerShape`` enum (1-based), by the names the wire uses.
MARKERS = ("circle", "diamond", "square", "cross", "plus", "up", "down", "left", "right", "asterisk")


class _EntitySeries:
    """The finite points of every scalar index of one entity on one timeline, sorted by (time, row id).

    For ``Measurements`` also each point's σ (sqrt of its variance; NaN where the row has none or a
    negative / non-finite one: no band there).
    """

    def __init__(self, store: Any, entity: str, timeline: str, component: str = SCALARS) -> None:
        self._tail = IndexTail(store, entity, component, timeline)
        self._store = store
        self._component = component
        self.xs: list[GrowableArray] = []
        self.ys: list[GrowableArray] = []
        self.ss: list[GrowableArray] = []
        self.lock = threading.Lock()

    def update(self) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
        """Read the rows that arrived; ``[(times int64, values float64, sigmas float64), ...]`` per index."""
        with self.lock:
            part = self._tail.read()
            if part.reset:
                self.xs, self.ys, self.ss = [], [], []
            if len(part):
                self._add(part)
            return [(x.view, y.view, s.view) for x, y, s in zip(self.xs, self.ys, self.ss, strict=True)]

    def _add(self, part: Any) -> None:
        g = gather(self._store, self._component, part)
        values = np.asarray(g.values, dtype=np.float64)
        var = gather(self._store, VARIANCES, part) if self._component == MEASUREMENTS else None
        width = int(g.lengths.max()) if len(g.lengths) else 0
        for i in range(width):
            has = g.lengths > i
            y = values[g.starts[has] + i]
            ok = np.isfinite(y)
            if i == len(self.xs):
                self.xs.append(GrowableArray(np.int64))
                self.ys.append(GrowableArray(np.float64))
                self.ss.append(GrowableArray(np.float64))
            self.xs[i].extend(part.times[has][ok])
            self.ys[i].extend(y[ok])
            self.ss[i].extend(_sigmas(var, has, i)[ok])


def _sigmas(var: Any, has: np.ndarray, i: int) -> np.ndarray:
    """σ of index ``i`` of the entries ``has`` (NaN where a row has no usable variance for it)."""
    n = int(has.sum())
    if var is None:
        return np.full(n, np.nan)
    lengths, starts = var.lengths[has], var.starts[has]
    vals = np.asarray(var.values, dtype=np.float64)
    v = np.full(n, np.nan)
    got = lengths > i
    v[got] = vals[starts[got] + i]
    with np.errstate(invalid="ignore"):
        return np.where(np.isfinite(v) & (v >= 0), np.sqrt(np.abs(v)), np.nan)


_caches: weakref.WeakKeyDictionary[Any, dict[tuple[str, str, str], _EntitySeries]] = (
    weakref.WeakKeyDictionary()
)
_caches_lock = threading.Lock()


def _cached(store: Any, entity: str, timeline: str, component: str) -> _EntitySeries:
    with _caches_lock:
        per_store = _caches.setdefault(store, {})
        es = per_store.get((entity, timeline, component))
        if es is None:
            es = per_store[(entity, timeline, component)] = _EntitySeries(store, entity, timeline, component)
    return es


def entity_series(
    store: Any, entity: str, timeline: str, component: str = SCALARS
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Every scalar index of ``entity`` on ``timeline``: ``[(times int64, values float64), ...]``.

    Times are the store's int64, sorted; values are finite (NaN and infinities are gaps, never drawn).
    ``component`` is :data:`SCALARS` or :data:`MEASUREMENTS`. The arrays are views of a cache: do not modify
    them.
    """
    return [(x, y) for x, y, _ in _cached(store, entity, timeline, component).update()]


def entity_measurements(
    store: Any, entity: str, timeline: str
) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Every index of ``entity``'s ``Measurements``: ``[(times, values, sigmas), ...]`` (σ NaN: no band).

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rec = rr.RecordingStream("doc")
    >>> rec.set_time("step", sequence=0); rec.log("p", rr.Measurements([1.0], variances=[4.0]))
    >>> entity_measurements(rec.store, "p", "step")[0][2].tolist()
    [2.0]
    """
    return _cached(store, entity, timeline, MEASUREMENTS).update()


def column_edges(lo: int, hi: int, width: int) -> np.ndarray:
    """The ``width + 1`` int64 edges of the pixel columns over ``[lo, hi]``: column ``k`` holds the times
    ``edges[k] <= t < edges[k + 1]`` (the last one also ``hi``). Exact integer arithmetic.

    Examples
    --------
    >>> column_edges(0, 10, 4).tolist()
    [0, 2, 5, 7, 10]
    """
    span = hi - lo
    return np.array([lo + (k * span) // width for k in range(width + 1)], dtype=np.int64)


def m4_indices(x: np.ndarray, y: np.ndarray, lo: int, hi: int, width: int) -> np.ndarray:
    """Indices (into ``x``) of the M4 decimation of the points with ``lo <= x <= hi`` over ``width`` columns.

    Per non-empty pixel column (:func:`column_edges`): its first point, its lowest (first of equals), its
    highest (first of equals) and its last, in order, without repeats. When the range holds at most
    ``4 * width`` points they are all kept (nothing to gain). ``x`` sorted, ``y`` finite.

    Examples
    --------
    >>> x = np.arange(8); y = np.array([0., 5, -1, 2, 3, 3, 9, 1])
    >>> m4_indices(x, y, 0, 7, 1).tolist()
    [0, 2, 6, 7]
    """
    a = int(np.searchsorted(x, lo, side="left"))
    b = int(np.searchsorted(x, hi, side="right"))
    n = b - a
    if n <= 4 * width:
        return np.arange(a, b, dtype=np.int64)
    xs, ys = x[a:b], y[a:b]
    edges = column_edges(lo, hi, width)
    bnd = np.searchsorted(xs, edges[1:-1], side="left")
    starts = np.concatenate(([0], bnd))
    ends = np.concatenate((bnd, [n]))
    keep = ends > starts
    s, e = starts[keep], ends[keep]
    seg = np.repeat(np.arange(len(s)), e - s)
    pos = np.arange(n)
    lows = np.minimum.reduceat(ys, s)
    highs = np.maximum.reduceat(ys, s)
    imin = np.minimum.reduceat(np.where(ys == lows[seg], pos, n), s)
    imax = np.minimum.reduceat(np.where(ys == highs[seg], pos, n), s)
    return np.unique(np.concatenate((s, imin, imax, e - 1))) + a


@dataclass
class Series:
    """One decimated series: an entity's scalar index, its points in the range and its style."""

    path: str
    index: int
    x: np.ndarray  # int64 store times
    y: np.ndarray  # float64
    name: str
    color: tuple[int, int, int, int]
    kind: str = "line"
    width: float = 1.0
    marker: str = "circle"
    marker_size: float = 3.0
    visible: bool = True
    sigma: np.ndarray | None = None  # float64 σ per point (Measurements; NaN: no band there)
    unit: str | None = None


@dataclass
class SeriesReply:
    """What one ``series`` request gets: the series, the data's span and the values' range in the window."""

    series: list[Series] = field(default_factory=list)
    data_range: tuple[int, int] | None = None
    value_range: tuple[float, float] | None = None


def _pick(batch: Any, i: int) -> Any:
    """The ``i``-th value of a style batch (``None`` when it has none)."""
    if batch is None or len(batch) <= i:
        return None
    return batch[i]


def _style(
    store: Any, path: str, timeline: str, t: int, count: int, arch: str | None = None
) -> list[dict[str, Any]]:
    """Per scalar index, the style of ``SeriesLines`` / ``SeriesPoints`` (or ``arch``: ``Measurements``, which
    carries its own) latest-at ``t`` (else Rerun's defaults)."""
    comps = {k: v[0] for k, v in q.latest_at_entity(store, path, timeline, t).items()}
    points = arch is None and any(k.startswith("SeriesPoints:") for k in comps)
    arch = arch or ("SeriesPoints" if points else "SeriesLines")
    last = path.rsplit("/", 1)[-1] or "/"
    out = []
    for i in range(count):
        color = _pick(comps.get(f"{arch}:colors"), i)
        name = _pick(comps.get(f"{arch}:names"), i)
        vis = _pick(comps.get(f"{arch}:visible_series"), i)
        marker = _pick(comps.get("SeriesPoints:markers"), i)
        if isinstance(marker, (int, np.integer)):
            marker = MARKERS[int(marker) - 1] if 1 <= int(marker) <= len(MARKERS) else None
        width = _pick(comps.get(f"{'SeriesLines' if arch == 'SeriesPoints' else arch}:widths"), i)
        size = _pick(comps.get("SeriesPoints:marker_sizes"), i)
        out.append(
            {
                "name": str(name) if name is not None else (last if count == 1 else f"{last}[{i}]"),
                "color": tuple(int(c) for c in color)
                if color is not None
                else q.default_color(path if i == 0 else f"{path}[{i}]"),
                "kind": "points" if points else "line",
                "width": float(width) if width is not None else 1.0,
                "marker": str(marker).lower() if marker is not None else "circle",
                "marker_size": float(size) if size is not None else 3.0,
                "visible": bool(vis) if vis is not None else True,
            }
        )
    if arch == "Measurements":
        units = comps.get("Measurements:units")
        for i, st in enumerate(out):  # one unit for all, or one per series
            u = _pick(units, i if units is not None and len(units) > 1 else 0)
            st["unit"] = None if u is None else str(u)
    return out


def _sources(store: Any, path: str, timeline: str) -> list[tuple[str | None, list[tuple[Any, Any, Any]]]]:
    """The entity's ``Scalars`` series and its ``Measurements`` series: ``[(style archetype, parts), ...]``."""
    scal = [(x, y, None) for x, y in entity_series(store, path, timeline)]
    return [(None, scal), ("Measurements", entity_measurements(store, path, timeline))]


def query_series(
    store: Any, entities: list[str], timeline: str, start: int | None, end: int | None, width: int
) -> SeriesReply:
    """The series of ``entities`` on ``timeline`` in ``[start, end]`` (store int64; ``None``: the data's
    bound), M4-decimated to at most ``4 * width`` points each.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rec = rr.RecordingStream("doc")
    >>> for i in range(100):
    ...     rec.set_time("step", sequence=i); rec.log("loss", rr.Scalars(1.0 / (i + 1)))
    >>> r = query_series(rec.store, ["loss"], "step", None, None, 10)
    >>> r.data_range, len(r.series[0].x) <= 40, r.series[0].name
    ((0, 99), True, 'loss')
    """
    per = {p: _sources(store, p, timeline) for p in entities}
    xs = [x for srcs in per.values() for _, parts in srcs for x, _, _ in parts if len(x)]
    firsts, lasts = [x[0] for x in xs], [x[-1] for x in xs]
    if not firsts:
        return SeriesReply()
    data_range = (int(min(firsts)), int(max(lasts)))
    lo = data_range[0] if start is None else int(start)
    hi = data_range[1] if end is None else int(end)
    reply = SeriesReply(data_range=data_range)
    vlo, vhi = np.inf, -np.inf
    for path, srcs in per.items():
        for arch, parts in srcs:
            if not parts:
                continue
            styles = _style(store, path, timeline, hi, len(parts), arch)
            for i, (x, y, sig) in enumerate(parts):
                idx = m4_indices(x, y, lo, hi, width) if hi >= lo else np.zeros(0, np.int64)
                s = None if sig is None else sig[idx]
                if len(idx):
                    lo_v, hi_v = y[idx], y[idx]
                    if s is not None:  # the band counts too (σ NaN: none)
                        lo_v, hi_v = np.fmin(lo_v, lo_v - s), np.fmax(hi_v, hi_v + s)
                    vlo, vhi = min(vlo, float(lo_v.min())), max(vhi, float(hi_v.max()))
                reply.series.append(Series(path, i, x[idx], y[idx], sigma=s, **styles[i]))
    if np.isfinite(vlo):
        reply.value_range = (vlo, vhi)
    return reply
