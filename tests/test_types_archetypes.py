"""Archetypes: component identifiers as in rerun-sdk, canonical batches, deferred errors, columns."""

from __future__ import annotations

import numpy as np
import pytest

from rerun_nb import archetypes as A
from rerun_nb.components import Ragged
from rerun_nb.datatypes import Angle, FillMode, Quaternion, RotationAxisAngle, TextLogLevel, TransformRelation
from rerun_nb.errors import BadInput, RerunWarning

ARCHETYPES = [
    A.Points3D,
    A.Points2D,
    A.LineStrips3D,
    A.LineStrips2D,
    A.Boxes3D,
    A.Arrows3D,
    A.Transform3D,
    A.Clear,
    A.Scalars,
    A.TextLog,
    A.ViewCoordinates,
]


@pytest.mark.parametrize("cls", ARCHETYPES, ids=lambda c: c.__name__)
def test_component_identifiers_match_rerun(cls):
    rr = pytest.importorskip("rerun")
    theirs_cls = getattr(rr, cls.__name__)
    theirs = {getattr(theirs_cls, k)().component for k in dir(theirs_cls) if k.startswith("descriptor_")}
    ours = set(cls._component_names.values())
    assert ours == theirs
    assert cls.archetype_name == cls.__name__
    assert all(name == f"{cls.archetype_name}:{f}" for f, name in cls._component_names.items())


@pytest.mark.parametrize("cls", ARCHETYPES, ids=lambda c: c.__name__)
def test_columns_signature_fields_match_rerun(cls):
    rr = pytest.importorskip("rerun")
    import inspect

    theirs = set(inspect.signature(getattr(rr, cls.__name__).columns).parameters)
    assert set(cls._fields) == theirs


@pytest.mark.parametrize(
    "cls", [c for c in ARCHETYPES if c is not A.ViewCoordinates], ids=lambda c: c.__name__
)
def test_constructor_keywords_match_rerun(cls):
    rr = pytest.importorskip("rerun")
    import inspect

    theirs = inspect.signature(getattr(rr, cls.__name__).__init__).parameters
    ours = inspect.signature(cls.__init__).parameters
    assert list(ours) == list(theirs)
    for name, p in theirs.items():
        assert ours[name].kind == p.kind, name


def test_points3d_canonical():
    pos = np.random.default_rng(0).random((100, 3))
    pts = A.Points3D(pos, colors=[255, 0, 0], radii=0.08, labels="p", class_ids=2, keypoint_ids=[1] * 100)
    assert pts._error is None
    b = pts.as_component_batches()
    assert set(b) == {
        "Points3D:positions",
        "Points3D:colors",
        "Points3D:radii",
        "Points3D:labels",
        "Points3D:class_ids",
        "Points3D:keypoint_ids",
    }
    assert b["Points3D:positions"].dtype == np.float32 and b["Points3D:positions"].shape == (100, 3)
    assert b["Points3D:colors"].tolist() == [[255, 0, 0, 255]]
    assert b["Points3D:radii"].dtype == np.float32 and b["Points3D:radii"].shape == (1,)
    assert b["Points3D:labels"].tolist() == ["p"]
    assert b["Points3D:class_ids"].dtype == np.uint16
    assert b["Points3D:keypoint_ids"].shape == (100,)
    assert pts.positions is b["Points3D:positions"]
    assert "Points3D(" in repr(pts) and "positions=float32(100, 3)" in repr(pts)


def test_points_match_rerun_values():
    rr = pytest.importorskip("rerun")
    pos = np.random.default_rng(3).random((10, 3))
    ours = A.Points3D(pos, radii=[0.1] * 10)
    theirs = rr.Points3D(pos, radii=[0.1] * 10)
    np.testing.assert_array_equal(
        ours.positions, np.array(theirs.positions.as_arrow_array().to_pylist(), np.float32)
    )
    np.testing.assert_array_equal(ours.radii, theirs.radii.as_arrow_array().to_numpy())
    p2 = A.Points2D([[1, 2], [3, 4]], draw_order=3)
    assert p2.positions.shape == (2, 2) and p2.draw_order.tolist() == [3.0]


