"""Boxes2D, Ellipses2D and Arrows2D, flat in the plane z = 0 (the 3D scene and pictures draw 2D content there).

Boxes and ellipses are outlines whose line radius is ``radii`` / ``line_radii`` (scene units; none = a thin
line in pixels); arrows are flat shafts with triangular heads, ``radii`` half their shaft width.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy as np
import pygfx as gfx

from ._registry import VisualContext, fields, register_visual
from .helpers import alpha_mode, colors, radii, segments, splat, vec3

_ELLIPSE_SEGMENTS = 64


def _outline(c: Any, ev: Any, template: np.ndarray, radius_field: str) -> Any:
    """Closed outlines of ``template`` (unit points, (k, 2)) scaled by half sizes about centers."""
    hs = c("half_sizes")
    if hs is None or len(hs) == 0:
        return None
    n = max(len(hs), 0 if c("centers") is None else len(c("centers")))
    half = splat(hs, n, [0.5, 0.5]).astype(np.float64)
    ctr = splat(c("centers"), n, [0, 0]).astype(np.float64)
    k = len(template)
    pts = template[None] * half[:, None, :] + ctr[:, None, :]  # (n, k, 2)
    ends = np.stack([pts, np.roll(pts, -1, axis=1)], axis=2).reshape(-1, 2)  # segment end pairs
    rgba = colors(c("colors"), n, ev.default_color)
    r = radii(c(radius_field), n)
    return segments(
        vec3(ends.astype(np.float32)), np.repeat(rgba, 2 * k, axis=0), None if r is None else np.repeat(r, k)
    )


@cache
def _ellipse() -> np.ndarray:
    a = np.linspace(0, 2 * np.pi, _ELLIPSE_SEGMENTS, endpoint=False)
    return np.stack([np.cos(a), np.sin(a)], 1)


_RECT = np.array([[-1.0, -1.0], [1.0, -1.0], [1.0, 1.0], [-1.0, 1.0]])


@register_visual("Boxes2D")
def build_boxes(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """Rectangle outlines; None without half sizes."""
    return _outline(fields(ev, arch), ev, _RECT, "radii")


@register_visual("Ellipses2D")
def build_ellipses(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """Ellipse outlines; None without half sizes."""
    return _outline(fields(ev, arch), ev, _ellipse(), "line_radii")


def flat_arrows(org: np.ndarray, vec: np.ndarray, r: np.ndarray, rgba: np.ndarray) -> Any:
    """Flat arrows in z = 0: a shaft quad of half width ``r`` and a head triangle 4 r wide, per arrow.

    Examples
    --------
    >>> flat_arrows(np.zeros((1, 2)), np.array([[1.0, 0]]), np.array([0.1]), np.ones((1, 4)))  # doctest: +SKIP
    <pygfx.Mesh ...>
    """
    ln = np.linalg.norm(vec, axis=1)
    d = np.where(ln[:, None] > 0, vec / np.where(ln == 0, 1, ln)[:, None], [1.0, 0.0])
    p = np.stack([-d[:, 1], d[:, 0]], 1)  # left normal
    head = np.minimum(ln * 0.5, 6 * r)
    base = org + d * (ln - head)[:, None]
    w, hw = r[:, None], 2 * r[:, None]
    pts = np.stack(
        [org - p * w, base - p * w, base + p * w, org + p * w, base - p * hw, org + vec, base + p * hw], 1
    )  # (n, 7, 2)
    faces = np.array([[0, 1, 2], [0, 2, 3], [4, 5, 6]])
    n = len(vec)
    f = (faces[None] + (np.arange(n) * 7)[:, None, None]).reshape(-1, 3).astype(np.uint32)
    col = np.repeat(rgba, 7, axis=0).astype(np.float32)
    geom = gfx.Geometry(positions=vec3(pts.reshape(-1, 2).astype(np.float32)), colors=col, indices=f)
    mat = gfx.MeshBasicMaterial(
        color_mode="vertex", alpha_mode=alpha_mode(col), side="both", pick_write=False
    )
    return gfx.Mesh(geom, mat)


@register_visual("Arrows2D")
def build_arrows(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """Flat arrows; None without vectors. Without radii the shaft is half the default point radius wide, or
    1 % of the arrow's length."""
    c = fields(ev, arch)
    vec = c("vectors")
    if vec is None or len(vec) == 0:
        return None
    n = len(vec)
    vec = vec.astype(np.float64)
    org = splat(c("origins"), n, [0, 0]).astype(np.float64)
    rr_ = radii(c("radii"), n)
    ln = np.linalg.norm(vec, axis=1)
    r = np.abs(rr_).astype(np.float64) if rr_ is not None else np.maximum(ctx.default_radius * 0.5, ln * 0.01)
    return flat_arrows(org, vec, r, colors(c("colors"), n, ev.default_color))
