"""Timelines and time values: kinds, conversions to and from the store's int64, and ``TimeColumn``.

Three kinds, all stored as int64 (as in Rerun): ``sequence`` (the value itself), ``duration``
(nanoseconds) and ``timestamp`` (nanoseconds since the Unix epoch). Users speak seconds for the last two.

This is the one place where times change units. The api (``set_time``, ``send_columns``, queries), the viewer
(its traitlets and the wire of docs/protocol.md, which speak the user's units) and the renderer convert here:
user/wire value -> int64 with :func:`to_time_int` / :func:`to_query_int` / :func:`wire_to_int`, int64 -> user
units with :func:`from_time_int` / :func:`to_user_array`.
"""

from __future__ import annotations

import datetime as _dt
import math
import numbers
from collections.abc import Iterable
from typing import Any

import numpy as np

from .errors import BadInput

__all__ = [
    "DURATION",
    "KINDS",
    "NS_PER_S",
    "SEQUENCE",
    "TIMESTAMP",
    "TimeColumn",
    "TimeError",
    "from_time_int",
    "to_number",
    "to_query_int",
    "to_time_array",
    "to_time_int",
    "to_user_array",
    "wire_span_to_int",
    "wire_to_int",
]

SEQUENCE = "sequence"
DURATION = "duration"
TIMESTAMP = "timestamp"
KINDS = (SEQUENCE, DURATION, TIMESTAMP)

#: Nanoseconds per second: the store's unit for duration and timestamp timelines.
NS_PER_S = 1_000_000_000
_NS = NS_PER_S
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


def to_user_array(kind: str, values: np.ndarray) -> np.ndarray:
    """The store's int64 times in user units: float64 seconds for duration/timestamp, as is for sequences.

    Examples
    --------
    >>> to_user_array("duration", np.array([0, 500_000_000])).tolist()
    [0.0, 0.5]
    """
    if kind == SEQUENCE:
        return values
    return np.asarray(values).astype(np.float64) / _NS


def to_query_int(kind: str, value: Any, field: str = "time") -> int:
    """:func:`to_time_int` for a query: a float of seconds is widened by one float spacing.

    A float of seconds since 1970 cannot hold nanoseconds (its spacing there is ~240 ns): widening the query by
    one float spacing makes asking at a time read back from the store (a timeline's max, a mark) still find the
    row logged at it.

    Examples
    --------
    >>> to_query_int("duration", 2.0) - 2_000_000_000
    1
    >>> to_query_int("duration", 2)
    2000000000
    """
    t = to_time_int(kind, value, field)
    if kind != SEQUENCE and isinstance(value, float):
        t += int(np.ceil(np.spacing(abs(value)) * 1e9))
    return t


def wire_to_int(kind: str, value: int | float, *, widen: bool) -> int:
    """A time from the viewer (a finite JSON number in the timeline's units, docs/protocol.md) as the store's int64.

    Sequences are floored (a slider between two steps shows the earlier one). Seconds become nanoseconds:
    ``widen=True`` for a latest-at query (as :func:`to_query_int`), ``False`` for the bounds of a window of
    data times.

    Examples
    --------
    >>> wire_to_int("sequence", 2.7, widen=True)
    2
    >>> wire_to_int("duration", 1.5, widen=False)
    1500000000
    """
    if kind == SEQUENCE:
        return math.floor(value)
    if widen:
        return to_query_int(kind, value)
    return round(value * _NS)


def wire_span_to_int(kind: str, span: int | float) -> float:
    """A length of time from the viewer (a number >= 0 in the timeline's units) in the store's units: steps as
    they are, seconds as nanoseconds (a float: a bound to compare int64 differences with).

    Examples
    --------
    >>> wire_span_to_int("duration", 0.25), wire_span_to_int("sequence", 2)
    (250000000.0, 2.0)
    """
    return float(span) * (1 if kind == SEQUENCE else _NS)


def to_number(value: Any, what: str = "time") -> float:
    """A user time value (a number in timeline units, ``timedelta``/``datetime``, numpy time types) as a float
    in timeline units (seconds for time objects), for arithmetic over a timeline's range.

    Examples
    --------
    >>> to_number(_dt.timedelta(seconds=1.5)), to_number(np.timedelta64(250, "ms")), to_number(3)
    (1.5, 0.25, 3.0)
    """
    if hasattr(value, "total_seconds"):
        return float(value.total_seconds())
    if isinstance(value, np.timedelta64):
        return float(value / np.timedelta64(1, "ns")) / 1e9
    if isinstance(value, np.datetime64):
        return float(value.astype("datetime64[ns]").astype(np.int64)) / 1e9
    if hasattr(value, "timestamp"):
        return float(value.timestamp())
    try:
        return float(value)
    except (TypeError, ValueError):
        raise TypeError(f"{what} must be a number (timeline units) or a time object, got {value!r}") from None


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
