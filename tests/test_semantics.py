"""Conformance with Rerun's documented semantics: latest-at, static, clears, transforms, timelines, threads."""

from __future__ import annotations

import datetime as dt
import threading
import warnings

import numpy as np
import pytest

import rerun_nb as rr


@pytest.fixture
def rec():
    return rr.RecordingStream("rerun_example_semantics")


def pos(rec, path, timeline="t", time=None):
    return rec.latest_at(path, timeline=timeline, time=time).get("Points3D:positions")


# -- latest-at ----------------------------------------------------------------------------------------


def test_latest_at_takes_greatest_time_at_or_before(rec):
    for t in (0.0, 1.0, 2.0):
        rec.set_time("t", duration=t)
        rec.log("p", rr.Points3D([[t, 0, 0]]))
    assert pos(rec, "p", time=-0.5) is None
    assert pos(rec, "p", time=0.0)[0, 0] == 0.0
    assert pos(rec, "p", time=1.5)[0, 0] == 1.0
    assert pos(rec, "p", time=2.0)[0, 0] == 2.0
    assert pos(rec, "p", time=100)[0, 0] == 2.0


def test_ties_at_the_same_time_go_to_the_row_logged_last(rec):
    rec.set_time("t", sequence=5)
    rec.log("p", rr.Points3D([[1, 0, 0]]))
    rec.log("p", rr.Points3D([[2, 0, 0]]))
    assert pos(rec, "p", time=5)[0, 0] == 2.0


def test_out_of_order_logging_is_sorted_by_time(rec):
    for t in (3, 1, 2, 0):
        rec.set_time("t", sequence=t)
        rec.log("p", rr.Points3D([[t, 0, 0]]))
    assert [pos(rec, "p", time=t)[0, 0] for t in range(4)] == [0, 1, 2, 3]


def test_rows_without_the_timeline_are_invisible_there(rec):
    rec.log("early", rr.Points3D([[0, 0, 0]]))  # only log_time
    rec.set_time("t", duration=0)
    rec.log("late", rr.Points3D([[1, 0, 0]]))
    assert rec.latest_at("early", timeline="t", time=10) == {}
    assert pos(rec, "late", time=10) is not None
    assert pos(rec, "early", timeline="log_time") is not None


def test_components_are_independent(rec):
    rec.set_time("t", sequence=0)
    rec.log("p", rr.Points3D([[1, 2, 3]], colors=[255, 0, 0]))
    rec.set_time("t", sequence=1)
    rec.log("p", rr.Points3D.from_fields(colors=[0, 255, 0]))
    got = rec.latest_at("p", timeline="t", time=1)
    assert got["Points3D:positions"].tolist() == [[1, 2, 3]]
    assert got["Points3D:colors"].tolist() == [[0, 255, 0, 255]]
    assert rec.latest_at("p", timeline="t", time=0)["Points3D:colors"].tolist() == [[255, 0, 0, 255]]


def test_static_is_visible_everywhere_and_shadows_temporal(rec):
    rec.set_time("t", sequence=10)
    rec.log("p", rr.Points3D([[1, 0, 0]]))
    rec.log("p", rr.Points3D([[9, 9, 9]]), static=True)
    rec.set_time("t", sequence=20)
    rec.log("p", rr.Points3D([[2, 0, 0]]))
    for t in (0, 10, 20, 30):
        assert pos(rec, "p", time=t).tolist() == [[9, 9, 9]]
    assert pos(rec, "p", timeline=None).tolist() == [[9, 9, 9]]
    assert pos(rec, "p", timeline="log_time").tolist() == [[9, 9, 9]]


def test_last_static_write_wins(rec):
    rec.log("p", rr.Points3D([[1, 0, 0]]), static=True)
    rec.log("p", rr.Points3D([[2, 0, 0]]), static=True)
    assert pos(rec, "p", timeline=None).tolist() == [[2, 0, 0]]


