"""``RecordingStream``: one recording — its ids, per-thread time cursor, logging calls and Python queries.

Examples
--------
>>> import rerun_nb as rr
>>> rec = rr.RecordingStream("rerun_example_doc")
>>> rec.set_time("step", sequence=3)
>>> rec.log("pts", rr.Points3D([[0, 0, 0]], radii=0.1))
>>> rec.latest_at("pts", timeline="step", time=3)["Points3D:radii"].tolist()
[0.10000000149011612]
"""

from __future__ import annotations

import datetime as _dt
import itertools
import os
import threading
import time as _time
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import numpy as np

from . import _current
from . import entity_path as ep
from . import query as q
from . import timelines as tq
from ._current import is_strict_mode, set_strict_mode
from .errors import BadInput, report
from .row_ids import ROW_IDS as _ROW_IDS
from .row_ids import advance_row_ids, allocate_row_ids
from .store import Chunk, ChunkStore, Column
from .time import DURATION, NS_PER_S, SEQUENCE, TIMESTAMP, TimeColumn, TimeError, from_time_int, to_time_int

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "MemoryRecording",
    "RecordingStream",
    "advance_row_ids",
    "allocate_row_ids",
    "is_strict_mode",
    "set_strict_mode",
]

LOG_TIME = "log_time"
LOG_TICK = "log_tick"
_RESERVED_TIMELINES = ("row_id", "entity_path")


def _env_flag(name: str, default: bool) -> bool:
    v = os.environ.get(name)
    if v is None:
        return default
    return v.strip().lower() in ("1", "true", "on", "yes")


