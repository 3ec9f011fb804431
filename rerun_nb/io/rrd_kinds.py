"""``.rrd`` mapping of the component kinds whose Arrow layout in Rerun differs from ours beyond a cast.

Each kind maps a whole component column (rows of instances) both ways:

* ``tensor`` (``Tensor:data``, ``Volume3D:values``): one encoded tensor per instance ⇄ Rerun's ``TensorData``
  struct (shape, names, typed buffer union);
* ``tensor1d`` (``BarChart:values``): a row's N values ⇄ ONE ``TensorData`` of shape ``[N]`` (float64);
* ``string_pairs`` (``GraphEdges:edges``) ⇄ ``struct<first, second>``;
* ``key_value_pairs`` (``McapChannel:metadata``) ⇄ ``list<struct<first, second>>``;
* ``id_counts`` (``McapStatistics:channel_message_counts``) ⇄ ``list<struct<channel_id: u16, message_count: u64>>``;
* ``sh_coefficients`` (``GaussianSplats3D``) ⇄ ``fixed_size_list<fixed_size_list<f16, 3>, 15>``.

Other kinds need nothing here (``rrd.py`` casts numbers, strings, blobs and lists).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pyarrow as pa

from ..components import Ragged, decode_tensor, encode_tensor
from ..store import Column

__all__ = ["column_from_rerun", "column_to_rerun"]

_DTYPE_NAMES = {"u1": "U8", "u2": "U16", "u4": "U32", "u8": "U64", "i1": "I8", "i2": "I16", "i4": "I32"}
_DTYPE_NAMES |= {"i8": "I64", "f2": "F16", "f4": "F32", "f8": "F64"}
_PAIR = pa.struct([pa.field("first", pa.string(), False), pa.field("second", pa.string(), False)])
_COUNT = pa.struct(
    [pa.field("channel_id", pa.uint16(), False), pa.field("message_count", pa.uint64(), False)]
)


def _list(offsets: np.ndarray, values: pa.Array, validity: np.ndarray | None) -> pa.Array:
    mask = None if validity is None else pa.array(~validity)
    return pa.ListArray.from_arrays(pa.array(offsets.astype(np.int32)), values, mask=mask)


def _tensor_struct(rerun: Any, tensors: list[tuple[np.ndarray, list[str] | None]]) -> pa.Array:
    """Rerun's ``TensorData`` array, built by rerun-sdk itself (its dense union is exact that way)."""
    from rerun.components import TensorDataBatch
    from rerun.encodings import TensorData

    return TensorDataBatch([TensorData(array=a, dim_names=n) for a, n in tensors]).as_arrow_array()


def _tensor_to(rerun: Any, col: Column) -> pa.Array:
    vals = col.values
    tensors = [decode_tensor(vals[i]) for i in range(len(vals))]
    return _list(col.offsets, _tensor_struct(rerun, tensors), col.validity)


