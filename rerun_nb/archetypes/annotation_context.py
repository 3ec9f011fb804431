"""AnnotationContext: class descriptions (labels, colours, keypoints) for the class ids of its entity and below.

Scene resolution looks the nearest context up through the entity hierarchy (the entity itself first, then its
ancestors), as Rerun does, and asks :meth:`AnnotationContext.contextualise` what a drawn entity gets from it:
colours and labels for ``class_ids`` (when none were logged), a colour table for segmentation images, and the
keypoint connections of points with ``class_ids`` + ``keypoint_ids`` as line segments
(``<Arch>:keypoint_segments``: float32 (2S, D) end points, start and end alternating, in the points' space;
``<Arch>:keypoint_segment_colors``: uint8 (S, 4), the class colour, as Rerun draws skeletons).
Classes without a colour get Rerun's automatic class colour; every front end draws what it receives.
"""

from __future__ import annotations

import colorsys
import json
from collections.abc import Callable
from functools import lru_cache
from typing import Any, ClassVar

import numpy as np

from .. import components as C
from ..components.annotations import AnnotationInfo, ClassDescription
from ._base import _REGISTRY, Archetype, Field

__all__ = ["AnnotationContext", "AnnotationInfo", "ClassDescription", "class_color", "class_colors"]


def _srgb(c: float) -> int:
    c = max(0.0, min(1.0, c))
    s = 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055
    return round(s * 255)


@lru_cache(maxsize=4096)
def class_color(class_id: int) -> tuple[int, int, int, int]:
    """Rerun's automatic colour of a class id (golden-ratio hues; id 0 is transparent in segmentation images).

    Examples
    --------
    >>> class_color(1) == class_color(1) and class_color(1) != class_color(2)
    True
    """
    h = (class_id * (5**0.5 - 1) / 2) % 1.0
    r, g, b = colorsys.hsv_to_rgb(h, 0.85, 0.5)  # linear-space HSV (egui's Hsva), shown in sRGB
    return (_srgb(r), _srgb(g), _srgb(b), 255)


def class_colors(ids: np.ndarray) -> np.ndarray:
    """uint8 (N, 4): :func:`class_color` of every id in ``ids`` at once (the same arithmetic, vectorised).

    Examples
    --------
    >>> tuple(class_colors(np.arange(3))[2]) == class_color(2)
    True
    """
    h = (np.asarray(ids, np.float64) * (5**0.5 - 1) / 2) % 1.0
    s, v = 0.85, 0.5  # colorsys.hsv_to_rgb, sector by sector
    i = (h * 6.0).astype(np.int64)
    f = h * 6.0 - i
    p, q, t = np.full_like(h, v * (1.0 - s)), v * (1.0 - s * f), v * (1.0 - s * (1.0 - f))
    vv = np.full_like(h, v)
    sectors = [(vv, t, p), (q, vv, p), (p, vv, t), (p, q, vv), (t, p, vv), (vv, p, q)]
    i %= 6
    rgb = np.stack([np.choose(i, [sec[c] for sec in sectors]) for c in range(3)], -1)
    c = np.clip(rgb, 0.0, 1.0)
    srgb = np.where(c <= 0.0031308, 12.92 * c, 1.055 * c ** (1 / 2.4) - 0.055)
    out = np.full((len(h), 4), 255, np.uint8)
    out[:, :3] = np.round(srgb * 255).astype(np.uint8)
    return out


@lru_cache(maxsize=64)
def _parsed(text: str) -> dict[int, dict[str, Any]]:
    try:
        return {int(d["id"]): d for d in json.loads(text)}
    except (ValueError, KeyError, TypeError):
        return {}


def _lookup(get: Callable[[str], Any]) -> dict[int, dict[str, Any]]:
    ctx = get("context")
    return {} if ctx is None or len(ctx) == 0 else _parsed(ctx[-1])


class AnnotationContext(Archetype):
    """Class descriptions for the class ids logged at this entity and below it.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> ctx = rr.AnnotationContext([(1, "sky", (0, 0, 255)), rr.ClassDescription(info=(2, "person"),
    ...     keypoint_annotations=[(0, "head")], keypoint_connections=[(0, 1)])])
    >>> ctx.context.shape
    (1,)
    """

    archetype_name = "AnnotationContext"
    context = Field(C.annotation_context, required=True)
    #: drawn entities with class ids get colours from the automatic palette even without a context
    context_default: ClassVar[bool] = True

    @classmethod
    def contextualise(cls, get: Callable[[str], Any], components: dict[str, Any]) -> dict[str, Any]:
        """Components a drawn entity gets from this context (``get`` answers None for every field: no context)."""
        classes = None
        out: dict[str, Any] = {}
        for name in {k.partition(":")[0] for k in components}:
            ids = components.get(f"{name}:class_ids")
            arch = _REGISTRY.get(name)
            if ids is not None and len(ids):
                classes = _lookup(get) if classes is None else classes
                out.update(_instance_annotations(name, arch, ids, components, classes))
            elif (
                arch is not None
                and getattr(arch, "class_id_pixels", False)
                and f"{name}:buffer" in components
            ):
                classes = _lookup(get) if classes is None else classes
                out[f"{name}:class_colors"] = _color_table(components, name, classes)
        return out


def _info_color(d: dict[str, Any] | None, class_id: int) -> tuple[int, ...]:
    if d is not None and d.get("color") is not None:
        return tuple(d["color"])
    return class_color(class_id)


