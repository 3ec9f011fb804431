"""Auto layout shapes (anchors §7.2), the layout JSON for the widget, and Rerun's doc examples unchanged."""

from __future__ import annotations

import json
import math
import warnings

import pytest

import rerun_nb as rr
import rerun_nb.blueprint as rrb
from rerun_nb.errors import RerunWarning


def _views(n, cls=rrb.TimeSeriesView):
    return [cls(origin=f"/v{i:02d}") for i in range(n)]


def _shape(item):
    if isinstance(item, rrb.View):
        return item.origin
    return (type(item).__name__, [_shape(c) for c in item.contents])


def test_one_view_is_the_whole_layout():
    (v,) = _views(1)
    assert rrb.auto_layout([v]) is v


def test_two_views_grid():
    assert _shape(rrb.auto_layout(_views(2)[::-1])) == ("Grid", ["/v00", "/v01"])


def test_three_views_highest_priority_gets_a_side():
    a, b = _views(2)
    spatial = rrb.Spatial2DView(origin="/z")
    assert _shape(rrb.auto_layout([a, b, spatial])) == ("Grid", ["/z", ("Grid", ["/v00", "/v01"])])


def test_four_and_seven_views_one_grid():
    assert _shape(rrb.auto_layout(_views(4))) == ("Grid", [f"/v{i:02d}" for i in range(4)])
    assert _shape(rrb.auto_layout(_views(7))) == ("Grid", [f"/v{i:02d}" for i in range(7)])


def test_thirteen_views_tabs_per_class_by_priority():
    views = _views(10) + [rrb.Spatial3DView(origin=f"/s{i}") for i in range(3)]
    root = rrb.auto_layout(views)
    assert isinstance(root, rrb.Grid) and [type(c).__name__ for c in root.contents] == ["Tabs", "Tabs"]
    assert [v.class_identifier for v in root.contents[0].contents] == ["3D"] * 3
    assert len(root.contents[1].contents) == 10
    only_one_class = rrb.auto_layout(_views(13))
    assert isinstance(only_one_class, rrb.Tabs) and len(only_one_class.contents) == 13


def _egui_columns(n, w, h):
    """egui_tiles' num_columns_heuristic, written out independently for the check."""
    losses = []
    for ncols in range(1, n + 1):
        nrows = math.ceil(n / ncols)
        losses.append((abs(4 / 3 - (w / ncols) / (h / nrows)) + 0.1 * (ncols * nrows - n), ncols))
    return min(losses)[1]


@pytest.mark.parametrize("n", range(1, 13))
@pytest.mark.parametrize("aspect", [16 / 9, 4 / 3, 1.0, 2.5, 0.6])
def test_grid_columns_as_egui_tiles(n, aspect):
    assert rrb.grid_columns_for(n, aspect) == _egui_columns(n, aspect * 900, 900)


def test_nested_grid_gets_its_own_cell_aspect():
    a, b = _views(2)
    layout = rrb.blueprint_to_layout(
        rrb.Blueprint(rrb.Grid(rrb.Spatial3DView(), rrb.Grid(a, b))), ["v00", "v01"]
    )
    outer = layout["root"]
    inner = outer["children"][1]
    assert outer["auto_columns"] == 2  # 16:9 → two cells of 8:9
    assert inner["auto_columns"] == 1  # an 8:9 cell stacks its two views


def test_layout_json_round_trip():
    bp = rrb.Blueprint(
        rrb.Horizontal(
            rrb.Spatial3DView(
                origin="/world", background=[30, 30, 30], line_grid=rrb.LineGrid3D(visible=False)
            ),
            rrb.Vertical(
                rrb.TimeSeriesView(
                    origin="/loss", axis_y=rrb.ScalarAxis(range=(0, 1)), plot_legend=rrb.Corner2D.LeftTop
                ),
                rrb.Tabs(rrb.TextLogView(name="Logs"), rrb.DataframeView(origin="/t"), active_tab="Logs"),
                row_shares=[2, 1],
            ),
            column_shares=[3, 2],
        ),
        rrb.BlueprintPanel(state="collapsed"),
        rrb.TimePanel(state="expanded", timeline="step", playback_speed=2.0),
        collapse_panels=True,
    )
    layout = rrb.blueprint_to_layout(bp, ["world/points", "loss", "log", "t"])
    assert json.loads(json.dumps(layout)) == layout
    root = layout["root"]
    assert (root["kind"], root["shares"]) == ("horizontal", [3.0, 2.0])
    view3d, right = root["children"]
    assert view3d["properties"] == {
        "Background": {"color": [30, 30, 30, 255], "kind": "SolidColor"},
        "LineGrid3D": {"visible": False},
    }
    assert view3d["entities"] == ["world/points"] and view3d["name"] == "world"
    ts, tabs = right["children"]
    assert ts["properties"]["PlotLegend"] == {"corner": "LeftTop"}
    assert tabs["active_tab"] == 0 and [c["drawable"] for c in tabs["children"]] == [True, False]
    assert layout["panels"]["blueprint"] == {"state": "collapsed"}
    assert layout["panels"]["selection"] == {"state": "collapsed"}  # collapse_panels
    assert layout["panels"]["time"] == {"state": "expanded", "timeline": "step", "playback_speed": 2.0}
    assert layout["panels"]["top"] == {"state": None}
    assert layout["view_ids"] == [view3d["id"], ts["id"], *[c["id"] for c in tabs["children"]]]