class RecordingStream:
    """A recording: logging calls go in, queries come out.

    Parameters
    ----------
    application_id:
        Name of the application (as in Rerun's ``rr.init``).
    recording_id:
        Identifier of this recording; a random UUID when not given.
    strict:
        Raise on bad input (``None``: follow ``rr.set_strict_mode``).

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rec = rr.RecordingStream("app")
    >>> rec.log("a", rr.Scalars(1.0))
    >>> rec.entity_paths()
    ['a']
    """

    def __init__(
        self,
        application_id: str,
        *,
        recording_id: str | uuid.UUID | None = None,
        make_default: bool = False,
        make_thread_default: bool = False,
        default_enabled: bool = True,
        strict: bool | None = None,
        store: ChunkStore | None = None,
    ) -> None:
        self.application_id = str(application_id)
        self.recording_id = str(recording_id) if recording_id is not None else str(uuid.uuid4())
        self.store = store if store is not None else ChunkStore()
        self.strict = strict
        self.enabled = bool(default_enabled)
        self._tls = threading.local()
        self._log_time_enabled = _env_flag("RERUN_LOG_TIME", True)
        self._log_tick_enabled = _env_flag("RERUN_LOG_TICK", False)
        self._tick = itertools.count()
        self._sinks: list[Any] = []
        if self._log_time_enabled:
            self.store.register_timeline(LOG_TIME, TIMESTAMP)
        if make_default:
            _current.set_global(self)
        if make_thread_default:
            _current.set_thread_local(self)

    def __repr__(self) -> str:
        return (
            f"RecordingStream(application_id={self.application_id!r}, recording_id={self.recording_id!r}, "
            f"rows={self.store.num_rows})"
        )

    # -- strictness & reporting ----------------------------------------------------------------------

    def _is_strict(self, strict: bool | None) -> bool:
        if strict is not None:
            return strict
        if self.strict is not None:
            return self.strict
        return _current.is_strict_mode()

    def _report(self, problem: BadInput, entity_path: str | None, strict: bool | None) -> None:
        report(problem, entity_path, self._is_strict(strict), stacklevel=4)

    # -- time ----------------------------------------------------------------------------------------

    def _cursor(self) -> dict[str, int]:
        cur = getattr(self._tls, "cursor", None)
        if cur is None:
            cur = self._tls.cursor = {}
        return cur

    def set_time(
        self,
        timeline: str,
        *,
        sequence: int | None = None,
        duration: int | float | _dt.timedelta | np.timedelta64 | None = None,
        timestamp: int | float | _dt.datetime | np.datetime64 | None = None,
    ) -> None:
        """Set the current time of this thread on ``timeline``; later ``log`` calls are stamped with it.

        Exactly one of ``sequence`` (int), ``duration`` (seconds, ``timedelta`` or ``np.timedelta64``) and
        ``timestamp`` (seconds since the Unix epoch, ``datetime`` or ``np.datetime64``) must be given. A timeline's
        kind is fixed by its first use.

        Examples
        --------
        >>> import rerun_nb as rr
        >>> rec = rr.RecordingStream("app")
        >>> rec.set_time("stable_time", duration=0.5)
        """
        # Fast path (the hot loop of most scripts): a known timeline of the right kind, a plain number.
        if duration is not None and sequence is None and timestamp is None:
            kind, value = DURATION, duration
        elif sequence is not None and duration is None and timestamp is None:
            kind, value = SEQUENCE, sequence
        elif timestamp is not None and sequence is None and duration is None:
            kind, value = TIMESTAMP, timestamp
        else:
            problem = BadInput(
                f"set_time({timeline!r})",
                "exactly one of sequence=, duration=, timestamp= must be given",
                True,
            )
            self._report(problem, None, None)
            return
        if self.store.timeline_kinds.get(timeline) == kind:
            tv = type(value)
            if tv is int and kind == SEQUENCE:
                self._cursor()[timeline] = value
                return
            if tv is float and kind == DURATION and -9e9 < value < 9e9:
                self._cursor()[timeline] = round(value * NS_PER_S)
                return
        self._set_time_slow(timeline, kind, value)

    def _set_time_slow(self, timeline: str, kind: str, value: Any) -> None:
        field = f"set_time({timeline!r})"
        if not isinstance(timeline, str) or not timeline:
            self._report(BadInput(field, "timeline name must be a non-empty str", True), None, None)
            return
        if timeline in _RESERVED_TIMELINES:
            self._report(BadInput(field, f"{timeline!r} is a reserved column name"), None, None)
            return
        try:
            t = to_time_int(kind, value, field)
        except TimeError as e:
            self._report(e.problem, None, None)
            return
        have = self.store.register_timeline(timeline, kind)
        if have != kind:
            self._report(
                BadInput(field, f"timeline {timeline!r} is a {have} timeline; it cannot take a {kind}"),
                None,
                None,
            )
            return
        self._cursor()[timeline] = t

    def set_time_seconds(self, timeline: str, seconds: float) -> None:
        """Legacy (removed from Rerun in 0.28): same as ``set_time(timeline, duration=seconds)``."""
        self.set_time(timeline, duration=seconds)

    def set_time_sequence(self, timeline: str, sequence: int) -> None:
        """Legacy (removed from Rerun in 0.28): same as ``set_time(timeline, sequence=sequence)``."""
        self.set_time(timeline, sequence=sequence)

    def set_time_nanos(self, timeline: str, nanos: int) -> None:
        """Legacy (removed from Rerun in 0.28): same as ``set_time(timeline, duration=nanos * 1e-9)``."""
        self.set_time(timeline, duration=np.timedelta64(int(nanos), "ns"))

    def disable_timeline(self, timeline: str) -> None:
        """Stop stamping this thread's log calls with ``timeline``."""
        self._cursor().pop(timeline, None)

    def reset_time(self) -> None:
        """Clear this thread's time cursor: later rows carry only the automatic timelines."""
        self._cursor().clear()

    def set_log_time_enabled(self, enabled: bool = True) -> None:
        """Stamp rows with ``log_time`` (wall clock), on by default."""
        self._log_time_enabled = bool(enabled)
        if enabled:
            self.store.register_timeline(LOG_TIME, TIMESTAMP)

    def set_log_tick_enabled(self, enabled: bool = True) -> None:
        """Stamp rows with ``log_tick`` (a per-recording counter), off by default as in Rerun 0.34+."""
        self._log_tick_enabled = bool(enabled)
        if enabled:
            self.store.register_timeline(LOG_TICK, SEQUENCE)

    # -- logging -------------------------------------------------------------------------------------

    def _entity_path_or_report(self, entity_path: Any, strict: bool | None) -> str | None:
        """The canonical path, or ``None`` after reporting why ``entity_path`` is not one."""
        try:
            return ep.to_canonical(entity_path)
        except ep.EntityPathError as e:
            report(e.problem, repr(entity_path), self._is_strict(strict), stacklevel=4)  # the caller of log()
            return None

    def log(
        self,
        entity_path: str | list[str],
        entity: Any,
        *extra: Any,
        static: bool = False,
        strict: bool | None = None,
    ) -> None:
        """Log one archetype (or several) at ``entity_path`` at the current time.

        Bad input is reported (a warning naming the entity path and field, the batch dropped; strict mode
        raises) and never loses data already logged.

        Examples
        --------
        >>> import rerun_nb as rr
        >>> rec = rr.RecordingStream("app")
        >>> rec.log("dna/left", rr.Points3D([[0, 0, 0]], colors=[255, 0, 0]))
        """
        if not self.enabled:
            return
        path = self._entity_path_or_report(entity_path, strict)
        if path is None:
            return
        batches: dict[str, Any] = {}
        for item in _loggables(entity, extra):
            err = getattr(item, "_error", None)
            if err is not None and getattr(item, "_drop_alone", False):  # one bad component batch of several
                self._report(err, path, strict)
                continue
            if err is not None:
                self._report(err, path, strict)
                return
            for problem in getattr(item, "_dropped", ()):  # one bad component: dropped alone
                self._report(problem, path, strict)
            fn = getattr(item, "as_component_batches", None)
            if fn is None:
                self._report(_not_loggable(item), path, strict)
                return
            batches.update(fn())
        if static:
            times: dict[str, int] = {}
        else:
            cur = getattr(self._tls, "cursor", None)
            times = dict(cur) if cur else {}
            if self._log_time_enabled:
                times[LOG_TIME] = _time.time_ns()
            if self._log_tick_enabled:
                times[LOG_TICK] = next(self._tick)
        self.store.append_row(path, _ROW_IDS.one(), times, batches, static=static)

    def send_columns(
        self,
        entity_path: str | list[str],
        indexes: Iterable[TimeColumn],
        columns: Iterable[Any],
        *,
        strict: bool | None = None,
    ) -> None:
        """Log many rows at once: one time per row per index, component values partitioned by row.

        No ``log_time`` is added and the time cursor is ignored (as in Rerun).

        Examples
        --------
        >>> import numpy as np, rerun_nb as rr
        >>> rec = rr.RecordingStream("app")
        >>> rec.send_columns("s", indexes=[rr.TimeColumn("step", sequence=[0, 1, 2])],
        ...                  columns=rr.Scalars.columns(scalars=[1.0, 2.0, 3.0]))
        >>> rec.latest_at("s", timeline="step", time=1)["Scalars:scalars"].tolist()
        [2.0]
        """
        if not self.enabled:
            return
        path = self._entity_path_or_report(entity_path, strict)
        if path is None:
            return
        for problem in getattr(columns, "_dropped", ()):  # one bad column: dropped alone
            self._report(problem, path, strict)
        chunk_or_problem = self._columns_to_chunk(path, list(indexes), columns)
        if isinstance(chunk_or_problem, BadInput):
            self._report(chunk_or_problem, path, strict)
            return
        self.store.append_chunk(chunk_or_problem)

    def _columns_to_chunk(self, path: str, indexes: list[Any], columns: Iterable[Any]) -> Chunk | BadInput:
        flat: list[Any] = []
        err = getattr(columns, "_error", None)
        if err is not None:
            return err
        for c in columns:
            err = getattr(c, "_error", None)
            if err is not None:
                return err
            if hasattr(c, "lengths") and hasattr(c, "values") and hasattr(c, "name"):
                flat.append(c)
            elif isinstance(c, Iterable) and not isinstance(c, (str, bytes, np.ndarray)):
                for cc in c:
                    if getattr(cc, "_error", None) is not None:
                        return cc._error
                    flat.append(cc)
            else:
                return BadInput(
                    "send_columns.columns", f"expected component columns, got {type(c).__name__}", True
                )
        n: int | None = None
        timelines: dict[str, np.ndarray] = {}
        kinds: dict[str, str] = {}
        for idx in indexes:
            if not isinstance(idx, TimeColumn):
                return BadInput(
                    "send_columns.indexes", f"expected rr.TimeColumn, got {type(idx).__name__}", True
                )
            if idx.error is not None:
                return idx.error
            if idx.timeline in _RESERVED_TIMELINES:
                return BadInput(f"TimeColumn({idx.timeline!r})", "reserved column name")
            if n is None:
                n = len(idx.times)
            elif len(idx.times) != n:
                return BadInput(
                    "send_columns.indexes",
                    f"time columns have different lengths ({n} and {len(idx.times)} for {idx.timeline!r})",
                )
            timelines[idx.timeline] = idx.times
            kinds[idx.timeline] = idx.kind
        comps: dict[str, Column] = {}
        for c in flat:
            lengths = np.asarray(c.lengths, dtype=np.int64)
            if n is None:
                n = len(lengths)
            if len(lengths) != n:
                return BadInput(
                    f"send_columns {c.name}",
                    f"{len(lengths)} rows of values but {n} times; partition the column into {n} rows",
                )
            total = len(c.values)
            if np.any(lengths < 0) or int(lengths.sum()) != total:
                return BadInput(
                    f"send_columns {c.name}",
                    f"partition lengths sum to {int(lengths.sum())}, expected {total}",
                )
            offsets = np.zeros(n + 1, dtype=np.int64)
            np.cumsum(lengths, out=offsets[1:])
            comps[c.name] = Column(offsets, c.values)
        if n is None:
            return BadInput("send_columns", "nothing to send: no time columns and no component columns")
        for name, kind in kinds.items():
            have = self.store.register_timeline(name, kind)
            if have != kind:
                return BadInput(
                    f"TimeColumn({name!r})",
                    f"timeline {name!r} is a {have} timeline; it cannot take a {kind}",
                )
        row_ids = allocate_row_ids(n)
        return Chunk(path, row_ids, timelines, comps, is_static=not timelines, timeline_kinds=kinds)

    def flush(self, blocking: bool = True) -> None:
        """Seal pending rows into chunks and hand them to the sinks (files, network)."""
        self.store.flush()
        for s in list(self._sinks):
            f = getattr(s, "flush", None)
            if f is not None:
                f()

    def add_sink(self, sink: Any) -> None:
        self._sinks.append(sink)

    def remove_sink(self, sink: Any) -> None:
        if sink in self._sinks:
            self._sinks.remove(sink)

    def save(self, path: Any, default_blueprint: Any = None, *, compression: str | None = None) -> None:
        """Stream this recording to a file, what was logged and what will be (see ``rerun_nb.save``).
        ``default_blueprint`` becomes the app's default layout and is kept in the file (see :meth:`set_sinks`)."""
        from .io import save_recording

        blueprint = self._blueprint_for_file(default_blueprint)
        save_recording(self, path, compression=compression, blueprint=blueprint)

    def _blueprint_for_file(self, default_blueprint: Any) -> str | None:
        """The layout a new file keeps (JSON text): ``default_blueprint`` (made the app's default, as Rerun's
        ``send_blueprint(make_active=False, make_default=True)``), else the app's blueprint now, else None."""
        from .blueprint.codec import blueprint_to_text
        from .viewer.ui_state import active_blueprint

        if default_blueprint is not None:
            self.send_blueprint(default_blueprint, make_active=False, make_default=True)
        bp = default_blueprint if default_blueprint is not None else active_blueprint(self.application_id)
        try:
            return None if bp is None else blueprint_to_text(bp)
        except (TypeError, ValueError) as e:  # the recording is saved without its layout, never refused
            self._report(BadInput("default_blueprint", f"cannot be kept in the file: {e}"), None, False)
            return None

    def disconnect(self) -> None:
        """Stop streaming to files: flush and close them (see ``rerun_nb.disconnect``)."""
        from .io import disconnect_recording

        disconnect_recording(self)

    # -- queries -------------------------------------------------------------------------------------

    def _query_time(self, timeline: str | None, time: Any) -> tuple[int, str | None]:
        return tq.query_int(self.store, timeline, time)

    def latest_at(self, entity_path: str, *, timeline: str | None = None, time: Any = None) -> dict[str, Any]:
        """Latest-at state of one entity: ``{"Points3D:positions": array, ...}``, components with a value only.

        ``time`` is in the timeline's units (seconds for duration/timestamp timelines, int for sequences; time
        objects accepted); ``None`` means the latest time. ``timeline=None`` looks at static data only.

        Examples
        --------
        >>> import rerun_nb as rr
        >>> rec = rr.RecordingStream("app")
        >>> rec.set_time("t", duration=1.0)
        >>> rec.log("p", rr.Points3D([[1, 2, 3]]))
        >>> rec.latest_at("p", timeline="t", time=0.5)
        {}
        >>> rec.latest_at("p", timeline="t", time=2.0)["Points3D:positions"].tolist()
        [[1.0, 2.0, 3.0]]
        """
        t, tl = self._query_time(timeline, time)
        path = ep.to_canonical(entity_path)
        res = q.latest_at_entity(self.store, path, tl, t)
        return {k: q.batch_to_user(v[0]) for k, v in res.items() if k != q.CLEAR}

    def range(
        self, entity_path: str, *, timeline: str, start: Any = None, end: Any = None
    ) -> dict[str, list[tuple[Any, Any]]]:
        """Every value of each component of one entity with ``start <= time <= end`` (inclusive).

        Returns ``{component: [(time, value), ...]}`` in time order (static values first, with time ``None``).
        Clears do not hide earlier rows here, as in Rerun.
        """
        kind = self.store.timeline_kinds.get(timeline)
        if kind is None:
            raise ValueError(f"unknown timeline {timeline!r}")
        lo = np.iinfo(np.int64).min + 1 if start is None else self._query_time(timeline, start)[0]
        hi = np.iinfo(np.int64).max if end is None else self._query_time(timeline, end)[0]
        path = ep.to_canonical(entity_path)
        out: dict[str, list[tuple[Any, Any]]] = {}
        for comp in self.store.components_of(path):
            hits = self.store.range(path, comp, timeline, lo, hi)
            if hits:
                out[comp] = [
                    (
                        None if h.time == q.static_time() else from_time_int(kind, h.time),
                        q.batch_to_user(h.batch(comp)),
                    )
                    for h in hits
                ]
        return out

    def world_from_entity(
        self, entity_path: str, *, timeline: str | None = None, time: Any = None
    ) -> np.ndarray:
        """(4, 4) float64 transform from the entity's space to the world, through the transform hierarchy.

        Examples
        --------
        >>> import rerun_nb as rr
        >>> rec = rr.RecordingStream("app")
        >>> rec.log("a", rr.Transform3D(translation=[1, 0, 0]), static=True)
        >>> rec.world_from_entity("a/b")[:3, 3].tolist()
        [1.0, 0.0, 0.0]
        """
        t, tl = self._query_time(timeline, time)
        return q.world_from_entity(self.store, ep.to_canonical(entity_path), tl, t)

    def scene(self, *, timeline: str | None = None, time: Any = None) -> q.Scene:
        """Whole-scene latest-at: every entity with something to draw, with world transforms."""
        return tq.scene_at(self.store, timeline, time)

    def entity_paths(self) -> list[str]:
        """Every entity path that holds data, sorted."""
        return self.store.entity_paths()

    def timelines(self) -> dict[str, tuple[str, Any, Any]]:
        """``{name: (kind, min, max)}`` in the timeline's units, in order of creation (empty ones left out)."""
        return tq.timelines(self.store)

    def timeline_times(self, timeline: str) -> np.ndarray:
        """Sorted distinct times with data on ``timeline``, in its units (float seconds or int)."""
        return tq.timeline_times(self.store, timeline)

    def to_arrow(self) -> pa.Table:
        """Every logged row as a ``pyarrow.Table``: entity_path, row_id, one column per timeline, one list
        column per component."""
        from .arrow_codec import chunks_to_table

        return chunks_to_table(self.store.chunks(), self.store.timeline_kinds)

    # -- viewer ----------------------------------------------------------------------------------------

    def notebook_show(self, *, blueprint: Any = None, **kwargs: Any) -> Any:
        """Show this recording in the notebook output cell (see ``rerun_nb.notebook_show``).

        ``blueprint``: the layout (``rerun_nb.blueprint``), sent first as :meth:`send_blueprint` does.
        """
        from .viewer import notebook_show

        if blueprint is not None:
            self.send_blueprint(blueprint)
        return notebook_show(self, **kwargs)

    def send_blueprint(self, blueprint: Any, *, make_active: bool = True, make_default: bool = True) -> None:
        """Set the layout of this recording's application (Rerun keeps blueprints per application id): the
        viewers showing a recording of it lay themselves out again.

        Parameters
        ----------
        blueprint:
            A ``rrb.Blueprint``, a view or a container (``import rerun_nb.blueprint as rrb``).
        make_active:
            Show it now (else only when the app has no active blueprint).
        make_default:
            Make it the app's default blueprint (shown when no active one is set).

        Examples
        --------
        >>> import rerun_nb as rr, rerun_nb.blueprint as rrb
        >>> rec = rr.RecordingStream("rerun_example_send_blueprint")
        >>> rec.send_blueprint(rrb.Blueprint(rrb.TimeSeriesView(origin="/loss")))
        """
        from .blueprint.api import to_blueprint
        from .viewer.ui_state import set_blueprint

        set_blueprint(
            self.application_id, to_blueprint(blueprint), make_active=make_active, make_default=make_default
        )

    # -- pictures (rerun_nb.render, optional extra rerun_nb[render]) ----------------------------------

    def snapshot(
        self,
        *,
        timeline: str | None = None,
        time: Any = None,
        width: int = 800,
        height: int = 600,
        camera: Any = None,
        as_array: bool = False,
    ) -> Any:
        """PNG bytes (or, ``as_array=True``, an (H, W, 4) uint8 RGBA array) of the 3D scene latest-at ``time``
        on ``timeline`` (default: the viewer's default timeline; ``""``: static only), drawn as the viewer
        draws it. ``camera``: ``None`` fits the scene; a ``{position, target, up}`` dict or a live ``Viewer``.
        Needs ``pip install 'rerun_nb[render]'`` (raises ``RenderUnavailableError`` saying so)."""
        from .render import snapshot as _snap

        fn = _snap.snapshot_array if as_array else _snap.snapshot_png
        return fn(self, timeline=timeline, time=time, width=width, height=height, camera=camera)

    def to_video(
        self,
        path: Any,
        *,
        timeline: str | None = None,
        start: Any = None,
        end: Any = None,
        fps: float = 30,
        **kwargs: Any,
    ) -> Any:
        """Render the 3D view over ``start`` … ``end`` to an MP4 / WebM / GIF file (see
        ``rerun_nb.render.video.to_video`` for ``speed``, ``times``, ``width``, ``height``, ``camera``, ...)."""
        from .render.video import to_video

        return to_video(self, path, timeline=timeline, start=start, end=end, fps=fps, **kwargs)

    # -- calls around logging (Rerun 0.41's names) ----------------------------------------------------

    def __enter__(self) -> RecordingStream:
        """``with rec:`` makes ``rec`` this thread's recording inside the block (Rerun's semantics).

        Examples
        --------
        >>> import rerun_nb as rr
        >>> with rr.RecordingStream("ctx") as rec:
        ...     rr.log("a", rr.Scalars(1.0))
        >>> rec.entity_paths()
        ['a']
        """
        prev = _current.set_thread_local(self)
        stack = getattr(self._tls, "entered", None)
        if stack is None:
            stack = self._tls.entered = []
        stack.append(prev)
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        """Flush (files written so far are complete) and give the thread back its previous recording."""
        self.flush()
        stack = getattr(self._tls, "entered", None)
        _current.set_thread_local(stack.pop() if stack else None)

    def get_application_id(self) -> str:
        return self.application_id

    def get_recording_id(self) -> str:
        return self.recording_id

    def is_enabled(self) -> bool:
        return self.enabled

    def send_property(self, name: str, values: Any) -> None:
        """Log ``values`` (an archetype, ``rr.AnyValues``, or described batches) as recording property ``name``:
        static, at ``__properties/<name>`` as Rerun does."""
        self.log(["__properties", str(name)], values, static=True)

    def send_recording_name(self, name: str) -> None:
        """The recording's name (``RecordingInfo.name`` at ``__properties``, static)."""
        from .archetypes import RecordingInfo

        self.log("__properties", RecordingInfo.from_fields(name=name), static=True)

    def send_recording_start_time_nanos(self, nanos: int) -> None:
        """The recording's start time, ns since the Unix epoch (``RecordingInfo.start_time``, static)."""
        from .archetypes import RecordingInfo

        self.log("__properties", RecordingInfo.from_fields(start_time=int(nanos)), static=True)

    def set_sinks(self, *sinks: Any, default_blueprint: Any = None) -> None:
        """Stream to exactly these sinks from now on: ``rr.FileSink(path)``, ``rr.MemoryRecording()`` (what
        ``memory_recording()`` returns) or a binary stream. Earlier file sinks are closed; what was already
        logged goes to each new sink too. ``default_blueprint`` becomes the app's default layout (as Rerun) and
        is kept in each native file / memory sink, so ``rerun_nb.load`` shows it; without it the app's current
        blueprint (``rr.send_blueprint``, ``rr.init(default_blueprint=)``) is kept."""
        from .io import disconnect_recording
        from .io.sink import FileSink as _Sink
        from .io.sink import make_writer

        for s in sinks:
            if getattr(s, "_target", None) is None:
                raise TypeError(
                    f"set_sinks: expected rr.FileSink(path) or a memory sink, got {type(s).__name__}"
                )
        disconnect_recording(self)
        blueprint = self._blueprint_for_file(default_blueprint)
        for s in sinks:
            target = s._target
            if hasattr(s, "_reset"):  # a memory sink starts over: it gets everything again
                target = s._reset()
            sink = _Sink(self, make_writer(target, self, blueprint=blueprint))
            self.add_sink(sink)
            if hasattr(s, "_attach"):
                s._attach(self, sink)

    def memory_recording(self) -> MemoryRecording:
        """Stream this recording into memory (the native format) instead of files; see ``MemoryRecording``."""
        m = MemoryRecording()
        self.set_sinks(m)
        return m

    def binary_stream(self) -> MemoryRecording:
        """Like :meth:`memory_recording`; read the bytes with ``.read()`` (Rerun's ``BinaryStream``)."""
        return self.memory_recording()

    def log_file_from_path(
        self, file_path: Any, *, entity_path_prefix: str | None = None, static: bool = False
    ) -> None:
        """Log what a file holds into this recording, under ``entity_path_prefix``, as Rerun's importers do:
        a recording (``.rnb`` / native, or ``.rrd`` through rerun-sdk) is copied in; an image, mesh, PLY point
        cloud, text file or MP4 video is logged at its path (see ``rerun_nb.io.file_import``); a directory: every
        file below it that one of these reads (the others are skipped with one warning each, as Rerun logs them). Other files: one warning."""
        from .io.file_import import IMPORTABLE_SUFFIXES

        p = os.fspath(file_path)
        if os.path.isdir(p):
            for f in _files_below(p):
                self.log_file_from_path(f, entity_path_prefix=entity_path_prefix, static=static)
            return
        if os.path.splitext(p)[1].lower() not in IMPORTABLE_SUFFIXES:
            self._log_recording_file("log_file_from_path", p, entity_path_prefix, static)
            return
        try:
            with open(p, "rb") as f:
                data = f.read()
        except OSError as e:
            self._report(BadInput("log_file_from_path", f"{p!r}: {e}", True), None, None)
            return
        self._log_file_bytes("log_file_from_path", p, data, entity_path_prefix)

    def log_file_from_contents(
        self,
        file_path: Any,
        file_contents: bytes,
        *,
        entity_path_prefix: str | None = None,
        static: bool = False,
    ) -> None:
        """Log ``file_contents`` as if read from ``file_path`` (its name picks the importer and the entity path).

        Examples
        --------
        >>> import rerun_nb as rr
        >>> rec = rr.RecordingStream("files")
        >>> rec.log_file_from_contents("docs/readme.md", b"# Hello", entity_path_prefix="files")
        >>> rec.latest_at("files/docs/readme.md")["TextDocument:text"].tolist()
        ['# Hello']
        """
        from .io.file_import import IMPORTABLE_SUFFIXES

        p = os.fspath(file_path)
        suffix = os.path.splitext(p)[1].lower()
        if suffix in IMPORTABLE_SUFFIXES:
            self._log_file_bytes("log_file_from_contents", p, file_contents, entity_path_prefix)
            return
        import tempfile

        with tempfile.TemporaryDirectory(prefix="rerun_nb_import_") as d:  # the readers take a path
            tmp = os.path.join(d, "contents" + suffix)
            with open(tmp, "wb") as f:
                f.write(bytes(file_contents))
            self._log_recording_file("log_file_from_contents", tmp, entity_path_prefix, static, shown=p)

    def _log_file_bytes(self, what: str, file_path: str, data: bytes, prefix: str | None) -> None:
        """Log one importable file at its entity path as Rerun 0.41's importers do (static, but a video)."""
        from .io.file_import import (
            VIDEO_SUFFIXES,
            UnsupportedFileError,
            archetypes_for_file,
            entity_path_of_file,
            video_for_file,
        )

        video = os.path.splitext(file_path)[1].lower() in VIDEO_SUFFIXES
        try:
            path = entity_path_of_file(file_path, prefix)
            found = video_for_file(file_path, data) if video else archetypes_for_file(file_path, data)[1]
        except (UnsupportedFileError, ValueError) as e:
            self._report(BadInput(what, f"{file_path!r}: {e}", True), None, None)
            return
        if not video:
            for a in found:
                self.log(path, a, static=True)
            return
        asset, frames, ts = found  # Rerun's video importer: on a "video" duration timeline, not static
        self.store.register_timeline("video", DURATION)
        self.store.append_row(path, _ROW_IDS.one(), {"video": 0}, asset.as_component_batches())
        self.send_columns(path, [TimeColumn("video", duration=ts.astype("timedelta64[ns]"))], frames)

    def _log_recording_file(
        self, what: str, file_path: str, prefix: str | None, static: bool, *, shown: str | None = None
    ) -> None:
        """Copy the chunks of a recording file into this recording, under ``prefix``."""
        from .io import read_recording_file

        try:
            f = read_recording_file(file_path)
        except Exception as e:
            self._report(BadInput(what, f"{(shown or file_path)!r}: {e}", True), None, None)
            return
        for name, kind in f.timeline_kinds.items():
            self.store.register_timeline(name, kind)
        prefix = ep.to_canonical(prefix) if prefix else ""
        for c in f.chunks:
            path = f"{prefix}/{c.entity_path}".strip("/") if prefix else c.entity_path
            timelines = {} if static else c.timelines
            chunk = Chunk(
                path, allocate_row_ids(c.num_rows), timelines, c.components, not timelines, c.timeline_kinds
            )
            self.store.append_chunk(chunk)


