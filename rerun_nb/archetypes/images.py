"""Image, DepthImage, SegmentationImage and EncodedImage: pixels stored as logged, with their format.

The buffer is a blob of the image's bytes (one copy of the caller's array, never expanded to RGBA); the format
says how to read it (Rerun's ``ImageFormat``). An ``EncodedImage`` keeps its JPEG / PNG bytes as they are: it is
decoded only for display (in the browser, or by the picture renderer).
"""

from __future__ import annotations

import pathlib
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np

from .. import components as C
from ..components import images as imf
from ..errors import ComponentError, RerunWarning
from ._base import Archetype, Field

if TYPE_CHECKING:
    from .media import EncodedDepthImage

__all__ = ["DepthImage", "EncodedImage", "Image", "SegmentationImage", "encoded_image_size"]


def _as_array(image: Any) -> np.ndarray:
    """An image-like (ndarray, PIL image, tensor with ``.numpy()``, nested lists) as an ndarray (no copy)."""
    if isinstance(image, np.ndarray):
        return image
    numpy = getattr(image, "numpy", None)
    if callable(numpy):
        try:
            return np.asarray(numpy(force=True))
        except TypeError:
            return np.asarray(numpy())
    return np.asarray(image)


def _plane_bounds(get: Callable[[str], Any]) -> list[np.ndarray]:
    f = get("format")
    if f is None or len(f) == 0:
        return []
    w, h = float(f[-1][0]), float(f[-1][1])
    return [np.array([[0.0, 0.0, 0.0], [w, h, 0.0]])]


def _set_image(obj: Archetype, image: Any, color_model: Any = None, *, channels_one: bool = False) -> None:
    """Set ``obj``'s buffer and format from an array, recording the problem (on ``buffer``) when it is bad."""
    try:
        arr = _as_array(image)
        if arr.dtype.kind not in "iuf":
            raise ComponentError(
                f"unsupported image dtype {arr.dtype} (expected unsigned/signed integers or floats)", True
            )
        fmt = imf.format_of_array(arr, color_model)
        if channels_one:
            if fmt.color_model is not imf.ColorModel.L:
                raise ComponentError(
                    f"expected a single-channel image of shape (H, W), got {tuple(arr.shape)}"
                )
            fmt.color_model = None
    except ComponentError as e:
        obj._fail("buffer", e.message, e.is_type)
        return
    except (TypeError, ValueError) as e:
        obj._fail("buffer", f"could not read the image: {e}", True)
        return
    buf = imf.image_bytes(arr)
    obj.__dict__["buffer"] = C.Ragged(buf, np.array([0, buf.size], dtype=np.int64))
    obj.__dict__["format"] = np.array([fmt.row()], dtype=np.uint32)


def _format_of(obj: Archetype) -> imf.ImageFormat | None:
    f = obj.__dict__.get("format")
    return None if f is None or len(f) == 0 else imf.ImageFormat.from_row(f[0])


def _pil_image(obj: Archetype) -> Any:
    """``obj``'s pixels as a PIL image (Rerun's ``as_pil_image``: L or RGB[A] order; no pixel formats)."""
    from PIL import Image as PILImage  # optional: only to convert

    f = _format_of(obj)
    buffer = getattr(obj, "buffer", None)
    if f is None or buffer is None:
        raise ValueError("an image needs its buffer and format to become a PIL image")
    if f.pixel_format is not None:
        raise ValueError(f"Converting image with pixel_format {f.pixel_format} into PIL is not yet supported")
    px = np.ascontiguousarray(buffer.values[buffer.offsets[-2] : buffer.offsets[-1]])
    px = px.view(f.channel_datatype.to_np_dtype())
    cm = f.color_model
    if cm is None or cm is imf.ColorModel.L:
        px = px.reshape(f.height, f.width)
    else:
        px = px.reshape(f.height, f.width, cm.num_channels())
        if cm is imf.ColorModel.BGR:
            px = px[:, :, ::-1]
        elif cm is imf.ColorModel.BGRA:
            px = px[:, :, [2, 1, 0, 3]]
    return PILImage.fromarray(np.ascontiguousarray(px))


