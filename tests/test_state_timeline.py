"""The state timeline view on the kernel side (issue 13): StateChange phases per entity by Rerun's rules,
StateConfiguration labels / colours / visibility, the ``states`` range query and its error replies."""

from __future__ import annotations

import pytest

import rerun_nb as rr
import rerun_nb.blueprint as rrb
from rerun_nb.state_timeline import PALETTE, palette_color, query_states
from rerun_nb.viewer import Viewer


def doors() -> rr.RecordingStream:
    """Rerun's how-to: a configured /door (Open green, Closed red) and an unconfigured /window."""
    rec = rr.RecordingStream("states")
    rec.log("door", rr.StateConfiguration(values=["open", "closed"], labels=["Open", "Closed"],
                                          colors=[0x4CAF50FF, 0xEF5350FF]), static=True)  # fmt: skip
    for t, path, s in [(0, "door", "open"), (0, "window", "closed"), (1, "door", "closed"),
                       (3, "window", "open"), (4, "door", "open"), (6, "door", ""), (8, "door", "open")]:  # fmt: skip
        rec.set_time("step", sequence=t)
        rec.log(path, rr.StateChange(state=s))
    return rec


def phases(lane) -> list[tuple]:
    return [(p.start, p.end, p.label, p.color[:3]) for p in lane.phases]


def test_phases_labels_colours_and_gaps() -> None:
    door, window = query_states(doors().store, ["door", "window"], "step", None, None)
    green, red = (76, 175, 80), (239, 83, 80)
    assert phases(door) == [
        (0, 1, "Open", green),
        (1, 4, "Closed", red),
        (4, 6, "Open", green),
        (8, None, "Open", green),
    ]
    assert [(p.start, p.end, p.label) for p in window.phases] == [(0, 3, "closed"), (3, None, "open")]
    assert window.phases[0].color == palette_color("closed") and palette_color("closed") in PALETTE


def test_same_time_last_wins_repeats_merge_hidden_is_a_gap_and_short_labels_fall_back() -> None:
    rec = rr.RecordingStream("states_rules")
    rec.log(
        "m",
        rr.StateConfiguration(values=["a", "b", "c"], labels=["A"], visible=[True, True, False]),
        static=True,
    )
    for t, s in [(0, ""), (1, "a"), (1, "b"), (2, "b"), (3, "c"), (5, "a")]:
        rec.set_time("step", sequence=t)
        rec.log("m", rr.StateChange(state=s))
    (lane,) = query_states(rec.store, ["m"], "step", None, None)
    # leading gap dropped; at t=1 "b" (logged last) wins; t=2 repeats it; "c" is hidden: a gap until t=5
    assert [(p.start, p.end, p.value, p.label) for p in lane.phases] == [
        (1, 3, "b", "b"),
        (5, None, "a", "A"),
    ]


def test_range_keeps_the_phases_that_overlap_it() -> None:
    store = doors().store
    (door,) = query_states(store, ["door"], "step", 2, 5)
    assert [(p.start, p.end) for p in door.phases] == [(1, 4), (4, 6)]
    (door,) = query_states(store, ["door"], "step", 7, 7)
    assert [(p.start, p.end) for p in door.phases] == []  # the gap 6..8
    (door,) = query_states(store, ["door"], "step", 9, None)
    assert [(p.start, p.end) for p in door.phases] == [(8, None)]
    assert query_states(store, ["nothing"], "step", None, None) == []


def _state_view(v: Viewer) -> str:
    stack = [v.view_layout["root"]]
    while stack:
        n = stack.pop()
        if n["type"] == "view" and n["class"] == "StateTimeline":
            return n["id"]
        stack.extend(n.get("children", []))
    raise AssertionError("no StateTimeline view")


