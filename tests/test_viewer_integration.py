"""The viewer in its surroundings: error replies naming their view, ``rr.spawn()`` / ``rr.notebook_show()`` in a
kernel, a viewer opened before any data, a viewer of a saved ``.rnb`` file, ``listen=`` and the static picture
that saved notebooks carry."""

from __future__ import annotations

import base64
import io
import socket
import time
from pathlib import Path

import numpy as np
import pytest

import rerun_nb as rr
import rerun_nb.net as rr_net
from rerun_nb.viewer import ProtocolHandler, Viewer

# --------------------------------------------------------------------------------------------------
# error replies name the view (docs/protocol.md)
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("msg", "view"),
    [
        ({"type": "query", "id": 4, "view": "v-3f2a", "timeline": "t", "time": "abc"}, "v-3f2a"),
        ({"type": "query", "id": 4, "view": "v-3f2a", "timeline": "nope", "time": 1.0}, "v-3f2a"),
        ({"type": "bogus", "id": 5, "view": "v-9"}, "v-9"),
        ({"type": "query", "id": 6, "view": 17, "time": 1.0}, None),  # not a usable view id: null
        ({"type": "query", "id": 7, "view": "x" * 500, "time": 1.0}, None),
        (["not", "a", "dict"], None),
    ],
)
def test_error_replies_name_the_view(msg, view):
    rec = rr.RecordingStream("errors")
    rec.set_time_seconds("t", 0.0)
    rec.log("p", rr.Points3D([[0, 0, 0]]))
    reply, bufs = ProtocolHandler(rec).handle(msg, [])
    assert reply["type"] == "error" and bufs == []
    assert "view" in reply and reply["view"] == view
    assert set(reply) == {"type", "id", "view", "message"}


def test_internal_error_reply_names_the_view():
    class Broken:
        def timelines(self):
            return {"t": ("duration", 0, 1)}

        def scene(self, **_):
            raise RuntimeError("boom")

    reply, _ = ProtocolHandler(Broken()).handle(
        {"type": "query", "id": 1, "view": "v-a", "timeline": "t", "time": 0.5}, []
    )
    assert reply == {"type": "error", "id": 1, "view": "v-a", "message": "internal error: RuntimeError: boom"}


# --------------------------------------------------------------------------------------------------
# viewers of a recording before its data, of a saved file, and listening for other processes
# --------------------------------------------------------------------------------------------------


def _query(viewer, timeline="t", time=10.0):
    reply, _ = viewer.handler.handle(
        {"type": "query", "id": 1, "view": "v", "timeline": timeline, "time": time, "base": None}, []
    )
    return reply


def test_viewer_before_any_data_fills_in_as_data_arrives():
    rec = rr.RecordingStream("early")
    viewer = Viewer(rec)
    try:
        assert viewer.timelines == [] and viewer.entity_paths == [] and viewer.timeline == ""
        v0 = viewer.data_version
        rec.set_time_seconds("t", 1.0)
        rec.log("pts", rr.Points3D([[0, 0, 0], [1, 1, 1]]))
        viewer._refresh_if_changed()  # what the end-of-cell hook (or the live pusher) does
        assert viewer.timeline == "t" and viewer.entity_paths == ["pts"]
        assert viewer.data_version > v0
        reply = _query(viewer)
        assert reply["type"] == "scene"
        assert [e["path"] for e in reply["entities"]] == ["pts"]
    finally:
        viewer.close()


def test_viewer_of_a_saved_file(tmp_path):
    path = tmp_path / "r.rnb"
    rec = rr.RecordingStream("saved")
    rec.save(str(path))
    rec.set_time_seconds("t", 2.0)
    rec.log("a/b", rr.Points3D([[1, 2, 3]], colors=[255, 0, 0]))
    rec.disconnect()
    for viewer in (Viewer(str(path)), Viewer(path)):
        try:
            assert viewer.recording.application_id == "saved"
            assert viewer.timeline == "t" and viewer.time == 2.0
            assert "a/b" in viewer.entity_paths
            reply = _query(viewer, time=2.0)
            ent = {e["path"]: e for e in reply["entities"]}
            assert ent["a/b"]["comps"]["Points3D:positions"]["shape"] == [1, 3]
        finally:
            viewer.close()
    with pytest.raises(OSError, match=r"missing\.rnb"):
        Viewer(str(tmp_path / "missing.rnb"))