def test_unset_fields_absent():
    b = A.Points3D([[1, 2, 3]]).as_component_batches()
    assert list(b) == ["Points3D:positions"]


@pytest.mark.parametrize(
    ("make", "field", "fragment"),
    [
        (
            lambda: A.Points3D(np.zeros((4, 2))),
            "Points3D.positions",
            "expected an array of shape (N, 3), got (4, 2)",
        ),
        (lambda: A.Points3D([[1, 2, 3]], colors=np.zeros((1, 5))), "Points3D.colors", "(N, 3) or (N, 4)"),
        (
            lambda: A.Points3D([[1, 2, 3]], radii="big"),
            "Points3D.radii",
            "could not convert 'big' to float32",
        ),
        (lambda: A.Points3D([[1, 2, 3], [4, 5]]), "Points3D.positions", "ragged"),
        (lambda: A.LineStrips3D([np.zeros((2, 3)), np.zeros((3, 2))]), "LineStrips3D.strips", "strip 1"),
        (lambda: A.Scalars("abc"), "Scalars.scalars", "could not convert 'abc' to float64"),
        (lambda: A.Transform3D(translation=[1, 2]), "Transform3D.translation", "got (2,)"),
        (lambda: A.Transform3D(mat3x3=np.eye(2)), "Transform3D.mat3x3", "3x3"),
        (lambda: A.Transform3D(rotation=[0, 0, 0, 1]), "Transform3D.rotation", "kind of rotation"),
        (lambda: A.Transform3D(relation="sideways"), "Transform3D.relation", "unknown transform relation"),
        (lambda: A.Boxes3D(half_sizes=[1, 1], centers=[0, 0, 0]), "Boxes3D.half_sizes", "got (2,)"),
        (lambda: A.Arrows3D(vectors="up"), "Arrows3D.vectors", "could not convert 'up'"),
        (lambda: A.TextLog("x", color="red"), "TextLog.color", "could not convert 'red'"),
        (lambda: A.ViewCoordinates("XYZ"), "ViewCoordinates.xyz", "U D R L F B"),
        (lambda: A.Clear(recursive="yes"), "Clear.recursive", "True or False"),
    ],
)
def test_bad_input_sets_error_and_never_raises(make, field, fragment):
    arch = make()
    assert isinstance(arch._error, BadInput)
    assert arch._error.field == field
    assert fragment in arch._error.message, arch._error.message


def test_first_problem_wins_and_bad_field_is_dropped():
    pts = A.Points3D(np.zeros((4, 2)), colors="red", radii=0.5)
    assert pts._error.field == "Points3D.positions"
    b = pts.as_component_batches()
    assert "Points3D:positions" not in b and "Points3D:radii" in b


def test_is_type_flag():
    assert A.Points3D([["a", "b", "c"]])._error.is_type
    assert not A.Points3D(np.zeros((4, 2)))._error.is_type


def test_no_alias_of_user_arrays():
    user = np.zeros((5, 3), np.float32)
    pts = A.Points3D(user, colors=np.zeros((5, 4), np.uint8), radii=np.ones(5, np.float32))
    user[:] = 1
    assert pts.positions.max() == 0


# -- LineStrips ----------------------------------------------------------------------------------


def test_line_strips():
    ls = A.LineStrips3D(
        [[[0, 0, 0], [1, 1, 1]], [[2, 2, 2], [3, 3, 3], [4, 4, 4]]], radii=0.01, colors=[0, 0, 255]
    )
    assert ls._error is None
    b = ls.as_component_batches()
    assert isinstance(b["LineStrips3D:strips"], Ragged)
    assert b["LineStrips3D:strips"].offsets.tolist() == [0, 2, 5]
    ls2 = A.LineStrips2D([[[0, 0], [1, 1]]], draw_order=1)
    assert ls2.strips.values.shape == (2, 2)


