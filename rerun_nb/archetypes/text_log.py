"""TextLog: a line of log text with an optional level and color."""

from __future__ import annotations

from typing import Any, ClassVar

from .. import components as C
from ._base import Archetype, Normaliser

__all__ = ["TextLog"]


class TextLog(Archetype):
    """``TextLog("text", level=rr.TextLogLevel.INFO, color=[255, 0, 0])``."""

    archetype_name = "TextLog"
    _fields: ClassVar[dict[str, Normaliser]] = {"text": C.strings, "level": C.strings, "color": C.colors}

    def __init__(self, text: Any, *, level: Any = None, color: Any = None) -> None:
        self._error = None
        n = self._n
        self.text = n(C.strings, text, "text")
        self.level = n(C.strings, level, "level")
        self.color = n(C.colors, color, "color")
