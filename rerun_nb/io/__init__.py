"""Recordings on disk: streaming a recording to a file, reading one back, ``rerun_nb.read_table``.

The api (``rr.save`` / ``rr.disconnect`` / ``rerun_nb.load`` in :mod:`rerun_nb._global`) resolves the recording
and hands it here: :func:`save_recording` and :func:`disconnect_recording` take it as an argument, and
:func:`read_recording_file` gives a file's chunks for the api to wrap in a ``RecordingStream``.

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
import warnings
from typing import IO, Any

import pyarrow as pa

from ..chunk_validation import ChunkRejected, validate_chunk
from ..errors import RerunWarning
from ..store import Chunk
from .native import RECOMMENDED_EXTENSION, RecordingFile, RecordingFileError, read_native

__all__ = [
    "RECOMMENDED_EXTENSION",
    "RecordingFile",
    "RecordingFileError",
    "disconnect_recording",
    "read_recording_file",
    "read_table",
    "save_recording",
]


def _is_rrd(path: Any, format: str | None) -> bool:
    if format is not None:
        if format not in ("native", "rrd"):
            raise ValueError(f"format must be 'native' or 'rrd', got {format!r}")
        return format == "rrd"
    return isinstance(path, (str, os.PathLike)) and os.fspath(path).lower().endswith(".rrd")


def save_recording(
    rec: Any,
    path: str | os.PathLike[str] | IO[bytes],
    *,
    compression: str | None = None,
    overwrite: bool = True,
    blueprint: str | None = None,
) -> Any:
    """Stream ``rec`` to ``path``: everything logged so far, then every row as it is logged, until
    :func:`disconnect_recording` or exit (``rr.save`` documents the formats). Returns the file sink.

    ``rec`` is a ``RecordingStream`` (its ``store`` and its sinks). Saving again replaces its previous file
    sink. ``blueprint``: the default layout's JSON text (``blueprint/codec.py``), kept in a native file's header.
    Raises :class:`~rerun_nb.io.RecordingFileError` when the file cannot be created.
    """
    from .sink import FileSink, make_writer

    # A sink already writing this very file is closed first: opening the file again truncates it under the
    # old writer (whose compaction would then rename a stale copy over the new file).
    if isinstance(path, (str, os.PathLike)):
        for s in list(getattr(rec, "_sinks", ())):
            if isinstance(s, FileSink) and _same_file(s.path, path):
                rec.remove_sink(s)
                s.close()
    writer = make_writer(path, rec, compression=compression, overwrite=overwrite, blueprint=blueprint)
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


def disconnect_recording(rec: Any) -> None:
    """Stop streaming ``rec`` to files: flush what is pending, close them."""
    from .sink import FileSink

    for s in list(getattr(rec, "_sinks", ())):
        if isinstance(s, FileSink):
            rec.remove_sink(s)
            s.close()


def read_recording_file(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    recover: bool = False,
    memory_map: bool = True,
) -> RecordingFile:
    """Read a recording file: its ids, timeline kinds and chunks (``rerun_nb.load`` wraps them in a recording).

    Native files are memory-mapped: their arrays are not copied into memory. ``.rrd`` files (or
    ``format="rrd"``) are imported through ``rerun-sdk``. A file cut off mid-write gives its chunks up to the
    last complete one, with a warning; other damage raises :class:`~rerun_nb.io.RecordingFileError`
    (``recover=True`` keeps what comes before it).
    """
    if _is_rrd(path, format):
        from .rrd import read_rrd

        f: RecordingFile = read_rrd(path)
    else:
        f = read_native(path, memory_map=memory_map, recover=recover)
    f.chunks = _valid_chunks(f)
    return f


def _valid_chunks(f: RecordingFile) -> list[Chunk]:
    """The file's chunks that keep the store's promises; each other one is dropped with one warning line.

    A file is a door (docs/security.md): what ``rr.log`` would refuse must not reach a store from a file either.
    """
    kept = []
    for i, c in enumerate(f.chunks):
        try:
            validate_chunk(c, {**f.timeline_kinds, **c.timeline_kinds})
        except ChunkRejected as e:
            warnings.warn(f"{f.path}: chunk {i} dropped: {e}", RerunWarning, stacklevel=4)
            continue
        kept.append(c)
    return kept


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
