"""Videos of the 3D view over a time range: MP4 / WebM through the ffmpeg binary that ships inside the
``imageio-ffmpeg`` wheel (nothing is downloaded at run time), GIF through Pillow.

Frames are rendered on the calling thread while a writer thread feeds ffmpeg (a separate process), so encoding
overlaps rendering. One ``SceneBuilder`` is kept across frames: entities whose data did not change keep their
GPU buffers, a transform animation only moves groups.
"""

from __future__ import annotations

import math
import os
import pathlib
import queue
import threading
from collections.abc import Iterable
from typing import Any

import numpy as np

from .. import timelines as tq
from ..time import to_number
from . import _support
from .camera import fit_camera, normalize_camera
from .snapshot import default_timeline, get_renderer, render_lock, scene_at, store_of

__all__ = ["frame_times", "to_video"]

_FFMPEG_CODECS = {".mp4": "libx264", ".m4v": "libx264", ".mov": "libx264", ".webm": "libvpx-vp9"}
#: Above this many frames a progress bar is shown (``progress=None``).
PROGRESS_MIN_FRAMES = 60


def frame_times(
    recording: Any,
    timeline: str,
    *,
    start: Any = None,
    end: Any = None,
    fps: float = 30,
    speed: float = 1.0,
    step: Any = None,
) -> np.ndarray:
    """The times (timeline units) of the frames of :func:`to_video`.

    Duration / timestamp timelines play in real time x ``speed`` (a frame every ``speed / fps`` seconds);
    sequence timelines advance ``speed`` steps a frame (Rerun's viewer does the same). ``step`` overrides the
    increment. ``start`` / ``end`` default to the timeline's range; ``end`` is included when it falls on a frame.
    """
    tls = tq.timelines(store_of(recording))
    if timeline not in tls:
        raise ValueError(f"unknown timeline {timeline!r} (known: {', '.join(tls) or 'none'})")
    kind, lo, hi = tls[timeline]
    t0 = to_number(lo if start is None else start, "start")
    t1 = to_number(hi if end is None else end, "end")
    if t1 < t0:
        raise ValueError(f"end ({t1}) is before start ({t0})")
    if step is None:
        step = speed if kind == "sequence" else speed / fps
    step = to_number(step, "step")
    if not step > 0:
        raise ValueError(f"the time step between frames must be > 0, got {step}")
    n = math.floor((t1 - t0) / step + 1e-9) + 1
    times = t0 + step * np.arange(n, dtype=np.float64)
    if kind == "sequence":
        times = np.unique(np.floor(times + 1e-9).astype(np.int64))
    return times


def _progress(total: int, progress: Any, desc: str) -> Any:
    if progress is False or (progress is None and total < PROGRESS_MIN_FRAMES):
        return None
    try:
        from tqdm.auto import tqdm
    except ImportError:  # pragma: no cover - tqdm comes with the render extra
        return None
    return tqdm(total=total, desc=desc, unit="frame", leave=False)


class _FfmpegWriter:
    """Frames → ffmpeg's stdin on a thread (the encoder runs in its own process)."""

    def __init__(
        self, path: str, width: int, height: int, fps: float, codec: str, quality: float | None
    ) -> None:
        import imageio_ffmpeg

        params: list[str] = []
        if codec == "libx264":
            params = ["-preset", "superfast", "-movflags", "+faststart"]
        elif codec == "libvpx-vp9":
            params = ["-deadline", "realtime", "-cpu-used", "8", "-row-mt", "1"]
        self._gen = imageio_ffmpeg.write_frames(
            path,
            (width, height),
            fps=fps,
            codec=codec,
            pix_fmt_in="rgb24",
            pix_fmt_out="yuv420p",
            quality=quality,
            macro_block_size=2,
            output_params=params,
            ffmpeg_log_level="error",
        )
        self._gen.send(None)
        self._q: queue.Queue[Any] = queue.Queue(maxsize=4)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="rerun_nb-video-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            frame = self._q.get()
            if frame is None:
                break
            if self._error is not None:
                continue
            try:
                self._gen.send(frame)
            except BaseException as e:
                self._error = e

    def write(self, rgb: np.ndarray) -> None:
        if self._error is not None:
            raise RuntimeError(f"rerun_nb: the video encoder (ffmpeg) failed: {self._error}") from self._error
        self._q.put(np.ascontiguousarray(rgb))

    def close(self, ok: bool = True) -> None:
        self._q.put(None)
        self._thread.join()
        try:
            self._gen.close()
        except Exception as e:  # pragma: no cover
            if ok and self._error is None:
                self._error = e
        if ok and self._error is not None:
            raise RuntimeError(f"rerun_nb: the video encoder (ffmpeg) failed: {self._error}") from self._error