def test_splatting_keeps_one_instance(rec):
    rec.set_time("t", sequence=0)
    rec.log("p", rr.Points3D(np.zeros((5, 3)), radii=0.5, colors=[1, 2, 3]))
    got = rec.latest_at("p", timeline="t", time=0)
    assert got["Points3D:radii"].tolist() == [0.5]
    assert got["Points3D:colors"].tolist() == [[1, 2, 3, 255]]


# -- clears -------------------------------------------------------------------------------------------


def test_flat_clear_empties_only_the_entity_until_new_data(rec):
    rec.set_time("t", sequence=0)
    rec.log("a", rr.Points3D([[0, 0, 0]]))
    rec.log("a/b", rr.Points3D([[1, 0, 0]]))
    rec.set_time("t", sequence=1)
    rec.log("a", rr.Clear(recursive=False))
    assert rec.latest_at("a", timeline="t", time=1) == {}
    assert pos(rec, "a", time=0) is not None
    assert pos(rec, "a/b", time=5) is not None
    rec.set_time("t", sequence=3)
    rec.log("a", rr.Points3D([[3, 0, 0]]))
    assert rec.latest_at("a", timeline="t", time=2) == {}
    assert pos(rec, "a", time=3).tolist() == [[3, 0, 0]]


def test_recursive_clear_empties_descendants_and_range_still_sees_them(rec):
    rec.set_time("t", sequence=0)
    rec.log("a/b", rr.Points3D([[1, 0, 0]]))
    rec.log("a/b/c", rr.Points3D([[2, 0, 0]]))
    rec.log("ab", rr.Points3D([[3, 0, 0]]))  # not a descendant of "a"
    rec.set_time("t", sequence=1)
    rec.log("a", rr.Clear(recursive=True))
    assert rec.latest_at("a/b", timeline="t", time=1) == {}
    assert rec.latest_at("a/b/c", timeline="t", time=1) == {}
    assert pos(rec, "ab", time=1) is not None
    assert "a/b/c" not in rec.scene(timeline="t", time=1).entities
    assert "a/b/c" in rec.scene(timeline="t", time=0).entities
    r = rec.range("a/b/c", timeline="t", start=0, end=10)
    assert [v.tolist() for _, v in r["Points3D:positions"]] == [[[2, 0, 0]]]


def test_clear_at_the_same_time_orders_by_log_order(rec):
    rec.set_time("t", sequence=1)
    rec.log("a", rr.Clear(recursive=False))
    rec.log("a", rr.Points3D([[1, 0, 0]]))
    assert pos(rec, "a", time=1) is not None
    rec.log("a", rr.Clear(recursive=False))
    assert rec.latest_at("a", timeline="t", time=1) == {}


# -- transforms ---------------------------------------------------------------------------------------


def test_transform_hierarchy_composes_down_the_tree(rec):
    rec.log("sun", rr.Transform3D(translation=[6, 0, 0]), static=True)
    rec.log("sun/planet", rr.Transform3D(translation=[3, 0, 0]), static=True)
    m = rec.world_from_entity("sun/planet/moon")
    assert m[:3, 3].tolist() == [9.0, 0.0, 0.0]
    assert rec.world_from_entity("sun")[:3, 3].tolist() == [6.0, 0.0, 0.0]


def test_transform_order_is_translation_rotation_scale_mat3(rec):
    mat = np.array([[1, 2, 0], [0, 1, 0], [0, 0, 1]], dtype=np.float32)
    rec.log(
        "e",
        rr.Transform3D(
            translation=[1, 2, 3],
            rotation=rr.RotationAxisAngle(axis=[0, 0, 1], degrees=90),
            scale=2.0,
            mat3x3=mat,
        ),
        static=True,
    )
    got = rec.world_from_entity("e")
    rot = np.array([[0, -1, 0], [1, 0, 0], [0, 0, 1]], float)
    expected = np.eye(4)
    expected[:3, :3] = rot @ (2 * np.eye(3)) @ mat
    expected[:3, 3] = [1, 2, 3]
    np.testing.assert_allclose(got, expected, atol=1e-6)


