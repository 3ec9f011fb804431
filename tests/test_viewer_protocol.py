"""The viewer protocol handler (docs/protocol.md), without a kernel or a browser.

Most tests run against a fake recording honouring the ``Scene`` / ``EntityView`` contract of
docs/internals.md; the last ones run the tutorial on a real recording when the api layer is there.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field

import numpy as np
import pytest

from rerun_nb.viewer.protocol import MAX_BASES, ProtocolHandler, encode_batch

# --------------------------------------------------------------------------------------------------
# A fake recording: honours the Scene / EntityView contract of docs/internals.md
# --------------------------------------------------------------------------------------------------


@dataclass
class FakeRagged:
    values: np.ndarray
    offsets: np.ndarray


@dataclass
class FakeEntity:
    path: str
    components: dict
    row_ids: dict
    local_transform: np.ndarray | None = None
    world_from_entity: np.ndarray = field(default_factory=lambda: np.eye(4))
    default_color: tuple = (10, 20, 30, 255)

    @property
    def archetypes(self) -> set[str]:
        return {c.split(":")[0] for c in self.components}


@dataclass
class FakeScene:
    timeline: str | None
    time: float
    entities: dict

    def bounds(self):
        pts = [
            ev.components[c]
            for ev in self.entities.values()
            for c in ev.components
            if c.endswith("positions")
        ]
        if not pts:
            return None
        a = np.concatenate(pts)
        return a.min(0).astype(np.float64), a.max(0).astype(np.float64)


def rot_z(theta: float) -> np.ndarray:
    m = np.eye(4)
    c, s = math.cos(theta), math.sin(theta)
    m[:2, :2] = [[c, -s], [s, c]]
    return m


class FakeRec:
    """The tutorial's shape: two static spirals, strips, beads moving per step, a rotating parent."""

    N = 10
    STEPS = 400

    def __init__(self) -> None:
        rng = np.random.default_rng(0)
        self.p1 = rng.random((self.N, 3)).astype(np.float32)
        self.p2 = rng.random((self.N, 3)).astype(np.float32)
        self.calls: list[tuple] = []
        self.extra: dict[str, FakeEntity] = {}
        self.fail = False

    def timelines(self):
        return {
            "log_time": ("timestamp", 1.7e9, 1.7e9 + 1),
            "stable_time": ("duration", 0.0, (self.STEPS - 1) * 0.01),
            "frame": ("sequence", 0, 10),
        }

    def entity_paths(self):
        return sorted(["dna/structure", "dna/structure/left", "dna/structure/scaffolding/beads"])

    def scene(self, timeline, time):
        self.calls.append((timeline, time))
        if self.fail:
            raise RuntimeError("query exploded")
        ents = {}
        ents["dna/structure/left"] = FakeEntity(
            "dna/structure/left",
            {
                "Points3D:positions": self.p1,
                "Points3D:colors": np.full((self.N, 4), 200, np.uint8),
                "Points3D:radii": np.array([0.08], np.float32),
            },
            {"Points3D:positions": 1, "Points3D:colors": 1, "Points3D:radii": 1},
        )
        ents["dna/structure/scaffolding"] = FakeEntity(
            "dna/structure/scaffolding",
            {
                "LineStrips3D:strips": FakeRagged(
                    np.stack([self.p1, self.p2], 1).reshape(-1, 3), np.arange(0, 2 * self.N + 1, 2)
                ),
                "LineStrips3D:colors": np.array([[128, 128, 128, 255]], np.uint8),
            },
            {"LineStrips3D:strips": 2, "LineStrips3D:colors": 2},
        )
        if timeline == "stable_time" and time >= 0:
            step = min(round(time * 100), self.STEPS - 1)
            beads = (self.p1 + (self.p2 - self.p1) * (step / self.STEPS)).astype(np.float32)
            rid = 1000 + step
            ents["dna/structure/scaffolding/beads"] = FakeEntity(
                "dna/structure/scaffolding/beads",
                {
                    "Points3D:positions": beads,
                    "Points3D:colors": np.full((self.N, 4), 100, np.uint8),
                    "Points3D:radii": np.array([0.06], np.float32),
                },
                {"Points3D:positions": rid, "Points3D:colors": rid, "Points3D:radii": rid},
            )
            ents["dna/structure"] = FakeEntity(  # as query.scene: a transform is no drawable component
                "dna/structure",
                {},
                {"Transform3D:rotation_axis_angle": 5000 + step},
                local_transform=rot_z(step * 0.01 / 4 * math.tau),
            )
        ents.update(self.extra)
        return FakeScene(timeline, time, dict(sorted(ents.items())))


