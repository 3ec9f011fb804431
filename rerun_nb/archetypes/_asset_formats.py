"""What the types layer knows of Asset3D's file formats: the media type a blob's first bytes suggest, and the
bounding box of its vertices (for fitting the camera), read with numpy alone (no mesh library here).

Bounds are of the vertices as stored in the file: a glTF's node transforms are not applied (its POSITION
accessors' ``min`` / ``max`` are unioned).
"""

from __future__ import annotations

import json
import struct
import zlib
from functools import lru_cache

import numpy as np

__all__ = ["GLB", "GLTF", "OBJ", "STL", "asset_bounds", "sniff_media_type"]

GLB, GLTF, OBJ, STL = "model/gltf-binary", "model/gltf+json", "model/obj", "model/stl"


def _is_binary_stl(data: bytes) -> bool:
    return len(data) >= 84 and 84 + 50 * struct.unpack_from("<I", data, 80)[0] == len(data)


def sniff_media_type(data: bytes) -> str | None:
    """The media type of a 3D asset from its first bytes (as Rerun's viewer guesses it), or None.

    Examples
    --------
    >>> sniff_media_type(b"glTF\\x02\\x00\\x00\\x00"), sniff_media_type(b"v 0 0 0\\nf 1 1 1\\n")
    ('model/gltf-binary', 'model/obj')
    """
    head = data[:512].lstrip()
    if data[:4] == b"glTF":
        return GLB
    if _is_binary_stl(data):
        return STL
    if head.startswith(b"solid"):
        return STL
    if head.startswith(b"{"):
        return GLTF
    if any(line.startswith((b"v ", b"f ", b"o ", b"g ", b"mtllib")) for line in head.splitlines()):
        return OBJ
    return None


def _stl_points(data: bytes) -> np.ndarray:
    if _is_binary_stl(data):
        n = struct.unpack_from("<I", data, 80)[0]
        rec = np.frombuffer(data, np.dtype([("n", "<f4", 3), ("v", "<f4", (3, 3)), ("a", "<u2")]), n, 84)
        return rec["v"].reshape(-1, 3)
    words = data.decode("ascii", "replace").split()
    pts = [words[i + 1 : i + 4] for i, w in enumerate(words) if w == "vertex"]
    return np.asarray(pts, np.float64).reshape(-1, 3)


def _obj_points(data: bytes) -> np.ndarray:
    rows = [ln.split()[1:4] for ln in data.decode("utf-8", "replace").splitlines() if ln.startswith("v ")]
    return np.asarray([r for r in rows if len(r) == 3], np.float64).reshape(-1, 3)


def _gltf_json(data: bytes, media_type: str) -> dict:
    if media_type == GLB:
        length = struct.unpack_from("<I", data, 12)[0]
        return json.loads(data[20 : 20 + length])
    return json.loads(data)


def _gltf_points(data: bytes, media_type: str) -> np.ndarray:
    doc = _gltf_json(data, media_type)
    acc = doc.get("accessors", [])
    pts = []
    for mesh in doc.get("meshes", []):
        for prim in mesh.get("primitives", []):
            a = prim.get("attributes", {}).get("POSITION")
            if isinstance(a, int) and 0 <= a < len(acc) and "min" in acc[a] and "max" in acc[a]:
                pts += [acc[a]["min"][:3], acc[a]["max"][:3]]
    return np.asarray(pts, np.float64).reshape(-1, 3)


@lru_cache(maxsize=32)
def _bounds(
    key: tuple[int, int], data: bytes, media_type: str
) -> tuple[tuple[float, ...], tuple[float, ...]] | None:
    del key  # only part of the cache key: equal files share one entry
    try:
        if media_type == STL:
            pts = _stl_points(data)
        elif media_type == OBJ:
            pts = _obj_points(data)
        elif media_type in (GLB, GLTF):
            pts = _gltf_points(data, media_type)
        else:
            return None
    except (ValueError, struct.error, UnicodeDecodeError, KeyError, TypeError, AttributeError):
        return None
    pts = pts[np.isfinite(pts).all(axis=1)]
    if len(pts) == 0:
        return None
    return tuple(pts.min(axis=0).tolist()), tuple(pts.max(axis=0).tolist())


def asset_bounds(blob: np.ndarray, media_type: str | None) -> tuple[np.ndarray, np.ndarray] | None:
    """(min, max) of an asset's vertices, or None when its format is unknown or it cannot be read.

    Examples
    --------
    >>> lo, hi = asset_bounds(np.frombuffer(b"v 0 0 0\\nv 1 2 3\\nf 1 2 1\\n", np.uint8), None)
    >>> hi.tolist()
    [1.0, 2.0, 3.0]
    """
    data = np.asarray(blob, np.uint8).tobytes()
    mt = media_type or sniff_media_type(data)
    if mt is None:
        return None
    got = _bounds((len(data), zlib.crc32(data)), data, mt)
    return None if got is None else (np.array(got[0], np.float32), np.array(got[1], np.float32))
