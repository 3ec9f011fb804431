"""Kernel side of the views (issue 11 targets), no browser: printed as ``name value unit`` lines by
``python bench/bench_viewer.py`` (and alone: ``python bench/bench_views.py``).

* ``push_ms``: from ``viewer.time = t`` (Python) to the pushed scene handed to the comm, median over 200 sets
  on the mixed recording of issue 11 with two spatial views open (3D and 2D);
* ``series_1m_first_ms`` / ``series_1m_ms`` / ``series_1m_bytes``: a ``series`` request over 1,000,000 scalars
  (640 px wide): the first (builds the cache), then the median of 20 over random zoom windows, and the reply's
  buffer bytes for the whole range;
* ``text_log_200k_first_ms`` / ``text_log_200k_cursor_ms``: a ``text_log`` request over 200,000 entries at the
  cursor (the first builds the index; then the median of 200 cursor moves, level filter on).
"""

from __future__ import annotations

import statistics
import time

import numpy as np


def _ms(f) -> float:
    t0 = time.perf_counter()
    f()
    return (time.perf_counter() - t0) * 1e3


def _mixed(rr, steps: int = 200):
    rec = rr.RecordingStream("bench_views_mixed")
    rng = np.random.default_rng(0)
    for i in range(steps):
        rec.set_time("step", sequence=i)
        rec.log("world/points", rr.Points3D(rng.random((1000, 3))))
        rec.log("world/box", rr.Boxes3D(half_sizes=[1, 1, 1]))
        rec.log("world/arrows", rr.Arrows3D(vectors=[[1, 0, 0]]))
        rec.log("loss", rr.Scalars(1.0 / (i + 1)))
        rec.log("log", rr.TextLog(f"step {i}"))
        rec.log("image/points", rr.Points2D(rng.random((100, 2)) * 100))
    return rec


def _space(layout: dict, cls: str) -> str:
    stack = [layout["root"]]
    while stack:
        n = stack.pop()
        if n["type"] == "view" and n["class"] == cls:
            return n["id"]
        stack.extend(n.get("children", []))
    raise KeyError(cls)


def push_ms(rr, n: int = 200) -> float:
    from rerun_nb.viewer import Viewer

    v = Viewer(_mixed(rr), timeline="step", time=0)
    t_sent: list[float] = []
    v.send = lambda content, buffers=None: t_sent.append(time.perf_counter())
    for cls in ("3D", "2D"):
        sid = _space(v.view_layout, cls)
        v.handler.handle(
            {"type": "query", "id": 1, "view": f"w/{sid}", "space": sid, "timeline": "step", "time": 0}
        )
    out = []
    for k in range(n):
        t_sent.clear()
        t0 = time.perf_counter()
        v.time = float(1 + (k * 37) % 199)  # never the time it is at
        out.append((t_sent[-1] - t0) * 1e3)
    v.close()
    return statistics.median(out)


def series_1m(rr) -> dict[str, float]:
    from rerun_nb.viewer import Viewer

    rec = rr.RecordingStream("bench_views_series")
    n = 1_000_000
    steps = np.arange(n)
    y = np.random.default_rng(0).standard_normal(n).cumsum()
    rec.send_columns(
        "loss", indexes=[rr.TimeColumn("step", sequence=steps)], columns=rr.Scalars.columns(scalars=y)
    )
    v = Viewer(rec)
    sid = _space(v.view_layout, "TimeSeries")
    msg = {"type": "series", "id": 1, "view": "w/" + sid, "space": sid, "timeline": "step", "width": 640,
           "start": None, "end": None}  # fmt: skip
    box: dict = {}
    first = _ms(lambda: box.update(r=v.handler.handle(msg)))
    nbytes = sum(b.nbytes for b in box["r"][1])
    rng = np.random.default_rng(1)
    times = []
    for _ in range(20):
        a, b = sorted(rng.integers(0, n, 2).tolist())
        times.append(_ms(lambda a=a, b=b: v.handler.handle({**msg, "start": a, "end": b})))
    v.close()
    return {"series_1m_first_ms": first, "series_1m_ms": statistics.median(times), "series_1m_bytes": nbytes}


def text_log_200k(rr) -> dict[str, float]:
    from rerun_nb.viewer import Viewer

    rec = rr.RecordingStream("bench_views_text")
    n = 200_000
    levels = ["INFO", "WARN", "DEBUG", "ERROR"]
    rec.send_columns(
        "log",
        indexes=[rr.TimeColumn("step", sequence=np.arange(n))],
        columns=rr.TextLog.columns(
            text=[f"entry {i}" for i in range(n)], level=[levels[i % 4] for i in range(n)]
        ),
    )
    v = Viewer(rec)
    sid = _space(v.view_layout, "TextLog")
    msg = {"type": "text_log", "id": 1, "view": "w/" + sid, "space": sid, "timeline": "step", "offset": None,
           "limit": 100, "levels": ["INFO", "WARN", "ERROR"]}  # fmt: skip
    first = _ms(lambda: v.handler.handle({**msg, "time": 0}))
    rng = np.random.default_rng(2)
    times = [_ms(lambda t=t: v.handler.handle({**msg, "time": int(t)})) for t in rng.integers(0, n, 200)]
    v.close()
    return {"text_log_200k_first_ms": first, "text_log_200k_cursor_ms": statistics.median(times)}


def views_kernel_side() -> dict[str, float]:
    """Every figure of this module."""
    import rerun_nb as rr

    res = {"push_ms": push_ms(rr)}
    res.update(series_1m(rr))
    res.update(text_log_200k(rr))
    return res


if __name__ == "__main__":
    for k, val in views_kernel_side().items():
        print(f"{k} {val:.2f} {'bytes' if k.endswith('bytes') else 'ms'}")
