"""AssetVideo + VideoFrameReference: the video's frame at the reference's timestamp as a picture in the entity's
pixel plane (the image quad), decoded in the kernel (``video_decode``: the ffmpeg of imageio-ffmpeg). VideoStream:
the frame of its last sample at or before the scene's time (``video_stream_decode``: a range query on the store).

The frame is drawn by the ``VideoFrameReference`` of the entity that holds the ``AssetVideo`` (Rerun's default
``video_reference``); an ``AssetVideo`` alone draws nothing, as in Rerun. A video that cannot be read is reported
once per entity, naming the field at fault, and not drawn.
"""

from __future__ import annotations

import warnings
from typing import Any

from ...archetypes.media import _blob_and_type
from ...errors import RerunWarning
from ...video_decode import VideoError, decode_frame
from ...video_stream_decode import stream_frame
from ._registry import VisualContext, fields, register_visual
from .images import quad

_DEFAULT_ORDER = -10.0  # Rerun draws videos where images go
_reported: set[tuple[str, str]] = set()


def _report(path: str, field: str, message: str, arch: str = "AssetVideo") -> None:
    if (path, message) in _reported:
        return
    _reported.add((path, message))
    warnings.warn(f"{path!r}: {arch}.{field}: {message} (frame not drawn)", RerunWarning, stacklevel=2)


def _last(c: Any, name: str) -> Any:
    v = c(name)
    return None if v is None or len(v) == 0 else v[len(v) - 1]


@register_visual("AssetVideo")
def build_asset(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """Nothing: the entity's ``VideoFrameReference`` draws the frame."""
    return None


@register_visual("VideoFrameReference")
def build_frame(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """The frame at ``timestamp`` of the entity's video, as a quad; None without a video or when it is unreadable."""
    c = fields(ev, arch)
    ts = _last(c, "timestamp")
    ref = _last(c, "video_reference")
    if ts is None:
        return None
    if ref is not None and str(ref).strip("/") != ev.path.strip("/"):
        _report(ev.path, "blob", f"video_reference {str(ref)!r} (another entity) is drawn by the page only")
        return None
    found = _blob_and_type(fields(ev, "AssetVideo"))
    if found is None:
        return None
    try:
        img, _pts = decode_frame(found[0], found[1], int(ts))
    except VideoError as e:
        _report(ev.path, e.field, str(e))
        return None
    opacity = _last(c, "opacity")
    order = _last(c, "draw_order")
    return quad(
        img, 1.0 if opacity is None else float(opacity), _DEFAULT_ORDER if order is None else float(order)
    )


@register_visual("VideoStream")
def build_stream(ev: Any, arch: str, ctx: VisualContext) -> Any:
    """The frame of the stream's last sample at or before the scene's time, as a quad; None without one."""
    if ctx.store is None:
        return None
    c = fields(ev, arch)
    try:
        found = stream_frame(ctx.store, ev.path, ctx.timeline, ctx.time if ctx.time is not None else 0)
    except VideoError as e:
        _report(ev.path, e.field, str(e), "VideoStream")
        return None
    if found is None:
        return None
    opacity = _last(c, "opacity")
    order = _last(c, "draw_order")
    return quad(
        found[0],
        1.0 if opacity is None else float(opacity),
        _DEFAULT_ORDER if order is None else float(order),
    )
