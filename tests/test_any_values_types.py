"""A user component whose type changes (issue 13): as in Rerun 0.41, only that component is dropped, with a
warning naming the entity path and the field; the other components of the same log are stored."""

from __future__ import annotations

import numpy as np
import pytest

import rerun_nb as rr


def test_changed_type_drops_only_that_component():
    rec = rr.RecordingStream("any_types")
    rec.set_time("t", sequence=0)
    rec.log("e", rr.AnyValues(tc_a=1.0, tc_b="x"))
    rec.set_time("t", sequence=1)
    with pytest.warns(rr.RerunWarning) as w:
        rec.log("e", rr.AnyValues(tc_a="text", tc_b="y"))
    msg = str(w[0].message)
    assert "'e'" in msg and "tc_a" in msg and "float64" in msg and "str" in msg, msg
    got = rec.latest_at("e", timeline="t", time=1)
    assert got["tc_b"].tolist() == ["y"]  # the well-typed one was logged
    assert got["tc_a"].tolist() == [1.0]  # the bad one was not: still the first value


def test_convertible_values_take_the_first_type_without_warning():
    rec = rr.RecordingStream("any_types2")
    rec.log("e", rr.AnyValues(tc_c=1.0), static=True)
    rec.log("e", rr.AnyValues(tc_c=[1, 2]), static=True)  # ints convert to float64, as in Rerun
    assert rec.latest_at("e")["tc_c"].dtype == np.float64


def test_strict_mode_raises_for_the_changed_component():
    rec = rr.RecordingStream("any_types3", strict=True)
    rec.log("e", rr.AnyValues(tc_d=1.0), static=True)
    with pytest.raises(TypeError, match="tc_d"):
        rec.log("e", rr.AnyValues(tc_d=b"bytes"), static=True)


def test_columns_drop_only_the_changed_column():
    rec = rr.RecordingStream("any_types4")
    rr.AnyValues(tc_e=1.0)  # registers float64
    cols = rr.AnyValues.columns(tc_e=["a", "b"], tc_f=[1.0, 2.0])
    with pytest.warns(rr.RerunWarning, match="tc_e"):
        rec.send_columns("c", indexes=[rr.TimeColumn("t", sequence=[0, 1])], columns=cols)
    got = rec.latest_at("c", timeline="t", time=1)
    assert got["tc_f"].tolist() == [2.0] and "tc_e" not in got


def test_a_bad_any_batch_value_drops_only_itself():
    rec = rr.RecordingStream("any_types5")
    rec.log("e", [rr.AnyBatchValue("tc_g", 1.0)], static=True)
    with pytest.warns(rr.RerunWarning, match="tc_g"):
        rec.log("e", [rr.AnyBatchValue("tc_g", "x"), rr.AnyBatchValue("tc_h", 2.0)], static=True)
    got = rec.latest_at("e")
    assert got["tc_h"].tolist() == [2.0] and got["tc_g"].tolist() == [1.0]