class Image(Archetype):
    """A colour or grey image: HxW (L), HxWx3 (RGB), HxWx4 (RGBA) arrays of any numeric dtype, or raw ``bytes``
    with a ``pixel_format`` (NV12, YUY2, ...) or a ``color_model`` and ``datatype``.

    Examples
    --------
    >>> import numpy as np, rerun_nb as rr
    >>> img = rr.Image(np.zeros((480, 640, 3), np.uint8))
    >>> img.image_format()
    ImageFormat(width=640, height=480, color_model=RGB, channel_datatype=U8)
    >>> rr.Image(bytes=bytes(6), width=2, height=2, pixel_format=rr.PixelFormat.NV12).image_format().pixel_format
    <PixelFormat.NV12: 26>
    """

    archetype_name = "Image"
    view = "2d"
    buffer = Field(C.blob)
    format = Field(C.image_format)
    opacity = Field(C.float32_1d)
    draw_order = Field(C.float32_1d)
    magnification_filter = Field(C.magnification_filter)

    def __init__(
        self,
        image: Any = None,
        color_model: Any = None,
        *,
        pixel_format: Any = None,
        datatype: Any = None,
        bytes: Any = None,
        width: int | None = None,
        height: int | None = None,
        opacity: Any = None,
        draw_order: Any = None,
        magnification_filter: Any = None,
    ) -> None:
        self._error = None
        if bytes is not None:
            self._set_bytes(bytes, width, height, pixel_format, color_model, datatype)
        elif image is None:
            self._fail("buffer", "give an image (an array) or bytes= with width= and height=", True)
        elif pixel_format is not None:
            arr = _as_array(image)
            h, w = (arr.shape[0] * 2 // 3, arr.shape[1]) if arr.ndim == 2 else (None, None)
            self._set_bytes(arr, width or w, height or h, pixel_format, None, None)
        else:
            _set_image(self, image, color_model)
            f = self.image_format()
            for given, have, what in ((width, f and f.width, "width"), (height, f and f.height, "height")):
                if f is not None and given is not None and given != have:
                    self._fail(what, f"{what}={given} does not match the image's {what} {have}")
                    self.__dict__.pop("buffer", None)
                    self.__dict__.pop("format", None)
        self._set("opacity", opacity)
        self._set("draw_order", draw_order)
        self._set("magnification_filter", magnification_filter)

    def image_format(self) -> imf.ImageFormat | None:
        """The format logged with this image (None when it is unset or was bad)."""
        return _format_of(self)

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        return _plane_bounds(get)

    def _set_bytes(
        self, data: Any, width: Any, height: Any, pixel_format: Any, color_model: Any, datatype: Any
    ) -> None:
        try:
            if width is None or height is None:
                raise ComponentError("bytes= needs width= and height=")
            if pixel_format is not None and (color_model is not None or datatype is not None):
                raise ComponentError("give pixel_format=, or color_model= and datatype=, not both")
            if pixel_format is None and (color_model is None or datatype is None):
                raise ComponentError("bytes= needs pixel_format=, or both color_model= and datatype=")
            fmt = imf.ImageFormat(width, height, pixel_format, color_model, datatype)
            if isinstance(data, np.ndarray):
                raw = imf.image_bytes(data)
                buf = C.Ragged(raw, np.array([0, raw.size], dtype=np.int64))
            else:
                buf = C.blob(data)
            if buf.values.size != fmt.num_bytes():
                raise ComponentError(f"{buf.values.size} bytes do not fit {fmt} ({fmt.num_bytes()} bytes)")
        except ComponentError as e:
            self._fail("buffer", e.message, e.is_type)
            return
        self.__dict__["buffer"] = buf
        self.__dict__["format"] = np.array([fmt.row()], dtype=np.uint32)

    def as_pil_image(self) -> Any:
        """This image as a PIL image (needs Pillow), as Rerun's ``Image.as_pil_image``."""
        return _pil_image(self)

    def compress(self, jpeg_quality: int = 95) -> EncodedImage | Image:
        """This image as a JPEG ``EncodedImage`` (L, RGB and BGR uint8 only; needs Pillow).

        Examples
        --------
        >>> import numpy as np, rerun_nb as rr
        >>> rr.Image(np.zeros((8, 8, 3), np.uint8)).compress(80).media_type.tolist()
        ['image/jpeg']
        """
        import io

        from PIL import Image as PILImage  # optional: only to compress

        f = self.image_format()
        if f is None or self.buffer is None or f.channel_datatype is not imf.ChannelDatatype.U8:
            raise ValueError("only uint8 images with a known format can be JPEG compressed")
        if f.color_model not in (imf.ColorModel.L, imf.ColorModel.RGB, imf.ColorModel.BGR):
            raise ValueError(f"cannot JPEG compress an image of colour model {f.color_model}")
        px = self.buffer.values.reshape(f.height, f.width, -1)
        if f.color_model is imf.ColorModel.BGR:
            px = px[:, :, ::-1]
        out = io.BytesIO()
        PILImage.fromarray(np.ascontiguousarray(px.squeeze(-1) if px.shape[2] == 1 else px)).save(
            out, format="JPEG", quality=int(jpeg_quality)
        )
        return EncodedImage(
            contents=out.getvalue(), media_type="image/jpeg", opacity=self.opacity, draw_order=self.draw_order
        )


class DepthImage(Archetype):
    """A depth image (HxW, any numeric dtype): shown with a colormap in 2D, back-projected to a point cloud in 3D
    under a ``Pinhole``. ``meter``: depth units per metre (e.g. 1000 for uint16 millimetres).

    Examples
    --------
    >>> import numpy as np, rerun_nb as rr
    >>> d = rr.DepthImage(np.full((4, 5), 1000, np.uint16), meter=1000.0, colormap="viridis")
    >>> d.image_format().channel_datatype, d.colormap.tolist()
    (<ChannelDatatype.U16: 8>, [6])
    """

    archetype_name = "DepthImage"
    view = "2d"
    back_projected: ClassVar[bool] = True  # under a Pinhole, a point cloud in 3D (see Pinhole.contextualise)
    buffer = Field(C.blob)
    format = Field(C.image_format)
    meter = Field(C.float32_1d)
    colormap = Field(C.colormap)
    depth_range = Field(C.range1d)
    point_fill_ratio = Field(C.float32_1d)
    draw_order = Field(C.float32_1d)
    magnification_filter = Field(C.magnification_filter)

    def __init__(
        self,
        image: Any,
        *,
        meter: Any = None,
        colormap: Any = None,
        depth_range: Any = None,
        point_fill_ratio: Any = None,
        draw_order: Any = None,
        magnification_filter: Any = None,
    ) -> None:
        self._error = None
        _set_image(self, image, channels_one=True)
        self._set("meter", meter)
        self._set("colormap", colormap)
        self._set("depth_range", depth_range)
        self._set("point_fill_ratio", point_fill_ratio)
        self._set("draw_order", draw_order)
        self._set("magnification_filter", magnification_filter)

    def image_format(self) -> imf.ImageFormat | None:
        """The format logged with this image (None when it is unset or was bad)."""
        return _format_of(self)

    def as_pil_image(self) -> Any:
        """This depth image as a PIL image (needs Pillow), as Rerun's ``DepthImage.as_pil_image``."""
        return _pil_image(self)

    def compress(self, compress_level: int = 6) -> EncodedDepthImage | DepthImage:
        """This depth image as a lossless PNG ``EncodedDepthImage`` (U8 and U16 only, as Rerun; needs Pillow).

        Anything else is reported (warn, or raise in strict mode) and the depth image itself is returned.

        Examples
        --------
        >>> import numpy as np, rerun_nb as rr
        >>> rr.DepthImage(np.zeros((2, 3), np.uint16), meter=1000).compress().media_type.tolist()
        ['image/png']
        """
        import io

        from .media import EncodedDepthImage

        f = self.image_format()
        problem = (
            "without data and format"
            if f is None or self.buffer is None
            else None
            if f.channel_datatype in (imf.ChannelDatatype.U8, imf.ChannelDatatype.U16)
            else f"of datatype {f.channel_datatype}: only U8 and U16"
        )
        if problem is not None:  # as Rerun: warn, and log the depth image as it is
            warnings.warn(
                f"DepthImage.compress: cannot PNG compress a depth image {problem}", RerunWarning, 2
            )
            return self
        out = io.BytesIO()
        self.as_pil_image().save(out, format="PNG", compress_level=int(compress_level))
        return EncodedDepthImage(
            blob=out.getvalue(),
            media_type="image/png",
            meter=self.meter,
            colormap=self.colormap,
            depth_range=self.depth_range,
            point_fill_ratio=self.point_fill_ratio,
            draw_order=self.draw_order,
        )

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        return _plane_bounds(get)


class SegmentationImage(Archetype):
    """An image of class ids (HxW, integers), coloured through the ``AnnotationContext`` of its entity or an
    ancestor (or by Rerun's automatic class colours).

    Examples
    --------
    >>> import numpy as np, rerun_nb as rr
    >>> rr.SegmentationImage(np.zeros((2, 3), np.uint8), opacity=0.5).image_format().width
    3
    """

    archetype_name = "SegmentationImage"
    view = "2d"
    class_id_pixels: ClassVar[bool] = True  # coloured by AnnotationContext.contextualise
    buffer = Field(C.blob)
    format = Field(C.image_format)
    opacity = Field(C.float32_1d)
    draw_order = Field(C.float32_1d)

    def __init__(self, image: Any, *, opacity: Any = None, draw_order: Any = None) -> None:
        self._error = None
        _set_image(self, image, channels_one=True)
        self._set("opacity", opacity)
        self._set("draw_order", draw_order)

    def image_format(self) -> imf.ImageFormat | None:
        """The format logged with this image (None when it is unset or was bad)."""
        return _format_of(self)

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        return _plane_bounds(get)


_MEDIA_BY_SUFFIX = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
    ".gif": "image/gif",
    ".bmp": "image/bmp",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
}


