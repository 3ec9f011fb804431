"""Files from others and files under readers (issue 14, items 1-3 and 12): each test reproduces the attack.

* nothing truncates a file in place: a reader with the old file memory-mapped (another kernel) keeps its data;
* a recording is never written onto the file it was loaded from, nor ``convert``-ed onto itself;
* ``serve --save`` and ``view`` never replace a file unasked, nor write through a symlink;
* a small compressed file that inflates (or claims to) to gigabytes is refused before anything is allocated;
* every problem in a file is one ``RecordingFileError`` naming it; the CLI prints one line, exit status 2.
"""

from __future__ import annotations

import json
import os
import signal
import struct
import subprocess
import sys
import textwrap
import time

import numpy as np
import pyarrow as pa
import pytest

import rerun_nb as rr
from rerun_nb.cli import main
from rerun_nb.io import native
from rerun_nb.io.native import NativeWriter, RecordingFileError
from rerun_nb.store import Chunk, Column

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _recording(n: int = 20, seed: int = 0) -> rr.RecordingStream:
    rng = np.random.default_rng(seed)
    rec = rr.RecordingStream("rerun_example_security", recording_id=f"sec-{seed}")
    for i in range(n):
        rec.set_time("step", sequence=i)
        rec.log("pts", rr.Points3D(rng.random((50, 3)), colors=[255, 0, 0]))
        rec.log("s", rr.Scalars(float(i)))
    return rec


def _save(rec: rr.RecordingStream, path, **kw) -> None:
    rec.save(path, **kw)
    rec.disconnect()


def _positions_sum(rec: rr.RecordingStream) -> float:
    return float(
        sum(rec.latest_at("pts", timeline="step", time=i)["Points3D:positions"].sum() for i in range(20))
    )


def _run(code: str, *args: str, **kw) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=REPO + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True, env=env, **kw
    )


def _one_line_error(capsys, *parts: str) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == 1, err
    for p in parts:
        assert p in err, err
    return err


# -- item 1: never truncate in place -------------------------------------------------------------------------


def test_saving_a_loaded_recording_onto_its_own_file_is_refused(tmp_path):
    path = tmp_path / "a.rnb"
    _save(_recording(), path)
    before = path.read_bytes()
    rec = rr.load(path)
    with pytest.raises(RecordingFileError, match=r"a\.rnb: this is the file the recording was read from"):
        rec.save(path)
    os.symlink(path, tmp_path / "link.rnb")
    with pytest.raises(RecordingFileError, match="read from"):
        rec.save(tmp_path / "link.rnb")
    assert path.read_bytes() == before
    assert _positions_sum(rec) == _positions_sum(rr.load(path))  # the loaded recording still answers
    _save(rec, tmp_path / "elsewhere.rnb")  # and saves anywhere else
    assert rr.load(tmp_path / "elsewhere.rnb").store.num_rows == rec.store.num_rows


@pytest.mark.parametrize("zstd", [[], ["--zstd"]])
def test_convert_onto_its_source_is_refused(tmp_path, capsys, zstd):
    path = tmp_path / "a.rnb"
    _save(_recording(), path)
    before = path.read_bytes()
    os.symlink(path, tmp_path / "link.rnb")
    for dst in (path, tmp_path / "link.rnb"):
        assert main(["convert", str(path), str(dst), *zstd]) == 2
        _one_line_error(capsys, "convert a file onto itself")
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["a.rnb", "link.rnb"]  # no temporary file left behind


def _writers():
    def save(src, dst):
        _save(_recording(seed=1), dst)

    def save_zstd(src, dst):
        _save(_recording(seed=1), dst, compression="zstd")

    def convert_native(src, dst):
        assert main(["convert", str(src), str(dst), "--zstd"]) == 0

    def convert_parquet(src, dst):
        assert main(["convert", str(src), str(dst)]) == 0

    def compact(src, dst):
        rec = _recording(seed=1)
        w = NativeWriter(dst, rec.application_id, rec.recording_id, compact=False)
        for c in rec.store.chunks():
            w.write(c, rec.store.timeline_kinds)
        w.close()
        native.compact(dst)

    def save_rrd(src, dst):
        pytest.importorskip("rerun")
        _save(_recording(seed=1), dst)

    return {
        "save": (save, "b.rnb"),
        "save_zstd": (save_zstd, "b.rnb"),
        "convert_native": (convert_native, "b.rnb"),
        "convert_parquet": (convert_parquet, "b.parquet"),
        "compact": (compact, "b.rnb"),
        "save_rrd": (save_rrd, "b.rrd"),
    }


