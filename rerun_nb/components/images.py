"""Image formats as Rerun 0.41 describes them: ``ColorModel``, ``PixelFormat``, ``ChannelDatatype``,
and ``ImageFormat`` (``Colormap`` and ``MagnificationFilter`` are in ``_enums.py``).

An image is stored as logged: its bytes (a blob) plus its format ``{width, height, pixel_format,
color_model, channel_datatype}``, held canonically as uint32 (N, 5) (an enum that is not set is 0; the
enum values are Rerun's).

Examples
--------
>>> import numpy as np
>>> fmt = format_of_array(np.zeros((4, 6, 3), np.uint8), None)
>>> fmt.width, fmt.height, fmt.color_model, fmt.channel_datatype
(6, 4, <ColorModel.RGB: 2>, <ChannelDatatype.U8: 6>)
>>> fmt.num_bytes()
72
"""

from __future__ import annotations

import enum
from typing import Any

import numpy as np

from ..errors import ComponentError

__all__ = [
    "ChannelDatatype",
    "ColorModel",
    "ImageFormat",
    "PixelFormat",
    "format_of_array",
]


class _Named(enum.IntEnum):
    """An enum that accepts its member name in any case (``"rgb"``, ``"RGB"``) or its value."""

    def __str__(self) -> str:
        return self.name

    @classmethod
    def parse(cls, v: Any, what: str) -> _Named:
        """``v`` as a member: a member, its name (any case, ``_`` and spaces ignored) or its value."""
        if isinstance(v, cls):
            return v
        if isinstance(v, str):
            key = v.replace("_", "").replace(" ", "").lower()
            for m in cls:
                if m.name.replace("_", "").lower() == key:
                    return m
            raise ComponentError(f"unknown {what} {v!r}; expected one of {[m.name for m in cls]}")
        if isinstance(v, (int, np.integer)) and not isinstance(v, bool):
            try:
                return cls(int(v))
            except ValueError:
                pass
        raise ComponentError(f"unknown {what} {v!r}", is_type=not isinstance(v, (int, np.integer)))


class ColorModel(_Named):
    """How the channels of an image's pixels are read (Rerun's ``ColorModel``).

    Examples
    --------
    >>> ColorModel.parse("bgr", "color model").num_channels()
    3
    """

    L = 1
    RGB = 2
    RGBA = 3
    BGR = 4
    BGRA = 5

    def num_channels(self) -> int:
        return {1: 1, 2: 3, 3: 4, 4: 3, 5: 4}[int(self)]


class PixelFormat(_Named):
    """Chroma-subsampled and other packed pixel formats (Rerun's ``PixelFormat``)."""

    Y_U_V12_LimitedRange = 20
    NV12 = 26
    YUY2 = 27
    Y8_FullRange = 30
    Y_U_V24_LimitedRange = 39
    Y_U_V24_FullRange = 40
    Y8_LimitedRange = 41
    Y_U_V12_FullRange = 44
    Y_U_V16_LimitedRange = 49
    Y_U_V16_FullRange = 50
    BayerRGGB8 = 128
    BayerBGGR8 = 129
    BayerGBRG8 = 130
    BayerGRBG8 = 131

    def bits_per_pixel(self) -> int:
        name = self.name
        if name in ("NV12",) or name.startswith("Y_U_V12"):
            return 12
        if name == "YUY2" or name.startswith("Y_U_V16"):
            return 16
        if name.startswith("Y_U_V24"):
            return 24
        return 8


_NP_OF_DATATYPE = {
    6: np.uint8,
    7: np.int8,
    8: np.uint16,
    9: np.int16,
    10: np.uint32,
    11: np.int32,
    12: np.uint64,
    13: np.int64,
    33: np.float16,
    34: np.float32,
    35: np.float64,
}


class ChannelDatatype(_Named):
    """The numeric type of one channel (Rerun's ``ChannelDatatype``).

    Examples
    --------
    >>> ChannelDatatype.from_np_dtype(np.dtype("float32"))
    <ChannelDatatype.F32: 34>
    """

    U8 = 6
    I8 = 7
    U16 = 8
    I16 = 9
    U32 = 10
    I32 = 11
    U64 = 12
    I64 = 13
    F16 = 33
    F32 = 34
    F64 = 35

    @classmethod
    def from_np_dtype(cls, dtype: Any) -> ChannelDatatype:
        dt = np.dtype(dtype).newbyteorder("=")
        for k, v in _NP_OF_DATATYPE.items():
            if np.dtype(v) == dt:
                return cls(k)
        raise ComponentError(
            f"unsupported image dtype {np.dtype(dtype)} (expected u8/u16/u32/u64, i8..i64, f16/f32/f64)",
            is_type=True,
        )

    def to_np_dtype(self) -> np.dtype:
        return np.dtype(_NP_OF_DATATYPE[int(self)])

    def bits(self) -> int:
        return self.to_np_dtype().itemsize * 8


