"""The audio view (issue 13) in headless Chromium: the bundled widget on a FakeModel, its messages answered by a
real Viewer's ProtocolHandler. Pixels are looked at: the kernel's min / max envelope drawn per column (a silent
first half, a loud second half) and the time cursor at the playback offset; pressing play fetches the blob once
and starts a WebAudio source at cursor time − log time with the blueprint's volume; stopping stops it."""

from __future__ import annotations

import numpy as np
import pytest
from test_audio_view import make_wav
from test_frontend_fake_model import browser  # noqa: F401
from test_frontend_tensor_graph import kpage  # noqa: F401

import rerun_nb as rr
import rerun_nb.blueprint as rrb

pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.browser

RATE = 8000
BLUE = (90, 176, 240)


def _rec(app: str) -> rr.RecordingStream:
    """2 s of audio logged at t = 2 s: silence, then a ±0.8 square wave; scalars give the timeline 0..6 s."""
    x = np.zeros(2 * RATE)
    x[RATE:] = 0.8 * np.sign(np.sin(2 * np.pi * 200 * np.arange(RATE) / RATE) + 1e-9)
    rec = rr.RecordingStream(app)
    for t in range(7):
        rec.set_time("t", duration=float(t))
        rec.log("level", rr.Scalars(float(t)))
    rec.set_time("t", duration=2.0)
    rec.log("speech", rr.AssetAudio(contents=make_wav(x, RATE), media_type=rr.MediaType.WAV))
    rec.send_blueprint(
        rrb.Blueprint(
            rrb.AudioView(origin="speech", playback=rrb.AudioPlayback(volume=0.25)), rrb.TimeSeriesView()
        )
    )
    return rec


