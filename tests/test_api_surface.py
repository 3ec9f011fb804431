"""The public API of rerun_nb against rerun-sdk 0.41 (issue 13, item 1): every public name of ``rerun``,
``rerun.archetypes``, ``rerun.components``, ``rerun.datatypes`` and ``rerun.blueprint`` exists here with the same
call signature (parameter names, kinds, defaults), or is listed below with the reason.

Rerun's names whose signature is opaque (``(*args, **kwargs)``: compiled bindings) are compared by name only.
Names marked "added by the images/geometry work" are other engineers' work in progress: delete them from the
table when they land (the test then fails until they are gone, so the table only shrinks).
"""

from __future__ import annotations

import enum
import inspect
import types
import warnings

import pytest

import rerun_nb
import rerun_nb.blueprint

rerun = pytest.importorskip("rerun")

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import rerun.datatypes  # a deprecated alias of rerun.encodings since 0.37

MODULES = {
    "rr": (rerun, rerun_nb),
    "archetypes": (rerun.archetypes, rerun_nb.archetypes),
    "components": (rerun.components, rerun_nb.components),
    "datatypes": (rerun.datatypes, rerun_nb.datatypes),
    "blueprint": (rerun.blueprint, rerun_nb.blueprint),
}

_GRPC = (
    "Rerun's gRPC/web-viewer transport: rerun_nb serves in-process (rr.serve / rr.connect over Arrow Flight)"
)
_INTERNAL = "Rerun's binding internals and Arrow metadata keys (sorbet): no user code needs them here"
_DATAFRAME = "Rerun's dataframe/chunk APIs: rerun_nb answers with rec.to_arrow() / rr.load / send_columns"
_SHUTDOWN = (
    "Rerun's process/thread lifecycle hooks for its native batcher: rerun_nb has no background process"
)
_NOT_STORED = (
    "component types no archetype of ours stores yet (tensor slice selection, Plane3D, catalog entries)"
)
_TYPING = "type-hint aliases (ComponentBatchLike, ...): rerun_nb accepts any array-like and annotates Any"
_TIME_RANGE = "blueprint visible-time-range types: the viewer does not take time ranges from blueprints yet"

#: ``module.name`` of Rerun -> why rerun_nb has no such name (the one table of differences in names)
MISSING: dict[str, str] = {
    **dict.fromkeys(
        ["rr.GrpcServerSink", "rr.GrpcSink", "rr.serve_grpc", "rr.serve_web_viewer", "rr.start_web_viewer_server",
         "rr.login", "rr.logout", "rr.legacy_notebook_show", "rr.stdout"],
        _GRPC,
    ),
    **dict.fromkeys(
        ["rr.EXTERNAL_IMPORTER_INCOMPATIBLE_EXIT_CODE", "rr.RECORDING_PROPERTIES_PATH", "rr.RERUN_KIND",
         "rr.RERUN_KIND_CONTROL", "rr.RERUN_KIND_INDEX", "rr.SORBET_ARCHETYPE_NAME", "rr.SORBET_COMPONENT",
         "rr.SORBET_COMPONENT_TYPE", "rr.SORBET_ENTITY_PATH", "rr.SORBET_INDEX_NAME", "rr.SORBET_IS_TABLE_INDEX",
         "rr.ChunkBatcherConfig", "rr.LoggingHandler", "rr.tracing_session", "rr.version", "rr.asarray",
         "rr.AUTO_INDEX", "rr.strict_mode"],
        _INTERNAL,
    ),
    **dict.fromkeys(["rr.send_chunks", "rr.send_dataframe", "rr.send_record_batch"], _DATAFRAME),
    **dict.fromkeys(
        ["rr.cleanup_if_forked_child", "rr.rerun_shutdown", "rr.shutdown_at_exit", "rr.unregister_shutdown",
         "rr.thread_local_stream", "rr.recording_stream_generator_ctx"],
        _SHUTDOWN,
    ),
    **dict.fromkeys(
        ["rr.AsComponents", "rr.ComponentBatchLike", "rr.ComponentBatchMixin", "rr.ComponentMixin",
         "rr.TimeColumnLike", "components.AnnotationContextArrayLike", "components.ChannelMessageCountsArrayLike",
         "components.GeoLineStringArrayLike", "components.KeyValuePairsArrayLike",
         "components.LineStrip2DArrayLike", "components.LineStrip3DArrayLike"],
        _TYPING,
    ),
    **dict.fromkeys(
        ["rr.TimeInt", "rr.TimeRange", "rr.TimeRangeBoundary", "rr.VisibleTimeRange"], _TIME_RANGE
    ),
    **dict.fromkeys(
        ["components.EntryKind", "components.EntryKindBatch", "components.Plane3D", "components.Plane3DBatch",
         "components.TensorDimensionIndexSelectionBatch", "components.TensorHeightDimensionBatch",
         "components.TensorWidthDimensionBatch"],
        _NOT_STORED,
    ),
    "rr.new_entity_path": "use rr.escape_entity_path_part or a list of parts (rr.log takes lists)",
    "rr.BinaryStream": "rr.binary_stream() returns a MemoryRecording (read() / drain_as_bytes())",
    "rr.AlbedoFactor": "top-level alias in Rerun only: rr.components.AlbedoFactor",
    "rr.Scale3D": "top-level alias in Rerun only: rr.components.Scale3D",
    "rr.GraphEdge": "top-level alias in Rerun only: rr.components.GraphEdge",
}  # fmt: skip

