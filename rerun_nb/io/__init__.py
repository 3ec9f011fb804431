"""Recordings on disk: ``rr.save`` / ``rr.disconnect`` (streaming), ``rerun_nb.load``, ``rerun_nb.read_table``.

* Native files (any path not ending in ``.rrd``; we recommend ``.rnb``): Arrow IPC, one record batch per chunk,
  written as segments while logging and compacted into ONE Arrow IPC stream (a table: entity path, row id,
  timelines, components) when the sink closes, so ``polars.read_ipc_stream(path)`` and DuckDB read it too —
  see :mod:`rerun_nb.io.native` for the layouts and why.
* ``.rrd``: Rerun's own format, written and read through ``rerun-sdk`` (the ``rerun_nb[rerun]`` extra) — see
  :mod:`rerun_nb.io.rrd`.

Examples
--------
>>> import rerun_nb as rr, tempfile, os
>>> rr.init("rerun_example_save")
>>> rr.log("pts", rr.Points3D([[0, 0, 0]]))
>>> path = os.path.join(tempfile.mkdtemp(), "demo.rnb")
>>> rr.save(path)
>>> rr.log("pts", rr.Points3D([[1, 1, 1]]))
>>> rr.disconnect()
>>> rec = rr.load(path)
>>> rec.latest_at("pts", timeline="log_time")["Points3D:positions"].tolist()
[[1.0, 1.0, 1.0]]
"""

from __future__ import annotations

import os
from typing import IO, Any

import pyarrow as pa

from .native import RECOMMENDED_EXTENSION, RecordingFileError, read_native

__all__ = ["RECOMMENDED_EXTENSION", "RecordingFileError", "disconnect", "load", "read_table", "save"]


def _is_rrd(path: Any, format: str | None) -> bool:
    if format is not None:
        if format not in ("native", "rrd"):
            raise ValueError(f"format must be 'native' or 'rrd', got {format!r}")
        return format == "rrd"
    return isinstance(path, (str, os.PathLike)) and os.fspath(path).lower().endswith(".rrd")


def save(
    path: str | os.PathLike[str] | IO[bytes],
    default_blueprint: Any = None,
    *,
    recording: Any = None,
    compression: str | None = None,
) -> None:
    """Stream the recording to ``path``: everything logged so far, then every row as it is logged, until
    ``rr.disconnect()`` or exit.

    A path ending in ``.rrd`` is written in Rerun's own format (needs ``rerun-sdk``: ``pip install
    'rerun_nb[rerun]'``); any other path gets the native format (recommended extension ``.rnb``). Rows are on
    disk within about a second of being logged. When the sink closes (``rr.disconnect()``, saving elsewhere,
    exit) the native file is rewritten as one Arrow IPC stream, so ``polars.read_ipc_stream(path)`` and DuckDB
    read it as a table too. ``compression="zstd"`` compresses native files (Arrow IPC
    buffer compression). Saving again replaces the previous file sink of this recording.

    Raises :class:`~rerun_nb.io.RecordingFileError` when the file cannot be created; nothing logged is lost.
    """
    from .._global import get_data_recording

    rec = get_data_recording(recording)
    if rec is None:
        raise RuntimeError("rr.save: no recording: call rr.init(...) first")
    save_recording(rec, path, compression=compression)


def save_recording(rec: Any, path: Any, *, compression: str | None = None, overwrite: bool = True) -> Any:
    from .sink import FileSink, make_writer

    # A sink already writing this very file is closed first: opening the file again truncates it under the
    # old writer (whose compaction would then rename a stale copy over the new file).
    if isinstance(path, (str, os.PathLike)):
        for s in list(getattr(rec, "_sinks", ())):
            if isinstance(s, FileSink) and _same_file(s.path, path):
                rec.remove_sink(s)
                s.close()
    writer = make_writer(path, rec, compression=compression, overwrite=overwrite)
    disconnect_recording(rec)
    sink = FileSink(rec, writer)
    rec.add_sink(sink)
    return sink


def _same_file(a: Any, b: Any) -> bool:
    if not isinstance(a, (str, os.PathLike)):
        return False
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def disconnect(*, recording: Any = None) -> None:
    """Stop streaming to files: flush what is pending, close the files (Rerun's ``rr.disconnect``)."""
    from .._global import get_data_recording

    rec = get_data_recording(recording)
    if rec is not None:
        disconnect_recording(rec)


def disconnect_recording(rec: Any) -> None:
    from .sink import FileSink

    for s in list(getattr(rec, "_sinks", ())):
        if isinstance(s, FileSink):
            rec.remove_sink(s)
            s.close()


def load(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    recover: bool = False,
    memory_map: bool = True,
) -> Any:
    """Open a recording file as a ``RecordingStream``: query it, show it (``rr.notebook_show(rec)``), log into it.

    Native files are memory-mapped: their arrays are not copied into memory. ``.rrd`` files (or
    ``format="rrd"``) are imported through ``rerun-sdk``. A file cut off mid-write loads up to its last complete
    chunk with a warning; other damage raises :class:`~rerun_nb.io.RecordingFileError` (``recover=True`` keeps
    what comes before it).
    """
    from ..recording import RecordingStream, advance_row_ids

    if _is_rrd(path, format):
        from .rrd import read_rrd

        f = read_rrd(path)
    else:
        f = read_native(path, memory_map=memory_map, recover=recover)
    rec = RecordingStream(f.application_id or "rerun_nb", recording_id=f.recording_id or None)
    store = rec.store
    for name, kind in f.timeline_kinds.items():
        store.register_timeline(name, kind)
    max_rid = None
    for c in f.chunks:
        store.append_chunk(c)
        if c.num_rows:
            m = int(c.row_ids.max())
            max_rid = m if max_rid is None else max(max_rid, m)
    if max_rid is not None:
        advance_row_ids(max_rid)
    rec.source_file = os.fspath(path)
    return rec


def read_table(path: str | os.PathLike[str], *, format: str | None = None, recover: bool = False) -> pa.Table:
    """The recording in a file as one ``pyarrow.Table``: one row per logged row, in log order.

    Columns: ``entity_path`` (string), ``row_id`` (int64), one per timeline (``int64`` sequences,
    ``duration[ns]``, ``timestamp[ns, UTC]``; null where a row has no time on it, e.g. static rows), one
    ``large_list`` column per component (null where a row did not log it). Hand it to polars
    (``pl.from_arrow(t)``) or DuckDB (``duckdb.sql("select … from t")``) without copying. The schema metadata
    names the application and recording ids. (A cleanly closed native file is already such a table, in chunk
    order: ``polars.read_ipc_stream(path)`` or ``pyarrow.ipc.open_stream(path).read_all()`` read it directly;
    this function also reads a killed writer's file and ``.rrd`` files, and sorts by ``row_id``.)
    """
    from ..arrow_codec import chunks_to_table

    if _is_rrd(path, format):
        from .rrd import read_rrd

        f: Any = read_rrd(path)
    else:
        f = read_native(path, recover=recover)
    t = chunks_to_table(f.chunks, f.timeline_kinds)
    md = dict(t.schema.metadata or {})
    md[b"rerun_nb:application_id"] = f.application_id.encode()
    md[b"rerun_nb:recording_id"] = f.recording_id.encode()
    return t.replace_schema_metadata(md)
