"""The v2 views on the kernel side (docs/protocol.md, "Layout" and "Views (v2)"): the mixed recording's layout,
space-filtered scenes with origin-relative transforms and deltas per space, series, text log, inspect, save,
pushed scenes, malformed v2 messages, blueprints sent from Python and UI state kept across a re-run."""

from __future__ import annotations

import os

import numpy as np
import pytest

import rerun_nb as rr
import rerun_nb.blueprint as rrb
from rerun_nb.series import query_series
from rerun_nb.viewer import ProtocolHandler, Viewer, ui_state


def mixed(app: str = "views_mixed", steps: int = 10) -> rr.RecordingStream:
    """The recording of issue 11: points, a box and arrows under world, a loss curve, a text log, 2D points."""
    rec = rr.RecordingStream(app)
    rng = np.random.default_rng(0)
    for i in range(steps):
        rec.set_time("step", sequence=i)
        rec.log("world/points", rr.Points3D(rng.random((5, 3))))
        rec.log("world/box", rr.Boxes3D(half_sizes=[1, 1, 1]))
        rec.log("world/arrows", rr.Arrows3D(vectors=[[1, 0, 0]]))
        rec.log("loss", rr.Scalars(1.0 / (i + 1)))
        rec.log("log", rr.TextLog(f"step {i}", level="INFO" if i % 2 else "WARN"))
        rec.log("image/points", rr.Points2D(rng.random((4, 2)) * 100))
    return rec


def views_of(layout: dict) -> dict[str, dict]:
    out, stack = {}, [layout["root"]]
    while stack:
        n = stack.pop()
        if n["type"] == "view":
            out[n["class"]] = n
        else:
            stack.extend(n["children"])
    return out


def captured(v: Viewer) -> list:
    sent: list = []
    v.send = lambda content, buffers=None: sent.append((content, buffers))
    return sent


def ask(v: Viewer, msg: dict) -> tuple[dict, list]:
    return v.handler.handle(msg, [])


# -- layout -----------------------------------------------------------------------------------------


def test_mixed_recording_layout_as_rerun() -> None:
    v = Viewer(mixed())
    lay = v.view_layout
    views = views_of(lay)
    assert sorted(views) == ["2D", "3D", "TextLog", "TimeSeries"]
    assert views["3D"]["origin"] == "/" and views["3D"]["entities"] == [
        "world/arrows",
        "world/box",
        "world/points",
    ]
    assert views["2D"]["entities"] == ["image/points"]
    assert views["TimeSeries"]["origin"] == "/loss" and views["TimeSeries"]["entities"] == ["loss"]
    assert views["TextLog"]["entities"] == ["log"]
    assert lay["root"]["kind"] == "grid" and lay["auto_views"] is True
    v.close()


def test_send_blueprint_relays_out_viewers_of_the_app_and_new_entities_add_views() -> None:
    rec = mixed("views_bp")
    v = Viewer(rec)
    rec.send_blueprint(rrb.Blueprint(rrb.Horizontal(rrb.Spatial3DView(origin="/world"), rrb.TextLogView())))
    root = v.view_layout["root"]
    assert root["kind"] == "horizontal" and [c["class"] for c in root["children"]] == ["3D", "TextLog"]
    rec.send_blueprint(rrb.Blueprint(rrb.TimeSeriesView(origin="/loss")), make_active=False)
    assert v.view_layout["root"]["kind"] == "horizontal"  # the active one stays
    v.close()
    rec2 = mixed("views_auto")
    v2 = Viewer(rec2)
    rec2.log("more/loss", rr.Scalars(2.0))
    v2.refresh()
    assert "more/loss" in {e for n in [v2.view_layout["root"]] for e in _all_entities(n)}
    v2.close()


def _all_entities(node: dict) -> list[str]:
    if node["type"] == "view":
        return node["entities"]
    return [e for c in node["children"] for e in _all_entities(c)]


def test_init_default_blueprint_and_notebook_show_blueprint() -> None:
    rr.init("views_init_bp", default_blueprint=rrb.Blueprint(rrb.TextLogView(origin="/")))
    rr.log("log", rr.TextLog("hi"))
    v = Viewer()
    assert views_of(v.view_layout).keys() == {"TextLog"}
    v.close()
    rec = mixed("views_show_bp")
    v = Viewer(rec, blueprint=rrb.Spatial2DView(origin="/image"))
    assert views_of(v.view_layout).keys() == {"2D"}
    v.close()


