"""Entity paths: parsing, escaping and the parent chain, following Rerun's rules.

An entity path is a ``/``-separated list of parts, e.g. ``"dna/structure/left"``; a leading ``/`` is
optional and empty parts are ignored (Rerun's forgiving parser). Letters, digits, ``_``, ``-`` and ``.`` stand
as they are; any other character in a part is escaped with a backslash in the canonical string
(``"my point"`` → ``my\\ point``). ``\\u{262E}`` escapes a code point. The canonical form has no leading
slash; the root entity is ``""``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .errors import BadInput

__all__ = [
    "EntityPathError",
    "ancestors",
    "escape_entity_path_part",
    "join",
    "parent",
    "parse",
    "parts",
    "to_canonical",
]

_CONTROL_ESCAPES = {"\t": "t", "\n": "n", "\r": "r"}
_CONTROL_UNESCAPES = {v: k for k, v in _CONTROL_ESCAPES.items()}
_PLAIN = re.compile(r"[\w\-.]+", re.UNICODE)


class EntityPathError(Exception):
    """An entity path that cannot be parsed; carries a ``BadInput``."""

    def __init__(self, problem: BadInput) -> None:
        super().__init__(problem.text())
        self.problem = problem


def escape_entity_path_part(part: str) -> str:
    """Escape one part so that it survives being joined into a path.

    Examples
    --------
    >>> escape_entity_path_part("my point")
    'my\\\\ point'
    """
    if _PLAIN.fullmatch(part):
        return part
    out = []
    for ch in part:
        if ch.isalnum() or ch in "_-.":
            out.append(ch)
        elif ch in _CONTROL_ESCAPES:
            out.append("\\" + _CONTROL_ESCAPES[ch])
        elif ch.isascii() and ch.isprintable():
            out.append("\\" + ch)
        else:
            out.append(f"\\u{{{ord(ch):X}}}")
    return "".join(out)


def _split(path: str) -> list[str]:
    parts: list[str] = []
    cur: list[str] = []
    i, n = 0, len(path)
    while i < n:
        ch = path[i]
        if ch == "\\":
            if i + 1 >= n:
                raise EntityPathError(BadInput("entity_path", f"{path!r} ends with a lone backslash"))
            nxt = path[i + 1]
            if nxt == "u" and i + 2 < n and path[i + 2] == "{":
                end = path.find("}", i + 3)
                code = path[i + 3 : end] if end > 0 else ""
                try:
                    cur.append(chr(int(code, 16)))
                except (ValueError, OverflowError):
                    raise EntityPathError(
                        BadInput("entity_path", f"{path!r} has a bad unicode escape \\u{{{code}}}")
                    ) from None
                i = end + 1
                continue
            cur.append(_CONTROL_UNESCAPES.get(nxt, nxt))
            i += 2
            continue
        if ch == "/":
            if cur:
                parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    if cur:
        parts.append("".join(cur))
    return parts


@lru_cache(maxsize=65536)
def _parse_str(path: str) -> tuple[str, ...]:
    return tuple(_split(path))


def parts(path: str | Sequence[str]) -> tuple[str, ...]:
    """The unescaped parts of ``path`` (a string, or a list of unescaped parts).

    Examples
    --------
    >>> parts("/dna/structure/left")
    ('dna', 'structure', 'left')
    """
    if isinstance(path, str):
        return _parse_str(path)
    if isinstance(path, Sequence) and all(isinstance(p, str) for p in path):
        return tuple(p for p in path if p)
    raise EntityPathError(
        BadInput(
            "entity_path",
            f"must be a str or a list of str, got {type(path).__name__}",
            is_type=True,
        )
    )


@lru_cache(maxsize=65536)
def _canonical_from_str(path: str) -> str:
    return "/".join(escape_entity_path_part(p) for p in _parse_str(path))


def to_canonical(path: str | Sequence[str]) -> str:
    """Canonical string form: escaped parts joined by ``/``, no leading slash (root is ``""``).

    Examples
    --------
    >>> to_canonical("/dna//structure/")
    'dna/structure'
    >>> to_canonical(["a b", "c"])
    'a\\\\ b/c'
    """
    if isinstance(path, str):
        return _canonical_from_str(path)
    return "/".join(escape_entity_path_part(p) for p in parts(path))


parse = to_canonical


def join(*path_parts: str) -> str:
    """Join already-canonical paths."""
    return "/".join(p for p in path_parts if p)


@lru_cache(maxsize=65536)
def parent(path: str) -> str | None:
    """Canonical parent of a canonical path; ``None`` for the root.

    Examples
    --------
    >>> parent("dna/structure"), parent("dna"), parent("")
    ('dna', '', None)
    """
    if path == "":
        return None
    # An escaped "\/" never occurs in canonical form (slashes inside parts are escaped as "\/"), so
    # scan from the right for an unescaped slash.
    i = len(path) - 1
    while i >= 0:
        if path[i] == "/":
            k, j = 0, i - 1
            while j >= 0 and path[j] == "\\":
                k += 1
                j -= 1
            if k % 2 == 0:
                return path[:i]
        i -= 1
    return ""


@lru_cache(maxsize=65536)
def ancestors(path: str) -> tuple[str, ...]:
    """Canonical ancestors of a canonical path, root first, excluding the path itself.

    Examples
    --------
    >>> ancestors("a/b/c")
    ('', 'a', 'a/b')
    """
    out = []
    p = parent(path)
    while p is not None:
        out.append(p)
        p = parent(p)
    return tuple(reversed(out))
