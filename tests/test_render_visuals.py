"""The pygfx visual registry (rerun_nb/render/visuals/) and the Ellipsoids3D visual, down to pixels."""

from __future__ import annotations

import inspect
from types import SimpleNamespace

import numpy as np
import pytest

import rerun_nb as rr

pytest.importorskip("pygfx")

from rerun_nb.render import scene_builder, visuals
from rerun_nb.render.visuals import VisualContext, builder_for, fields, register_visual
from rerun_nb.render.visuals import helpers as h

BG = np.array([0x1B, 0x1B, 0x1F])
W, H = 400, 300
FRONT = {"position": [0.0, -6.0, 0.0], "target": [0.0, 0.0, 0.0], "up": [0.0, 0.0, 1.0]}
PX_PER_UNIT = (H / 2) / np.tan(np.radians(22.5)) / 6.0  # at depth 6 (the plane y = 0) seen from FRONT
CTX = VisualContext(default_radius=0.05)
DRAWN = {"Points3D", "Points2D", "LineStrips3D", "LineStrips2D", "Boxes3D", "Arrows3D", "Ellipsoids3D"}


def _ev(arch: str, **comps: np.ndarray) -> SimpleNamespace:
    """An EntityView-like object holding canonical components of ``arch``."""
    return SimpleNamespace(
        path="e", components={f"{arch}:{k}": v for k, v in comps.items()}, default_color=(1, 2, 3, 255)
    )


# -- the registry -----------------------------------------------------------------------------------


def test_registered_archetypes_and_draw_order():
    # (the full set, against the archetype registry and the JS visuals: test_archetype_registry.py)
    assert frozenset(DRAWN) <= visuals.registered()
    assert visuals.names()[:6] == (
        "Points3D",
        "Points2D",
        "LineStrips3D",
        "LineStrips2D",
        "Boxes3D",
        "Arrows3D",
    )
    assert builder_for("Points3D") is builder_for("Points2D")
    assert builder_for("LineStrips3D") is builder_for("LineStrips2D")
    assert builder_for("Scalars") is None


def test_scene_builder_holds_no_archetype_names():
    src = inspect.getsource(scene_builder)
    assert not [a for a in visuals.registered() if a in src]


def test_accessor_is_bound_to_the_archetype():
    ev = _ev("Points2D", positions=np.zeros((1, 2), np.float32))
    ev.components["Points3D:positions"] = np.ones((1, 3), np.float32)
    assert fields(ev, "Points2D")("positions").shape == (1, 2)
    assert fields(ev, "Points3D")("positions").shape == (1, 3)
    assert fields(ev, "Points2D")("colors") is None


def test_a_second_visual_for_one_archetype_is_refused():
    with pytest.raises(ValueError, match="already has a visual"):
        register_visual("Points3D")(lambda ev, arch, ctx: None)
    with pytest.raises(TypeError):
        register_visual()


def test_fill_mode_values_agree_with_components():
    from rerun_nb.components import _FILL_MODES

    assert _FILL_MODES == {
        "majorwireframe": h.FILL_MAJOR_WIREFRAME,
        "densewireframe": h.FILL_DENSE_WIREFRAME,
        "solid": h.FILL_SOLID,
        "transparentfillmajorwireframe": h.FILL_TRANSPARENT_FILL_MAJOR_WIREFRAME,
    }


def test_points2d_are_drawn_at_z0():
    obj = builder_for("Points2D")(_ev("Points2D", positions=np.array([[1, 2]], np.float32)), "Points2D", CTX)
    assert obj.geometry.positions.data.tolist() == [[1.0, 2.0, 0.0]]


# -- Ellipsoids3D without rendering -----------------------------------------------------------------


