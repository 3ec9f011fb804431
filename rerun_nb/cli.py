"""The command line: ``python -m rerun_nb`` / ``rerun-nb``.

* ``info FILE`` — application, recording id, entities (rows, components), timelines with their ranges, row
  counts, file and array sizes.
* ``convert FILE OUT`` — ``OUT.parquet`` (one row per logged row, what ``rerun_nb.read_table`` gives: polars,
  DuckDB, pandas open it), ``OUT.rrd`` (Rerun's format, needs rerun-sdk) or a native file (any other extension;
  ``--zstd`` compresses it). ``OUT`` is written beside itself and renamed into place; converting a file onto
  itself is refused.
* ``view FILE`` — opens the file in a notebook: writes ``FILE.ipynb`` (next to the file, or ``-o NOTEBOOK``)
  with one cell, ``rerun_nb.notebook_show("FILE")``, and starts ``jupyter lab`` on it (``--no-launch``: only
  write the notebook and print how to open it). An existing notebook there is reused if it is the same one
  cell, else refused (``--force`` replaces it; a symlink there is replaced, never followed). In a notebook you
  can skip the CLI: ``rr.notebook_show("FILE")``.

Every error (a damaged file, one that cannot be written) is one line on stderr and exit status 2; set
``RERUN_NB_DEBUG=1`` for the traceback of an unexpected one.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import shutil
import subprocess
import sys
from typing import Any

__all__ = ["main"]


def _fmt_bytes(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"


def _load_file(path: str) -> tuple[Any, Any]:
    from .io import _is_rrd
    from .io.native import read_native

    if _is_rrd(path, None):
        from .io.rrd import read_rrd

        return read_rrd(path), "Rerun .rrd"
    return read_native(path), "rerun_nb native (Arrow IPC)"


def info(path: str, out: Any = None) -> int:
    """Print what recording file ``path`` holds (ids, sizes, timelines, entities); returns 0.

    Raises :class:`~rerun_nb.io.RecordingFileError` for a file that cannot be read.
    """
    from .time import from_time_int

    out = out or sys.stdout
    f, kind = _load_file(path)
    rows = sum(c.num_rows for c in f.chunks)
    nbytes = sum(c.nbytes for c in f.chunks)
    p = lambda *a: print(*a, file=out)  # noqa: E731
    p(f"file:         {f.path}")
    p(f"format:       {kind}" + (f", version {f.format_version}" if f.format_version else ""))
    if not f.complete:
        p(f"problem:      {f.problem}")
    p(f"application:  {f.application_id}")
    p(f"recording:    {f.recording_id}")
    p(f"size:         {_fmt_bytes(f.file_size)} on disk, {_fmt_bytes(nbytes)} of arrays")
    p(f"rows:         {rows} in {len(f.chunks)} chunks")
    ents: dict[str, dict[str, Any]] = {}
    tls: dict[str, list[int]] = {}
    for c in f.chunks:
        e = ents.setdefault(c.entity_path, {"rows": 0, "static": 0, "components": {}})
        e["rows"] += c.num_rows
        if c.is_static:
            e["static"] += c.num_rows
        for k in c.components:
            e["components"][k] = None
        for name, t in c.timelines.items():
            if len(t):
                r = tls.setdefault(name, [int(t.min()), int(t.max()), 0])
                r[0], r[1] = min(r[0], int(t.min())), max(r[1], int(t.max()))
                r[2] += len(t)
    p(f"timelines:    {len(tls)}")
    for name, (lo, hi, n) in tls.items():
        k = f.timeline_kinds.get(name, "sequence")
        if k == "timestamp":
            lo_u, hi_u = (
                _dt.datetime.fromtimestamp(v / 1e9, tz=_dt.timezone.utc).isoformat() for v in (lo, hi)
            )
        else:
            lo_u, hi_u = from_time_int(k, lo), from_time_int(k, hi)
        p(f"  {name:20s} {k:9s} {lo_u} .. {hi_u}  ({n} rows)")
    p(f"entities:     {len(ents)}")
    for name in sorted(ents):
        e = ents[name]
        st = f", {e['static']} static" if e["static"] else ""
        comps = ", ".join(e["components"])
        p(f"  /{name:30s} {e['rows']:>8d} rows{st}  {comps}")
    return 0


def convert(src: str, dst: str, *, zstd: bool = False, out: Any = None) -> int:
    """Convert recording ``src`` to ``dst`` (format by extension, see the module docstring); returns 0.

    Raises
    ------
    RecordingFileError
        ``src`` cannot be read, ``dst`` is ``src`` itself, or ``dst`` cannot be written.
    """
    import pyarrow.parquet as pq

    from .io import _is_rrd, read_table
    from .io.atomic import create_beside, discard, write_atomic
    from .io.native import NativeWriter, RecordingFileError
    from .io.sink import refuse_own_source

    out = out or sys.stdout
    if os.path.lexists(dst) and not os.path.exists(dst):
        raise RecordingFileError(dst, "a dangling symlink: refusing to write through it")
    refuse_own_source(dst, src, doing="convert a file onto itself")
    low = dst.lower()
    if low.endswith(".parquet") or low.endswith(".pq"):
        t = read_table(src)
        real = os.path.realpath(dst)
        try:
            write_atomic(real, lambda fh: pq.write_table(t, fh, compression="zstd" if zstd else "snappy"))
        except OSError as e:
            raise RecordingFileError(dst, f"cannot write: {e.strerror or e}") from None
        print(f"wrote {dst}: {t.num_rows} rows, {t.num_columns} columns", file=out)
        return 0
    f, _ = _load_file(src)
    if _is_rrd(dst, None):
        from .io.rrd import write_rrd

        write_rrd(f.chunks, dst, f.application_id, f.recording_id, f.timeline_kinds)
    else:
        # the whole file is written (and compacted) under a temporary name, then renamed over ``dst``
        real = os.path.realpath(dst)
        try:
            tmp = create_beside(real, ".converting", mode_from=real if os.path.isfile(real) else None)
        except OSError as e:
            raise RecordingFileError(dst, f"cannot open for writing: {e.strerror or e}") from None
        try:
            w = NativeWriter(tmp, f.application_id, f.recording_id, compression="zstd" if zstd else None)
            try:
                for c in f.chunks:
                    w.write(c, f.timeline_kinds)
            finally:
                w.close()
            if w.failed:
                raise RecordingFileError(dst, "write failed")
            os.replace(tmp, real)
        except OSError as e:
            discard(tmp)
            if isinstance(e, RecordingFileError):
                raise RecordingFileError(dst, e.problem) from None
            raise RecordingFileError(dst, f"cannot write: {e.strerror or e}") from None
        except BaseException:
            discard(tmp)
            raise
    print(f"wrote {dst}: {sum(c.num_rows for c in f.chunks)} rows in {len(f.chunks)} chunks", file=out)
    return 0


def _notebook_json(path: str, nb_path: str) -> bytes:
    rel = os.path.relpath(os.path.abspath(path), os.path.dirname(os.path.abspath(nb_path)))
    nb = {
        "cells": [
            {
                "cell_type": "code",
                "execution_count": None,
                "metadata": {},
                "outputs": [],
                "source": [
                    "import rerun_nb as rr\n",
                    f"rec = rr.load({rel!r})\n",
                    "viewer = rr.notebook_show(rec)",
                ],
            }
        ],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(nb, indent=1).encode()


def _same_content(nb_path: str, data: bytes) -> bool:
    """Whether ``nb_path`` is a regular file (not a symlink) holding exactly ``data``."""
    try:
        fd = os.open(nb_path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    with os.fdopen(fd, "rb") as fh:
        return os.path.isfile(nb_path) and fh.read(len(data) + 1) == data


def view_notebook(path: str, notebook: str | None = None, *, force: bool = False) -> str:
    """Write a one-cell notebook that shows ``path``; returns its path.

    The default place is ``FILE``'s stem + ``.ipynb``, or ``FILE.ipynb`` when that is taken by another
    notebook. An existing file there is reused if it is this very notebook; otherwise it is refused
    (:class:`~rerun_nb.io.RecordingFileError`) unless ``force``, which replaces it — atomically, and a symlink
    there is replaced, never written through.
    """
    from .io.atomic import TargetExistsError, write_atomic
    from .io.native import RecordingFileError

    candidates = [notebook] if notebook else [os.path.splitext(path)[0] + ".ipynb", path + ".ipynb"]
    for nb_path in candidates:
        data = _notebook_json(path, nb_path)
        if not os.path.lexists(nb_path) or _same_content(nb_path, data):
            break
    else:
        if not force:
            raise RecordingFileError(
                nb_path, "already exists and is not this recording's notebook: pass --force to replace it"
            )
    if os.path.lexists(nb_path) and _same_content(nb_path, data):
        return nb_path
    try:
        write_atomic(nb_path, data, overwrite=force)
    except TargetExistsError:
        raise RecordingFileError(nb_path, "already exists: pass --force to replace it") from None
    except OSError as e:
        raise RecordingFileError(nb_path, f"cannot write: {e.strerror or e}") from None
    return nb_path


def view(
    path: str, *, notebook: str | None = None, launch: bool = True, force: bool = False, out: Any = None
) -> int:
    """Write the notebook that shows ``path`` (see :func:`view_notebook`) and open it in Jupyter Lab."""
    out = out or sys.stdout
    _load_file(path)  # fail here with a clear error, not in the notebook
    nb_path = view_notebook(path, notebook, force=force)
    print(f"wrote {nb_path}", file=out)
    jupyter = shutil.which("jupyter")
    if not launch or jupyter is None:
        print(
            f"open it with: jupyter lab {nb_path}  (or run rr.notebook_show({path!r}) in any notebook)",
            file=out,
        )
        return 0
    return subprocess.call([jupyter, "lab", nb_path])


def main(argv: list[str] | None = None) -> int:
    from .io.native import RecordingFileError
    from .io.rrd import RerunSdkMissingError

    ap = argparse.ArgumentParser(
        prog="rerun-nb", description="rerun_nb recordings: inspect, convert, view, receive"
    )
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("info", help="what a recording file holds")
    a.add_argument("file")
    a = sub.add_parser("convert", help="convert to .parquet, .rrd or native")
    a.add_argument("file")
    a.add_argument("out")
    a.add_argument("--zstd", action="store_true", help="zstd compression (parquet and native outputs)")
    a = sub.add_parser(
        "view", help="open the recording in a notebook (writes a one-cell .ipynb, starts jupyter lab)"
    )
    a.add_argument("file")
    a.add_argument("-o", "--notebook", help="where to write the notebook (default: next to FILE)")
    a.add_argument("--no-launch", action="store_true", help="only write the notebook")
    a.add_argument("--force", action="store_true", help="replace an existing notebook there")
    from .net.cli import add_serve_parser

    add_serve_parser(sub)
    args = ap.parse_args(argv)
    if args.cmd == "serve":
        return args.func(args)
    try:
        if args.cmd == "info":
            return info(args.file)
        if args.cmd == "convert":
            return convert(args.file, args.out, zstd=args.zstd)
        return view(args.file, notebook=args.notebook, launch=not args.no_launch, force=args.force)
    except (RecordingFileError, RerunSdkMissingError) as e:
        print(f"rerun-nb: error: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # never a traceback for a user's file; RERUN_NB_DEBUG=1 shows it
        if os.environ.get("RERUN_NB_DEBUG"):
            raise
        print(f"rerun-nb: error: {type(e).__name__}: {e}", file=sys.stderr)
        return 2
