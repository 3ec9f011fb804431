"""How every browser test launches Debian's Chromium headless here (no GPU, no display, no network)."""

from __future__ import annotations

import os

CHROMIUM = os.environ.get("RRNB_CHROMIUM", "/usr/bin/chromium")
#: Playwright adds some of these itself; the SwiftShader pair keeps WebGL should Chromium drop its fallback.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
]
