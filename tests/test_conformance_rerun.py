"""Conformance with rerun-sdk 0.41, per archetype: the same scripts logged by both, compared through Rerun's reader.

Each script of ``tests/conformance_scripts.py`` is run with ``import rerun`` and with ``import rerun_nb``, each
saving an ``.rrd`` (ours through ``rerun_nb/io/rrd.py``). Both files are read with rerun-sdk's own
``rerun.chunk.RrdReader`` and compared per entity and component: the descriptor (archetype, component,
component type), the Arrow type, and the latest-at value at every time either file holds (plus static-only).
The import path is checked too: ``rerun_nb.load`` of Rerun's file answers latest-at as our own recording of the
same script does, and saving that import again gives Rerun's answers back.

Differences that are deliberate are listed, with the reason, in :data:`DELIBERATE`.
"""

from __future__ import annotations

import copy
import math
import uuid
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pytest
from conformance_scripts import SCRIPTS, write_data_files

import rerun_nb

rerun = pytest.importorskip("rerun")
from rerun.chunk import RrdReader  # noqa: E402

# (entity, component) pairs whose difference from Rerun is deliberate: {key: reason}. Keep it short.
DELIBERATE: dict[tuple[str, str], str] = {
    ("/mcap/stats", "McapStatistics:channel_message_counts"): (
        "rerun-sdk 0.41 cannot serialise ChannelMessageCounts (it warns 'lack codegen for arrow-serialization of "
        "general structs' and writes an empty batch); rerun_nb stores the counts given"
    ),
    ("/nd", "matrix"): (
        "AnyValues(matrix=np.eye(2)): rerun-sdk 0.41 cannot convert a 2D array to Arrow (it warns and drops the "
        "component); rerun_nb stores it as rows of 2"
    ),
    **dict.fromkeys(
        [("/fov", "Pinhole:image_from_camera"), ("/fov", "Pinhole:resolution")],
        "Pinhole(fov_y=, width=, height=) without aspect_ratio: rerun-sdk 0.41 warns, then its own fallback "
        "(focal length sqrt(width * height)) fails on a numpy float and nothing is logged; rerun_nb logs that "
        "fallback",
    ),
}

_IGNORED_TIMELINES = {"log_time", "log_tick"}
_NOT_COMPARED = {("/__properties", "RecordingInfo:start_time")}  # the wall clock of each run
# rerun-sdk also logs its own warnings as TextLog rows at /__warnings while a global recording is active; ours
# are Python warnings only (and worded differently)
_NOT_COMPARED_ENTITIES = {"/__warnings"}


@dataclass
class _Component:
    descriptor: tuple[str | None, str | None, str | None]
    arrow_type: str
    rows: list[tuple[dict[str, int] | None, bytes, Any]] = field(default_factory=list)


def _read(path: Path) -> tuple[dict[tuple[str, str], _Component], dict[str, str]]:
    """Every data column of ``path`` as read by rerun-sdk, keyed by (entity, component); and the timeline kinds."""
    comps: dict[tuple[str, str], _Component] = {}
    kinds: dict[str, str] = {}
    for ch in RrdReader(str(path)).stream().to_chunks():
        if ch.entity_path in _NOT_COMPARED_ENTITIES:
            continue
        rb = ch.to_record_batch()
        row_ids = rb.column(0).to_pylist()
        times: dict[str, list[int]] = {}
        for f, col in zip(rb.schema, rb.columns):
            md = f.metadata or {}
            if md.get(b"rerun:kind") == b"index" and f.name not in _IGNORED_TIMELINES:
                kinds[f.name] = str(f.type)
                times[f.name] = col.cast(pa.int64()).to_pylist()
        for f, col in zip(rb.schema, rb.columns):
            md = {k.decode(): v.decode() for k, v in (f.metadata or {}).items()}
            if md.get("rerun:kind") != "data":
                continue
            desc = (md.get("rerun:archetype"), md.get("rerun:component"), md.get("rerun:component_type"))
            if (ch.entity_path, f.name) in _NOT_COMPARED:
                continue
            c = comps.setdefault((ch.entity_path, f.name), _Component(desc, str(f.type)))
            for i in range(rb.num_rows):
                if col[i].is_valid:
                    at = None if ch.is_static else {t: v[i] for t, v in times.items()}
                    c.rows.append((at, row_ids[i], col[i].as_py()))
    return comps, kinds


