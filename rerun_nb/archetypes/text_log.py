"""TextLog: a line of log text with an optional level and color."""

from __future__ import annotations

from .. import components as C
from ._base import Archetype, Field

__all__ = ["TextLog"]


class TextLog(Archetype):
    """``TextLog("text", level=rr.TextLogLevel.INFO, color=[255, 0, 0])``.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.TextLog("hello", level="INFO").level.tolist()
    ['INFO']
    """

    archetype_name = "TextLog"
    view = "text_log"
    text = Field(C.strings, required=True)
    level = Field(C.strings)
    color = Field(C.colors)
