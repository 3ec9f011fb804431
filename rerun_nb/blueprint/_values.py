"""Checks and JSON conversion for the values blueprint objects store.

A bad property value is reported as rr.log reports bad data: a ``RerunWarning`` naming the property and
field, and the field dropped (strict mode raises ``BadValueError`` / ``BadTypeError`` instead).

Examples
--------
>>> from rerun_nb.blueprint._values import check_range, to_jsonable
>>> check_range((0, 10))
[0.0, 10.0]
>>> import numpy as np
>>> to_jsonable({"a": np.arange(2), "b": float("nan")})
{'a': [0, 1], 'b': None}
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any

import numpy as np

from .. import components as C
from .._current import is_strict_mode
from ..errors import BadInput, ComponentError, report

__all__ = [
    "check_bool",
    "check_color",
    "check_float",
    "check_range",
    "check_shares",
    "check_str",
    "check_vec3",
    "checked",
    "to_jsonable",
]


def _is_strict() -> bool:
    return is_strict_mode()


def checked(where: str, field: str, value: Any, check: Callable[[Any], Any]) -> Any:
    """``check(value)``, or None after reporting the problem (a warning, or raised in strict mode)."""
    if value is None:
        return None
    try:
        return check(value)
    except ComponentError as e:
        report(e.bad_input(f"{where}.{field}"), None, _is_strict(), stacklevel=4)
    except (TypeError, ValueError) as e:
        report(
            BadInput(f"{where}.{field}", str(e), isinstance(e, TypeError)), None, _is_strict(), stacklevel=4
        )
    return None


def _finite_floats(value: Any, n: int | None, what: str) -> list[float]:
    arr = np.asarray(getattr(value, "value", value) if not isinstance(value, (list, tuple)) else value)
    if arr.dtype.kind not in "biuf":
        raise TypeError(f"expected numbers, got {type(value).__name__}")
    arr = arr.astype(np.float64).reshape(-1)
    if n is not None and arr.size != n:
        raise ValueError(f"expected {what}, got {arr.size} value(s)")
    if not np.all(np.isfinite(arr)):
        raise ValueError(f"{what} must be finite")
    return [float(x) for x in arr]


def check_range(value: Any) -> list[float]:
    """A Range1D: two finite numbers ``[min, max]`` (an object with ``.min``/``.max`` too)."""
    if hasattr(value, "min") and hasattr(value, "max") and not isinstance(value, np.ndarray):
        value = (value.min, value.max)
    return _finite_floats(value, 2, "a range [min, max]")


def check_vec3(value: Any) -> list[float]:
    """Three finite numbers."""
    return _finite_floats(getattr(value, "xyz", value), 3, "a 3D vector")


def check_float(value: Any) -> float:
    """One finite number."""
    return _finite_floats(value, 1, "one number")[0]


def check_bool(value: Any) -> bool:
    """A bool (numpy bools too)."""
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    raise TypeError(f"expected a bool, got {type(value).__name__}")


def check_str(value: Any) -> str:
    """A string."""
    if isinstance(value, str):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")


def check_color(value: Any) -> list[int]:
    """One colour, as ``rr.log`` takes it (packed 0xRRGGBBAA, RGB(A) ints or floats), as RGBA uint8."""
    rgba = C.colors(value)
    if rgba.shape[0] != 1:
        raise ValueError(f"expected one colour, got {rgba.shape[0]}")
    return [int(x) for x in rgba[0]]


def check_shares(value: Any) -> list[float]:
    """Layout shares: finite, non-negative numbers."""
    shares = _finite_floats(value, None, "shares")
    if any(s < 0 for s in shares):
        raise ValueError("shares must not be negative")
    return shares


def to_jsonable(value: Any) -> Any:
    """``value`` as plain JSON data: enums by name, arrays as lists, non-finite floats as None."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Enum):
        return value.name
    if isinstance(value, np.generic):
        return to_jsonable(value.item())
    if isinstance(value, np.ndarray):
        return to_jsonable(value.tolist())
    if hasattr(value, "to_json"):
        return value.to_json()
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(v) for v in value]
    return str(value)
