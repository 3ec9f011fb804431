"""Which kind of view shows an archetype, for the default layout heuristics.

The archetype registry (``registry.archetype_of(name).view``) decides for registered archetypes; the
archetypes not written yet are known here by name, so the heuristics work as soon as they are added
(``Pinhole``, the images, ``TextDocument``, ``BarChart``, ...). ``Pinhole`` and ``ViewCoordinates`` count
as 3D indicators; a ``Pinhole`` also starts a 2D subspace.

Examples
--------
>>> import rerun_nb  # fills the registry
>>> kind_of("Points3D"), kind_of("Points2D:positions"), kind_of("Image"), kind_of("Transform3D")
('3d', '2d', '2d', None)
"""

from __future__ import annotations

from ..archetypes import registry

__all__ = [
    "COLOR_IMAGES",
    "DEPTH_IMAGES",
    "KIND_OF_CLASS",
    "SEGMENTATION_IMAGES",
    "archetype_name",
    "kind_of",
]

COLOR_IMAGES = frozenset({"Image", "EncodedImage", "AssetVideo", "VideoStream", "VideoFrameReference"})
DEPTH_IMAGES = frozenset({"DepthImage", "EncodedDepthImage"})
SEGMENTATION_IMAGES = frozenset({"SegmentationImage"})

# Archetypes known by name, whether or not they are registered yet.
_BY_NAME: dict[str, str] = {
    **dict.fromkeys(COLOR_IMAGES | DEPTH_IMAGES | SEGMENTATION_IMAGES, "2d"),
    **dict.fromkeys(("Points2D", "LineStrips2D", "Boxes2D", "Arrows2D"), "2d"),
    **dict.fromkeys(
        (
            "Points3D",
            "LineStrips3D",
            "Boxes3D",
            "Arrows3D",
            "Ellipsoids3D",
            "Capsules3D",
            "Cylinders3D",
            "Mesh3D",
            "Asset3D",
            "Pinhole",
            "ViewCoordinates",
            "InstancePoses3D",
        ),
        "3d",
    ),
    "Scalars": "time_series",
    "TextLog": "text_log",
    "TextDocument": "text_document",
    "BarChart": "bar_chart",
    "Tensor": "tensor",
    "GraphNodes": "graph",
    "GraphEdges": "graph",
    "GeoPoints": "map",
    "GeoLineStrings": "map",
}
# Indicators that the registry may list without a view (they draw nothing themselves).
_INDICATORS = frozenset({"Pinhole", "ViewCoordinates"})

# The view class that shows each kind.
KIND_OF_CLASS: dict[str, str] = {
    "3D": "3d",
    "2D": "2d",
    "TimeSeries": "time_series",
    "TextLog": "text_log",
    "TextDocument": "text_document",
    "BarChart": "bar_chart",
    "Tensor": "tensor",
    "Graph": "graph",
    "Map": "map",
    "Audio": "audio",
    "StateTimeline": "state_timeline",
}


def archetype_name(name: str) -> str:
    """``"Points3D"`` from ``"Points3D"`` or from a component name ``"Points3D:positions"``."""
    return name.partition(":")[0]


_FOUND: dict[str, str | None] = {}


def kind_of(name: str) -> str | None:
    """The kind of view for an archetype (or component) name: ``"3d"``, ``"2d"``, ``"time_series"``, ..."""
    found = _FOUND.get(name, False)
    if found is not False:
        return found
    arch = archetype_name(name)
    cls = None if arch in _INDICATORS else registry.archetype_of(arch)
    kind = _BY_NAME.get(arch) if cls is None else cls.view
    if cls is not None or arch in _BY_NAME:  # an archetype registered later is looked up again
        _FOUND[name] = kind
    return kind
