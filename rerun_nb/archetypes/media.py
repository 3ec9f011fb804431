"""Encoded media: AssetVideo, VideoFrameReference (drawn in 2D views, and in 3D on a pinhole's image plane, as
images are), VideoStream, AssetAudio, EncodedDepthImage (decoded in the kernel, drawn as a DepthImage)."""

from __future__ import annotations

import os
import weakref
from collections.abc import Callable
from typing import Any, ClassVar

import numpy as np

from .. import components as C
from .. import video_decode, video_stream_decode
from ..components import MediaType
from ._base import Archetype, Field
from .depth_decode import decoded_components

__all__ = ["AssetAudio", "AssetVideo", "EncodedDepthImage", "VideoFrameReference", "VideoStream"]


def _asset(arch: Archetype, path: Any, contents: Any, media_type: Any) -> None:
    """Set ``blob`` and ``media_type`` from exactly one of ``path`` / ``contents`` (Rerun's asset rule)."""
    if (path is None) == (contents is None):
        arch._fail("blob", "give exactly one of path= or contents=")
        return
    if path is not None:
        try:
            with open(os.fspath(path), "rb") as f:
                contents = f.read()
        except (OSError, TypeError) as e:
            arch._fail("blob", f"cannot read {path!r}: {e}")
            return
        if media_type is None:
            media_type = MediaType.guess_from_path(os.fspath(path))
    arch._set("blob", contents)
    arch._set("media_type", media_type)


def _blob_and_type(get: Callable[[str], Any]) -> tuple[np.ndarray, str | None] | None:
    """The last video blob and its media type from an entity's ``AssetVideo`` fields, or None."""
    blob, types = get("blob"), get("media_type")
    if blob is None or len(blob.offsets) < 2:
        return None
    data = np.ascontiguousarray(blob.values[blob.offsets[-2] : blob.offsets[-1]])
    return data, (str(types[-1]) if types is not None and len(types) else None)


class AssetVideo(Archetype):
    """A whole video file (MP4) as a blob; ``VideoFrameReference`` rows pick frames from it.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.AssetVideo(contents=b"...", media_type="video/mp4").media_type.tolist()
    ['video/mp4']
    """

    archetype_name = "AssetVideo"
    view = "2d"
    blob = Field(C.blob, required=True, positional=False)
    media_type = Field(C.strings)

    def __init__(self, *, path: Any = None, contents: Any = None, media_type: Any = None) -> None:
        self._error = None
        _asset(self, path, contents, media_type)

    def read_frame_timestamps_nanos(self) -> np.ndarray:
        """The presentation timestamps (ns, int64) of every frame of the video, as Rerun 0.41 gives them.

        Raises ``RuntimeError`` when the video cannot be read (Rerun's behaviour): no blob, a media type other
        than ``video/mp4``, bytes that do not decode. Decoding uses the ffmpeg of ``imageio-ffmpeg``.

        Examples
        --------
        >>> import rerun_nb as rr
        >>> rr.AssetVideo(path="clip.mp4").read_frame_timestamps_nanos()[:3]  # doctest: +SKIP
        array([        0, 500000000, 1000000000])
        """
        if self.blob is None or len(self.blob.offsets) < 2:
            raise RuntimeError("Asset video has no video buffer")
        found = _blob_and_type(lambda f: getattr(self, f, None))
        assert found is not None
        return video_decode.probe(*found).timestamps_ns.copy()

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        """The video's pixel rectangle (probed once per blob); nothing when it cannot be read."""
        size = _video_size(get)
        return [] if size is None else [np.array([[0.0, 0.0, 0.0], [size[0], size[1], 0.0]])]


#: (id of the store's blob array, byte offset, length, media type) -> video size: a scene query asks for bounds on
#: every cursor move, and hashing a big blob each time would cost more than the query; entries go with the array
_SIZES: dict[tuple[int, int, int, str | None], tuple[int, int] | None] = {}


def _video_size(get: Callable[[str], Any]) -> tuple[int, int] | None:
    found = _blob_and_type(get)
    if found is None:
        return None
    data, media_type = found
    base = data.base if isinstance(data.base, np.ndarray) else data
    offset = data.__array_interface__["data"][0] - base.__array_interface__["data"][0]
    key = (id(base), offset, len(data), media_type)
    if key in _SIZES:
        return _SIZES[key]
    try:
        info = video_decode.probe(data, media_type)
        size: tuple[int, int] | None = (info.width, info.height)
    except video_decode.VideoError:
        size = None
    _SIZES[key] = size
    weakref.finalize(base, _SIZES.pop, key, None)
    return size


class AssetAudio(Archetype):
    """A whole audio file (WAV, MP3, ...) as a blob.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> len(rr.AssetAudio(contents=b"RIFF....", media_type=rr.MediaType.WAV).blob[0])
    8
    """

    archetype_name = "AssetAudio"
    view = "audio"
    blob = Field(C.blob, required=True, positional=False)
    media_type = Field(C.strings)

    def __init__(self, *, path: Any = None, contents: Any = None, media_type: Any = None) -> None:
        self._error = None
        _asset(self, path, contents, media_type)


