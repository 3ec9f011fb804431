"""The browser → kernel door of the viewer (issue 14, items 9 and 11; docs/security.md).

Each test reproduces an attack from the page (or a careless page) and shows it held: an error reply and one
log line instead of an exception or a traceback, clamped or refused traitlets, bounded bookkeeping, views
and servers released when the page lets go.
"""

from __future__ import annotations

import json
import logging
import math
import socket
import time
import tracemalloc
from dataclasses import dataclass, field

import numpy as np
import pytest

import rerun_nb as rr
from rerun_nb.viewer import Viewer, widget
from rerun_nb.viewer.checks import MAX_DEPTH, MAX_ITEMS, MAX_STRING
from rerun_nb.viewer.protocol import MAX_VIEWS, ProtocolHandler


@pytest.fixture(scope="module")
def rec():
    r = rr.RecordingStream("hardening")
    for i in range(30):
        r.set_time_seconds("t", i * 0.1)
        r.set_time_sequence("frame", i)
        r.log("a/pts", rr.Points3D([[i, 0, 0], [0, i, 0]], radii=0.1))
        r.log("a", rr.Transform3D(translation=[0, 0, i]))
    return r


def q(i=1, time=1.0, view="v", timeline="t", base=None):
    return {"type": "query", "id": i, "view": view, "timeline": timeline, "time": time, "base": base}


def w(i=100, start=0.0, end=3.0, view="v", timeline="t", **kw):
    return {"type": "window", "id": i, "view": view, "timeline": timeline, "start": start, "end": end, **kw}


def nested(depth: int, kind: str = "list"):
    x: object = 0
    for _ in range(depth):
        x = [x] if kind == "list" else {"a": x}
    return x


def answer(h, msg, caplog):
    """Handle ``msg``; the reply and the log records it caused."""
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="rerun_nb.viewer"):
        reply, bufs = h.handle(msg, [])
    json.dumps(reply, allow_nan=False)  # always plain JSON
    records = [r for r in caplog.records if r.levelno >= logging.INFO]
    return reply, bufs, records


def assert_refused(h, msg, caplog, needle):
    reply, bufs, records = answer(h, msg, caplog)
    assert reply["type"] == "error", reply
    assert needle in reply["message"], reply["message"]
    assert set(reply) == {"type", "id", "view", "message"} and bufs == []
    assert len(records) == 1, [r.getMessage() for r in records]  # one line ...
    assert records[0].levelno == logging.WARNING and records[0].exc_info is None  # ... and no traceback
    assert "\n" not in records[0].getMessage()
    return reply


# --------------------------------------------------------------------------------------------------
# item 11: malformed and hostile messages
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 1024, 100_000])
@pytest.mark.parametrize("kind", ["list", "dict"])
@pytest.mark.parametrize("where", ["time", "timeline", "extra", "type"])
def test_deep_json_is_refused_before_recursing(rec, caplog, depth, kind, where):
    h = ProtocolHandler(rec)
    msg = q()
    msg[where] = nested(depth, kind)
    reply = assert_refused(h, msg, caplog, "nested deeper")
    assert reply["id"] == 1 and reply["view"] == "v"


@pytest.mark.parametrize(
    ("msg", "needle"),
    [
        (q(time=1e300), "'time' is out of range"),
        (q(time=-1e300), "'time' is out of range"),
        (q(time=10**400), "'time' is out of range"),
        (q(time=1e300, timeline="frame"), "'time' is out of range"),
        (q(time=2**63, timeline="frame"), "'time' is out of range"),
        (w(start=-1e300), "'start' is out of range"),
        (w(end=1e300), "'end' is out of range"),
        (w(timeline="frame", start=0, end=10**30), "'end' is out of range"),
        (q(time=float("nan")), "'time' must be finite"),
        (q(time=float("inf")), "'time' must be finite"),
        (w(end=float("-inf")), "'end' must be finite"),
        (w(min_step=float("nan")), "'min_step'"),
        (w(min_step=-1), "'min_step'"),
        (w(max_frames=-5), "'max_frames'"),
        (w(max_frames=0), "'max_frames'"),
        (w(max_frames=2.5), "'max_frames'"),
        (w(start_exclusive="yes"), "'start_exclusive'"),
        (q(i=2**60), "'id' must be within"),
        (q(base=-(2**60)), "'base'"),
        (w(i=2**53 - 10), "no room"),
        (q(view="v" * 1000), "'view'"),
        (q(view="v" * 10_000), "string longer"),
        (q(timeline="x" * (MAX_STRING + 1)), "string longer"),
        (q(time=list(range(MAX_ITEMS + 1))), "more than"),
        ({"type": "query", "id": 1, "view": "v", "pad": ["x"] * 10**6}, "more than"),
        ({"type": "x" * 10**7, "id": 1}, "string longer"),
        ({"type": "query", "id": 1, "view": "v", "timeline": "t", "time": "1"}, "'time' must be a number"),
        (
            {"type": "window", "id": 1, "view": "v", "timeline": None, "start": 0, "end": 1},
            "needs a 'timeline'",
        ),
        ({"type": "delete_everything", "id": 1}, "unknown message type"),
        ({"type": None}, "'type'"),
        ({"type": ["query"]}, "'type'"),
        ({1: 2}, "'type'"),
        ([{"type": "query"}], "JSON object"),
        ("query", "JSON object"),
        (b"\x00" * 100, "JSON object"),
        (None, "JSON object"),
    ],
)
def test_hostile_messages_get_one_error_reply_and_one_line(rec, caplog, msg, needle):
    assert_refused(ProtocolHandler(rec), msg, caplog, needle)


