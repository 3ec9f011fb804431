"""Kernel side of the viewer protocol (docs/protocol.md), free of any widget or kernel.

:class:`ProtocolHandler` turns one front-end message into one reply: ``handle(content, buffers) ->
(reply_content, reply_buffers)``. It answers ``query`` with the latest-at scene of the recording, as a
*delta* against what the asking view already holds, ``release`` by forgetting a view, ``ping`` with
``pong``, and anything else with an ``error`` reply. It never raises.

Delta bookkeeping: for each view the handler keeps, for the last few reply ids it sent, what that reply
left the view holding: per entity path the row id of every component and the local transform. A query
names the reply it was built on (``base``); components whose row id did not change cost nothing, a moved
transform costs 64 bytes, and an unknown base gets a full reply.
"""

from __future__ import annotations

import logging
import math
import numbers
import threading
import time as _time
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .. import query as q
from ..time import TimeError, from_time_int, wire_span_to_int, wire_to_int

__all__ = [
    "MAX_BASES",
    "MAX_PART_BYTES",
    "MAX_VIEWS",
    "MAX_WINDOW_FRAMES",
    "ProtocolHandler",
    "encode_batch",
    "split_reply",
]

log = logging.getLogger("rerun_nb.viewer")

#: How many past replies per view the handler can build a delta against.
MAX_BASES = 8
#: How many views the handler remembers (least recently used first out) when ``release`` never came.
MAX_VIEWS = 64
#: Longest accepted view id.
MAX_VIEW_ID_LEN = 200
#: Most frames one ``window`` reply carries.
MAX_WINDOW_FRAMES = 64
#: Replies whose buffers add up to more than this travel as several ``part`` messages.
MAX_PART_BYTES = 4 * 1024 * 1024

_WIRE_DTYPES = {
    np.dtype("float32"): "float32",
    np.dtype("float64"): "float64",
    np.dtype("uint8"): "uint8",
    np.dtype("uint16"): "uint16",
    np.dtype("uint32"): "uint32",
    np.dtype("int32"): "int32",
    np.dtype("bool"): "bool",
}

_NAN16 = np.full(16, np.nan, dtype="<f4").tobytes()

Reply = tuple[dict[str, Any], list[memoryview]]


class ProtocolError(ValueError):
    """A malformed message; its text is sent back as the error reply's ``message``."""


@dataclass(frozen=True)
class _Held:
    """What a view holds of one entity after applying a reply."""

    comps: Mapping[str, int]  # component -> row id
    transform: bytes | None  # 16 float32, column-major; None = identity / no transform


@dataclass
class _ViewState:
    #: what each of the last few query replies left the view holding
    snapshots: OrderedDict[int, dict[str, _Held]]
    #: the same for the frames of the last two playback windows
    frames: OrderedDict[int, dict[str, _Held]] = field(default_factory=OrderedDict)

    def get(self, rid: int | None) -> dict[str, _Held] | None:
        if rid is None:
            return None
        got = self.snapshots.get(rid)
        return got if got is not None else self.frames.get(rid)


def _is_int(x: object) -> bool:
    return isinstance(x, numbers.Integral) and not isinstance(x, bool)


def _is_number(x: object) -> bool:
    return isinstance(x, numbers.Real) and not isinstance(x, bool)


def _safe_id(content: object) -> int | None:
    if isinstance(content, dict):
        i = content.get("id")
        if _is_int(i):
            return int(i)
    return None


def _safe_view(content: object) -> str | None:
    if isinstance(content, dict):
        v = content.get("view")
        if isinstance(v, str) and 0 < len(v) <= MAX_VIEW_ID_LEN:
            return v
    return None


def _short(x: object, n: int = 60) -> str:
    r = repr(x)
    return r if len(r) <= n else r[: n - 3] + "..."


def _le(a: np.ndarray) -> np.ndarray:
    """``a`` as a little-endian, C-contiguous array."""
    if a.dtype.byteorder == ">" or (a.dtype.byteorder == "=" and not np.little_endian):
        a = a.astype(a.dtype.newbyteorder("<"))
    return np.ascontiguousarray(a)


