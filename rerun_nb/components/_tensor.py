"""Tensors (``Tensor``, ``Volume3D``): one N-D array per instance, stored as a self-describing byte string.

A tensor's shape varies from one log call to the next, which the store's fixed per-component shapes cannot
hold; so each tensor is one blob (canonical form ``Ragged`` uint8, like ``blob``)::

    b"RNBT" | u32 little-endian header length | JSON {"dtype": "<f4", "shape": [..], "names": [..]} | C-order data

:func:`decode_tensor` checks every size before it allocates (files and the network are doors).

Examples
--------
>>> import numpy as np
>>> b = tensor(np.arange(6, dtype=np.uint8).reshape(2, 3))
>>> arr, names = decode_tensor(b[0])
>>> arr.shape, arr.dtype.name, names
((2, 3), 'uint8', None)
"""

from __future__ import annotations

import json
import struct
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..errors import ComponentError
from ._normalise import Ragged, _as_numeric, _kind

__all__ = ["TENSOR_DTYPES", "TensorData", "decode_tensor", "encode_tensor", "tensor"]

MAGIC = b"RNBT"
#: the element types Rerun's TensorData holds (its buffer union), by numpy dtype string
TENSOR_DTYPES = ("|u1", "<u2", "<u4", "<u8", "|i1", "<i2", "<i4", "<i8", "<f2", "<f4", "<f8")
_MAX_HEADER = 1 << 16
_MAX_DIMS = 32


def encode_tensor(arr: np.ndarray, names: Sequence[str] | None = None) -> bytes:
    """One tensor as the blob described in the module docstring."""
    if arr.dtype.kind == "b":
        arr = arr.astype(np.uint8)
    dt = arr.dtype.newbyteorder("<") if arr.dtype.byteorder == ">" else arr.dtype
    if dt.str not in TENSOR_DTYPES:
        raise ComponentError(f"tensors hold integers or floats, not {arr.dtype}", is_type=True)
    if names is not None and len(names) != arr.ndim:
        raise ComponentError(f"{len(names)} dimension names for a {arr.ndim}-D tensor")
    head = {
        "dtype": dt.str,
        "shape": list(arr.shape),
        "names": None if names is None else list(map(str, names)),
    }
    h = json.dumps(head, separators=(",", ":")).encode()
    return MAGIC + struct.pack("<I", len(h)) + h + np.ascontiguousarray(arr, dtype=dt).tobytes()


def decode_tensor(blob: Any) -> tuple[np.ndarray, list[str] | None]:
    """``(array, dimension names or None)`` of one encoded tensor; ``ValueError`` if it is malformed."""
    if isinstance(blob, (bytes, bytearray, memoryview)):
        b = np.frombuffer(blob, dtype=np.uint8)
    else:  # a view of the store's bytes, not a copy (a tensor may be hundreds of MB)
        b = np.ascontiguousarray(blob, dtype=np.uint8).reshape(-1)
    if len(b) < 8 or bytes(b[:4]) != MAGIC:
        raise ValueError("not an encoded tensor")
    (n,) = struct.unpack("<I", bytes(b[4:8]))
    if n > _MAX_HEADER or 8 + n > len(b):
        raise ValueError("tensor header too long")
    head = json.loads(bytes(b[8 : 8 + n]))
    dt, shape, names = head.get("dtype"), head.get("shape"), head.get("names")
    if dt not in TENSOR_DTYPES or not isinstance(shape, list) or len(shape) > _MAX_DIMS:
        raise ValueError("bad tensor header")
    if not all(isinstance(d, int) and d >= 0 for d in shape):
        raise ValueError("bad tensor shape")
    size = int(np.prod(shape, dtype=object)) * np.dtype(dt).itemsize
    if size != len(b) - 8 - n:
        raise ValueError(f"tensor data is {len(b) - 8 - n} bytes, its header says {size}")
    if names is not None and (not isinstance(names, list) or len(names) != len(shape)):
        raise ValueError("bad tensor dimension names")
    arr = b[8 + n :].view(dt).reshape(shape)
    arr.flags.writeable = False
    return arr, names


class TensorData:
    """An N-D array with optional dimension names (Rerun's ``rr.TensorData``).

    Examples
    --------
    >>> import numpy as np, rerun_nb as rr
    >>> t = rr.TensorData(array=np.zeros((2, 3)), dim_names=["y", "x"])
    >>> t.shape, t.names
    ([2, 3], ['y', 'x'])
    """

    def __init__(
        self,
        *,
        shape: Sequence[int] | None = None,
        buffer: Any = None,
        array: Any = None,
        dim_names: Sequence[str] | None = None,
    ) -> None:
        if array is None and buffer is not None:
            array = np.asarray(buffer)
            if shape is not None:
                array = array.reshape(tuple(shape))
        if array is None:
            raise ValueError("TensorData needs array= (or buffer= and shape=)")
        if isinstance(array, TensorData):
            array, dim_names = array.array, dim_names or array.names
        if not isinstance(array, np.ndarray) and callable(getattr(array, "numpy", None)):
            array = array.numpy()
        self.array = _as_numeric(array, "a tensor")
        self.names = None if dim_names is None else [str(n) for n in dim_names]

    @property
    def shape(self) -> list[int]:
        return list(self.array.shape)

    @property
    def buffer(self) -> np.ndarray:
        return self.array.reshape(-1)

    def numpy(self) -> np.ndarray:
        return self.array

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        return self.array if dtype is None else self.array.astype(dtype)

    def __repr__(self) -> str:
        return f"TensorData(shape={self.shape}, dtype={self.array.dtype}, names={self.names})"


@_kind("tensor")
def tensor(x: Any, dim_names: Sequence[str] | None = None) -> Ragged:
    """One tensor (array-like, ``TensorData``, torch tensor) → ``Ragged`` uint8 with one encoded tensor;
    a list of ``TensorData`` or an already-encoded ``Ragged`` → one per item."""
    if isinstance(x, Ragged):
        items = [bytes(i) for i in x]
        for i in items:
            try:
                decode_tensor(i)
            except ValueError as e:
                raise ComponentError(f"bad encoded tensor: {e}") from None
    elif isinstance(x, (list, tuple)) and x and all(isinstance(i, TensorData) for i in x):
        items = [encode_tensor(i.array, i.names) for i in x]
    elif isinstance(x, (list, tuple)) and not x:
        items = []
    else:
        t = x if isinstance(x, TensorData) else TensorData(array=x)
        items = [encode_tensor(t.array, dim_names if dim_names is not None else t.names)]
    offsets = np.zeros(len(items) + 1, dtype=np.int64)
    np.cumsum([len(i) for i in items], out=offsets[1:])
    values = np.frombuffer(b"".join(items), dtype=np.uint8).copy()
    return Ragged(values, offsets)
