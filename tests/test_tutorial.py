"""The Rerun Python tutorial, run from its own text with ``import rerun_nb as rr``, and the state it leaves."""

from __future__ import annotations

import re
from math import tau
from pathlib import Path

import numpy as np
import pytest

import rerun_nb as rr
from rerun_nb.utilities import bounce_lerp, build_color_spiral

SEED_FILE = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_d4163a34a38fab4a.txt"
if not SEED_FILE.exists():  # a clone next to shared/ (CI) or inside the working tree
    SEED_FILE = Path(__file__).resolve().parents[1] / "tests" / "data" / "tutorial.md"


def _python_blocks() -> list[str]:
    text = SEED_FILE.read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def _ported(code: str) -> str:
    """The tutorial's code with rerun's imports pointed at rerun_nb — nothing else changes."""
    return code.replace("import rerun as rr", "import rerun_nb as rr").replace(
        "from rerun.utilities", "from rerun_nb.utilities"
    )


def _blocks_by_role() -> dict[str, str]:
    blocks = _python_blocks()
    roles: dict[str, str] = {}
    for b in blocks:
        if "rr.init(" in b:
            roles["init"] = b
        elif b.strip() == "rr.spawn()":
            roles["spawn"] = b
        elif 'rr.set_time_seconds("stable_time", 0)' in b and "for" not in b:
            roles["fix"] = b
        elif b.lstrip().startswith("from math import tau"):
            roles["imports"] = b
        elif "dna/structure/left" in b:
            roles["points"] = b
        elif "LineStrips3D" in b:
            roles["scaffolding"] = b
        elif "Transform3D" in b:
            roles["transform"] = b
        elif "time_offsets" in b:
            roles["animate"] = b
        elif "offsets = np.random.rand" in b:
            roles["beads"] = b
    return roles


def run_tutorial(with_fix: bool, seed: int = 1234) -> dict:
    roles = _blocks_by_role()
    assert set(roles) == {
        "init",
        "spawn",
        "fix",
        "imports",
        "points",
        "scaffolding",
        "beads",
        "animate",
        "transform",
    }, sorted(roles)
    order = (
        ["init", "spawn"]
        + (["fix"] if with_fix else [])
        + [
            "imports",
            "points",
            "scaffolding",
            "beads",
            "animate",
            "transform",
        ]
    )
    ns: dict = {}
    np.random.seed(seed)
    for role in order:
        exec(compile(_ported(roles[role]), f"<tutorial:{role}>", "exec"), ns)
    return ns


@pytest.fixture(scope="module")
def fixed():
    ns = run_tutorial(with_fix=True)
    return ns, rr.get_global_data_recording()


def test_seed_has_all_blocks():
    assert len(_python_blocks()) >= 9


def test_before_the_fix_the_spirals_vanish_on_stable_time():
    run_tutorial(with_fix=False)
    rec = rr.get_global_data_recording()
    for t in (0.0, 1.0, 3.99):
        assert rec.latest_at("dna/structure/left", timeline="stable_time", time=t) == {}
        assert rec.latest_at("dna/structure/scaffolding", timeline="stable_time", time=t) == {}
        scene = rec.scene(timeline="stable_time", time=t)
        assert "dna/structure/left" not in scene.entities
        assert "dna/structure/scaffolding/beads" in scene.entities
    # ...but on log_time everything is there.
    lt = rec.latest_at("dna/structure/left", timeline="log_time")
    assert lt["Points3D:positions"].shape == (100, 3)


def test_after_the_fix_the_spirals_are_visible_at_every_time(fixed):
    _, rec = fixed
    points1, colors1 = build_color_spiral(100)
    for t in np.linspace(0, 3.99, 17):
        left = rec.latest_at("dna/structure/left", timeline="stable_time", time=float(t))
        np.testing.assert_allclose(left["Points3D:positions"], points1, rtol=0, atol=1e-6)
        assert left["Points3D:colors"].shape == (100, 4)
        np.testing.assert_array_equal(
            left["Points3D:colors"][:, :3], np.round(colors1 * 255).astype(np.uint8)
        )
        np.testing.assert_allclose(left["Points3D:radii"], [0.08])
        strips = rec.latest_at("dna/structure/scaffolding", timeline="stable_time", time=float(t))
        assert len(strips["LineStrips3D:strips"]) == 100
        assert strips["LineStrips3D:colors"].tolist() == [[128, 128, 128, 255]]


def _beads_by_hand(seed: int, time: float) -> tuple[np.ndarray, np.ndarray]:
    rng_state = np.random.get_state()
    np.random.seed(seed)
    np.random.rand(100)  # the static beads' offsets
    time_offsets = np.random.rand(100)
    np.random.set_state(rng_state)
    points1, _ = build_color_spiral(100)
    points2, _ = build_color_spiral(100, angular_offset=tau * 0.5)
    times = np.repeat(time, 100) + time_offsets
    beads = np.array([bounce_lerp(points1[n], points2[n], times[n]) for n in range(100)], dtype=np.float32)
    grey = np.array([int(bounce_lerp(80, 230, times[n] * 2)) for n in range(100)])
    return beads, grey


@pytest.mark.parametrize(
    "query_time, logged_time", [(0.0, 0.0), (1.234, 1.23), (2.5, 2.5), (3.99, 3.99), (99.0, 3.99)]
)
def test_bead_positions_match_a_computation_by_hand(fixed, query_time, logged_time):
    _, rec = fixed
    got = rec.latest_at("dna/structure/scaffolding/beads", timeline="stable_time", time=query_time)
    beads, grey = _beads_by_hand(1234, logged_time)
    np.testing.assert_allclose(got["Points3D:positions"], beads, atol=1e-6)
    np.testing.assert_array_equal(got["Points3D:colors"][:, 0], grey)
    np.testing.assert_array_equal(got["Points3D:colors"][:, 3], 255)


@pytest.mark.parametrize("t", [0.0, 0.5, 1.0, 2.37, 3.99])
def test_world_transform_of_the_beads_is_the_rotation_about_z(fixed, t):
    _, rec = fixed
    m = rec.world_from_entity("dna/structure/scaffolding/beads", timeline="stable_time", time=t)
    a = t / 4.0 * tau
    expected = np.array([[np.cos(a), -np.sin(a), 0], [np.sin(a), np.cos(a), 0], [0, 0, 1]])
    np.testing.assert_allclose(m[:3, :3], expected, atol=1e-6)
    np.testing.assert_allclose(m[:3, 3], 0, atol=1e-12)


def test_whole_scene_holds_the_tutorial(fixed):
    _, rec = fixed
    scene = rec.scene(timeline="stable_time", time=1.0)
    assert set(scene.entities) == {
        "dna/structure",
        "dna/structure/left",
        "dna/structure/right",
        "dna/structure/scaffolding",
        "dna/structure/scaffolding/beads",
    }
    lo, hi = scene.bounds()
    assert np.all(lo < hi)
    assert rec.timelines()["stable_time"][0] == "duration"
    assert rec.timelines()["stable_time"][1:] == (0.0, 3.99)
