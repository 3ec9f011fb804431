"""Benchmarks of logging from other processes (rr.connect → rr.serve), over loopback.

    python bench/bench_net.py [throughput throughput4 columns latency] [--quick]

Prints ``name value unit`` lines and writes ``bench/out/net.json``; when a previous ``net.json`` exists, also
``name.ratio_vs_previous``. Every client is a separate Python process logging with ``import rerun_nb as rr``;
the server runs in this process (as in a kernel) and measures on its side, with one clock for both ends:

* ``throughput``: one client logs 150 rows of 100k points (positions float32 + colors RGBA: 1.6 MB of array
  data per row). MB/s = array bytes received / (last row queryable here − first ``rr.log`` in the client).
  Target: >= 300 MB/s.
* ``throughput4``: four such clients at once, aggregated. Target: >= 80 % of ``throughput``.
* ``columns``: one client sends the same data with ``rr.send_columns`` (16 rows per call): the network path
  without the per-row cost of ``rr.log`` and the store's row batching in the client.
* ``latency``: one client logs a small Points3D row at 100 rows/s for 4 s; latency = time the row is
  queryable here − its ``log_time`` (stamped in ``rr.log``). Target: median <= 20 ms.
* server CPU: CPU time of this process (gRPC threads: receive, check, decode, validate, row-id remap, index)
  per row and per MB.

The transport is Arrow Flight (gRPC) since issue 14; the framed-TCP figures it replaced are in the issue note.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import rerun_nb as rr  # noqa: E402
from rerun_nb.net import Server  # noqa: E402

BIG_CLIENT = """
import sys, numpy as np
import rerun_nb as rr
addr, rows, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rr.init("rerun_example_bench_net")
rr.connect(addr, flush_timeout_sec=60)  # a loaded machine may need more than 2 s to drain
pos = np.random.rand(n, 3).astype(np.float32)
col = np.random.randint(0, 255, (n, 4), dtype=np.uint8)
print("ready", flush=True)
sys.stdin.readline()
for i in range(rows):
    rr.set_time("frame", sequence=i)
    rr.log("cloud", rr.Points3D(pos, colors=col))
rr.disconnect()
"""

COLUMNS_CLIENT = """
import sys, numpy as np
import rerun_nb as rr
addr, rows, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rr.init("rerun_example_bench_net")
rr.connect(addr, flush_timeout_sec=60)  # a loaded machine may need more than 2 s to drain
per = 16
pos = np.random.rand(n * per, 3).astype(np.float32)
col = np.random.randint(0, 255, (n * per, 4), dtype=np.uint8)
cols = rr.Points3D.columns(positions=pos, colors=col).partition([n] * per)
print("ready", flush=True)
sys.stdin.readline()
for i in range(0, rows, per):
    rr.send_columns("cloud", indexes=[rr.TimeColumn("frame", sequence=np.arange(i, i + per))], columns=cols)
rr.disconnect()
"""

RATE_CLIENT = """
import sys, time
import rerun_nb as rr
addr, rate, seconds = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
rr.init("rerun_example_bench_net")
rr.connect(addr, flush_timeout_sec=60)  # a loaded machine may need more than 2 s to drain
print("ready", flush=True)
sys.stdin.readline()
t0 = time.perf_counter()
n = int(rate * seconds)
for i in range(n):
    target = t0 + i / rate
    while True:
        d = target - time.perf_counter()
        if d <= 0:
            break
        time.sleep(d)
    rr.set_time("frame", sequence=i)
    rr.log("probe", rr.Points3D([[i, 0, 0]], radii=0.1))
rr.disconnect()
"""


class Probe:
    """A store subscriber on the server side: when each chunk became queryable, and its rows' log_time."""

    def __init__(self, rec: rr.RecordingStream) -> None:
        self.arrivals: list[tuple[int, np.ndarray | None, int]] = []
        self._lock = threading.Lock()
        self.unsubscribe = rec.store.subscribe(self._on, replay=False)

    def _on(self, chunk) -> None:
        t = time.time_ns()
        with self._lock:
            self.arrivals.append((t, chunk.timelines.get("log_time"), chunk.nbytes))


def _spawn(code: str, *args: str) -> subprocess.Popen:
    p = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert p.stdout.readline().strip() == "ready"
    return p


