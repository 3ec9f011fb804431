"""Time ranges of the blueprint: ``TimeRangeBoundary``, ``TimeRange``, ``VisibleTimeRange``.

Times are integers as Rerun stores them: sequence numbers, or nanoseconds for durations and timestamps
(``seconds=`` converts).

Examples
--------
>>> import rerun_nb.blueprint as rrb
>>> r = rrb.VisibleTimeRange("time", start=rrb.TimeRangeBoundary.cursor_relative(seconds=-1.0),
...                          end=rrb.TimeRangeBoundary.infinite())
>>> r.to_json()["range"]["start"]
{'kind': 'cursor_relative', 'time': -1000000000}
"""

from __future__ import annotations

from typing import Any, Literal

__all__ = ["TimeRange", "TimeRangeBoundary", "VisibleTimeRange"]

_KINDS = ("cursor_relative", "absolute", "infinite")


def _time_int(value: Any, seq: int | None, seconds: float | None, nanos: int | None) -> int | None:
    given = [v for v in (value, seq, seconds, nanos) if v is not None]
    if len(given) > 1:
        raise ValueError("give only one of the time, seq=, seconds= and nanos=")
    if seconds is not None:
        return round(float(seconds) * 1e9)
    for v in (value, seq, nanos):
        if v is not None:
            return int(getattr(v, "value", v))
    return None


class TimeRangeBoundary:
    """One end of a time range: relative to the time cursor, absolute, or infinite."""

    def __init__(
        self, inner: Any, kind: Literal["cursor_relative", "absolute", "infinite"] = "cursor_relative"
    ) -> None:
        if kind not in _KINDS:
            raise ValueError(f"TimeRangeBoundary kind must be one of {_KINDS}, got {kind!r}")
        self.kind = kind
        self.inner = None if kind == "infinite" else _time_int(inner, None, None, None)
        if self.inner is None and kind != "infinite":
            self.inner = 0

    @staticmethod
    def cursor_relative(
        offset: Any = None, *, seq: int | None = None, seconds: float | None = None, nanos: int | None = None
    ) -> TimeRangeBoundary:
        """A boundary ``offset`` away from the time cursor (0 when nothing is given)."""
        return TimeRangeBoundary(_time_int(offset, seq, seconds, nanos) or 0, "cursor_relative")

    @staticmethod
    def absolute(
        time: Any = None, *, seq: int | None = None, seconds: float | None = None, nanos: int | None = None
    ) -> TimeRangeBoundary:
        """A boundary at a fixed time."""
        return TimeRangeBoundary(_time_int(time, seq, seconds, nanos) or 0, "absolute")

    @staticmethod
    def infinite() -> TimeRangeBoundary:
        """No bound on this side."""
        return TimeRangeBoundary(None, "infinite")

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "time": self.inner}

    def __repr__(self) -> str:
        return f"TimeRangeBoundary(inner={self.inner!r}, kind={self.kind!r})"


def _boundary(value: Any, side: str) -> TimeRangeBoundary:
    if isinstance(value, TimeRangeBoundary):
        return value
    kind = getattr(value, "kind", None)
    if kind in _KINDS:  # rerun-sdk's TimeRangeBoundary
        return TimeRangeBoundary(getattr(value, "inner", None), kind)
    raise TypeError(f"TimeRange {side} must be a TimeRangeBoundary, got {type(value).__name__}")


class TimeRange:
    """A range of time between two boundaries."""

    def __init__(self, start: Any, end: Any) -> None:
        self.start = _boundary(start, "start")
        self.end = _boundary(end, "end")

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start.to_json(), "end": self.end.to_json()}

    def __repr__(self) -> str:
        return f"TimeRange(start={self.start!r}, end={self.end!r})"


class VisibleTimeRange:
    """The range of time shown on one timeline (by a view, or for one entity)."""

    def __init__(self, timeline: str, range: Any = None, *, start: Any = None, end: Any = None) -> None:
        if range is not None and (start is not None or end is not None):
            raise ValueError("VisibleTimeRange: give either range= or start= and end=")
        if range is None:
            if start is None or end is None:
                raise ValueError("VisibleTimeRange: give range= or both start= and end=")
            range = TimeRange(start, end)
        elif not isinstance(range, TimeRange):
            range = TimeRange(range.start, range.end)
        self.timeline = str(timeline)
        self.range = range

    def to_json(self) -> dict[str, Any]:
        return {"timeline": self.timeline, "range": self.range.to_json()}

    def __repr__(self) -> str:
        return f"VisibleTimeRange({self.timeline!r}, range={self.range!r})"