def test_quaternion_rotation(rec):
    s = np.sqrt(0.5)
    rec.log("q", rr.Transform3D(rotation=rr.Quaternion(xyzw=[0, 0, s, s])), static=True)
    m = rec.world_from_entity("q")
    np.testing.assert_allclose(m[:3, :3] @ [1, 0, 0], [0, 1, 0], atol=1e-6)


def test_child_from_parent_relation_inverts(rec):
    rec.log(
        "c", rr.Transform3D(translation=[1, 0, 0], relation=rr.TransformRelation.ChildFromParent), static=True
    )
    assert rec.world_from_entity("c")[:3, 3].tolist() == [-1.0, 0.0, 0.0]
    rec.log("d", rr.Transform3D(translation=[1, 0, 0], from_parent=True), static=True)
    assert rec.world_from_entity("d")[:3, 3].tolist() == [-1.0, 0.0, 0.0]


def test_logging_a_transform_replaces_the_whole_transform(rec):
    rec.set_time("t", sequence=0)
    rec.log("e", rr.Transform3D(translation=[5, 0, 0], scale=3))
    rec.set_time("t", sequence=1)
    rec.log("e", rr.Transform3D(rotation=rr.RotationAxisAngle(axis=[0, 0, 1], radians=0.0)))
    m = rec.world_from_entity("e", timeline="t", time=1)
    np.testing.assert_allclose(m, np.eye(4), atol=1e-7)
    # As Rerun 0.41 stores it: only the given fields; component-wise latest-at still sees the older
    # translation, the transform (resolved from the archetype's newest row) does not use it.
    assert rec.latest_at("e", timeline="t", time=1)["Transform3D:translation"].tolist() == [[5, 0, 0]]
    assert rec.world_from_entity("e", timeline="t", time=0)[0, 3] == 5.0
    sc = rec.scene(timeline="t", time=1)
    np.testing.assert_allclose(sc.entities["e"].world_from_entity, np.eye(4), atol=1e-7)


# -- timelines ----------------------------------------------------------------------------------------


def test_time_kinds_and_time_objects(rec):
    rec.set_time("dur", duration=dt.timedelta(seconds=2, milliseconds=500))
    rec.set_time("stamp", timestamp=dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc))
    rec.set_time("seq", sequence=np.int64(7))
    rec.log("p", rr.Points3D([[0, 0, 0]]))
    rec.set_time("dur", duration=np.timedelta64(3, "s"))
    rec.set_time("stamp", timestamp=np.datetime64("2024-01-02T03:04:06"))
    rec.log("p", rr.Points3D([[1, 0, 0]]))
    tl = rec.timelines()
    assert tl["dur"] == ("duration", 2.5, 3.0)
    assert tl["seq"] == ("sequence", 7, 7)
    assert tl["stamp"][0] == "timestamp"
    assert tl["stamp"][1] == dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc).timestamp()
    assert pos(rec, "p", timeline="dur", time=dt.timedelta(seconds=2.7))[0, 0] == 0
    assert pos(rec, "p", timeline="stamp", time=np.datetime64("2024-01-02T03:04:07"))[0, 0] == 1


def test_legacy_time_setters(rec):
    rec.set_time_seconds("s", 1.25)
    rec.set_time_sequence("q", 3)
    rec.set_time_nanos("n", 1_500)
    rec.log("p", rr.Points3D([[0, 0, 0]]))
    tl = rec.timelines()
    assert tl["s"] == ("duration", 1.25, 1.25)
    assert tl["q"] == ("sequence", 3, 3)
    assert tl["n"] == ("duration", 1.5e-6, 1.5e-6)


def test_timeline_kind_is_fixed_by_first_use(rec):
    rec.set_time("t", duration=1.0)
    rec.log("p", rr.Points3D([[0, 0, 0]]))
    with pytest.warns(rr.RerunWarning, match=r"'t' is a duration timeline"):
        rec.set_time("t", sequence=2)
    rr.set_strict_mode(True)
    try:
        with pytest.raises(rr.BadValueError, match="duration timeline"):
            rec.set_time("t", sequence=2)
    finally:
        rr.set_strict_mode(False)
    assert rec.timelines()["t"] == ("duration", 1.0, 1.0)


