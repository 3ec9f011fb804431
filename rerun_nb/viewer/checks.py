"""Checking what the page sends (docs/protocol.md, "Limits"; docs/security.md, "Browser → kernel comm").

Every message from the front end is untrusted: any script in the notebook's origin can send one. Before a
handler reads a field, :func:`check_message` walks the message once, without recursion, and refuses it
when it is nested too deep, holds too many items or too long a string. The ``read_*`` functions then read
one field each and raise :class:`ProtocolError` (whose text becomes the error reply) for anything else than
the expected type and range. Nothing here formats a message with ``repr`` of unchecked data.
"""

from __future__ import annotations

import logging
import math
import numbers
import time as _time
from typing import Any

from ..time import TimeError, wire_to_int

__all__ = [
    "MAX_DEPTH",
    "MAX_ID",
    "MAX_ITEMS",
    "MAX_LOG_LINES_PER_MINUTE",
    "MAX_STRING",
    "MAX_VIEW_ID_LEN",
    "LogGate",
    "ProtocolError",
    "check_message",
    "read_base",
    "read_id",
    "read_number",
    "read_store_time",
    "read_view",
    "safe_id",
    "safe_view",
    "short",
]

#: Deepest nesting accepted (a valid message is 1 level deep; its values are scalars).
MAX_DEPTH = 8
#: Most items (keys and list entries, all levels) in one message.
MAX_ITEMS = 1_000
#: Longest string anywhere in a message (timeline names included).
MAX_STRING = 4_096
#: Longest accepted view id.
MAX_VIEW_ID_LEN = 200
#: Largest message / base id: what a JavaScript number holds exactly (2**53 - 1).
MAX_ID = 2**53 - 1
#: Lines about refused input one gate logs per minute at most (a hostile page cannot flood the log).
MAX_LOG_LINES_PER_MINUTE = 20
_I64_MIN, _I64_MAX = -(2**63), 2**63 - 1


class LogGate:
    """Lets :data:`MAX_LOG_LINES_PER_MINUTE` lines a minute through; counts the ones it holds back.

    Examples
    --------
    >>> gate = LogGate(logging.getLogger("x"))
    >>> sum(gate.open() for _ in range(100))
    20
    """

    def __init__(self, logger: logging.Logger) -> None:
        self._log = logger
        self._start = -math.inf
        self._count = 0
        self.held_back = 0

    def open(self) -> bool:
        """``True`` when one more line may be logged now."""
        now = _time.monotonic()
        if now - self._start >= 60:
            if self.held_back:
                self._log.warning("rerun_nb viewer: %d more refused messages were not logged", self.held_back)
            self._start, self._count, self.held_back = now, 0, 0
        self._count += 1
        if self._count > MAX_LOG_LINES_PER_MINUTE:
            self.held_back += 1
            return False
        return True


class ProtocolError(ValueError):
    """A malformed message; its text is sent back as the error reply's ``message``."""


def is_int(x: object) -> bool:
    """``x`` is an integer and not a bool."""
    return isinstance(x, numbers.Integral) and not isinstance(x, bool)


def is_number(x: object) -> bool:
    """``x`` is a real number and not a bool."""
    return isinstance(x, numbers.Real) and not isinstance(x, bool)


def short(x: object, n: int = 60) -> str:
    """A short, safe description of ``x`` for an error text: scalars quoted, containers by type and size."""
    if isinstance(x, (dict, list, tuple)):
        return f"a {type(x).__name__} of {len(x)} items"
    if isinstance(x, str):
        r = repr(x[: n + 1])
    elif x is None or isinstance(x, (bool, int, float)):
        r = repr(x) if not isinstance(x, int) or abs(x) < 10**30 else "a huge integer"
    else:
        r = f"a {type(x).__name__}"
    return r if len(r) <= n else r[: n - 3] + "..."


