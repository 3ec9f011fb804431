"""pygfx visuals, one module per archetype family, registered by archetype name.

``_MODULES`` below is THE registration list: importing a visual module registers what it draws (its
``@register_visual(...)``), in this order, which is also the order an entity's objects are drawn in.
Adding an archetype's picture = a new ``<name>.py`` here + its name in ``_MODULES``.
"""

from __future__ import annotations

from importlib import import_module

from ._registry import VisualContext, builder_for, entity_wide, fields, names, placed, register_visual

__all__ = [
    "VisualContext",
    "builder_for",
    "entity_wide",
    "fields",
    "names",
    "placed",
    "register_visual",
    "registered",
]

_MODULES = (
    "points",  # Points3D, Points2D
    "line_strips",  # LineStrips3D, LineStrips2D
    "boxes",  # Boxes3D
    "arrows",  # Arrows3D
    "ellipsoids",  # Ellipsoids3D
    "tubes",  # Capsules3D, Cylinders3D
    "transform_axes",  # TransformAxes3D
    "shapes2d",  # Boxes2D, Ellipses2D, Arrows2D
    "mesh3d",  # Mesh3D
    "asset3d",  # Asset3D
    "images",  # Image, EncodedImage, DepthImage, SegmentationImage
    "video",  # AssetVideo, VideoFrameReference
    "pinhole",  # Pinhole
    "voxels",  # VoxelGridMap, Volume3D
    "splats",  # GaussianSplats3D
    "grid_map",  # GridMap
    "instance_poses",  # InstancePoses3D (places the entity's other visuals)
)
for _name in _MODULES:
    import_module(f".{_name}", __name__)


def registered() -> frozenset[str]:
    """The archetype names the pygfx renderer draws.

    Examples
    --------
    >>> from rerun_nb.render import visuals   # doctest: +SKIP
    >>> "Points3D" in visuals.registered()    # doctest: +SKIP
    True
    """
    return frozenset(names())
