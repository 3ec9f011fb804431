"""``MediaType``: Rerun's media type constants, and the guess from a file name.

Examples
--------
>>> from rerun_nb.components import MediaType
>>> MediaType.MARKDOWN, MediaType.guess_from_path("scene.glb")
('text/markdown', 'model/gltf-binary')
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["MediaType"]


class MediaType(str):
    """A MIME type (a ``str``), with Rerun's constants: ``MediaType.MARKDOWN``, ``MediaType.GLB``, ...

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.TextDocument("# Hi", media_type=rr.MediaType.MARKDOWN).media_type.tolist()
    ['text/markdown']
    """

    TEXT: MediaType
    MARKDOWN: MediaType
    JPEG: MediaType
    PNG: MediaType
    GLB: MediaType
    GLTF: MediaType
    OBJ: MediaType
    PLY: MediaType
    STL: MediaType
    RVL: MediaType
    MP4: MediaType
    AAC: MediaType
    FLAC: MediaType
    M4A: MediaType
    MP3: MediaType
    OGG: MediaType
    WAV: MediaType

    @property
    def value(self) -> str:
        """The MIME type as a plain ``str`` (Rerun's ``MediaType(value=...)``)."""
        return str(self)

    @staticmethod
    def guess_from_path(path: str | Path) -> MediaType | None:
        """The media type Rerun guesses from a file's extension, or None."""
        return _BY_SUFFIX.get(Path(path).suffix.lower())


_CONSTANTS = {
    "TEXT": "text/plain",
    "MARKDOWN": "text/markdown",
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "GLB": "model/gltf-binary",
    "GLTF": "model/gltf+json",
    "OBJ": "model/obj",
    "PLY": "application/x-ply",
    "STL": "model/stl",
    "RVL": "application/rvl",
    "MP4": "video/mp4",
    "AAC": "audio/aac",
    "FLAC": "audio/flac",
    "M4A": "audio/mp4",
    "MP3": "audio/mpeg",
    "OGG": "audio/ogg",
    "WAV": "audio/wav",
}
for _name, _value in _CONSTANTS.items():
    setattr(MediaType, _name, MediaType(_value))

_SUFFIXES = {
    "JPEG": (".jpg", ".jpeg"),
    "PNG": (".png",),
    "GLB": (".glb",),
    "GLTF": (".gltf",),
    "OBJ": (".obj",),
    "PLY": (".ply",),
    "STL": (".stl",),
    "MP4": (".mp4",),
    "AAC": (".aac",),
    "FLAC": (".flac",),
    "M4A": (".m4a",),
    "MP3": (".mp3",),
    "OGG": (".oga", ".ogg", ".opus"),
    "WAV": (".wav",),
}
_BY_SUFFIX = {s: getattr(MediaType, k) for k, ss in _SUFFIXES.items() for s in ss}
