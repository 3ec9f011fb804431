"""The 3D archetypes drawn since issue 13's second pass (instance poses, splats, voxels, volumes, encoded depth)
in headless Chromium on the fake anywidget model, down to pixels (see test_frontend_shapes.py for the pattern).
"""

from __future__ import annotations

import numpy as np
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


def test_voxel_grid_and_volume_in_the_browser(harness):
    from test_render_3d_more import _soft_sphere

    h = harness(
        scene(
            (
                "vox",
                [
                    rr.VoxelGridMap(
                        [[-5, 0, 0], [4, 0, 0]], voxel_size=[0.5] * 3, colors=[[255, 0, 0], [0, 0, 255]]
                    )
                ],
            ),
            (
                "map",
                [
                    rr.VoxelGridMap(
                        [[0, 0, 0]],
                        voxel_size=[0.5] * 3,
                        values=[1.0],
                        value_range=[0, 1],
                        translation=[-0.25, 1.5, 0],
                    )
                ],
            ),
            ("vol", [rr.Volume3D(_soft_sphere(), voxel_size=[0.05] * 3, translation=[-0.8, -2.2, -0.8])]),
        ),
        entity_paths=["map", "vol", "vox"],
        camera=TOP,
    )
    h.wait_frames(1)
    a = h.pixels()
    red, blue = dominant(a, 0), dominant(a, 2)
    assert at(red, -2.25, 0.25, 4).all() and at(blue, 2.25, 0.25, 4).all()
    assert not at(red | blue, 0, 0.25, 8).any()
    top = at(a, 0, 1.75, 3)[..., :3].reshape(-1, 3).mean(axis=0)
    assert top[0] > 100 and top[2] < 60  # value 1 through Turbo: dark red
    bg = a[3, 3, :3].astype(int)
    centre, rim = at(a, 0, -1.4, 2)[..., :3].astype(int), at(a, 0.7, -1.4, 1)[..., :3].astype(int)
    assert (np.abs(centre - bg).max(axis=2) > 40).all()
    assert np.abs(rim - bg).max() < np.abs(centre - bg).max()  # fainter at the rim
    assert not at(np.abs(a[..., :3].astype(int) - bg).max(axis=2) > 12, 0, -2.6, 3).any()


def test_gaussian_splats_in_the_browser(harness):
    from test_render_3d_more import SPLATS, check_splat_pixels

    h = harness(scene(("g", [SPLATS])), entity_paths=["g"], camera=TOP)
    h.wait_frames(1)
    check_splat_pixels(h.pixels(), at)
