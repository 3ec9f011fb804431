"""The rules for the viewer's traitlets that the page can write (docs/security.md, "Browser → kernel comm").

Any synced traitlet can be written by the page, and the page may be hostile. Each function takes a proposed
value and returns the value to keep — clamped into range where a nearby value makes sense (sizes, speed,
time) — or raises :class:`Rejected` where none does (a NaN time, a camera that is not three 3-vectors). The
widget applies the same rules to Python's assignments (``@validate``): Python gets a ``TraitError`` for a
rejected value, the page gets its write ignored, one log line and the kernel's value sent back.
"""

from __future__ import annotations

import math
import numbers
from typing import Any

__all__ = [
    "MAX_COORD",
    "MAX_HIDDEN",
    "MAX_PATH_LEN",
    "MAX_SIDE",
    "MAX_SPEED",
    "MIN_SIDE",
    "MIN_SPEED",
    "Rejected",
    "camera",
    "height",
    "hidden",
    "speed",
    "time",
    "width",
]

#: Smallest and largest side of the 3D view in CSS px (4096² RGBA is 64 MiB for the static picture).
MIN_SIDE, MAX_SIDE = 16, 4096
#: Playback speed range (the front end offers 0.1x to 10x).
MIN_SPEED, MAX_SPEED = 0.01, 100.0
#: Most entries in ``hidden`` and longest entry.
MAX_HIDDEN, MAX_PATH_LEN = 10_000, 1_024
#: Largest camera coordinate (beyond it float32 rendering is meaningless anyway).
MAX_COORD = 1e15
#: Largest time in a timeline's units: int64 steps for sequences, int64 nanoseconds in seconds otherwise.
_MAX_TIME = {"sequence": 9.2e18, "duration": 9.2e9, "timestamp": 9.2e9}


class Rejected(ValueError):
    """No acceptable value is near the proposed one."""


def _number(v: Any, what: str) -> float:
    if not isinstance(v, numbers.Real) or isinstance(v, bool):
        raise Rejected(f"{what} must be a number, got {type(v).__name__}")
    try:
        x = float(v)
    except OverflowError:
        raise Rejected(f"{what} is too large") from None
    if not math.isfinite(x):
        raise Rejected(f"{what} must be finite, got {x}")
    return x


def _clamp(x: float, lo: float, hi: float) -> float:
    return lo if x < lo else hi if x > hi else x


def width(v: Any) -> int:
    """``0`` (fill the cell) or a side clamped to ``[MIN_SIDE, MAX_SIDE]``.

    Examples
    --------
    >>> width(0), width(3), width(16384)
    (0, 16, 4096)
    """
    x = int(_clamp(_number(v, "width"), -1, MAX_SIDE))
    return 0 if x == 0 else max(MIN_SIDE, x)


def height(v: Any) -> int:
    """A side clamped to ``[MIN_SIDE, MAX_SIDE]``.

    Examples
    --------
    >>> height(0), height(480), height(10**9)
    (16, 480, 4096)
    """
    return int(_clamp(_number(v, "height"), MIN_SIDE, MAX_SIDE))


def time(v: Any, kind: str | None) -> float:
    """A finite time, clamped to what the store's int64 holds on a ``kind`` timeline.

    Examples
    --------
    >>> time(1.5, "duration"), time(1e300, "duration"), time(-1e300, "sequence")
    (1.5, 9200000000.0, -9.2e+18)
    """
    lim = _MAX_TIME.get(kind or "", _MAX_TIME["sequence"])
    return _clamp(_number(v, "time"), -lim, lim)


def speed(v: Any) -> float:
    """A finite playback speed clamped to ``[MIN_SPEED, MAX_SPEED]``.

    Examples
    --------
    >>> speed(2), speed(0), speed(1e9)
    (2.0, 0.01, 100.0)
    """
    return _clamp(_number(v, "speed"), MIN_SPEED, MAX_SPEED)


def camera(v: Any) -> dict[str, list[float]]:
    """``{}`` (the default view) or ``{position, target[, up]}``, each three finite numbers.

    Examples
    --------
    >>> camera({"position": [1, 2, 3], "target": [0, 0, 0], "up": [0, 0, 1]})["position"]
    [1.0, 2.0, 3.0]
    >>> camera({"position": [1, 2], "target": [0, 0, 0]})
    Traceback (most recent call last):
    ...
    rerun_nb.viewer.traits.Rejected: camera 'position' must be 3 numbers
    """
    if not isinstance(v, dict):
        raise Rejected(f"camera must be a dict, got {type(v).__name__}")
    if not v:
        return {}
    extra = set(v) - {"position", "target", "up"}
    if extra or "position" not in v or "target" not in v:
        raise Rejected("camera must have 'position' and 'target' (and optionally 'up'), nothing else")
    out: dict[str, list[float]] = {}
    for key, vec in v.items():
        if not isinstance(vec, (list, tuple)) or len(vec) != 3:
            raise Rejected(f"camera {key!r} must be 3 numbers")
        xs = [_number(x, f"camera {key!r}") for x in vec]
        if any(abs(x) > MAX_COORD for x in xs):
            raise Rejected(f"camera {key!r} has a coordinate beyond ±{MAX_COORD:g}")
        out[key] = xs
    return out


def hidden(v: Any) -> list[str]:
    """At most :data:`MAX_HIDDEN` entity paths (strings of at most :data:`MAX_PATH_LEN` characters).

    Examples
    --------
    >>> hidden(["a", "b/c"])
    ['a', 'b/c']
    >>> hidden(["x"] * 20_000)
    Traceback (most recent call last):
    ...
    rerun_nb.viewer.traits.Rejected: hidden holds more than 10000 paths
    """
    if not isinstance(v, (list, tuple)):
        raise Rejected(f"hidden must be a list of entity paths, got {type(v).__name__}")
    if len(v) > MAX_HIDDEN:
        raise Rejected(f"hidden holds more than {MAX_HIDDEN} paths")
    for p in v:
        if not isinstance(p, str):
            raise Rejected(f"hidden must hold strings, got {type(p).__name__}")
        if len(p) > MAX_PATH_LEN:
            raise Rejected(f"hidden holds a path longer than {MAX_PATH_LEN} characters")
    return list(v)
