"""Rerun interop: ``.rrd`` files written and read through ``rerun-sdk`` (the optional ``rerun_nb[rerun]`` extra).

Writing: each of our chunks becomes one Rerun chunk — a record batch in Rerun's layout (a ``RowId`` column of
TUIDs made from our row ids, so log order and latest-at ties survive; one index column per timeline; one
``list<…>`` column per component, with Rerun's component descriptors — ``Points3D:positions`` is archetype
``rerun.archetypes.Points3D``, component type ``rerun.components.Position3D`` — and Rerun's Arrow datatypes:
colors packed ``0xRRGGBBAA`` u32, 3x3 matrices column-major, axis-angle a struct). ``rerun.chunk.Chunk
.from_record_batch`` checks it, and a ``rerun.RecordingStream`` with Rerun's own file sink writes it, so the
file is whatever Rerun writes. Nothing is ever written under ``.rrd`` without rerun-sdk.

Reading: ``rerun.chunk.RrdReader(path).stream()`` gives Rerun's chunks; each becomes one of ours (the inverse
conversions), Rerun-internal entities left out but for the recording properties (``/__properties``, kept as
``rr.send_property`` / ``send_recording_name`` keep them here). Row ids are re-numbered in TUID order.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import warnings
from typing import Any

import numpy as np
import pyarrow as pa

from ..archetypes.registry import component_kind, field_of
from ..components import COMPONENT_TYPES, Ragged, remember_descriptor, user_descriptor
from ..errors import RerunNbError, RerunWarning
from ..store import Chunk, Column
from .atomic import TargetExistsError, create_beside, discard, fsync_dir, publish
from .native import RecordingFile, RecordingFileError, _os_reason
from .rrd_images import from_rerun as images_from_rerun
from .rrd_images import to_rerun as images_to_rerun
from .rrd_kinds import column_from_rerun, column_to_rerun

__all__ = ["RerunSdkMissingError", "RrdWriter", "chunk_to_rerun_batch", "read_rrd", "rerun_sdk"]


class RerunSdkMissingError(RerunNbError, ImportError):
    """``.rrd`` needs rerun-sdk, which is not installed."""


def rerun_sdk(path: Any, what: str) -> Any:
    """Import rerun-sdk, or raise an error naming both ways out."""
    try:
        import rerun
        import rerun.chunk
    except ImportError:
        p = os.fspath(path)
        stem = p[: -len(".rrd")] if p.lower().endswith(".rrd") else p
        raise RerunSdkMissingError(
            f"{p}: {what} Rerun's .rrd format needs rerun-sdk, which is not installed. Either install it "
            f"(pip install 'rerun_nb[rerun]'), or use rerun_nb's native format: any other extension, e.g. "
            f"{stem + '.rnb'!r}."
        ) from None
    return rerun


# -- rerun_nb -> Rerun ---------------------------------------------------------------------------------------

_TUID_META = {
    b"ARROW:extension:metadata": b'{"namespace":"row"}',
    b"ARROW:extension:name": b"rerun.datatypes.TUID",
    b"rerun:kind": b"control",
}


def _descriptor(rerun: Any, name: str) -> tuple[dict[bytes, bytes], pa.DataType | None]:
    md = {b"rerun:kind": b"data", b"rerun:component": name.encode()}
    arch, _, fld = name.partition(":")
    cls = getattr(rerun, arch, None) or getattr(rerun.archetypes, arch, None)
    fn = getattr(cls, f"descriptor_{fld}", None) if cls is not None and fld else None
    if fn is None:  # a user component (AnyValues, described batches): the descriptor it was logged with
        user_arch, user_type, layout = user_descriptor(name)
        if user_arch:
            md[b"rerun:archetype"] = user_arch.encode()
        if user_type:
            md[b"rerun:component_type"] = user_type.encode()
        return md, _arrow_type_of(rerun, layout)
    try:
        d = fn()
    except Exception:
        return md, None
    if d.archetype:
        md[b"rerun:archetype"] = d.archetype.encode()
    if d.component_type:
        md[b"rerun:component_type"] = d.component_type.encode()
    return md, _arrow_type_of(rerun, d.component_type)


def _arrow_type_of(rerun: Any, component_type: str | None) -> pa.DataType | None:
    """Rerun's Arrow type of ``rerun.components.<Name>`` values (None when unknown)."""
    if not component_type:
        return None
    batch = getattr(rerun.components, component_type.rsplit(".", 1)[-1] + "Batch", None)
    return getattr(batch, "_ARROW_DATATYPE", None)