def test_states_reply_and_heuristics() -> None:
    v = Viewer(doors())
    sid = _state_view(v)
    r, bufs = v.handler.handle({"type": "states", "id": 4, "view": "w/" + sid, "space": sid, "timeline": "step",
                                "start": 0, "end": 10}, [])  # fmt: skip
    assert bufs == [] and (r["type"], r["id"], r["view"], r["data_range"]) == (
        "states",
        4,
        "w/" + sid,
        [0, 8],
    )
    assert [lane["path"] for lane in r["lanes"]] == ["door", "window"]
    assert r["lanes"][0]["phases"][1] == {"start": 1, "end": 4, "value": "closed", "label": "Closed",
                                          "color": [239, 83, 80, 255]}  # fmt: skip
    v.close()
    views = rrb.heuristic_views({"door": {"StateChange", "StateConfiguration"}, "window": {"StateChange"}})
    assert [(type(w).__name__, w.origin) for w in views] == [("StateTimelineView", "/")]


@pytest.mark.parametrize(
    "bad",
    [
        {"timeline": "nope"},
        {"timeline": 3},
        {"start": "a"},
        {"end": [1]},
        {"id": "x"},
        {"space": "missing"},
        {"space": None},
    ],
)
def test_malformed_states_requests_get_an_error_reply(bad: dict) -> None:
    v = Viewer(doors())
    sid = _state_view(v)
    msg = {
        "type": "states",
        "id": 5,
        "view": "w/" + sid,
        "space": sid,
        "timeline": "step",
        "start": None,
        "end": None,
    }
    msg.update(bad)
    r, _ = v.handler.handle(msg, [])
    assert r["type"] == "error", r
    v.close()


def test_states_to_a_time_series_view_is_an_error() -> None:
    rec = doors()
    rec.set_time("step", sequence=0)
    rec.log("loss", rr.Scalars(1.0))
    v = Viewer(rec)
    stack, ts = [v.view_layout["root"]], None
    while stack:
        n = stack.pop()
        ts = n["id"] if n["type"] == "view" and n["class"] == "TimeSeries" else ts
        stack.extend(n.get("children", []))
    r, _ = v.handler.handle(
        {"type": "states", "id": 6, "view": "w/" + ts, "space": ts, "timeline": "step"}, []
    )
    assert r["type"] == "error" and "TimeSeries" in r.get("message", r.get("error", str(r)))
    v.close()


def test_state_change_and_configuration_count_as_drawn() -> None:
    from rerun_nb.archetypes.coverage import is_drawn, stored_only_archetypes

    assert is_drawn("StateChange:state") and is_drawn("StateConfiguration:colors")
    assert not {"StateChange", "StateConfiguration"} & set(stored_only_archetypes())


def test_narrow_phases_merge_so_a_reply_stays_small() -> None:
    rec = rr.RecordingStream("states_many")
    n = 20_000
    rec.send_columns("st", indexes=[rr.TimeColumn("step", sequence=range(n))],
                     columns=rr.StateChange.columns(state=["idle", "run"] * (n // 2)))  # fmt: skip
    rec.set_time("step", sequence=n)
    rec.log("st", rr.StateChange(state="done"))
    v = Viewer(rec)
    sid = _state_view(v)
    msg = {"type": "states", "id": 7, "view": "w/" + sid, "space": sid, "timeline": "step", "width": 400}
    r, _ = v.handler.handle(msg, [])
    (lane,) = r["lanes"]
    # 4 px of 400 over 20 000 steps: 200 steps; every 1-step phase merges, the open "done" stays itself
    assert [(p["start"], p["end"], p["count"], p["label"]) for p in lane["phases"][:1]] == [
        (0, n, n, f"{n} states")
    ]
    assert lane["phases"][-1] == {"start": n, "end": None, "value": "done", "label": "done",
                                  "color": list(palette_color("done"))}  # fmt: skip
    r, _ = v.handler.handle({**msg, "id": 8, "start": 100, "end": 104}, [])  # zoomed in: phases again
    assert [(p["start"], p["value"]) for p in r["lanes"][0]["phases"]] == [
        (i, ["idle", "run"][i % 2]) for i in range(100, 105)
    ]
    for bad in (0, -1, 9000, 2.5, "wide"):
        assert v.handler.handle({**msg, "id": 9, "width": bad}, [])[0]["type"] == "error", bad
    v.close()
