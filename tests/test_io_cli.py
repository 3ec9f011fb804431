"""The command line: python -m rerun_nb info / convert / view."""

from __future__ import annotations

import json
import subprocess
import sys

import pyarrow.parquet as pq
import pytest
from test_io_native import _log_scene

import rerun_nb as rr
from rerun_nb.cli import main


@pytest.fixture
def rec_file(tmp_path):
    rec = rr.RecordingStream("rerun_example_cli", recording_id="cli-1")
    _log_scene(rec)
    path = tmp_path / "r.rnb"
    rec.save(path)
    rec.disconnect()
    return path, rec


def test_info(rec_file, capsys):
    path, rec = rec_file
    assert main(["info", str(path)]) == 0
    out = capsys.readouterr().out
    assert "rerun_example_cli" in out and "cli-1" in out
    assert f"rows:         {rec.store.num_rows} in" in out
    assert "step" in out and "sequence  0 .. 19" in out
    assert "/pts" in out and "Points3D:positions" in out
    assert "on disk" in out


def test_convert_parquet_opens_in_polars_and_duckdb(rec_file, tmp_path, capsys):
    pl = pytest.importorskip("polars")
    duckdb = pytest.importorskip("duckdb")
    path, rec = rec_file
    out = tmp_path / "r.parquet"
    assert main(["convert", str(path), str(out)]) == 0
    assert pq.read_table(out).num_rows == rec.store.num_rows
    assert pl.read_parquet(out).filter(pl.col("entity_path") == "s").height == 19
    n = duckdb.sql(f"select count(*) from read_parquet('{out}') where entity_path = 'pts'").fetchall()[0][0]
    assert n == 20


def test_convert_native_zstd_and_rrd(rec_file, tmp_path):
    path, rec = rec_file
    assert main(["convert", str(path), str(tmp_path / "z.rnb"), "--zstd"]) == 0
    assert rr.load(tmp_path / "z.rnb").store.num_rows == rec.store.num_rows
    pytest.importorskip("rerun")
    assert main(["convert", str(path), str(tmp_path / "r.rrd")]) == 0
    assert rr.load(tmp_path / "r.rrd").store.num_rows == rec.store.num_rows


def test_view_writes_a_notebook(rec_file, tmp_path, capsys):
    path, _ = rec_file
    nb = tmp_path / "show.ipynb"
    assert main(["view", str(path), "-o", str(nb), "--no-launch"]) == 0
    cell = "".join(json.loads(nb.read_text())["cells"][0]["source"])
    assert "rr.load('r.rnb')" in cell and "notebook_show" in cell


def test_bad_file_exit_code_and_message(tmp_path, capsys):
    bad = tmp_path / "bad.rnb"
    bad.write_bytes(b"nope")
    assert main(["info", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.rnb" in err and "not a rerun_nb recording" in err and "Traceback" not in err


def test_module_entry_point(rec_file):
    path, _ = rec_file
    r = subprocess.run([sys.executable, "-m", "rerun_nb", "info", str(path)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "rerun_example_cli" in r.stdout
