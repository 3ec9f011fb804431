"""rr.serve / rr.connect in one process: delivery, row ids, tokens, reconnection, and hostile or broken peers.

All traffic goes to 127.0.0.1 (also when the server binds 0.0.0.0); ports are picked by binding port 0.
"""

from __future__ import annotations

import json
import logging
import socket
import struct
import time
import uuid

import numpy as np
import pyarrow.compute as pc
import pytest

import rerun_nb as rr
from rerun_nb.errors import RerunNbError
from rerun_nb.net import ConnectError, Server
from rerun_nb.net import framing as fr
from rerun_nb.store import Chunk

LOOPBACK = "127.0.0.1"


def wait_until(cond, timeout: float = 15.0, interval: float = 0.01) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(interval)
    return bool(cond())


def log_has(caplog, text: str, timeout: float = 10.0) -> bool:
    return wait_until(lambda: any(text in r.getMessage() for r in caplog.records), timeout)


@pytest.fixture
def caplog_net(caplog):
    caplog.set_level(logging.INFO, logger="rerun_nb.net")
    return caplog


@pytest.fixture
def server():
    rec = rr.RecordingStream("rerun_example_net")
    srv = Server(rec, LOOPBACK, 0, handshake_timeout=0.5, frame_timeout=0.5, min_rate=1e9)
    yield srv
    srv.close()


def raw_client(
    port: int, token: str | None = None, version: int = fr.PROTOCOL_VERSION, session: str | None = None
):
    s = socket.create_connection((LOOPBACK, port), timeout=5)
    hello = {
        "token": token,
        "application_id": "raw",
        "recording_id": "raw-rec",
        "session_id": session or uuid.uuid4().hex,
        "timeline_kinds": {"step": "sequence"},
    }
    s.sendall(fr.encode_hello(version, 0, hello))
    hdr = fr.read_exact(s, fr.HELLO.size, 5.0, "welcome")
    magic, _v, status, jlen = fr.HELLO.unpack(hdr)
    assert magic == fr.MAGIC
    body = json.loads(bytes(fr.read_exact(s, jlen, 5.0, "welcome")))
    return s, status, body


def closed_by_peer(s: socket.socket, timeout: float = 10.0) -> bool:
    s.settimeout(timeout)
    try:
        while True:
            data = s.recv(65536)
            if not data:
                return True
    except (ConnectionResetError, BrokenPipeError):
        return True
    except TimeoutError:
        return False


def data_frame(seq: int, n: int = 3, entity: str = "raw/pts", start: int = 0) -> bytes:
    chunk = Chunk.from_rows(
        entity,
        np.arange(start, start + n) + 10**18,
        {"step": np.arange(start, start + n)},
        [{"Points3D:positions": np.full((1, 3), i, np.float32)} for i in range(start, start + n)],
        timeline_kinds={"step": "sequence"},
    )
    buf, _ = fr.encode_chunks([chunk], {"step": "sequence"})
    return fr.encode_frame_header(fr.DATA, seq, buf.size) + buf.to_pybytes()


def read_ack(s: socket.socket) -> int:
    kind, _f, seq, length = fr.FRAME.unpack(bytes(fr.read_exact(s, fr.FRAME.size, 5.0, "ack")))
    assert kind == fr.ACK and length == 0
    return seq


def log_steps(rec: rr.RecordingStream, n: int, start: int = 0, entity: str = "pts") -> None:
    for i in range(start, start + n):
        rec.set_time("step", sequence=i)
        rec.log(entity, rr.Points3D([[i, 0, 0]], radii=0.5))


# -- delivery ---------------------------------------------------------------------------------------------------


def test_rows_logged_before_and_after_connect_arrive_and_answer_latest_at(server):
    cli = rr.RecordingStream("rerun_example_net")
    log_steps(cli, 50)  # before connect: sent like rr.save sends what was already logged
    conn = rr.connect(f"{LOOPBACK}:{server.port}", recording=cli)
    log_steps(cli, 50, start=50)
    cli.flush()
    srec = server.recording
    assert srec.store.num_rows == 100
    got = srec.latest_at("pts", timeline="step", time=73)
    assert got["Points3D:positions"].tolist() == [[73.0, 0.0, 0.0]]
    assert srec.timelines()["step"][0] == "sequence"
    cli.disconnect()
    assert not conn.connected and conn.pending_rows() == 0
    assert server.stats()["rows"] == 100


