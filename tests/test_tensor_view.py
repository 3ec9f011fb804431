"""The tensor and graph views on the kernel side (issue 13): the ``tensor`` message cuts a 2D slice of the view's
latest-at tensor in the kernel (Rerun's slice rules, the view's TensorSliceSelection, bad requests answered with
error replies), and a Graph view's ``query`` answers the GraphNodes / GraphEdges of its entities."""

from __future__ import annotations

import numpy as np
import pytest

import rerun_nb as rr
import rerun_nb.blueprint as rrb
from rerun_nb.viewer import Viewer
from rerun_nb.viewer.tensor_query import (
    MAX_SLICE_CELLS,
    data_range,
    handle_tensor,
    resolve_selection,
    slice_tensor,
)


def views_of(layout: dict) -> dict[str, dict]:
    out, stack = {}, [layout["root"]]
    while stack:
        n = stack.pop()
        if n["type"] == "view":
            out[n["class"]] = n
        else:
            stack.extend(n["children"])
    return out


def _tensor_rec(app: str, arr: np.ndarray, names: list[str] | None = None) -> rr.RecordingStream:
    rec = rr.RecordingStream(app)
    rec.set_time("step", sequence=0)
    rec.log("t", rr.Tensor(arr, dim_names=names))
    return rec


def _ask(v: Viewer, sid: str, **fields) -> tuple[dict, list]:
    msg = {
        "type": "tensor",
        "id": 5,
        "view": "w/" + sid,
        "space": sid,
        "timeline": "step",
        "time": 0,
        **fields,
    }
    return v.handler.handle(msg, [])


def _slice(reply: dict, bufs: list) -> np.ndarray:
    return np.frombuffer(bytes(bufs[reply["buf"]]), "<f4").reshape(reply["h"], reply["w"])