class VideoFrameReference(Archetype):
    """The frame of a video at ``timestamp`` (ns) / ``seconds`` / ``nanoseconds`` to show at this time.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.VideoFrameReference(seconds=1.5, video_reference="video").timestamp.tolist()
    [1500000000]
    """

    archetype_name = "VideoFrameReference"
    view = "2d"
    timestamp = Field(C.int64_1d, required=True)
    video_reference = Field(C.strings)
    opacity = Field(C.float32_1d)
    draw_order = Field(C.float32_1d)

    def __init__(
        self,
        timestamp: Any = None,
        *,
        seconds: float | None = None,
        nanoseconds: int | None = None,
        video_reference: Any = None,
        opacity: Any = None,
        draw_order: Any = None,
    ) -> None:
        self._error = None
        if timestamp is None:
            if seconds is None and nanoseconds is None:
                self._fail("timestamp", "give timestamp=, seconds= or nanoseconds=")
            elif seconds is not None and nanoseconds is not None:
                self._fail("timestamp", "give seconds= or nanoseconds=, not both")
            else:
                timestamp = nanoseconds if seconds is None else round(float(seconds) * 1e9)
        elif seconds is not None or nanoseconds is not None:
            self._fail("timestamp", "give timestamp= or seconds= / nanoseconds=, not both")
            timestamp = None
        elif isinstance(timestamp, float):
            self._fail("timestamp", "a timestamp is integer nanoseconds; use seconds= for a float", True)
            timestamp = None
        self._set("timestamp", timestamp)
        self._set("video_reference", video_reference)
        self._set("opacity", opacity)
        self._set("draw_order", draw_order)

    @classmethod
    def columns_nanos(cls, nanoseconds: Any) -> Any:
        """Columns of frame timestamps in nanoseconds for ``send_columns`` (Rerun's helper).

        Examples
        --------
        >>> import rerun_nb as rr
        >>> rr.VideoFrameReference.columns_nanos([0, 40_000_000])[0].values.tolist()
        [0, 40000000]
        """
        return cls.columns(timestamp=np.asarray(nanoseconds, dtype=np.int64))

    @classmethod
    def columns_secs(cls, seconds: Any) -> Any:
        """Columns of frame timestamps in seconds; as Rerun 0.41, the seconds are cast to integers first."""
        return cls.columns(timestamp=np.asarray(seconds, dtype=np.int64) * 1_000_000_000)

    @classmethod
    def columns_millis(cls, milliseconds: Any) -> Any:
        """Columns of frame timestamps in milliseconds (cast to integers first, as Rerun 0.41)."""
        return cls.columns(timestamp=np.asarray(milliseconds, dtype=np.int64) * 1_000_000)


class VideoStream(Archetype):
    """One encoded video sample (e.g. an H.264 access unit) per row, drawn as the frame at the time cursor.

    ``codec`` names the codec. The frame of the last sample at or before the cursor is decoded in the kernel from
    the key frame before it (``rerun_nb.video_stream_decode``) and drawn in the entity's pixel plane (2D views, a
    pinhole's image plane in 3D).

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.VideoStream(rr.VideoCodec.H264, sample=b"\\x00\\x00\\x01").codec.tolist() == [rr.VideoCodec.H264]
    True
    """

    archetype_name = "VideoStream"
    view = "2d"
    #: fields the page never reads (the kernel decodes them): it gets an empty blob, whose new row id still tells
    #: the picture to ask for the frame again
    kernel_decoded: ClassVar[frozenset[str]] = frozenset({"sample"})
    codec = Field(C.video_codec, required=True)
    sample = Field(C.blob)
    is_keyframe = Field(C.bool_1d)
    opacity = Field(C.float32_1d)
    draw_order = Field(C.float32_1d)

    @classmethod
    def bounds_at(cls, store: Any, path: str, timeline: str | None, t: int | None) -> list[np.ndarray]:
        """The pixel rectangle of the frame at ``t`` (decoded and cached for drawing); nothing when none decodes."""
        try:
            found = video_stream_decode.stream_frame(store, path, timeline, 0 if t is None else t)
        except video_decode.VideoError:
            return []
        if found is None:
            return []
        h, w = found[0].shape[:2]
        return [np.array([[0.0, 0.0, 0.0], [float(w), float(h), 0.0]])]


class EncodedDepthImage(Archetype):
    """A compressed depth image (PNG, TIFF or RVL bytes) with its metre scale and colormap: decoded in the kernel
    (``depth_decode``) and drawn as a ``DepthImage`` is (colormapped in 2D, a point cloud under a pinhole).

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.EncodedDepthImage(b"\\x89PNG", media_type=rr.MediaType.PNG, meter=1000).meter.tolist()
    [1000.0]
    """

    archetype_name = "EncodedDepthImage"
    view = "2d"
    back_projected: ClassVar[bool] = True  # under a Pinhole, a point cloud in 3D (see Pinhole.contextualise)
    blob = Field(C.blob, required=True)
    media_type = Field(C.strings)
    meter = Field(C.float32_1d)
    colormap = Field(C.colormap)
    depth_range = Field(C.range1d)
    point_fill_ratio = Field(C.float32_1d)
    draw_order = Field(C.float32_1d)
    magnification_filter = Field(C.magnification_filter)

    @classmethod
    def contextualise(cls, get: Callable[[str], Any], components: dict[str, Any]) -> dict[str, Any]:
        """The decoded pixels (``:buffer``, ``:format``, default ``:meter``) for this entity's own drawing."""
        if "EncodedDepthImage:blob" not in components:
            return {}  # an entity below this one: not its image
        try:
            return decoded_components(cls.archetype_name, get)
        except ValueError as e:
            raise ValueError(f"EncodedDepthImage.blob: {e}") from None

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        f = get("format")  # derived by contextualise
        return (
            []
            if f is None or len(f) == 0
            else [np.array([[0.0, 0.0, 0.0], [float(f[-1][0]), float(f[-1][1]), 0.0]])]
        )