def check_message(content: Any) -> dict[str, Any]:
    """``content`` if it is a JSON object within the size limits, else :class:`ProtocolError`.

    The walk is iterative and stops at the first limit crossed, so a 100,000-deep or 10-million-item
    message costs no more than :data:`MAX_ITEMS` steps.

    Examples
    --------
    >>> check_message({"type": "ping", "id": 1})
    {'type': 'ping', 'id': 1}
    >>> deep = 0
    >>> for _ in range(1024):
    ...     deep = [deep]
    >>> check_message({"type": "ping", "id": deep})
    Traceback (most recent call last):
    ...
    rerun_nb.viewer.checks.ProtocolError: message nested deeper than 8 levels
    """
    if not isinstance(content, dict):
        raise ProtocolError(f"message must be a JSON object, got {type(content).__name__}")
    stack: list[tuple[Any, int]] = [(content, 1)]
    items = 0
    while stack:
        obj, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise ProtocolError(f"message nested deeper than {MAX_DEPTH} levels")
        if isinstance(obj, dict):
            items += len(obj)
            if items > MAX_ITEMS:
                raise ProtocolError(f"message has more than {MAX_ITEMS} items")
            for k, v in obj.items():
                _check_leaf(k)
                stack.append((v, depth + 1))
        elif isinstance(obj, (list, tuple)):
            items += len(obj)
            if items > MAX_ITEMS:
                raise ProtocolError(f"message has more than {MAX_ITEMS} items")
            stack.extend((v, depth + 1) for v in obj)
        else:
            _check_leaf(obj)
    return content


def _check_leaf(x: Any) -> None:
    if isinstance(x, str) and len(x) > MAX_STRING:
        raise ProtocolError(f"message holds a string longer than {MAX_STRING} characters")


def safe_id(content: object) -> int | None:
    """The message's ``id`` when it is a valid one, else ``None`` (for error replies)."""
    if isinstance(content, dict):
        i = content.get("id")
        if is_int(i) and abs(i) <= MAX_ID:
            return int(i)
    return None


def safe_view(content: object) -> str | None:
    """The message's ``view`` when it is a valid one, else ``None`` (for error replies)."""
    if isinstance(content, dict):
        v = content.get("view")
        if isinstance(v, str) and 0 < len(v) <= MAX_VIEW_ID_LEN:
            return v
    return None


def read_id(content: dict[str, Any], kind: str, key: str = "id") -> int:
    """The integer field ``key``, within ±:data:`MAX_ID`."""
    i = content.get(key)
    if not is_int(i):
        raise ProtocolError(f"{kind}: {key!r} must be an integer, got {short(i)}")
    if abs(i) > MAX_ID:
        raise ProtocolError(f"{kind}: {key!r} must be within ±{MAX_ID}")
    return int(i)


def read_base(content: dict[str, Any], kind: str) -> int | None:
    """``base``: an id or ``None``."""
    if content.get("base") is None:
        return None
    try:
        return read_id(content, kind, "base")
    except ProtocolError:
        raise ProtocolError(
            f"{kind}: 'base' must be an integer or null, got {short(content['base'])}"
        ) from None


def read_view(content: dict[str, Any], kind: str) -> str:
    """``view``: a non-empty string of at most :data:`MAX_VIEW_ID_LEN` characters."""
    v = content.get("view")
    if not isinstance(v, str) or not v:
        raise ProtocolError(f"{kind}: 'view' must be a non-empty string, got {short(v)}")
    if len(v) > MAX_VIEW_ID_LEN:
        raise ProtocolError(f"{kind}: 'view' is longer than {MAX_VIEW_ID_LEN} characters")
    return v


def read_number(content: dict[str, Any], key: str, kind: str) -> int | float:
    """A finite number (ints kept as ints)."""
    t = content.get(key)
    if not is_number(t):
        raise ProtocolError(f"{kind}: {key!r} must be a number, got {short(t)}")
    if is_int(t):
        return int(t)
    t = float(t)
    if not math.isfinite(t):
        raise ProtocolError(f"{kind}: {key!r} must be finite, got {t}")
    return t


def read_store_time(kind: str, t: int | float, *, widen: bool, key: str, msg: str) -> int:
    """The wire time ``t`` of a ``kind`` timeline as the store's int64; out of its range → error.

    Examples
    --------
    >>> read_store_time("duration", 1.5, widen=False, key="time", msg="query")
    1500000000
    >>> read_store_time("duration", 1e300, widen=False, key="time", msg="query")
    Traceback (most recent call last):
    ...
    rerun_nb.viewer.checks.ProtocolError: query: 'time' is out of range for a duration timeline
    """
    try:
        ti = wire_to_int(kind, t, widen=widen)
    except (OverflowError, ValueError, TimeError):
        ti = None
    if ti is None or not _I64_MIN <= ti <= _I64_MAX:
        raise ProtocolError(f"{msg}: {key!r} is out of range for a {kind} timeline")
    return int(ti)
