"""Small logging scripts, one list per archetype, run unchanged by rerun-sdk 0.41 and by ``rerun_nb``.

Each script is ``fn(rr, rec, data)``: ``rr`` is the module under test (``rerun`` or ``rerun_nb``), ``rec`` a
recording of it, ``data`` a folder holding the small files of :func:`write_data_files`. The forms follow the
ones Rerun's documentation snippets use (``docs/snippets/all/archetypes/*.py``): plain constructors, batches,
``columns`` + ``send_columns``, static logging, ``from_fields`` partial updates, ``cleared`` and ``Clear``.
``tests/test_conformance_rerun.py`` compares what the two write.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

Script = Callable[[Any, Any, Path], None]
SCRIPTS: dict[str, list[Script]] = {}


def script(*names: str) -> Callable[[Script], Script]:
    """Register ``fn`` under the archetype (or feature) names it exercises."""

    def add(fn: Script) -> Script:
        for name in names:
            SCRIPTS.setdefault(name, []).append(fn)
        return fn

    return add


def _png(width: int, height: int) -> bytes:
    raw = b"".join(b"\0" + bytes((x * 40) % 256 for x in range(width * 3)) for _ in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    head = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    )


def write_data_files(folder: Path) -> Path:
    """The small files the scripts log from a path (an image, a mesh, a sound, a video's bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "img.png").write_bytes(_png(4, 3))
    (folder / "tri.obj").write_text("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n")
    (folder / "beep.wav").write_bytes(
        b"RIFF" + struct.pack("<I", 36) + b"WAVEfmt " + bytes(24) + b"data\0\0\0\0"
    )
    (folder / "clip.mp4").write_bytes(b"\0\0\0\x18ftypisom" + bytes(12))
    return folder


def _frames(rec: Any, n: int, fn: Callable[[int], None], timeline: str = "frame") -> None:
    for i in range(n):
        rec.set_time(timeline, sequence=i)
        fn(i)


# -- points, lines, arrows -----------------------------------------------------------------------------------


@script("Points3D")
def points3d_simple(rr: Any, rec: Any, data: Path) -> None:
    rec.log("points", rr.Points3D([[0, 0, 0], [1, 1, 1]]))
    rec.log("static_points", rr.Points3D([[1, 2, 3]], radii=0.5, colors=[255, 0, 0]), static=True)


@script("Points3D")
def points3d_random_batch(rr: Any, rec: Any, data: Path) -> None:
    rng = np.random.default_rng(12345)
    positions = rng.uniform(-5, 5, size=[10, 3])
    colors = rng.uniform(0, 255, size=[10, 3])
    radii = rng.uniform(0.1, 0.5, size=[10])
    rec.set_time("frame", sequence=0)
    rec.log("random", rr.Points3D(positions, colors=colors, radii=radii))
    rec.set_time("frame", sequence=1)
    rec.log("random", rr.Points3D.from_fields(radii=[0.3]))
    rec.set_time("frame", sequence=2)
    rec.log("random", rr.Points3D.from_fields(colors=[0, 0, 255], clear_unset=True))
    rec.set_time("frame", sequence=3)
    rec.log("random", rr.Points3D.cleared())


@script("Points3D")
def points3d_labels_and_ids(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "labelled",
        rr.Points3D(
            [[0, 0, 0], [1, 0, 0]],
            labels=["a", "b"],
            class_ids=[1, 2],
            keypoint_ids=[0, 1],
            show_labels=False,
            colors=[[0.5, 0.2, 1.0, 1.0], [1.0, 0.0, 0.0, 0.5]],
        ),
    )


@script("Points3D")
def points3d_send_columns(rr: Any, rec: Any, data: Path) -> None:
    times = np.arange(10, 15, 1.0)
    positions = [[[0.0, 0.0, 0.0], [0.0, 0.0, 1.0]], [[1.0, 0.0, 0.0], [1.0, 0.0, 1.0]], [[1.0, 1.0, 0.0]]]
    positions += [[[0.0, 1.0, 0.0]], [[2.0, 2.0, 2.0], [3.0, 3.0, 3.0]]]
    colors = [0xFF0000FF, 0x00FF00FF, 0x0000FFFF, 0xFFFF00FF, 0x00FFFFFF]
    radii = [0.05, 0.01, 0.2, 0.1, 0.3]
    rec.send_columns(
        "points",
        indexes=[rr.TimeColumn("time", duration=times)],
        columns=[
            *rr.Points3D.columns(positions=np.concatenate(positions)).partition([len(p) for p in positions]),
            *rr.Points3D.columns(colors=colors, radii=radii),
        ],
    )


@script("Points2D")
def points2d_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("points", rr.Points2D([[0, 0], [1, 1]], radii=rr.Radius.ui_points(3.0)))
    rec.log("bounds", rr.Boxes2D(half_sizes=[4, 3]))
    rec.set_time("frame", sequence=1)
    rec.log("points", rr.Points2D([[3, 4]], colors=0xFF00FFFF, labels="one", draw_order=2.0, class_ids=7))


@script("LineStrips3D")
def linestrips3d_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("strip", rr.LineStrips3D([[[0, 0, 2], [1, 0, 2], [1, 1, 2], [0, 1, 2]]]))
    rec.set_time("frame", sequence=1)
    rec.log(
        "strips",
        rr.LineStrips3D(
            [[[0, 0, 0], [0, 0, 1]], [[1, 0, 0], [1, 0, 1], [1, 1, 1]]],
            colors=[[255, 0, 0], [0, 255, 0]],
            radii=[0.025, 0.005],
            labels=["one strip here", "and one strip there"],
        ),
    )


@script("LineStrips2D")
def linestrips2d_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("strip", rr.LineStrips2D([[0, 0], [2, 1], [4, -1], [6, 0]]))
    rec.log(
        "strips",
        rr.LineStrips2D(
            [[[0, 0], [2, 1]], [[4, -1], [6, 0]]], colors=[[255, 0, 0], [0, 255, 0]], radii=[0.025, 0.005]
        ),
        static=True,
    )


@script("Arrows3D")
def arrows3d_forms(rr: Any, rec: Any, data: Path) -> None:
    lengths = np.log2(np.arange(0, 100) + 1)
    angles = np.arange(start=0, stop=np.pi * 2, step=np.pi * 2 / 100)
    origins = np.zeros((100, 3))
    vectors = np.column_stack([np.sin(angles) * lengths, np.zeros(100), np.cos(angles) * lengths])
    colors = [[1.0 - c, c, 0.5, 0.5] for c in angles / (2 * np.pi)]
    rec.log("arrows", rr.Arrows3D(origins=origins, vectors=vectors, colors=colors))


@script("Arrows3D")
def arrows3d_nested_columns(rr: Any, rec: Any, data: Path) -> None:
    vectors = np.arange(5 * 5 * 3, dtype=np.float32).reshape(5, 5, 3)
    rec.send_columns(
        "arrows",
        indexes=[rr.TimeColumn("step", sequence=range(5))],
        columns=rr.Arrows3D.columns(vectors=vectors),
    )


@script("Arrows2D")
def arrows2d_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "arrows",
        rr.Arrows2D(
            origins=[[0.25, 0.0], [0.25, 0.0], [-0.1, -0.1]],
            vectors=[[1.0, 0.0], [0.0, -1.0], [-0.7, 0.7]],
            colors=[[255, 0, 0], [0, 255, 0], [127, 0, 255]],
            labels=["right", "up", "left-down"],
            radii=0.025,
        ),
    )


# -- boxes and shapes -----------------------------------------------------------------------------------------


@script("Boxes3D")
def boxes3d_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("simple", rr.Boxes3D(half_sizes=[2.0, 2.0, 1.0]))
    rec.log(
        "batch",
        rr.Boxes3D(
            centers=[[2, 0, 0], [-2, 0, 0], [0, 0, 2]],
            half_sizes=[[2.0, 2.0, 1.0], [1.0, 1.0, 0.5], [2.0, 0.5, 1.0]],
            quaternions=[rr.Quaternion.identity(), rr.Quaternion(xyzw=[0.0, 0.0, 0.382683, 0.923880])],
            rotation_axis_angles=[rr.RotationAxisAngle(axis=[0, 1, 0], angle=rr.Angle(deg=30))],
            radii=0.025,
            colors=[(255, 0, 0), (0, 255, 0), (0, 0, 255)],
            fill_mode="solid",
            labels=["red", "green", "blue"],
        ),
    )
    rec.log("minsizes", rr.Boxes3D(mins=[[0, 0, 0]], sizes=[[1, 2, 3]]), static=True)