def _run_clients(srv: Server, code: str, argsets: list[list[str]]) -> None:
    procs = [_spawn(code, *a) for a in argsets]
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    for p in procs:
        p.stdin.close()
        if p.wait(timeout=600) != 0:
            raise RuntimeError("a bench client failed")


def bench_throughput(clients: int, rows: int, n: int, code: str = BIG_CLIENT) -> dict[str, float]:
    rec = rr.RecordingStream("bench")
    with Server(rec, "127.0.0.1", 0) as srv:
        probe = Probe(rec)
        cpu0 = time.process_time()
        t_go = time.time_ns()
        _run_clients(srv, code, [[f"127.0.0.1:{srv.port}", str(rows), str(n)]] * clients)
        st = srv.stats()
        cpu = time.process_time() - cpu0
    arr = probe.arrivals
    lts = [int(lt.min()) for _, lt, _ in arr if lt is not None and len(lt)]
    start = min(lts) if lts else t_go  # send_columns rows carry no log_time: from the "go" signal
    end = max(t for t, _, _ in arr)
    nbytes = sum(b for _, _, b in arr)
    assert rec.store.num_rows == rows * clients, (rec.store.num_rows, rows * clients)
    secs = (end - start) / 1e9
    return {
        "mb_s": nbytes / secs / 1e6,
        "seconds": secs,
        "mb": nbytes / 1e6,
        "server_cpu_us_per_row": cpu / st["rows"] * 1e6,
        "server_cpu_ms_per_mb": cpu / (nbytes / 1e6) * 1e3,
    }


def bench_latency(rate: float, seconds: float) -> dict[str, float]:
    rec = rr.RecordingStream("bench")
    with Server(rec, "127.0.0.1", 0) as srv:
        probe = Probe(rec)
        cpu0 = time.process_time()
        _run_clients(srv, RATE_CLIENT, [[f"127.0.0.1:{srv.port}", str(rate), str(seconds)]])
        st = srv.stats()
        cpu = time.process_time() - cpu0
    lat = []
    for t, lt, _ in probe.arrivals:
        if lt is not None:
            lat.extend(((t - lt) / 1e6).tolist())
    lat.sort()
    n = len(lat)
    assert n == int(rate * seconds), n
    return {
        "median_ms": statistics.median(lat),
        "p90_ms": lat[int(0.9 * (n - 1))],
        "p99_ms": lat[int(0.99 * (n - 1))],
        "max_ms": lat[-1],
        "server_cpu_us_per_row": cpu / st["rows"] * 1e6,
        "frames_per_row": st["frames"] / st["rows"],
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("workloads", nargs="*", default=["throughput", "throughput4", "columns", "latency"])
    ap.add_argument("--quick", action="store_true", help="smaller workloads (a smoke run)")
    a = ap.parse_args()
    rows, n = (30, 100_000) if a.quick else (150, 100_000)
    results: dict[str, float] = {}
    if "throughput" in a.workloads:
        for k, v in bench_throughput(1, rows, n).items():
            results[f"throughput.{k}"] = v
    if "throughput4" in a.workloads:
        for k, v in bench_throughput(4, rows // 2, n).items():
            results[f"throughput4.{k}"] = v
        if "throughput.mb_s" in results:
            results["throughput4.fraction_of_one"] = results["throughput4.mb_s"] / results["throughput.mb_s"]
    if "columns" in a.workloads:
        for k, v in bench_throughput(1, rows + 10, n, COLUMNS_CLIENT).items():
            results[f"columns.{k}"] = v
    if "latency" in a.workloads:
        for k, v in bench_latency(100.0, 1.0 if a.quick else 4.0).items():
            results[f"latency.{k}"] = v
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    path = out / "net.json"
    prev = json.loads(path.read_text()) if path.exists() else {}
    units = {"mb_s": "MB/s", "seconds": "s", "mb": "MB", "ms": "ms", "us_per_row": "us", "ms_per_mb": "ms"}
    for k, v in results.items():
        unit = next((u for s, u in units.items() if k.endswith(s)), "")
        line = f"{k:40s} {v:10.3f} {unit}"
        if prev.get(k):
            line += f"   ratio_vs_previous {v / prev[k]:.2f}"
        print(line)
    path.write_text(json.dumps(results, indent=1))
    print(f"(cpus: {os.cpu_count()}; written to {path.relative_to(ROOT)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
