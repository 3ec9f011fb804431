"""rerun_nb: the Rerun logging SDK re-thought for notebooks.

Write Rerun code with ``import rerun_nb as rr``; logging fills an in-kernel columnar store, and
``rr.notebook_show()`` puts an interactive 3D view with a timeline into the output cell.

Examples
--------
>>> import rerun_nb as rr
>>> rr.init("rerun_example_dna_abacus")
>>> rr.set_time("stable_time", duration=0)
>>> rr.log("dna/structure/left", rr.Points3D([[0, 0, 0]], colors=[255, 0, 0], radii=0.08))
>>> rr.get_global_data_recording().latest_at("dna/structure/left", timeline="stable_time", time=1.0)[
...     "Points3D:colors"].tolist()
[[255, 0, 0, 255]]
"""

from typing import TYPE_CHECKING, Any

from . import components, datatypes, utilities
from ._current import is_strict_mode, set_strict_mode
from ._global import (
    FileSink,
    binary_stream,
    connect,
    connect_tcp,
    disable_timeline,
    disconnect,
    flush,
    get_application_id,
    get_data_recording,
    get_global_data_recording,
    get_recording_id,
    get_thread_local_data_recording,
    init,
    is_enabled,
    load,
    log,
    log_file_from_contents,
    log_file_from_path,
    memory_recording,
    new_recording,
    notebook_show,
    reset_time,
    save,
    script_add_args,
    script_setup,
    script_teardown,
    send_blueprint,
    send_columns,
    send_property,
    send_recording_name,
    send_recording_start_time_nanos,
    serve,
    set_global_data_recording,
    set_log_tick_enabled,
    set_log_time_enabled,
    set_sinks,
    set_thread_local_data_recording,
    set_time,
    set_time_nanos,
    set_time_seconds,
    set_time_sequence,
    spawn,
)
from .archetypes import *  # noqa: F403
from .archetypes.descriptors import install_descriptors as _install_descriptors
from .components import (
    ComponentDescriptor,
    DescribedComponentBatch,
    GraphType,
    MediaType,
    Radius,
    TensorData,
    TensorDimensionIndexSelection,
    TensorDimensionSelection,
    VideoCodec,
)
from .components.images import ChannelDatatype, ColorModel, PixelFormat
from .datatypes import *  # noqa: F403
from .entity_path import escape_entity_path_part
from .errors import BadTypeError, BadValueError, RerunNbError, RerunWarning
from .io import RecordingFileError, read_table
from .net import connect_grpc
from .recording import MemoryRecording, RecordingStream
from .time import TimeColumn

_install_descriptors()  # rr.Points3D.descriptor_positions(), ... for every archetype imported above

if TYPE_CHECKING:
    from .viewer import Viewer

__version__ = "0.1.0"

#: Names exported on first use, so that ``import rerun_nb`` does not import the widget stack (anywidget).
_LAZY = {"Viewer": "rerun_nb.viewer"}


def __getattr__(name: str) -> Any:
    """``rerun_nb.Viewer`` (``rerun_nb.Viewer(recording_or_path)``), imported when first asked for."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'rerun_nb' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
