"""A picture of the whole layout (issue 11, item 9): every view of the widget's ``layout`` tiled as the widget
tiles it, for the static picture of saved notebooks.

3D views are drawn by pygfx (the snapshot renderer, each in its origin's space); 2D views, time series, text
logs and text documents are drawn with Pillow (points / strips / boxes in pixel coordinates, y down; M4 lines;
the page of entries at the cursor; the document's text): Pillow's text is simple and needs no font atlas, which
pygfx's text would. Other classes show their name and "not supported yet", as the widget does.

Examples
--------
>>> lay = {"root": {"type": "container", "kind": "horizontal", "shares": [3, 1], "visible": True,
...        "children": [{"type": "view", "id": "a", "visible": True}, {"type": "view", "id": "b", "visible": True}]}}
>>> [(n["id"], r) for n, r in tiles(lay, 400, 100)]
[('a', (0, 0, 300, 100)), ('b', (300, 0, 100, 100))]
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

__all__ = ["render_layout", "tiles", "wants_layout"]

Rect = tuple[int, int, int, int]  # x, y, w, h
TITLE_H = 18
_BG, _FG, _DIM = (24, 24, 28, 255), (220, 220, 220, 255), (150, 150, 150, 255)


def _split(total: int, shares: list[float]) -> list[tuple[int, int]]:
    s = sum(shares) or 1.0
    edges = [round(total * sum(shares[:k]) / s) for k in range(len(shares) + 1)]
    return [(edges[k], edges[k + 1] - edges[k]) for k in range(len(shares))]


def _grid_cols(node: dict[str, Any], n: int, w: int, h: int) -> int:
    if node.get("grid_columns"):
        return int(node["grid_columns"])
    best, cols = math.inf, 1
    for c in range(1, n + 1):
        r = -(-n // c)
        cost = abs(4 / 3 - (w / c) / max(h / r, 1)) + 0.1 * (c * r - n)
        if cost < best:
            best, cols = cost, c
    return cols


def tiles(layout: dict[str, Any], width: int, height: int) -> list[tuple[dict[str, Any], Rect]]:
    """The visible view nodes of ``layout`` and their rectangles in a ``width`` x ``height`` picture."""
    out: list[tuple[dict[str, Any], Rect]] = []
    stack: list[tuple[Any, Rect]] = [(layout.get("root"), (0, 0, width, height))]
    while stack:
        node, (x, y, w, h) = stack.pop()
        if not isinstance(node, dict) or node.get("visible") is False or w < 2 or h < 2:
            continue
        if node.get("type") == "view":
            out.append((node, (x, y, w, h)))
            continue
        kids = [c for c in node.get("children") or () if c.get("visible") is not False]
        if not kids:
            continue
        kind = node.get("kind")
        if kind == "tabs":
            i = min(int(node.get("active_tab") or 0), len(kids) - 1)
            stack.append((kids[i], (x, y, w, h)))
        elif kind in ("horizontal", "vertical"):
            shares = [float(s) for s in (node.get("shares") or [])][: len(kids)]
            shares += [1.0] * (len(kids) - len(shares))
            parts = _split(w if kind == "horizontal" else h, shares)
            for c, (o, size) in reversed(list(zip(kids, parts))):
                stack.append((c, (x + o, y, size, h) if kind == "horizontal" else (x, y + o, w, size)))
        else:  # grid
            cols = _grid_cols(node, len(kids), w, h)
            rows = -(-len(kids) // cols)
            xs, ys = _split(w, [1.0] * cols), _split(h, [1.0] * rows)
            for k in reversed(range(len(kids))):
                (cx, cw), (cy, ch) = xs[k % cols], ys[k // cols]
                stack.append((kids[k], (x + cx, y + cy, cw, ch)))
    return out


def wants_layout(layout: Any) -> bool:
    """Whether the layout is more than the one 3D view at the root that the plain snapshot draws."""
    root = layout.get("root") if isinstance(layout, dict) else None
    if not isinstance(root, dict):
        return False
    if root.get("type") == "view":
        return root.get("class") != "3D" or root.get("origin") not in ("/", "")
    return True


# -- drawing one view ------------------------------------------------------------------------------------


def _color(ev: Any, comps: dict[str, Any], prefix: str, n: int) -> list[tuple[int, ...]]:
    c = comps.get(f"{prefix}:colors")
    if c is None or not len(c):
        return [tuple(int(v) for v in ev.default_color)] * n
    c = np.asarray(c)
    return [tuple(int(v) for v in c[min(i, len(c) - 1)]) for i in range(n)]


def _draw_2d(draw: Any, scene: Any, rect: Rect) -> None:
    x0, y0, w, h = rect
    b = scene.bounds()
    if b is None:
        return
    lo, hi = b[0][:2], b[1][:2]
    span = np.maximum(hi - lo, 1e-9)
    k = min((w - 8) / span[0], (h - 8) / span[1])
    off = np.array([x0 + (w - k * span[0]) / 2, y0 + (h - k * span[1]) / 2])

    def px(p: np.ndarray) -> np.ndarray:
        return (np.asarray(p, np.float64)[:, :2] - lo) * k + off

    for ev in scene.entities.values():
        m = ev.world_from_entity
        for name, batch in ev.components.items():
            arch, _, field = name.partition(":")
            if field == "positions" and np.ndim(batch) == 2 and np.shape(batch)[1] == 2:
                pts = px(np.asarray(batch) @ m[:2, :2].T + m[:2, 3])
                for (u, v), col in zip(pts, _color(ev, ev.components, arch, len(pts))):
                    draw.ellipse([u - 2.5, v - 2.5, u + 2.5, v + 2.5], fill=col)
            elif field == "strips" and hasattr(batch, "offsets"):
                vals = np.asarray(batch.values)
                if vals.ndim == 2 and vals.shape[1] == 2:
                    offs = np.asarray(batch.offsets)
                    cols = _color(ev, ev.components, arch, len(offs) - 1)
                    for i in range(len(offs) - 1):
                        seg = px(vals[offs[i] : offs[i + 1]] @ m[:2, :2].T + m[:2, 3])
                        draw.line([tuple(p) for p in seg], fill=cols[i], width=2)


def _draw_series(
    draw: Any, store: Any, view: dict[str, Any], timeline: str, t_int: int | None, rect: Rect
) -> None:
    from ..series import query_series

    x0, y0, w, h = rect
    r = query_series(store, list(view.get("entities") or ()), timeline, None, None, max(1, w))
    if r.data_range is None or r.value_range is None:
        return
    (a, b), (lo, hi) = r.data_range, r.value_range
    pad = (hi - lo) * 0.05 or 1.0
    lo, hi = lo - pad, hi + pad
    sx = (w - 1) / max(b - a, 1)
    for s in r.series:
        if not s.visible or not len(s.x):
            continue
        u = x0 + (s.x - a) * sx
        v = y0 + (h - 1) * (1 - (s.y - lo) / (hi - lo))
        pts = list(zip(u.tolist(), v.tolist()))
        if s.kind == "points" or len(pts) == 1:
            for p, q in pts:
                draw.ellipse([p - 1.5, q - 1.5, p + 1.5, q + 1.5], fill=tuple(s.color))
        else:
            draw.line(pts, fill=tuple(s.color), width=max(1, round(s.width)))
    if t_int is not None and a <= t_int <= b:
        cx = x0 + (t_int - a) * sx
        draw.line([(cx, y0), (cx, y0 + h)], fill=_DIM, width=1)


def _draw_audio(
    draw: Any, store: Any, view: dict[str, Any], timeline: str | None, t_int: int, rect: Rect
) -> None:
    from ..viewer.audio_query import view_waveform

    x0, y0, w, h = rect
    got = view_waveform(store, view, timeline, t_int, max(1, w))
    if got is None:
        return
    lo, hi, at, duration = got
    mid, amp = y0 + h / 2, h / 2 - 2
    for i in np.flatnonzero(~np.isnan(lo)).tolist():
        draw.line(
            [(x0 + i, mid - min(1.0, hi[i]) * amp), (x0 + i, mid - max(-1.0, lo[i]) * amp)],
            fill=(90, 176, 240),
        )
    if at is not None and 0 <= at <= duration:
        cx = x0 + at / duration * (w - 1)
        draw.line([(cx, y0), (cx, y0 + h)], fill=(255, 255, 255), width=1)


def _draw_lines(draw: Any, lines: list[tuple[str, tuple[int, ...]]], rect: Rect) -> None:
    x0, y0, w, h = rect
    for i, (text, col) in enumerate(lines[: max(0, (h - 4) // 14)]):
        draw.text((x0 + 4, y0 + 2 + 14 * i), text[: max(1, w // 6)], fill=col)


def _text_log_lines(store: Any, view: dict[str, Any], timeline: str, t_int: int | None, rows: int) -> list:
    from ..text_log_query import text_log_page

    ents = list(view.get("entities") or ())
    cursor = text_log_page(store, ents, timeline, t_int, offset=0, limit=1).cursor
    p = text_log_page(store, ents, timeline, t_int, offset=max(0, cursor - rows + 1), limit=max(1, rows))
    out = []
    for r in p.rows:  # the entries up to the cursor, as the widget scrolls to it
        col = tuple(r["color"]) if r["color"] else _FG
        out.append((f"{r['time']}  {r['level'] or '':<5}  {r['text']}", col))
    return out


def _document_lines(scene: Any) -> list:
    out = []
    for ev in scene.entities.values():
        text = ev.components.get("TextDocument:text")
        if text is not None and len(text):
            out += [(line, _FG) for line in str(text[0]).splitlines()]
    return out


# -- the whole picture -----------------------------------------------------------------------------------


def render_layout(
    recording: Any,
    layout: dict[str, Any],
    timeline: str | None,
    t_int: int | None,
    *,
    width: int,
    height: int,
    camera: Any = None,
    hidden: tuple[str, ...] = (),
) -> np.ndarray:
    """Every view of ``layout`` at store time ``t_int`` on ``timeline``: (H, W, 4) uint8 RGBA.

    ``t_int=None``: the timeline's latest time. ``camera`` applies when the layout has one 3D view.
    """
    from PIL import Image, ImageDraw

    from .. import query as q
    from ..viewer.views import latest_scene, space_scene
    from .snapshot import render_lock, render_scene

    store = recording.store
    if timeline and t_int is None:
        r = store.timeline_range(timeline)
        t_int = r[1] if r else 0
    kind = store.timeline_kinds.get(timeline) if timeline else None
    whole = q.scene(store, timeline if kind else None, t_int or 0, None)
    img = Image.new("RGBA", (width, height), _BG)
    draw = ImageDraw.Draw(img)
    placed = tiles(layout, width, height)
    n3d = sum(1 for v, _ in placed if v.get("class") == "3D")
    for view, (x, y, w, h) in placed:
        draw.rectangle([x, y, x + w - 1, y + h - 1], outline=(60, 60, 66, 255))
        draw.text((x + 4, y + 3), f"{view.get('name') or ''}", fill=_FG)
        body = (x + 1, y + TITLE_H, w - 2, h - TITLE_H - 1)
        if body[2] < 4 or body[3] < 4:
            continue
        cls = view.get("class")
        if cls == "3D":
            scene = space_scene(whole, view)
            if scene.entities:
                with render_lock:
                    arr = render_scene(scene, width=body[2], height=body[3],
                                       camera=camera if n3d == 1 else None, hidden=hidden)  # fmt: skip
                img.paste(Image.fromarray(np.ascontiguousarray(arr), "RGBA"), (body[0], body[1]))
        elif cls == "2D":
            _draw_2d(draw, space_scene(whole, view), body)
        elif cls == "TimeSeries" and kind:
            _draw_series(draw, store, view, timeline, t_int, body)
        elif cls == "TextLog" and kind:
            _draw_lines(
                draw, _text_log_lines(store, view, timeline, t_int, max(1, (body[3] - 4) // 14)), body
            )
        elif cls == "TextDocument":
            _draw_lines(
                draw,
                _document_lines(latest_scene(store, view, timeline if kind else None, t_int or 0, None)),
                body,
            )
        elif cls == "Audio":
            _draw_audio(draw, store, view, timeline if kind else None, t_int or 0, body)
        elif not view.get("drawable", True):
            draw.text((body[0] + 4, body[1] + 4), f"{cls} view: not supported yet", fill=_DIM)
    return np.asarray(img)
