"""The audio view on the kernel side (issue 13): the ``audio`` message decodes the view's latest-at AssetAudio
(WAV with ``wave``, other formats with imageio-ffmpeg's ffmpeg) and answers the min / max envelope per pixel
column; the blob travels only when asked; bad requests get error replies; an AudioView per AssetAudio entity."""

from __future__ import annotations

import io
import itertools
import subprocess
import wave

import numpy as np
import pytest

import rerun_nb as rr
import rerun_nb.blueprint as rrb
from rerun_nb.blueprint.heuristics import heuristic_views
from rerun_nb.viewer import Viewer
from rerun_nb.viewer.audio_query import decode_audio, envelope


def make_wav(samples: np.ndarray, rate: int, width: int = 2) -> bytes:
    """``samples`` (float in [-1, 1], ``[n]`` or ``[n, channels]``) as a PCM WAV of ``width`` bytes a sample."""
    x = samples.reshape(len(samples), -1)
    if width == 1:
        raw = np.round(x * 127 + 128).astype(np.uint8).tobytes()
    elif width == 2:
        raw = np.round(x * 32767).astype("<i2").tobytes()
    else:  # 24-bit: the low three bytes of each little-endian int32
        raw = np.round(x * 8388607).astype("<i4").view(np.uint8).reshape(-1, 4)[:, :3].tobytes()
    f = io.BytesIO()
    with wave.open(f, "wb") as w:
        w.setnchannels(x.shape[1])
        w.setsampwidth(width)
        w.setframerate(rate)
        w.writeframes(raw)
    return f.getvalue()


def _signal(n: int, rate: int, channels: int = 2) -> np.ndarray:
    t = np.arange(n) / rate
    rng = np.random.default_rng(3)
    env = np.linspace(0.1, 0.9, n)  # a growing envelope: every column differs
    out = [
        env * np.sin(2 * np.pi * (220 + 110 * c) * t) + 0.05 * rng.standard_normal(n) for c in range(channels)
    ]
    return np.clip(np.stack(out, axis=1), -1, 1)


def _np_envelope(mono: np.ndarray, rate: int, width: int, start: float, end: float) -> tuple:
    edges = np.clip(np.round(np.linspace(start, end, width + 1) * rate).astype(int), 0, len(mono))
    lo = [mono[a:b].min() if b > a else np.nan for a, b in itertools.pairwise(edges)]
    hi = [mono[a:b].max() if b > a else np.nan for a, b in itertools.pairwise(edges)]
    return np.array(lo), np.array(hi)


def _audio_rec(app: str, blob: bytes, at: float = 2.0) -> rr.RecordingStream:
    rec = rr.RecordingStream(app)
    rec.set_time("t", duration=at)
    rec.log("speech", rr.AssetAudio(contents=blob, media_type=rr.MediaType.WAV))
    return rec


def _space(v: Viewer) -> str:
    stack = [v.view_layout["root"]]
    while stack:
        n = stack.pop()
        if n["type"] == "view" and n["class"] == "Audio":
            return n["id"]
        stack.extend(n.get("children", []))
    raise AssertionError("no Audio view in the layout")


def _ask(v: Viewer, sid: str, **fields) -> tuple[dict, list]:
    msg = {
        "type": "audio",
        "id": 5,
        "view": "w/" + sid,
        "space": sid,
        "timeline": "t",
        "time": 3.0,
        "width": 300,
    }
    return v.handler.handle({**msg, **fields}, [])


def _f32(b) -> np.ndarray:
    return np.frombuffer(bytes(b), "<f4")


# -- decoding and the envelope -----------------------------------------------------------------------------


@pytest.mark.parametrize("width", [1, 2, 3])
def test_wav_decodes_to_the_channel_mean(width) -> None:
    x = _signal(1000, 8000)
    got, rate = decode_audio(make_wav(x, 8000, width))
    assert rate == 8000 and got.dtype == np.float32 and len(got) == 1000
    np.testing.assert_allclose(got, x.mean(axis=1), atol=2.0 / (1 << (8 * width - 1)) + 1e-6)


