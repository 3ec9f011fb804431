"""The selection panel's data: every latest-at component of one entity, summarised as short text rows.

Rerun's selection panel shows the components of the selected entity (or instance) at the time cursor. Here
each component becomes ``{name, count, values, colors}``: at most :data:`MAX_ROWS` instances as text (the
selected instance first), long values cut, colours also as RGBA for swatches. Text only: the page puts it in
with ``textContent``.

Examples
--------
>>> import rerun_nb as rr
>>> rec = rr.RecordingStream("doc")
>>> rec.log("pts", rr.Points3D([[1, 2, 3], [4, 5, 6]], colors=[255, 0, 0]), static=True)
>>> comps = inspect_entity(rec.store, "pts", None, 0, instance=1)
>>> [(c["name"], c["count"], c["values"][0]) for c in comps]
[('Points3D:colors', 1, '#ff0000ff'), ('Points3D:positions', 2, '[4, 5, 6]')]
"""

from __future__ import annotations

from typing import Any

import numpy as np

from . import query as q
from .components import Ragged

__all__ = ["MAX_ROWS", "MAX_TEXT", "MAX_VALUES", "format_value", "inspect_entity"]

#: Instances listed per component.
MAX_ROWS = 20
#: Numbers shown of one instance's value before it is cut.
MAX_VALUES = 16
#: Characters of one text value.
MAX_TEXT = 200


def _is_color(name: str, batch: Any) -> bool:
    field = name.rpartition(":")[2]
    a = np.asarray(batch) if not isinstance(batch, Ragged) else None
    return field in ("colors", "color") and a is not None and a.dtype == np.uint8 and a.ndim == 2


def format_value(value: Any) -> str:
    """One instance's value as a short line of text.

    Examples
    --------
    >>> format_value(np.array([1.5, 2.0], np.float32)), format_value(np.arange(40))
    ('[1.5, 2]', '[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, … (40 values)]')
    """
    if isinstance(value, (str, bytes)):
        s = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
        return s if len(s) <= MAX_TEXT else s[:MAX_TEXT] + "…"
    a = np.asarray(value)
    if a.dtype.kind in "OUS":
        return format_value(str(a.reshape(-1)[0]) if a.size == 1 else str(a.tolist()))
    flat = a.reshape(-1)
    if flat.size == 1 and a.ndim == 0:
        return _num(flat[0])
    shown = ", ".join(_num(x) for x in flat[:MAX_VALUES])
    more = f", … ({flat.size} values)" if flat.size > MAX_VALUES else ""
    return f"[{shown}{more}]"


def _num(x: Any) -> str:
    if isinstance(x, (bool, np.bool_)):
        return "true" if x else "false"
    if isinstance(x, (float, np.floating)):
        return f"{float(x):.6g}"
    return str(x)


def _rows(batch: Any, instance: int | None) -> list[int]:
    n = len(batch)
    order = list(range(min(n, MAX_ROWS)))
    if instance is not None and 0 <= instance < n:
        order = [instance, *[i for i in order if i != instance][: MAX_ROWS - 1]]
    return order


def _summary(name: str, batch: Any, instance: int | None) -> dict[str, Any]:
    rows = _rows(batch, instance)
    if _is_color(name, batch):
        rgba = [[int(c) for c in batch[i]] for i in rows]
        return {
            "name": name,
            "count": len(batch),
            "values": ["#" + "".join(f"{c:02x}" for c in rgba_i) for rgba_i in rgba],
            "colors": rgba,
        }
    if isinstance(batch, Ragged):
        values = [f"{len(batch[i])} points: {format_value(batch[i])}" for i in rows]
    else:
        values = [format_value(batch[i]) for i in rows]
    return {"name": name, "count": len(batch), "values": values, "colors": None}


def inspect_entity(
    store: Any, path: str, timeline: str | None, t: int, *, instance: int | None = None
) -> list[dict[str, Any]]:
    """Every latest-at component of ``path`` at store time ``t`` on ``timeline``, summarised, by name.

    Parameters
    ----------
    store:
        The recording's store.
    path:
        Canonical entity path.
    timeline:
        Timeline name, ``None`` for static data only.
    t:
        The store's int64 time.
    instance:
        The selected instance: its row comes first in every component.
    """
    comps = q.latest_at_entity(store, path, timeline, t)
    return [_summary(name, comps[name][0], instance) for name in sorted(comps) if name != q.CLEAR]
