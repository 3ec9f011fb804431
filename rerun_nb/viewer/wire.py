"""The wire form of scene data (docs/protocol.md): component batches as typed little-endian buffers,
transforms as column-major float32, and big replies cut into ``part`` messages."""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["MAX_PART_BYTES", "NAN16", "encode_batch", "split_reply", "transform_bytes"]

#: Replies whose buffers add up to more than this travel as several ``part`` messages.
MAX_PART_BYTES = 4 * 1024 * 1024

_WIRE_DTYPES = {
    np.dtype("float32"): "float32",
    np.dtype("float64"): "float64",
    np.dtype("uint8"): "uint8",
    np.dtype("uint16"): "uint16",
    np.dtype("uint32"): "uint32",
    np.dtype("int32"): "int32",
    np.dtype("bool"): "bool",
}

#: 16 float32 NaN: a transform that was removed (identity).
NAN16 = np.full(16, np.nan, dtype="<f4").tobytes()


def _le(a: np.ndarray) -> np.ndarray:
    """``a`` as a little-endian, C-contiguous array."""
    if a.dtype.byteorder == ">" or (a.dtype.byteorder == "=" and not np.little_endian):
        a = a.astype(a.dtype.newbyteorder("<"))
    return np.ascontiguousarray(a)


def _wire_array(a: np.ndarray) -> np.ndarray | None:
    """Cast ``a`` to one of the protocol's dtypes, or ``None`` when it has no numeric form."""
    dt = a.dtype.newbyteorder("=") if a.dtype.byteorder in "<>" else a.dtype
    if dt in _WIRE_DTYPES:
        return _le(a)
    if dt.kind in "iu":
        if a.size == 0 or (a.min() >= np.iinfo(np.int32).min and a.max() <= np.iinfo(np.int32).max):
            return _le(a.astype(np.int32))
        return _le(a.astype(np.float64))
    if dt.kind == "f":
        return _le(a.astype(np.float32 if dt.itemsize < 4 else np.float64))
    return None


def encode_batch(batch: Any, buffers: list[memoryview]) -> dict[str, Any] | None:
    """Encode one component batch as a protocol descriptor, appending its buffers to ``buffers``.

    Parameters
    ----------
    batch:
        A canonical batch: a numpy array (first axis = instances), an object array of ``str``, or a
        ``Ragged``-like object with ``values`` and ``offsets`` (line strips).
    buffers:
        The reply's buffer list; descriptors name buffers by their index in it.

    Returns
    -------
    dict or None
        ``{"buf", "dtype", "shape"}`` (plus ``"offsets"`` for ragged data) or ``{"text": [...]}``;
        ``None`` when the batch cannot be sent (it is then left out of the reply).

    Examples
    --------
    >>> bufs = []
    >>> encode_batch(np.zeros((2, 3), np.float32), bufs)
    {'buf': 0, 'dtype': 'float32', 'shape': [2, 3]}
    >>> encode_batch(np.array(["a", "b"], dtype=object), bufs)
    {'text': ['a', 'b']}
    """
    if hasattr(batch, "values") and hasattr(batch, "offsets") and not isinstance(batch, np.ndarray):
        values = _wire_array(np.asarray(batch.values))
        if values is None:
            return None
        offsets = np.asarray(batch.offsets)
        if offsets.size and (offsets.min() < 0 or offsets.max() > np.iinfo(np.uint32).max):
            return None
        offsets = _le(offsets.astype(np.uint32))
        desc = {"buf": len(buffers), "dtype": _WIRE_DTYPES[values.dtype], "shape": list(values.shape)}
        buffers.append(_mv(values))
        desc["offsets"] = len(buffers)
        buffers.append(_mv(offsets))
        return desc
    a = np.asarray(batch)
    if a.dtype.kind in "OUS":
        flat = a.reshape(-1)
        return {"text": [x.decode("utf-8", "replace") if isinstance(x, bytes) else str(x) for x in flat]}
    w = _wire_array(a)
    if w is None:
        return None
    desc = {"buf": len(buffers), "dtype": _WIRE_DTYPES[w.dtype], "shape": list(w.shape)}
    buffers.append(_mv(w))
    return desc


def _mv(a: np.ndarray) -> memoryview:
    """A flat byte view of a little-endian contiguous array."""
    return memoryview(a).cast("B") if a.size else memoryview(b"")


def transform_bytes(m: Any) -> bytes | None:
    """Local transform (4,4) row-major → 16 float32 column-major bytes; ``None`` for identity/none."""
    if m is None:
        return None
    m = np.asarray(m, dtype=np.float64).reshape(4, 4)
    return np.asarray(m.T, dtype="<f4").tobytes()  # m.T in C order = m in column-major order


def split_reply(
    content: dict[str, Any], buffers: list[memoryview], max_bytes: int = MAX_PART_BYTES
) -> list[tuple[dict[str, Any], list[memoryview]]]:
    """Split a reply whose buffers exceed ``max_bytes`` into ``part`` messages (docs/protocol.md).

    The buffers are cut, end to end, into slices of at most ``max_bytes``; part 0 carries the reply's
    content and the buffers' sizes, so that the front end can put the bytes back together.

    Examples
    --------
    >>> parts = split_reply({"type": "scene", "id": 1, "view": "v"}, [memoryview(bytes(10))], 4)
    >>> [(p["part"], p["parts"], len(b[0])) for p, b in parts]
    [(0, 3, 4), (1, 3, 4), (2, 3, 2)]
    """
    sizes = [b.nbytes for b in buffers]
    total = sum(sizes)
    if total <= max_bytes:
        return [(content, buffers)]
    flat = [memoryview(b).cast("B") if b.nbytes else memoryview(b"") for b in buffers]
    n = -(-total // max_bytes)
    out: list[tuple[dict[str, Any], list[memoryview]]] = []
    bi, off = 0, 0
    for k in range(n):
        want = min(max_bytes, total - k * max_bytes)
        pieces: list[memoryview] = []
        while want > 0:
            b = flat[bi]
            take = min(want, len(b) - off)
            if take > 0:
                pieces.append(b[off : off + take])
            off += take
            want -= take
            if off >= len(b):
                bi, off = bi + 1, 0
        data = pieces[0] if len(pieces) == 1 else memoryview(b"".join(pieces))
        head: dict[str, Any] = {
            "type": "part",
            "id": content.get("id"),
            "view": content.get("view"),
            "part": k,
            "parts": n,
            "nbytes": total,
        }
        if k == 0:
            head["reply"] = content
            head["sizes"] = sizes
        out.append((head, [data]))
    return out