def _wire_array(a: np.ndarray) -> np.ndarray | None:
    """Cast ``a`` to one of the protocol's dtypes, or ``None`` when it has no numeric form."""
    dt = a.dtype.newbyteorder("=") if a.dtype.byteorder in "<>" else a.dtype
    if dt in _WIRE_DTYPES:
        return _le(a)
    if dt.kind in "iu":
        if a.size == 0 or (a.min() >= np.iinfo(np.int32).min and a.max() <= np.iinfo(np.int32).max):
            return _le(a.astype(np.int32))
        return _le(a.astype(np.float64))
    if dt.kind == "f":
        return _le(a.astype(np.float32 if dt.itemsize < 4 else np.float64))
    return None


def encode_batch(batch: Any, buffers: list[memoryview]) -> dict[str, Any] | None:
    """Encode one component batch as a protocol descriptor, appending its buffers to ``buffers``.

    Parameters
    ----------
    batch:
        A canonical batch: a numpy array (first axis = instances), an object array of ``str``, or a
        ``Ragged``-like object with ``values`` and ``offsets`` (line strips).
    buffers:
        The reply's buffer list; descriptors name buffers by their index in it.

    Returns
    -------
    dict or None
        ``{"buf", "dtype", "shape"}`` (plus ``"offsets"`` for ragged data) or ``{"text": [...]}``;
        ``None`` when the batch cannot be sent (it is then left out of the reply).

    Examples
    --------
    >>> bufs = []
    >>> encode_batch(np.zeros((2, 3), np.float32), bufs)
    {'buf': 0, 'dtype': 'float32', 'shape': [2, 3]}
    >>> encode_batch(np.array(["a", "b"], dtype=object), bufs)
    {'text': ['a', 'b']}
    """
    if hasattr(batch, "values") and hasattr(batch, "offsets") and not isinstance(batch, np.ndarray):
        values = _wire_array(np.asarray(batch.values))
        if values is None:
            return None
        offsets = np.asarray(batch.offsets)
        if offsets.size and (offsets.min() < 0 or offsets.max() > np.iinfo(np.uint32).max):
            return None
        offsets = _le(offsets.astype(np.uint32))
        desc = {"buf": len(buffers), "dtype": _WIRE_DTYPES[values.dtype], "shape": list(values.shape)}
        buffers.append(_mv(values))
        desc["offsets"] = len(buffers)
        buffers.append(_mv(offsets))
        return desc
    a = np.asarray(batch)
    if a.dtype.kind in "OUS":
        flat = a.reshape(-1)
        return {"text": [x.decode("utf-8", "replace") if isinstance(x, bytes) else str(x) for x in flat]}
    w = _wire_array(a)
    if w is None:
        return None
    desc = {"buf": len(buffers), "dtype": _WIRE_DTYPES[w.dtype], "shape": list(w.shape)}
    buffers.append(_mv(w))
    return desc


def _mv(a: np.ndarray) -> memoryview:
    """A flat byte view of a little-endian contiguous array."""
    return memoryview(a).cast("B") if a.size else memoryview(b"")


def _transform_bytes(m: Any) -> bytes | None:
    """Local transform (4,4) row-major → 16 float32 column-major bytes; ``None`` for identity/none."""
    if m is None:
        return None
    m = np.asarray(m, dtype=np.float64).reshape(4, 4)
    return np.asarray(m.T, dtype="<f4").tobytes()  # m.T in C order = m in column-major order


