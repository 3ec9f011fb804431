"""Decoding an EncodedDepthImage's blob into depth pixels: PNG / TIFF (Pillow) and RVL with ROS 2
``compressedDepth`` metadata (Rerun 0.41's formats), so it is drawn as a ``DepthImage`` is.

RVL (Wilson 2017) as ROS 2 writes it: an i32 format, two f32 depth quantisation parameters (a, b), u32 width
and height, then the stream: little-endian u32 words read as nibbles from the high end; a value is a run of
nibbles, 3 bits each, low bits first, the 0x8 bit meaning "more"; runs of (zeros, non-zeros, zig-zag deltas of
the non-zeros). With a != 0 the values are quantised inverse depth: depth = a / (value - b), 0 is no data.

Examples
--------
>>> import numpy as np
>>> d = decode_depth(encode_rvl(np.array([[0, 1200, 1201, 0, 800]], np.uint16)), "application/rvl")
>>> d.tolist()
[[0, 1200, 1201, 0, 800]]
"""

from __future__ import annotations

import hashlib
import io
import struct
from collections import OrderedDict
from typing import Any

import numpy as np

__all__ = ["decode_depth", "decoded_components", "encode_rvl"]

_HEADER = 20  # i32 format, f32 a, f32 b, u32 width, u32 height
_MAX_PIXELS = 1 << 26
_CACHE: OrderedDict[bytes, np.ndarray] = OrderedDict()
_CACHE_SIZE = 8
#: ImageFormat channel datatypes of the decoded arrays (Rerun's values)
_DATATYPES = {"uint8": 6, "uint16": 8, "int32": 11, "float32": 34}