def _instance_annotations(
    name: str, arch: Any, ids: np.ndarray, components: dict[str, Any], classes: dict[int, dict[str, Any]]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    fields = getattr(arch, "_fields", {})
    if f"{name}:colors" not in components and "colors" in fields:
        kp = components.get(f"{name}:keypoint_ids")
        cols = np.empty((len(ids), 4), np.uint8)
        for i, c in enumerate(ids.tolist()):
            d = classes.get(c)
            col = _info_color(d, c)
            if kp is not None and len(kp) and d is not None:
                k = int(kp[min(i, len(kp) - 1)])
                info = next((x for x in d.get("keypoints", []) if x.get("id") == k), None)
                if info is not None and info.get("color") is not None:
                    col = tuple(info["color"])
            cols[i] = col
        out[f"{name}:colors"] = cols
    if f"{name}:labels" not in components and "labels" in fields:
        labels = [classes.get(c, {}).get("label") for c in ids.tolist()]
        if any(lb is not None for lb in labels):
            arr = np.empty(len(labels), dtype=object)
            arr[:] = [lb or "" for lb in labels]
            out[f"{name}:labels"] = arr
    out.update(keypoint_segments(name, ids, components, classes))
    return out


def keypoint_segments(
    name: str, ids: np.ndarray, components: dict[str, Any], classes: dict[int, dict[str, Any]]
) -> dict[str, Any]:
    """The skeleton lines of points with class ids and keypoint ids, as Rerun draws them.

    Per class id, the points of that class are keyed by keypoint id; every connection ``(a, b)`` of the class's
    description whose two keypoints are both present is a segment, coloured with the class colour (its
    ``AnnotationInfo`` colour, else Rerun's automatic class colour). A class without a description draws none;
    a single class id or keypoint id applies to every point (as colours do).

    Returns
    -------
    dict
        ``{}`` when there is nothing to connect, else ``{"<name>:keypoint_segments": float32 (2S, D),
        "<name>:keypoint_segment_colors": uint8 (S, 4)}``.

    Examples
    --------
    >>> classes = {1: {"id": 1, "color": [255, 0, 0, 255], "connections": [[0, 1], [1, 2], [2, 9]]}}
    >>> comps = {"Points2D:positions": np.array([[0, 0], [1, 0], [1, 1]], np.float32),
    ...          "Points2D:keypoint_ids": np.array([0, 1, 2], np.uint16)}
    >>> out = keypoint_segments("Points2D", np.array([1], np.uint16), comps, classes)
    >>> out["Points2D:keypoint_segments"].tolist(), out["Points2D:keypoint_segment_colors"].tolist()
    ([[0.0, 0.0], [1.0, 0.0], [1.0, 0.0], [1.0, 1.0]], [[255, 0, 0, 255], [255, 0, 0, 255]])
    """
    pos = components.get(f"{name}:positions")
    kp = components.get(f"{name}:keypoint_ids")
    if pos is None or kp is None or len(pos) == 0 or len(kp) == 0 or len(ids) == 0:
        return {}
    n = len(pos)
    cls_of = np.broadcast_to(ids, (n,)) if len(ids) == 1 else ids[:n]
    kp_of = np.broadcast_to(kp, (n,)) if len(kp) == 1 else kp[:n]
    points: dict[int, dict[int, int]] = {}  # class id -> keypoint id -> instance (the last one wins)
    for i, (c, k) in enumerate(zip(cls_of.tolist(), kp_of.tolist(), strict=False)):
        points.setdefault(int(c), {})[int(k)] = i
    starts: list[int] = []
    ends: list[int] = []
    colors: list[tuple[int, ...]] = []
    for c, by_kp in points.items():
        d = classes.get(c)
        if d is None:
            continue
        col = _info_color(d, c)
        for a, b in d.get("connections", []):
            ia, ib = by_kp.get(int(a)), by_kp.get(int(b))
            if ia is not None and ib is not None:
                starts.append(ia)
                ends.append(ib)
                colors.append(col)
    if not starts:
        return {}
    seg = np.empty((2 * len(starts), pos.shape[1]), np.float32)
    seg[0::2] = pos[starts]
    seg[1::2] = pos[ends]
    return {
        f"{name}:keypoint_segments": seg,
        f"{name}:keypoint_segment_colors": np.array(colors, np.uint8).reshape(-1, 4),
    }


def _color_table(components: dict[str, Any], name: str, classes: dict[int, dict[str, Any]]) -> np.ndarray:
    """uint8 (K, 4): the colour of every class id 0..K-1 that the image or the context holds (0: transparent)."""
    from ..components.images import ImageFormat

    k = max(classes, default=0) + 1
    buf, fmt = components.get(f"{name}:buffer"), components.get(f"{name}:format")
    if buf is not None and fmt is not None and len(fmt) and len(buf):
        f = ImageFormat.from_row(fmt[-1])
        if f.channel_datatype is not None:
            px = buf[len(buf) - 1]
            dt = f.channel_datatype.to_np_dtype().newbyteorder("<")
            if px.size % dt.itemsize == 0 and px.size:
                vals = px.view(dt)
                k = max(k, int(min(np.nanmax(vals), 65535)) + 1 if vals.dtype.kind in "iuf" else 1)
    table = class_colors(np.arange(min(k, 65536)))
    if 0 not in classes:
        table[0] = 0  # id 0 without a description: transparent
    for c, d in classes.items():  # only the context's classes: a Python loop over its few entries
        if 0 <= c < len(table):
            table[c] = _info_color(d, c)
    return table