# -- spaces -----------------------------------------------------------------------------------------


def test_query_with_space_answers_only_that_views_entities() -> None:
    v = Viewer(mixed("views_space"))
    views = views_of(v.view_layout)
    for cls, want in (("3D", {"world/arrows", "world/box", "world/points"}), ("2D", {"image/points"})):
        sid = views[cls]["id"]
        r, bufs = ask(
            v, {"type": "query", "id": 1, "view": f"v-1/{sid}", "space": sid, "timeline": "step", "time": 3}
        )
        assert r["type"] == "scene" and r["full"] and {e["path"] for e in r["entities"]} == want
    sid = views["TimeSeries"]["id"]
    r, _ = ask(
        v, {"type": "query", "id": 1, "view": f"v-1/{sid}", "space": sid, "timeline": "step", "time": 3}
    )
    assert r["type"] == "error" and "TimeSeries" in r["message"]
    r, _ = ask(v, {"type": "query", "id": 1, "view": "v-1/x", "space": "nope", "timeline": "step", "time": 3})
    assert r["type"] == "error" and "space" in r["message"]
    v.close()


def test_deltas_are_kept_per_space() -> None:
    v = Viewer(mixed("views_delta"))
    views = views_of(v.view_layout)
    s3, s2 = views["3D"]["id"], views["2D"]["id"]
    q = {"type": "query", "timeline": "step"}
    a, _ = ask(v, {**q, "id": 1, "view": f"w/{s3}", "space": s3, "time": 3, "base": None})
    b, _ = ask(v, {**q, "id": 1, "view": f"w/{s2}", "space": s2, "time": 3, "base": None})
    a2, _ = ask(v, {**q, "id": 2, "view": f"w/{s3}", "space": s3, "time": 4, "base": 1})
    assert a2["base"] == 1 and not a2["full"]
    changed = {e["path"]: set(e["comps"]) for e in a2["entities"]}
    assert changed == {"world/points": {"Points3D:positions"}, "world/box": {"Boxes3D:half_sizes"},
                       "world/arrows": {"Arrows3D:vectors"}}  # fmt: skip
    b2, _ = ask(v, {**q, "id": 2, "view": f"w/{s2}", "space": s2, "time": 3, "base": 1})
    assert b2["entities"] == [] and b2["removed"] == []
    v.close()


def _tf_by_path(reply: dict, bufs: list) -> dict[str, np.ndarray]:
    t = reply["transforms"]
    if not t["paths"]:
        return {}
    m = np.frombuffer(bytes(bufs[t["buf"]]), "<f4").reshape(-1, 4, 4)
    return {p: m[i].T.astype(np.float64) for i, p in enumerate(t["paths"])}  # column-major -> row-major


def test_transforms_are_relative_to_the_origin() -> None:
    rec = rr.RecordingStream("views_tf")
    rec.log("world", rr.Transform3D(translation=[10, 0, 0]), static=True)
    rec.log("world/arm", rr.Transform3D(translation=[0, 2, 0]), static=True)
    rec.log("world/arm/p", rr.Points3D([[0, 0, 0]]), static=True)
    rec.log("other", rr.Transform3D(translation=[0, 0, 5]), static=True)
    rec.log("other/q", rr.Points3D([[1, 1, 1]]), static=True)
    rec.send_blueprint(rrb.Spatial3DView(origin="/world", contents=["+ $origin/**", "+ /other/**"]))
    v = Viewer(rec)
    sid = v.view_layout["view_ids"][0]
    r, bufs = ask(
        v, {"type": "query", "id": 1, "view": "w/" + sid, "space": sid, "timeline": None, "time": 0}
    )
    tfs = _tf_by_path(r, bufs)
    assert "world" not in tfs and tfs["world/arm"][:3, 3].tolist() == [0, 2, 0]
    assert tfs["other"][:3, 3].tolist() == [-10, 0, 5]  # origin_from_other = inv(world) @ other
    lo, hi = r["bounds"][:3], r["bounds"][3:]
    # in the origin's space: world/arm/p at (0, 2, 0), other/q at (-10 + 1, 0 + 1, 5 + 1)
    assert np.allclose(lo, [-9, 1, 0]) and np.allclose(hi, [0, 2, 6])
    v.close()


