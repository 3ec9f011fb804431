"""The native recording file: Arrow IPC, one record batch per chunk, written as it is logged.

Layout
------
A native file is a sequence of **Arrow IPC stream segments** laid end to end (each one a complete Arrow IPC
stream: a schema message, dictionary and record-batch messages, an end-of-stream marker)::

    [header stream] [chunk stream] [chunk stream] ...

* The **header stream** has a one-row table (``format``, ``format_version``, ``application_id``,
  ``recording_id``, ``how_to_read``) and the same facts in its schema metadata (``rerun_nb:format =
  rerun_nb.recording``, ``rerun_nb:format_version``, ``rerun_nb:application_id``, ``rerun_nb:recording_id``).
* Each **chunk stream** holds the record batches of :func:`rerun_nb.arrow_codec.chunk_to_record_batch`: one
  record batch per chunk, columns ``entity_path``, ``row_id``, one per timeline, one ``large_list`` per
  component; the schema metadata names the entity path and static-ness, the field metadata the component
  identifiers (the column names, ``Points3D:positions``) and the timeline kinds. Consecutive chunks with the
  same schema (same entity, same columns — the common case while a loop logs) share one stream segment, so the
  schema is not repeated for every chunk.

Why segments and not one stream? An Arrow IPC stream has one schema for all its batches, and chunks have
different schemas (entity, timelines, components — and new components appear while the user logs, after the
file was opened). The alternatives were (a) one wide schema fixed at ``save`` time, which cannot take the
components logged later, and (b) one stream with a generic schema (entity, component, binary payload), which
opens everywhere but shows nothing useful and costs a copy on load. Segments keep every chunk a plain,
typed, zero-copy Arrow record batch — ``pyarrow.memory_map`` + ``pyarrow.ipc.open_stream`` read it without
copying — and make crash recovery simple: every batch is complete on disk once written, so a file cut off
mid-write reads up to its last complete batch.

The other tools: a reader that knows only single IPC streams (``polars.read_ipc_stream``) sees the header
table, whose ``how_to_read`` column says what to do — never a silent part of the data. The whole recording as
one table, one row per logged row, is :func:`rerun_nb.read_table` (a ``pyarrow.Table``; ``polars.from_arrow``
and DuckDB's Arrow scans take it without copying), and ``python -m rerun_nb convert FILE OUT.parquet`` gives
a file polars and DuckDB open natively.

Extension: any path not ending in ``.rrd`` gets this format. We recommend **``.rnb``** (rerun_nb recording); it
is not ``.arrows`` because the file is not a single Arrow stream.

Format version
--------------
``FORMAT_VERSION`` is 1. A reader refuses files with a greater version (a clear error saying to upgrade), and
reads every version up to its own.
"""

from __future__ import annotations

import contextlib
import os
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

import pyarrow as pa

from ..arrow_codec import chunk_to_record_batch, record_batch_to_chunk
from ..errors import RerunNbError, RerunWarning
from ..store import Chunk

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "RECOMMENDED_EXTENSION",
    "NativeWriter",
    "RecordingFile",
    "RecordingFileError",
    "read_native",
]

FORMAT = "rerun_nb.recording"
FORMAT_VERSION = 1
RECOMMENDED_EXTENSION = ".rnb"

K_FORMAT = b"rerun_nb:format"
K_VERSION = b"rerun_nb:format_version"
K_APP = b"rerun_nb:application_id"
K_REC = b"rerun_nb:recording_id"

HOW_TO_READ = (
    "This is a rerun_nb recording: a sequence of Arrow IPC streams, one per run of chunks. Read the whole "
    "recording as one table with rerun_nb.read_table(path), or convert it: python -m rerun_nb convert FILE "
    "OUT.parquet"
)

_IPC_CONTINUATION = b"\xff\xff\xff\xff"