def _kind_of(name: str) -> str | None:
    """The kind of value of component ``name``: its field's, or for a user component that of its Rerun type."""
    kind = component_kind(name)
    if kind is None and field_of(name) is None:
        layout = user_descriptor(name)[2]
        norm = COMPONENT_TYPES.get(layout.rsplit(".", 1)[-1]) if layout else None
        kind = getattr(norm, "kind", None)
    return kind


def _values_to_rerun(name: str, v: Any) -> pa.Array:
    """Our canonical batch of component ``name`` in Rerun's Arrow layout, by the kind its field declares."""
    if isinstance(v, Ragged):
        if field_of(name) is None and v.values.dtype == np.uint8:  # bytes in AnyValues: Rerun's ``binary``
            offsets = pa.py_buffer(v.offsets.astype(np.int32).tobytes())
            data = pa.py_buffer(np.ascontiguousarray(v.values).tobytes())
            return pa.BinaryArray.from_buffers(pa.binary(), len(v.offsets) - 1, [None, offsets, data])
        pts = _values_to_rerun(name, v.values)
        return pa.ListArray.from_arrays(pa.array(v.offsets.astype(np.int32)), pts)
    v = np.asarray(v)
    kind = _kind_of(name)
    special = images_to_rerun(kind, v)
    if special is not None:
        return special
    if v.dtype == object:
        return pa.array(list(v), type=pa.string())
    if kind == "color":
        u = v.astype(np.uint32)
        return pa.array((u[:, 0] << 24) | (u[:, 1] << 16) | (u[:, 2] << 8) | u[:, 3])
    if kind == "axis_angle":
        axis = pa.FixedSizeListArray.from_arrays(pa.array(np.ascontiguousarray(v[:, :3]).reshape(-1)), 3)
        return pa.StructArray.from_arrays([axis, pa.array(v[:, 3])], names=["axis", "angle"])
    if kind == "mat3x3":  # row-major here, column-major in Rerun
        v = np.ascontiguousarray(v.transpose(0, 2, 1))
    if v.ndim >= 2:
        k = int(np.prod(v.shape[1:]))
        return pa.FixedSizeListArray.from_arrays(pa.array(np.ascontiguousarray(v).reshape(-1)), k)
    return pa.array(v)


def chunk_to_rerun_batch(rerun: Any, chunk: Chunk, timeline_kinds: dict[str, str]) -> pa.RecordBatch:
    """One of our chunks as a record batch in Rerun's chunk layout (see module docstring)."""
    n = chunk.num_rows
    tuid = np.zeros((n, 2), dtype=">u8")
    tuid[:, 0] = chunk.row_ids.astype(np.uint64)
    arrays: list[pa.Array] = [
        pa.FixedSizeBinaryArray.from_buffers(pa.binary(16), n, [None, pa.py_buffer(tuid.tobytes())])
    ]
    fields = [pa.field("rerun.controls.RowId", pa.binary(16), nullable=False, metadata=_TUID_META)]
    for name, times in chunk.timelines.items():
        kind = chunk.timeline_kinds.get(name) or timeline_kinds.get(name, "sequence")
        typ = {"duration": pa.duration("ns"), "timestamp": pa.timestamp("ns")}.get(kind, pa.int64())
        arrays.append(pa.array(times.astype(np.int64), type=pa.int64()).cast(typ))
        fields.append(
            pa.field(name, typ, metadata={b"rerun:kind": b"index", b"rerun:index_name": name.encode()})
        )
    for name, col in chunk.components.items():
        md, dtype = _descriptor(rerun, name)
        arr = column_to_rerun(rerun, _kind_of(name), col)
        if arr is not None:  # kinds laid out differently in Rerun (tensors, structs): io/rrd_kinds.py
            arrays.append(arr)
            fields.append(pa.field(name, arr.type, metadata=md))
            continue
        vals = _values_to_rerun(name, col.values)
        if dtype is not None and vals.type != dtype:
            # (if the cast fails, keep ours: Rerun reports a type it cannot show, the file stays valid)
            with contextlib.suppress(pa.ArrowException, ValueError):
                vals = vals.cast(dtype)
        mask = None if col.validity is None else pa.array(~col.validity)
        arr = pa.ListArray.from_arrays(pa.array(col.offsets.astype(np.int32)), vals, mask=mask)
        arrays.append(arr)
        fields.append(pa.field(name, arr.type, metadata=md))
    entity = "/" + chunk.entity_path.lstrip("/")
    chunk_id = f"chunk_{int(chunk.row_ids[0]) if n else 0:016X}{secrets.token_hex(8)}"
    schema = pa.schema(
        fields, metadata={b"rerun:entity_path": entity.encode(), b"rerun:id": chunk_id.encode()}
    )
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def _rerun_blueprint(rerun: Any, text: str | None, path: str) -> Any:
    """rerun-sdk's blueprint for the layout ``text``; None (and a warning) when it does not convert."""
    if text is None:
        return None
    from .rrd_blueprint import to_rerun_blueprint

    try:
        return to_rerun_blueprint(rerun, json.loads(text))
    except Exception as e:  # the recording is written without its layout, never refused
        warnings.warn(f"{path}: the layout is not kept in the .rrd file: {e}", RerunWarning, stacklevel=3)
        return None