def test_log_time_default_and_log_tick_opt_in(rec):
    rec.log("a", rr.Points3D([[0, 0, 0]]))
    assert "log_time" in rec.timelines() and "log_tick" not in rec.timelines()
    rec.set_log_tick_enabled(True)
    rec.log("a", rr.Points3D([[1, 0, 0]]))
    rec.log("a", rr.Points3D([[2, 0, 0]]))
    assert rec.timelines()["log_tick"] == ("sequence", 0, 1)
    rec.set_log_time_enabled(False)
    rec.set_time("t", sequence=0)
    rec.log("b", rr.Points3D([[0, 0, 0]]))
    assert rec.latest_at("b", timeline="log_time") == {}


def test_disable_timeline_and_reset_time(rec):
    rec.set_time("a", sequence=1)
    rec.set_time("b", sequence=1)
    rec.disable_timeline("a")
    rec.log("x", rr.Points3D([[0, 0, 0]]))
    assert rec.latest_at("x", timeline="a", time=5) == {}
    assert rec.latest_at("x", timeline="b", time=5) != {}
    rec.reset_time()
    rec.log("y", rr.Points3D([[0, 0, 0]]))
    assert rec.latest_at("y", timeline="b", time=5) == {}


def test_time_cursor_is_per_thread(rec):
    rec.set_time("t", sequence=1)

    def other():
        rec.log("from_thread", rr.Points3D([[0, 0, 0]]))

    th = threading.Thread(target=other)
    th.start()
    th.join()
    rec.log("from_main", rr.Points3D([[0, 0, 0]]))
    assert rec.latest_at("from_thread", timeline="t", time=5) == {}
    assert rec.latest_at("from_main", timeline="t", time=5) != {}


def test_eight_threads_lose_no_row(rec):
    n_per = 2000

    def worker(k):
        rec.set_time("step", sequence=0)
        for i in range(n_per):
            rec.set_time("step", sequence=i)
            rec.log(f"w{k}", rr.Points3D([[k, i, 0]]))

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    table = rec.to_arrow()
    assert table.num_rows == 8 * n_per
    assert len(set(table.column("row_id").to_pylist())) == 8 * n_per
    for k in range(8):
        r = rec.range(f"w{k}", timeline="step")
        assert [int(v[0, 1]) for _, v in r["Points3D:positions"]] == list(range(n_per))


# -- send_columns -------------------------------------------------------------------------------------


def test_send_columns_partitions_rows(rec):
    times = np.arange(4) * 0.5
    positions = np.arange(10 * 3, dtype=np.float32).reshape(10, 3)
    rec.send_columns(
        "pts",
        indexes=[rr.TimeColumn("time", duration=times)],
        columns=rr.Points3D.columns(positions=positions).partition(lengths=[1, 2, 3, 4]),
    )
    assert pos(rec, "pts", timeline="time", time=0.5).tolist() == positions[1:3].tolist()
    assert pos(rec, "pts", timeline="time", time=10).tolist() == positions[6:10].tolist()
    assert "log_time" not in rec.timelines()


def test_send_columns_scalars_one_per_row(rec):
    rec.send_columns(
        "s",
        indexes=[rr.TimeColumn("step", sequence=range(100))],
        columns=rr.Scalars.columns(scalars=np.arange(100.0)),
    )
    assert rec.latest_at("s", timeline="step", time=42)["Scalars:scalars"].tolist() == [42.0]


@pytest.mark.parametrize(
    "kwargs, match",
    [
        (dict(lengths=[1, 2, 7]), "3 rows of values but 4 times"),
        (dict(lengths=[1, 1, 1, 1]), "sum"),
        (dict(lengths=[5, 5, -1, 1]), ""),
    ],
)
def test_send_columns_bad_partitions_warn_and_keep_earlier_data(rec, kwargs, match):
    rec.set_time("time", duration=0)
    rec.log("pts", rr.Points3D([[7, 7, 7]]))
    cols = rr.Points3D.columns(positions=np.zeros((10, 3))).partition(**kwargs)
    with pytest.warns(rr.RerunWarning, match=match):
        rec.send_columns("pts", indexes=[rr.TimeColumn("time", duration=[0.1, 0.2, 0.3, 0.4])], columns=cols)
    assert pos(rec, "pts", timeline="time", time=1).tolist() == [[7, 7, 7]]


