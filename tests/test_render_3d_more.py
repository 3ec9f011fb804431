"""The pygfx pictures of the 3D archetypes drawn since issue 13's second pass (instance poses, splats, voxels,
volumes, encoded depth), down to pixels, and what the query gives them (bounds, whole-row poses)."""

from __future__ import annotations

import numpy as np
import pytest

import rerun_nb as rr

TOP = {"position": [0.0, 0.0, 6.0], "target": [0.0, 0.0, 0.0], "up": [0.0, 1.0, 0.0]}  # x right, y up
W, H = 400, 300
PX = (H / 2) / np.tan(np.radians(22.5)) / 6.0  # pixels per unit at depth 6
render = pytest.mark.usefixtures("needs_renderer")


def _snap(*logs: tuple[str, object], camera: dict = TOP) -> np.ndarray:
    rec = rr.RecordingStream("more3d")
    for path, arch in logs:
        rec.log(path, arch, static=True)
    return rec.snapshot(timeline="", width=W, height=H, camera=camera, as_array=True)


def _at(mask: np.ndarray, u: float, v: float, r: int = 0) -> np.ndarray:
    y, x = round(H / 2 - v * PX), round(W / 2 + u * PX)
    return mask[y - r : y + r + 1, x - r : x + r + 1]


def _dominant(img: np.ndarray, ch: int) -> np.ndarray:
    others = np.delete(img[..., :3], ch, axis=2).max(axis=2).astype(int)
    return (img[..., ch] > 90) & (img[..., ch] > 2 * others)


# -- InstancePoses3D -----------------------------------------------------------------------------------------


def test_instance_poses_replace_whole_and_widen_the_bounds():
    rec = rr.RecordingStream("poses")
    rec.set_time("t", sequence=0)
    rec.log(
        "b", rr.Boxes3D(half_sizes=[1, 1, 1]), rr.InstancePoses3D(translations=[[10, 0, 0]], scales=[2, 2, 2])
    )
    rec.set_time("t", sequence=1)
    rec.log("b", rr.InstancePoses3D(quaternions=[[0, 0, 0, 1], [0, 0, 1, 0]]))
    ev = rec.scene(timeline="t", time=1).entities["b"]
    assert sorted(k for k in ev.components if k.startswith("InstancePoses3D")) == [
        "InstancePoses3D:quaternions"
    ]
    m = rr.query.instance_matrices(ev)
    assert m.shape == (2, 4, 4) and np.allclose(m[1, :3, :3], np.diag([-1, -1, 1]))
    lo, hi = rec.scene(timeline="t", time=0).bounds()
    plain = rr.RecordingStream("plain")
    plain.log("b", rr.Boxes3D(half_sizes=[1, 1, 1]), static=True)
    lo0, hi0 = plain.scene(timeline=None).bounds()
    assert np.allclose(lo, [10, 0, 0] + 2 * lo0) and np.allclose(
        hi, [10, 0, 0] + 2 * hi0
    )  # scaled 2 at x = 10
    # rec.latest_at keeps Rerun's per-component answer (the query of the data, not of the drawing)
    assert set(rec.latest_at("b", timeline="t", time=1)) >= {"InstancePoses3D:translations"}


@pytest.mark.render
@render
def test_instance_poses_repeat_boxes_and_place_arrows_under_the_first_pose():
    img = _snap(
        ("b", rr.Boxes3D(half_sizes=[0.3, 0.3, 0.3], colors=[255, 0, 0], fill_mode="solid")),
        ("b", rr.InstancePoses3D(translations=[[-1.5, 0, 0], [1.5, 0, 0]])),
        ("a", rr.Arrows3D(vectors=[[0, 1, 0]], colors=[0, 255, 0], radii=0.05)),
        ("a", rr.InstancePoses3D(translations=[[0, -1.5, 0], [0, 1.5, 0]])),
    )
    red, green = _dominant(img, 0), _dominant(img, 1)
    assert _at(red, -1.5, 0, 3).all() and _at(red, 1.5, 0, 3).all() and not _at(red, 0, 0, 5).any()
    assert _at(green, 0, -1.0, 1).any() and not _at(green, 0, 2.0, 3).any()


# -- VoxelGridMap, Volume3D ----------------------------------------------------------------------------------


def _soft_sphere(size: int = 32, radius: float = 14.0) -> np.ndarray:
    axis = np.arange(size, dtype=np.float32) - 0.5 * (size - 1)
    z, y, x = np.meshgrid(axis, axis, axis, indexing="ij")
    return np.maximum(0, 1 - (x * x + y * y + z * z) / radius**2).astype(np.float16)  # Rerun's snippet


