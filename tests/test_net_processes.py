"""Other processes logging into a server in this one: the tutorial script, 8 concurrent writers, a client killed
mid-stream, and the standalone ``serve --save`` receiver. Loopback (127.0.0.1) only."""

from __future__ import annotations

import logging
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

import rerun_nb as rr
from rerun_nb.net import Server
from rerun_nb.utilities import build_color_spiral

LOOPBACK = "127.0.0.1"
ROOT = Path(__file__).resolve().parents[1]


def wait_until(cond, timeout: float = 30.0, interval: float = 0.02) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(interval)
    return bool(cond())


def py(code: str, *args: str, **kw) -> subprocess.Popen:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
        **kw,
    )


@pytest.fixture
def server():
    rec = rr.RecordingStream("rerun_example_net")
    srv = Server(rec, LOOPBACK, 0)
    yield srv
    srv.close()


def test_the_tutorial_script_with_connect_instead_of_spawn_shows_up_here(server):
    code = (ROOT / "examples" / "dna.py").read_text()
    assert "rr.spawn()\n" in code
    code = code.replace("rr.spawn()\n", f"rr.connect('{LOOPBACK}:{server.port}')\n", 1)
    p = py(code)
    out, err = p.communicate(timeout=60)
    assert p.returncode == 0, err
    rows = int(re.search(r": (\d+) rows", out).group(1))
    rec = server.recording
    # The script never calls rr.disconnect(): the flush at exit delivered everything.
    assert rec.store.num_rows == rows > 800
    assert rec.application_id == "rerun_example_net"  # rows go into the server's recording
    pts, _colors = build_color_spiral(100)
    left = rec.latest_at("dna/structure/left", timeline="stable_time", time=2.0)
    np.testing.assert_allclose(left["Points3D:positions"], pts, rtol=1e-6)
    m = rec.world_from_entity("dna/structure/scaffolding/beads", timeline="stable_time", time=1.0)
    np.testing.assert_allclose(m[:3, :3], _rot_z(1.0 / 4.0 * 2 * np.pi), atol=1e-5)
    beads = rec.range("dna/structure/scaffolding/beads", timeline="stable_time")["Points3D:positions"]
    assert len(beads) == 401  # the first beads (time 0) and one per step


def _rot_z(a: float) -> np.ndarray:
    c, s = np.cos(a), np.sin(a)
    return np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]])


WRITER = """
import sys
import rerun_nb as rr
addr, wid, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rr.init("rerun_example_many")
rr.connect(addr)
for i in range(n):
    rr.set_time("step", sequence=i)
    rr.set_time(f"w{wid}", sequence=i)
    rr.log(f"writer{wid}/pts", rr.Points3D([[i, wid, 0]]))
    rr.log("shared/value", rr.Scalars(float(wid * 1000 + i)))
rr.disconnect()
"""


def test_eight_concurrent_writer_processes_into_one_recording(server):
    n, k = 200, 8
    procs = [py(WRITER, f"{LOOPBACK}:{server.port}", str(w), str(n)) for w in range(k)]
    for p in procs:
        _out, err = p.communicate(timeout=90)
        assert p.returncode == 0, err
    rec = server.recording
    assert rec.store.num_rows == 2 * n * k
    assert server.stats()["connections"] == k
    for w in range(k):
        # Each writer's rows keep its own timelines, in its own order.
        got = rec.range(f"writer{w}/pts", timeline="step")["Points3D:positions"]
        assert [int(v[0][0]) for _, v in got] == list(range(n))
        assert all(int(v[0][1]) == w for _, v in got)
        assert rec.latest_at(f"writer{w}/pts", timeline="step", time=123)["Points3D:positions"].tolist() == [
            [123.0, w, 0.0]
        ]
        # On a writer's private timeline only that writer's rows exist: nothing interleaves wrongly.
        own = rec.range("shared/value", timeline=f"w{w}")["Scalars:scalars"]
        assert [float(v[0]) for _, v in own] == [w * 1000.0 + i for i in range(n)]
        assert rec.latest_at("shared/value", timeline=f"w{w}", time=77)["Scalars:scalars"].tolist() == [
            w * 1000.0 + 77
        ]
    # On the shared timeline every writer's row is there, at its own time.
    shared = rec.range("shared/value", timeline="step", start=5, end=5)["Scalars:scalars"]
    assert sorted(float(v[0]) for _, v in shared) == [w * 1000.0 + 5 for w in range(k)]
    rid = rec.to_arrow()["row_id"].to_numpy()
    assert len(np.unique(rid)) == len(rid)


