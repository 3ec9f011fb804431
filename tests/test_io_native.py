"""Native recording files: rr.save streaming, load, read_table, crash recovery, bad files, failing saves."""

from __future__ import annotations

import errno
import io
import os
import re
import subprocess
import sys
import textwrap
import time
import warnings

import numpy as np
import pyarrow as pa
import pytest

import rerun_nb as rr
from rerun_nb.io import native
from rerun_nb.io.native import RecordingFileError
from rerun_nb.store import Chunk, Column


def _same(a, b) -> bool:
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a.dtype == b.dtype and a.shape == b.shape and np.array_equal(a, b)


def _assert_same_latest_at(orig, loaded, queries) -> None:
    assert loaded.entity_paths() == orig.entity_paths()
    for e in orig.entity_paths():
        for tl, t in queries:
            a = orig.latest_at(e, timeline=tl, time=t)
            b = loaded.latest_at(e, timeline=tl, time=t)
            assert a.keys() == b.keys(), (e, tl, t)
            for k in a:
                assert _same(a[k], b[k]), (e, tl, t, k)


def _log_scene(rec) -> None:
    rec.set_time("step", sequence=0)
    rec.set_time("sim", duration=0.0)
    rec.log(
        "pts", rr.Points3D([[0, 0, 0], [1, 1, 1]], colors=[255, 0, 0], labels=["a", "b"], radii=[0.1, 0.2])
    )
    rec.log(
        "lines", rr.LineStrips3D([[[0, 0, 0], [1, 1, 1]], [[2, 2, 2], [3, 3, 3], [4, 4, 4]]]), static=True
    )
    rec.log("world", rr.ViewCoordinates.RIGHT_HAND_Z_UP, static=True)
    for i in range(1, 20):
        rec.set_time("step", sequence=i)
        rec.set_time("sim", duration=i * 0.5)
        rec.log("pts", rr.Points3D(np.full((3, 3), i, np.float32)))
        rec.log(
            "a/b",
            rr.Transform3D(translation=[i, 0, 0], rotation=rr.RotationAxisAngle(axis=[0, 0, 1], radians=i)),
        )
        rec.log("s", rr.Scalars(float(i)))
    rec.log("t", rr.TextLog("hello", level="INFO"))
    rec.log("a", rr.Clear(recursive=True))


QUERIES = [("step", 0), ("step", 5), ("step", 19), ("sim", 3.2), (None, None)]


def test_save_streams_old_and_new_rows_and_load_gives_same_answers(tmp_path):
    rec = rr.RecordingStream("rerun_example_io", recording_id="rec-42")
    rec.set_time("step", sequence=0)
    rec.log("early", rr.Points3D([[9, 9, 9]]))
    path = tmp_path / "r.rnb"
    rec.save(path)
    _log_scene(rec)
    rec.disconnect()
    loaded = rr.load(path)
    assert loaded.application_id == "rerun_example_io"
    assert loaded.recording_id == "rec-42"
    assert loaded.store.num_rows == rec.store.num_rows
    _assert_same_latest_at(rec, loaded, QUERIES)
    assert loaded.timelines() == rec.timelines()
    # logging into a loaded recording appends, after everything loaded
    loaded.set_time("step", sequence=19)
    loaded.log("pts", rr.Points3D([[7, 7, 7]]))
    assert loaded.latest_at("pts", timeline="step", time=19)["Points3D:positions"].tolist() == [[7, 7, 7]]


def test_global_save_and_disconnect(tmp_path):
    rr.init("rerun_example_global")
    rr.log("x", rr.Points3D([[1, 2, 3]]))
    path = str(tmp_path / "g.data")  # any extension but .rrd is native
    rr.save(path)
    rr.log("x", rr.Points3D([[4, 5, 6]]))
    rr.disconnect()
    rr.log("x", rr.Points3D([[7, 8, 9]]))  # after disconnect: not in the file
    rec = rr.load(path)
    assert rec.store.num_rows == 2
    assert rec.latest_at("x", timeline="log_time")["Points3D:positions"].tolist() == [[4, 5, 6]]


