"""Playback windows, split replies, delta bookkeeping across frames, and the live pusher (no browser)."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from test_viewer_protocol import _tutorial_recording

import rerun_nb as rr
from rerun_nb.viewer import live
from rerun_nb.viewer.protocol import MAX_WINDOW_FRAMES, ProtocolHandler, split_reply


@pytest.fixture(scope="module")
def tutorial():
    return _tutorial_recording()


def win(i, start, end, base=None, view="v", excl=False, mf=64, step=0, timeline="stable_time"):
    return {
        "type": "window",
        "id": i,
        "view": view,
        "timeline": timeline,
        "start": start,
        "end": end,
        "start_exclusive": excl,
        "max_frames": mf,
        "min_step": step,
        "base": base,
    }


def q(i, t, base=None, view="v"):
    return {"type": "query", "id": i, "view": view, "timeline": "stable_time", "time": t, "base": base}


def _apply(held: dict, reply: dict, bufs) -> dict:
    """A minimal front end: entity path -> {component: bytes}, transforms by path."""
    if reply["full"]:
        held = {"ents": {}, "tf": {}}
    else:
        held = {"ents": {k: dict(v) for k, v in held["ents"].items()}, "tf": dict(held["tf"])}
    tf = reply["transforms"]
    for k, p in enumerate(tf["paths"]):
        held["tf"][p] = bytes(bufs[tf["buf"]])[64 * k : 64 * k + 64]
    for e in reply["entities"]:
        comps = held["ents"].setdefault(e["path"], {})
        for name, d in e["comps"].items():
            if d is None:
                comps.pop(name, None)
            elif "buf" in d:
                comps[name] = bytes(bufs[d["buf"]])
            else:
                comps[name] = tuple(d["text"])
    for p in reply["removed"]:
        held["ents"].pop(p, None)
        held["tf"].pop(p, None)
    return held


def test_window_frames_are_a_delta_chain_equal_to_full_queries(tutorial):
    h = ProtocolHandler(tutorial)
    reply, bufs = h.handle(q(1, 1.0))
    held = _apply({}, reply, bufs)
    reply, bufs = h.handle(win(2, 1.0, 1.2, base=1, excl=True))
    assert reply["type"] == "frames" and reply["complete"] is True
    frames = reply["frames"]
    assert [f["id"] for f in frames] == list(range(2, 2 + len(frames)))
    assert [round(f["time"], 6) for f in frames] == [round(1.01 + 0.01 * k, 6) for k in range(20)]
    assert frames[0]["base"] == 1 and all(f["base"] == f["id"] - 1 for f in frames[1:])
    for f in frames:
        assert f["full"] is False
        held = _apply(held, f, bufs)
        ref = ProtocolHandler(tutorial)
        fr, fb = ref.handle(q(1, f["time"]))
        assert held == _apply({}, fr, fb), f"frame at {f['time']} differs from a full query"
    # each frame moves only the beads and the transform: the per-frame cost of the tutorial
    one = frames[5]
    assert [e["path"] for e in one["entities"]] == ["dna/structure/scaffolding/beads"]
    assert one["transforms"]["paths"] == ["dna/structure"]
    # any frame can be the base of the next query (playback paused there)
    mid = frames[7]
    reply, bufs = h.handle(q(99, mid["time"], base=mid["id"]))
    assert reply["full"] is False and reply["entities"] == [] and bufs == []


def test_window_limits_min_step_and_max_frames(tutorial):
    h = ProtocolHandler(tutorial)
    reply, _ = h.handle(win(1, 0.0, 3.99, step=0.05, mf=10))
    times = [f["time"] for f in reply["frames"]]
    assert len(times) == 10 and reply["complete"] is False
    assert all(b - a >= 0.05 - 1e-9 for a, b in itertools.pairwise(times))
    assert reply["frames"][0]["full"] is True  # no base: the first frame is a full scene
    reply, _ = h.handle(win(20, 3.9, 3.99, base=10, excl=True, mf=1000))
    assert len(reply["frames"]) == 9 and reply["complete"] is True
    assert reply["frames"][0]["full"] is False
    assert len(h.handle(win(40, 0, 4, mf=10_000))[0]["frames"]) == MAX_WINDOW_FRAMES
    # empty window: no frames, complete
    reply, bufs = h.handle(win(200, 5.0, 6.0, base=1))
    assert reply["frames"] == [] and reply["complete"] is True and bufs == []


def test_window_on_sequence_and_timestamp_timelines():
    rec = rr.RecordingStream("w")
    for i in range(5):
        rec.set_time("frame", sequence=10 + i)
        rec.set_time("ts", timestamp=1.7e9 + 0.1 * i)
        rec.log("p", rr.Points3D([[i, 0, 0]]))
    h = ProtocolHandler(rec)
    r, bufs = h.handle(win(1, 11, 13, timeline="frame"))
    assert [f["time"] for f in r["frames"]] == [11, 12, 13]
    x = [
        np.frombuffer(bufs[f["entities"][0]["comps"]["Points3D:positions"]["buf"]], "<f4")[0]
        for f in r["frames"]
    ]
    assert x == [1.0, 2.0, 3.0]
    r, bufs = h.handle(win(10, 1.7e9 + 0.05, 1.7e9 + 0.45, timeline="ts"))
    assert len(r["frames"]) == 4
    x = [
        np.frombuffer(bufs[f["entities"][0]["comps"]["Points3D:positions"]["buf"]], "<f4")[0]
        for f in r["frames"]
    ]
    assert x == [1.0, 2.0, 3.0, 4.0]  # exact nanosecond times: no frame misses its own row


@pytest.mark.parametrize(
    "msg, needle",
    [
        ({"type": "window", "id": 1, "view": "v", "timeline": "stable_time", "start": 0}, "'end'"),
        (win(1, 0, 1, mf=0), "max_frames"),
        (win(1, 0, 1, step=-1), "min_step"),
        (win(1, 0, 1, timeline=""), "needs a 'timeline'"),
        (win(1, 0, 1, timeline="nope"), "unknown 'timeline'"),
        ({**win(1, 0, 1), "start_exclusive": "yes"}, "start_exclusive"),
    ],
)
def test_window_errors(tutorial, msg, needle):
    reply, _bufs = ProtocolHandler(tutorial).handle(msg)
    assert reply["type"] == "error" and needle in reply["message"] and reply["view"] == "v"


def test_query_reply_names_its_base(tutorial):
    h = ProtocolHandler(tutorial)
    assert h.handle(q(1, 1.0))[0]["base"] is None
    assert h.handle(q(2, 1.5, base=1))[0]["base"] == 1
    assert h.handle(q(3, 1.5, base=77))[0]["base"] is None  # unknown base: full


def test_split_reply_round_trip():
    rng = np.random.default_rng(1)
    arrays = [rng.random(n).astype("<f4") for n in (3, 1_000_000, 0, 5, 700_001)]
    bufs = [memoryview(a).cast("B") if a.size else memoryview(b"") for a in arrays]
    content = {"type": "scene", "id": 7, "view": "v"}
    parts = split_reply(content, bufs, max_bytes=1 << 20)
    total = sum(a.nbytes for a in arrays)
    assert len(parts) == math.ceil(total / (1 << 20)) > 1
    assert all(len(b) == 1 and b[0].nbytes <= 1 << 20 for _, b in parts)
    head = parts[0][0]
    assert head["reply"] is content and head["sizes"] == [a.nbytes for a in arrays]
    assert [p["part"] for p, _ in parts] == list(range(len(parts)))
    assert all(p["parts"] == len(parts) and p["id"] == 7 and p["view"] == "v" for p, _ in parts)
    stream = b"".join(bytes(b[0]) for _, b in parts)
    off = 0
    for a in arrays:
        assert stream[off : off + a.nbytes] == a.tobytes()
        off += a.nbytes
    # small replies are left alone
    assert split_reply(content, bufs[:1]) == [(content, bufs[:1])]


def test_big_frame_is_split_by_the_widget():
    from rerun_nb.viewer import Viewer

    rec = rr.RecordingStream("big")
    rec.set_time("t", sequence=0)
    rec.log("p", rr.Points3D(np.zeros((600_000, 3), np.float32), radii=0.1))
    v = Viewer(rec)
    sent = []
    v.send = lambda content, buffers=None: sent.append((content, buffers))
    v._on_msg(v, {"type": "query", "id": 1, "view": "v", "timeline": "t", "time": 0}, [])
    assert len(sent) == 2 and [m["type"] for m, _ in sent] == ["part", "part"]
    assert sum(b[0].nbytes for _, b in sent) == 600_000 * 12 + 4
    v.close()


def test_release_drops_frames_too(tutorial):
    h = ProtocolHandler(tutorial)
    h.handle(win(1, 0, 1, view="a"))
    assert h.views() == ["a"]
    h.handle({"type": "release", "view": "a"})
    assert h.views() == []
    assert h.handle(q(70, 0.5, base=5, view="a"))[0]["full"] is True


# --------------------------------------------------------------------------------------------------
# the pusher
# --------------------------------------------------------------------------------------------------


def test_tick_refreshes_only_when_data_came_and_views_exist():
    from rerun_nb.viewer import Viewer

    rec = rr.RecordingStream("live")
    rec.set_time("step", sequence=0)
    rec.log("p", rr.Points3D([[0, 0, 0]]))
    v = Viewer(rec)
    assert v in live.live_viewers()
    now = 1000.0
    assert live.tick(v, now) is False  # no view shown yet: nothing to do
    v.handler.handle({"type": "query", "id": 1, "view": "x", "timeline": "step", "time": 0})
    assert live.tick(v, now) is False  # nothing new
    dv = v.data_version
    for i in range(1, 50):
        rec.set_time("step", sequence=i)
        rec.log("p", rr.Points3D([[i, 0, 0]]))
    assert live.tick(v, now) is True
    assert v.data_version == dv + 1
    st = {i["name"]: i for i in v.timelines}["step"]
    assert st["max"] == 49.0 and st["marks"][-1] == 49.0
    rec.log("q", rr.Points3D([[0, 0, 0]]))
    assert live.tick(v, now + 0.01) is False  # paced: not before MIN_INTERVAL_S
    assert live.tick(v, now + 5) is True and "q" in v.entity_paths
    # the cell hook still rescans the marks after a quick refresh
    v.handler.handle({"type": "release", "view": "x"})
    rec.log("r", rr.Points3D([[0, 0, 0]]))
    assert live.tick(v, now + 10) is False  # every view released: costs nothing
    v.close()
    assert v not in live.live_viewers()


def test_pusher_thread_refreshes_while_the_main_thread_logs(monkeypatch):
    import time

    from rerun_nb.viewer import Viewer

    rec = rr.RecordingStream("live2")
    rec.set_time("step", sequence=0)
    rec.log("p", rr.Points3D([[0, 0, 0]]))
    v = Viewer(rec)
    v.handler.handle({"type": "query", "id": 1, "view": "x", "timeline": "step", "time": 0})
    live.attach(v, start=True)
    t0 = time.monotonic()
    i = 0
    seen = set()
    while time.monotonic() - t0 < 1.0:
        i += 1
        rec.set_time("step", sequence=i)
        rec.log("p", rr.Points3D([[i, 0, 0]]))
        seen.add(v.data_version)
    assert len(seen) >= 3, f"the pusher refreshed {len(seen) - 1} times in 1 s of logging"
    v.close()
