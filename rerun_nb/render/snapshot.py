"""Offscreen pictures of a recording with pygfx: ``snapshot_array`` (RGBA numpy) and ``snapshot_png`` (bytes).

One wgpu device per process, one renderer per picture size (kept, a few at most): the first picture pays the
device set-up (about 1–3 s on a CPU adapter), the next ones only the draw. Renders go to a texture, so a render
error raises instead of handing back the previous picture. Every render holds one process-wide lock (pygfx is
not thread-safe), so background renders (``rerun_nb.render.notebook``) and snapshots can mix.
"""

from __future__ import annotations

import io
import threading
import weakref
from collections import OrderedDict
from typing import Any

import numpy as np

from .. import timelines as tq
from . import _support
from .camera import apply_camera, fit_camera, normalize_camera

__all__ = [
    "RenderUnavailableError",
    "Renderer",
    "default_timeline",
    "encode_png",
    "get_renderer",
    "render_lock",
    "scene_at",
    "snapshot_array",
    "snapshot_png",
    "store_of",
    "unavailable_reason",
]

RenderUnavailableError = _support.RenderUnavailableError
unavailable_reason = _support.unavailable_reason

#: Serialises every use of pygfx / the wgpu device in this process.
render_lock = threading.RLock()
_MAX_RENDERERS = 4
_renderers: OrderedDict[tuple[int, int], Renderer] = OrderedDict()
# One SceneBuilder per recording for snapshots: unchanged entities keep their GPU buffers between pictures.
_builders: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


class Renderer:
    """An offscreen pygfx renderer of one size, drawing into a texture (errors raise)."""

    def __init__(self, width: int, height: int) -> None:
        import pygfx as gfx

        _support.require()
        self.width, self.height = int(width), int(height)
        self.texture = gfx.Texture(dim=2, size=(self.width, self.height, 1), format="rgba8unorm")
        self.renderer = gfx.WgpuRenderer(self.texture, pixel_scale=1, ppaa="fxaa")
        self.camera = gfx.PerspectiveCamera(45, self.width / self.height)

    def render(self, builder: Any, camera: dict[str, list[float]]) -> np.ndarray:
        """Draw ``builder.scene`` (a :class:`SceneBuilder`) from ``camera``; (H, W, 4) uint8 RGBA."""
        with render_lock:
            apply_camera(self.camera, camera, self.width, self.height)
            builder.attach_light(self.camera)
            self.renderer.render(builder.scene, self.camera)
            img = np.asarray(self.renderer.snapshot())
        if img.shape[:2] != (self.height, self.width):  # pragma: no cover - pixel_scale is 1
            raise RuntimeError(f"render gave {img.shape}, expected {(self.height, self.width)}")
        return img


def get_renderer(width: int, height: int) -> Renderer:
    """The process's renderer for this size (made on first use; the oldest of more than 4 is dropped)."""
    if width < 1 or height < 1 or width > 16384 or height > 16384:
        raise ValueError(f"picture size must be 1..16384 pixels a side, got {width}x{height}")
    key = (int(width), int(height))
    with render_lock:
        r = _renderers.get(key)
        if r is None:
            r = _renderers[key] = Renderer(*key)
            while len(_renderers) > _MAX_RENDERERS:
                _renderers.popitem(last=False)
        else:
            _renderers.move_to_end(key)
        return r


def store_of(recording: Any) -> Any:
    """The store of ``recording`` (a ``RecordingStream``), or ``recording`` itself when it is a store."""
    return getattr(recording, "store", recording)


def scene_at(recording: Any, timeline: str | None, time: Any) -> Any:
    """The scene of ``recording`` at ``time`` (timeline units or a time object; ``None``: the latest) on
    ``timeline`` (``None``: static only), converted to the store's int64 once (:mod:`rerun_nb.timelines`)."""
    return tq.scene_at(store_of(recording), timeline, time)


def default_timeline(rec: Any) -> str | None:
    """The timeline the widget opens on: the most recently created user timeline, else ``log_time``."""
    names = list(tq.timelines(store_of(rec)))
    user = [n for n in names if n not in ("log_time", "log_tick")]
    if user:
        return user[-1]
    return names[0] if names else None


def builder_for(recording: Any) -> Any:
    """The snapshot ``SceneBuilder`` kept for ``recording`` (default radius follows each scene's bounds)."""
    from .scene_builder import SceneBuilder

    with render_lock:
        try:
            b = _builders.get(recording)
        except TypeError:  # not weak-referenceable
            return SceneBuilder(pin_default_radius=False)
        if b is None:
            b = _builders[recording] = SceneBuilder(pin_default_radius=False)
        return b


def _scene_of(rec: Any, timeline: str | None, time: Any) -> Any:
    if timeline is None:
        timeline = default_timeline(rec)
    elif timeline == "":
        timeline = None  # static data only
    return scene_at(rec, timeline, time)


def render_scene(
    scene: Any,
    *,
    width: int = 800,
    height: int = 600,
    camera: Any = None,
    hidden: tuple[str, ...] | list[str] = (),
    builder: Any = None,
) -> np.ndarray:
    """Render one ``rerun_nb.query.Scene``; (H, W, 4) uint8 RGBA."""
    from .scene_builder import SceneBuilder

    cam = normalize_camera(camera)
    with render_lock:
        r = get_renderer(width, height)
        if builder is None:
            builder = SceneBuilder(pin_default_radius=False)
        builder.update(scene, hidden)
        if cam is None:
            cam = fit_camera(scene.bounds(), width / height)
        return r.render(builder, cam)


def snapshot_array(
    recording: Any,
    *,
    timeline: str | None = None,
    time: Any = None,
    width: int = 800,
    height: int = 600,
    camera: Any = None,
    hidden: tuple[str, ...] | list[str] = (),
) -> np.ndarray:
    """The whole scene, latest-at ``time`` on ``timeline``, as the widget draws it: (H, W, 4) uint8 RGBA.

    ``timeline=None``: the widget's default timeline; ``""``: static data only. ``time=None``: the latest time.
    ``camera``: ``None`` fits the scene (as the widget does); a ``{position, target, up}`` dict, a
    ``(position, target[, up])`` tuple, or a live ``Viewer`` (its current camera).
    """
    _support.require()
    with render_lock:
        return render_scene(
            _scene_of(recording, timeline, time),
            width=width,
            height=height,
            camera=camera,
            hidden=hidden,
            builder=builder_for(recording),
        )


def encode_png(img: np.ndarray, *, compress_level: int = 1) -> bytes:
    """PNG bytes of an (H, W, 3|4) uint8 image (fast compression: pictures of 3D views are mostly flat)."""
    from PIL import Image

    buf = io.BytesIO()
    mode = "RGBA" if img.shape[2] == 4 else "RGB"
    arr = np.ascontiguousarray(img[..., :3] if mode == "RGBA" and bool((img[..., 3] == 255).all()) else img)
    Image.fromarray(arr, "RGB" if arr.shape[2] == 3 else "RGBA").save(
        buf, "PNG", compress_level=compress_level
    )
    return buf.getvalue()


def snapshot_png(recording: Any, **kwargs: Any) -> bytes:
    """PNG bytes of :func:`snapshot_array` (same arguments)."""
    return encode_png(snapshot_array(recording, **kwargs))