def test_row_ids_are_remapped_unique_and_keep_log_order(server):
    srec = server.recording
    srec.set_time("step", sequence=5)
    srec.log("local", rr.Points3D([[9, 9, 9]]))
    a, b = rr.RecordingStream("app"), rr.RecordingStream("app")
    ca = rr.connect(f"{LOOPBACK}:{server.port}", recording=a)
    cb = rr.connect(f"{LOOPBACK}:{server.port}", recording=b)
    # Same entity, same time, two writers: the one logged (and so arrived) last wins the tie.
    a.set_time("step", sequence=1)
    a.log("shared", rr.Scalars(1.0))
    a.flush()
    b.set_time("step", sequence=1)
    b.log("shared", rr.Scalars(2.0))
    b.flush()
    # One writer, several entities/timeline sets in one frame: log order survives the remap.
    for i in range(20):
        a.set_time("step", sequence=2)
        a.log("multi", rr.Scalars(float(i)))
        a.log(f"other{i % 3}", rr.Scalars(float(i)))
    a.flush()
    assert srec.latest_at("shared", timeline="step", time=1)["Scalars:scalars"].tolist() == [2.0]
    assert srec.latest_at("multi", timeline="step", time=2)["Scalars:scalars"].tolist() == [19.0]
    rid = srec.to_arrow()["row_id"].to_numpy()
    assert len(np.unique(rid)) == len(rid) == srec.store.num_rows
    # Rows logged here after the clients' rows get larger ids (one counter for the kernel and the network).
    srec.log("local", rr.Points3D([[1, 1, 1]]))
    srec.flush()
    t = srec.to_arrow()
    local = t.filter(pc.equal(t["entity_path"], "local"))
    assert t["row_id"].to_numpy().max() == local["row_id"].to_numpy().max()
    a.disconnect()
    b.disconnect()
    assert not ca.connected and not cb.connected


def test_send_columns_and_static_and_strips_survive_the_wire(server):
    cli = rr.RecordingStream("app")
    rr.connect(f"{LOOPBACK}:{server.port}", recording=cli)
    cli.log("static/label", rr.Points3D([[0, 0, 0]], labels=["<b>x</b>"]), static=True)
    cli.send_columns(
        "series",
        indexes=[rr.TimeColumn("t", duration=[0.0, 1.0, 2.0])],
        columns=rr.Scalars.columns(scalars=[1, 2, 3]),
    )
    cli.log("strips", rr.LineStrips3D([[[0, 0, 0], [1, 1, 1]], [[2, 2, 2], [3, 3, 3], [4, 4, 4]]]))
    cli.disconnect()
    srec = server.recording
    assert srec.latest_at("static/label")["Points3D:labels"].tolist() == ["<b>x</b>"]
    assert srec.latest_at("series", timeline="t", time=1.5)["Scalars:scalars"].tolist() == [2.0]
    strips = srec.latest_at("strips", timeline="log_time")["LineStrips3D:strips"]
    assert [len(s) for s in strips] == [2, 3]


def test_flush_and_disconnect_are_bounded_when_no_server_is_there(caplog_net):
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        port = s.getsockname()[1]  # closed again: nobody listens there
    cli = rr.RecordingStream("app")
    conn = rr.connect(f"{LOOPBACK}:{port}", recording=cli, flush_timeout_sec=0.3)
    assert log_has(caplog_net, "no rerun_nb server at")
    log_steps(cli, 5)
    t0 = time.monotonic()
    cli.flush()
    cli.disconnect()
    assert time.monotonic() - t0 < 3.0
    assert log_has(caplog_net, "5 rows not delivered")
    assert conn.closed