# -- Transform3D ---------------------------------------------------------------------------------

TRANSFORM_FIELDS = {
    "Transform3D:translation": (np.float32, (0, 3)),
    "Transform3D:rotation_axis_angle": (np.float32, (0, 4)),
    "Transform3D:quaternion": (np.float32, (0, 4)),
    "Transform3D:scale": (np.float32, (0, 3)),
    "Transform3D:mat3x3": (np.float32, (0, 3, 3)),
    "Transform3D:relation": (np.uint8, (0,)),
    "Transform3D:child_frame": (object, (0,)),
    "Transform3D:parent_frame": (object, (0,)),
}


def test_transform_stores_only_what_was_given_as_rerun_041():
    # Rerun 0.41 stores only the given fields; "replaces the whole transform" is resolved at query time
    # (tests/test_semantics.py). Before, every field was stored, the unset ones as empty batches.
    tf = A.Transform3D(translation=[1, 2, 3])
    b = tf.as_component_batches()
    assert set(b) == {"Transform3D:translation"}
    assert b["Transform3D:translation"].tolist() == [[1, 2, 3]]
    assert tf.rotation_axis_angle is None  # attributes stay None for unset fields
    assert A.Transform3D().as_component_batches() == {}


def test_transform_rotations():
    tf = A.Transform3D(rotation=RotationAxisAngle(axis=[0, 0, 1], degrees=90))
    np.testing.assert_allclose(tf.rotation_axis_angle, [[0, 0, 1, np.pi / 2]], rtol=1e-6)
    assert "Transform3D:quaternion" not in tf.as_component_batches()
    tf = A.Transform3D(rotation=Quaternion(xyzw=[0, 0, 1, 0]))
    assert tf.quaternion.tolist() == [[0, 0, 1, 0]]
    assert A.Transform3D(quaternion=[0, 0, 0, 1]).quaternion.dtype == np.float32
    tf = A.Transform3D(rotation_axis_angle=RotationAxisAngle([1, 0, 0], Angle(deg=180)))
    assert tf.rotation_axis_angle[0, 3] == np.float32(np.pi)
    assert A.Transform3D(rotation=Quaternion(xyzw=[0, 0, 0, 1]), quaternion=[0, 0, 0, 1])._error is not None


def test_transform_scale_mat_relation():
    assert A.Transform3D(scale=2).scale.tolist() == [[2, 2, 2]]
    assert A.Transform3D(scale=[1, 2, 3]).scale.tolist() == [[1, 2, 3]]
    m = A.Transform3D(mat3x3=[1, 2, 3, 4, 5, 6, 7, 8, 9]).mat3x3
    assert m.shape == (1, 3, 3) and m[0, 0].tolist() == [1, 2, 3]
    assert A.Transform3D(relation=TransformRelation.ChildFromParent).relation.tolist() == [2]
    assert A.Transform3D(from_parent=True).relation.tolist() == [2]
    assert A.Transform3D(from_parent=False).relation.tolist() == [1]
    assert A.Transform3D(relation="ParentFromChild").relation.tolist() == [1]
    assert A.Transform3D(from_parent=True, relation=1)._error.field == "Transform3D.from_parent"
    assert A.Transform3D(translation=np.zeros((2, 3)))._error.field == "Transform3D.translation"


def test_transform_matches_rerun():
    rr = pytest.importorskip("rerun")
    kwargs = dict(
        translation=[1, 2, 3],
        rotation=rr.RotationAxisAngle(axis=[0, 1, 0], degrees=30),
        scale=[1, 2, 3],
    )
    theirs = rr.Transform3D(**kwargs)
    ours = A.Transform3D(
        translation=[1, 2, 3], rotation=RotationAxisAngle(axis=[0, 1, 0], degrees=30), scale=[1, 2, 3]
    )
    raa = theirs.rotation_axis_angle.as_arrow_array().to_pylist()[0]
    np.testing.assert_array_equal(ours.rotation_axis_angle[0, :3], raa["axis"])
    assert ours.rotation_axis_angle[0, 3] == np.float32(raa["angle"])
    np.testing.assert_array_equal(ours.scale[0], theirs.scale.as_arrow_array().to_pylist()[0])


