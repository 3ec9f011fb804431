"""Fuzz the network door (issue 14, fuzz: network server): a few thousand seeded mutations of valid DATA messages
— bit flips, overwritten bytes and lengths, truncations, spliced and duplicated ranges, header kind and sequence
edits, schema metadata edits — sent by an authenticated client to a server in a child process (a crash there
cannot hide), with a deadline per message. The server must answer each (ack, refusal, or closing that stream),
never crash or hang, keep its memory bounded, and go on applying good messages with whole-scene queries
answering."""

from __future__ import annotations

import random
import time

import numpy as np
import pyarrow as pa
import pyarrow.flight as fl
from test_net_common import RawClient, data_message, points_chunk
from test_net_hostile import ChildServer

import rerun_nb as rr
from rerun_nb.net import wire

N_MUTANTS = 3_000
SEED = 14


def _seeds() -> list[bytes]:
    rec = rr.RecordingStream("fuzz")
    rec.set_time("step", sequence=1)
    rec.log(
        "pts", rr.Points3D(np.random.default_rng(0).random((20, 3)), colors=[255, 0, 0], labels=["a"] * 20)
    )
    rec.log("strips", rr.LineStrips3D([[[0, 0, 0], [1, 1, 1]], [[2, 2, 2], [3, 3, 3], [4, 4, 4]]]))
    rec.log("tf", rr.Transform3D(translation=[1, 2, 3], rotation=rr.Quaternion(xyzw=[0, 0, 0, 1])))
    rec.log("static", rr.TextDocument("hello"), static=True)
    rec.set_time("t", duration=1.5)
    rec.log("s", rr.Scalars(2.0))
    rec.flush()
    chunks = rec.store.chunks()
    kinds = rec.store.timeline_kinds
    out = [data_message(1, [c], kinds).to_pybytes() for c in chunks]
    out.append(data_message(1, chunks, kinds).to_pybytes())
    out.append(data_message(1, chunks[:2], kinds, compression="zstd").to_pybytes())
    return out


def _mutate(rng: random.Random, seeds: list[bytes]) -> bytes:
    b = bytearray(rng.choice(seeds))
    h = wire.HEADER.size
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(7)
        n = len(b)
        if op == 0:  # bit flips
            for _ in range(rng.randint(1, 8)):
                i = rng.randrange(n)
                b[i] ^= 1 << rng.randrange(8)
        elif op == 1:  # an overwritten length or offset (int32 / int64 little-endian)
            i = rng.randrange(h, max(h + 1, n - 8))
            v = rng.choice([0, 1, -1, 2**31 - 1, 2**40, rng.randrange(2**32)])
            b[i : i + 8] = int(v % 2**64).to_bytes(8, "little")
        elif op == 2:  # truncation
            del b[rng.randrange(h, n) :]
        elif op == 3:  # splice a range of another seed in
            o = rng.choice(seeds)
            i, j = sorted(rng.randrange(len(o)) for _ in range(2))
            k = rng.randrange(h, max(h + 1, len(b)))
            b[k:k] = o[i:j]
        elif op == 4:  # duplicate a range
            i, j = sorted(rng.randrange(n) for _ in range(2))
            b[j:j] = b[i:j]
        elif op == 5:  # header: kind / sequence number
            b[4] = rng.choice([0, 1, 1, 2, 3, 9])
            b[8:16] = rng.randrange(2**64).to_bytes(8, "little")
        else:  # schema metadata tokens (entity path, kinds, shapes)
            for tok, rep in ((b"sequence", b"sequenze"), (b"3", b"9"), (b"pts", b"/" * 3), (b"1", b"0")):
                i = b.find(tok, h)
                if i >= 0 and rng.random() < 0.5:
                    b[i : i + len(tok)] = rep
    return bytes(b)


def test_thousands_of_mutated_messages_neither_crash_nor_hang_the_server(tmp_path):
    rng = random.Random(SEED)
    seeds = _seeds()
    child = ChildServer(tmp_path, max_frame_bytes=8 << 20)
    outcomes = {"ack": 0, "refused": 0, "closed": 0}
    try:
        start = child.report()
        c = None
        t0 = time.monotonic()
        for _ in range(N_MUTANTS):
            if c is None:
                c = RawClient(child.port, child.token, compression=rng.choice([None, "zstd"]))
            msg = _mutate(rng, seeds)
            m0 = time.monotonic()
            try:
                c.send(pa.py_buffer(msg))
                if msg[4] == wire.PING and len(msg) >= wire.HEADER.size and msg[:4] == wire.MAGIC:
                    continue  # no answer to a ping
                ack = c.ack()
                outcomes["refused" if ack.get("refused") else "ack"] += 1
            except (fl.FlightError, pa.ArrowException, OSError, AssertionError):
                outcomes["closed"] += 1
                c.close()
                c = None
            assert time.monotonic() - m0 < 10, "the server took more than 10 s over one message"
        if c is not None:
            c.close()
        elapsed = time.monotonic() - t0
        # Still serving: a good message applies and the whole scene answers.
        good = RawClient(child.port, child.token)
        good.send(data_message(1, [points_chunk(5, entity="after/fuzz")]))
        assert good.ack() == {"ack": 1}
        good.close()
        end = child.report()
        assert end["rows"] >= 5 and end["entities"] >= 1
        assert end["hwm_kb"] - start["hwm_kb"] < 1_000_000  # peak RSS grew by less than 1 GB
    finally:
        err = child.close()
    assert child.p.returncode == 0, err
    assert "Traceback" not in err, err[-2000:]
    print(f"{N_MUTANTS} mutated messages in {elapsed:.1f}s: {outcomes}; server rows {end['rows']}")
