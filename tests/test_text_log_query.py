"""Text log pages (rerun_nb/text_log_query.py): order, paging, the cursor, the level filter, several entities,
rows arriving later, and the speed of a cursor move over 200,000 entries."""

from __future__ import annotations

import time

import numpy as np

import rerun_nb as rr
from rerun_nb.text_log_query import text_log_page

LEVELS = ["INFO", "WARN", "DEBUG", "ERROR"]


def _log(
    n: int, path: str = "log", rec: rr.RecordingStream | None = None, step0: int = 0
) -> rr.RecordingStream:
    rec = rec or rr.RecordingStream("text_log_test")
    for i in range(n):
        rec.set_time("step", sequence=step0 + i)
        rec.log(path, rr.TextLog(f"{path} {step0 + i}", level=LEVELS[i % 4]))
    return rec


def test_page_at_cursor_and_offset() -> None:
    rec = _log(250)
    p = text_log_page(rec.store, ["log"], "step", 123, offset=None, limit=100)
    assert (p.total, p.offset, p.cursor) == (250, 100, 123)
    assert p.rows[0] == {"time": 100, "path": "log", "level": "INFO", "text": "log 100", "color": None}
    assert p.levels == ["DEBUG", "INFO", "WARN", "ERROR"]
    p = text_log_page(rec.store, ["log"], "step", 123, offset=240, limit=100)
    assert p.offset == 240 and len(p.rows) == 10
    p = text_log_page(rec.store, ["log"], "step", -5, offset=None, limit=100)
    assert p.cursor == -1 and p.offset == 0


def test_level_filter() -> None:
    rec = _log(100)
    p = text_log_page(rec.store, ["log"], "step", 50, offset=0, limit=1000, levels=["WARN", "ERROR"])
    assert p.total == 50 and all(r["level"] in ("WARN", "ERROR") for r in p.rows)
    assert p.rows[p.cursor]["time"] == 49  # the last shown entry at or before 50
    assert text_log_page(rec.store, ["log"], "step", 50, offset=0, limit=10, levels=[]).total == 0


def test_entities_merged_in_time_then_log_order_and_late_rows() -> None:
    rec = rr.RecordingStream("text_log_test")
    for i in range(5):
        rec.set_time("step", sequence=i)
        rec.log("a", rr.TextLog(f"a{i}"))
        rec.log("b", rr.TextLog(f"b{i}", color=[1, 2, 3]))
    rows = text_log_page(rec.store, ["a", "b"], "step", 2, offset=0, limit=100).rows
    assert [r["text"] for r in rows][:4] == ["a0", "b0", "a1", "b1"]
    assert rows[1]["color"] == [1, 2, 3, 255] and rows[0]["level"] is None
    rec.set_time("step", sequence=1)  # logged late: sorted in
    rec.log("a", rr.TextLog("late"))
    rows = text_log_page(rec.store, ["a", "b"], "step", 2, offset=0, limit=100).rows
    assert [r["text"] for r in rows][:5] == ["a0", "b0", "a1", "b1", "late"]
    assert text_log_page(rec.store, ["a"], "step", 2, offset=0, limit=100).total == 6


def test_several_texts_in_one_row_are_several_entries() -> None:
    rec = rr.RecordingStream("text_log_test")
    rec.set_time("step", sequence=0)
    rec.log("log", rr.TextLog(["x", "y"], level="WARN"))
    p = text_log_page(rec.store, ["log"], "step", 0, offset=0, limit=10)
    assert [(r["text"], r["level"]) for r in p.rows] == [("x", "WARN"), ("y", "WARN")] and p.cursor == 1


def test_cursor_moves_over_200k_entries_are_fast() -> None:
    rec = rr.RecordingStream("text_log_test")
    n = 200_000
    rec.send_columns(
        "log",
        indexes=[rr.TimeColumn("step", sequence=np.arange(n))],
        columns=rr.TextLog.columns(
            text=[f"entry {i}" for i in range(n)], level=[LEVELS[i % 4] for i in range(n)]
        ),
    )
    text_log_page(rec.store, ["log"], "step", 0, offset=None, limit=100)  # builds the index
    times = []
    for t in np.random.default_rng(0).integers(0, n, 50):
        t0 = time.perf_counter()
        p = text_log_page(rec.store, ["log"], "step", int(t), offset=None, limit=100, levels=["INFO", "WARN"])
        times.append(time.perf_counter() - t0)
        assert p.rows[p.cursor - p.offset]["time"] <= t
    assert float(np.median(times)) < 0.1 and max(times) < 0.5, times