class ImageFormat:
    """The format of an image buffer: size and either a pixel format or a colour model and channel type.

    Examples
    --------
    >>> ImageFormat(width=4, height=2, color_model="L", channel_datatype="U16").num_bytes()
    16
    >>> ImageFormat(width=4, height=2, pixel_format="NV12").num_bytes()
    12
    """

    __slots__ = ("channel_datatype", "color_model", "height", "pixel_format", "width")

    def __init__(
        self,
        width: int,
        height: int,
        pixel_format: Any = None,
        color_model: Any = None,
        channel_datatype: Any = None,
    ) -> None:
        self.width = _dim(width, "width")
        self.height = _dim(height, "height")
        self.pixel_format = None if pixel_format is None else PixelFormat.parse(pixel_format, "pixel format")
        self.color_model = None if color_model is None else ColorModel.parse(color_model, "color model")
        if channel_datatype is not None and not isinstance(channel_datatype, (str, int, np.integer)):
            channel_datatype = ChannelDatatype.from_np_dtype(channel_datatype)
        self.channel_datatype = (
            None if channel_datatype is None else ChannelDatatype.parse(channel_datatype, "channel datatype")
        )

    def num_bytes(self) -> int:
        """Bytes a buffer of this format holds."""
        n = self.width * self.height
        if self.pixel_format is not None:
            return n * self.pixel_format.bits_per_pixel() // 8
        ch = 1 if self.color_model is None else self.color_model.num_channels()
        bits = 8 if self.channel_datatype is None else self.channel_datatype.bits()
        return n * ch * bits // 8

    def row(self) -> list[int]:
        """The canonical row: width, height, pixel format, colour model, channel datatype (0 = not set)."""
        return [
            self.width,
            self.height,
            int(self.pixel_format or 0),
            int(self.color_model or 0),
            int(self.channel_datatype or 0),
        ]

    @classmethod
    def from_row(cls, row: Any) -> ImageFormat:
        w, h, pf, cm, dt = (int(x) for x in row)
        return cls(w, h, pf or None, cm or None, dt or None)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ImageFormat) and self.row() == other.row()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        parts = [f"width={self.width}", f"height={self.height}"]
        for k in ("pixel_format", "color_model", "channel_datatype"):
            v = getattr(self, k)
            if v is not None:
                parts.append(f"{k}={v.name}")
        return f"ImageFormat({', '.join(parts)})"


def _dim(v: Any, what: str) -> int:
    if (
        isinstance(v, bool)
        or not isinstance(v, (int, np.integer, float))
        or int(v) != v
        or not 0 <= v < 2**32
    ):
        raise ComponentError(f"image {what} must be a whole number in 0..2**32-1, got {v!r}")
    return int(v)


def squeeze_image_shape(shape: tuple[int, ...]) -> tuple[int, ...]:
    """Leading and trailing unit dimensions dropped (down to 2), as Rerun does: 1x480x640x3x1 → 480x640x3."""
    while len(shape) > 2 and shape[0] == 1:
        shape = shape[1:]
    while len(shape) > 2 and shape[-1] == 1:
        shape = shape[:-1]
    return shape


def format_of_array(image: np.ndarray, color_model: Any) -> ImageFormat:
    """The format of an HxW / HxWxC array (``color_model`` None: L, RGB or RGBA by channel count)."""
    dt = ChannelDatatype.from_np_dtype(image.dtype)
    shape = squeeze_image_shape(image.shape)
    if len(shape) == 2:
        (h, w), channels = shape, 1
    elif len(shape) == 3:
        h, w, channels = shape
    else:
        raise ComponentError(f"expected an image of shape (H, W) or (H, W, C), got {tuple(image.shape)}")
    if color_model is None:
        default = {1: ColorModel.L, 3: ColorModel.RGB, 4: ColorModel.RGBA}.get(channels)
        if default is None:
            raise ComponentError(
                f"an image of shape {tuple(image.shape)} has {channels} channels; expected 1 (L), 3 (RGB) or 4 (RGBA)"
            )
        cm = default
    else:
        cm = ColorModel.parse(color_model, "color model")
        if cm.num_channels() != channels:
            raise ComponentError(
                f"color model {cm.name} needs {cm.num_channels()} channels, the image of shape "
                f"{tuple(image.shape)} has {channels}"
            )
    return ImageFormat(w, h, color_model=cm, channel_datatype=dt)


def image_bytes(image: np.ndarray) -> np.ndarray:
    """A private little-endian copy of ``image``'s pixels as flat uint8 (one copy)."""
    if image.dtype.byteorder == ">" or (image.dtype.byteorder == "=" and not np.little_endian):
        image = image.astype(image.dtype.newbyteorder("<"))
    return np.array(image, order="C", copy=True).reshape(-1).view(np.uint8)