def test_huge_window_sizes_are_bounded(rec):
    h = ProtocolHandler(rec)
    reply, _ = h.handle(w(start=-1e9, end=1e9, max_frames=10**9), [])
    assert reply["type"] == "frames" and len(reply["frames"]) == 30  # all there are, at most 64
    reply, _ = h.handle(w(i=300, start=0, end=1e9, min_step=1e300), [])  # a step past everything: one frame
    assert [f["time"] for f in reply["frames"]] == [0.0] and reply["complete"]
    reply, _ = h.handle(w(i=400, start=5, end=-5), [])  # reversed: nothing
    assert reply["frames"] == [] and reply["complete"]


def test_a_window_over_a_million_times_costs_max_frames_steps():
    h = ProtocolHandler(None)
    times = np.arange(2_000_000, dtype=np.int64)
    t0 = time.perf_counter()
    picked, complete = h._pick(times, 0, 2_000_000, False, 1000.0, 64)
    assert time.perf_counter() - t0 < 0.05
    assert picked == list(range(0, 64_000, 1000)) and not complete


def test_internal_error_is_one_error_line_without_traceback(caplog):
    class Broken:
        def scene(self, timeline, time):
            raise RuntimeError("query exploded\nsecond line")

        def timelines(self):
            return {"t": ("duration", 0.0, 1.0)}

    h = ProtocolHandler(Broken())
    reply, _bufs, records = answer(h, q(), caplog)
    assert (
        reply["type"] == "error"
        and reply["message"] == "internal error: RuntimeError: query exploded second line"
    )
    errors = [r for r in records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and errors[0].exc_info is None and "\n" not in errors[0].getMessage()
    # the traceback is there for whoever turns DEBUG on
    assert any(r.exc_info for r in caplog.records if r.levelno == logging.DEBUG)


def test_a_flood_of_bad_messages_logs_a_bounded_number_of_lines(rec, caplog):
    from rerun_nb.viewer.checks import MAX_LOG_LINES_PER_MINUTE

    h = ProtocolHandler(rec)
    with caplog.at_level(logging.INFO, logger="rerun_nb.viewer"):
        for i in range(2000):
            assert h.handle({"type": "nope", "id": i}, [])[0]["type"] == "error"
    assert len(caplog.records) == MAX_LOG_LINES_PER_MINUTE


def test_valid_messages_still_answer_after_the_attacks(rec, caplog):
    h = ProtocolHandler(rec)
    for msg in (q(time=1e300), q(time=nested(5000)), "junk"):
        h.handle(msg, [])
    reply, bufs = h.handle(q(i=7, time=1.0), [])
    assert reply["type"] == "scene" and reply["full"] and bufs
    reply, _ = h.handle(q(i=8, time=1.05, base=7), [])
    assert reply["full"] is False


# --------------------------------------------------------------------------------------------------
# item 11: traitlets the page can write
# --------------------------------------------------------------------------------------------------


@pytest.fixture
def viewer(rec):
    v = Viewer(rec, timeline="t", time=1.0)
    v.sent_state = []
    v.send_state = lambda key=None: v.sent_state.append(key)
    yield v
    v.close()


def page_writes(v, caplog, **state):
    """The page sets ``state`` (as ipywidgets' ``update`` message does); the log lines it caused."""
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="rerun_nb.viewer"):
        v.set_state(state)
    return [r for r in caplog.records if r.levelno >= logging.INFO]