def test_view_ids_are_stable_and_unique():
    def ids():
        bp = rrb.Blueprint(rrb.Grid(rrb.Spatial3DView(origin="/a"), rrb.Spatial3DView(origin="/a")))
        return rrb.blueprint_to_layout(bp, [])["view_ids"]

    first = ids()
    assert first == ids() and len(set(first)) == 2


def test_layout_from_a_store_and_a_mapping_agree():
    rec = rr.RecordingStream("agree")
    rec.log("world/p", rr.Points3D([[0, 0, 0]]))
    rec.log("loss", rr.Scalars(1.0))
    a = rrb.blueprint_to_layout(None, rec)
    b = rrb.blueprint_to_layout(None, rec.store)
    c = rrb.blueprint_to_layout(None, {"world/p": {"Points3D"}, "loss": {"Scalars"}})
    assert a == b == c


# Rerun's documentation examples (docs/snippets/all/views/*.py, howto/configure-viewer-through-code.md,
# concepts/visualization/entity-queries.md) construct unchanged.


def test_doc_examples_construct_unchanged():
    with warnings.catch_warnings():
        warnings.simplefilter(
            "ignore", RerunWarning
        )  # stand-ins (rrb.archetypes.PlotBackground, rrb.VisualBounds)
        examples = [
            rrb.Blueprint(
                rrb.Horizontal(
                    rrb.Spatial3DView(origin="/world"),
                    rrb.Vertical(rrb.TimeSeriesView(origin="/loss"), rrb.TextLogView()),
                ),
                rrb.BlueprintPanel(state="collapsed"),
                collapse_panels=True,
            ),
            rrb.Blueprint(
                rrb.Horizontal(rrb.BarChartView(), rrb.Vertical(rrb.Spatial2DView(), rrb.Spatial3DView()))
            ),
            rrb.Blueprint(rrb.Spatial3DView(origin="/points", name="3D Points", background=[80, 80, 80])),
            rrb.Blueprint(
                rrb.Spatial2DView(
                    origin="/points",
                    name="2D Points",
                    background=[100, 149, 237],
                    visual_bounds=rrb.VisualBounds(x_range=[-5, 5], y_range=[-5, 5]),
                )
            ),
            rrb.Blueprint(rrb.TextLogView(origin="/log", name="Text Logs")),
            rrb.Blueprint(rrb.BarChartView(origin="tensor", name="Bar Chart"), collapse_panels=True),
            rrb.Blueprint(
                rrb.Vertical(
                    contents=[
                        rrb.TimeSeriesView(
                            origin="/trig",
                            axis_y=rrb.ScalarAxis(range=(-1.0, 1.0), zoom_lock=True),
                            plot_legend=rrb.PlotLegend(visible=False),
                            time_ranges=[
                                rrb.VisibleTimeRange(
                                    "timeline0",
                                    start=rrb.TimeRangeBoundary.cursor_relative(seq=-100),
                                    end=rrb.TimeRangeBoundary.cursor_relative(),
                                ),
                                rrb.VisibleTimeRange(
                                    "timeline1",
                                    start=rrb.TimeRangeBoundary.absolute(seconds=300.0),
                                    end=rrb.TimeRangeBoundary.infinite(),
                                ),
                            ],
                            background=rrb.archetypes.PlotBackground(color=[128, 128, 128], show_grid=False),
                        ),
                    ]
                ),
                collapse_panels=True,
            ),
            rrb.Blueprint(
                rrb.Spatial3DView(origin="/world", contents=["+ $origin/**", "- /world/robot/mask/**"])
            ),
            rrb.Blueprint(
                rrb.Grid(
                    rrb.Spatial3DView(
                        origin="/world",
                        contents="""
                        + /world/**
                        - /world/roads/**
                        + /world/roads/main
                    """,
                    ),
                    rrb.Tabs(rrb.TimeSeriesView(origin="/a"), rrb.TimeSeriesView(origin="/b"), active_tab=1),
                    grid_columns=2,
                ),
                rrb.TimePanel(state="collapsed"),
                rrb.SelectionPanel(expanded=False),
            ),
            rrb.Spatial3DView(origin="/world").to_blueprint(),
        ]
    paths = [
        "world/roads/main",
        "world/roads/side",
        "world/car",
        "trig/sin",
        "points",
        "log/status",
        "tensor",
    ]
    for bp in examples:
        layout = rrb.blueprint_to_layout(bp, paths)
        json.dumps(layout)
        assert layout["view_ids"], bp
    roads = rrb.blueprint_to_layout(examples[-2], paths)["root"]["children"][0]
    assert roads["entities"] == ["world/car", "world/roads/main"]
