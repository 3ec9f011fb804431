"""Normalisers for the component kinds of the stored-only archetypes: blobs, 1-D tensors, ranges, ids, times.

Canonical forms (added to the table of docs/internals.md):

=====================  ===================================================================================
blob                   ``Ragged(values=uint8 (M,), offsets)``: one byte string per instance
tensor1d               float64 (N,): the N values of a 1-D tensor (``BarChart``)
range1d                float64 (N, 2): min, max
dvec2d                 float64 (N, 2) (latitude, longitude)
ivec3d                 int32 (N, 3)
uint16/32/64_1d        uint16 / uint32 / uint64 (N,)
time_ns                int64 (N,): nanoseconds since the Unix epoch
string_pairs           ``Ragged(values=object (2N,) str, offsets)``: each instance two strings (graph edges)
key_value_pairs        ``Ragged(values=object (2K,) str, offsets)``: each instance a list of key, value, ...
geo_line_strings       ``Ragged(values=float64 (M, 2), offsets)``: lines of (latitude, longitude)
uvec3d / int64_1d      uint32 (N, 3) / int64 (N,)
id_counts              ``Ragged(values=uint64 (K, 2), offsets)``: each instance a list of (id, count)
sh_coefficients        float16 (N, 15, 3): degree-3 spherical harmonics, RGB
=====================  ===================================================================================

Examples
--------
>>> from rerun_nb.components import blob, string_pairs
>>> blob(b"abc").values.tolist()
[97, 98, 99]
>>> string_pairs([("a", "b")]).values.tolist()
['a', 'b']
"""

from __future__ import annotations

import datetime as _dt
import io
import os
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np

from ..errors import ComponentError
from ._normalise import Ragged, _as_numeric, _kind, _shape_str, strings

__all__ = [
    "blob",
    "dvec2d",
    "geo_line_strings",
    "id_counts",
    "int64_1d",
    "ivec3d",
    "key_value_pairs",
    "range1d",
    "sh_coefficients",
    "string_pairs",
    "tensor1d",
    "time_ns",
    "uint16_1d",
    "uint32_1d",
    "uint64_1d",
    "uvec3d",
]

_U8 = np.dtype(np.uint8)
_BYTES = (bytes, bytearray, memoryview)


def _offsets(lengths: list[int]) -> np.ndarray:
    out = np.zeros(len(lengths) + 1, dtype=np.int64)
    if lengths:
        np.cumsum(lengths, out=out[1:])
    return out


def _one_blob(v: Any) -> np.ndarray:
    if isinstance(v, _BYTES):
        return np.frombuffer(bytes(v), dtype=_U8)
    if isinstance(v, io.IOBase) or hasattr(v, "read"):
        return np.frombuffer(v.read(), dtype=_U8)
    arr = np.asarray(v)
    if (
        arr.dtype.kind in "iu"
        and arr.dtype != _U8
        and (arr.size == 0 or (arr.min() >= 0 and arr.max() <= 255))
    ):
        arr = arr.astype(_U8)  # byte values as ints (Rerun's blobs read back as lists of ints)
    if arr.dtype != _U8:
        raise ComponentError(f"expected bytes or a uint8 array, got {arr.dtype}", is_type=True)
    return arr.reshape(-1)


@_kind("blob")
def blob(x: Any) -> Ragged:
    """Bytes (one blob), a uint8 array (one blob), or a list of them → ``Ragged`` uint8 (one item per blob)."""
    if isinstance(x, Ragged):
        items = [np.asarray(i, dtype=_U8).reshape(-1) for i in x]
    elif isinstance(x, (*_BYTES, io.IOBase)) or (isinstance(x, np.ndarray) and x.ndim <= 1 and x.size):
        items = [_one_blob(x)]
    elif isinstance(x, (str, os.PathLike)):
        raise ComponentError("a path is not a blob: give the file's bytes (or use path=)", is_type=True)
    elif isinstance(x, Iterable):
        items = [_one_blob(v) for v in x]
    else:
        raise ComponentError(f"expected bytes, got a {type(x).__name__}", is_type=True)
    values = np.concatenate(items) if items else np.empty(0, _U8)
    return Ragged(np.array(values, dtype=_U8, copy=True), _offsets([len(i) for i in items]))


def _tensor_array(x: Any) -> np.ndarray:
    """A numpy array from an array-like, a torch tensor (``.numpy()``) or a ``TensorData`` (``.numpy()``)."""
    if not isinstance(x, np.ndarray) and callable(getattr(x, "numpy", None)):
        x = x.numpy()
    return _as_numeric(x, "a tensor")


