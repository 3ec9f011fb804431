"""Clear: empties an entity (and, recursive, its descendants) for latest-at."""

from __future__ import annotations

from typing import Any, ClassVar

from .. import components as C
from ._base import Archetype, Normaliser

__all__ = ["Clear"]


class Clear(Archetype):
    """``Clear(recursive=False)`` clears the entity; ``recursive=True`` its whole subtree too."""

    archetype_name = "Clear"
    _fields: ClassVar[dict[str, Normaliser]] = {"is_recursive": C.bool_1d}

    def __init__(self, *, recursive: Any) -> None:
        self._error = None
        if not isinstance(recursive, (bool, int)) and type(recursive).__name__ != "bool_":
            self.is_recursive = None
            self._fail("recursive", f"expected True or False, got {recursive!r}", True)
            return
        self.is_recursive = self._n(C.bool_1d, bool(recursive), "is_recursive")

    @staticmethod
    def flat() -> Clear:
        """Clear this entity only."""
        return Clear(recursive=False)

    @staticmethod
    def recursive() -> Clear:
        """Clear this entity and everything below it."""
        return Clear(recursive=True)
