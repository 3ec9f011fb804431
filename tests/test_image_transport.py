"""Image transport (docs/protocol.md, "Image transport"; issue 12): the kernel compresses only where the viewer's
``image_transport`` setting says, the reply names the codec, an ``exact`` query gets the logged bytes, and a
playback window keeps within the page's byte budget (``max_bytes``)."""

from __future__ import annotations

import io

import numpy as np
import pytest

import rerun_nb as rr
from rerun_nb.viewer.image_codec import JPEG_MIN_BYTES, held_same, lossy_rid
from rerun_nb.viewer.protocol import ProtocolHandler
from rerun_nb.viewer.wire import split_reply

PIL = pytest.importorskip("PIL.Image")
H, W = 240, 320  # 230 kB raw RGB: over JPEG_MIN_BYTES


def _camera(i: int, h: int = H, w: int = W) -> np.ndarray:
    """A smooth, camera-like frame that moves with i (JPEG keeps it within a few levels)."""
    yy, xx = np.mgrid[0:h, 0:w]
    img = np.stack([(xx + 4 * i) % 256, yy % 256, (xx + yy) // 4 % 256], -1).astype(np.uint8)
    img[40:80, 60 + i : 120 + i] = (220, 40, 40)
    return img


def _rec(n: int = 10, **extra) -> rr.RecordingStream:
    rec = rr.RecordingStream("image_transport")
    for i in range(n):
        rec.set_time("time", duration=i / 30)
        rec.log("cam/rgb", rr.Image(_camera(i)))
        for path, arch in extra.items():
            rec.log(path, arch(i))
    rec.store.flush()
    return rec


def _query(h, qid, time=0.0, base=None, **kw):
    msg = {"type": "query", "id": qid, "view": "v", "timeline": "time", "time": time, "base": base, **kw}
    return h.handle(msg)


def _comp(reply, path, name):
    for e in reply["entities"]:
        if e["path"] == path:
            return e["comps"].get(name)
    return None


def _decode(desc, bufs) -> np.ndarray:
    assert desc["codec"] == "jpeg"
    return np.asarray(PIL.open(io.BytesIO(bytes(bufs[desc["buf"]]))))


def test_auto_sends_large_colour_images_as_jpeg_the_reply_names_the_codec():
    h = ProtocolHandler(_rec())
    reply, bufs = _query(h, 1)
    d = _comp(reply, "cam/rgb", "Image:buffer")
    assert d["codec"] == "jpeg" and d["channels"] == 3 and d["shape"] == [H * W * 3]
    assert bufs[d["buf"]].nbytes < H * W * 3 / 5, "a camera-like frame compresses well"
    assert list(np.frombuffer(bufs[d["offsets"]], "<u4")) == [0, H * W * 3], "offsets of the decoded bytes"
    got = _decode(d, bufs)
    assert got.shape == (H, W, 3)
    assert np.abs(got.astype(int) - _camera(0)).mean() < 3, "within JPEG tolerance"
    assert "codec" not in _comp(reply, "cam/rgb", "Image:format")


def test_raw_setting_never_compresses_and_the_setting_is_checked():
    h = ProtocolHandler(_rec(), image_transport="raw")
    reply, bufs = _query(h, 1)
    d = _comp(reply, "cam/rgb", "Image:buffer")
    assert "codec" not in d
    assert bytes(bufs[d["buf"]]) == _camera(0).tobytes()
    with pytest.raises(ValueError, match="image_transport"):
        h.image_transport = "png"
    with pytest.raises(ValueError, match="image_transport"):
        rr.Viewer(rr.RecordingStream("x"), image_transport="webp")
    v = rr.Viewer(rr.RecordingStream("x"), image_transport="JPEG")
    assert v.image_transport == "jpeg"
    v.image_transport = "raw"
    assert v._handler.image_transport == "raw"


@pytest.mark.parametrize(
    ("name", "image", "compressed"),
    [
        ("small RGB (auto: under JPEG_MIN_BYTES)", rr.Image(np.zeros((8, 8, 3), np.uint8)), False),
        ("grey", rr.Image(_camera(0)[..., 0]), True),
        ("RGBA (alpha matters)", rr.Image(np.zeros((H, W, 4), np.uint8)), False),
        ("uint16", rr.Image(np.zeros((H, W, 3), np.uint16)), False),
        ("NV12", rr.Image(bytes(W * H * 3 // 2), pixel_format=rr.PixelFormat.NV12, width=W, height=H), False),
        ("depth", rr.DepthImage(np.ones((H, W), np.uint16)), False),
        ("segmentation", rr.SegmentationImage(np.ones((H, W), np.uint8)), False),
    ],
)
def test_only_uint8_grey_and_rgb_images_travel_lossy(name, image, compressed):
    rec = rr.RecordingStream("kinds")
    rec.set_time("time", duration=0)
    rec.log("img", image)
    reply, _ = _query(ProtocolHandler(rec), 1)
    descs = [d for d in reply["entities"][0]["comps"].values() if d and "codec" in d]
    assert bool(descs) == compressed, name
    assert JPEG_MIN_BYTES > 8 * 8 * 3


def test_jpeg_setting_compresses_small_images_too():
    rec = rr.RecordingStream("small")
    rec.set_time("time", duration=0)
    rec.log("img", rr.Image(np.full((8, 8, 3), 100, np.uint8)))
    reply, bufs = _query(ProtocolHandler(rec, image_transport="jpeg"), 1)
    d = _comp(reply, "img", "Image:buffer")
    assert d["codec"] == "jpeg"
    assert np.abs(_decode(d, bufs).astype(int) - 100).max() <= 2


def test_exact_query_refines_a_lossy_picture_and_lossy_queries_keep_what_is_held():
    h = ProtocolHandler(_rec())
    r1, _ = _query(h, 1)
    assert "codec" in _comp(r1, "cam/rgb", "Image:buffer")
    r2, bufs = _query(h, 2, base=1, exact=True)
    d = _comp(r2, "cam/rgb", "Image:buffer")
    assert d is not None and "codec" not in d, "the refinement sends the logged bytes"
    assert bytes(bufs[d["buf"]]) == _camera(0).tobytes()
    assert _comp(r2, "cam/rgb", "Image:format") is None, "only the lossy component is sent again"
    r3, b3 = _query(h, 3, base=2)
    assert r3["entities"] == [] and b3 == [], "an exact picture is good for a lossy query too"
    r4, _ = _query(h, 4, base=1)
    assert r4["entities"] == [], "the same lossy picture is not sent again"
    r5, b5 = _query(h, 5, base=4, exact=True)
    assert bytes(b5[_comp(r5, "cam/rgb", "Image:buffer")["buf"]]) == _camera(0).tobytes()


def test_pushed_scenes_are_exact():
    h = ProtocolHandler(_rec())
    h.handle({"type": "query", "id": 1, "view": "v", "timeline": "time", "time": 0.0, "base": None})
    h.spaces.sent("v", 1, None)
    pushed = h.push("time", 5 / 30)
    assert pushed, "a push for the open view"
    reply, bufs = pushed[0]
    d = _comp(reply, "cam/rgb", "Image:buffer")
    assert "codec" not in d and bytes(bufs[d["buf"]]) == _camera(5).tobytes()


def _window(h, wid, start, base, **kw):
    msg = {
        "type": "window",
        "id": wid,
        "view": "v",
        "timeline": "time",
        "start": start,
        "end": 100.0,
        "start_exclusive": True,
        "max_frames": 64,
        "min_step": 0,
        "base": base,
        **kw,
    }
    return h.handle(msg)


def _held_bytes(reply, bufs) -> int:
    """Bytes the page holds of a window once decoded (a JPEG counts as its decoded size)."""
    n = sum(b.nbytes for b in bufs)
    for f in reply["frames"]:
        for e in f["entities"]:
            for d in e["comps"].values():
                if d and "codec" in d:
                    n += d["shape"][0] - bufs[d["buf"]].nbytes
    return n


@pytest.mark.parametrize("transport", ["raw", "auto"])
def test_window_keeps_within_the_byte_budget_and_continues_after_it(transport):
    h = ProtocolHandler(_rec(20), image_transport=transport)
    _query(h, 1)
    frame = H * W * 3
    budget = int(3.5 * frame)
    reply, bufs = _window(h, 10, 0.0, 1, max_bytes=budget)
    assert reply["type"] == "frames", reply
    assert 1 <= len(reply["frames"]) <= 3
    assert _held_bytes(reply, bufs) <= budget, "the window exceeds the page's budget"
    assert reply["complete"] is False, "cut by the budget: the page continues after the last frame"
    images = [f["entities"][0]["comps"]["Image:buffer"] for f in reply["frames"]]
    assert [d.get("codec") for d in images] == [None if transport == "raw" else "jpeg"] * len(images)
    # the next window starts after the last frame, as a delta against it
    last = reply["frames"][-1]
    nxt, _ = _window(h, 20, last["time"], last["id"], max_bytes=budget)
    assert nxt["frames"][0]["time"] > last["time"] and nxt["frames"][0]["base"] == last["id"]
    # split for the comm, still whole
    assert sum(len(p[1]) for p in split_reply(reply, bufs)) >= 1


def test_window_sends_one_frame_even_when_it_alone_is_over_the_budget():
    h = ProtocolHandler(_rec(5), image_transport="raw")
    _query(h, 1)
    reply, bufs = _window(h, 10, 0.0, 1, max_bytes=10)
    assert len(reply["frames"]) == 1 and reply["complete"] is False


def test_without_max_bytes_a_window_is_bounded_by_frames_only():
    h = ProtocolHandler(_rec(8), image_transport="raw")
    _query(h, 1)
    reply, _ = _window(h, 10, 0.0, 1)
    assert len(reply["frames"]) == 7 and reply["complete"] is True


@pytest.mark.parametrize(
    ("msg", "text"),
    [
        ({"type": "query", "exact": "yes"}, "'exact' must be a boolean"),
        ({"type": "window", "max_bytes": 0}, "'max_bytes' must be a positive integer"),
        ({"type": "window", "max_bytes": 1.5}, "'max_bytes' must be a positive integer"),
    ],
)
def test_bad_fields_get_an_error_reply(msg, text):
    h = ProtocolHandler(_rec(2))
    base = {"id": 3, "view": "v", "timeline": "time", "time": 0.0, "base": None}
    if msg["type"] == "window":
        base.update(start=0.0, end=1.0, max_frames=4, min_step=0)
    reply, bufs = h.handle({**base, **msg})
    assert reply["type"] == "error" and text in reply["message"] and bufs == []


def test_held_marks():
    assert lossy_rid(0) == -2 and lossy_rid(5) == -7
    assert held_same(5, 5, False) and held_same(5, 5, True)
    assert held_same(lossy_rid(5), 5, True) and not held_same(lossy_rid(5), 5, False)
    assert not held_same(-1, -1, True) and not held_same(None, 3, True)


def test_switching_to_raw_sends_a_picture_held_lossy_again():
    h = ProtocolHandler(_rec())
    r1, _ = _query(h, 1)
    assert "codec" in _comp(r1, "cam/rgb", "Image:buffer")
    h.image_transport = "raw"
    r2, bufs = _query(h, 2, base=1)
    d = _comp(r2, "cam/rgb", "Image:buffer")
    assert d is not None and "codec" not in d and bytes(bufs[d["buf"]]) == _camera(0).tobytes()
