"""Images compressed for the trip to the page (docs/protocol.md, "Image transport").

A 640x480 RGB frame is 0.92 MB raw; scrubbing and playback move one per cursor step. Where the viewer's
``image_transport`` setting allows, an ``Image`` whose pixels are uint8 grey or RGB travels as a JPEG instead
(measured on this machine with Pillow: 0.7-2 ms to encode, 34 kB for a camera-like frame, 226 kB for pure
noise, at quality 85). The page decodes it before applying the reply, and asks again with ``exact`` once the
cursor rests, so the settled picture and hover values are the logged bytes. Depth and segmentation images
(values matter) and every other pixel layout travel raw.

What a view holds of a component sent lossy is remembered as :func:`lossy_rid` of its row id: an exact query
then sees a different row id and sends the raw bytes; a lossy one sees the same picture and sends nothing.
"""

from __future__ import annotations

import io
from typing import Any

import numpy as np

__all__ = [
    "IMAGE_TRANSPORTS",
    "JPEG_MIN_BYTES",
    "JPEG_QUALITY",
    "check_transport",
    "held_same",
    "jpeg_image",
    "lossy_rid",
]

#: The settings: ``auto`` (JPEG for large colour images while scrubbing and playing, exact once the cursor
#: rests), ``jpeg`` (the same for colour images of any size), ``raw`` (the logged bytes, always).
IMAGE_TRANSPORTS = ("auto", "jpeg", "raw")
#: ``auto`` compresses images of at least this many raw bytes (smaller ones cost less raw than the codec).
JPEG_MIN_BYTES = 64 * 1024
#: JPEG quality (Pillow's scale): 85 keeps edges and text readable while scrubbing.
JPEG_QUALITY = 85

_U8 = 6  # Rerun's ChannelDatatype.U8
_CHANNELS = {1: 1, 2: 3}  # ColorModel L, RGB -> channels


def check_transport(value: Any) -> str:
    """``value`` as one of :data:`IMAGE_TRANSPORTS`, else ``ValueError``.

    Examples
    --------
    >>> check_transport("AUTO")
    'auto'
    """
    v = value.lower() if isinstance(value, str) else value
    if v not in IMAGE_TRANSPORTS:
        raise ValueError(f"image_transport must be one of {list(IMAGE_TRANSPORTS)}, got {value!r}")
    return v


def lossy_rid(rid: int) -> int:
    """What a view holds of a component sent lossy at row id ``rid`` (never a real row id, never -1)."""
    return -(rid + 2)


def held_same(held: int | None, rid: int, lossy: bool) -> bool:
    """Whether what the view holds (``held``) is the component at ``rid`` for this reply."""
    if rid == -1 or held is None:
        return False
    return held == rid or (lossy and held == lossy_rid(rid))


def jpeg_image(batch: Any, fmt: Any, transport: str) -> tuple[bytes, int, int] | None:
    """The one image of an ``Image:buffer`` batch as JPEG bytes, when ``transport`` says so.

    Parameters
    ----------
    batch:
        The buffer batch (a ragged blob: ``values`` uint8, ``offsets``); only a batch of one image is compressed.
    fmt:
        The entity's ``Image:format`` batch (uint32 (N, 5): width, height, pixel format, colour model, datatype).
    transport:
        ``auto`` or ``jpeg`` (``raw`` never compresses).

    Returns
    -------
    (bytes, raw length, channels) or None
        ``None``: send the raw bytes (not a uint8 grey/RGB image, too small for ``auto``, or ``raw``).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> px = np.full((8, 8, 3), 200, np.uint8).reshape(-1)
    >>> b = SimpleNamespace(values=px, offsets=np.array([0, px.size]))
    >>> data, n, c = jpeg_image(b, np.array([[8, 8, 0, 2, 6]], np.uint32), "jpeg")
    >>> data[:2], n, c
    (b'\\xff\\xd8', 192, 3)
    """
    if transport == "raw" or fmt is None or not hasattr(batch, "offsets"):
        return None
    offsets, f = np.asarray(batch.offsets), np.asarray(fmt)
    if offsets.shape != (2,) or f.ndim != 2 or f.shape[1] != 5 or len(f) == 0:
        return None
    w, h, pf, cm, dt = (int(x) for x in f[-1])
    c = _CHANNELS.get(cm)
    if pf != 0 or dt != _U8 or c is None or w <= 0 or h <= 0:
        return None
    n = int(offsets[1] - offsets[0])
    if n != w * h * c or (transport == "auto" and n < JPEG_MIN_BYTES):
        return None
    from PIL import Image  # only when an image is compressed

    px = np.asarray(batch.values)[int(offsets[0]) : int(offsets[1])].reshape(h, w, *(() if c == 1 else (3,)))
    out = io.BytesIO()
    Image.fromarray(px).save(out, "JPEG", quality=JPEG_QUALITY)
    return out.getvalue(), n, c
