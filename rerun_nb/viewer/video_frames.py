"""The ``video_frame`` message: a frame the page's browser cannot decode, decoded in the kernel
(``rerun_nb.video_decode``) and sent as RGBA (docs/protocol.md "video_frame").

The page asks for ``(path, timestamp)``: the newest ``AssetVideo`` logged at ``path`` (static first, else the newest
row on any timeline) and the frame shown at ``timestamp`` (ns of video time). For a ``VideoStream`` at ``path`` the
page sends the cursor (``timeline``, ``time``) instead and gets the frame of the last sample at or before it
(``rerun_nb.video_stream_decode``). A video that cannot be read answers
``error`` naming the entity path and the field at fault; a malformed message raises :class:`ProtocolError` (the
handler's error reply).

Examples
--------
>>> import rerun_nb as rr
>>> handle_video_frame(rr.RecordingStream("doc"), {"type": "video_frame", "id": 1, "view": "v", "path": "nope",
...                                               "timestamp": 0})[0]["error"]
"no AssetVideo at 'nope'"
"""

from __future__ import annotations

import io
from typing import Any

import numpy as np

from .. import entity_path as ep
from ..video_decode import VideoError, decode_frame
from ..video_stream_decode import has_stream, stream_frame
from .checks import ProtocolError, read_id, read_number, read_store_time, read_view, short
from .image_codec import JPEG_MIN_BYTES, JPEG_QUALITY

__all__ = ["handle_video_frame"]

_BLOB, _TYPE = "AssetVideo:blob", "AssetVideo:media_type"
_MAX_PATH = 4096
_INT64 = 2**63 - 1


def _newest(store: Any, path: str, component: str) -> Any:
    """The newest value of ``component`` at ``path``: static, else the latest row over every timeline."""
    hits = [store.latest_at(path, component, None, 0)]
    if hits[0] is None:
        hits = [store.latest_at(path, component, tl, _INT64) for tl in list(store.timeline_kinds)]
    hits = [h for h in hits if h is not None]
    return max(hits, key=lambda h: h.row_id).batch(component) if hits else None


def _read_path(content: dict[str, Any]) -> str:
    p = content.get("path")
    if not isinstance(p, str) or not p or len(p) > _MAX_PATH:
        raise ProtocolError(f"video_frame: 'path' must be a non-empty string, got {short(p)}")
    try:
        return ep.to_canonical(p)
    except ValueError as e:
        raise ProtocolError(f"video_frame: 'path' is not an entity path: {short(str(e))}") from None


def handle_video_frame(rec: Any, content: dict[str, Any]) -> tuple[dict[str, Any], list[memoryview]]:
    """Answer ``{"type": "video_frame", "id", "view", "path", "timestamp"}``: the frame as one buffer (RGBA, or a
    JPEG with ``codec: "jpeg"`` for frames of 64 KiB+ where Pillow is there) with ``width``, ``height``, ``pts``;
    or ``error`` (text) when there is no readable video at ``path``."""
    qid, view = read_id(content, "video_frame"), read_view(content, "video_frame")
    path = _read_path(content)
    reply: dict[str, Any] = {"type": "video_frame", "id": qid, "view": view, "path": path}
    if rec is not None and has_stream(rec.store, path):
        return _stream_reply(rec.store, path, content, reply)
    ts = read_number(content, "timestamp", "video_frame")
    blob = None if rec is None else _newest(rec.store, path, _BLOB)
    if blob is None or len(blob.offsets) < 2:
        return {**reply, "error": f"no AssetVideo at {path!r}"}, []
    types = _newest(rec.store, path, _TYPE)
    media_type = str(types[-1]) if types is not None and len(types) else None
    data = np.ascontiguousarray(blob.values[blob.offsets[-2] : blob.offsets[-1]])
    try:
        rgba, pts = decode_frame(data, media_type, int(max(-_INT64, min(_INT64, ts))))
    except VideoError as e:
        return {**reply, "error": f"{path!r}: AssetVideo.{e.field}: {e}"}, []
    return _frame_reply(reply, rgba, pts)


def _read_cursor(store: Any, content: dict[str, Any]) -> tuple[str | None, int]:
    tl = content.get("timeline")
    if tl is None:
        return None, 0
    kind = store.timeline_kinds.get(tl) if isinstance(tl, str) else None
    if kind is None:
        raise ProtocolError(f"video_frame: unknown 'timeline' {short(tl)}")
    t = read_number(content, "time", "video_frame")
    return tl, read_store_time(
        kind, t // 1 if kind == "sequence" else t, widen=True, key="time", msg="video_frame"
    )


def _stream_reply(
    store: Any, path: str, content: dict[str, Any], reply: dict[str, Any]
) -> tuple[dict[str, Any], list[memoryview]]:
    """The frame of the ``VideoStream`` at ``path`` at the cursor (``timeline``, ``time``); ``pts`` is its sample's
    time on that timeline."""
    tl, t = _read_cursor(store, content)
    try:
        found = stream_frame(store, path, tl, t)
    except VideoError as e:
        return {**reply, "error": f"{path!r}: VideoStream.{e.field}: {e}"}, []
    if found is None:
        return {**reply, "error": f"no VideoStream sample at {path!r} at or before the cursor"}, []
    return _frame_reply(reply, *found)


def _frame_reply(
    reply: dict[str, Any], rgba: np.ndarray, pts: int
) -> tuple[dict[str, Any], list[memoryview]]:
    h, w = rgba.shape[:2]
    reply.update(width=w, height=h, pts=pts)
    jpeg = _jpeg(rgba) if rgba.nbytes >= JPEG_MIN_BYTES else None
    if jpeg is not None:  # a decoded video frame is lossy already: a JPEG of it costs ~1/20 of the transport
        return {**reply, "codec": "jpeg"}, [memoryview(jpeg)]
    return reply, [memoryview(np.ascontiguousarray(rgba)).cast("B")]


def _jpeg(rgba: np.ndarray) -> bytes | None:
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - Pillow is optional: raw RGBA then
        return None
    out = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(rgba[..., :3])).save(out, "JPEG", quality=JPEG_QUALITY)
    return out.getvalue()