@_kind("tensor1d")
def tensor1d(x: Any) -> np.ndarray:
    """A vector (a tensor with at most one dimension longer than 1) → float64 (N,)."""
    arr = _tensor_array(x)
    if sum(d != 1 for d in arr.shape) > 1:
        raise ComponentError(f"expected a 1-D tensor (a vector), got shape {_shape_str(arr.shape)}")
    return np.array(arr, dtype=np.float64, copy=True).reshape(-1)


def _fixed(x: Any, dim: int, dtype: type, what: str) -> np.ndarray:
    arr = _as_numeric(x, str(np.dtype(dtype)))
    if arr.size == 0:
        return np.empty((0, dim), dtype=dtype)
    flat = arr.ndim == 1 and arr.shape[0] % dim == 0  # [x0, y0, x1, y1, ...], as Rerun takes it
    if flat or (arr.ndim > 2 and arr.shape[-1] == dim):
        arr = arr.reshape(-1, dim)
    if arr.ndim != 2 or arr.shape[1] != dim:
        raise ComponentError(f"expected {what} of shape (N, {dim}), got {_shape_str(arr.shape)}")
    if np.dtype(dtype).kind == "i" and arr.dtype.kind == "f" and not np.all(arr == np.round(arr)):
        raise ComponentError(f"{what} must be whole numbers", is_type=True)
    return np.array(arr, dtype=dtype, copy=True)


def range1d(x: Any) -> np.ndarray:
    """``[min, max]`` (or many) → float64 (N, 2)."""
    return _fixed(x, 2, np.float64, "ranges")


def dvec2d(x: Any) -> np.ndarray:
    """(latitude, longitude) pairs → float64 (N, 2)."""
    return _fixed(x, 2, np.float64, "positions")


def ivec3d(x: Any) -> np.ndarray:
    """Integer 3D indices → int32 (N, 3)."""
    return _fixed(x, 3, np.int32, "indices")


def _uints(x: Any, dtype: type) -> np.ndarray:
    arr = _as_numeric(x, str(np.dtype(dtype))).reshape(-1)
    if arr.size and (arr.min() < 0 or (arr.dtype.kind == "f" and not np.all(arr == np.round(arr)))):
        raise ComponentError(f"expected whole numbers >= 0 for {np.dtype(dtype)}, got {arr.min()!r}")
    if arr.size and arr.dtype.kind in "iu" and int(arr.max()) > np.iinfo(dtype).max:
        raise ComponentError(f"{arr.max()} does not fit {np.dtype(dtype)}")
    return np.array(arr, dtype=dtype, copy=True)


def uint16_1d(x: Any) -> np.ndarray:
    """Ids (channel, schema) → uint16 (N,)."""
    return _uints(x, np.uint16)


def uint32_1d(x: Any) -> np.ndarray:
    """Counts, degrees → uint32 (N,)."""
    return _uints(x, np.uint32)


def uint64_1d(x: Any) -> np.ndarray:
    """Counts → uint64 (N,)."""
    return _uints(x, np.uint64)


def _one_time_ns(v: Any) -> int:
    if isinstance(v, _dt.datetime):
        if v.tzinfo is None:
            v = v.replace(tzinfo=_dt.timezone.utc)
        return round(v.timestamp() * 1e9)
    if isinstance(v, np.datetime64):
        return int(v.astype("datetime64[ns]").astype(np.int64))
    if isinstance(v, (int, np.integer)) and not isinstance(v, bool):
        return int(v)
    raise ComponentError(f"expected nanoseconds since the epoch or a datetime, got {v!r}", is_type=True)


def time_ns(x: Any) -> np.ndarray:
    """Times (int nanoseconds since the Unix epoch, ``datetime``, ``np.datetime64``) → int64 (N,)."""
    if isinstance(x, np.ndarray) and x.dtype.kind == "M":
        return x.astype("datetime64[ns]").astype(np.int64).reshape(-1)
    items = list(x) if isinstance(x, (list, tuple, np.ndarray)) else [x]
    return np.array([_one_time_ns(v) for v in items], dtype=np.int64)