def test_voxel_and_volume_bounds_follow_index_times_size_and_pose():
    rec = rr.RecordingStream("vox")
    rec.log(
        "v",
        rr.VoxelGridMap([[-1, 0, 0], [4, 0, 1]], voxel_size=[0.25] * 3, translation=[-0.5, -0.5, 0]),
        static=True,
    )
    assert np.allclose(np.stack(rec.scene(timeline=None).bounds()), [[-0.75, -0.5, 0], [0.75, -0.25, 0.5]])
    rec = rr.RecordingStream("vol")
    rec.log(
        "v",
        rr.Volume3D(np.zeros((4, 3, 2), np.float16), voxel_size=[1, 1, 1], translation=[1, 0, 0]),
        static=True,
    )
    assert np.allclose(np.stack(rec.scene(timeline=None).bounds()), [[1, 0, 0], [3, 3, 4]])  # [z, y, x] order


def test_voxel_map_defaults_value_range_to_0_1_and_quaternion_over_axis_angle():
    from rerun_nb.render.image_decode import colormap
    from rerun_nb.render.visuals import builder_for

    rec = rr.RecordingStream("vox")
    rec.log("v", rr.VoxelGridMap([[0, 0, 0], [1, 0, 0]], [1, 1, 1], values=[0.5, 2.0]), static=True)
    g = builder_for("VoxelGridMap")(rec.scene(timeline=None).entities["v"], "VoxelGridMap", None).geometry
    got = np.round(g.colors.data.reshape(2, 24, 4)[:, 0, :3] * 255).astype(int)
    assert np.abs(got - colormap(np.array([0.5, 1.0]), 5)).max() <= 1  # 2.0 clamps at the top of 0..1
    both = rr.RecordingStream("rot")
    quarter = rr.RotationAxisAngle([0, 0, 1], np.pi / 2)
    both.log(
        "v",
        rr.VoxelGridMap([[0, 0, 0]], [2, 1, 1], quaternion=[0, 0, 0, 1], rotation_axis_angle=quarter),
        static=True,
    )
    assert np.allclose(
        np.stack(both.scene(timeline=None).bounds()), [[0, 0, 0], [2, 1, 1]]
    )  # the quaternion wins


def test_volume_of_the_wrong_rank_draws_nothing():
    from rerun_nb.render.visuals import builder_for

    ev = rr.RecordingStream("r")
    ev.log("v", rr.Volume3D(np.ones((3, 3), np.float32)), static=True)
    view = ev.scene(timeline=None).entities["v"]
    assert builder_for("Volume3D")(view, "Volume3D", None) is None
    assert ev.scene(timeline=None).bounds() is None


def test_volume_follows_rerun_value_range_gamma_and_optical_density():
    from rerun_nb.render.visuals import builder_for

    def cubes(**kw) -> tuple[np.ndarray, np.ndarray]:
        rec = rr.RecordingStream("vol")
        rec.log("v", rr.Volume3D(_soft_sphere(), voxel_size=[1, 1, 1], **kw), static=True)
        g = builder_for("Volume3D")(rec.scene(timeline=None).entities["v"], "Volume3D", None).geometry
        centres = g.positions.data.reshape(-1, 24, 3).mean(axis=1)
        return np.linalg.norm(centres - 16, axis=1), g.colors.data.reshape(-1, 24, 4)[:, 0, 3]

    r_default, a_default = cubes()  # gamma 3 (Rerun's default): only the dense core reaches the threshold
    r_linear, a_linear = cubes(gamma=1.0)
    assert r_default.max() < r_linear.max() - 2
    r_cut, _ = cubes(gamma=1.0, value_range=[0.0, 0.6])  # values above 0.6 are ignored, not clamped
    assert r_cut.min() > 8 and r_linear.min() < 1
    _, a_dense = cubes(gamma=1.0, optical_density=10.0)
    assert np.allclose(a_linear.max(), 1 - np.exp(-1 / 32), rtol=0.05)  # optical depth 1 across the 32 voxels
    assert np.allclose(a_dense.max(), 1 - np.exp(-10 / 32), rtol=0.05)


