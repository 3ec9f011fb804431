"""Scale benchmark, kernel side: a 10 M-point recording (1,000 steps x 10k points), a 5 M-point frame, and the
logging rate with a live viewer attached.

Prints ``name value unit`` lines:

* ``log_10m_s``: time to log the 10 M points (1,000 ``rr.log`` calls);
* ``scrub_query_ms_median`` / ``_p95``: one scrub step (query + delta encoding) at a random time of the 10 M-point
  recording, base = the previous step; ``scrub_reply_bytes``: its buffers (one frame of 10k points);
* ``window_ms``: a playback window of 30 frames (the per-frame cost is this / 30);
* ``frame_5m_query_ms``, ``frame_5m_parts``, ``frame_5m_max_part_bytes``: one 5 M-point frame, split into parts;
* ``rows_per_s_without_viewer`` / ``rows_per_s_with_viewer`` / ``live_ratio``: ``rr.log`` of small rows for 3 s
  with nothing attached, then with a viewer whose view follows (the pusher thread refreshing and a thread playing
  the front end's re-query each time ``data_version`` moves, as the kernel subshell would).

* ``--browser-5m``: only ``browser_5m_*``: that frame drawn in headless Chromium (fake-model page, parts as sent).

Usage: ``python bench/bench_scale.py [--points 10000000] [--steps 1000] [--browser-5m]``.
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time

import numpy as np


def build(points: int, steps: int):
    import rerun_nb as rr

    rec = rr.RecordingStream("scale")
    per = points // steps
    rng = np.random.default_rng(0)
    base = rng.standard_normal((per, 3)).astype(np.float32)
    colors = rng.integers(0, 255, (per, 4), dtype=np.uint8)
    colors[:, 3] = 255
    t0 = time.perf_counter()
    for i in range(steps):
        rec.set_time("frame", sequence=i)
        rec.log("cloud", rr.Points3D(base + np.float32(i * 0.01), colors=colors, radii=0.01))
    rec.store.flush()
    return rec, time.perf_counter() - t0


def scrub(rec, steps: int, n: int = 200) -> dict[str, float]:
    from rerun_nb.viewer.protocol import ProtocolHandler

    h = ProtocolHandler(rec)
    rng = np.random.default_rng(1)
    h.handle({"type": "query", "id": 1, "view": "v", "timeline": "frame", "time": 0})
    ms, nbytes = [], []
    for i in range(2, 2 + n):
        t = int(rng.integers(0, steps))
        t0 = time.perf_counter()
        h.handle({"type": "query", "id": i, "view": "v", "timeline": "frame", "time": t, "base": i - 1})
        ms.append((time.perf_counter() - t0) * 1000)
        nbytes.append(h.last_reply_nbytes)
    t0 = time.perf_counter()
    h.handle(
        {
            "type": "window",
            "id": 1000,
            "view": "v",
            "timeline": "frame",
            "start": 100,
            "end": 129,
            "max_frames": 64,
            "base": 1 + n,
        }
    )
    win = (time.perf_counter() - t0) * 1000
    return {
        "scrub_query_ms_median": statistics.median(ms),
        "scrub_query_ms_p95": float(np.percentile(ms, 95)),
        "scrub_reply_bytes": float(statistics.median(nbytes)),
        "window_30_frames_ms": win,
    }


def big_frame(points: int = 5_000_000) -> dict[str, float]:
    import rerun_nb as rr
    from rerun_nb.viewer.protocol import ProtocolHandler, split_reply

    rec = rr.RecordingStream("big")
    rec.set_time("frame", sequence=0)
    rng = np.random.default_rng(2)
    rec.log("big", rr.Points3D(rng.standard_normal((points, 3)).astype(np.float32), radii=0.01))
    h = ProtocolHandler(rec)
    t0 = time.perf_counter()
    reply, bufs = h.handle({"type": "query", "id": 1, "view": "v", "timeline": "frame", "time": 0})
    parts = split_reply(reply, bufs)
    dt = (time.perf_counter() - t0) * 1000
    return {
        "frame_5m_query_ms": dt,
        "frame_5m_bytes": float(sum(b.nbytes for b in bufs)),
        "frame_5m_parts": float(len(parts)),
        "frame_5m_max_part_bytes": float(max(b[0].nbytes for _, b in parts)),
    }


def _log_for(rec, seconds: float) -> float:
    import rerun_nb as rr

    pts = np.zeros((100, 3), np.float32)
    n = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for _ in range(100):
            rec.set_time("step", sequence=n)
            rec.log("p", rr.Points3D(pts))
            n += 1
    return n / (time.perf_counter() - t0)


def live_rate(seconds: float = 3.0) -> dict[str, float]:
    import rerun_nb as rr
    from rerun_nb.viewer import Viewer, live

    rec0 = rr.RecordingStream("plain")
    without = _log_for(rec0, seconds)

    rec = rr.RecordingStream("live")
    rec.set_time("step", sequence=0)
    rec.log("p", rr.Points3D(np.zeros((100, 3), np.float32)))
    v = Viewer(rec)
    stop = threading.Event()
    answered = [0]

    def front_end() -> None:  # follows the end: re-queries whenever data_version moves
        seen, qid = -1, 1
        while not stop.is_set():
            if v.data_version != seen:
                seen = v.data_version
                tl = {i["name"]: i for i in v.timelines}.get("step")
                t = tl["max"] if tl else 0
                v.handler.handle(
                    {"type": "query", "id": qid + 1, "view": "x", "timeline": "step", "time": t, "base": qid}
                )
                qid += 1
                answered[0] += 1
            time.sleep(0.005)

    v.handler.handle({"type": "query", "id": 1, "view": "x", "timeline": "step", "time": 0})
    live.attach(v, start=True)
    th = threading.Thread(target=front_end, daemon=True)
    th.start()
    with_v = _log_for(rec, seconds)
    stop.set()
    th.join()
    v.close()
    return {
        "rows_per_s_without_viewer": without,
        "rows_per_s_with_viewer": with_v,
        "live_ratio": with_v / without,
        "live_refreshes_per_s": answered[0] / seconds,
    }


HEAP_JS = "() => { const m = performance.memory; return m ? m.usedJSHeapSize : -1; }"


def browser(points: int, steps: int, n: int = 40) -> dict[str, float]:
    """The recording in JupyterLab: scrub ``n`` random steps; JS heap after each (precise memory info)."""
    import importlib.util
    import tempfile
    from pathlib import Path

    import nbformat
    from playwright.sync_api import sync_playwright

    repo = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("bv", repo / "bench/bench_viewer.py")
    bv = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bv)
    hp = bv._helpers()
    per = points // steps
    src = (
        "import numpy as np, rerun_nb as rr\nrr.init('scale')\nrng = np.random.default_rng(0)\n"
        f"base = rng.standard_normal(({per}, 3)).astype(np.float32)\n"
        f"col = rng.integers(0, 255, ({per}, 4), dtype=np.uint8); col[:, 3] = 255\n"
        f"for i in range({steps}):\n    rr.set_time_sequence('frame', i)\n"
        "    rr.log('cloud', rr.Points3D(base + np.float32(i * 0.01), colors=col, radii=0.01))\n"
    )
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as top:
        lab = hp.start_lab(Path(top))
        try:
            nb = nbformat.v4.new_notebook()
            nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
            nb.cells = [
                nbformat.v4.new_code_cell(src),
                nbformat.v4.new_code_cell("viewer = rr.notebook_show()"),
            ]
            nbformat.write(nb, lab.root / "scale.ipynb")
            with sync_playwright() as p:
                b = p.chromium.launch(
                    executable_path=hp.CHROMIUM,
                    headless=True,
                    args=[*hp.CHROMIUM_ARGS, "--enable-precise-memory-info"],
                )
                page = b.new_context(viewport={"width": 1280, "height": 900}).new_page()
                page.set_default_timeout(hp.WAIT_MS)
                hp.open_in_lab(page, lab, "scale.ipynb", "scale")
                hp.run_code_cells(page, 2)
                page.wait_for_function(
                    "() => Number(document.querySelector('.rrnb-root')?.dataset.frames) >= 1"
                )
                heap0 = page.evaluate(HEAP_JS)
                rng = np.random.default_rng(3)
                heaps, ms = [], []
                for _ in range(n // 10):
                    times = [int(x) for x in rng.integers(0, steps, 10)]
                    res = page.evaluate(bv.SCRUB_JS, [times])
                    ms += [r["ms"] for r in res]
                    heaps.append(page.evaluate(HEAP_JS))
                out["browser_scrub_ms_median"] = statistics.median(ms)
                out["browser_scrub_ms_p95"] = float(np.percentile(ms, 95))
                out["js_heap_first_frame_bytes"] = float(heap0)
                out["js_heap_max_while_scrubbing_bytes"] = float(max(heaps))
                out["js_heap_last_bytes"] = float(heaps[-1])
                b.close()
        finally:
            hp.stop_lab(lab)
    return out


def browser_big_frame(points: int = 5_000_000) -> dict[str, float]:
    """One ``points``-point frame (uint8 colours, one radius) in the fake-model page of tests/test_frontend_perf.py
    (headless Chromium, SwiftShader), replies split into parts as the kernel sends them: query -> drawn time, parts,
    JS heap after, and the share of the cloud's square covered by drawn pixels."""
    import sys
    from pathlib import Path

    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    import test_frontend_perf as tp

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=tp.CHROMIUM, headless=True, args=tp.PERF_ARGS)
        fig, k = tp.big_frame_figures(b, points, first_frame_ms=300000)
        k.close()
        b.close()
    return {
        "browser_5m_query_to_drawn_ms": fig["query_to_drawn_ms"],
        "browser_5m_render_ms": fig["render_ms"],
        "browser_5m_parts": float(fig["parts"]),
        "browser_5m_max_part_bytes": float(fig["max_part_bytes"]),
        "browser_5m_drawn_points": float(fig["drawn_points"]),
        "browser_5m_js_heap_bytes": float(fig["heap_bytes"]),
        "browser_5m_coverage_inside": fig["coverage_inside"],
        "browser_5m_coverage_outside": fig["coverage_outside"],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--points", type=int, default=10_000_000)
    ap.add_argument("--steps", type=int, default=1000)
    ap.add_argument("--browser", action="store_true", help="also scrub it in JupyterLab (JS heap, latency)")
    ap.add_argument(
        "--browser-5m", action="store_true", help="only: one 5 M-point frame drawn in headless Chromium"
    )
    args = ap.parse_args()
    out: dict[str, float] = {}
    if args.browser_5m:
        for k, v in browser_big_frame().items():
            print(f"{k} {v:.3f} {'ms' if '_ms' in k else 'B' if 'bytes' in k else ''}".rstrip())
        return
    if args.browser:
        out.update(browser(args.points, args.steps))
    out.update(live_rate())
    rec, dt = build(args.points, args.steps)
    out["log_10m_s"] = dt
    out.update(scrub(rec, args.steps))
    del rec
    out.update(big_frame())
    for k, v in out.items():
        unit = (
            "ms"
            if "_ms" in k
            else "B"
            if "bytes" in k
            else "1/s"
            if k.endswith("per_s")
            else "s"
            if k.endswith("_s")
            else ""
        )
        print(f"{k} {v:.3f} {unit}".rstrip())


if __name__ == "__main__":
    main()