def _segment_count(obj) -> int:
    return sum(len(ch.geometry.positions.data) // 2 for ch in obj.children)


def test_ellipsoids_need_half_sizes_and_splat_to_the_longest_pose():
    build = builder_for("Ellipsoids3D")
    assert build(_ev("Ellipsoids3D", centers=np.zeros((2, 3), np.float32)), "Ellipsoids3D", CTX) is None
    one = build(_ev("Ellipsoids3D", half_sizes=np.ones((1, 3), np.float32)), "Ellipsoids3D", CTX)
    three = build(
        _ev("Ellipsoids3D", half_sizes=np.ones((1, 3), np.float32), centers=np.zeros((3, 3), np.float32)),
        "Ellipsoids3D",
        CTX,
    )
    assert _segment_count(three) == 3 * _segment_count(one) > 0


def test_ellipsoid_rings_lie_on_the_ellipsoid():
    hs = np.array([[2.0, 1.0, 0.5]], np.float32)
    obj = builder_for("Ellipsoids3D")(_ev("Ellipsoids3D", half_sizes=hs), "Ellipsoids3D", CTX)
    p = np.concatenate([ch.geometry.positions.data for ch in obj.children])
    assert np.allclose(((p / hs) ** 2).sum(axis=1), 1.0, atol=1e-5)
    assert np.allclose(p.max(axis=0), hs[0], atol=1e-3)


# -- Ellipsoids3D pixels ----------------------------------------------------------------------------


def _snap(*logs: tuple[str, object]) -> np.ndarray:
    rec = rr.RecordingStream("ellipsoids")
    for path, arch in logs:
        rec.log(path, arch, static=True)
    return rec.snapshot(timeline="", width=W, height=H, camera=FRONT, as_array=True)


def _not_bg(img: np.ndarray) -> np.ndarray:
    return np.abs(img[..., :3].astype(int) - BG).max(axis=2) > 12


def _ellipse_mask(a: float, c: float, lo: float, hi: float) -> np.ndarray:
    """Pixels whose normalised radius in the projected ellipse (semi-axes ``a`` by ``c`` units) is in [lo, hi)."""
    y, x = np.mgrid[0:H, 0:W]
    u = (x + 0.5 - W / 2) / (a * PX_PER_UNIT)
    v = (H / 2 - y - 0.5) / (c * PX_PER_UNIT)
    r = np.sqrt(u * u + v * v)
    return (r >= lo) & (r < hi)


@pytest.mark.render
@pytest.mark.usefixtures("needs_renderer")
def test_solid_ellipsoid_covers_its_projected_ellipse():
    img = _snap(("e", rr.Ellipsoids3D(half_sizes=[[1.2, 0.6, 0.6]], colors=[255, 0, 0], fill_mode="solid")))
    inside, outside = _ellipse_mask(1.2, 0.6, 0, 0.9), _ellipse_mask(1.2, 0.6, 1.15, 9)
    red = (img[..., 0] > 100) & (img[..., 1] < 40) & (img[..., 2] < 40)
    assert red[inside].mean() > 0.99, red[inside].mean()
    assert not _not_bg(img)[outside].any()
    # lit by the camera's sun: the middle (facing the camera) is brighter than the rim
    mid, rim = _ellipse_mask(1.2, 0.6, 0, 0.2), _ellipse_mask(1.2, 0.6, 0.8, 0.9)
    assert img[..., 0][mid].mean() > img[..., 0][rim].mean() + 20


@pytest.mark.render
@pytest.mark.usefixtures("needs_renderer")
def test_wireframe_ellipsoid_is_rings_with_a_hollow_middle():
    img = _snap(("e", rr.Ellipsoids3D(half_sizes=[[1.2, 0.6, 0.6]], colors=[0, 255, 0])))
    drawn = _not_bg(img)
    # the ring in the y = 0 plane is the outline; the two others are seen edge on, through the centre
    assert drawn[_ellipse_mask(1.2, 0.6, 0.97, 1.03)].mean() > 0.5
    assert drawn[_ellipse_mask(1.2, 0.6, 0, 0.85)].mean() < 0.15
    assert not drawn[_ellipse_mask(1.2, 0.6, 1.15, 9)].any()
    g = img[round(H / 2 - 0.6 * PX_PER_UNIT), W // 2, :3]  # top of the outline
    assert g[1] > 150 and g[0] < 60, g


@pytest.mark.render
@pytest.mark.usefixtures("needs_renderer")
def test_dense_and_transparent_fill_modes():
    major = _not_bg(_snap(("e", rr.Ellipsoids3D(half_sizes=[[1.2, 0.6, 0.6]]))))
    dense = _not_bg(_snap(("e", rr.Ellipsoids3D(half_sizes=[[1.2, 0.6, 0.6]], fill_mode="densewireframe"))))
    middle = _ellipse_mask(1.2, 0.6, 0, 0.85)
    assert dense[middle].sum() > 2 * major[middle].sum()
    img = _snap(
        (
            "e",
            rr.Ellipsoids3D(
                half_sizes=[[1.2, 0.6, 0.6]], colors=[255, 0, 0], fill_mode="transparentfillmajorwireframe"
            ),
        )
    )
    tinted = img[round(H / 2 - 0.25 * PX_PER_UNIT), round(W / 2 + 0.5 * PX_PER_UNIT), :3].astype(int)
    assert tinted[0] - BG[0] > 40 and tinted[0] < 200, tinted  # the fill, translucent
    assert img[round(H / 2 - 0.6 * PX_PER_UNIT), W // 2, 0] > 200  # the ring, opaque


@pytest.mark.render
@pytest.mark.usefixtures("needs_renderer")
@pytest.mark.parametrize(
    "rotation",
    [{"rotation_axis_angles": [[0, 1, 0, np.pi / 2]]}, {"quaternions": [[0, np.sqrt(0.5), 0, np.sqrt(0.5)]]}],
)
def test_rotated_and_splatted_ellipsoids(rotation):
    # long along X, turned 90° about Y: long along Z; one half size and colour for two centres
    img = _snap(
        (
            "e",
            rr.Ellipsoids3D(
                half_sizes=[[1.0, 0.25, 0.25]],
                centers=[[-1.5, 0, 0], [1.5, 0, 0]],
                colors=[0, 0, 255],
                fill_mode="solid",
                **rotation,
            ),
        )
    )
    for cx in (-1.5, 1.5):
        x = round(W / 2 + cx * PX_PER_UNIT)
        top = img[round(H / 2 - 0.8 * PX_PER_UNIT), x, :3]
        assert top[2] > 100 and top[0] < 40, (cx, top)
        assert not _not_bg(img)[H // 2, round(x + 0.5 * PX_PER_UNIT)]


@pytest.mark.render
@pytest.mark.usefixtures("needs_renderer")
def test_ellipsoid_line_radii_thicken_the_rings():
    just_above = (round(H / 2 - 0.67 * PX_PER_UNIT), W // 2)  # 0.07 above the top of the outline
    thin = _snap(("e", rr.Ellipsoids3D(half_sizes=[[1.2, 0.6, 0.6]])))
    thick = _snap(("e", rr.Ellipsoids3D(half_sizes=[[1.2, 0.6, 0.6]], line_radii=0.1)))
    assert not _not_bg(thin)[just_above]
    assert _not_bg(thick)[just_above]