@pytest.mark.render
@render
def test_voxel_grid_colours_and_colormap_and_volume_threshold():
    img = _snap(
        (
            "vox",
            rr.VoxelGridMap([[-5, 0, 0], [4, 0, 0]], voxel_size=[0.5] * 3, colors=[[255, 0, 0], [0, 0, 255]]),
        ),
        (
            "map",
            rr.VoxelGridMap(
                [[0, 0, 0]],
                voxel_size=[0.5] * 3,
                values=[1.0],
                value_range=[0, 1],
                translation=[-0.25, 1.5, 0],
            ),
        ),
        (
            "vol",
            rr.Volume3D(
                _soft_sphere(),
                voxel_size=[0.05] * 3,
                translation=[-0.8, -2.2, -0.8],
                gamma=1,
                optical_density=8,
            ),
        ),
    )
    red, blue = _dominant(img, 0), _dominant(img, 2)
    assert _at(red, -2.25, 0.25, 4).all() and _at(blue, 2.25, 0.25, 4).all()
    assert not _at(red | blue, 0, 0.25, 8).any()  # nothing between the two voxels
    top = _at(img, 0, 1.75, 3)[..., :3].reshape(-1, 3).mean(axis=0)
    assert top[0] > 100 and top[2] < 60  # value 1 through Turbo: dark red
    vol_centre = _at(img, 0, -1.4, 2)[..., :3].astype(int)
    vol_rim = _at(img, 0.7, -1.4, 1)[..., :3].astype(int)
    assert (np.abs(vol_centre - [27, 27, 31]).max(axis=2) > 40).all()  # drawn, coloured
    assert (
        np.abs(vol_rim - [27, 27, 31]).max() < np.abs(vol_centre - [27, 27, 31]).max()
    )  # fainter at the rim
    assert not _at(_dominant(img, 1) | red | blue, 0, -2.6, 3).any()  # outside the sphere: nothing


# -- GaussianSplats3D ----------------------------------------------------------------------------------------

SPLATS = rr.GaussianSplats3D(
    centers=[[-1.5, 0, 0], [0, 0, 0], [1.5, 0, 0]],
    scales=[[0.3, 0.3, 0.3], [0.15, 0.15, 0.15], [0.6, 0.3, 0.15]],  # the last: geometric mean 0.3
    colors=[(255, 0, 0, 128), (0, 255, 0, 200), (0, 0, 255, 255)],
)


def check_splat_pixels(img: np.ndarray, at) -> None:
    """Shared by the pygfx and the Chromium test: blobs fall off as gaussians of sigma 0.3 and honour alpha."""
    red_c, red_1s, blue_c = (
        at(img, -1.5, 0, 1)[..., 0].mean(),
        at(img, -1.2, 0, 1)[..., 0].mean(),
        at(img, 1.5, 0, 1)[..., 2].mean(),
    )
    bg = float(img[3, 3, 0])
    assert red_c - bg > 60 and 0.35 < (red_1s - bg) / (red_c - bg) < 0.85  # exp(-1/2) = 0.61 at 1 sigma
    assert blue_c - float(img[3, 3, 2]) > red_c - bg + 30  # alpha 255 vs 128
    assert abs(float(at(img, -1.5, 1.1, 1)[..., 0].mean()) - bg) < 6  # beyond 3 sigma: nothing
    assert at(img, 0, 0, 1)[..., 1].mean() > 120  # the small green one


def test_splat_bounds_reach_three_sigma():
    rec = rr.RecordingStream("s")
    rec.log("g", SPLATS, static=True)
    lo, hi = rec.scene(timeline=None).bounds()
    assert np.allclose(lo, [-3.3, -1.8, -1.8]) and np.allclose(hi, [3.3, 1.8, 1.8])  # 3 * the largest scale


@pytest.mark.render
@render
def test_gaussian_splats_are_blended_blobs_of_their_scale():
    check_splat_pixels(_snap(("g", SPLATS)), lambda img, u, v, r: _at(img, u, v, r))


# -- EncodedDepthImage ---------------------------------------------------------------------------------------

DEPTH_MM = (np.tile(np.linspace(500, 4000, 64), (48, 1)) * (np.arange(48)[:, None] % 7 != 3)).astype(
    np.uint16
)


def png_bytes(a: np.ndarray) -> bytes:
    import io

    from PIL import Image

    b = io.BytesIO()
    Image.fromarray(a).save(b, format="PNG")
    return b.getvalue()


def _depth_rec(depth: object, pinhole: bool) -> rr.RecordingStream:
    rec = rr.RecordingStream("depth")
    if pinhole:
        rec.log(
            "cam", rr.Pinhole(focal_length=32, width=64, height=48, image_plane_distance=1.0), static=True
        )
    rec.log("cam/d", depth, static=True)
    return rec


