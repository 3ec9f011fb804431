"""Points3D / Points2D: round, shaded discs whose radius is in scene units (negative = UI pixels, as in
Rerun); no radius → the scene's default radius. Points with class ids and keypoint ids also get the skeleton
lines of their annotation context (``keypoint_segments``, derived by the query), as Rerun draws them."""

from __future__ import annotations

from typing import Any

import numpy as np
import pygfx as gfx

from ._registry import VisualContext, fields, register_visual
from .helpers import colors, radii, segments, vec3

_SPRITE: Any = None


def _sphere_sprite(n: int = 64) -> Any:
    """RGBA sprite: rgb = the widget's shading ``0.72 + 0.28 * lambert``, alpha = the disc."""
    global _SPRITE
    if _SPRITE is None:
        c = (np.arange(n, dtype=np.float32) + 0.5) / n * 2 - 1
        x, y = np.meshgrid(c, c)  # sprite row 0 is drawn at the bottom here, as the widget's uv.y = -1
        d2 = x * x + y * y
        z = np.sqrt(np.clip(1 - d2, 0, 1))
        light = np.array([-0.35, 0.45, 0.82], np.float32)
        light /= np.linalg.norm(light)
        lam = np.clip(x * light[0] + y * light[1] + z * light[2], 0, 1)
        img = np.empty((n, n, 4), np.float32)
        img[..., :3] = (0.72 + 0.28 * lam)[..., None]
        img[..., 3] = (d2 <= 1).astype(np.float32)
        _SPRITE = gfx.Texture(img, dim=2)
    return _SPRITE


def _points(pos: np.ndarray, rgba: np.ndarray, r: np.ndarray | None, default_radius: float) -> Any:
    if r is None:
        r = np.full(len(pos), default_radius, np.float32)
    screen = bool(len(r)) and float(r[0]) < 0
    mat = gfx.PointsSpriteMaterial(
        sprite=_sphere_sprite(),
        size_space="screen" if screen else "model",  # the widget scales radii with the entity transform
        size_mode="vertex",
        color_mode="vertex",
        alpha_mode="blend" if bool((rgba[:, 3] < 1.0).any()) else "auto",
        alpha_test=0.5,
        pick_write=False,
    )
    sizes = np.abs(r).astype(np.float32) * 2.0  # pygfx size = diameter
    return gfx.Points(gfx.Geometry(positions=pos, colors=rgba, sizes=sizes), mat)


@register_visual("Points3D", "Points2D")
def build(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """Sprites for the ``positions`` of a points archetype, or None without positions.

    Examples
    --------
    >>> build(ev, "Points3D", VisualContext(default_radius=0.05))  # doctest: +SKIP
    <pygfx.Points ...>
    """
    c = fields(ev, arch)
    p = c("positions")
    if p is None or len(p) == 0:
        return None
    n = len(p)
    pts = _points(vec3(p), colors(c("colors"), n, ev.default_color), radii(c("radii"), n), ctx.default_radius)
    seg = c("keypoint_segments")
    if seg is None or len(seg) == 0:
        return pts
    seg_col = colors(c("keypoint_segment_colors"), len(seg) // 2, ev.default_color)
    group = gfx.Group()
    group.add(segments(vec3(seg), np.repeat(seg_col, 2, axis=0), None), pts)
    return group
