"""Row ids: process-wide, strictly increasing in log order (``RowId`` order = log order).

An api foundation: it imports nothing from rerun_nb, so the recording stream, the network server and file
loading all draw ids from this one counter without importing each other.

Examples
--------
>>> a = allocate_row_ids(3)
>>> bool(a[1] == a[0] + 1) and bool(next_row_id() > a[-1])
True
"""

from __future__ import annotations

import itertools
import threading
import time as _time

import numpy as np

__all__ = ["ROW_IDS", "advance_row_ids", "allocate_row_ids", "next_row_id"]


class RowIds:
    """Process-wide row ids: strictly increasing in log order, starting from the wall clock in ns."""

    def __init__(self) -> None:
        self._count = itertools.count(_time.time_ns())
        self._lock = threading.Lock()

    def one(self) -> int:
        """The next id (atomic under the GIL)."""
        return next(self._count)

    def block(self, n: int) -> int:
        """The first of ``n`` consecutive fresh ids."""
        with self._lock:
            first = next(self._count)
            if n > 1:
                # Advance the counter past the block.
                self._count = itertools.count(first + n)
            return first

    def advance_past(self, row_id: int) -> None:
        """Make every later id greater than ``row_id`` (after loading rows logged elsewhere)."""
        with self._lock:
            nxt = next(self._count)
            self._count = itertools.count(max(nxt, int(row_id) + 1))


#: The process's counter.
ROW_IDS = RowIds()


def next_row_id() -> int:
    """One fresh row id."""
    return ROW_IDS.one()


def advance_row_ids(past: int) -> None:
    """Rows logged from now on get ids greater than ``past`` (loading a file calls it)."""
    ROW_IDS.advance_past(past)


def allocate_row_ids(n: int) -> np.ndarray:
    """``n`` fresh consecutive row ids (for chunks that arrive from files or the network)."""
    first = ROW_IDS.block(n)
    return np.arange(first, first + n, dtype=np.int64)
