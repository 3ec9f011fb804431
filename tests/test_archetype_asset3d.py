"""Asset3D: path / contents / media type forms, bad input, latest-at, bounds from the file, .rnb and .rrd round trips."""

from __future__ import annotations

import io

import numpy as np
import pytest
from test_io_rrd import _rerun_latest_at

import rerun_nb as rr
from rerun_nb.archetypes._asset_formats import asset_bounds, sniff_media_type

OBJ = b"v 0 0 0\nv 2 0 0\nv 0 3 0\nv 0 0 4\nf 1 2 3\nf 1 3 4\n"


def _stl_binary(tris: np.ndarray) -> bytes:
    rec = np.zeros(len(tris), np.dtype([("n", "<f4", 3), ("v", "<f4", (3, 3)), ("a", "<u2")]))
    rec["v"] = tris
    return b"\0" * 80 + np.uint32(len(tris)).tobytes() + rec.tobytes()


def test_constructor_forms(tmp_path):
    p = tmp_path / "tri.obj"
    p.write_bytes(OBJ)
    a = rr.Asset3D(path=p)
    assert a.media_type.tolist() == ["model/obj"] and bytes(a.blob[0]) == OBJ
    assert rr.Asset3D(path=str(p)).media_type.tolist() == ["model/obj"]
    b = rr.Asset3D(contents=OBJ, media_type=rr.MediaType.OBJ, albedo_factor=[255, 0, 0])
    assert b.albedo_factor.tolist() == [[255, 0, 0, 255]]
    assert rr.Asset3D(contents=io.BytesIO(OBJ)).media_type is None  # guessed when drawn, as in Rerun
    assert bytes(rr.Asset3D(contents=np.frombuffer(OBJ, np.uint8)).blob[0]) == OBJ
    assert (tmp_path / "m.glb").write_bytes(b"glTF") and rr.Asset3D(
        path=tmp_path / "m.glb"
    ).media_type.tolist() == ["model/gltf-binary"]


def test_media_type_sniffing_and_bounds():
    stl = _stl_binary(np.array([[[0, 0, 0], [1, 0, 0], [0, 1, 5]]], np.float32))
    assert sniff_media_type(stl) == "model/stl" and sniff_media_type(OBJ) == "model/obj"
    assert sniff_media_type(b"solid x\nfacet normal 0 0 1\n") == "model/stl"
    assert sniff_media_type(b'{"asset": {"version": "2.0"}}') == "model/gltf+json"
    assert sniff_media_type(b"\x00\x01garbage") is None
    lo, hi = asset_bounds(np.frombuffer(stl, np.uint8), None)
    assert lo.tolist() == [0, 0, 0] and hi.tolist() == [1, 1, 5]
    lo, hi = asset_bounds(np.frombuffer(OBJ, np.uint8), "model/obj")
    assert hi.tolist() == [2, 3, 4]
    assert asset_bounds(np.frombuffer(b"not a mesh", np.uint8), "model/stl") is None


def test_gltf_bounds_from_its_accessors():
    trimesh = pytest.importorskip("trimesh")
    glb = trimesh.creation.box(extents=[2, 4, 6]).export(file_type="glb")
    lo, hi = asset_bounds(np.frombuffer(glb, np.uint8), None)
    assert lo.tolist() == [-1, -2, -3] and hi.tolist() == [1, 2, 3]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({}, "Asset3D.blob"),
        ({"path": "x.obj", "contents": OBJ}, "Asset3D.blob"),
        ({"path": "/no/such/file.obj"}, "Asset3D.path"),
        ({"contents": "text is not bytes"}, "Asset3D.blob"),
        ({"contents": OBJ, "albedo_factor": [[1, 2]]}, "Asset3D.albedo_factor"),
    ],
)
def test_bad_input_is_reported_with_the_entity_path_and_drops_the_batch(kwargs, field):
    rec = rr.RecordingStream("asset")
    rec.set_time("t", sequence=0)
    rec.log("e", rr.Asset3D(contents=OBJ))
    with pytest.warns(rr.RerunWarning, match=rf"'e': {field}"):
        rec.log("e", rr.Asset3D(**kwargs))
    got = rec.latest_at("e", timeline="t", time=0)
    assert bytes(got["Asset3D:blob"][0]) == OBJ and "Asset3D:albedo_factor" not in got


def _log(rec: rr.RecordingStream) -> None:
    for i in range(3):
        rec.set_time("step", sequence=i)
        rec.log("world/asset", rr.Asset3D(contents=OBJ.replace(b"v 2 0 0", f"v {2 + i} 0 0".encode())))
    rec.log(
        "world/asset",
        rr.Asset3D.from_fields(media_type="model/obj", albedo_factor=[0, 0, 255, 255]),
        static=True,
    )


def test_latest_at_and_scene_bounds():
    rec = rr.RecordingStream("asset")
    _log(rec)
    got = rec.latest_at("world/asset", timeline="step", time=1)
    assert b"v 3 0 0" in bytes(got["Asset3D:blob"][0]) and got["Asset3D:media_type"].tolist() == ["model/obj"]
    lo, hi = rec.scene(timeline="step", time=2).bounds()
    assert lo.tolist() == [0, 0, 0] and hi.tolist() == [4, 3, 4]


def test_native_file_round_trip(tmp_path):
    rec = rr.RecordingStream("asset")
    rec.save(tmp_path / "a.rnb")
    _log(rec)
    rec.disconnect()
    back = rr.load(tmp_path / "a.rnb")
    for t in range(3):
        a = rec.latest_at("world/asset", timeline="step", time=t)
        b = back.latest_at("world/asset", timeline="step", time=t)
        assert sorted(a) == sorted(b)
        assert bytes(a["Asset3D:blob"][0]) == bytes(b["Asset3D:blob"][0])
        assert a["Asset3D:albedo_factor"].tolist() == b["Asset3D:albedo_factor"].tolist()


def test_rrd_round_trip_through_rerun_sdk(tmp_path):
    pytest.importorskip("rerun")
    rec = rr.RecordingStream("asset")
    rec.save(tmp_path / "a.rrd")
    _log(rec)
    rec.disconnect()
    path = tmp_path / "a.rrd"
    assert bytes(_rerun_latest_at(path, "world/asset", "Asset3D:blob", "step", 1)[0]) == OBJ.replace(
        b"v 2 0 0", b"v 3 0 0"
    )
    assert _rerun_latest_at(path, "world/asset", "Asset3D:media_type", "step", 1) == ["model/obj"]
    assert _rerun_latest_at(path, "world/asset", "Asset3D:albedo_factor", "step", 1) == [0x0000FFFF]
    back = rr.load(path)
    got = back.latest_at("world/asset", timeline="step", time=2)
    assert bytes(got["Asset3D:blob"][0]) == OBJ.replace(b"v 2 0 0", b"v 4 0 0")
    assert got["Asset3D:media_type"].tolist() == ["model/obj"]
