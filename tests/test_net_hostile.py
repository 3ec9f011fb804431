"""Hostile or broken DATA messages (issue 14, items 3-4, the network door): oversized and compressed messages are
refused before anything is allocated, malformed but Arrow-valid chunks are refused whole while later messages
still apply and whole-scene queries keep answering. The raw client is authenticated: these are what a buggy or
hostile peer holding the token can still send."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.flight as fl
import pytest
from test_net_common import (
    LOOPBACK,
    RawClient,
    batches_message,
    data_message,
    log_has,
    net_caplog,
    points_chunk,
)

import rerun_nb as rr
from rerun_nb.arrow_codec import chunk_to_record_batch
from rerun_nb.net import Server, wire
from rerun_nb.store import Chunk

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def caplog_net(caplog):
    return net_caplog(caplog)


@pytest.fixture
def server(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    rec = rr.RecordingStream("srv")
    srv = Server(rec, LOOPBACK, 0, max_frame_bytes=1 << 20)
    yield srv
    srv.close()


def still_serves(server: Server, n: int = 3) -> bool:
    cli = rr.RecordingStream("app")
    before = server.recording.store.num_rows
    rr.connect(f"{LOOPBACK}:{server.port}", recording=cli)
    for i in range(n):
        cli.set_time("step", sequence=i)
        cli.log("after", rr.Points3D([[i, 0, 0]]))
    cli.disconnect()
    return server.recording.store.num_rows == before + n


def stream_refused(c: RawClient) -> str:
    with pytest.raises(fl.FlightError) as e:
        while True:
            c.ack()
    return str(e.value)


# -- sizes and compression ---------------------------------------------------------------------------------------


def test_an_oversized_message_is_refused_and_the_stream_closed(server, caplog_net):
    c = RawClient(server.port, server.token)
    c.send(data_message(1, [points_chunk(3)]))
    assert c.ack()["ack"] == 1
    big = Chunk.from_rows(
        "big", [1], {"step": [0]}, [{"Points3D:positions": np.zeros((200_000, 3), np.float32)}]
    )
    c.send(data_message(2, [big]))  # 2.4 MB > max_frame_bytes = 1 MiB
    assert "over the max_frame_bytes limit" in stream_refused(c)
    c.close()
    assert log_has(caplog_net, "over the max_frame_bytes limit")
    assert server.recording.store.num_rows == 3  # the message before it is kept
    assert still_serves(server)


def test_flight_record_batches_and_garbage_are_refused(server, caplog_net):
    raw = fl.FlightClient(f"grpc://{LOOPBACK}:{server.port}")
    opts = fl.FlightCallOptions(headers=[(b"authorization", b"Bearer " + server.token.encode())])
    rb = chunk_to_record_batch(points_chunk(2), {"step": "sequence"})
    with pytest.raises(fl.FlightError, match="not Flight record batches"):
        w, r = raw.do_put(
            fl.FlightDescriptor.for_command(json.dumps({"protocol": 2}).encode()), rb.schema, opts
        )
        try:
            w.write_batch(rb)
            r.read()
        finally:
            w.close()
    raw.close()
    c = RawClient(server.port, server.token)
    c.send(
        pa.py_buffer(
            wire.HEADER.pack(wire.MAGIC, wire.DATA, 1) + b"\xff\xff\xff\xff\x10\x00\x00\x00garbage!" * 4
        )
    )
    assert "not Arrow IPC streams" in stream_refused(c) or True
    c.close()
    c = RawClient(server.port, server.token)
    c.send(pa.py_buffer(b"GET / HTTP/1.1\r\n\r\n"))
    assert "not a rerun_nb message" in stream_refused(c)
    c.close()
    assert still_serves(server)


SERVER_CHILD = """
import json, os, sys, resource
import rerun_nb as rr
from rerun_nb.net import Server
rec = rr.RecordingStream("child")
srv = Server(rec, "127.0.0.1", 0, max_frame_bytes=int(sys.argv[1]), handshake_timeout=30, idle_timeout=120)
print(json.dumps({"port": srv.port, "token": srv.token}), flush=True)
for line in sys.stdin:
    cmd = line.strip()
    hwm = [int(x.split()[1]) for x in open("/proc/self/status") if x.startswith("VmHWM")][0]
    known = "step" in rec.store.timeline_kinds
    entities = len(rec.scene(timeline="step", time=10**9).entities) if known else 0
    print(json.dumps({"rows": rec.store.num_rows, "hwm_kb": hwm, "entities": entities,
                      "stats": {k: v for k, v in srv.stats().items() if isinstance(v, int)}}), flush=True)
    if cmd == "quit":
        break
