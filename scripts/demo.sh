#!/usr/bin/env bash
# One command: install, then open the DNA tutorial notebook in JupyterLab (Run All shows the viewer).
# With --script: run the tutorial as a plain script that logs, prints what the store holds and saves dna.rnb.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
PY="${PYTHON:-python3}"
if [ "${1:-}" = "--script" ]; then
  exec "$PY" examples/dna.py dna.rnb
fi
ROOT_FLAG=""
[ "$(id -u)" = "0" ] && ROOT_FLAG="--allow-root"
exec "$PY" -m jupyterlab $ROOT_FLAG notebooks/dna.ipynb "$@"