def _latest_at(c: _Component, timeline: str | None, t: int) -> Any:
    static = [r for r in c.rows if r[0] is None]
    if static:
        return max(static, key=lambda r: r[1])[2]
    if timeline is None:
        return None
    temporal = [r for r in c.rows if r[0] is not None and timeline in r[0] and r[0][timeline] <= t]
    return max(temporal, key=lambda r: (r[0][timeline], r[1]))[2] if temporal else None


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (math.isnan(a) and math.isnan(b)) or math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b


def _queries(*files: dict[tuple[str, str], _Component]) -> list[tuple[str | None, int]]:
    out: set[tuple[str | None, int]] = {(None, 0)}
    for comps in files:
        for c in comps.values():
            for at, _, _ in c.rows:
                out.update((at or {}).items())
    return sorted(out, key=lambda q: (q[0] or "", q[1]))


def _differences(theirs: dict, ours: dict) -> list[str]:
    """What ``ours`` (an .rrd read by rerun-sdk) gets wrong against ``theirs``, one line each."""
    out = []
    for key in sorted(theirs.keys() | ours.keys()):
        if key in DELIBERATE:
            continue
        if key not in ours:
            out.append(f"{key}: missing (Rerun writes {theirs[key].descriptor})")
            continue
        if key not in theirs:
            out.append(f"{key}: extra {ours[key].descriptor} (Rerun writes none)")
            continue
        t, o = theirs[key], ours[key]
        if t.descriptor != o.descriptor:
            out.append(f"{key}: descriptor {o.descriptor} != Rerun's {t.descriptor}")
        if t.arrow_type != o.arrow_type:
            out.append(f"{key}: Arrow type {o.arrow_type} != Rerun's {t.arrow_type}")
            continue
        for timeline, time in _queries(theirs, ours):
            a, b = _latest_at(t, timeline, time), _latest_at(o, timeline, time)
            if not _same(a, b):
                out.append(f"{key} at {timeline}={time}: {_short(b)} != Rerun's {_short(a)}")
                break
    return out


def _short(v: Any) -> str:
    s = repr(v)
    return s if len(s) < 200 else s[:200] + "…"


def _log(module: Any, fn: Any, path: Path, data: Path) -> Any:
    # a fresh recording id each time: rerun-sdk keeps the time cursor per recording id
    rec = module.RecordingStream("rerun_example_conformance", recording_id=uuid.uuid4().hex)
    rec.save(str(path))
    fn(module, rec, data)
    rec.flush()
    rec.disconnect()
    return rec


def _log_global(module: Any, fn: Any, path: Path, data: Path) -> None:
    """The script through the module-level API (``rr.init`` / ``rr.save`` / ``rr.log`` ...)."""
    module.init("rerun_example_conformance", recording_id=uuid.uuid4().hex)
    module.save(str(path))
    fn(module, module, data)
    module.disconnect()  # flushes (Rerun has no module-level flush)


def _nb_query_time(kind: str, t: int) -> Any:
    return t if kind == "int64" else t / 1e9


def _import_differences(ours_rec: Any, imported: Any, theirs: dict, kinds: dict[str, str]) -> list[str]:
    """``rerun_nb.load`` of Rerun's file against our own recording of the same script, per latest-at."""
    out = []
    entities = sorted({e.lstrip("/") for e, _ in theirs})
    for timeline, t in _queries(theirs):
        for entity in entities:
            tl = None if timeline is None else timeline
            q = None if timeline is None else _nb_query_time(kinds[timeline], t)
            a = ours_rec.latest_at(entity, timeline=tl, time=q)
            b = imported.latest_at(entity, timeline=tl, time=q)
            for comp in sorted(a.keys() | b.keys()):
                if ("/" + entity, comp) in DELIBERATE or ("/" + entity, comp) in _NOT_COMPARED:
                    continue
                if comp not in a or comp not in b or not _arrays_equal(a[comp], b[comp]):
                    out.append(
                        f"/{entity} {comp} at {timeline}={t}: imported {b.get(comp)!r} != {a.get(comp)!r}"
                    )
    return out[:20]


def _arrays_equal(a: Any, b: Any) -> bool:
    if isinstance(a, list) or isinstance(b, list):
        return len(a) == len(b) and all(_arrays_equal(x, y) for x, y in zip(a, b))
    a, b = np.asarray(a), np.asarray(b)
    if a.dtype != b.dtype or a.shape != b.shape:
        return False
    if a.dtype == object:
        return a.tolist() == b.tolist()
    return np.array_equal(a, b, equal_nan=a.dtype.kind == "f")