def _nibbles(words: bytes) -> np.ndarray:
    w = np.frombuffer(words[: len(words) // 4 * 4], "<u4")
    shifts = np.arange(28, -1, -4, dtype=np.uint32)
    return ((w[:, None] >> shifts) & 0xF).astype(np.uint8).reshape(-1)


def _vle_values(nib: np.ndarray) -> np.ndarray:
    """Every VLE value of a nibble stream (a trailing unfinished one dropped)."""
    ends = np.flatnonzero((nib & 0x8) == 0)
    if len(ends) == 0:
        return np.zeros(0, np.int64)
    nib = nib[: ends[-1] + 1]
    group = np.concatenate([[0], np.cumsum((nib[:-1] & 0x8) == 0)])
    starts = np.concatenate([[0], ends[:-1] + 1])
    pos = np.arange(len(nib)) - starts[group]
    if pos.max(initial=0) > 10:
        raise ValueError("RVL value overflows 32 bits")
    contrib = (nib & 0x7).astype(np.int64) << (3 * pos)
    return np.bincount(group, weights=contrib, minlength=len(ends)).astype(np.int64)


def _runs(vals: np.ndarray, npx: int) -> np.ndarray:
    """int64 (npx,) pixels from the VLE values: runs of (zeros, non-zeros, zig-zag deltas), the deltas summed
    across runs. Only the run headers are walked in Python; the pixels are filled with numpy."""
    v = vals.tolist()
    heads: list[int] = []
    counts: list[int] = []
    k = total = 0
    while total < npx:
        if k + 2 > len(v):
            raise ValueError("RVL stream ended early")
        zeros, nonzeros = v[k], v[k + 1]
        if (zeros == 0 and nonzeros == 0) or total + zeros + nonzeros > npx or k + 2 + nonzeros > len(v):
            raise ValueError("RVL run out of range")
        heads.append(k)
        counts += [zeros, nonzeros]
        total += zeros + nonzeros
        k += 2 + nonzeros
    is_delta = np.ones(k, bool)
    h = np.asarray(heads, np.int64)
    is_delta[h] = is_delta[h + 1] = False
    z = vals[:k][is_delta]
    run = np.cumsum((z >> 1) ^ -(z & 1))
    if len(run) and (run.min() < 0 or run.max() > 0xFFFF):
        raise ValueError("RVL value out of the u16 range")
    out = np.zeros(npx, np.int64)
    out[np.repeat(np.tile([False, True], len(heads)), counts)] = run
    return out


def decode_rvl(blob: bytes) -> np.ndarray:
    """float32 depth (quantised streams) or uint16 values, (H, W); ``ValueError`` when malformed."""
    if len(blob) < _HEADER:
        raise ValueError("RVL payload without its ROS 2 header")
    _fmt, a, b, w, h = struct.unpack("<iffII", blob[:_HEADER])
    if w == 0 or h == 0 or w * h > _MAX_PIXELS:
        raise ValueError(f"RVL resolution {w}x{h} out of range")
    vals = _vle_values(_nibbles(blob[_HEADER:]))
    out = _runs(vals, w * h)
    if a != 0.0:
        with np.errstate(divide="ignore"):
            depth = np.where(out == 0, np.nan, a / (out.astype(np.float64) - b)).astype(np.float32)
        return depth.reshape(h, w)
    return out.astype(np.uint16).reshape(h, w)


def encode_rvl(depth: np.ndarray, quant: tuple[float, float] = (0.0, 0.0)) -> bytes:
    """RVL bytes with a ROS 2 header of a uint16 (H, W) array (the inverse of :func:`decode_rvl`; for tests)."""
    h, w = depth.shape
    nibbles: list[int] = []

    def vle(v: int) -> None:
        while True:
            n, v = v & 0x7, v >> 3
            nibbles.append(n | (0x8 if v else 0))
            if not v:
                return

    flat, i, prev = [int(x) for x in depth.reshape(-1)], 0, 0
    while i < len(flat):
        j = i
        while j < len(flat) and flat[j] == 0:
            j += 1
        k = j
        while k < len(flat) and flat[k] != 0:
            k += 1
        vle(j - i)
        vle(k - j)
        for x in flat[j:k]:
            d = x - prev
            vle((d << 1) ^ (d >> 31))
            prev = x
        i = k
    nibbles += [0] * (-len(nibbles) % 8)
    words = [int("".join(f"{n:x}" for n in nibbles[p : p + 8]), 16) for p in range(0, len(nibbles), 8)]
    return struct.pack("<iffII", 0, *quant, w, h) + struct.pack(f"<{len(words)}I", *words)


def decode_depth(blob: Any, media_type: str | None) -> np.ndarray:
    """The depth pixels (H, W) of an encoded depth blob (RVL, else PNG / TIFF by content); ``ValueError``."""
    data = bytes(np.ascontiguousarray(blob, np.uint8)) if not isinstance(blob, bytes) else blob
    key = hashlib.blake2b(data, digest_size=16).digest() + (media_type or "").encode()
    hit = _CACHE.get(key)
    if hit is not None:
        _CACHE.move_to_end(key)
        return hit
    if (media_type or "").lower() == "application/rvl":
        arr = decode_rvl(data)
    else:
        from PIL import Image, UnidentifiedImageError

        try:
            with Image.open(io.BytesIO(data)) as im:
                arr = np.asarray(im)
        except (UnidentifiedImageError, OSError) as e:
            raise ValueError(f"cannot decode the depth image: {e}") from e
        if arr.ndim != 2:
            raise ValueError(f"a depth image has one channel, this one has shape {arr.shape}")
    if arr.dtype.name not in _DATATYPES:
        arr = arr.astype(np.float32 if arr.dtype.kind == "f" else np.int32)
    arr.flags.writeable = False
    _CACHE[key] = arr
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return arr


def decoded_components(name: str, get: Any) -> dict[str, Any]:
    """``{"<name>:buffer", "<name>:format"}`` (and ``:meter``, Rerun's default, when not logged) of the decoded
    blob, as a DepthImage holds them; ``{}`` when there is no blob. Raises ``ValueError`` when it is malformed."""
    from ..components import Ragged

    blob, media = get("blob"), get("media_type")
    if blob is None or len(blob) == 0:
        return {}
    d = decode_depth(blob[len(blob) - 1], None if media is None or len(media) == 0 else str(media[-1]))
    raw = np.frombuffer(np.ascontiguousarray(d).astype(d.dtype.newbyteorder("<")).tobytes(), np.uint8)
    out = {
        f"{name}:buffer": Ragged(raw, np.array([0, len(raw)], np.int64)),
        f"{name}:format": np.array([[d.shape[1], d.shape[0], 0, 1, _DATATYPES[d.dtype.name]]], np.uint32),
    }
    meter = get("meter")
    if meter is None or len(meter) == 0:  # Rerun: 1.0 for floating point depth, 1000 (mm) for integers
        out[f"{name}:meter"] = np.array([1.0 if d.dtype.kind == "f" else 1000.0], np.float32)
    return out
