"""Archetypes: Rerun's logging types, each normalising its input into canonical component batches."""

from __future__ import annotations

from ._base import Archetype
from .arrows import Arrows3D
from .boxes import Boxes3D
from .clear import Clear
from .columns import ComponentColumn, ComponentColumnList
from .lines import LineStrips2D, LineStrips3D
from .points import Points2D, Points3D
from .scalars import Scalars
from .text_log import TextLog
from .transform import Transform3D
from .view_coordinates import ViewCoordinates

__all__ = [
    "Archetype",
    "Arrows3D",
    "Boxes3D",
    "Clear",
    "ComponentColumn",
    "ComponentColumnList",
    "LineStrips2D",
    "LineStrips3D",
    "Points2D",
    "Points3D",
    "Scalars",
    "TextLog",
    "Transform3D",
    "ViewCoordinates",
]