def test_encoded_depth_decodes_png_and_rvl_to_the_depth_image_components():
    from rerun_nb.archetypes.depth_decode import decode_depth, encode_rvl

    assert np.array_equal(decode_depth(png_bytes(DEPTH_MM), "image/png"), DEPTH_MM)
    assert np.array_equal(decode_depth(encode_rvl(DEPTH_MM), "application/rvl"), DEPTH_MM)
    quant = decode_depth(encode_rvl(np.array([[5, 0, 10]], np.uint16), (10.0, 1.0)), "application/rvl")
    assert np.allclose(quant[0, [0, 2]], [2.5, 10 / 9]) and np.isnan(
        quant[0, 1]
    )  # ROS inverse-depth quantisation
    ev = _depth_rec(rr.EncodedDepthImage(png_bytes(DEPTH_MM), media_type=rr.MediaType.PNG), True).scene(
        timeline=None
    )
    comps = ev.entities["cam/d"].components
    assert comps["EncodedDepthImage:format"].tolist() == [[64, 48, 0, 1, 8]]  # U16, L
    assert comps["EncodedDepthImage:meter"].tolist() == [1000.0]  # Rerun's default for integer depth
    assert "EncodedDepthImage:projection" in comps  # back-projected under the pinhole
    assert "EncodedDepthImage:buffer" not in _depth_rec(
        rr.EncodedDepthImage(png_bytes(DEPTH_MM)), False
    ).latest_at("cam/d", timeline=None)  # derived for drawing only


def test_a_malformed_encoded_depth_is_reported_and_not_drawn(caplog):
    rec = _depth_rec(rr.EncodedDepthImage(b"\x89PNG not really", media_type=rr.MediaType.PNG), False)
    with caplog.at_level("WARNING", logger="rerun_nb.query"):
        sc = rec.scene(timeline=None)
    assert "EncodedDepthImage:buffer" not in sc.entities["cam/d"].components and sc.bounds() is None
    assert any(
        "cam/d" in r.getMessage() and "EncodedDepthImage.blob" in r.getMessage() for r in caplog.records
    )
    rvl = _depth_rec(rr.EncodedDepthImage(b"\x00" * 12, media_type=rr.MediaType.RVL), False)
    assert "EncodedDepthImage:buffer" not in rvl.scene(timeline=None).entities["cam/d"].components


@pytest.mark.render
@render
@pytest.mark.parametrize("pinhole", [False, True], ids=["2d-colormap", "pinhole-cloud"])
def test_encoded_depth_draws_as_the_same_depth_image(pinhole):
    from rerun_nb.archetypes.depth_decode import encode_rvl

    cam = (
        {"position": [0.0, -3.0, -4.0], "target": [0.0, 0.0, 2.0], "up": [0.0, -1.0, 0.0]}
        if pinhole
        else None
    )
    kw = {"width": W, "height": H, "as_array": True, "timeline": ""}
    if cam:
        kw["camera"] = cam
    raw = _depth_rec(rr.DepthImage(DEPTH_MM, meter=1000), pinhole).snapshot(**kw)
    png = _depth_rec(
        rr.EncodedDepthImage(png_bytes(DEPTH_MM), media_type=rr.MediaType.PNG), pinhole
    ).snapshot(**kw)
    rvl = _depth_rec(
        rr.EncodedDepthImage(encode_rvl(DEPTH_MM), media_type=rr.MediaType.RVL), pinhole
    ).snapshot(**kw)
    drawn = np.abs(raw[..., :3].astype(int) - raw[3, 3, :3].astype(int)).max(axis=2) > 12
    assert drawn.mean() > 0.03
    assert (
        np.abs(png.astype(int) - raw.astype(int)).max() <= 2
        and np.abs(rvl.astype(int) - raw.astype(int)).max() <= 2
    )


# -- labels in pictures --------------------------------------------------------------------------------------


def _white(img: np.ndarray) -> np.ndarray:
    return img[..., :3].min(axis=2) > 200


def _text_right_of(img: np.ndarray, u: float, v: float) -> int:
    """White (text) pixels in the box the page puts a label in: from 8 px right of the anchor, above it."""
    y, x = round(H / 2 - v * PX), round(W / 2 + u * PX)
    return int(_white(img)[y - 22 : y - 2, x + 6 : x + 50].sum())


