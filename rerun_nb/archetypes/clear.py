"""Clear: empties an entity (and, recursive, its descendants) for latest-at."""

from __future__ import annotations

from typing import Any

from .. import components as C
from ._base import Archetype, Field

__all__ = ["Clear"]


class Clear(Archetype):
    """``Clear(recursive=False)`` clears the entity; ``recursive=True`` its whole subtree too.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.Clear(recursive=True).is_recursive.tolist()
    [True]
    """

    archetype_name = "Clear"
    role = "clear"
    is_recursive = Field(C.bool_1d, required=True)

    def __init__(self, *, recursive: Any) -> None:
        self._error = None
        if not isinstance(recursive, (bool, int)) and type(recursive).__name__ != "bool_":
            self.is_recursive = None
            self._fail("recursive", f"expected True or False, got {recursive!r}", True)
            return
        self._set("is_recursive", bool(recursive))

    @staticmethod
    def flat() -> Clear:
        """Clear this entity only."""
        return Clear(recursive=False)

    @staticmethod
    def recursive() -> Clear:
        """Clear this entity and everything below it."""
        return Clear(recursive=True)