def _tensor1d_to(rerun: Any, col: Column) -> pa.Array:
    n = len(col.offsets) - 1
    present = [i for i in range(n) if col.offsets[i + 1] > col.offsets[i]]
    tensors = [
        (np.asarray(col.values[col.offsets[i] : col.offsets[i + 1]], np.float64), None) for i in present
    ]
    offsets = np.zeros(n + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([col.offsets[i + 1] > col.offsets[i] for i in range(n)])
    return _list(offsets, _tensor_struct(rerun, tensors), col.validity)


def _pairs_to(rerun: Any, col: Column) -> pa.Array:
    flat = col.values.values
    firsts, seconds = pa.array(list(flat[0::2]), pa.string()), pa.array(list(flat[1::2]), pa.string())
    return _list(col.offsets, pa.StructArray.from_arrays([firsts, seconds], fields=list(_PAIR)), col.validity)


def _kv_to(rerun: Any, col: Column) -> pa.Array:
    r: Ragged = col.values
    pairs = pa.StructArray.from_arrays(
        [pa.array(list(r.values[0::2]), pa.string()), pa.array(list(r.values[1::2]), pa.string())],
        fields=list(_PAIR),
    )
    inner = pa.ListArray.from_arrays(
        pa.array((r.offsets // 2).astype(np.int32)), pairs, type=pa.list_(pa.field("item", _PAIR, False))
    )
    return _list(col.offsets, inner, col.validity)


def _counts_to(rerun: Any, col: Column) -> pa.Array:
    r: Ragged = col.values
    s = pa.StructArray.from_arrays(
        [pa.array(r.values[:, 0].astype(np.uint16)), pa.array(r.values[:, 1].astype(np.uint64))],
        fields=list(_COUNT),
    )
    inner = pa.ListArray.from_arrays(
        pa.array(r.offsets.astype(np.int32)), s, type=pa.list_(pa.field("item", _COUNT, False))
    )
    return _list(col.offsets, inner, col.validity)


def _sh_to(rerun: Any, col: Column) -> pa.Array:
    v = np.ascontiguousarray(col.values, dtype=np.float16)
    f16 = pa.list_(pa.field("item", pa.float16(), False), 3)
    inner = pa.FixedSizeListArray.from_arrays(pa.array(v.reshape(-1)), type=f16)
    outer = pa.FixedSizeListArray.from_arrays(inner, type=pa.list_(pa.field("item", f16, False), 15))
    return _list(col.offsets, outer, col.validity)


_TO: dict[str, Callable[[Any, Column], pa.Array]] = {
    "tensor": _tensor_to,
    "tensor1d": _tensor1d_to,
    "string_pairs": _pairs_to,
    "key_value_pairs": _kv_to,
    "id_counts": _counts_to,
    "sh_coefficients": _sh_to,
}


def column_to_rerun(rerun: Any, kind: str | None, col: Column) -> pa.Array | None:
    """The ``list<…>`` column of ``col`` in Rerun's layout, or None when ``rrd.py``'s generic path does it."""
    fn = _TO.get(kind or "")
    return None if fn is None else fn(rerun, col)


# -- Rerun -> ours -------------------------------------------------------------------------------------------


def _rows(col: pa.Array) -> tuple[np.ndarray, pa.Array, np.ndarray | None]:
    validity = ~col.is_null().to_numpy(zero_copy_only=False) if col.null_count else None
    offs = col.offsets.to_numpy(zero_copy_only=False).astype(np.int64)
    return offs - offs[0], col.values.slice(int(offs[0]), int(offs[-1] - offs[0])), validity


def _tensors_from(vals: pa.Array) -> list[tuple[np.ndarray, list[str] | None]]:
    buf = vals.field("buffer")
    codes = buf.type_codes.to_numpy(zero_copy_only=False)
    boffs = buf.offsets.to_numpy(zero_copy_only=False)
    out = []
    for i in range(len(vals)):
        child = buf.field(buf.type.type_codes.index(int(codes[i])))
        data = child[int(boffs[i])].values.to_numpy(zero_copy_only=False)
        shape = vals.field("shape")[i].values.to_numpy(zero_copy_only=False).astype(np.int64)
        names = vals.field("names")[i]
        out.append((data.reshape(tuple(shape)), names.values.to_pylist() if names.is_valid else None))
    return out


def _tensor_from(col: pa.Array) -> Column:
    offs, vals, validity = _rows(col)
    items = [encode_tensor(a, n) for a, n in _tensors_from(vals)]
    inner = np.zeros(len(items) + 1, dtype=np.int64)
    np.cumsum([len(b) for b in items], out=inner[1:])
    return Column(offs, Ragged(np.frombuffer(b"".join(items), np.uint8).copy(), inner), validity)


def _tensor1d_from(col: pa.Array) -> Column:
    offs, vals, validity = _rows(col)
    tensors = _tensors_from(vals)
    rows = [
        np.concatenate([tensors[j][0].reshape(-1) for j in range(offs[i], offs[i + 1])] or [np.empty(0)])
        for i in range(len(offs) - 1)
    ]
    new = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum([len(r) for r in rows], out=new[1:])
    values = np.concatenate(rows).astype(np.float64) if rows else np.empty(0, np.float64)
    return Column(new, values, validity)


def _strings(a: pa.Array) -> np.ndarray:
    return np.array(a.to_pylist(), dtype=object)


def _interleave(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    out = np.empty(2 * len(a), dtype=object)
    out[0::2], out[1::2] = a, b
    return out


def _pairs_from(col: pa.Array) -> Column:
    offs, vals, validity = _rows(col)
    flat = _interleave(_strings(vals.field("first")), _strings(vals.field("second")))
    return Column(offs, Ragged(flat, np.arange(0, len(flat) + 1, 2, dtype=np.int64)), validity)


def _kv_from(col: pa.Array) -> Column:
    offs, lists, validity = _rows(col)
    inner, pairs, _ = _rows(lists)
    flat = _interleave(_strings(pairs.field("first")), _strings(pairs.field("second")))
    return Column(offs, Ragged(flat, inner * 2), validity)


def _counts_from(col: pa.Array) -> Column:
    offs, lists, validity = _rows(col)
    inner, s, _ = _rows(lists)
    ids = s.field("channel_id").to_numpy(zero_copy_only=False).astype(np.uint64)
    counts = s.field("message_count").to_numpy(zero_copy_only=False).astype(np.uint64)
    return Column(offs, Ragged(np.column_stack([ids, counts]).reshape(-1, 2), inner), validity)


def _sh_from(col: pa.Array) -> Column:
    offs, vals, validity = _rows(col)
    flat = vals.flatten().flatten().to_numpy(zero_copy_only=False).astype(np.float16)
    return Column(offs, flat.reshape(-1, 15, 3), validity)


_FROM: dict[str, Callable[[pa.Array], Column]] = {
    "tensor": _tensor_from,
    "tensor1d": _tensor1d_from,
    "string_pairs": _pairs_from,
    "key_value_pairs": _kv_from,
    "id_counts": _counts_from,
    "sh_coefficients": _sh_from,
}


def column_from_rerun(kind: str | None, col: pa.Array) -> Column | None:
    """Our column of a Rerun ``list<…>`` column of ``kind``, or None when ``rrd.py``'s generic path does it."""
    fn = _FROM.get(kind or "")
    return None if fn is None else fn(col)