@pytest.mark.render
@render
def test_labels_are_drawn_by_the_widgets_rules():
    img = _snap(
        (
            "p",
            rr.Points3D([[-1.5, 0, 0], [1.5, 0, 0]], labels=["left", "right"], radii=0.1, colors=[0, 0, 255]),
        ),
        ("b", rr.Boxes3D(half_sizes=[0.3] * 3, centers=[0, 1.5, 0], labels=["box"], show_labels=False)),
        (
            "a",
            rr.Arrows3D(vectors=[[0, -1, 0]], origins=[[0, -0.5, 0]], labels=["arrow"], colors=[0, 255, 0]),
        ),
        ("one", rr.Points3D([[-2.5, -1.5, 0], [-0.5, -1.5, 0]], labels=["both"], colors=[255, 0, 0])),
    )
    assert _text_right_of(img, -1.5, 0) > 15 and _text_right_of(img, 1.5, 0) > 15  # per point
    assert _text_right_of(img, 0, -1.5) > 15  # at the arrow's tip
    assert _text_right_of(img, 0, 1.5) == 0  # show_labels=False
    assert (
        _text_right_of(img, -1.5, -1.5) > 15 and _text_right_of(img, -2.5, -1.5) == 0
    )  # one label: the centroid
    plain = _snap(("p", rr.Points3D([[-1.5, 0, 0], [1.5, 0, 0]], radii=0.1, colors=[0, 0, 255])))
    assert _text_right_of(plain, -1.5, 0) == 0


# -- GridMap -------------------------------------------------------------------------------------------------


def occupancy_map() -> rr.GridMap:
    """Rerun's grid-map snippet (64 x 64 cells of 0.05, -1 unknown, 0 free, 100 occupied), centred, with an
    occupied 8 x 8 block at rows 0..7 / columns 0..7: the lower-left corner."""
    grid = np.full((64, 64), -1, dtype=np.int8)
    grid[8:56, 8:56] = 0
    grid[20:44, 20:44] = 100
    grid[0:8, 0:8] = 100
    fmt = rr.components.ImageFormat(width=64, height=64, color_model="L", channel_datatype="U8")
    return rr.GridMap(
        data=grid.tobytes(),
        format=fmt,
        cell_size=0.05,
        translation=[-1.6, -1.6, 0],
        colormap=rr.components.Colormap.RvizMap,
    )


def check_grid_pixels(img: np.ndarray, at) -> None:
    """Shared by the pygfx and the Chromium test: rviz map colours, row 0 at the bottom (y = 0 of the map)."""
    px = lambda u, v: at(img, u, v, 1)[..., :3].reshape(-1, 3).mean(axis=0)  # noqa: E731
    assert px(0, 0).max() < 40  # occupied centre: black
    assert px(0.9, 0.9).min() > 220  # free ring: white
    assert np.allclose(px(1.5, 1.5), [112, 137, 134], atol=12)  # unknown border: rviz grey-green
    assert px(-1.4, -1.4).max() < 40 and np.allclose(
        px(-1.4, 1.4), [112, 137, 134], atol=12
    )  # row 0 at the bottom
    assert abs(px(1.75, 0).astype(int) - img[3, 3, :3].astype(int)).max() < 8  # nothing outside the map


def test_grid_map_bounds_follow_cells_and_pose():
    rec = rr.RecordingStream("g")
    rec.log("m", occupancy_map(), static=True)
    lo, hi = rec.scene(timeline=None).bounds()
    assert np.allclose(lo, [-1.6, -1.6, 0]) and np.allclose(hi, [1.6, 1.6, 0])


@pytest.mark.render
@render
def test_grid_map_is_a_textured_quad_in_3d():
    check_grid_pixels(_snap(("m", occupancy_map())), lambda img, u, v, r: _at(img, u, v, r))


# -- CoordinateFrame and named frames ------------------------------------------------------------------------


def builtin_frames_rec() -> rr.RecordingStream:
    """Rerun's CoordinateFrame snippet: a point that moves into the red box's, then the blue box's frame."""
    rec = rr.RecordingStream("frames")
    rec.set_time("time", sequence=0)
    rec.log(
        "red_box", rr.Boxes3D(half_sizes=[0.5] * 3, colors=[255, 0, 0]), rr.Transform3D(translation=[2, 0, 0])
    )
    rec.log(
        "blue_box",
        rr.Boxes3D(half_sizes=[0.5] * 3, colors=[0, 0, 255]),
        rr.Transform3D(translation=[-2, 0, 0]),
    )
    rec.log("point", rr.Points3D([0.0, 0.0, 0.0], radii=0.5, colors=[0, 255, 0]))
    for t, frame_id in enumerate(["tf#/red_box", "tf#/blue_box"]):
        rec.set_time("time", sequence=t + 1)
        rec.log("point", rr.CoordinateFrame(frame_id))
    return rec


