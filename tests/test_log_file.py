"""``rr.log_file_from_contents`` / ``rr.log_file_from_path`` (issue 13): Rerun 0.41's importers for images,
meshes, PLY point clouds, text and recording files; the same entity paths and components as rerun-sdk."""

from __future__ import annotations

import io
import struct
import time

import numpy as np
import pytest

import rerun_nb as rr

STL = b"solid t\nfacet normal 0 0 1\nouter loop\nvertex 0 0 0\nvertex 1 0 0\nvertex 0 1 0\nendloop\nendfacet\nendsolid t\n"
PLY_HEAD = (
    b"ply\nformat binary_little_endian 1.0\ncomment made by hand\nelement vertex 2\nproperty float x\n"
    b"property float y\nproperty float z\nproperty uchar red\nproperty uchar green\nproperty uchar blue\n"
    b"property float radius\nelement face 0\nproperty list uchar int vertex_indices\nend_header\n"
)
PLY = (
    PLY_HEAD
    + struct.pack("<fffBBBf", 1, 2, 3, 255, 0, 0, 0.5)
    + struct.pack("<fffBBBf", 4, 5, 6, 0, 255, 0, 0.25)
)
PLY_ASCII = (
    b"ply\nformat ascii 1.0\nelement vertex 2\nproperty double x\nproperty double y\nproperty double z\n"
    b"end_header\n0 0 0\n1.5 1 1\n"
)


def png() -> bytes:
    Image = pytest.importorskip("PIL.Image")
    buf = io.BytesIO()
    Image.fromarray(np.full((4, 6, 3), 200, np.uint8)).save(buf, format="PNG")
    return buf.getvalue()


FILES = {
    "images/cat.png": png,
    "/abs/dir/photo.jpg": lambda: b"\xff\xd8\xff\xe0not really",
    "meshes/tri.stl": lambda: STL,
    "meshes/tri.obj": lambda: b"v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n",
    "cloud.ply": lambda: PLY,
    "notes/readme.md": lambda: b"# Hello",
    "notes/a.txt": lambda: b"plain",
}


def test_each_format_is_logged_static_at_its_path():
    rec = rr.RecordingStream("files")
    rec.set_time("frame", sequence=3)
    for name, make in FILES.items():
        rec.log_file_from_contents(name, make(), entity_path_prefix="in")
    assert sorted(rec.entity_paths()) == sorted(
        ["in/images/cat.png", "in/abs/dir/photo.jpg", "in/meshes/tri.stl", "in/meshes/tri.obj", "in/cloud.ply",
         "in/notes/readme.md", "in/notes/a.txt"]
    )  # fmt: skip
    got = rec.latest_at("in/images/cat.png")  # static: found without a timeline (as rerun-sdk 0.41 logs them)
    assert got["EncodedImage:media_type"].tolist() == ["image/png"]
    assert bytes(got["EncodedImage:blob"][0]) == png()
    assert rec.latest_at("in/abs/dir/photo.jpg")["EncodedImage:media_type"].tolist() == ["image/jpeg"]
    assert rec.latest_at("in/meshes/tri.stl")["Asset3D:media_type"].tolist() == ["model/stl"]
    assert rec.latest_at("in/meshes/tri.obj")["Asset3D:media_type"].tolist() == ["model/obj"]
    pts = rec.latest_at("in/cloud.ply")
    assert pts["Points3D:positions"].tolist() == [[1, 2, 3], [4, 5, 6]]
    assert pts["Points3D:colors"].tolist() == [[255, 0, 0, 255], [0, 255, 0, 255]]
    assert pts["Points3D:radii"].tolist() == [0.5, 0.25]
    doc = rec.latest_at("in/notes/readme.md")
    assert doc["TextDocument:text"].tolist() == ["# Hello"]
    assert doc["TextDocument:media_type"].tolist() == ["text/markdown"]
    assert rec.latest_at("in/notes/a.txt")["TextDocument:media_type"].tolist() == ["text/plain"]


def test_ascii_ply_and_from_path(tmp_path):
    (tmp_path / "c.ply").write_bytes(PLY_ASCII)
    rec = rr.RecordingStream("files_path")
    rec.log_file_from_path(tmp_path / "c.ply", entity_path_prefix="disk")
    path = "disk/" + "/".join(p for p in (tmp_path / "c.ply").parts[1:])
    assert rec.latest_at(path)["Points3D:positions"].tolist() == [[0, 0, 0], [1.5, 1, 1]]


def test_recording_contents_under_a_prefix(tmp_path):
    src = rr.RecordingStream("src")
    src.set_time("t", sequence=1)
    src.log("a", rr.Scalars(2.0))
    src.save(tmp_path / "src.rnb")
    src.disconnect()
    rec = rr.RecordingStream("files_rnb")
    rec.log_file_from_contents("x.rnb", (tmp_path / "src.rnb").read_bytes(), entity_path_prefix="imported")
    assert rec.latest_at("imported/a", timeline="t", time=1)["Scalars:scalars"].tolist() == [2.0]