def test_send_columns_mismatched_index_lengths(rec):
    with pytest.warns(rr.RerunWarning, match="different lengths"):
        rec.send_columns(
            "s",
            indexes=[rr.TimeColumn("a", sequence=[0, 1]), rr.TimeColumn("b", sequence=[0, 1, 2])],
            columns=rr.Scalars.columns(scalars=[1.0, 2.0]),
        )
    assert rec.entity_paths() == []


# -- bad input ----------------------------------------------------------------------------------------


def test_bad_batch_warns_names_path_and_field_and_keeps_data(rec):
    rec.set_time("t", sequence=0)
    rec.log("good", rr.Points3D([[1, 2, 3]]))
    with pytest.warns(rr.RerunWarning, match=r"'bad/path'.*Points3D\.positions"):
        rec.log("bad/path", rr.Points3D([[1, 2]]))
    with pytest.warns(rr.RerunWarning, match=r"'good'.*Points3D\.radii"):
        rec.log("good", rr.Points3D([[5, 5, 5]], radii="big"))
    assert pos(rec, "good", time=0).tolist() == [[1, 2, 3]]
    assert rec.entity_paths() == ["good"]


def test_strict_mode_raises_our_error_types(rec):
    strict = rr.RecordingStream("strict", strict=True)
    with pytest.raises(rr.BadValueError, match=r"'p'.*positions"):
        strict.log("p", rr.Points3D(np.zeros((3, 4))))
    with pytest.raises(rr.BadTypeError, match=r"'p'.*positions"):
        strict.log("p", rr.Points3D([["a", "b", "c"]]))
    with pytest.raises(TypeError):
        strict.log("p", object())
    with pytest.raises(rr.BadTypeError, match="entity_path"):
        strict.log(42, rr.Points3D([[0, 0, 0]]))
    assert strict.entity_paths() == []


def test_per_call_strict_and_global_strict(rec):
    with pytest.raises(ValueError):
        rec.log("p", rr.Points3D(np.zeros((3, 4))), strict=True)
    rr.set_strict_mode(True)
    try:
        with pytest.raises(ValueError):
            rr.log("p", rr.Points3D(np.zeros((3, 4))), recording=rec)
    finally:
        rr.set_strict_mode(False)


def test_bad_entity_paths(rec):
    with pytest.warns(rr.RerunWarning, match="entity_path"):
        rec.log(3.5, rr.Points3D([[0, 0, 0]]))
    with pytest.warns(rr.RerunWarning, match="backslash"):
        rec.log("a\\", rr.Points3D([[0, 0, 0]]))
    with pytest.warns(rr.RerunWarning, match="unicode escape"):
        rec.log("a\\u{zz}", rr.Points3D([[0, 0, 0]]))
    assert rec.entity_paths() == []


def test_entity_paths_are_canonical(rec):
    rec.log("/a//b/", rr.Points3D([[0, 0, 0]]))
    rec.log(["a", "c d"], rr.Points3D([[0, 0, 0]]))
    assert rec.entity_paths() == ["a/b", "a/c\\ d"]
    assert rec.latest_at("/a/b", timeline="log_time") != {}
    assert rr.escape_entity_path_part("c d") == "c\\ d"


def test_bad_time_values_warn(rec):
    with pytest.warns(rr.RerunWarning, match="exactly one"):
        rec.set_time("t")
    with pytest.warns(rr.RerunWarning, match="integer"):
        rec.set_time("t", sequence=1.5)
    with pytest.warns(rr.RerunWarning, match="milliseconds"):
        rec.set_time("ts", timestamp=1.7e12)
    with pytest.warns(rr.RerunWarning, match="finite"):
        rec.set_time("d", duration=float("nan"))


