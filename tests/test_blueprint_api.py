"""rerun_nb.blueprint has Rerun 0.41's names and signatures; unimplemented names are stand-ins; values are checked."""

from __future__ import annotations

import inspect
import warnings

import pytest

import rerun_nb.blueprint as rrb
from rerun_nb.blueprint import _standin
from rerun_nb.errors import RerunWarning

# Names of rerun.blueprint 0.41 that are stand-ins here (warn once, accept anything), or not objects at all.
STAND_INS = {"ActiveVisualizers", "TableBlueprint", "VisualizableArchetype", "Visualizer"}
MODULES_AS_STAND_INS = {"encodings", "experimental", "table", "visualizers"}
NOT_COMPARED = {"annotations"}  # `from __future__ import annotations` in rerun's module


def _rerun_blueprint():
    return pytest.importorskip("rerun.blueprint")


def _params(obj):
    sig = inspect.signature(obj)
    return [(p.name, p.kind, p.default) for p in sig.parameters.values() if p.name != "self"]


def test_every_rerun_name_exists_here():
    rrb0 = _rerun_blueprint()
    names = {n for n in dir(rrb0) if not n.startswith("_")} - NOT_COMPARED
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RerunWarning)
        missing = [n for n in sorted(names) if getattr(rrb, n, None) is None]
    assert missing == []
    implemented = names - STAND_INS - MODULES_AS_STAND_INS
    stand_ins = [n for n in sorted(implemented) if isinstance(getattr(rrb, n), _standin.StandIn)]
    assert stand_ins == [], "these should be implemented, or listed in STAND_INS"


def test_constructor_signatures_match_rerun():
    rrb0 = _rerun_blueprint()
    compared = 0
    for name in sorted(set(dir(rrb0)) - STAND_INS - MODULES_AS_STAND_INS - NOT_COMPARED):
        theirs = getattr(rrb0, name)
        if name.startswith("_") or not inspect.isclass(theirs) or issubclass(theirs, Exception):
            continue
        ours = getattr(rrb, name)
        if getattr(theirs, "__members__", None) is not None:  # enumerations: same members and values
            assert {m.name: m.value for m in ours} == {m.name: m.value for m in theirs}, name
            continue
        if theirs.__init__ is object.__init__:
            continue
        assert _params(ours) == _params(theirs), name
        compared += 1
    assert compared >= 40


def test_static_constructors_match_rerun():
    rrb0 = _rerun_blueprint()
    for name in ("cursor_relative", "absolute", "infinite"):
        assert _params(getattr(rrb.TimeRangeBoundary, name)) == _params(getattr(rrb0.TimeRangeBoundary, name))


def test_stand_in_warns_once_and_accepts_anything():
    name = "TableBlueprint"
    _standin._WARNED.discard(name)
    with pytest.warns(RerunWarning, match="TableBlueprint is not implemented"):
        tb = rrb.TableBlueprint(filters=["x > 1"], sort_by="x")
    with warnings.catch_warnings():
        warnings.simplefilter("error", RerunWarning)
        rrb.TableBlueprint()  # second use: silent
    assert tb.anything.goes is not None
    bp = rrb.Blueprint(rrb.Spatial3DView(), tb)  # a stand-in part is ignored
    assert len(bp.views()) == 1


def test_stand_in_submodules_and_overrides():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RerunWarning)
        vis = rrb.visualizers.Points3D(colors=[255, 0, 0])
        v = rrb.Spatial3DView(
            origin="/p", overrides={"/p": vis}, background=rrb.archetypes.NearClipPlane(0.1)
        )
    assert "NearClipPlane" not in v.properties and v.visualizer_overrides["/p"] is vis


def test_unknown_lowercase_names_still_raise():
    with pytest.raises(AttributeError):
        rrb.pytest_plugins  # noqa: B018
    assert not hasattr(rrb, "_ipython_canary_method_should_not_exist_")


