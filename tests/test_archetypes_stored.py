"""The archetypes of issue 13 that the 3D/2D scene does not draw: constructors, bad input, latest-at, and the
``.rnb`` / ``.rrd`` round trips (the ``.rrd`` columns in Rerun 0.41's own Arrow types)."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

import rerun_nb as rr
from rerun_nb.archetypes import registry
from rerun_nb.archetypes._base import registered_archetypes
from rerun_nb.components import decode_tensor

H264 = rr.VideoCodec.H264
CASES = {
    "SeriesLines": lambda: rr.SeriesLines(
        colors=[255, 0, 0], widths=2, names="a", visible_series=True, aggregation_policy="max",
        interpolation_mode=rr.components.InterpolationMode.StepAfter,
    ),
    "SeriesPoints": lambda: rr.SeriesPoints(colors=[0, 255, 0], markers="cross", names="b", marker_sizes=3),
    "TextDocument": lambda: rr.TextDocument("# hi", media_type=rr.MediaType.MARKDOWN),
    "BarChart": lambda: rr.BarChart([1, 2, 3], color=[1, 2, 3], abscissa=[0, 1, 2], widths=[1, 1, 1]),
    "Tensor": lambda: rr.Tensor(
        np.arange(24, dtype=np.uint16).reshape(2, 3, 4), dim_names=["a", "b", "c"], value_range=[0, 10]
    ),
    "GraphNodes": lambda: rr.GraphNodes(
        ["a", "b"], positions=[[0, 0], [1, 1]], colors=[255, 0, 0], labels=["A", "B"], show_labels=True, radii=1
    ),
    "GraphEdges": lambda: rr.GraphEdges([("a", "b"), ("b", "c")], graph_type="directed"),
    "GeoPoints": lambda: rr.GeoPoints(lat_lon=[[59.3, 18.0]], radii=2, colors=[0, 0, 255], class_ids=1),
    "GeoLineStrings": lambda: rr.GeoLineStrings(lat_lon=[[[59.3, 18.0], [59.4, 18.1]]], radii=1),
    "AssetVideo": lambda: rr.AssetVideo(contents=b"\x00\x01vid", media_type="video/mp4"),
    "VideoFrameReference": lambda: rr.VideoFrameReference(seconds=1.5, video_reference="v", opacity=0.5),
    "VideoStream": lambda: rr.VideoStream(H264, sample=b"\x00\x00\x01", is_keyframe=True, draw_order=2),
    "AssetAudio": lambda: rr.AssetAudio(contents=b"RIFF", media_type=rr.MediaType.WAV),
    "GaussianSplats3D": lambda: rr.GaussianSplats3D(
        [[0, 0, 0]], scales=[[1, 1, 1]], quaternions=[[0, 0, 0, 1]], colors=[255, 0, 0],
        sh_coefficients=np.ones((1, 15, 3)), spherical_harmonics_degree=3,
    ),
    "Volume3D": lambda: rr.Volume3D(
        np.zeros((2, 2, 2), np.float32), voxel_size=[1, 1, 1], value_range=[0, 1], colormap="viridis"
    ),
    "VoxelGridMap": lambda: rr.VoxelGridMap(
        [[0, 0, 0]], [0.1, 0.1, 0.1], values=1, colors=[1, 2, 3],
        rotation_axis_angle=rr.RotationAxisAngle([0, 0, 1], degrees=10), colormap=1,
    ),
    "GridMap": lambda: rr.GridMap(
        data=np.arange(12, dtype=np.uint8).tobytes(), format={"width": 4, "height": 3, "color_model": "L",
        "channel_datatype": "U8"}, cell_size=0.05, translation=[1, 2, 0], quaternion=[0, 0, 0, 1], opacity=0.5,
        draw_order=1, colormap="viridis", rotation_axis_angle=rr.RotationAxisAngle([0, 0, 1], degrees=10),
    ),
    "InstancePoses3D": lambda: rr.InstancePoses3D(
        translations=[[0, 0, 0]], quaternions=[[0, 0, 0, 1]], scales=2, mat3x3=np.eye(3)
    ),
    "CoordinateFrame": lambda: rr.CoordinateFrame("base"),
    "EncodedDepthImage": lambda: rr.EncodedDepthImage(
        b"\x89PNG", media_type="image/png", meter=1000, colormap="turbo", depth_range=[0, 5]
    ),
    "Measurements": lambda: rr.Measurements([1.0], variances=[0.1], units="m", aggregation_policy=1),
    "StateChange": lambda: rr.StateChange(state="idle"),
    "StateConfiguration": lambda: rr.StateConfiguration(values=["idle"], labels=["Idle"], visible=True),
    "RecordingInfo": lambda: rr.RecordingInfo(start_time=1_700_000_000_000_000_000, name="run"),
    "McapChannel": lambda: rr.McapChannel(id=1, topic="/t", message_encoding="cdr", metadata={"k": "v", "a": "b"}),
    "McapMessage": lambda: rr.McapMessage(b"\x01\x02"),
    "McapSchema": lambda: rr.McapSchema(id=1, name="S", encoding="ros2msg", data=b"xyz"),
    "McapStatistics": lambda: rr.McapStatistics(
        message_count=1, schema_count=1, channel_count=1, attachment_count=0, metadata_count=0, chunk_count=1,
        message_start_time=0, message_end_time=5, channel_message_counts={1: 10, 2: 3},
    ),
}  # fmt: skip

# one bad input per archetype: (constructor, the field the warning names)
BAD = {
    "SeriesLines": (lambda: rr.SeriesLines(aggregation_policy="sometimes"), "SeriesLines.aggregation_policy"),
    "SeriesPoints": (lambda: rr.SeriesPoints(markers="hexagon"), "SeriesPoints.markers"),
    "TextDocument": (lambda: rr.TextDocument(np.array([1, 2])), "TextDocument.text"),
    "BarChart": (lambda: rr.BarChart(np.zeros((2, 3))), "BarChart.values"),
    "Tensor": (lambda: rr.Tensor(["a", "b"]), "Tensor.data"),
    "GraphEdges": (lambda: rr.GraphEdges([("a", "b", "c")]), "GraphEdges.edges"),
    "GeoPoints": (lambda: rr.GeoPoints(lat_lon=[[1, 2, 3]]), "GeoPoints.positions"),
    "AssetVideo": (lambda: rr.AssetVideo(), "AssetVideo.blob"),
    "VideoFrameReference": (lambda: rr.VideoFrameReference(1.5), "VideoFrameReference.timestamp"),
    "VideoStream": (lambda: rr.VideoStream("mpeg2"), "VideoStream.codec"),
    "VoxelGridMap": (lambda: rr.VoxelGridMap([[0.5, 0, 0]], [1, 1, 1]), "VoxelGridMap.voxel_indices"),
    "GridMap": (lambda: rr.GridMap(data=b"", format=[[1, 2, 3]], cell_size=1), "GridMap.format"),
    "McapChannel": (lambda: rr.McapChannel(id=70000, topic="t", message_encoding="e"), "McapChannel.id"),
}


def _eq(a, b) -> bool:
    if isinstance(a, list):
        return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))
    return a.dtype == b.dtype and np.array_equal(a, b)


def _logged(arch):
    rec = rr.RecordingStream("stored")
    rec.set_time("step", sequence=1)
    rec.log("e", arch)
    return rec


#: cases the spatial views draw since (tests/test_render_3d_more.py, tests/test_frontend_3d_more.py)
DRAWN_3D = {
    "InstancePoses3D",
    "VoxelGridMap",
    "Volume3D",
    "GaussianSplats3D",
    "EncodedDepthImage",
    "GridMap",
} | {
    "AssetVideo",
    "VideoFrameReference",
    "VideoStream",  # the frame at the cursor, decoded in the kernel (tests/test_video_stream.py)
}


def test_every_case_is_registered_and_not_drawn_in_the_spatial_scene():
    assert set(CASES) <= set(registered_archetypes())
    assert registry.drawn_archetypes() >= DRAWN_3D
    names = set(CASES) - DRAWN_3D
    assert not names & registry.drawn_archetypes()
    for n in names:
        assert rr.archetypes.__dict__[n].view not in registry.SPATIAL_VIEWS


@pytest.mark.parametrize("name", sorted(CASES))
def test_constructed_logged_and_queried_latest_at(name):
    arch = CASES[name]()
    assert arch._error is None, arch._error
    rec = _logged(arch)
    got = rec.latest_at("e", timeline="step", time=1)
    assert set(got) == set(arch.as_component_batches())
    assert rec.latest_at("e", timeline="step", time=0) == {}
    if name not in DRAWN_3D:
        assert not rec.scene(timeline="step", time=1).entities  # stored, not drawn in the spatial scene


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_warns_naming_the_entity_path_and_field(name):
    make, field = BAD[name]
    rec = rr.RecordingStream("bad")
    with pytest.warns(rr.RerunWarning, match=rf"'my/entity'.*{field}"):
        rec.log("my/entity", make())
    assert rec.entity_paths() == []


@pytest.mark.parametrize("ext", ["rnb", "rrd"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_file_round_trip(tmp_path, name, ext):
    if ext == "rrd":
        pytest.importorskip("rerun")
    rec = _logged(CASES[name]())
    want = rec.latest_at("e", timeline="step", time=1)
    path = tmp_path / f"{name}.{ext}"
    rec.save(path)
    rec.disconnect()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        got = rr.load(path).latest_at("e", timeline="step", time=1)
    assert set(got) == set(want)
    for k in want:
        assert _eq(want[k], got[k]), k


@pytest.mark.parametrize("name", sorted(CASES))
def test_rrd_columns_have_rerun_0_41_arrow_types(name):
    rerun = pytest.importorskip("rerun")
    from rerun_nb.io.rrd import chunk_to_rerun_batch

    rec = _logged(CASES[name]())
    rec.store.flush()
    for chunk in rec.store.chunks():
        rb = chunk_to_rerun_batch(rerun, chunk, rec.store.timeline_kinds)
        for f in rb.schema:
            md = f.metadata or {}
            if md.get(b"rerun:kind") != b"data":
                continue
            ctype = md[b"rerun:component_type"].decode().rsplit(".", 1)[1]
            want = getattr(rerun.components, f"{ctype}Batch")._ARROW_DATATYPE
            assert f.type.value_type == want, f.name
        rerun.chunk.Chunk.from_record_batch(rb)  # Rerun accepts it


def test_tensor_keeps_dtype_shape_and_names_through_rrd(tmp_path):
    pytest.importorskip("rerun")
    data = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
    rec = _logged(rr.Tensor(data, dim_names=["a", "b", "c"]))
    rec.save(tmp_path / "t.rrd")
    rec.disconnect()
    arr, names = decode_tensor(
        rr.load(tmp_path / "t.rrd").latest_at("e", timeline="step", time=1)["Tensor:data"][0]
    )
    assert arr.dtype == np.int16 and np.array_equal(arr, data) and names == ["a", "b", "c"]


def test_rerun_written_rrd_of_the_view_archetypes_reads_back(tmp_path):
    rerun = pytest.importorskip("rerun")
    path = tmp_path / "from_rerun.rrd"
    rec = rerun.RecordingStream("rerun_example_views")
    rec.save(path)
    rec.set_time("step", sequence=1)
    rec.log("chart", rerun.BarChart([8, 4, 0, 9]))
    rec.log("doc", rerun.TextDocument("# Title", media_type=rerun.MediaType.MARKDOWN))
    rec.log("graph", rerun.GraphEdges([("a", "b")], graph_type="directed"))
    rec.log("line", rerun.SeriesLines(colors=[255, 0, 0], names="sin"), static=True)
    rec.flush()
    rec.disconnect()
    ours = rr.load(path)
    assert ours.latest_at("chart", timeline="step", time=1)["BarChart:values"].tolist() == [8, 4, 0, 9]
    assert ours.latest_at("doc", timeline="step", time=1)["TextDocument:media_type"].tolist() == [
        "text/markdown"
    ]
    edges = ours.latest_at("graph", timeline="step", time=1)["GraphEdges:edges"]
    assert [e.tolist() for e in edges] == [["a", "b"]]
    assert ours.latest_at("line")["SeriesLines:names"].tolist() == ["sin"]


def test_constructor_forms():
    assert rr.VideoFrameReference(1_000).timestamp.tolist() == [1000]
    assert rr.VideoFrameReference(nanoseconds=5).timestamp.tolist() == [5]
    assert rr.VideoStream("h264").codec.tolist() == [int(H264)]
    assert rr.GraphEdges(("a", "b")).edges.values.tolist() == ["a", "b"]
    assert rr.BarChart(np.array([[1.0, 2.0]])).values.tolist() == [1.0, 2.0]  # (1, N) is a vector too
    assert rr.Tensor(rr.TensorData(array=np.ones(3), dim_names=["x"])).data is not None
    assert len(rr.GeoLineStrings(lat_lon=[np.zeros((2, 2)), np.ones((3, 2))]).line_strings) == 2
    assert rr.InstancePoses3D(scales=[1, 2, 3]).scales.tolist() == [[1.0, 2.0, 3.0]]
    assert rr.RecordingInfo(start_time=np.datetime64(1, "s")).start_time.tolist() == [1_000_000_000]


def test_asset_from_path_guesses_the_media_type(tmp_path):
    p = tmp_path / "clip.mp4"
    p.write_bytes(b"\x00\x00\x00\x18ftypmp42")
    a = rr.AssetVideo(path=p)
    assert a.media_type.tolist() == ["video/mp4"] and bytes(a.blob[0]) == p.read_bytes()
    assert rr.AssetVideo(path=tmp_path / "missing.mp4")._error is not None


@pytest.mark.parametrize("name", ["SeriesLines", "BarChart", "GraphNodes", "McapMessage"])
def test_from_fields_columns_and_cleared(name):
    cls = getattr(rr, name)
    first = next(iter(cls._fields))
    value = CASES[name]().as_component_batches()[f"{name}:{first}"]
    value = list(value) if isinstance(value, rr.components.Ragged) else value
    assert list(cls.from_fields(**{first: value}).as_component_batches()) == [f"{name}:{first}"]
    assert all(len(v) == 0 for v in cls.cleared().as_component_batches().values())
    rec = rr.RecordingStream("cols")
    rec.send_columns(
        "c",
        indexes=[rr.TimeColumn("t", sequence=[0])],
        columns=cls.columns(**{first: value}).partition([len(value)]),
    )
    assert f"{name}:{first}" in rec.latest_at("c", timeline="t", time=0)


def test_the_entity_tree_can_tell_stored_only_from_drawn():
    from rerun_nb.archetypes.coverage import is_drawn, stored_only_archetypes

    stored = stored_only_archetypes()
    assert {"RecordingInfo", "McapSchema", "McapMessage"} <= set(stored)
    assert (
        stored["RecordingInfo"] is None and stored["McapMessage"] is None and "CoordinateFrame" not in stored
    )
    assert not {"Tensor", "GraphNodes", "GraphEdges", "AssetAudio"} & set(stored)  # their views draw them
    assert not {"Measurements", "StateChange", "StateConfiguration"} & set(stored)  # their views too
    assert not {"SeriesLines", "BarChart", "TextDocument", "Points3D", "Transform3D", "Clear"} & set(stored)
    assert "VideoStream" not in stored  # drawn in 2D: its frame at the cursor, decoded in the kernel
    assert is_drawn("SeriesLines:colors") and is_drawn("Tensor:data") and not is_drawn("confidence")
