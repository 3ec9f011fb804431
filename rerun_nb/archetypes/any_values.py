"""User-defined components: ``rr.AnyValues``, ``rr.DynamicArchetype``, ``rr.AnyBatchValue`` (Rerun's names).

Each keyword becomes one component, stored under its name (``AnyValues(confidence=...)`` → ``"confidence"``;
``DynamicArchetype("Gps", components={"speed": ...})`` → ``"Gps:speed"``). Values are stored, queried, saved and
exported to ``.rrd``; no view draws them. As in Rerun, a component keeps the type of its first log: later values
are converted to it (a warning when they cannot be), and ``None`` is dropped unless ``drop_untyped_nones=False``
and the type is known (then it logs an empty batch: a clear).

Canonical values: numbers and booleans as numpy arrays (N, ...) of their dtype (Python ints int64, floats
float64), strings object (N,), bytes one blob (``Ragged`` uint8).

Examples
--------
>>> import rerun_nb as rr
>>> rec = rr.RecordingStream("any")
>>> rec.log("gps", rr.AnyValues(confidence=[0.3, 0.9], source="GNSS"), static=True)
>>> rec.latest_at("gps")["confidence"].tolist(), rec.latest_at("gps")["source"].tolist()
([0.3, 0.9], ['GNSS'])
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

import numpy as np

from ..components import (
    ComponentBatch,
    ComponentDescriptor,
    DescribedComponentBatch,
    Ragged,
    blob,
    remember_descriptor,
)
from ..errors import BadInput
from .columns import ComponentColumn, ComponentColumnList

__all__ = ["AnyBatchValue", "AnyValues", "DynamicArchetype"]

_TYPES: dict[str, tuple[Any, ...]] = {}  # component name -> (dtype, trailing shape) of its first log
_TYPES_LOCK = threading.Lock()


def _raw(value: Any) -> Any:
    """``value`` as a numpy array, a list of str, bytes or a ``Ragged`` (batches and Arrow arrays unwrapped)."""
    if isinstance(value, (ComponentBatch, DescribedComponentBatch)):
        return value.values
    if hasattr(value, "to_numpy") and hasattr(value, "type"):  # a pyarrow array
        try:
            return value.to_numpy(zero_copy_only=False)
        except Exception:
            return np.array(value.to_pylist(), dtype=object)
    if hasattr(value, "__dlpack__") and not isinstance(value, np.ndarray):
        return np.from_dlpack(value)
    return value


def _canonical(value: Any) -> Any:
    v = _raw(value)
    if isinstance(v, Ragged):
        return v
    # as Rerun: bytes are one binary value, a list of bytes several; a bytearray is a list of ints
    if isinstance(v, bytes) or (isinstance(v, (list, tuple)) and v and all(isinstance(b, bytes) for b in v)):
        return blob(v)
    if isinstance(v, str):
        return np.array([v], dtype=object)
    if isinstance(v, (bytearray, memoryview)):
        v = list(bytes(v))
    arr = np.asarray(v)
    if arr.dtype.kind in "US" or (arr.dtype.kind == "O" and all(isinstance(s, str) for s in arr.reshape(-1))):
        out = np.empty(arr.size, dtype=object)
        out[:] = [str(s) for s in arr.reshape(-1)]
        return out
    if arr.dtype.kind not in "biuf":
        raise TypeError(f"cannot store {arr.dtype} values (numbers, booleans, strings or bytes)")
    return np.array(np.atleast_1d(arr), copy=True, order="C")


def _signature(v: Any) -> tuple[Any, ...]:
    if isinstance(v, Ragged):
        return ("blob",)
    return (v.dtype, v.shape[1:])


def _typed(name: str, value: Any) -> tuple[Any, BadInput | None]:
    """The canonical batch, converted to the component's first type (registered on first use)."""
    try:
        v = _canonical(value)
    except Exception as e:
        return None, BadInput(name, f"could not store {type(value).__name__}: {e}", True)
    sig = _signature(v)
    with _TYPES_LOCK:
        first = _TYPES.setdefault(name, sig)
    if first == sig:
        return v, None
    if "blob" in (first[0], sig[0]):
        return None, _changed(name, first, sig)
    try:
        conv = v.astype(first[0]) if first[0] != np.dtype(object) else _canonical(v.astype(str))
        if conv.shape[1:] != first[1]:
            raise ValueError("shape")
        return conv, None
    except (TypeError, ValueError):
        return None, _changed(name, first, sig)


def _type_name(sig: tuple[Any, ...]) -> str:
    """``float64``, ``str``, ``bytes``, ``int64 (N, 3)``: a signature as the user thinks of it."""
    if sig[0] == "blob":
        return "bytes"
    name = "str" if sig[0] == np.dtype(object) else str(sig[0])
    return f"{name} (N, {', '.join(map(str, sig[1]))})" if sig[1] else name


def _changed(name: str, first: tuple[Any, ...], now: tuple[Any, ...]) -> BadInput:
    return BadInput(
        name,
        f"its type changed from {_type_name(first)} (its first log) to {_type_name(now)}, which cannot be "
        "converted back; a component keeps the type of its first log (as in Rerun): this component was "
        "dropped, the others were logged",
        True,
    )


def _empty_of(name: str) -> Any:
    first = _TYPES.get(name)
    if first is None:
        return None
    if first[0] == "blob":
        return blob([])
    return np.empty((0, *first[1]), dtype=first[0])