def test_rows_are_on_disk_within_a_second_without_disconnect(tmp_path):
    rec = rr.RecordingStream("app")
    path = tmp_path / "live.rnb"
    rec.save(path)
    sink = rec._sinks[-1]
    try:
        rec.log("p", rr.Points3D([[1, 1, 1]]))
        deadline = time.monotonic() + 1.0
        n = 0
        while time.monotonic() < deadline:
            n = native.read_native(path).chunks
            if n:
                break
            time.sleep(0.05)
        assert n, "row logged one by one is not on disk after 1 s"
    finally:
        sink.close()


def test_killed_process_leaves_a_loadable_file(tmp_path):
    path = tmp_path / "killed.rnb"
    code = textwrap.dedent(
        f"""
        import time, rerun_nb as rr
        rr.init("killed")
        rr.save({str(path)!r})
        for i in range(10):
            rr.set_time("i", sequence=i)
            rr.log("p", rr.Points3D([[i, i, i]]))
        print("logged", flush=True)
        time.sleep(60)
        """
    )
    p = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert p.stdout.readline().strip() == "logged"
        time.sleep(1.0)
    finally:
        p.kill()
        p.wait()
    rec = rr.load(path)
    assert rec.store.num_rows == 10
    assert rec.latest_at("p", timeline="i", time=9)["Points3D:positions"].tolist() == [[9, 9, 9]]


def _file_with_chunks(path, n=5, rows=100, compact=False):
    w = native.NativeWriter(path, "app", "rid", compact=compact)
    for k in range(n):
        c = Chunk(
            f"e{k % 2}",
            np.arange(k * rows, (k + 1) * rows, dtype=np.int64),
            {"t": np.arange(rows, dtype=np.int64)},
            {"P:v": Column(np.arange(rows + 1, dtype=np.int64), np.full(rows, k, np.float64))},
            timeline_kinds={"t": "sequence"},
        )
        w.write(c)
    w.close()


@pytest.mark.parametrize("layout", ["segments", "table"])
def test_cut_off_file_loads_up_to_last_complete_chunk_with_warning(tmp_path, layout):
    full = tmp_path / "full.rnb"
    _file_with_chunks(full, compact=layout == "table")
    assert native.read_native(full).layout == layout
    data = full.read_bytes()
    if layout == "segments":
        buf = io.BytesIO()
        native.NativeWriter(buf, "app", "rid")
        header_end = len(buf.getvalue())
    else:  # the end of the table's schema message
        header_end = pa.ipc.open_stream(pa.BufferReader(data)).schema.serialize().size
    seen = set()
    warned = 0
    cuts = range(header_end, len(data) - 8, 97)
    for cut in cuts:
        part = tmp_path / "cut.rnb"
        part.write_bytes(data[:cut])
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            rec = rr.load(part)
        if w:  # (a cut exactly between two messages loses nothing and says nothing)
            assert len(w) == 1 and issubclass(w[0].category, rr.RerunWarning)
            assert re.search(
                r"cut\.rnb: cut off at byte \d+ of \d+ .* recovered .* \d+ chunks", str(w[0].message)
            )
            warned += 1
        n = rec.store.num_rows
        assert n % 100 == 0 and n < 500
        seen.add(n)
    assert seen >= {0, 100, 400}
    assert warned > len(cuts) * 0.8


