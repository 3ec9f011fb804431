"""Late-bound constructors: a view can make its ``Tabs`` or ``Blueprint`` without importing their modules.

``views`` sits below ``containers`` and ``api`` (they import it); the few methods that go the other way
(``View.to_container``, ``View.to_blueprint``, ``Container.to_blueprint``, showing one in a notebook) look the
constructor up here. ``containers`` and ``api`` register theirs when imported — the package ``__init__`` imports
both, so they are always there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["make", "provide"]

_made: dict[str, Callable[..., Any]] = {}


def provide(name: str, factory: Callable[..., Any]) -> None:
    """Register ``factory`` under ``name`` (``"Tabs"``, ``"Blueprint"``, ``"display"``)."""
    _made[name] = factory


def make(name: str, *args: Any) -> Any:
    """Call the factory registered under ``name``."""
    return _made[name](*args)