def test_view_defaults_and_names():
    v = rrb.Spatial3DView()
    assert (v.origin, v.contents, v.name, v.class_identifier) == ("/", "$origin/**", None, "3D")
    assert v.display_name() == "/"
    assert rrb.Spatial2DView(origin="/camera/image").display_name() == "image"
    assert rrb.TextLogView(origin="/log", name="Text Logs").display_name() == "Text Logs"
    classes = {cls().class_identifier for cls in rrb.views.VIEW_CLASSES.values()}
    assert classes == {
        "3D",
        "2D",
        "TimeSeries",
        "TextLog",
        "TextDocument",
        "BarChart",
        "Tensor",
        "Graph",
        "Map",
        "Dataframe",
        "StateTimeline",
        "Audio",
    }
    assert rrb.DataframeView().drawable is False and rrb.TensorView().drawable and rrb.GraphView().drawable


def test_blueprint_parts_and_panels():
    v1, v2 = rrb.Spatial3DView(), rrb.TimeSeriesView()
    bp = rrb.Blueprint(v1, v2, rrb.TimePanel(state="collapsed"), rrb.SelectionPanel(expanded=False))
    assert isinstance(bp.root_container, rrb.Tabs) and bp.root_container.contents == [v1, v2]
    assert bp.auto_layout is None and bp.auto_views is None
    assert bp.panel_states() == {
        "top": None,
        "blueprint": None,
        "selection": "collapsed",
        "time": "collapsed",
    }
    lone = rrb.Blueprint(v1)
    assert isinstance(lone.root_container, rrb.Tabs) and lone.root_container.contents == [v1]
    empty = rrb.Blueprint()
    assert (empty.auto_layout, empty.auto_views) == (True, True) and empty.views() == []
    assert rrb.Blueprint(collapse_panels=True).panel_states()["blueprint"] == "collapsed"
    with pytest.raises(ValueError, match="Only one time panel"):
        rrb.Blueprint(rrb.TimePanel(), rrb.TimePanel())
    with pytest.raises(ValueError, match="both 'expanded' and 'state'"):
        rrb.BlueprintPanel(expanded=True, state="hidden")
    with pytest.raises(ValueError, match="Unknown part type"):
        rrb.Blueprint("not a part")


def test_panel_states_accept_rerun_spellings():
    assert rrb.TopPanel(state=rrb.PanelState.Hidden).state is rrb.PanelState.Hidden
    assert rrb.BlueprintPanel(state="Expanded").state is rrb.PanelState.Expanded
    assert rrb.TimePanel(state=2).state is rrb.PanelState.Collapsed
    assert rrb.TimePanel(expanded=True).to_json() == {"state": "expanded"}
    with pytest.raises(ValueError, match="PanelState"):
        rrb.TimePanel(state="folded")


def test_containers():
    a, b, c = rrb.Spatial3DView(), rrb.Spatial2DView(), rrb.TextLogView(name="logs")
    assert rrb.Horizontal(a, b, column_shares=[3, 1]).column_shares == [3.0, 1.0]
    assert rrb.Vertical(contents=[a, b], row_shares=[1, 2]).row_shares == [1.0, 2.0]
    assert rrb.Grid(a, b, c, grid_columns=2).grid_columns == 2
    assert rrb.Tabs(a, c, active_tab="logs").active_index() == 1
    assert rrb.Tabs(a, c, active_tab=0).active_index() == 0
    with pytest.raises(ValueError, match="Active tab 'nope' not found"):
        rrb.Tabs(a, c, active_tab="nope")
    with pytest.raises(ValueError, match="both positional and keyword"):
        rrb.Horizontal(a, contents=[b])
    with pytest.raises(TypeError, match="views and containers"):
        rrb.Vertical(a, 42)


