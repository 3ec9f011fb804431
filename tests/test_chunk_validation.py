"""The doors' check: chunks from files or other processes keep the promises rr.log keeps; scenes survive a bad one."""

from __future__ import annotations

import logging

import numpy as np
import pytest

import rerun_nb as rr
from rerun_nb.chunk_validation import MAX_ENTITY_PATH_DEPTH, ChunkRejected, validate_chunk
from rerun_nb.components import Ragged
from rerun_nb.store import Chunk, Column


def _chunk(path="e", comps=None, times=None, n=1):
    comps = comps if comps is not None else {"Points3D:positions": np.zeros((1, 3), np.float32)}
    rows = [dict(comps)] * n
    return Chunk.from_rows(path, np.arange(1, n + 1), times if times is not None else {"t": [0] * n}, rows)


def test_a_chunk_rr_log_would_make_passes_and_its_path_is_made_canonical():
    c = _chunk("/a/b/")
    validate_chunk(c, {"t": "sequence"})
    assert c.entity_path == "a/b"


@pytest.mark.parametrize(
    ("comps", "message"),
    [
        (
            {"Points3D:positions": np.array(["x"], dtype=object)},
            "Points3D:positions: expected float32 (N, 3)",
        ),
        ({"Points3D:positions": np.zeros(3, np.float32)}, "expected float32 (N, 3), got float32 (N)"),
        ({"Points3D:colors": np.zeros((1, 4), np.float32)}, "expected uint8 (N, 4)"),
        (
            {"Transform3D:quaternion": np.zeros((1, 3), np.float32)},
            "Transform3D:quaternion: expected float32 (N, 4)",
        ),
        ({"Transform3D:mat3x3": np.zeros((1, 9), np.float32)}, "expected float32 (N, 3, 3)"),
        ({"Transform3D:scale": np.zeros((1, 3), np.float64)}, "Transform3D:scale: expected float32 (N, 3)"),
        ({"LineStrips3D:strips": np.zeros((2, 3), np.float32)}, "expected lists of lists"),
        ({"Points3D:labels": np.array([b"x"], dtype=object)}, "expected UTF-8 strings"),
        ({"Mine:anything": np.array([1 + 2j])}, "unsupported values complex128"),
    ],
)
def test_malformed_components_are_rejected_naming_path_and_component(comps, message):
    with pytest.raises(ChunkRejected, match=message.replace("(", r"\(").replace(")", r"\)")) as ei:
        validate_chunk(_chunk("world/pts", comps), {"t": "sequence"})
    assert str(ei.value).startswith("'world/pts': ")


def test_unknown_components_of_plain_numbers_and_strings_pass():
    validate_chunk(
        _chunk(comps={"Mine:v": np.arange(3.0), "Mine:s": np.array(["a"], object)}), {"t": "sequence"}
    )


def test_bad_offsets_validity_timelines_and_paths():
    c = _chunk(n=2)
    c.components["Points3D:positions"] = Column(np.array([0, 2, 1]), np.zeros((1, 3), np.float32))
    with pytest.raises(ChunkRejected, match="offsets"):
        validate_chunk(c, {"t": "sequence"})
    c = _chunk()
    c.components["Points3D:positions"].validity = np.ones(5, bool)
    with pytest.raises(ChunkRejected, match="validity"):
        validate_chunk(c, {"t": "sequence"})
    c = _chunk()
    c.components["LineStrips3D:strips"] = Column(
        np.array([0, 1]), Ragged(np.zeros((2, 3), np.float32), np.array([0, 5]))
    )
    with pytest.raises(ChunkRejected, match="inner lists"):
        validate_chunk(c, {"t": "sequence"})
    with pytest.raises(ChunkRejected, match="unknown kind"):
        validate_chunk(_chunk(), {"t": "fortnights"})
    c = _chunk()
    c.timelines["t"] = np.zeros(1, np.float64)
    with pytest.raises(ChunkRejected, match="int64 time per row"):
        validate_chunk(c, {"t": "sequence"})
    with pytest.raises(ChunkRejected, match=f"deeper than {MAX_ENTITY_PATH_DEPTH}"):
        validate_chunk(_chunk("/".join(["a"] * 1000)), {"t": "sequence"})


def test_a_scene_skips_an_entity_it_cannot_resolve_and_answers_the_rest(caplog):
    rec = rr.RecordingStream("poison")
    rec.set_time("t", sequence=0)
    rec.log("good", rr.Points3D([[1, 2, 3]]))
    # a chunk that bypassed every door: a transform of the wrong shape
    bad = Chunk.from_rows(
        "bad", [10**18], {"t": [0]}, [{"Transform3D:translation": np.zeros((1, 2), np.float32)}]
    )
    rec.store.append_chunk(bad)
    with caplog.at_level(logging.WARNING, logger="rerun_nb.query"):
        for _ in range(3):
            sc = rec.scene(timeline="t", time=0)
            assert "good" in sc.entities and "bad" not in sc.entities
            assert sc.bounds() is not None
    assert sum("'bad' skipped" in r.message for r in caplog.records) == 1


def test_a_very_deep_entity_path_resolves_without_recursion():
    rec = rr.RecordingStream("deep")
    rec.set_time("t", sequence=0)
    deep = "/".join(f"p{i}" for i in range(3000))
    rec.log(deep, rr.Points3D([[0, 0, 0]]))
    rec.log("p0", rr.Transform3D(translation=[1, 0, 0]))
    rec.log("p0", rr.Clear(recursive=True))
    rec.set_time("t", sequence=1)
    rec.log(deep, rr.Points3D([[0, 0, 1]]))
    sc = rec.scene(timeline="t", time=1)
    assert sc.entities[deep].world_from_entity[0, 3] == 0.0  # the translation was cleared at t=0
    assert rec.scene(timeline="t", time=0).entities.get(deep) is None


@pytest.mark.parametrize(
    "bad",
    [
        {"Points3D:positions": np.array(["a", "b"], dtype=object)},  # positions as strings
        {"Points3D:positions": np.zeros(6, np.float32)},  # 1-D positions
        {"Transform3D:quaternion": np.zeros((1, 3), np.float32)},  # a quaternion of 3 values
    ],
)
def test_a_file_with_a_malformed_chunk_loads_the_rest_and_warns_once(tmp_path, bad):
    rec = rr.RecordingStream("door")
    rec.set_time("t", sequence=0)
    rec.log("good", rr.Points3D([[1, 2, 3]]))
    rec.flush()
    # written by something that skipped rr.log's checks (another tool, a hostile peer)
    rec.store.append_chunk(
        Chunk.from_rows("bad", [10**18], {"t": [0]}, [bad], timeline_kinds={"t": "sequence"})
    )
    rec.save(tmp_path / "x.rnb")
    rec.disconnect()
    with pytest.warns(rr.RerunWarning, match=r"x\.rnb: chunk \d+ dropped: 'bad': "):
        back = rr.load(tmp_path / "x.rnb")
    assert back.entity_paths() == ["good"]
    assert set(back.scene(timeline="t", time=0).entities) == {"good"}
