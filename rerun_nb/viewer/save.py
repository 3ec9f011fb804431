"""Save from the viewer (docs/protocol.md, ``save``): the recording, or one time range of it, to a new file in
the kernel's working directory.

The page names the file; the kernel refuses anything but a plain new file name with a known extension
(``.rnb``, and ``.rrd`` where rerun-sdk is installed): no directory part, no hidden file, never an existing
file (checked again atomically when the file takes its name). Rows are written as the store holds them;
with a range, only the rows whose time on the timeline is in it, plus the static rows.

Examples
--------
>>> check_name("run.rnb")
'run.rnb'
>>> check_name("../x.rnb")
Traceback (most recent call last):
...
rerun_nb.viewer.checks.ProtocolError: save: 'name' must be a plain file name (no directory part)
"""

from __future__ import annotations

import importlib.util
import os
from typing import Any

import numpy as np

from ..components import Ragged
from ..store import Chunk, Column
from .checks import ProtocolError, read_id, read_number, read_store_time, short

__all__ = ["check_name", "handle_save", "rows_in_range", "save_range"]

MAX_NAME = 255


def _extensions() -> tuple[str, ...]:
    return (".rnb", ".rrd") if importlib.util.find_spec("rerun") is not None else (".rnb",)


def check_name(name: Any) -> str:
    """``name`` if it is a plain new-file name with an allowed extension, else :class:`ProtocolError`."""
    if not isinstance(name, str) or not name.strip():
        raise ProtocolError(f"save: 'name' must be a file name, got {short(name)}")
    if "/" in name or "\\" in name or os.sep in name or (os.altsep and os.altsep in name):
        raise ProtocolError("save: 'name' must be a plain file name (no directory part)")
    if name.startswith(".") or "\x00" in name or len(name) > MAX_NAME or name != name.strip():
        raise ProtocolError(f"save: 'name' {short(name)} is not an allowed file name")
    exts = _extensions()
    if not name.lower().endswith(exts):
        raise ProtocolError(f"save: 'name' must end in {' or '.join(exts)}, got {short(name)}")
    return name


def _take_column(col: Column, rows: np.ndarray) -> Column:
    """The rows ``rows`` (sorted indices) of one column."""
    starts, ends = col.offsets[rows], col.offsets[rows + 1]
    lens = ends - starts
    offsets = np.zeros(len(rows) + 1, np.int64)
    np.cumsum(lens, out=offsets[1:])
    items = np.repeat(starts - offsets[:-1], lens) + np.arange(offsets[-1])
    v = col.values
    if isinstance(v, Ragged):
        ilens = np.diff(v.offsets)[items]
        inner = np.zeros(len(items) + 1, np.int64)
        np.cumsum(ilens, out=inner[1:])
        vidx = np.repeat(v.offsets[:-1][items] - inner[:-1], ilens) + np.arange(inner[-1])
        values: Any = Ragged(v.values[vidx], inner)
    else:
        values = v[items]
    validity = None if col.validity is None else col.validity[rows]
    return Column(offsets, values, validity)


def rows_in_range(chunk: Chunk, timeline: str | None, lo: int | None, hi: int | None) -> Chunk | None:
    """``chunk`` cut to the rows with ``lo <= time <= hi`` on ``timeline`` (static chunks whole; ``None``:
    nothing left)."""
    if chunk.is_static or not chunk.timelines or timeline is None:
        return chunk
    t = chunk.timelines.get(timeline)
    if t is None:
        return None
    keep = np.ones(len(t), bool)
    if lo is not None:
        keep &= t >= lo
    if hi is not None:
        keep &= t <= hi
    if keep.all():
        return chunk
    rows = np.flatnonzero(keep)
    if not len(rows):
        return None
    comps = {k: _take_column(c, rows) for k, c in chunk.components.items()}
    tls = {k: v[rows] for k, v in chunk.timelines.items()}
    return Chunk(chunk.entity_path, chunk.row_ids[rows], tls, comps, False, dict(chunk.timeline_kinds))


def save_range(rec: Any, path: str, timeline: str | None, lo: int | None, hi: int | None) -> int:
    """Write ``rec``'s rows (in the range, plus static ones) to the new file ``path``; the rows written."""
    from ..io.sink import make_writer

    store = rec.store
    writer = make_writer(path, rec, overwrite=False)
    rows = 0
    try:
        for chunk in store.chunks():
            part = rows_in_range(chunk, timeline, lo, hi) if (lo is not None or hi is not None) else chunk
            if part is not None and part.num_rows:
                writer.write(part, dict(store.timeline_kinds))
                rows += part.num_rows
    finally:
        writer.close()
    return rows


def handle_save(
    rec: Any, content: dict[str, Any], directory: str | None = None
) -> tuple[dict[str, Any], list]:
    """``save``: write the recording (or ``[start, end]`` on ``timeline``) to ``name`` in ``directory``
    (default: the kernel's working directory); answers ``saved`` with the absolute path and the rows."""
    qid = read_id(content, "save")
    if getattr(rec, "store", None) is None:
        raise ProtocolError("save: the viewer has no recording")
    name = check_name(content.get("name"))
    path = os.path.join(os.path.abspath(directory or os.getcwd()), name)
    if os.path.lexists(path):
        raise ProtocolError(f"save: {short(name)} already exists (choose another name)")
    lo = hi = None
    tl = content.get("timeline")
    if content.get("start") is not None or content.get("end") is not None:
        tk = rec.store.timeline_kinds.get(tl) if isinstance(tl, str) else None
        if tk is None:
            raise ProtocolError(f"save: a range needs a known 'timeline', got {short(tl)}")
        for key in ("start", "end"):
            if content.get(key) is not None:
                v = read_store_time(tk, read_number(content, key, "save"), widen=False, key=key, msg="save")
                lo, hi = (v, hi) if key == "start" else (lo, v)
    try:
        rows = save_range(rec, path, tl if isinstance(tl, str) else None, lo, hi)
    except (OSError, ValueError) as e:  # RecordingFileError is an OSError
        raise ProtocolError(f"save: cannot write {short(name)}: {short(str(e), 200)}") from None
    return {"type": "saved", "id": qid, "path": path, "rows": rows}, []