def _sniff(head: bytes) -> str | None:
    if head[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if head[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    return None


def encoded_image_size(data: Any) -> tuple[int, int] | None:
    """(width, height) of a PNG or JPEG from its header (no decode), or None.

    Examples
    --------
    >>> encoded_image_size(b"\\x89PNG\\r\\n\\x1a\\n" + bytes(4) + b"IHDR" + (7).to_bytes(4, "big") + (3).to_bytes(4, "big"))
    (7, 3)
    """
    b = (
        memoryview(np.asarray(data, dtype=np.uint8)).cast("B")
        if not isinstance(data, bytes)
        else memoryview(data)
    )
    if bytes(b[:8]) == b"\x89PNG\r\n\x1a\n" and len(b) >= 24:
        return int.from_bytes(b[16:20], "big"), int.from_bytes(b[20:24], "big")
    if bytes(b[:2]) != b"\xff\xd8":
        return None
    i, n = 2, len(b)
    while i + 9 < n:
        if b[i] != 0xFF:
            i += 1
            continue
        marker = b[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7 or marker == 0xFF:
            i += 1 if marker == 0xFF else 2
            continue
        seg = int.from_bytes(b[i + 2 : i + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
            return int.from_bytes(b[i + 7 : i + 9], "big"), int.from_bytes(b[i + 5 : i + 7], "big")
        i += 2 + seg
    return None


class EncodedImage(Archetype):
    """A JPEG / PNG / ... image kept encoded (its bytes as logged), decoded only to display it.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.EncodedImage(contents=b"\\xff\\xd8\\xff\\xe0", media_type="image/jpeg").blob.values.size
    4
    """

    archetype_name = "EncodedImage"
    view = "2d"
    blob = Field(C.blob)
    media_type = Field(C.strings)
    opacity = Field(C.float32_1d)
    draw_order = Field(C.float32_1d)
    magnification_filter = Field(C.magnification_filter)

    def __init__(
        self,
        *,
        path: str | pathlib.Path | None = None,
        contents: Any = None,
        media_type: Any = None,
        opacity: Any = None,
        draw_order: Any = None,
        magnification_filter: Any = None,
    ) -> None:
        self._error = None
        if (path is None) == (contents is None):
            self._fail("blob", "give exactly one of path= or contents=", True)
        elif path is not None:
            try:
                contents = pathlib.Path(path).read_bytes()
            except OSError as e:
                self._fail("blob", f"could not read {str(path)!r}: {e.strerror or e}")
                contents = None
            if media_type is None:
                media_type = _MEDIA_BY_SUFFIX.get(pathlib.Path(path).suffix.lower())
        if contents is not None and hasattr(contents, "read"):
            contents = contents.read()
        self._set("blob", contents)
        if media_type is None and self.blob is not None:
            media_type = _sniff(bytes(self.blob.values[:16]))
        self._set("media_type", media_type)
        self._set("opacity", opacity)
        self._set("draw_order", draw_order)
        self._set("magnification_filter", magnification_filter)

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        b = get("blob")
        size = None if b is None or len(b) == 0 else encoded_image_size(b[len(b) - 1])
        if size is None:
            return []
        return [np.array([[0.0, 0.0, 0.0], [float(size[0]), float(size[1]), 0.0]])]