def _wait(cond, timeout=20.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.02)
    return bool(cond())


def test_listen_receives_other_writers_and_stops_with_the_widget():
    rec = rr.RecordingStream("listening")
    viewer = Viewer(rec, listen=0)
    addr = viewer.listen_address
    assert addr and addr.startswith("127.0.0.1:") and not addr.endswith(":0")
    assert viewer.server.recording is rec
    cli = rr.RecordingStream("writer")
    rr.connect(addr, recording=cli)
    cli.set_time_seconds("t", 3.0)
    cli.log("remote/pts", rr.Points3D([[0, 0, 0], [1, 0, 0]]))
    cli.disconnect()
    assert _wait(lambda: rec.store.num_rows >= 1)
    viewer._refresh_if_changed()
    assert "remote/pts" in viewer.entity_paths
    viewer.close()
    assert viewer.server.closed
    with socket.socket() as s:
        s.settimeout(2)
        assert s.connect_ex(("127.0.0.1", int(addr.rsplit(":", 1)[1]))) != 0  # nobody listens any more


def test_listen_without_a_recording_makes_one(monkeypatch):
    from rerun_nb import _current  # where the api keeps the global recording

    monkeypatch.setattr(_current, "_global_rec", [None])
    viewer = Viewer(listen="127.0.0.1:0")
    try:
        assert viewer.recording is not None
        assert rr.get_global_data_recording() is viewer.recording
    finally:
        viewer.close()
    with pytest.raises(TypeError, match="listen="):
        Viewer(rr.RecordingStream("x"), listen=1.5)


def test_unknown_timeline_with_listen_leaves_no_server():
    rec = rr.RecordingStream("bad")
    before = len(rr_net.servers())
    with pytest.raises(ValueError, match="unknown timeline"):
        Viewer(rec, listen=0, timeline="nope")
    assert len(rr_net.servers()) == before


def test_spawn_shows_the_inline_viewer_in_a_notebook(monkeypatch):
    from rerun_nb import _current, _global

    shown = []
    monkeypatch.setattr(_global, "_in_notebook", lambda: True)
    monkeypatch.setattr("rerun_nb.viewer.notebook_show", lambda rec=None, **kw: shown.append(rec) or "viewer")
    rec = rr.RecordingStream("spawned")
    monkeypatch.setattr(_current, "_global_rec", [rec])
    assert rr.spawn() == "viewer"
    rr.init("again", spawn=True)
    assert shown[0] is rec and shown[1] is rr.get_global_data_recording() and shown[1] is not rec


# --------------------------------------------------------------------------------------------------
# the static picture in a notebook saved by a headless run (nbclient = nbconvert --execute, papermill)
# --------------------------------------------------------------------------------------------------

REPO = Path(__file__).resolve().parents[1]
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def _rgb(b64: str) -> np.ndarray:
    from PIL import Image

    return np.asarray(Image.open(io.BytesIO(base64.b64decode(b64))).convert("RGB")).astype(np.int32)


def _saturated_hues(img: np.ndarray) -> np.ndarray:
    mx, mn = img.max(-1), img.min(-1)
    sat = (mx - mn) >= 60
    r, g, b = (img[..., i].astype(np.float64) for i in range(3))
    d = np.where(mx - mn == 0, 1, mx - mn)
    h = np.where(mx == r, (g - b) / d % 6, np.where(mx == g, (b - r) / d + 2, (r - g) / d + 4)) * 60
    return h[sat]


