"""Rerun's component types: ``rr.components.Position3D``, ``Position3DBatch``, ``Radius.ui_points``, ...

A ``<Name>Batch(data)`` normalises ``data`` once, with the normaliser of the component type (the same one the
archetypes' fields use), and keeps the first problem instead of raising. ``.described(descriptor)`` gives the
batch its place (``"Points3D:positions"``); ``rr.log(path, batch, ...)`` stores described batches under that
name, as Rerun 0.41 does. ``rr.Points3D.descriptor_positions()`` gives the descriptor of an archetype's field.

Examples
--------
>>> import rerun_nb as rr
>>> b = rr.components.Position3DBatch([[1, 2, 3]]).described(rr.Points3D.descriptor_positions())
>>> b.component_descriptor().component, b.values.dtype.name
('Points3D:positions', 'float32')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from ..errors import BadInput, ComponentError
from . import _enums as E
from . import _normalise as N
from . import _values as V
from ._media import MediaType
from ._tensor import tensor

__all__ = [
    "COMPONENT_TYPES",
    "ComponentBatch",
    "ComponentDescriptor",
    "DescribedComponentBatch",
    "batch_class",
    "remember_descriptor",
    "user_descriptor",
]

_str = N.strings
#: Rerun component type name -> the normaliser of its canonical form (the ones rerun_nb stores).
COMPONENT_TYPES: dict[str, Callable[[Any], Any]] = {
    "AggregationPolicy": E.aggregation_policy, "AlbedoFactor": N.colors,
    "AnnotationContext": N.annotation_context, "AxisLength": N.float32_1d,
    "Blob": V.blob, "Bool": N.bool_1d, "CellSize": N.float32_1d, "ChannelId": V.uint16_1d,
    "ChannelMessageCounts": V.id_counts, "ClassId": N.class_ids, "ClearIsRecursive": N.bool_1d,
    "Color": N.colors, "Colormap": E.colormap, "Count": V.uint64_1d, "DepthMeter": N.float32_1d,
    "DrawOrder": N.float32_1d, "EntityPath": _str, "FillMode": N.fill_mode, "FillRatio": N.float32_1d,
    "Flag": N.bool_1d, "GammaCorrection": N.float32_1d, "GeoLineString": V.geo_line_strings,
    "GraphEdge": V.string_pairs, "GraphNode": _str, "GraphType": E.graph_type, "HalfSize2D": N.vec2d,
    "HalfSize3D": N.vec3d, "ImageBuffer": V.blob, "ImageFormat": N.image_format,
    "ImagePlaneDistance": N.float32_1d,
    "Interactive": N.bool_1d, "InterpolationMode": E.interpolation_mode, "IsKeyframe": N.bool_1d,
    "KeyValuePairs": V.key_value_pairs, "KeypointId": N.keypoint_ids, "LatLon": V.dvec2d,
    "Length": N.float32_1d, "LineStrip2D": N.strips2d, "LineStrip3D": N.strips3d,
    "LinearSpeed": N.float64_1d, "MagnificationFilter": E.magnification_filter,
    "MarkerShape": E.marker_shape, "MarkerSize": N.float32_1d, "MediaType": _str,
    "MeshFaceRendering": E.mesh_face_rendering, "Name": _str, "Opacity": N.float32_1d,
    "OpticalDensity": N.float32_1d, "PinholeProjection": N.mat3x3, "PointShading": N.point_shading,
    "Position2D": N.vec2d, "Position3D": N.vec3d, "Radius": N.float32_1d, "Range1D": V.range1d,
    "Resolution": N.vec2d, "RotationAxisAngle": N.rotation_axis_angles, "RotationQuat": N.quaternions,
    "Scalar": N.float64_1d, "Scale3D": N.vec3d, "SchemaId": V.uint16_1d, "ShowLabels": N.bool_1d,
    "SphericalHarmonics3Rgb": V.sh_coefficients, "SphericalHarmonicsDegree": V.uint32_1d,
    "StrokeWidth": N.float32_1d, "TensorData": tensor, "Texcoord2D": N.vec2d, "Text": _str,
    "TextLogLevel": _str, "Thumbnail": V.blob, "Timestamp": V.time_ns, "TransformFrameId": _str,
    "TransformMat3x3": N.mat3x3, "TransformRelation": N.relation, "Translation3D": N.vec3d,
    "TriangleIndices": V.uvec3d, "Unit": _str, "Url": _str, "ValueRange": V.range1d,
    "Variance": N.float64_1d, "Vector2D": N.vec2d, "Vector3D": N.vec3d, "VideoCodec": E.video_codec,
    "VideoSample": V.blob, "VideoTimestamp": V.int64_1d, "ViewCoordinates": N.view_coordinates,
    "Visible": N.bool_1d, "VoxelIndex": V.ivec3d, "VoxelSize": N.vec3d, "VoxelValue": N.float32_1d,
}  # fmt: skip


class ComponentDescriptor:
    """Where a component batch goes: ``component`` (``"Points3D:positions"``), its archetype and type.

    Examples
    --------
    >>> ComponentDescriptor("Points3D:positions", archetype="rerun.archetypes.Points3D").component
    'Points3D:positions'
    """

    __slots__ = ("archetype", "component", "component_type")

    def __init__(self, component: str, *, archetype: str | None = None, component_type: str | None = None):
        self.component = str(component)
        self.archetype = archetype
        self.component_type = component_type

    def with_overrides(
        self, *, archetype: str | None = None, component_type: str | None = None
    ) -> ComponentDescriptor:
        """A copy with ``archetype`` / ``component_type`` replaced where given."""
        return ComponentDescriptor(
            self.component,
            archetype=archetype or self.archetype,
            component_type=component_type or self.component_type,
        )

    def or_with_overrides(
        self, *, archetype: str | None = None, component_type: str | None = None
    ) -> ComponentDescriptor:
        """A copy with ``archetype`` / ``component_type`` filled in where missing."""
        return ComponentDescriptor(
            self.component,
            archetype=self.archetype or archetype,
            component_type=self.component_type or component_type,
        )

    def _key(self) -> tuple[str, str | None, str | None]:
        return (self.component, self.archetype, self.component_type)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ComponentDescriptor) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __str__(self) -> str:
        return self.component

    def __repr__(self) -> str:
        return (
            f"ComponentDescriptor({self.component!r}, archetype={self.archetype!r}, "
            f"component_type={self.component_type!r})"
        )


#: component name -> (archetype, component type, Rerun type of its values) given with a user component: the
#: store keys components by name only, and Rerun writes these into the .rrd descriptor and layout
_USER_DESCRIPTORS: dict[str, tuple[str | None, str | None, str | None]] = {}


def remember_descriptor(
    component: str, archetype: str | None, component_type: str | None, layout: str | None = None
) -> None:
    """Keep what a user component was logged with, for ``.rrd`` export (the last one given wins).

    ``layout`` is the Rerun component type whose Arrow layout its values have (a ``ColorBatch``'s colours are
    packed u32 whatever the descriptor says); None keeps the values' own type (``AnyValues``).

    Examples
    --------
    >>> remember_descriptor("Gps:speed", "Gps", None); user_descriptor("Gps:speed")
    ('Gps', None, None)
    """
    if archetype or component_type or layout:
        _USER_DESCRIPTORS[component] = (
            archetype or None,
            component_type or None,
            layout or None,
        )


def user_descriptor(component: str) -> tuple[str | None, str | None, str | None]:
    """(archetype, component type, layout type) of a user component as last given; Nones when none was."""
    return _USER_DESCRIPTORS.get(component, (None, None, None))


def _as_descriptor(d: Any) -> ComponentDescriptor:
    if isinstance(d, ComponentDescriptor):
        return d
    if isinstance(d, str):
        return ComponentDescriptor(d)
    comp = getattr(d, "component", None)  # rerun-sdk's own descriptor
    if isinstance(comp, str):
        return ComponentDescriptor(
            comp, archetype=getattr(d, "archetype", None), component_type=getattr(d, "component_type", None)
        )
    raise TypeError(f"expected a ComponentDescriptor or a component name, got {type(d).__name__}")


class ComponentBatch:
    """A batch of one component type's values, normalised (``values``); ``_error`` keeps the first problem."""

    _COMPONENT_TYPE: str = ""
    _normaliser: Callable[[Any], Any] = staticmethod(lambda x: x)

    def __init__(self, data: Any, strict: bool | None = None) -> None:
        self._error: BadInput | None = None
        self.values: Any = None
        if data is None:
            data = []
        try:
            self.values = type(self)._normaliser(data)
        except ComponentError as e:
            self._error = BadInput(self._COMPONENT_TYPE, e.message, e.is_type)
        except Exception as e:  # never raise for bad data
            self._error = BadInput(
                self._COMPONENT_TYPE, f"could not interpret {type(data).__name__}: {e}", True
            )
        if self._error is not None and strict:
            raise (TypeError if self._error.is_type else ValueError)(self._error.text())

    @classmethod
    def component_type(cls) -> str:
        """Rerun's name of the component type, e.g. ``"rerun.components.Position3D"``."""
        return f"rerun.components.{cls._COMPONENT_TYPE}"

    def __len__(self) -> int:
        return 0 if self.values is None else len(self.values)

    def described(self, descriptor: Any = None) -> DescribedComponentBatch:
        """This batch with its place: ``descriptor`` (a ``ComponentDescriptor`` or a component name)."""
        # as Rerun: the descriptor as given (its values keep this batch's Arrow layout in .rrd files)
        d = ComponentDescriptor(self.component_type()) if descriptor is None else _as_descriptor(descriptor)
        return DescribedComponentBatch(self, d)

    def partition(self, lengths: Any = None) -> Any:
        """A column for ``send_columns`` (named by the component type until described)."""
        return self.described().partition(lengths)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self)} values{', error' if self._error else ''})"