# -- Boxes3D, Arrows3D ---------------------------------------------------------------------------


def test_boxes():
    bx = A.Boxes3D(sizes=[[2, 4, 6]], mins=[[0, 0, 0]], fill_mode="solid", labels=["a"])
    assert bx._error is None
    assert bx.half_sizes.tolist() == [[1, 2, 3]] and bx.centers.tolist() == [[1, 2, 3]]
    assert bx.fill_mode.tolist() == [3]
    assert A.Boxes3D(half_sizes=[1, 1, 1], fill_mode=FillMode.MajorWireframe).fill_mode.tolist() == [1]
    b = A.Boxes3D(half_sizes=[1, 1, 1], rotations=[RotationAxisAngle([0, 1, 0], 1.0)]).as_component_batches()
    # as Rerun: the other rotation kind is logged empty
    assert b["Boxes3D:rotation_axis_angles"].shape == (1, 4) and b["Boxes3D:quaternions"].shape == (0, 4)
    b = A.Boxes3D(half_sizes=[1, 1, 1], quaternions=[[0, 0, 0, 1], [0, 0, 1, 0]]).as_component_batches()
    assert b["Boxes3D:quaternions"].shape == (2, 4) and "Boxes3D:rotation_axis_angles" not in b
    with pytest.warns(RerunWarning, match="without sizes"):  # as Rerun: half sizes of 1
        alone = A.Boxes3D(mins=[0, 0, 0])
    assert alone.half_sizes.tolist() == [[1, 1, 1]] and alone.centers.tolist() == [[1, 1, 1]]


def test_boxes_match_rerun():
    rr = pytest.importorskip("rerun")
    theirs = rr.Boxes3D(sizes=[[2, 4, 6], [1, 1, 1]], mins=[[0, 0, 0], [-1, 2, 0.5]])
    ours = A.Boxes3D(sizes=[[2, 4, 6], [1, 1, 1]], mins=[[0, 0, 0], [-1, 2, 0.5]])
    np.testing.assert_array_equal(ours.half_sizes, theirs.half_sizes.as_arrow_array().to_pylist())
    np.testing.assert_array_equal(ours.centers, theirs.centers.as_arrow_array().to_pylist())


def test_arrows():
    ar = A.Arrows3D(vectors=[[1, 0, 0], [0, 1, 0]], origins=[0, 0, 0], colors=[[255, 0, 0], [0, 255, 0]])
    assert ar._error is None
    assert set(ar.as_component_batches()) == {"Arrows3D:vectors", "Arrows3D:origins", "Arrows3D:colors"}


# -- Clear, Scalars, TextLog, ViewCoordinates ----------------------------------------------------


def test_clear():
    assert A.Clear(recursive=True).as_component_batches()["Clear:is_recursive"].tolist() == [True]
    assert A.Clear.flat().is_recursive.tolist() == [False]
    assert A.Clear.recursive().is_recursive.dtype == np.bool_
    with pytest.raises(TypeError):
        A.Clear()  # recursive= is required, as in Rerun


def test_scalars():
    s = A.Scalars(0.1)
    assert s.scalars.dtype == np.float64 and s.scalars.tolist() == [0.1]
    assert A.Scalars(np.arange(3)).as_component_batches()["Scalars:scalars"].shape == (3,)


