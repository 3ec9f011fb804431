"""What a server does with a checked DATA message: one atomic append to the recording, within the limits.

Under the store's lock, for one message:

* a message already applied (its session's ``seq`` is not above :func:`.sessions.last_seq`) is skipped: a
  client resending after a lost acknowledgement never duplicates rows;
* a chunk whose timeline has another kind here is dropped (one log line per timeline and client): the rows of
  ``set_time("step", sequence=...)`` here never become unreadable because a peer said "duration";
* a chunk that would bring new timeline names past ``max_timelines_per_client`` (names this client added) or
  ``max_timelines`` (names in the recording) is dropped (one line per client). Timeline kinds are registered
  only here, with accepted rows — never from a handshake;
* ``memory_limit``: when the bytes received through this server would pass it, the message is refused and the
  client told to stop (:class:`MemoryLimitReached`; one log line). Dropping the oldest rows instead is not on
  offer: the store is the user's recording, not a buffer;
* the rows get fresh row ids from this process's counter, in the order of the client's ids, so ids are unique
  in the store and one client's rows keep their log order (ties between writers go to the row that arrived last).

Examples
--------
>>> parse_memory_limit("1GB"), parse_memory_limit("512MiB"), parse_memory_limit(None)
(1000000000, 536870912, None)
"""

from __future__ import annotations

import logging
import os
import re
import threading
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..row_ids import allocate_row_ids
from ..store import Chunk
from .sessions import last_seq, set_last_seq

__all__ = ["Client", "Intake", "Limits", "MemoryLimitReached", "parse_memory_limit"]

log = logging.getLogger("rerun_nb.net")

_UNITS = {"": 1, "B": 1, "KB": 10**3, "MB": 10**6, "GB": 10**9, "TB": 10**12}
_UNITS.update({"K": 1 << 10, "KIB": 1 << 10, "M": 1 << 20, "MIB": 1 << 20, "G": 1 << 30, "GIB": 1 << 30})


def _total_memory() -> int | None:
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def parse_memory_limit(value: Any) -> int | None:
    """``None`` (no limit), bytes, ``"75%"`` (of physical memory), ``"2GB"``, ``"512MiB"`` → bytes or ``None``."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return int(value)
    m = re.fullmatch(r"\s*([0-9.]+)\s*(%|[A-Za-z]*)\s*", str(value))
    if m is None:
        raise ValueError(f"server_memory_limit: expected bytes, '75%' or '2GB', not {value!r}")
    num, unit = float(m.group(1)), m.group(2).upper()
    if unit == "%":
        total = _total_memory()
        return None if total is None else int(total * num / 100)
    if unit not in _UNITS:
        raise ValueError(f"server_memory_limit: unknown unit {m.group(2)!r}")
    return int(num * _UNITS[unit])


class MemoryLimitReached(Exception):
    """The server's ``memory_limit`` would be passed: the message is refused and the client told to stop."""


