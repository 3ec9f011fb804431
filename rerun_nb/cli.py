"""The command line: ``python -m rerun_nb`` / ``rerun-nb``.

* ``info FILE`` — application, recording id, entities (rows, components), timelines with their ranges, row
  counts, file and array sizes.
* ``convert FILE OUT`` — ``OUT.parquet`` (one row per logged row, what ``rerun_nb.read_table`` gives: polars,
  DuckDB, pandas open it), ``OUT.rrd`` (Rerun's format, needs rerun-sdk) or a native file (any other extension;
  ``--zstd`` compresses it).
* ``view FILE`` — opens the file in a notebook: writes ``FILE.ipynb`` (next to the file, or ``-o NOTEBOOK``)
  with one cell, ``rerun_nb.notebook_show("FILE")``, and starts ``jupyter lab`` on it (``--no-launch``: only
  write the notebook and print how to open it). In a notebook you can skip the CLI:
  ``rr.notebook_show("FILE")``.
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
    import pyarrow.parquet as pq

    from .io import _is_rrd, read_table
    from .io.native import NativeWriter

    out = out or sys.stdout
    low = dst.lower()
    if low.endswith(".parquet") or low.endswith(".pq"):
        t = read_table(src)
        pq.write_table(t, dst, compression="zstd" if zstd else "snappy")
        print(f"wrote {dst}: {t.num_rows} rows, {t.num_columns} columns", file=out)
        return 0
    f, _ = _load_file(src)
    if _is_rrd(dst, None):
        from .io.rrd import write_rrd

        write_rrd(f.chunks, dst, f.application_id, f.recording_id, f.timeline_kinds)
    else:
        w = NativeWriter(dst, f.application_id, f.recording_id, compression="zstd" if zstd else None)
        try:
            for c in f.chunks:
                w.write(c, f.timeline_kinds)
        finally:
            w.close()
    print(f"wrote {dst}: {sum(c.num_rows for c in f.chunks)} rows in {len(f.chunks)} chunks", file=out)
    return 0


def view_notebook(path: str, notebook: str | None = None) -> str:
    """Write a one-cell notebook that shows ``path``; returns its path."""
    nb_path = notebook or os.path.splitext(path)[0] + ".ipynb"
    if os.path.exists(nb_path) and notebook is None:
        nb_path = path + ".ipynb"
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
    with open(nb_path, "w") as fh:
        json.dump(nb, fh, indent=1)
    return nb_path


def view(path: str, *, notebook: str | None = None, launch: bool = True, out: Any = None) -> int:
    out = out or sys.stdout
    _load_file(path)  # fail here with a clear error, not in the notebook
    nb_path = view_notebook(path, notebook)
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
        return view(args.file, notebook=args.notebook, launch=not args.no_launch)
    except (RecordingFileError, RerunSdkMissingError) as e:
        print(f"rerun-nb: error: {e}", file=sys.stderr)
        return 2
