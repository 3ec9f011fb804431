#!/usr/bin/env bash
# One command: install everything, then run the whole test suite (unit, conformance, render, browser).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
PY="${PYTHON:-python3}"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/rrnb-xdg}"; mkdir -p -m700 "$XDG_RUNTIME_DIR"
echo "==> ruff"
"$PY" -m ruff check .
"$PY" -m ruff format --check .
if [ -f js/package.json ]; then
  echo "==> js: typecheck + unit tests"
  (cd js && npm test --silent)
fi
echo "==> pytest"
"$PY" -m pytest -q "$@"
