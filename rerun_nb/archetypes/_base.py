"""The base of every archetype: normalise at the door, keep the first problem in ``_error``."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any, ClassVar

import numpy as np

from .._current import is_strict_mode
from ..components import ComponentError, Ragged
from ..errors import BadInput, BadValueError, RerunWarning
from .columns import ComponentColumn, ComponentColumnList

__all__ = ["Archetype", "Field", "centered_bounds", "registered_archetypes", "splat"]

Normaliser = Callable[[Any], Any]
# archetype name -> class; filled as archetype classes are defined (archetypes/__init__.py imports them all)
_REGISTRY: dict[str, type[Archetype]] = {}


def registered_archetypes() -> dict[str, type[Archetype]]:
    """Every archetype class by name (a copy)."""
    return dict(_REGISTRY)


def splat(batch: np.ndarray | None, n: int, default: tuple[float, ...]) -> np.ndarray:
    """``batch`` as ``n`` rows: a missing one is ``default``, a shorter one repeats its last row (Rerun's clamp).

    Examples
    --------
    >>> splat(None, 2, (0.0, 0.0)).tolist()
    [[0.0, 0.0], [0.0, 0.0]]
    >>> splat(np.array([[1.0, 2.0]]), 3, (0.0, 0.0))[:, 0].tolist()
    [1.0, 1.0, 1.0]
    """
    if batch is None or len(batch) == 0:
        return np.broadcast_to(np.asarray(default, np.float32), (n, len(default)))
    if len(batch) >= n:
        return batch[:n]
    return np.concatenate([batch, np.broadcast_to(batch[-1:], (n - len(batch), *batch.shape[1:]))])


def _row_lengths(field: Field, given: Any, values: Any) -> np.ndarray | None:
    """Rows of ``columns(...)`` as Rerun 0.41 infers them from the input's shape (None: one value per row).

    A (rows, n, 3) array of positions is ``rows`` rows of ``n`` points; a (rows, 3) one is ``rows`` single
    points. Numbers (and colours, which Rerun packs into one number) split evenly over the input's rows.
    Strings, strips and structs (axis-angles) are one value per row.
    """
    if isinstance(values, Ragged) or values.dtype == object or field.kind == "axis_angle" or len(values) == 0:
        return None
    try:
        shape = np.shape(given)
    except ValueError:  # ragged nested lists
        return None
    rows = shape[0] if shape else 1
    if rows <= 0 or len(values) % rows:
        return None
    if values.ndim >= 2 and field.kind != "color":
        per_row = 1 if int(np.prod(values.shape[1:])) == int(np.prod(shape[1:])) else shape[1]
    else:
        per_row = len(values) // rows
    if per_row * rows != len(values) or per_row == 1:
        return None
    return np.full(rows, per_row, dtype=np.int64)


def centered_bounds(centers: np.ndarray | None, half_sizes: np.ndarray | None) -> list[np.ndarray]:
    """Bounding points of shapes with ``half_sizes`` about ``centers``, whatever their rotation."""
    if half_sizes is None or len(half_sizes) == 0:
        return []
    n = max(len(half_sizes), 0 if centers is None else len(centers))
    c = splat(centers, n, (0.0, 0.0, 0.0))
    r = np.linalg.norm(splat(half_sizes, n, (0.5, 0.5, 0.5)), axis=1, keepdims=True)
    return [c - r, c + r]


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


class Field:
    """One component of an archetype, declared once on the class.

    The constructor (unless the archetype writes its own), ``from_fields``, ``columns``, ``cleared`` and the
    generated IDE stubs all come from these declarations, in the order they are written.

    Parameters
    ----------
    normaliser:
        Turns any accepted input into the canonical batch (``components.py``); raises ``ComponentError``.
    required:
        The generated constructor has no default for it.
    positional:
        Positional-or-keyword in the generated constructor (default: ``required``); otherwise keyword-only.

    Examples
    --------
    >>> from rerun_nb import components as C
    >>> class Dots(Archetype):
    ...     archetype_name = "Dots"
    ...     positions = Field(C.vec3d, required=True)
    ...     colors = Field(C.colors)
    >>> Dots([[0, 0, 0]], colors=[255, 0, 0]).colors.tolist()
    [[255, 0, 0, 255]]
    >>> Dots.colors.component, Dots.colors.kind
    ('Dots:colors', 'color')
    """

    __slots__ = ("component", "kind", "name", "normaliser", "positional", "qualified", "required")

    def __init__(self, normaliser: Normaliser, *, required: bool = False, positional: bool | None = None):
        self.normaliser = normaliser
        self.required = required
        self.positional = required if positional is None else positional
        self.kind: str | None = getattr(normaliser, "kind", None)
        self.name = self.component = self.qualified = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, cls: type | None = None) -> Any:
        # On the class: the declaration. On an instance: the batch (set in its __dict__), else None.
        if obj is None:
            return self
        return obj.__dict__.get(self.name)

    def __repr__(self) -> str:
        return f"Field({self.component or self.name!r}, {self.normaliser.__name__})"


def _generated_init(cls: type[Archetype]) -> Callable[..., None]:
    """An ``__init__`` with the explicit signature the fields declare (as Rerun's generated code has)."""
    params = ["self"]
    keyword_only = False
    for f in cls._fields.values():
        if not f.positional and not keyword_only:
            params.append("*")
            keyword_only = True
        params.append(f.name if f.required else f"{f.name}=None")
    # unset fields are simply absent from the instance (Field.__get__ answers None): no work for them
    body = "".join(
        f"    if {f.name} is not None:\n        d[{f.name!r}] = n(_N[{f.name!r}], {f.name}, {f.name!r})\n"
        for f in cls._fields.values()
    )
    src = f"def __init__({', '.join(params)}):\n    self._error = None\n    d = self.__dict__\n    n = self._n\n{body}"
    ns: dict[str, Any] = {}
    env = {"_N": {f.name: f.normaliser for f in cls._fields.values()}}
    exec(src, env, ns)  # our own declarations, compiled once per class (as dataclasses do)
    init = ns["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = f"Create a new {cls.__name__} (fields: {', '.join(cls._fields)})."
    init.__annotations__ = {f.name: Any for f in cls._fields.values()} | {"return": None}
    return init


class Archetype:
    """An archetype: a bundle of component batches logged together.

    Subclasses set ``archetype_name`` and declare each field once as a class attribute ``Field(...)`` in
    Rerun's order. Where Rerun's constructor takes other arguments (``Boxes3D(sizes=, mins=)``), the
    subclass writes ``__init__`` itself and stores fields with ``self._set("field", value)``.

    What the lower layers need to know is declared here too (read through ``archetypes.registry``):

    * ``view``: the kind of view that draws it (``"3d"``, ``"2d"``, ``"time_series"``, ``"text_log"``), or
      ``None`` for archetypes that only describe other data (transforms, clears, view coordinates);
    * ``bounds(get)``: points (entity space) that bound what it draws, for fitting the camera;
    * ``role``: ``"transform"`` / ``"clear"`` for the archetypes scene resolution treats specially.
    """

    archetype_name: ClassVar[str] = ""
    #: Rerun's fully qualified name, ``"rerun.archetypes.<archetype_name>"``
    NAME: ClassVar[str] = ""
    view: ClassVar[str | None] = None
    role: ClassVar[str | None] = None
    _fields: ClassVar[dict[str, Field]] = {}
    _component_names: ClassVar[dict[str, str]] = {}
    _qualified: ClassVar[dict[str, str]] = {}
    _empties: ClassVar[dict[str, Any]] = {}

    _error: BadInput | None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = {k: v for k, v in cls.__dict__.items() if isinstance(v, Field)}
        if not own:
            return  # a subclass of an archetype (a user's extension) is that archetype
        name = cls.__dict__.get("archetype_name") or cls.__name__
        cls.archetype_name = name
        cls.NAME = f"rerun.archetypes.{name}"
        cls._fields = own
        for f in own.values():
            f.component, f.qualified = f"{name}:{f.name}", f"{name}.{f.name}"
        cls._component_names = {f: fd.component for f, fd in own.items()}
        cls._qualified = {f: fd.qualified for f, fd in own.items()}
        cls._empties = {}
        if "__init__" not in cls.__dict__:
            cls.__init__ = _generated_init(cls)  # type: ignore[method-assign]
        _REGISTRY[name] = cls

    @classmethod
    def archetype(cls) -> str:
        """Rerun's fully qualified name of this archetype: ``rr.Points3D.archetype() == "rerun.archetypes.Points3D"``."""
        return cls.NAME

    @classmethod
    def archetype_short_name(cls) -> str:
        """The archetype's name without its namespace: ``rr.Points3D.archetype_short_name() == "Points3D"``."""
        return cls.archetype_name

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        """Points in entity space whose box bounds what this archetype draws (``get(field)`` → batch or None)."""
        return []

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

    def _set(self, field: str, value: Any) -> None:
        """Normalise ``value`` with ``field``'s declaration and store it (``None``: not given, or bad)."""
        self.__dict__[field] = self._n(self._fields[field].normaliser, value, field)

    def _warn(self, field: str, message: str) -> None:
        """A problem Rerun warns about but logs the rest anyway (the caller picks what is kept, as Rerun does):
        a warning, or an error in strict mode."""
        text = f"{self.archetype_name}.{field}: {message}"
        if is_strict_mode():
            raise BadValueError(text)
        warnings.warn(text, RerunWarning, stacklevel=3)

    def _fail(self, field: str, message: str, is_type: bool = False) -> None:
        if self._error is None:
            self._error = BadInput(f"{self.archetype_name}.{field}", message, is_type)

    @classmethod
    def _empty(cls, field: str) -> Any:
        """A shared, read-only empty batch of ``field`` (a clear of that component)."""
        e = cls._empties.get(field)
        if e is None:
            e = cls._empties[field] = _read_only(cls._fields[field].normaliser([]))
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
            obj._set(f, v)
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
            fd = cls._fields.get(f)
            if fd is None:
                raise TypeError(f"{cls.__name__}.columns() got an unexpected field {f!r}")
            if value is None:
                continue
            try:
                values = fd.normaliser(value)
            except ComponentError as e:
                error = error or BadInput(cls._qualified[f], e.message, e.is_type)
                continue
            except Exception as e:
                error = error or BadInput(
                    cls._qualified[f], f"could not interpret {type(value).__name__}: {e}", True
                )
                continue
            cols.append(ComponentColumn(cls._component_names[f], values, _row_lengths(fd, value, values)))
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
