"""rerun_nb ``Scene`` → pygfx objects, drawn the way the notebook widget draws them (js/src/*.ts).

* dark background ``#1b1b1f``; colours pass through as logged (sRGB bytes, no colour management);
* points are round, shaded discs (a sprite with the widget's lambert term) whose radius is in scene units
  (negative radius = UI pixels, as in Rerun); no radius → a small fraction of the scene's diagonal;
* line strips / box wireframes as segments, radius in scene units or 2 px by default;
* solid boxes and arrows as lit meshes (ambient + a light that follows the camera);
* one ``Group`` per entity carrying ``world_from_entity`` (the transform hierarchy is resolved by the query
  layer); Z up.

:class:`SceneBuilder` keeps one ``gfx.Scene`` in step with successive ``Scene`` objects and only rebuilds a
visual when the row ids of its components changed, so a transform animation costs a matrix per frame.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pygfx as gfx

from ..components import Ragged

__all__ = [
    "BACKGROUND",
    "DEFAULT_LINE_PX",
    "SceneBuilder",
    "default_radius_for",
]

BACKGROUND = "#1b1b1f"
DEFAULT_LINE_PX = 2.0
_ARCHETYPES = ("Points3D", "Points2D", "LineStrips3D", "LineStrips2D", "Boxes3D", "Arrows3D")
_FILL_SOLID = 3
_SPRITE: Any = None


def default_radius_for(bounds: tuple[np.ndarray, np.ndarray] | None, fraction: float = 0.005) -> float:
    """The default point radius: a small fraction of the bounds' diagonal (as the widget's ``defaultRadiusFor``)."""
    if bounds is None:
        return 0.01
    d = float(np.linalg.norm(np.asarray(bounds[1]) - np.asarray(bounds[0])))
    return d * fraction if np.isfinite(d) and d > 0 else 0.01


def _sphere_sprite(n: int = 64) -> Any:
    """RGBA sprite: rgb = the widget's shading ``0.72 + 0.28 * lambert``, alpha = the disc."""
    global _SPRITE
    if _SPRITE is None:
        c = (np.arange(n, dtype=np.float32) + 0.5) / n * 2 - 1
        x, y = np.meshgrid(c, c)  # sprite row 0 is drawn at the bottom here, as the widget's uv.y = -1
        d2 = x * x + y * y
        z = np.sqrt(np.clip(1 - d2, 0, 1))
        light = np.array([-0.35, 0.45, 0.82], np.float32)
        light /= np.linalg.norm(light)
        lam = np.clip(x * light[0] + y * light[1] + z * light[2], 0, 1)
        img = np.empty((n, n, 4), np.float32)
        img[..., :3] = (0.72 + 0.28 * lam)[..., None]
        img[..., 3] = (d2 <= 1).astype(np.float32)
        _SPRITE = gfx.Texture(img, dim=2)
    return _SPRITE


# -- component helpers (the widget's comps.ts) ------------------------------------------------------


def _vec3(a: np.ndarray) -> np.ndarray:
    a = np.asarray(a, np.float32)
    if a.ndim == 2 and a.shape[1] == 3:
        return np.ascontiguousarray(a)
    out = np.zeros((len(a), 3), np.float32)
    k = min(a.shape[1] if a.ndim == 2 else 1, 3)
    out[:, :k] = a.reshape(len(a), -1)[:, :k]
    return out


def _splat_index(m: int, n: int) -> np.ndarray:
    return np.minimum(np.arange(n), m - 1) if m > 1 else np.zeros(n, np.int64)


def _splat(a: np.ndarray | None, n: int, fill: Any) -> np.ndarray:
    """``n`` rows of a per-instance component (one row applies to all; short → last repeated)."""
    if a is None or len(a) == 0:
        return np.broadcast_to(np.asarray(fill, np.float32), (n, *np.shape(fill))).copy()
    a = np.asarray(a)
    if len(a) == n:
        return a
    return a[_splat_index(len(a), n)]


def _colors(c: np.ndarray | None, n: int, default: tuple[int, int, int, int]) -> np.ndarray:
    """(n, 4) float32 in 0..1 from uint8 RGBA (splatted); ``default`` when absent."""
    if c is None or len(c) == 0:
        out = np.empty((n, 4), np.float32)
        out[:] = np.asarray(default, np.float32) / 255.0
        return out
    c = np.asarray(c)
    if c.dtype != np.uint8:
        c = np.clip(np.round(np.asarray(c, np.float64) * 255), 0, 255).astype(np.uint8)
    if c.shape[1] == 3:
        c = np.concatenate([c, np.full((len(c), 1), 255, np.uint8)], axis=1)
    if len(c) != n:
        c = c[_splat_index(len(c), n)]
    return c.astype(np.float32) * (1.0 / 255.0)


