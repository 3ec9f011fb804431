"""Recordings on disk: save throughput, load time and memory, file size (plain and zstd).

Run: ``python bench/bench_io.py [--gb 1.0] [--dir /tmp]``. Each measurement runs in a fresh subprocess where
memory matters (resident memory after load). Targets (issue "Recordings on disk"): save >= 500 MB/s of array
data; load of a 1 GB recording <= 2 s with resident memory well below the file size; native file <= 1.1x the
raw array bytes.
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
    rec.disconnect()  # + fsync + close: waits for the storage device
    dts = time.perf_counter() - t0
    size = os.path.getsize(path)
    return {
        "raw_bytes": raw,
        "file_bytes": size,
        "save_s": dt,
        "save_MBps": raw / dt / 1e6,
        "synced_s": dts,
        "synced_MBps": raw / dts / 1e6,
        "ratio": size / raw,
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
    ap.add_argument("--child", choices=["save", "load"])
    ap.add_argument("--path")
    ap.add_argument("--compression", default=None)
    a = ap.parse_args()
    if a.child == "save":
        print(json.dumps(child_save(a.gb, a.path, a.compression)))
        return
    if a.child == "load":
        print(json.dumps(child_load(a.path)))
        return
    d = tempfile.mkdtemp(dir=a.dir)
    plain, z = os.path.join(d, "bench.rnb"), os.path.join(d, "bench_zstd.rnb")
    s = _run_child(["--child", "save", "--gb", str(a.gb), "--path", plain])
    ld = _run_child(["--child", "load", "--path", plain])
    zs = _run_child(["--child", "save", "--gb", str(a.gb), "--path", z, "--compression", "zstd"])
    zl = _run_child(["--child", "load", "--path", z])
    print(
        f"recording: {s['raw_bytes'] / 1e9:.2f} GB of arrays (point clouds: float32 positions + RGBA colors)"
    )
    print(
        f"save   plain: {s['save_s']:.2f} s = {s['save_MBps']:.0f} MB/s written to the OS (target >= 500); "
        f"with fsync {s['synced_s']:.2f} s = {s['synced_MBps']:.0f} MB/s (the device)   "
        f"file {s['file_bytes'] / 1e9:.3f} GB = {s['ratio']:.4f}x raw (target <= 1.1)"
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
    for p in (plain, z):
        os.remove(p)
    os.rmdir(d)


if __name__ == "__main__":
    main()
