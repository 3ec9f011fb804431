"""Mesh3D: constructor forms (indices, normals, colours, texcoords, albedo texture of each dtype, factor, face
rendering), bad input, latest-at and bounds, .rnb and .rrd round trips (checked against rerun-sdk's own values)."""

from __future__ import annotations

import numpy as np
import pytest
from test_io_rrd import _rerun_latest_at

import rerun_nb as rr

QUAD = np.array([[0, 0, 0], [1, 0, 0], [1, 1, 0], [0, 1, 0]], np.float32)
TEX = np.arange(2 * 3 * 3, dtype=np.uint8).reshape(2, 3, 3)


def test_constructor_forms():
    m = rr.Mesh3D(
        vertex_positions=QUAD,
        triangle_indices=[[0, 1, 2], [0, 2, 3]],
        vertex_normals=[0, 0, 1],
        vertex_colors=[[255, 0, 0], [0, 255, 0], [0, 0, 255], [255, 255, 255]],
        vertex_texcoords=[[0, 0], [1, 0], [1, 1], [0, 1]],
        albedo_texture=TEX,
        albedo_factor=[1.0, 0.5, 0.5],
        face_rendering="front",
        class_ids=[1, 2, 3, 4],
    )
    assert m.triangle_indices.dtype == np.uint32 and m.triangle_indices.tolist() == [[0, 1, 2], [0, 2, 3]]
    assert m.vertex_normals.tolist() == [[0, 0, 1]] and m.vertex_texcoords.dtype == np.float32
    assert m.albedo_factor.tolist() == [[255, 128, 128, 255]]
    assert bytes(m.albedo_texture_buffer[0]) == TEX.tobytes()
    assert m.albedo_texture_format.tolist() == [[3, 2, 0, 2, 6]]  # width, height, -, RGB, U8
    assert m.face_rendering.tolist() == [2]
    flat = rr.Mesh3D(vertex_positions=QUAD.reshape(-1), triangle_indices=np.array([0, 1, 2], np.int64))
    assert flat.vertex_positions.shape == (4, 3) and flat.triangle_indices.tolist() == [[0, 1, 2]]
    with pytest.raises(TypeError):
        rr.Mesh3D(QUAD)  # vertex_positions is keyword-only, as in Rerun


@pytest.mark.parametrize("dtype", ["uint8", "uint16", "float32", "float64"])
@pytest.mark.parametrize("channels", [3, 4])
def test_albedo_texture_stored_as_rerun_stores_it(dtype, channels):
    rerun = pytest.importorskip("rerun")
    tex = (np.random.default_rng(0).random((4, 5, channels)) * 200).astype(dtype)
    ours = rr.Mesh3D(vertex_positions=QUAD, albedo_texture=tex)
    theirs = rerun.Mesh3D(vertex_positions=QUAD, albedo_texture=tex)
    assert bytes(ours.albedo_texture_buffer[0]) == bytes(
        theirs.albedo_texture_buffer.as_arrow_array()[0].as_py()
    )
    f = theirs.albedo_texture_format.as_arrow_array()[0].as_py()
    assert ours.albedo_texture_format.tolist() == [
        [f["width"], f["height"], f["pixel_format"] or 0, f["color_model"], f["channel_datatype"]]
    ]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"vertex_positions": [[0, 0]]}, "Mesh3D.vertex_positions"),
        ({"vertex_positions": QUAD, "triangle_indices": [[0, -1, 2]]}, "Mesh3D.triangle_indices"),
        ({"vertex_positions": QUAD, "vertex_texcoords": [[0, 0, 0]]}, "Mesh3D.vertex_texcoords"),
        ({"vertex_positions": QUAD, "face_rendering": "sideways"}, "Mesh3D.face_rendering"),
    ],
)
def test_bad_input_is_reported_with_the_entity_path_and_drops_the_batch(kwargs, field):
    rec = rr.RecordingStream("mesh")
    rec.set_time("t", sequence=0)
    rec.log("e", rr.Mesh3D(vertex_positions=QUAD))
    with pytest.warns(rr.RerunWarning, match=rf"'e': {field}"):
        rec.log("e", rr.Mesh3D(**kwargs))
    with pytest.raises((rr.BadValueError, rr.BadTypeError), match=field):
        rec.log("e", rr.Mesh3D(**kwargs), strict=True)
    assert list(rec.latest_at("e", timeline="t", time=0)) == ["Mesh3D:vertex_positions"]


