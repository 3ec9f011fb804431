"""The import graph of rerun_nb/ (shared/docs/DESIGN.md, "Layers"): no cycles, and each layer imports only the
layers above it.

Every module is parsed with ``ast``; imports at module level AND inside functions count (a lazy import is still a
dependency, and a lazy cycle is still a cycle), imports under ``if TYPE_CHECKING:`` do not (they never run).

Layers, top first (a module may import its own layer and the ones above it):

0. api foundations — errors, entity paths, time units, the current-recording slots, row ids: import nothing below;
1. types — components, datatypes, archetypes, utilities;
2. store — the chunk store, its Arrow codec, chunk validation at the doors;
3. query — scene resolution, timelines in the user's units;
4. viewer / io / net / render — they take the recording they work on as an argument;
5. the api facade — ``rerun_nb/__init__.py``, ``_global.py`` (resolves the current recording), ``recording.py``
   (``RecordingStream``: its ``save`` / ``snapshot`` / ``notebook_show`` call down into io / render / viewer) and
   the command-line entry points: may import anything; nothing below imports them.
"""

from __future__ import annotations

import ast
import pathlib

import pytest

PKG = pathlib.Path(__file__).resolve().parents[1] / "rerun_nb"

FACADE = {
    "rerun_nb",
    "rerun_nb._global",
    "rerun_nb.recording",
    "rerun_nb.__main__",
    "rerun_nb.cli",
    "rerun_nb.net.__main__",
    "rerun_nb.net.cli",
}
#: (layer, module names or package prefixes ending in ".")
LAYERS: list[tuple[int, tuple[str, ...]]] = [
    (
        0,
        ("rerun_nb.errors", "rerun_nb.entity_path", "rerun_nb.time", "rerun_nb._current", "rerun_nb.row_ids"),
    ),
    (
        1,
        (
            "rerun_nb.components",
            "rerun_nb.components.",
            "rerun_nb.datatypes",
            "rerun_nb.utilities",
            "rerun_nb.video_decode",
            "rerun_nb.video_stream_decode",
            "rerun_nb.archetypes",
            "rerun_nb.archetypes.",
            "rerun_nb.blueprint",
            "rerun_nb.blueprint.",
        ),
    ),
    (2, ("rerun_nb.store", "rerun_nb.arrow_codec", "rerun_nb.chunk_validation")),
    (
        3,
        (
            "rerun_nb.query",
            "rerun_nb.frames",
            "rerun_nb.timelines",
            "rerun_nb.column_index",
            "rerun_nb.series",
            "rerun_nb.state_timeline",
            "rerun_nb.text_log_query",
            "rerun_nb.inspect_query",
        ),
    ),
    (
        4,
        (
            "rerun_nb.viewer",
            "rerun_nb.viewer.",
            "rerun_nb.io",
            "rerun_nb.io.",
            "rerun_nb.net",
            "rerun_nb.net.",
            "rerun_nb.render",
            "rerun_nb.render.",
        ),
    ),
]
LAYER_NAMES = {
    0: "api foundations",
    1: "types",
    2: "store",
    3: "query",
    4: "viewer/io/net/render",
    5: "api facade",
}


def _modules() -> dict[str, tuple[pathlib.Path, bool]]:
    out = {}
    for p in sorted(PKG.rglob("*.py")):
        parts = list(p.relative_to(PKG.parent).with_suffix("").parts)
        is_pkg = parts[-1] == "__init__"
        if is_pkg:
            parts = parts[:-1]
        out[".".join(parts)] = (p, is_pkg)
    return out


def _is_type_checking(node: ast.If) -> bool:
    t = node.test
    return (isinstance(t, ast.Name) and t.id == "TYPE_CHECKING") or (
        isinstance(t, ast.Attribute) and t.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """Every import statement, at any depth, except those under ``if TYPE_CHECKING:``."""
    found: list[ast.Import | ast.ImportFrom] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def import_graph() -> dict[str, dict[str, int]]:
    """``{module: {imported module: line}}`` over rerun_nb's own modules."""
    mods = _modules()

    def resolve(name: str) -> str | None:
        while name and name not in mods:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, dict[str, int]] = {m: {} for m in mods}
    for mod, (path, is_pkg) in mods.items():
        pkg = mod if is_pkg else mod.rpartition(".")[0]
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                if node.level:
                    base = pkg.split(".")
                    if node.level > 1:
                        base = base[: -(node.level - 1)]
                    full = ".".join(base) + (f".{node.module}" if node.module else "")
                else:
                    full = node.module or ""
                # ``from pkg import sub`` depends on the submodule; ``from mod import name`` on the module
                targets = [f"{full}.{a.name}" if f"{full}.{a.name}" in mods else full for a in node.names]
            for t in targets:
                if t == "rerun_nb" or t.startswith("rerun_nb."):
                    r = resolve(t)
                    if r is not None and r != mod:
                        graph[mod].setdefault(r, node.lineno)
    return graph


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def connect(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in graph:
        if v not in index:
            connect(v)
    return out


def layer_of(module: str) -> int | None:
    if module in FACADE:
        return 5
    for layer, names in LAYERS:
        for n in names:
            if module == n or (n.endswith(".") and module.startswith(n)):
                return layer
    return None


def _describe(comp: list[str], graph: dict[str, dict[str, int]]) -> str:
    inside = set(comp)
    edges = [f"    {a} -> {b} (line {graph[a][b]})" for a in comp for b in sorted(graph[a]) if b in inside]
    return " <-> ".join(comp) + "\n" + "\n".join(edges)


def test_the_graph_sees_lazy_imports():
    g = import_graph()
    # the facade imports the window lazily, inside rr.spawn(): still an edge
    assert "rerun_nb.render.window" in g["rerun_nb._global"]
    assert "rerun_nb.viewer.widget" in g["rerun_nb.viewer"]
    assert cycles({"a": {"b": 1}, "b": {"a": 2}, "c": {"a": 3}}) == [["a", "b"]]


def test_no_import_cycles():
    g = import_graph()
    found = cycles(g)
    assert not found, "import cycles in rerun_nb/:\n" + "\n".join(_describe(c, g) for c in found)


def test_every_module_has_a_layer():
    missing = [m for m in import_graph() if layer_of(m) is None]
    assert not missing, f"modules with no layer (add them to tests/test_layers.py LAYERS): {missing}"


def test_layers_import_only_layers_above_them():
    g = import_graph()
    bad = []
    for mod, deps in g.items():
        lm = layer_of(mod)
        if lm is None or lm == 5:
            continue
        for dep, line in deps.items():
            ld = layer_of(dep)
            if ld is not None and ld > lm:
                bad.append(
                    f"{mod} ({LAYER_NAMES[lm]}) imports {dep} ({LAYER_NAMES[ld]}) at line {line}",
                )
    assert not bad, "imports against the layer order:\n" + "\n".join(bad)


@pytest.mark.parametrize("module", ["rerun_nb._global", "rerun_nb.recording", "rerun_nb"])
def test_nothing_below_the_facade_imports_it(module):
    g = import_graph()
    users = sorted(m for m, deps in g.items() if module in deps and layer_of(m) != 5)
    assert not users, f"{module} is the api facade; imported from {users}"