@pytest.fixture
def rec():
    return FakeRec()


@pytest.fixture
def h(rec):
    return ProtocolHandler(rec)


def q(i, time, base=None, view="v1", timeline="stable_time"):
    return {"type": "query", "id": i, "view": view, "timeline": timeline, "time": time, "base": base}


def buf(bufs, desc, dtype):
    return np.frombuffer(bufs[desc["buf"]], dtype=dtype)


def ent(reply, path):
    return next(e for e in reply["entities"] if e["path"] == path)


def assert_wire_ok(reply, bufs):
    json.dumps(reply, allow_nan=False)  # the header is plain JSON
    for b in bufs:
        assert isinstance(b, memoryview)
        assert b.contiguous and b.format == "B" and b.ndim == 1


# --------------------------------------------------------------------------------------------------
# full answers
# --------------------------------------------------------------------------------------------------


def test_full_reply_shapes_and_dtypes(h, rec):
    reply, bufs = h.handle(q(1, 1.5), [])
    assert_wire_ok(reply, bufs)
    assert reply["type"] == "scene" and reply["full"] is True
    assert reply["id"] == 1 and reply["view"] == "v1" and reply["timeline"] == "stable_time"
    assert reply["time"] == 1.5
    assert rec.calls == [("stable_time", 1.5)]
    assert [e["path"] for e in reply["entities"]] == [
        "dna/structure",
        "dna/structure/left",
        "dna/structure/scaffolding",
        "dna/structure/scaffolding/beads",
    ]
    left = ent(reply, "dna/structure/left")
    assert left["color"] == [10, 20, 30, 255]
    pos = left["comps"]["Points3D:positions"]
    assert pos["dtype"] == "float32" and pos["shape"] == [rec.N, 3]
    np.testing.assert_array_equal(buf(bufs, pos, "<f4").reshape(rec.N, 3), rec.p1)
    col = left["comps"]["Points3D:colors"]
    assert col["dtype"] == "uint8" and col["shape"] == [rec.N, 4]
    assert bufs[col["buf"]].nbytes == rec.N * 4
    rad = left["comps"]["Points3D:radii"]
    assert rad["shape"] == [1] and buf(bufs, rad, "<f4")[0] == pytest.approx(0.08)
    strips = ent(reply, "dna/structure/scaffolding")["comps"]["LineStrips3D:strips"]
    assert strips["dtype"] == "float32" and strips["shape"] == [2 * rec.N, 3]
    offs = np.frombuffer(bufs[strips["offsets"]], "<u4")
    np.testing.assert_array_equal(offs, np.arange(0, 2 * rec.N + 1, 2))
    # transforms: not sent as components; one column-major float32 matrix per path
    assert ent(reply, "dna/structure")["comps"] == {}
    tf = reply["transforms"]
    assert tf["paths"] == ["dna/structure"]
    m = np.frombuffer(bufs[tf["buf"]], "<f4").reshape(4, 4, order="F")
    np.testing.assert_allclose(m, rot_z(150 * 0.01 / 4 * math.tau), atol=1e-6)
    assert reply["removed"] == []
    lo, hi = rec.scene("stable_time", 1.5).bounds()
    np.testing.assert_allclose(reply["bounds"], [*lo, *hi], rtol=1e-6)


def test_column_major_matches_three_js_order(h):
    reply, bufs = h.handle(q(1, 1.0), [])
    flat = np.frombuffer(bufs[reply["transforms"]["buf"]], "<f4")
    m = rot_z(100 * 0.01 / 4 * math.tau)
    # three.js Matrix4.fromArray: elements[0..3] is the first column
    np.testing.assert_allclose(flat[:4], m[:, 0], atol=1e-6)
    np.testing.assert_allclose(flat[12:15], m[:3, 3], atol=1e-6)


