"""Helpers shared by the tests of rr.serve / rr.connect (no tests here): a raw Flight client that speaks the
protocol by hand (to play a hostile or broken peer), chunk payloads, waiting."""

from __future__ import annotations

import contextlib
import json
import logging
import time
import uuid
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.flight as fl

from rerun_nb.net import wire
from rerun_nb.net.auth import call_headers
from rerun_nb.net.payload import encode_batches, encode_payload
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


def log_count(caplog, text: str) -> int:
    return sum(text in r.getMessage() for r in caplog.records)


def hello(session: str | None = None, compression: str | None = None, **extra: Any) -> bytes:
    obj = {
        "protocol": wire.PROTOCOL,
        "session_id": session or uuid.uuid4().hex,
        "application_id": "raw",
        "recording_id": "raw-rec",
        "compression": compression,
        **extra,
    }
    return json.dumps(obj).encode()


class RawClient:
    """One authenticated DoPut stream, driven by hand."""

    def __init__(
        self, port: int, token: str | None, *, session: str | None = None, compression: str | None = None
    ) -> None:
        self.client = fl.FlightClient(f"grpc://{LOOPBACK}:{port}")
        self.headers = call_headers(token)
        h = hello(session, compression)
        opts = fl.FlightCallOptions(headers=self.headers, timeout=10)
        res = list(self.client.do_action(fl.Action(wire.HELLO_ACTION, h), options=opts))
        self.welcome = json.loads(res[0].body.to_pybytes())
        self.writer, self.reader = self.client.do_put(
            fl.FlightDescriptor.for_command(h),
            pa.schema([]),
            options=fl.FlightCallOptions(headers=self.headers),
        )

    def send(self, buf: pa.Buffer) -> None:
        self.writer.write_metadata(buf)

    def ack(self) -> dict[str, Any]:
        b = self.reader.read()
        if b is None:
            self.writer.close()  # raises the call's status when the server refused something
            raise AssertionError("the server ended the stream")
        return json.loads(b.to_pybytes())

    def close(self) -> None:
        for f in (self.writer.done_writing, self.writer.close, self.client.close):
            with contextlib.suppress(Exception):
                f()


def points_chunk(n: int = 3, entity: str = "raw/pts", start: int = 0, timeline: str = "step") -> Chunk:
    return Chunk.from_rows(
        entity,
        np.arange(start, start + n) + 10**18,
        {timeline: np.arange(start, start + n)},
        [{"Points3D:positions": np.full((1, 3), i, np.float32)} for i in range(start, start + n)],
        timeline_kinds={timeline: "sequence"},
    )


def data_message(seq: int, chunks: list[Chunk], kinds: dict[str, str] | None = None, **kw: Any) -> pa.Buffer:
    header = wire.HEADER.pack(wire.MAGIC, wire.DATA, seq)
    return encode_payload(header, chunks, kinds or {"step": "sequence"}, **kw)


def batches_message(seq: int, batches: list[pa.RecordBatch], compression: str | None = None) -> pa.Buffer:
    return encode_batches(wire.HEADER.pack(wire.MAGIC, wire.DATA, seq), batches, compression)


def net_caplog(caplog):
    caplog.set_level(logging.INFO, logger="rerun_nb.net")
    return caplog
