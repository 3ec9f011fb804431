"""The native recording file: Arrow IPC, one record batch per chunk, written as it is logged.

A native file has one of two layouts. Both are Arrow IPC and both load with :func:`read_native` (hence
``rerun_nb.load`` and ``rerun_nb.read_table``); which one a file has is ``rerun_nb:layout`` in the schema metadata
of its first stream.

Table layout (a file that was closed cleanly)
---------------------------------------------
**One Arrow IPC stream**, so ``pyarrow.ipc.open_stream(path).read_all()``, ``polars.read_ipc_stream(path)``
and DuckDB (over the pyarrow table) read the whole recording, one row per logged row::

    entity_path | row_id | <one column per timeline> | <one column per component>

* ``entity_path``: ``dictionary<int32, string>`` (one dictionary message, all entity paths; polars shows a
  categorical, DuckDB groups by it); ``row_id``: ``int64`` (log order: ``ORDER BY row_id``); timelines:
  ``int64`` sequences, ``duration[ns]``, ``timestamp[ns, UTC]``; components: ``list`` of the values
  (``Points3D:positions`` → ``list<fixed_size_list<float32, 3>>``) — the columns of :func:`rerun_nb.read_table`
  (which has ``large_list``), in chunk order rather than log order. Components are ``list`` (int32 offsets,
  rewritten at compaction; the values are not copied) because every null cell costs its offset; a chunk with
  more than 2**31 values in one column keeps ``large_list`` (a column of its own, see below).
* The schema is the **union** of the chunks' columns; a chunk's record batch has nulls in the columns it does
  not have (static rows have null times). Cost: a null column is a validity bitmap plus 4 bytes of offsets per
  row for a component (8 for a timeline), nothing for the values. Measured (``bench/bench_io.py``): point clouds
  1.000x the raw array bytes; the worst case, 80k tiny rows (a scalar, a transform) over 50 entities with 16
  different components, 1.40x (1.04x as segments).
* Each record batch is exactly one chunk. Its custom metadata (``rerun_nb:chunk``, JSON: entity path,
  static-ness, which columns are the chunk's, their shapes where they differ from the field's) lets the loader
  rebuild exactly the chunk that was written, zero-copy from the memory-mapped file. Schema metadata holds the
  header facts (``rerun_nb:format = rerun_nb.recording``, ``rerun_nb:format_version``,
  ``rerun_nb:application_id``, ``rerun_nb:recording_id``, ``rerun_nb:layout = table``, and, when the writer
  was given one, ``rerun_nb:default_blueprint``: the layout's JSON, ``rerun_nb.blueprint.codec``); field metadata says
  what each column is (``rerun_nb:kind``, timeline kinds, component shapes). Two chunks with the same column
  name but different Arrow types (an ``AnyValues`` column logged as int, then as float) get two columns, the
  second named ``name#2`` with ``rerun_nb:column = name`` in its field metadata.

Segments layout (while logging; what a killed writer leaves)
------------------------------------------------------------
A sequence of **Arrow IPC stream segments** laid end to end (each a complete Arrow IPC stream: a schema
message, dictionary and record-batch messages, an end-of-stream marker)::

    [header stream] [chunk stream] [chunk stream] ...

* The **header stream** has a one-row table (``format``, ``format_version``, ``application_id``,
  ``recording_id``, ``how_to_read``) and the same facts in its schema metadata (plus ``rerun_nb:layout =
  segments``).
* Each **chunk stream** holds the record batches of :func:`rerun_nb.arrow_codec.chunk_to_record_batch`: one
  record batch per chunk, columns ``entity_path``, ``row_id``, one per timeline, one ``large_list`` per
  component; the schema metadata names the entity path and static-ness, the field metadata the component
  identifiers and the timeline kinds. Consecutive chunks with the same schema (same entity, same columns — the
  common case while a loop logs) share one segment.

Why two layouts? An Arrow IPC stream has one schema for all its batches, written first — and while the user
logs, new entities and components keep appearing after the file was opened. Writing segments is what makes
streaming crash-safe: every batch is complete on disk once written, so a file cut off mid-write reads up to its
last complete chunk. Once the writer closes cleanly (``rr.disconnect()``, the end of ``rec.save``, interpreter
exit) every chunk is known, so :class:`NativeWriter` **compacts** the file (:func:`compact`): it reads the
segments memory-mapped, writes the table layout to a temporary file in the same directory (``fsync``), and
atomically renames it over the original. A crash or a failure during compaction (disk full) leaves the complete
segments file, which still loads; compaction failure is a :class:`~rerun_nb.RerunWarning`, never lost data.

Considered and not done: putting the header facts into the first chunk stream's schema (so that a single-schema
recording would be one stream without compaction). The header must be on disk when ``rr.save`` returns — that
is what makes ``rr.save`` fail at once on an unwritable target and leaves an identifiable file when the process
is killed before anything was logged — and at that moment the first chunk's schema is not known. The rewrite
costs one extra pass over the file at close (see ``bench/bench_io.py``; the segments are not ``fsync``-ed
when compaction follows — the compacted file is, and the segments file is usually gone before the OS writes it
out); it runs outside the store lock, so logging goes on meanwhile.

A reader that knows only single IPC streams, given a segments file (a killed writer's), sees the header table,
whose ``how_to_read`` column says what to do: ``rerun_nb.load`` / ``rerun_nb.read_table`` read it, and
:func:`compact` (or ``python -m rerun_nb convert FILE OUT.rnb``) turns it into the table layout.

Extension: any path not ending in ``.rrd`` gets this format. We recommend **``.rnb``** (rerun_nb recording).

Format version
--------------
``FORMAT_VERSION`` is 2 (version 1: segments only, no ``rerun_nb:layout``). A reader refuses files with a
greater version (a clear error saying to upgrade) — so a version-1 reader refuses a table-layout file instead of
reading its data as a header — and reads every version up to its own.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

import numpy as np
import pyarrow as pa

from ..arrow_codec import ENTITY, KIND, SHAPE, STATIC, chunk_to_record_batch, record_batch_to_chunk
from ..errors import RerunNbError, RerunWarning
from ..store import Chunk
from . import ipc_guard
from .atomic import TargetExistsError, create_beside, discard, publish

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "RECOMMENDED_EXTENSION",
    "CompactStats",
    "NativeWriter",
    "RecordingFile",
    "RecordingFileError",
    "compact",
    "read_native",
]

FORMAT = "rerun_nb.recording"
FORMAT_VERSION = 2
RECOMMENDED_EXTENSION = ".rnb"

K_FORMAT = b"rerun_nb:format"
K_VERSION = b"rerun_nb:format_version"
K_APP = b"rerun_nb:application_id"
K_REC = b"rerun_nb:recording_id"
K_LAYOUT = b"rerun_nb:layout"
K_BLUEPRINT = b"rerun_nb:default_blueprint"  # the default layout, JSON (blueprint/codec.py)
K_CHUNK = b"rerun_nb:chunk"  # record-batch custom metadata (table layout)
K_COLUMN = b"rerun_nb:column"  # field metadata (table layout): the chunk's column name, where it differs
RAGGED = b"rerun_nb:ragged"

LAYOUT_SEGMENTS = "segments"
LAYOUT_TABLE = "table"

HOW_TO_READ = (
    "This is a rerun_nb recording whose writer did not close it (a sequence of Arrow IPC streams, one per run "
    "of chunks). Read the whole recording as one table with rerun_nb.read_table(path), make it one Arrow "
    "stream with rerun_nb.io.native.compact(path), or convert it: python -m rerun_nb convert FILE OUT.parquet"
)

_IPC_CONTINUATION = b"\xff\xff\xff\xff"
_NO_LIMIT = -1  # _open(limit=_NO_LIMIT): no decompression limit (a file this process has just written)


class RecordingFileError(RerunNbError, OSError):
    """A recording file cannot be written or read: names the file and the problem."""

    def __init__(self, path: Any, problem: str) -> None:
        self.path = os.fspath(path) if isinstance(path, (str, os.PathLike)) else repr(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


# -- writing ---------------------------------------------------------------------------------------------------


def _header_metadata(
    application_id: str, recording_id: str, layout: str, blueprint: str | bytes | None = None
) -> dict[bytes, bytes]:
    md = {
        K_FORMAT: FORMAT.encode(),
        K_VERSION: str(FORMAT_VERSION).encode(),
        K_APP: application_id.encode(),
        K_REC: recording_id.encode(),
        K_LAYOUT: layout.encode(),
    }
    if blueprint is not None:
        md[K_BLUEPRINT] = blueprint.encode() if isinstance(blueprint, str) else bytes(blueprint)
    return md


def header_table(application_id: str, recording_id: str, blueprint: str | None = None) -> pa.Table:
    schema = pa.schema(
        [
            ("format", pa.string()),
            ("format_version", pa.int32()),
            ("application_id", pa.string()),
            ("recording_id", pa.string()),
            ("how_to_read", pa.string()),
        ],
        metadata=_header_metadata(application_id, recording_id, LAYOUT_SEGMENTS, blueprint),
    )
    return pa.table(
        [[FORMAT], [FORMAT_VERSION], [application_id], [recording_id], [HOW_TO_READ]], schema=schema
    )


class NativeWriter:
    """Writes chunks to a native file as they come; every chunk reaches the OS when :meth:`write` returns.

    ``target`` is a path or a binary file object (flushed after each chunk). A path is never truncated in place
    (a reader may have the old file memory-mapped): the writer creates a new hidden file beside it (``pyarrow
    .OSFile``: unbuffered, so each write is a system call and survives the process being killed), writes the
    header, renames it over the target and streams into it there — the target's name always holds either the old
    recording or the new one, loadable up to its last complete chunk. Chunks are written in the segments
    layout; :meth:`close` then compacts a path into the table layout (one Arrow IPC stream, see the module
    docstring).

    Parameters
    ----------
    compression:
        ``None`` (default) or ``"zstd"`` / ``"lz4"``: Arrow IPC's own buffer compression. Compressed files load
        with a copy (decompression) instead of memory-mapping.
    compact:
        Rewrite the file as one Arrow IPC stream when it is closed cleanly (default: yes for a path; a file
        object cannot be renamed over, so never for one).
    overwrite:
        ``False``: raise :class:`RecordingFileError` if the target already exists (checked again, atomically,
        when the new file takes the name).
    blueprint:
        The recording's default layout as JSON text (``blueprint/codec.py``), kept in the header.
    """

    def __init__(
        self,
        target: str | os.PathLike[str] | IO[bytes],
        application_id: str,
        recording_id: str,
        *,
        compression: str | None = None,
        compact: bool | None = None,
        overwrite: bool = True,
        blueprint: str | None = None,
    ) -> None:
        self.path = target
        self._own = isinstance(target, (str, os.PathLike))
        self.compact = self._own if compact is None else bool(compact and self._own)
        self.compression = compression
        self._identity: tuple[int, int] | None = None
        self._tmp: str | None = None
        if self._own:
            # Never truncate in place (a reader may have the old file mapped): a new file beside the target,
            # renamed over it once its header is written (below); a symlink at the target is followed.
            real = os.path.realpath(os.fspath(target))
            try:
                exists = os.path.isfile(real)
                if exists and not overwrite:
                    raise RecordingFileError(target, "already exists (refusing to replace a recording)")
                self._tmp = create_beside(real, ".partial", mode_from=real if exists else None)
                self._sink: Any = pa.OSFile(self._tmp, "wb")
                st = os.fstat(self._sink.fileno())
                self._identity = (st.st_dev, st.st_ino)
            except (OSError, pa.ArrowException) as e:
                discard(self._tmp)
                raise RecordingFileError(target, f"cannot open for writing: {_os_reason(e)}") from None
        else:
            self._sink = target
        self._options = pa.ipc.IpcWriteOptions(compression=compression)
        self._stream: pa.ipc.RecordBatchStreamWriter | None = None
        self._schema: pa.Schema | None = None
        self.chunks_written = 0
        self.rows_written = 0
        self.bytes_written = 0
        self.file_bytes = 0
        self.closed = False
        self.failed = False
        self.compacted: CompactStats | None = None
        self._finished = False
        self._sync_pending = False
        try:
            h = header_table(application_id, recording_id, blueprint)
            with pa.ipc.new_stream(self._sink, h.schema, options=self._options) as w:
                w.write_table(h)
            self._flush_os()
        except Exception as e:
            self._abort()
            discard(self._tmp)
            raise RecordingFileError(target, f"cannot write: {_os_reason(e)}") from None
        if self._tmp is not None:
            try:
                publish(self._tmp, real, overwrite=overwrite)
            except OSError as e:
                self._abort()
                discard(self._tmp)
                if isinstance(e, TargetExistsError):
                    raise RecordingFileError(
                        target, "already exists (refusing to replace a recording)"
                    ) from None
                raise RecordingFileError(target, f"cannot write: {_os_reason(e)}") from None
            self._tmp = None

    def write(self, chunk: Chunk, timeline_kinds: dict[str, str] | None = None) -> None:
        """Append one chunk (raises :class:`RecordingFileError` when the OS refuses the write)."""
        if self.closed:
            raise RecordingFileError(self.path, "the file is closed")
        rb = chunk_to_record_batch(chunk, timeline_kinds or {})
        try:
            if self._stream is None or not rb.schema.equals(self._schema, check_metadata=True):
                if self._stream is not None:
                    self._stream.close()
                self._stream = pa.ipc.new_stream(self._sink, rb.schema, options=self._options)
                self._schema = rb.schema
            self._stream.write_batch(rb)
            self._flush_os()
        except Exception as e:
            self._stream = None  # the stream is unusable after a failed write
            self.failed = True
            raise RecordingFileError(self.path, f"write failed: {_os_reason(e)}") from None
        self.chunks_written += 1
        self.rows_written += chunk.num_rows
        self.bytes_written += chunk.nbytes

    def _flush_os(self) -> None:
        f = getattr(self._sink, "flush", None)
        if f is not None:
            f()

    def sync(self) -> None:
        """Ask the OS to put the file on the storage device (``fsync``)."""
        if self.closed:
            return
        self._flush_os()
        fileno = getattr(self._sink, "fileno", None)
        if fileno is not None:
            with contextlib.suppress(Exception):
                os.fsync(fileno())

    def close(self) -> None:
        """End the last segment, close the file, then compact it (:meth:`close_stream` + :meth:`finish`)."""
        self.close_stream()
        self.finish()

    def close_stream(self) -> None:
        """End the last stream segment and close the file (idempotent); the file is complete on return.

        With ``compact`` on, the ``fsync`` is left to :meth:`finish`, which syncs the compacted file instead
        (or this one, when it does not compact): the segments file is usually replaced before the OS ever
        writes it out, so it costs no device time.
        """
        if self.closed:
            return
        try:
            if self._stream is not None:
                self._stream.close()
            if self.compact and not self.failed:
                self._flush_os()
                self._sync_pending = True
            else:
                self.sync()
            with contextlib.suppress(Exception):
                self.file_bytes = int(self._sink.tell())
        except Exception as e:
            self.failed = True
            raise RecordingFileError(self.path, f"closing failed: {_os_reason(e)}") from None
        finally:
            self._stream = None
            self.closed = True
            if self._own:
                with contextlib.suppress(Exception):
                    self._sink.close()

    def finish(self) -> CompactStats | None:
        """Compact the closed file into the table layout (once; never raises).

        Skipped when ``compact`` is off, a write failed (the file holds only part of the recording), or the file
        at the path is no longer the one this writer wrote (replaced, or truncated by a new writer). A failed
        compaction leaves the segments file as it was (synced) and says so with a :class:`~rerun_nb.RerunWarning`.
        """
        if not self.closed or self._finished or not self._own:
            return None
        self._finished = True
        p = os.fspath(self.path)  # type: ignore[arg-type]
        try:
            if self.compact and not self.failed:
                self.compacted = self._compact(p)
        finally:
            if self._sync_pending and self.compacted is None:
                with contextlib.suppress(OSError):
                    fd = os.open(p, os.O_RDONLY)
                    try:
                        os.fsync(fd)
                    finally:
                        os.close(fd)
        return self.compacted

    def _compact(self, p: str) -> CompactStats | None:
        try:
            st = os.stat(p)
        except OSError:
            return None
        if (st.st_dev, st.st_ino) != self._identity or (self.file_bytes and st.st_size != self.file_bytes):
            return None
        try:
            return compact(p, compression=self.compression, _expect=(self._identity, st.st_size))
        except Exception as e:
            warnings.warn(
                f"rerun_nb: {p}: could not rewrite the file as one Arrow stream ({e}). The file is complete "
                "and loads with rerun_nb.load / rerun_nb.read_table; polars and DuckDB see only its header "
                "until it is compacted (rerun_nb.io.native.compact(path)).",
                RerunWarning,
                stacklevel=_caller_level(),
            )
            return None

    def _abort(self) -> None:
        self.closed = True
        self.failed = True
        if self._own:
            with contextlib.suppress(Exception):
                self._sink.close()


def _os_reason(e: BaseException) -> str:
    if isinstance(e, OSError) and e.strerror:
        return f"{e.strerror} [errno {e.errno}]"
    return str(e) or type(e).__name__


# -- compaction ------------------------------------------------------------------------------------------------


@dataclass
class CompactStats:
    """What :func:`compact` did."""

    path: str
    chunks: int
    rows: int
    columns: int
    bytes_before: int
    bytes_after: int
    seconds: float


class _Union:
    """The table layout's schema: the union of the chunk schemas, and where each chunk's columns go."""

    def __init__(self) -> None:
        self.entities: dict[str, int] = {}
        self.fields: dict[tuple[str, str, pa.DataType], pa.Field] = {}
        self.names: set[str] = {"entity_path", "row_id"}

    def add(self, rb: pa.RecordBatch) -> None:
        md = rb.schema.metadata or {}
        self.entities.setdefault(md.get(ENTITY, b"").decode(), len(self.entities))
        for i, f in enumerate(rb.schema):
            what = (f.metadata or {}).get(KIND, b"")
            if what in (b"time", b"component"):
                t = _narrow_type(rb.column(i)) if what == b"component" else f.type
                key = (what.decode(), f.name, t)
                if key not in self.fields:
                    self.fields[key] = f.with_type(t)

    def schema(
        self, metadata: dict[bytes, bytes]
    ) -> tuple[pa.Schema, dict[tuple[str, str, pa.DataType], int]]:
        out = [
            pa.field("entity_path", pa.dictionary(pa.int32(), pa.string()), metadata={KIND: b"entity_path"}),
            pa.field("row_id", pa.int64(), nullable=False, metadata={KIND: b"row_id"}),
        ]
        where: dict[tuple[str, str, pa.DataType], int] = {}
        for kind in ("time", "component"):  # all timelines first, then the components
            for key, f in self.fields.items():
                if key[0] != kind:
                    continue
                name, fmd = f.name, dict(f.metadata or {})
                if name in self.names:  # the same name with another type: a column of its own
                    k = 2
                    while f"{f.name}#{k}" in self.names:
                        k += 1
                    name = f"{f.name}#{k}"
                    fmd[K_COLUMN] = f.name.encode()
                self.names.add(name)
                where[key] = len(out)
                out.append(pa.field(name, f.type, nullable=True, metadata=fmd))
        return pa.schema(out, metadata=metadata), where


_MAX_I32 = 2**31 - 1


def _narrow_type(col: pa.Array) -> pa.DataType:
    """A component column's type in the table: ``list`` (4-byte offsets) where its values fit, else as is."""
    t = col.type
    if not pa.types.is_large_list(t) or (
        len(col) and col.offsets[-1].as_py() - col.offsets[0].as_py() > _MAX_I32
    ):
        return t
    return pa.list_(t.value_field)


