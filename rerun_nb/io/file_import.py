"""What ``rr.log_file_from_path`` / ``rr.log_file_from_contents`` log for a single file, as Rerun 0.41's importers.

The entity path is the file's path (``images/cat.png`` → ``images/cat.png``; an absolute path loses its root),
under ``entity_path_prefix``. As measured with rerun-sdk 0.41, these importers log *static* data whatever
``static`` says, and nothing on ``log_time`` / the time cursor:

====================================================  =========================================================
file                                                  logged
====================================================  =========================================================
``.png .jpg .jpeg .gif .bmp .webp .tif .tiff``        ``EncodedImage(contents=..., media_type=image/...)``
``.glb .gltf .obj .stl``                              ``Asset3D(contents=..., media_type=model/...)``
``.ply``                                              ``Points3D``: vertex ``x y z`` (+ ``red green blue [alpha]``,
                                                      ``radius``), ASCII or binary
``.txt`` / ``.md``                                    ``TextDocument`` (``text/plain`` / ``text/markdown``)
``.mp4``                                              ``AssetVideo`` at ``video`` = 0 and one
                                                      ``VideoFrameReference`` per frame at its time on ``video``
                                                      (a duration timeline): not static (:func:`video_for_file`)
====================================================  =========================================================

Recording files (``.rnb``, ``.rrd``) are read by the recording (``RecordingStream.log_file_from_path``); other
files raise :class:`UnsupportedFileError` (Rerun: "No importer support for ...").

Examples
--------
>>> path, archs = archetypes_for_file("notes/readme.md", b"# Hi")
>>> path, type(archs[0]).__name__, archs[0].media_type.tolist()
('notes/readme.md', 'TextDocument', ['text/markdown'])
"""

from __future__ import annotations

import os
import pathlib
from typing import Any

import numpy as np

from .. import entity_path as ep

__all__ = [
    "IMPORTABLE_SUFFIXES",
    "VIDEO_SUFFIXES",
    "UnsupportedFileError",
    "archetypes_for_file",
    "entity_path_of_file",
    "video_for_file",
]

_IMAGES = {
    ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif", ".bmp": "image/bmp",
    ".webp": "image/webp", ".tif": "image/tiff", ".tiff": "image/tiff",
}  # fmt: skip
_MESHES = {".glb": "model/gltf-binary", ".gltf": "model/gltf+json", ".obj": "model/obj", ".stl": "model/stl"}
_TEXT = {".txt": "text/plain", ".md": "text/markdown"}
#: the suffixes :func:`video_for_file` reads
VIDEO_SUFFIXES = frozenset({".mp4"})
#: the suffixes :func:`archetypes_for_file` or :func:`video_for_file` reads
IMPORTABLE_SUFFIXES = frozenset({*_IMAGES, *_MESHES, *_TEXT, ".ply", *VIDEO_SUFFIXES})


class UnsupportedFileError(ValueError):
    """No importer reads this kind of file (or its contents are not what its name says)."""


def entity_path_of_file(file_path: str | os.PathLike[str], prefix: str | None = None) -> str:
    """The canonical entity path Rerun gives a file: its path's parts (root and ``.`` dropped) under ``prefix``.

    Examples
    --------
    >>> entity_path_of_file("/abs/dir/cat.png", "pre")
    'pre/abs/dir/cat.png'
    """
    p = pathlib.PurePath(os.fspath(file_path))
    parts = [s for s in p.parts if s not in (p.anchor, ".", "")]
    here = ep.to_canonical(parts)
    return ep.join(ep.to_canonical(prefix) if prefix else "", here)


def archetypes_for_file(file_path: str | os.PathLike[str], contents: bytes) -> tuple[str, list[Any]]:
    """``(entity path, archetypes)`` for one file's bytes; :class:`UnsupportedFileError` when none reads it."""
    from .. import archetypes as A

    suffix = pathlib.PurePath(os.fspath(file_path)).suffix.lower()
    data = bytes(contents)
    path = entity_path_of_file(file_path)
    if suffix in _IMAGES:
        return path, [A.EncodedImage(contents=data, media_type=_IMAGES[suffix])]
    if suffix in _MESHES:
        return path, [A.Asset3D(contents=data, media_type=_MESHES[suffix])]
    if suffix in _TEXT:
        return path, [A.TextDocument(data.decode("utf-8", "replace"), media_type=_TEXT[suffix])]
    if suffix == ".ply":
        return path, [A.Points3D(**read_ply_points(data))]
    raise UnsupportedFileError(f"No importer support for {os.fspath(file_path)!r}")