class ProtocolHandler:
    """Answer viewer messages from one recording (docs/protocol.md).

    Parameters
    ----------
    recording:
        The recording shown: a ``RecordingStream`` (anything with a ``store``), whose store is queried at the
        int64 time the message's time converts to (once, :func:`rerun_nb.time.wire_to_int`); or an object with
        ``scene(timeline=..., time=...)`` and ``timelines()`` in the timeline's units (test doubles, adapters;
        playback windows need a store). Or a zero-argument callable returning one (so that a widget can swap
        recordings). May be ``None``: queries are then answered with an error.
    max_bases:
        Replies per view remembered as delta bases.

    Examples
    --------
    >>> h = ProtocolHandler(None)
    >>> h.handle({"type": "ping", "id": 3}, [])
    ({'type': 'pong', 'id': 3}, [])
    >>> h.handle({"type": "nope", "id": 4}, [])[0]["type"]
    'error'
    """

    def __init__(self, recording: Any = None, *, max_bases: int = MAX_BASES) -> None:
        self._recording = recording
        self._max_bases = max_bases
        self._views: OrderedDict[str, _ViewState] = OrderedDict()
        self._lock = threading.RLock()
        #: Bytes of buffers in the last scene reply (for benchmarks and tests).
        self.last_reply_nbytes = 0
        #: CPU seconds the last query or window took to answer (the live pusher paces itself on it; CPU,
        #: not wall time, since waiting for the GIL of a busy logging thread costs that thread nothing).
        self.last_query_s = 0.0
        self._times_cache: tuple[Any, str, int, np.ndarray] | None = None

    # -- state ---------------------------------------------------------------------------------------

    @property
    def recording(self) -> Any:
        """The recording queried (resolving a callable source)."""
        r = self._recording
        return r() if callable(r) and not hasattr(r, "scene") else r

    @recording.setter
    def recording(self, value: Any) -> None:
        with self._lock:
            self._recording = value
            self._views.clear()

    def views(self) -> list[str]:
        """Ids of the views whose state is held."""
        with self._lock:
            return list(self._views)

    def reset(self) -> None:
        """Forget every view (their next query gets a full reply)."""
        with self._lock:
            self._views.clear()

    # -- entry point ---------------------------------------------------------------------------------

    def handle(self, content: Any, buffers: Any = None) -> Reply:
        """Answer one message; never raises.

        Parameters
        ----------
        content:
            The message's JSON content (a dict with ``type``).
        buffers:
            Its binary buffers (unused by v1 requests).

        Returns
        -------
        (dict, list[memoryview])
            The reply content and buffers. ``({}, [])`` for messages that need no reply (``release``).
        """
        try:
            if not isinstance(content, dict):
                raise ProtocolError(f"message must be a JSON object, got {type(content).__name__}")
            kind = content.get("type")
            if kind == "query":
                t0 = _time.thread_time()
                try:
                    return self._query(content)
                finally:
                    self.last_query_s = _time.thread_time() - t0
            if kind == "window":
                t0 = _time.thread_time()
                try:
                    return self._window(content)
                finally:
                    self.last_query_s = _time.thread_time() - t0
            if kind == "release":
                return self._release(content)
            if kind == "ping":
                return {"type": "pong", "id": self._id(content, "ping")}, []
            if not isinstance(kind, str):
                raise ProtocolError(f"'type' must be a string, got {_short(kind)}")
            raise ProtocolError(
                f"unknown message type {_short(kind)} (expected query, window, release or ping)"
            )
        except ProtocolError as e:
            return {
                "type": "error",
                "id": _safe_id(content),
                "view": _safe_view(content),
                "message": str(e),
            }, []
        except Exception as e:  # a bug in the query or the encoder: answer, log, carry on
            log.exception("rerun_nb viewer: error while answering %s", _short(content, 200))
            return {
                "type": "error",
                "id": _safe_id(content),
                "view": _safe_view(content),
                "message": f"internal error: {type(e).__name__}: {e}",
            }, []

    # -- messages ------------------------------------------------------------------------------------

    @staticmethod
    def _id(content: dict, kind: str) -> int:
        i = content.get("id")
        if not _is_int(i):
            raise ProtocolError(f"{kind}: 'id' must be an integer, got {_short(i)}")
        return int(i)

    @staticmethod
    def _view(content: dict, kind: str) -> str:
        v = content.get("view")
        if not isinstance(v, str) or not v:
            raise ProtocolError(f"{kind}: 'view' must be a non-empty string, got {_short(v)}")
        if len(v) > MAX_VIEW_ID_LEN:
            raise ProtocolError(f"{kind}: 'view' is longer than {MAX_VIEW_ID_LEN} characters")
        return v

    def _release(self, content: dict) -> Reply:
        view = self._view(content, "release")
        with self._lock:
            self._views.pop(view, None)
        return {}, []

    @staticmethod
    def _known_timelines(rec: Any) -> dict[str, str]:
        """``{name: kind}`` of the timelines that hold data."""
        store = getattr(rec, "store", None)
        if store is not None:
            kinds = dict(store.timeline_kinds)
            return {n: k for n, k in kinds.items() if store.timeline_range(n) is not None}
        return {n: v[0] for n, v in rec.timelines().items()}

    def _timeline_arg(self, rec: Any, timeline: Any, kind: str) -> tuple[str | None, str | None]:
        """Validate ``timeline``; returns ``(name or None, its kind or None)``."""
        if timeline is not None and not isinstance(timeline, str):
            raise ProtocolError(f"{kind}: 'timeline' must be a string or null, got {_short(timeline)}")
        if not timeline:
            return None, None
        known = self._known_timelines(rec)
        if timeline not in known:
            names = ", ".join(sorted(known)) or "none"
            raise ProtocolError(f"{kind}: unknown 'timeline' {_short(timeline)} (known: {names})")
        return timeline, known[timeline]

    @staticmethod
    def _scene(rec: Any, timeline: str | None, kind: str | None, t: int | float) -> Any:
        """The scene at the wire time ``t``: converted once to the store's int64 and queried there."""
        store = getattr(rec, "store", None)
        if store is None:  # an object that speaks the timeline's units itself
            return rec.scene(timeline=timeline, time=t)
        if timeline is None or kind is None:
            return q.scene(store, None, 0, None)
        try:
            ti = wire_to_int(kind, t, widen=True)
        except TimeError as e:
            raise ProtocolError(f"query: {e.problem.text()}") from None
        return q.scene(store, timeline, ti, t)

    @staticmethod
    def _number(content: dict, key: str, kind: str) -> int | float:
        t = content.get(key)
        if not _is_number(t):
            raise ProtocolError(f"{kind}: {key!r} must be a number, got {_short(t)}")
        t = float(t) if not _is_int(t) else int(t)
        if isinstance(t, float) and not math.isfinite(t):
            raise ProtocolError(f"{kind}: {key!r} must be finite, got {t}")
        return t

    @staticmethod
    def _base(content: dict, kind: str) -> int | None:
        base = content.get("base")
        if base is not None and not _is_int(base):
            raise ProtocolError(f"{kind}: 'base' must be an integer or null, got {_short(base)}")
        return base

    def _state(self, view: str) -> _ViewState:
        """The view's state (created on first use); call with the lock held."""
        state = self._views.get(view)
        if state is None:
            state = self._views[view] = _ViewState(OrderedDict())
            while len(self._views) > MAX_VIEWS:
                self._views.popitem(last=False)
        self._views.move_to_end(view)
        return state

    def _remember(self, state: _ViewState, rid: int, snapshot: dict[str, _Held], frame: bool = False) -> None:
        d, cap = (state.frames, 2 * MAX_WINDOW_FRAMES) if frame else (state.snapshots, self._max_bases)
        d[rid] = snapshot
        d.move_to_end(rid)
        while len(d) > cap:
            d.popitem(last=False)

    def _query(self, content: dict) -> Reply:
        qid = self._id(content, "query")
        view = self._view(content, "query")
        base = self._base(content, "query")
        t = self._number(content, "time", "query")
        rec = self.recording
        if rec is None:
            raise ProtocolError("query: the viewer has no recording")
        timeline, kind = self._timeline_arg(rec, content.get("timeline"), "query")
        if kind == "sequence":
            t = math.floor(t)

        scene = self._scene(rec, timeline, kind, t)
        bufs: list[memoryview] = []
        with self._lock:
            state = self._state(view)
            held = state.get(base)
            reply, snapshot = self._encode(scene, held, bufs)
            reply.update(id=qid, view=view, timeline=timeline or "", time=content.get("time"))
            reply["base"] = None if held is None else base
            self._remember(state, qid, snapshot)
        self.last_reply_nbytes = sum(b.nbytes for b in bufs)
        return reply, bufs

    def _data_times(self, rec: Any, timeline: str) -> np.ndarray:
        """Sorted distinct int64 store times with data on ``timeline`` (cached per store generation)."""
        store = getattr(rec, "store", None)
        gen = getattr(store, "generation", None)
        c = self._times_cache
        if c is not None and c[0] is rec and c[1] == timeline and gen is not None and c[2] == gen:
            return c[3]
        if store is not None and hasattr(store, "timeline_times"):
            times = np.asarray(store.timeline_times(timeline), dtype=np.int64)
        else:
            raise ProtocolError("window: this recording cannot list its data times")
        self._times_cache = (rec, timeline, gen, times)
        return times

    def _window(self, content: dict) -> Reply:
        """Frames for playback: one scene delta per data time in [start, end], each against the one before.

        Frame ``k`` of a window with id ``i`` gets id ``i + k``: the view may then name any frame as its
        base, whatever frame playback stopped on.
        """
        wid = self._id(content, "window")
        view = self._view(content, "window")
        base = self._base(content, "window")
        start = self._number(content, "start", "window")
        end = self._number(content, "end", "window")
        excl = content.get("start_exclusive", False)
        if not isinstance(excl, bool):
            raise ProtocolError(f"window: 'start_exclusive' must be a boolean, got {_short(excl)}")
        mf = content.get("max_frames", MAX_WINDOW_FRAMES)
        if not _is_int(mf) or mf < 1:
            raise ProtocolError(f"window: 'max_frames' must be a positive integer, got {_short(mf)}")
        mf = min(int(mf), MAX_WINDOW_FRAMES)
        step = content.get("min_step", 0)
        if not _is_number(step) or not math.isfinite(float(step)) or step < 0:
            raise ProtocolError(f"window: 'min_step' must be a number >= 0, got {_short(step)}")
        rec = self.recording
        if rec is None:
            raise ProtocolError("window: the viewer has no recording")
        timeline, kind = self._timeline_arg(rec, content.get("timeline"), "window")
        if timeline is None:
            raise ProtocolError("window: needs a 'timeline'")

        times = self._data_times(rec, timeline)
        lo_i = wire_to_int(kind, start, widen=False)
        hi_i = wire_to_int(kind, end, widen=False)
        a = int(np.searchsorted(times, lo_i, side="right" if excl else "left"))
        b = int(np.searchsorted(times, hi_i, side="right"))
        picked: list[int] = []
        step_i = wire_span_to_int(kind, step)
        for i in range(a, b):
            t = int(times[i])
            if picked and t - picked[-1] < step_i:
                continue
            picked.append(t)
            if len(picked) >= mf:
                break
        complete = len(picked) < mf or (b > a and picked[-1] >= int(times[b - 1]))

        bufs: list[memoryview] = []
        frames: list[dict[str, Any]] = []
        with self._lock:
            state = self._state(view)
            held = state.get(base)
            prev_id = base if held is not None else None
        store = rec.store  # _data_times made sure there is one
        for k, ti in enumerate(picked):
            t_user = from_time_int(kind, ti)
            scene = q.scene(store, timeline, ti, t_user)  # at the store's own time: no conversion on the way
            frame, snapshot = self._encode(scene, held, bufs)
            fid = wid + k
            frame.update(id=fid, base=prev_id, time=t_user)
            frames.append(frame)
            with self._lock:
                self._remember(self._state(view), fid, snapshot, frame=True)
            held, prev_id = snapshot, fid
        reply = {
            "type": "frames",
            "id": wid,
            "view": view,
            "timeline": timeline,
            "start": content.get("start"),
            "end": content.get("end"),
            "complete": bool(complete),
            "frames": frames,
        }
        self.last_reply_nbytes = sum(b.nbytes for b in bufs)
        return reply, bufs

    # -- encoding ------------------------------------------------------------------------------------

    def _encode(
        self, scene: Any, held: dict[str, _Held] | None, bufs: list[memoryview]
    ) -> tuple[dict[str, Any], dict[str, _Held]]:
        full = held is None
        old = held or {}
        entities: list[dict[str, Any]] = []
        tpaths: list[str] = []
        tvals: list[bytes] = []
        snapshot: dict[str, _Held] = {}

        for path, ev in scene.entities.items():
            prev = old.get(path)
            row_ids = ev.row_ids
            comps: dict[str, Any] = {}
            now: dict[str, int] = {}
            for name, batch in ev.components.items():  # drawable only: transforms travel in ``transforms``
                rid = int(row_ids.get(name, -1))
                if prev is not None and prev.comps.get(name) == rid and rid != -1:
                    now[name] = rid
                    continue
                desc = encode_batch(batch, bufs)
                if desc is None:
                    log.warning("rerun_nb viewer: %s %s: cannot encode %s", path, name, type(batch).__name__)
                    continue
                comps[name] = desc
                now[name] = rid
            if prev is not None:
                for name in prev.comps:
                    if name not in now:
                        comps[name] = None
            tf = _transform_bytes(ev.local_transform)
            if tf != (prev.transform if prev else None):
                tpaths.append(path)
                tvals.append(tf if tf is not None else _NAN16)
            if prev is None:  # new to the view: with its default colour
                entities.append({"path": path, "color": [int(c) for c in ev.default_color], "comps": comps})
            elif comps:
                entities.append({"path": path, "comps": comps})
            snapshot[path] = _Held(now, tf)

        removed = sorted(p for p in old if p not in snapshot)
        reply: dict[str, Any] = {"type": "scene", "full": full}
        b = scene.bounds()
        reply["bounds"] = None if b is None else [float(x) for x in (*b[0], *b[1])]
        reply["transforms"] = {"paths": tpaths, "buf": None}
        if tpaths:
            reply["transforms"]["buf"] = len(bufs)
            bufs.append(memoryview(b"".join(tvals)))
        reply["entities"] = entities
        reply["removed"] = removed
        return reply, snapshot


