"""Calls around logging (issue 13, item 3) and the component-batch / AnyValues side of item 2."""

from __future__ import annotations

import argparse
import threading

import numpy as np
import pytest

import rerun_nb as rr


def test_recording_is_the_thread_local_one_inside_with_and_restored_after():
    outer = rr.RecordingStream("outer")
    rr.set_thread_local_data_recording(outer)
    try:
        with rr.RecordingStream("inner") as inner:
            assert rr.get_data_recording() is inner
            rr.log("a", rr.Scalars(1.0))
            seen = []
            t = threading.Thread(target=lambda: seen.append(rr.get_thread_local_data_recording()))
            t.start()
            t.join()
            assert seen == [None]  # thread-local: other threads are not affected
        assert rr.get_data_recording() is outer
        assert inner.entity_paths() == ["a"] and outer.entity_paths() == []
    finally:
        rr.set_thread_local_data_recording(None)


def test_with_block_flushes_its_file(tmp_path):
    with rr.RecordingStream("f") as rec:
        rec.save(tmp_path / "f.rnb")
        rr.log("p", rr.Points3D([[0, 0, 0]]))
    assert rr.load(tmp_path / "f.rnb").entity_paths() == ["p"]
    rec.disconnect()


def test_ids_enabled_properties_and_recording_name():
    rr.init("rerun_example_calls", recording_id="abc")
    assert rr.get_application_id() == "rerun_example_calls" and rr.get_recording_id() == "abc"
    assert rr.is_enabled()
    rr.send_recording_name("my run")
    rr.send_recording_start_time_nanos(1_700_000_000_000_000_000)
    rr.send_property("config", rr.AnyValues(lr=0.01, optimizer="adam"))
    rec = rr.get_global_data_recording()
    info = rec.latest_at("__properties")
    assert info["RecordingInfo:name"].tolist() == ["my run"]
    assert info["RecordingInfo:start_time"].tolist() == [1_700_000_000_000_000_000]
    assert rec.latest_at("__properties/config")["optimizer"].tolist() == ["adam"]
    assert not rr.RecordingStream("off", default_enabled=False).is_enabled()


def test_set_sinks_writes_every_file_and_memory(tmp_path):
    rec = rr.RecordingStream("sinks")
    rec.log("before", rr.Scalars(1.0))
    mem = rr.memory_recording(recording=rec)
    rec.set_sinks(rr.FileSink(tmp_path / "a.rnb"), rr.FileSink(tmp_path / "b.rnb"), mem)
    rec.log("after", rr.Scalars(2.0))
    rec.disconnect()
    for f in ("a.rnb", "b.rnb"):
        assert rr.load(tmp_path / f).entity_paths() == ["after", "before"]
    (tmp_path / "m.rnb").write_bytes(mem.drain_as_bytes())
    assert rr.load(tmp_path / "m.rnb").entity_paths() == ["after", "before"]
    assert mem.drain_as_bytes() == b""  # drained
    with pytest.raises(TypeError, match="set_sinks"):
        rec.set_sinks("not a sink")


def test_memory_recording_and_binary_stream_hold_the_native_format(tmp_path):
    rec = rr.RecordingStream("mem")
    stream = rr.binary_stream(recording=rec)
    rec.log("x", rr.Points3D([[1, 2, 3]]))
    data = stream.read()
    assert data[:4] == b"\xff\xff\xff\xff"  # an Arrow IPC stream
    (tmp_path / "s.rnb").write_bytes(data)
    assert rr.load(tmp_path / "s.rnb").latest_at("x", timeline="log_time")["Points3D:positions"].tolist() == [
        [1, 2, 3]
    ]


def test_log_file_from_path_reads_rnb_and_rrd_under_a_prefix(tmp_path):
    src = rr.RecordingStream("src")
    src.set_time("step", sequence=3)
    src.log("pts", rr.Points3D([[0, 0, 1]]))
    src.save(tmp_path / "src.rnb")
    src.disconnect()
    rec = rr.RecordingStream("dst")
    rec.log_file_from_path(tmp_path / "src.rnb", entity_path_prefix="imported")
    assert rec.latest_at("imported/pts", timeline="step", time=3)["Points3D:positions"].tolist() == [
        [0, 0, 1]
    ]
    rec.log_file_from_path(tmp_path / "src.rnb", entity_path_prefix="static", static=True)
    assert "Points3D:positions" in rec.latest_at("static/pts")
    with pytest.warns(rr.RerunWarning, match="log_file_from_path"):
        rec.log_file_from_path(tmp_path / "missing.png")


def test_script_helpers(tmp_path):
    parser = argparse.ArgumentParser()
    rr.script_add_args(parser)
    args = parser.parse_args(["--save", str(tmp_path / "s.rnb")])
    assert args.save and not args.headless and not args.serve
    rec = rr.script_setup(args, "rerun_example_script")
    assert rr.get_global_data_recording() is rec
    rr.log("q", rr.Scalars(1.0))
    rr.script_teardown(args)
    assert rr.load(tmp_path / "s.rnb").entity_paths() == ["q"]
    rr.set_strict_mode(False)


