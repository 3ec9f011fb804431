"""Pinhole: a camera's projection; the entity and everything below it is the camera's 2D image space.

Scene resolution (``query.py``) treats a Pinhole as a transform that comes after the entity's own
``Transform3D``: :meth:`Pinhole.local_matrix` maps image space — pixels ``(u, v)`` at ``z = 0``, y down — onto
the image plane at ``image_plane_distance`` in front of the camera. So images, 2D points and boxes logged under a
pinhole lie on that plane in 3D with no special case in any front end, and a 2D view whose origin is the camera
shows them in pixels. Along z, image space runs along the optical axis: ``(cx, cy, -d)`` is the camera centre,
which is how the frustum is drawn, and a pixel ``(u, v)`` at depth ``D`` is at
``(cx + s (u - cx), cy + s (v - cy), D - d)`` with ``s = D / d`` (how depth images are back-projected).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, ClassVar

import numpy as np

from .. import components as C
from ._base import _REGISTRY, Archetype, Field

__all__ = ["DEFAULT_IMAGE_PLANE_DISTANCE", "Pinhole", "camera_from_rdf"]

#: Distance of the image plane when none is logged (scene units).
DEFAULT_IMAGE_PLANE_DISTANCE = 1.0

_AXIS = {1: (1, -1), 2: (1, 1), 3: (0, 1), 4: (0, -1), 5: (2, 1), 6: (2, -1)}  # code -> (RDF axis, sign)


def camera_from_rdf(xyz: Any) -> np.ndarray:
    """3x3 matrix taking Right-Down-Forward coordinates to the camera's ``camera_xyz`` ones (codes U=1 ... B=6).

    Examples
    --------
    >>> camera_from_rdf([3, 1, 6]).astype(int).tolist()  # RUB (OpenGL): y = -down, z = -forward
    [[1, 0, 0], [0, -1, 0], [0, 0, -1]]
    """
    m = np.zeros((3, 3))
    for row, code in enumerate(np.asarray(xyz).reshape(-1)[:3].tolist()):
        axis, sign = _AXIS[int(code)]
        m[row, axis] = sign
    return m


class Pinhole(Archetype):
    """A pinhole camera: ``image_from_camera`` (intrinsics), ``resolution``, and how its axes point.

    Give the intrinsics as a matrix, or by ``focal_length`` (one value or fx, fy) with ``principal_point`` or
    ``resolution`` / ``width`` + ``height``, or by ``fov_y`` and ``aspect_ratio``.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> p = rr.Pinhole(focal_length=500, width=640, height=480)
    >>> p.image_from_camera[0].tolist(), p.resolution.tolist()
    ([[500.0, 0.0, 320.0], [0.0, 500.0, 240.0], [0.0, 0.0, 1.0]], [[640.0, 480.0]])
    """

    archetype_name = "Pinhole"
    view = "3d"
    role = "transform"
    transform_order: ClassVar[int] = 1  # after the entity's Transform3D
    image_from_camera = Field(C.mat3x3)
    resolution = Field(C.vec2d)
    camera_xyz = Field(C.view_coordinates)
    child_frame = Field(C.strings)
    parent_frame = Field(C.strings)
    image_plane_distance = Field(C.float32_1d)
    color = Field(C.colors)
    line_width = Field(C.float32_1d)

    def __init__(
        self,
        *,
        image_from_camera: Any = None,
        resolution: Any = None,
        camera_xyz: Any = None,
        width: int | float | None = None,
        height: int | float | None = None,
        focal_length: Any = None,
        principal_point: Any = None,
        fov_y: float | None = None,
        aspect_ratio: float | None = None,
        child_frame: Any = None,
        parent_frame: Any = None,
        image_plane_distance: float | None = None,
        color: Any = None,
        line_width: Any = None,
    ) -> None:
        self._error = None
        if resolution is None and width is not None and height is not None:
            resolution = [width, height]
        elif resolution is not None and (width is not None or height is not None):  # as Rerun: warned, kept
            self._warn("resolution", "cannot set both resolution= and width= / height=: resolution= is used")
        if image_from_camera is None:
            image_from_camera = self._intrinsics(
                resolution, focal_length, principal_point, fov_y, aspect_ratio
            )
            if fov_y is not None and aspect_ratio is not None:
                resolution = [aspect_ratio, 1.0]
        elif any(v is not None for v in (focal_length, principal_point, fov_y, aspect_ratio)):
            self._warn(  # as Rerun: warned, and image_from_camera= is used
                "image_from_camera",
                "both image_from_camera= and focal_length= / principal_point= / fov_y= / aspect_ratio= set: "
                "image_from_camera= is used",
            )
        self._set("image_from_camera", image_from_camera)
        self._set("resolution", resolution)
        self._set("camera_xyz", camera_xyz)
        self._set("child_frame", child_frame)
        self._set("parent_frame", parent_frame)
        self._set("image_plane_distance", image_plane_distance)
        self._set("color", color)
        self._set("line_width", line_width)

    def _intrinsics(
        self, resolution: Any, focal_length: Any, principal_point: Any, fov_y: Any, aspect_ratio: Any
    ) -> list[list[float]] | None:
        """The 3x3 intrinsics from the other forms (None, with the problem recorded, when they do not add up)."""
        try:
            if fov_y is not None and aspect_ratio is not None:
                focal_length = 0.5 / math.tan(max(float(fov_y) * 0.5, 1.19209e-07))
                resolution = [float(aspect_ratio), 1.0]
            w = h = None
            if resolution is not None:
                w, h = (float(v) for v in np.asarray(resolution, dtype=np.float64).reshape(-1)[:2])
            if focal_length is None:
                if w is None:
                    self._fail(
                        "focal_length",
                        "give image_from_camera= or focal_length= (or fov_y= and aspect_ratio=)",
                    )
                    return None
                focal_length = math.sqrt(w * h)
            if principal_point is None:
                if w is None:
                    self._fail("principal_point", "give principal_point= or resolution= / width= and height=")
                    return None
                principal_point = [w / 2, h / 2]
            f = np.asarray(focal_length, dtype=np.float64).reshape(-1)
            fx, fy = (float(f[0]), float(f[0])) if f.size == 1 else (float(f[0]), float(f[1]))
            pp = np.asarray(principal_point, dtype=np.float64).reshape(-1)
            return [[fx, 0.0, float(pp[0])], [0.0, fy, float(pp[1])], [0.0, 0.0, 1.0]]
        except (TypeError, ValueError, IndexError) as e:
            self._fail("focal_length", f"could not read the intrinsics: {e}", True)
            return None

    # -- what the lower layers ask -----------------------------------------------------------------

    @staticmethod
    def _plane(get: Callable[[str], Any]) -> tuple[np.ndarray, float] | None:
        k = get("image_from_camera")
        if k is None or len(k) == 0:
            return None
        d = get("image_plane_distance")
        dist = float(d[-1]) if d is not None and len(d) else DEFAULT_IMAGE_PLANE_DISTANCE
        return np.asarray(k[-1], dtype=np.float64), dist

    @classmethod
    def local_matrix(cls, get: Callable[[str], Any]) -> np.ndarray | None:
        """``entity_from_image`` (4x4): image space (pixels, z along the optical axis) → the entity's 3D space."""
        plane = cls._plane(get)
        if plane is None:
            return None
        k, d = plane
        try:
            kinv = np.linalg.inv(k)
        except np.linalg.LinAlgError:
            return None
        p = np.eye(4)
        p[:3, :2] = d * kinv[:, :2]
        p[:3, 2] = (0.0, 0.0, 1.0)
        p[:3, 3] = d * kinv[:, 2]
        xyz = get("camera_xyz")
        if xyz is not None and len(xyz):
            c = np.eye(4)
            c[:3, :3] = camera_from_rdf(xyz[-1])
            p = c @ p
        return p if np.all(np.isfinite(p)) else None

    @classmethod
    def projection(cls, get: Callable[[str], Any]) -> np.ndarray | None:
        """float32 (1, 5): fx, fy, cx, cy, image plane distance — what back-projection in image space needs."""
        plane = cls._plane(get)
        if plane is None:
            return None
        k, d = plane
        return np.array([[k[0, 0], k[1, 1], k[0, 2], k[1, 2], d]], dtype=np.float32)

    @classmethod
    def frustum_size(cls, get: Callable[[str], Any]) -> tuple[float, float]:
        """(width, height) of the image the frustum frames: the resolution, else twice the principal point."""
        r = get("resolution")
        if r is not None and len(r):
            return float(r[-1][0]), float(r[-1][1])
        k = get("image_from_camera")
        return (2 * float(k[-1][0, 2]), 2 * float(k[-1][1, 2])) if k is not None and len(k) else (0.0, 0.0)

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        plane = cls._plane(get)
        if plane is None:
            return []
        k, d = plane
        w, h = cls.frustum_size(get)
        return [np.array([[0.0, 0.0, 0.0], [w, h, 0.0], [k[0, 2], k[1, 2], -d]])]

    @classmethod
    def contextualise(cls, get: Callable[[str], Any], components: dict[str, Any]) -> dict[str, Any]:
        """Components a drawn entity at or under this pinhole gets: its back-projection parameters
        (``"<Archetype>:projection"``) for archetypes that are back-projected in 3D (depth images)."""
        out = {}
        for name in {k.partition(":")[0] for k in components}:
            arch = _REGISTRY.get(name)
            if arch is not None and getattr(arch, "back_projected", False):
                proj = cls.projection(get)
                if proj is not None:
                    out[f"{name}:projection"] = proj
        return out