class RrdWriter:
    """Streams chunks into a ``.rrd`` file through a ``rerun.RecordingStream`` with Rerun's own file sink.

    Rerun writes a hidden temporary file beside ``path`` (``.NAME.*.rrd.partial``); :meth:`close` renames it
    over ``path`` — an existing file there is never truncated in place, and a reader sees either the old file
    or the new one, complete. (A process killed while saving leaves the old file and the ``.partial`` one.)
    ``overwrite=False`` refuses an existing ``path``, now and at the rename. ``blueprint`` (the layout's JSON text,
    ``rerun_nb.blueprint.codec``) goes into the file as Rerun's default blueprint (``io/rrd_blueprint.py``).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        application_id: str,
        recording_id: str,
        *,
        overwrite: bool = True,
        blueprint: str | None = None,
    ) -> None:
        self.path = os.fspath(path)
        self._rerun = rerun = rerun_sdk(path, "cannot save:")
        self._real = os.path.realpath(self.path)
        self._overwrite = overwrite
        exists = os.path.isfile(self._real)
        if exists and not overwrite:
            raise RecordingFileError(self.path, "already exists (refusing to replace a recording)")
        try:  # fail here, clearly, rather than in Rerun's writer thread
            self._tmp = create_beside(self._real, ".rrd.partial", mode_from=self._real if exists else None)
        except OSError as e:
            raise RecordingFileError(self.path, f"cannot open for writing: {_os_reason(e)}") from None
        try:
            # no properties of its own (start time of the export): the file holds what our store holds
            self._rec = rerun.RecordingStream(
                application_id, recording_id=recording_id, send_properties=False
            )
            self._rec.save(self._tmp, default_blueprint=_rerun_blueprint(rerun, blueprint, self.path))
        except Exception as e:
            discard(self._tmp)
            raise RecordingFileError(self.path, f"rerun-sdk cannot write it: {e}") from None
        self.closed = False
        self.chunks_written = 0

    def write(self, chunk: Chunk, timeline_kinds: dict[str, str] | None = None) -> None:
        """Send one chunk to Rerun's writer (raises :class:`RecordingFileError` if Rerun refuses it)."""
        if chunk.num_rows == 0:
            return
        rb = chunk_to_rerun_batch(self._rerun, chunk, timeline_kinds or {})
        try:
            chunks = self._rerun.chunk.Chunk.from_record_batch(rb)
        except Exception as e:
            raise RecordingFileError(
                self.path, f"Rerun refused chunk of {chunk.entity_path!r}: {e}"
            ) from None
        self._rerun.send_chunks(chunks, recording=self._rec)
        self.chunks_written += 1

    def sync(self) -> None:
        """Flush Rerun's writer."""
        if not self.closed:
            self._rec.flush()

    def close(self) -> None:
        """Flush, close Rerun's file and rename it over ``path`` (idempotent)."""
        if self.closed:
            return
        self.closed = True
        try:
            self._rec.flush()
            self._rec.disconnect()
            publish(self._tmp, self._real, overwrite=self._overwrite)
        except Exception as e:
            discard(self._tmp)
            if isinstance(e, TargetExistsError):
                raise RecordingFileError(
                    self.path, "already exists (refusing to replace a recording)"
                ) from None
            raise RecordingFileError(self.path, f"closing failed: {_os_reason(e)}") from None
        fsync_dir(self._real)