class RecordingFileError(RerunNbError, OSError):
    """A recording file cannot be written or read: names the file and the problem."""

    def __init__(self, path: Any, problem: str) -> None:
        self.path = os.fspath(path) if isinstance(path, (str, os.PathLike)) else repr(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


# -- writing ---------------------------------------------------------------------------------------------------


def header_table(application_id: str, recording_id: str) -> pa.Table:
    schema = pa.schema(
        [
            ("format", pa.string()),
            ("format_version", pa.int32()),
            ("application_id", pa.string()),
            ("recording_id", pa.string()),
            ("how_to_read", pa.string()),
        ],
        metadata={
            K_FORMAT: FORMAT.encode(),
            K_VERSION: str(FORMAT_VERSION).encode(),
            K_APP: application_id.encode(),
            K_REC: recording_id.encode(),
        },
    )
    return pa.table(
        [[FORMAT], [FORMAT_VERSION], [application_id], [recording_id], [HOW_TO_READ]], schema=schema
    )


class NativeWriter:
    """Writes chunks to a native file as they come; every chunk reaches the OS when :meth:`write` returns.

    ``target`` is a path (opened with ``pyarrow.OSFile``: unbuffered, so each write is a system call and
    survives the process being killed) or a binary file object (flushed after each chunk).

    Parameters
    ----------
    compression:
        ``None`` (default) or ``"zstd"`` / ``"lz4"``: Arrow IPC's own buffer compression. Compressed files load
        with a copy (decompression) instead of memory-mapping.
    """

    def __init__(
        self,
        target: str | os.PathLike[str] | IO[bytes],
        application_id: str,
        recording_id: str,
        *,
        compression: str | None = None,
    ) -> None:
        self.path = target
        self._own = isinstance(target, (str, os.PathLike))
        if self._own:
            try:
                self._sink: Any = pa.OSFile(os.fspath(target), "wb")
            except (OSError, pa.ArrowException) as e:
                raise RecordingFileError(target, f"cannot open for writing: {_os_reason(e)}") from None
        else:
            self._sink = target
        self._options = pa.ipc.IpcWriteOptions(compression=compression)
        self._stream: pa.ipc.RecordBatchStreamWriter | None = None
        self._schema: pa.Schema | None = None
        self.chunks_written = 0
        self.rows_written = 0
        self.bytes_written = 0
        self.closed = False
        try:
            h = header_table(application_id, recording_id)
            with pa.ipc.new_stream(self._sink, h.schema, options=self._options) as w:
                w.write_table(h)
            self._flush_os()
        except Exception as e:
            self._abort()
            raise RecordingFileError(target, f"cannot write: {_os_reason(e)}") from None

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
        """End the last stream segment and close the file (idempotent)."""
        if self.closed:
            return
        try:
            if self._stream is not None:
                self._stream.close()
            self.sync()
        except Exception as e:
            raise RecordingFileError(self.path, f"closing failed: {_os_reason(e)}") from None
        finally:
            self._stream = None
            self.closed = True
            if self._own:
                with contextlib.suppress(Exception):
                    self._sink.close()

    def _abort(self) -> None:
        self.closed = True
        if self._own:
            with contextlib.suppress(Exception):
                self._sink.close()


def _os_reason(e: BaseException) -> str:
    if isinstance(e, OSError) and e.strerror:
        return f"{e.strerror} [errno {e.errno}]"
    return str(e) or type(e).__name__


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


def read_native(
    path: str | os.PathLike[str], *, memory_map: bool = True, recover: bool = False
) -> RecordingFile:
    """Read a native recording file: the header and every complete chunk.

    Arrays are memory-mapped where Arrow allows (uncompressed files): loading a large file does not read it
    into memory. A file cut off mid-write (the writer was killed) gives every chunk before the cut and a
    :class:`~rerun_nb.RerunWarning` saying how much was recovered. A corrupt file raises
    :class:`RecordingFileError` — unless ``recover=True``, which keeps what comes before the damage.
    """
    p = os.fspath(path)
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
    # Header.
    try:
        reader = pa.ipc.open_stream(src)
        hschema = reader.schema
        for _ in reader:
            pass
    except (pa.ArrowException, OSError) as e:
        raise RecordingFileError(
            p, f"not a readable rerun_nb recording: its header is cut off or damaged ({e})"
        ) from None
    md = hschema.metadata or {}
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
    out = RecordingFile(
        p,
        md.get(K_APP, b"").decode(errors="replace"),
        md.get(K_REC, b"").decode(errors="replace"),
        version,
        file_size=size,
    )
    for chunk, kinds in _iter_chunks(src, out, size, recover):
        out.chunks.append(chunk)
        for k, v in kinds.items():
            out.timeline_kinds.setdefault(k, v)
    return out


def _iter_chunks(
    src: Any, out: RecordingFile, size: int, recover: bool
) -> Iterator[tuple[Chunk, dict[str, str]]]:
    while True:
        seg_start = src.tell()
        if seg_start >= size:
            return
        try:
            reader = pa.ipc.open_stream(src)
            while True:
                try:
                    rb = reader.read_next_batch()
                except StopIteration:
                    break
                try:
                    yield record_batch_to_chunk(rb)
                except Exception as e:
                    raise _Corrupt(f"a chunk that does not decode ({e})") from None
        except _Corrupt as e:
            _damaged(out, src.tell(), str(e), recover, truncated=False)
            return
        except (pa.ArrowException, OSError) as e:
            pos = src.tell()
            truncated = bool(_SHORT_READ.search(str(e))) or pos >= size
            _damaged(out, pos, str(e), recover, truncated=truncated)
            return


class _Corrupt(Exception):
    pass


def _damaged(out: RecordingFile, pos: int, why: str, recover: bool, *, truncated: bool) -> None:
    rows = sum(c.num_rows for c in out.chunks)
    nbytes = sum(c.nbytes for c in out.chunks)
    got = f"{len(out.chunks)} chunks, {rows} rows, {nbytes / 1e6:.1f} MB of arrays"
    out.complete = False
    if truncated:
        out.problem = f"cut off at byte {pos} of {out.file_size} (the writer stopped mid-write)"
        warnings.warn(
            f"rerun_nb: {out.path}: {out.problem}; recovered everything up to the last complete chunk: {got}",
            RerunWarning,
            stacklevel=4,
        )
        return
    out.problem = f"corrupt near byte {pos} of {out.file_size}: {why}"
    if not recover:
        raise RecordingFileError(
            out.path,
            f"{out.problem}. The {len(out.chunks)} chunks before the damage can be read with "
            f"rerun_nb.load(path, recover=True)",
        )
    warnings.warn(f"rerun_nb: {out.path}: {out.problem}; recovered {got}", RerunWarning, stacklevel=4)
