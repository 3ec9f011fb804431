"""Labels in pictures: the ``labels`` of an archetype drawn as screen-space text next to their instances, by the
widget's rules (``js/src/visuals/labels.ts``, ``shape_helpers.ts``, ``controllers/labels.ts``): one label per
instance at its anchor, or one label for all at the instances' centroid; none when ``show_labels`` is logged
false; at most :data:`MAX_LABELS` per entity; text offset 8 px right and up from the anchor, as the page's.

Anchors, by the first field the archetype has: ``positions`` (points), ``origins`` + ``vectors`` (arrow tips),
``centers`` (boxes, ellipsoids, cylinders, 2D shapes), ``translations`` (capsules); 2D anchors lie at z = 0.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pygfx as gfx

from .helpers import splat

__all__ = ["MAX_LABELS", "label_anchors", "labelled"]

MAX_LABELS = 200
_FONT_PX = 12


def _vec3(a: Any) -> np.ndarray:
    a = np.asarray(a, np.float32)
    return a if a.shape[1] == 3 else np.pad(a, ((0, 0), (0, 3 - a.shape[1])))


def _instances(c: Any) -> np.ndarray | None:
    """Each instance's anchor (n, 3), or None when the archetype has no anchor field."""
    pos = c("positions")
    if pos is not None:
        return _vec3(pos)
    vec = c("vectors")
    if vec is not None:
        org = c("origins")
        return _vec3(vec) + (
            0 if org is None or len(org) == 0 else _vec3(splat(org, len(vec), [0.0] * vec.shape[1]))
        )
    for f in ("centers", "translations"):
        v = c(f)
        if v is not None and len(v):
            n = max(len(v), *(len(x) for g in ("half_sizes", "lengths") if (x := c(g)) is not None))
            return _vec3(splat(v, n, [0.0] * v.shape[1]))
    for g in ("half_sizes", "lengths"):  # shapes without centers sit at the origin
        x = c(g)
        if x is not None and len(x):
            return np.zeros((len(x), 3), np.float32)
    return None


def label_anchors(c: Any) -> tuple[np.ndarray, list[str]] | None:
    """(anchors (k, 3), texts) of an archetype's labels by the rules above, or None when none are shown.

    Examples
    --------
    >>> comps = {"positions": np.array([[0, 0, 0], [2, 0, 0]], np.float32), "labels": np.array(["a"], object)}
    >>> label_anchors(comps.get)[0].tolist(), label_anchors(comps.get)[1]
    ([[1.0, 0.0, 0.0]], ['a'])
    """
    labels, show = c("labels"), c("show_labels")
    if labels is None or len(labels) == 0 or (show is not None and len(show) and not bool(show[0])):
        return None
    pos = _instances(c)
    if pos is None or len(pos) == 0:
        return None
    if len(labels) == 1 and len(pos) > 1:
        return pos.mean(axis=0, keepdims=True), [str(labels[0])]
    k = min(len(pos), len(labels), MAX_LABELS)
    return pos[:k], [str(t) for t in labels[:k]]


def labelled(ev: Any, arch: str, obj: Any) -> Any:
    """``obj`` with its archetype's labels as screen-space text (a group of both), or ``obj`` as is."""
    comps = ev.components
    found = label_anchors(lambda f: comps.get(f"{arch}:{f}"))
    if obj is None or found is None:
        return obj
    group = gfx.Group()
    group.add(obj)
    mat = gfx.TextMaterial(color="#ffffff", outline_color="#000000", outline_thickness=0.25)
    for p, text in zip(*found, strict=True):
        t = gfx.Text(
            text=text,
            material=mat,
            font_size=_FONT_PX,
            screen_space=True,
            anchor="bottom-left",
            anchor_offset=8,
            render_order=1e6,  # over the geometry, as the page's overlay
        )
        t.local.position = tuple(float(x) for x in p)
        group.add(t)
    return group