def test_static_only_query(h):
    reply, _ = h.handle(q(1, 0, timeline=None), [])
    assert reply["type"] == "scene" and reply["timeline"] == ""
    assert "dna/structure/scaffolding/beads" not in [e["path"] for e in reply["entities"]]


def test_sequence_time_is_floored(h, rec):
    reply, _ = h.handle(q(1, 2.7, timeline="frame"), [])
    assert reply["type"] == "scene"
    assert rec.calls == [("frame", 2)]


# --------------------------------------------------------------------------------------------------
# deltas
# --------------------------------------------------------------------------------------------------


def test_transform_only_change_costs_64_bytes(h, rec):
    h.handle(q(1, 1.0), [])
    # beads unchanged (same row ids) when we pretend only the transform moved
    rec_scene = rec.scene

    def scene(timeline, time):
        s = rec_scene(timeline, 1.0)
        s.entities["dna/structure"].local_transform = rot_z(0.3)
        return s

    rec.scene = scene
    reply, bufs = h.handle(q(2, 1.01, base=1), [])
    assert reply["full"] is False
    assert reply["entities"] == [] and reply["removed"] == []
    assert reply["transforms"]["paths"] == ["dna/structure"]
    assert sum(b.nbytes for b in bufs) == 64
    assert h.last_reply_nbytes == 64


def test_unchanged_scene_costs_nothing(h):
    h.handle(q(1, 1.0), [])
    reply, bufs = h.handle(q(2, 1.0, base=1), [])
    assert reply["full"] is False
    assert reply["entities"] == [] and reply["transforms"]["paths"] == [] and reply["removed"] == []
    assert bufs == []


def test_scrub_step_sends_only_what_moved(h, rec):
    h.handle(q(1, 1.0), [])
    reply, bufs = h.handle(q(2, 1.01, base=1), [])
    assert [e["path"] for e in reply["entities"]] == ["dna/structure/scaffolding/beads"]
    assert "color" not in reply["entities"][0]  # the view has it already
    beads = reply["entities"][0]["comps"]
    assert set(beads) == {"Points3D:positions", "Points3D:colors", "Points3D:radii"}
    assert reply["transforms"]["paths"] == ["dna/structure"]
    n = rec.N
    assert sum(b.nbytes for b in bufs) == n * 12 + n * 4 + 4 + 64


def test_removed_entity_and_transform(h, rec):
    h.handle(q(1, 1.0), [])
    reply, _bufs = h.handle(q(2, -1.0, base=1), [])  # before the loop: no beads, no transform
    assert reply["removed"] == ["dna/structure", "dna/structure/scaffolding/beads"]
    assert reply["entities"] == []
    assert reply["transforms"]["paths"] == []
    # and back: they come again in full
    reply, _ = h.handle(q(3, 1.0, base=2), [])
    assert {e["path"] for e in reply["entities"]} == {"dna/structure", "dna/structure/scaffolding/beads"}
    assert reply["transforms"]["paths"] == ["dna/structure"]


def test_removed_component_is_null_and_transform_nan(h, rec):
    rec.extra["thing"] = FakeEntity(
        "thing",
        {"Points3D:positions": np.zeros((1, 3), np.float32), "Points3D:radii": np.ones(1, np.float32)},
        {"Points3D:positions": 7, "Points3D:radii": 7},
        local_transform=rot_z(0.1),
    )
    h.handle(q(1, 1.0), [])
    rec.extra["thing"] = FakeEntity(
        "thing", {"Points3D:positions": np.zeros((1, 3), np.float32)}, {"Points3D:positions": 7}
    )
    reply, bufs = h.handle(q(2, 1.0, base=1), [])
    thing = ent(reply, "thing")
    assert thing["comps"] == {"Points3D:radii": None}
    assert reply["transforms"]["paths"] == ["thing"]
    assert np.isnan(np.frombuffer(bufs[reply["transforms"]["buf"]], "<f4")).all()
    assert sum(b.nbytes for b in bufs) == 64