class _GifWriter:
    def __init__(self, path: str, fps: float) -> None:
        self.path, self.fps, self.frames = path, fps, []

    def write(self, rgb: np.ndarray) -> None:
        from PIL import Image

        self.frames.append(Image.fromarray(rgb).quantize(256, method=Image.Quantize.FASTOCTREE, dither=0))

    def close(self, ok: bool = True) -> None:
        if not ok or not self.frames:
            return
        self.frames[0].save(
            self.path,
            save_all=True,
            append_images=self.frames[1:],
            duration=max(round(1000 / self.fps), 20),
            loop=0,
            optimize=False,
            disposal=1,
        )


def to_video(
    recording: Any,
    path: str | os.PathLike[str],
    *,
    timeline: str | None = None,
    start: Any = None,
    end: Any = None,
    fps: float = 30,
    speed: float = 1.0,
    step: Any = None,
    times: Iterable[Any] | None = None,
    width: int = 800,
    height: int = 600,
    camera: Any = None,
    hidden: tuple[str, ...] | list[str] = (),
    quality: float | None = 7,
    progress: bool | None = None,
) -> pathlib.Path:
    """Render the 3D view over a time range to ``path`` (``.mp4``, ``.webm``, ``.mov`` or ``.gif``).

    Parameters
    ----------
    timeline:
        Timeline to play (default: the one the widget opens on).
    start, end:
        Time range in the timeline's units (default: all of it).
    fps, speed, step:
        Frame rate of the file; duration/timestamp timelines play at ``speed`` x real time, sequences at
        ``speed`` steps a frame; ``step`` sets the time between frames directly.
    times:
        Explicit frame times instead (e.g. ``rec.timeline_times("stable_time")``: one frame per logged time).
    camera:
        ``None``: fitted once to the scene at ``start`` … ``end`` (union of the first and last frame's bounds);
        or a ``{position, target, up}`` dict / tuple / live ``Viewer``.
    quality:
        ffmpeg quality 0–10 (MP4/WebM).
    progress:
        Progress bar (tqdm: the notebook's own widget in Jupyter); ``None``: only for 60 frames or more.

    Returns
    -------
    pathlib.Path
        The file written.
    """
    _support.require()
    from .scene_builder import SceneBuilder

    path = pathlib.Path(path)
    suffix = path.suffix.lower()
    if suffix != ".gif" and suffix not in _FFMPEG_CODECS:
        raise ValueError(f"unsupported video file type {suffix!r}: use .mp4, .webm, .mov or .gif")
    if fps <= 0:
        raise ValueError(f"fps must be > 0, got {fps}")
    if timeline is None:
        timeline = default_timeline(recording)
        if timeline is None:
            raise ValueError("the recording has no timeline to play")
    if times is None:
        ts = frame_times(recording, timeline, start=start, end=end, fps=fps, speed=speed, step=step)
    else:
        ts = list(times)
    if len(ts) == 0:
        raise ValueError("no frames to render")
    # even sizes: yuv420p needs them
    w, h = int(width) + (int(width) % 2), int(height) + (int(height) % 2)
    cam = normalize_camera(camera)
    if cam is None:
        b0 = scene_at(recording, timeline, ts[0]).bounds()
        b1 = scene_at(recording, timeline, ts[-1]).bounds()
        bs = [b for b in (b0, b1) if b is not None]
        bounds = (np.min([b[0] for b in bs], 0), np.max([b[1] for b in bs], 0)) if bs else None
        cam = fit_camera(bounds, w / h)
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".gif":
        writer: Any = _GifWriter(str(path), fps)
    else:
        writer = _FfmpegWriter(str(path), w, h, fps, _FFMPEG_CODECS[suffix], quality)
    bar = _progress(len(ts), progress, f"rendering {path.name}")
    ok = False
    try:
        builder = SceneBuilder()
        renderer = get_renderer(w, h)
        for t in ts:
            with render_lock:
                builder.update(scene_at(recording, timeline, t), hidden)
                img = renderer.render(builder, cam)
            writer.write(img[..., :3])
            if bar is not None:
                bar.update(1)
        ok = True
    finally:
        if bar is not None:
            bar.close()
        writer.close(ok)
    return path
