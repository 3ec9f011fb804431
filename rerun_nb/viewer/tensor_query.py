"""The ``tensor`` message: a 2D slice of a view's latest-at ``Tensor``, cut in the kernel (docs/protocol.md).

A tensor view shows one 2D slice of an N-D tensor. The page names which dimensions are width and height and
the index of every other one; only that slice (float32, at most :data:`MAX_SLICE_CELLS` cells: bigger slices
are strided) travels, so a 500 MB tensor never does. What the page leaves out comes from the view's
``TensorSliceSelection`` property, then from Rerun's rules (``re_view_tensor`` ``dimension_mapping``): width
and height by dimension name (``w``/``width``/``left``/``right``, ``h``/``height``/``up``/``down``), else the
two longest dimensions (numpy order ``[h, w, ...]`` for the first two); indices clamped, missing ones in the
middle of their dimension; a slider for every other dimension unless the blueprint lists them.

Examples
--------
>>> sel = resolve_selection([4, 5, 6], None, {})
>>> sel.width, sel.height, sel.indices, sel.slider
(2, 1, {0: 2}, [0])
>>> resolve_selection([10, 20], ["height", "width"], {"width": 0}).height
1
"""

from __future__ import annotations

import dataclasses
import math
import threading
from collections import OrderedDict
from typing import Any

import numpy as np

from .. import entity_path as ep
from .. import query as q
from ..components import decode_tensor
from .checks import ProtocolError, is_int, read_id, read_number, read_store_time, read_view, short

__all__ = ["MAX_SLICE_CELLS", "Selection", "data_range", "handle_tensor", "resolve_selection", "slice_tensor"]

#: Most cells a slice reply holds (float32: 64 MiB); a bigger slice is strided evenly in both directions.
MAX_SLICE_CELLS = 4096 * 4096
_WIDTH_NAMES = frozenset({"w", "width", "right", "left"})
_HEIGHT_NAMES = frozenset({"h", "height", "up", "down"})
Reply = tuple[dict[str, Any], list[memoryview]]


@dataclasses.dataclass
class Selection:
    """Which slice: the width / height dimensions (``None``: none, for 1-D / 0-D tensors), whether each is
    flipped, the index of every other dimension and the dimensions that get a slider."""

    width: int | None
    height: int | None
    invert_width: bool
    invert_height: bool
    indices: dict[int, int]
    slider: list[int]


# -- which slice (Rerun's rules) -----------------------------------------------------------------------


def _longest_two(shape: list[int]) -> tuple[int, int]:
    longest = second = 0
    for i, n in enumerate(shape):
        if n > shape[longest]:
            second, longest = longest, i
        elif n > shape[second]:
            second = i
    return (0, 1) if longest == second else (longest, second)


def _default_width_height(shape: list[int], names: list[str] | None) -> tuple[int, int]:
    """Rerun's ``find_width_height_dim_indices``: by name first, then by length (numpy ``[h, w]`` order)."""
    low = [(n or "").lower() for n in names] if names else [""] * len(shape)
    w = next((i for i in reversed(range(len(shape))) if low[i] in _WIDTH_NAMES), None)
    h = next((i for i in reversed(range(len(shape))) if low[i] in _HEIGHT_NAMES), None)
    if w is not None and h is not None:
        return w, h
    longest, second = _longest_two(shape)
    if w is not None:
        return w, second if w == longest else longest
    if h is not None:
        return (second if h == longest else longest), h
    return (1, 0) if {longest, second} == {0, 1} else (longest, second)


def _dim_of(x: Any) -> tuple[int, bool] | None:
    """A width / height selection: an int, or ``{"dimension": int, "invert": bool}``."""
    if is_int(x) and x >= 0:
        return int(x), False
    if isinstance(x, dict) and is_int(x.get("dimension")) and x["dimension"] >= 0:
        return int(x["dimension"]), bool(x.get("invert", False))
    return None


