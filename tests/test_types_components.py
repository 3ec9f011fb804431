"""Normalisers: every accepted input form → the canonical form; bad input → a clear ComponentError."""

from __future__ import annotations

import numpy as np
import pytest

import rerun_nb as rr
from rerun_nb import components as C
from rerun_nb.datatypes import Quaternion, RotationAxisAngle


def rgba(*vals):
    return np.array(vals, dtype=np.uint8).reshape(-1, 4)


# -- vectors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        [[1, 2, 3], [4, 5, 6]],
        ((1, 2, 3), (4, 5, 6)),
        [1, 2, 3, 4, 5, 6],
        np.array([[1, 2, 3], [4, 5, 6]], dtype=np.int16),
        np.array([[1, 2, 3], [4, 5, 6]], dtype=np.float64),
        np.array([[1, 2, 3], [4, 5, 6]], dtype=np.float32),
        np.asfortranarray(np.array([[1, 2, 3], [4, 5, 6]], dtype=np.float32)),
        np.array([[[1, 2, 3]], [[4, 5, 6]]], dtype=np.uint8),
        [np.array([1, 2, 3]), np.array([4.0, 5.0, 6.0])],
    ],
)
def test_vec3d_forms(value):
    out = C.vec3d(value)
    assert out.dtype == np.float32 and out.shape == (2, 3) and out.flags.c_contiguous
    np.testing.assert_array_equal(out, [[1, 2, 3], [4, 5, 6]])


def test_vec3d_single_and_empty():
    assert C.vec3d([1, 2, 3]).shape == (1, 3)
    assert C.vec3d([]).shape == (0, 3)
    assert C.vec3d(np.empty((0, 3))).dtype == np.float32
    assert C.vec2d([1, 2]).shape == (1, 2)


def test_vec3d_never_aliases_user_memory():
    user = np.zeros((4, 3), dtype=np.float32)
    out = C.vec3d(user)
    user[0, 0] = 7
    assert out[0, 0] == 0
    assert not np.shares_memory(out, user)


def test_vec3d_nan_allowed():
    out = C.vec3d([[np.nan, 1, 2]])
    assert np.isnan(out[0, 0])


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        (np.zeros((4, 2)), "expected an array of shape (N, 3), got (4, 2)"),
        ([1, 2, 3, 4], "expected an array of shape (N, 3), got (4,)"),
        ([[1, 2, 3], [4, 5]], "ragged nested lists"),
        ([[1, 2, "abc"]], "could not convert 'abc' to float32"),
        ("abc", "could not convert 'abc' to float32"),
        ([[1, 2, {}]], "non-numeric"),
        (np.array([["1", "2", "3"]]), "strings are not"),
    ],
)
def test_vec3d_bad(value, fragment):
    with pytest.raises(C.ComponentError) as e:
        C.vec3d(value)
    assert fragment in e.value.message
    bad = e.value.bad_input("Points3D.positions")
    assert bad.field == "Points3D.positions" and fragment in bad.message


def test_non_numeric_is_type_error_and_shape_is_value_error():
    with pytest.raises(C.ComponentError) as e:
        C.vec3d([["a", "b", "c"]])
    assert e.value.is_type
    with pytest.raises(C.ComponentError) as e:
        C.vec3d(np.zeros((4, 2)))
    assert not e.value.is_type


