"""Entity path query expressions: which entities a view shows (``contents=``), as Rerun evaluates them.

An expression is an optional ``+`` (include, the default) or ``-`` (exclude) and a path; a trailing
``/**`` matches the entity and its whole subtree (``/**`` alone: everything). ``$origin`` and
``${origin}`` stand for the view's origin. One string may hold several expressions, split on newlines
and unescaped whitespace. Rules are ordered by path, a subtree rule before the exact rule of the same
path, and the last (most specific) matching rule wins; no match means excluded. ``__properties/**`` is
excluded unless a rule names it.

Entity paths here are canonical (rerun_nb.entity_path: no leading slash, the root is ``""``).

Examples
--------
>>> f = EntityPathFilter.parse("+ /world/**\\n- /world/debug")
>>> f.resolve("/").matches("world/points"), f.resolve("/").matches("world/debug")
(True, False)
>>> EntityPathFilter.parse("$origin/**").resolve("/world").formatted()
'+ $origin/**\\n- /__properties/**'
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .. import entity_path as ep
from ..errors import RerunWarning

__all__ = [
    "EntityPathFilter",
    "ResolvedFilter",
    "Rule",
    "parse_query",
    "path_sort_key",
    "resolve_contents",
    "split_expressions",
]

PROPERTIES = ("__properties",)
_NATURAL = re.compile(r"(\d+)")


def split_expressions(text: str) -> list[str]:
    """Split one query string into expressions as Rerun does (``"+ a - b"`` → ``["+ a", "- b"]``).

    Newlines always split; other unescaped whitespace splits except right after a leading ``+``/``-``.
    """
    tokens: list[str] = []
    cur: list[str] = []
    escaped = False
    sign_only = False  # the token so far is just "+" or "-" (whitespace may follow it)
    for ch in text:
        if not escaped and (ch == "\n" or (ch.isspace() and not sign_only)):
            if cur:
                tokens.append("".join(cur).strip())
            cur, sign_only = [], False
            continue
        if not cur and ch.isspace():
            continue
        sign_only = (not cur and ch in "+-") or (sign_only and ch.isspace())
        escaped = ch == "\\" and not escaped
        cur.append(ch)
    if cur:
        tokens.append("".join(cur).strip())
    return [t for t in tokens if t]


def parse_query(contents: Any) -> list[tuple[bool, str]]:
    """``contents=`` (a string, a list of strings, or None) as ``(include, expression)`` pairs.

    A later expression with the same text replaces an earlier one (Rerun keeps one effect per rule).
    """
    if contents is None:
        items: Iterable[str] = ["$origin/**"]
    elif isinstance(contents, str):
        items = [contents]
    else:
        items = [str(getattr(c, "value", c)) for c in getattr(contents, "query", contents)]
    rules: dict[str, bool] = {}
    for item in items:
        for expr in split_expressions(item):
            include = not expr.startswith("-")
            body = expr[1:].strip() if expr[0] in "+-" else expr
            if body:
                rules.pop(body, None)
                rules[body] = include
    return [(inc, body) for body, inc in rules.items()]


@lru_cache(maxsize=65536)
def _part_key(part: str) -> tuple[Any, ...]:
    return (part.startswith("__"), tuple(int(s) if s.isdigit() else s for s in _NATURAL.split(part)))


def path_sort_key(parts: tuple[str, ...]) -> tuple[Any, ...]:
    """Rerun's order of entity paths: part by part, natural order (``a2 < a10``), ``__`` parts last."""
    return tuple(_part_key(p) for p in parts)


@dataclass(frozen=True)
class Rule:
    """One resolved rule: the expression as written, its path parts, subtree or exact, its effect."""

    expression: str
    parts: tuple[str, ...]
    subtree: bool
    include: bool

    def matches(self, parts: tuple[str, ...]) -> bool:
        if self.subtree:
            return parts[: len(self.parts)] == self.parts
        return parts == self.parts

    def order(self) -> tuple[Any, ...]:
        return (path_sort_key(self.parts), not self.subtree)

    def text(self) -> str:
        return ("+ " if self.include else "- ") + self.expression


def _substitute(expression: str, origin: str) -> str:
    origin_text = "/" + origin if origin else "/"
    return expression.replace("${origin}", origin_text).replace("$origin", origin_text)


