"""Benchmarks of the core SDK, side by side with rerun-sdk when it is importable.

    python bench/run.py [workload ...] [--repeat 3] [--no-rerun]

Prints ``name value unit`` lines: medians over ``--repeat`` runs, then, for each workload that rerun-sdk also
ran in this same process, ``name.ratio_vs_rerun x``. rerun-sdk logs to a file in a temp dir (as measured in the
issue); rerun_nb logs into its in-kernel store. Workloads: tutorial, points100, transforms, big_points,
scalars, send_columns, latest_at_scene, memory, anyvalues, mesh3d.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from math import tau
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import rerun_nb

try:
    import rerun  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    rerun = None


def _start(lib, name):
    if lib is rerun_nb:
        lib.init(name)
        return lambda: None
    tmp = tempfile.mkdtemp()
    lib.init(name)
    lib.save(str(Path(tmp) / "bench.rrd"))
    return lambda: lib.disconnect()


def w_tutorial(lib):
    """The whole DNA tutorial (static spirals, 400 bead steps, 400 transforms)."""
    from rerun_nb.utilities import bounce_lerp, build_color_spiral

    stop = _start(lib, "bench_tutorial")
    t0 = time.perf_counter()
    lib.set_time("stable_time", duration=0)
    p1, c1 = build_color_spiral(100)
    p2, c2 = build_color_spiral(100, angular_offset=tau * 0.5)
    lib.log("dna/structure/left", lib.Points3D(p1, colors=c1, radii=0.08))
    lib.log("dna/structure/right", lib.Points3D(p2, colors=c2, radii=0.08))
    lib.log("dna/structure/scaffolding", lib.LineStrips3D(np.stack((p1, p2), axis=1), colors=[128, 128, 128]))
    offs = np.random.rand(100)
    for i in range(400):
        t = i * 0.01
        lib.set_time("stable_time", duration=t)
        times = np.repeat(t, 100) + offs
        beads = [bounce_lerp(p1[n], p2[n], times[n]) for n in range(100)]
        colors = [[int(bounce_lerp(80, 230, times[n] * 2))] for n in range(100)]
        lib.log(
            "dna/structure/scaffolding/beads",
            lib.Points3D(beads, radii=0.06, colors=np.repeat(colors, 3, axis=-1)),
        )
    for i in range(400):
        t = i * 0.01
        lib.set_time("stable_time", duration=t)
        lib.log(
            "dna/structure",
            lib.Transform3D(rotation=lib.RotationAxisAngle(axis=[0, 0, 1], radians=t / 4.0 * tau)),
        )
    dt = time.perf_counter() - t0
    stop()
    return dt, "s", dt


def w_points100(lib, n=20_000):
    stop = _start(lib, "bench_points")
    pts = np.random.rand(100, 3).astype(np.float32)
    col = (np.random.rand(100, 3) * 255).astype(np.uint8)
    t0 = time.perf_counter()
    for i in range(n):
        lib.set_time("step", sequence=i)
        lib.log("points", lib.Points3D(pts, colors=col, radii=0.1))
    dt = time.perf_counter() - t0
    stop()
    return n / dt, "calls/s", dt


def w_anyvalues(lib, n=20_000):
    """AnyValues with a float array, a string and an int per call (user components, stored not drawn)."""
    stop = _start(lib, "bench_anyvalues")
    conf = np.random.rand(100)
    t0 = time.perf_counter()
    for i in range(n):
        lib.set_time("step", sequence=i)
        lib.log("stats", lib.AnyValues(confidence=conf, label="car", count=i))
    dt = time.perf_counter() - t0
    stop()
    return n / dt, "calls/s", dt


def w_mesh3d(lib, n=5_000):
    """A 1,000-vertex Mesh3D (positions, triangle indices, normals, vertex colours) per call."""
    if not hasattr(lib, "Mesh3D"):
        return None
    stop = _start(lib, "bench_mesh3d")
    pos = np.random.rand(1_000, 3).astype(np.float32)
    idx = np.random.randint(0, 1_000, (2_000, 3)).astype(np.uint32)
    nrm = np.random.rand(1_000, 3).astype(np.float32)
    col = (np.random.rand(1_000, 3) * 255).astype(np.uint8)
    t0 = time.perf_counter()
    for i in range(n):
        lib.set_time("step", sequence=i)
        lib.log(
            "mesh",
            lib.Mesh3D(vertex_positions=pos, triangle_indices=idx, vertex_normals=nrm, vertex_colors=col),
        )
    dt = time.perf_counter() - t0
    stop()
    return n / dt, "calls/s", dt


def w_transforms(lib, n=20_000):
    stop = _start(lib, "bench_transforms")
    t0 = time.perf_counter()
    for i in range(n):
        lib.set_time("step", sequence=i)
        lib.log("tf", lib.Transform3D(rotation=lib.RotationAxisAngle(axis=[0, 0, 1], radians=i * 0.001)))
    dt = time.perf_counter() - t0
    stop()
    return n / dt, "calls/s", dt


def w_big_points(lib, n=50, size=1_000_000):
    stop = _start(lib, "bench_big")
    pts = np.random.rand(size, 3).astype(np.float32)
    col = (np.random.rand(size, 3) * 255).astype(np.uint8)
    t0 = time.perf_counter()
    for i in range(n):
        lib.set_time("step", sequence=i)
        lib.log("cloud", lib.Points3D(pts, colors=col, radii=0.01))
    dt = time.perf_counter() - t0
    stop()
    return n * size / dt / 1e6, "Mpoints/s", dt


def w_scalars(lib, n=100_000):
    stop = _start(lib, "bench_scalars")
    t0 = time.perf_counter()
    for i in range(n):
        lib.set_time("step", sequence=i)
        lib.log("scalar", lib.Scalars(float(i)))
    dt = time.perf_counter() - t0
    stop()
    return n / dt, "calls/s", dt


def w_send_columns(lib, rows=20_000, per=100):
    stop = _start(lib, "bench_columns")
    pts = np.random.rand(rows * per, 3).astype(np.float32)
    t0 = time.perf_counter()
    lib.send_columns(
        "points",
        indexes=[lib.TimeColumn("step", sequence=np.arange(rows))],
        columns=lib.Points3D.columns(positions=pts).partition(lengths=np.full(rows, per)),
    )
    dt = time.perf_counter() - t0
    stop()
    return rows * per / dt / 1e6, "Mpoints/s", dt


def w_latest_at_scene(lib, n=100):
    if lib is not rerun_nb:
        return None
    w_tutorial(lib)
    rec = lib.get_global_data_recording()
    rec.scene(timeline="stable_time", time=0.0)  # seal pending rows
    times = np.random.rand(n) * 4.0
    samples = []
    for t in times:
        t0 = time.perf_counter()
        rec.scene(timeline="stable_time", time=float(t))
        samples.append(time.perf_counter() - t0)
    ms = statistics.median(samples) * 1e3
    return ms, "ms", sum(samples)


def w_memory(lib, n=20_000):
    """Store bytes / raw bytes of the logged arrays (100-point Points3D, uint8 RGB colors, one radius)."""
    if lib is not rerun_nb:
        return None
    lib.init("bench_memory")
    rec = lib.get_global_data_recording()
    pts = np.random.rand(100, 3).astype(np.float32)
    col = (np.random.rand(100, 3) * 255).astype(np.uint8)
    for i in range(n):
        lib.set_time("step", sequence=i)
        lib.log("points", lib.Points3D(pts, colors=col, radii=0.1))
    raw = n * (pts.nbytes + col.nbytes + 4)
    chunks = rec.store.chunks()
    stored = sum(c.nbytes for c in chunks)
    # Index arrays: 4 int arrays per (component, timeline) entry.
    index = sum(
        g.buf.nbytes
        for ci in rec.store._index.values()
        for ti in ci.timelines.values()
        for g in (ti.times, ti.row_ids, ti.chunk_ids, ti.rows)
    )
    return (stored + index) / raw, "x raw", 0.0


WORKLOADS = {
    "tutorial": w_tutorial,
    "points100": w_points100,
    "transforms": w_transforms,
    "anyvalues": w_anyvalues,
    "mesh3d": w_mesh3d,
    "big_points": w_big_points,
    "scalars": w_scalars,
    "send_columns": w_send_columns,
    "latest_at_scene": w_latest_at_scene,
    "memory": w_memory,
}
HIGHER_IS_BETTER = {"calls/s", "Mpoints/s"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("workloads", nargs="*", default=list(WORKLOADS))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-rerun", action="store_true", help="skip the rerun-sdk side")
    args = ap.parse_args(argv)
    libs = [("rerun_nb", rerun_nb)]
    if rerun is not None and not args.no_rerun:
        libs.append((f"rerun-sdk {rerun.__version__}", rerun))
    else:
        print("# rerun-sdk not importable: rerun_nb only")
    for name in args.workloads:
        fn = WORKLOADS[name]
        results = {}
        for label, lib in libs:
            vals = []
            unit = ""
            for _ in range(args.repeat):
                gc.collect()
                r = fn(lib)
                if r is None:
                    break
                vals.append(r[0])
                unit = r[1]
            if vals:
                med = statistics.median(vals)
                results[label] = med
                tag = "" if lib is rerun_nb else ".rerun_sdk"
                print(f"{name}{tag} {med:.6g} {unit}", flush=True)
        if len(results) == 2:
            ours, theirs = results["rerun_nb"], next(v for k, v in results.items() if k != "rerun_nb")
            ratio = ours / theirs if unit in HIGHER_IS_BETTER else theirs / ours
            print(f"{name}.ratio_vs_rerun {ratio:.2f} x (>1 = rerun_nb faster)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
