"""Images as RGBA8 for display: every colour model, channel type and the YUV pixel formats; colour maps for depth;
encoded images through Pillow. The front end (js/src/visuals/image_decode.ts) follows the same rules.

Examples
--------
>>> import numpy as np
>>> rgba(np.array([10, 20, 30], np.uint8), [1, 1, 0, 4, 6]).tolist()  # BGR
[[[30, 20, 10, 255]]]
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["colormap", "decode_encoded", "demosaic", "depth_rgba", "rgba", "value_range"]

_DTYPES = {
    6: "u1",
    7: "i1",
    8: "<u2",
    9: "<i2",
    10: "<u4",
    11: "<i4",
    12: "<u8",
    13: "<i8",
    33: "<f2",
    34: "<f4",
    35: "<f8",
}
_CHANNELS = {1: 1, 2: 3, 3: 4, 4: 3, 5: 4}


def value_range(v: np.ndarray) -> tuple[float, float]:
    """The range shown as black..white (Rerun's guess): 0..255 for values that fit a byte, 0..1 for floats in it,
    else the data's min..max."""
    finite = v[np.isfinite(v)] if v.dtype.kind == "f" else v
    if finite.size == 0:
        return 0.0, 1.0
    lo, hi = float(finite.min()), float(finite.max())
    if v.dtype.kind == "f" and lo >= 0 and hi <= 1:
        return 0.0, 1.0
    if lo >= 0 and hi <= 255:
        return 0.0, 255.0
    return (lo, hi) if hi > lo else (lo, lo + 1)


def _yuv_to_rgb(y: np.ndarray, u: np.ndarray, v: np.ndarray, full: bool) -> np.ndarray:
    y = y.astype(np.float32)
    u = u.astype(np.float32) - 128
    v = v.astype(np.float32) - 128
    if not full:
        y = (y - 16) * (255 / 219)
        u, v = u * (255 / 224), v * (255 / 224)
    r = y + 1.402 * v
    g = y - 0.344136 * u - 0.714136 * v
    b = y + 1.772 * u
    return np.clip(np.stack([r, g, b], -1), 0, 255).astype(np.uint8)


def _pixel_format(buf: np.ndarray, w: int, h: int, pf: int) -> np.ndarray:
    n = w * h
    if pf in (26, 20, 44):  # NV12, Y_U_V12 (planar 4:2:0)
        y = buf[:n].reshape(h, w)
        cw, ch = (w + 1) // 2, (h + 1) // 2
        if pf == 26:
            uv = buf[n : n + 2 * cw * ch].reshape(ch, cw, 2)
            u, v = uv[..., 0], uv[..., 1]
        else:
            u = buf[n : n + cw * ch].reshape(ch, cw)
            v = buf[n + cw * ch : n + 2 * cw * ch].reshape(ch, cw)
        up = lambda c: np.repeat(np.repeat(c, 2, 0), 2, 1)[:h, :w]  # noqa: E731
        return _yuv_to_rgb(y, up(u), up(v), pf == 44)
    if pf == 27:  # YUY2: Y0 U Y1 V
        q = buf[: n * 2].reshape(h, w // 2, 4)
        y = q[..., [0, 2]].reshape(h, -1)
        u = np.repeat(q[..., 1], 2, 1)
        v = np.repeat(q[..., 3], 2, 1)
        return _yuv_to_rgb(y, u, v, False)
    if pf in (39, 40):  # Y_U_V24: planes of full size
        p = buf[: 3 * n].reshape(3, h, w)
        return _yuv_to_rgb(p[0], p[1], p[2], pf == 40)
    if pf in (49, 50):  # Y_U_V16: 4:2:2 planes
        cw = (w + 1) // 2
        y = buf[:n].reshape(h, w)
        u = np.repeat(buf[n : n + cw * h].reshape(h, cw), 2, 1)[:, :w]
        v = np.repeat(buf[n + cw * h : n + 2 * cw * h].reshape(h, cw), 2, 1)[:, :w]
        return _yuv_to_rgb(y, u, v, pf == 50)
    y = buf[:n].reshape(h, w)
    if pf in _BAYER:
        return demosaic(y, pf)
    if pf == 41:
        y = np.clip((y.astype(np.float32) - 16) * (255 / 219), 0, 255).astype(np.uint8)
    return np.repeat(y[..., None], 3, -1)


#: Bayer pixel formats (Rerun's values) -> the colour (0 R, 1 G, 2 B) at (0,0), (0,1), (1,0), (1,1) of each 2x2 tile
_BAYER = {128: (0, 1, 1, 2), 129: (2, 1, 1, 0), 130: (1, 2, 0, 1), 131: (1, 0, 2, 1)}
# bilinear demosaic as normalised convolutions: green from its 4 neighbours, red and blue from their 8
_K_G = np.array([[0, 1, 0], [1, 4, 1], [0, 1, 0]], np.float32)
_K_RB = np.array([[1, 2, 1], [2, 4, 2], [1, 2, 1]], np.float32)


def _conv3(a: np.ndarray, k: np.ndarray) -> np.ndarray:
    """``a`` convolved with the symmetric 3x3 ``k``, zero outside."""
    p = np.pad(a, 1)
    h, w = a.shape
    return sum(k[i, j] * p[i : i + h, j : j + w] for i in range(3) for j in range(3) if k[i, j])


def demosaic(raw: np.ndarray, pf: int) -> np.ndarray:
    """(H, W, 3) uint8 of an 8-bit Bayer mosaic (BayerRGGB8 128, BayerBGGR8 129, BayerGBRG8 130, BayerGRBG8 131),
    bilinear: each colour at its own sites as logged, elsewhere the mean of its nearest sites.

    Examples
    --------
    >>> raw = np.tile(np.array([[200, 100], [100, 50]], np.uint8), (2, 2))  # RGGB of (200, 100, 50)
    >>> demosaic(raw, 128)[1, 2].tolist()
    [200, 100, 50]
    """
    h, w = raw.shape
    which = np.empty((h, w), np.int8)
    tile = _BAYER[pf]
    for k, (dy, dx) in enumerate(((0, 0), (0, 1), (1, 0), (1, 1))):
        which[dy::2, dx::2] = tile[k]
    v = raw.astype(np.float32)
    out = np.empty((h, w, 3), np.uint8)
    for c in range(3):
        m = (which == c).astype(np.float32)
        k = _K_G if c == 1 else _K_RB
        out[..., c] = np.clip(_conv3(v * m, k) / np.maximum(_conv3(m, k), 1e-6) + 0.5, 0, 255).astype(
            np.uint8
        )
    return out


def _to_u8(v: np.ndarray) -> np.ndarray:
    if v.dtype == np.uint8:
        return v
    lo, hi = value_range(v)
    return np.clip((v.astype(np.float64) - lo) / (hi - lo) * 255 + 0.5, 0, 255).astype(np.uint8)


def pixels(buf: np.ndarray, fmt: Any) -> np.ndarray:
    """The buffer as an (H, W) or (H, W, C) array of its channel type (no pixel formats)."""
    w, h, _pf, cm, dt = (int(x) for x in fmt)
    arr = buf.view(np.dtype(_DTYPES.get(dt, "u1")))
    c = _CHANNELS.get(cm, 1)
    if arr.size < w * h * c:
        raise ValueError(f"an image buffer of {buf.size} bytes is too small for {w}x{h}x{c}")
    return arr[: w * h * c].reshape(h, w, c) if c > 1 else arr[: w * h].reshape(h, w)


def rgba(buf: np.ndarray, fmt: Any) -> np.ndarray:
    """uint8 (H, W, 4) for display from an image buffer (flat uint8) and its format row."""
    w, h, pf, cm, _dt = (int(x) for x in fmt)
    out = np.empty((h, w, 4), np.uint8)
    out[..., 3] = 255
    if pf:
        out[..., :3] = _pixel_format(buf, w, h, pf)
        return out
    px = _to_u8(pixels(buf, fmt))
    if px.ndim == 2:
        out[..., :3] = px[..., None]
    elif cm in (4, 5):
        out[..., :3] = px[..., 2::-1][..., :3]
        if cm == 5:
            out[..., 3] = px[..., 3]
    else:
        out[..., : px.shape[2]] = px
    return out


# Colour maps: a few control points each (sRGB), interpolated linearly; Turbo and Viridis as Rerun's defaults.
_MAPS = {
    1: [(0, 0, 0), (255, 255, 255)],
    2: [(0, 0, 4), (87, 16, 110), (188, 55, 84), (249, 142, 9), (252, 255, 164)],  # inferno
    3: [(0, 0, 4), (81, 18, 124), (183, 55, 121), (252, 137, 97), (252, 253, 191)],  # magma
    4: [(13, 8, 135), (126, 3, 168), (204, 71, 120), (248, 149, 64), (240, 249, 33)],  # plasma
    5: [
        (48, 18, 59),
        (70, 134, 251),
        (26, 228, 182),
        (164, 252, 60),
        (251, 185, 56),
        (228, 70, 10),
        (122, 4, 3),
    ],
    6: [(68, 1, 84), (59, 82, 139), (33, 145, 140), (94, 201, 98), (253, 231, 37)],  # viridis
    7: [(0, 255, 255), (255, 255, 0)],
}


def colormap(t: np.ndarray, which: int = 5) -> np.ndarray:
    """uint8 (..., 3) colours of ``t`` in 0..1 (NaN → 0) from colour map ``which`` (Rerun's Colormap values)."""
    stops = np.asarray(_MAPS.get(int(which), _MAPS[5]), np.float32)
    x = np.nan_to_num(np.clip(t, 0, 1)) * (len(stops) - 1)
    i = np.minimum(x.astype(np.int64), len(stops) - 2)
    f = (x - i)[..., None]
    return (stops[i] * (1 - f) + stops[i + 1] * f + 0.5).astype(np.uint8)


def depth_rgba(buf: np.ndarray, fmt: Any, which: int = 5, depth_range: Any = None) -> np.ndarray:
    """uint8 (H, W, 4): a depth image through a colour map over ``depth_range`` (else the data's range);
    zero depth (no measurement) is transparent."""
    d = pixels(buf, fmt).astype(np.float64)
    valid = np.isfinite(d) & (d > 0)
    if depth_range is not None:
        lo, hi = float(depth_range[0]), float(depth_range[1])
    elif valid.any():
        lo, hi = float(d[valid].min()), float(d[valid].max())
    else:
        lo, hi = 0.0, 1.0
    out = np.empty((*d.shape, 4), np.uint8)
    out[..., :3] = colormap((d - lo) / (hi - lo if hi > lo else 1.0), which)
    out[..., 3] = np.where(valid, 255, 0)
    return out


def decode_encoded(data: np.ndarray) -> np.ndarray | None:
    """uint8 (H, W, 4) of a JPEG / PNG / ... (Pillow), or None when it cannot be decoded."""
    try:
        import io

        from PIL import Image as PILImage

        with PILImage.open(io.BytesIO(np.asarray(data, np.uint8).tobytes())) as im:
            return np.asarray(im.convert("RGBA"))
    except Exception:
        return None