def _resolve_rule(include: bool, expression: str, origin: str) -> Rule | None:
    text = _substitute(expression, origin)
    subtree = text.endswith("/**") or text == "**"
    path = text[:-3] if text.endswith("/**") else ("" if text == "**" else text)
    if "$" in path or "*" in path:
        warnings.warn(
            f"entity query {expression!r}: only $origin and a trailing /** are supported; rule ignored",
            RerunWarning,
            stacklevel=4,
        )
        return None
    try:
        parts = ep.parts(path)
    except ep.EntityPathError as e:
        warnings.warn(f"entity query {expression!r}: {e}; rule ignored", RerunWarning, stacklevel=4)
        return None
    return Rule(expression, parts, subtree, include)


class ResolvedFilter:
    """A filter with ``$origin`` substituted, rules in evaluation order (most specific last)."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        by_key: dict[tuple[tuple[str, ...], bool], Rule] = {}
        for r in rules:
            by_key[(r.parts, r.subtree)] = r
        if not any(r.parts[:1] == PROPERTIES for r in by_key.values()):
            by_key[(PROPERTIES, True)] = Rule("/__properties/**", PROPERTIES, True, False)
        self.rules: list[Rule] = sorted(by_key.values(), key=Rule.order)

    def effect(self, path: str | tuple[str, ...]) -> bool | None:
        """True (included), False (excluded by a rule) or None (no rule matches)."""
        parts = path if isinstance(path, tuple) else ep.parts(path)
        for rule in reversed(self.rules):
            if rule.matches(parts):
                return rule.include
        return None

    def matches(self, path: str | tuple[str, ...]) -> bool:
        """Whether the filter includes ``path``."""
        return self.effect(path) is True

    def formatted(self) -> str:
        """The rules as written, one per line, in evaluation order."""
        return "\n".join(r.text() for r in self.rules)

    def is_superset_of(self, other: ResolvedFilter) -> bool:
        """Whether everything ``other`` includes is included here (Rerun's conservative rule check)."""
        for o in other.rules:
            if not o.include:
                continue
            mine = next((r for r in reversed(self.rules) if r.matches(o.parts)), None)
            if mine is None or not mine.include or (o.subtree and not mine.subtree):
                return False
        for r in self.rules:
            if r.include:
                continue
            theirs = next((o for o in reversed(other.rules) if o.matches(r.parts)), None)
            if theirs is not None and theirs.include:
                return False
        return True


class EntityPathFilter:
    """Query expressions before ``$origin`` is known.

    Examples
    --------
    >>> EntityPathFilter.parse(["+ $origin/**", "- $origin/debug/**"]).expressions()
    ['+ $origin/**', '- $origin/debug/**']
    """

    def __init__(self, rules: list[tuple[bool, str]]) -> None:
        self.rules = rules

    @classmethod
    def parse(cls, contents: Any) -> EntityPathFilter:
        """From ``contents=``: a string (possibly several lines), a list of strings, or None."""
        return cls(parse_query(contents))

    def expressions(self) -> list[str]:
        """The expressions as given, normalised to ``"+ path"`` / ``"- path"``."""
        return [("+ " if inc else "- ") + body for inc, body in self.rules]

    def with_exclusions(self, paths: Iterable[str], origin: str) -> EntityPathFilter:
        """A copy that also excludes the subtree of each path this filter matches (Rerun's 2D/3D split)."""
        resolved = self.resolve(origin)
        extra = [(False, "/" + p + "/**") for p in paths if resolved.matches(p)]
        return EntityPathFilter(self.rules + [r for r in extra if r not in self.rules])

    def resolve(self, origin: str) -> ResolvedFilter:
        """Substitute ``$origin`` (a canonical path) and order the rules for evaluation."""
        rules = (_resolve_rule(inc, body, origin) for inc, body in self.rules)
        return ResolvedFilter(r for r in rules if r is not None)


def resolve_contents(view: Any, entity_paths: Iterable[str]) -> list[str]:
    """The entity paths (canonical) that ``view``'s ``contents=`` includes, sorted as Rerun sorts paths.

    Examples
    --------
    >>> import rerun_nb.blueprint as rrb
    >>> v = rrb.Spatial3DView(origin="/world", contents=["+ $origin/**", "- /world/debug"])
    >>> resolve_contents(v, ["world", "world/points", "world/debug", "image"])
    ['world', 'world/points']
    """
    resolved = EntityPathFilter.parse(view.contents).resolve(ep.to_canonical(str(view.origin)))
    paths = {ep.to_canonical(p) for p in entity_paths}
    keep = [p for p in paths if resolved.matches(ep.parts(p))]
    return sorted(keep, key=lambda p: path_sort_key(ep.parts(p)))