def _index_pairs(x: Any) -> list[tuple[int, int]]:
    """Indices: ``[[dim, index], ...]`` or ``[{"dimension", "index"}, ...]``; anything else is skipped."""
    out = []
    for item in x if isinstance(x, list) else ():
        if isinstance(item, dict):
            item = [item.get("dimension"), item.get("index")]
        if isinstance(item, list) and len(item) == 2 and all(is_int(v) and v >= 0 for v in item):
            out.append((int(item[0]), int(item[1])))
    return out


def resolve_selection(shape: list[int], names: list[str] | None, given: dict[str, Any]) -> Selection:
    """The valid slice of a tensor of ``shape`` for the ``given`` selection (Rerun's ``load_and_make_valid``).

    Parameters
    ----------
    shape, names:
        The tensor's dimensions and their names (``None``: unnamed).
    given:
        ``width``, ``height`` (int or ``{"dimension", "invert"}``), ``indices`` (``[[dim, index], ...]``) and
        ``slider`` (dims) — each optional; out-of-range dimensions are dropped, indices clamped.

    Examples
    --------
    >>> resolve_selection([3], None, {}).width, resolve_selection([3], None, {}).height
    (0, None)
    >>> resolve_selection([4, 5, 6], None, {"indices": [[0, 99]]}).indices
    {0: 3}
    """
    nd = len(shape)
    wsel, hsel = _dim_of(given.get("width")), _dim_of(given.get("height"))
    if nd:
        wsel = None if wsel is None else (min(wsel[0], nd - 1), wsel[1])
        hsel = None if hsel is None else (min(hsel[0], nd - 1), hsel[1])
    else:
        wsel = hsel = None
    if wsel is not None and hsel is not None and wsel[0] == hsel[0]:
        hsel = None
    if nd >= 2 and (wsel is None or hsel is None):
        dw, dh = _default_width_height(shape, names)
        low = [(n or "").lower() for n in names] if names else [""] * nd
        if wsel is None:
            wsel = (dw if (hsel is None or dw != hsel[0]) else dh, False)
            wsel = (wsel[0], low[wsel[0]] == "left")
        if hsel is None:
            hd = dh if dh != wsel[0] else dw
            hsel = (hd, low[hd] == "up")
    elif nd == 1 and wsel is None and hsel is None:
        wsel = (0, False)
    shown = {s[0] for s in (wsel, hsel) if s is not None}
    indices: dict[int, int] = {}
    for d, i in _index_pairs(given.get("indices")):
        if d < nd and d not in shown:
            indices[d] = min(i, max(shape[d] - 1, 0))
    for d in range(nd):
        if d not in shown and d not in indices:
            indices[d] = shape[d] // 2
    sl = given.get("slider")
    if isinstance(sl, list):
        dims = [s if is_int(s) else (s.get("dimension") if isinstance(s, dict) else None) for s in sl]
        slider = [int(d) for d in dims if is_int(d) and 0 <= d < nd and d not in shown]
    else:
        slider = sorted(indices)
    return Selection(
        None if wsel is None else wsel[0],
        None if hsel is None else hsel[0],
        bool(wsel and wsel[1]),
        bool(hsel and hsel[1]),
        dict(sorted(indices.items())),
        slider,
    )


# -- the slice -------------------------------------------------------------------------------------------


