"""Pictures from the kernel with pygfx (optional extra ``rerun_nb[render]``): snapshots, videos, the static
picture saved in notebooks, and the native window of ``rr.spawn()`` in plain scripts.

Nothing here imports pygfx until a picture is asked for, so ``import rerun_nb`` works without it.
"""

from __future__ import annotations

from ._support import RenderUnavailableError, require, unavailable_reason

__all__ = ["RenderUnavailableError", "require", "unavailable_reason"]
