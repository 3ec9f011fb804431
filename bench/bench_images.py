"""Images (issue 12): logging rr.Image 640x480x3 uint8 (calls/s) with rerun_nb and rerun-sdk in the same run,
EncodedImage of a JPEG (calls/s; no decode in the logging path), memory of 1,000 frames vs their raw bytes, and
latest-at of one frame in a 1,000-frame recording.

    python bench/bench_images.py [--frames 300] [--repeat 3] [--browser [--browser-only]]
        [--transport raw,auto] [--content noise,camera]

``--browser``: the scrubbing targets in headless Chromium. A 1,000-frame 640x480 RGB recording (one rr.Image per
frame on a 30 fps duration timeline) is shown in the fake-model page of tests/test_frontend_perf.py (KernelPage:
the widget bundle on a FakeModel whose queries a real ``ProtocolHandler`` answers; replies split as the kernel
splits them, buffers fetched as binary, as Jupyter delivers them). Figures: ``scrub_ms`` (slider ``input`` event
to the new frame drawn, median of 30 random scrubs; target <= 100 ms), ``playback_fps`` (median of 1 s windows
over 5 s of playing, looping at speed 1; target >= 25) and ``heap_growth_200_scrubs_mb`` (the page's JS heap after
garbage collection, before and after 200 random scrubs; target <= +150 MB). ``playback_window_bytes`` /
``_kernel_ms``: what a playback window asks of the transport. Each figure is measured for every viewer
``image_transport`` setting given (``raw``: the logged bytes; ``auto``: JPEG while scrubbing and playing, exact once
the cursor rests) on every ``content`` given (``noise``: uniform random pixels, JPEG's worst case, 226 kB a frame;
``camera``: smooth shading, a moving box and sensor grain, 38 kB a frame), all in the same run. Raw frames are
0.92 MB each, so 30 fps needs ~28 MB/s from kernel to page; the fake page's transport (Playwright routes) moved
~9 MB/s in a probe on the loaded 2-core VM, so there raw playback stalls on the transport.

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


def _camera_frame(i: int, grain: np.ndarray) -> np.ndarray:
    """A camera-like frame: smooth shading, a moving box, sensor grain (what JPEG is made for)."""
    yy, xx = np.mgrid[0:H, 0:W]
    img = np.stack([(xx + 3 * i) * 255 // (W + 3 * i), yy * 255 // H, (xx + yy + i) % 256], -1)
    x0 = (5 * i) % (W - 120)
    img[180:300, x0 : x0 + 120] = (200, 40, 40)
    return np.clip(img + grain, 0, 255).astype(np.uint8)


def scrub_recording(n: int = 1000, content: str = "noise"):
    """n frames of 640x480 RGB, one rr.Image per frame at 30 fps on the duration timeline "time".

    ``content``: ``noise`` (uniform random pixels plus a moving white column: JPEG's worst case) or ``camera``
    (:func:`_camera_frame`).
    """
    rec = rerun_nb.RecordingStream("bench_images_scrub")
    base = _frames(1)[0]
    grain = np.random.default_rng(2).integers(-6, 7, (H, W, 3))
    for i in range(n):
        rec.set_time("time", duration=i / 30)
        if content == "camera":
            frame = _camera_frame(i, grain)
        else:
            frame = base.copy()
            frame[:, (i * 7) % W] = 255  # every frame differs
        rec.log("camera/rgb", rerun_nb.Image(frame))
    rec.store.flush()
    return rec


def browser_figures(
    n: int = 1000, scrubs: int = 30, heap_scrubs: int = 200, transport: str = "auto", content: str = "noise"
) -> dict[str, float]:
    """The scrubbing targets in headless Chromium on the fake-model page (see the module docstring), with the
    viewer's ``image_transport`` set to ``transport``, on frames of ``content`` (:func:`scrub_recording`)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_viewer import SCRUB_JS
    from playback_probe import PLAY_FPS_JS
    from playwright.sync_api import sync_playwright
    from test_frontend_perf import CHROMIUM, PERF_ARGS, KernelPage

    rec = scrub_recording(n, content)
    times = [round(i / 30, 9) for i in range(n)]  # the slider is in seconds
    rng = np.random.default_rng(1)
    out: dict[str, float] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=PERF_ARGS)
        k = KernelPage(browser, rec, split=True, width=640, height=480, loop=True, timeline="time")
        k.handler.image_transport = transport
        try:
            slider_ok = k.page.evaluate("document.querySelector('.rrnb-slider') !== null")
            assert slider_ok, "no time slider on the page"
            # the slider's value is in the timeline's units; move it the way the user does (input events)
            pick = lambda m: [times[int(i)] for i in rng.integers(0, n, m)]  # noqa: E731
            k.page.evaluate(SCRUB_JS, [pick(5)])  # warm-up
            res = k.page.evaluate(SCRUB_JS, [pick(scrubs)])
            out["scrub_ms"] = statistics.median(r["ms"] for r in res)
            out["scrub_ms_max"] = max(r["ms"] for r in res)
            out["scrub_rtt_ms"] = statistics.median(r["rtt"] for r in res if r["rtt"] is not None)
            out["scrub_bytes"] = statistics.median(r["bytes"] for r in res if r["bytes"] is not None)
            n_parts = len(k.parts)
            play = k.page.evaluate(PLAY_FPS_JS, [".rrnb-root", 1000, 5000, 1000])
            out["playback_fps"] = statistics.median(play["fps"])
            out["playback_fps_min"] = min(play["fps"])
            # what playback asks of the transport: a window's bytes and how long the kernel took to answer it
            windows = [sum(sz) for sz in k.parts[n_parts:]]
            if windows:
                out["playback_window_bytes"] = statistics.median(windows)
                out["playback_window_kernel_ms"] = 1000 * statistics.median(k.query_s[n_parts:])
            heap0 = k.heap()
            for i in range(0, heap_scrubs, 50):
                k.page.evaluate(SCRUB_JS, [pick(min(50, heap_scrubs - i))])
            heap1 = k.heap()
            out["heap_before_mb"] = heap0 / 1e6
            out["heap_growth_200_scrubs_mb"] = (heap1 - heap0) / 1e6
            if k.errors:
                print("page errors:", k.errors[:5])
        finally:
            k.close()
            browser.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--frames", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--browser", action="store_true", help="also the scrubbing targets in headless Chromium")
    ap.add_argument("--browser-only", action="store_true", help="only the browser figures")
    ap.add_argument(
        "--transport",
        default="raw,auto",
        help="image_transport settings measured in the browser, in this order (comma-separated)",
    )
    ap.add_argument(
        "--content", default="noise,camera", help="frames measured: noise, camera (comma-separated)"
    )
    args = ap.parse_args()
    if args.browser or args.browser_only:
        print(
            "# a loaded, shared 2-core VM without a GPU (WebGL in SwiftShader): figures are medians of one run"
        )
        for content in args.content.split(","):
            for transport in args.transport.split(","):
                for k, v in browser_figures(transport=transport, content=content).items():
                    unit = (
                        "fps" if "fps" in k else "MB" if k.endswith("_mb") else "B" if "bytes" in k else "ms"
                    )
                    print(f"browser[{content},{transport}].{k} {v:.1f} {unit}", flush=True)
        if args.browser_only:
            return
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
