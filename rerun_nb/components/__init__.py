"""Components: the normalisers that give every component its canonical form (``_normalise.py``).

``from rerun_nb import components as C; C.vec3d(x)`` is how archetypes declare their fields. Rerun's component
type names (``rr.components.FillMode``, ``Radius``, ``Position3DBatch``, ...) are added here as they are
implemented.
"""

from __future__ import annotations

from ._normalise import *  # noqa: F403
from ._normalise import _FILL_MODES, _POINT_SHADINGS, _RELATIONS, _VC_CODES, _kind  # noqa: F401
from ._normalise import __all__ as _normalisers

__all__ = [*_normalisers]
