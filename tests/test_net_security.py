"""Who may pass rr.serve (issue 14, items 6-8): tokens on loopback too, token files, TLS beyond loopback,
timeline-kind hijacks and timeline-name floods, idle and hostile sockets, the server's memory limit.

Each test plays the attack; on the framed-TCP server these passed the attacker through (no token on loopback,
kinds registered from a bare handshake, 250,000 names taken, 8 idle sockets locking every client out)."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.flight as fl
import pytest
from test_net_common import (
    LOOPBACK,
    RawClient,
    data_message,
    hello,
    log_count,
    log_has,
    net_caplog,
    points_chunk,
    wait_until,
)

import rerun_nb as rr
from rerun_nb.net import ConnectError, Server, tls, tokens
from rerun_nb.store import Chunk

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def caplog_net(caplog):
    return net_caplog(caplog)


@pytest.fixture
def runtime(tmp_path, monkeypatch):
    d = tmp_path / "xdg"
    d.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(d))
    monkeypatch.delenv("RERUN_NB_TOKEN", raising=False)
    return d


def log_steps(rec, n, start=0, entity="pts"):
    for i in range(start, start + n):
        rec.set_time("step", sequence=i)
        rec.log(entity, rr.Points3D([[i, 0, 0]]))


# -- item 6: tokens, loopback included ---------------------------------------------------------------------------


def test_the_token_file_is_private_and_connect_reads_it(runtime):
    rec = rr.RecordingStream("srv")
    srv = Server(rec, LOOPBACK, 0)
    try:
        p = srv.token_file
        assert p.parent == runtime / "rerun_nb"
        assert stat.S_IMODE(p.stat().st_mode) == 0o600
        assert stat.S_IMODE(p.parent.stat().st_mode) == 0o700
        assert srv.token in p.read_text() and p.name == f"serve-127.0.0.1-{srv.port}.json"
        cli = rr.RecordingStream("cli")
        rr.connect(f"{LOOPBACK}:{srv.port}", recording=cli)  # no token typed: read from the file
        log_steps(cli, 3)
        cli.disconnect()
        assert rec.store.num_rows == 3
    finally:
        srv.close()
    assert not p.exists()  # removed when the server stops


def test_an_unauthenticated_local_client_is_refused(runtime, tmp_path, caplog_net):
    rec = rr.RecordingStream("srv")
    srv = Server(rec, LOOPBACK, 0)
    try:
        # Another user on the machine: same loopback port, but no access to our runtime dir.
        other = tmp_path / "other-user"
        other.mkdir(mode=0o700)
        code = (
            "import sys, rerun_nb as rr\n"
            "rr.init('intruder')\n"
            "try:\n"
            "    rr.connect(sys.argv[1])\n"
            "except rr.net.ConnectError as e:\n"
            "    print('REFUSED', e); sys.exit(3)\n"
            "rr.log('x', rr.Points3D([[6, 6, 6]])); rr.disconnect()\n"
        )
        env = dict(os.environ, XDG_RUNTIME_DIR=str(other))
        env.pop("RERUN_NB_TOKEN", None)
        p = subprocess.run(
            [sys.executable, "-c", code, f"{LOOPBACK}:{srv.port}"],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=60,
        )
        assert p.returncode == 3, p.stdout + p.stderr
        assert "needs a token" in p.stdout
        with pytest.raises(ConnectError, match="wrong token"):
            rr.connect(f"{LOOPBACK}:{srv.port}", token="guess", recording=rr.RecordingStream("a"))
        # A raw Flight peer without the header: refused on its headers, before any data is read.
        raw = fl.FlightClient(f"grpc://{LOOPBACK}:{srv.port}")
        with pytest.raises(fl.FlightUnauthenticatedError):
            w, r = raw.do_put(fl.FlightDescriptor.for_command(hello()), pa.schema([]))
            try:
                w.write_metadata(data_message(1, [points_chunk(1)]))
                r.read()
            finally:
                w.close()  # the call's status: UNAUTHENTICATED
        with pytest.raises(fl.FlightUnauthenticatedError):
            list(raw.do_action(fl.Action("rerun_nb.hello", hello())))
        raw.close()
        assert rec.store.num_rows == 0 and srv.stats()["refused"] >= 3
    finally:
        srv.close()


def test_the_runtime_dir_of_another_owner_or_a_symlink_is_refused(tmp_path, monkeypatch):
    target = tmp_path / "elsewhere"
    target.mkdir()
    xdg = tmp_path / "xdg"
    xdg.mkdir(mode=0o700)
    (xdg / "rerun_nb").symlink_to(target)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(xdg))
    with pytest.raises(tokens.TokenFileError, match="not a directory"):
        tokens.runtime_dir()
    (xdg / "rerun_nb").unlink()
    (xdg / "rerun_nb").mkdir(mode=0o777)
    os.chmod(xdg / "rerun_nb", 0o777)
    assert stat.S_IMODE(tokens.runtime_dir().stat().st_mode) == 0o700  # ours but open: closed again
    if os.getuid() == 0:
        os.chown(xdg / "rerun_nb", 65534, 65534)
        with pytest.raises(tokens.TokenFileError, match="another user"):
            tokens.runtime_dir()


def test_the_token_is_never_printed_and_beyond_loopback_is_tls(
    runtime, capsys, caplog_net, monkeypatch, tmp_path
):
    rec = rr.RecordingStream("srv")
    srv = Server(rec, "0.0.0.0", 0)
    try:
        out = capsys.readouterr().out
        assert srv.token not in out and str(srv.token_file) in out and "TLS" in out
        assert srv.tls and srv.certificate.startswith(b"-----BEGIN CERTIFICATE-----")
        assert srv.token not in " ".join(r.getMessage() for r in caplog_net.records)
        # On this machine: the file of 0.0.0.0:port is found for 127.0.0.1:port, certificate pinned from it.
        cli = rr.RecordingStream("cli")
        conn = rr.connect(f"{LOOPBACK}:{srv.port}", recording=cli)
        assert conn.tls
        log_steps(cli, 2)
        cli.disconnect()
        assert rec.store.num_rows == 2
        # From elsewhere: the copied file; a client speaking plain gRPC or pinning another certificate fails.
        copied = runtime / "copy.json"
        copied.write_text(srv.token_file.read_text())
        cli2 = rr.RecordingStream("cli2")
        rr.connect(f"localhost:{srv.port}", recording=cli2, token_file=copied)
        log_steps(cli2, 1, entity="copied")
        cli2.disconnect()
        assert rec.store.num_rows == 3
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "empty"))  # no file: no certificate to pin
        plain = rr.connect(
            f"{LOOPBACK}:{srv.port}",
            recording=rr.RecordingStream("p"),
            token=srv.token,
            flush_timeout_sec=0.2,
        )
        assert not plain.connected and not plain.tls
        plain.close()
    finally:
        srv.close()


def test_the_certificate_is_made_with_openssl_when_cryptography_is_missing(runtime):
    if not __import__("shutil").which("openssl"):
        pytest.skip("no openssl here")
    cert, key = tls.self_signed(use_cryptography=False)
    assert b"BEGIN CERTIFICATE" in cert and b"PRIVATE KEY" in key
    assert stat.S_IMODE((runtime / "rerun_nb" / "tls-key.pem").stat().st_mode) == 0o600
    assert tls.self_signed() == (cert, key)  # made once, then reused


# -- item 6: timeline kinds and names ----------------------------------------------------------------------------


def test_a_bare_handshake_cannot_hijack_timeline_kinds(runtime):
    rec = rr.RecordingStream("srv")
    srv = Server(rec, LOOPBACK, 0)
    try:
        # The old hello carried timeline kinds and the server registered them; a hostile one would say
        # "step" is a duration. Now kinds come only with accepted rows: the hello's extra fields do nothing.
        c = RawClient(srv.port, srv.token)
        bad = hello(timeline_kinds={"step": "duration", "frame": "timestamp"})
        list(
            c.client.do_action(
                fl.Action("rerun_nb.hello", bad), options=fl.FlightCallOptions(headers=c.headers)
            )
        )
        c.close()
        assert "step" not in rec.store.timeline_kinds and "frame" not in rec.store.timeline_kinds
        rec.set_time("step", sequence=1)
        rec.log("mine", rr.Points3D([[1, 2, 3]]))
        assert rec.timelines()["step"][0] == "sequence"
        assert rec.latest_at("mine", timeline="step", time=1)["Points3D:positions"].tolist() == [[1, 2, 3]]
    finally:
        srv.close()


def _many_timelines_chunk(names: list[str], entity: str = "flood") -> Chunk:
    return Chunk.from_rows(
        entity,
        [1],
        {n: [0] for n in names},
        [{"Scalars:scalars": np.ones(1)}],
        timeline_kinds=dict.fromkeys(names, "sequence"),
    )


def test_250_000_timeline_names_are_refused_past_the_caps(runtime, caplog_net):
    rec = rr.RecordingStream("srv")
    srv = Server(rec, LOOPBACK, 0, max_timelines_per_client=1_000, max_timelines=10_000)
    try:
        c = RawClient(srv.port, srv.token)
        per, msgs = 1_000, 250  # 250 messages of 1,000 new names each: 250,000 names
        t0 = time.monotonic()
        for m in range(msgs):
            names = [f"t{m}_{i}" for i in range(per)]
            c.send(data_message(m + 1, [_many_timelines_chunk(names)], dict.fromkeys(names, "sequence")))
            assert "ack" in c.ack()
        c.close()
        assert (
            len(rec.store.timeline_kinds) == 1 + 1_000
        )  # log_time, the first message's names, nothing after
        assert log_count(caplog_net, "too many timeline names") == 1
        assert time.monotonic() - t0 < 120
        # Other clients may still add names, up to the recording's cap.
        small = Server(rr.RecordingStream("s2"), LOOPBACK, 0, max_timelines_per_client=50, max_timelines=120)
        try:
            for k in range(3):
                c = RawClient(small.port, small.token)
                names = [f"c{k}_{i}" for i in range(50)]
                c.send(data_message(1, [_many_timelines_chunk(names)], dict.fromkeys(names, "sequence")))
                c.ack()
                c.close()
            assert len(small.recording.store.timeline_kinds) == 1 + 100  # log_time, 2 clients of 3
        finally:
            small.close()
        t0 = time.perf_counter()
        rec.timelines()
        assert time.perf_counter() - t0 < 0.1
    finally:
        srv.close()


# -- item 7: sockets -----------------------------------------------------------------------------------------------


def test_a_client_is_served_within_seconds_while_100_idle_or_hostile_sockets_are_open(runtime, caplog_net):
    rec = rr.RecordingStream("srv")
    srv = Server(rec, LOOPBACK, 0, handshake_timeout=2.0)
    socks = []
    try:
        for i in range(100):
            s = socket.create_connection((LOOPBACK, srv.port))
            if i % 2:
                s.sendall(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")  # a half HTTP/2 preface, then nothing
            socks.append(s)
        t0 = time.monotonic()
        cli = rr.RecordingStream("cli")
        rr.connect(f"{LOOPBACK}:{srv.port}", recording=cli)
        log_steps(cli, 5)
        cli.flush()
        assert rec.store.num_rows == 5
        assert time.monotonic() - t0 < 3.0
        # Past the handshake deadline the reaper closes every one of them, and not the real client.
        assert wait_until(lambda: srv.stats()["closed_handshake"] >= 100, timeout=15)
        assert log_has(caplog_net, "did not authenticate within 2 s")
        for s in socks:
            s.settimeout(5)
            while s.recv(65536):
                pass  # gRPC's settings frame, then EOF
        log_steps(cli, 5, start=5)
        cli.disconnect()
        assert rec.store.num_rows == 10
    finally:
        for s in socks:
            s.close()
        srv.close()


def test_idle_timeout_cuts_a_silent_stream_but_not_an_idle_client(runtime, caplog_net):
    rec = rr.RecordingStream("srv")
    srv = Server(rec, LOOPBACK, 0, idle_timeout=1.0)
    try:
        cli = rr.RecordingStream("cli")
        conn = rr.connect(f"{LOOPBACK}:{srv.port}", recording=cli)
        silent = RawClient(srv.port, srv.token)  # authenticated, then says nothing
        assert wait_until(lambda: srv.stats()["closed_idle"] >= 1, timeout=10)
        with pytest.raises(Exception):
            silent.ack()
        silent.close()
        time.sleep(1.5)  # the real client idles past the timeout too: its PINGs keep it
        assert conn.connected and conn.stats["reconnects"] == 0
        log_steps(cli, 2)
        cli.disconnect()
        assert rec.store.num_rows == 2
    finally:
        srv.close()


def test_max_connections_tells_the_next_client_to_retry(runtime):
    rec = rr.RecordingStream("srv")
    srv = Server(rec, LOOPBACK, 0, max_connections=2)
    try:
        a, b = RawClient(srv.port, srv.token), RawClient(srv.port, srv.token)
        a.send(data_message(1, [points_chunk(1)]))
        b.send(data_message(1, [points_chunk(1, start=1)]))
        a.ack(), b.ack()
        with pytest.raises(fl.FlightUnavailableError, match="too many clients"):
            RawClient(srv.port, srv.token)
        a.close()
        assert wait_until(lambda: srv.stats()["active"] == 1)
        c = RawClient(srv.port, srv.token)
        c.close()
        b.close()
    finally:
        srv.close()


# -- item 8: memory limit --------------------------------------------------------------------------------------------


def test_server_memory_limit_refuses_data_past_it_with_one_line(runtime, caplog_net):
    rec = rr.RecordingStream("srv")
    srv = rr.serve(port=0, recording=rec, server_memory_limit="3MB")
    try:
        cli = rr.RecordingStream("cli")
        conn = rr.connect(f"{LOOPBACK}:{srv.port}", recording=cli)
        for i in range(10):  # 10 rows of 1.2 MB
            cli.set_time("step", sequence=i)
            cli.log("big", rr.Points3D(np.full((100_000, 3), i, np.float32)))
            cli.flush()
        cli.disconnect()
        assert 1 <= rec.store.num_rows <= 3
        assert log_count(caplog_net, "server_memory_limit reached") == 1
        assert conn.fatal and "memory limit" in conn.fatal
        assert rec.scene(timeline="step", time=9) is not None  # the rows already here still answer
    finally:
        srv.close()