CASES = [
    pytest.param(name, fn, id=f"{name}-{fn.__name__}") for name in sorted(SCRIPTS) for fn in SCRIPTS[name]
]


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_data_files(tmp_path_factory.mktemp("conformance_data"))


def test_archetype_names_equal_rerun_s():
    for name in rerun.archetypes.__all__:
        theirs, ours = getattr(rerun.archetypes, name), getattr(rerun_nb.archetypes, name)
        assert (ours.NAME, ours.archetype(), ours.archetype_short_name()) == (
            theirs.NAME,
            theirs.archetype(),
            theirs.archetype_short_name(),
        ), name


def test_every_rerun_archetype_has_a_script():
    assert set(rerun.archetypes.__all__) <= set(SCRIPTS)


@pytest.mark.parametrize(("archetype", "fn"), CASES)
def test_export_matches_rerun(archetype, fn, tmp_path, data_dir):
    _log(rerun, fn, tmp_path / "rerun.rrd", data_dir)
    with warnings.catch_warnings():
        warnings.simplefilter("error", rerun_nb.RerunWarning)
        _log(rerun_nb, fn, tmp_path / "ours.rrd", data_dir)
    theirs, _ = _read(tmp_path / "rerun.rrd")
    ours, _ = _read(tmp_path / "ours.rrd")
    assert theirs, "the script logged nothing"
    assert _differences(theirs, ours) == []


@pytest.mark.parametrize(("archetype", "fn"), CASES)
def test_global_api_export_matches_rerun(archetype, fn, tmp_path, data_dir):
    _log_global(rerun, fn, tmp_path / "rerun.rrd", data_dir)
    with warnings.catch_warnings():
        warnings.simplefilter("error", rerun_nb.RerunWarning)
        _log_global(rerun_nb, fn, tmp_path / "ours.rrd", data_dir)
    theirs, _ = _read(tmp_path / "rerun.rrd")
    ours, _ = _read(tmp_path / "ours.rrd")
    assert _differences(theirs, ours) == []


@pytest.mark.parametrize(("archetype", "fn"), CASES)
def test_import_matches_rerun(archetype, fn, tmp_path, data_dir):
    _log(rerun, fn, tmp_path / "rerun.rrd", data_dir)
    ours_rec = _log(rerun_nb, fn, tmp_path / "ours.rrd", data_dir)
    with warnings.catch_warnings():
        warnings.simplefilter("error", rerun_nb.RerunWarning)
        imported = rerun_nb.load(tmp_path / "rerun.rrd")
    theirs, kinds = _read(tmp_path / "rerun.rrd")
    assert _import_differences(ours_rec, imported, theirs, kinds) == []
    # and the import saved again is what Rerun wrote
    imported.save(tmp_path / "again.rrd")
    imported.disconnect()
    again, _ = _read(tmp_path / "again.rrd")
    assert _differences(theirs, again) == []


@pytest.mark.parametrize(("archetype", "fn"), CASES)
def test_native_file_round_trip_keeps_latest_at(archetype, fn, tmp_path, data_dir):
    ours_rec = _log(rerun_nb, fn, tmp_path / "ours.rrd", data_dir)
    rnb = _log(rerun_nb, fn, tmp_path / "ours.rnb", data_dir)
    ours, kinds = _read(tmp_path / "ours.rrd")
    with warnings.catch_warnings():
        warnings.simplefilter("error", rerun_nb.RerunWarning)
        loaded = rerun_nb.load(tmp_path / "ours.rnb")
    assert sorted(loaded.entity_paths()) == sorted(rnb.entity_paths())
    assert _import_differences(ours_rec, loaded, ours, kinds) == []