def slice_tensor(arr: np.ndarray, sel: Selection) -> tuple[np.ndarray, int]:
    """``(slice as float32 (H, W), stride)``: rows along ``sel.height``, columns along ``sel.width``.

    Only the slice is copied; a slice of more than :data:`MAX_SLICE_CELLS` cells takes every ``stride``-th
    row and column.

    Examples
    --------
    >>> a = np.arange(24).reshape(2, 3, 4)
    >>> s, step = slice_tensor(a, resolve_selection([2, 3, 4], None, {"indices": [[0, 1]]}))
    >>> s.tolist()[0], step
    ([12.0, 13.0, 14.0, 15.0], 1)
    """
    if arr.ndim == 0:
        return np.asarray(arr, dtype=np.float32).reshape(1, 1), 1
    hw = [d for d in (sel.width, sel.height) if d is not None]
    cells = int(np.prod([arr.shape[d] for d in hw], dtype=np.int64))
    step = max(1, math.ceil(math.sqrt(cells / MAX_SLICE_CELLS))) if cells > MAX_SLICE_CELLS else 1
    idx = tuple(slice(None, None, step) if d in hw else sel.indices.get(d, 0) for d in range(arr.ndim))
    s = arr[idx]
    if sel.height is None:
        s = s.reshape(1, -1)
    elif sel.width is None:
        s = s.reshape(-1, 1)
    elif sel.height > sel.width:  # the kept axes come in dimension order: put height first
        s = s.T
    if sel.invert_width:
        s = s[:, ::-1]
    if sel.invert_height:
        s = s[::-1, :]
    return np.ascontiguousarray(s, dtype="<f4"), step


def data_range(arr: np.ndarray) -> tuple[float, float]:
    """Rerun's guess at a tensor's value range (``tensor_data_range_heuristic``) from its finite range:
    ``[0, 1]`` for floats within it, ``[0, 255]`` for values within that, ``[v-1, v+1]`` for one value."""
    if arr.size == 0:
        return 0.0, 1.0
    lo, hi = float(arr.min()), float(arr.max())
    if not (math.isfinite(lo) and math.isfinite(hi)):  # NaN / inf: the finite range, a block at a time
        lo, hi = _finite_range(arr.reshape(-1))
        if lo > hi:
            return 0.0, 1.0
    if arr.dtype.kind == "f" and lo >= 0.0 and hi <= 1.0:
        return 0.0, 1.0
    if lo >= 0.0 and hi <= 255.0:
        return 0.0, 255.0
    if lo == hi:
        return lo - 1.0, hi + 1.0
    return lo, hi


def _finite_range(flat: np.ndarray, block: int = 1 << 22) -> tuple[float, float]:
    """Min and max of the finite values (``(inf, -inf)`` when there are none), without a whole-size mask."""
    lo, hi = math.inf, -math.inf
    for i in range(0, flat.size, block):
        b = flat[i : i + block]
        b = b[np.isfinite(b)]
        if b.size:
            lo, hi = min(lo, float(b.min())), max(hi, float(b.max()))
    return lo, hi


class _RangeCache:
    """The data range per (store, entity, row id): a whole-tensor pass happens once per logged tensor."""

    def __init__(self, size: int = 16) -> None:
        self._items: OrderedDict[tuple[Any, ...], tuple[float, float]] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, key: tuple[Any, ...], arr: np.ndarray) -> tuple[float, float]:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        r = data_range(arr)
        with self._lock:
            self._items[key] = r
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return r


_RANGES = _RangeCache()


# -- the message -------------------------------------------------------------------------------------------


def _read_time(store: Any, content: dict[str, Any]) -> tuple[str | None, int]:
    tl = content.get("timeline")
    if tl is None:
        return None, 0
    if not isinstance(tl, str) or not tl or store.timeline_kinds.get(tl) is None:
        raise ProtocolError(f"tensor: unknown 'timeline' {short(tl)}")
    tk = store.timeline_kinds[tl]
    t = read_number(content, "time", "tensor")
    if tk == "sequence":
        t = math.floor(t)
    return tl, read_store_time(tk, t, widen=True, key="time", msg="tensor")


def _given(view: dict[str, Any], content: dict[str, Any]) -> dict[str, Any]:
    """The selection: the page's fields over the view's ``TensorSliceSelection`` property."""
    props = view.get("properties") if isinstance(view.get("properties"), dict) else {}
    out = dict(props.get("TensorSliceSelection") or {})
    for key in ("width", "height", "indices"):
        v = content.get(key)
        if v is None:
            continue
        ok = is_int(v) and v >= 0 if key != "indices" else isinstance(v, list)
        if not ok:
            raise ProtocolError(f"tensor: {key!r} must be {'a list of [dim, index]' if key == 'indices' else 'an integer >= 0'} or null, got {short(v)}")  # fmt: skip
        out[key] = v
    return out


