"""Image, EncodedImage, DepthImage, SegmentationImage: textured quads in the entity's pixel plane (z = 0, y down,
pixel (0, 0) covering [0, 1]²; sampled as the ``magnification_filter`` says, nearest-neighbour by default), drawn
below 2D overlays; a DepthImage under a Pinhole is a point cloud (back-projected in image space, see
``archetypes/pinhole.py``) instead."""

from __future__ import annotations

from typing import Any

import numpy as np
import pygfx as gfx

from ..image_decode import decode_encoded, depth_rgba, pixels, rgba
from ._registry import VisualContext, fields, register_visual

# Rerun's default draw orders: images below segmentation below 2D shapes
_DEFAULT_ORDER = {
    "Image": -10.0,
    "EncodedImage": -10.0,
    "DepthImage": -20.0,
    "EncodedDepthImage": -20.0,
    "SegmentationImage": 0.0,
}
_MAX_POINTS = 1_000_000
#: Rerun's MagnificationFilter (Nearest 1, Linear 2, Bicubic 3) -> pygfx's interpolation
_INTERPOLATION = {1: "nearest", 2: "linear", 3: "cubic"}


def _last(c: Any, name: str) -> Any:
    v = c(name)
    return None if v is None or len(v) == 0 else v[len(v) - 1]


def _opacity(c: Any, default: float = 1.0) -> float:
    o = _last(c, "opacity")
    return default if o is None else float(np.clip(o, 0, 1))


def quad(img: np.ndarray, opacity: float, order: float, magnification: Any = None) -> Any:
    """An (H, W, 4) uint8 picture as a quad covering [0, W] x [0, H] at z = 0 (slightly behind, by draw order),
    sampled by Rerun's ``magnification`` filter value (``None``: nearest)."""
    data = np.ascontiguousarray(img, np.float32) / 255.0
    if opacity < 1:
        data[..., 3] *= opacity
    tex = gfx.Texture(data, dim=2)
    interpolation = _INTERPOLATION.get(1 if magnification is None else int(magnification), "nearest")
    mat = gfx.ImageBasicMaterial(clim=(0, 1), interpolation=interpolation, pick_write=False)
    if opacity < 1 or bool((img[..., 3] < 255).any()):
        mat.alpha_mode = "blend"
    obj = gfx.Image(gfx.Geometry(grid=tex), mat)
    obj.local.position = (0.5, 0.5, -1e-4 * order)  # pixel centres at +0.5; a higher draw order nearer
    obj.render_order = order
    return obj


def _order(c: Any, arch: str) -> float:
    o = _last(c, "draw_order")
    return _DEFAULT_ORDER.get(arch, 0.0) if o is None else float(o)


@register_visual("Image")
def build_image(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """The image's pixels as a quad; None when its buffer and format disagree."""
    c = fields(ev, arch)
    buf, fmt = _last(c, "buffer"), _last(c, "format")
    if buf is None or fmt is None:
        return None
    try:
        img = rgba(buf, fmt)
    except ValueError:
        return None
    return quad(img, _opacity(c), _order(c, arch), _last(c, "magnification_filter"))


@register_visual("EncodedImage")
def build_encoded(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """The decoded image as a quad (Pillow); None when it cannot be decoded."""
    c = fields(ev, arch)
    blob = _last(c, "blob")
    img = None if blob is None else decode_encoded(blob)
    return None if img is None else quad(img, _opacity(c), _order(c, arch), _last(c, "magnification_filter"))


@register_visual("SegmentationImage")
def build_segmentation(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """Class ids through the colour table the annotation context gave (``class_colors``)."""
    c = fields(ev, arch)
    buf, fmt, table = _last(c, "buffer"), _last(c, "format"), c("class_colors")
    if buf is None or fmt is None:
        return None
    try:
        ids = np.nan_to_num(pixels(buf, fmt)).astype(np.int64)
    except ValueError:
        return None
    table = np.zeros((1, 4), np.uint8) if table is None or len(table) == 0 else table
    img = table[np.clip(ids, 0, len(table) - 1)]
    return quad(img, _opacity(c, 0.5), _order(c, arch))


def back_projected(
    d: np.ndarray, proj: np.ndarray, meter: float, fill: float
) -> tuple[np.ndarray, np.ndarray]:
    """(positions in image space (N, 3), radii (N,)) of the valid depth pixels: pixel centre (u, v) at depth D is
    ``(cx + s (u - cx), cy + s (v - cy), D - d)``, ``s = D / d``; radius: half the pixel's footprint at D."""
    _fx, _fy, cx, cy, dist = (float(x) for x in proj)
    h, w = d.shape
    step = max(1, int(np.ceil(np.sqrt(h * w / _MAX_POINTS))))
    v, u = np.mgrid[0:h:step, 0:w:step]
    depth = d[::step, ::step].astype(np.float64) / meter
    ok = np.isfinite(depth) & (depth > 0)
    u, v, depth = u[ok] + 0.5, v[ok] + 0.5, depth[ok]
    s = depth / dist
    pos = np.stack([cx + s * (u - cx), cy + s * (v - cy), depth - dist], 1).astype(np.float32)
    # a point's radius in image-space units: half a pixel times the step, scaled like its position (s)
    return pos, (0.5 * step * fill * s).astype(np.float32)


@register_visual("DepthImage", "EncodedDepthImage")  # encoded: decoded in the kernel (depth_decode)
def build_depth(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """A colormapped quad, or under a Pinhole the back-projected point cloud."""
    c = fields(ev, arch)
    buf, fmt = _last(c, "buffer"), _last(c, "format")
    if buf is None or fmt is None:
        return None
    cmap = _last(c, "colormap")
    rng = _last(c, "depth_range")
    try:
        colored = depth_rgba(buf, fmt, 5 if cmap is None else int(cmap), rng)
        d = pixels(buf, fmt)
    except ValueError:
        return None
    proj = _last(c, "projection")
    if proj is None:
        return quad(colored, 1.0, _order(c, arch), _last(c, "magnification_filter"))
    meter = _last(c, "meter")
    fill = _last(c, "point_fill_ratio")
    if meter is None:  # Rerun's fallback: millimetres for integer depth, metres for floating point
        meter = 1.0 if d.dtype.kind == "f" else 1000.0
    pos, r = back_projected(d, proj, float(meter), 1.0 if fill is None else float(fill))
    step = max(1, int(np.ceil(np.sqrt(d.size / _MAX_POINTS))))
    cols = colored[::step, ::step].reshape(-1, 4)[(colored[::step, ::step, 3] > 0).reshape(-1)]
    mat = gfx.PointsMaterial(size_space="model", size_mode="vertex", color_mode="vertex", pick_write=False)
    geo = gfx.Geometry(positions=pos, colors=cols.astype(np.float32) / 255, sizes=2 * r)
    return gfx.Points(geo, mat)