@dataclass
class Limits:
    """A server's limits (see :class:`rerun_nb.net.Server` for their meaning and defaults)."""

    max_frame_bytes: int = 256 << 20
    max_timelines_per_client: int = 1_000
    max_timelines: int = 10_000
    memory_limit: int | None = None

    @property
    def max_strings(self) -> int:
        """Strings one message may turn into Python objects (~64 bytes each): ``max_frame_bytes / 64``."""
        return max(1024, self.max_frame_bytes // 64)


@dataclass(eq=False)
class Client:
    """One authenticated client stream, as the server sees it."""

    peer: str
    session: str = ""
    app: str = ""
    rec: str = ""
    rows: int = 0
    frames: int = 0
    refused: int = 0
    timelines: set[str] = field(default_factory=set)
    warned: set[str] = field(default_factory=set)


class Intake:
    """Applies checked messages to ``recording`` (see the module docstring); counts into ``stats``."""

    def __init__(self, recording: Any, limits: Limits, stats: dict[str, Any], lock: threading.Lock) -> None:
        self.recording = recording
        self.limits = limits
        self.stats = stats
        self._stats_lock = lock
        self.received_bytes = 0
        self._full_logged = False

    def _warn_once(self, conn: Client, key: str, msg: str, *args: Any) -> None:
        if key not in conn.warned:
            conn.warned.add(key)
            log.warning("rerun_nb.net: %s: " + msg, conn.peer, *args)

    def _admit(self, conn: Client, kinds: dict[str, str], have: dict[str, str], new: set[str]) -> bool:
        bad = [n for n, k in kinds.items() if have.get(n, k) != k]
        if bad:
            self._warn_once(
                conn,
                "kind:" + bad[0],
                "timeline %r is a %s timeline here but %s there; dropped its rows (rename the timeline in one "
                "of the processes)",
                bad[0][:100],
                have.get(bad[0]),
                kinds[bad[0]],
            )
            return False
        fresh = [n for n in kinds if n not in have and n not in new]
        lim = self.limits
        if fresh and (
            len(conn.timelines) + len(new) + len(fresh) > lim.max_timelines_per_client
            or len(have) + len(new) + len(fresh) > lim.max_timelines
        ):
            self._warn_once(
                conn,
                "timelines",
                "too many timeline names (max_timelines_per_client=%d, max_timelines=%d in the recording); "
                "dropped the rows that bring new ones",
                lim.max_timelines_per_client,
                lim.max_timelines,
            )
            return False
        new.update(fresh)
        return True

    def _check_memory(self, conn: Client, nbytes: int) -> None:
        lim = self.limits.memory_limit
        if lim is not None and self.received_bytes + nbytes > lim:
            if not self._full_logged:
                self._full_logged = True
                log.warning(
                    "rerun_nb.net: server_memory_limit reached (%d bytes received, limit %d): refusing further "
                    "data (the rows already here stay); start the server with a larger server_memory_limit",
                    self.received_bytes,
                    lim,
                )
            raise MemoryLimitReached(f"the server's memory limit ({lim} bytes) is reached")

    def apply(self, conn: Client, chunks: list[tuple[Chunk, dict[str, str]]], seq: int) -> bool:
        """Append one message's chunks atomically; ``False`` if it was a duplicate (already applied)."""
        store = self.recording.store
        with store.lock:
            if seq and seq <= last_seq(store, conn.session):
                with self._stats_lock:
                    self.stats["duplicate_frames"] += 1
                return False
            self._check_memory(conn, sum(c.nbytes for c, _ in chunks))
            have = store.timeline_kinds
            new: set[str] = set()
            keep = [(c, k) for c, k in chunks if self._admit(conn, k, have, new)]
            rows, nbytes = self._append(store, keep)
            if seq:
                set_last_seq(store, conn.session, seq)
            conn.timelines.update(new)
        self.received_bytes += nbytes
        conn.rows += rows
        conn.frames += 1
        with self._stats_lock:
            s = self.stats
            s["frames"] += 1
            s["rows"] += rows
            s["chunks"] += len(keep)
            s["array_bytes"] += nbytes
            s["dropped_chunks"] += len(chunks) - len(keep)
        return True

    @staticmethod
    def _append(store: Any, keep: list[tuple[Chunk, dict[str, str]]]) -> tuple[int, int]:
        total = sum(c.num_rows for c, _ in keep)
        if not total:
            return 0, 0
        ids = np.concatenate([c.row_ids for c, _ in keep]) if len(keep) > 1 else keep[0][0].row_ids
        ranks = np.empty(total, np.int64)
        ranks[np.argsort(ids, kind="stable")] = np.arange(total, dtype=np.int64)
        new_ids = allocate_row_ids(total)[ranks]
        off = nbytes = 0
        for c, kinds in keep:
            n = c.num_rows
            c.row_ids = new_ids[off : off + n]
            off += n
            c.timeline_kinds = dict(kinds)
            for name, k in kinds.items():
                store.register_timeline(name, k)
            store.append_chunk(c)
            nbytes += c.nbytes
        return total, nbytes
