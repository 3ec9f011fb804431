"""Chunks ⇄ Arrow record batches: the one encoding shared by ``rec.to_arrow()``, files and the network.

A chunk becomes a record batch with columns ``entity_path`` (dictionary string), ``row_id`` (int64), one column
per timeline (int64 for sequences, ``duration[ns]``, ``timestamp[ns, UTC]``) and one ``large_list`` column per
component (``Points3D:positions`` → ``large_list<fixed_size_list<float32, 3>>``). Field metadata says what each
column is, so a file reads back into exactly the chunks that were written. Conversion does not copy numeric
arrays where Arrow allows.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa

from .components import Ragged
from .store import Chunk, Column

__all__ = [
    "TIMELINE_KINDS",
    "BadRecordBatch",
    "chunk_to_record_batch",
    "chunks_to_table",
    "record_batch_to_chunk",
]

KIND = b"rerun_nb:kind"
TIMELINE_KIND = b"rerun_nb:timeline_kind"
SHAPE = b"rerun_nb:shape"
ENTITY = b"rerun_nb:entity_path"
STATIC = b"rerun_nb:static"


def _time_type(kind: str) -> pa.DataType:
    if kind == "duration":
        return pa.duration("ns")
    if kind == "timestamp":
        return pa.timestamp("ns", tz="UTC")
    return pa.int64()


def _values_to_arrow(values: np.ndarray) -> tuple[pa.Array, str]:
    """Flat canonical values (N, *shape) → Arrow array of N items, and the shape string."""
    if values.dtype == object:
        return pa.array(values, type=pa.string()), ""
    inner = values.shape[1:]
    size = int(np.prod(inner)) if inner else 1
    flat = pa.array(np.ascontiguousarray(values).reshape(-1))
    if not inner:
        return flat, ""
    return pa.FixedSizeListArray.from_arrays(flat, size), ",".join(map(str, inner))


def _column_to_arrow(col: Column, n: int) -> tuple[pa.Array, str, bool]:
    mask = None if col.validity is None else pa.array(~col.validity)
    offsets = pa.array(col.offsets, type=pa.int64())
    if isinstance(col.values, Ragged):
        pts, shape = _values_to_arrow(col.values.values)
        strips = pa.LargeListArray.from_arrays(pa.array(col.values.offsets, type=pa.int64()), pts)
        return pa.LargeListArray.from_arrays(offsets, strips, mask=mask), shape, True
    vals, shape = _values_to_arrow(col.values)
    return pa.LargeListArray.from_arrays(offsets, vals, mask=mask), shape, False


def chunk_to_record_batch(chunk: Chunk, timeline_kinds: dict[str, str]) -> pa.RecordBatch:
    """Encode one chunk (see module docstring)."""
    n = chunk.num_rows
    arrays: list[pa.Array] = [
        pa.DictionaryArray.from_arrays(pa.array(np.zeros(n, np.int32)), pa.array([chunk.entity_path])),
        pa.array(chunk.row_ids, type=pa.int64()),
    ]
    fields = [
        pa.field("entity_path", arrays[0].type, metadata={KIND: b"entity_path"}),
        pa.field("row_id", pa.int64(), nullable=False, metadata={KIND: b"row_id"}),
    ]
    for name, times in chunk.timelines.items():
        kind = chunk.timeline_kinds.get(name) or timeline_kinds.get(name, "sequence")
        arrays.append(
            pa.array(times, type=pa.int64()).cast(_time_type(kind)) if kind != "sequence" else pa.array(times)
        )
        fields.append(
            pa.field(name, _time_type(kind), metadata={KIND: b"time", TIMELINE_KIND: kind.encode()})
        )
    for name, col in chunk.components.items():
        arr, shape, ragged = _column_to_arrow(col, n)
        md = {KIND: b"component", SHAPE: shape.encode()}
        if ragged:
            md[b"rerun_nb:ragged"] = b"1"
        arrays.append(arr)
        fields.append(pa.field(name, arr.type, metadata=md))
    schema = pa.schema(
        fields,
        metadata={ENTITY: chunk.entity_path.encode(), STATIC: b"1" if chunk.is_static else b"0"},
    )
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def _arrow_to_values(arr: pa.Array, shape: str) -> np.ndarray:
    if pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type):
        return np.array(arr.to_pylist(), dtype=object)
    if pa.types.is_fixed_size_list(arr.type):
        dims = tuple(int(s) for s in shape.split(",")) if shape else (arr.type.list_size,)
        flat = arr.flatten().to_numpy(zero_copy_only=False)
        return flat.reshape((len(arr), *dims))
    if pa.types.is_boolean(arr.type):
        return arr.to_numpy(zero_copy_only=False).astype(bool)
    return arr.to_numpy(zero_copy_only=False)


TIMELINE_KINDS = ("sequence", "duration", "timestamp")


class BadRecordBatch(ValueError):
    """A record batch that is not a chunk :func:`chunk_to_record_batch` could have written (says what is wrong)."""


def _time_ok(t: pa.DataType) -> bool:
    return pa.types.is_int64(t) or pa.types.is_duration(t) or pa.types.is_timestamp(t)


def _scalar_ok(t: pa.DataType) -> bool:
    return pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_boolean(t)


def _values_ok(t: pa.DataType) -> bool:
    """The value types a component can have: numbers, booleans, strings, fixed-size lists of numbers.

    (Anything else — null, struct, binary, dictionary, ... — is refused: a ``null`` array of 2**40 items costs
    no bytes in a file but 8 TB as numpy objects.)
    """
    if _scalar_ok(t) or pa.types.is_string(t) or pa.types.is_large_string(t):
        return True
    return pa.types.is_fixed_size_list(t) and _scalar_ok(t.value_type)


def record_batch_to_chunk(rb: pa.RecordBatch) -> tuple[Chunk, dict[str, str]]:
    """Decode a record batch written by :func:`chunk_to_record_batch`. Returns the chunk and its timeline kinds.

    Data that comes from outside (a file, the network) is checked first: the batch passes Arrow's full
    validation (offsets, UTF-8, buffer sizes), the row ids and the timelines are int64-like columns without
    nulls, the timeline kinds are known ones, and every component is a list column. Raises
    :class:`BadRecordBatch` (a ``ValueError``) saying what is wrong.
    """
    try:
        rb.validate(full=True)
    except (pa.ArrowException, ValueError) as e:
        raise BadRecordBatch(f"invalid Arrow data ({e})") from None
    md = rb.schema.metadata or {}
    try:
        entity = md.get(ENTITY, b"").decode()
    except UnicodeDecodeError:
        raise BadRecordBatch("the entity path is not UTF-8") from None
    is_static = md.get(STATIC, b"0") == b"1"
    row_ids = None
    timelines: dict[str, np.ndarray] = {}
    kinds: dict[str, str] = {}
    comps: dict[str, Column] = {}
    for i, f in enumerate(rb.schema):
        fmd = f.metadata or {}
        what = fmd.get(KIND, b"")
        col = rb.column(i)
        if what == b"row_id":
            if not pa.types.is_int64(f.type) or col.null_count:
                raise BadRecordBatch(
                    f"row ids must be int64 without nulls (got {f.type}, {col.null_count} nulls)"
                )
            row_ids = col.to_numpy(zero_copy_only=False).astype(np.int64, copy=False)
        elif what == b"time":
            kind = fmd.get(TIMELINE_KIND, b"sequence").decode(errors="replace")
            if kind not in TIMELINE_KINDS:
                raise BadRecordBatch(f"timeline {f.name!r} has an unknown kind {kind!r}")
            if not _time_ok(f.type):
                raise BadRecordBatch(f"timeline {f.name!r} has type {f.type}, not int64/duration/timestamp")
            if col.null_count:
                raise BadRecordBatch(f"timeline {f.name!r} has {col.null_count} null values")
            kinds[f.name] = kind
            timelines[f.name] = col.cast(pa.int64()).to_numpy(zero_copy_only=False)
        elif what == b"component":
            if not (pa.types.is_large_list(f.type) or pa.types.is_list(f.type)):
                raise BadRecordBatch(f"component {f.name!r} has type {f.type}, not a list")
            ragged = fmd.get(b"rerun_nb:ragged") == b"1"
            vt = f.type.value_type
            if ragged:
                if not (pa.types.is_large_list(vt) or pa.types.is_list(vt)):
                    raise BadRecordBatch(f"component {f.name!r} is marked ragged but has type {f.type}")
                vt = vt.value_type
            if not _values_ok(vt):
                raise BadRecordBatch(f"component {f.name!r} has values of type {vt}")
            try:
                comps[f.name] = _arrow_to_component(col, fmd.get(SHAPE, b"").decode(), ragged)
            except (pa.ArrowException, ValueError, TypeError, UnicodeDecodeError) as e:
                raise BadRecordBatch(f"component {f.name!r} does not decode ({e})") from None
    if row_ids is None:
        raise BadRecordBatch("record batch has no row_id column")
    if is_static and timelines:
        raise BadRecordBatch("a static chunk with timelines")
    return Chunk(entity, row_ids, timelines, comps, is_static, kinds), kinds


def _arrow_to_component(col: pa.Array, shape: str, ragged: bool) -> Column:
    if isinstance(col, pa.ChunkedArray):
        col = col.combine_chunks()
    validity = None
    if col.null_count:
        validity = ~col.is_null().to_numpy(zero_copy_only=False)
    offs = col.offsets.to_numpy(zero_copy_only=False).astype(np.int64)
    base = int(offs[0])
    offsets = offs - base
    values = col.values.slice(base, int(offs[-1]) - base)
    if ragged:
        inner = values.offsets.to_numpy(zero_copy_only=False).astype(np.int64)
        ib = int(inner[0])
        pts = _arrow_to_values(values.values.slice(ib, int(inner[-1]) - ib), shape)
        v: Any = Ragged(pts, inner - ib)
    else:
        v = _arrow_to_values(values, shape)
    return Column(offsets, v, validity)


def chunks_to_table(chunks: list[Chunk], timeline_kinds: dict[str, str]) -> pa.Table:
    """All chunks as one table (columns missing from a chunk are null there)."""
    if not chunks:
        return pa.table({"entity_path": pa.array([], pa.string()), "row_id": pa.array([], pa.int64())})
    tables = []
    for c in chunks:
        rb = chunk_to_record_batch(c, timeline_kinds)
        t = pa.Table.from_batches([rb])
        t = t.set_column(0, "entity_path", t.column(0).cast(pa.string()))
        tables.append(t.replace_schema_metadata(None))
    table = pa.concat_tables(tables, promote_options="default")
    return table.sort_by("row_id")
