"""The 3D archetypes drawn since issue 13's second pass (instance poses, splats, voxels, volumes, encoded depth)
in headless Chromium on the fake anywidget model, down to pixels (see test_frontend_shapes.py for the pattern).
"""

from __future__ import annotations

import time

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
            (
                "vol",
                [
                    rr.Volume3D(
                        _soft_sphere(),
                        voxel_size=[0.05] * 3,
                        translation=[-0.8, -2.2, -0.8],
                        gamma=1,
                        optical_density=8,
                    )
                ],
            ),
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


class _Comps:
    """An archetype-like holder of an entity's scene components (derived ones included), for ``scene``."""

    def __init__(self, comps: dict) -> None:
        self.comps = comps

    def as_component_batches(self) -> dict:
        return self.comps


def test_encoded_depth_shows_as_the_same_colormapped_depth_image(harness):
    from test_render_3d_more import DEPTH_MM, _depth_rec, png_bytes

    from rerun_nb.archetypes.depth_decode import encode_rvl

    def shown(arch) -> np.ndarray:
        ev = _depth_rec(arch, False).scene(timeline=None).entities["cam/d"]
        cam = {
            "position": [32.0, 24.0, -70.0],
            "target": [32.0, 24.0, 0.0],
            "up": [0.0, -1.0, 0.0],
        }  # facing it
        h = harness(
            scene(("d", [_Comps(ev.components)]), bounds=(0, 0, 0, 64, 48, 0)), entity_paths=["d"], camera=cam
        )
        h.wait_frames(1)
        deadline = time.time() + 10
        while (
            time.time() < deadline and (np.abs(h.pixels() - h.pixels()[3, 3]).max(axis=2) > 12).mean() < 0.05
        ):
            time.sleep(0.2)  # the texture is uploaded after the first frame
        return h.pixels()

    raw = shown(rr.DepthImage(DEPTH_MM, meter=1000))
    png = shown(rr.EncodedDepthImage(png_bytes(DEPTH_MM), media_type=rr.MediaType.PNG))
    rvl = shown(rr.EncodedDepthImage(encode_rvl(DEPTH_MM), media_type=rr.MediaType.RVL))
    bg = raw[3, 3].astype(int)
    assert (np.abs(raw.astype(int) - bg).max(axis=2) > 12).mean() > 0.05  # the picture is there
    assert (
        np.abs(png.astype(int) - raw.astype(int)).max() <= 2
        and np.abs(rvl.astype(int) - raw.astype(int)).max() <= 2
    )


def test_grid_map_in_the_browser(harness):
    from test_render_3d_more import check_grid_pixels, occupancy_map

    h = harness(scene(("m", [occupancy_map()])), entity_paths=["m"], camera=TOP)
    h.wait_frames(1)
    deadline = time.time() + 10
    while time.time() < deadline and at(h.pixels(), 0.9, 0.9, 1).min() < 220:
        time.sleep(0.2)  # the texture is uploaded after the first frame
    check_grid_pixels(h.pixels(), at)


def test_coordinate_frame_in_the_browser(harness):
    from test_frontend_fake_model import Reply
    from test_frontend_shapes import add
    from test_render_3d_more import builtin_frames_rec

    sc = builtin_frames_rec().scene(timeline="time", time=2)  # the point in the blue box's frame

    def handler(q: dict) -> Reply:
        r = Reply(q, full=True, bounds=[-2.5, -2.5, -2.5, 2.5, 2.5, 2.5])
        for path, ev in sc.entities.items():
            add(r, path, _Comps(ev.components))
        return r.transforms({p: ev.local_transform for p, ev in sc.entities.items()})

    h = harness(handler, entity_paths=sorted(sc.entities), camera=TOP)
    h.wait_frames(1)
    green = dominant(h.pixels(), 1)
    assert at(green, -2, 0, 3).all() and not at(green, 0, 0, 3).any() and not at(green, 2, 0, 3).any()


def test_instance_poses_pair_shape_i_with_pose_i_in_the_browser(harness):
    from test_render_3d_more import check_paired_boxes, paired_boxes

    h = harness(scene(("b", [a for _, a in paired_boxes()])), entity_paths=["b"], camera=TOP)
    h.wait_frames(1)
    check_paired_boxes(h.pixels(), at)
