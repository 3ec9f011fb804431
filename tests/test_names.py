"""Every documented name exists: each ``rr.X``, ``rerun_nb.X`` and ``rrb.X`` (``rrb`` = ``rerun_nb.blueprint``)
used in README.md, docs/*.md and notebooks/*.ipynb resolves, attribute chains included
(``rr.components.FillMode``, ``rerun_nb.render.video.to_video``: a submodule not imported by ``import rerun_nb``
counts when it can be imported)."""

from __future__ import annotations

import importlib
import json
import pathlib
import re
from typing import Any

import pytest

REPO = pathlib.Path(__file__).resolve().parents[1]
ALIASES = {"rr": "rerun_nb", "rerun_nb": "rerun_nb", "rrb": "rerun_nb.blueprint"}
_NAME = re.compile(r"(?<![\w.])(rr|rerun_nb|rrb)\.([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)")
#: What follows a dotted name that is not a Python name: a file name ("rerun_nb.ipynb" would be one).
_NOT_CODE = {"ipynb", "py", "md", "rnb", "rrd", "toml", "js"}


def _documents() -> list[pathlib.Path]:
    docs = [
        REPO / "README.md",
        *sorted((REPO / "docs").glob("*.md")),
        *sorted((REPO / "notebooks").glob("*.ipynb")),
    ]
    return [p for p in docs if p.exists()]


def _lines(path: pathlib.Path) -> list[tuple[int, str]]:
    """(line number, text); for notebooks, ``cell N line M`` is folded into the number as N * 1000 + M."""
    if path.suffix == ".ipynb":
        nb = json.loads(path.read_text(encoding="utf-8"))
        out = []
        for i, cell in enumerate(nb.get("cells", [])):
            src = cell.get("source", "")
            text = "".join(src) if isinstance(src, list) else src
            out += [(i * 1000 + j + 1, line) for j, line in enumerate(text.splitlines())]
        return out
    return list(enumerate(path.read_text(encoding="utf-8").splitlines(), start=1))


def documented_names() -> dict[str, list[str]]:
    """``{"rerun_nb.Viewer": ["README.md:12", ...]}`` for every name the documents use."""
    found: dict[str, list[str]] = {}
    for path in _documents():
        rel = path.relative_to(REPO).as_posix()
        for n, line in _lines(path):
            for m in _NAME.finditer(line):
                alias, chain = m.group(1), m.group(2)
                if chain.split(".")[-1] in _NOT_CODE:
                    continue
                where = f"{rel}:cell {n // 1000} line {n % 1000}" if path.suffix == ".ipynb" else f"{rel}:{n}"
                found.setdefault(f"{ALIASES[alias]}.{chain}", []).append(where)
    return found


def resolve(dotted: str) -> Any:
    """The object ``dotted`` names: attributes first, importing a submodule where an attribute is missing."""
    parts = dotted.split(".")
    obj = importlib.import_module(parts[0])
    for i, part in enumerate(parts[1:], start=1):
        if hasattr(obj, part):
            obj = getattr(obj, part)
            continue
        if not hasattr(obj, "__path__"):  # not a package: nothing to import
            raise AttributeError(f"{'.'.join(parts[:i])} has no attribute {part!r}")
        obj = importlib.import_module(".".join(parts[: i + 1]))
    return obj


def _has_blueprint() -> bool:
    return importlib.util.find_spec("rerun_nb.blueprint") is not None


def test_documents_are_found_and_name_things():
    names = documented_names()
    assert "rerun_nb.Viewer" in names  # README: rerun_nb.Viewer(recording_or_path)
    assert "rerun_nb.log" in names
    assert len(names) > 10


def test_resolve_walks_attributes_and_submodules():
    import rerun_nb

    assert resolve("rerun_nb.components.Ragged") is rerun_nb.components.Ragged
    assert resolve("rerun_nb.render.camera.fit_camera").__name__ == "fit_camera"
    with pytest.raises((AttributeError, ImportError)):
        resolve("rerun_nb.NoSuchName")


def test_viewer_is_exported_lazily():
    import rerun_nb
    from rerun_nb.viewer import Viewer

    assert rerun_nb.Viewer is Viewer
    assert "Viewer" in dir(rerun_nb)
    with pytest.raises(AttributeError, match="NoSuchName"):
        rerun_nb.NoSuchName  # noqa: B018


@pytest.mark.parametrize(
    "name",
    sorted(n for n in documented_names() if not n.startswith("rerun_nb.blueprint.")),
)
def test_documented_name_resolves(name):
    try:
        resolve(name)
    except (AttributeError, ImportError) as e:
        where = ", ".join(documented_names()[name][:3])
        pytest.fail(f"{name} (used in {where}) does not resolve: {e}")


@pytest.mark.parametrize(
    "name",
    sorted(n for n in documented_names() if n.startswith("rerun_nb.blueprint.")) or ["(none used)"],
)
def test_documented_blueprint_name_resolves(name):
    if name == "(none used)":
        pytest.skip("the documents use no rrb. names")
    if not _has_blueprint():
        pytest.skip("rerun_nb.blueprint (rrb) does not exist yet: its names are checked once it does")
    try:
        resolve(name)
    except (AttributeError, ImportError) as e:
        pytest.fail(f"{name} (used in {', '.join(documented_names()[name][:3])}) does not resolve: {e}")
