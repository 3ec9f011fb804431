"""Archetypes: Rerun's logging types, each normalising its input into canonical component batches.

This is the registration list: an archetype module imported here registers its archetypes (see
``registry.py``), and the names exported here are what ``rr.<Name>`` resolves to.
"""

from __future__ import annotations

from ._base import Archetype
from .annotation_context import AnnotationContext, AnnotationInfo, ClassDescription
from .any_values import AnyBatchValue, AnyValues, DynamicArchetype
from .arrows import Arrows3D
from .asset3d import Asset3D
from .bar_chart import BarChart
from .boxes import Boxes3D
from .boxes2d import Box2DFormat, Boxes2D
from .capsules import Capsules3D, Cylinders3D
from .clear import Clear
from .columns import ComponentColumn, ComponentColumnList
from .ellipsoids import Ellipsoids3D
from .geo import GeoLineStrings, GeoPoints
from .graph import GraphEdges, GraphNodes
from .grid_map import GridMap
from .images import DepthImage, EncodedImage, Image, SegmentationImage
from .lines import LineStrips2D, LineStrips3D
from .mcap import McapChannel, McapMessage, McapSchema, McapStatistics
from .media import AssetAudio, AssetVideo, EncodedDepthImage, VideoFrameReference, VideoStream
from .mesh3d import Mesh3D
from .misc import Measurements, RecordingInfo, StateChange, StateConfiguration
from .pinhole import Pinhole
from .points import Points2D, Points3D
from .scalars import Scalars
from .series import SeriesLines, SeriesPoints
from .shapes2d import Arrows2D, Ellipses2D
from .stored3d import CoordinateFrame, GaussianSplats3D, InstancePoses3D, Volume3D, VoxelGridMap
from .tensor import Tensor
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
    "Asset3D",
    "AssetAudio",
    "AssetVideo",
    "BarChart",
    "Box2DFormat",
    "Boxes2D",
    "Boxes3D",
    "Capsules3D",
    "ClassDescription",
    "Clear",
    "ComponentColumn",
    "ComponentColumnList",
    "CoordinateFrame",
    "Cylinders3D",
    "DepthImage",
    "DynamicArchetype",
    "Ellipses2D",
    "Ellipsoids3D",
    "EncodedDepthImage",
    "EncodedImage",
    "GaussianSplats3D",
    "GeoLineStrings",
    "GeoPoints",
    "GraphEdges",
    "GraphNodes",
    "GridMap",
    "Image",
    "InstancePoses3D",
    "LineStrips2D",
    "LineStrips3D",
    "McapChannel",
    "McapMessage",
    "McapSchema",
    "McapStatistics",
    "Measurements",
    "Mesh3D",
    "Pinhole",
    "Points2D",
    "Points3D",
    "RecordingInfo",
    "Scalars",
    "SegmentationImage",
    "SeriesLines",
    "SeriesPoints",
    "StateChange",
    "StateConfiguration",
    "Tensor",
    "TextDocument",
    "TextLog",
    "Transform3D",
    "TransformAxes3D",
    "VideoFrameReference",
    "VideoStream",
    "ViewCoordinates",
    "Volume3D",
    "VoxelGridMap",
]
