"""The static picture saved with notebooks: never blocks the display call, arrives in the background."""

from __future__ import annotations

import time

import pytest

import rerun_nb as rr

pytestmark = [pytest.mark.render, pytest.mark.usefixtures("needs_renderer")]


def test_picture_for_display_schedules_then_serves_from_cache():
    from rerun_nb.render import notebook

    rec = rr.RecordingStream("nb")
    rec.set_time_seconds("t", 1.0)
    rec.log("p", rr.Points3D([[0, 0, 0], [1, 1, 1]], colors=[255, 0, 0], radii=0.1))
    got: list[bytes] = []
    t0 = time.perf_counter()
    first = notebook.picture_for_display(rec, "t", 1.0, None, 320, 240, on_ready=got.append)
    blocked = time.perf_counter() - t0
    assert first is None  # never rendered on the caller's thread
    assert blocked < 1.0
    fut = notebook.render_in_background(rec, "t", 1.0, None, 320, 240)
    png = fut.result(timeout=120)
    assert png is not None and png[:4] == b"\x89PNG"
    for _ in range(100):  # the callback runs right after the future resolves
        if got:
            break
        time.sleep(0.01)
    assert got == [png]
    assert notebook.picture_for_display(rec, "t", 1.0, None, 320, 240) == png
    # new data → another state → scheduled again
    rec.log("q", rr.Points3D([[2, 0, 0]]))
    assert notebook.picture_for_display(rec, "t", 1.0, None, 320, 240) is None


def test_static_png_for_blocking_and_camera_dict():
    from rerun_nb.render.notebook import static_png_for

    rec = rr.RecordingStream("nb2")
    rec.log("p", rr.Points3D([[0, 0, 0]], radii=0.5), static=True)
    cam = {"position": [0, -5, 0], "target": [0, 0, 0], "up": [0, 0, 1]}
    png = static_png_for(rec, "", None, cam, 200, 100)
    assert png is not None and png[:4] == b"\x89PNG"
    assert static_png_for(rec, "", None, {}, 200, 100) is not None  # {} = the widget before any orbit: fit


def test_off_switch(monkeypatch, capsys):
    from rerun_nb.render import notebook

    monkeypatch.setenv("RERUN_NB_STATIC_PNG", "0")
    monkeypatch.setattr(notebook, "_said_why", False)
    rec = rr.RecordingStream("nb3")
    assert notebook.picture_for_display(rec, "", None) is None
    assert notebook.picture_for_display(rec, "", None) is None
    assert capsys.readouterr().err.count("RERUN_NB_STATIC_PNG=0") == 1
