"""Is there a renderer here? (pygfx installed, a wgpu adapter found) — checked once, without importing pygfx
until a picture is asked for. ``rerun_nb`` works without any of this; pictures need ``rerun_nb[render]``."""

from __future__ import annotations

import importlib.util
import os
import threading

__all__ = ["RenderUnavailableError", "require", "unavailable_reason"]

_lock = threading.Lock()
_checked = False
_reason: str | None = None


class RenderUnavailableError(RuntimeError):
    """A picture was asked for where none can be rendered (the message says why and what to install)."""


def _missing() -> str | None:
    missing = [m for m in ("pygfx", "wgpu", "rendercanvas") if importlib.util.find_spec(m) is None]
    if missing:
        return (
            f"pictures need the render extra ({', '.join(missing)} not installed): "
            "pip install 'rerun_nb[render]'"
        )
    return None


def quick_reason() -> str | None:
    """What can be told without touching the GPU: the full answer when it is known already, else only
    whether the packages are installed (a few ms; the adapter check can take seconds)."""
    with _lock:
        if _checked:
            return _reason
    return _missing()


def _check() -> str | None:
    missing = _missing()
    if missing:
        return missing
    if "XDG_RUNTIME_DIR" not in os.environ:  # mesa prints a harmless error line per device otherwise
        d = f"/tmp/rerun_nb-xdg-{os.getuid()}" if hasattr(os, "getuid") else None
        if d is not None:
            try:
                os.makedirs(d, mode=0o700, exist_ok=True)
                os.environ["XDG_RUNTIME_DIR"] = d
            except OSError:
                pass
    try:
        import wgpu

        adapter = wgpu.gpu.request_adapter_sync(power_preference="high-performance")
    except Exception as e:  # no Vulkan/Metal/DX12/GL driver
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        return (
            f"no wgpu graphics adapter here ({first[:160]}); on Debian/Ubuntu without a GPU: "
            "apt-get install mesa-vulkan-drivers"
        )
    try:
        if "float32-filterable" not in adapter.features:  # e.g. the OpenGL llvmpipe adapter
            import pygfx as gfx

            gfx.renderers.wgpu.enable_wgpu_features("!float32-filterable")
    except Exception:  # pragma: no cover - best effort
        pass
    return None


def unavailable_reason() -> str | None:
    """``None`` when pictures can be rendered here, else one line saying why not (and what to install)."""
    global _checked, _reason
    with _lock:
        if not _checked:
            _reason = _check()
            _checked = True
        return _reason


def require() -> None:
    """Raise :class:`RenderUnavailableError` (with the reason) when no picture can be rendered here."""
    r = unavailable_reason()
    if r is not None:
        raise RenderUnavailableError(f"rerun_nb: {r}")