#: rerun.datatypes is a deprecated alias of rerun.encodings (Arrow-level wrappers, each with Batch / Like /
#: ArrayLike variants). rerun_nb.datatypes keeps the value types user code constructs; the rest is not mirrored.
DATATYPES_KEPT = ["Angle", "Quaternion", "RotationAxisAngle", "TensorData"]

_ANY = "takes **kwargs for rerun_nb options or passes them on"
_RECORDING_KW = "recording= is keyword-only here (Rerun also allows it positionally; no snippet does)"
_VALUE_CLASS = "component value classes: rr.components.X(value) normalises any form the batch takes"

#: ``module.name`` -> why its signature differs from Rerun's (names compared with a different signature)
SIGNATURES: dict[str, str] = {
    **dict.fromkeys(
        ["rr.disable_timeline", "rr.disconnect", "rr.reset_time", "rr.set_log_tick_enabled",
         "rr.set_log_time_enabled"],
        _RECORDING_KW,
    ),
    "rr.save": "compression= for native files instead of write_footer= (an .rrd detail); recording= keyword-only",
    "rr.init": "the same parameters in a different keyword-only order; no batcher_config",
    "rr.RecordingStream": "store= / strict= added (in-kernel store, per-recording strictness); no batcher_config",
    "rr.notebook_show": "the recording may be given first (rr.notebook_show(rec)); **kwargs go to the Viewer",
    "rr.spawn": _ANY,
    "rr.connect_grpc": "the Arrow Flight client's options (token=, ...) instead of default_blueprint=",
    "rr.set_strict_mode": "the flag is named strict (rr.set_strict_mode(True) works the same)",
    "rr.MemoryRecording": "made by rr.memory_recording(), not from a native storage handle",
    "rr.ComponentColumn": "built from a name and canonical values (Archetype.columns / Batch.partition make it)",
    "rr.ComponentColumnList": "carries the first error of its columns (reported by send_columns)",
    "rr.ClassDescription": "keypoint_annotations= / keypoint_connections= default to () (immutable), not []",
    "rr.MediaType": "a str subclass (MediaType('text/plain') is the str)",
    "rr.TextLogLevel": "a namespace of level strings, as Rerun's constants",
    "rr.Radius": _VALUE_CLASS,
}  # fmt: skip


_NOT_API = ("typing", "builtins", "collections.abc", "__future__")


def _public(module: types.ModuleType) -> dict[str, object]:
    names = getattr(module, "__all__", None) or [n for n in dir(module) if not n.startswith("_")]
    out = {}
    for n in names:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                v = getattr(module, n)
        except Exception:
            continue
        if isinstance(v, types.ModuleType) or getattr(v, "__module__", "") in _NOT_API:
            continue
        out[n] = v
    return out


