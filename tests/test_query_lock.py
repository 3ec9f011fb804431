"""A whole-scene query never holds up rr.log on another thread for long (issue 14, item 10)."""

from __future__ import annotations

import gc
import threading
import time

import numpy as np

import rerun_nb as rr


def test_logging_waits_only_milliseconds_while_scenes_of_20000_entities_are_queried():
    rec = rr.RecordingStream("lock")
    rec.set_time("t", sequence=0)
    p = np.zeros((1, 3), np.float32)
    for i in range(20_000):
        rec.log(f"e/{i}", rr.Points3D(p))
    rec.flush()
    gc.collect()  # a collection of the 20k entities' objects is not what this measures
    done = threading.Event()
    scenes = []

    def query() -> None:
        while not done.is_set():
            scenes.append(len(rec.scene(timeline="t", time=0).entities))

    th = threading.Thread(target=query)
    th.start()
    try:
        while not scenes and th.is_alive():  # one whole scene first: the measurement then overlaps queries
            time.sleep(0.01)
        waits = []
        end = time.perf_counter() + 2.5
        while time.perf_counter() < end:
            t0 = time.perf_counter()
            rec.log("x", rr.Points3D(p))
            waits.append(time.perf_counter() - t0)
            time.sleep(0.001)
    finally:
        done.set()
        th.join()
    waits_ms = np.array(waits) * 1e3
    assert scenes and min(scenes) >= 20_000
    assert len(scenes) >= 2, "the query thread kept going"
    # Before: one lock over the whole scene, rr.log blocked ~0.5-2 s each time (p95 ~ the scene time).
    assert np.percentile(waits_ms, 95) < 50, np.percentile(waits_ms, [50, 95, 100])