@pytest.mark.parametrize("how", list(_writers()))
def test_no_writer_truncates_an_existing_file_in_place(tmp_path, how, capsys):
    write, name = _writers()[how]
    src = tmp_path / "src.rnb"
    _save(_recording(seed=2), src)
    dst = tmp_path / name
    dst.write_bytes(b"the old file, which a reader has open" * 1000)
    before = dst.read_bytes()
    fd = os.open(dst, os.O_RDONLY)  # a reader (another kernel) holding the old file
    try:
        write(src, dst)
        assert os.pread(fd, len(before) + 1, 0) == before  # the old inode was not touched
        assert os.fstat(fd).st_ino != os.stat(dst).st_ino
    finally:
        os.close(fd)
    assert dst.read_bytes() != before
    assert sorted(p for p in os.listdir(tmp_path) if p.startswith(".")) == []  # no temporary left


_READER = """
import sys, numpy as np, rerun_nb as rr
rec = rr.load(sys.argv[1])                      # memory-mapped
print("ready", flush=True)
sys.stdin.readline()                            # meanwhile another process replaces the file
tot = 0.0
for i in range(20):
    tot += float(rec.latest_at("pts", timeline="step", time=i)["Points3D:positions"].sum())
for c in rec.store.chunks():                    # every row's values, straight from the mapping
    for col in c.components.values():
        v = col.values
        if getattr(v, "dtype", None) is not None and v.dtype != object:
            tot += float(np.asarray(v, dtype=np.float64).sum())
print(repr(tot), rec.store.num_rows, flush=True)
"""