@_kind("string_pairs")
def string_pairs(x: Any) -> Ragged:
    """Pairs of strings (``("a", "b")``, or a list of them) → ``Ragged`` of 2 strings per instance."""
    if isinstance(x, Ragged):
        flat = strings(x.values)
    else:
        items = list(x) if not isinstance(x, np.ndarray) else x.tolist()
        if len(items) == 2 and all(isinstance(s, str) for s in items):
            items = [items]
        for it in items:
            if isinstance(it, str) or len(it) != 2:
                raise ComponentError(f"expected pairs of strings, got {it!r}")
        flat = strings([s for it in items for s in it])
    if len(flat) % 2:
        raise ComponentError("expected pairs of strings")
    return Ragged(flat, np.arange(0, len(flat) + 1, 2, dtype=np.int64))


def _pairs_of(item: Any) -> list[tuple[Any, Any]]:
    if isinstance(item, Mapping):
        return list(item.items())
    return [tuple(p) for p in item]


@_kind("key_value_pairs")
def key_value_pairs(x: Any) -> Ragged:
    """A dict (or list of ``(key, value)``) per instance → ``Ragged`` of key, value, key, value, ... strings."""
    if isinstance(x, Ragged):
        return Ragged(strings(x.values), x.offsets.copy())
    items = [x] if isinstance(x, Mapping) else list(x)
    if items and isinstance(items[0], tuple) and len(items[0]) == 2 and isinstance(items[0][0], str):
        items = [items]  # one list of pairs
    rows = [_pairs_of(i) for i in items]
    flat = strings([str(s) for r in rows for kv in r for s in kv])
    return Ragged(flat, _offsets([2 * len(r) for r in rows]))


@_kind("id_counts")
def id_counts(x: Any) -> Ragged:
    """A ``{id: count}`` dict (or list of pairs) per instance → ``Ragged`` uint64 (K, 2)."""
    if isinstance(x, Ragged):
        return Ragged(_fixed(x.values, 2, np.uint64, "(id, count) pairs"), x.offsets.copy())
    items = [x] if isinstance(x, Mapping) else list(x)
    if items and not isinstance(items[0], (Mapping, list)):
        items = [items]
    rows = [_pairs_of(i) for i in items]
    vals = [kv for r in rows for kv in r]
    arr = _fixed(vals, 2, np.uint64, "(id, count) pairs") if vals else np.empty((0, 2), np.uint64)
    return Ragged(arr, _offsets([len(r) for r in rows]))


@_kind("sh_coefficients")
def sh_coefficients(x: Any) -> np.ndarray:
    """Spherical harmonics of degree 3: 15 RGB coefficients per splat → float16 (N, 15, 3)."""
    arr = _as_numeric(x, "float16")
    if arr.size == 0:
        return np.empty((0, 15, 3), np.float16)
    if arr.shape[-2:] != (15, 3) and arr.shape[-1] == 45:
        arr = arr.reshape(*arr.shape[:-1], 15, 3)
    if arr.ndim == 2 and arr.shape == (15, 3):
        arr = arr[None]
    if arr.ndim != 3 or arr.shape[1:] != (15, 3):
        raise ComponentError(f"expected (N, 15, 3) coefficients, got {_shape_str(arr.shape)}")
    return np.array(arr, dtype=np.float16, copy=True)


def uvec3d(x: Any) -> np.ndarray:
    """Unsigned 3D indices (triangle indices) → uint32 (N, 3)."""
    arr = _fixed(x, 3, np.int64, "indices")
    if arr.size and (arr.min() < 0 or arr.max() > 0xFFFFFFFF):
        raise ComponentError("indices must be in 0..2**32-1")
    return arr.astype(np.uint32)


def int64_1d(x: Any) -> np.ndarray:
    """Whole numbers (video timestamps in ns) → int64 (N,)."""
    arr = _as_numeric(x, "int64").reshape(-1)
    if arr.dtype.kind == "f" and arr.size and not np.all(arr == np.round(arr)):
        raise ComponentError("expected whole numbers", is_type=True)
    return np.array(arr, dtype=np.int64, copy=True)


@_kind("geo_strips")
def geo_line_strings(x: Any) -> Ragged:
    """Lines of (latitude, longitude) points → ``Ragged(values=float64 (M, 2), offsets)``; as ``strips``:
    one 2-D array is one line, a list of them many."""
    if isinstance(x, Ragged):
        return Ragged(dvec2d(x.values), x.offsets.copy())
    if isinstance(x, np.ndarray) and x.ndim == 2:
        items = [x]
    else:
        items = list(x)
        if items and np.ndim(items[0]) == 1 and len(items[0]) == 2 and np.ndim(items) == 2:
            items = [items]
    arrs = [dvec2d(i) for i in items]
    values = np.concatenate(arrs) if arrs else np.empty((0, 2), np.float64)
    return Ragged(values, _offsets([len(a) for a in arrs]))
