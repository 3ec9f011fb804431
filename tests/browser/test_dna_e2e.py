"""The tutorial notebook (notebooks/dna.ipynb) run in a real JupyterLab and Notebook 7, judged by its pixels.

The colour statistics the pictures are held to come from the same data, computed here in the test
process with the same seed: the two spirals are Rerun's turbo colour ramp (saturated, bottom blue to top
red), the scaffolding and the beads are grey.
"""

from __future__ import annotations

import math
import shutil
import time
from pathlib import Path

import nbformat
import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[2]
PANEL = ".jp-NotebookPanel:visible"

pytestmark = pytest.mark.browser

NOTEBOOK = REPO / "notebooks" / "dna.ipynb"
T_MAX = 3.99  # the tutorial's stable_time runs 0.00 .. 3.99 in steps of 0.01


def _copy_notebook(dest: Path, extra_cells: list[str] = ()) -> int:
    """Copy the tutorial notebook to ``dest`` with ``extra_cells`` appended; return its cell count
    before them (the index of the first extra cell)."""
    nb = nbformat.read(NOTEBOOK, as_version=4)
    n = len(nb.cells)
    for src in extra_cells:
        nb.cells.append(nbformat.v4.new_code_cell(src))
    nbformat.write(nb, dest)
    return n


# --------------------------------------------------------------------------------------------------
# colour statistics
# --------------------------------------------------------------------------------------------------


