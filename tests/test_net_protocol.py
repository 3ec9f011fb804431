"""rr.serve / rr.connect in one process, over Arrow Flight: delivery, row ids, resends, reconnection, buffers.

All traffic goes to 127.0.0.1; ports are picked by binding port 0. Clients find the server's token in its
token file (XDG_RUNTIME_DIR), as on a user's machine.
"""

from __future__ import annotations

import socket
import time
import uuid

import numpy as np
import pyarrow.compute as pc
import pytest
from test_net_common import LOOPBACK, RawClient, data_message, log_has, net_caplog, points_chunk, wait_until

import rerun_nb as rr
from rerun_nb.errors import RerunNbError
from rerun_nb.net import ConnectError, Server


@pytest.fixture
def caplog_net(caplog):
    return net_caplog(caplog)


@pytest.fixture
def server():
    rec = rr.RecordingStream("rerun_example_net")
    srv = Server(rec, LOOPBACK, 0, handshake_timeout=2.0, idle_timeout=5.0)
    yield srv
    srv.close()


def log_steps(rec: rr.RecordingStream, n: int, start: int = 0, entity: str = "pts") -> None:
    for i in range(start, start + n):
        rec.set_time("step", sequence=i)
        rec.log(entity, rr.Points3D([[i, 0, 0]], radii=0.5))


def free_port() -> int:
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]  # closed again: nobody listens there


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


def test_rows_are_in_the_store_within_tens_of_milliseconds(server):
    cli = rr.RecordingStream("app")
    rr.connect(f"{LOOPBACK}:{server.port}", recording=cli)
    lat = []
    for i in range(20):
        t0 = time.monotonic()
        log_steps(cli, 1, start=i)
        assert wait_until(lambda i=i: server.recording.store.num_rows == i + 1, timeout=5, interval=0.001)
        lat.append(time.monotonic() - t0)
    cli.disconnect()
    assert sorted(lat)[10] < 0.2  # ~25 ms batching + loopback; generous for a shared 2-core VM


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
    # One writer, several entities/timeline sets in one message: log order survives the remap.
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


def test_a_compressed_stream_when_negotiated(server):
    cli = rr.RecordingStream("app")
    conn = rr.connect(f"{LOOPBACK}:{server.port}", recording=cli, compression="zstd")
    cli.set_time("step", sequence=0)
    cli.log("zeros", rr.Points3D(np.zeros((100_000, 3), np.float32)))
    cli.disconnect()
    assert conn.stats["bytes"] < 200_000  # 1.2 MB of zeros went compressed
    assert server.recording.latest_at("zeros", timeline="step", time=0)["Points3D:positions"].shape == (
        100_000,
        3,
    )


def test_flush_and_disconnect_are_bounded_when_no_server_is_there(caplog_net):
    cli = rr.RecordingStream("app")
    conn = rr.connect(f"{LOOPBACK}:{free_port()}", recording=cli, token="t", flush_timeout_sec=0.3)
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


def test_rerun_web_arguments_are_accepted_and_unknown_ones_refused():
    rec = rr.RecordingStream("app")
    srv = rr.serve(port=0, recording=rec, open_browser=False, web_port=0, server_memory_limit="1GB")
    try:
        assert srv.limits.memory_limit == 10**9
    finally:
        srv.close()
    with pytest.raises(TypeError, match=r"rr\.serve"):
        rr.serve(port=0, recording=rec, no_such_option=1)


# -- reconnection -----------------------------------------------------------------------------------------------


def test_reconnects_after_a_server_restart_and_loses_nothing(caplog_net):
    rec = rr.RecordingStream("app")
    srv = Server(rec, LOOPBACK, 0, token="fixed")
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
    srv2 = Server(rec, LOOPBACK, port, token="fixed")  # restarted on the same port, same recording
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


def test_messages_resent_after_a_lost_ack_are_not_applied_twice(server):
    session = uuid.uuid4().hex
    c = RawClient(server.port, server.token, session=session)
    assert c.welcome["last_seq"] == 0
    c.send(data_message(1, [points_chunk(3)]))
    c.send(data_message(2, [points_chunk(3, start=3)]))
    assert c.ack()["ack"] == 1 and c.ack()["ack"] == 2
    c.close()
    c = RawClient(server.port, server.token, session=session)  # same session: the server remembers seq 2
    assert c.welcome["last_seq"] == 2
    c.send(data_message(2, [points_chunk(3, start=3)]))
    c.send(data_message(3, [points_chunk(3, start=6)]))
    assert c.ack()["ack"] == 2 and c.ack()["ack"] == 3
    c.close()
    assert server.recording.store.num_rows == 9
    assert server.stats()["duplicate_frames"] == 1


def test_bounded_buffer_drops_the_oldest_while_the_server_is_away(caplog_net):
    port = free_port()
    cli = rr.RecordingStream("app")
    conn = rr.connect(
        f"{LOOPBACK}:{port}", recording=cli, token="fixed", buffer_bytes=200_000, flush_timeout_sec=5.0
    )
    big = np.zeros((5000, 3), np.float32)  # 60 kB per row
    for i in range(20):
        cli.set_time("step", sequence=i)
        cli.log("big", rr.Points3D(big))
        cli.store.flush()
    assert conn.stats["dropped_rows"] > 0
    assert conn._total_bytes() <= 200_000
    assert log_has(caplog_net, "buffer is full")
    rec = rr.RecordingStream("srv")
    srv = Server(rec, LOOPBACK, port, token="fixed")
    try:
        cli.disconnect()
        steps = sorted(rec.to_arrow()["step"].to_numpy().tolist())
        assert steps and steps[-1] == 19 and len(steps) == 20 - conn.stats["dropped_rows"]
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


def test_big_chunks_are_split_under_the_message_limit():
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


def test_a_listening_port_in_use_is_one_clear_error():
    rec = rr.RecordingStream("app")
    srv = Server(rec, LOOPBACK, 0)
    try:
        with pytest.raises(OSError, match="cannot listen on"):
            Server(rec, LOOPBACK, srv.port)
    finally:
        srv.close()