def _radii(r: np.ndarray | None, n: int) -> np.ndarray | None:
    if r is None or len(r) == 0:
        return None
    r = np.asarray(r, np.float32)
    return r if len(r) == n else r[_splat_index(len(r), n)]


def _alpha_mode(colors: np.ndarray) -> str:
    return "blend" if bool((colors[:, 3] < 1.0).any()) else "auto"


# -- visuals ----------------------------------------------------------------------------------------


def _points(pos: np.ndarray, colors: np.ndarray, radii: np.ndarray | None, default_radius: float) -> Any:
    n = len(pos)
    if radii is None:
        radii = np.full(n, default_radius, np.float32)
    screen = bool(len(radii)) and float(radii[0]) < 0
    sizes = np.abs(radii).astype(np.float32) * 2.0  # pygfx size = diameter
    transparent = bool((colors[:, 3] < 1.0).any())
    mat = gfx.PointsSpriteMaterial(
        sprite=_sphere_sprite(),
        size_space="screen" if screen else "model",  # the widget scales radii with the entity transform
        size_mode="vertex",
        color_mode="vertex",
        alpha_mode="blend" if transparent else "auto",
        alpha_test=0.5,
        pick_write=False,
    )
    geom = gfx.Geometry(positions=pos, colors=colors, sizes=sizes)
    return gfx.Points(geom, mat)


