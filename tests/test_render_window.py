"""rr.spawn() from a plain script: a native window under a display (Xvfb here), one line and no window without."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.render

SCRIPT = """
from math import tau
import numpy as np
import rerun_nb as rr
from rerun_nb.utilities import bounce_lerp, build_color_spiral

rr.init("rerun_example_dna_abacus")
rr.spawn()
rr.set_time_seconds("stable_time", 0)
p1, c1 = build_color_spiral(100)
p2, c2 = build_color_spiral(100, angular_offset=tau * 0.5)
rr.log("dna/structure/left", rr.Points3D(p1, colors=c1, radii=0.08))
rr.log("dna/structure/right", rr.Points3D(p2, colors=c2, radii=0.08))
rr.log("dna/structure/scaffolding", rr.LineStrips3D(np.stack((p1, p2), axis=1), colors=[128, 128, 128]))
for i in range(400):
    time = i * 0.01
    rr.set_time_seconds("stable_time", time)
    rr.log("dna/structure", rr.Transform3D(rotation=rr.RotationAxisAngle(axis=[0, 0, 1], radians=time / 4.0 * tau)))
print("script done")
"""


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(extra)
    return env


def test_no_display_prints_one_line_and_goes_on(tmp_path: Path):
    script = tmp_path / "dna_example.py"
    script.write_text(SCRIPT)
    r = subprocess.run([sys.executable, str(script)], env=_env(), capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.strip().splitlines()
    assert lines[-1] == "script done"
    spawn_lines = [ln for ln in lines if ln.startswith("rerun_nb:")]
    assert len(spawn_lines) == 1, lines
    assert "no display" in spawn_lines[0] and "rr.save" in spawn_lines[0]


@pytest.fixture
def xvfb(request: pytest.FixtureRequest):
    exe = shutil.which("Xvfb")
    if exe is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    request.getfixturevalue("needs_renderer")
    import importlib.util

    if importlib.util.find_spec("glfw") is None:
        pytest.skip("glfw is not installed (pip install glfw)")
    for n in range(140, 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            break
    proc = subprocess.Popen(
        [exe, f":{n}", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{n}").exists():
            break
        time.sleep(0.05)
    yield f":{n}"
    proc.terminate()
    proc.wait(10)


def test_window_opens_under_xvfb_and_gets_all_data(tmp_path: Path, xvfb: str):
    script = tmp_path / "dna_example.py"
    script.write_text(SCRIPT)
    report = tmp_path / "window.json"
    env = _env(DISPLAY=xvfb, RERUN_NB_WINDOW_REPORT=str(report), RERUN_NB_WINDOW_AUTOCLOSE="60")
    t0 = time.perf_counter()
    r = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == "script done"
    assert "rerun_nb: no viewer window" not in r.stdout
    assert time.perf_counter() - t0 < 60  # the script did not wait for the window
    info: dict = {}
    deadline = time.time() + 90
    while time.time() < deadline:
        if report.exists():
            info = json.loads(report.read_text())
            if info.get("frames", 0) >= 1 and info.get("rows", 0) >= 403 and info.get("stream_done"):
                break
        time.sleep(0.2)
    assert info.get("frames", 0) >= 1, info
    # every row logged reached the window (3 static-at-0 + 400 transforms, each also on log_time)
    assert info["rows"] == 403 and info["entities"] == 4 and info["timeline"] == "stable_time", info
    assert info["size"] == [1024.0, 768.0]
    # done: close the window now rather than at its auto-close
    with contextlib.suppress(OSError, KeyError, ValueError):
        os.kill(int(info["pid"]), 15)