# -- colors --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ([255, 0, 0], rgba(255, 0, 0, 255)),
        ([255, 0, 0, 128], rgba(255, 0, 0, 128)),
        ((1, 2, 3), rgba(1, 2, 3, 255)),
        ([1.0, 0.5, 0.0], rgba(255, 128, 0, 255)),
        (np.array([0.5, 0.2, 1.0, 0.999]), rgba(128, 51, 255, 255)),
        (np.array([1.0, 0, 0], dtype=np.float32), rgba(255, 0, 0, 255)),
        ([[255, 0, 0], [0, 255, 0]], rgba(255, 0, 0, 255, 0, 255, 0, 255)),
        ([[1.0, 0, 0, 1.0], [0, 0, 1.0, 0.0]], rgba(255, 0, 0, 255, 0, 0, 255, 0)),
        (0xFF0000FF, rgba(255, 0, 0, 255)),
        (np.uint32(0x00FF0080), rgba(0, 255, 0, 128)),
        ([0xFF0000FF], rgba(255, 0, 0, 255)),
        ([0xFF0000FF, 0x11223344], rgba(255, 0, 0, 255, 0x11, 0x22, 0x33, 0x44)),
        (
            np.array([0x11223344, 0xAABBCCDD, 0x01020304], dtype=np.uint32),
            rgba(17, 34, 51, 68, 170, 187, 204, 221, 1, 2, 3, 4),
        ),
        (np.array([[10, 20, 30]], dtype=np.uint8), rgba(10, 20, 30, 255)),
        (np.array([[10, 20, 30, 40]], dtype=np.int64), rgba(10, 20, 30, 40)),
        (np.array([10, 20, 30, 40, 50, 60, 70, 80], dtype=np.uint8), rgba(10, 20, 30, 40, 50, 60, 70, 80)),
        ([], np.empty((0, 4), np.uint8)),
    ],
)
def test_color_forms(value, expected):
    out = C.colors(value)
    assert out.dtype == np.uint8 and out.ndim == 2 and out.shape[1] == 4
    np.testing.assert_array_equal(out, expected)


def test_colors_match_rerun():
    rr = pytest.importorskip("rerun")
    rng = np.random.default_rng(1)
    cases = [
        rng.random((20, 3)),
        rng.random((20, 4)).astype(np.float32),
        rng.integers(0, 256, (20, 3)).astype(np.uint8),
        rng.integers(0, 256, (20, 4)),
        [0.5, 0.2, 1.0],
        [12, 200, 7],
        0x12345678,
        np.array([0x12345678, 0x9ABCDEF0], dtype=np.uint32),
        [0.5, 1.5 / 255, 2.5 / 255, 254.5 / 255],  # half-way cases: round half to even as Rerun
    ]
    for value in cases:
        packed = np.asarray(
            rr.Points3D([[0, 0, 0]], colors=value).colors.as_arrow_array().to_numpy(), np.uint32
        )
        ours = C.colors(value)
        theirs = packed.astype(">u4").view(np.uint8).reshape(-1, 4)
        np.testing.assert_array_equal(ours, theirs, err_msg=repr(value))


def test_colors_copy():
    user = np.zeros((3, 4), np.uint8)
    out = C.colors(user)
    user[:] = 9
    assert out.max() == 0


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        (np.zeros((3, 5)), "expected colors of shape (N, 3) or (N, 4)"),
        ([[1, 2], [3, 4]], "expected colors of shape (N, 3) or (N, 4)"),
        ([[300, 0, 0]], "0..255"),
        (0.5, "is not a color"),
        (-1, "0..0xFFFFFFFF"),
        (["red"], "could not convert 'red'"),
        ([[1, 2, 3], [4, 5]], "ragged"),
    ],
)
def test_colors_bad(value, fragment):
    with pytest.raises(C.ComponentError) as e:
        C.colors(value)
    assert fragment in e.value.message


# -- scalars, ids, strings, bools ----------------------------------------------------------------


def test_radii_forms():
    for v in (0.5, 1, np.float64(0.5), [0.5], np.array([0.5]), np.array([[0.5]])):
        out = C.float32_1d(v)
        assert out.dtype == np.float32 and out.ndim == 1
    np.testing.assert_array_equal(C.float32_1d([1, 2, 3]), [1, 2, 3])
    with pytest.raises(C.ComponentError, match="could not convert 'x'"):
        C.float32_1d("x")


def test_scalars_float64():
    out = C.float64_1d(0.1)
    assert out.dtype == np.float64 and out[0] == 0.1  # no float32 round trip
    assert C.float64_1d(np.arange(5)).shape == (5,)


def test_class_ids():
    np.testing.assert_array_equal(C.class_ids(3), np.array([3], np.uint16))
    out = C.class_ids([1, 2, 65535])
    assert out.dtype == np.uint16
    np.testing.assert_array_equal(C.class_ids(np.array([1.0, 2.0])), [1, 2])
    with pytest.raises(C.ComponentError, match=r"0\.\.65535"):
        C.class_ids([-1])
    with pytest.raises(C.ComponentError, match=r"0\.\.65535"):
        C.class_ids(70000)
    with pytest.raises(C.ComponentError, match="whole numbers"):
        C.class_ids([1.5])


