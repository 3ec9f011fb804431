"""Cameras as the widget has them: ``{position, target, up}`` dicts, a 45° vertical field of view, Z up, and
the same fit to the scene bounds (js/src/camera.ts). Pure numpy except :func:`apply_camera`."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

__all__ = ["FOV_DEG", "VIEW_DIR", "apply_camera", "fit_camera", "normalize_camera"]

#: Vertical field of view, degrees (three.js PerspectiveCamera(45) in the widget).
FOV_DEG = 45.0
#: Where the camera looks from (relative to the target) after a fit: front-right-above, +x to the right.
VIEW_DIR = np.array([0.3, -1.0, 0.55]) / np.linalg.norm([0.3, -1.0, 0.55])


def fit_camera(bounds: tuple[np.ndarray, np.ndarray] | None, aspect: float) -> dict[str, list[float]]:
    """The widget's fit: frame the bounds' bounding sphere from ``VIEW_DIR``.

    Examples
    --------
    >>> c = fit_camera((np.zeros(3), np.ones(3)), 4 / 3)
    >>> c["target"], c["up"]
    ([0.5, 0.5, 0.5], [0.0, 0.0, 1.0])
    """
    if bounds is None:
        lo, hi = np.full(3, -1.0), np.full(3, 1.0)
    else:
        lo, hi = np.asarray(bounds[0], np.float64), np.asarray(bounds[1], np.float64)
    center = (lo + hi) / 2
    radius = float(np.linalg.norm(hi - lo)) / 2
    if not math.isfinite(radius) or radius <= 0:
        radius = 1.0
    fov = math.radians(FOV_DEG)
    fit_fov = 2 * math.atan(math.tan(fov / 2) * aspect) if aspect < 1 else fov
    dist = radius / math.sin(fit_fov / 2) * 1.05
    pos = center + VIEW_DIR * dist
    return {"position": pos.tolist(), "target": center.tolist(), "up": [0.0, 0.0, 1.0]}


def _vec3(v: Any, what: str) -> list[float]:
    a = np.asarray(v, np.float64).reshape(-1)
    if a.shape != (3,) or not np.all(np.isfinite(a)):
        raise ValueError(f"camera {what} must be 3 finite numbers, got {v!r}")
    return a.tolist()


def normalize_camera(camera: Any) -> dict[str, list[float]] | None:
    """Accept ``None`` (fit to the scene), a ``{position, target, up}`` dict, a ``(position, target[, up])``
    tuple, or anything with a ``camera`` attribute holding such a dict (a live ``Viewer``)."""
    if camera is None:
        return None
    if not isinstance(camera, (dict, tuple, list)) and hasattr(camera, "camera"):
        camera = camera.camera
        if not camera:  # a viewer that has not been shown / orbited yet
            return None
    if isinstance(camera, dict):
        if "position" not in camera or "target" not in camera:
            raise ValueError(
                f"camera dict needs 'position' and 'target' (and optionally 'up'), got {camera!r}"
            )
        pos, tgt, up = camera["position"], camera["target"], camera.get("up") or (0, 0, 1)
    elif isinstance(camera, (tuple, list)) and len(camera) in (2, 3):
        pos, tgt = camera[0], camera[1]
        up = camera[2] if len(camera) == 3 else (0, 0, 1)
    else:
        raise TypeError(
            "camera must be None, a {position, target, up} dict, a (position, target[, up]) tuple or a Viewer, "
            f"got {type(camera).__name__}"
        )
    return {"position": _vec3(pos, "position"), "target": _vec3(tgt, "target"), "up": _vec3(up, "up")}


def pygfx_fov(aspect: float) -> float:
    """pygfx's ``fov`` that gives a 45° *vertical* field of view when ``camera.aspect == aspect`` (pygfx
    spreads its fov over width and height)."""
    return math.degrees(2 * math.atan(math.tan(math.radians(FOV_DEG) / 2) * (1 + aspect) / 2))


def apply_camera(
    cam: Any, camera: dict[str, list[float]], width: int, height: int, *, fixed_depth: bool = True
) -> None:
    """Point a ``gfx.PerspectiveCamera`` like the widget's camera for a ``width`` x ``height`` view.

    ``fixed_depth``: near/far planes as the widget sets them (distance / 1000, distance * 1000); else pygfx
    derives them from the camera's extent (what an orbit controller that zooms needs)."""
    aspect = width / max(height, 1)
    cam.aspect = aspect
    cam.fov = pygfx_fov(aspect)
    pos = np.asarray(camera["position"], np.float64)
    tgt = np.asarray(camera["target"], np.float64)
    d = float(np.linalg.norm(pos - tgt)) or 1.0
    cam.depth_range = (max(d / 1000, 1e-4), d * 1000) if fixed_depth else None
    cam.local.position = tuple(pos)
    # show_pos = look_at + an extent matching the distance, so an orbit controller turns around the target
    cam.show_pos(tuple(tgt), up=tuple(camera.get("up") or (0, 0, 1)))