class DescribedComponentBatch:
    """A component batch and its descriptor: what ``rr.log`` and ``send_columns`` take besides archetypes."""

    __slots__ = ("_batch", "_descriptor")

    def __init__(self, batch: ComponentBatch, descriptor: ComponentDescriptor) -> None:
        self._batch = batch
        self._descriptor = descriptor
        layout = batch.component_type() if isinstance(batch, ComponentBatch) else None
        remember_descriptor(descriptor.component, descriptor.archetype, descriptor.component_type, layout)

    @property
    def _error(self) -> BadInput | None:
        return self._batch._error

    @property
    def values(self) -> Any:
        return self._batch.values

    def component_descriptor(self) -> ComponentDescriptor:
        return self._descriptor

    def as_component_batches(self) -> dict[str, Any]:
        """``{component name: values}`` — the archetype contract, so ``rr.log`` takes it like an archetype."""
        return {self._descriptor.component: self._batch.values}

    def partition(self, lengths: Any = None) -> Any:
        """A ``ComponentColumn`` of these values, ``lengths[i]`` per row (default: one per row)."""
        from ..archetypes.columns import ComponentColumn

        col = ComponentColumn(self._descriptor.component, self._batch.values, error=self._batch._error)
        return col if lengths is None else col.partition(lengths)

    def __len__(self) -> int:
        return len(self._batch)

    def __repr__(self) -> str:
        return f"DescribedComponentBatch({self._descriptor.component!r}, {self._batch!r})"


