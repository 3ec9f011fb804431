#!/usr/bin/env bash
# Install everything rerun_nb's demo and tests need on a fresh Debian machine (run as root or with sudo).
#   system: chromium (browser tests), mesa-vulkan-drivers (software Vulkan for pygfx), xvfb (window test)
#   python: the package in editable mode with the dev, render and rerun extras
#   js:     the pinned npm packages used to (re)build and check the widget bundle
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null; then SUDO="sudo"; fi

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
[ -e /usr/share/vulkan/icd.d/lvp_icd.x86_64.json ] || [ -e /usr/share/vulkan/icd.d/lvp_icd.aarch64.json ] || need_apt+=(mesa-vulkan-drivers)
command -v Xvfb >/dev/null || need_apt+=(xvfb)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "==> apt-get install ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

PY="${PYTHON:-python3}"
echo "==> pip install -e .[dev,render,rerun]"
"$PY" -m pip install -q --disable-pip-version-check -e ".[dev,render,rerun]" 2>&1 | grep -v -E "^WARNING: (Location|Running pip)" || true

if [ -f js/package-lock.json ]; then
  echo "==> npm ci (js/)"
  (cd js && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "==> install done"