@pytest.mark.parametrize("how", ["save", "convert", "save_zstd"])
def test_a_kernel_with_the_file_loaded_survives_another_process_saving_onto_it(tmp_path, how):
    path = tmp_path / "shared.rnb"
    _save(_recording(seed=3), path)
    expected = _run(_READER.replace("sys.stdin.readline()", "pass"), str(path))
    assert expected.returncode == 0, expected.stderr
    other = tmp_path / "other.rnb"
    _save(_recording(seed=4), other)

    env = dict(os.environ, PYTHONPATH=REPO + os.pathsep + os.environ.get("PYTHONPATH", ""))
    reader = subprocess.Popen(
        [sys.executable, "-c", _READER, str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        assert reader.stdout.readline().strip() == "ready"
        if how == "convert":
            w = _run("import sys; from rerun_nb.cli import main; sys.exit(main(sys.argv[1:]))",
                     "convert", str(other), str(path))  # fmt: skip
        else:
            comp = ", compression='zstd'" if how == "save_zstd" else ""
            w = _run(f"""
                import sys, numpy as np, rerun_nb as rr
                rec = rr.RecordingStream("writer")
                for i in range(300):
                    rec.set_time("step", sequence=i)
                    rec.log("pts", rr.Points3D(np.full((10, 3), 7.0)))
                rec.save(sys.argv[1]{comp})
                rec.disconnect()
            """, str(path))  # fmt: skip
        assert w.returncode == 0, w.stderr
        out, err = reader.communicate("go\n", timeout=60)
    finally:
        reader.kill()
    assert reader.returncode == 0, f"reader died ({reader.returncode}, SIGBUS={-signal.SIGBUS}): {err}"
    assert out.split() == expected.stdout.split()[1:]  # the old data, intact
    assert rr.load(path).store.num_rows != rr.load(other).store.num_rows or how == "convert"


def test_streaming_save_over_an_existing_file_keeps_the_target_name_loadable(tmp_path):
    path = tmp_path / "a.rnb"
    _save(_recording(seed=5), path)
    rec = _recording(seed=6)
    rec.save(path)
    rec.flush()
    # while streaming, the name already holds the new recording (crash-safe segments), not a temporary
    assert rr.load(path).store.num_rows == rec.store.num_rows
    rec.disconnect()
    assert [p for p in os.listdir(tmp_path)] == ["a.rnb"]


# -- item 2: no overwrite unasked, no symlink following --------------------------------------------------------


def test_serve_refuses_to_replace_an_existing_recording(tmp_path, capsys):
    path = tmp_path / "existing.rnb"
    _save(_recording(), path)
    before = path.read_bytes()
    assert main(["serve", "--port", "0", "--save", str(path)]) == 2
    _one_line_error(capsys, "existing.rnb already exists", "--force")
    assert path.read_bytes() == before
    os.symlink(tmp_path / "nowhere.rnb", tmp_path / "dangling.rnb")
    assert main(["serve", "--port", "0", "--save", str(tmp_path / "dangling.rnb")]) == 2
    assert not (tmp_path / "nowhere.rnb").exists()


def _serve_until_sigterm(path, *extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=REPO + os.pathsep + os.environ.get("PYTHONPATH", ""))
    p = subprocess.Popen(
        [sys.executable, "-m", "rerun_nb", "serve", "--port", "0", "--save", str(path), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        assert "listening" in p.stdout.readline()
        time.sleep(1.0)  # (its SIGTERM handler is installed just after that line)
        p.send_signal(signal.SIGTERM)
        out, err = p.communicate(timeout=30)
    finally:
        p.kill()
    return subprocess.CompletedProcess(p.args, p.returncode, out, err)


def test_serve_without_clients_creates_a_new_file_and_replaces_only_with_force(tmp_path):
    path = tmp_path / "new.rnb"
    r = _serve_until_sigterm(path)
    assert r.returncode == 0, r.stderr
    assert rr.load(path).store.num_rows == 0
    old = tmp_path / "old.rnb"
    _save(_recording(), old)
    r = _serve_until_sigterm(old, "--force")
    assert r.returncode == 0, r.stderr
    assert rr.load(old).store.num_rows == 0


def test_view_never_overwrites_a_notebook_nor_follows_a_symlink(tmp_path, capsys):
    path = tmp_path / "x.rnb"
    _save(_recording(), path)
    mine = tmp_path / "x.ipynb"
    mine.write_text("my own notebook")
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    os.symlink(victim, tmp_path / "x.rnb.ipynb")
    assert main(["view", str(path), "--no-launch"]) == 2
    _one_line_error(capsys, "x.rnb.ipynb", "already exists", "--force")
    assert mine.read_text() == "my own notebook" and victim.read_text() == "precious"
    # -o onto an existing file: refused too
    assert main(["view", str(path), "-o", str(mine), "--no-launch"]) == 2
    _one_line_error(capsys, "x.ipynb", "--force")
    # --force replaces the symlink itself (atomically), never the file it points to
    assert main(["view", str(path), "--no-launch", "--force"]) == 0
    nb = tmp_path / "x.rnb.ipynb"
    assert not nb.is_symlink() and "notebook_show" in nb.read_text()
    assert victim.read_text() == "precious" and mine.read_text() == "my own notebook"
    # the same notebook again: reused, no --force needed
    assert main(["view", str(path), "--no-launch"]) == 0
    assert "wrote" in capsys.readouterr().out


# -- item 3: bounded decompression -------------------------------------------------------------------------------


def _bomb(path, n_values: int) -> None:
    """A zstd file with one chunk of ``n_values`` zero float64s: tiny on disk, 8 x n_values bytes inflated."""
    vals = np.zeros(n_values, np.float64)  # (untouched pages: costs no memory to write)
    c = Chunk(
        "bomb", np.array([1], np.int64), {"step": np.array([0], np.int64)},
        {"Scalars:scalars": Column(np.array([0, n_values], np.int64), vals, None)}, False, {"step": "sequence"},
    )  # fmt: skip
    w = NativeWriter(path, "app", "rec", compression="zstd")
    w.write(c, {"step": "sequence"})
    w.close()


_UNDER_RLIMIT = """
import json, resource, sys, warnings
import rerun_nb as rr
from rerun_nb.cli import main
vm = int(open("/proc/self/status").read().split("VmSize:")[1].split()[0]) * 1024
resource.setrlimit(resource.RLIMIT_AS, (vm + (768 << 20), vm + (768 << 20)))  # a regression fails, not the box
rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    rr.load(sys.argv[1])
    res = "loaded"
except rr.RecordingFileError as e:
    res = str(e)
code = main(["info", sys.argv[1]])
print(json.dumps({"load": res, "info": code,
                  "grew_mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024}))
"""


def test_a_small_zstd_file_that_inflates_to_gigabytes_is_refused_before_allocating(tmp_path):
    path = tmp_path / "bomb.rnb"
    _bomb(path, 1 << 27)  # 1 GiB of zeros (more than the 768 MiB the child may map)
    assert path.stat().st_size < 1 << 20
    r = _run(_UNDER_RLIMIT, str(path), timeout=120)
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout.strip().splitlines()[-1])
    assert "bomb.rnb: reading it would take more than" in got["load"] and "decompression bomb" in got["load"]
    assert "RERUN_NB_MAX_DECOMPRESSED_BYTES" in got["load"]
    assert got["info"] == 2 and "Traceback" not in r.stderr and "decompression bomb" in r.stderr
    assert got["grew_mb"] < 100  # nothing was inflated


def test_a_file_that_claims_a_huge_decompressed_size_is_refused(tmp_path):
    path = tmp_path / "claims.rnb"
    rec = rr.RecordingStream("app")
    rec.send_columns(
        "s", indexes=[rr.TimeColumn("t", sequence=np.arange(100_000))],
        columns=rr.Scalars.columns(scalars=np.random.default_rng(0).random(100_000)),
    )  # fmt: skip
    _save(rec, path, compression="zstd")
    data = bytearray(path.read_bytes())
    prefix = struct.pack("<q", 100_000 * 8)  # the scalars buffer's declared decompressed size
    at = data.find(prefix)
    assert at > 0
    data[at : at + 8] = struct.pack("<q", 1 << 40)  # now it claims 1 TiB
    path.write_bytes(bytes(data))
    r = _run(_UNDER_RLIMIT, str(path), timeout=120)
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout.strip().splitlines()[-1])
    assert "claims 1024.0 GiB or more" in got["load"], got
    assert got["info"] == 2 and got["grew_mb"] < 100


def test_the_limit_can_be_set_and_a_normal_zstd_file_loads(tmp_path, monkeypatch):
    path = tmp_path / "z.rnb"
    _save(_recording(), path, compression="zstd")
    assert rr.load(path).store.num_rows == 40
    monkeypatch.setenv("RERUN_NB_MAX_DECOMPRESSED_BYTES", "1K")
    with pytest.raises(RecordingFileError, match=r"z\.rnb: reading it would take more than 1\.0 KiB"):
        rr.load(path)
    assert native.read_native(path, max_decompressed_bytes=1 << 30).chunks


# -- item 12: every problem in a file is a RecordingFileError ---------------------------------------------------


def _rewrite_first_batch(src, dst, edit) -> None:
    """A table-layout file holding the first record batch of ``src`` passed through ``edit(rb) -> rb``."""
    r = pa.ipc.open_stream(str(src))
    rb, md = r.read_next_batch_with_custom_metadata()
    rb = edit(rb)
    with pa.ipc.new_stream(str(dst), rb.schema.with_metadata(r.schema.metadata)) as w:
        w.write_batch(rb, custom_metadata=md)


def _set(name, make):
    def edit(rb):
        i = rb.schema.get_field_index(name)
        f = rb.schema.field(i)
        col = make(rb, rb.column(i))
        return rb.set_column(i, pa.field(name, col.type, metadata=f.metadata), col)

    return edit


def _bad_offsets(rb, col):
    offs = col.offsets.to_numpy().copy()
    offs[1], offs[2] = offs[2], offs[1]  # not monotonic: only Arrow's full validation sees it
    buf = pa.py_buffer(offs.astype(np.int32).tobytes())
    return pa.ListArray.from_buffers(col.type, len(col), [None, buf], children=[col.values])


def _with_field_md(name, key, value):
    def edit(rb):
        i = rb.schema.get_field_index(name)
        f = rb.schema.field(i)
        md = dict(f.metadata)
        md[key] = value
        return rb.set_column(i, f.with_metadata(md), rb.column(i))

    return edit


BAD = {
    "null timeline values": (
        _set("step", lambda rb, c: pa.nulls(len(c), pa.int64())), "timeline 'step' has .* null values"),
    "null row ids": (_set("row_id", lambda rb, c: pa.nulls(len(c), pa.int64())), "row ids must be int64"),
    "string row ids": (_set("row_id", lambda rb, c: c.cast(pa.string())), "row ids must be int64"),
    "bad list offsets": (_set("Points3D:positions", _bad_offsets), "invalid Arrow data"),
    "unknown timeline kind": (
        _with_field_md("step", b"rerun_nb:timeline_kind", b"lunar"), "unknown kind 'lunar'"),
    "component of null type": (
        _set("Points3D:positions", lambda rb, c: pa.nulls(len(c), pa.list_(pa.null()))), "values of type null"),
    "component not a list": (
        _set("Points3D:positions", lambda rb, c: pa.array(np.zeros(len(c)))), "not a list"),
}  # fmt: skip


@pytest.mark.parametrize("what", list(BAD))
def test_a_bad_file_is_one_recording_file_error_and_one_cli_line(tmp_path, capsys, what):
    edit, match = BAD[what]
    good = tmp_path / "good.rnb"
    _save(_recording(), good)
    bad = tmp_path / "bad.rnb"
    _rewrite_first_batch(good, bad, edit)
    with pytest.raises(
        RecordingFileError, match=r"bad\.rnb: corrupt near (chunk 0|byte \d+ of \d+): .*" + match
    ):
        rr.load(bad)
    for cmd in (["info", str(bad)], ["convert", str(bad), str(tmp_path / "o.parquet")],
                ["view", str(bad), "--no-launch"]):  # fmt: skip
        assert main(cmd) == 2
        _one_line_error(capsys, "bad.rnb", "corrupt near")
    assert not (tmp_path / "o.parquet").exists()


def test_cli_prints_one_line_for_every_file_problem(tmp_path, capsys):
    cases = {
        "missing.rnb": None,
        "empty.rnb": b"",
        "garbage.rnb": b"\xff\xff\xff\xff" + os.urandom(200),
        "dir.rnb": "dir",
    }
    for name, content in cases.items():
        p = tmp_path / name
        if content == "dir":
            p.mkdir()
        elif content is not None:
            p.write_bytes(content)
        assert main(["info", str(p)]) == 2, name
        _one_line_error(capsys, name)