def _sig(f: object, opaque_is_none: bool = True) -> list[tuple[str, str, str]] | None:
    try:
        s = inspect.signature(f)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    ps = list(s.parameters.values())
    var = [inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD]
    if opaque_is_none and [p.kind for p in ps[-2:]] == var and len(ps) <= 3:
        return None  # compiled or generic (*args, **kwargs): nothing to compare
    return [(p.name, p.kind.name, "<required>" if p.default is p.empty else repr(p.default)) for p in ps]


def _callable_of(v: object) -> object | None:
    if isinstance(v, type):
        return None if issubclass(v, enum.Enum) else v.__init__
    return v if callable(v) else None


def _has(module: types.ModuleType, name: str) -> bool:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # blueprint stand-ins warn once when first used
        return hasattr(module, name)


def _missing() -> dict[str, str]:
    out = {}
    for key, (theirs, ours) in MODULES.items():
        for name in _public(theirs):
            if not _has(ours, name):
                out[f"{key}.{name}"] = "missing"
    return out


def test_every_rerun_name_exists_or_is_listed_with_a_reason():
    missing = {k for k in _missing() if not k.startswith("datatypes.")}
    unlisted = sorted(missing - set(MISSING))
    assert not unlisted, f"Rerun names missing here and not in MISSING: {unlisted}"


def test_the_table_only_lists_names_still_missing():
    stale = sorted(set(MISSING) - set(_missing()))
    assert not stale, f"now present: remove from MISSING {stale}"


def test_datatypes_keeps_the_value_types_user_code_builds():
    for name in DATATYPES_KEPT:
        assert hasattr(rerun.datatypes, name)
        assert _has(rerun_nb.datatypes, name) or _has(rerun_nb, name), name


def _signature_differences() -> dict[str, tuple[object, object]]:
    out = {}
    for key, (theirs, ours) in MODULES.items():
        if key in ("archetypes", "blueprint", "datatypes"):
            continue  # archetypes: test_archetype_registry; blueprint: test_blueprint_api; datatypes: see above
        mine = _public(ours)
        for name, v in _public(theirs).items():
            if name not in mine:
                continue
            a, b = _callable_of(v), _callable_of(mine[name])
            if a is None or b is None:
                continue
            sa, sb = _sig(a), _sig(b, opaque_is_none=False)
            if sa is not None and sb is not None and sa != sb:
                out[f"{key}.{name}"] = (sa, sb)
    return out


def _is_component_value_class(qualified: str) -> bool:
    key, _, name = qualified.partition(".")
    return key == "components" and not name.endswith("Batch")


def test_call_signatures_equal_rerun_or_are_listed():
    diffs = _signature_differences()
    unlisted = {k: v for k, v in diffs.items() if k not in SIGNATURES and not _is_component_value_class(k)}
    assert not unlisted, "signatures differ from Rerun 0.41 (fix, or list in SIGNATURES):\n" + "\n".join(
        f"{k}:\n  rerun    {a}\n  rerun_nb {b}" for k, (a, b) in unlisted.items()
    )
    stale = sorted(k for k in SIGNATURES if k not in diffs and k not in MISSING)
    assert not stale, f"signatures now equal: remove from SIGNATURES {stale}"


def test_component_batches_take_rerun_s_arguments():
    for name, v in _public(rerun.components).items():
        if name.endswith("Batch") and hasattr(rerun_nb.components, name):
            assert _sig(v.__init__) == _sig(getattr(rerun_nb.components, name).__init__), name


def test_every_rerun_snippet_name_of_the_issue_resolves():
    rr = rerun_nb
    for obj in (rr.Ellipsoids3D, rr.AnyValues, rr.components.FillMode, rr.Radius, rr.components.Position3DBatch,
                rr.set_sinks, rr.SeriesLines, rr.TextDocument, rr.GraphNodes, rr.BarChart, rr.Capsules3D,
                rr.CoordinateFrame, rr.RecordingStream.__enter__):  # fmt: skip
        assert obj is not None
