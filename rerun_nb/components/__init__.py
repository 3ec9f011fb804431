"""Components: the normalisers that give every component its canonical form, and Rerun's component types.

``from rerun_nb import components as C; C.vec3d(x)`` is how archetypes declare their fields (``_normalise.py``,
``_values.py``, ``_enums.py``, ``_tensor.py``). Rerun's component type names live beside them: the enums
(``FillMode``, ``MarkerShape``, ...), ``MediaType``, ``Radius`` (with ``ui_points``), and for every component
type rerun_nb stores, ``<Name>`` and ``<Name>Batch`` (``Position3DBatch``, ``ColorBatch``, ...; ``_types.py``).
"""

from __future__ import annotations

from typing import Any

from ._enums import *  # noqa: F403
from ._enums import __all__ as _enum_names
from ._media import MediaType
from ._normalise import *  # noqa: F403
from ._normalise import _FILL_MODES, _POINT_SHADINGS, _RELATIONS, _VC_CODES, _kind  # noqa: F401
from ._normalise import __all__ as _normalisers
from ._tensor import TensorData, decode_tensor, encode_tensor, tensor
from ._tensor_selection import (
    TensorDimensionIndexSelection,
    TensorDimensionSelection,
    TensorHeightDimension,
    TensorWidthDimension,
)
from ._types import (
    COMPONENT_TYPES,
    ComponentBatch,
    ComponentDescriptor,
    DescribedComponentBatch,
    Radius,
    all_component_classes,
    batch_class,
    remember_descriptor,
    user_descriptor,
)
from ._values import *  # noqa: F403
from ._values import __all__ as _value_names
from .images import ImageFormat

_TYPE_CLASSES = {k: v for k, v in all_component_classes().items() if k not in globals()}
globals().update(_TYPE_CLASSES)

__all__ = [
    *_normalisers,
    *_value_names,
    *_enum_names,
    *sorted(_TYPE_CLASSES),
    "COMPONENT_TYPES",
    "ComponentBatch",
    "ComponentDescriptor",
    "DescribedComponentBatch",
    "ImageFormat",
    "MediaType",
    "Radius",
    "TensorData",
    "TensorDimensionIndexSelection",
    "TensorDimensionSelection",
    "TensorHeightDimension",
    "TensorWidthDimension",
    "batch_class",
    "decode_tensor",
    "encode_tensor",
    "remember_descriptor",
    "tensor",
    "user_descriptor",
]


def __getattr__(name: str) -> Any:
    raise AttributeError(f"module 'rerun_nb.components' has no attribute {name!r}")