def test_text_log():
    t = A.TextLog("hello", level=TextLogLevel.WARN, color=[255, 0, 0])
    b = t.as_component_batches()
    assert b["TextLog:text"].tolist() == ["hello"] and b["TextLog:level"].tolist() == ["WARN"]
    assert b["TextLog:color"].tolist() == [[255, 0, 0, 255]]
    assert TextLogLevel.INFO == "INFO" and TextLogLevel.CRITICAL == "CRITICAL"


def test_view_coordinates_match_rerun():
    rr = pytest.importorskip("rerun")
    names = [k for k in dir(rr.ViewCoordinates) if k.isupper() and k != "NAME"]
    assert len(names) == 60
    for name in names:
        theirs = getattr(rr.ViewCoordinates, name).as_component_batches()[0]
        ours = getattr(A.ViewCoordinates, name)
        assert ours.xyz.dtype == np.uint8
        assert ours.xyz.tolist() == theirs.as_arrow_array().to_pylist(), name


# -- columns -------------------------------------------------------------------------------------


def test_columns_default_one_row_per_value():
    cols = A.Points3D.columns(positions=np.arange(12).reshape(4, 3), radii=[1, 2, 3, 4])
    assert cols._error is None
    assert [c.name for c in cols] == ["Points3D:positions", "Points3D:radii"]
    assert cols[0].values.dtype == np.float32 and cols[0].values.shape == (4, 3)
    assert cols[0].lengths.dtype == np.int64 and cols[0].lengths.tolist() == [1, 1, 1, 1]


def test_columns_partition():
    cols = A.Points3D.columns(positions=np.arange(12).reshape(4, 3)).partition([1, 3])
    assert cols._error is None
    assert cols[0].lengths.tolist() == [1, 3] and cols[0].offsets.tolist() == [0, 1, 4]
    assert len(cols[0]) == 2
    # a column alone partitions too, and the original is untouched
    c = A.Scalars.columns(scalars=np.arange(6))[0]
    assert c.partition([2, 2, 2]).lengths.tolist() == [2, 2, 2] and c.lengths.tolist() == [1] * 6


@pytest.mark.parametrize(
    ("lengths", "fragment"),
    [
        ([1, 2], "sum to 3 but the column has 4 values"),
        ([5, -1], "non-negative, got -1 at row 1"),
        ([1.5, 2.5], "expected integers"),
        ("ab", "expected a list of integers"),
        ([[1, 3]], "1-D"),
    ],
)
def test_columns_partition_bad(lengths, fragment):
    cols = A.Points3D.columns(positions=np.arange(12).reshape(4, 3)).partition(lengths)
    assert isinstance(cols._error, BadInput)
    assert fragment in cols._error.message
    assert "Points3D:positions" in cols._error.field


def test_columns_bad_values_and_unknown_field():
    cols = A.Points3D.columns(positions=np.zeros((4, 2)), radii=[1, 2, 3, 4])
    assert cols._error.field == "Points3D.positions" and "(4, 2)" in cols._error.message
    assert [c.name for c in cols] == ["Points3D:radii"]
    with pytest.raises(TypeError):
        A.Points3D.columns(bogus=[1])


def test_columns_other_archetypes():
    cols = A.Transform3D.columns(translation=[[1, 2, 3], [4, 5, 6]], mat3x3=np.zeros((2, 9)))
    assert cols[0].values.shape == (2, 3) and cols[1].values.shape == (2, 3, 3)
    cols = A.LineStrips3D.columns(strips=[np.zeros((2, 3)), np.zeros((3, 3))]).partition([2])
    assert cols._error is None and isinstance(cols[0].values, Ragged)
    assert A.Clear.columns(is_recursive=[True, False])[0].values.dtype == np.bool_
    assert A.TextLog.columns(text=["a", "b"], level=["INFO", "WARN"])[1].values.tolist() == ["INFO", "WARN"]


def test_cleared():
    b = A.Points3D.cleared().as_component_batches()
    assert set(b) == set(A.Points3D._component_names.values())
    assert all(len(v) == 0 for v in b.values())