def test_strings():
    out = C.strings("hello")
    assert out.dtype == object and out.tolist() == ["hello"]
    assert C.strings(["a", "b"]).tolist() == ["a", "b"]
    assert C.strings(("a", 1)).tolist() == ["a", "1"]
    assert C.strings(np.array(["x", "y"])).tolist() == ["x", "y"]
    assert all(type(s) is str for s in C.strings(np.array(["x", "y"])))
    # as rerun-sdk 0.41's Utf8 batches: every element through str()
    assert C.strings([None, True, b"ab", [1, 2]]).tolist() == ["None", "True", "b'ab'", "[1, 2]"]


def test_strings_equal_rerun_sdk_for_odd_elements():
    rerun = pytest.importorskip("rerun")
    odd = [None, True, 1.5, b"ab", [1, 2], "x"]
    assert C.strings(odd).tolist() == rerun.components.TextBatch(odd).as_arrow_array().to_pylist()
    assert rr.StateChange.columns(state=["a", None, "b"])[0].values.tolist() == ["a", "None", "b"]
    assert C.strings(np.array([b"x"])).tolist() == ["x"]
    with pytest.raises(C.ComponentError, match="expected strings, got a int64 array"):
        C.strings(np.array([1, 2], np.int64))  # rerun-sdk warns: "Expected a string or bytes dtype"


def test_bools():
    assert C.bool_1d(True).tolist() == [True]
    assert C.bool_1d([True, False]).dtype == np.bool_
    with pytest.raises(C.ComponentError):
        C.bool_1d([0.5])


# -- strips ---------------------------------------------------------------------------------------


def test_strips_forms():
    r = C.strips([[[0, 0, 0], [1, 1, 1]], [[2, 2, 2], [3, 3, 3], [4, 4, 4]]])
    assert isinstance(r, C.Ragged) and len(r) == 2
    assert r.values.dtype == np.float32 and r.values.shape == (5, 3)
    assert r.offsets.dtype == np.int64 and r.offsets.tolist() == [0, 2, 5]
    np.testing.assert_array_equal(r[1], [[2, 2, 2], [3, 3, 3], [4, 4, 4]])
    assert r[-1].shape == (3, 3)
    assert r.to_list()[0] == [[0, 0, 0], [1, 1, 1]]
    # one strip as a 2-D array or a list of points (as Rerun)
    assert len(C.strips(np.zeros((4, 3)))) == 1
    assert len(C.strips([[0, 0, 0], [1, 1, 1]])) == 1
    # (N, M, 3): N strips of M points
    r3 = C.strips(np.arange(18).reshape(3, 2, 3))
    assert len(r3) == 3 and r3.offsets.tolist() == [0, 2, 4, 6]
    # list of arrays of different lengths, and an empty strip
    r4 = C.strips([np.zeros((2, 3)), [], np.ones((1, 3), np.float64)])
    assert r4.offsets.tolist() == [0, 2, 2, 3]
    assert len(C.strips([])) == 0
    r2 = C.strips([[[0, 0], [1, 1]], [[2, 2], [3, 3], [4, 4]]], dim=2)
    assert r2.values.shape == (5, 2)


def test_strips_match_rerun():
    rr = pytest.importorskip("rerun")
    for value in (
        [[[0, 0, 0], [1, 1, 1]], [[2, 2, 2], [3, 3, 3], [4, 4, 4]]],
        np.arange(18).reshape(3, 2, 3),
        np.arange(12).reshape(4, 3),
        [[0, 0, 0], [1, 1, 1]],
    ):
        theirs = rr.LineStrips3D(value).strips.as_arrow_array().to_pylist()
        assert C.strips(value).to_list() == theirs


def test_strips_bad():
    with pytest.raises(C.ComponentError, match=r"strip 1: expected an array of shape \(N, 3\), got \(2, 2\)"):
        C.strips([np.zeros((2, 3)), np.zeros((2, 2))])
    with pytest.raises(C.ComponentError):
        C.strips(5)