#: inputs Rerun 0.41 warns about but still logs (what it keeps is in the comment): we warn and keep the same
WARNED_BUT_LOGGED = {
    "boxes sizes and half_sizes": lambda rr: rr.Boxes3D(sizes=[[2, 2, 2]], half_sizes=[[3, 3, 3]]),  # sizes
    "boxes mins and centers": lambda rr: rr.Boxes3D(mins=[[0, 0, 0]], centers=[[5, 5, 5]], sizes=[[2, 2, 2]]),
    "boxes mins alone": lambda rr: rr.Boxes3D(mins=[[1, 2, 3]]),  # half sizes 1
    "boxes rotations twice": lambda rr: rr.Boxes3D(
        half_sizes=[[1, 1, 1]], rotations=[rr.Quaternion(xyzw=[0, 0, 0, 1])], quaternions=[[0, 0, 1, 0]]
    ),  # quaternions=
    "boxes mixed rotations": lambda rr: rr.Boxes3D(
        half_sizes=[[1, 1, 1]] * 2,
        rotations=[rr.RotationAxisAngle([0, 0, 1], 1.0), rr.Quaternion(xyzw=[0, 0, 0, 1])],
    ),  # no rotations
    "ellipsoids radii and half_sizes": lambda rr: rr.Ellipsoids3D(
        radii=[1.0], half_sizes=[[1, 2, 3]]
    ),  # radii
    "pinhole resolution and width": lambda rr: rr.Pinhole(
        focal_length=1, resolution=[2, 2], width=3, height=3
    ),
    "pinhole matrix and focal length": lambda rr: rr.Pinhole(image_from_camera=np.eye(3), focal_length=2),
    "pinhole matrix and fov": lambda rr: rr.Pinhole(image_from_camera=np.eye(3), fov_y=1.0, aspect_ratio=1.0),
    "tensor names of the wrong length": lambda rr: rr.Tensor(np.zeros((2, 3)), dim_names=["a"]),  # no names
    "mesh texture without channels": lambda rr: rr.Mesh3D(
        vertex_positions=np.zeros((3, 3)), albedo_texture=np.ones((2, 2), np.uint16)
    ),  # no texture
    "mesh texture of 2 channels": lambda rr: rr.Mesh3D(
        vertex_positions=np.zeros((3, 3)), albedo_texture=np.ones((2, 2, 2), np.uint8)
    ),  # no texture
}


@pytest.mark.parametrize("make", WARNED_BUT_LOGGED.values(), ids=list(WARNED_BUT_LOGGED))
def test_warned_inputs_log_what_rerun_logs(make, tmp_path):
    for module, name in ((rerun, "rerun.rrd"), (rerun_nb, "ours.rrd")):
        rec = module.RecordingStream("rerun_example_conformance", recording_id=uuid.uuid4().hex)
        rec.save(str(tmp_path / name))
        with pytest.warns(Warning):
            rec.log("e", make(module))
        rec.disconnect()
    theirs, _ = _read(tmp_path / "rerun.rrd")
    assert theirs
    assert _differences(theirs, _read(tmp_path / "ours.rrd")[0]) == []


#: component types whose values read back from Rerun's files are Arrow structs (dicts); users write them with
#: their classes (ClassDescription, RotationAxisAngle, numpy arrays), which the scripts above cover
_STRUCT_VALUES = {"AnnotationContext", "RotationAxisAngle", "TensorData"}


def _values_per_component_type(data_dir: Path, tmp: Path) -> dict[str, tuple[str, Any]]:
    """One (component, last value Rerun wrote) per component type the scripts log, from rerun-sdk's files."""
    out: dict[str, tuple[str, Any]] = {}
    for name in sorted(SCRIPTS):
        for fn in SCRIPTS[name]:
            _log(rerun, fn, tmp / "values.rrd", data_dir)
            for (_, component), c in _read(tmp / "values.rrd")[0].items():
                archetype, _, ctype = c.descriptor
                if archetype and archetype.startswith("rerun.archetypes.") and ctype and c.rows:
                    out.setdefault(ctype.rsplit(".", 1)[-1], (component, c.rows[-1][2]))
    return out


def test_component_batches_of_rerun_s_values_log_what_rerun_logs(tmp_path, data_dir):
    values = _values_per_component_type(data_dir, tmp_path)
    assert len(values) > 70
    problems = []
    for short, (component, value) in sorted(values.items()):
        if short in _STRUCT_VALUES:
            continue
        arch, _, field = component.partition(":")
        for module, name in ((rerun, "theirs.rrd"), (rerun_nb, "ours.rrd")):
            owner = getattr(module, arch, None) or getattr(module.archetypes, arch)
            batch = getattr(module.components, f"{short}Batch")(value)
            rec = module.RecordingStream("rerun_example_batches", recording_id=uuid.uuid4().hex)
            rec.save(str(tmp_path / name))
            with warnings.catch_warnings():
                warnings.simplefilter("error", rerun_nb.RerunWarning)
                rec.log("e", [batch.described(getattr(owner, f"descriptor_{field}")())])
            rec.disconnect()
        diff = _differences(_read(tmp_path / "theirs.rrd")[0], _read(tmp_path / "ours.rrd")[0])
        problems += [f"{short}Batch: {d}" for d in diff]
    assert problems == []