# -- Rerun's slice rules ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shape", "names", "wh"),
    [
        ([800, 50], None, (1, 0)),  # numpy ordering [h, w]
        ([50, 800, 4], None, (1, 0)),
        ([4, 50, 800], None, (2, 1)),  # longest = width
        ([4, 800, 50, 4], None, (1, 2)),
        ([2, 3, 800], ["w", "h", None], (0, 1)),  # fully named
        ([2, 800, 3], ["height", None, "width"], (2, 0)),
        ([2, 50, 800], ["w", None, None], (0, 2)),  # partially named
        ([50, 800, 10, 20], [None, None, None, "height"], (1, 3)),
    ],
)
def test_default_width_and_height_follow_rerun(shape, names, wh) -> None:
    sel = resolve_selection(shape, names, {})
    assert (sel.width, sel.height) == wh
    assert sorted(sel.indices) == [d for d in range(len(shape)) if d not in wh]
    assert all(sel.indices[d] == shape[d] // 2 for d in sel.indices)  # the middle, as Rerun
    assert sel.slider == sorted(sel.indices)


def test_given_selection_is_made_valid() -> None:
    sel = resolve_selection([100, 200, 300], None, {"width": 5, "height": 5, "indices": [[0, 1000], [9, 1]]})
    assert sel.width == 2 and sel.height == 1  # clamped; the same dim twice: height picked again
    assert sel.indices == {0: 99}
    sel = resolve_selection([100, 200, 300], None, {"width": {"dimension": 0, "invert": True}, "height": 2,
                                                    "slider": [0, 1, 7]})  # fmt: skip
    assert (sel.width, sel.height, sel.invert_width, sel.slider) == (0, 2, True, [1])
    assert resolve_selection([5], None, {}).height is None
    assert resolve_selection([], None, {}).indices == {}


def test_slice_shapes_and_values() -> None:
    a = np.arange(2 * 3 * 4 * 5, dtype=np.int16).reshape(2, 3, 4, 5)
    sel = resolve_selection(list(a.shape), None, {"width": 1, "height": 3, "indices": [[0, 1], [2, 2]]})
    s, step = slice_tensor(a, sel)
    assert s.dtype == np.float32 and s.shape == (5, 3) and step == 1
    assert np.array_equal(s, a[1, :, 2, :].T)
    sel = resolve_selection(list(a.shape), None, {"width": 3, "height": 1, "indices": [[0, 0], [2, 3]],
                                                  "slider": []})  # fmt: skip
    s, _ = slice_tensor(a, sel)
    assert np.array_equal(s, a[0, :, 3, :])
    sel.invert_height = True
    assert np.array_equal(slice_tensor(a, sel)[0], a[0, ::-1, 3, :])
    s, _ = slice_tensor(np.arange(7.0), resolve_selection([7], None, {}))
    assert s.shape == (1, 7)


def test_a_huge_slice_is_strided(monkeypatch) -> None:
    import rerun_nb.viewer.tensor_query as tq

    monkeypatch.setattr(tq, "MAX_SLICE_CELLS", 100)
    a = np.arange(50 * 40, dtype=np.float32).reshape(50, 40)
    s, step = tq.slice_tensor(a, tq.resolve_selection([50, 40], None, {}))
    assert step == 5 and s.shape == (10, 8) and np.array_equal(s, a[::5, ::5])
    assert MAX_SLICE_CELLS >= 4096 * 4096


def test_data_range_is_rerun_heuristic() -> None:
    assert data_range(np.array([0.1, 0.5], np.float32)) == (0.0, 1.0)
    assert data_range(np.array([3, 200], np.uint8)) == (0.0, 255.0)
    assert data_range(np.array([300.0, 300.0])) == (299.0, 301.0)
    assert data_range(np.array([-5.0, np.nan, 700.0])) == (-5.0, 700.0)


# -- the message ------------------------------------------------------------------------------------


def test_tensor_reply_sends_only_the_slice() -> None:
    a = np.random.default_rng(0).random((64, 48, 40), dtype=np.float32)
    v = Viewer(_tensor_rec("tensor_reply", a, ["z", "height", "width"]))
    try:
        view = views_of(v.view_layout)["Tensor"]
        assert view["drawable"] is True and view["entities"] == ["t"]
        r, bufs = _ask(v, view["id"])
        assert (r["type"], r["id"], r["path"], r["shape"], r["names"]) == ("tensor", 5, "t", [64, 48, 40],
                                                                            ["z", "height", "width"])  # fmt: skip
        assert (r["width"], r["height"], r["indices"], r["slider"]) == (2, 1, [[0, 32]], [0])
        assert (r["w"], r["h"], r["dtype"], r["value_range"]) == (40, 48, "float32", [0.0, 1.0])
        assert sum(b.nbytes for b in bufs) == 40 * 48 * 4  # the slice, not the tensor
        assert np.array_equal(_slice(r, bufs), a[32])
        r, bufs = _ask(v, view["id"], width=0, height=2, indices=[[1, 7]])
        assert (r["w"], r["h"]) == (64, 40) and np.array_equal(_slice(r, bufs), a[:, 7, :].T)
    finally:
        v.close()


def test_blueprint_slice_selection_and_value_range_are_honoured() -> None:
    a = np.arange(4 * 5 * 6, dtype=np.int32).reshape(4, 5, 6) - 60
    rec = _tensor_rec("tensor_bp", a)
    rec.log("t", rr.Tensor(a, value_range=[-100, 100]))
    sel = rrb.TensorSliceSelection(width=0, height=2, indices=[[1, 3]], slider=[1])
    rec.send_blueprint(rrb.Blueprint(rrb.TensorView(origin="/t", slice_selection=sel)))
    v = Viewer(rec)
    try:
        view = views_of(v.view_layout)["Tensor"]
        r, bufs = _ask(v, view["id"])
        assert (r["width"], r["height"], r["indices"], r["slider"]) == (0, 2, [[1, 3]], [1])
        assert r["value_range"] == [-100.0, 100.0]
        assert np.array_equal(_slice(r, bufs), a[:, 3, :].T)
        r, bufs = _ask(v, view["id"], indices=[[1, 0]])  # the page's slider moves the index
        assert np.array_equal(_slice(r, bufs), a[:, 0, :].T)
    finally:
        v.close()


def test_a_500mb_tensor_reply_stays_small() -> None:
    a = np.zeros((500, 500, 500), dtype=np.float32)  # 500 MB
    a[250, 10, 20] = 7.0
    v = Viewer(_tensor_rec("tensor_big", a))
    try:
        sid = views_of(v.view_layout)["Tensor"]["id"]
        r, bufs = _ask(v, sid, width=2, height=1, indices=[[0, 250]])
        assert sum(b.nbytes for b in bufs) == 500 * 500 * 4
        assert _slice(r, bufs)[10, 20] == 7.0
    finally:
        v.close()


@pytest.mark.parametrize(
    ("fields", "needle"),
    [
        ({"width": -1}, "'width'"),
        ({"height": "x"}, "'height'"),
        ({"indices": 3}, "'indices'"),
        ({"path": "nope"}, "'path'"),
        ({"timeline": "nope"}, "timeline"),
        ({"time": "abc"}, "'time'"),
        ({"space": "nope"}, "space"),
    ],
)
def test_bad_tensor_requests_get_error_replies(fields, needle) -> None:
    v = Viewer(_tensor_rec("tensor_bad", np.zeros((3, 4))))
    try:
        sid = views_of(v.view_layout)["Tensor"]["id"]
        r, bufs = _ask(v, sid, **fields)
        assert r["type"] == "error" and r["id"] == 5 and needle in r["message"] and bufs == []
    finally:
        v.close()


def test_tensor_message_on_another_view_class_is_an_error() -> None:
    rec = _tensor_rec("tensor_other", np.zeros((3, 4)))
    rec.log("loss", rr.Scalars(1.0))
    v = Viewer(rec)
    try:
        sid = views_of(v.view_layout)["TimeSeries"]["id"]
        r, _ = _ask(v, sid)
        assert r["type"] == "error" and "TimeSeries" in r["message"]
    finally:
        v.close()


def test_empty_and_scalar_tensors() -> None:
    rec = rr.RecordingStream("tensor_empty")
    view = {"type": "view", "id": "v", "class": "Tensor", "entities": ["t"]}
    msg = {"type": "tensor", "id": 1, "view": "w/v", "space": "v"}
    for shape, wh in [((0, 3), (0, 0)), ((2, 0, 4), (0, 0)), ((), (1, 1)), ((5,), (5, 1))]:
        rec.log("t", rr.Tensor(np.ones(shape)), static=True)
        r, bufs = handle_tensor(rec, view, msg)
        assert (r["shape"], (r["w"], r["h"])) == (list(shape), wh)
        assert sum(b.nbytes for b in bufs) == 4 * wh[0] * wh[1]


def test_no_tensor_yet_is_an_empty_reply() -> None:
    rec = rr.RecordingStream("tensor_later")
    rec.set_time("step", sequence=5)
    rec.log("t", rr.Tensor(np.zeros((2, 2))))
    v = Viewer(rec)
    try:
        sid = views_of(v.view_layout)["Tensor"]["id"]
        msg = {"type": "tensor", "id": 1, "view": "w/" + sid, "space": sid, "timeline": "step", "time": 0}
        r, bufs = v.handler.handle(msg, [])
        assert r == {"type": "tensor", "id": 1, "view": "w/" + sid, "path": None} and bufs == []
    finally:
        v.close()


# -- graph ------------------------------------------------------------------------------------------


def test_graph_view_query_answers_nodes_and_edges() -> None:
    rec = rr.RecordingStream("graph_query")
    rec.set_time("step", sequence=0)
    rec.log("g", rr.GraphNodes(["a", "b", "c"], labels=["A", "B", "C"], positions=[[0, 0], [10, 0], [5, 9]]))
    rec.log("g", rr.GraphEdges([("a", "b"), ("b", "c")], graph_type="directed"))
    v = Viewer(rec)
    try:
        view = views_of(v.view_layout)["Graph"]
        assert view["drawable"] is True and view["entities"] == ["g"]
        msg = {"type": "query", "id": 3, "view": "w/" + view["id"], "space": view["id"], "timeline": "step",
               "time": 0, "base": None}  # fmt: skip
        r, bufs = v.handler.handle(msg, [])
        (ent,) = r["entities"]
        comps = ent["comps"]
        assert comps["GraphNodes:node_ids"] == {"text": ["a", "b", "c"]}
        assert comps["GraphEdges:edges"] == {"text": ["a", "b", "b", "c"]}
        pos = comps["GraphNodes:positions"]
        assert pos["shape"] == [3, 2] and np.frombuffer(bytes(bufs[pos["buf"]]), "<f4").tolist()[2:4] == [
            10,
            0,
        ]
        gt = comps["GraphEdges:graph_type"]
        assert np.frombuffer(bytes(bufs[gt["buf"]]), "<u1").tolist() == [2]
    finally:
        v.close()


def test_graph_and_tensor_view_properties_reach_the_layout() -> None:
    rec = rr.RecordingStream("graph_props")
    rec.log("g", rr.GraphNodes(["a", "b"]), static=True)
    rec.log("t", rr.Tensor(np.zeros((2, 3))), static=True)
    A = rrb.archetypes
    graph = rrb.GraphView(
        origin="/g",
        background=[10, 20, 30],
        force_link=A.ForceLink(distance=20, iterations=2),
        force_many_body=A.ForceManyBody(enabled=False),
        force_position=A.ForcePosition(strength=0.5, position=[1, 2]),
        force_center=A.ForceCenter(enabled=True),
        force_collision_radius=A.ForceCollisionRadius(enabled=True, iterations=3),
    )
    mapping = rrb.TensorScalarMapping(colormap="magma", gamma=2.0, mag_filter="linear")
    tensor = rrb.TensorView(origin="/t", scalar_mapping=mapping, view_fit="fill")
    views = views_of(rrb.blueprint_to_layout(rrb.Blueprint(rrb.Horizontal(graph, tensor)), rec))
    assert views["Graph"]["properties"] == {
        "GraphBackground": {"color": [10, 20, 30, 255]},
        "ForceLink": {"distance": 20.0, "iterations": 2},
        "ForceManyBody": {"enabled": False},
        "ForcePosition": {"strength": 0.5, "position": [1.0, 2.0]},
        "ForceCollisionRadius": {"enabled": True, "iterations": 3},
        "ForceCenter": {"enabled": True},
    }
    assert views["Tensor"]["properties"] == {
        "TensorScalarMapping": {"mag_filter": "linear", "colormap": "magma", "gamma": 2.0},
        "TensorViewFit": {"scaling": "Fill"},
    }
    with pytest.warns(rr.RerunWarning, match="ForceLink.iterations"):
        A.ForceLink(iterations=0)


def test_rerun_tensor_view_snippet_selects_that_slice() -> None:
    """Rerun's TensorView snippet (docs/snippets/all/views/tensor.py), with its selection value types."""
    tensor = np.random.default_rng(1).integers(0, 256, (32, 24, 32, 3), dtype=np.uint8)
    rec = rr.RecordingStream("tensor_snippet")
    rec.log("tensor", rr.Tensor(tensor, dim_names=("batch", "x", "y", "channel")), static=True)
    sel = rrb.TensorSliceSelection(
        width=1,
        height=rr.TensorDimensionSelection(dimension=2, invert=True),
        indices=[
            rr.TensorDimensionIndexSelection(dimension=0, index=5),
            rr.TensorDimensionIndexSelection(dimension=3, index=2),
        ],
        slider=[rrb.components.TensorDimensionIndexSlider(3)],
    )
    mapping = rrb.TensorScalarMapping(mag_filter="linear", colormap="turbo", gamma=1.5)
    bp = rrb.Blueprint(
        rrb.TensorView(origin="tensor", name="Tensor", slice_selection=sel, scalar_mapping=mapping)
    )
    view = views_of(rrb.blueprint_to_layout(bp, rec))["Tensor"]
    assert view["properties"]["TensorSliceSelection"]["height"] == {"dimension": 2, "invert": True}
    r, bufs = handle_tensor(
        rec, view, {"type": "tensor", "id": 1, "view": "w/" + view["id"], "space": view["id"]}
    )
    assert (r["width"], r["height"], r["invert_height"], r["indices"], r["slider"]) == (
        1,
        2,
        True,
        [[0, 5], [3, 2]],
        [3],
    )
    assert np.array_equal(_slice(r, bufs), tensor[5, :, ::-1, 2].T.astype(np.float32))
    assert rr.components.TensorWidthDimension(1) == rr.components.TensorWidthDimension(1, invert=False)
    with pytest.raises(ValueError, match="dimension"):
        rr.TensorDimensionIndexSelection(-1, 0)
