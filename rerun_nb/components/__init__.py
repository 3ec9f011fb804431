"""Components: the normalisers that give every component its canonical form, and Rerun's component types.

``from rerun_nb import components as C; C.vec3d(x)`` is how archetypes declare their fields (``_normalise.py``,
``_values.py``, ``_enums.py``). Rerun's component type names (``rr.components.FillMode``, ``MediaType``, the
enums, ...) live beside them.
"""

from __future__ import annotations

from ._enums import *  # noqa: F403
from ._enums import __all__ as _enums
from ._media import MediaType
from ._normalise import *  # noqa: F403
from ._normalise import _FILL_MODES, _POINT_SHADINGS, _RELATIONS, _VC_CODES, _kind  # noqa: F401
from ._normalise import __all__ as _normalisers
from ._values import *  # noqa: F403
from ._values import __all__ as _values

__all__ = [*_normalisers, *_values, *_enums, "MediaType"]
