"""utilities: the same outputs as rerun.utilities for the same inputs."""

from __future__ import annotations

import numpy as np
import pytest

from rerun_nb import utilities as U

SPIRAL_ARGS = [
    {},
    {"num_points": 7, "radius": 3.5, "angular_step": 0.13, "angular_offset": 0.4, "z_step": 0.7},
    {"num_points": 1000},
    {"num_points": 1},
    {"num_points": 0},
]


@pytest.mark.parametrize("kwargs", SPIRAL_ARGS)
def test_build_color_spiral_matches_rerun_bitwise(kwargs):
    ru = pytest.importorskip("rerun.utilities")
    ours = U.build_color_spiral(**kwargs)
    theirs = ru.build_color_spiral(**kwargs)
    pos_theirs = (
        np.asarray(theirs.positions).reshape(-1, 3) if len(theirs.positions) == 0 else theirs.positions
    )
    assert ours.positions.dtype == theirs.positions.dtype
    assert ours.colors.dtype == theirs.colors.dtype
    np.testing.assert_array_equal(ours.positions, pos_theirs)
    np.testing.assert_array_equal(ours.colors, theirs.colors)


def test_build_color_spiral_shape_and_fields():
    s = U.build_color_spiral(50)
    positions, colors = s  # a namedtuple, as Rerun's
    assert positions.shape == (50, 3) and colors.shape == (50, 3)
    assert s.positions is positions
    np.testing.assert_allclose(positions[0], [2, 0, 0])
    np.testing.assert_allclose(positions[49, 2], 4.9)


def test_build_color_grid_matches_rerun():
    ru = pytest.importorskip("rerun.utilities")
    for args, kw in [((), {}), ((4, 5, 6), {"twist": 1.3})]:
        ours, theirs = U.build_color_grid(*args, **kw), ru.build_color_grid(*args, **kw)
        np.testing.assert_array_equal(ours.positions, theirs.positions)
        np.testing.assert_array_equal(ours.colors, theirs.colors)
        assert ours.colors.dtype == theirs.colors.dtype == np.uint8


@pytest.mark.parametrize("t", [0, 0.3, 1, 1.2, 2.5, 3, 7.99, -0.3, -1.7, np.float64(2.25), np.float32(0.6)])
def test_bounce_lerp_matches_rerun(t):
    ru = pytest.importorskip("rerun.utilities")
    for a, b in [(0.0, 1.0), (1.0, 5.0), (-2.0, 3.5)]:
        assert U.bounce_lerp(a, b, t) == ru.bounce_lerp(a, b, t)


def test_bounce_lerp_arrays_elementwise():
    ru = pytest.importorskip("rerun.utilities")
    ts = np.linspace(-3, 5, 81)
    out = U.bounce_lerp(1.0, 5.0, ts)
    assert out.shape == ts.shape
    np.testing.assert_array_equal(out, [ru.bounce_lerp(1.0, 5.0, float(t)) for t in ts])


def test_bounce_lerp_bounces():
    assert U.bounce_lerp(0.0, 10.0, 0.25) == 2.5
    assert U.bounce_lerp(0.0, 10.0, 1.25) == 7.5
    assert U.bounce_lerp(0.0, 10.0, 2.25) == 2.5