@pytest.mark.parametrize("layout", ["segments", "table"])
def test_corrupt_file_is_a_clear_error_and_recover_keeps_the_prefix(tmp_path, layout):
    path = tmp_path / "c.rnb"
    _file_with_chunks(path, compact=layout == "table")
    data = bytearray(path.read_bytes())
    # Damage the metadata of a message in the middle (the 4th chunk's continuation marker onwards).
    marks = [i for i in range(len(data) - 4) if data[i : i + 4] == b"\xff\xff\xff\xff"]
    pos = marks[len(marks) * 2 // 3]
    data[pos + 8 : pos + 40] = b"\x13" * 32
    path.write_bytes(bytes(data))
    with pytest.raises(RecordingFileError, match=r"c\.rnb: corrupt near byte \d+"):
        rr.load(path)
    with pytest.warns(rr.RerunWarning, match="corrupt"):
        rec = rr.load(path, recover=True)
    assert 0 < rec.store.num_rows < 500


@pytest.mark.parametrize(
    ("content", "match"),
    [
        (b"", "empty"),
        (b"hello world, not arrow", "not a rerun_nb recording"),
        (b"PAR1\x00\x00\x00\x00", "Parquet"),
        (b"RRF2\x00\x00\x00\x00", r"Rerun \.rrd file"),
        (b"ARROW1\x00\x00", "Arrow IPC"),
    ],
)
def test_foreign_files_are_clear_errors(tmp_path, content, match):
    path = tmp_path / "f.rnb"
    path.write_bytes(content)
    with pytest.raises(RecordingFileError, match=match) as ei:
        rr.load(path)
    assert "f.rnb" in str(ei.value)


def test_arrow_stream_that_is_not_ours(tmp_path):
    path = tmp_path / "other.arrows"
    t = pa.table({"a": [1, 2]})
    with pa.ipc.new_stream(str(path), t.schema) as w:
        w.write_table(t)
    with pytest.raises(RecordingFileError, match="not a rerun_nb recording"):
        rr.load(path)
    with pytest.raises(RecordingFileError, match=r"no such file|cannot open"):
        rr.load(tmp_path / "missing.rnb")
    with pytest.raises(RecordingFileError, match="not a regular file"):
        rr.load(tmp_path)


def test_newer_format_version_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "future.rnb"
    monkeypatch.setattr(native, "FORMAT_VERSION", 7)
    _file_with_chunks(path, n=1)
    monkeypatch.setattr(native, "FORMAT_VERSION", 1)
    with pytest.raises(RecordingFileError, match=r"newer rerun_nb \(file format version 7.*upgrade"):
        rr.load(path)


def test_save_to_impossible_path_raises_and_keeps_data(tmp_path):
    rec = rr.RecordingStream("app")
    rec.log("p", rr.Points3D([[1, 2, 3]]))
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    with pytest.raises(RecordingFileError, match=r"a_file.*cannot open for writing.*Not a directory"):
        rec.save(blocker / "sub.rnb")
    rec.log("p", rr.Points3D([[4, 5, 6]]))
    assert rec.store.num_rows == 2
    assert rec._sinks == []


def test_permission_denied_raises_and_keeps_data(tmp_path, monkeypatch):
    def deny(*a, **k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(native.pa, "OSFile", deny)
    rec = rr.RecordingStream("app")
    rec.log("p", rr.Points3D([[1, 2, 3]]))
    with pytest.raises(RecordingFileError, match="Permission denied"):
        rec.save(tmp_path / "x.rnb")
    assert rec.latest_at("p", timeline="log_time")["Points3D:positions"].tolist() == [[1, 2, 3]]


class _FullDisk:
    """A file object that takes ``room`` bytes, then fails with ENOSPC."""

    def __init__(self, room: int) -> None:
        self.room = room
        self.data = bytearray()
        self.closed = False

    def write(self, b) -> int:
        b = bytes(b)
        if len(self.data) + len(b) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.data += b
        return len(b)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True


def test_disk_full_mid_stream_warns_stops_and_loses_nothing(tmp_path):
    rec = rr.RecordingStream("app")
    rec.set_time("i", sequence=0)
    rec.log("p", rr.Points3D(np.zeros((10, 3))))
    disk = _FullDisk(room=6000)
    rec.save(disk)
    sink = rec._sinks[-1]
    with pytest.warns(rr.RerunWarning, match="No space left on device.*Nothing logged is lost"):
        for i in range(1, 50):
            rec.set_time("i", sequence=i)
            rec.log("p", rr.Points3D(np.full((100, 3), i)))
            rec.flush()
    assert sink.failed
    # logging goes on; everything is in memory
    rec.log("p", rr.Points3D([[1, 1, 1]]))
    assert rec.store.num_rows == 51
    assert rec.latest_at("p", timeline="i", time=48)["Points3D:positions"].tolist()[0] == [48, 48, 48]
    # what reached the "disk" is a loadable prefix
    f = tmp_path / "partial.rnb"
    f.write_bytes(bytes(disk.data))
    with pytest.warns(rr.RerunWarning, match="cut off"):
        part = rr.load(f)
    assert 1 <= part.store.num_rows < 51
    # saving again elsewhere writes it all
    rec.save(tmp_path / "again.rnb")
    rec.disconnect()
    assert rr.load(tmp_path / "again.rnb").store.num_rows == 51


def test_disk_full_before_anything_is_written_raises(tmp_path):
    rec = rr.RecordingStream("app")
    rec.log("p", rr.Points3D([[1, 2, 3]]))
    with pytest.raises(RecordingFileError, match="No space left"):
        rec.save(_FullDisk(room=10))
    assert rec.store.num_rows == 1


def test_zstd_compression_round_trip(tmp_path):
    rec = rr.RecordingStream("app")
    rec.send_columns(
        "p",
        indexes=[rr.TimeColumn("t", sequence=np.arange(1000))],
        columns=rr.Points3D.columns(positions=np.zeros((1000, 3), np.float32)),
    )
    rec.save(tmp_path / "plain.rnb")
    rec.disconnect()
    rec.save(tmp_path / "z.rnb", compression="zstd")
    rec.disconnect()
    assert os.path.getsize(tmp_path / "z.rnb") < os.path.getsize(tmp_path / "plain.rnb") / 2
    _assert_same_latest_at(rec, rr.load(tmp_path / "z.rnb"), [("t", 0), ("t", 999)])


def test_load_memory_maps_arrays(tmp_path):
    rec = rr.RecordingStream("app")
    n = 2_000_000
    rec.send_columns(
        "big",
        indexes=[rr.TimeColumn("t", sequence=np.arange(n // 1000))],
        columns=rr.Points3D.columns(positions=np.random.rand(n, 3).astype(np.float32)).partition(
            np.full(n // 1000, 1000)
        ),
    )
    path = tmp_path / "big.rnb"
    rec.save(path)
    rec.disconnect()
    size = os.path.getsize(path)
    assert size > 20e6
    before = pa.total_allocated_bytes()
    loaded = rr.load(path)
    grown = pa.total_allocated_bytes() - before
    assert grown < size / 10, f"load allocated {grown} bytes for a {size}-byte file"
    vals = loaded.store.chunks()[0].components["Points3D:positions"].values
    assert not vals.flags.owndata
    assert loaded.latest_at("big", timeline="t", time=5)["Points3D:positions"].shape == (1000, 3)


def test_read_table_polars_duckdb(tmp_path):
    pl = pytest.importorskip("polars")
    duckdb = pytest.importorskip("duckdb")
    rec = rr.RecordingStream("rerun_example_table", recording_id="r1")
    _log_scene(rec)
    path = tmp_path / "t.rnb"
    rec.save(path)
    rec.disconnect()
    t = rr.read_table(path)
    assert isinstance(t, pa.Table)
    assert t.num_rows == rec.store.num_rows
    assert {
        "entity_path",
        "row_id",
        "step",
        "sim",
        "log_time",
        "Points3D:positions",
        "Scalars:scalars",
    } <= set(t.column_names)
    assert t.schema.metadata[b"rerun_nb:application_id"] == b"rerun_example_table"
    assert t.column("row_id").to_numpy().tolist() == sorted(t.column("row_id").to_numpy().tolist())
    df = pl.from_arrow(t)
    scal = df.filter(pl.col("entity_path") == "s").sort("step")
    assert scal["step"].to_list() == list(range(1, 20))
    assert scal["Scalars:scalars"].to_list()[-1] == [19.0]
    con = duckdb.connect()
    con.register("rec", t)
    got = con.sql(
        "select entity_path, count(*) as n, max(step) as last from rec group by entity_path order by entity_path"
    ).fetchall()
    assert ("pts", 20, 19) in got and ("s", 19, 19) in got
    # the closed file is one Arrow stream: the single-stream readers see every row (tests/test_io_table.py)
    assert pl.read_ipc_stream(path).height == rec.store.num_rows
    # a file left in the segments layout (its writer never closed it) shows its header, which says what to do
    seg = tmp_path / "seg.rnb"
    w = native.NativeWriter(seg, "app", "rid", compact=False)
    for c in rec.store.chunks():
        w.write(c, rec.store.timeline_kinds)
    w.close()
    head = pl.read_ipc_stream(seg)
    assert head["format"].to_list() == ["rerun_nb.recording"]
    assert "read_table" in head["how_to_read"][0]


def test_viewer_opens_a_file(tmp_path):
    pytest.importorskip("anywidget")
    from rerun_nb.viewer import Viewer

    rec = rr.RecordingStream("app")
    _log_scene(rec)
    path = tmp_path / "v.rnb"
    rec.save(path)
    rec.disconnect()
    v = Viewer(str(path))
    assert set(v.entity_paths) >= {"pts", "s"}
    assert v._rec.latest_at("s", timeline="step", time=19)["Scalars:scalars"].tolist() == [19.0]