def test_new_row_same_value_is_resent(h, rec):
    h.handle(q(1, 1.0), [])
    rec.extra["x"] = FakeEntity(
        "x", {"Points3D:positions": np.zeros((2, 3), np.float32)}, {"Points3D:positions": 9}
    )
    reply, _ = h.handle(q(2, 1.0, base=1), [])
    assert [e["path"] for e in reply["entities"]] == ["x"]
    rec.extra["x"].row_ids = {"Points3D:positions": 10}
    reply, _ = h.handle(q(3, 1.0, base=2), [])
    assert [e["path"] for e in reply["entities"]] == ["x"]


def test_delta_is_against_base_not_last_reply(h):
    h.handle(q(1, 1.0), [])
    h.handle(q(2, 2.0, base=1), [])  # the view dropped this one (stale), and still holds 1
    reply, _ = h.handle(q(3, 1.0, base=1), [])
    assert reply["full"] is False
    assert reply["entities"] == [] and reply["transforms"]["paths"] == []


def test_unknown_or_stale_base_gets_full_reply(h):
    reply, _ = h.handle(q(1, 1.0, base=99), [])
    assert reply["full"] is True and len(reply["entities"]) == 4
    for i in range(2, 2 + MAX_BASES + 1):
        h.handle(q(i, 1.0, base=i - 1), [])
    reply, _ = h.handle(q(100, 1.0, base=1), [])  # 1 fell out of the window
    assert reply["full"] is True and len(reply["entities"]) == 4
    reply, _ = h.handle(q(101, 1.0, base=100), [])
    assert reply["full"] is False


def test_views_are_independent(h):
    h.handle(q(1, 1.0, view="a"), [])
    reply, _ = h.handle(q(2, 1.0, base=1, view="b"), [])
    assert reply["full"] is True
    reply, _ = h.handle(q(2, 1.0, base=1, view="a"), [])
    assert reply["full"] is False


def test_release_forgets_the_view(h):
    h.handle(q(1, 1.0), [])
    assert h.views() == ["v1"]
    assert h.handle({"type": "release", "view": "v1"}, []) == ({}, [])
    assert h.views() == []
    reply, _ = h.handle(q(2, 1.0, base=1), [])
    assert reply["full"] is True
    # releasing an unknown view is fine
    assert h.handle({"type": "release", "view": "nope"}, []) == ({}, [])


def test_views_are_bounded(h):
    from rerun_nb.viewer.protocol import MAX_VIEWS

    for i in range(MAX_VIEWS + 5):
        h.handle(q(1, 1.0, view=f"v{i}"), [])
    assert len(h.views()) == MAX_VIEWS
    assert "v0" not in h.views()


def test_ping(h):
    assert h.handle({"type": "ping", "id": 3}, []) == ({"type": "pong", "id": 3}, [])


# --------------------------------------------------------------------------------------------------
# malformed input: always an error reply, never an exception
# --------------------------------------------------------------------------------------------------

