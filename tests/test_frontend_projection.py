"""3D content projected into a camera's 2D view (issue 12), headless Chromium against a fake model (the harness of
test_frontend_views.py): the kernel sends a 3D entity of the space above a pinhole with the projective transform
``K_proj @ camera_from_entity`` (docs/protocol.md, "Views (v2)"), and the page draws it where the camera sees it."""

from __future__ import annotations

import pytest
from test_frontend_fake_model import Reply
from test_frontend_views import browser, container, layout, page, view  # noqa: F401

np = pytest.importorskip("numpy")

pytestmark = pytest.mark.browser

FX = FY = 200.0
CX, CY = 200.0, 150.0
KPROJ = np.array([[FX, 0, CX, 0], [0, FY, CY, 0], [0, 0, 500, 0], [0, 0, 1, 0]], np.float32)
CAM = layout(
    container(
        "h",
        "horizontal",
        [
            view(
                "cam",
                "2D",
                origin="/world/camera",
                properties={"VisualBounds2D": {"x_range": [0, 400], "y_range": [0, 300]}},
            )
        ],
    )
)
# camera space (RDF) points of 5 UI pixels radius: red and blue in front of the camera, green behind it
FRONT = {"red": (0.5, 0.25, 2.0), "blue": (-1.0, 0.6, 4.0)}
BEHIND = (0.5, 0.25, -2.0)
# a ball of 0.1 scene units radius at depth 2: 200 * 0.1 / 2 = 10 image pixels
BALL, BALL_R = (-0.5, -0.3, 2.0), 0.1


def kernel(m: dict):
    if m.get("type") != "query":
        return None
    if m["base"] is not None:
        return Reply(m, full=False, bounds=[0, 0, 0, 400, 300, 0])
    r = Reply(m, full=True, bounds=[0, 0, 0, 400, 300, 0])
    r.entity(
        "world/points",
        Points3D__positions=np.array([FRONT["red"], FRONT["blue"], BEHIND], np.float32),
        Points3D__colors=np.array([[255, 0, 0, 255], [0, 0, 255, 255], [0, 255, 0, 255]], np.uint8),
        Points3D__radii=np.array([-5], np.float32),
    )
    r.entity(
        "world/ball",
        Points3D__positions=np.array([BALL], np.float32),
        Points3D__colors=np.array([[255, 255, 0, 255]], np.uint8),
        Points3D__radii=np.array([BALL_R], np.float32),
    )
    return r.transforms({"world/points": KPROJ, "world/ball": KPROJ})


def _centroid(mask) -> tuple[float, float] | None:
    ys, xs = np.nonzero(mask)
    return (float(xs.mean()), float(ys.mean())) if len(xs) else None


def _width(mask) -> int:
    xs = np.nonzero(mask.any(axis=0))[0]
    return int(xs.max() - xs.min() + 1) if len(xs) else 0


def test_3d_points_are_projected_through_the_pinhole(page):
    p = page(kernel, entity_paths=["world/ball", "world/points"], view_layout=CAM)
    p.wait_view_frames("cam")
    cv = p.view("cam").locator("canvas")
    px = p.pixels(cv)
    h, w = px.shape[:2]
    scale = max(400 / w, 300 / h)
    r, g, b = px[..., 0], px[..., 1], px[..., 2]
    masks = {
        "red": (r > 150) & (g < 80) & (b < 80),
        "blue": (b > 150) & (r < 80) & (g < 80),
        "yellow": (r > 150) & (g > 150) & (b < 80),
    }
    for name, (x, y, z) in FRONT.items():
        u, v = FX * x / z + CX, FY * y / z + CY
        want = (w / 2 + (u - 200) / scale, h / 2 + (v - 150) / scale)
        got = _centroid(masks[name])
        assert got is not None, f"{name} point not drawn"
        assert abs(got[0] - want[0]) <= 2 and abs(got[1] - want[1]) <= 2, (name, got, want)
        assert abs(_width(masks[name]) - 10) <= 3, (name, _width(masks[name]))  # UI pixels whatever the depth
    # a scene-unit radius is seen through the camera: f * r / z image pixels
    x, y, z = BALL
    want = (w / 2 + (FX * x / z + CX - 200) / scale, h / 2 + (FY * y / z + CY - 150) / scale)
    got = _centroid(masks["yellow"])
    assert got is not None and abs(got[0] - want[0]) <= 2 and abs(got[1] - want[1]) <= 2, (got, want)
    assert abs(_width(masks["yellow"]) - 2 * FX * BALL_R / z / scale) <= 3, (_width(masks["yellow"]), scale)
    # the point behind the camera is not drawn (nowhere, in particular not at its mirrored projection)
    assert not ((g > 180) & (r < 80) & (b < 80)).any()