def _viewer_outputs(cell) -> tuple[list[dict], list[dict]]:
    """(live widget outputs, picture outputs) of a cell."""
    live, pics = [], []
    for o in cell.outputs:
        view = o.get("data", {}).get(WIDGET_VIEW)
        if view is not None:
            (pics if view["model_id"] == "" else live).append(o)
    return live, pics


@pytest.mark.render
@pytest.mark.slow
def test_executed_notebook_saves_pictures_of_its_viewers(tmp_path, needs_renderer):
    """dna.ipynb run by nbclient: the viewer cell's saved output holds the widget and, beside it, a PNG showing
    the spirals; ``rr.spawn()`` before any data (on a cell's last line: shown once) gets a picture of what
    later cells log."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    nb = nbformat.read(REPO / "notebooks" / "dna.ipynb", as_version=4)
    n = len(nb.cells)
    nb.cells += [
        nbformat.v4.new_code_cell('rr.init("second")\nrr.spawn()'),
        nbformat.v4.new_code_cell(
            'rr.log("red", rr.Points3D([[0, 0, 0], [1, 0, 0], [0, 1, 0]], colors=[255, 0, 0], radii=0.3))'
        ),
    ]
    t0 = time.monotonic()
    nbclient.NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(REPO)}}
    ).execute()
    took = time.monotonic() - t0
    nbformat.write(nb, tmp_path / "out.ipynb")

    live, pics = _viewer_outputs(nb.cells[n - 1])
    assert len(live) == 1 and len(pics) == 1, nb.cells[n - 1].outputs
    assert pics[0]["metadata"]["image/png"] == {"width": 800, "height": 480}
    img = _rgb(pics[0]["data"]["image/png"])
    assert img.shape == (480, 800, 3)
    hues = _saturated_hues(img)
    assert len(hues) >= 1000, f"spirals: only {len(hues)} saturated pixels"
    for name, lo, hi in (("blue", 190, 250), ("green", 80, 160), ("red/orange", -20, 40)):
        assert (((hues - lo) % 360) <= hi - lo).mean() >= 0.03, f"{name} part of the colour ramp missing"
    grey = (img.max(-1) - img.min(-1) <= 12) & (img.max(-1) >= 90)
    assert grey.sum() >= 500, f"scaffolding: only {grey.sum()} grey pixels"

    live, pics = _viewer_outputs(nb.cells[n])
    assert len(live) == 1 and len(pics) == 1, nb.cells[n].outputs  # spawn() on the last line: shown once
    assert not [o for o in nb.cells[n].outputs if o["output_type"] == "execute_result"]
    img = _rgb(pics[0]["data"]["image/png"])  # updated when the next cell logged
    red = (img[..., 0] > 150) & (img[..., 1] < 80) & (img[..., 2] < 80)
    assert red.sum() >= 200, f"the points logged after spawn() are not in the picture ({red.sum()} px)"
    print(f"nbclient run of dna.ipynb + 2 cells: {took:.1f}s")


def test_a_view_opened_before_data_adopts_the_new_timeline_at_its_end():
    rec = rr.RecordingStream("rerun_example_adopt")
    viewer = Viewer(rec)
    assert viewer.timeline == ""
    rec.log("static_thing", rr.Points3D([[0, 0, 0]]))  # log_time only
    viewer.refresh()
    assert viewer.timeline == "log_time"
    for i in range(400):  # everything arrives before the next refresh
        rec.set_time("stable_time", duration=i * 0.01)
        rec.log("p", rr.Points3D([[i, 0, 0]]))
    viewer.refresh()
    assert viewer.timeline == "stable_time"
    assert viewer.time == pytest.approx(3.99)
    # Once the user picks a timeline, new timelines no longer take over.
    viewer.timeline = "log_time"
    rec.set_time("newer", sequence=1)
    rec.log("p", rr.Points3D([[0, 0, 0]]))
    viewer.refresh()
    assert viewer.timeline == "log_time"
    viewer.close()
