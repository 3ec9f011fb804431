"""The archetype as the unit of extension: declared once, registered, and agreed on by every drawing layer."""

from __future__ import annotations

import ast
import inspect
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import rerun_nb as rr
from rerun_nb.archetypes import registry
from rerun_nb.archetypes._base import Archetype, registered_archetypes

ROOT = Path(__file__).resolve().parents[1]
ALL = sorted(registered_archetypes().items())


def test_every_exported_archetype_is_registered_and_every_registered_one_exported():
    exported = {n for n in rr.archetypes.__all__ if isinstance(getattr(rr, n), type)}
    exported = {n for n in exported if issubclass(getattr(rr, n), Archetype) and n != "Archetype"}
    assert exported == set(registered_archetypes())


@pytest.mark.parametrize(("name", "cls"), ALL, ids=[n for n, _ in ALL])
def test_constructor_signature_equals_rerun(name, cls):
    rerun = pytest.importorskip("rerun")

    def sig(f):
        return [
            (p.name, p.kind, "<required>" if p.default is p.empty else p.default)
            for p in inspect.signature(f).parameters.values()
        ]

    assert sig(cls.__init__) == sig(getattr(rerun.archetypes, name).__init__)


@pytest.mark.parametrize(("name", "cls"), ALL, ids=[n for n, _ in ALL])
def test_fields_declared_once_drive_from_fields_columns_and_cleared(name, cls):
    fields = list(cls._fields)
    assert all(cls._fields[f].component == f"{name}:{f}" for f in fields)
    assert sorted(cls.cleared().as_component_batches()) == sorted(f"{name}:{f}" for f in fields)
    assert all(len(v) == 0 for v in cls.cleared().as_component_batches().values())
    with pytest.raises(TypeError, match="unexpected field"):
        cls.from_fields(not_a_field=1)
    with pytest.raises(TypeError, match="unexpected field"):
        cls.columns(not_a_field=1)


def test_generated_constructor_normalises_and_defers_errors():
    p = rr.Points3D([[0, 0, 0], [1, 2, 3]], colors=[1.0, 0.0, 0.0], radii=0.5)
    assert p.positions.dtype == np.float32 and p.colors.tolist() == [[255, 0, 0, 255]] * 1
    assert p.radii.tolist() == [0.5] and p.labels is None and p._error is None
    bad = rr.Points3D([[0, 0]])  # 2-D points in a 3D archetype: reported by rr.log, never raised here
    assert bad.positions is None and bad._error.field == "Points3D.positions"
    with pytest.raises(TypeError):
        rr.Points3D()  # positions is required, as in Rerun
    with pytest.raises(TypeError):
        rr.Arrows3D([[1, 0, 0]])  # vectors is keyword-only, as in Rerun


def test_a_user_subclass_is_the_same_archetype():
    class MyPoints(rr.Points3D):
        pass

    assert MyPoints.archetype_name == "Points3D"
    assert registered_archetypes()["Points3D"] is rr.Points3D
    assert sorted(MyPoints([[0, 0, 0]]).as_component_batches()) == ["Points3D:positions"]


def test_registry_answers_for_the_lower_layers():
    assert registry.view_of("Points3D:positions") == "3d"
    assert registry.view_of("Points2D:positions") == "2d"
    assert registry.view_of("Scalars:scalars") == "time_series"
    assert registry.view_of("TextLog:text") == "text_log"
    assert registry.view_of("Transform3D:translation") is None
    assert registry.role_of("Transform3D:mat3x3") == "transform"
    assert registry.role_component("clear") == "Clear:is_recursive"
    assert registry.component_kind("TextLog:color") == "color"
    assert registry.component_kind("Transform3D:mat3x3") == "mat3x3"
    assert registry.component_kind("Boxes3D:rotation_axis_angles") == "axis_angle"
    assert registry.component_kind("Boxes3D:quaternions") == "quaternion"
    assert registry.view_of("Nope:x") is None and registry.component_kind("Points3D:nope") is None


def test_the_scene_holds_only_what_the_spatial_view_draws():
    rec = rr.RecordingStream("reg")
    rec.set_time("t", sequence=0)
    rec.log("pts", rr.Points3D([[0, 0, 0]]))
    rec.log("loss", rr.Scalars(1.0))
    rec.log("log", rr.TextLog("hello"))
    rec.log("world", rr.ViewCoordinates.RIGHT_HAND_Z_UP, static=True)
    sc = rec.scene(timeline="t", time=0)
    assert set(sc.entities) == {"pts"}
    assert set(sc.entities["pts"].components) == {"Points3D:positions"}


# -- the drawing layers agree ------------------------------------------------------------------------------


def _js_visuals() -> set[str]:
    if shutil.which("node") is None or not (ROOT / "js" / "node_modules").is_dir():
        pytest.skip("node and js/node_modules are needed to list the JS visuals (npm --prefix js ci)")
    out = subprocess.run(
        ["node", "js/build.mjs", "--list-visuals"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_python_registry_js_visuals_and_pygfx_visuals_agree_on_what_is_drawn():
    pytest.importorskip("pygfx")
    from rerun_nb.render.visuals import registered

    drawn = set(registry.drawn_archetypes())
    assert "Ellipsoids3D" in drawn and "Scalars" not in drawn
    assert set(registered()) == drawn, "pygfx visuals (rerun_nb/render/visuals/) vs the archetype registry"
    assert _js_visuals() == drawn, "JS visuals (js/src/visuals/) vs the archetype registry"


DISPATCHERS = [
    "rerun_nb/query.py",
    "rerun_nb/viewer/protocol.py",
    "rerun_nb/render/scene_builder.py",
    "rerun_nb/io/rrd.py",
    "js/src/scene_graph.ts",
]


def _code_without_comments(path: Path) -> str:
    """The identifiers and string literals of the code, without comments and docstrings."""
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".py":
        return re.sub(r"//[^\n]*|/\*.*?\*/", "", text, flags=re.S)
    tree = ast.parse(text)
    docstrings = {
        id(n.body[0].value)
        for n in ast.walk(tree)
        if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and n.body
        and isinstance(n.body[0], ast.Expr)
        and isinstance(n.body[0].value, ast.Constant)
    }
    words = []
    for n in ast.walk(tree):
        if isinstance(n, ast.Name):
            words.append(n.id)
        elif isinstance(n, ast.Attribute):
            words.append(n.attr)
        elif isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings:
            words.append(n.value)
    return "\n".join(words)


@pytest.mark.parametrize("path", DISPATCHERS)
def test_dispatchers_hold_no_archetype_names(path):
    code = _code_without_comments(ROOT / path)
    names = [n for n in registered_archetypes() if re.search(rf"\b{n}\b", code)]
    assert names == [], f"{path} names archetypes {names}: dispatch through the registry instead"


def test_archetype_stub_is_fresh():
    pytest.importorskip("ruff")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import gen_archetype_stubs
    finally:
        sys.path.pop(0)
    stub = ROOT / "rerun_nb" / "archetypes" / "__init__.pyi"
    assert stub.read_text(encoding="utf-8") == gen_archetype_stubs.render(), (
        "stale: run python scripts/gen_archetype_stubs.py"
    )