def test_other_formats_decode_with_ffmpeg() -> None:
    import imageio_ffmpeg

    x = _signal(24000, 48000, channels=1)
    cmd = [
        imageio_ffmpeg.get_ffmpeg_exe(),
        "-v",
        "error",
        "-f",
        "wav",
        "-i",
        "pipe:0",
        "-f",
        "flac",
        "pipe:1",
    ]
    flac = subprocess.run(cmd, input=make_wav(x, 48000), capture_output=True, check=True).stdout
    assert flac[:4] == b"fLaC"
    got, rate = decode_audio(flac, "audio/flac")
    assert rate == 48000 and len(got) == 24000
    np.testing.assert_allclose(got, x[:, 0], atol=1e-4)  # FLAC is lossless: only the 16-bit rounding


def test_envelope_matches_numpy_for_wide_and_narrow_columns() -> None:
    x = _signal(10_007, 1000, channels=1)[:, 0].astype(np.float32)
    for width, start, end in [(97, 0.0, 10.007), (5000, 0.0, 2.0), (50, 9.5, 11.0), (7, 3.3, 3.31)]:
        lo, hi = envelope(x, 1000, width, start, end)
        want_lo, want_hi = _np_envelope(x, 1000, width, start, end)
        np.testing.assert_array_equal(lo, want_lo.astype(np.float32))
        np.testing.assert_array_equal(hi, want_hi.astype(np.float32))


# -- the message --------------------------------------------------------------------------------------------


def test_the_reply_is_the_envelope_of_the_generated_wav() -> None:
    x = _signal(12_000, 8000)
    blob = make_wav(x, 8000)
    v = Viewer(_audio_rec("audio_env", blob))
    try:
        r, bufs = _ask(v, _space(v))
        assert r["type"] == "audio" and r["path"] == "speech" and r["sample_rate"] == 8000
        assert r["duration"] == 1.5 and r["logged_at"] == 2.0 and r["start"] == 0.0 and r["end"] == 1.5
        assert r["blob"] is None and len(bufs) == 2 and r["blob_size"] == len(blob)
        mono = np.round(x * 32767).astype(np.int16).astype(np.float32).mean(axis=1) / 32768.0
        want_lo, want_hi = _np_envelope(mono, 8000, 300, 0.0, 1.5)
        np.testing.assert_allclose(_f32(bufs[r["min"]]), want_lo, atol=1e-6)
        np.testing.assert_allclose(_f32(bufs[r["max"]]), want_hi, atol=1e-6)
        r2, bufs2 = _ask(v, _space(v), start=0.5, end=0.75, width=10)
        want_lo, _ = _np_envelope(mono, 8000, 10, 0.5, 0.75)
        np.testing.assert_allclose(_f32(bufs2[r2["min"]]), want_lo, atol=1e-6)
    finally:
        v.close()


def test_the_blob_travels_only_when_asked_and_before_the_log_time_there_is_none() -> None:
    blob = make_wav(_signal(800, 8000), 8000)
    v = Viewer(_audio_rec("audio_blob", blob))
    try:
        r, bufs = _ask(v, _space(v), blob=True)
        assert r["blob"] == 2 and bytes(bufs[2]) == blob
        r, bufs = _ask(v, _space(v), time=1.0)  # before the asset was logged
        assert r["type"] == "audio" and r["path"] is None and bufs == []
    finally:
        v.close()


def test_static_audio_has_no_log_time() -> None:
    rec = rr.RecordingStream("audio_static")
    rec.log("a", rr.AssetAudio(contents=make_wav(_signal(800, 8000), 8000)), static=True)
    rec.set_time("t", duration=1.0)
    rec.log("b", rr.Scalars(1.0))
    v = Viewer(rec)
    try:
        r, _ = _ask(v, _space(v))
        assert r["path"] == "a" and r["logged_at"] is None
    finally:
        v.close()


@pytest.mark.parametrize(
    ("fields", "needle"),
    [
        ({"width": 0}, "'width'"),
        ({"width": 1.5}, "'width'"),
        ({"blob": "yes"}, "'blob'"),
        ({"start": 1.0, "end": 0.5}, "'end'"),
        ({"start": "x"}, "'start'"),
        ({"path": "nope"}, "'path'"),
        ({"timeline": "nope"}, "timeline"),
        ({"time": "abc"}, "'time'"),
        ({"space": "nope"}, "space"),
        ({"id": "x"}, "id"),
    ],
)
def test_bad_audio_requests_get_error_replies(fields, needle) -> None:
    v = Viewer(_audio_rec("audio_bad", make_wav(_signal(800, 8000), 8000)))
    try:
        r, bufs = _ask(v, _space(v), **fields)
        assert r["type"] == "error" and needle in r["message"] and bufs == []
    finally:
        v.close()