def test_properties_store_and_check_values():
    assert rrb.VisualBounds2D(x_range=[0, 640], y_range=(480, 0)).to_json() == {
        "x_range": [0.0, 640.0],
        "y_range": [480.0, 0.0],
    }
    assert rrb.Background([80, 80, 80]).to_json() == {"color": [80, 80, 80, 255], "kind": "SolidColor"}
    assert rrb.Background(rrb.BackgroundKind.GradientBright).to_json() == {"kind": "GradientBright"}
    assert rrb.ScalarAxis(range=(-1.0, 1.0), zoom_lock=True).to_json() == {
        "range": [-1.0, 1.0],
        "zoom_lock": True,
    }
    assert rrb.PlotLegend("RightBottom", visible=True).to_json() == {"corner": "RightBottom", "visible": True}
    assert rrb.EyeControls3D(position=(0, 0, 5), look_target=(0, 0, 0), kind="Orbital").to_json() == {
        "kind": "Orbital",
        "position": [0.0, 0.0, 5.0],
        "look_target": [0.0, 0.0, 0.0],
    }
    assert rrb.LineGrid3D(visible=True, spacing=0.5, color=0xFF000080).to_json() == {
        "visible": True,
        "spacing": 0.5,
        "color": [255, 0, 0, 128],
    }
    axis = rrb.TimeAxis(
        link="LinkToGlobal",
        view_range=rrb.TimeRange(
            start=rrb.TimeRangeBoundary.cursor_relative(seq=-10), end=rrb.TimeRangeBoundary.infinite()
        ),
    )
    assert axis.to_json()["view_range"]["end"] == {"kind": "infinite", "time": None}


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: rrb.VisualBounds2D(x_range=[0, 1, 2]), "x_range"),
        (lambda: rrb.ScalarAxis(range=[0, float("nan")]), "range"),
        (lambda: rrb.PlotLegend("Middle"), "corner"),
        (lambda: rrb.EyeControls3D(position=[1, 2]), "position"),
        (lambda: rrb.Background(color="red"), "color"),
        (lambda: rrb.Horizontal(column_shares=[1, -1]), "column_shares"),
    ],
)
def test_bad_property_values_warn_and_drop_the_field(make, field):
    with pytest.warns(RerunWarning, match=field):
        obj = make()
    fields = getattr(obj, "fields", vars(obj))
    assert fields.get(field) is None


def test_bad_property_value_raises_in_strict_mode():
    import rerun_nb as rr

    rr.set_strict_mode(True)
    try:
        with pytest.raises(ValueError, match=r"VisualBounds2D\.x_range"):
            rrb.VisualBounds2D(x_range=[0, 1, 2])
    finally:
        rr.set_strict_mode(False)


def test_visible_time_ranges():
    r = rrb.VisibleTimeRange(
        "t",
        start=rrb.TimeRangeBoundary.cursor_relative(seconds=-1.5),
        end=rrb.TimeRangeBoundary.absolute(seq=7),
    )
    assert r.to_json() == {
        "timeline": "t",
        "range": {
            "start": {"kind": "cursor_relative", "time": -1_500_000_000},
            "end": {"kind": "absolute", "time": 7},
        },
    }
    v = rrb.Spatial3DView(time_ranges=[r, rrb.VisibleTimeRange("t", range=r.range)])
    assert len(v.properties["VisibleTimeRanges"].ranges) == 1  # the first entry of a timeline wins
    single = rrb.VisibleTimeRanges(
        timeline="frame", start=rrb.TimeRangeBoundary.infinite(), end=rrb.TimeRangeBoundary.cursor_relative()
    )
    assert single.to_json()["ranges"][0]["timeline"] == "frame"
    with pytest.raises(ValueError, match="mutually exclusive"):
        rrb.VisibleTimeRanges([r], timeline="t")


def test_bad_origin_is_refused_at_construction():
    with pytest.raises(ValueError, match="Spatial3DView origin"):
        rrb.Spatial3DView(origin="world\\")
