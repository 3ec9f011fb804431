"""LineStrips3D / LineStrips2D: each strip as segments, radius in scene units or 2 px by default."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from ._registry import VisualContext, fields, register_visual
from .helpers import colors, radii, segments, vec3

if TYPE_CHECKING:
    from ...components import Ragged


def _strips(strips: Ragged, rgba: np.ndarray, r: np.ndarray | None) -> Any:
    vals = vec3(strips.values)
    off = np.asarray(strips.offsets, np.int64)
    lengths = np.diff(off)
    nseg = np.maximum(lengths - 1, 0)
    total = int(nseg.sum())
    if total == 0:
        return None
    strip_of_seg = np.repeat(np.arange(len(lengths)), nseg)
    # start index of each segment: offset of its strip + its rank within the strip
    first_seg = np.concatenate([[0], np.cumsum(nseg)[:-1]])
    start = off[:-1][strip_of_seg] + (np.arange(total) - first_seg[strip_of_seg])
    seg_pos = np.empty((2 * total, 3), np.float32)
    seg_pos[0::2] = vals[start]
    seg_pos[1::2] = vals[start + 1]
    seg_col = np.repeat(rgba[strip_of_seg], 2, axis=0)
    seg_r = None if r is None else r[strip_of_seg]
    return segments(seg_pos, seg_col, seg_r)


@register_visual("LineStrips3D", "LineStrips2D")
def build(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """Segments for the ``strips`` of a line-strips archetype, or None when no strip has a segment.

    Examples
    --------
    >>> build(ev, "LineStrips3D", VisualContext(default_radius=0.05))  # doctest: +SKIP
    <pygfx.Group ...>
    """
    c = fields(ev, arch)
    s = c("strips")
    if s is None or len(s) == 0:
        return None
    n = len(s)
    return _strips(s, colors(c("colors"), n, ev.default_color), radii(c("radii"), n))