def test_sizes_are_clamped_for_python_and_the_page(viewer, caplog):
    viewer.width, viewer.height = 16384, 16384  # the static picture would allocate ~1 GiB
    assert (viewer.width, viewer.height) == (4096, 4096)
    viewer.width, viewer.height = 0, 0
    assert (viewer.width, viewer.height) == (0, 16)  # width 0 = fill the cell
    assert page_writes(viewer, caplog, width=10**9, height=-3) == []
    assert (viewer.width, viewer.height) == (4096, 16)
    assert Viewer(viewer.recording, width=99999, height=1).width == 4096


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("time", "abc"),
        ("time", None),
        ("time", [1.0]),
        ("camera", {"position": [1, 2], "target": [0, 0, 0]}),
        ("camera", {"position": [1, 2, "x"], "target": [0, 0, 0]}),
        ("camera", {"position": [1, 2, 1e300], "target": [0, 0, 0]}),
        ("camera", {"position": [1, 2, 3], "target": [0, 0, 0], "evil": 1}),
        ("camera", [1, 2, 3]),
        ("hidden", ["x"] * 20_000),
        ("hidden", [1, 2]),
        ("hidden", ["x" * 5000]),
        ("speed", "fast"),
        ("timeline", "no_such_timeline"),
        ("timeline", 7),
        ("timelines", [{"name": "fake", "kind": "sequence", "min": 0, "max": 1e300, "marks": ["x"]}]),
        ("entity_paths", ["<img src=x onerror=alert(1)>"]),
        ("data_version", -1),
        ("playing", "yes"),
        ("width", "wide"),
    ],
)
def test_a_bad_page_write_is_ignored_logged_once_and_corrected(viewer, caplog, name, value):
    before = viewer.trait_values()
    records = page_writes(viewer, caplog, **{name: value})
    assert len(records) == 1 and records[0].levelno == logging.WARNING and records[0].exc_info is None
    assert name in records[0].getMessage()
    assert viewer.trait_values() == before  # nothing changed in the kernel
    assert [name] in viewer.sent_state  # and the page is told the kernel's value


def test_good_page_writes_are_taken_and_extremes_clamped(viewer, caplog):
    cam = {"position": [1, 2, 3], "target": [0, 0, 0], "up": [0, 0, 1]}
    assert page_writes(viewer, caplog, timeline="frame", time=3, camera=cam, hidden=["a"], speed=2.0) == []
    assert (viewer.timeline, viewer.time, viewer.hidden, viewer.speed) == ("frame", 3.0, ["a"], 2.0)
    assert viewer.camera == {k: [float(x) for x in v] for k, v in cam.items()}
    assert page_writes(viewer, caplog, time=1e300, speed=1e9) == []
    assert viewer.time == 9.2e18 and viewer.speed == 100.0
    viewer.timeline = "t"
    viewer.time = -1e300  # seconds: clamped to what int64 nanoseconds hold
    assert viewer.time == -9.2e9


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("time", math.nan),
        ("time", math.inf),
        ("camera", {"position": [0, 0]}),
        ("hidden", [3]),
        ("speed", math.nan),
    ],
)
def test_python_gets_an_error_for_the_same_values(viewer, name, value):
    from traitlets import TraitError

    with pytest.raises(TraitError, match=name):
        setattr(viewer, name, value)


def test_a_state_update_that_is_not_an_object_is_ignored(viewer, caplog):
    with caplog.at_level(logging.INFO, logger="rerun_nb.viewer"):
        viewer.set_state(["time", 1])
    assert len(caplog.records) == 1


# --------------------------------------------------------------------------------------------------
# item 9: bounded bookkeeping, release on comm close, the listen server stops with the last view
# --------------------------------------------------------------------------------------------------


@dataclass
class _Ent:
    path: str
    components: dict
    row_ids: dict
    local_transform: np.ndarray | None = None
    default_color: tuple = (1, 2, 3, 255)


@dataclass
class _Scene:
    entities: dict
    pts: np.ndarray = field(default_factory=lambda: np.zeros((1, 3), np.float32))

    def bounds(self):
        return self.pts.min(0), self.pts.max(0)


class ManyEntities:
    """``n`` entities with points (row ids fixed) and a transform that moves at every time: the worst case
    for the bookkeeping (every snapshot differs from the one before in every transform)."""

    def __init__(self, n: int) -> None:
        self.pts = np.random.default_rng(0).random((5, 3)).astype(np.float32)
        self.paths = [f"e/{i}" for i in range(n)]

    def timelines(self):
        return {"t": ("sequence", 0, 10**6)}

    def scene(self, timeline, time):
        ents = {}
        for i, p in enumerate(self.paths):
            m = np.eye(4)
            m[:3, 3] = (time, i, 0)
            comps = {"Points3D:positions": self.pts, "Points3D:radii": np.ones(1, np.float32)}
            ents[p] = _Ent(p, comps, {"Points3D:positions": i, "Points3D:radii": i}, m)
        return _Scene(ents, self.pts)


