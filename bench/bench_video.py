"""Videos (issue 13): kernel-side probe and frame decoding, and cursor move → frame in headless Chromium, with the
browser decoding (H.264) and with kernel frames (H.265, which this Chromium cannot play).

    python bench/bench_video.py [--frames 120] [--size 640x480] [--moves 30]

Figures (medians): ``probe_ms`` (timestamps + key frames of a new blob), ``decode_cold_ms`` (a frame not cached:
one ffmpeg run from the key frame before it, batch of 8), ``decode_warm_ms`` (cached); in the page (the fake-model
page of tests/test_frontend_perf.py, a real ProtocolHandler): ``move_to_frame_ms`` from ``model.set('time')`` to
the frame put on the texture (the ``rrnb:video-frame`` performance mark), random cursor moves, per codec; the
bytes the kernel sent after the first scene (the blob travels once); the page's JS heap (after gc) and three's
live textures before and after the moves (``gl_textures_before_after`` 2.2 = 2 before, 2 after).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import rerun_nb as rr  # noqa: E402
from rerun_nb import video_decode as vd  # noqa: E402

MOVE_JS = """async (t) => {
  performance.clearMarks("rrnb:video-frame");
  const t0 = performance.now();
  window.model.set("time", t);
  for (let i = 0; i < 600; i++) {
    const m = performance.getEntriesByName("rrnb:video-frame");
    if (m.length && m[0].startTime > t0) return m[0].startTime - t0;
    await new Promise((r) => setTimeout(r, 2));
  }
  return -1;
}"""


def colours(n: int) -> list[tuple[int, int, int]]:
    rng = np.random.default_rng(1)
    return [tuple(int(x) for x in rng.integers(0, 256, 3)) for _ in range(n)]


def make(codec: str, frames: int, size: tuple[int, int]) -> bytes:
    from video_samples import make_video

    return make_video(codec, fps=30, colors=colours(frames), gop=30, size=size)


def kernel_figures(mp4: bytes, frames: int) -> dict[str, float]:
    t0 = time.perf_counter()
    info = vd.probe(mp4 + b"")  # a new blob for the cache? same bytes: hash hit after the first
    probe_ms = (time.perf_counter() - t0) * 1e3
    rng = np.random.default_rng(2)
    cold, warm = [], []
    for i in rng.choice(frames, size=min(15, frames), replace=False):
        vd._CACHE.frames.clear()
        vd._CACHE.frame_bytes = 0
        t0 = time.perf_counter()
        vd.decode_frame(mp4, None, int(info.timestamps_ns[i]))
        cold.append((time.perf_counter() - t0) * 1e3)
        t0 = time.perf_counter()
        vd.decode_frame(mp4, None, int(info.timestamps_ns[i]))
        warm.append((time.perf_counter() - t0) * 1e3)
    return {
        "probe_ms": probe_ms,
        "decode_cold_ms": statistics.median(cold),
        "decode_warm_ms": statistics.median(warm),
    }


def page_figures(mp4: bytes, frames: int, moves: int) -> dict[str, float]:
    from playwright.sync_api import sync_playwright
    from test_frontend_perf import CHROMIUM, PERF_ARGS, KernelPage

    rec = rr.RecordingStream("bench_video")
    rec.log("video", rr.AssetVideo(contents=mp4, media_type="video/mp4"), static=True)
    info = vd.probe(mp4)
    for i, ts in enumerate(info.timestamps_ns):
        rec.set_time("frame", sequence=i)
        rec.log("video", rr.VideoFrameReference(nanoseconds=int(ts)))
    rec.store.flush()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=PERF_ARGS)
        k = KernelPage(b, rec, loop=False)
        sizes: list[int] = []
        handle = k.handler.handle

        def counted(content, buffers=None):
            out = handle(content, buffers)
            sizes.append(sum(len(x) for x in out[1]))
            return out

        k.handler.handle = counted
        rng = np.random.default_rng(3)
        for t in (1, 2, 3):  # warm-up
            k.page.evaluate(MOVE_JS, t)
        heap0, gl0 = k.heap(), k.gl_memory()
        ms = [k.page.evaluate(MOVE_JS, int(t)) for t in rng.integers(0, frames, moves)]
        heap1, gl1 = k.heap(), k.gl_memory()
        k.close()
        b.close()
    ok = [m for m in ms if m >= 0]
    return {
        "move_to_frame_ms": statistics.median(ok) if ok else -1,
        "timeouts": len(ms) - len(ok),
        "bytes_after": sum(sizes),
        "heap_growth_mb": (heap1 - heap0) / 1e6,
        "gl_textures_before_after": float(f"{gl0['textures']}.{gl1['textures']}"),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--frames", type=int, default=120)
    ap.add_argument("--size", default="640x480")
    ap.add_argument("--moves", type=int, default=30)
    a = ap.parse_args()
    size = tuple(int(x) for x in a.size.split("x"))
    for codec in ("libx264", "libx265"):
        mp4 = make(codec, a.frames, size)  # type: ignore[arg-type]
        k = kernel_figures(mp4, a.frames)
        pg = page_figures(mp4, a.frames, a.moves)
        print(
            f"{codec} {a.size} {a.frames} frames, {len(mp4)} B: "
            + ", ".join(f"{n} {v:.1f}" for n, v in {**k, **pg}.items())
        )


if __name__ == "__main__":
    main()