def test_ragged_iteration():
    r = C.Ragged(np.arange(12, dtype=np.float32).reshape(4, 3), np.array([0, 1, 4], np.int64))
    assert [len(x) for x in r] == [1, 3]
    assert r.lengths.tolist() == [1, 3]
    with pytest.raises(IndexError):
        r[2]


# -- rotations, matrices, enums ------------------------------------------------------------------


def test_quaternions():
    out = C.quaternions(Quaternion(xyzw=[0, 0, 0, 1]))
    assert out.dtype == np.float32 and out.tolist() == [[0, 0, 0, 1]]
    assert C.quaternions([[0, 0, 0, 1], [1, 0, 0, 0]]).shape == (2, 4)
    assert C.quaternions([Quaternion(xyzw=[0, 0, 0, 1])] * 3).shape == (3, 4)
    with pytest.raises(C.ComponentError, match=r"shape \(N, 4\)"):
        C.quaternions([1, 2, 3])
    with pytest.raises(C.ComponentError, match="bad quaternion"):
        C.quaternions(Quaternion(xyzw=[1, 2]))


def test_rotation_axis_angles():
    out = C.rotation_axis_angles(RotationAxisAngle(axis=[0, 0, 1], degrees=90))
    np.testing.assert_allclose(out, [[0, 0, 1, np.pi / 2]], rtol=1e-7)
    assert out.dtype == np.float32
    kind, arr = C.rotations(RotationAxisAngle([0, 1, 0], 1.0))
    assert kind == "rotation_axis_angles" and arr[0, 3] == np.float32(1.0)
    kind, _ = C.rotations([Quaternion(xyzw=[0, 0, 0, 1])])
    assert kind == "quaternions"
    with pytest.raises(C.ComponentError, match="kind of rotation"):
        C.rotations([0, 0, 0, 1])
    with pytest.raises(C.ComponentError, match="exactly one"):
        C.rotation_axis_angles(RotationAxisAngle([0, 0, 1], 1.0, degrees=3))


def test_mat3x3_row_major():
    m = C.mat3x3([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
    assert m.dtype == np.float32 and m.shape == (1, 3, 3)
    assert m[0, 0].tolist() == [1, 2, 3]  # first row
    flat = C.mat3x3([1, 2, 3, 4, 5, 6, 7, 8, 9])
    np.testing.assert_array_equal(flat, m)  # Rerun reads a flat 9-vector row by row
    assert C.mat3x3(np.zeros((5, 3, 3))).shape == (5, 3, 3)
    assert C.mat3x3(np.zeros((5, 9))).shape == (5, 3, 3)
    with pytest.raises(C.ComponentError, match="3x3"):
        C.mat3x3(np.zeros((2, 2)))


def test_mat3x3_matches_rerun():
    rr = pytest.importorskip("rerun")
    for value in ([1, 2, 3, 4, 5, 6, 7, 8, 9], np.arange(9).reshape(3, 3)):
        col_major = np.array(rr.Transform3D(mat3x3=value).mat3x3.as_arrow_array().to_pylist()[0])
        np.testing.assert_array_equal(C.mat3x3(value)[0], col_major.reshape(3, 3).T)


def test_scale():
    np.testing.assert_array_equal(C.scale3d(2), [[2, 2, 2]])
    np.testing.assert_array_equal(C.scale3d([1, 2, 3]), [[1, 2, 3]])
    assert C.scale3d(np.float32(2)).dtype == np.float32


def test_enums():
    from rerun_nb.datatypes import FillMode, TransformRelation

    assert C.fill_mode(FillMode.Solid).tolist() == [3]
    assert C.fill_mode("solid").tolist() == [3]
    assert C.fill_mode("MajorWireframe").tolist() == [1]
    assert C.relation(TransformRelation.ChildFromParent).tolist() == [2]
    assert C.relation("ParentFromChild").dtype == np.uint8
    with pytest.raises(C.ComponentError, match="unknown fill mode"):
        C.fill_mode("sparkly")


def test_view_coordinates_codes():
    assert C.view_coordinates("RDF").tolist() == [[3, 2, 5]]
    assert C.view_coordinates([3, 5, 1]).dtype == np.uint8
    with pytest.raises(C.ComponentError, match="different axes"):
        C.view_coordinates("RLU")
    with pytest.raises(C.ComponentError):
        C.view_coordinates("XYZ")