def _files_below(directory: str) -> list[str]:
    """The files under ``directory``, sorted, symlinked directories not followed (no loops)."""
    out = []
    for root, dirs, files in os.walk(directory):
        dirs.sort()
        out += [os.path.join(root, f) for f in sorted(files)]
    return out


class MemoryRecording:
    """A sink that keeps the recording's bytes (native format) in memory: ``rr.memory_recording()``.

    ``drain_as_bytes()`` gives the bytes written since the last drain (all of them, concatenated, are one
    ``.rnb`` file); ``num_msgs()`` the chunks written so far.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rec = rr.RecordingStream("mem")
    >>> mem = rec.memory_recording()
    >>> rec.log("a", rr.Scalars(1.0))
    >>> len(mem.drain_as_bytes()) > 0
    True
    """

    def __init__(self) -> None:
        import io

        self._target = io.BytesIO()
        self._read = 0
        self._sink: Any = None
        self._rec: Any = None

    def _reset(self) -> Any:
        import io

        self._target = io.BytesIO()
        self._read = 0
        return self._target

    def _attach(self, rec: Any, sink: Any) -> None:
        self._rec, self._sink = rec, sink

    def drain_as_bytes(self) -> bytes:
        if self._rec is not None:
            self._rec.flush()
        data = self._target.getvalue()
        out, self._read = data[self._read :], len(data)
        return out

    read = drain_as_bytes

    def num_msgs(self) -> int:
        return int(getattr(getattr(self._sink, "writer", None), "chunks_written", 0) or 0)


def _loggables(entity: Any, extra: tuple[Any, ...]) -> Iterable[Any]:
    """Archetypes as given; a list or tuple (of described component batches, as Rerun takes them) flattened."""
    for item in (entity, *extra):
        if isinstance(item, (list, tuple)):
            yield from item
        else:
            yield item


def _not_loggable(obj: Any) -> BadInput:
    return BadInput(
        "entity",
        f"expected an archetype such as rr.Points3D(...) or described component batches "
        f"(rr.components.Position3DBatch(...).described(rr.Points3D.descriptor_positions())), "
        f"got {type(obj).__name__}",
        is_type=True,
    )