def write_rrd(
    chunks: list[Chunk], path: Any, application_id: str, recording_id: str, kinds: dict[str, str]
) -> None:
    """Write whole recordings (``convert``) to ``.rrd``."""
    w = RrdWriter(path, application_id, recording_id)
    try:
        for c in chunks:
            w.write(c, kinds)
    finally:
        w.close()


# -- Rerun -> rerun_nb ---------------------------------------------------------------------------------------


def _rerun_values_to_ours(arr: pa.Array, md: dict[bytes, bytes]) -> Any:
    ctype = md.get(b"rerun:component_type", b"").decode()
    t = arr.type
    special = images_from_rerun(arr, ctype)
    if special is not None:
        return special
    if pa.types.is_list(t) or pa.types.is_large_list(t):  # ragged (line strips)
        offs = arr.offsets.to_numpy(zero_copy_only=False).astype(np.int64)
        inner = _rerun_values_to_ours(arr.values.slice(int(offs[0]), int(offs[-1] - offs[0])), {})
        return Ragged(inner, offs - offs[0])
    if pa.types.is_struct(t) and {t.field(i).name for i in range(t.num_fields)} >= {"axis", "angle"}:
        axis = arr.field("axis").flatten().to_numpy(zero_copy_only=False).reshape(-1, 3)
        angle = arr.field("angle").to_numpy(zero_copy_only=False)
        return np.column_stack([axis, angle]).astype(np.float32)
    if pa.types.is_fixed_size_list(t):
        k = t.list_size
        flat = arr.flatten().to_numpy(zero_copy_only=False)
        if ctype.endswith(("TransformMat3x3", "PinholeProjection")) and k == 9:
            return np.ascontiguousarray(flat.reshape(-1, 3, 3).transpose(0, 2, 1))
        return flat.reshape(-1, k)
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return np.array(arr.to_pylist(), dtype=object)
    if pa.types.is_binary(t) or pa.types.is_large_binary(t):  # bytes logged with AnyValues: blobs here
        items = arr.to_pylist()
        offsets = np.zeros(len(items) + 1, np.int64)
        np.cumsum([len(b or b"") for b in items], out=offsets[1:])
        return Ragged(np.frombuffer(b"".join(b or b"" for b in items), np.uint8).copy(), offsets)
    # colours (Color, AlbedoFactor, ...): packed 0xRRGGBBAA, found by the kind our field declares
    is_color = ctype.endswith(".Color") or component_kind(md.get(b"rerun:component", b"").decode()) == "color"
    if is_color and pa.types.is_uint32(t):
        return arr.to_numpy(zero_copy_only=False).astype(">u4").view(np.uint8).reshape(-1, 4).copy()
    if pa.types.is_boolean(t):
        return arr.to_numpy(zero_copy_only=False).astype(bool)
    if pa.types.is_integer(t) or pa.types.is_floating(t):
        return arr.to_numpy(zero_copy_only=False)
    raise TypeError(f"unsupported Arrow type {t}")


