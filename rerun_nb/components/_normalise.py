"""Normalisers: any input Rerun accepts → the canonical numpy form of ``docs/internals.md``.

Every normaliser is a pure function ``f(value) -> Batch``. It either returns a fresh array (never
aliasing the caller's memory: the user may mutate their array after ``rr.log``) in canonical dtype and
shape, or raises :class:`ComponentError`, which carries the message (and, once the caller names the
field, a :class:`~rerun_nb.errors.BadInput`). Archetypes catch it and keep the first problem in
``_error``; nothing below the types layer re-checks what comes out of here.

This is the hot path of ``rr.log``: each normaliser tries the already-canonical case first.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from ..datatypes import Quaternion, RotationAxisAngle
from ..errors import ComponentError

__all__ = [
    "ComponentError",
    "Ragged",
    # images (issue 12)
    "annotation_context",
    "bool_1d",
    "class_ids",
    "colors",
    "fill_mode",
    "float32_1d",
    "float64_1d",
    "image_format",
    "keypoint_ids",
    "mat3x3",
    "point_shading",
    "quaternions",
    "relation",
    "rotation_axis_angles",
    "rotations",
    "scale3d",
    "strings",
    "strips",
    "strips2d",
    "strips3d",
    "vec2d",
    "vec3d",
    "view_coordinates",
]

_F32 = np.dtype(np.float32)
_F64 = np.dtype(np.float64)
_U8 = np.dtype(np.uint8)
_U16 = np.dtype(np.uint16)
_U32 = np.dtype(np.uint32)
_I64 = np.dtype(np.int64)
_BOOL = np.dtype(np.bool_)
_NUMERIC_KINDS = frozenset("fiub")


def _kind(kind: str) -> Any:
    """Tag a normaliser with the kind of component it makes (``"color"``, ``"mat3x3"``, ...).

    Lower layers (the ``.rrd`` mapping) read the kind from the archetype's field declaration instead of
    guessing it from a field's name.
    """

    def tag(fn: Any) -> Any:
        fn.kind = kind
        return fn

    return tag


# ---------------------------------------------------------------------------------------------
# Ragged: list-of-lists components (line strips)


class Ragged:
    """A batch of variable-length items: ``values`` (M, D) and ``offsets`` int64 (N+1,).

    Item ``i`` is ``values[offsets[i]:offsets[i+1]]``; ``len(ragged)`` is N.
    """

    __slots__ = ("offsets", "values")

    def __init__(self, values: np.ndarray, offsets: np.ndarray) -> None:
        self.values = values
        self.offsets = offsets

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i: int) -> np.ndarray:
        n = len(self.offsets) - 1
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(f"Ragged index {i} out of range for {n} items")
        return self.values[self.offsets[i] : self.offsets[i + 1]]

    def __iter__(self):
        offs = self.offsets.tolist()
        vals = self.values
        for a, b in itertools.pairwise(offs):
            yield vals[a:b]

    @property
    def lengths(self) -> np.ndarray:
        return np.diff(self.offsets)

    @property
    def dtype(self) -> np.dtype:
        return self.values.dtype

    def to_list(self) -> list[list[list[float]]]:
        return [item.tolist() for item in self]

    def copy(self) -> Ragged:
        return Ragged(self.values.copy(), self.offsets.copy())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Ragged):
            return NotImplemented
        return np.array_equal(self.offsets, other.offsets) and np.array_equal(
            self.values, other.values, equal_nan=True
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Ragged({len(self)} items, values={self.values.dtype}{self.values.shape})"

    @classmethod
    def from_items(cls, items: Sequence[np.ndarray], dim: int, dtype: np.dtype = _F32) -> Ragged:
        """Build from already-canonical (Ni, dim) arrays."""
        offsets = np.zeros(len(items) + 1, dtype=_I64)
        if items:
            np.cumsum([len(it) for it in items], out=offsets[1:])
            values = (
                np.concatenate(items).astype(dtype, copy=False) if offsets[-1] else np.empty((0, dim), dtype)
            )
        else:
            values = np.empty((0, dim), dtype)
        return cls(values.reshape(-1, dim), offsets)


# ---------------------------------------------------------------------------------------------
# helpers


def _first_non_numeric(arr: np.ndarray) -> Any:
    """The first element that does not read as a number (strings never count as numbers)."""
    items = arr.ravel().tolist()
    for v in items:
        if isinstance(v, (bool, int, float)):
            continue
        try:
            float(v)
        except (TypeError, ValueError):
            return v
    for v in items:
        if isinstance(v, (str, bytes)):
            return v
    return None


def _non_numeric_error(arr: np.ndarray, target: str) -> ComponentError:
    bad = _first_non_numeric(arr)
    if isinstance(bad, (str, bytes)):
        return ComponentError(
            f"non-numeric data: could not convert {bad!r} to {target} (NaN is allowed but strings are not)",
            is_type=True,
        )
    if bad is None and arr.dtype.kind in "US":
        bad = arr.ravel()[0] if arr.size else ""
        return ComponentError(
            f"non-numeric data: could not convert {str(bad)!r} to {target} (NaN is allowed but strings are not)",
            is_type=True,
        )
    if arr.dtype.kind == "c":
        return ComponentError(f"complex numbers cannot be converted to {target}", is_type=True)
    return ComponentError(
        f"non-numeric data: could not convert {bad!r} (a {type(bad).__name__}) to {target}", is_type=True
    )


def _as_numeric(x: Any, target: str) -> np.ndarray:
    """Any array-like → a numeric ndarray (may alias ``x`` when it already is one)."""
    if type(x) is np.ndarray:
        arr = x
    else:
        if isinstance(x, (str, bytes)):
            raise ComponentError(
                f"non-numeric data: could not convert {x!r} to {target} (NaN is allowed but strings are not)",
                is_type=True,
            )
        try:
            arr = np.asarray(x)
        except ValueError as e:
            if "inhomogeneous" in str(e) or "sequence" in str(e):
                raise ComponentError(
                    "ragged nested lists: every element must have the same length", is_type=False
                ) from None
            raise ComponentError(f"could not convert to {target}: {e}", is_type=True) from None
        except TypeError as e:
            raise ComponentError(f"could not convert to {target}: {e}", is_type=True) from None
    if arr.dtype.kind not in _NUMERIC_KINDS:
        if arr.dtype.kind == "O":
            # Objects: sequences of arrays of different sizes (ragged), None, mixed types …
            try:
                return np.asarray(arr.tolist(), dtype=_F64)
            except ValueError as e:
                if "inhomogeneous" in str(e) or "sequence" in str(e):
                    raise ComponentError(
                        "ragged nested lists: every element must have the same length"
                    ) from None
                raise _non_numeric_error(arr, target) from None
            except TypeError:
                raise _non_numeric_error(arr, target) from None
        raise _non_numeric_error(arr, target)
    return arr


def _shape_str(shape: tuple[int, ...]) -> str:
    return "(" + ", ".join(str(s) for s in shape) + ("," if len(shape) == 1 else "") + ")"


# ---------------------------------------------------------------------------------------------
# fixed-size float vectors


_PY_NUMBERS = (int, float)


def _vec(x: Any, dim: int) -> np.ndarray:
    t = type(x)
    # Fast paths: already float32 (N, dim); a single vector of Python numbers.
    if t is np.ndarray and x.dtype is _F32 and x.ndim == 2 and x.shape[1] == dim:
        return np.array(x, dtype=_F32, order="C", copy=True)
    if (t is list or t is tuple) and len(x) == dim and all(type(v) in _PY_NUMBERS for v in x):
        return np.array((x,), dtype=_F32)
    arr = _as_numeric(x, "float32")
    shape = arr.shape
    if arr.ndim == 2 and shape[1] == dim:
        out = np.array(arr, dtype=_F32, order="C", copy=True)
    elif arr.ndim == 1 and shape[0] % dim == 0:
        out = np.array(arr, dtype=_F32, copy=True).reshape(-1, dim)
    elif arr.size == 0:
        out = np.empty((0, dim), dtype=_F32)
    elif arr.ndim > 2 and shape[-1] == dim:
        out = np.array(arr, dtype=_F32, order="C", copy=True).reshape(-1, dim)
    else:
        raise ComponentError(f"expected an array of shape (N, {dim}), got {_shape_str(shape)}")
    return out


def vec3d(x: Any) -> np.ndarray:
    """Positions, vectors, origins, centers, half sizes, translations → float32 (N, 3)."""
    return _vec(x, 3)


def vec2d(x: Any) -> np.ndarray:
    """2D positions → float32 (N, 2)."""
    return _vec(x, 2)


def scale3d(x: Any) -> np.ndarray:
    """A uniform scale (one number) or per-axis scales → float32 (N, 3)."""
    if isinstance(x, (int, float, np.integer, np.floating)) and not isinstance(x, (bool, np.bool_)):
        v = float(x)
        return np.array([[v, v, v]], dtype=_F32)
    if type(x) is np.ndarray and x.ndim == 0:
        return scale3d(x.item())
    return _vec(x, 3)


# ---------------------------------------------------------------------------------------------
# scalars


def _flat(x: Any, dtype: np.dtype, target: str) -> np.ndarray:
    if type(x) is float or type(x) is int:
        return np.array([x], dtype=dtype)
    if type(x) is np.ndarray and x.dtype is dtype and x.ndim == 1:
        return x.copy()
    arr = _as_numeric(x, target)
    return np.array(arr, dtype=dtype, copy=True).reshape(-1)


def float32_1d(x: Any) -> np.ndarray:
    """Radii, draw orders (one value or many) → float32 (N,)."""
    return _flat(x, _F32, "float32")


def float64_1d(x: Any) -> np.ndarray:
    """Scalars (one value or many) → float64 (N,)."""
    return _flat(x, _F64, "float64")


def _uint_ids(x: Any, dtype: np.dtype, what: str) -> np.ndarray:
    if type(x) is int:
        if 0 <= x <= np.iinfo(dtype).max:
            return np.array([x], dtype=dtype)
        raise ComponentError(f"{what} must be integers in 0..{np.iinfo(dtype).max}, got {x}")
    if type(x) is np.ndarray and x.dtype is dtype:
        return x.reshape(-1).copy()
    arr = _as_numeric(x, str(dtype)).reshape(-1)
    if arr.size == 0:
        return np.empty(0, dtype=dtype)
    kind = arr.dtype.kind
    if kind == "f" and (not np.all(np.isfinite(arr)) or not np.all(arr == np.floor(arr))):
        raise ComponentError(f"{what} must be whole numbers", is_type=True)
    lo, hi = arr.min(), arr.max()
    if lo < 0 or hi > np.iinfo(dtype).max:
        bad = lo if lo < 0 else hi
        raise ComponentError(f"{what} must be integers in 0..{np.iinfo(dtype).max}, got {bad}")
    return arr.astype(dtype)


def class_ids(x: Any) -> np.ndarray:
    """Class ids / keypoint ids → uint16 (N,)."""
    return _uint_ids(x, _U16, "class ids")


keypoint_ids = class_ids


def bool_1d(x: Any) -> np.ndarray:
    """``is_recursive``, ``show_labels`` → bool (N,)."""
    if x is True or x is False or type(x) is np.bool_:
        return np.array([bool(x)], dtype=_BOOL)
    arr = _as_numeric(x, "bool")
    if arr.dtype.kind == "f" and arr.size:
        raise ComponentError(f"expected booleans, got {arr.dtype} values", is_type=True)
    return np.array(arr, dtype=_BOOL, copy=True).reshape(-1)


# ---------------------------------------------------------------------------------------------
# strings


def _one_str(v: Any) -> str:
    # Rerun 0.41's Utf8 batches take str() of every element: None -> "None", True -> "True" (a test pins it)
    return v if type(v) is str else str(v)


def strings(x: Any) -> np.ndarray:
    """Labels, text, levels, frame names → object (N,) of ``str``."""
    if isinstance(x, str):
        out = np.empty(1, dtype=object)
        out[0] = str(x)
        return out
    if isinstance(x, np.ndarray):
        if x.dtype.kind in "biufc":  # as rerun-sdk 0.41: a numeric array is not text
            raise ComponentError(f"expected strings, got a {x.dtype} array", is_type=True)
        items = x.reshape(-1).tolist()
        if x.dtype.kind == "S":
            items = [b.decode("utf-8", "replace") for b in items]
    elif isinstance(x, Iterable) and not isinstance(x, (bytes, dict)):
        items = list(x)
    else:
        items = [x]
    out = np.empty(len(items), dtype=object)
    for i, v in enumerate(items):
        out[i] = _one_str(v)
    return out


# ---------------------------------------------------------------------------------------------
# colors


def _unpack_u32(packed: np.ndarray) -> np.ndarray:
    """0xRRGGBBAA → uint8 (N, 4); big-endian bytes are R, G, B, A in memory order."""
    return packed.astype(">u4").view(_U8).reshape(-1, 4)


def _packed_from_ints(arr: np.ndarray) -> np.ndarray:
    arr = arr.reshape(-1)
    if arr.size and (arr.min() < 0 or arr.max() > 0xFFFFFFFF):
        raise ComponentError("packed 0xRRGGBBAA colors must be integers in 0..0xFFFFFFFF")
    return _unpack_u32(arr)


def _channels(arr: np.ndarray) -> np.ndarray:
    """(N, 3|4) numeric → uint8 (N, 4)."""
    c = arr.shape[1]
    if arr.dtype.kind == "f":
        # Floats are 0-1; as Rerun: round half to even, then the integer's low byte, so out-of-range values
        # wrap around (1.5 -> 126, -0.5 -> 128) and NaN / inf become 0.
        with np.errstate(invalid="ignore"):
            rgb = (np.round(arr * 255.0).astype(_I64) & 0xFF).astype(_U8)
    elif arr.dtype is _U8:
        rgb = arr
    else:
        if arr.size and (arr.min() < 0 or arr.max() > 255):
            raise ComponentError(
                "integer color channels must be in 0..255 (use floats for 0-1, or a uint32 array for "
                "packed 0xRRGGBBAA)"
            )
        rgb = arr.astype(_U8)
    if c == 4:
        return np.array(rgb, dtype=_U8, order="C", copy=True) if rgb is arr else np.ascontiguousarray(rgb)
    return _rgb_to_rgba(rgb)


def _rgb_to_rgba(rgb: np.ndarray) -> np.ndarray:
    """uint8 (N, 3) → new uint8 (N, 4) with alpha 255.

    One column at a time: ``out[:, :3] = rgb`` is a 3-byte strided copy that numpy runs 4-6x slower
    (25 ms vs 4 ms for 1M colors here).
    """
    out = np.empty((rgb.shape[0], 4), dtype=_U8)
    out[:, 0] = rgb[:, 0]
    out[:, 1] = rgb[:, 1]
    out[:, 2] = rgb[:, 2]
    out[:, 3] = 255
    return out


def _mixed_rgb_rgba(x: list[Any] | tuple[Any, ...]) -> bool:
    """A list of RGB and RGBA colours together (Rerun converts each; numpy cannot stack them)."""
    lengths = {len(c) if isinstance(c, (list, tuple, np.ndarray)) else -1 for c in x}
    return lengths == {3, 4}


@_kind("color")
def colors(x: Any) -> np.ndarray:
    """Colors in any form Rerun accepts → uint8 (N, 4) RGBA.

    * float arrays: 0-1 per channel; integer arrays / lists: 0-255 per channel; RGB or RGBA;
    * packed ``0xRRGGBBAA`` integers: a single int, or a uint32 array (a 1-D array of other ints whose
      length is not 3 or 4, or whose values do not fit 0-255, is packed too, as in Rerun);
    * a single color applies to all instances.
    """
    t = type(x)
    if t is np.ndarray:
        arr = x
        if arr.ndim == 2 and arr.dtype is _U8:
            c = arr.shape[1]
            if c == 4:
                return np.array(arr, order="C", copy=True)
            if c == 3:
                return _rgb_to_rgba(arr)
    elif t is int or isinstance(x, np.integer):
        return _packed_from_ints(np.array([int(x)], dtype=_I64))
    elif t is float or isinstance(x, np.floating):
        raise ComponentError(
            f"a single number {x!r} is not a color: give RGB(A) channels or a packed 0xRRGGBBAA int",
            is_type=True,
        )
    elif hasattr(x, "rgba") and not isinstance(x, (list, tuple)):
        return _packed_from_ints(np.array([int(x.rgba)], dtype=_I64))
    else:
        if isinstance(x, (list, tuple)) and len(x) == 0:
            return np.empty((0, 4), dtype=_U8)
        if isinstance(x, (list, tuple)) and _mixed_rgb_rgba(x):  # [(r, g, b), (r, g, b, a)]: each as given
            return np.concatenate([colors(c) for c in x])
        arr = _as_numeric(x, "a color")

    if arr.dtype.kind == "b":
        arr = arr.astype(_U8)
    if arr.ndim == 0:
        if arr.dtype.kind in "iu":
            return _packed_from_ints(arr.reshape(1).astype(_I64))
        raise ComponentError(f"a single number {arr.item()!r} is not a color", is_type=True)
    if arr.ndim == 2 and arr.shape[1] == 1 and arr.dtype.kind in "iu":
        arr = arr.reshape(-1)
    if arr.ndim == 1:
        size = arr.shape[0]
        if size == 0:
            return np.empty((0, 4), dtype=_U8)
        if arr.dtype is _U32:
            return _unpack_u32(arr)
        if arr.dtype.kind == "f" or arr.dtype is _U8:
            if size in (3, 4):
                arr = arr.reshape(1, size)
            elif size % 4 == 0:
                arr = arr.reshape(-1, 4)
            else:
                raise ComponentError(
                    f"expected colors of shape (N, 3) or (N, 4), got a flat array of {size} channels"
                )
        else:  # other integers: a single RGB(A) color if it looks like one, else packed values
            if size in (3, 4) and arr.min() >= 0 and arr.max() < 256:
                arr = arr.reshape(1, size)
            else:
                return _packed_from_ints(arr)
    if arr.ndim != 2 or arr.shape[1] not in (3, 4):
        if arr.ndim > 2 and arr.shape[-1] in (3, 4):
            arr = arr.reshape(-1, arr.shape[-1])
        else:
            raise ComponentError(
                f"expected colors of shape (N, 3) or (N, 4) or packed 0xRRGGBBAA ints, got {_shape_str(arr.shape)}"
            )
    return _channels(arr)


# ---------------------------------------------------------------------------------------------
# line strips


def strips(x: Any, dim: int = 3) -> Ragged:
    """Line strips → ``Ragged(values float32 (M, dim), offsets int64 (N+1,))``.

    As in Rerun: a 2-D array / list of points is ONE strip; a 3-D array (N, M, dim) is N strips of M
    points; a list of (Mi, dim) arrays or nested lists is N strips of varying lengths.
    """
    if isinstance(x, Ragged):
        values = _vec(x.values, dim)
        return Ragged(values, np.array(x.offsets, dtype=_I64, copy=True))
    if type(x) is np.ndarray and x.dtype.kind in _NUMERIC_KINDS:
        if x.ndim == 3 and x.shape[2] == dim:
            n, m = x.shape[:2]
            return Ragged(
                np.array(x, dtype=_F32, order="C", copy=True).reshape(-1, dim),
                np.arange(n + 1, dtype=_I64) * m,
            )
        if x.ndim == 2:
            values = _vec(x, dim)
            return Ragged(values, np.array([0, len(values)], dtype=_I64))
        if x.size == 0:
            return Ragged(np.empty((0, dim), _F32), np.zeros(1, dtype=_I64))
        raise ComponentError(
            f"expected a strip of shape (M, {dim}) or strips of shape (N, M, {dim}), got {_shape_str(x.shape)}"
        )
    if isinstance(x, (str, bytes)):
        raise ComponentError("expected line strips (lists of points), got a string", is_type=True)
    try:
        items = list(x)
    except TypeError:
        raise ComponentError(
            f"expected line strips (lists of points), got a {type(x).__name__}", is_type=True
        ) from None
    if not items:
        return Ragged(np.empty((0, dim), _F32), np.zeros(1, dtype=_I64))
    # Uniform nesting: a list of points (one strip) or a list of equal-length strips.
    try:
        arr = np.asarray(items)
    except (ValueError, TypeError):
        arr = None
    if arr is not None and arr.dtype.kind in _NUMERIC_KINDS:
        if arr.ndim == 2 and arr.shape[1] == dim:
            return strips(arr, dim)
        if arr.ndim == 3 and arr.shape[2] == dim:
            return strips(arr, dim)
        if arr.ndim == 1 and arr.size == 0:
            return Ragged(np.empty((0, dim), _F32), np.zeros(1, dtype=_I64))
    parts = []
    for i, item in enumerate(items):
        try:
            parts.append(
                _vec(item, dim) if not (isinstance(item, (list, tuple)) and len(item) == 0) else None
            )
        except ComponentError as e:
            raise ComponentError(f"strip {i}: {e.message}", e.is_type) from None
    parts = [p if p is not None else np.empty((0, dim), _F32) for p in parts]
    return Ragged.from_items(parts, dim)


def strips2d(x: Any) -> Ragged:
    return strips(x, 2)


def strips3d(x: Any) -> Ragged:
    return strips(x, 3)


# ---------------------------------------------------------------------------------------------
# rotations and matrices


def _rot4(x: Any, what: str) -> np.ndarray:
    arr = _as_numeric(x, "float32")
    if arr.ndim == 1 and arr.shape[0] == 4:
        return np.array(arr, dtype=_F32, copy=True).reshape(1, 4)
    if arr.ndim == 2 and arr.shape[1] == 4:
        return np.array(arr, dtype=_F32, order="C", copy=True)
    if arr.size == 0:
        return np.empty((0, 4), _F32)
    raise ComponentError(f"expected {what} of shape (N, 4), got {_shape_str(arr.shape)}")


@_kind("quaternion")
def quaternions(x: Any) -> np.ndarray:
    """``Quaternion`` / list of them / (4,) or (N, 4) xyzw arrays → float32 (N, 4)."""
    if isinstance(x, Quaternion):
        return x._canonical().reshape(1, 4).copy()
    if isinstance(x, (list, tuple)) and x and all(isinstance(q, Quaternion) for q in x):
        return np.stack([q._canonical() for q in x]).astype(_F32)
    return _rot4(x, "quaternions (x, y, z, w)")


@_kind("axis_angle")
def rotation_axis_angles(x: Any) -> np.ndarray:
    """``RotationAxisAngle`` / list of them / (N, 4) arrays (axis xyz, radians) → float32 (N, 4)."""
    if isinstance(x, RotationAxisAngle):
        return x._canonical().reshape(1, 4).copy()
    if isinstance(x, (list, tuple)) and x and all(isinstance(r, RotationAxisAngle) for r in x):
        return np.stack([r._canonical() for r in x]).astype(_F32)
    if isinstance(x, (list, tuple)) and any(isinstance(r, RotationAxisAngle) for r in x):
        raise ComponentError("mixed list: expected only RotationAxisAngle values", is_type=True)
    return _rot4(x, "axis-angle rotations (x, y, z, radians)")


def rotations(x: Any) -> tuple[str, np.ndarray]:
    """A rotation of either kind → ``("quaternions" | "rotation_axis_angles", float32 (N, 4))``."""
    if isinstance(x, RotationAxisAngle):
        return "rotation_axis_angles", rotation_axis_angles(x)
    if isinstance(x, Quaternion):
        return "quaternions", quaternions(x)
    if isinstance(x, (list, tuple)) and x:
        if all(isinstance(r, RotationAxisAngle) for r in x):
            return "rotation_axis_angles", rotation_axis_angles(x)
        if all(isinstance(r, Quaternion) for r in x):
            return "quaternions", quaternions(x)
    raise ComponentError(
        "could not tell the kind of rotation: give RotationAxisAngle or Quaternion values "
        "(or use quaternions= / rotation_axis_angles=)",
        is_type=True,
    )


@_kind("mat3x3")
def mat3x3(x: Any) -> np.ndarray:
    """3x3 matrices → float32 (N, 3, 3), row-major ``m[row, col]``.

    A flat 9-vector is read row by row, as Rerun does: ``[1, 2, 3, 4, 5, 6, 7, 8, 9]`` has first
    row ``(1, 2, 3)``.
    """
    arr = _as_numeric(x, "float32")
    shape = arr.shape
    if arr.ndim == 2 and shape == (3, 3):
        return np.array(arr, dtype=_F32, order="C", copy=True).reshape(1, 3, 3)
    if arr.ndim == 1 and shape[0] == 9:
        return np.array(arr, dtype=_F32, copy=True).reshape(1, 3, 3)
    if arr.ndim == 3 and shape[1:] == (3, 3):
        return np.array(arr, dtype=_F32, order="C", copy=True)
    if arr.ndim == 2 and shape[1] == 9:
        return np.array(arr, dtype=_F32, order="C", copy=True).reshape(-1, 3, 3)
    if arr.size == 0:
        return np.empty((0, 3, 3), _F32)
    raise ComponentError(f"expected a 3x3 matrix (or 9 values, row by row), got shape {_shape_str(shape)}")


# ---------------------------------------------------------------------------------------------
# small enums


def _enum(x: Any, names: dict[str, int], what: str) -> np.ndarray:
    values = set(names.values())

    def one(v: Any) -> int:
        if isinstance(v, str):
            key = v.replace("_", "").replace(" ", "").lower()
            if key in names:
                return names[key]
            raise ComponentError(f"unknown {what} {v!r}; expected one of {sorted(set(names))}")
        if isinstance(v, (int, np.integer)) and not isinstance(v, bool) and int(v) in values:
            return int(v)
        raise ComponentError(f"unknown {what} {v!r}", is_type=not isinstance(v, (int, np.integer)))

    if isinstance(x, (str, int, np.integer)):
        return np.array([one(x)], dtype=_U8)
    if isinstance(x, np.ndarray):
        x = x.reshape(-1).tolist()
    try:
        items = list(x)
    except TypeError:
        raise ComponentError(f"unknown {what} {x!r}", is_type=True) from None
    return np.array([one(v) for v in items], dtype=_U8)


_FILL_MODES = {"majorwireframe": 1, "densewireframe": 2, "solid": 3, "transparentfillmajorwireframe": 4}
_RELATIONS = {"parentfromchild": 1, "childfromparent": 2}
_POINT_SHADINGS = {"gradient": 1, "flat": 2}


def fill_mode(x: Any) -> np.ndarray:
    """``FillMode`` / its name / its value → uint8 (N,)."""
    return _enum(x, _FILL_MODES, "fill mode")


def point_shading(x: Any) -> np.ndarray:
    """``PointShading`` / its name / its value → uint8 (N,): 1 gradient, 2 flat."""
    return _enum(x, _POINT_SHADINGS, "point shading")


def relation(x: Any) -> np.ndarray:
    """``TransformRelation`` / its name / its value → uint8 (N,): 1 parent_from_child, 2 child_from_parent."""
    return _enum(x, _RELATIONS, "transform relation")


_VC_CODES = {"U": 1, "D": 2, "R": 3, "L": 4, "F": 5, "B": 6}


def view_coordinates(x: Any) -> np.ndarray:
    """``ViewCoordinates`` / ``"RDF"`` / 3 direction codes (Up=1 Down=2 Right=3 Left=4 Forward=5 Back=6)
    → uint8 (N, 3)."""
    xyz = getattr(x, "xyz", None)
    if xyz is not None and not isinstance(x, np.ndarray):
        x = xyz
    if isinstance(x, str):
        s = x.upper()
        if len(s) != 3 or any(c not in _VC_CODES for c in s):
            raise ComponentError(f"expected three of the letters U D R L F B, got {x!r}")
        codes = np.array([[_VC_CODES[c] for c in s]], dtype=_U8)
    else:
        arr = _as_numeric(x, "uint8")
        if arr.size == 0:
            return np.empty((0, 3), dtype=_U8)
        if arr.ndim == 1 and arr.shape[0] == 3:
            arr = arr.reshape(1, 3)
        if arr.ndim != 2 or arr.shape[1] != 3:
            raise ComponentError(f"expected 3 direction codes, got shape {_shape_str(arr.shape)}")
        if arr.size and (arr.min() < 1 or arr.max() > 6):
            raise ComponentError("direction codes must be in 1..6 (Up Down Right Left Forward Back)")
        codes = arr.astype(_U8)
    axes = (codes + 1) // 2  # 1: up/down, 2: right/left, 3: forward/back
    for row in axes:
        if len(set(row.tolist())) != 3:
            raise ComponentError("view coordinates must name three different axes")
    return codes


# ---------------------------------------------------------------------------------------------
# images: image formats, annotation contexts (issue 12)


@_kind("image_format")
def image_format(x: Any) -> np.ndarray:
    """``ImageFormat`` / list of them / (N, 5) rows → uint32 (N, 5): width, height, pixel format, colour model,
    channel datatype (Rerun's enum values, 0 = not set)."""
    from .images import ImageFormat

    if isinstance(x, ImageFormat):
        return np.array([x.row()], dtype=_U32)
    if isinstance(x, dict):
        return np.array([ImageFormat(**x).row()], dtype=_U32)
    if isinstance(x, (list, tuple)) and x and all(isinstance(f, (ImageFormat, dict)) for f in x):
        return np.array([image_format(f)[0] for f in x], dtype=_U32).reshape(-1, 5)
    arr = _as_numeric(x, "uint32")
    if arr.size == 0:
        return np.empty((0, 5), dtype=_U32)
    arr = arr.reshape(-1, 5) if arr.ndim == 1 and arr.shape[0] == 5 else arr
    if arr.ndim != 2 or arr.shape[1] != 5:
        raise ComponentError(f"expected ImageFormat values or rows of 5 numbers, got {_shape_str(arr.shape)}")
    return np.array([ImageFormat.from_row(r).row() for r in arr.tolist()], dtype=_U32).reshape(-1, 5)


@_kind("annotation_context")
def annotation_context(x: Any) -> np.ndarray:
    """An annotation context (class descriptions) → object (1,): its canonical JSON (``annotations.py``)."""
    from .annotations import context_json

    if isinstance(x, (list, tuple)) and len(x) == 0:
        return np.empty(0, dtype=object)
    if type(x) is np.ndarray and x.dtype == object and all(type(s) is str for s in x.reshape(-1)):
        return np.array([context_json(_json_loads_context(s)) for s in x.reshape(-1)] or [], dtype=object)
    out = np.empty(1, dtype=object)
    out[0] = context_json(x)
    return out


def _json_loads_context(s: str) -> list[Any]:
    """A canonical context string back to class descriptions (from files)."""
    import json

    try:
        items = json.loads(s)
    except ValueError:
        raise ComponentError("an annotation context string is not JSON") from None
    if not isinstance(items, list):
        raise ComponentError("an annotation context is a list of class descriptions")
    return [
        {
            "info": (d.get("id"), d.get("label"), d.get("color")),
            "keypoint_annotations": [
                (k.get("id"), k.get("label"), k.get("color")) for k in d.get("keypoints", [])
            ],
            "keypoint_connections": d.get("connections", []),
        }
        for d in items
        if isinstance(d, dict)
    ]
