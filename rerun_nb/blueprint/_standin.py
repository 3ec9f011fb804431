"""Stand-ins for the names of Rerun's blueprint API that rerun_nb does not implement yet.

Rerun code that uses such a name must still run: the stand-in accepts any arguments and any attribute
access, warns once per name (``RerunWarning``) and takes no part in the layout.

Examples
--------
>>> from rerun_nb.blueprint._standin import stand_in
>>> TableBlueprint = stand_in("TableBlueprint")  # doctest: +SKIP
>>> TableBlueprint(filters=["x > 1"])  # warns once, then does nothing  # doctest: +SKIP
"""

from __future__ import annotations

import warnings
from typing import Any

from ..errors import RerunWarning

__all__ = ["StandIn", "module_getattr", "stand_in", "warned_names"]

_WARNED: set[str] = set()


def warned_names() -> frozenset[str]:
    """The stand-in names that have warned so far (for tests)."""
    return frozenset(_WARNED)


def _warn_once(name: str) -> None:
    if name in _WARNED:
        return
    _WARNED.add(name)
    warnings.warn(
        f"rerun_nb.blueprint.{name} is not implemented yet: accepted and ignored",
        RerunWarning,
        stacklevel=3,
    )


class StandIn:
    """A name of Rerun's blueprint API without an implementation here: callable, subscriptable, any attribute.

    Looking up a name on a stand-in (``rrb.visualizers.Points3D``) warns once for that name; the object a
    call returns accepts everything silently.
    """

    def __init__(self, name: str, *, is_name: bool = True) -> None:
        self._name = name
        self._is_name = is_name

    def __call__(self, *args: Any, **kwargs: Any) -> StandIn:
        _warn_once(self._name)
        return StandIn(self._name, is_name=False)

    def __getattr__(self, attr: str) -> StandIn:
        if attr.startswith("_"):
            raise AttributeError(attr)
        if self._is_name:
            _warn_once(f"{self._name}.{attr}")
        return StandIn(f"{self._name}.{attr}", is_name=self._is_name)

    def __getitem__(self, _key: Any) -> StandIn:
        return self

    def __iter__(self) -> Any:
        return iter(())

    def __repr__(self) -> str:
        return f"<rerun_nb.blueprint stand-in {self._name}>"


def stand_in(name: str) -> StandIn:
    """Return the stand-in for ``name``, warning once that it is not implemented."""
    _warn_once(name)
    return StandIn(name)


def module_getattr(prefix: str, modules: frozenset[str] = frozenset()) -> Any:
    """A module ``__getattr__``: a stand-in for class-like names (capitalised) and the listed submodules.

    Other names (``pytest_plugins``, private names, ...) raise AttributeError as usual, so tools that probe
    modules are not answered with stand-ins.
    """

    def __getattr__(name: str) -> StandIn:
        if name[:1].isupper() or name in modules:
            return stand_in(prefix + name)
        raise AttributeError(
            f"module 'rerun_nb.blueprint{'.' + prefix[:-1] if prefix else ''}' has no attribute {name!r}"
        )

    return __getattr__