#: bad inputs where rerun-sdk 0.41 logs something unusable (or fails on valid-looking input) and we deliberately
#: differ: {name: (make, reason)}. The test checks they still differ, so the table only lists live differences.
DIFFERENT_ON_PURPOSE: dict[str, tuple[Any, str]] = {
    "bar chart of a 2-D tensor": (
        lambda rr: rr.BarChart(np.ones((2, 3), np.float32)),
        "Rerun warns and logs the 2-D tensor, which its bar chart cannot show; bar values are 1-D here: dropped",
    ),
    "image channels not matching its colour model": (
        lambda rr: rr.Image(np.zeros((2, 2, 3), np.uint8), color_model="RGBA"),
        "Rerun warns and logs an RGBA format over an RGB buffer (unreadable); dropped with the reason here",
    ),
    "image of booleans": (
        lambda rr: rr.Image(np.ones((2, 2), bool)),
        "Rerun warns and logs a format without a channel datatype; dropped here",
    ),
    "frame timestamp as a float": (
        lambda rr: rr.VideoFrameReference(timestamp=1.5),
        "Rerun warns and truncates 1.5 to 1 ns; dropped here (seconds= is what was meant)",
    ),
    "packed colours as a uint16 matrix": (
        lambda rr: rr.Points3D([[0, 0, 0]], colors=np.array([[1000, 2, 3]], np.uint16)),
        "Rerun reads one RGB row of 1000, 2, 3 as three packed colours; rejected here (channels must be 0..255)",
    ),
    "ellipsoid radii as one number": (
        lambda rr: rr.Ellipsoids3D(radii=2.0),
        "Rerun's radii expansion fails on a scalar (AxisError) and logs nothing; logged here as one ellipsoid",
    ),
    "encoded image bytes without a media type": (
        lambda rr: rr.EncodedImage(contents=b"\x89PNG"),
        "Rerun raises inside its constructor and logs nothing; the bytes are logged here (the media type is "
        "sniffed when drawn)",
    ),
}


@pytest.mark.parametrize(
    "make", [v[0] for v in DIFFERENT_ON_PURPOSE.values()], ids=list(DIFFERENT_ON_PURPOSE)
)
def test_inputs_we_treat_differently_on_purpose_still_differ(make, tmp_path):
    for module, name in ((rerun, "rerun.rrd"), (rerun_nb, "ours.rrd")):
        rec = module.RecordingStream("rerun_example_conformance", recording_id=uuid.uuid4().hex)
        rec.save(str(tmp_path / name))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            rec.log("e", make(module))
        rec.log("marker", module.Points3D([[0, 0, 0]]))
        rec.disconnect()
    assert _differences(_read(tmp_path / "rerun.rrd")[0], _read(tmp_path / "ours.rrd")[0]) != []


def test_the_comparison_sees_a_changed_value_type_descriptor_or_component(tmp_path, data_dir):
    _log(rerun, SCRIPTS["Points3D"][1], tmp_path / "rerun.rrd", data_dir)
    theirs, _ = _read(tmp_path / "rerun.rrd")
    assert _differences(theirs, theirs) == []
    key = ("/random", "Points3D:radii")
    for change in ("value", "type", "descriptor", "gone"):
        ours = copy.deepcopy(theirs)
        c = ours[key]
        if change == "value":
            c.rows = [(at, rid, [x + 1e-3 for x in v]) for at, rid, v in c.rows]
        elif change == "type":
            c.arrow_type = "list<item: double>"
        elif change == "descriptor":
            c.descriptor = (None, *c.descriptor[1:])
        else:
            del ours[key]
        assert len(_differences(theirs, ours)) == 1, change


def test_depth_compress_of_floats_warns_and_keeps_the_depth_image():
    depth = rerun_nb.DepthImage(np.ones((2, 3), np.float32))
    with pytest.warns(rerun_nb.RerunWarning, match="only U8 and U16"):
        assert depth.compress() is depth