def test_undecodable_audio_is_an_error_naming_the_entity() -> None:
    v = Viewer(_audio_rec("audio_junk", b"RIFF0000WAVEjunk"))
    try:
        r, _ = _ask(v, _space(v))
        assert r["type"] == "error" and "speech" in r["message"] and "AssetAudio:blob" in r["message"]
    finally:
        v.close()


def test_audio_message_on_another_view_class_is_an_error() -> None:
    rec = _audio_rec("audio_other", make_wav(_signal(800, 8000), 8000))
    rec.log("loss", rr.Scalars(1.0))
    v = Viewer(rec)
    try:
        ts = next(n["id"] for n in v.view_layout["root"]["children"] if n.get("class") == "TimeSeries")
        r, _ = _ask(v, ts)
        assert r["type"] == "error" and "TimeSeries" in r["message"]
    finally:
        v.close()


# -- the blueprint ------------------------------------------------------------------------------------------


def test_one_audio_view_per_asset_audio_entity() -> None:
    views = heuristic_views({"a": {"AssetAudio"}, "b/c": {"AssetAudio"}, "p": {"Points3D"}})
    audio = [v for v in views if isinstance(v, rrb.AudioView)]
    assert [v.origin for v in audio] == ["/a", "/b/c"] and all(v.drawable for v in audio)


def test_the_static_picture_draws_the_waveform_and_cursor() -> None:
    from rerun_nb.render.layout_picture import TITLE_H, render_layout, tiles

    x = np.zeros(2 * 8000)
    x[8000:] = 0.8 * np.sign(np.sin(2 * np.pi * 200 * np.arange(8000) / 8000) + 1e-9)  # silence, then ±0.8
    rec = _audio_rec("audio_picture", make_wav(x, 8000), at=2.0)
    v = Viewer(rec)
    try:
        lay = v.view_layout
    finally:
        v.close()
    img = render_layout(rec, lay, "t", 3_500_000_000, width=400, height=200).astype(int)
    ((_, (x0, y0, w, h)),) = tiles(lay, 400, 200)
    body = img[y0 + TITLE_H : y0 + h - 1, x0 + 1 : x0 + w - 1, :3]
    blue = (np.abs(body - np.array([90, 176, 240])) < 30).all(axis=-1)
    bw = body.shape[1]
    assert blue[:, bw // 8 : 3 * bw // 8].sum(axis=0).max() <= 2  # silence: the middle line only
    assert blue[:, 9 * bw // 16 : 11 * bw // 16].sum(axis=0).min() >= 0.75 * body.shape[0]  # ±0.8
    white = np.flatnonzero((body > 230).all(axis=-1).mean(axis=0) > 0.9)
    assert len(white) and abs(white.mean() - 0.75 * bw) <= 3  # 1.5 s of 2 s


def test_the_kernel_s_decode_travels_as_a_wav_when_asked() -> None:
    x = _signal(1600, 8000)
    v = Viewer(_audio_rec("audio_as_wav", make_wav(x, 8000)))
    try:
        r, bufs = _ask(v, _space(v), blob="wav")
        got, rate = decode_audio(bytes(bufs[r["blob"]]))
        assert r["blob_kind"] == "wav" and rate == 8000 and len(got) == 1600
        mono = np.round(x * 32767).astype(np.int16).astype(np.float32).mean(axis=1) / 32768.0
        np.testing.assert_allclose(got, mono, atol=1 / 16384)
    finally:
        v.close()


def test_an_m4a_with_its_index_at_the_end_decodes(tmp_path) -> None:
    import imageio_ffmpeg

    x = _signal(480_000, 48000, channels=1)[:, 0] * 0.5  # 10 s: a pipe would give ffmpeg no samples
    (tmp_path / "in.wav").write_bytes(make_wav(x, 48000))
    out = tmp_path / "out.m4a"  # ffmpeg writes the moov atom after the data unless told to move it
    subprocess.run(
        [imageio_ffmpeg.get_ffmpeg_exe(), "-v", "error", "-i", str(tmp_path / "in.wav"), str(out)], check=True
    )
    got, rate = decode_audio(out.read_bytes(), "audio/mp4")
    assert rate == 48000 and abs(len(got) - 480_000) <= 2048  # AAC adds priming / padding samples
    assert abs(np.sqrt(np.mean(got**2)) - np.sqrt(np.mean(x**2))) < 0.1 * np.sqrt(np.mean(x**2))
