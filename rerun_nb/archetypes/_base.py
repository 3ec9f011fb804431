"""The base of every archetype: normalise at the door, keep the first problem in ``_error``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

import numpy as np

from ..components import ComponentError, Ragged
from ..errors import BadInput
from .columns import ComponentColumn, ComponentColumnList

__all__ = ["Archetype"]

Normaliser = Callable[[Any], Any]


def _read_only(batch: Any) -> Any:
    if isinstance(batch, Ragged):
        batch.values.setflags(write=False)
        batch.offsets.setflags(write=False)
    else:
        batch.setflags(write=False)
    return batch


def _describe(v: Any) -> str:
    if isinstance(v, Ragged):
        return repr(v)
    if isinstance(v, np.ndarray):
        if v.size <= 8:
            return repr(v.tolist())
        return f"{v.dtype}{tuple(v.shape)}"
    return repr(v)


class Archetype:
    """An archetype: a bundle of component batches logged together.

    Subclasses set ``archetype_name`` and ``_fields`` (field → normaliser, in Rerun's order), and
    normalise each given field in ``__init__`` with ``self._n(normaliser, value, "field")``.
    """

    archetype_name: ClassVar[str] = ""
    _fields: ClassVar[dict[str, Normaliser]] = {}
    _component_names: ClassVar[dict[str, str]] = {}
    _qualified: ClassVar[dict[str, str]] = {}
    _empties: ClassVar[dict[str, Any]] = {}

    _error: BadInput | None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        name = cls.__dict__.get("archetype_name") or cls.archetype_name
        cls._component_names = {f: f"{name}:{f}" for f in cls._fields}
        cls._qualified = {f: f"{name}.{f}" for f in cls._fields}
        cls._empties = {}

    # -- construction helpers -------------------------------------------------------------------

    def _n(self, fn: Normaliser, value: Any, field: str) -> Any:
        """``fn(value)``, or ``None`` (recording the first problem) when ``value`` is bad or ``None``."""
        if value is None:
            return None
        try:
            return fn(value)
        except ComponentError as e:
            if self._error is None:
                self._error = BadInput(
                    self._qualified.get(field) or f"{self.archetype_name}.{field}", e.message, e.is_type
                )
        except Exception as e:  # a normaliser met something it did not expect: still never raise
            if self._error is None:
                self._error = BadInput(
                    self._qualified.get(field) or f"{self.archetype_name}.{field}",
                    f"could not interpret {type(value).__name__} value: {e}",
                    True,
                )
        return None

    def _fail(self, field: str, message: str, is_type: bool = False) -> None:
        if self._error is None:
            self._error = BadInput(f"{self.archetype_name}.{field}", message, is_type)

    @classmethod
    def _empty(cls, field: str) -> Any:
        """A shared, read-only empty batch of ``field`` (a clear of that component)."""
        e = cls._empties.get(field)
        if e is None:
            e = cls._empties[field] = _read_only(cls._fields[field]([]))
        return e

    @classmethod
    def _blank(cls) -> Archetype:
        obj = cls.__new__(cls)
        obj._error = None
        for f in cls._fields:
            setattr(obj, f, None)
        return obj

    # -- the contract ---------------------------------------------------------------------------

    def as_component_batches(self) -> dict[str, Any]:
        """``{"<Archetype>:<field>": batch}`` for every field that was given (and good)."""
        d = self.__dict__
        out = {}
        for f, name in self._component_names.items():
            v = d.get(f)
            if v is not None:
                out[name] = v
        return out

    @classmethod
    def from_fields(cls, *, clear_unset: bool = False, **fields: Any) -> Archetype:
        """Only the given fields (Rerun's partial update): logging it leaves the other components as they were.

        With ``clear_unset=True`` every other field is logged empty, i.e. cleared.

        Examples
        --------
        >>> import rerun_nb as rr
        >>> sorted(rr.Points3D.from_fields(colors=[255, 0, 0]).as_component_batches())
        ['Points3D:colors']
        """
        obj = cls._blank()
        for f, v in fields.items():
            if f not in cls._fields:
                raise TypeError(f"{cls.__name__}.from_fields() got an unexpected field {f!r}")
            setattr(obj, f, obj._n(cls._fields[f], v, f))
        if clear_unset:
            for f in cls._fields:
                if getattr(obj, f) is None:
                    setattr(obj, f, cls._empty(f))
        return obj

    @classmethod
    def cleared(cls) -> Archetype:
        """An instance with every field an empty batch: logging it clears all its components."""
        obj = cls._blank()
        for f in cls._fields:
            setattr(obj, f, cls._empty(f))
        return obj

    @classmethod
    def columns(cls, **fields: Any) -> ComponentColumnList:
        """Columns for ``send_columns``: each value its own row until ``.partition(lengths)``."""
        cols = []
        error = None
        for f, value in fields.items():
            fn = cls._fields.get(f)
            if fn is None:
                raise TypeError(f"{cls.__name__}.columns() got an unexpected field {f!r}")
            if value is None:
                continue
            try:
                values = fn(value)
            except ComponentError as e:
                error = error or BadInput(cls._qualified[f], e.message, e.is_type)
                continue
            except Exception as e:
                error = error or BadInput(
                    cls._qualified[f], f"could not interpret {type(value).__name__}: {e}", True
                )
                continue
            cols.append(ComponentColumn(cls._component_names[f], values))
        return ComponentColumnList(cols, error)

    def __repr__(self) -> str:
        parts = [
            f"{f}={_describe(getattr(self, f, None))}"
            for f in self._fields
            if getattr(self, f, None) is not None
        ]
        if self._error is not None:
            parts.append(f"_error={self._error!r}")
        return f"{type(self).__name__}({', '.join(parts)})"
