"""Without the render extra everything else works, and asking for a picture says clearly what is missing."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

import rerun_nb as rr
from rerun_nb.render import _support


@pytest.fixture
def no_renderer(monkeypatch):
    monkeypatch.setattr(_support, "_checked", True)
    monkeypatch.setattr(
        _support,
        "_reason",
        "pictures need the render extra (pygfx not installed): pip install 'rerun_nb[render]'",
    )


def test_snapshot_says_what_to_install(no_renderer):
    rec = rr.RecordingStream("x")
    rec.log("p", rr.Points3D([[0, 0, 0]]))
    with pytest.raises(rr.render.RenderUnavailableError, match=r"rerun_nb\[render\]"):
        rec.snapshot()
    with pytest.raises(rr.render.RenderUnavailableError, match="pygfx"):
        rec.to_video("/tmp/never.mp4")


def test_static_picture_is_off_with_one_line(no_renderer, capsys, monkeypatch):
    from rerun_nb.render import notebook

    monkeypatch.setattr(notebook, "_said_why", False)
    rec = rr.RecordingStream("x")
    assert notebook.picture_for_display(rec, "", None) is None
    assert notebook.static_png_for(rec, "", None) is None
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no static picture in saved notebooks" in err and "pygfx" in err


def test_import_does_not_load_pygfx():
    code = "import sys, rerun_nb, rerun_nb.render, rerun_nb.render.window, rerun_nb.render.notebook; print('pygfx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_frame_times():
    from rerun_nb.render.video import frame_times

    rec = rr.RecordingStream("t")
    for i in range(400):
        rec.set_time_seconds("stable_time", i * 0.01)
        rec.set_time_sequence("frame", i)
        rec.log("p", rr.Points3D([[0, 0, 0]]))
    t = frame_times(rec, "stable_time", fps=30)
    assert len(t) == 120 and t[0] == 0 and np.isclose(t[-1], 119 / 30)
    assert len(frame_times(rec, "stable_time", start=0, end=0.9, fps=10)) == 10
    f = frame_times(rec, "frame")
    assert len(f) == 400 and f.dtype.kind == "i"
    assert len(frame_times(rec, "frame", speed=4)) == 100
    with pytest.raises(ValueError, match="unknown timeline"):
        frame_times(rec, "nope")


def test_camera_normalisation():
    from rerun_nb.render.camera import fit_camera, normalize_camera

    assert normalize_camera(None) is None
    c = normalize_camera(([1, 2, 3], [0, 0, 0]))
    assert c == {"position": [1.0, 2.0, 3.0], "target": [0.0, 0.0, 0.0], "up": [0.0, 0.0, 1.0]}

    class V:
        camera: dict = {}

    assert normalize_camera(V()) is None  # a viewer not orbited yet: fit
    with pytest.raises(ValueError):
        normalize_camera({"position": [0, 0]})
    f = fit_camera((np.array([-1.0, -1, -1]), np.array([1.0, 1, 1])), 4 / 3)
    assert f["target"] == [0.0, 0.0, 0.0]
    d = np.linalg.norm(f["position"])
    assert np.isclose(d, np.sqrt(3) / np.sin(np.radians(22.5)) * 1.05)
