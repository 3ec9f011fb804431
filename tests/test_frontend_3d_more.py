"""The 3D archetypes drawn since issue 13's second pass (instance poses, splats, voxels, volumes, encoded depth)
in headless Chromium on the fake anywidget model, down to pixels (see test_frontend_shapes.py for the pattern).
"""

from __future__ import annotations

import pytest
import test_frontend_fake_model as fm
from test_frontend_shapes import TOP, at, dominant, scene

import rerun_nb as rr

pytestmark = pytest.mark.browser
browser, harness = fm.browser, fm.harness  # the fake-model page's fixtures


def test_instance_poses_repeat_boxes_and_place_arrows_under_the_first_pose(harness):
    h = harness(
        scene(
            (
                "box",
                [
                    rr.Boxes3D(half_sizes=[0.3, 0.3, 0.3], colors=[255, 0, 0], fill_mode="solid"),
                    rr.InstancePoses3D(translations=[[-1.5, 0, 0], [1.5, 0, 0]]),
                ],
            ),
            (
                "arrow",
                [
                    rr.Arrows3D(vectors=[[0, 1, 0]], colors=[0, 255, 0], radii=0.05),
                    rr.InstancePoses3D(translations=[[0, -1.5, 0], [0, 1.5, 0]]),
                ],
            ),
        ),
        entity_paths=["arrow", "box"],
        camera=TOP,
    )
    h.wait_frames(1)
    a = h.pixels()
    red, green = dominant(a, 0), dominant(a, 1)
    assert at(red, -1.5, 0, 3).all() and at(red, 1.5, 0, 3).all()  # one box per pose
    assert not at(red, 0, 0, 5).any()  # none at the entity's own origin
    assert at(green, 0, -1.0, 1).any() and not at(green, 0, 2.0, 3).any()  # the arrow: first pose only