# -- series, text log, inspect ------------------------------------------------------------------------


def test_series_reply() -> None:
    rec = rr.RecordingStream("views_series")
    n = 100_000
    steps = np.arange(n)
    y = np.sin(steps / 300.0)
    rec.send_columns(
        "loss", indexes=[rr.TimeColumn("step", sequence=steps)], columns=rr.Scalars.columns(scalars=y)
    )
    v = Viewer(rec)
    sid = views_of(v.view_layout)["TimeSeries"]["id"]
    msg = {"type": "series", "id": 9, "view": "w/" + sid, "space": sid, "timeline": "step", "start": None,
           "end": None, "width": 300}  # fmt: skip
    r, bufs = ask(v, msg)
    assert r["type"] == "series" and r["id"] == 9 and r["data_range"] == [0, n - 1]
    assert r["value_range"] == pytest.approx([y.min(), y.max()])
    (s,) = r["series"]
    assert {k: s[k] for k in ("path", "index", "name", "kind", "visible")} == {
        "path": "loss", "index": 0, "name": "loss", "kind": "line", "visible": True}  # fmt: skip
    x = np.frombuffer(bytes(bufs[s["x"]]), "<f8")
    yy = np.frombuffer(bytes(bufs[s["y"]]), "<f8")
    ref = query_series(rec.store, ["loss"], "step", None, None, 300).series[0]
    assert s["n"] == len(x) == len(ref.x) <= 1200 and np.array_equal(x, ref.x) and np.array_equal(yy, ref.y)
    assert sum(b.nbytes for b in bufs) <= 200_000
    v.close()


def test_text_log_reply_and_inspect() -> None:
    v = Viewer(mixed("views_text"))
    sid = views_of(v.view_layout)["TextLog"]["id"]
    r, bufs = ask(v, {"type": "text_log", "id": 12, "view": "w/" + sid, "space": sid, "timeline": "step", "time": 7,
                      "offset": None, "limit": 4, "levels": None})  # fmt: skip
    assert bufs == [] and (r["total"], r["offset"], r["cursor"], r["levels"]) == (10, 4, 7, ["INFO", "WARN"])
    assert r["rows"][3] == {"time": 7, "path": "log", "level": "INFO", "text": "step 7", "color": None}
    r, _ = ask(v, {"type": "text_log", "id": 13, "view": "w/" + sid, "space": sid, "timeline": "step", "time": 7,
                   "offset": 0, "limit": 100, "levels": ["WARN"]})  # fmt: skip
    assert r["total"] == 5 and r["cursor"] == 3
    r, _ = ask(v, {"type": "inspect", "id": 20, "view": "w", "path": "world/points", "timeline": "step", "time": 7,
                   "instance": 2})  # fmt: skip
    assert r["type"] == "inspect" and r["path"] == "world/points" and r["instance"] == 2
    (pos,) = [c for c in r["components"] if c["name"] == "Points3D:positions"]
    assert pos["count"] == 5 and len(pos["values"]) == 5 and pos["colors"] is None
    v.close()


# -- save -------------------------------------------------------------------------------------------