def test_no_warning_for_good_input(rec):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rec.set_time("t", duration=0.5)
        rec.log("p", rr.Points3D([[0, 0, 0]], colors=0xFF0000FF, radii=[0.1]))


# -- recordings ---------------------------------------------------------------------------------------


def test_global_thread_local_and_explicit_recordings():
    rr.init("rerun_example_global", recording_id="abc")
    g = rr.get_global_data_recording()
    assert (g.application_id, g.recording_id) == ("rerun_example_global", "abc")
    other = rr.new_recording("other")
    rr.log("x", rr.Points3D([[0, 0, 0]]), recording=other)
    assert other.entity_paths() == ["x"] and g.entity_paths() == []
    prev = rr.set_thread_local_data_recording(other)
    try:
        rr.log("y", rr.Points3D([[0, 0, 0]]))
    finally:
        rr.set_thread_local_data_recording(prev)
    assert other.entity_paths() == ["x", "y"]
    rr.set_global_data_recording(other)
    assert rr.get_global_data_recording() is other


def test_to_arrow_has_one_row_per_logged_row(rec):
    rec.set_time("t", sequence=0)
    rec.log("a", rr.Points3D([[0, 0, 0], [1, 1, 1]], labels=["x", "y"]))
    rec.log("b", rr.LineStrips3D([[[0, 0, 0], [1, 0, 0]], [[0, 1, 0], [0, 2, 0], [0, 3, 0]]]))
    rec.log("c", rr.TextLog("hello", level=rr.TextLogLevel.INFO))
    table = rec.to_arrow()
    assert table.num_rows == 3
    assert set(table.column_names) >= {"entity_path", "row_id", "t", "log_time", "Points3D:positions"}
    rows = table.drop_columns(["log_time"]).to_pylist()
    assert rows[0]["Points3D:labels"] == ["x", "y"]
    assert rows[1]["LineStrips3D:strips"] == [[[0, 0, 0], [1, 0, 0]], [[0, 1, 0], [0, 2, 0], [0, 3, 0]]]
    assert rows[2]["TextLog:text"] == ["hello"]
    strips = rec.latest_at("b", timeline="t", time=0)["LineStrips3D:strips"]
    assert [s.shape for s in strips] == [(2, 3), (3, 3)]


def test_range_query(rec):
    for i in range(10):
        rec.set_time("t", sequence=i)
        rec.log("s", rr.Scalars(float(i)))
    r = rec.range("s", timeline="t", start=3, end=6)
    assert [(t, v.tolist()) for t, v in r["Scalars:scalars"]] == [
        (3, [3.0]),
        (4, [4.0]),
        (5, [5.0]),
        (6, [6.0]),
    ]


def test_unknown_timeline_in_a_query_is_a_clear_error(rec):
    rec.log("p", rr.Points3D([[0, 0, 0]]))
    with pytest.raises(ValueError, match="unknown timeline 'nope'"):
        rec.latest_at("p", timeline="nope", time=0)


def test_many_rows_seal_into_chunks_and_stay_queryable(rec):
    for i in range(10_000):
        rec.set_time("t", sequence=i)
        rec.log("p", rr.Points3D([[i, 0, 0]]))
    assert len(rec.store.chunks()) >= 2
    for t in (0, 4095, 4096, 9999):
        assert pos(rec, "p", time=t)[0, 0] == t


def test_query_at_a_timestamp_read_back_as_float_finds_the_row(rec):
    # 99% of nanosecond timestamps do not survive a round trip through float seconds.
    for k in range(50):
        rec.set_time("stamp", timestamp=np.datetime64(1_795_785_138_748_370_417 + 7919 * k, "ns"))
        rec.log(f"p{k}", rr.Points3D([[k, 0, 0]]))
        hi = rec.timelines()["stamp"][2]
        assert pos(rec, f"p{k}", timeline="stamp", time=hi)[0, 0] == k
