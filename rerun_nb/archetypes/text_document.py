"""TextDocument: a text (plain or Markdown) shown in a text-document view."""

from __future__ import annotations

from .. import components as C
from ._base import Archetype, Field

__all__ = ["TextDocument"]


class TextDocument(Archetype):
    """A text document; ``media_type`` ``"text/markdown"`` (``rr.MediaType.MARKDOWN``) or plain text.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.TextDocument("# Title", media_type=rr.MediaType.MARKDOWN).text.tolist()
    ['# Title']
    """

    archetype_name = "TextDocument"
    view = "text_document"
    text = Field(C.strings, required=True)
    media_type = Field(C.strings)