STREAMER = """
import sys, numpy as np
import rerun_nb as rr
rr.init("rerun_example_killed")
rr.connect(sys.argv[1])
i = 0
while True:
    rr.set_time("step", sequence=i)
    rr.log("big", rr.Points3D(np.full((50_000, 3), i, np.float32)))
    i += 1
    if i == 5:
        print("streaming", flush=True)
"""


def test_a_client_killed_mid_stream_leaves_whole_rows_and_the_server_serving(server, caplog):
    caplog.set_level(logging.INFO, logger="rerun_nb.net")
    p = py(STREAMER, f"{LOOPBACK}:{server.port}")
    try:
        assert p.stdout.readline().strip() == "streaming"
        assert wait_until(lambda: server.recording.store.num_rows >= 20)
    finally:
        p.send_signal(signal.SIGKILL)
        p.communicate(timeout=30)
    assert wait_until(lambda: server.stats()["active"] == 0)
    msgs = [r.getMessage() for r in caplog.records if "127.0.0.1" in r.getMessage()]
    ends = [
        m for m in msgs if re.search("connection lost mid-message|without saying goodbye|connection error", m)
    ]
    assert len(ends) == 1, msgs
    rec = server.recording
    got = rec.range("big", timeline="step")["Points3D:positions"]
    assert len(got) == rec.store.num_rows
    for t, v in got:  # every row that was kept is whole and right
        assert v.shape == (50_000, 3) and v[0, 0] == t and v[-1, 2] == t
    assert [t for t, _ in got] == list(range(len(got)))
    # The server goes on serving others.
    cli = rr.RecordingStream("app")
    rr.connect(f"{LOOPBACK}:{server.port}", recording=cli)
    cli.log("after", rr.Scalars(1.0))
    cli.disconnect()
    assert rec.latest_at("after", timeline="log_time")["Scalars:scalars"].tolist() == [1.0]


STEADY = """
import sys, time
import rerun_nb as rr
rr.init("rerun_example_restart")
conn = rr.connect(sys.argv[1])
for i in range(int(sys.argv[2])):
    rr.set_time("step", sequence=i)
    rr.log("steady", rr.Points3D([[i, 0, 0]]))
    if i == 20:
        print("streaming", flush=True)
    time.sleep(0.01)
rr.disconnect()
print("reconnects", conn.stats["reconnects"], flush=True)
"""


def test_a_writer_process_survives_a_server_restart_without_loss():
    rec = rr.RecordingStream("srv")
    srv = Server(rec, LOOPBACK, 0)
    port = srv.port
    p = py(STEADY, f"{LOOPBACK}:{port}", "300")
    try:
        assert p.stdout.readline().strip() == "streaming"
        srv.close()  # the kernel's server goes away mid-stream ...
        time.sleep(0.5)
        srv = Server(rec, LOOPBACK, port)  # ... and comes back on the same port, with a new token
        out, err = p.communicate(timeout=90)
        assert p.returncode == 0, err
        assert "reconnects 1" in out, out + err
        steps = sorted(rec.to_arrow()["step"].to_numpy().tolist())
        assert steps == list(range(300))  # nothing lost, nothing twice
    finally:
        srv.close()
        if p.poll() is None:
            p.kill()


def _serve_cmd() -> list[str]:
    try:
        hooked = "serve" in (ROOT / "rerun_nb" / "cli.py").read_text()
    except OSError:
        hooked = False
    return [sys.executable, "-m", "rerun_nb" if hooked else "rerun_nb.net", "serve"]


def test_standalone_receiver_writes_a_file_end_to_end(tmp_path):
    path = tmp_path / "received.rnb"
    srv = subprocess.Popen(
        [*_serve_cmd(), "--port", "0", "--save", str(path), "--once"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONUNBUFFERED="1"),
    )
    try:
        line = srv.stdout.readline()
        m = re.search(r"listening on 127\.0\.0\.1:(\d+)", line)
        assert m, line + srv.stderr.read()
        w = py(WRITER, f"{LOOPBACK}:{m.group(1)}", "3", "50")
        _out, err = w.communicate(timeout=60)
        assert w.returncode == 0, err
        out, err = srv.communicate(timeout=30)
    finally:
        if srv.poll() is None:
            srv.kill()
    assert srv.returncode == 0, err
    assert "wrote" in out and "100 rows" in out
    assert "connected (application rerun_example_many" in err
    rec = rr.load(path)
    assert rec.application_id == "rerun_example_many"
    assert rec.store.num_rows == 100
    assert rec.latest_at("writer3/pts", timeline="step", time=42)["Points3D:positions"].tolist() == [
        [42.0, 3.0, 0.0]
    ]
