"""Kernel side of the viewer protocol (docs/protocol.md), free of any widget or kernel.

:class:`ProtocolHandler` turns one front-end message into one reply: ``handle(content, buffers) ->
(reply_content, reply_buffers)``. It answers ``query`` with the latest-at scene of the recording, as a
*delta* against what the asking view already holds, ``window`` with playback frames, ``release`` by
forgetting a view, ``ping`` with ``pong``, and anything else with an ``error`` reply and one log line. It
never raises: every message is checked (:mod:`.checks`) before any field is read, and a failure while
answering is an error reply too.

Delta bookkeeping (what each view holds after each reply, bounded in bytes) lives in :mod:`.held`; the wire
form of arrays in :mod:`.wire`.
"""

from __future__ import annotations

import logging
import math
import threading
import time as _time
from collections import OrderedDict
from typing import Any

import numpy as np

from .. import query as q
from ..archetypes.registry import archetype_of, component_kind
from ..components._normalise import Ragged
from ..time import from_time_int, wire_span_to_int
from .checks import (
    MAX_VIEW_ID_LEN,
    LogGate,
    ProtocolError,
    check_message,
    is_int,
    is_number,
    read_base,
    read_id,
    read_number,
    read_store_time,
    read_view,
    safe_id,
    safe_view,
    short,
)
from .held import MAX_BOOKKEEPING_BYTES, Snapshot, SnapshotBuilder, ViewBook, tf_hash
from .image_codec import check_transport, held_same, jpeg_image, lossy_rid
from .views import V2_KINDS, Spaces, read_space
from .wire import MAX_PART_BYTES, NAN16, encode_batch, split_reply, transform_bytes

__all__ = [
    "MAX_BASES",
    "MAX_BOOKKEEPING_BYTES",
    "MAX_PART_BYTES",
    "MAX_VIEWS",
    "MAX_VIEW_ID_LEN",
    "MAX_WINDOW_FRAMES",
    "ProtocolError",
    "ProtocolHandler",
    "encode_batch",
    "split_reply",
]

log = logging.getLogger("rerun_nb.viewer")

#: How many past replies per view the handler can build a delta against.
MAX_BASES = 8
#: How many views the handler remembers (least recently used first out) when ``release`` never came.
MAX_VIEWS = 64
#: Most frames one ``window`` reply carries.
MAX_WINDOW_FRAMES = 64

Reply = tuple[dict[str, Any], list[memoryview]]