def test_coordinate_frames_place_entities_in_implicit_and_named_frames():
    rec = builtin_frames_rec()
    at = [
        rec.scene(timeline="time", time=t).entities["point"].world_from_entity[:3, 3].tolist()
        for t in range(3)
    ]
    assert at == [[0, 0, 0], [2, 0, 0], [-2, 0, 0]]
    # Rerun's grid-map pose snippet: a Transform3D relating named frames, and an entity in the child frame
    rec = rr.RecordingStream("named")
    rec.log(
        "/tf",
        rr.Transform3D(
            translation=[1, 2, 0],
            rotation_axis_angle=rr.RotationAxisAngle([0, 0, 1], np.pi / 2),
            parent_frame="world",
            child_frame="map",
        ),
        rr.Points3D([[0, 0, 0]]),
        static=True,
    )
    rec.log("demo_map", rr.CoordinateFrame("map"), rr.Points3D([[1, 0, 0]]), static=True)
    rec.log("demo_map/child", rr.Points3D([[0, 0, 0]]), static=True)
    rec.log(
        "lost",
        rr.CoordinateFrame("nowhere"),
        rr.Points3D([[0, 0, 0]]),
        rr.Transform3D(translation=[9, 9, 9]),
        static=True,
    )
    sc = rec.scene(timeline=None)
    m = sc.entities["demo_map"].world_from_entity
    assert np.allclose(m @ [1, 0, 0, 1], [1, 3, 0, 1])  # rotated 90 degrees about z, then moved by (1, 2)
    assert np.allclose(
        sc.entities["tf"].world_from_entity, np.eye(4)
    )  # the edge does not move its own entity
    assert np.allclose(
        sc.entities["demo_map/child"].world_from_entity, m
    )  # the subtree follows (see frames.py)
    assert np.allclose(
        sc.entities["lost"].world_from_entity, np.eye(4)
    )  # an unconnected frame: the world origin
    # a cycle of named frames is not resolved: the entity keeps its implicit frame, nothing raises
    cyc = rr.RecordingStream("cycle")
    cyc.log("a", rr.Transform3D(translation=[1, 0, 0], parent_frame="x", child_frame="y"), static=True)
    cyc.log("b", rr.Transform3D(translation=[1, 0, 0], parent_frame="y", child_frame="x"), static=True)
    cyc.log("p", rr.CoordinateFrame("x"), rr.Points3D([[0, 0, 0]]), static=True)
    assert np.allclose(cyc.scene(timeline=None).entities["p"].world_from_entity, np.eye(4))


@pytest.mark.render
@render
def test_coordinate_frame_moves_the_point_into_the_red_box_in_pictures():
    rec = builtin_frames_rec()
    img = rec.snapshot(timeline="time", time=1, width=W, height=H, camera=TOP, as_array=True)
    green = _dominant(img, 1)
    assert _at(green, 2, 0, 3).all() and not _at(green, 0, 0, 3).any()


def paired_boxes() -> list[tuple[str, object]]:
    """Two boxes (red, small; blue, large) and three poses along x: box i under pose i, the last box repeated."""
    return [
        (
            "b",
            rr.Boxes3D(
                half_sizes=[[0.2, 0.2, 0.2], [0.4, 0.4, 0.4]],
                colors=[[255, 0, 0], [0, 0, 255]],
                fill_mode="solid",
            ),
        ),
        ("b", rr.InstancePoses3D(translations=[[-1.5, 0, 0], [0, 0, 0], [1.5, 0, 0]])),
    ]


def check_paired_boxes(img: np.ndarray, at) -> None:
    red, blue = _dominant(img, 0), _dominant(img, 2)
    assert at(red, -1.5, 0, 2).all() and not at(blue, -1.5, 0, 8).any()  # box 0 under pose 0 only
    assert at(blue, 0, 0.3, 1).all() and at(blue, 1.5, 0.3, 1).all()  # box 1 under poses 1 and 2
    assert not at(red, 0, 0, 8).any() and not at(red, 1.5, 0, 8).any()


@pytest.mark.render
@render
def test_instance_poses_pair_shape_i_with_pose_i():
    check_paired_boxes(_snap(*paired_boxes()), lambda m, u, v, r: _at(m, u, v, r))
