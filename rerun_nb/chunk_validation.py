"""Checks at the doors: a chunk from a file or another process keeps every promise ``rr.log`` keeps.

``rr.log`` normalises its input, so everything below the types layer trusts the canonical forms of
docs/internals.md. Chunks that arrive already encoded (``rerun_nb.load``, ``rr.serve``) skip the normalisers;
:func:`validate_chunk` checks them against the same declarations (each known component's dtype and trailing
shape, as its normaliser makes them), bounds what could exhaust memory or recursion, and puts the entity path
in canonical form. A failed check is one line naming the entity path, the component and what was wrong.

Examples
--------
>>> import numpy as np
>>> from rerun_nb.store import Chunk
>>> c = Chunk.from_rows("pts", [1], {"t": [0]}, [{"Points3D:positions": np.zeros((1, 2), np.float32)}])
>>> validate_chunk(c, {"t": "sequence"})
Traceback (most recent call last):
...
rerun_nb.chunk_validation.ChunkRejected: 'pts': Points3D:positions: expected float32 (N, 3), got float32 (N, 2)
"""

from __future__ import annotations

from typing import Any

import numpy as np

from . import entity_path as ep
from .archetypes.registry import field_of
from .components import Ragged
from .errors import RerunNbError
from .store import Chunk

__all__ = [
    "MAX_ENTITY_PATH_CHARS",
    "MAX_ENTITY_PATH_DEPTH",
    "MAX_NAME_CHARS",
    "ChunkRejected",
    "validate_chunk",
]

MAX_ENTITY_PATH_DEPTH = 512
MAX_ENTITY_PATH_CHARS = 16 * 1024
MAX_NAME_CHARS = 1024  # timeline and component names
TIMELINE_KINDS = frozenset({"sequence", "duration", "timestamp"})

_canonical_cache: dict[str, tuple[type, np.dtype | None, tuple[int, ...]]] = {}


class ChunkRejected(RerunNbError, ValueError):
    """A chunk from outside (file, network) that breaks a promise of the store; nothing of it was stored."""


def _fail(path: str, what: str, message: str) -> ChunkRejected:
    return ChunkRejected(f"{path[:200]!r}: {what[:200]}: {message}")


def _describe(dtype: np.dtype | None, trailing: tuple[int, ...]) -> str:
    shape = ", ".join(["N", *map(str, trailing)])
    return f"{'str' if dtype is None or dtype.kind == 'O' else dtype} ({shape})"


def _expected(component: str) -> tuple[type, np.dtype | None, tuple[int, ...]] | None:
    """(container type, dtype, trailing shape) of a known component's canonical batch, or None if unknown."""
    got = _canonical_cache.get(component)
    if got is None:
        f = field_of(component)
        if f is None:
            return None
        empty = f.normaliser([])
        arr = empty.values if isinstance(empty, Ragged) else empty
        got = _canonical_cache[component] = (type(empty), arr.dtype, arr.shape[1:])
    return got


def _check_strings(arr: np.ndarray, path: str, name: str) -> None:
    if not all(type(s) is str for s in arr):
        raise _fail(path, name, "expected UTF-8 strings")


def _check_values(path: str, name: str, values: Any) -> None:
    arr = values.values if isinstance(values, Ragged) else values
    if not isinstance(arr, np.ndarray) or arr.dtype.kind not in "biufO":
        raise _fail(path, name, f"unsupported values {getattr(arr, 'dtype', type(arr).__name__)}")
    exp = _expected(name)
    if exp is not None:
        container, dtype, trailing = exp
        if not isinstance(values, container):
            kind = "lists of lists (ragged)" if container is Ragged else "a flat batch"
            raise _fail(path, name, f"expected {kind}")
        if arr.dtype != dtype or arr.shape[1:] != trailing:
            raise _fail(
                path,
                name,
                f"expected {_describe(dtype, trailing)}, got {_describe(arr.dtype, arr.shape[1:])}",
            )
    if arr.dtype == object:
        _check_strings(arr.reshape(-1), path, name)
    if isinstance(values, Ragged):
        _check_offsets(path, f"{name} (inner lists)", values.offsets, len(values.offsets) - 1, len(arr))


def _check_offsets(path: str, what: str, offsets: np.ndarray, n: int, nvals: int) -> None:
    if offsets.dtype.kind not in "iu" or len(offsets) != n + 1:
        raise _fail(path, what, f"expected {n + 1} integer offsets, got {len(offsets)}")
    if n and (offsets[0] != 0 or offsets[-1] != nvals or bool(np.any(np.diff(offsets) < 0))):
        raise _fail(
            path, what, "offsets do not describe its values (not starting at 0, decreasing or too long)"
        )


def _check_path(chunk: Chunk) -> str:
    raw = chunk.entity_path
    if not isinstance(raw, str) or len(raw) > MAX_ENTITY_PATH_CHARS:
        raise ChunkRejected(f"entity path longer than {MAX_ENTITY_PATH_CHARS} characters")
    try:
        path = ep.to_canonical(raw)
    except Exception:
        raise ChunkRejected(f"{raw[:200]!r}: not a valid entity path") from None
    if len(ep.parts(path)) > MAX_ENTITY_PATH_DEPTH:
        raise ChunkRejected(f"{path[:200]!r}...: entity path deeper than {MAX_ENTITY_PATH_DEPTH} levels")
    return path


def validate_chunk(chunk: Chunk, timeline_kinds: dict[str, str]) -> None:
    """Check ``chunk`` (from a file or the network) before it reaches a store; canonicalise its entity path.

    Raises
    ------
    ChunkRejected
        The first broken promise, naming the entity path, the component or timeline, and what was wrong.
    """
    path = chunk.entity_path = _check_path(chunk)
    n = len(chunk.row_ids)
    if chunk.row_ids.dtype != np.int64 or chunk.row_ids.ndim != 1:
        raise _fail(path, "row_id", "expected one int64 row id per row")
    for name, kind in timeline_kinds.items():
        if kind not in TIMELINE_KINDS:
            raise _fail(path, f"timeline {name!r}", f"unknown kind {str(kind)[:20]!r}")
    for name, t in chunk.timelines.items():
        if not isinstance(name, str) or not name or len(name) > MAX_NAME_CHARS:
            raise _fail(path, "timeline", f"bad timeline name {str(name)[:80]!r}")
        if t.dtype != np.int64 or t.shape != (n,):
            raise _fail(path, f"timeline {name!r}", "expected one int64 time per row")
    for name, col in chunk.components.items():
        if not isinstance(name, str) or not name or len(name) > MAX_NAME_CHARS:
            raise _fail(path, "component", f"bad component name {str(name)[:80]!r}")
        nvals = len(col.values.offsets) - 1 if isinstance(col.values, Ragged) else len(col.values)
        _check_offsets(path, name, col.offsets, n, nvals)
        if col.validity is not None and (col.validity.dtype != bool or col.validity.shape != (n,)):
            raise _fail(path, name, "expected one validity flag per row")
        _check_values(path, name, col.values)