def test_connect_grpc_says_clearly_it_is_not_spoken():
    with pytest.raises(RerunNbError, match=r"gRPC.*rr\.connect\('127\.0\.0\.1:9876'\).*rr\.save"):
        rr.connect_grpc("rerun+http://127.0.0.1:9876/proxy")
    with pytest.raises(ValueError, match="gRPC"):
        rr.connect("rerun+http://127.0.0.1:9876/proxy", recording=rr.RecordingStream("app"))


def test_serve_with_no_recording_makes_one_that_takes_the_first_clients_ids():
    prev = rr.set_global_data_recording(None)
    try:
        srv = rr.serve(port=0)
        try:
            cli = rr.RecordingStream("rerun_example_adopt", recording_id="rec-42")
            rr.connect(f"{LOOPBACK}:{srv.port}", recording=cli)
            log_steps(cli, 3)
            cli.disconnect()
            g = rr.get_global_data_recording()
            assert g is srv.recording
            assert (g.application_id, g.recording_id) == ("rerun_example_adopt", "rec-42")
            assert g.store.num_rows == 3
        finally:
            srv.close()
    finally:
        rr.set_global_data_recording(prev)


def test_a_recording_cannot_feed_its_own_server():
    rec = rr.RecordingStream("app")
    srv = Server(rec, LOOPBACK, 0)
    try:
        with pytest.raises(ConnectError, match="cannot be connected to the server that feeds it"):
            rr.connect(f"{LOOPBACK}:{srv.port}", recording=rec)
    finally:
        srv.close()


# -- reconnection -------------------------------------------------------------------------------------------------


def test_reconnects_after_a_server_restart_and_loses_nothing(caplog_net):
    rec = rr.RecordingStream("app")
    srv = Server(rec, LOOPBACK, 0)
    port = srv.port
    cli = rr.RecordingStream("app")
    conn = rr.connect(f"{LOOPBACK}:{port}", recording=cli)
    log_steps(cli, 100)
    cli.flush()
    assert rec.store.num_rows == 100
    srv.close()
    assert wait_until(lambda: not conn.connected)
    log_steps(cli, 100, start=100)  # logged while the server is away: kept in the client's bounded buffer
    cli.store.flush()
    assert wait_until(lambda: conn.pending_rows() == 100)
    srv2 = Server(rec, LOOPBACK, port)  # restarted on the same port, same recording
    try:
        assert wait_until(lambda: rec.store.num_rows == 200)
        assert log_has(caplog_net, "reconnected to")
        cli.disconnect()
        assert rec.store.num_rows == 200  # nothing lost, nothing twice
        steps = rec.to_arrow()["step"].to_numpy()
        assert sorted(steps.tolist()) == list(range(200))
        assert rec.latest_at("pts", timeline="step", time=150)["Points3D:positions"][0, 0] == 150
    finally:
        srv2.close()


def test_frames_resent_after_a_lost_ack_are_not_applied_twice(server):
    session = uuid.uuid4().hex
    s, status, body = raw_client(server.port, session=session)
    assert status == fr.OK and body["last_seq"] == 0
    s.sendall(data_frame(1, 3) + data_frame(2, 3, start=3))
    assert read_ack(s) == 1 and read_ack(s) == 2
    s.close()
    s, status, body = raw_client(server.port, session=session)  # same session: the server remembers seq 2
    assert body["last_seq"] == 2
    s.sendall(data_frame(2, 3, start=3) + data_frame(3, 3, start=6))
    assert read_ack(s) == 2 and read_ack(s) == 3
    s.close()
    assert server.recording.store.num_rows == 9
    assert server.stats()["duplicate_frames"] == 1


def test_bounded_buffer_drops_the_oldest_while_the_server_is_away(caplog_net):
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        port = s.getsockname()[1]
    cli = rr.RecordingStream("app")
    conn = rr.connect(f"{LOOPBACK}:{port}", recording=cli, buffer_bytes=200_000, flush_timeout_sec=5.0)
    big = np.zeros((5000, 3), np.float32)  # 60 kB per row
    for i in range(20):
        cli.set_time("step", sequence=i)
        cli.log("big", rr.Points3D(big))
        cli.store.flush()
    assert conn.stats["dropped_rows"] > 0
    assert conn._total_bytes() <= 200_000
    assert log_has(caplog_net, "buffer is full")
    rec = rr.RecordingStream("srv")
    srv = Server(rec, LOOPBACK, port)
    try:
        cli.disconnect()
        steps = sorted(rec.to_arrow()["step"].to_numpy().tolist())
        assert steps and steps[-1] == 19 and len(steps) == 20 - conn.stats["dropped_rows"]
    finally:
        srv.close()