@pytest.mark.parametrize(
    "texture", [np.zeros((4, 4), np.uint8), np.zeros((4, 4, 2), np.uint8), np.zeros((4, 4, 3), bool)]
)
def test_a_bad_texture_is_warned_and_the_mesh_logged_without_it_as_rerun(texture):
    with pytest.warns(rr.RerunWarning, match="Mesh3D.albedo_texture"):
        mesh = rr.Mesh3D(vertex_positions=QUAD, albedo_texture=texture)
    assert mesh._error is None and set(mesh.as_component_batches()) == {"Mesh3D:vertex_positions"}
    rr.set_strict_mode(True)
    try:
        with pytest.raises(rr.BadValueError, match="albedo_texture"):
            rr.Mesh3D(vertex_positions=QUAD, albedo_texture=texture)
    finally:
        rr.set_strict_mode(False)


def _log(rec: rr.RecordingStream) -> None:
    for i in range(3):
        rec.set_time("step", sequence=i)
        rec.log(
            "world/mesh",
            rr.Mesh3D(
                vertex_positions=QUAD * (1 + i),
                triangle_indices=[[0, 1, 2], [0, 2, 3]],
                vertex_texcoords=[[0, 0], [1, 0], [1, 1], [0, 1]],
                albedo_texture=TEX,
                albedo_factor=[255, 255, 255, 200],
                face_rendering=rr.components.MeshFaceRendering.Back,
            ),
        )


def test_latest_at_and_bounds():
    rec = rr.RecordingStream("mesh")
    _log(rec)
    got = rec.latest_at("world/mesh", timeline="step", time=1)
    assert got["Mesh3D:vertex_positions"].tolist() == (QUAD * 2).tolist()
    assert got["Mesh3D:albedo_texture_format"].tolist() == [[3, 2, 0, 2, 6]]
    lo, hi = rec.scene(timeline="step", time=2).bounds()
    assert lo.tolist() == [0, 0, 0] and hi.tolist() == [3, 3, 0]


def _same(a: dict, b: dict) -> None:
    assert sorted(a) == sorted(b)
    for k in a:
        if k.endswith("albedo_texture_buffer"):
            assert bytes(a[k][0]) == bytes(b[k][0])
        else:
            assert np.array_equal(a[k], b[k]), k


def test_native_file_round_trip(tmp_path):
    rec = rr.RecordingStream("mesh")
    rec.save(tmp_path / "m.rnb")
    _log(rec)
    rec.disconnect()
    back = rr.load(tmp_path / "m.rnb")
    for t in range(3):
        _same(
            rec.latest_at("world/mesh", timeline="step", time=t),
            back.latest_at("world/mesh", timeline="step", time=t),
        )


def test_rrd_round_trip_through_rerun_sdk(tmp_path):
    pytest.importorskip("rerun")
    rec = rr.RecordingStream("mesh")
    rec.save(tmp_path / "m.rrd")
    _log(rec)
    rec.disconnect()
    path = tmp_path / "m.rrd"
    assert _rerun_latest_at(path, "world/mesh", "Mesh3D:triangle_indices", "step", 1) == [
        [0, 1, 2],
        [0, 2, 3],
    ]
    assert _rerun_latest_at(path, "world/mesh", "Mesh3D:albedo_factor", "step", 1) == [0xFFFFFFC8]
    assert _rerun_latest_at(path, "world/mesh", "Mesh3D:face_rendering", "step", 1) == [3]
    fmt = _rerun_latest_at(path, "world/mesh", "Mesh3D:albedo_texture_format", "step", 1)[0]
    assert (fmt["width"], fmt["height"], fmt["color_model"], fmt["channel_datatype"]) == (3, 2, 2, 6)
    back = rr.load(path)
    for t in range(3):
        _same(
            rec.latest_at("world/mesh", timeline="step", time=t),
            back.latest_at("world/mesh", timeline="step", time=t),
        )