def _segments(seg_pos: np.ndarray, seg_col: np.ndarray, seg_radius: np.ndarray | None) -> Any:
    """Line segments (pairs of rows), one pygfx object per distinct radius (the widget batches the same way)."""
    group = gfx.Group()
    if len(seg_pos) == 0:
        return group
    keys = np.full(len(seg_pos) // 2, np.nan, np.float32) if seg_radius is None else seg_radius
    for r in np.unique(keys):
        sel = np.isnan(keys) if np.isnan(r) else keys == r
        idx = np.repeat(np.nonzero(sel)[0] * 2, 2) + np.tile([0, 1], int(sel.sum()))
        pos = np.ascontiguousarray(seg_pos[idx], np.float32)
        col = np.ascontiguousarray(seg_col[idx], np.float32)
        if np.isnan(r):
            thick, space = DEFAULT_LINE_PX, "screen"
        elif r >= 0:
            thick, space = 2.0 * float(r), "model"
        else:
            thick, space = -2.0 * float(r), "screen"
        mat = gfx.LineSegmentMaterial(
            thickness=thick,
            thickness_space=space,
            color_mode="vertex",
            alpha_mode=_alpha_mode(col),
            aa=True,
            pick_write=False,
        )
        group.add(gfx.Line(gfx.Geometry(positions=pos, colors=col), mat))
    return group


def _strips(strips: Ragged, colors: np.ndarray, radii: np.ndarray | None) -> Any:
    vals = _vec3(strips.values)
    off = np.asarray(strips.offsets, np.int64)
    lengths = np.diff(off)
    nseg = np.maximum(lengths - 1, 0)
    total = int(nseg.sum())
    if total == 0:
        return None
    strip_of_seg = np.repeat(np.arange(len(lengths)), nseg)
    # start index of each segment: offset of its strip + its rank within the strip
    first_seg = np.concatenate([[0], np.cumsum(nseg)[:-1]])
    start = off[:-1][strip_of_seg] + (np.arange(total) - first_seg[strip_of_seg])
    seg_pos = np.empty((2 * total, 3), np.float32)
    seg_pos[0::2] = vals[start]
    seg_pos[1::2] = vals[start + 1]
    seg_col = np.repeat(colors[strip_of_seg], 2, axis=0)
    seg_r = None if radii is None else radii[strip_of_seg]
    return _segments(seg_pos, seg_col, seg_r)


def _quat_to_mat(q: np.ndarray) -> np.ndarray:
    """(n,4) xyzw → (n,3,3); zero / non-finite quaternions give identity."""
    q = np.asarray(q, np.float64)
    nrm = np.einsum("ij,ij->i", q, q)
    bad = ~np.isfinite(nrm) | (nrm == 0)
    q = np.where(bad[:, None], [0, 0, 0, 1], q)
    nrm = np.where(bad, 1.0, nrm)
    x, y, z, w = q.T
    s = 2.0 / nrm
    return np.stack(
        [
            np.stack([1 - s * (y * y + z * z), s * (x * y - z * w), s * (x * z + y * w)], -1),
            np.stack([s * (x * y + z * w), 1 - s * (x * x + z * z), s * (y * z - x * w)], -1),
            np.stack([s * (x * z - y * w), s * (y * z + x * w), 1 - s * (x * x + y * y)], -1),
        ],
        1,
    )


def _axis_angle_to_quat(aa: np.ndarray) -> np.ndarray:
    aa = np.asarray(aa, np.float64)
    axis = aa[:, :3]
    n = np.linalg.norm(axis, axis=1, keepdims=True)
    ok = (n[:, 0] > 0) & np.isfinite(n[:, 0])
    axis = np.where(ok[:, None], axis / np.where(n == 0, 1, n), 0)
    h = aa[:, 3] / 2
    q = np.concatenate([axis * np.sin(h)[:, None], np.cos(h)[:, None]], axis=1)
    q[~ok] = [0, 0, 0, 1]
    return q


_CORNERS = np.array(
    [[-1, -1, -1], [1, -1, -1], [1, 1, -1], [-1, 1, -1], [-1, -1, 1], [1, -1, 1], [1, 1, 1], [-1, 1, 1]],
    np.float64,
)
_EDGES = np.array(
    [[0, 1], [1, 2], [2, 3], [3, 0], [4, 5], [5, 6], [6, 7], [7, 4], [0, 4], [1, 5], [2, 6], [3, 7]]
)


def _merged_mesh(
    verts: np.ndarray,
    normals: np.ndarray,
    faces: np.ndarray,
    mats: np.ndarray,
    offs: np.ndarray,
    colors: np.ndarray,
) -> Any:
    """Instances of one template mesh, merged: ``mats`` (n,3,3) linear parts, ``offs`` (n,3), colours (n,4)."""
    n = len(mats)
    v = np.einsum("nij,vj->nvi", mats, verts) + offs[:, None, :]
    inv_t = np.linalg.pinv(mats).transpose(0, 2, 1)
    nn = np.einsum("nij,vj->nvi", inv_t, normals)
    nn /= np.maximum(np.linalg.norm(nn, axis=2, keepdims=True), 1e-12)
    nv = len(verts)
    f = (faces[None, :, :] + (np.arange(n) * nv)[:, None, None]).reshape(-1, 3).astype(np.uint32)
    col = np.repeat(colors, nv, axis=0).astype(np.float32)
    geom = gfx.Geometry(
        positions=v.reshape(-1, 3).astype(np.float32),
        normals=nn.reshape(-1, 3).astype(np.float32),
        colors=col,
        indices=f,
    )
    mat = gfx.MeshPhongMaterial(
        color_mode="vertex", specular="#000000", shininess=1, alpha_mode=_alpha_mode(col), pick_write=False
    )
    return gfx.Mesh(geom, mat)


def _box_template() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    verts, normals, faces = [], [], []
    for axis in range(3):
        for sign in (-1.0, 1.0):
            u, v = [a for a in range(3) if a != axis]
            quad = []
            for a, b in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
                p = [0.0, 0.0, 0.0]
                p[axis], p[u], p[v] = sign, a, b
                quad.append(p)
            base = len(verts)
            verts += quad
            nrm = [0.0, 0.0, 0.0]
            nrm[axis] = sign
            normals += [nrm] * 4
            faces += [[base, base + 1, base + 2], [base, base + 2, base + 3]]
    return np.array(verts), np.array(normals), np.array(faces)


def _boxes(c: dict[str, Any], default: tuple[int, int, int, int]) -> Any:
    hs = c.get("Boxes3D:half_sizes")
    if hs is None or len(hs) == 0:
        return None
    n = len(hs)
    half = _splat(hs, n, [0.5, 0.5, 0.5]).astype(np.float64)
    centers = _splat(c.get("Boxes3D:centers"), n, [0, 0, 0]).astype(np.float64)
    q = c.get("Boxes3D:quaternions")
    aa = c.get("Boxes3D:rotation_axis_angles")
    if q is not None and len(q):
        quats = _splat(q, n, [0, 0, 0, 1])
    elif aa is not None and len(aa):
        quats = _axis_angle_to_quat(_splat(aa, n, [1, 0, 0, 0]))
    else:
        quats = np.tile([0.0, 0.0, 0.0, 1.0], (n, 1))
    rot = _quat_to_mat(quats)
    mats = rot * half[:, None, :]  # R @ diag(half)
    colors = _colors(c.get("Boxes3D:colors"), n, default)
    fm = c.get("Boxes3D:fill_mode")
    if fm is not None and len(fm) and int(fm[0]) == _FILL_SOLID:
        return _merged_mesh(*_box_template(), mats, centers, colors)
    corners = np.einsum("nij,vj->nvi", mats, _CORNERS) + centers[:, None, :]  # (n,8,3)
    seg_pos = corners[:, _EDGES.reshape(-1), :].reshape(-1, 3).astype(np.float32)  # (n*24,3)
    seg_col = np.repeat(colors, 24, axis=0)
    radii = _radii(c.get("Boxes3D:radii"), n)
    return _segments(seg_pos, seg_col, None if radii is None else np.repeat(radii, 12))


def _cyl_template(k: int, cone: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Unit cylinder / cone along +Z from z=0 to 1, radius 1 (side + bottom cap)."""
    a = np.linspace(0, 2 * np.pi, k, endpoint=False)
    ca, sa = np.cos(a), np.sin(a)
    if cone:
        bottom = np.stack([ca, sa, np.zeros(k)], 1)
        top = np.tile([0.0, 0.0, 1.0], (k, 1))
        nrm = np.stack([ca, sa, np.ones(k)], 1) / np.sqrt(2)
    else:
        bottom = np.stack([ca, sa, np.zeros(k)], 1)
        top = np.stack([ca, sa, np.ones(k)], 1)
        nrm = np.stack([ca, sa, np.zeros(k)], 1)
    verts = np.concatenate([bottom, top, bottom, [[0, 0, 0]]])
    normals = np.concatenate([nrm, nrm, np.tile([0, 0, -1.0], (k + 1, 1))])
    i = np.arange(k)
    j = (i + 1) % k
    side = np.concatenate([np.stack([i, j, k + j], 1), np.stack([i, k + j, k + i], 1)])
    cap = np.stack([np.full(k, 3 * k), 2 * k + j, 2 * k + i], 1)
    return verts, normals, np.concatenate([side, cap])


def _basis_from_z(d: np.ndarray) -> np.ndarray:
    """(n,3,3) rotations taking +Z to the unit directions ``d`` (identity where d is 0)."""
    n = len(d)
    out = np.tile(np.eye(3), (n, 1, 1))
    ln = np.linalg.norm(d, axis=1)
    ok = ln > 0
    z = np.zeros_like(d)
    z[ok] = d[ok] / ln[ok, None]
    helper = np.where(np.abs(z[:, 2:3]) < 0.9, [[0.0, 0.0, 1.0]], [[1.0, 0.0, 0.0]])
    x = np.cross(helper, z)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    y = np.cross(z, x)
    m = np.stack([x, y, z], axis=2)  # columns
    out[ok] = m[ok]
    return out


def _arrows(c: dict[str, Any], default: tuple[int, int, int, int], default_radius: float) -> Any:
    vec = c.get("Arrows3D:vectors")
    if vec is None or len(vec) == 0:
        return None
    n = len(vec)
    vec = _vec3(vec).astype(np.float64)
    org = _splat(c.get("Arrows3D:origins"), n, [0, 0, 0]).astype(np.float64)
    colors = _colors(c.get("Arrows3D:colors"), n, default)
    ln = np.linalg.norm(vec, axis=1)
    radii = _radii(c.get("Arrows3D:radii"), n)
    r = np.abs(radii).astype(np.float64) if radii is not None else np.maximum(default_radius * 0.5, ln * 0.01)
    head = np.minimum(ln * 0.5, 6 * r)
    rot = _basis_from_z(vec)
    unit = np.where(ln[:, None] > 0, vec / np.where(ln == 0, 1, ln)[:, None], 0)
    shaft_m = rot * np.stack([r, r, np.maximum(ln - head, 0)], 1)[:, None, :]
    head_m = rot * np.stack([2 * r, 2 * r, head], 1)[:, None, :]
    group = gfx.Group()
    group.add(_merged_mesh(*_cyl_template(10, False), shaft_m, org, colors))
    group.add(_merged_mesh(*_cyl_template(16, True), head_m, org + unit * (ln - head)[:, None], colors))
    return group


def build_visual(arch: str, ev: Any, default_radius: float) -> Any:
    """The pygfx object for one archetype of an ``EntityView``, or None when it has nothing to draw."""
    c = ev.components
    dflt = ev.default_color
    if arch in ("Points3D", "Points2D"):
        p = c.get(f"{arch}:positions")
        if p is None or len(p) == 0:
            return None
        n = len(p)
        return _points(
            _vec3(p),
            _colors(c.get(f"{arch}:colors"), n, dflt),
            _radii(c.get(f"{arch}:radii"), n),
            default_radius,
        )
    if arch in ("LineStrips3D", "LineStrips2D"):
        s = c.get(f"{arch}:strips")
        if s is None or len(s) == 0:
            return None
        n = len(s)
        return _strips(s, _colors(c.get(f"{arch}:colors"), n, dflt), _radii(c.get(f"{arch}:radii"), n))
    if arch == "Boxes3D":
        return _boxes(c, dflt)
    if arch == "Arrows3D":
        return _arrows(c, dflt, default_radius)
    return None


# -- the scene --------------------------------------------------------------------------------------


def _set_matrix(obj: Any, m: np.ndarray) -> None:
    """Set an object's local matrix as is (shear included): pygfx's 'matrix' state basis."""
    local = obj.local
    if getattr(local, "_state_basis", "matrix") != "matrix":
        with contextlib.suppress(AttributeError):  # pygfx internals changed: it decomposes instead
            local._state_basis = "matrix"
    local.matrix = np.asarray(m, np.float64)


@dataclass
class _Node:
    group: Any
    matrix_key: bytes = b""
    visuals: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # arch → (key, object)


class SceneBuilder:
    """One ``gfx.Scene`` kept in step with successive rerun_nb ``Scene`` objects.

    Examples
    --------
    >>> b = SceneBuilder()                      # doctest: +SKIP
    >>> b.update(rec.scene(timeline="stable_time", time=1.0))  # doctest: +SKIP
    >>> renderer.render(b.scene, camera)       # doctest: +SKIP
    """

    def __init__(self, *, default_radius: float | None = None, pin_default_radius: bool = True) -> None:
        self.scene = gfx.Scene()
        self.scene.add(gfx.Background.from_color(BACKGROUND))
        self.scene.add(gfx.AmbientLight("#ffffff", 0.55))
        #: A light to attach to the camera (the widget's "sun" follows the camera).
        self.light = gfx.DirectionalLight("#ffffff", 2.0)
        self.light.local.position = (0.4, 1.0, 0.3)
        self.root = gfx.Group()
        self.scene.add(self.root)
        #: Radius of points without radii; with ``pin_default_radius`` it is fixed by the first scene with bounds
        #: (as the widget fixes it at its first fit), else recomputed from each scene's bounds.
        self.default_radius = default_radius
        self.pin_default_radius = pin_default_radius or default_radius is not None
        self._nodes: dict[str, _Node] = {}

    def attach_light(self, camera: Any) -> None:
        if self.light.parent is not camera:
            camera.add(self.light)

    def update(self, scene: Any, hidden: tuple[str, ...] | list[str] = ()) -> None:
        """Make the pygfx scene show ``scene`` (a ``rerun_nb.query.Scene``); ``hidden`` hides subtrees."""
        if self.default_radius is None or not self.pin_default_radius:
            b = scene.bounds()
            if b is not None:
                self.default_radius = default_radius_for(b)
        dr = self.default_radius if self.default_radius is not None else 0.01
        hidden_norm = [h.strip("/") for h in hidden]
        seen = set()
        for path, ev in scene.entities.items():
            if any(path == h or path.startswith(h + "/") or h == "" for h in hidden_norm):
                continue
            node = self._nodes.get(path)
            if node is None:
                node = self._nodes[path] = _Node(gfx.Group())
                self.root.add(node.group)
            mkey = ev.world_from_entity.tobytes()
            if mkey != node.matrix_key:
                _set_matrix(node.group, ev.world_from_entity)
                node.matrix_key = mkey
            present = set()
            for arch in _ARCHETYPES:
                keys = tuple(
                    (k, ev.row_ids.get(k)) for k in sorted(ev.components) if k.startswith(arch + ":")
                )
                if not keys:
                    continue
                present.add(arch)
                key = (keys, dr)
                old = node.visuals.get(arch)
                if old is not None and old[0] == key:
                    continue
                if old is not None and old[1] is not None:
                    node.group.remove(old[1])
                obj = build_visual(arch, ev, dr)
                if obj is not None:
                    node.group.add(obj)
                node.visuals[arch] = (key, obj)
            for arch in list(node.visuals):
                if arch not in present:
                    _k, obj = node.visuals.pop(arch)
                    if obj is not None:
                        node.group.remove(obj)
            seen.add(path)
        for path in list(self._nodes):
            if path not in seen:
                self.root.remove(self._nodes.pop(path).group)
