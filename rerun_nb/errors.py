"""Errors and warnings for bad input, and the one place that decides between warning and raising.

Rerun's rule, kept here: bad input never kills the user's loop by default. It is reported as a
``RerunWarning`` naming the entity path, the field and what was wrong, and the bad batch is dropped.
With strict mode on (``rr.set_strict_mode(True)`` or ``rr.init(..., strict=True)``) it raises instead.
"""

from __future__ import annotations

import warnings

__all__ = [
    "BadInput",
    "BadTypeError",
    "BadValueError",
    "ComponentError",
    "RerunNbError",
    "RerunWarning",
    "report",
]


class RerunWarning(UserWarning):
    """Warning for bad input that was dropped (non-strict mode)."""


class RerunNbError(Exception):
    """Base class of the errors rerun_nb raises on purpose."""


class BadValueError(RerunNbError, ValueError):
    """Bad input value (shape, range, length, kind of timeline, ...) in strict mode."""


class BadTypeError(RerunNbError, TypeError):
    """Bad input type (non-numeric data, wrong object) in strict mode."""


class BadInput:
    """A deferred input problem, kept by an archetype until ``rr.log`` can name the entity path.

    Parameters
    ----------
    field:
        The field that was wrong, e.g. ``"Points3D.positions"``.
    message:
        What was wrong with it, e.g. ``"expected shape (N, 3), got (4, 2)"``.
    is_type:
        ``True`` when the problem is the type of the input (raised as ``BadTypeError`` in strict mode).
    """

    __slots__ = ("field", "is_type", "message")

    def __init__(self, field: str, message: str, is_type: bool = False) -> None:
        self.field = field
        self.message = message
        self.is_type = is_type

    def text(self, entity_path: str | None = None) -> str:
        where = f"{entity_path!r}: " if entity_path is not None else ""
        return f"{where}{self.field}: {self.message}"

    def __repr__(self) -> str:
        return f"BadInput({self.field!r}, {self.message!r})"


class ComponentError(Exception):
    """Raised by a normaliser for bad input; carries what :class:`BadInput` needs.

    ``field`` is filled in by whoever knows it (an archetype names ``"Points3D.positions"``).
    """

    def __init__(self, message: str, is_type: bool = False, field: str = "value") -> None:
        super().__init__(message)
        self.message = message
        self.is_type = is_type
        self.field = field

    @property
    def bad(self) -> BadInput:
        return BadInput(self.field, self.message, self.is_type)

    def bad_input(self, field: str) -> BadInput:
        return BadInput(field, self.message, self.is_type)


def report(problem: BadInput, entity_path: str | None, strict: bool, *, stacklevel: int = 3) -> None:
    """Warn about ``problem`` (the caller then drops the batch), or raise it when ``strict``.

    Examples
    --------
    >>> report(BadInput("Points3D.radii", "must be finite"), "pts", strict=False)  # doctest: +SKIP
    """
    text = problem.text(entity_path)
    if strict:
        raise (BadTypeError if problem.is_type else BadValueError)(text)
    warnings.warn(f"{text} (batch dropped)", RerunWarning, stacklevel=stacklevel)
