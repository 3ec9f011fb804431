"""The committed front-end bundle (rerun_nb/static/widget.js) is exactly what `npm --prefix js run build` makes
from js/src with the pinned esbuild; it stays under its size budget; the TypeScript type-checks (strict) and the
JS unit tests (node's test runner) pass."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
JS = ROOT / "js"
BUNDLE = ROOT / "rerun_nb" / "static" / "widget.js"
BUDGET = 1_000_000  # bytes, minified


@pytest.fixture(scope="module")
def node_modules() -> Path:
    nm = JS / "node_modules"
    if not (nm / "esbuild").exists():
        npm = shutil.which("npm")
        if npm is None or shutil.which("node") is None:
            pytest.skip("js/node_modules is absent and npm/node are not installed: cannot rebuild the bundle")
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=JS, check=True, timeout=600)
    return nm


def build(out: Path) -> bytes:
    subprocess.run(
        ["node", str(JS / "build.mjs"), "--outfile", str(out)],
        cwd=JS,
        check=True,
        timeout=300,
        capture_output=True,
    )
    return out.read_bytes()


def test_committed_bundle_is_fresh_and_deterministic(node_modules, tmp_path):
    assert BUNDLE.exists(), "rerun_nb/static/widget.js missing: run `npm --prefix js run build`"
    first = build(tmp_path / "a.js")
    second = build(tmp_path / "b.js")
    assert first == second, "the build is not deterministic"
    assert first == BUNDLE.read_bytes(), (
        "rerun_nb/static/widget.js is stale: run `npm --prefix js run build` and commit the result"
    )


def test_bundle_shape_and_budget():
    data = BUNDLE.read_bytes()
    assert len(data) <= BUDGET, f"bundle is {len(data)} bytes, budget {BUDGET}"
    text = data.decode("utf-8")
    assert "export{" in text.replace(" ", "") and "as default" in text, (
        "not an ES module with a default export"
    )
    # self-contained: no imports of other modules, nothing fetched from a CDN
    assert "import(" not in text and not text.lstrip().startswith("import")
    for cdn in ("cdn.jsdelivr", "unpkg.com", "esm.sh", "cdnjs"):
        assert cdn not in text


def test_typescript_strict_typecheck(node_modules):
    r = subprocess.run(
        ["node", str(node_modules / "typescript" / "bin" / "tsc"), "--noEmit", "-p", str(JS)],
        cwd=JS,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stdout + r.stderr


def test_js_unit_tests(node_modules):
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip("npm not installed")
    r = subprocess.run([npm, "test", "--silent"], cwd=JS, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-4000:]


def test_list_visuals_without_a_browser(node_modules):
    """`node js/build.mjs --list-visuals` (run from the repo root) prints the archetypes the front end draws as a
    JSON array on its last line: the registry bundled for node, three.js and all."""
    r = subprocess.run(
        ["node", "js/build.mjs", "--list-visuals"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert r.returncode == 0, r.stderr
    names = json.loads(r.stdout.strip().splitlines()[-1])
    assert names == sorted(set(names))
    assert {"Points3D", "LineStrips3D", "Boxes3D", "Arrows3D", "Ellipsoids3D"} <= set(names)
