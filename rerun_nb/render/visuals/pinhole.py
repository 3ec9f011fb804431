"""Pinhole: the camera frustum, drawn in the entity's image space (see ``archetypes/pinhole.py``): lines from the
camera centre ``(cx, cy, -d)`` to the image corners, and the image's outline at z = 0 (the image plane)."""

from __future__ import annotations

from typing import Any

import numpy as np

from ...archetypes.pinhole import DEFAULT_IMAGE_PLANE_DISTANCE, Pinhole
from ._registry import VisualContext, fields, register_visual
from .helpers import colors, segments

_DEFAULT_COLOR = (255, 255, 255, 255)


def frustum_segments(k: np.ndarray, w: float, h: float, d: float) -> np.ndarray:
    """(16, 3) float32: segment end points of the frustum in image space."""
    apex = [float(k[0, 2]), float(k[1, 2]), -d]
    corners = [[0, 0, 0], [w, 0, 0], [w, h, 0], [0, h, 0]]
    out = []
    for i, p in enumerate(corners):
        out += [apex, p, p, corners[(i + 1) % 4]]
    return np.asarray(out, np.float32)


@register_visual("Pinhole")
def build_pinhole(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """The frustum's lines; None without intrinsics."""
    c = fields(ev, arch)
    k = c("image_from_camera")
    if k is None or len(k) == 0:
        return None
    w, h = Pinhole.frustum_size(c)
    dist = c("image_plane_distance")
    d = float(dist[-1]) if dist is not None and len(dist) else DEFAULT_IMAGE_PLANE_DISTANCE
    seg = frustum_segments(k[-1], w, h, d)
    rgba = colors(c("color"), 1, _DEFAULT_COLOR)
    lw = c("line_width")
    r = None if lw is None or len(lw) == 0 else np.full(8, float(lw[-1]), np.float32)
    return segments(seg, np.repeat(rgba, len(seg), axis=0), r)