def _hsv(rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Hue in degrees, saturation (max - min) and value (max) of an (..., 3) int array."""
    rgb = rgb.astype(np.float64)
    mx, mn = rgb.max(-1), rgb.min(-1)
    d = np.where(mx - mn == 0, 1, mx - mn)
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    h = np.where(mx == r, (g - b) / d % 6, np.where(mx == g, (b - r) / d + 2, (r - g) / d + 4)) * 60
    return h, mx - mn, mx


def _spiral_colors() -> np.ndarray:
    from rerun_nb.utilities import build_color_spiral

    _, colors = build_color_spiral(100)
    c = np.asarray(colors)[:, :3]
    if c.dtype.kind == "f":  # float colours are 0..1 (Rerun's convention)
        c = np.round(c * 255)
    return c.astype(np.int32)


def _background(img: np.ndarray) -> np.ndarray:
    border = np.concatenate([img[0], img[-1], img[:, 0], img[:, -1]])
    vals, counts = np.unique(border, axis=0, return_counts=True)
    return vals[counts.argmax()]


def picture_stats(img: np.ndarray) -> dict[str, float | np.ndarray]:
    """Pixel classes of a canvas screenshot: saturated (spirals), grey (scaffolding + beads)."""
    bg = _background(img)
    not_bg = np.abs(img - bg).sum(-1) > 24
    h, s, v = _hsv(img)
    sat = not_bg & (s >= 60)
    grey = not_bg & (s <= 12) & (v >= 40)
    return {"bg": bg, "drawn": int(not_bg.sum()), "sat": sat, "grey": grey, "hue": h}


def assert_tutorial_picture(img: np.ndarray) -> dict:
    st = picture_stats(img)
    sat, grey, hue = st["sat"], st["grey"], st["hue"]
    n_sat, n_grey = int(sat.sum()), int(grey.sum())
    assert st["drawn"] > 0.005 * img.shape[0] * img.shape[1], f"almost nothing drawn: {st['drawn']} px"
    assert n_sat >= 300, f"spirals: only {n_sat} saturated pixels"
    assert n_grey >= 100, f"beads/scaffolding: only {n_grey} grey pixels"
    # every saturated pixel's hue is one the spirals' colours have (shading changes value, not hue)
    data_h, data_s, _ = _hsv(_spiral_colors())
    data_h = data_h[data_s >= 60]
    px_h = hue[sat]
    dist = np.abs((px_h[:, None] - data_h[None, :] + 180) % 360 - 180).min(1)
    assert (dist <= 20).mean() >= 0.9, f"hues not from the spirals: {np.percentile(dist, [50, 90, 99])}"
    # the ramp is there: blue-ish and red/orange-ish and green-ish pixels all show up
    for name, lo, hi in (("blue", 190, 250), ("green", 80, 160), ("red/orange", -20, 40)):
        hh = (px_h - lo) % 360
        frac = (hh <= (hi - lo)).mean()
        assert frac >= 0.03, f"{name} part of the colour ramp missing ({frac:.3f} of saturated pixels)"
    return {"sat": n_sat, "grey": n_grey}


# --------------------------------------------------------------------------------------------------
# helpers on the viewer
# --------------------------------------------------------------------------------------------------


def wait_query_time(drv, t: float, scope: str = PANEL, timeout: float = 30) -> dict:
    def ok():
        q = drv.last_query(scope)
        tt = q.get("time")
        return q if isinstance(tt, (int, float)) and math.isclose(tt, t, abs_tol=1e-6) else None

    return drv.wait_until(ok, timeout=timeout, what=f"lastQuery.time == {t} (now {drv.last_query(scope)})")


def settled_picture(drv, scope: str = PANEL) -> np.ndarray:
    """The canvas once two screenshots 150 ms apart agree (the reply has been drawn)."""
    prev = drv.canvas_rgb(scope)
    for _ in range(40):
        time.sleep(0.15)
        cur = drv.canvas_rgb(scope)
        if np.array_equal(cur, prev):
            return cur
        prev = cur
    raise AssertionError("the canvas never stopped changing")


def set_slider(drv, value: float, scope: str = PANEL) -> None:
    drv.page.locator(f"{scope} .rrnb-slider").first.fill(repr(value))


def diff_px(a: np.ndarray, b: np.ndarray) -> int:
    return int((np.abs(a - b).sum(-1) > 24).sum())


# --------------------------------------------------------------------------------------------------
# tests
# --------------------------------------------------------------------------------------------------


def test_dna_in_jupyterlab(drv, lab):
    """Run the tutorial; the viewer opens on stable_time at its end, draws the spirals' colours and
    grey beads; scrubbing moves the picture as latest-at says; ``viewer.time = …`` moves it too."""
    page = drv.page
    name = "dna_lab.ipynb"
    first_extra = _copy_notebook(
        lab.root / name,
        [
            "viewer.time = 1.0",
            "print(viewer.time, viewer.timeline)",
            'rr.log("extra/marker", rr.Points3D([[2.6, 0, 5]], colors=[255, 0, 255], radii=0.4), static=True)',
        ],
    )
    drv.open_in_lab(name, "t-lab")
    t0 = time.monotonic()
    drv.run_code_cells(first_extra)
    page.wait_for_selector(f"{PANEL} canvas.rrnb-canvas")
    drv.wait_until(lambda: drv.frames() >= 1, what="first frame")
    first_frame_s = time.monotonic() - t0
    wait_query_time(drv, T_MAX)
    img_end = settled_picture(drv)
    stats = assert_tutorial_picture(img_end)

    # scrub: a different time, a different picture; coming back gives the very same picture (the
    # deltas leave the view holding exactly the latest-at state)
    set_slider(drv, 2.0)
    wait_query_time(drv, 2.0)
    img_2 = settled_picture(drv)
    assert_tutorial_picture(img_2)
    assert diff_px(img_2, img_end) > 50, "the picture did not change with the time"
    set_slider(drv, 3.0)
    wait_query_time(drv, 3.0)
    img_3 = settled_picture(drv)
    assert diff_px(img_3, img_2) > 50
    set_slider(drv, 2.0)
    wait_query_time(drv, 2.0)
    back = settled_picture(drv)
    assert diff_px(back, img_2) <= 5, f"t=2.0 after 3.0 differs from t=2.0 before: {diff_px(back, img_2)} px"
    # 2.004 has the same latest-at rows as 2.0 (data every 0.01): the same picture
    set_slider(drv, 2.004)
    wait_query_time(drv, 2.004)
    same = settled_picture(drv)
    assert diff_px(same, img_2) <= 5, f"t=2.004 differs from t=2.0: {diff_px(same, img_2)} px"

    # Python drives the view
    drv.run_cell(first_extra)
    wait_query_time(drv, 1.0)
    img_1 = settled_picture(drv)
    assert_tutorial_picture(img_1)
    assert diff_px(img_1, img_2) > 50
    slider = float(page.locator(f"{PANEL} .rrnb-slider").first.input_value())
    assert math.isclose(slider, 1.0, abs_tol=0.011), slider
    # and the front end's moves come back to Python
    set_slider(drv, 2.5)
    wait_query_time(drv, 2.5)
    drv.run_cell(first_extra + 1)
    out = page.locator(f"{PANEL} .jp-Cell").nth(first_extra + 1).locator(".jp-OutputArea-output").inner_text()
    assert out.split()[:2] == ["2.5", "stable_time"], out

    # data logged in a later cell shows up without a call: the view re-queries after the cell
    def magenta(img):
        r, g, b = img[..., 0], img[..., 1], img[..., 2]
        return int(((r > 150) & (b > 150) & (g < 80)).sum())

    assert magenta(settled_picture(drv)) == 0
    n_frames = drv.frames()
    drv.run_cell(first_extra + 2)
    drv.wait_until(lambda: drv.frames() > n_frames, what="a frame after logging more")
    img_more = settled_picture(drv)
    assert magenta(img_more) >= 30, f"the marker logged later is not drawn ({magenta(img_more)} px)"
    print(f"first frame {first_frame_s:.1f}s after starting the cells; {stats}; dataset {drv.dataset()}")


def test_dna_in_notebook7(drv, lab):
    """The same notebook in the Notebook 7 interface draws the same kind of picture."""
    name = "dna_nb7.ipynb"
    n = _copy_notebook(lab.root / name)
    t0 = time.monotonic()
    drv.open_in_notebook7(name)
    t1 = time.monotonic()
    scope = ".jp-NotebookPanel"
    drv.run_code_cells(n, panel=scope)
    t2 = time.monotonic()
    drv.page.wait_for_selector(f"{scope} canvas.rrnb-canvas")
    wait_query_time(drv, T_MAX, scope)
    t3 = time.monotonic()
    assert_tutorial_picture(settled_picture(drv, scope))
    print(f"notebook 7: open {t1 - t0:.1f}s, cells {t2 - t1:.1f}s, first frame {t3 - t2:.1f}s")


@pytest.fixture(autouse=True)
def _no_leftover_notebooks(lab):
    yield
    for p in lab.root.glob("*.ipynb"):
        p.unlink(missing_ok=True)
    shutil.rmtree(lab.root / ".ipynb_checkpoints", ignore_errors=True)
