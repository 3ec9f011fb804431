"""Default layout heuristics (anchors §7.1): which views Rerun's viewer spawns for a recording."""

from __future__ import annotations

import numpy as np
import pytest

import rerun_nb as rr
import rerun_nb.blueprint as rrb


def _summary(views):
    return [(v.class_identifier, v.origin, list(v.contents)) for v in views]


def _mixed_recording() -> rr.RecordingStream:
    """The typical recording of issue 11: 3D data under world/, a loss curve, text logs, 2D pixel points."""
    rec = rr.RecordingStream("mixed")
    rec.log("world/points", rr.Points3D(np.random.default_rng(0).normal(size=(100, 3))))
    rec.log("world/box", rr.Boxes3D(half_sizes=[[1, 1, 1]]))
    rec.log("world/arrows", rr.Arrows3D(vectors=[[1, 0, 0], [0, 1, 0]]))
    for step in range(5):
        rec.set_time("step", sequence=step)
        rec.log("loss", rr.Scalars(1.0 / (step + 1)))
        rec.log("log", rr.TextLog(f"step {step}"))
    rec.log("image/points", rr.Points2D([[10, 20], [50, 80], [100, 100]]))
    return rec


def test_mixed_recording_views_as_rerun_shows_them():
    rec = _mixed_recording()
    views = rrb.heuristic_views(rec)
    assert _summary(views) == [
        ("3D", "/", ["+ $origin/**", "- /image/**"]),  # the 2D points are left out of the 3D scene
        ("2D", "/image/points", ["+ $origin/**"]),
        ("TimeSeries", "/loss", ["+ $origin"]),
        ("TextLog", "/", ["+ $origin/**"]),
    ]
    assert [v.display_name() for v in views] == ["/", "points", "loss", "/"]


def test_mixed_recording_layout_json():
    layout = rrb.blueprint_to_layout(None, _mixed_recording(), aspect=16 / 9)
    root = layout["root"]
    assert root["kind"] == "grid" and root["auto_columns"] == 3 and root["grid_columns"] is None
    views = {v["class"]: v for v in root["children"]}
    assert list(views) == ["3D", "TextLog", "2D", "TimeSeries"]  # sorted by origin, then priority
    assert views["3D"]["entities"] == ["world/arrows", "world/box", "world/points"]
    assert views["2D"]["entities"] == ["image/points"]
    assert views["TimeSeries"]["entities"] == ["loss"]
    assert views["TextLog"]["entities"] == ["log"]
    assert all(v["drawable"] for v in views.values())
    assert layout["auto_layout"] and layout["auto_views"]


def test_view_coordinates_root_the_3d_view():
    rec = rr.RecordingStream("vc")
    rec.log("world", rr.ViewCoordinates.RIGHT_HAND_Z_UP, static=True)
    rec.log("world/points", rr.Points3D([[0, 0, 0]]))
    rec.log("world/robot/arm", rr.LineStrips3D([[[0, 0, 0], [1, 1, 1]]]))
    assert _summary(rrb.heuristic_views(rec)) == [("3D", "/world", ["+ $origin/**"])]


def test_3d_outside_the_view_coordinates_adds_a_root_view_that_covers_it():
    views = rrb.heuristic_views({"world": {"ViewCoordinates"}, "world/p": {"Points3D"}, "other": {"Boxes3D"}})
    # Rerun recommends /world and /, and drops /world: the root view covers it.
    assert _summary(views) == [("3D", "/", ["+ $origin/**"])]


def test_only_scalars_and_logs():
    rec = rr.RecordingStream("plots")
    for t in range(3):
        rec.set_time("t", sequence=t)
        rec.log("trig/sin", rr.Scalars(np.sin(t)))
        rec.log("trig/cos", rr.Scalars(np.cos(t)))
        rec.log("logs/app", rr.TextLog("hi"))
        rec.log("logs/db", rr.TextLog("ho"))
    assert _summary(rrb.heuristic_views(rec)) == [
        ("TimeSeries", "/trig/cos", ["+ $origin"]),
        ("TimeSeries", "/trig/sin", ["+ $origin"]),
        ("TextLog", "/", ["+ $origin/**"]),  # one text log view for all logs
    ]


def test_time_series_capped_at_eight_in_path_order():
    entities = {f"metrics/m{i}": {"Scalars"} for i in range(12)}
    views = rrb.heuristic_views(entities)
    assert [v.origin for v in views] == [f"/metrics/m{i}" for i in range(8)]


def test_2d_root_is_the_common_ancestor():
    views = rrb.heuristic_views({"cam/a": {"Points2D"}, "cam/b/c": {"LineStrips2D"}})
    assert _summary(views) == [("2D", "/cam", ["+ $origin/**"])]


def test_transform_and_clear_only_entities_spawn_nothing():
    rec = rr.RecordingStream("t")
    rec.log("world", rr.Transform3D(translation=[1, 2, 3]))
    rec.log("gone", rr.Clear(recursive=True))
    assert rrb.heuristic_views(rec) == []
    assert rrb.blueprint_to_layout(None, rec)["root"] is None