@script("Boxes3D")
def boxes3d_columns(rr: Any, rec: Any, data: Path) -> None:
    rec.send_columns(
        "boxes",
        indexes=[rr.TimeColumn("time", sequence=[0, 1, 2])],
        columns=[
            *rr.Boxes3D.columns(centers=[[0, 0, 0], [1, 1, 1], [2, 2, 2]], half_sizes=[[1, 1, 1]] * 3),
            *rr.Boxes3D.columns(colors=[0xFF0000FF, 0x00FF00FF, 0x0000FFFF]),
        ],
    )


@script("Boxes2D")
def boxes2d_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("simple", rr.Boxes2D(mins=[-1, -1], sizes=[2, 2]))
    rec.log("xywh", rr.Boxes2D(array=[[1, 2, 3, 4], [5, 6, 7, 8]], array_format=rr.Box2DFormat.XYWH))
    rec.log("xyxy", rr.Boxes2D(array=[1, 2, 3, 4], array_format=rr.Box2DFormat.XYXY))
    rec.log("yxyx", rr.Boxes2D(array=[1, 2, 3, 4], array_format=rr.Box2DFormat.YXYX))
    rec.log("xcyc", rr.Boxes2D(array=[10, 20, 4, 6], array_format=rr.Box2DFormat.XCYCWH))
    rec.log("xcyc2", rr.Boxes2D(array=[10, 20, 2, 3], array_format=rr.Box2DFormat.XCYCW2H2))
    rec.log(
        "centers", rr.Boxes2D(centers=[[5, 5]], half_sizes=[[1, 2]], labels="c", class_ids=[3], draw_order=5)
    )


@script("Ellipsoids3D")
def ellipsoids3d_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("one", rr.Ellipsoids3D(half_sizes=[[1, 2, 3]], centers=[[0, 0, 0]], fill_mode="solid"))
    rec.log(
        "many",
        rr.Ellipsoids3D(
            centers=[[0, 0, 0], [1, 1, 1]],
            radii=[0.5, 2.0],
            colors=[[255, 0, 0], [0, 255, 0]],
            fill_mode=rr.components.FillMode.MajorWireframe,
            quaternions=[rr.Quaternion(xyzw=[0, 0, 0, 1])],
        ),
    )


@script("Capsules3D")
def capsules3d_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "capsules",
        rr.Capsules3D(
            lengths=[0.0, 2.0, 4.0],
            radii=[1.0, 0.5, 0.5],
            translations=[[-2.0, 0, 0], [0, 0, 0], [4.0, 0, 0]],
            rotation_axis_angles=[rr.RotationAxisAngle([1.0, 0.0, 0.0], rr.Angle(deg=90))],
            colors=[(255, 0, 0), (0, 255, 0), (0, 0, 255)],
            labels=["one", "two", "three"],
        ),
    )


@script("Cylinders3D")
def cylinders3d_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "cylinders",
        rr.Cylinders3D(
            lengths=[0.0, 2.0, 4.0],
            radii=[1.0, 0.5, 0.5],
            centers=[[0, 0, 0], [1, 1, 1], [2, 2, 2]],
            colors=[0xFF0000FF, 0x00FF00FF],
            fill_mode=rr.components.FillMode.Solid,
            line_radii=0.01,
        ),
    )


@script("Ellipses2D")
def ellipses2d_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "ellipses",
        rr.Ellipses2D(
            centers=[[0, 0], [4, 0]], half_sizes=[[2, 1], [1, 1]], colors=[[255, 0, 0], [0, 255, 0]]
        ),
    )


@script("Mesh3D")
def mesh3d_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "triangle",
        rr.Mesh3D(
            vertex_positions=[[0.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 0.0]],
            vertex_normals=[0.0, 0.0, 1.0],
            vertex_colors=[[0, 0, 255], [0, 255, 0], [255, 0, 0]],
            triangle_indices=[2, 1, 0],
        ),
    )
    rec.set_time("frame", sequence=1)
    rec.log(
        "textured",
        rr.Mesh3D(
            vertex_positions=[[0, 0, 0], [1, 0, 0], [0, 1, 0]],
            vertex_texcoords=[[0, 0], [1, 0], [0, 1]],
            albedo_texture=np.full((2, 2, 3), 200, np.uint8),
            albedo_factor=[1.0, 0.5, 0.5, 1.0],
            face_rendering="DoubleSided",
            class_ids=[1, 1, 1],
        ),
    )
    rec.set_time("frame", sequence=2)
    rec.log("triangle", rr.Mesh3D.from_fields(vertex_positions=[[0, 0, 0], [2, 0, 0], [0, 2, 0]]))


@script("InstancePoses3D")
def instance_poses_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("shape", rr.Boxes3D(half_sizes=[[1, 1, 1]]))
    rec.log(
        "shape",
        rr.InstancePoses3D(
            translations=[[0, 0, 0], [0, 0, 5]],
            rotation_axis_angles=[rr.RotationAxisAngle([0, 0, 1], 0.5)],
            scales=[[1, 1, 1], [2, 2, 2]],
            mat3x3=np.eye(3) * 2,
        ),
    )
    rec.log("quats", rr.InstancePoses3D(quaternions=[[0, 0, 0, 1], [0, 0.707, 0, 0.707]]))


@script("GaussianSplats3D")
def splats_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "splats",
        rr.GaussianSplats3D(
            centers=[[0, 0, 0], [1, 0, 0]],
            scales=[[1, 1, 1], [0.5, 0.5, 0.5]],
            quaternions=[[0, 0, 0, 1], [0, 0, 0, 1]],
            colors=[[255, 0, 0, 128], [0, 255, 0, 255]],
        ),
    )


# -- transforms and frames ------------------------------------------------------------------------------------


@script("Transform3D")
def transform3d_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("base", rr.Arrows3D(origins=[0, 0, 0], vectors=[0, 1, 0]))
    rec.log("base/translated", rr.Transform3D(translation=[1, 0, 0]))
    rec.log(
        "base/rotated_scaled",
        rr.Transform3D(rotation=rr.RotationAxisAngle(axis=[0, 0, 1], radians=1.0), scale=2),
    )
    rec.log("base/quat", rr.Transform3D(rotation=rr.Quaternion(xyzw=[0, 0, 0.38, 0.92]), scale=[1, 2, 3]))
    rec.log("base/mat", rr.Transform3D(mat3x3=[[1, 2, 3], [4, 5, 6], [7, 8, 9]], translation=[1, 2, 3]))
    rec.log("base/up", rr.Transform3D(translation=[0, 0, 1], relation=rr.TransformRelation.ChildFromParent))
    rec.log("base/frames", rr.Transform3D(translation=[1, 1, 1], child_frame="child", parent_frame="parent"))


@script("Transform3D")
def transform3d_partial_updates(rr: Any, rec: Any, data: Path) -> None:
    rec.set_time("tick", sequence=0)
    rec.log("box", rr.Boxes3D(half_sizes=[4.0, 2.0, 1.0], fill_mode=rr.components.FillMode.Solid))
    rec.log(
        "box", rr.Transform3D(translation=[0, 0, 0], rotation_axis_angle=rr.RotationAxisAngle([0, 1, 0], 0))
    )
    for deg in range(1, 4):
        rec.set_time("tick", sequence=deg)
        rad = np.deg2rad(deg * 30)
        rec.log(
            "box",
            rr.Transform3D.from_fields(rotation_axis_angle=rr.RotationAxisAngle([0, 1, 0], radians=rad)),
        )
    rec.set_time("tick", sequence=5)
    rec.log("box", rr.Transform3D.from_fields(translation=[0, 1, 0]))
    rec.set_time("tick", sequence=6)
    rec.log("box", rr.Transform3D.from_fields(clear_unset=True))
    rec.set_time("tick", sequence=7)
    rec.log("box", rr.Transform3D.cleared())


@script("Transform3D")
def transform3d_columns(rr: Any, rec: Any, data: Path) -> None:
    rec.send_columns(
        "moving",
        indexes=[rr.TimeColumn("tick", sequence=range(4))],
        columns=rr.Transform3D.columns(
            translation=[[i, 0, 0] for i in range(4)], scale=[[i, i, 1] for i in range(4)]
        ),
    )


