"""Rerun interop: .rrd written and read through rerun-sdk; a clear error without it."""

from __future__ import annotations

import sys

import numpy as np
import pyarrow as pa
import pytest
from test_io_native import QUERIES, _assert_same_latest_at, _log_scene

import rerun_nb as rr
from rerun_nb.io.rrd import RerunSdkMissingError


def _rerun_latest_at(path, entity, component, timeline, t):
    """Latest-at computed over the chunks rerun-sdk's own RrdReader gives (no rerun_nb code involved)."""
    from rerun.chunk import RrdReader

    best = None
    for ch in RrdReader(str(path)).stream().to_chunks():
        if ch.entity_path != "/" + entity:
            continue
        rb = ch.to_record_batch()
        if component not in rb.schema.names:
            continue
        col = rb.column(component)
        rid = rb.column(0).to_pylist()
        if ch.is_static:
            times = [None] * rb.num_rows
        elif timeline in rb.schema.names:
            times = rb.column(timeline).cast(pa.int64()).to_pylist()
        else:
            continue
        for i in range(rb.num_rows):
            if not col[i].is_valid:
                continue
            key = (0 if times[i] is None else 1, -(2**63) if times[i] is None else times[i], rid[i])
            if times[i] is not None and times[i] > t:
                continue
            if ch.is_static:
                key = (2, 0, rid[i])  # static shadows temporal
            if best is None or key > best[0]:
                best = (key, col[i].as_py())
    return None if best is None else best[1]


def test_rrd_round_trip_through_rerun_sdk(tmp_path):
    pytest.importorskip("rerun")
    rec = rr.RecordingStream("rerun_example_rrd", recording_id="rrd-1")
    rec.save(tmp_path / "x.rrd")
    _log_scene(rec)
    rec.disconnect()
    from rerun.chunk import RrdReader

    entry = RrdReader(str(tmp_path / "x.rrd")).recordings()[0]
    assert (entry.application_id, entry.recording_id) == ("rerun_example_rrd", "rrd-1")
    # rerun-sdk's reader sees what we logged
    assert _rerun_latest_at(tmp_path / "x.rrd", "s", "Scalars:scalars", "step", 7) == [7.0]
    assert (
        _rerun_latest_at(tmp_path / "x.rrd", "pts", "Points3D:positions", "step", 3) == [[3.0, 3.0, 3.0]] * 3
    )
    red = _rerun_latest_at(tmp_path / "x.rrd", "pts", "Points3D:colors", "step", 3)
    assert red == [0xFF0000FF]  # Rerun's packed RGBA
    assert _rerun_latest_at(tmp_path / "x.rrd", "a/b", "Transform3D:translation", "step", 4) == [
        [4.0, 0.0, 0.0]
    ]
    # and back: rerun_nb.load of the .rrd gives the same answers as the recording
    back = rr.load(tmp_path / "x.rrd")
    assert back.application_id == "rerun_example_rrd"
    _assert_same_latest_at(rec, back, QUERIES)


def test_rrd_written_by_rerun_sdk_imports(tmp_path):
    rerun = pytest.importorskip("rerun")
    path = tmp_path / "from_rerun.rrd"
    r = rerun.RecordingStream("rerun_example_native_rerun", recording_id="abc")
    r.save(str(path))
    r.set_time("frame", sequence=1)
    r.log("pts", rerun.Points3D([[1, 2, 3]], colors=[[0, 255, 0]], radii=0.5))
    r.set_time("frame", sequence=2)
    r.log("pts", rerun.Points3D([[4, 5, 6], [7, 8, 9]]))
    r.log("tf", rerun.Transform3D(translation=[1, 0, 0], mat3x3=np.arange(9).reshape(3, 3)))
    r.log("lines", rerun.LineStrips3D([[[0, 0, 0], [1, 1, 1]]]), static=True)
    r.flush()
    r.disconnect()
    rec = rr.load(path)
    assert rec.recording_id == "abc"
    at1 = rec.latest_at("pts", timeline="frame", time=1)
    assert at1["Points3D:positions"].tolist() == [[1, 2, 3]]
    assert at1["Points3D:colors"].tolist() == [[0, 255, 0, 255]]
    at2 = rec.latest_at("pts", timeline="frame", time=2)
    assert at2["Points3D:positions"].tolist() == [[4, 5, 6], [7, 8, 9]]
    assert rec.latest_at("tf", timeline="frame", time=2)["Transform3D:mat3x3"].tolist() == [
        [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
    ]
    assert len(rec.latest_at("lines")["LineStrips3D:strips"]) == 1
    # recording properties are kept (Rerun's start time), as our own recordings keep them
    assert rec.latest_at("__properties")["RecordingInfo:start_time"].dtype == np.int64


def test_rrd_without_rerun_sdk_is_a_clear_error_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "rerun", None)
    rec = rr.RecordingStream("app")
    rec.log("p", rr.Points3D([[1, 2, 3]]))
    with pytest.raises(RerunSdkMissingError) as ei:
        rec.save(tmp_path / "out.rrd")
    msg = str(ei.value)
    assert "rerun_nb[rerun]" in msg and "out.rnb" in msg and "out.rrd" in msg
    assert isinstance(ei.value, ImportError)
    assert not (tmp_path / "out.rrd").exists()
    assert rec.store.num_rows == 1
    with pytest.raises(RerunSdkMissingError):
        rr.load(tmp_path / "whatever.rrd")


def test_native_file_under_rrd_name_is_refused_on_load(tmp_path):
    pytest.importorskip("rerun")
    rec = rr.RecordingStream("app")
    rec.log("p", rr.Points3D([[1, 2, 3]]))
    rec.save(tmp_path / "n.rnb")
    rec.disconnect()
    (tmp_path / "fake.rrd").write_bytes((tmp_path / "n.rnb").read_bytes())
    with pytest.raises(rr.RecordingFileError, match=r"native rerun_nb file, not a Rerun \.rrd"):
        rr.load(tmp_path / "fake.rrd")
    # format="native" reads it whatever its name
    assert rr.load(tmp_path / "fake.rrd", format="native").store.num_rows == 1
