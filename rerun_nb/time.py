"""Timelines and time values: kinds, conversions to the store's int64, and ``TimeColumn``.

Three kinds, all stored as int64 (as in Rerun): ``sequence`` (the value itself), ``duration``
(nanoseconds) and ``timestamp`` (nanoseconds since the Unix epoch). Users speak seconds for the last two.
"""

from __future__ import annotations

import datetime as _dt
import numbers
from collections.abc import Iterable
from typing import Any

import numpy as np

from .errors import BadInput

__all__ = [
    "DURATION",
    "KINDS",
    "SEQUENCE",
    "TIMESTAMP",
    "TimeColumn",
    "TimeError",
    "from_time_int",
    "to_time_array",
    "to_time_int",
]

SEQUENCE = "sequence"
DURATION = "duration"
TIMESTAMP = "timestamp"
KINDS = (SEQUENCE, DURATION, TIMESTAMP)

_NS = 1_000_000_000
_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)
# Rerun rejects timestamps in seconds that look like milliseconds or nanoseconds.
_MAX_TIMESTAMP_SECONDS = 1e11


class TimeError(Exception):
    """A time value that cannot be used; carries a ``BadInput``."""

    def __init__(self, problem: BadInput) -> None:
        super().__init__(problem.text())
        self.problem = problem


def _bad(field: str, msg: str, is_type: bool = False) -> TimeError:
    return TimeError(BadInput(field, msg, is_type))


def to_time_int(kind: str, value: Any, field: str = "time") -> int:
    """Convert a user time value for a timeline of ``kind`` to the store's int64.

    Examples
    --------
    >>> to_time_int("duration", 1.5)
    1500000000
    >>> to_time_int("sequence", 7)
    7
    """
    if kind == SEQUENCE:
        if isinstance(value, (bool, np.bool_)):
            raise _bad(field, f"sequence must be an integer, got {value!r}", True)
        if isinstance(value, numbers.Integral):
            return int(value)
        if isinstance(value, numbers.Real) and float(value).is_integer():
            return int(value)
        raise _bad(field, f"sequence must be an integer, got {value!r}", True)
    if isinstance(value, (bool, np.bool_)):
        raise _bad(field, f"{kind} must be a number of seconds or a time object, got {value!r}", True)
    if kind == DURATION:
        if isinstance(value, _dt.timedelta):
            return (value.days * 86_400 + value.seconds) * _NS + value.microseconds * 1000
        if isinstance(value, np.timedelta64):
            return int(value.astype("timedelta64[ns]").astype(np.int64))
        if isinstance(value, (_dt.datetime, np.datetime64)):
            raise _bad(field, f"duration got a point in time {value!r}; use timestamp= instead", True)
    elif kind == TIMESTAMP:
        if isinstance(value, _dt.datetime):
            if value.tzinfo is None:
                value = value.replace(tzinfo=_dt.timezone.utc)
            delta = value - _EPOCH
            return (delta.days * 86_400 + delta.seconds) * _NS + delta.microseconds * 1000
        if isinstance(value, np.datetime64):
            return int(value.astype("datetime64[ns]").astype(np.int64))
        if isinstance(value, (_dt.timedelta, np.timedelta64)):
            raise _bad(field, f"timestamp got a duration {value!r}; use duration= instead", True)
        if isinstance(value, numbers.Real) and abs(float(value)) > _MAX_TIMESTAMP_SECONDS:
            raise _bad(field, f"timestamp {value!r} looks like milliseconds or nanoseconds; pass seconds")
    else:
        raise _bad(field, f"unknown timeline kind {kind!r}")
    if isinstance(value, numbers.Real):
        f = float(value)
        if not np.isfinite(f):
            raise _bad(field, f"{kind} must be finite, got {value!r}")
        if isinstance(value, numbers.Integral):
            return int(value) * _NS
        return round(f * _NS)
    raise _bad(
        field, f"{kind} must be a number of seconds or a time object, got {type(value).__name__}", True
    )


def from_time_int(kind: str, value: int) -> int | float:
    """The store's int64 back in user units (seconds as float for duration/timestamp).

    Examples
    --------
    >>> from_time_int("duration", 1_500_000_000)
    1.5
    """
    if kind == SEQUENCE:
        return int(value)
    return int(value) / _NS


def to_time_array(kind: str, values: Any, field: str = "times") -> np.ndarray:
    """Vectorised :func:`to_time_int` for a whole column (``send_columns``)."""
    arr = values if isinstance(values, np.ndarray) else np.asarray(values)
    if arr.ndim != 1:
        if arr.ndim == 0:
            arr = arr.reshape(1)
        else:
            raise _bad(field, f"expected a 1-D array of times, got shape {arr.shape}")
    if arr.dtype.kind == "M":
        if kind != TIMESTAMP:
            raise _bad(field, f"{kind} column got datetime64 values", True)
        return arr.astype("datetime64[ns]").astype(np.int64)
    if arr.dtype.kind == "m":
        if kind != DURATION:
            raise _bad(field, f"{kind} column got timedelta64 values", True)
        return arr.astype("timedelta64[ns]").astype(np.int64)
    if arr.dtype.kind == "O":
        return np.fromiter((to_time_int(kind, v, field) for v in arr), dtype=np.int64, count=len(arr))
    if arr.dtype.kind in "iu":
        return arr.astype(np.int64) * (1 if kind == SEQUENCE else _NS)
    if arr.dtype.kind == "f":
        if not np.all(np.isfinite(arr)):
            raise _bad(field, "times must be finite")
        if kind == SEQUENCE:
            if not np.all(arr == np.round(arr)):
                raise _bad(field, "sequence times must be integers", True)
            return arr.astype(np.int64)
        if kind == TIMESTAMP and np.any(np.abs(arr) > _MAX_TIMESTAMP_SECONDS):
            raise _bad(field, "timestamps look like milliseconds or nanoseconds; pass seconds")
        return np.round(arr.astype(np.float64) * _NS).astype(np.int64)
    raise _bad(field, f"times must be numbers, got dtype {arr.dtype}", True)


class TimeColumn:
    """A column of times for ``send_columns``: one value per row, on one timeline.

    Parameters
    ----------
    timeline:
        Timeline name.
    sequence, duration, timestamp:
        Exactly one: integers, seconds (or ``timedelta64``), seconds since the epoch (or ``datetime64``).

    Examples
    --------
    >>> col = TimeColumn("step", sequence=[0, 1, 2])
    >>> col.kind, col.times.tolist()
    ('sequence', [0, 1, 2])
    """

    def __init__(
        self,
        timeline: str,
        *,
        sequence: Iterable[int] | None = None,
        duration: Iterable[Any] | None = None,
        timestamp: Iterable[Any] | None = None,
    ) -> None:
        self.timeline = timeline
        self.error: BadInput | None = None
        given = [
            (k, v)
            for k, v in ((SEQUENCE, sequence), (DURATION, duration), (TIMESTAMP, timestamp))
            if v is not None
        ]
        self.times = np.zeros(0, np.int64)
        if len(given) != 1:
            self.kind = SEQUENCE
            self.error = BadInput(
                f"TimeColumn({timeline!r})", "exactly one of sequence=, duration=, timestamp= must be given"
            )
            return
        self.kind, values = given[0]
        try:
            self.times = to_time_array(self.kind, values, f"TimeColumn({timeline!r}).{self.kind}")
        except TimeError as e:
            self.error = e.problem

    def __len__(self) -> int:
        return len(self.times)

    def __repr__(self) -> str:
        return f"TimeColumn({self.timeline!r}, {self.kind}, n={len(self.times)})"