# -- tokens -------------------------------------------------------------------------------------------------------


def test_any_address_but_loopback_needs_a_token_printed_once(capsys, caplog_net):
    rec = rr.RecordingStream("app")
    srv = Server(rec, "0.0.0.0", 0, handshake_timeout=0.5)
    try:
        assert srv.token and len(srv.token) >= 16
        out = capsys.readouterr().out
        assert out.count(srv.token) == 1 and "token required" in out
        with pytest.raises(ConnectError, match="needs a token"):
            rr.connect(f"{LOOPBACK}:{srv.port}", recording=rr.RecordingStream("a"))
        with pytest.raises(ConnectError, match="wrong token"):
            rr.connect(f"{LOOPBACK}:{srv.port}", token="not-it", recording=rr.RecordingStream("a"))
        assert log_has(caplog_net, "refused: wrong token")
        cli = rr.RecordingStream("a")
        rr.connect(f"{LOOPBACK}:{srv.port}", token=srv.token, recording=cli)
        log_steps(cli, 4)
        cli.disconnect()
        assert rec.store.num_rows == 4
    finally:
        srv.close()


def test_token_from_the_environment(monkeypatch):
    rec = rr.RecordingStream("app")
    srv = Server(rec, LOOPBACK, 0, token="s3cret")
    try:
        monkeypatch.setenv("RERUN_NB_TOKEN", "s3cret")
        cli = rr.RecordingStream("a")
        rr.connect(f"{LOOPBACK}:{srv.port}", recording=cli)
        log_steps(cli, 2)
        cli.disconnect()
        assert rec.store.num_rows == 2
    finally:
        srv.close()


# -- hostile and broken peers ------------------------------------------------------------------------------------


def still_serves(server, n: int = 3) -> bool:
    cli = rr.RecordingStream("app")
    before = server.recording.store.num_rows
    rr.connect(f"{LOOPBACK}:{server.port}", recording=cli)
    log_steps(cli, n, entity="after")
    cli.disconnect()
    return server.recording.store.num_rows == before + n


def test_garbage_bytes_are_cut_off_with_one_line(server, caplog_net):
    s = socket.create_connection((LOOPBACK, server.port))
    s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
    assert closed_by_peer(s)
    assert log_has(caplog_net, "not a rerun_nb client")
    lines = [r for r in caplog_net.records if "not a rerun_nb client" in r.getMessage()]
    assert len(lines) == 1 and lines[0].levelno == logging.WARNING
    assert still_serves(server)


def test_a_frame_claiming_10_gb_is_refused_before_allocating(server, caplog_net):
    s, status, _ = raw_client(server.port)
    assert status == fr.OK
    s.sendall(data_frame(1) + fr.encode_frame_header(fr.DATA, 2, 10 * 1024**3) + b"\0" * 100)
    assert read_ack(s) == 1
    assert closed_by_peer(s)
    assert log_has(caplog_net, "over the max_frame_bytes limit")
    assert server.recording.store.num_rows == 3  # the whole frame before it is kept
    assert still_serves(server)


