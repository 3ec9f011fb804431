"""Fixtures shared by every test directory."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def playwright_session() -> Iterator[Any]:
    """One Playwright driver for the whole session.

    The sync API runs an event loop in this thread: a second ``sync_playwright()`` while the first is alive
    fails with "using Playwright Sync API inside the asyncio loop", so every browser fixture shares this one.
    """
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def needs_renderer() -> None:
    """Skip, saying why, where no pygfx picture can be made on this machine (no package or no adapter)."""
    from rerun_nb.render import unavailable_reason

    why = unavailable_reason()
    if why is not None:
        pytest.skip(f"no renderer here: {why}")
