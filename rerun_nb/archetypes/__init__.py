"""Archetypes: Rerun's logging types, each normalising its input into canonical component batches.

This is the registration list: an archetype module imported here registers its archetypes (see
``registry.py``), and the names exported here are what ``rr.<Name>`` resolves to.
"""

from __future__ import annotations

from ._base import Archetype
from .annotation_context import AnnotationContext, AnnotationInfo, ClassDescription
from .any_values import AnyBatchValue, AnyValues, DynamicArchetype
from .arrows import Arrows3D
from .bar_chart import BarChart
from .boxes import Boxes3D
from .boxes2d import Box2DFormat, Boxes2D
from .capsules import Capsules3D, Cylinders3D
from .clear import Clear
from .columns import ComponentColumn, ComponentColumnList
from .ellipsoids import Ellipsoids3D
from .images import DepthImage, EncodedImage, Image, SegmentationImage
from .lines import LineStrips2D, LineStrips3D
from .pinhole import Pinhole
from .points import Points2D, Points3D
from .scalars import Scalars
from .series import SeriesLines, SeriesPoints
from .shapes2d import Arrows2D, Ellipses2D
from .text_document import TextDocument
from .text_log import TextLog
from .transform import Transform3D
from .transform_axes import TransformAxes3D
from .view_coordinates import ViewCoordinates

__all__ = [
    "AnnotationContext",
    "AnnotationInfo",
    "AnyBatchValue",
    "AnyValues",
    "Archetype",
    "Arrows2D",
    "Arrows3D",
    "BarChart",
    "Box2DFormat",
    "Boxes2D",
    "Boxes3D",
    "Capsules3D",
    "ClassDescription",
    "Clear",
    "ComponentColumn",
    "ComponentColumnList",
    "Cylinders3D",
    "DepthImage",
    "DynamicArchetype",
    "Ellipses2D",
    "Ellipsoids3D",
    "EncodedImage",
    "Image",
    "LineStrips2D",
    "LineStrips3D",
    "Pinhole",
    "Points2D",
    "Points3D",
    "Scalars",
    "SegmentationImage",
    "SeriesLines",
    "SeriesPoints",
    "TextDocument",
    "TextLog",
    "Transform3D",
    "TransformAxes3D",
    "ViewCoordinates",
]