def _rerun_batch_to_chunk(
    rerun: Any, rb: pa.RecordBatch, warned: set[str]
) -> tuple[Chunk, np.ndarray, dict[str, str]] | None:
    md = rb.schema.metadata or {}
    entity = md.get(b"rerun:entity_path", b"/").decode()
    path = entity.lstrip("/")
    if path.startswith("__") and path.split("/")[0] != "__properties":
        return None  # Rerun-internal; recording properties are kept, as our own recordings keep them
    tuids = None
    timelines: dict[str, np.ndarray] = {}
    kinds: dict[str, str] = {}
    comps: dict[str, Column] = {}
    for i, f in enumerate(rb.schema):
        fmd = f.metadata or {}
        kind = fmd.get(b"rerun:kind", b"")
        col = rb.column(i)
        if kind == b"control" and f.name.endswith("RowId"):
            storage = col.storage if isinstance(col, pa.ExtensionArray) else col
            raw = np.frombuffer(
                storage.buffers()[1], dtype=">u8", count=2 * len(storage), offset=storage.offset * 16
            )
            tuids = raw.reshape(-1, 2).astype(np.uint64)
        elif kind == b"index":
            t = f.type
            tk = (
                "duration"
                if pa.types.is_duration(t)
                else "timestamp"
                if pa.types.is_timestamp(t)
                else "sequence"
            )
            name = fmd.get(b"rerun:index_name", f.name.encode()).decode()
            kinds[name] = tk
            timelines[name] = col.cast(pa.int64()).to_numpy(zero_copy_only=False).astype(np.int64)
        elif kind == b"data":
            name = fmd.get(b"rerun:component", f.name.encode()).decode()
            if field_of(name) is None:  # a user component: keep its descriptor for saving it again
                ctype = fmd.get(b"rerun:component_type", b"").decode()
                laid_out = pa.types.is_list(col.type) and col.type.value_type == _arrow_type_of(rerun, ctype)
                remember_descriptor(
                    name, fmd.get(b"rerun:archetype", b"").decode(), ctype, ctype if laid_out else None
                )
            try:
                special = column_from_rerun(component_kind(name), col)
                if special is not None:
                    comps[name] = special
                    continue
                validity = ~col.is_null().to_numpy(zero_copy_only=False) if col.null_count else None
                offs = col.offsets.to_numpy(zero_copy_only=False).astype(np.int64)
                vals = col.values.slice(int(offs[0]), int(offs[-1] - offs[0]))
                comps[name] = Column(offs - offs[0], _rerun_values_to_ours(vals, fmd), validity)
            except Exception as e:
                if name not in warned:
                    warned.add(name)
                    warnings.warn(
                        f"rerun_nb: {name} of {path!r} not imported from .rrd ({e})",
                        RerunWarning,
                        stacklevel=4,
                    )
    if tuids is None:
        tuids = np.zeros((rb.num_rows, 2), np.uint64)
    chunk = Chunk(path, np.zeros(rb.num_rows, np.int64), timelines, comps, not timelines, kinds)
    return chunk, tuids, kinds


def read_rrd(path: str | os.PathLike[str]) -> RecordingFile:
    """Import the first recording of a ``.rrd`` file through rerun-sdk's ``RrdReader``."""
    p = os.fspath(path)
    rerun = rerun_sdk(p, "cannot load:")
    if not os.path.isfile(p):
        raise RecordingFileError(p, "no such file" if not os.path.exists(p) else "not a regular file")
    with open(p, "rb") as fh:
        head = fh.read(4)
    if head.startswith(b"\xff\xff\xff\xff"):
        raise RecordingFileError(
            p, "this is a native rerun_nb file, not a Rerun .rrd: rename it (e.g. to .rnb)"
        )
    try:
        reader = rerun.chunk.RrdReader(p)
        recs = reader.recordings()
        entry = recs[0] if recs else None
        rchunks = reader.stream(store=entry).to_chunks() if entry is not None else []
    except Exception as e:
        raise RecordingFileError(p, f"not a readable Rerun .rrd file ({e})") from None
    out = RecordingFile(
        p,
        entry.application_id if entry is not None else "",
        entry.recording_id if entry is not None else "",
        0,
        file_size=os.path.getsize(p),
    )
    warned: set[str] = set()
    got: list[tuple[Chunk, np.ndarray]] = []
    for rc in rchunks:
        res = _rerun_batch_to_chunk(rerun, rc.to_record_batch(), warned)
        if res is None:
            continue
        chunk, tuids, kinds = res
        got.append((chunk, tuids))
        for k, v in kinds.items():
            out.timeline_kinds.setdefault(k, v)
    if got:
        # Row ids: rank of each TUID (time_ns, inc) over the file, from the first time: log order is kept.
        allt = np.concatenate([t for _, t in got])
        order = np.lexsort((allt[:, 1], allt[:, 0]))
        rank = np.empty(len(order), np.int64)
        rank[order] = np.arange(len(order), dtype=np.int64)
        base = int(min(allt[:, 0].min(), np.uint64(2**62)))
        i = 0
        for chunk, tuids in got:
            chunk.row_ids = base + rank[i : i + len(tuids)]
            i += len(tuids)
            out.chunks.append(chunk)
    out.default_blueprint = _blueprint_of(reader)
    with contextlib.suppress(Exception):
        del reader
    return out


def _blueprint_of(reader: Any) -> str | None:
    """The file's blueprint (Rerun's blueprint store) as codec JSON text; None when it has none or it does not
    read (the recording loads either way)."""
    from .rrd_blueprint import from_rerun_blueprint

    try:
        data = from_rerun_blueprint(reader)
    except Exception:
        return None
    return None if data is None else json.dumps(data)