@script("TransformAxes3D")
def transform_axes_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("frame", rr.TransformAxes3D(1.0), static=True)
    rec.log("frame2", rr.TransformAxes3D(axis_length=0.5, show_frame=False))


@script("CoordinateFrame")
def coordinate_frame_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("robot", rr.Transform3D(translation=[1, 0, 0], child_frame="robot", parent_frame="world"))
    rec.log("robot/points", rr.CoordinateFrame("robot"), rr.Points3D([[0, 0, 0]]))
    rec.set_time("frame", sequence=3)
    rec.log("robot/points", rr.CoordinateFrame(frame="world"))


@script("ViewCoordinates")
def view_coordinates_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("world", rr.ViewCoordinates.RIGHT_HAND_Z_UP, static=True)
    rec.log("cam", rr.ViewCoordinates.RDF)
    rec.log("cam2", rr.ViewCoordinates(xyz=[4, 1, 6]))  # LUB as ViewDir codes
    rec.log("cam3", rr.ViewCoordinates(xyz=rr.components.ViewCoordinates.LUB))
    rec.log(
        "cam4",
        rr.Pinhole(
            focal_length=1, width=2, height=2, camera_xyz=rr.components.ViewCoordinates.RIGHT_HAND_Y_DOWN
        ),
    )


@script("Pinhole")
def pinhole_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("cam", rr.Pinhole(focal_length=3, width=3, height=3))
    rec.log("cam2", rr.Pinhole(fov_y=0.785, aspect_ratio=1.7777, camera_xyz=rr.ViewCoordinates.RUB))
    rec.log(
        "cam3",
        rr.Pinhole(
            image_from_camera=[[500, 0, 320], [0, 400, 240], [0, 0, 1]],
            resolution=[640, 480],
            image_plane_distance=2.5,
            color=[255, 128, 0],
            line_width=0.01,
        ),
    )
    rec.log("cam4", rr.Pinhole(focal_length=[500, 400], principal_point=[300, 200], width=640, height=480))


@script("Clear")
def clear_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.set_time("frame", sequence=0)
    for i in range(3):
        rec.log(f"boxes/{i}", rr.Points3D([[i, 0, 0]]))
    rec.set_time("frame", sequence=1)
    rec.log("boxes/1", rr.Clear(recursive=False))
    rec.set_time("frame", sequence=2)
    rec.log("boxes", rr.Clear(recursive=True))
    rec.log("static_clear", rr.Clear.flat(), static=True)
    rec.log("rec_clear", rr.Clear.recursive())


# -- images --------------------------------------------------------------------------------------------------


@script("Image")
def image_forms(rr: Any, rec: Any, data: Path) -> None:
    img = np.zeros((4, 5, 3), dtype=np.uint8)
    img[:, :, 0] = 255
    rec.log("rgb", rr.Image(img))
    rec.log("bgr", rr.Image(img, color_model="BGR", opacity=0.5, draw_order=3.0))
    rec.log("gray", rr.Image(np.linspace(0, 1, 12, dtype=np.float32).reshape(3, 4)))
    rec.log("rgba16", rr.Image(np.ones((2, 2, 4), np.uint16)))
    rec.log("nv12", rr.Image(bytes=bytes(range(24)), width=4, height=4, pixel_format=rr.PixelFormat.NV12))
    rec.log("l", rr.Image(np.arange(6, dtype=np.uint8).reshape(2, 3), color_model=rr.ColorModel.L))


@script("Image")
def image_send_columns(rr: Any, rec: Any, data: Path) -> None:
    times = np.arange(0, 4)
    images = np.zeros((4, 3, 5, 3), dtype=np.uint8)
    for t in times:
        images[t, :, t] = 255
    fmt = rr.components.ImageFormat(width=5, height=3, color_model="RGB", channel_datatype="U8")
    rec.log("images", rr.Image.from_fields(format=fmt), static=True)
    rec.send_columns(
        "images",
        indexes=[rr.TimeColumn("step", sequence=times)],
        columns=rr.Image.columns(buffer=images.reshape(len(times), -1)),
    )


@script("EncodedImage")
def encoded_image_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("from_path", rr.EncodedImage(path=data / "img.png"))
    rec.log("from_bytes", rr.EncodedImage(contents=(data / "img.png").read_bytes(), media_type="image/png"))
    rec.log(
        "opaque", rr.EncodedImage(contents=b"\xff\xd8\xff\xe0", media_type=rr.MediaType.JPEG, opacity=0.3)
    )


@script("DepthImage")
def depth_image_forms(rr: Any, rec: Any, data: Path) -> None:
    depth = np.full((3, 4), 65535, dtype=np.uint16)
    depth[1:2, 1:3] = 20000
    rec.log("depth", rr.DepthImage(depth, meter=10_000.0, colormap="viridis", depth_range=(0.0, 5000.0)))
    rec.log("depth_f", rr.DepthImage(depth.astype(np.float32) / 1000, point_fill_ratio=0.5))


@script("EncodedDepthImage")
def encoded_depth_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "depth",
        rr.EncodedDepthImage(blob=(data / "img.png").read_bytes(), media_type="image/png", meter=1000),
    )


@script("SegmentationImage")
def segmentation_forms(rr: Any, rec: Any, data: Path) -> None:
    seg = np.zeros((4, 6), dtype=np.uint8)
    seg[0:2, 0:3] = 1
    seg[2:4, 3:6] = 2
    rec.log("/", rr.AnnotationContext([(1, "red", (255, 0, 0)), (2, "green", (0, 255, 0))]), static=True)
    rec.log("image", rr.SegmentationImage(seg, opacity=0.7, draw_order=1.0))
    rec.log("image16", rr.SegmentationImage(seg.astype(np.uint16)))


@script("AnnotationContext")
def annotation_context_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "/",
        rr.AnnotationContext(
            [rr.AnnotationInfo(id=1, label="red", color=(255, 0, 0)), rr.AnnotationInfo(id=2, label="green")]
        ),
        static=True,
    )
    rec.log(
        "people",
        rr.AnnotationContext(
            rr.ClassDescription(
                info=rr.AnnotationInfo(id=0, label="Person"),
                keypoint_annotations=[rr.AnnotationInfo(0, "nose", (0, 0, 255)), rr.AnnotationInfo(1, "eye")],
                keypoint_connections=[(0, 1)],
            )
        ),
    )


@script("GridMap")
def grid_map_forms(rr: Any, rec: Any, data: Path) -> None:
    cells = np.arange(12, dtype=np.uint8).reshape(3, 4)
    fmt = rr.components.ImageFormat(width=4, height=3, color_model="L", channel_datatype="U8")
    rec.log("map", rr.GridMap(data=cells.tobytes(), format=fmt, cell_size=0.5, translation=[1, 2, 0]))


# -- 3D assets, volumes ---------------------------------------------------------------------------------------


@script("Asset3D")
def asset3d_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("obj", rr.Asset3D(path=data / "tri.obj"), static=True)
    rec.log("bytes", rr.Asset3D(contents=(data / "tri.obj").read_bytes(), media_type="model/obj"))
    rec.log("tinted", rr.Asset3D(path=str(data / "tri.obj"), albedo_factor=[255, 0, 0]))


@script("Tensor")
def tensor_forms(rr: Any, rec: Any, data: Path) -> None:
    tensor = np.arange(2 * 3 * 4, dtype=np.uint8).reshape(2, 3, 4)
    rec.log("tensor", rr.Tensor(tensor, dim_names=("width", "height", "batch")))
    rec.log("floats", rr.Tensor(np.ones((2, 2), np.float64), value_range=[0.0, 2.0]))


@script("Volume3D")
def volume_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "volume", rr.Volume3D(np.linspace(0, 1, 8, dtype=np.float32).reshape(2, 2, 2), voxel_size=[1, 1, 2])
    )


@script("VoxelGridMap")
def voxel_grid_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "voxels",
        rr.VoxelGridMap(
            voxel_indices=[[0, 0, 0], [1, 2, 3]],
            voxel_size=[0.5, 0.5, 0.5],
            values=[0.1, 0.9],
            translation=[1, 0, 0],
        ),
    )


# -- series, text, charts ------------------------------------------------------------------------------------


@script("Scalars")
def scalars_loop(rr: Any, rec: Any, data: Path) -> None:
    _frames(rec, 8, lambda i: rec.log("scalars", rr.Scalars(np.sin(i / 10.0))), timeline="step")
    rec.log("multi", rr.Scalars([1.0, 2.0, 3.0]))


