"""Asset3D: a whole 3D file (glTF / GLB, OBJ, STL) logged as its bytes and media type."""

from __future__ import annotations

import pathlib
from collections.abc import Callable
from typing import Any

import numpy as np

from .. import components as C
from ._asset_formats import asset_bounds
from ._base import Archetype, Field

__all__ = ["Asset3D"]


class Asset3D(Archetype):
    """A 3D asset from ``path=`` (its media type guessed from the extension) or ``contents=`` (bytes, a file
    object, a uint8 array) with an optional ``media_type=`` (else guessed from the first bytes when drawn).

    Drawn: glTF / GLB, OBJ and STL, tinted by ``albedo_factor``.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> a = rr.Asset3D(contents=b"v 0 0 0\\nv 1 0 0\\nv 0 1 0\\nf 1 2 3\\n", media_type=rr.MediaType.OBJ)
    >>> a.media_type.tolist(), len(a.blob[0])
    (['model/obj'], 34)
    """

    archetype_name = "Asset3D"
    view = "3d"
    blob = Field(C.blob, required=True)
    media_type = Field(C.strings)
    albedo_factor = Field(C.colors)

    def __init__(
        self,
        *,
        path: str | pathlib.Path | None = None,
        contents: Any = None,
        media_type: Any = None,
        albedo_factor: Any = None,
    ) -> None:
        self._error = None
        self.blob = None
        if (path is None) == (contents is None):
            self._fail("blob", "give exactly one of path= or contents=")
        elif path is not None:
            try:
                contents = pathlib.Path(path).read_bytes()
            except OSError as e:
                self._fail("path", f"could not read {str(path)!r}: {e.strerror or e}")
                contents = None
            if media_type is None:
                media_type = C.MediaType.guess_from_path(path)
        elif hasattr(contents, "read"):  # BufferedReader, BytesIO
            contents = contents.read()
        if contents is not None:
            self._set("blob", contents)
        self._set("media_type", None if media_type is None else str(media_type))
        self._set("albedo_factor", albedo_factor)

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        blob, mt = get("blob"), get("media_type")
        if blob is None or len(blob) == 0:
            return []
        got = asset_bounds(blob[0], None if mt is None or len(mt) == 0 else str(mt[0]))
        return [] if got is None else [got[0][None], got[1][None]]
