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

from . import utilities
from ._global import (
    disable_timeline,
    flush,
    get_data_recording,
    get_global_data_recording,
    get_thread_local_data_recording,
    init,
    log,
    new_recording,
    notebook_show,
    reset_time,
    send_columns,
    set_global_data_recording,
    set_log_tick_enabled,
    set_log_time_enabled,
    set_thread_local_data_recording,
    set_time,
    set_time_nanos,
    set_time_seconds,
    set_time_sequence,
    spawn,
)
from .archetypes import *  # noqa: F403
from .datatypes import *  # noqa: F403
from .entity_path import escape_entity_path_part
from .errors import BadTypeError, BadValueError, RerunNbError, RerunWarning
from .io import RecordingFileError, disconnect, load, read_table, save
from .net import connect, connect_grpc, connect_tcp, serve
from .recording import RecordingStream, is_strict_mode, set_strict_mode
from .time import TimeColumn

__version__ = "0.1.0"
