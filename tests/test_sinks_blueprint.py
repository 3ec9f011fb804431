"""``default_blueprint`` of ``rr.set_sinks`` / ``rr.save`` (issue 13): the layout becomes the app's default (as
Rerun's ``send_blueprint(make_active=False, make_default=True)``) and a native file or memory sink keeps it, so
``rerun_nb.load`` shows it; without one, the app's blueprint of the moment (``send_blueprint``, ``init``) is kept."""

from __future__ import annotations

import pytest

import rerun_nb as rr
import rerun_nb.blueprint as rrb
from rerun_nb.blueprint.serialize import blueprint_to_layout
from rerun_nb.io.native import NativeWriter, read_native
from rerun_nb.viewer import ui_state


def _layout_bp() -> rrb.Blueprint:
    return rrb.Blueprint(
        rrb.Horizontal(
            rrb.MapView(origin="/", name="places", zoom=5), rrb.TextLogView(name="logs"), column_shares=[3, 1]
        ),
        rrb.TimePanel(state="collapsed"),
    )


def _layout(bp, rec) -> dict:
    return blueprint_to_layout(bp, rec)


def _forget(app: str) -> None:
    """What a new process knows of ``app``: nothing."""
    ui_state._states.pop(app, None)


def _rec(app: str) -> rr.RecordingStream:
    rec = rr.RecordingStream(app)
    rec.log("places", rr.GeoPoints(lat_lon=[[59.3, 18.1]]), static=True)
    rec.log("logs", rr.TextLog("hi"), static=True)
    return rec


def test_file_sink_keeps_the_default_blueprint_for_load(tmp_path):
    rec, bp, p = _rec("sinks_bp_file"), _layout_bp(), tmp_path / "a.rnb"
    rec.set_sinks(rr.FileSink(p), default_blueprint=bp)
    assert ui_state.active_blueprint("sinks_bp_file") is bp  # the app's default now, as in Rerun
    rec.flush()
    _forget("sinks_bp_file")
    rr.load(p)  # still being written: the segments layout
    assert _layout(ui_state.active_blueprint("sinks_bp_file"), rec) == _layout(bp, rec)
    rec.disconnect()  # compacted into the table layout: the header keeps the blueprint
    _forget("sinks_bp_file")
    back = rr.load(p)
    got = ui_state.active_blueprint("sinks_bp_file")
    assert got is not None and _layout(got, back) == _layout(bp, rec)
    assert [v.class_identifier for v in got.views()] == ["Map", "TextLog"]
    assert got.panel_states()["time"] == "collapsed"


def test_a_viewer_of_the_loaded_file_shows_that_layout(tmp_path):
    from rerun_nb.viewer import Viewer

    rec, p = _rec("sinks_bp_viewer"), tmp_path / "v.rnb"
    rec.save(p, default_blueprint=_layout_bp())
    rec.disconnect()
    _forget("sinks_bp_viewer")
    v = Viewer(rr.load(p))
    try:
        root = v.view_layout["root"]
        assert root["kind"] == "horizontal" and [c["class"] for c in root["children"]] == ["Map", "TextLog"]
        assert root["children"][0]["properties"]["MapZoom"] == {"value": 5}
    finally:
        v.close()


def test_memory_sink_and_the_apps_blueprint_of_the_moment(tmp_path):
    rr.init("sinks_bp_init", default_blueprint=_layout_bp())  # Rerun: the app's default blueprint
    mem = rr.memory_recording()
    rr.log("places", rr.GeoPoints(lat_lon=[[1.0, 2.0]]), static=True)
    (tmp_path / "m.rnb").write_bytes(mem.drain_as_bytes())
    assert read_native(tmp_path / "m.rnb").default_blueprint is not None
    _forget("sinks_bp_init")
    rr.load(tmp_path / "m.rnb")
    assert [v.class_identifier for v in ui_state.active_blueprint("sinks_bp_init").views()] == [
        "Map",
        "TextLog",
    ]