def _find_tensor(store: Any, view: dict[str, Any], path: Any, tl: str | None, t: int) -> Any:
    """``(path, blob, row id, value range or None)`` of the first entity (or ``path``) with a tensor."""
    ents = list(view.get("entities") or ())
    if path is not None:
        if not isinstance(path, str) or ep.to_canonical(path) not in ents:
            raise ProtocolError(f"tensor: 'path' {short(path)} is not an entity of the view")
        ents = [ep.to_canonical(path)]
    for p in ents:
        comps = q.latest_at_entity(store, p, tl, t)
        hit = comps.get("Tensor:data")
        if hit is None or len(hit[0]) == 0:
            continue
        vr = comps.get("Tensor:value_range")
        rng = (
            None if vr is None else [float(x) for x in np.asarray(vr[0], dtype=np.float64).reshape(-1, 2)[-1]]
        )
        return p, hit[0][len(hit[0]) - 1], hit[1].row_id, rng
    return None


def handle_tensor(rec: Any, view: dict[str, Any], content: dict[str, Any]) -> Reply:
    """``tensor``: the slice of ``view``'s latest-at tensor the page (or the blueprint, or Rerun's rules) picks.

    ``view`` is the layout view node the message's ``space`` names (a ``Tensor`` view; ``views.py`` finds it).

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rec = rr.RecordingStream("tensor_doc")
    >>> rec.log("t", rr.Tensor(np.arange(6).reshape(2, 3)), static=True)
    >>> view = {"type": "view", "id": "v", "class": "Tensor", "entities": ["t"]}
    >>> reply, bufs = handle_tensor(rec, view, {"type": "tensor", "id": 1, "view": "w/v", "space": "v"})
    >>> reply["shape"], reply["w"], reply["h"], np.frombuffer(bufs[0], "<f4").tolist()
    ([2, 3], 3, 2, [0.0, 1.0, 2.0, 3.0, 4.0, 5.0])
    """
    qid, view_id = read_id(content, "tensor"), read_view(content, "tensor")
    store = getattr(rec, "store", None)
    if store is None:
        raise ProtocolError("tensor: the viewer has no recording")
    tl, t = _read_time(store, content)
    given = _given(view, content)
    head: dict[str, Any] = {"type": "tensor", "id": qid, "view": view_id, "path": None}
    found = _find_tensor(store, view, content.get("path"), tl, t)
    if found is None:
        return head, []
    path, blob, row_id, logged_range = found
    try:
        arr, names = decode_tensor(blob)
    except ValueError as e:
        raise ProtocolError(f"tensor: {path}: Tensor:data is not a valid tensor ({e})") from None
    shape = [int(n) for n in arr.shape]
    sel = resolve_selection(shape, names, given)
    if arr.size == 0:  # a dimension of length 0: nothing to show, but the page can say what it is
        s, step, rng = np.zeros((0, 0), "<f4"), 1, logged_range or [0.0, 1.0]
    else:
        s, step = slice_tensor(arr, sel)
        rng = logged_range or list(_RANGES.get((id(store), path, row_id), arr))
    head.update(path=path, shape=shape, names=names, dtype=arr.dtype.name, width=sel.width, height=sel.height,
                invert_width=sel.invert_width, invert_height=sel.invert_height,
                indices=[[d, i] for d, i in sel.indices.items()], slider=sel.slider, value_range=rng,
                w=int(s.shape[1]), h=int(s.shape[0]), step=step, buf=0)  # fmt: skip
    return head, [memoryview(s).cast("B") if s.size else memoryview(b"")]
