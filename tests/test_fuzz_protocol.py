"""Fuzzing the viewer's protocol handler (issue 14, fuzz: protocol handler).

A seeded generator feeds :class:`ProtocolHandler`, on a real recording, a few thousand messages: valid ones
(queries, playback windows, releases, pings on several views, with real and stale bases), valid ones mutated
(fields dropped, retyped, replaced by hostile values: NaN, 1e300, 2**1000, 1,000-deep nesting, long strings,
big lists), random JSON values and random buffers. What holds: no exception escapes, every reply is plain
JSON (an error reply names only ``type``, ``id``, ``view``, ``message``), no message takes long, the handler's
bookkeeping and views stay within their bounds and the traced memory peak stays under a stated bound.
"""

from __future__ import annotations

import json
import logging
import random
import resource
import time
import tracemalloc

import numpy as np

import rerun_nb as rr
from rerun_nb.viewer.protocol import MAX_VIEWS, ProtocolHandler

SEED = 14
COUNT = 3000
#: Messages of the traced run.
TRACED_COUNT = 500
#: Traced memory peak allowed while fuzzing (the generator's own big values included).
PEAK_BYTES = 32 * 1024 * 1024
#: Growth of the process's peak RSS allowed over the untraced run.
RSS_GROWTH_BYTES = 200 * 1024 * 1024
BUDGET = 4 * 1024 * 1024  # the handler's bookkeeping budget in this test

HOSTILE = [
    float("nan"),
    float("inf"),
    float("-inf"),
    1e300,
    -1e300,
    5e-324,
    -0.0,
    2**53,
    2**63,
    -(2**63) - 1,
    2**1000,
    -1,
    0,
    True,
    False,
    None,
    "",
    "t",
    "frame",
    "log_time",
    "query",
    "window",
    "\x00",
    "\ud800",
    "é" * 50,
    "<img src=x onerror=alert(1)>",
    [],
    {},
]


def _recording() -> rr.RecordingStream:
    rec = rr.RecordingStream("fuzz")
    rng = np.random.default_rng(SEED)
    rec.log("static/pts", rr.Points3D(rng.random((5, 3))), static=True)
    for i in range(40):
        rec.set_time_seconds("t", i * 0.05)
        rec.set_time_sequence("frame", i)
        for k in range(15):
            if (i + k) % 4 == 0:
                rec.log(f"w/e{k}/pts", rr.Points3D(rng.random((8, 3)), colors=[255, 0, 0], radii=0.05))
            if (i + k) % 3 == 0:
                rec.log(f"w/e{k}", rr.Transform3D(translation=[i, k, 0]))
        if i % 5 == 0:
            rec.log("w/strips", rr.LineStrips3D([rng.random((4, 3)), rng.random((2, 3))], labels=["a", "b"]))
        if i == 20:
            rec.log("w/e3", rr.Clear(recursive=True))
    return rec