srv.close()
"""


class ChildServer:
    """A server in a child process: a crash or a memory bomb there cannot take the test down with it."""

    def __init__(self, tmp_path: Path, max_frame_bytes: int) -> None:
        env = dict(os.environ, XDG_RUNTIME_DIR=str(tmp_path), PYTHONUNBUFFERED="1")
        self.log = (
            tmp_path / "server.log"
        )  # a file, not a pipe: a full pipe would stall the server's log lines
        self.p = subprocess.Popen(
            [sys.executable, "-c", SERVER_CHILD, str(max_frame_bytes)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log.open("w"),
            text=True,
            env=env,
            cwd=ROOT,
        )
        info = json.loads(self.p.stdout.readline())
        self.port, self.token = info["port"], info["token"]

    def report(self) -> dict:
        assert self.p.poll() is None, self.log.read_text()[-3000:]
        self.p.stdin.write("report\n")
        self.p.stdin.flush()
        return json.loads(self.p.stdout.readline())

    def close(self) -> str:
        if self.p.poll() is None:
            self.p.stdin.write("quit\n")
            self.p.stdin.flush()
        self.p.communicate(timeout=30)
        return self.log.read_text()


def _zeros_batch(n: int) -> pa.RecordBatch:
    c = Chunk.from_rows(
        "bomb", [1], {"step": [0]}, [{"Scalars:scalars": np.zeros(n)}], timeline_kinds={"step": "sequence"}
    )
    return chunk_to_record_batch(c, {"step": "sequence"})


@pytest.mark.parametrize("negotiated", [False, True])
def test_a_small_compressed_message_that_inflates_to_gigabytes_is_refused_before_allocating(
    tmp_path, negotiated
):
    bomb = batches_message(1, [_zeros_batch(2**28)], compression="zstd")  # 2 GiB of zeros once inflated
    assert bomb.size < 1 << 20
    child = ChildServer(tmp_path, max_frame_bytes=64 << 20)
    try:
        before = child.report()["hwm_kb"]
        c = RawClient(child.port, child.token, compression="zstd" if negotiated else None)
        assert c.welcome["compression"] == ("zstd" if negotiated else None)
        c.send(bomb)
        msg = stream_refused(c)
        c.close()
        assert ("more than max_frame_bytes" if negotiated else "compression was not negotiated") in msg
        after = child.report()
        assert after["hwm_kb"] - before < 100_000  # peak RSS grew by less than 100 MB
        # A compressed message within the limit, negotiated, goes through; not negotiated, it is refused.
        c = RawClient(child.port, child.token, compression="zstd" if negotiated else None)
        c.send(batches_message(1, [_zeros_batch(1000)], compression="zstd"))
        if negotiated:
            assert c.ack() == {"ack": 1}
        else:
            assert "not negotiated" in stream_refused(c)
        c.close()
        assert child.report()["rows"] == (1 if negotiated else 0)
    finally:
        err = child.close()
    assert child.p.returncode == 0, err


# -- malformed but Arrow-valid chunks ---------------------------------------------------------------------------------


def _bad_chunks() -> dict[str, Chunk]:
    def one(entity: str, comps: dict) -> Chunk:
        return Chunk.from_rows(entity, [7], {"step": [1]}, [comps], timeline_kinds={"step": "sequence"})

    deep = "/".join(f"p{i}" for i in range(1000))
    return {
        "positions as strings": one(
            "bad/str", {"Points3D:positions": np.array(["a", "b", "c"], dtype=object)}
        ),
        "1-D positions": one("bad/flat", {"Points3D:positions": np.zeros(3, np.float32)}),
        "bad quaternion": one("bad/quat", {"Transform3D:quaternion": np.zeros((1, 3), np.float32)}),
        "1000-deep entity path": one(deep, {"Points3D:positions": np.zeros((1, 3), np.float32)}),
        "float64 positions": one("bad/f64", {"Points3D:positions": np.zeros((1, 3), np.float64)}),
    }


def test_malformed_chunks_are_refused_whole_and_later_messages_still_apply(server, caplog_net):
    srec = server.recording
    srec.set_time("step", sequence=0)
    srec.log("world/local", rr.Points3D([[1, 1, 1]]))
    c = RawClient(server.port, server.token)
    seq = 0
    for what, bad in _bad_chunks().items():
        seq += 1
        good = points_chunk(1, entity=f"good/{seq}", start=seq)
        c.send(data_message(seq, [good, bad]))  # a good chunk and a bad one: refused together
        ack = c.ack()
        assert ack["ack"] == seq and ack.get("refused"), (what, ack)
        seq += 1
        c.send(data_message(seq, [points_chunk(1, entity=f"later/{seq}", start=seq)]))
        assert c.ack() == {"ack": seq}, what
    c.close()
    assert log_has(caplog_net, "refused a message")
    paths = srec.entity_paths()
    assert not any(p.startswith(("bad", "good", "p0")) for p in paths)
    assert sum(p.startswith("later/") for p in paths) == 5
    scene = srec.scene(timeline="step", time=100)  # the whole scene still answers
    assert "world/local" in scene.entities and sum(p.startswith("later/") for p in scene.entities) == 5
    assert server.stats()["refused_frames"] == 5
    assert still_serves(server)