def test_save_writes_a_loadable_file_and_refuses_paths(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    rec = mixed("views_save")
    h = ProtocolHandler(rec)
    r, _ = h.handle(
        {"type": "save", "id": 30, "name": "run.rnb", "timeline": "step", "start": None, "end": None}
    )
    assert r == {"type": "saved", "id": 30, "path": str(tmp_path / "run.rnb"), "rows": rec.store.num_rows}
    back = rr.load(tmp_path / "run.rnb")
    assert back.entity_paths() == rec.entity_paths()
    r, _ = h.handle({"type": "save", "id": 31, "name": "part.rnb", "timeline": "step", "start": 2, "end": 4})
    assert r["type"] == "saved" and r["rows"] == 3 * 6
    assert rr.load(tmp_path / "part.rnb").timelines()["step"][1:] == (2, 4)
    for bad in ("run.rnb", "../x.rnb", "sub/x.rnb", "/tmp/x.rnb", ".hidden.rnb", "x.txt", "", 5, "a\\b.rnb"):
        r, _ = h.handle({"type": "save", "id": 32, "name": bad, "timeline": "step"})
        assert r["type"] == "error" and r["id"] == 32, bad
    assert sorted(os.listdir(tmp_path)) == ["part.rnb", "run.rnb"]


# -- malformed v2 messages -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "msg",
    [
        {"type": "series", "id": 1, "view": "w", "timeline": "step", "width": 100},  # no space
        {"type": "series", "id": 1, "view": "w", "space": "S", "timeline": "step", "width": 0},
        {"type": "series", "id": 1, "view": "w", "space": "S", "timeline": "step", "width": "wide"},
        {"type": "series", "id": 1, "view": "w", "space": "S", "timeline": "nope", "width": 10},
        {"type": "series", "id": 1, "view": "w", "space": "S", "timeline": "step", "width": 10, "start": "a"},
        {"type": "series", "id": "x", "view": "w", "space": "S", "timeline": "step", "width": 10},
        {
            "type": "text_log",
            "id": 1,
            "view": "w",
            "space": "T",
            "timeline": "step",
            "time": 1,
            "limit": 5000,
        },
        {"type": "text_log", "id": 1, "view": "w", "space": "T", "timeline": "step", "time": 1, "offset": -1},
        {
            "type": "text_log",
            "id": 1,
            "view": "w",
            "space": "T",
            "timeline": "step",
            "time": 1,
            "levels": "INFO",
        },
        {
            "type": "text_log",
            "id": 1,
            "view": "w",
            "space": "S",
            "timeline": "step",
            "time": 1,
        },  # wrong class
        {"type": "inspect", "id": 1, "view": "w", "path": 5},
        {"type": "inspect", "id": 1, "view": "w", "path": "loss", "timeline": "step", "time": "x"},
        {"type": "inspect", "id": 1, "view": "w", "path": "loss", "instance": -2},
        {"type": "save", "id": 1, "name": "x.rnb", "timeline": "nope", "start": 1},
        {"type": "query", "id": 1, "view": "w", "space": 17, "timeline": "step", "time": 1},
        {"type": "window", "id": 1, "view": "w", "space": "nope", "timeline": "step", "start": 0, "end": 3},
    ],
)
def test_malformed_v2_messages_get_error_replies(msg: dict) -> None:
    v = Viewer(mixed("views_bad"))
    views = views_of(v.view_layout)
    msg = {k: (views["TimeSeries"]["id"] if val == "S" else views["TextLog"]["id"] if val == "T" else val)
           for k, val in msg.items()}  # fmt: skip
    r, bufs = ask(v, msg)
    assert r["type"] == "error" and bufs == [] and isinstance(r["message"], str)
    v.close()


# -- pushed scenes ------------------------------------------------------------------------------------


def test_python_set_time_pushes_what_a_query_would_answer() -> None:
    v = Viewer(mixed("views_push"), timeline="step", time=2)
    sent = captured(v)
    s3 = views_of(v.view_layout)["3D"]["id"]
    view = "w/" + s3
    ask(v, {"type": "query", "id": 1, "view": view, "space": s3, "timeline": "step", "time": 2, "base": None})
    v.time = 6
    (push, bufs), = [(m, b) for m, b in sent if m.get("push")]  # fmt: skip
    assert push["base"] == 1 and push["id"] is None and push["id_as"] < 0 and push["view"] == view
    # the same delta a query at 6 against base 1 gets
    ref = Viewer(mixed("views_push"), timeline="step", time=2)
    ask(ref, {"type": "query", "id": 1, "view": view, "space": ref.view_layout["view_ids"][0], "timeline": "step",
              "time": 2, "base": None})  # fmt: skip
    s3r = views_of(ref.view_layout)["3D"]["id"]
    ask(
        ref,
        {"type": "query", "id": 1, "view": view, "space": s3r, "timeline": "step", "time": 2, "base": None},
    )
    want, wbufs = ask(
        ref, {"type": "query", "id": 2, "view": view, "space": s3r, "timeline": "step", "time": 6, "base": 1}
    )
    strip = lambda r: {k: r[k] for k in ("entities", "removed", "bounds", "full", "base", "timeline")}  # noqa: E731
    assert strip(push) == strip(want) and [bytes(b) for b in bufs] == [bytes(b) for b in wbufs]
    # the pushed reply is a base for the next query
    r, _ = ask(v, {"type": "query", "id": 3, "view": view, "space": s3, "timeline": "step", "time": 6,
                   "base": push["id_as"]})  # fmt: skip
    assert r["base"] == push["id_as"] and r["entities"] == []
    # a change the page made is not pushed back
    n = len(sent)
    v.set_state({"time": 3})
    assert not [m for m, _ in sent[n:] if m.get("push")]
    v.close()
    ref.close()