@script("Scalars")
def scalars_send_columns(rr: Any, rec: Any, data: Path) -> None:
    times = np.arange(0, 16)
    rec.send_columns(
        "scalars",
        indexes=[rr.TimeColumn("step", sequence=times)],
        columns=rr.Scalars.columns(scalars=np.sin(times / 10.0)),
    )
    rec.send_columns(
        "pairs",
        indexes=[rr.TimeColumn("step", sequence=times)],
        columns=rr.Scalars.columns(scalars=np.column_stack([np.sin(times), np.cos(times)])),
    )


@script("SeriesLines")
def series_lines_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "trig/sin",
        rr.SeriesLines(colors=[255, 0, 0], names="sin(0.01t)", widths=2, visible_series=True),
        static=True,
    )
    rec.log("trig/cos", rr.SeriesLines(colors=[0, 255, 0], names="cos(0.01t)", widths=4), static=True)
    rec.log(
        "trig/agg", rr.SeriesLines(aggregation_policy="MinMax", interpolation_mode="StepAfter"), static=True
    )
    _frames(rec, 3, lambda i: rec.log("trig/sin", rr.Scalars(np.sin(i / 100))), timeline="step")


@script("SeriesPoints")
def series_points_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "trig/sin",
        rr.SeriesPoints(colors=[255, 0, 0], names="sin(0.01t)", markers="circle", marker_sizes=4),
        static=True,
    )
    rec.log("trig/cos", rr.SeriesPoints(markers=rr.components.MarkerShape.Cross, marker_sizes=2), static=True)


@script("BarChart")
def bar_chart_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("bars", rr.BarChart([8, 4, 0, 9, 1, 4, 1, 6, 9, 0]))
    rec.log(
        "colored",
        rr.BarChart(np.array([1.5, 2.5], np.float32), color=[255, 0, 0], abscissa=[0, 10], widths=[1, 2]),
    )


@script("TextDocument")
def text_document_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("text", rr.TextDocument("Hello, TextDocument!"))
    rec.log("markdown", rr.TextDocument("# Hello\n*world*", media_type=rr.MediaType.MARKDOWN))


@script("TextLog")
def text_log_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("log", rr.TextLog("Application started.", level=rr.TextLogLevel.INFO))
    rec.set_time("frame", sequence=1)
    rec.log("log", rr.TextLog("Oh no", level="ERROR", color=[255, 0, 0]))
    rec.log("plain", rr.TextLog("no level"))


@script("Measurements")
def measurements_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("m", rr.Measurements([1.0, 2.0], variances=[0.1, 0.2], names=["a", "b"], units=["m", "s"]))


@script("StateChange", "StateConfiguration")
def state_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "door",
        rr.StateConfiguration(
            values=["open", "closed"], labels=["Open", "Closed"], colors=[[0, 255, 0], [255, 0, 0]]
        ),
        static=True,
    )
    _frames(rec, 3, lambda i: rec.log("door", rr.StateChange(state=["open" if i % 2 else "closed"])))


# -- graphs, maps --------------------------------------------------------------------------------------------


@script("GraphNodes", "GraphEdges")
def graph_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "simple",
        rr.GraphNodes(
            node_ids=["a", "b", "c"],
            positions=[(0.0, 100.0), (-100.0, 0.0), (100.0, 0.0)],
            labels=["A", "B", "C"],
        ),
        rr.GraphEdges(edges=[("a", "b"), ("b", "c"), ("c", "a")], graph_type="directed"),
    )
    rec.log("undirected", rr.GraphEdges([("x", "y")], graph_type=rr.GraphType.Undirected))
    rec.log("styled", rr.GraphNodes(["n"], colors=[255, 0, 0], radii=3.0, show_labels=True))


@script("GeoPoints")
def geo_points_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "rerun_hq",
        rr.GeoPoints(lat_lon=[59.319221, 18.075631], radii=rr.Radius.ui_points(10.0), colors=[255, 0, 0]),
    )
    rec.log("many", rr.GeoPoints(lat_lon=[[1.0, 2.0], [3.0, 4.0]], radii=[100.0, 200.0], class_ids=[1, 2]))


@script("GeoLineStrings")
def geo_line_strings_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "colorado",
        rr.GeoLineStrings(
            lat_lon=[
                [[41.0000, -109.0452], [41.0000, -102.0415], [36.9931, -102.0415], [41.0000, -109.0452]]
            ],
            radii=rr.Radius.ui_points(2.0),
            colors=[0, 0, 255],
        ),
    )


# -- media ---------------------------------------------------------------------------------------------------


@script("AssetVideo", "VideoFrameReference")
def video_asset_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("video", rr.AssetVideo(path=data / "clip.mp4"), static=True)
    rec.send_columns(
        "video",
        indexes=[rr.TimeColumn("video_time", duration=[0.0, 0.5, 1.0])],
        columns=rr.VideoFrameReference.columns_nanos([0, 500_000_000, 1_000_000_000]),
    )
    rec.send_columns(
        "video_secs",
        indexes=[rr.TimeColumn("video_time", duration=[0.0, 1.0])],
        columns=rr.VideoFrameReference.columns_secs([0.0, 1.5]),
    )
    rec.send_columns(
        "video_millis",
        indexes=[rr.TimeColumn("video_time", duration=[0.0, 1.0])],
        columns=rr.VideoFrameReference.columns_millis([0, 1000.7]),
    )
    rec.send_columns(
        "video_plain",
        indexes=[rr.TimeColumn("video_time", duration=[0.0])],
        columns=rr.VideoFrameReference.columns(timestamp=[7]),
    )
    rec.log("bytes", rr.AssetVideo(contents=(data / "clip.mp4").read_bytes(), media_type=rr.MediaType.MP4))
    rec.log("ref", rr.VideoFrameReference(seconds=1.5, video_reference="video"))
    rec.log("ref2", rr.VideoFrameReference(nanoseconds=42, opacity=0.5, draw_order=2))


@script("VideoStream")
def video_stream_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("stream", rr.VideoStream(codec=rr.VideoCodec.H264), static=True)
    for i in range(3):
        rec.set_time("time", duration=i / 30)
        rec.log("stream", rr.VideoStream.from_fields(sample=bytes([0, 0, 0, 1, 0x65, i]), is_keyframe=i == 0))
    rec.send_columns(
        "stream2",
        indexes=[rr.TimeColumn("time", duration=[0.0, 0.1])],
        columns=rr.VideoStream.columns(sample=[b"\0\0\0\x01\x67", b"\0\0\0\x01\x65\x01"]),
    )


@script("AssetAudio")
def asset_audio_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("audio", rr.AssetAudio(path=data / "beep.wav"), static=True)
    rec.log("bytes", rr.AssetAudio(contents=(data / "beep.wav").read_bytes(), media_type="audio/wav"))


@script("RecordingInfo")
def recording_info_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "info", rr.archetypes.RecordingInfo(name="a run", start_time=1_700_000_000_000_000_000), static=True
    )


# -- MCAP ------------------------------------------------------------------------------------------------------


@script("McapChannel", "McapSchema", "McapMessage", "McapStatistics")
def mcap_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "mcap/channel",
        rr.McapChannel(id=1, topic="/camera", message_encoding="cdr", metadata={"k": "v"}),
        static=True,
    )
    rec.log(
        "mcap/schema", rr.McapSchema(id=1, name="sensor_msgs/Image", encoding="ros2msg", data=b"uint32 x")
    )
    rec.set_time("frame", sequence=1)
    rec.log("mcap/message", rr.McapMessage(data=b"\x01\x02\x03"))
    rec.log(
        "mcap/stats",
        rr.McapStatistics(
            message_count=10,
            schema_count=1,
            channel_count=1,
            attachment_count=0,
            metadata_count=0,
            chunk_count=2,
            message_start_time=100,
            message_end_time=200,
            channel_message_counts=[(1, 10)],
        ),
    )


# -- calls around archetypes ----------------------------------------------------------------------------------


@script("AnyValues")
def any_values_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("any", rr.AnyValues(confidence=[1.2, 3.4, 5.6], description="Bla bla bla…", flags=[True, False]))
    rec.set_time("frame", sequence=1)
    rec.log("any", rr.AnyValues(confidence=[9.0], ids=np.array([1, 2], np.int64)))
    rec.log("mixed", rr.Points3D([[0, 0, 0]]), rr.AnyValues(extra=np.array([1, 2, 3], np.uint8)))


