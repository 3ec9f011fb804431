"""Render benchmarks (pygfx in the kernel): ``python bench/bench_render.py [--frames 400] [--size 800x600]``.

Prints: the first snapshot of the tutorial (device set-up included), warm snapshots (median, PNG and array),
the CPU side of a frame (``SceneBuilder.update``: every visual built, then one time step), video encoding speed for the tutorial's 400 steps (one frame per logged time), and what the static notebook
picture costs the display call (cold: schedules a background render; warm: served from the cache).
Targets (issue "Pictures from the kernel"): warm snapshot <= 150 ms at 800x600, video >= 10 frames/s,
display call < 50 ms.
"""

from __future__ import annotations

import argparse
import base64
import os
import statistics
import sys
import tempfile
import time
from math import tau

import numpy as np

import rerun_nb as rr
from rerun_nb.utilities import bounce_lerp, build_color_spiral


def tutorial() -> rr.RecordingStream:
    rng = np.random.default_rng(0)
    rec = rr.RecordingStream("rerun_example_dna_abacus")
    rec.set_time_seconds("stable_time", 0)
    n = 100
    p1, c1 = build_color_spiral(n)
    p2, c2 = build_color_spiral(n, angular_offset=tau * 0.5)
    rec.log("dna/structure/left", rr.Points3D(p1, colors=c1, radii=0.08))
    rec.log("dna/structure/right", rr.Points3D(p2, colors=c2, radii=0.08))
    rec.log("dna/structure/scaffolding", rr.LineStrips3D(np.stack((p1, p2), axis=1), colors=[128, 128, 128]))
    offsets = rng.random(n)
    for i in range(400):
        t = i * 0.01
        rec.set_time_seconds("stable_time", t)
        times = np.repeat(t, n) + offsets
        beads = [bounce_lerp(p1[k], p2[k], times[k]) for k in range(n)]
        colors = [[int(bounce_lerp(80, 230, times[k] * 2))] for k in range(n)]
        rec.log(
            "dna/structure/scaffolding/beads", rr.Points3D(beads, radii=0.06, colors=np.repeat(colors, 3, -1))
        )
    for i in range(400):
        t = i * 0.01
        rec.set_time_seconds("stable_time", t)
        rec.log(
            "dna/structure",
            rr.Transform3D(rotation=rr.RotationAxisAngle(axis=[0, 0, 1], radians=t / 4 * tau)),
        )
    return rec


def bench_scene_builder(rec: rr.RecordingStream, ts: np.ndarray) -> None:
    """Print the CPU cost of keeping a pygfx scene in step: a fresh builder, then one time step at a time."""
    from rerun_nb.render.scene_builder import SceneBuilder

    scenes = [rec.scene(timeline="stable_time", time=float(t)) for t in ts]
    build_t, step_t = [], []
    for _ in range(5):
        b = SceneBuilder()
        t0 = time.perf_counter()
        b.update(scenes[0])
        build_t.append(time.perf_counter() - t0)
        for s in scenes[1:]:
            t0 = time.perf_counter()
            b.update(s)
            step_t.append(time.perf_counter() - t0)
    print(
        f"scene builder (CPU): all visuals built median {statistics.median(build_t) * 1e3:.1f} ms, "
        f"time step median {statistics.median(step_t) * 1e3:.2f} ms"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--frames", type=int, default=400)
    ap.add_argument("--size", default="800x600")
    ap.add_argument("--repeats", type=int, default=15)
    a = ap.parse_args()
    w, h = (int(x) for x in a.size.split("x"))
    from rerun_nb.render import unavailable_reason

    t0 = time.perf_counter()
    why = unavailable_reason()
    t_adapter = time.perf_counter() - t0
    if why:
        print(f"no renderer: {why}")
        return 1
    import wgpu

    info = wgpu.gpu.request_adapter_sync().info
    print(
        f"adapter: {info.get('device')} ({info.get('adapter_type')}, {info.get('backend_type')}); "
        f"{os.cpu_count()} CPUs; load avg {os.getloadavg()[0]:.1f}"
    )
    rec = tutorial()
    from rerun_nb.render.snapshot import snapshot_array, snapshot_png

    t0 = time.perf_counter()
    snapshot_png(rec, timeline="stable_time", time=0.0, width=w, height=h)
    first = time.perf_counter() - t0
    print(
        f"first snapshot {w}x{h} (import pygfx + device + pipelines): {first * 1e3:.0f} ms "
        f"(+ adapter check {t_adapter * 1e3:.0f} ms)"
    )
    ts = np.linspace(0.0, 3.99, a.repeats)
    for warm in range(3):  # pipelines for every object kind compiled
        snapshot_png(rec, timeline="stable_time", time=float(ts[warm]), width=w, height=h)
    png_t, arr_t = [], []
    for t in ts:
        t0 = time.perf_counter()
        snapshot_png(rec, timeline="stable_time", time=float(t), width=w, height=h)
        png_t.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        snapshot_array(rec, timeline="stable_time", time=float(t) + 0.005, width=w, height=h)
        arr_t.append(time.perf_counter() - t0)
    print(
        f"warm snapshot {w}x{h}: PNG median {statistics.median(png_t) * 1e3:.0f} ms "
        f"(min {min(png_t) * 1e3:.0f}), array median {statistics.median(arr_t) * 1e3:.0f} ms "
        f"(min {min(arr_t) * 1e3:.0f})   target <= 150 ms"
    )

    bench_scene_builder(rec, ts)

    times = rec.timeline_times("stable_time")[: a.frames]
    with tempfile.TemporaryDirectory() as d:
        t0 = time.perf_counter()
        out = rec.to_video(
            os.path.join(d, "dna.mp4"), timeline="stable_time", times=times, width=w, height=h, progress=False
        )
        dt = time.perf_counter() - t0
        size = os.path.getsize(out)
    print(
        f"video {len(times)} frames {w}x{h} mp4: {dt:.1f} s = {len(times) / dt:.1f} frames/s, "
        f"{size / 1e6:.1f} MB   target >= 10 frames/s"
    )

    from rerun_nb.render import notebook

    rec2 = tutorial()
    t0 = time.perf_counter()
    png = notebook.picture_for_display(rec2, "stable_time", 2.0, None, 640, 480)
    cold = time.perf_counter() - t0
    assert png is None
    fut = notebook.render_in_background(rec2, "stable_time", 2.0, None, 640, 480)
    t0 = time.perf_counter()
    fut.result()
    bg = time.perf_counter() - t0
    t0 = time.perf_counter()
    png = notebook.picture_for_display(rec2, "stable_time", 2.0, None, 640, 480)
    b64 = base64.b64encode(png).decode()
    warm = time.perf_counter() - t0
    print(
        f"notebook picture, display call: cold {cold * 1e3:.1f} ms (render goes to a thread, "
        f"done {bg * 1e3:.0f} ms later), warm {warm * 1e3:.1f} ms incl. base64 ({len(b64) / 1e3:.0f} kB)"
        f"   target < 50 ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