def _narrow(col: pa.Array, t: pa.DataType) -> pa.Array:
    """``large_list`` → ``list``: the offsets are rewritten as int32 (4 bytes a row, also in every null
    column of the table); the values are not copied. The loader widens them again (the chunk's int64 offsets)."""
    if t == col.type:
        return col
    o = col.offsets.to_numpy()
    values = col.values.slice(int(o[0]), int(o[-1] - o[0]))
    mask = col.is_null() if col.null_count else None
    return pa.ListArray.from_arrays(pa.array((o - o[0]).astype(np.int32)), values, type=t, mask=mask)


def _component_md(fmd: dict[bytes, bytes]) -> dict[str, str]:
    return {"shape": fmd.get(SHAPE, b"").decode(), "ragged": "1" if fmd.get(RAGGED) == b"1" else ""}


def compact(
    path: str | os.PathLike[str], *, compression: str | None = None, _expect: Any = None
) -> CompactStats | None:
    """Rewrite a native file in the table layout (one Arrow IPC stream), atomically; ``None`` if it already is.

    The new file is written next to the original (a hidden ``.NAME.*.compacting`` file), synced, and renamed
    over it: a reader, a crash or a failure at any moment sees either the old file or the new one, complete.
    Raises :class:`RecordingFileError` (the original untouched) when the file cannot be read or the new one
    cannot be written. A file cut off mid-write is compacted up to its last complete chunk, with the warning
    :func:`read_native` gives. ``compression`` is the new file's Arrow IPC buffer compression.
    """
    t0 = time.perf_counter()
    p = os.path.realpath(os.fspath(path))
    # (a writer compacting the file it has just written trusts it: no decompression limit on its own data)
    src, size, reader, md, layout = _open(p, memory_map=True, limit=None if _expect is None else _NO_LIMIT)
    try:
        return _compact(p, src, size, reader, md, layout, compression, _expect, t0)
    except RecordingFileError:
        raise
    except Exception as e:
        raise RecordingFileError(p, f"compaction failed: {type(e).__name__}: {e}") from None