def test_waveform_envelope_and_cursor_pixels(kpage) -> None:
    p = kpage(_rec("fe_audio_pixels"), time=3.5)
    v = p.view("Audio")
    p.wait(v, "frames")
    assert v.get_attribute("data-path") == "speech"
    px = p.pixels(v.locator("canvas"))
    h, w = px.shape[:2]
    blue = (np.abs(px - np.array(BLUE)) < 40).all(axis=-1)
    quiet, loud = blue[:, w // 8 : 3 * w // 8], blue[:, 5 * w // 8 : 7 * w // 8]
    assert quiet.sum(axis=0).max() <= 3  # silence: a line at the middle only
    rows = loud.sum(axis=0)
    assert abs(np.median(rows) - 0.8 * (h - 4)) < 6  # the square wave's ±0.8, column by column
    # the cursor: 3.5 s − logged at 2 s = 1.5 s of 2 s
    x = int(v.get_attribute("data-cursor-x"))
    assert abs(x - 0.75 * w) <= 2
    white = (px[:, x] > 230).all(axis=-1)
    assert white.mean() > 0.95
    p.wait(v, "audioDecodeMs", None, 0)
    sent = [m for m in p.sent if m.get("type") == "audio"]
    assert sent[0]["blob"] is False and sum(m["blob"] for m in sent) == 1  # a small file comes once, unasked


def test_a_big_file_travels_only_when_played(kpage) -> None:
    rec = rr.RecordingStream("fe_audio_big")
    rec.set_time("t", duration=0.0)
    rec.log(
        "long", rr.AssetAudio(contents=make_wav(np.zeros(70 * RATE), RATE))
    )  # 1.1 MB: over the prefetch size
    p = kpage(rec)
    v = p.view("Audio")
    p.wait(v, "frames")
    p.page.wait_for_timeout(300)
    sent = [m["blob"] for m in p.sent if m.get("type") == "audio"]
    assert sent and not any(sent)


def test_play_starts_a_source_at_the_offset_and_stop_stops_it(kpage) -> None:
    p = kpage(_rec("fe_audio_play"), time=2.5)
    v = p.view("Audio")
    p.wait(v, "frames")
    assert v.get_attribute("data-audio-volume") == "0.25"
    p.page.locator(".rrnb-play").click()
    p.wait(v, "audioStarts")
    off = float(v.get_attribute("data-audio-offset"))
    # cursor − log time when it started (the small file came with the waveform: at once; pressing play may move
    # the widget's time back a few ms)
    assert 0.45 <= off < 0.7, off
    assert v.get_attribute("data-audio-playing") == "true"
    assert v.get_attribute("data-audio-state") in ("running", "suspended")
    blobs = [m for m in p.sent if m.get("type") == "audio" and m["blob"]]
    assert len(blobs) == 1
    p.page.keyboard.press("Space")
    p.wait(v, "audioPlaying", "false")
    assert int(v.get_attribute("data-audio-stops")) >= 1


def test_play_before_the_log_time_starts_nothing_until_the_cursor_gets_there(kpage) -> None:
    p = kpage(_rec("fe_audio_before"), time=0.0)
    v = p.view("Audio")
    p.wait(v, "frames")
    p.page.locator(".rrnb-play").click()
    p.page.wait_for_timeout(300)
    assert v.get_attribute("data-audio-starts") is None  # the asset is not logged yet at t < 2 s
    p.wait(v, "audioStarts")
    off = float(v.get_attribute("data-audio-offset"))
    assert 0.0 <= off < 0.7, off


def test_a_blob_cut_into_parts_still_plays(kpage) -> None:
    p = kpage(_rec("fe_audio_parts"), time=2.25, part_bytes=8192)  # the 32 KB file travels in parts
    v = p.view("Audio")
    p.wait(v, "frames")
    p.page.locator(".rrnb-play").click()
    p.wait(v, "audioStarts")
    assert p.parted >= 1 and v.get_attribute("data-audio-playing") == "true"


def test_the_widget_speed_is_the_playback_rate(kpage) -> None:
    p = kpage(_rec("fe_audio_speed"), time=2.25)
    p.page.evaluate("window.model.set('speed', 2.0)")
    v = p.view("Audio")
    p.wait(v, "audioDecodeMs", None, 0)
    p.page.locator(".rrnb-play").click()
    p.wait(v, "audioStarts")
    assert v.get_attribute("data-audio-rate") == "2"


def test_a_hidden_entity_is_neither_drawn_nor_played(kpage) -> None:
    p = kpage(_rec("fe_audio_hidden"), time=2.25)
    v = p.view("Audio")
    p.wait(v, "audioDecodeMs", None, 0)
    p.page.evaluate("window.model.set('hidden', ['speech'])")
    p.page.wait_for_timeout(100)
    px = p.pixels(v.locator("canvas"))
    assert not (np.abs(px - np.array(BLUE)) < 40).all(axis=-1).any()
    p.page.locator(".rrnb-play").click()
    p.page.wait_for_timeout(400)
    assert v.get_attribute("data-audio-starts") is None


def test_a_file_the_browser_cannot_decode_plays_from_the_kernel_s_wav(kpage, tmp_path) -> None:
    import subprocess

    import imageio_ffmpeg

    x = 0.5 * np.sin(2 * np.pi * 300 * np.arange(RATE) / RATE)
    (tmp_path / "in.wav").write_bytes(make_wav(x, RATE))
    exe, out = imageio_ffmpeg.get_ffmpeg_exe(), tmp_path / "out.aiff"
    subprocess.run([exe, "-v", "error", "-i", str(tmp_path / "in.wav"), str(out)], check=True)
    aiff = out.read_bytes()
    rec = rr.RecordingStream("fe_audio_aiff")
    rec.set_time("t", duration=0.0)
    rec.log("a", rr.AssetAudio(contents=aiff, media_type="audio/aiff"))
    rec.set_time("t", duration=3.0)
    rec.log("level", rr.Scalars(1.0))
    p = kpage(rec, time=0.0)
    v = p.view("Audio")
    p.wait(v, "audioDecodeMs", None, 0)
    assert v.get_attribute("data-audio-source") == "wav"
    assert [m["blob"] for m in p.sent if m.get("type") == "audio" and m["blob"]] == [True, "wav"]