def video_for_file(file_path: str | os.PathLike[str], contents: bytes) -> tuple[Any, Any, np.ndarray]:
    """``(AssetVideo, VideoFrameReference columns, frame times in ns)`` of an MP4, as Rerun's video importer logs
    them (the asset at ``video`` = 0, a frame reference per frame); :class:`UnsupportedFileError` when the frames
    cannot be read."""
    from .. import archetypes as A

    video = A.AssetVideo(contents=bytes(contents))
    try:
        ts = np.asarray(video.read_frame_timestamps_nanos(), dtype=np.int64)
    except Exception as e:
        raise UnsupportedFileError(f"cannot read the video's frames ({type(e).__name__}: {e})") from None
    return video, A.VideoFrameReference.columns_nanos(ts), ts


_PLY_TYPES = {
    "char": "i1", "int8": "i1", "uchar": "u1", "uint8": "u1", "short": "i2", "int16": "i2", "ushort": "u2",
    "uint16": "u2", "int": "i4", "int32": "i4", "uint": "u4", "uint32": "u4", "float": "f4", "float32": "f4",
    "double": "f8", "float64": "f8",
}  # fmt: skip


def _ply_header(data: bytes) -> tuple[str, int, list[tuple[str, int, list[tuple[str, str]]]]]:
    """``(format, body offset, elements)``; each element ``(name, count, [(property, numpy type)])``."""
    end = data.find(b"end_header")
    if not data.startswith(b"ply") or end < 0:
        raise UnsupportedFileError("not a PLY file (no 'ply' magic or no 'end_header')")
    body = data.index(b"\n", end) + 1
    fmt, elements = "", []
    for line in data[:end].decode("ascii", "replace").splitlines()[1:]:
        w = line.split()
        if not w or w[0] in ("comment", "obj_info"):
            continue
        if w[0] == "format":
            fmt = w[1]
        elif w[0] == "element":
            elements.append((w[1], int(w[2]), []))
        elif w[0] == "property" and elements:
            if w[1] == "list":  # a face list: skipped by length, only vertices are read
                elements[-1][2].append((w[-1], f"list:{_PLY_TYPES[w[2]]}:{_PLY_TYPES[w[3]]}"))
            else:
                elements[-1][2].append((w[2], _PLY_TYPES[w[1]]))
    return fmt, body, elements


def read_ply_points(data: bytes) -> dict[str, Any]:
    """The vertex element of a PLY file as ``Points3D`` fields: ``positions`` (+ ``colors``, ``radii``).

    Examples
    --------
    >>> ply = b"ply\\nformat ascii 1.0\\nelement vertex 1\\nproperty float x\\nproperty float y\\n"
    >>> ply += b"property float z\\nend_header\\n1 2 3\\n"
    >>> read_ply_points(ply)["positions"].tolist()
    [[1.0, 2.0, 3.0]]
    """
    try:
        fmt, body, elements = _ply_header(data)
    except (KeyError, ValueError, IndexError) as e:
        raise UnsupportedFileError(f"unreadable PLY header: {e}") from None
    if not elements or elements[0][0] != "vertex":
        raise UnsupportedFileError("PLY: the first element is not 'vertex'")
    _, n, props = elements[0]
    if any(t.startswith("list:") for _, t in props):
        raise UnsupportedFileError("PLY: list properties on vertices are not supported")
    names = [p for p, _ in props]
    if fmt == "ascii":
        rows = data[body:].decode("ascii", "replace").split("\n")[:n]
        table = np.asarray([r.split()[: len(props)] for r in rows], dtype=np.float64).reshape(n, len(props))
        cols = {p: table[:, i] for i, p in enumerate(names)}
    elif fmt in ("binary_little_endian", "binary_big_endian"):
        order = "<" if fmt == "binary_little_endian" else ">"
        dt = np.dtype([(p, order + t) for p, t in props])
        if len(data) - body < n * dt.itemsize:
            raise UnsupportedFileError(f"PLY: {n} vertices need {n * dt.itemsize} bytes, the file is shorter")
        rec = np.frombuffer(data, dt, n, body)
        cols = {p: rec[p] for p in names}
    else:
        raise UnsupportedFileError(f"PLY: unknown format {fmt!r}")
    if not {"x", "y", "z"} <= set(cols):
        raise UnsupportedFileError("PLY: vertices have no x, y, z")
    out: dict[str, Any] = {
        "positions": np.stack([cols["x"], cols["y"], cols["z"]], axis=1).astype(np.float32)
    }
    if {"red", "green", "blue"} <= set(cols):
        rgb = [cols[c] for c in ("red", "green", "blue", "alpha") if c in cols]
        out["colors"] = np.stack(rgb, axis=1).astype(np.uint8)
    if "radius" in cols:
        out["radii"] = np.asarray(cols["radius"], np.float32)
    return out