def _error(content: Any, message: str) -> Reply:
    return {"type": "error", "id": safe_id(content), "view": safe_view(content), "message": message}, []


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
    max_views:
        Views remembered (least recently used first out).
    max_bytes:
        Bytes of delta bookkeeping, all views together (:class:`rerun_nb.viewer.held.ViewBook`).
    image_transport:
        How large images travel (:mod:`rerun_nb.viewer.image_codec`): ``"auto"`` (JPEG for large uint8
        grey/RGB images in playback windows and queries without ``exact``), ``"jpeg"``, or ``"raw"``.

    Examples
    --------
    >>> h = ProtocolHandler(None)
    >>> h.handle({"type": "ping", "id": 3}, [])
    ({'type': 'pong', 'id': 3}, [])
    >>> h.handle({"type": "nope", "id": 4}, [])[0]["type"]
    'error'
    """

    def __init__(
        self,
        recording: Any = None,
        *,
        max_bases: int = MAX_BASES,
        max_views: int = MAX_VIEWS,
        max_bytes: int = MAX_BOOKKEEPING_BYTES,
        layout: Any = None,
        image_transport: str = "auto",
    ) -> None:
        self._recording = recording
        self.image_transport = image_transport
        #: The layout's views (docs/protocol.md, "Views (v2)"): ``layout`` is the layout JSON or a callable.
        self.spaces = Spaces(layout)
        self._push_ids = 0
        self._book = ViewBook(
            max_views=max_views, max_bases=max_bases, max_frames=2 * MAX_WINDOW_FRAMES, max_bytes=max_bytes
        )
        self._open: OrderedDict[str, None] = OrderedDict()  # views seen and not released
        self._max_views = max_views
        self._lock = threading.RLock()
        self._gate = LogGate(log)
        #: Bytes of buffers in the last scene reply (for benchmarks and tests).
        self.last_reply_nbytes = 0
        #: CPU seconds the last query or window took to answer (the live pusher paces itself on it; CPU,
        #: not wall time, since waiting for the GIL of a busy logging thread costs that thread nothing).
        self.last_query_s = 0.0
        self._times_cache: tuple[Any, str, int, np.ndarray] | None = None

    # -- state ---------------------------------------------------------------------------------------

    @property
    def image_transport(self) -> str:
        """How large images travel: ``"auto"``, ``"jpeg"`` or ``"raw"`` (:mod:`.image_codec`)."""
        return self._transport

    @image_transport.setter
    def image_transport(self, value: str) -> None:
        self._transport = check_transport(value)

    def _lossy(self) -> str | None:
        """The transport a lossy-allowed reply uses (``None`` under ``raw``: a picture held lossy is sent again)."""
        return None if self._transport == "raw" else self._transport

    @property
    def recording(self) -> Any:
        """The recording queried (resolving a callable source)."""
        r = self._recording
        return r() if callable(r) and not hasattr(r, "scene") else r

    @recording.setter
    def recording(self, value: Any) -> None:
        with self._lock:
            self._recording = value
            self._book.clear()

    def views(self) -> list[str]:
        """Ids of the views that asked something and were not released (at most ``max_views``)."""
        with self._lock:
            return list(self._open)

    @property
    def bookkeeping_bytes(self) -> int:
        """Bytes the delta bookkeeping holds now (an estimate that errs high)."""
        return self._book.nbytes

    def reset(self) -> None:
        """Forget what every view holds (their next query gets a full reply)."""
        with self._lock:
            self._book.clear()

    def release_all(self) -> None:
        """Forget every view, as if each had sent ``release`` (the widget's comm closed)."""
        with self._lock:
            self._book.clear()
            self._open.clear()

    # -- entry point ---------------------------------------------------------------------------------

    def handle(self, content: Any, buffers: Any = None) -> Reply:
        """Answer one message; never raises.

        Parameters
        ----------
        content:
            The message's JSON content (a dict with ``type``), as the page sent it: untrusted.
        buffers:
            Its binary buffers (v1 requests carry none; ignored).

        Returns
        -------
        (dict, list[memoryview])
            The reply content and buffers. ``({}, [])`` for messages that need no reply (``release``).
            A malformed message gets ``{"type": "error", "id", "view", "message"}`` and one log line.
        """
        try:
            return self._dispatch(check_message(content))
        except ProtocolError as e:
            if self._gate.open():
                log.warning("rerun_nb viewer: refused a message from the page: %s", e)
            return _error(content, str(e))
        except Exception as e:  # a bug in the query or the encoder: answer, log one line, carry on
            text = " ".join(f"{type(e).__name__}: {e}".split())[:300]
            if self._gate.open():
                kind = content.get("type") if isinstance(content, dict) else None
                log.error(
                    "rerun_nb viewer: internal error while answering %s (id %s, view %s): %s",
                    short(kind, 20),
                    safe_id(content),
                    short(safe_view(content)),
                    text,
                )
            log.debug("rerun_nb viewer: traceback of that error", exc_info=True)
            return _error(content, f"internal error: {text}")

    def _dispatch(self, content: dict[str, Any]) -> Reply:
        kind = content.get("type")
        if kind in ("query", "window"):
            t0 = _time.thread_time()
            try:
                return self._query(content) if kind == "query" else self._window(content)
            finally:
                self.last_query_s = _time.thread_time() - t0
        if kind == "release":
            return self._release(content)
        if kind in V2_KINDS:
            return self.spaces.handle(kind, self.recording, content)
        if kind == "ping":
            return {"type": "pong", "id": read_id(content, "ping")}, []
        if not isinstance(kind, str):
            raise ProtocolError(f"'type' must be a string, got {short(kind)}")
        raise ProtocolError(
            f"unknown message type {short(kind)} (expected query, window, release, ping, series, text_log, inspect or save)"
        )

    # -- messages ------------------------------------------------------------------------------------

    def _release(self, content: dict[str, Any]) -> Reply:
        view = read_view(content, "release")
        with self._lock:
            self._book.release(view)
            self._open.pop(view, None)
        return {}, []

    def _seen(self, view: str) -> None:
        """``view`` asked something: it is open (call with the lock held)."""
        self._open[view] = None
        self._open.move_to_end(view)
        while len(self._open) > self._max_views:
            self._open.popitem(last=False)

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
            raise ProtocolError(f"{kind}: 'timeline' must be a string or null, got {short(timeline)}")
        if not timeline:
            return None, None
        known = self._known_timelines(rec)
        if timeline not in known:
            names = sorted(known)
            listed = ", ".join(short(n, 40) for n in names[:20]) + (", ..." if len(names) > 20 else "")
            raise ProtocolError(f"{kind}: unknown 'timeline' {short(timeline)} (known: {listed or 'none'})")
        return timeline, known[timeline]

    @staticmethod
    def _scene(rec: Any, timeline: str | None, kind: str | None, t: int | float) -> Any:
        """The scene at the wire time ``t``: converted once to the store's int64 and queried there."""
        store = getattr(rec, "store", None)
        if store is None:  # an object that speaks the timeline's units itself
            return rec.scene(timeline=timeline, time=t)
        if timeline is None or kind is None:
            return q.scene(store, None, 0, None)
        ti = read_store_time(kind, t, widen=True, key="time", msg="query")
        return q.scene(store, timeline, ti, t)

    def _query(self, content: dict[str, Any]) -> Reply:
        qid = read_id(content, "query")
        view = read_view(content, "query")
        base = read_base(content, "query")
        t = read_number(content, "time", "query")
        rec = self.recording
        if rec is None:
            raise ProtocolError("query: the viewer has no recording")
        timeline, kind = self._timeline_arg(rec, content.get("timeline"), "query")
        if kind == "sequence":
            t = math.floor(t)
        space = read_space(content, "query")
        exact = content.get("exact", False)
        if not isinstance(exact, bool):
            raise ProtocolError(f"query: 'exact' must be a boolean, got {short(exact)}")
        lossy = None if exact else self._lossy()

        if space is None:
            scene = self._scene(rec, timeline, kind, t)
        else:
            ti = 0 if kind is None else read_store_time(kind, t, widen=True, key="time", msg="query")
            scene = self.spaces.scene(space, rec.store, timeline, ti, t if kind else None)
        bufs: list[memoryview] = []
        with self._lock:
            self._seen(view)
            held = self._book.get(view, base)
            reply, snapshot = self._encode(scene, held, bufs, lossy)
            reply.update(id=qid, view=view, timeline=timeline or "", time=content.get("time"))
            reply["base"] = None if held is None else base
            self._book.remember(view, qid, snapshot)
            self.spaces.sent(view, qid, space)
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

    @staticmethod
    def _window_bytes(content: dict[str, Any]) -> int | None:
        """``max_bytes``: the most bytes the window's frames may hold once decoded (``None``: no limit)."""
        mb = content.get("max_bytes")
        if mb is None:
            return None
        if not is_int(mb) or mb < 1:
            raise ProtocolError(f"window: 'max_bytes' must be a positive integer, got {short(mb)}")
        return int(mb)

    @staticmethod
    def _window_args(content: dict[str, Any]) -> tuple[bool, int, int | float]:
        """``start_exclusive``, ``max_frames`` (clamped to :data:`MAX_WINDOW_FRAMES`), ``min_step``."""
        excl = content.get("start_exclusive", False)
        if not isinstance(excl, bool):
            raise ProtocolError(f"window: 'start_exclusive' must be a boolean, got {short(excl)}")
        mf = content.get("max_frames", MAX_WINDOW_FRAMES)
        if not is_int(mf) or mf < 1:
            raise ProtocolError(f"window: 'max_frames' must be a positive integer, got {short(mf)}")
        step = content.get("min_step", 0)
        if not is_number(step) or not math.isfinite(float(step)) or step < 0:
            raise ProtocolError(f"window: 'min_step' must be a finite number >= 0, got {short(step)}")
        return excl, min(int(mf), MAX_WINDOW_FRAMES), step

    @staticmethod
    def _pick(
        times: np.ndarray, lo: int, hi: int, excl: bool, step: float, most: int
    ) -> tuple[list[int], bool]:
        """Data times in ``[lo, hi]`` (``(lo, hi]``), ``step`` apart, at most ``most``; and whether that was all.

        Each pick is one binary search: the cost is ``most`` steps however many times the window spans.
        """
        a = int(np.searchsorted(times, lo, side="right" if excl else "left"))
        b = int(np.searchsorted(times, hi, side="right"))
        picked: list[int] = []
        while a < b and len(picked) < most:
            t = int(times[a])
            picked.append(t)
            if step <= 0:
                a += 1
                continue
            nxt = t + step
            if nxt > hi:  # nothing more in the window (also when ``step`` is huge or infinite)
                break
            a = max(a + 1, int(np.searchsorted(times, math.ceil(nxt), side="left")))
        return picked, len(picked) < most or picked[-1] >= int(times[b - 1])

    def _window(self, content: dict[str, Any]) -> Reply:
        """Frames for playback: one scene delta per data time in [start, end], each against the one before.

        Frame ``k`` of a window with id ``i`` gets id ``i + k``: the view may then name any frame as its
        base, whatever frame playback stopped on.
        """
        wid = read_id(content, "window")
        view = read_view(content, "window")
        base = read_base(content, "window")
        start = read_number(content, "start", "window")
        end = read_number(content, "end", "window")
        excl, mf, step = self._window_args(content)
        max_bytes = self._window_bytes(content)
        space = read_space(content, "window")
        if wid + mf > 2**53 - 1:
            raise ProtocolError("window: 'id' leaves no room for its frames' ids")
        rec = self.recording
        if rec is None:
            raise ProtocolError("window: the viewer has no recording")
        timeline, kind = self._timeline_arg(rec, content.get("timeline"), "window")
        if timeline is None or kind is None:
            raise ProtocolError("window: needs a 'timeline'")

        times = self._data_times(rec, timeline)
        lo = read_store_time(kind, start, widen=False, key="start", msg="window")
        hi = read_store_time(kind, end, widen=False, key="end", msg="window")
        picked, complete = self._pick(times, lo, hi, excl, wire_span_to_int(kind, step), mf)

        bufs: list[memoryview] = []
        frames: list[dict[str, Any]] = []
        with self._lock:
            self._seen(view)
            held = self._book.get(view, base)
            prev_id = base if held is not None else None
        store = rec.store  # _data_times made sure there is one
        held_bytes = 0
        for k, ti in enumerate(picked):
            t_user = from_time_int(kind, ti)
            # at the store's own time: no conversion on the way
            scene = (
                q.scene(store, timeline, ti, t_user)
                if space is None
                else self.spaces.scene(space, store, timeline, ti, t_user)
            )
            n0 = len(bufs)
            frame, snapshot = self._encode(scene, held, bufs, self._lossy())
            held_bytes += decoded_bytes(frame, bufs, n0)
            if k and max_bytes is not None and held_bytes > max_bytes:
                del bufs[n0:]  # over the page's budget: the next window starts at this frame
                complete = False
                break
            fid = wid + k
            frame.update(id=fid, base=prev_id, time=t_user)
            frames.append(frame)
            with self._lock:
                self._book.remember(view, fid, snapshot, frame=True)
                self.spaces.sent(view, fid, space)
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

    # -- pushed scenes (Python drives the view) -----------------------------------------------------

    def push(self, timeline: str | None, time: float) -> list[Reply]:
        """Scene deltas for every open view at ``time`` on ``timeline``, sent without waiting for a query
        (docs/protocol.md, "Pushed scenes"); never raises.

        Each is a delta against the last scene reply the view was sent (``base``), under a new negative id
        (``id_as``) that later queries may name as their base. Views that never got a scene (series, text
        logs) and views whose base is forgotten are skipped: they query as usual.
        """
        try:
            return self._push(timeline, time)
        except ProtocolError:
            return []
        except Exception as e:  # never break the Python code that set the time
            if self._gate.open():
                log.error(
                    "rerun_nb viewer: pushing scenes failed: %s: %s", type(e).__name__, short(str(e), 200)
                )
            return []

    def _push(self, timeline: str | None, time: float) -> list[Reply]:
        rec = self.recording
        if rec is None or getattr(rec, "store", None) is None:
            return []
        tl, kind = self._timeline_arg(rec, timeline or None, "push")
        t = math.floor(time) if kind == "sequence" else time
        ti = 0 if kind is None else read_store_time(kind, t, widen=True, key="time", msg="push")
        views = self.views()
        self.spaces.keep_only(views)
        out: list[Reply] = []
        for view in views:
            last = self.spaces.last(view)
            if last is None:
                continue
            base, space = last
            try:
                scene = self.spaces.scene(space, rec.store, tl, ti, t if kind else None)
            except ProtocolError:  # its space left the layout
                continue
            bufs: list[memoryview] = []
            with self._lock:
                held = self._book.get(view, base)
                if held is None:
                    continue
                self._push_ids -= 1
                pid = self._push_ids
                reply, snapshot = self._encode(scene, held, bufs)
                reply.update(
                    id=None, push=True, id_as=pid, base=base, view=view, timeline=tl or "", time=time
                )
                self._book.remember(view, pid, snapshot)
                self.spaces.sent(view, pid, space)
            out.append((reply, bufs))
        return out

    # -- encoding ------------------------------------------------------------------------------------

    @staticmethod
    def _encode(
        scene: Any, held: Snapshot | None, bufs: list[memoryview], lossy: str | None = None
    ) -> tuple[dict[str, Any], Snapshot]:
        """The scene as a delta against ``held`` (``None``: in full), and what the view holds after it.

        ``lossy``: the image transport allowed for this reply (``None``: exact, the logged bytes).
        """
        builder = SnapshotBuilder(held)
        entities: list[dict[str, Any]] = []
        tpaths: list[str] = []
        tvals: list[bytes] = []

        for path, ev in scene.entities.items():
            prev = builder.prev(path)
            comps, now = _encode_comps(path, ev, prev, bufs, lossy)
            tf = transform_bytes(ev.local_transform)
            th = tf_hash(tf)
            if th != (prev.transform if prev else None):
                tpaths.append(path)
                tvals.append(tf if tf is not None else NAN16)
            if prev is None:  # new to the view: with its default colour
                entities.append({"path": path, "color": [int(c) for c in ev.default_color], "comps": comps})
            elif comps:
                entities.append({"path": path, "comps": comps})
            builder.add(path, now, th)

        snapshot = builder.build()
        reply: dict[str, Any] = {"type": "scene", "full": held is None}
        b = scene.bounds()
        reply["bounds"] = None if b is None else [float(x) for x in (*b[0], *b[1])]
        reply["transforms"] = {"paths": tpaths, "buf": None}
        if tpaths:
            reply["transforms"]["buf"] = len(bufs)
            bufs.append(memoryview(b"".join(tvals)))
        reply["entities"] = entities
        reply["removed"] = [] if held is None else sorted(p for p in held.index if p not in snapshot.index)
        return reply, snapshot


def decoded_bytes(reply: dict[str, Any], bufs: list[memoryview], first: int) -> int:
    """Bytes the page holds of ``bufs[first:]`` (a reply's own buffers) once its images are decoded."""
    n = sum(b.nbytes for b in bufs[first:])
    for e in reply.get("entities", ()):
        for d in e["comps"].values():
            if d is not None and "codec" in d:
                n += d["shape"][0] - bufs[d["buf"]].nbytes
    return n


def _image_format_beside(name: str, ev: Any) -> Any:
    """The image format batch of blob component ``name``'s archetype on the entity (``None``: not an image)."""
    if component_kind(name) != "blob":
        return None
    fmt = name.partition(":")[0] + ":format"
    return ev.components.get(fmt) if component_kind(fmt) == "image_format" else None


def _encode_image(batch: Any, fmt: Any, bufs: list[memoryview], lossy: str) -> dict[str, Any] | None:
    """An image buffer batch as a JPEG descriptor (docs/protocol.md), or ``None``: send it raw."""
    got = jpeg_image(batch, fmt, lossy)
    if got is None:
        return None
    data, n, channels = got
    desc = {"buf": len(bufs), "dtype": "uint8", "shape": [n], "offsets": len(bufs) + 1}
    bufs.append(memoryview(data))
    bufs.append(memoryview(np.array([0, n], dtype="<u4").tobytes()))
    return {**desc, "codec": "jpeg", "channels": channels}


_EMPTY_BLOB = Ragged(np.zeros(0, np.uint8), np.zeros(2, np.int64))


def _kernel_decoded(name: str) -> bool:
    """Whether the page never reads component ``name`` (an archetype's ``kernel_decoded`` field: VideoStream)."""
    cls = archetype_of(name)
    return cls is not None and name.partition(":")[2] in getattr(cls, "kernel_decoded", ())


def _encode_comps(
    path: str, ev: Any, prev: Any, bufs: list[memoryview], lossy: str | None = None
) -> tuple[dict[str, Any], dict[str, int]]:
    """One entity's changed components as descriptors (``None`` = removed), and its row ids after."""
    row_ids = ev.row_ids
    comps: dict[str, Any] = {}
    now: dict[str, int] = {}
    for name, batch in ev.components.items():  # drawable only: transforms travel in ``transforms``
        rid = int(row_ids.get(name, -1))
        held = None if prev is None else prev.comps.get(name)
        if held_same(held, rid, lossy is not None):
            now[name] = held
            continue
        if _kernel_decoded(name):
            batch = _EMPTY_BLOB
        fmt = _image_format_beside(name, ev) if lossy and rid != -1 else None
        if fmt is not None:
            desc = _encode_image(batch, fmt, bufs, lossy)
            if desc is not None:
                comps[name], now[name] = desc, lossy_rid(rid)
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
    return comps, now
