"""GridMap (issue 13): Rerun 0.41's constructor, bad input, latest-at, ``.rnb`` / ``.rrd`` round trips, a GridMap
that rerun-sdk wrote read back, and the viewer's "stored, not drawn" note (it is stored only: ``view = None``)."""

from __future__ import annotations

import numpy as np
import pytest

import rerun_nb as rr
from rerun_nb.viewer.undrawn import undrawn_of

GRID = np.array([[0, 100, 255, 0], [50, 50, 50, 50], [0, 0, 0, 255]], np.uint8)
FMT = {"width": 4, "height": 3, "color_model": "L", "channel_datatype": "U8"}


def _map(**kw):
    return rr.GridMap(data=GRID.tobytes(), format=FMT, cell_size=0.05, **kw)


def test_constructor_stores_the_bytes_and_format_as_logged():
    m = _map(translation=[1, 2, 0], quaternion=[0, 0, 0, 1], opacity=0.5, draw_order=2, colormap="turbo")
    assert m._error is None
    assert bytes(m.data[0]) == GRID.tobytes()
    assert m.format.tolist() == [[4, 3, 0, 1, 6]]  # width, height, pixel format, L, U8
    assert m.cell_size.dtype == np.float32 and m.translation.tolist() == [[1.0, 2.0, 0.0]]
    assert rr.GridMap.archetype_name == "GridMap" and rr.GridMap.view == "3d"  # drawn: test_render_3d_more.py
    with pytest.raises(TypeError):
        rr.GridMap(GRID.tobytes(), FMT, 0.05)  # keyword-only, as in Rerun


def test_bad_format_warns_with_the_entity_path():
    rec = rr.RecordingStream("grid_bad")
    with pytest.warns(rr.RerunWarning, match=r"'maps/bad'.*GridMap.format"):
        rec.log("maps/bad", rr.GridMap(data=b"", format="not a format", cell_size=1))
    assert rec.entity_paths() == []


@pytest.mark.parametrize("ext", ["rnb", "rrd"])
def test_latest_at_and_file_round_trip(tmp_path, ext):
    if ext == "rrd":
        pytest.importorskip("rerun")
    rec = rr.RecordingStream("grid")
    rec.set_time("step", sequence=1)
    rec.log("map", _map(translation=[1, 2, 0]))
    got = rec.latest_at("map", timeline="step", time=1)
    assert set(got) == {"GridMap:data", "GridMap:format", "GridMap:cell_size", "GridMap:translation"}
    rec.save(tmp_path / f"g.{ext}")
    rec.disconnect()  # the file sink is written out
    back = rr.load(tmp_path / f"g.{ext}").latest_at("map", timeline="step", time=1)
    assert bytes(back["GridMap:data"][0]) == GRID.tobytes()
    assert back["GridMap:format"].tolist() == [[4, 3, 0, 1, 6]]
    assert back["GridMap:cell_size"].tolist() == pytest.approx([0.05])
    assert back["GridMap:translation"].tolist() == [[1.0, 2.0, 0.0]]


def test_a_rerun_written_grid_map_reads_back(tmp_path):
    rerun = pytest.importorskip("rerun")
    path = tmp_path / "from_rerun.rrd"
    rec = rerun.RecordingStream("rerun_example_grid_map")
    rec.save(path)
    rec.set_time("step", sequence=1)
    fmt = rerun.components.ImageFormat(
        width=4, height=3, color_model=rerun.ColorModel.L, channel_datatype=rerun.ChannelDatatype.U8
    )
    rec.log("map", rerun.GridMap(data=GRID.tobytes(), format=fmt, cell_size=0.05, translation=[1, 2, 0]))
    rec.flush()
    rec.disconnect()
    got = rr.load(path).latest_at("map", timeline="step", time=1)
    assert bytes(got["GridMap:data"][0]) == GRID.tobytes()
    assert got["GridMap:format"].tolist() == [[4, 3, 0, 1, 6]]
    assert got["GridMap:translation"].tolist() == [[1.0, 2.0, 0.0]]


def test_the_entity_tree_no_longer_says_stored_not_drawn():
    rec = rr.RecordingStream("grid_tree")
    rec.log("map", _map())
    # a textured quad in 3D (test_render_3d_more.py, test_frontend_3d_more.py)
    assert undrawn_of(rec.store) == {}