MALFORMED = [
    (None, None, "JSON object"),
    ("query", None, "JSON object"),
    ([1, 2], None, "JSON object"),
    ({}, None, "'type'"),
    ({"type": 3, "id": 1}, 1, "'type'"),
    ({"type": "explode", "id": 4}, 4, "unknown message type"),
    ({"type": "query", "view": "v", "timeline": "stable_time", "time": 1}, None, "'id'"),
    ({"type": "query", "id": "7", "view": "v", "timeline": "stable_time", "time": 1}, None, "'id'"),
    ({"type": "query", "id": True, "view": "v", "timeline": "stable_time", "time": 1}, None, "'id'"),
    ({"type": "query", "id": 1.5, "view": "v", "timeline": "stable_time", "time": 1}, None, "'id'"),
    ({"type": "query", "id": 5, "timeline": "stable_time", "time": 1}, 5, "'view'"),
    ({"type": "query", "id": 5, "view": "", "timeline": "stable_time", "time": 1}, 5, "'view'"),
    ({"type": "query", "id": 5, "view": 3, "timeline": "stable_time", "time": 1}, 5, "'view'"),
    ({"type": "query", "id": 5, "view": "x" * 1000, "timeline": "stable_time", "time": 1}, 5, "'view'"),
    ({"type": "query", "id": 5, "view": "v", "timeline": "stable_time"}, 5, "'time'"),
    ({"type": "query", "id": 5, "view": "v", "timeline": "stable_time", "time": "abc"}, 5, "'time'"),
    ({"type": "query", "id": 5, "view": "v", "timeline": "stable_time", "time": None}, 5, "'time'"),
    ({"type": "query", "id": 5, "view": "v", "timeline": "stable_time", "time": True}, 5, "'time'"),
    ({"type": "query", "id": 5, "view": "v", "timeline": "stable_time", "time": [1]}, 5, "'time'"),
    ({"type": "query", "id": 5, "view": "v", "timeline": "stable_time", "time": float("nan")}, 5, "'time'"),
    ({"type": "query", "id": 5, "view": "v", "timeline": "stable_time", "time": float("inf")}, 5, "'time'"),
    ({"type": "query", "id": 5, "view": "v", "timeline": "nope", "time": 1}, 5, "unknown 'timeline'"),
    ({"type": "query", "id": 5, "view": "v", "timeline": 7, "time": 1}, 5, "'timeline'"),
    ({"type": "query", "id": 5, "view": "v", "timeline": "stable_time", "time": 1, "base": "1"}, 5, "'base'"),
    ({"type": "query", "id": 5, "view": "v", "timeline": "stable_time", "time": 1, "base": 1.0}, 5, "'base'"),
    ({"type": "release"}, None, "'view'"),
    ({"type": "release", "view": {"a": 1}}, None, "'view'"),
    ({"type": "ping"}, None, "'id'"),
]


@pytest.mark.parametrize(("msg", "rid", "needle"), MALFORMED, ids=[str(i) for i in range(len(MALFORMED))])
def test_malformed_gets_error_reply(h, msg, rid, needle):
    reply, bufs = h.handle(msg, [])
    assert reply["type"] == "error", reply
    assert reply["id"] == rid
    assert needle in reply["message"]
    assert bufs == []
    json.dumps(reply, allow_nan=False)


def test_query_failure_is_an_error_reply_and_logged(h, rec, caplog):
    rec.fail = True
    reply, _bufs = h.handle(q(9, 1.0), [])
    assert reply == {
        "type": "error",
        "id": 9,
        "view": "v1",
        "message": "internal error: RuntimeError: query exploded",
    }
    assert "query exploded" in caplog.text
    rec.fail = False
    reply, _ = h.handle(q(10, 1.0), [])
    assert reply["type"] == "scene"


def test_no_recording_is_an_error_reply():
    reply, _ = ProtocolHandler(None).handle(q(1, 1.0), [])
    assert reply["type"] == "error" and "no recording" in reply["message"]


def test_callable_source_is_resolved(rec):
    h = ProtocolHandler(lambda: rec)
    assert h.handle(q(1, 1.0), [])[0]["type"] == "scene"


def test_hidden_script_labels_stay_text(h, rec):
    rec.extra["<img src=x onerror=alert(1)>"] = FakeEntity(
        "<img src=x onerror=alert(1)>",
        {"Points3D:labels": np.array(["<b>x</b>", "y"], dtype=object)},
        {"Points3D:labels": 3},
    )
    reply, _bufs = h.handle(q(1, 1.0), [])
    e = ent(reply, "<img src=x onerror=alert(1)>")
    assert e["comps"]["Points3D:labels"] == {"text": ["<b>x</b>", "y"]}


# --------------------------------------------------------------------------------------------------
# encoder
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arr", "dtype"),
    [
        (np.zeros((3, 3), np.float32), "float32"),
        (np.zeros(3, np.float64), "float64"),
        (np.zeros((3, 4), np.uint8), "uint8"),
        (np.zeros(3, np.uint16), "uint16"),
        (np.zeros(3, np.uint32), "uint32"),
        (np.zeros(3, np.int32), "int32"),
        (np.zeros(3, bool), "bool"),
        (np.zeros(3, np.int64), "int32"),
        (np.array([2**40], np.int64), "float64"),
        (np.zeros(3, np.float16), "float32"),
        (np.zeros((3, 3), ">f4"), "float32"),
    ],
)
def test_encode_dtypes(arr, dtype):
    bufs: list = []
    d = encode_batch(arr, bufs)
    assert d["dtype"] == dtype and d["shape"] == list(arr.shape)
    np.testing.assert_array_equal(
        np.frombuffer(bufs[0], "<" + np.dtype(dtype).str[1:]).reshape(arr.shape), arr
    )