# -- UI state per application id ----------------------------------------------------------------------


def _log_run(app: str) -> rr.RecordingStream:
    rr.init(app)
    for i in range(5):
        rr.set_time("step", sequence=i)
        rr.log("world/p", rr.Points3D([[i, 0, 0]]))
    return rr.get_global_data_recording()


def test_ui_state_kept_across_a_rerun() -> None:
    first = _log_run("views_rerun")
    v = Viewer()  # shows the global recording and follows it
    cam = {"position": [1.0, 2.0, 3.0], "target": [0.0, 0.0, 0.0], "up": [0.0, 0.0, 1.0]}
    v.camera, v.hidden, v.time, v.ui = cam, ["world/p"], 2.0, {"sizes": {"c1": [0.3, 0.7]}}
    second = _log_run("views_rerun")  # the logging cell runs again
    assert second is not first and v.recording is second
    v.refresh()  # what the live pusher / the end-of-cell hook does as the new data comes in
    assert (v.camera, v.hidden, v.timeline, v.time, v.ui) == (
        cam,
        ["world/p"],
        "step",
        2.0,
        {"sizes": {"c1": [0.3, 0.7]}},
    )
    again = Viewer(second)  # shown again for the same app
    assert (again.camera, again.hidden, again.timeline, again.time) == (cam, ["world/p"], "step", 2.0)
    other = Viewer(mixed("views_other_app"))
    assert other.camera == {} and other.hidden == []
    for w in (v, again, other):
        w.close()
    assert ui_state.recall("views_rerun").time == 2.0


# -- the static picture draws the layout (issue 11, item 9) --------------------------------------------


def test_tiles_follow_the_layout_shares_grid_and_tabs() -> None:
    from rerun_nb.render.layout_picture import tiles

    v = {"type": "view", "visible": True}
    lay = {"root": {"type": "container", "kind": "vertical", "shares": [1, 3], "children": [
        {**v, "id": "top"},
        {"type": "container", "kind": "grid", "grid_columns": 2, "children": [{**v, "id": f"g{i}"} for i in range(3)]},
    ]}}  # fmt: skip
    got = {n["id"]: r for n, r in tiles(lay, 200, 400)}
    assert got == {"top": (0, 0, 200, 100), "g0": (0, 100, 100, 150), "g1": (100, 100, 100, 150),
                   "g2": (0, 250, 100, 150)}  # fmt: skip
    tabs = {
        "root": {
            "type": "container",
            "kind": "tabs",
            "active_tab": 1,
            "children": [{**v, "id": "a"}, {**v, "id": "b"}],
        }
    }
    assert [n["id"] for n, _ in tiles(tabs, 10, 10)] == ["b"]


def test_static_picture_draws_every_view_of_the_mixed_recording() -> None:
    from rerun_nb.render.notebook import static_picture_reason, static_png_for

    if static_picture_reason() is not None:
        pytest.skip(static_picture_reason())
    import io

    from PIL import Image

    rec = mixed("views_picture", steps=20)
    png = static_png_for(rec, "step", 10, None, 600, 400)
    img = np.asarray(Image.open(io.BytesIO(png)).convert("RGBA")).astype(int)
    lay = Viewer(rec).view_layout
    from rerun_nb.render.layout_picture import TITLE_H, tiles

    bg = np.array([24, 24, 28, 255])
    for node, (x, y, w, h) in tiles(lay, 600, 400):
        body = img[y + TITLE_H + 2 : y + h - 2, x + 2 : x + w - 2]
        drawn = np.any(np.abs(body - bg) > 30, axis=-1).mean()
        assert drawn > 0.0005, (node["class"], drawn)  # something drawn in every view