def split_reply(
    content: dict[str, Any], buffers: list[memoryview], max_bytes: int = MAX_PART_BYTES
) -> list[tuple[dict[str, Any], list[memoryview]]]:
    """Split a reply whose buffers exceed ``max_bytes`` into ``part`` messages (docs/protocol.md).

    The buffers are cut, end to end, into slices of at most ``max_bytes``; part 0 carries the reply's
    content and the buffers' sizes, so that the front end can put the bytes back together.

    Examples
    --------
    >>> parts = split_reply({"type": "scene", "id": 1, "view": "v"}, [memoryview(bytes(10))], 4)
    >>> [(p["part"], p["parts"], len(b[0])) for p, b in parts]
    [(0, 3, 4), (1, 3, 4), (2, 3, 2)]
    """
    sizes = [b.nbytes for b in buffers]
    total = sum(sizes)
    if total <= max_bytes:
        return [(content, buffers)]
    flat = [memoryview(b).cast("B") if b.nbytes else memoryview(b"") for b in buffers]
    n = -(-total // max_bytes)
    out: list[tuple[dict[str, Any], list[memoryview]]] = []
    bi, off = 0, 0
    for k in range(n):
        want = min(max_bytes, total - k * max_bytes)
        pieces: list[memoryview] = []
        while want > 0:
            b = flat[bi]
            take = min(want, len(b) - off)
            if take > 0:
                pieces.append(b[off : off + take])
            off += take
            want -= take
            if off >= len(b):
                bi, off = bi + 1, 0
        data = pieces[0] if len(pieces) == 1 else memoryview(b"".join(pieces))
        head: dict[str, Any] = {
            "type": "part",
            "id": content.get("id"),
            "view": content.get("view"),
            "part": k,
            "parts": n,
            "nbytes": total,
        }
        if k == 0:
            head["reply"] = content
            head["sizes"] = sizes
        out.append((head, [data]))
    return out