class Gen:
    """Messages: valid, mutated valid, and random values."""

    def __init__(self, rnd: random.Random) -> None:
        self.r = rnd
        self.next_id = 1
        self.sent: list[int] = []
        self.views = [f"v{i}" for i in range(6)]

    # -- values ----------------------------------------------------------------------------------------

    def value(self, depth: int = 0) -> object:
        r = self.r
        roll = r.random()
        if roll < 0.35:
            return r.choice(HOSTILE)
        if roll < 0.5:
            return r.choice([r.randint(-(2**70), 2**70), r.uniform(-1e6, 1e6), r.randint(-5, 100)])
        if roll < 0.6:
            n = r.choice([1, 10, 300, 5000, 100_000])
            return "".join(r.choice("abc/é\x00\n") for _ in range(min(n, 64))) * max(1, n // 64)
        if roll < 0.7 and depth < 4:
            return [self.value(depth + 1) for _ in range(r.randint(0, 4))]
        if roll < 0.8 and depth < 4:
            return {self.key(): self.value(depth + 1) for _ in range(r.randint(0, 4))}
        if roll < 0.86:
            x: object = self.value(3)
            for _ in range(r.choice([10, 1024, 3000])):
                x = [x] if r.random() < 0.5 else {"a": x}
            return x
        if roll < 0.9:
            return list(range(r.choice([1001, 50_000])))
        return r.random() * r.choice([1, 4, 100])

    def key(self) -> str:
        return self.r.choice(["type", "id", "view", "time", "base", "timeline", "x", "", "é", "__proto__"])

    # -- messages ---------------------------------------------------------------------------------------

    def valid(self) -> dict:
        r = self.r
        i, self.next_id = self.next_id, self.next_id + 65
        view = r.choice(self.views)
        base = r.choice([None, *self.sent[-20:]]) if self.sent else None
        timeline = r.choice(["t", "frame", "log_time", ""])
        kind = r.choices(["query", "window", "release", "ping"], [6, 3, 1, 1])[0]
        if kind == "query":
            msg = {
                "type": "query",
                "id": i,
                "view": view,
                "timeline": timeline,
                "time": r.uniform(-1, 45),
                "base": base,
            }
        elif kind == "window":
            start = r.uniform(-1, 40)
            msg = {
                "type": "window",
                "id": i,
                "view": view,
                "timeline": timeline or "t",
                "start": start,
                "end": start + r.uniform(0, 10),
                "start_exclusive": r.random() < 0.5,
                "max_frames": r.randint(1, 64),
                "min_step": r.choice([0, 0.01, 0.5, 3]),
                "base": base,
            }
        elif kind == "release":
            msg = {"type": "release", "view": view}
        else:
            msg = {"type": "ping", "id": i}
        self.sent.append(i)
        return msg

    def mutated(self) -> object:
        r = self.r
        msg = self.valid()
        for _ in range(r.randint(1, 3)):
            op = r.random()
            keys = list(msg)
            if op < 0.3 and keys:
                del msg[r.choice(keys)]
            elif op < 0.8 and keys:
                msg[r.choice(keys)] = self.value()
            elif op < 0.9:
                msg[self.key()] = self.value()
            else:
                msg["type"] = r.choice(["query ", "QUERY", "windows", "pong", "error", "scene", "part", ""])
        return msg

    def message(self) -> tuple[object, list]:
        r = self.r
        roll = r.random()
        content = self.valid() if roll < 0.3 else self.mutated() if roll < 0.85 else self.value()
        buffers: list = []
        if r.random() < 0.1:
            buffers = [r.randbytes(r.choice([0, 1, 17, 4096])) for _ in range(r.randint(1, 3))]
            if r.random() < 0.5:
                buffers = [memoryview(b) for b in buffers]
        return content, buffers


def _check_reply(reply: object, bufs: object) -> str:
    assert isinstance(reply, dict) and isinstance(bufs, list)
    json.dumps(reply, allow_nan=False)  # plain JSON: no NaN, no bytes, no objects
    for b in bufs:
        assert isinstance(b, memoryview)
    if not reply:
        return "none"
    kind = reply["type"]
    if kind == "error":
        assert set(reply) == {"type", "id", "view", "message"}
        assert isinstance(reply["message"], str) and len(reply["message"]) < 2000
    return kind


def _fuzz(h: ProtocolHandler, gen: Gen, count: int) -> tuple[dict[str, int], float]:
    """Feed ``count`` messages; the reply kinds seen and the slowest answer (s)."""
    kinds: dict[str, int] = {}
    slowest = 0.0
    for _ in range(count):
        content, buffers = gen.message()
        t0 = time.perf_counter()
        reply, bufs = h.handle(content, buffers)  # must never raise
        slowest = max(slowest, time.perf_counter() - t0)
        kind = _check_reply(reply, bufs)
        kinds[kind] = kinds.get(kind, 0) + 1
        assert len(h.views()) <= MAX_VIEWS
        assert h.bookkeeping_bytes <= BUDGET
    return kinds, slowest


def _max_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: kB


def test_fuzz_the_protocol_handler(caplog):
    rec = _recording()
    h = ProtocolHandler(rec, max_bytes=BUDGET)
    rss0 = _max_rss()
    t_start = time.perf_counter()
    with caplog.at_level(logging.WARNING, logger="rerun_nb.viewer"):
        kinds, slowest = _fuzz(h, Gen(random.Random(SEED)), COUNT)
    elapsed = time.perf_counter() - t_start
    grown = _max_rss() - rss0
    print(
        f"fuzz: {COUNT} messages in {elapsed:.1f} s, slowest {slowest * 1e3:.0f} ms, peak RSS +{grown / 2**20:.0f} MiB"
    )
    print(f"fuzz: replies {dict(sorted(kinds.items()))}")
    assert sum(kinds.values()) == COUNT
    assert kinds.get("scene", 0) > 200 and kinds.get("frames", 0) > 50 and kinds.get("error", 0) > 1000
    assert elapsed < 20, elapsed
    assert slowest < 1.0, slowest
    assert grown < RSS_GROWTH_BYTES, grown
    # no internal error: every refusal was a clear protocol error
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.records[:3]
    # and the handler still answers a good query in full
    reply, bufs = h.handle({"type": "query", "id": 10**9, "view": "after", "timeline": "t", "time": 1.0}, [])
    assert reply["type"] == "scene" and reply["full"] and bufs


def test_fuzz_traced_memory_stays_bounded():
    """The same generator under tracemalloc (which slows the handler ~15x: fewer messages)."""
    rec = _recording()
    h = ProtocolHandler(rec, max_bytes=BUDGET)
    gen = Gen(random.Random(SEED + 1))
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        kinds, _ = _fuzz(h, gen, TRACED_COUNT)
        current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    print(
        f"fuzz (traced): {TRACED_COUNT} messages, peak {(peak - base) / 2**20:.1f} MiB, "
        f"held after {(current - base) / 2**20:.1f} MiB, bookkeeping {h.bookkeeping_bytes / 2**20:.2f} MiB"
    )
    assert sum(kinds.values()) == TRACED_COUNT
    assert peak - base < PEAK_BYTES, peak - base
    assert current - base < BUDGET + 2**20, current - base  # what stays is the bookkeeping, within its budget