class AnyBatchValue:
    """One user-defined component batch: ``AnyBatchValue("confidence", [0.1, 0.9])``.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.AnyBatchValue("speed", 3.5).as_component_batches()["speed"].tolist()
    [3.5]
    """

    #: ``rr.log`` drops only this batch when it is bad, not the other batches of the call (as Rerun)
    _drop_alone = True

    def __init__(
        self,
        descriptor: str | ComponentDescriptor,
        value: Any,
        *,
        drop_untyped_nones: bool = True,
        expect_column: bool = False,
    ) -> None:
        d = (
            descriptor
            if isinstance(descriptor, ComponentDescriptor)
            else ComponentDescriptor(str(descriptor))
        )
        self._descriptor = d
        remember_descriptor(d.component, d.archetype, d.component_type)
        self._error: BadInput | None = None
        self.values: Any = None
        if value is None or (isinstance(value, (list, tuple)) and not value):
            self.values = None if drop_untyped_nones else _empty_of(d.component)
            return
        self.values, self._error = _typed(d.component, value)

    def is_valid(self) -> bool:
        return self.values is not None and self._error is None

    def component_descriptor(self) -> ComponentDescriptor:
        return self._descriptor

    def as_component_batches(self) -> dict[str, Any]:
        return {} if self.values is None else {self._descriptor.component: self.values}

    @classmethod
    def column(
        cls, descriptor: str | ComponentDescriptor, value: Any, drop_untyped_nones: bool = True
    ) -> ComponentColumn | None:
        """A column for ``send_columns``: one row per outer item of ``value`` (an (n, k) array: n rows of k)."""
        b = cls(descriptor, value, drop_untyped_nones=drop_untyped_nones)
        if b.values is None and b._error is None:
            return None
        name = b._descriptor.component
        v = b.values
        lengths = None
        if isinstance(v, np.ndarray) and v.ndim >= 2:
            lengths = np.full(v.shape[0], int(np.prod(v.shape[1:])), dtype=np.int64)
            v = v.reshape(-1)
        return ComponentColumn(name, v, lengths, b._error)

    def __repr__(self) -> str:
        return f"AnyBatchValue({self._descriptor.component!r}, {self.values!r})"


class DynamicArchetype:
    """Components grouped under an archetype name of your own: stored as ``"<archetype>:<name>"``.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> sorted(rr.DynamicArchetype("Gps", components={"speed": 3.5}).as_component_batches())
    ['Gps:speed']
    """

    def __init__(
        self,
        archetype: str,
        drop_untyped_nones: bool = True,
        components: Mapping[str, Any] | None = None,
    ) -> None:
        self._archetype = archetype
        self._batches: list[AnyBatchValue] = []
        for name, value in (components or {}).items():
            self.with_component_from_data(name, value, drop_untyped_nones=drop_untyped_nones)

    def _name(self, field: str) -> str:
        return f"{self._archetype}:{field}" if self._archetype else field

    #: a problem spoiling the whole item (none: a bad component is dropped alone, see ``_dropped``)
    _error: BadInput | None = None

    @property
    def _dropped(self) -> list[BadInput]:
        """Problems of single components, each dropped while the others are logged (Rerun warns per
        component and keeps the rest); ``rr.log`` reports them with the entity path."""
        return [b._error for b in self._batches if b._error is not None]

    def with_component_from_data(
        self, descriptor: str, value: Any, *, drop_untyped_nones: bool = True
    ) -> DynamicArchetype:
        """Add one component (``descriptor`` is its field name)."""
        d = ComponentDescriptor(
            self._name(str(descriptor)),
            archetype=self._archetype or None,
        )
        self._batches.append(AnyBatchValue(d, value, drop_untyped_nones=drop_untyped_nones))
        return self

    def with_component_override(
        self, field: str, component_type: str, value: Any, *, drop_untyped_nones: bool = True
    ) -> DynamicArchetype:
        """Add one component and say which Rerun component type it is (kept in its descriptor)."""
        d = ComponentDescriptor(
            self._name(field), archetype=self._archetype or None, component_type=component_type
        )
        self._batches.append(AnyBatchValue(d, value, drop_untyped_nones=drop_untyped_nones))
        return self

    def as_component_batches(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for b in self._batches:
            out.update(b.as_component_batches())
        return out

    @classmethod
    def columns(
        cls, archetype: str, drop_untyped_nones: bool = True, components: Mapping[str, Any] | None = None
    ) -> ComponentColumnList:
        """Columns for ``send_columns`` (see :meth:`AnyBatchValue.column`)."""
        cols, dropped = [], []
        for name, value in (components or {}).items():
            d = ComponentDescriptor(f"{archetype}:{name}", archetype=archetype) if archetype else name
            c = AnyBatchValue.column(d, value, drop_untyped_nones)
            if c is not None and c._error is not None:
                dropped.append(c._error)
            elif c is not None:
                cols.append(c)
        out = ComponentColumnList(cols, None)
        out._dropped = dropped
        return out


class AnyValues(DynamicArchetype):
    """Arbitrary named values logged as components: ``rr.AnyValues(confidence=[...], description="...")``.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> sorted(rr.AnyValues(confidence=[0.3, 0.9], description="hi").as_component_batches())
    ['confidence', 'description']
    """

    def __init__(self, drop_untyped_nones: bool = True, **kwargs: Any) -> None:
        super().__init__("", drop_untyped_nones, kwargs)

    @property
    def component_batches(self) -> list[AnyBatchValue]:
        return list(self._batches)

    @classmethod
    def columns(cls, drop_untyped_nones: bool = True, **kwargs: Any) -> ComponentColumnList:  # type: ignore[override]
        """Columns for ``send_columns``: ``rr.AnyValues.columns(speed=[1.0, 2.0, 3.0])``."""
        return DynamicArchetype.columns("", drop_untyped_nones, kwargs)
