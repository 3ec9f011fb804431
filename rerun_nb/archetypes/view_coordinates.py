"""ViewCoordinates: which way is up, right and forward for an entity's space."""

from __future__ import annotations

from itertools import permutations

from .. import components as C
from ._base import Archetype, Field

__all__ = ["ViewCoordinates"]


class ViewCoordinates(Archetype):
    """``ViewCoordinates(xyz)`` — e.g. ``rr.ViewCoordinates.RIGHT_HAND_Z_UP`` or ``rr.ViewCoordinates.RDF``.

    Stored as ``"ViewCoordinates:xyz"``: uint8 (1, 3) direction codes of the X, Y and Z axes
    (Up=1, Down=2, Right=3, Left=4, Forward=5, Back=6), as in Rerun.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.ViewCoordinates.RIGHT_HAND_Z_UP.name
    'RFU'
    """

    archetype_name = "ViewCoordinates"
    xyz = Field(C.view_coordinates, required=True)

    @property
    def name(self) -> str | None:
        if self.xyz is None or len(self.xyz) != 1:
            return None
        return "".join("?UDRLFB"[c] for c in self.xyz[0].tolist())


_PAIRS = ("UD", "RL", "FB")
for _axes in permutations(range(3)):
    for _signs in range(8):
        _name = "".join(_PAIRS[a][(_signs >> i) & 1] for i, a in enumerate(_axes))
        setattr(ViewCoordinates, _name, ViewCoordinates(_name))
        # Rerun has the same constants on the component type (rr.components.ViewCoordinates.LUB)
        setattr(C.ViewCoordinates, _name, C.ViewCoordinates(_name))
for _name, _letters in {
    "RIGHT_HAND_X_UP": "URF",
    "RIGHT_HAND_X_DOWN": "DRB",
    "RIGHT_HAND_Y_UP": "RUB",
    "RIGHT_HAND_Y_DOWN": "RDF",
    "RIGHT_HAND_Z_UP": "RFU",
    "RIGHT_HAND_Z_DOWN": "RBD",
    "LEFT_HAND_X_UP": "URB",
    "LEFT_HAND_X_DOWN": "DRF",
    "LEFT_HAND_Y_UP": "RUF",
    "LEFT_HAND_Y_DOWN": "RDB",
    "LEFT_HAND_Z_UP": "RBU",
    "LEFT_HAND_Z_DOWN": "RFD",
}.items():
    setattr(ViewCoordinates, _name, ViewCoordinates(_letters))
    setattr(C.ViewCoordinates, _name, C.ViewCoordinates(_letters))
