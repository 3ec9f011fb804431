"""A cleanly closed native file is ONE Arrow IPC stream: it opens in pyarrow, polars and DuckDB as a table.

While logging the file is written as segments (crash-safe); closing compacts it (temp file + atomic rename).
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
import time
import warnings
from collections import Counter

import numpy as np
import pyarrow as pa
import pytest
from test_io_native import QUERIES, _assert_same_latest_at, _log_scene

import rerun_nb as rr
from rerun_nb.io import native
from rerun_nb.io.native import RecordingFileError
from rerun_nb.store import Chunk, Column

pl = pytest.importorskip("polars")
duckdb = pytest.importorskip("duckdb")


def _rows_per_entity(rec) -> dict[str, int]:
    n: Counter[str] = Counter()
    for c in rec.store.chunks():
        n[c.entity_path] += c.num_rows
    return dict(n)


def _same_chunk(a: Chunk, b: Chunk) -> None:
    assert (a.entity_path, a.is_static) == (b.entity_path, b.is_static)
    assert np.array_equal(a.row_ids, b.row_ids)
    assert list(a.timelines) == list(b.timelines)
    for k in a.timelines:
        assert np.array_equal(a.timelines[k], b.timelines[k]), k
    assert list(a.components) == list(b.components)
    for k, ca in a.components.items():
        cb = b.components[k]
        assert np.array_equal(ca.offsets, cb.offsets), k
        assert (ca.validity is None) == (cb.validity is None), k
        if ca.validity is not None:
            assert np.array_equal(ca.validity, cb.validity), k
        va, vb = ca.values, cb.values
        if hasattr(va, "offsets"):  # Ragged
            assert np.array_equal(va.offsets, vb.offsets), k
            va, vb = va.values, vb.values
        assert va.dtype == vb.dtype and va.shape == vb.shape, (k, va.dtype, vb.dtype, va.shape, vb.shape)
        assert np.array_equal(va, vb), k


@pytest.fixture(scope="module")
def tutorial_file(tmp_path_factory):
    from test_tutorial import run_tutorial

    run_tutorial(with_fix=True)
    rec = rr.get_global_data_recording()
    path = tmp_path_factory.mktemp("tut") / "tutorial.rnb"
    rr.save(path)
    rr.disconnect()
    return path, rec


def test_tutorial_file_opens_in_polars_one_row_per_logged_row(tutorial_file):
    path, rec = tutorial_file
    df = pl.read_ipc_stream(path)
    assert df.height == rec.store.num_rows > 100
    assert {"entity_path", "row_id", "stable_time", "Points3D:positions"} <= set(df.columns)
    assert df["row_id"].n_unique() == df.height
    counts = dict(df.group_by("entity_path").len().iter_rows())
    assert {str(k): v for k, v in counts.items()} == _rows_per_entity(rec)
    # the values are the logged ones: the left strand at the last time it was logged
    left = df.filter(pl.col("entity_path") == "dna/structure/left").sort("row_id")
    want = rec.latest_at("dna/structure/left", timeline="stable_time")["Points3D:positions"]
    got = np.array(left["Points3D:positions"][-1].to_list(), np.float32)
    assert np.array_equal(got, want)
    # static rows have no time; every timed row has one
    beads = df.filter(pl.col("entity_path") == "dna/structure/scaffolding/beads")
    assert beads.height > 1 and beads["stable_time"].null_count() == 0


def test_tutorial_file_in_duckdb_over_pyarrow(tutorial_file):
    path, rec = tutorial_file
    t = pa.ipc.open_stream(path).read_all()
    assert t.num_rows == rec.store.num_rows
    got = duckdb.sql("SELECT entity_path, count(*) FROM t GROUP BY 1 ORDER BY 1").fetchall()
    assert got == sorted(_rows_per_entity(rec).items())
    static = sum(c.num_rows for c in rec.store.chunks() if c.is_static)
    n_null = duckdb.sql("SELECT count(*) FROM t WHERE stable_time IS NULL").fetchall()[0][0]
    timed_without = sum(
        c.num_rows for c in rec.store.chunks() if not c.is_static and "stable_time" not in c.timelines
    )
    assert n_null == static + timed_without
    n_pos = duckdb.sql('SELECT count(*) FROM t WHERE "Points3D:positions" IS NOT NULL').fetchall()[0][0]
    assert n_pos == sum(
        c.num_rows
        - (
            0
            if c.components["Points3D:positions"].validity is None
            else int((~c.components["Points3D:positions"].validity).sum())
        )
        for c in rec.store.chunks()
        if "Points3D:positions" in c.components
    )


def test_tutorial_file_loads_to_the_same_chunks_and_answers(tutorial_file):
    path, rec = tutorial_file
    f = native.read_native(path)
    assert f.layout == "table" and f.complete
    orig = rec.store.chunks()
    assert len(f.chunks) == len(orig)
    for a, b in zip(orig, f.chunks):
        _same_chunk(a, b)
    loaded = rr.load(path)
    _assert_same_latest_at(rec, loaded, [("stable_time", 0.0), ("stable_time", 1.5), (None, None)])
    assert loaded.timelines() == rec.timelines()


def test_compacted_scene_same_latest_at_and_memory_mapped(tmp_path):
    rec = rr.RecordingStream("rerun_example_table", recording_id="tbl")
    _log_scene(rec)
    rec.send_columns(
        "big",
        indexes=[rr.TimeColumn("step", sequence=np.arange(100))],
        columns=rr.Points3D.columns(positions=np.random.rand(100_000, 3).astype(np.float32)).partition(
            np.full(100, 1000)
        ),
    )
    path = tmp_path / "s.rnb"
    rec.save(path)
    rec.disconnect()
    f = native.read_native(path)
    assert f.layout == "table"
    assert (f.application_id, f.recording_id) == ("rerun_example_table", "tbl")
    for a, b in zip(rec.store.chunks(), f.chunks, strict=True):
        _same_chunk(a, b)
    _assert_same_latest_at(rec, rr.load(path), QUERIES)
    big = next(c for c in f.chunks if c.entity_path == "big")
    assert not big.components["Points3D:positions"].values.flags.owndata  # a view of the mapped file
    # the file is no more than 10% over the raw arrays for a recording of point clouds
    raw = sum(c.nbytes for c in rec.store.chunks())
    assert os.path.getsize(path) <= 1.1 * raw
    # no temporary file left behind
    assert sorted(os.listdir(tmp_path)) == ["s.rnb"]


def test_killed_writer_leaves_segments_that_load_and_compact(tmp_path):
    path = tmp_path / "killed.rnb"
    code = textwrap.dedent(
        f"""
        import time, rerun_nb as rr
        rr.init("killed", recording_id="k")
        rr.save({str(path)!r})
        for i in range(10):
            rr.set_time("i", sequence=i)
            rr.log("p", rr.Points3D([[i, i, i]]))
            rr.log("s", rr.Scalars(float(i)))
            rr.flush()
        print("logged", flush=True)
        time.sleep(60)
        """
    )
    p = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert p.stdout.readline().strip() == "logged"
        time.sleep(0.5)
    finally:
        p.kill()
        p.wait()
    # never closed: the segments layout; a single-stream reader sees the header saying what to do
    head = pl.read_ipc_stream(path)
    assert head["format"].to_list() == ["rerun_nb.recording"] and "read_table" in head["how_to_read"][0]
    rec = rr.load(path)
    assert rec.store.num_rows == 20
    assert rec.latest_at("p", timeline="i", time=9)["Points3D:positions"].tolist() == [[9, 9, 9]]
    # cut off mid-write: loads up to the last complete chunk, with the warning
    data = path.read_bytes()
    cut = tmp_path / "cut.rnb"
    cut.write_bytes(data[:-30])
    with pytest.warns(rr.RerunWarning, match=r"cut\.rnb: cut off at byte \d+ .*recovered"):
        part = rr.load(cut)
    assert 0 < part.store.num_rows < 20
    # compact() turns the killed writer's file into one stream
    st = native.compact(path)
    assert st is not None and st.rows == 20 and st.bytes_before == len(data)
    df = pl.read_ipc_stream(path)
    assert df.height == 20
    assert df.filter(pl.col("entity_path") == "s")["Scalars:scalars"].to_list()[-1] == [9.0]
    _assert_same_latest_at(rec, rr.load(path), [("i", 0), ("i", 5), ("i", 9)])
    assert native.compact(path) is None  # already one stream


def _segments_file(path, rec) -> bytes:
    w = native.NativeWriter(path, rec.application_id, rec.recording_id, compact=False)
    for c in rec.store.chunks():
        w.write(c, rec.store.timeline_kinds)
    w.close()
    return path.read_bytes()


@pytest.mark.parametrize("where", ["write", "rename"])
def test_compaction_failure_leaves_the_original_intact(tmp_path, monkeypatch, where):
    rec = rr.RecordingStream("app", recording_id="r")
    _log_scene(rec)
    path = tmp_path / "f.rnb"
    before = _segments_file(path, rec)

    if where == "write":
        real = native._to_table_batch
        calls = []

        def failing(*a, **k):
            calls.append(1)
            if len(calls) >= 3:
                raise OSError(errno.ENOSPC, "No space left on device")
            return real(*a, **k)

        monkeypatch.setattr(native, "_to_table_batch", failing)
    else:
        real_replace = os.replace

        def failing_replace(src, dst, *a, **k):  # compaction's rename fails (the writer's own one works)
            if str(src).endswith(".compacting"):
                raise OSError(errno.EIO, "Input/output error")
            return real_replace(src, dst, *a, **k)

        monkeypatch.setattr(native.os, "replace", failing_replace)
    with pytest.raises(RecordingFileError, match=r"f\.rnb: compaction failed: (No space left|Input/output)"):
        native.compact(path)
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["f.rnb"]  # the temporary file is gone
    # through rr.save / rr.disconnect: a warning, and the complete segments file
    path2 = tmp_path / "g.rnb"
    rec.save(path2)
    with pytest.warns(rr.RerunWarning, match=r"g\.rnb: could not rewrite the file as one Arrow stream"):
        rec.disconnect()
    assert sorted(os.listdir(tmp_path)) == ["f.rnb", "g.rnb"]
    monkeypatch.undo()
    for p in (path, path2):
        f = native.read_native(p)
        assert f.layout == "segments" and f.complete
        _assert_same_latest_at(rec, rr.load(p), QUERIES)


def test_columns_with_clashing_types_and_shapes_round_trip(tmp_path):
    def chunk(entity, rid, values, kind="sequence"):
        n = len(values)
        return Chunk(
            entity,
            np.arange(rid, rid + n, dtype=np.int64),
            {"t": np.arange(n, dtype=np.int64)},
            {"Any:v": Column(np.arange(n + 1, dtype=np.int64), values)},
            timeline_kinds={"t": kind},
        )

    chunks = [
        chunk("a", 0, np.arange(3, dtype=np.float64)),
        chunk("b", 10, np.arange(3, dtype=np.int32)),  # same component, another Arrow type
        chunk("c", 20, np.zeros((2, 2, 3), np.float32)),  # same Arrow type (6 floats) ...
        chunk("d", 30, np.ones((2, 3, 2), np.float32)),  # ... another shape
        chunk("e", 40, np.arange(2, dtype=np.float64), kind="duration"),  # timeline "t" as a duration
    ]
    path = tmp_path / "clash.rnb"
    w = native.NativeWriter(path, "app", "r")
    for c in chunks:
        w.write(c)
    w.close()
    assert w.compacted is not None
    t = pa.ipc.open_stream(path).read_all()
    assert t.num_rows == 12
    assert {"Any:v", "Any:v#2", "t", "t#2"} <= set(t.column_names)
    f = native.read_native(path)
    assert f.layout == "table"
    for a, b in zip(chunks, f.chunks, strict=True):
        _same_chunk(a, b)
    assert f.chunks[4].timeline_kinds == {"t": "duration"}


def test_saving_again_to_the_same_path_keeps_everything(tmp_path):
    rec = rr.RecordingStream("app")
    path = tmp_path / "same.rnb"
    rec.set_time("i", sequence=0)
    rec.log("p", rr.Points3D([[0, 0, 0]]))
    rec.save(path)
    rec.log("q", rr.Scalars(1.0))
    rec.save(path)  # replaces the sink writing this very file
    rec.log("p", rr.Points3D([[2, 2, 2]]))
    rec.disconnect()
    assert pl.read_ipc_stream(path).height == 3
    assert rr.load(path).store.num_rows == 3


def test_empty_recording_and_zstd(tmp_path):
    rec = rr.RecordingStream("app")
    rec.save(tmp_path / "empty.rnb")
    rec.disconnect()
    assert pl.read_ipc_stream(tmp_path / "empty.rnb").height == 0
    assert rr.load(tmp_path / "empty.rnb").store.num_rows == 0
    rec.send_columns(
        "p",
        indexes=[rr.TimeColumn("t", sequence=np.arange(1000))],
        columns=rr.Points3D.columns(positions=np.zeros((1000, 3), np.float32)),
    )
    rec.log("s", rr.Scalars(3.0), static=True)
    rec.save(tmp_path / "z.rnb", compression="zstd")
    rec.disconnect()
    assert native.read_native(tmp_path / "z.rnb").layout == "table"
    df = pl.read_ipc_stream(tmp_path / "z.rnb")
    assert df.height == 1001
    assert duckdb.sql("SELECT count(*) FROM df WHERE t IS NULL").fetchall()[0][0] == 1
    _assert_same_latest_at(rec, rr.load(tmp_path / "z.rnb"), [("t", 0), ("t", 999), (None, None)])


def test_table_file_without_chunk_descriptions_is_a_clear_error(tmp_path):
    rec = rr.RecordingStream("app")
    _log_scene(rec)
    path = tmp_path / "r.rnb"
    rec.save(path)
    rec.disconnect()
    # another tool rewrites the stream, keeping the schema metadata but not the per-batch metadata
    t = pa.ipc.open_stream(path).read_all()
    other = tmp_path / "other.rnb"
    with pa.ipc.new_stream(str(other), t.schema) as w:
        w.write_table(t)
    with pytest.raises(RecordingFileError, match="without its chunk description"):
        rr.load(other)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert rr.load(path).store.num_rows == rec.store.num_rows