def _compact(
    p: str,
    src: Any,
    size: int,
    reader: Any,
    md: dict[bytes, bytes],
    layout: str,
    compression: str | None,
    _expect: Any,
    t0: float,
) -> CompactStats | None:
    if layout == LAYOUT_TABLE:
        src.close()
        return None
    if _expect is not None:
        st = os.stat(p)
        if ((st.st_dev, st.st_ino), st.st_size) != _expect:
            src.close()
            return None  # the file changed since its writer closed it: leave it alone
    for _ in reader:  # the header table
        pass
    info = RecordingFile(
        p,
        md.get(K_APP, b"").decode(errors="replace"),
        md.get(K_REC, b"").decode(errors="replace"),
        FORMAT_VERSION,
        file_size=size,
    )
    batches = list(_segment_batches(src, info, size, recover=False))
    u = _Union()
    for rb in batches:
        u.add(rb)
    schema, where = u.schema(
        _header_metadata(info.application_id, info.recording_id, LAYOUT_TABLE, md.get(K_BLUEPRINT))
    )
    entity_dict = pa.array(list(u.entities), pa.string())
    d = os.path.dirname(p)
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(p)}.", suffix=".compacting", dir=d)
    os.close(fd)
    rows = 0
    try:
        with contextlib.suppress(OSError):
            os.chmod(tmp, os.stat(p).st_mode & 0o7777)
        f = pa.OSFile(tmp, "wb")
        out = pa.BufferedOutputStream(f, 1 << 20)
        try:
            opts = pa.ipc.IpcWriteOptions(compression=compression)
            with pa.ipc.new_stream(out, schema, options=opts) as w:
                for rb in batches:
                    tb, cmd = _to_table_batch(rb, schema, where, u.entities, entity_dict)
                    w.write_batch(tb, custom_metadata=cmd)
                    rows += rb.num_rows
            out.flush()
            os.fsync(f.fileno())
        finally:
            with contextlib.suppress(Exception):
                out.close()  # (closes f)
            with contextlib.suppress(Exception):
                f.close()
        del batches
        os.replace(tmp, p)
    except BaseException as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, Exception):
            raise RecordingFileError(p, f"compaction failed: {_os_reason(e)}") from None
        raise
    with contextlib.suppress(Exception):
        src.close()
    with contextlib.suppress(OSError):  # make the rename itself durable
        dfd = os.open(d or ".", os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    return CompactStats(
        p, info.chunks_seen, rows, len(schema), size, os.path.getsize(p), time.perf_counter() - t0
    )


def _to_table_batch(
    rb: pa.RecordBatch,
    schema: pa.Schema,
    where: dict[tuple[str, str, pa.DataType], int],
    entities: dict[str, int],
    entity_dict: pa.Array,
) -> tuple[pa.RecordBatch, dict[bytes, bytes]]:
    n = rb.num_rows
    md = rb.schema.metadata or {}
    entity = md.get(ENTITY, b"").decode()
    cols: list[Any] = [None] * len(schema)
    cols[0] = pa.DictionaryArray.from_arrays(pa.array(np.full(n, entities[entity], np.int32)), entity_dict)
    present: list[int] = []
    shapes: dict[str, dict[str, str]] = {}
    for i, f in enumerate(rb.schema):
        fmd = f.metadata or {}
        what = fmd.get(KIND, b"")
        if what == b"row_id":
            cols[1] = rb.column(i)
            continue
        if what not in (b"time", b"component"):
            continue
        col = rb.column(i)
        t = _narrow_type(col) if what == b"component" else f.type
        j = where[(what.decode(), f.name, t)]
        cols[j] = _narrow(col, t)
        present.append(j)
        if what == b"component":
            mine = _component_md(fmd)
            if mine != _component_md(schema.field(j).metadata or {}):
                shapes[str(j)] = mine
    for j, c in enumerate(cols):
        if c is None:
            cols[j] = pa.nulls(n, schema.field(j).type)
    desc: dict[str, Any] = {"entity_path": entity, "static": md.get(STATIC, b"0") == b"1", "columns": present}
    if shapes:
        desc["shapes"] = shapes
    return pa.RecordBatch.from_arrays(cols, schema=schema), {K_CHUNK: json.dumps(desc).encode()}


def _from_table_batch(rb: pa.RecordBatch, cmd: Any) -> pa.RecordBatch:
    """A table-layout batch → the chunk's own record batch (as :func:`chunk_to_record_batch` made it), no copy."""
    raw = None if cmd is None else dict(cmd).get(K_CHUNK)
    if raw is None:
        raise _Corrupt("a record batch without its chunk description (rewritten by another tool?)")
    try:
        desc = json.loads(raw)
        shapes = desc.get("shapes", {})
        fields = [rb.schema.field(1)]
        arrays = [rb.column(1)]
        for j in desc["columns"]:
            f = rb.schema.field(j)
            fmd = dict(f.metadata or {})
            name = fmd.pop(K_COLUMN, f.name.encode()).decode()
            s = shapes.get(str(j))
            if s is not None:
                fmd[SHAPE] = s["shape"].encode()
                fmd.pop(RAGGED, None)
                if s["ragged"]:
                    fmd[RAGGED] = b"1"
            fields.append(pa.field(name, f.type, metadata=fmd))
            arrays.append(rb.column(j))
        smd = {ENTITY: desc["entity_path"].encode(), STATIC: b"1" if desc["static"] else b"0"}
        return pa.RecordBatch.from_arrays(arrays, schema=pa.schema(fields, metadata=smd))
    except _Corrupt:
        raise
    except Exception as e:
        raise _Corrupt(f"a record batch whose chunk description does not fit ({e})") from None


# -- reading ---------------------------------------------------------------------------------------------------


@dataclass
class RecordingFile:
    """What :func:`read_native` found in a file."""

    path: str
    application_id: str
    recording_id: str
    format_version: int
    chunks: list[Chunk] = field(default_factory=list)
    timeline_kinds: dict[str, str] = field(default_factory=dict)
    file_size: int = 0
    complete: bool = True  # False: cut off (or corrupt, with recover=True) — chunks hold what was readable
    problem: str | None = None
    layout: str = LAYOUT_SEGMENTS  # "table" (one Arrow IPC stream) or "segments" (see the module docstring)
    chunks_seen: int = 0
    rows_seen: int = 0
    bytes_seen: int = 0
    default_blueprint: str | None = None  # JSON text (blueprint/codec.py), as the writer was given it


_SHORT_READ = re.compile(r"only \d+ bytes|but only read|got \d+|Corrupted message, only")


def _sniff_foreign(head: bytes) -> str | None:
    if head.startswith(b"RRF2") or head.startswith(b"RRF0") or head.startswith(b"RRF1"):
        return "this is a Rerun .rrd file, not a native rerun_nb file: give it the .rrd extension (or pass format='rrd')"
    if head.startswith(b"PAR1"):
        return "this is a Parquet file, not a rerun_nb recording"
    if head.startswith(b"ARROW1"):
        return "this is an Arrow IPC *file* (Feather v2), not a rerun_nb recording"
    if head.startswith(b"\x89HDF"):
        return "this is an HDF5 file, not a rerun_nb recording"
    if head.startswith(b"PK"):
        return "this is a zip archive, not a rerun_nb recording"
    return None


def _open(
    p: str, memory_map: bool, limit: int | None = None
) -> tuple[Any, int, Any, dict[bytes, bytes], str]:
    """Open a native file and its first stream: (source, size, reader, schema metadata, layout).

    Before anything is decoded, the whole file's Arrow IPC messages are checked against the decompression
    limit (:mod:`rerun_nb.io.ipc_guard`; ``limit=None``: its default for the file's size).
    """
    try:
        st = os.stat(p)
    except OSError as e:
        raise RecordingFileError(p, f"cannot open: {_os_reason(e)}") from None
    if not os.path.isfile(p):
        raise RecordingFileError(p, "not a regular file")
    size = st.st_size
    if size == 0:
        raise RecordingFileError(p, "the file is empty (nothing was ever written to it)")
    try:
        src: Any = pa.memory_map(p, "r") if memory_map else pa.OSFile(p, "rb")
    except (OSError, pa.ArrowException) as e:
        raise RecordingFileError(p, f"cannot open: {_os_reason(e)}") from None
    head = bytes(src.read_at(min(8, size), 0))
    if not head.startswith(_IPC_CONTINUATION):
        foreign = _sniff_foreign(head)
        raise RecordingFileError(
            p, foreign or "not a rerun_nb recording (it does not start with an Arrow IPC stream)"
        )
    try:
        reader = pa.ipc.open_stream(src)
    except (pa.ArrowException, OSError) as e:
        raise RecordingFileError(
            p, f"not a readable rerun_nb recording: its header is cut off or damaged ({e})"
        ) from None
    md = reader.schema.metadata or {}
    if md.get(K_FORMAT) != FORMAT.encode():
        raise RecordingFileError(
            p, "an Arrow IPC stream, but not a rerun_nb recording (no 'rerun_nb:format' in its header)"
        )
    try:
        version = int(md.get(K_VERSION, b"0"))
    except ValueError:
        raise RecordingFileError(p, f"bad format version {md.get(K_VERSION)!r}") from None
    if version > FORMAT_VERSION:
        raise RecordingFileError(
            p,
            f"written by a newer rerun_nb (file format version {version}; this rerun_nb reads up to "
            f"{FORMAT_VERSION}): upgrade rerun_nb to read it",
        )
    layout = md.get(K_LAYOUT, LAYOUT_SEGMENTS.encode()).decode(errors="replace")
    if layout not in (LAYOUT_SEGMENTS, LAYOUT_TABLE):
        raise RecordingFileError(p, f"unknown layout {layout!r}: upgrade rerun_nb to read it")
    try:
        if limit != _NO_LIMIT:
            ipc_guard.scan(src, size, ipc_guard.default_limit(size) if limit is None else limit)
    except ipc_guard.LimitExceeded as e:
        src.close()
        raise RecordingFileError(p, str(e)) from None
    return src, size, reader, dict(md), layout


def read_native(
    path: str | os.PathLike[str],
    *,
    memory_map: bool = True,
    recover: bool = False,
    max_decompressed_bytes: int | None = None,
) -> RecordingFile:
    """Read a native recording file (either layout): the header and every complete chunk.

    Arrays are memory-mapped where Arrow allows (uncompressed files): loading a large file does not read it
    into memory. A file cut off mid-write (the writer was killed) gives every chunk before the cut and a
    :class:`~rerun_nb.RerunWarning` saying how much was recovered. A corrupt file raises
    :class:`RecordingFileError` — unless ``recover=True``, which keeps what comes before the damage.

    Parameters
    ----------
    max_decompressed_bytes:
        The most a compressed file may inflate to (declared sizes, checked before anything is decompressed);
        ``None``: :func:`rerun_nb.io.ipc_guard.default_limit` (``max(64 x file size, 256 MiB)``, at most the
        memory available; the environment variable ``RERUN_NB_MAX_DECOMPRESSED_BYTES`` overrides it).

    Raises
    ------
    RecordingFileError
        For every problem with the file (never another exception), naming the file and the problem.
    """
    p = os.fspath(path)
    try:
        return _read_native(p, memory_map, recover, max_decompressed_bytes)
    except RecordingFileError:
        raise
    except MemoryError:
        raise RecordingFileError(p, "not enough memory to read it") from None
    except Exception as e:  # anything a damaged file provokes below is still a file problem
        raise RecordingFileError(p, f"not a readable rerun_nb recording ({type(e).__name__}: {e})") from None


def _read_native(p: str, memory_map: bool, recover: bool, limit: int | None) -> RecordingFile:
    src, size, reader, md, layout = _open(p, memory_map, limit)
    out = RecordingFile(
        p,
        md.get(K_APP, b"").decode(errors="replace"),
        md.get(K_REC, b"").decode(errors="replace"),
        int(md.get(K_VERSION, b"0")),
        file_size=size,
        layout=layout,
        default_blueprint=md[K_BLUEPRINT].decode(errors="replace") if K_BLUEPRINT in md else None,
    )
    if layout == LAYOUT_TABLE:
        batches = _table_batches(src, reader, out, size, recover)
    else:
        try:
            for _ in reader:  # the header table
                pass
        except (pa.ArrowException, OSError) as e:
            raise RecordingFileError(
                p, f"not a readable rerun_nb recording: its header is cut off or damaged ({e})"
            ) from None
        batches = _segment_batches(src, out, size, recover)
    for chunk, kinds in _decode(batches, out, recover):
        out.chunks.append(chunk)
        for k, v in kinds.items():
            out.timeline_kinds.setdefault(k, v)
    return out


def _decode(
    batches: Iterator[pa.RecordBatch], out: RecordingFile, recover: bool
) -> Iterator[tuple[Chunk, dict[str, str]]]:
    for rb in batches:
        try:
            yield record_batch_to_chunk(rb)
        except Exception as e:
            _damaged(out, -1, f"a chunk that does not decode ({e})", recover, truncated=False)
            return


def _seen(out: RecordingFile, rb: pa.RecordBatch) -> None:
    out.chunks_seen += 1
    out.rows_seen += rb.num_rows
    out.bytes_seen += rb.nbytes


def _segment_batches(src: Any, out: RecordingFile, size: int, recover: bool) -> Iterator[pa.RecordBatch]:
    """The chunk record batches of a segments file, after its header stream; damage is reported to ``out``."""
    while True:
        if src.tell() >= size:
            return
        try:
            reader = pa.ipc.open_stream(src)
            while True:
                try:
                    rb = reader.read_next_batch()
                except StopIteration:
                    break
                _validated(rb)
                _seen(out, rb)
                yield rb
        except _Corrupt as e:
            _damaged(out, src.tell(), str(e), recover, truncated=False)
            return
        except (pa.ArrowException, OSError) as e:
            _stream_error(src, out, size, e, recover)
            return


def _table_batches(
    src: Any, reader: Any, out: RecordingFile, size: int, recover: bool
) -> Iterator[pa.RecordBatch]:
    """The chunk record batches of a table-layout file (rebuilt from its rows, no copy)."""
    while True:
        try:
            try:
                rb, cmd = reader.read_next_batch_with_custom_metadata()
            except StopIteration:
                break
            chunk_rb = _from_table_batch(_validated(rb), cmd)
        except _Corrupt as e:
            _damaged(out, src.tell(), str(e), recover, truncated=False)
            return
        except (pa.ArrowException, OSError) as e:
            _stream_error(src, out, size, e, recover)
            return
        _seen(out, chunk_rb)
        yield chunk_rb
    if src.tell() < size:
        _damaged(out, src.tell(), "data after the end of the recording's stream", recover, truncated=False)


def _stream_error(src: Any, out: RecordingFile, size: int, e: BaseException, recover: bool) -> None:
    pos = src.tell()
    truncated = bool(_SHORT_READ.search(str(e))) or pos >= size
    _damaged(out, pos, str(e), recover, truncated=truncated)


class _Corrupt(Exception):
    pass


def _validated(rb: pa.RecordBatch) -> pa.RecordBatch:
    """``rb`` after Arrow's full validation (offsets, UTF-8, dictionary indices, buffer sizes): nothing may touch
    a batch read from a file before it (even ``nbytes`` follows the offsets, and would read out of bounds)."""
    try:
        rb.validate(full=True)
    except (pa.ArrowException, ValueError) as e:
        raise _Corrupt(f"invalid Arrow data ({e})") from None
    return rb


def _damaged(out: RecordingFile, pos: int, why: str, recover: bool, *, truncated: bool) -> None:
    decoded = bool(out.chunks) or pos < 0  # (pos < 0: a chunk failed to decode; count the decoded ones)
    rows = sum(c.num_rows for c in out.chunks) if decoded else out.rows_seen
    nbytes = sum(c.nbytes for c in out.chunks) if decoded else out.bytes_seen
    n = len(out.chunks) if decoded else out.chunks_seen
    got = f"{n} chunks, {rows} rows, {nbytes / 1e6:.1f} MB of arrays"
    out.complete = False
    where = f"byte {pos} of {out.file_size}" if pos >= 0 else f"chunk {n}"
    if truncated:
        out.problem = f"cut off at {where} (the writer stopped mid-write)"
        warnings.warn(
            f"rerun_nb: {out.path}: {out.problem}; recovered everything up to the last complete chunk: {got}",
            RerunWarning,
            stacklevel=_caller_level(),
        )
        return
    out.problem = f"corrupt near {where}: {why}"
    if not recover:
        raise RecordingFileError(
            out.path,
            f"{out.problem}. The {n} chunks before the damage can be read with "
            f"rerun_nb.load(path, recover=True)",
        )
    warnings.warn(
        f"rerun_nb: {out.path}: {out.problem}; recovered {got}", RerunWarning, stacklevel=_caller_level()
    )


_PKG_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _caller_level() -> int:
    """The ``stacklevel`` that points a warning at the first frame outside rerun_nb."""
    import sys

    f, level = sys._getframe(1), 1
    while f is not None and os.path.abspath(f.f_code.co_filename).startswith(_PKG_DIR + os.sep):
        f, level = f.f_back, level + 1
    return level