def test_a_default_does_not_replace_the_active_blueprint(tmp_path):
    rec = _rec("sinks_bp_active")
    active = rrb.Blueprint(rrb.TextLogView(origin="/logs"))
    rec.send_blueprint(active)
    rec.set_sinks(rr.FileSink(tmp_path / "b.rnb"), default_blueprint=_layout_bp())
    assert ui_state.active_blueprint("sinks_bp_active") is active
    rec.disconnect()
    _forget("sinks_bp_active")
    rr.load(tmp_path / "b.rnb")
    assert [v.class_identifier for v in ui_state.active_blueprint("sinks_bp_active").views()] == [
        "Map",
        "TextLog",
    ]


def test_no_blueprint_no_header_key(tmp_path):
    rec = rr.RecordingStream("sinks_bp_none")
    rec.save(tmp_path / "n.rnb")
    rec.disconnect()
    assert read_native(tmp_path / "n.rnb").default_blueprint is None


def _structure(x):
    """A layout without its generated ids (they hash the contents' spelling: a list of one vs a string) and
    the views' properties (a .rrd keeps the structure only: rerun_nb/io/rrd_blueprint.py)."""
    if isinstance(x, dict):
        return {k: _structure(v) for k, v in x.items() if k not in ("id", "view_ids", "properties")}
    return [_structure(v) for v in x] if isinstance(x, list) else x


def test_rrd_keeps_the_layout_as_rerun_reads_it_and_load_shows_it(tmp_path):
    rerun = pytest.importorskip("rerun")
    import rerun.chunk

    rec, bp, p = _rec("sinks_bp_rrd"), _layout_bp(), tmp_path / "x.rrd"
    rec.save(p, default_blueprint=bp)
    rec.disconnect()
    reader = rerun.chunk.RrdReader(str(p))
    classes = []
    for ch in reader.stream(store=reader.blueprints()[0]):  # Rerun's own blueprint store
        rb = ch.to_record_batch()
        if "ViewBlueprint:class_identifier" in rb.schema.names:
            classes += rb.column("ViewBlueprint:class_identifier").to_pylist()[-1]
    assert sorted(classes) == ["Map", "TextLog"]
    _forget("sinks_bp_rrd")
    back = rr.load(p)
    got = ui_state.active_blueprint("sinks_bp_rrd")
    assert got is not None and _structure(_layout(got, back)) == _structure(_layout(bp, back))
    assert _layout(got, back)["root"]["children"][0]["properties"] == {
        "MapZoom": {"value": 5.0}
    }  # the map's zoom


@pytest.mark.parametrize(
    "text",
    [
        "{not json",
        '{"version": 1, "root": {"container": "Evil"}}',
        '{"version": 99}',
        "[" * 5000 + "]" * 5000,
    ],
    ids=["not-json", "unknown-container", "version", "deep"],
)
def test_a_bad_blueprint_in_a_file_is_reported_and_ignored(tmp_path, text):
    p = tmp_path / "bad.rnb"
    NativeWriter(p, "sinks_bp_bad", "rid", blueprint=text).close()
    _forget("sinks_bp_bad")
    with pytest.warns(rr.RerunWarning, match="default_blueprint"):
        rec = rr.load(p)
    assert rec.application_id == "sinks_bp_bad" and ui_state.active_blueprint("sinks_bp_bad") is None


def test_a_blueprint_written_by_rerun_sdk_is_shown_by_load(tmp_path):
    rerun = pytest.importorskip("rerun")
    import rerun.blueprint as rbp

    rec = rerun.RecordingStream("sinks_bp_from_rerun", send_properties=False)
    rec.save(str(tmp_path / "r.rrd"), default_blueprint=rbp.Blueprint(rbp.Vertical(rbp.MapView(name="m"),
                                                                                     rbp.TextLogView(), row_shares=[1, 2])))  # fmt: skip
    rec.log("places", rerun.GeoPoints(lat_lon=[[59.3, 18.1]]), static=True)
    rec.flush()
    rec.disconnect()
    _forget("sinks_bp_from_rerun")
    rr.load(tmp_path / "r.rrd")
    got = ui_state.active_blueprint("sinks_bp_from_rerun")
    assert [v.class_identifier for v in got.views()] == ["Map", "TextLog"]
    assert got.root_container.kind.name == "Vertical" and got.root_container.row_shares == [1.0, 2.0]