def test_unsupported_and_broken_files_warn_naming_the_file():
    rec = rr.RecordingStream("files_bad")
    with pytest.warns(rr.RerunWarning, match=r"x\.unknownext"):
        rec.log_file_from_contents("x.unknownext", b"zzz")
    with pytest.warns(rr.RerunWarning, match=r"broken\.ply.*PLY"):
        rec.log_file_from_contents("broken.ply", PLY_HEAD + b"\x00" * 5)  # shorter than 2 vertices
    with pytest.warns(rr.RerunWarning, match=r"junk\.rnb"):
        rec.log_file_from_contents("junk.rnb", b"not a recording")
    assert rec.entity_paths() == []
    strict = rr.RecordingStream("files_strict", strict=True)
    with pytest.raises(TypeError, match=r"nope\.xyz"):
        strict.log_file_from_contents("nope.xyz", b"")


def test_global_function_has_rerun_signature():
    inspect = pytest.importorskip("inspect")
    rerun = pytest.importorskip("rerun")
    assert str(inspect.signature(rr.log_file_from_contents)).replace("'", "") == str(
        inspect.signature(rerun.log_file_from_contents)
    ).replace("'", "").replace("str | Path", "str | os.PathLike[str]")


def _rerun_layout(tmp_path) -> set[tuple[str, tuple[str, ...]]]:
    rerun = pytest.importorskip("rerun")
    import rerun.chunk

    rec = rerun.RecordingStream("files_ref")
    rec.save(str(tmp_path / "ref.rrd"))
    for name, make in FILES.items():
        rec.log_file_from_contents(name, make(), entity_path_prefix="in")
    rec.flush()
    time.sleep(0.5)
    rec.disconnect()
    out = set()
    for ch in rerun.chunk.RrdReader(str(tmp_path / "ref.rrd")).stream():
        if ch.entity_path.startswith("/in/"):
            names = ch.to_record_batch().schema.names
            out.add((ch.entity_path[1:], tuple(sorted(n for n in names if ":" in n)), ch.is_static))
    return out


def test_same_paths_components_and_staticness_as_rerun(tmp_path):
    ref = _rerun_layout(tmp_path)
    rec = rr.RecordingStream("files_ours")
    rec.set_time("frame", sequence=3)
    for name, make in FILES.items():
        rec.log_file_from_contents(name, make(), entity_path_prefix="in")
    ours = {
        (p, tuple(sorted(rec.latest_at(p))), rec.latest_at(p, timeline="frame", time=-1) != {})
        for p in rec.entity_paths()
    }
    assert ours == ref


def _mp4(tmp_path) -> bytes:
    ffmpeg = pytest.importorskip("imageio_ffmpeg").get_ffmpeg_exe()
    import subprocess

    out = tmp_path / "v.mp4"
    args = [
        "-f",
        "lavfi",
        "-i",
        "testsrc=size=64x48:rate=10",
        "-t",
        "0.5",
        "-c:v",
        "libx264",
        "-pix_fmt",
        "yuv420p",
    ]
    subprocess.run([ffmpeg, "-y", *args, str(out)], check=True, capture_output=True)
    return out.read_bytes()


def test_mp4_is_an_asset_video_and_a_frame_reference_per_frame_on_video(tmp_path):
    data = _mp4(tmp_path)
    rec = rr.RecordingStream("files_video")
    rec.set_time("frame", sequence=3)
    rec.log_file_from_contents("clips/v.mp4", data)
    assert rec.latest_at("clips/v.mp4") == {}  # not static (as rerun-sdk 0.41)
    at = rec.latest_at("clips/v.mp4", timeline="video", time=0.25)
    assert bytes(at["AssetVideo:blob"][0]) == data
    assert at["VideoFrameReference:timestamp"].tolist() == [200_000_000]
    rerun = pytest.importorskip("rerun")
    import rerun.chunk

    ref = rerun.RecordingStream("files_video_ref", send_properties=False)
    ref.save(str(tmp_path / "v.rrd"))
    ref.log_file_from_contents("clips/v.mp4", data)
    ref.flush()
    time.sleep(0.3)
    ref.disconnect()
    theirs = {}
    for ch in rerun.chunk.RrdReader(str(tmp_path / "v.rrd")).stream():
        rb = ch.to_record_batch()
        for n in rb.schema.names:
            if ":" in n:
                times = [round(t.total_seconds() * 1e9) for t in rb.column("video").to_pylist()]
                theirs[n] = (ch.entity_path, ch.is_static, times)
    assert set(theirs) == {"AssetVideo:blob", "VideoFrameReference:timestamp"}
    assert {v[0] for v in theirs.values()} == {"/clips/v.mp4"} and not any(v[1] for v in theirs.values())
    frames = rec.range("clips/v.mp4", timeline="video", start=0, end=1)["VideoFrameReference:timestamp"]
    assert [int(v[0]) for _, v in frames] == [0, 100_000_000, 200_000_000, 300_000_000, 400_000_000]
    assert [t for t, _ in frames] == [t / 1e9 for t in theirs["VideoFrameReference:timestamp"][2]]
    assert theirs["AssetVideo:blob"][2] == [0]


def test_a_directory_logs_every_file_it_can(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_bytes(b"hi")
    (tmp_path / "sub" / "b.md").write_bytes(b"# x")
    (tmp_path / "c.unknown").write_bytes(b"zz")
    rec = rr.RecordingStream("files_dir")
    with pytest.warns(rr.RerunWarning, match=r"c\.unknown"):
        rec.log_file_from_path(tmp_path, entity_path_prefix="d")
    base = "d/" + "/".join(tmp_path.parts[1:])
    assert sorted(rec.entity_paths()) == [f"{base}/a.txt", f"{base}/sub/b.md"]
