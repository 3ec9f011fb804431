"""Client sessions: what a server already holds of each, and which sessions this process's clients own.

* :func:`last_seq` / :func:`set_last_seq` — the highest DATA message of a session applied to a store. Kept per
  store, in this process, so a client that resends after reconnecting (also to a restarted server feeding the
  same recording) never duplicates rows. Read and written under the store's lock.
* :data:`LOCAL_SESSIONS` — sessions of this process's ``rr.connect`` → their store: a recording connected to a
  server that feeds that same recording would loop forever, and is refused.

Examples
--------
>>> from rerun_nb.store import ChunkStore
>>> s = ChunkStore()
>>> set_last_seq(s, "abc", 7); last_seq(s, "abc"), last_seq(s, "other")
(7, 0)
"""

from __future__ import annotations

import weakref

from ..store import ChunkStore

__all__ = ["LOCAL_SESSIONS", "last_seq", "set_last_seq"]

_APPLIED: weakref.WeakKeyDictionary[ChunkStore, dict[str, int]] = weakref.WeakKeyDictionary()
LOCAL_SESSIONS: dict[str, weakref.ref[ChunkStore]] = {}


def last_seq(store: ChunkStore, session: str) -> int:
    return _APPLIED.get(store, {}).get(session, 0)


def set_last_seq(store: ChunkStore, session: str, seq: int) -> None:
    _APPLIED.setdefault(store, {})[session] = seq


def feeds_itself(store: ChunkStore, session: str) -> bool:
    """Whether ``session`` is a client of this process sending ``store``'s own rows."""
    own = LOCAL_SESSIONS.get(session)
    return own is not None and own() is store