_BATCHES: dict[str, type[ComponentBatch]] = {}


def batch_class(name: str) -> type[ComponentBatch]:
    """The ``<name>Batch`` class of Rerun component type ``name`` (made once)."""
    cls = _BATCHES.get(name)
    if cls is None:
        norm = COMPONENT_TYPES[name]
        cls = type(
            f"{name}Batch",
            (ComponentBatch,),
            {
                "_COMPONENT_TYPE": name,
                "_normaliser": staticmethod(norm),
                "__doc__": f"A batch of ``{name}`` values ({norm.__name__}).",
                "__module__": "rerun_nb.components",
            },
        )
        _BATCHES[name] = cls
    return cls


class _Value:
    """One component value (``rr.components.Position3D([1, 2, 3])``); an array-like of its canonical form."""

    _COMPONENT_TYPE = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        data = args[0] if len(args) == 1 and not kwargs else (args or next(iter(kwargs.values()), None))
        batch = batch_class(self._COMPONENT_TYPE)(data)
        if batch._error is not None:
            raise (TypeError if batch._error.is_type else ValueError)(batch._error.text())
        self._values = batch.values

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        arr = np.asarray(self._values)
        return arr if dtype is None else arr.astype(dtype)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({np.asarray(self._values).tolist()!r})"


class Radius(_Value):
    """A radius in scene units; negative values are UI points (``Radius.ui_points(2.0)``).

    Examples
    --------
    >>> Radius.ui_points([1.0, 2.0]).tolist()
    [-1.0, -2.0]
    """

    _COMPONENT_TYPE = "Radius"

    @staticmethod
    def ui_points(radii: Any) -> Any:
        """Radii in UI points (drawn the same size whatever the zoom): stored negative, as Rerun does."""
        return -np.abs(np.asarray(radii, dtype=np.float32))

    @staticmethod
    def ui_pixels(radii: Any) -> Any:
        """Alias of :meth:`ui_points` (Rerun's older name)."""
        return Radius.ui_points(radii)


_ENUM_TYPES = {
    "AggregationPolicy": E.AggregationPolicy, "Colormap": E.Colormap, "FillMode": E.FillMode,
    "GraphType": E.GraphType, "InterpolationMode": E.InterpolationMode,
    "MagnificationFilter": E.MagnificationFilter, "MarkerShape": E.MarkerShape,
    "MeshFaceRendering": E.MeshFaceRendering, "PointShading": E.PointShading,
    "TransformRelation": E.TransformRelation, "VideoCodec": E.VideoCodec,
}  # fmt: skip
_SPECIAL: dict[str, Any] = {**_ENUM_TYPES, "MediaType": MediaType, "Radius": Radius}


def value_class(name: str) -> Any:
    """Rerun's single-value component class ``name`` (an enum, ``MediaType``, ``Radius``, or an array-like)."""
    special = _SPECIAL.get(name)
    if special is not None:
        return special
    return type(name, (_Value,), {"_COMPONENT_TYPE": name, "__module__": "rerun_nb.components"})


def all_component_classes() -> dict[str, Any]:
    """``{"Position3D": class, "Position3DBatch": class, ...}`` for every component type rerun_nb stores."""
    out: dict[str, Any] = {}
    for name in COMPONENT_TYPES:
        out[name] = value_class(name)
        out[f"{name}Batch"] = batch_class(name)
    return out
