"""pygfx pictures of keypoint skeletons (issue 12): the keypoint connections of an AnnotationContext drawn as
lines between the keypoints of Points3D / Points2D with class ids and keypoint ids, in the class colour."""

from __future__ import annotations

import numpy as np
import pytest

import rerun_nb as rr

pytest.importorskip("pygfx")

BG = np.array([0x1B, 0x1B, 0x1F])
W, H = 400, 300
FRONT = {"position": [0.0, -6.0, 0.0], "target": [0.0, 0.0, 0.0], "up": [0.0, 0.0, 1.0]}
PX_PER_UNIT = (H / 2) / np.tan(np.radians(22.5)) / 6.0  # at depth 6 (the plane y = 0) seen from FRONT
# three keypoints: left (0), top (1), right (2); connections 0-1 and 1-2 (not 0-2)
SKELETON = [[-1.5, 0, 0], [0, 0, 1.5], [1.5, 0, 0]]
CONTEXT = rr.AnnotationContext(
    [rr.ClassDescription(info=(7, "arm", (0, 255, 0)), keypoint_connections=[(0, 1), (1, 2)])]
)


def _snap(points: rr.Points3D) -> np.ndarray:
    rec = rr.RecordingStream("keypoints")
    rec.log("/", CONTEXT, static=True)
    rec.log("person", points, static=True)
    return rec.snapshot(timeline="", width=W, height=H, camera=FRONT, as_array=True)


def _at(img: np.ndarray, x: float, z: float, r: int = 2) -> np.ndarray:
    """The pixels around scene point (x, 0, z), as int RGB (2r+1)^2 x 3."""
    px, py = int(round(W / 2 + x * PX_PER_UNIT)), int(round(H / 2 - z * PX_PER_UNIT))
    return img[py - r : py + r + 1, px - r : px + r + 1, :3].reshape(-1, 3).astype(int)


def _green(p: np.ndarray) -> bool:
    return bool(((p[:, 1] > 120) & (p[:, 0] < 80) & (p[:, 2] < 80)).any())


@pytest.mark.render
@pytest.mark.usefixtures("needs_renderer")
def test_a_three_keypoint_skeleton_draws_its_two_connections():
    img = _snap(rr.Points3D(SKELETON, radii=0.08, class_ids=7, keypoint_ids=[0, 1, 2]))
    assert _green(_at(img, -0.75, 0.75)) and _green(_at(img, 0.75, 0.75))  # the middles of 0-1 and 1-2
    assert np.abs(_at(img, 0, 0) - BG).max() < 12  # 0-2 is not a connection: background between them
    assert np.abs(_at(img, -0.75, -0.75) - BG).max() < 12


@pytest.mark.render
@pytest.mark.usefixtures("needs_renderer")
def test_without_keypoint_ids_there_is_no_skeleton():
    img = _snap(rr.Points3D(SKELETON, radii=0.08, class_ids=7))
    assert np.abs(_at(img, -0.75, 0.75) - BG).max() < 12
    assert _green(_at(img, -1.5, 0))  # the points themselves, in the class colour


def test_the_query_derives_the_segments():
    rec = rr.RecordingStream("keypoints_query")
    rec.log("/", CONTEXT, static=True)
    rec.log(
        "person", rr.Points2D([[0, 0], [10, 0], [10, 10]], class_ids=7, keypoint_ids=[0, 1, 2]), static=True
    )
    rec.log(
        "other", rr.Points2D([[0, 0], [10, 0]], class_ids=8, keypoint_ids=[0, 1]), static=True
    )  # no class 8
    ents = rec.scene().entities
    c = ents["person"].components
    assert c["Points2D:keypoint_segments"].tolist() == [[0, 0], [10, 0], [10, 0], [10, 10]]
    assert c["Points2D:keypoint_segment_colors"].tolist() == [[0, 255, 0, 255]] * 2
    assert "Points2D:keypoint_segments" not in ents["other"].components
    assert "Points2D:keypoint_segments" not in rec.latest_at("person")  # derived: never in latest_at