def _bookkeeping_growth(h, view: str, queries: int) -> int:
    """Bytes (tracemalloc) that ``queries`` scrub steps of ``view`` leave behind in the handler."""
    h.handle({"type": "query", "id": 0, "view": "warm", "timeline": "t", "time": 0, "base": None}, [])
    h.handle({"type": "release", "view": "warm"}, [])
    tracemalloc.start()
    try:
        b0 = tracemalloc.get_traced_memory()[0]
        for k in range(queries):
            msg = {"type": "query", "id": k + 1, "view": view, "timeline": "t", "time": k, "base": k or None}
            assert h.handle(msg, [])[0]["full"] == (k == 0)  # the reply is not kept
        return tracemalloc.get_traced_memory()[0] - b0
    finally:
        tracemalloc.stop()


def test_bookkeeping_per_view_is_small_at_1000_entities():
    """Before: a full per-entity dict per snapshot, ~450 kB per snapshot at 1,000 entities (68 MB per view
    with 8 queries and 2 windows of 64 frames). Now: shared flat snapshots, ~8 kB per snapshot when every
    transform moves."""
    h = ProtocolHandler(ManyEntities(1000))
    grown = _bookkeeping_growth(h, "v", 8)
    assert grown < 200_000, grown  # was ~3.6 MB for these 8 snapshots
    assert 0 < h.bookkeeping_bytes < 200_000


def test_bookkeeping_is_bounded_across_many_views():
    budget = 256 * 1024
    h = ProtocolHandler(ManyEntities(200), max_bytes=budget)
    tracemalloc.start()
    try:
        b0 = tracemalloc.get_traced_memory()[0]
        for v in range(MAX_VIEWS + 10):  # unbounded, these would hold ~2 MB
            for k in range(4):
                assert h.handle(q(i=k + 1, time=k, view=f"v{v}", base=k or None), [])[0]["type"] == "scene"
            assert h.bookkeeping_bytes <= budget
        grown = tracemalloc.get_traced_memory()[0] - b0
    finally:
        tracemalloc.stop()
    assert grown < 2 * budget, grown  # the estimate errs high: what it does not see stays small
    assert len(h.views()) == MAX_VIEWS  # views stay open (a forgotten one just gets a full reply)
    reply, _ = h.handle(q(i=99, time=3, view="v0", base=4), [])
    assert reply["full"] is True


def test_release_frees_the_bookkeeping(rec):
    h = ProtocolHandler(rec)
    for v in range(5):
        h.handle(q(view=f"v{v}"), [])
        h.handle(w(view=f"v{v}"), [])
    assert h.bookkeeping_bytes > 0 and len(h.views()) == 5
    for v in range(5):
        h.handle({"type": "release", "view": f"v{v}"}, [])
    assert h.bookkeeping_bytes == 0 and h.views() == []


def test_the_comm_closing_releases_everything(rec):
    v = Viewer(rec, listen=0)
    v.send = lambda *a, **k: None
    v._on_msg(v, q(), [])
    assert v.handler.views() == ["v"] and v.handler.bookkeeping_bytes > 0
    port = v.server.port
    v.comm.handle_close({"content": {"data": {}}})  # the page closed the widget
    assert v.handler.views() == [] and v.handler.bookkeeping_bytes == 0
    assert v.server.closed and v.comm is None
    assert _port_free(port)


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(2)
        return s.connect_ex(("127.0.0.1", port)) != 0


def _wait(cond, timeout=10.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.02)
    return bool(cond())


def test_the_listen_server_stops_with_the_last_view_and_returns_with_a_new_one(rec, monkeypatch):
    monkeypatch.setattr(widget, "LISTEN_GRACE_S", 0.05)
    v = Viewer(rec, listen=0)
    v.send = lambda *a, **k: None
    port = v.server.port
    v._on_msg(v, q(view="a"), [])
    v._on_msg(v, q(view="b"), [])
    v._on_msg(v, {"type": "release", "view": "a"}, [])
    time.sleep(0.2)
    assert not v.server.closed  # one view left
    v._on_msg(v, {"type": "release", "view": "b"}, [])
    assert _wait(lambda: v.server.closed) and _port_free(port)
    v._on_msg(v, q(view="c"), [])  # shown again: listens again, on the same port
    assert not v.server.closed and v.server.port == port
    v._on_msg(v, {"type": "release", "view": "c"}, [])
    v._on_msg(v, q(view="d"), [])  # back within the grace period: the server never stopped
    time.sleep(0.2)
    assert not v.server.closed
    v.close()
    assert v.server.closed


def test_a_second_viewer_on_the_same_port_takes_it_over(rec, caplog):
    with socket.socket() as s:  # a free port
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    first = Viewer(rec, listen=port)
    with caplog.at_level(logging.WARNING, logger="rerun_nb.viewer"):
        second = Viewer(rec, listen=port)  # a re-run cell: was "Address already in use"
    assert first.server.closed and not second.server.closed and second.server.port == port
    assert "held by an earlier Viewer" in caplog.text
    second.close()
    first.close()
    assert _port_free(port)