def test_encode_non_contiguous_and_empty():
    bufs: list = []
    a = np.arange(12, dtype=np.float32).reshape(4, 3)[::2]
    d = encode_batch(a, bufs)
    np.testing.assert_array_equal(np.frombuffer(bufs[d["buf"]], "<f4").reshape(2, 3), a)
    d = encode_batch(np.zeros((0, 3), np.float32), bufs)
    assert d["shape"] == [0, 3] and bufs[d["buf"]].nbytes == 0


def test_encode_unencodable_is_skipped(h, rec, caplog):
    rec.extra["odd"] = FakeEntity(
        "odd",
        {"Points3D:positions": np.zeros((1, 3), np.float32), "Weird:c": np.zeros(2, np.complex64)},
        {"Points3D:positions": 1, "Weird:c": 1},
    )
    reply, _ = h.handle(q(1, 1.0), [])
    assert set(ent(reply, "odd")["comps"]) == {"Points3D:positions"}
    assert "Weird:c" in caplog.text


# --------------------------------------------------------------------------------------------------
# on a real recording: the tutorial
# --------------------------------------------------------------------------------------------------


def _tutorial_recording():
    rr = pytest.importorskip("rerun_nb")
    utilities = pytest.importorskip("rerun_nb.utilities")
    rec = rr.RecordingStream("rerun_example_dna_abacus")
    rng = np.random.default_rng(0)
    n = 100
    rec.set_time_seconds("stable_time", 0)
    p1, c1 = utilities.build_color_spiral(n)
    p2, c2 = utilities.build_color_spiral(n, angular_offset=math.tau * 0.5)
    rec.log("dna/structure/left", rr.Points3D(p1, colors=c1, radii=0.08))
    rec.log("dna/structure/right", rr.Points3D(p2, colors=c2, radii=0.08))
    rec.log("dna/structure/scaffolding", rr.LineStrips3D(np.stack((p1, p2), axis=1), colors=[128, 128, 128]))
    offs = rng.random(n)
    for i in range(400):
        t = i * 0.01
        rec.set_time_seconds("stable_time", t)
        times = t + offs
        beads = [utilities.bounce_lerp(p1[k], p2[k], times[k]) for k in range(n)]
        g = [[int(utilities.bounce_lerp(80, 230, times[k] * 2))] for k in range(n)]
        rec.log("dna/structure/scaffolding/beads", rr.Points3D(beads, radii=0.06, colors=np.repeat(g, 3, -1)))
        rec.log(
            "dna/structure",
            rr.Transform3D(rotation=rr.RotationAxisAngle(axis=[0, 0, 1], radians=t / 4.0 * math.tau)),
        )
    return rec


@pytest.fixture(scope="module")
def tutorial():
    return _tutorial_recording()


