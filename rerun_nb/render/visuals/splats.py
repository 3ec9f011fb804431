"""GaussianSplats3D, honestly simplified (as the widget's ``visuals/splats.ts``): each gaussian is a
view-facing blob at its center, sigma the geometric mean of its scales (rotation and anisotropy are not shown),
drawn by pygfx's Gaussian-blob points (size = 6 sigma), its colour's alpha times the falloff, blended; spherical
harmonics are not evaluated (base colours only). Without scales the blobs take the default point radius.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pygfx as gfx

from ._registry import VisualContext, fields, register_visual
from .helpers import colors, splat


def splat_sigmas(scales: np.ndarray | None, n: int, default: float) -> np.ndarray:
    """(n,) sigma per splat: the geometric mean of ``|scales|`` (splatted), or ``default``.

    Examples
    --------
    >>> splat_sigmas(np.array([[1, 0.5, 0.25]], np.float32), 2, 0.1).round(3).tolist()
    [0.5, 0.5]
    """
    if scales is None or len(scales) == 0:
        return np.full(n, default, np.float32)
    s = np.abs(splat(scales, n, [1.0, 1.0, 1.0]).astype(np.float64))
    return np.cbrt(s.prod(axis=1)).astype(np.float32)


@register_visual("GaussianSplats3D")
def build(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """Gaussian blobs at ``centers``; None without centers."""
    c = fields(ev, arch)
    centers = c("centers")
    if centers is None or len(centers) == 0:
        return None
    n = len(centers)
    sigma = splat_sigmas(c("scales"), n, ctx.default_radius / 3.0)
    mat = gfx.PointsGaussianBlobMaterial(
        size_space="model", size_mode="vertex", color_mode="vertex", alpha_mode="blend", pick_write=False
    )
    geom = gfx.Geometry(
        positions=np.ascontiguousarray(centers, np.float32),
        colors=colors(c("colors"), n, ev.default_color),
        sizes=(6.0 * sigma).astype(np.float32),
    )
    return gfx.Points(geom, mat)
