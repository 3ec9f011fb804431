"""Recordings on disk: save throughput, compaction at close, load time and memory, file size (plain and zstd).

Run: ``python bench/bench_io.py [--gb 1.0] [--dir /tmp]``. Each measurement runs in a fresh subprocess where
memory matters (resident memory after load). Targets (issue "Recordings on disk"): save >= 500 MB/s of array
data; load of a 1 GB recording <= 2 s with resident memory well below the file size; native file <= 1.1x the
raw array bytes.

``rr.disconnect()`` ends the segments written while logging (fsync) and then compacts the file into one Arrow
IPC stream (rerun_nb.io.native.compact: one more pass over the file, written to a temporary file, fsync,
rename); both are timed. The file-size ratio is printed for the segments layout (what a killed writer leaves)
and for the compacted table, whose null columns cost a validity bitmap and 8 bytes of offsets per row — for the
point clouds and for a "mixed" recording of many small rows over entities with different components (the
worst case for the table layout).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np


def _rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def build(gb: float):
    """A recording of ``gb`` GB of arrays: point clouds (positions + colors) sent as columns, 100k points/row."""
    import rerun_nb as rr

    rec = rr.RecordingStream("rerun_example_bench_io", recording_id="bench")
    pts_per_row = 100_000
    row_bytes = pts_per_row * (12 + 4)
    rows = max(1, int(gb * 1e9 / row_bytes))
    rng = np.random.default_rng(0)
    pos = rng.random((pts_per_row * 16, 3), dtype=np.float32)
    col = rng.integers(0, 255, (pts_per_row * 16, 4), dtype=np.uint8)
    sent = 0
    while sent < rows:
        n = min(16, rows - sent)
        rec.send_columns(
            "cloud",
            indexes=[rr.TimeColumn("frame", sequence=np.arange(sent, sent + n))],
            columns=rr.Points3D.columns(
                positions=pos[: n * pts_per_row], colors=col[: n * pts_per_row]
            ).partition(np.full(n, pts_per_row)),
        )
        sent += n
    raw = sum(c.nbytes for c in rec.store.chunks())
    return rec, raw


def child_save(gb: float, path: str, compression: str | None) -> dict:
    rec, raw = build(gb)
    t0 = time.perf_counter()
    rec.save(path, compression=compression)  # writes every chunk logged so far, each handed to the OS
    dt = time.perf_counter() - t0
    writer = rec._sinks[-1].writer
    rec.disconnect()  # + fsync + close, then compaction into one Arrow stream (+ fsync + rename)
    dts = time.perf_counter() - t0
    size = os.path.getsize(path)
    c = writer.compacted
    return {
        "raw_bytes": raw,
        "file_bytes": size,
        "segments_bytes": writer.file_bytes,
        "save_s": dt,
        "save_MBps": raw / dt / 1e6,
        "synced_s": dts,
        "synced_MBps": raw / dts / 1e6,
        "compact_s": c.seconds if c else float("nan"),
        "disconnect_s": dts - dt,
        "ratio": size / raw,
        "segments_ratio": writer.file_bytes / raw,
    }


def child_mixed(path: str) -> dict:
    """Many small rows: 50 entities, each its own components (scalars, transforms, points, text), 2000 steps."""
    import rerun_nb as rr
    from rerun_nb.io.native import NativeWriter

    rec = rr.RecordingStream("rerun_example_bench_mixed", recording_id="mixed")
    rng = np.random.default_rng(0)
    for i in range(2000):
        rec.set_time("frame", sequence=i)
        rec.set_time("sim", duration=i * 0.01)
        for k in range(10):
            rec.log(f"scalars/{k}", rr.Scalars(float(rng.random())))
            rec.log(
                f"robot/link{k}",
                rr.Transform3D(translation=rng.random(3), rotation=rr.Quaternion(xyzw=[0, 0, 0, 1])),
            )
            rec.log(f"points/{k}", rr.Points3D(rng.random((20, 3)), radii=0.01))
            rec.log(f"boxes/{k}", rr.Boxes3D(half_sizes=rng.random((3, 3)), colors=[255, 0, 0]))
            if i % 50 == 0:
                rec.log(f"log/{k}", rr.TextLog(f"step {i}", level="INFO"))
    rec.flush()
    raw = sum(c.nbytes for c in rec.store.chunks())
    w = NativeWriter(path, rec.application_id, rec.recording_id)
    for c in rec.store.chunks():
        w.write(c, rec.store.timeline_kinds)
    w.close_stream()
    seg = os.path.getsize(path)
    t0 = time.perf_counter()
    w.finish()
    dt = time.perf_counter() - t0
    size = os.path.getsize(path)
    cols = w.compacted.columns if w.compacted else 0
    return {
        "raw_bytes": raw,
        "rows": rec.store.num_rows,
        "chunks": len(rec.store.chunks()),
        "columns": cols,
        "segments_ratio": seg / raw,
        "ratio": size / raw,
        "compact_s": dt,
    }


def child_load(path: str) -> dict:
    import rerun_nb as rr

    rss0 = _rss_mb()
    t0 = time.perf_counter()
    rec = rr.load(path)
    dt = time.perf_counter() - t0
    rss1 = _rss_mb()
    t1 = time.perf_counter()
    rec.latest_at("cloud", timeline="frame", time=3)
    q = time.perf_counter() - t1
    return {"load_s": dt, "rss_growth_MB": rss1 - rss0, "first_query_s": q, "rows": rec.store.num_rows}


def _run_child(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _drop_page_cache_note() -> str:
    return "(file in the OS page cache: load measures mapping + decoding + indexing, not the disk)"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gb", type=float, default=1.0)
    ap.add_argument("--dir", default=None)
    ap.add_argument("--child", choices=["save", "load", "mixed"])
    ap.add_argument("--path")
    ap.add_argument("--compression", default=None)
    a = ap.parse_args()
    if a.child == "save":
        print(json.dumps(child_save(a.gb, a.path, a.compression)))
        return
    if a.child == "load":
        print(json.dumps(child_load(a.path)))
        return
    if a.child == "mixed":
        print(json.dumps(child_mixed(a.path)))
        return
    d = tempfile.mkdtemp(dir=a.dir)
    plain, z = os.path.join(d, "bench.rnb"), os.path.join(d, "bench_zstd.rnb")
    s = _run_child(["--child", "save", "--gb", str(a.gb), "--path", plain])
    ld = _run_child(["--child", "load", "--path", plain])
    mx = _run_child(["--child", "mixed", "--path", os.path.join(d, "mixed.rnb")])
    zs = _run_child(["--child", "save", "--gb", str(a.gb), "--path", z, "--compression", "zstd"])
    zl = _run_child(["--child", "load", "--path", z])
    print(
        f"recording: {s['raw_bytes'] / 1e9:.2f} GB of arrays (point clouds: float32 positions + RGBA colors)"
    )
    print(
        f"save   plain: {s['save_s']:.2f} s = {s['save_MBps']:.0f} MB/s written to the OS (target >= 500); "
        f"rr.disconnect() {s['disconnect_s']:.2f} s (fsync + compaction {s['compact_s']:.2f} s), save to "
        f"disconnect {s['synced_s']:.2f} s = {s['synced_MBps']:.0f} MB/s"
    )
    print(
        f"size   plain: compacted {s['file_bytes'] / 1e9:.3f} GB = {s['ratio']:.4f}x raw (target <= 1.1); "
        f"segments (before compaction) {s['segments_ratio']:.4f}x"
    )
    print(
        f"load   plain: {ld['load_s']:.3f} s (target <= 2)  resident +{ld['rss_growth_MB']:.0f} MB for a "
        f"{s['file_bytes'] / 1e6:.0f} MB file (memory-mapped)  first query {ld['first_query_s'] * 1e3:.1f} ms "
        f"{_drop_page_cache_note()}"
    )
    print(
        f"save   zstd:  {zs['save_s']:.2f} s = {zs['save_MBps']:.0f} MB/s   file {zs['file_bytes'] / 1e9:.3f} GB = "
        f"{zs['ratio']:.3f}x raw (random data compresses little; real clouds compress more)"
    )
    print(
        f"load   zstd:  {zl['load_s']:.3f} s  resident +{zl['rss_growth_MB']:.0f} MB (decompressed: a copy)"
    )
    print(
        f"mixed:        {mx['rows']} small rows in {mx['chunks']} chunks, {mx['raw_bytes'] / 1e6:.1f} MB raw, "
        f"{mx['columns']} table columns: segments {mx['segments_ratio']:.3f}x raw, compacted {mx['ratio']:.3f}x "
        f"raw (null columns), compaction {mx['compact_s']:.2f} s"
    )
    for p in (plain, z, os.path.join(d, "mixed.rnb")):
        os.remove(p)
    os.rmdir(d)


if __name__ == "__main__":
    main()