def test_real_full_and_scrub_bytes(tutorial):
    h = ProtocolHandler(tutorial)
    reply, bufs = h.handle(q(1, 3.99), [])
    assert_wire_ok(reply, bufs)
    assert reply["full"] and reply["time"] == 3.99
    paths = [e["path"] for e in reply["entities"]]
    assert paths == sorted(tutorial.entity_paths())
    assert reply["transforms"]["paths"] == ["dna/structure"]
    m = np.frombuffer(bufs[reply["transforms"]["buf"]], "<f4").reshape(4, 4, order="F")
    np.testing.assert_allclose(
        m,
        tutorial.scene(timeline="stable_time", time=3.99).entities["dna/structure"].local_transform,
        atol=1e-6,
    )
    beads = ent(reply, "dna/structure/scaffolding/beads")["comps"]
    want = tutorial.latest_at("dna/structure/scaffolding/beads", timeline="stable_time", time=3.99)
    np.testing.assert_array_equal(
        buf(bufs, beads["Points3D:positions"], "<f4").reshape(-1, 3), want["Points3D:positions"]
    )
    np.testing.assert_array_equal(
        buf(bufs, beads["Points3D:colors"], "u1").reshape(-1, 4), want["Points3D:colors"]
    )
    # one scrub step: the beads (positions, colors, radius) and the 64-byte transform, nothing else
    reply, bufs = h.handle(q(2, 3.98, base=1), [])
    assert [e["path"] for e in reply["entities"]] == ["dna/structure/scaffolding/beads"]
    assert sum(b.nbytes for b in bufs) == 100 * 12 + 100 * 4 + 4 + 64
    # the same step again: nothing
    reply, bufs = h.handle(q(3, 3.981, base=2), [])
    assert reply["entities"] == [] and bufs == []


def test_real_before_the_loop_and_static_only(tutorial):
    h = ProtocolHandler(tutorial)
    h.handle(q(1, 3.99), [])
    reply, _ = h.handle(q(2, -1.0, base=1), [])  # before stable_time 0: nothing was logged yet
    assert set(reply["removed"]) == set(tutorial.entity_paths())
    reply, _ = h.handle(q(3, 0, timeline=None), [])
    assert reply["type"] == "scene" and reply["entities"] == []


def test_viewer_widget_defaults_and_messages(tutorial):
    from rerun_nb.viewer import Viewer

    v = Viewer(tutorial)
    assert v.timeline == "stable_time"  # the user's timeline, not log_time
    assert v.time == pytest.approx(3.99)
    tl = {d["name"]: d for d in v.timelines}
    assert set(tl) == {"log_time", "stable_time"}
    st = tl["stable_time"]
    assert st["kind"] == "duration" and st["min"] == 0.0 and st["max"] == pytest.approx(3.99)
    assert len(st["marks"]) == 400 and st["marks"] == sorted(st["marks"])
    assert v.entity_paths == sorted(tutorial.entity_paths())
    sent = []
    v.send = lambda content, buffers=None: sent.append((content, buffers))
    v._on_msg(v, q(1, 2.0), [])
    assert sent[-1][0]["type"] == "scene" and sent[-1][0]["full"]
    v._on_msg(v, {"type": "release", "view": "v1"}, [])
    assert len(sent) == 1  # release needs no answer
    v._on_msg(v, "garbage", [])
    assert sent[-1][0]["type"] == "error"
    v.time = 2  # Python drives the view
    assert v.time == 2.0
    before = v.data_version
    v.refresh()
    assert v.data_version == before + 1
    with pytest.raises(Exception, match="unknown timeline"):
        v.timeline = "nope"
    with pytest.raises(ValueError, match="unknown timeline"):
        Viewer(tutorial, timeline="nope")
    v2 = Viewer(tutorial, timeline="log_time", time=0.0, height=300)
    assert v2.timeline == "log_time" and v2.time == 0.0 and v2.height == 300
    v.close()
    v2.close()


def test_viewer_marks_are_downsampled():
    rr = pytest.importorskip("rerun_nb")
    from rerun_nb.viewer import Viewer

    rec = rr.RecordingStream("marks")
    for i in range(2500):
        rec.set_time_sequence("frame", i)
        rec.log("p", rr.Points3D([[i, 0, 0]]))
    v = Viewer(rec)
    marks = next(d for d in v.timelines if d["name"] == "frame")["marks"]
    assert len(marks) <= 1000 and marks[0] == 0 and marks[-1] == 2499 and marks == sorted(marks)
    # data logged after the viewer was made shows after refresh()
    rec.set_time_sequence("frame", 5000)
    rec.log("q", rr.Points3D([[0, 0, 0]]))
    v.refresh()
    assert "q" in v.entity_paths
    assert next(d for d in v.timelines if d["name"] == "frame")["max"] == 5000
    v.close()


def test_viewer_rejects_bad_recording():
    from rerun_nb.viewer import Viewer

    with pytest.raises(TypeError, match="recording"):
        Viewer(42)