def test_a_client_killed_mid_frame_keeps_the_whole_frames(server, caplog_net):
    s, _, _ = raw_client(server.port)
    frame2 = data_frame(2, 5, start=3)
    s.sendall(data_frame(1, 3) + frame2[: len(frame2) // 2])
    assert read_ack(s) == 1
    s.close()
    assert log_has(caplog_net, "connection lost mid-message")
    assert server.recording.store.num_rows == 3
    assert still_serves(server)


def test_slow_loris_handshake_and_stalled_frame_are_cut_off(server, caplog_net):
    s = socket.create_connection((LOOPBACK, server.port))
    s.sendall(b"RRN")  # and then nothing
    assert closed_by_peer(s, timeout=10)
    assert log_has(caplog_net, "handshake stalled")
    s2, _, _ = raw_client(server.port)
    f = data_frame(1, 4)
    s2.sendall(f[: fr.FRAME.size + 10])  # a frame that starts and stalls
    assert closed_by_peer(s2, timeout=10)
    assert log_has(caplog_net, "frame stalled")
    # An idle connection between frames is fine (no limit there).
    s3, _, _ = raw_client(server.port)
    time.sleep(0.8)
    s3.sendall(data_frame(1, 2))
    assert read_ack(s3) == 1
    s3.close()
    assert still_serves(server)


def test_undecodable_payload_bad_version_and_oversized_hello(server, caplog_net):
    s, _, _ = raw_client(server.port)
    junk = b"\xff\xff\xff\xff" + b"\x10\x00\x00\x00" + b"garbage!" * 4
    s.sendall(fr.encode_frame_header(fr.DATA, 1, len(junk)) + junk)
    assert closed_by_peer(s)
    assert log_has(caplog_net, "not rerun_nb chunks")
    s2, status, body = raw_client(server.port, version=99)
    assert status == fr.BAD_VERSION and "protocol version 99" in body["error"]
    s3 = socket.create_connection((LOOPBACK, server.port))
    s3.sendall(struct.pack("<4sHHI", b"RRNB", 1, 0, 1 << 30))
    assert closed_by_peer(s3)
    assert log_has(caplog_net, "over the 65536 limit")
    for x in (s, s2, s3):
        x.close()
    assert still_serves(server)


def test_too_many_connections_are_refused_and_threads_stay_bounded(caplog_net):
    rec = rr.RecordingStream("app")
    srv = Server(rec, LOOPBACK, 0, max_connections=2)
    try:
        a, _, _ = raw_client(srv.port)
        b, _, _ = raw_client(srv.port)
        c = socket.create_connection((LOOPBACK, srv.port))
        _magic, _v, status, _ = fr.HELLO.unpack(bytes(fr.read_exact(c, fr.HELLO.size, 5.0, "w")))
        assert status == fr.TOO_MANY
        assert log_has(caplog_net, "too many connections")
        assert srv.stats()["active"] == 2
        a.close()
        assert wait_until(lambda: srv.stats()["active"] == 1)
        for x in (b, c):
            x.close()
    finally:
        srv.close()


def test_timeline_kind_conflicts_drop_those_rows_with_one_line(server, caplog_net):
    server.recording.set_time("step", duration=1.0)  # "step" is a duration timeline here
    server.recording.log("local", rr.Scalars(1.0))
    cli = rr.RecordingStream("app")
    rr.connect(f"{LOOPBACK}:{server.port}", recording=cli)
    log_steps(cli, 3)  # ... and a sequence timeline there
    cli.reset_time()
    cli.log("fine", rr.Scalars(2.0))
    cli.disconnect()
    assert log_has(caplog_net, "timeline 'step' is a duration timeline here but sequence there")
    assert server.recording.latest_at("fine", timeline="log_time")["Scalars:scalars"].tolist() == [2.0]
    assert server.stats()["dropped_chunks"] >= 1


def test_big_chunks_are_split_under_the_frame_limit():
    rec = rr.RecordingStream("srv")
    srv = Server(rec, LOOPBACK, 0, max_frame_bytes=1 << 20)
    try:
        cli = rr.RecordingStream("app")
        conn = rr.connect(f"{LOOPBACK}:{srv.port}", recording=cli)
        n = 40
        cli.send_columns(
            "big",
            indexes=[rr.TimeColumn("step", sequence=np.arange(n))],
            columns=rr.Points3D.columns(positions=np.ones((n * 10_000, 3), np.float32)).partition(
                [10_000] * n
            ),
        )
        cli.disconnect()
        assert rec.store.num_rows == n and conn.stats["frames"] >= 5
        assert rec.latest_at("big", timeline="step", time=39)["Points3D:positions"].shape == (10_000, 3)
    finally:
        srv.close()
