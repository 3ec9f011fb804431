"""Mesh3D: triangle meshes with optional normals, vertex colours, texture coordinates and an albedo texture."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from .. import components as C
from ._base import Archetype, Field

__all__ = ["Mesh3D", "texture_format_row"]

#: Rerun's ``ChannelDatatype`` values by numpy dtype.
_CHANNEL_DATATYPES = {
    np.dtype(np.uint8): 6,
    np.dtype(np.int8): 7,
    np.dtype(np.uint16): 8,
    np.dtype(np.int16): 9,
    np.dtype(np.uint32): 10,
    np.dtype(np.int32): 11,
    np.dtype(np.uint64): 12,
    np.dtype(np.int64): 13,
    np.dtype(np.float16): 33,
    np.dtype(np.float32): 34,
    np.dtype(np.float64): 35,
}
_RGB, _RGBA = 2, 3  # Rerun's ColorModel values


def texture_format_row(image: np.ndarray) -> np.ndarray | str:
    """The ``ImageFormat`` row (width, height, pixel format 0, colour model, channel datatype) of an (H, W, 3|4)
    texture as Rerun's ``Mesh3D`` makes it, or the reason it cannot be one.

    Examples
    --------
    >>> texture_format_row(np.zeros((2, 4, 3), np.uint8)).tolist()
    [[4, 2, 0, 2, 6]]
    """
    if image.ndim != 3:
        return f"bad albedo texture shape {image.shape}: expected 3 dimensions (height, width, channels)"
    h, w, c = image.shape
    if c not in (3, 4):
        return f"bad albedo texture shape {image.shape}: expected 3 or 4 channels"
    dt = _CHANNEL_DATATYPES.get(
        image.dtype.newbyteorder("=") if image.dtype.byteorder in "<>" else image.dtype
    )
    if dt is None:
        return f"unsupported dtype {image.dtype} for an albedo texture"
    return np.array([[w, h, 0, _RGB if c == 3 else _RGBA, dt]], np.uint32)


def _to_numpy(image: Any) -> np.ndarray:
    if isinstance(image, np.ndarray):
        return image
    numpy = getattr(image, "numpy", None)  # torch tensors
    if callable(numpy):
        try:
            return np.asarray(numpy(force=True))
        except TypeError:
            return np.asarray(numpy())
    return np.asarray(image)


class Mesh3D(Archetype):
    """A triangle mesh: ``vertex_positions``, with ``triangle_indices`` (else each three positions are one
    triangle), per-vertex normals / colours / texture coordinates, an ``albedo_factor`` colour multiplier and an
    ``albedo_texture`` image (stored as Rerun stores it: the raw bytes and their ImageFormat).

    Examples
    --------
    >>> import rerun_nb as rr
    >>> m = rr.Mesh3D(vertex_positions=[[0, 0, 0], [1, 0, 0], [0, 1, 0]], triangle_indices=[0, 1, 2])
    >>> m.triangle_indices.tolist()
    [[0, 1, 2]]
    """

    archetype_name = "Mesh3D"
    view = "3d"
    vertex_positions = Field(C.vec3d, required=True, positional=False)
    triangle_indices = Field(C.uvec3d)
    vertex_normals = Field(C.vec3d)
    vertex_colors = Field(C.colors)
    vertex_texcoords = Field(C.vec2d)
    albedo_factor = Field(C.colors)
    face_rendering = Field(C.mesh_face_rendering)
    albedo_texture_buffer = Field(C.blob)
    albedo_texture_format = Field(C.image_format)
    class_ids = Field(C.class_ids)

    def __init__(
        self,
        *,
        vertex_positions: Any,
        triangle_indices: Any = None,
        vertex_normals: Any = None,
        vertex_colors: Any = None,
        vertex_texcoords: Any = None,
        albedo_texture: Any = None,
        albedo_factor: Any = None,
        face_rendering: Any = None,
        class_ids: Any = None,
    ) -> None:
        self._error = None
        self._set("vertex_positions", vertex_positions)
        self._set("triangle_indices", triangle_indices)
        self._set("vertex_normals", vertex_normals)
        self._set("vertex_colors", vertex_colors)
        self._set("vertex_texcoords", vertex_texcoords)
        self._set("albedo_factor", albedo_factor)
        self._set("face_rendering", face_rendering)
        self.albedo_texture_buffer = self.albedo_texture_format = None
        if albedo_texture is not None:
            self._set_texture(albedo_texture)
        self._set("class_ids", class_ids)

    def _set_texture(self, texture: Any) -> None:
        try:
            image = _to_numpy(texture)
        except (TypeError, ValueError) as e:
            return self._fail("albedo_texture", f"could not read the texture as an array: {e}", True)
        row = texture_format_row(image)
        if isinstance(row, str):  # as Rerun 0.41: warned, and the mesh is logged without its texture
            return self._warn("albedo_texture", f"{row}: the mesh is logged without it")
        self._set("albedo_texture_buffer", np.ascontiguousarray(image).reshape(-1).view(np.uint8))
        self._set("albedo_texture_format", row)
        return None

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        pos = get("vertex_positions")
        if pos is None or len(pos) == 0:
            return []
        finite = pos[np.isfinite(pos).all(axis=1)]
        return [finite.min(axis=0, keepdims=True), finite.max(axis=0, keepdims=True)] if len(finite) else []