@script("AnyValues")
def dynamic_archetype_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("dyn", rr.DynamicArchetype("MyArch", components={"a": [1.0, 2.0], "b": "text"}))
    rec.log("any", [rr.AnyBatchValue("my:comp", [1, 2])])
    rec.log("override", rr.AnyValues(x=[1.0]).with_component_override("y", "rerun.components.Radius", [2.0]))


@script("ComponentBatches")
def component_batches_forms(rr: Any, rec: Any, data: Path) -> None:
    positions = rr.components.Position3DBatch([[1, 2, 3], [4, 5, 6]]).described(
        rr.Points3D.descriptor_positions()
    )
    rec.log("described", [positions])
    colors = rr.components.ColorBatch([255, 0, 0]).described(rr.Points3D.descriptor_colors())
    rec.log("mixed", rr.Points3D([[0, 0, 0]]), [colors])
    rec.log("radii", [rr.components.RadiusBatch([0.5, 1.0]).described(rr.Points3D.descriptor_radii())])


# -- input forms: the many ways Rerun's docs pass the same values ----------------------------------------------


@script("Points3D")
def points3d_input_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("flat", rr.Points3D([1, 2, 3, 4, 5, 6], colors=0xFF0000FF, radii=-2.0))
    rec.log(
        "f64",
        rr.Points3D(np.arange(9, dtype=np.float64).reshape(3, 3), colors=np.array([0xFF00FF80], np.uint32)),
    )
    rec.log(
        "floats",
        rr.Points3D([[0, 0, 0]], colors=[0.2, 0.4, 0.6], labels="one label", class_ids=np.array([5])),
    )
    rec.log("uint8s", rr.Points3D([[0, 0, 0]] * 2, colors=np.array([[1, 2, 3, 4], [5, 6, 7, 8]], np.uint8)))
    rec.log("tuples", rr.Points3D([(1.5, 2.5, 3.5)], radii=[rr.Radius.ui_points(4.0)], point_shading="flat"))
    rec.log("empty", rr.Points3D(np.zeros((0, 3))))


@script("Points2D")
def points2d_input_forms(rr: Any, rec: Any, data: Path) -> None:
    rng = np.random.default_rng(0)
    rec.log(
        "random", rr.Points2D(rng.normal(size=(20, 2)), colors=rng.integers(0, 255, (20, 3), dtype=np.uint8))
    )
    rec.log("keypoints", rr.Points2D([[1, 1], [2, 2]], class_ids=0, keypoint_ids=[0, 1], show_labels=True))


@script("Transform3D")
def transform3d_input_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("a", rr.Transform3D(translation=np.array([1.0, 2.0, 3.0]), mat3x3=np.arange(9).reshape(3, 3)))
    rec.log("b", rr.Transform3D(mat3x3=[1, 0, 0, 0, 1, 0, 0, 0, 1], from_parent=True))
    rec.log(
        "c", rr.Transform3D(rotation=rr.RotationAxisAngle(axis=(1, 0, 0), degrees=90), translation=(0, 0, 1))
    )
    rec.log("d", rr.Transform3D(quaternion=[0, 0, 0, 1], scale=(1, 2, 3)))
    rec.log("e", rr.Transform3D(rotation_axis_angle=rr.RotationAxisAngle([0, 1, 0], rr.Angle(rad=0.25))))
    rec.log("f", rr.Transform3D(scale=0.5, relation="ChildFromParent"))
    rec.log("g", rr.Transform3D(translation=[1, 2, 3]), static=True)


@script("Scalars")
def scalars_timelines(rr: Any, rec: Any, data: Path) -> None:
    for i in range(4):
        rec.set_time("sim", duration=i * 0.25)
        rec.set_time("wall", timestamp=1_700_000_000 + i)
        rec.log("ints", rr.Scalars(i))
        rec.log("np", rr.Scalars(np.float32(i / 3)))
    rec.send_columns(
        "stamped",
        indexes=[
            rr.TimeColumn("wall", timestamp=np.array([1_700_000_000, 1_700_000_002], dtype="datetime64[s]"))
        ],
        columns=rr.Scalars.columns(scalars=[10.0, 20.0]),
    )
    rec.send_columns(
        "durations",
        indexes=[rr.TimeColumn("sim", duration=np.array([0, 500], dtype="timedelta64[ms]"))],
        columns=rr.Scalars.columns(scalars=[1, 2]),
    )


@script("Image")
def image_dtypes(rr: Any, rec: Any, data: Path) -> None:
    rec.log("u16", rr.Image(np.arange(12, dtype=np.uint16).reshape(3, 4)))
    rec.log("i16", rr.Image(np.arange(-6, 6, dtype=np.int16).reshape(3, 4)))
    rec.log("f64", rr.Image(np.linspace(0, 1, 12).reshape(3, 4)))
    rec.log("hw1", rr.Image(np.arange(12, dtype=np.uint8).reshape(3, 4, 1)))
    rec.log("rgba", rr.Image(np.full((2, 2, 4), 7, np.uint8), color_model="RGBA"))
    rec.log("typed", rr.Image(bytes=bytes(12), width=2, height=2, color_model="RGB", datatype="U8"))
    rec.log("yuy2", rr.Image(bytes=bytes(16), width=4, height=2, pixel_format="YUY2"))
    rec.log(
        "dtype_arg",
        rr.Image(
            bytes=np.zeros(8, np.uint8).tobytes(), width=2, height=2, color_model="L", datatype=np.uint16
        ),
    )


@script("Image")
def image_compress(rr: Any, rec: Any, data: Path) -> None:
    img = np.zeros((8, 8, 3), np.uint8)
    img[2:6, 2:6] = (255, 128, 0)
    rec.log("png_like", rr.Image(img).compress(jpeg_quality=95))


@script("Tensor")
def tensor_dtypes(rr: Any, rec: Any, data: Path) -> None:
    for dt in (np.int8, np.uint16, np.int32, np.int64, np.float16, np.float32):
        rec.log(f"t_{np.dtype(dt).name}", rr.Tensor(np.arange(6).astype(dt).reshape(2, 3)))
    rec.log("named", rr.Tensor(np.zeros((2, 3, 4)), dim_names=["a", "b", "c"]))


@script("TextLog")
def text_log_levels(rr: Any, rec: Any, data: Path) -> None:
    for level in ("TRACE", "DEBUG", "WARN", "CRITICAL", "custom"):
        rec.log(f"log/{level}", rr.TextLog(f"at {level}", level=level))
    rec.log("log/const", rr.TextLog("warned", level=rr.TextLogLevel.WARN))


@script("AnnotationContext")
def annotation_context_tuple_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "skel",
        rr.AnnotationContext(
            [
                rr.ClassDescription(
                    info=(7, "hand", (10, 20, 30)),
                    keypoint_annotations=[
                        (0, "wrist"),
                        rr.AnnotationInfo(id=1, label="thumb", color=0x112233FF),
                    ],
                    keypoint_connections=[[0, 1], (1, 0)],
                ),
                (3, "noise"),
            ]
        ),
        static=True,
    )


@script("Boxes2D")
def boxes2d_batch_array(rr: Any, rec: Any, data: Path) -> None:
    arr = np.array([[0, 0, 10, 20], [5, 5, 15, 25], [1, 2, 3, 4]], np.float32)
    rec.log(
        "boxes",
        rr.Boxes2D(array=arr, array_format=rr.Box2DFormat.XYXY, colors=[[255, 0, 0]], labels=["a", "b", "c"]),
    )
    rec.log("minsizes", rr.Boxes2D(mins=[[0, 0], [1, 1]], sizes=[[1, 1], [2, 2]], radii=0.1))


@script("Pinhole")
def pinhole_more_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("fov", rr.Pinhole(fov_y=1.0, width=640, height=480))
    rec.log(
        "focal",
        rr.Pinhole(focal_length=[300.0, 310.0], resolution=[640, 480], camera_xyz=rr.ViewCoordinates.RDF),
    )
    rec.log("static_cam", rr.Pinhole(focal_length=100, width=200, height=100), static=True)


@script("DepthImage")
def depth_image_more_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "d32", rr.DepthImage(np.ones((2, 3), np.float32), meter=1.0, colormap=rr.components.Colormap.Turbo)
    )
    rec.log(
        "d64", rr.DepthImage(np.ones((2, 3), np.float64) * 2, draw_order=-1, magnification_filter="Linear")
    )