def test_log_takes_described_component_batches_as_rerun_does():
    rec = rr.RecordingStream("batches")
    rec.set_time("t", sequence=0)
    pos = rr.components.Position3DBatch([[1, 2, 3]]).described(rr.Points3D.descriptor_positions())
    col = rr.components.ColorBatch([255, 0, 0]).described(rr.Points3D.descriptor_colors())
    rec.log("a", [pos, col])
    rec.log("b", pos, rr.components.RadiusBatch(0.5).described(rr.Points3D.descriptor_radii()))
    got = rec.latest_at("a", timeline="t", time=0)
    assert got["Points3D:positions"].tolist() == [[1, 2, 3]] and got["Points3D:colors"].tolist() == [
        [255, 0, 0, 255]
    ]
    assert rec.latest_at("b", timeline="t", time=0)["Points3D:radii"].tolist() == [0.5]
    assert set(rec.scene(timeline="t", time=0).entities) == {"a", "b"}  # drawn like logged Points3D
    with pytest.warns(rr.RerunWarning, match="described"):
        rec.log("c", rr.components.Position3DBatch([[0, 0, 0]]))  # not described: Rerun refuses it too
    with pytest.warns(rr.RerunWarning, match="'d'.*Position3D"):
        rec.log("d", rr.components.Position3DBatch([[0, 0]]).described(rr.Points3D.descriptor_positions()))


def test_component_types_carry_rerun_names():
    C = rr.components
    assert C.FillMode.Solid == 3 and str(C.MarkerShape.Cross) == "Cross"
    assert rr.Radius is C.Radius and C.Radius.ui_points([2.0]).tolist() == [-2.0]
    assert (
        C.MediaType.MARKDOWN == "text/markdown"
        and rr.MediaType.guess_from_path("a.glb") == "model/gltf-binary"
    )
    assert C.Position3DBatch([[1, 2, 3]]).component_type() == "rerun.components.Position3D"
    assert np.asarray(C.Color([255, 0, 0])).tolist() == [[255, 0, 0, 255]]
    col = C.ScalarBatch([1.0, 2.0, 3.0]).described(rr.Scalars.descriptor_scalars()).partition([1, 2])
    rec = rr.RecordingStream("cols")
    rec.send_columns("s", indexes=[rr.TimeColumn("t", sequence=[0, 1])], columns=[col])
    assert rec.latest_at("s", timeline="t", time=1)["Scalars:scalars"].tolist() == [2.0, 3.0]
    assert C.Position3DBatch("nope")._error is not None


def test_any_values_are_stored_saved_and_keep_their_first_type(tmp_path):
    rec = rr.RecordingStream("any")
    rec.set_time("t", sequence=0)
    rec.log("e", rr.AnyValues(confidence=[0.5, 0.9], label="car", count=3, ok=True, raw=b"\x00\x01"))
    rec.log("e", rr.DynamicArchetype("Gps", components={"speed": np.float32(3.5)}))
    rec.set_time("t", sequence=1)
    rec.log("e", rr.AnyValues(count=4.0))  # converted to the first type (int64)
    got = rec.latest_at("e", timeline="t", time=1)
    assert got["count"].tolist() == [4] and got["count"].dtype == np.int64
    assert got["label"].tolist() == ["car"] and got["Gps:speed"].dtype == np.float32
    assert bytes(got["raw"][0]) == b"\x00\x01"
    with pytest.warns(rr.RerunWarning, match="type changed"):
        rec.log("e", rr.AnyValues(count="four"))
    assert not rec.scene(timeline="t", time=1).entities  # stored, not drawn
    for ext in ("rnb", "rrd"):
        if ext == "rrd":
            pytest.importorskip("rerun")
        rec.save(tmp_path / f"a.{ext}")
        rec.disconnect()
        back = rr.load(tmp_path / f"a.{ext}").latest_at("e", timeline="t", time=1)
        assert back["confidence"].tolist() == [0.5, 0.9] and back["label"].tolist() == ["car"]
        assert back["Gps:speed"].tolist() == [3.5]


def test_any_values_columns_and_drop_untyped_nones():
    rec = rr.RecordingStream("anycols")
    rec.send_columns(
        "c", indexes=[rr.TimeColumn("t", sequence=[0, 1, 2])], columns=rr.AnyValues.columns(v=[1.0, 2.0, 3.0])
    )
    assert rec.latest_at("c", timeline="t", time=1)["v"].tolist() == [2.0]
    assert rr.AnyValues(nothing=None).as_component_batches() == {}
    cols = rr.DynamicArchetype.columns("Arch", components={"xy": np.zeros((2, 3))})
    assert cols[0].name == "Arch:xy" and cols[0].lengths.tolist() == [3, 3]
