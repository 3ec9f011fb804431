"""Images (issue 12): logging rr.Image 640x480x3 uint8 (calls/s) with rerun_nb and rerun-sdk in the same run,
EncodedImage of a JPEG (calls/s; no decode in the logging path), memory of 1,000 frames vs their raw bytes, and
latest-at of one frame in a 1,000-frame recording.

    python bench/bench_images.py [--frames 300] [--repeat 3]

rerun-sdk logs to a file in a temp dir (its usual sink, as bench/run.py); rerun_nb logs into its store.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from unittest import mock

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import rerun_nb

try:
    import rerun  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    rerun = None

H, W = 480, 640


def _frames(n: int) -> list[np.ndarray]:
    rng = np.random.default_rng(0)
    base = rng.integers(0, 255, (H, W, 3), dtype=np.uint8)
    return [np.roll(base, i, axis=1) for i in range(min(n, 8))]


def log_images(lib, n: int) -> float:
    """calls/s of rr.log(path, rr.Image(frame)) with a new frame per time step."""
    frames = _frames(n)
    lib.init("bench_images")
    stop = lambda: None  # noqa: E731
    if lib is not rerun_nb:
        lib.save(str(Path(tempfile.mkdtemp()) / "images.rrd"))
        stop = lib.disconnect
    t0 = time.perf_counter()
    for i in range(n):
        lib.set_time("frame", sequence=i)
        lib.log("camera/rgb", lib.Image(frames[i % len(frames)]))
    dt = time.perf_counter() - t0
    stop()
    return n / dt


def log_jpegs(lib, n: int, jpeg: bytes) -> float:
    """calls/s of rr.log(path, rr.EncodedImage(contents=jpeg)); decoding during it is an error."""
    lib.init("bench_jpeg")
    stop = lambda: None  # noqa: E731
    if lib is not rerun_nb:
        lib.save(str(Path(tempfile.mkdtemp()) / "jpeg.rrd"))
        stop = lib.disconnect
    with (
        mock.patch("PIL.Image.open", side_effect=AssertionError("decoded while logging"))
        if lib is rerun_nb
        else _null()
    ):
        t0 = time.perf_counter()
        for i in range(n):
            lib.set_time("frame", sequence=i)
            lib.log("camera/jpeg", lib.EncodedImage(contents=jpeg, media_type="image/jpeg"))
        dt = time.perf_counter() - t0
    stop()
    return n / dt


class _null:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


def memory_ratio(n: int = 1000) -> tuple[float, float]:
    """(traced bytes / raw bytes of n frames, latest-at ms of the last frame)."""
    rec = rerun_nb.RecordingStream("mem")
    frame = np.zeros((H, W, 3), np.uint8)
    gc.collect()
    tracemalloc.start()
    for i in range(n):
        rec.set_time("frame", sequence=i)
        frame[0, 0, 0] = i % 256
        rec.log("camera/rgb", rerun_nb.Image(frame))
    rec.latest_at("camera/rgb", timeline="frame", time=0)
    gc.collect()
    cur, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    t0 = time.perf_counter()
    for t in range(0, n, max(1, n // 50)):
        rec.latest_at("camera/rgb", timeline="frame", time=t)
    ms = (time.perf_counter() - t0) / len(range(0, n, max(1, n // 50))) * 1e3
    return cur / (frame.nbytes * n), ms


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--frames", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    jpeg = rerun_nb.Image(_frames(1)[0]).compress(85).blob.values.tobytes()
    libs = [rerun_nb] + ([rerun] if rerun is not None else [])
    res: dict[str, dict[str, float]] = {}
    for lib in libs:
        name = "rerun_nb" if lib is rerun_nb else "rerun"
        res[name] = {
            "image_640x480x3_calls_per_s": statistics.median(
                log_images(lib, args.frames) for _ in range(args.repeat)
            ),
            "encoded_jpeg_calls_per_s": statistics.median(
                log_jpegs(lib, args.frames * 4, jpeg) for _ in range(args.repeat)
            ),
        }
    for name, r in res.items():
        for k, v in r.items():
            print(f"{name}.{k} {v:.0f} calls/s")
    if "rerun" in res:
        for k in res["rerun_nb"]:
            print(f"{k}.ratio_vs_rerun {res['rerun_nb'][k] / res['rerun'][k]:.2f} x")
    ratio, ms = memory_ratio()
    print(f"rerun_nb.memory_1000_frames_vs_raw {ratio:.3f} x")
    print(f"rerun_nb.latest_at_frame_ms {ms:.3f} ms")


if __name__ == "__main__":
    main()