@script("SeriesLines", "SeriesPoints")
def series_send_columns(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "plot",
        rr.SeriesLines(colors=[[255, 0, 0], [0, 0, 255]], names=["a", "b"], widths=[1, 3]),
        static=True,
    )
    rec.log(
        "plot2",
        rr.SeriesPoints(colors=[[255, 0, 0], [0, 0, 255]], markers=["square", "diamond"]),
        static=True,
    )
    rec.send_columns(
        "plot",
        indexes=[rr.TimeColumn("step", sequence=[0, 1, 2])],
        columns=rr.Scalars.columns(scalars=np.array([[1, 2], [3, 4], [5, 6]], np.float64)),
    )


@script("Mesh3D")
def mesh3d_columns(rr: Any, rec: Any, data: Path) -> None:
    verts = np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0]], np.float32)
    rec.log("mesh", rr.Mesh3D(vertex_positions=verts, triangle_indices=[[0, 1, 2]]), static=True)
    rec.send_columns(
        "mesh",
        indexes=[rr.TimeColumn("frame", sequence=[0, 1])],
        columns=rr.Mesh3D.columns(vertex_colors=np.array([[255, 0, 0]] * 6, np.uint8)).partition([3, 3]),
    )


@script("Clear")
def clear_then_relog(rr: Any, rec: Any, data: Path) -> None:
    rec.set_time("frame", sequence=0)
    rec.log("parent/child", rr.Boxes2D(half_sizes=[1, 1]))
    rec.log("parent", rr.TextLog("hi"))
    rec.set_time("frame", sequence=1)
    rec.log("parent", rr.Clear(recursive=True))
    rec.set_time("frame", sequence=2)
    rec.log("parent/child", rr.Boxes2D(half_sizes=[2, 2]))
    rec.send_columns(
        "columns_clear",
        indexes=[rr.TimeColumn("frame", sequence=[0, 1])],
        columns=rr.Clear.columns(is_recursive=[False, True]),
    )


# -- around archetypes: entity paths, ties, timelines, properties --------------------------------------------


@script("EntityPaths")
def entity_path_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("with space/and ünïcode", rr.Points2D([[0, 0]]))
    rec.log(["parts", "a b", "c/d"], rr.Points2D([[1, 1]]))
    rec.log("/leading/slash/", rr.Points2D([[2, 2]]))
    rec.log(rr.escape_entity_path_part("x.y z"), rr.TextLog("escaped"))
    rec.log("world/points[0]", rr.Points3D([[0, 0, 0]]))


@script("Ordering")
def same_time_ties(rr: Any, rec: Any, data: Path) -> None:
    rec.set_time("frame", sequence=5)
    rec.log("tie", rr.Scalars(1.0))
    rec.log("tie", rr.Scalars(2.0))
    rec.set_time("frame", sequence=3)
    rec.log("tie", rr.Scalars(3.0))  # earlier time, later row
    rec.log("static_twice", rr.TextLog("first"), static=True)
    rec.log("static_twice", rr.TextLog("second"), static=True)
    rec.set_time("frame", sequence=9)
    rec.log("shadowed", rr.Points3D([[9, 9, 9]]))
    rec.log("shadowed", rr.Points3D([[1, 1, 1]]), static=True)


@script("Timelines")
def timeline_calls(rr: Any, rec: Any, data: Path) -> None:
    import datetime as dt

    rec.set_time("seq", sequence=1)
    rec.set_time("dur", duration=dt.timedelta(seconds=2.5))
    rec.set_time("stamp", timestamp=dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc))
    rec.log("all", rr.Scalars(1.0))
    rec.disable_timeline("dur")
    rec.log("no_dur", rr.Scalars(2.0))
    rec.reset_time()
    rec.log("untimed", rr.Scalars(3.0))
    rec.set_time("stamp", timestamp=np.datetime64("2024-01-02T03:04:06", "ns"))
    rec.set_time("dur", duration=np.timedelta64(3, "s"))
    rec.log("np_times", rr.Scalars(4.0))


@script("Properties")
def recording_properties(rr: Any, rec: Any, data: Path) -> None:
    rec.send_recording_name("my run")
    rec.send_property("settings", rr.AnyValues(lr=0.01, name="adam"))
    rec.send_property("camera", rr.Points3D([[0, 0, 0]]))
    rec.log("data", rr.Scalars(1.0))


# -- forms of Rerun's newer snippets ---------------------------------------------------------------------------


@script("Points3D")
def points3d_partial_updates(rr: Any, rec: Any, data: Path) -> None:
    positions = [[i, 0, 0] for i in range(0, 6)]
    rec.set_time("frame", sequence=0)
    rec.log("points", rr.Points3D(positions))
    for i in range(0, 6):
        colors = [[20, 200, 20] if n < i else [200, 20, 20] for n in range(0, 6)]
        radii = [0.6 if n < i else 0.2 for n in range(0, 6)]
        rec.set_time("frame", sequence=i)
        rec.log("points", rr.Points3D.from_fields(radii=radii, colors=colors))
    rec.set_time("frame", sequence=20)
    rec.log("points", rr.Points3D.from_fields(clear_unset=True, positions=positions, radii=0.3))


@script("Points3D")
def points3d_column_updates_lengths(rr: Any, rec: Any, data: Path) -> None:
    positions = [[1.0, 0.0, 1.0], [0.5, 0.5, 2.0], [1.5, -0.5, 1.5], [1.0, 1.0, 2.5], [-0.5, 1.5, 1.0]]
    rec.send_columns(
        "points",
        indexes=[rr.TimeColumn("time", duration=[10.0, 11.0, 12.0])],
        columns=[
            *rr.Points3D.columns(positions=positions).partition(lengths=[2, 1, 2]),
            *rr.Points3D.columns(
                colors=np.array([0xFF0000FF, 0x00FF00FF, 0x0000FFFF], np.uint32), radii=[1, 2, 3]
            ),
        ],
    )


@script("InstancePoses3D", "Transform3D")
def instance_poses_combined(rr: Any, rec: Any, data: Path) -> None:
    rec.set_time("frame", sequence=0)
    rec.log("world/box", rr.Boxes3D(half_sizes=[[1.0, 1.0, 1.0]]))
    grid = np.vstack([xyz.ravel() for xyz in np.mgrid[3 * [slice(-10, 10, 3j)]]]).T
    rec.log("world/box/points", rr.Points3D(grid))
    for i in range(0, 4):
        rec.set_time("frame", sequence=i)
        angle = rr.RotationAxisAngle([0, 0, 1], angle=rr.Angle(deg=i * 2))
        rec.log("world/box", rr.Transform3D(rotation_axis_angle=angle))
        rec.log("world/box", rr.InstancePoses3D(translations=[0, 0, abs(i * 0.1 - 5.0) - 5.0]))


@script("CoordinateFrame", "Transform3D")
def coordinate_frame_builtin(rr: Any, rec: Any, data: Path) -> None:
    rec.set_time("time", sequence=0)
    rec.log(
        "red_box",
        rr.Boxes3D(half_sizes=[0.5, 0.5, 0.5], colors=[255, 0, 0]),
        rr.Transform3D(translation=[2.0, 0.0, 0.0]),
    )
    rec.log("point", rr.Points3D([0.0, 0.0, 0.0], radii=0.5))
    for t, frame_id in enumerate(["tf#/red_box", "tf#/blue_box"]):
        rec.set_time("time", sequence=t + 1)
        rec.log("point", rr.CoordinateFrame(frame_id))


@script("Pinhole", "Image")
def pinhole_projection_scene(rr: Any, rec: Any, data: Path) -> None:
    h, w = 6, 8
    rec.log(
        "camera",
        rr.Transform3D(translation=[0, 3, 0]),
        rr.Pinhole(width=w, height=h, focal_length=10, camera_xyz=rr.ViewCoordinates.LEFT_HAND_Z_UP),
    )
    checkerboard = np.zeros((h, w, 1), dtype=np.uint8)
    checkerboard[(np.arange(h)[:, None] + np.arange(w)) % 2 == 0] = 255
    rec.log("camera/image", rr.Image(checkerboard))


