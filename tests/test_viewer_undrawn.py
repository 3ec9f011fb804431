"""The viewer's ``undrawn`` traitlet (issue 13): entities whose archetypes no view draws are named, so the entity
tree says "stored, not drawn" instead of showing a silent nothing."""

from __future__ import annotations

import logging

import numpy as np

import rerun_nb as rr
from rerun_nb.viewer import Viewer
from rerun_nb.viewer.undrawn import UndrawnCache, label_of_component


def _recording() -> rr.RecordingStream:
    rec = rr.RecordingStream("undrawn_test")
    rec.set_time_sequence("frame", 0)
    rec.log("world/points", rr.Points3D([[0, 0, 0], [1, 1, 1]]))
    rec.log("tensor", rr.Tensor(np.arange(24, dtype=np.float32).reshape(2, 3, 4)))  # drawn: the tensor view
    rec.log("audio", rr.AssetAudio(contents=b"RIFF0000WAVE", media_type="audio/wav"))  # drawn: the audio view
    rec.log("info", rr.RecordingInfo(name="run"))
    rec.log("pressure", rr.Measurements([1.0], variances=[0.1]))  # drawn: the time series view
    rec.log("door", rr.StateChange(state="open"))  # drawn: the state timeline view
    rec.log("gps", rr.AnyValues(confidence=[0.3, 0.9], source="GNSS"))
    return rec


def test_the_traitlet_lists_stored_only_archetypes_and_not_drawn_ones():
    v = Viewer(_recording())
    try:
        assert v.undrawn == {"info": ["RecordingInfo (no view)"], "gps": ["AnyValues (no view)"]}
        assert not {"world/points", "pressure", "door"} & set(v.undrawn)
    finally:
        v.close()


def test_refresh_keeps_it_up_to_date_with_entity_paths():
    rec = _recording()
    v = Viewer(rec)
    try:
        rec.set_time_sequence("frame", 1)
        rec.log("world/points", rr.AnyValues(score=[1.0, 2.0]))  # a drawn entity gains user components
        rec.log("graph", rr.GraphNodes(["a", "b"]))
        v.refresh()
        assert v.undrawn["world/points"] == ["AnyValues (no view)"]
        assert "graph" not in v.undrawn  # drawn by the graph view
        assert set(v.undrawn) <= set(v.entity_paths)
    finally:
        v.close()


def test_labels_and_cache():
    assert label_of_component("Points3D:positions") is None
    assert label_of_component("AnnotationContext:context") is None  # used by the views
    assert label_of_component("Tensor:data") is None and label_of_component("GraphEdges:edges") is None
    assert label_of_component("AssetAudio:blob") is None  # drawn by the audio view
    assert label_of_component("RecordingInfo:name") == "RecordingInfo (no view)"
    assert label_of_component("MyThing:value") == "MyThing (no view)"
    rec = _recording()
    cache = UndrawnCache()
    first = cache.get(rec.store)
    assert cache.get(rec.store) is first  # same generation: not recomputed
    rec.log("a2", rr.RecordingInfo(name="other"))
    assert "a2" in cache.get(rec.store)


def test_the_page_may_not_write_it(caplog):
    v = Viewer(_recording())
    v.send_state = lambda key=None: None
    try:
        before = dict(v.undrawn)
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="rerun_nb.viewer"):
            v.set_state({"undrawn": {"world/points": ["<b>evil</b>"]}})
        assert v.undrawn == before
        assert any("undrawn" in r.getMessage() for r in caplog.records)
    finally:
        v.close()


def test_geo_data_is_drawn_by_the_map_view():
    rec = rr.RecordingStream("undrawn_geo")
    rec.log("places", rr.GeoPoints(lat_lon=[[59.3, 18.1]]), static=True)
    rec.log("route", rr.GeoLineStrings(lat_lon=[[[59.3, 18.1], [59.4, 18.2]]]), static=True)
    assert label_of_component("GeoPoints:positions") is None
    assert label_of_component("GeoLineStrings:line_strings") is None
    assert UndrawnCache().get(rec.store) == {}


def test_videos_and_video_streams_are_drawn():
    rec = rr.RecordingStream("undrawn_video")
    rec.log("video", rr.AssetVideo(contents=b"\x00\x00\x00\x20ftypisom", media_type="video/mp4"), static=True)
    rec.set_time_sequence("frame", 0)
    rec.log("video", rr.VideoFrameReference(nanoseconds=0))
    rec.log("stream", rr.VideoStream(rr.VideoCodec.H264, sample=b"\x00\x00\x00\x01"))
    assert label_of_component("AssetVideo:blob") is None
    assert label_of_component("VideoFrameReference:timestamp") is None
    assert label_of_component("VideoStream:sample") is None  # drawn in 2D (the kernel decodes it)
    assert UndrawnCache().get(rec.store) == {}
