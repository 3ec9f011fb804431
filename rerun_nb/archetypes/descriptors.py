"""``<Archetype>.descriptor_<field>()``: Rerun's component descriptors of each archetype field.

``install_descriptors()`` gives every registered archetype class one classmethod per field (called by the
``rerun_nb`` package once every archetype module is imported; idempotent, so a late archetype can call it again).

Examples
--------
>>> import rerun_nb as rr
>>> d = rr.Points3D.descriptor_positions()
>>> d.component, d.archetype
('Points3D:positions', 'rerun.archetypes.Points3D')
"""

from __future__ import annotations

from typing import Any

from ..components import ComponentDescriptor
from ._base import registered_archetypes

__all__ = ["install_descriptors"]


def _descriptor_method(name: str, field: str) -> Any:
    desc = ComponentDescriptor(f"{name}:{field}", archetype=f"rerun.archetypes.{name}")

    def descriptor(cls: type) -> ComponentDescriptor:
        return desc

    descriptor.__name__ = descriptor.__qualname__ = f"descriptor_{field}"
    descriptor.__doc__ = f"The component descriptor of ``{name}.{field}``."
    return classmethod(descriptor)


def install_descriptors() -> None:
    """Add ``descriptor_<field>()`` classmethods to every registered archetype that lacks them."""
    for name, cls in registered_archetypes().items():
        for field in cls._fields:
            attr = f"descriptor_{field}"
            if attr not in cls.__dict__:
                setattr(cls, attr, _descriptor_method(name, field))