@script("Image")
def image_formats_snippet(rr: Any, rec: Any, data: Path) -> None:
    image = np.array([[[x, min(255, x + y), y] for y in range(0, 16)] for x in range(0, 16)], dtype=np.uint8)
    rec.log("image_rgb", rr.Image(image))
    rec.log("image_green_only", rr.Image(image[:, :, 1], color_model="l"))
    rec.log("image_bgr", rr.Image(image[:, :, ::-1], color_model="bgr"))
    y = bytes([128] * 16 * 16)
    u = bytes([x * 2 for _ in range(16) for x in range(8)])
    v = bytes([r for r in range(16) for _ in range(8)])
    rec.log(
        "yuv422",
        rr.Image(bytes=y + u + v, width=16, height=16, pixel_format=rr.PixelFormat.Y_U_V16_FullRange),
    )


@script("Image")
def image_column_updates_view(rr: Any, rec: Any, data: Path) -> None:
    times = np.arange(0, 3)
    images = np.zeros((len(times), 4, 6, 3), dtype=np.uint16)
    images[:, :, :, 2] = 1000
    fmt = rr.components.ImageFormat(width=6, height=4, color_model="RGB", channel_datatype="U16")
    rec.log("images", rr.Image.from_fields(format=fmt), static=True)
    rec.send_columns(
        "images",
        indexes=[rr.TimeColumn("step", sequence=times)],
        columns=rr.Image.columns(buffer=images.view(np.uint8).reshape(len(times), -1)),
    )


@script("Mesh3D")
def mesh3d_partial_updates_snippet(rr: Any, rec: Any, data: Path) -> None:
    vertex_positions = np.array([[-1.0, 0.0, 0.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]], dtype=np.float32)
    rec.set_time("frame", sequence=0)
    rec.log(
        "triangle",
        rr.Mesh3D(
            vertex_positions=vertex_positions,
            vertex_normals=[0.0, 0.0, 1.0],
            vertex_colors=[[255, 0, 0], [0, 255, 0], [0, 0, 255]],
        ),
    )
    for i, factor in enumerate(np.abs(np.sin(np.arange(1, 4, dtype=np.float32) * 0.04))):
        rec.set_time("frame", sequence=i)
        rec.log("triangle", rr.Mesh3D.from_fields(vertex_positions=vertex_positions * factor))


@script("AnyValues", "Points2D")
def extra_values_snippet(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "extra_values",
        rr.Points2D([[-1, -1], [-1, 1], [1, -1], [1, 1]]),
        rr.AnyValues(confidence=[0.3, 0.4, 0.5, 0.6]),
    )


@script("LineStrips2D", "Boxes2D", "Points2D")
def entity_behavior_snippet(rr: Any, rec: Any, data: Path) -> None:
    rec.log("hidden_subtree", rr.Points2D(positions=(0, 0), radii=0.5))
    rec.log("hidden_subtree/also_hidden", rr.LineStrips2D(strips=[(-1, 1), (1, -1)]))
    rec.log("non_interactive_subtree", rr.Boxes2D(centers=(0, 0), half_sizes=(1, 1)))


# -- edge forms: values Rerun converts in ways worth pinning down ---------------------------------------------


@script("Points3D")
def colour_edge_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("c24", rr.Points3D([[0, 0, 0]], colors=0xFF0000))  # a packed int: alpha 0
    rec.log("two_packed", rr.Points3D([[0, 0, 0]] * 2, colors=[0xFF0000FF, 0x00FF00FF]))
    rec.log("rgba_list", rr.Points3D([[0, 0, 0]], colors=[255, 0, 0, 128]))
    rec.log(
        "float_rgba", rr.Points3D([[0, 0, 0]] * 2, colors=np.array([[1.0, 0.5, 0.0, 1.0], [0, 0, 1, 0.25]]))
    )
    rec.log("u32_arr", rr.Points3D([[0, 0, 0]] * 2, colors=np.array([1, 2], np.uint32)))
    rec.log("int_positions", rr.Points3D(np.array([[1, 2, 3]], np.int64), radii=np.array([1], np.int32)))
    rec.log("nan", rr.Points3D([[np.nan, 0, np.inf]], radii=[np.nan]))


@script("Points3D", "TextLog")
def label_and_id_edge_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "labels_np",
        rr.Points3D([[0, 0, 0]] * 2, labels=np.array(["a", "b"]), class_ids=np.array([1, 2], np.uint8)),
    )
    rec.log("label_tuple", rr.Points3D([[0, 0, 0]] * 2, labels=("x", "y"), keypoint_ids=(3, 4)))
    rec.log("log_unicode", rr.TextLog("ünïcødé ✓ \n second line", level="INFO"))


@script("Scalars")
def scalar_edge_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.set_time("t", sequence=0)
    rec.log("bool", rr.Scalars(True))
    rec.log("ints", rr.Scalars(np.array([1, 2, 3], np.int64)))
    rec.log("list", rr.Scalars([0.5, np.nan]))
    rec.log("f32", rr.Scalars(np.float32(0.1)))
    rec.log("tuple", rr.Scalars((1, 2)))


@script("Transform3D")
def transform_rotation_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("quat_obj", rr.Transform3D(rotation=rr.Quaternion(xyzw=[0.0, 0.0, 0.7071, 0.7071])))
    rec.log("quat_q", rr.Transform3D(quaternion=rr.Quaternion(xyzw=np.array([0.5, 0.5, 0.5, 0.5]))))
    rec.log("aa_deg", rr.Transform3D(rotation_axis_angle=rr.RotationAxisAngle(axis=[0, 0, 2], degrees=45)))
    rec.log("scale_int", rr.Transform3D(scale=3))
    rec.log("mat_np", rr.Transform3D(mat3x3=np.diag([1.0, 2.0, 3.0])))
    rec.log("from_parent", rr.Transform3D(translation=[1, 0, 0], from_parent=True))


@script("Boxes3D", "Ellipsoids3D")
def rotations_mixed(rr: Any, rec: Any, data: Path) -> None:
    rec.log(
        "boxes",
        rr.Boxes3D(
            half_sizes=[[1, 1, 1], [1, 2, 3]],
            rotations=[
                rr.RotationAxisAngle([0, 0, 1], 0.5),
                rr.RotationAxisAngle([1, 0, 0], rr.Angle(deg=10)),
            ],
        ),
    )
    rec.log(
        "sizes",
        rr.Boxes3D(
            sizes=[[2, 2, 2]], centers=[[1, 1, 1]], rotation_axis_angles=[rr.RotationAxisAngle([1, 0, 0], 1)]
        ),
    )
    rec.log(
        "ellipsoids",
        rr.Ellipsoids3D(half_sizes=[[1, 2, 3]], line_radii=[0.01], show_labels=False, class_ids=[4]),
    )


@script("BarChart", "Tensor")
def chart_dtypes(rr: Any, rec: Any, data: Path) -> None:
    rec.log("u8", rr.BarChart(np.array([1, 2, 3], np.uint8)))
    rec.log("i64", rr.BarChart(np.array([-1, 2], np.int64), widths=0.5))
    rec.log("f64_abscissa", rr.BarChart([1.0, 2.0, 3.0], abscissa=np.array([0.5, 1.5, 2.5])))
    rec.log("list_tensor", rr.Tensor([[1, 2], [3, 4]]))
    rec.log("bool_tensor", rr.Tensor(np.array([[True, False]])))


@script("SegmentationImage", "DepthImage")
def image_kind_dtypes(rr: Any, rec: Any, data: Path) -> None:
    rec.log("seg_i32", rr.SegmentationImage(np.arange(6, dtype=np.int32).reshape(2, 3)))
    rec.log("seg_u16", rr.SegmentationImage(np.arange(6, dtype=np.uint16).reshape(2, 3), opacity=1))
    rec.log("depth_u8", rr.DepthImage(np.arange(6, dtype=np.uint8).reshape(2, 3)))
    rec.log("depth_f16", rr.DepthImage(np.ones((2, 3), np.float16), meter=0.5))


@script("Image")
def image_datatype_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("f16", rr.Image(np.ones((2, 2), np.float16)))
    rec.log("i32", rr.Image(np.arange(4, dtype=np.int32).reshape(2, 2)))
    rec.log("u64", rr.Image(np.arange(4, dtype=np.uint64).reshape(2, 2, 1)))
    rec.log("rgb_f32", rr.Image(np.zeros((2, 2, 3), np.float32), color_model=rr.ColorModel.RGB))
    rec.log(
        "bgra", rr.Image(np.zeros((2, 2, 4), np.uint8), color_model="BGRA", magnification_filter="Linear")
    )