def test_3d_entity_below_a_2d_entity_is_not_excluded():
    views = rrb.heuristic_views({"a": {"Points2D"}, "a/b": {"Points3D"}})
    assert _summary(views) == [("3D", "/", ["+ $origin/**"]), ("2D", "/a", ["+ $origin/**"])]


# Rerun's snapshot cases (crates/viewer/re_view_spatial/tests/snapshots/), with archetypes named by string
# so they hold once Pinhole and the images exist.


def test_snapshot_images_and_3d_space_with_camera():
    entities = {
        "image1": {"Image"},
        "image2": {"Image"},
        "3D": {"ViewCoordinates"},
        "3D/box": {"Boxes3D"},
        "3D/camera": {"Pinhole", "Image"},
    }
    assert sorted((v.class_identifier, v.origin) for v in rrb.heuristic_views(entities)) == [
        ("2D", "/3D/camera"),
        ("2D", "/image1"),
        ("2D", "/image2"),
        ("3D", "/3D"),
    ]


def test_snapshot_same_at_root():
    entities = {
        "image1": {"Image"},
        "image2": {"Image"},
        "box": {"Boxes3D"},
        "camera": {"Pinhole", "Image"},
    }
    views = {(v.class_identifier, v.origin): list(v.contents) for v in rrb.heuristic_views(entities)}
    assert views[("3D", "/")] == ["+ $origin/**", "- /image1/**", "- /image2/**"]
    assert {k for k in views if k[0] == "2D"} == {("2D", "/camera"), ("2D", "/image1"), ("2D", "/image2")}


def test_snapshot_pinhole_with_image_child():
    views = rrb.heuristic_views({"camera": {"Pinhole"}, "camera/image": {"Image"}})
    assert _summary(views) == [("3D", "/", ["+ $origin/**"]), ("2D", "/camera/image", ["+ $origin/**"])]


def test_snapshot_stackable_images_share_one_view():
    entities = {"cam/rgb": {"Image"}, "cam/depth": {"DepthImage"}, "cam/seg": {"SegmentationImage"}}
    assert _summary(rrb.heuristic_views(entities)) == [("2D", "/cam", ["+ $origin/**"])]


def test_snapshot_two_color_images_two_views():
    views = rrb.heuristic_views({"cam/left": {"Image"}, "cam/right": {"Image"}})
    assert [v.origin for v in views] == ["/cam/left", "/cam/right"]


def test_images_of_different_sizes_split():
    entities = {"cam/rgb": {"Image"}, "cam/depth": {"DepthImage"}}
    views = rrb.heuristic_views(entities, image_sizes={"cam/rgb": (480, 640), "cam/depth": (240, 320)})
    assert [v.origin for v in views] == ["/cam/depth", "/cam/rgb"]


def test_one_view_per_text_document_and_bar_chart():
    entities = {"docs/readme": {"TextDocument"}, "docs/notes": {"TextDocument"}, "hist": {"BarChart"}}
    assert _summary(rrb.heuristic_views(entities)) == [
        ("TextDocument", "/docs/notes", ["+ $origin"]),
        ("TextDocument", "/docs/readme", ["+ $origin"]),
        ("BarChart", "/hist", ["+ $origin"]),
    ]


def test_component_names_are_accepted():
    views = rrb.heuristic_views(
        {"/world/p": ["Points3D:positions", "Points3D:colors"], "loss": ["Scalars:scalars"]}
    )
    assert [v.class_identifier for v in views] == ["3D", "TimeSeries"]


def test_default_blueprint_of_a_recording():
    bp = rrb.default_blueprint(_mixed_recording())
    assert (bp.auto_layout, bp.auto_views) == (True, True)
    assert isinstance(bp.root_container, rrb.Grid) and len(bp.views()) == 4


def test_auto_views_adds_what_the_blueprint_misses():
    rec = _mixed_recording()
    bp = rrb.Blueprint(rrb.Spatial3DView(origin="/", contents=["+ /**", "- /image/**"]), auto_views=True)
    layout = rrb.blueprint_to_layout(bp, rec)
    classes = sorted(c["class"] for c in layout["root"]["children"])
    assert classes == ["2D", "3D", "TextLog", "TimeSeries"]  # the heuristic 3D view is covered by ours


def test_without_auto_views_the_blueprint_is_kept_as_is():
    layout = rrb.blueprint_to_layout(rrb.Blueprint(rrb.TimeSeriesView(origin="/loss")), _mixed_recording())
    assert layout["root"]["kind"] == "tabs" and [c["class"] for c in layout["root"]["children"]] == [
        "TimeSeries"
    ]


def test_rejects_unknown_sources():
    with pytest.raises(TypeError, match="recording, a store or a mapping"):
        rrb.heuristic_views(42)