@script("GraphNodes", "GeoPoints")
def graph_and_geo_edge_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("nodes", rr.GraphNodes(node_ids="solo", positions=[1, 2]))
    rec.log("edges", rr.GraphEdges(edges=[["a", "b"]]))
    rec.log(
        "geo",
        rr.GeoPoints(lat_lon=np.array([[1.5, 2.5]]), radii=rr.Radius.ui_points([3.0]), colors=0x00FF00FF),
    )


@script("AnyValues")
def any_values_edge_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("scalars", rr.AnyValues(i=1, f=1.5, b=True, s="x"))
    rec.log("lists", rr.AnyValues(strs=["a", "b"], floats=(1.0, 2.0), ints=[1, 2, 3]))
    rec.log("nd", rr.AnyValues(matrix=np.eye(2), u16=np.array([1, 2], np.uint16), f32=np.ones(3, np.float32)))
    rec.log("blob", rr.AnyValues(raw=b"\x00\x01"))
    rec.log("none", rr.AnyValues(nothing=None, something=1.0))


@script("SeriesPoints", "SeriesLines", "Transform3D", "Boxes3D", "Ellipsoids3D", "InstancePoses3D")
def no_argument_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("series_points", rr.SeriesPoints(), static=True)
    rec.log("series_lines", rr.SeriesLines(), static=True)
    rec.log("transform", rr.Transform3D())
    rec.log("boxes", rr.Boxes3D())
    rec.log("ellipsoids", rr.Ellipsoids3D())
    rec.log("poses", rr.InstancePoses3D())
    rec.log("partial", rr.Points3D.from_fields())
    rec.log("any", rr.AnyValues())
    rec.log("marker", rr.Points3D([[0, 0, 0]]))  # so that the file is not empty


@script("Asset3D", "AssetAudio", "AssetVideo", "EncodedImage")
def media_type_guessing(rr: Any, rec: Any, data: Path) -> None:
    import io

    obj = (data / "tri.obj").read_bytes()
    rec.log("asset_no_type", rr.Asset3D(contents=obj))
    rec.log("asset_bytesio", rr.Asset3D(contents=io.BytesIO(obj), media_type=rr.MediaType.OBJ))
    rec.log("asset_np", rr.Asset3D(contents=np.frombuffer(obj, np.uint8), media_type="model/obj"))
    rec.log("audio_no_type", rr.AssetAudio(contents=(data / "beep.wav").read_bytes()))
    rec.log("video_no_type", rr.AssetVideo(contents=(data / "clip.mp4").read_bytes()))
    rec.log("image_path_str", rr.EncodedImage(path=str(data / "img.png")))
    rec.log("marker", rr.Points3D([[0, 0, 0]]))


@script("Image", "DepthImage", "SegmentationImage", "Tensor", "BarChart")
def squeezed_shapes(rr: Any, rec: Any, data: Path) -> None:
    rec.log("img_lead", rr.Image(np.zeros((1, 2, 3, 3), np.uint8)))
    rec.log("img_trail", rr.Image(np.zeros((2, 3, 1, 1), np.uint8)))
    rec.log("img_list", rr.Image([[0, 1], [2, 3]]))
    rec.log("depth_lead", rr.DepthImage(np.ones((1, 2, 3), np.float32)))
    rec.log("seg_trail", rr.SegmentationImage(np.ones((2, 3, 1), np.uint8)))
    rec.log("tensor_1d", rr.Tensor(np.arange(5, dtype=np.float32)))
    rec.log("bar_2d", rr.BarChart(np.array([[1, 2, 3]], np.float32)))


@script("AnyValues", "Scalars")
def send_columns_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.send_columns(
        "any",
        indexes=[rr.TimeColumn("step", sequence=[0, 1, 2])],
        columns=rr.AnyValues.columns(speed=[1.0, 2.0, 3.0], name=["a", "b", "c"]),
    )
    rec.send_columns(
        "dyn",
        indexes=[rr.TimeColumn("step", sequence=[0, 1])],
        columns=rr.DynamicArchetype.columns(archetype="Gps", components={"lat": [1.0, 2.0]}),
    )
    rec.send_columns("static_cols", indexes=[], columns=rr.Scalars.columns(scalars=[5.0]))
    rec.send_columns(
        "two_timelines",
        indexes=[rr.TimeColumn("step", sequence=[0, 1]), rr.TimeColumn("sec", duration=[0.5, 1.5])],
        columns=rr.Scalars.columns(scalars=[1.0, 2.0]),
    )


@script("ComponentBatches")
def custom_descriptor_batches(rr: Any, rec: Any, data: Path) -> None:
    colors = rr.components.ColorBatch([[255, 0, 0], [0, 255, 0]])
    desc = rr.ComponentDescriptor("my:colors", component_type="rerun.components.Color")
    rec.log("custom", [colors.described(desc)])
    rec.log(
        "positions", [rr.components.Position3DBatch([[1, 2, 3]]).described(rr.ComponentDescriptor("my:pos"))]
    )
    rec.log("texts", [rr.components.TextBatch(["a", "b"]).described(rr.ComponentDescriptor("my:text"))])


@script("DepthImage", "EncodedDepthImage", "Image")
def depth_compress(rr: Any, rec: Any, data: Path) -> None:
    depth = (np.arange(12, dtype=np.uint16) * 1000).reshape(3, 4)
    rec.log("png16", rr.DepthImage(depth, meter=1000.0, colormap="viridis", depth_range=(0, 5000)).compress())
    rec.log("png8", rr.DepthImage(depth.astype(np.uint8), point_fill_ratio=0.5, draw_order=2).compress(9))
    rec.log("bgr_jpeg", rr.Image(np.zeros((4, 4, 3), np.uint8), color_model="BGR").compress(jpeg_quality=50))


@script("Points3D", "GeoPoints", "GeoLineStrings")
def mixed_and_flat_forms(rr: Any, rec: Any, data: Path) -> None:
    rec.log("mixed_rgb_rgba", rr.Points3D([[0, 0, 0]] * 2, colors=[(255, 0, 0), (0, 0, 255, 128)]))
    rec.log("flat_lat_lon", rr.GeoPoints(lat_lon=[1.0, 2.0, 3.0, 4.0]))


@script("Timelines")
def time_value_forms(rr: Any, rec: Any, data: Path) -> None:
    import datetime as dt

    rec.set_time("naive", timestamp=dt.datetime(2024, 5, 6, 7, 8, 9, 123456))
    rec.set_time("float_stamp", timestamp=1_700_000_000.25)
    rec.set_time("np_seq", sequence=np.int64(7))
    rec.set_time("td", duration=dt.timedelta(milliseconds=1500))
    rec.log("x", rr.Scalars(1.0))
    rec.send_columns(
        "cols",
        indexes=[
            rr.TimeColumn("naive", timestamp=[dt.datetime(2024, 1, 1), dt.datetime(2024, 1, 2)]),
            rr.TimeColumn("td", duration=[dt.timedelta(seconds=1), dt.timedelta(seconds=2)]),
            rr.TimeColumn("np_seq", sequence=np.array([1, 2], np.int32)),
        ],
        columns=rr.Scalars.columns(scalars=[1.0, 2.0]),
    )


@script("AnyValues")
def any_values_value_kinds(rr: Any, rec: Any, data: Path) -> None:
    import pyarrow as pa

    rec.log(
        "numbers", rr.AnyValues(mixed=[1, 2.5], f16=np.ones(2, np.float16), i8=np.array([-1, 2], np.int8))
    )
    rec.log("texts", rr.AnyValues(np_strs=np.array(["a", "b"]), strs=("x", "y"), spaced_name_ok=1))
    rec.log("bytes", rr.AnyValues(byte_list=[b"a", b"bc"], byte_array=bytearray(b"ab")))
    rec.log("arrow", rr.AnyValues(arrow_i16=pa.array([1, 2], pa.int16())))


@script("Points3D", "LineStrips3D")
def zero_length_partitions(rr: Any, rec: Any, data: Path) -> None:
    rec.send_columns(
        "points",
        indexes=[rr.TimeColumn("step", sequence=[0, 1, 2])],
        columns=rr.Points3D.columns(positions=[[0, 0, 0], [1, 1, 1], [2, 2, 2]]).partition([2, 0, 1]),
    )
    rec.send_columns(
        "strips",
        indexes=[rr.TimeColumn("step", sequence=[0, 1])],
        columns=rr.LineStrips3D.columns(strips=[[[0, 0, 0], [1, 1, 1]], [[2, 2, 2], [3, 3, 3]]]).partition(
            [1, 1]
        ),
    )
