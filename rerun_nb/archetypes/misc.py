"""Archetypes about a recording and its data: Measurements (time series view), StateChange and
StateConfiguration (state timeline view), RecordingInfo (``view = None``: stored, queried and saved).
"""

from __future__ import annotations

from .. import components as C
from ._base import Archetype, Field

__all__ = ["Measurements", "RecordingInfo", "StateChange", "StateConfiguration"]


class Measurements(Archetype):
    """Measured values with variances, units and their own line style, drawn in a time series view.

    Each series is a line with a translucent ±1 σ band (σ = sqrt(variance)).

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.Measurements([1.0, 2.0], variances=[0.1, 0.2], units="m").units.tolist()
    ['m']
    """

    archetype_name = "Measurements"
    view = "time_series"
    values = Field(C.float64_1d, required=True)
    variances = Field(C.float64_1d)
    units = Field(C.strings)
    colors = Field(C.colors)
    widths = Field(C.float32_1d)
    names = Field(C.strings)
    visible_series = Field(C.bool_1d)
    aggregation_policy = Field(C.aggregation_policy)
    interpolation_mode = Field(C.interpolation_mode)


class StateChange(Archetype):
    """The state an entity enters at this time (e.g. ``"running"``; ``""`` ends it), drawn in a state timeline.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.StateChange(state="idle").state.tolist()
    ['idle']
    """

    archetype_name = "StateChange"
    view = "state_timeline"
    state = Field(C.strings)


class StateConfiguration(Archetype):
    """How the states of ``StateChange`` are labelled, coloured and shown.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.StateConfiguration(values=["idle", "run"], colors=[[0, 0, 255], [0, 255, 0]]).colors.shape
    (2, 4)
    """

    archetype_name = "StateConfiguration"
    view = "state_timeline"
    values = Field(C.strings)
    labels = Field(C.strings)
    colors = Field(C.colors)
    visible = Field(C.bool_1d)


class RecordingInfo(Archetype):
    """The recording's name and start time (what ``rr.send_recording_name`` / ``..._start_time_nanos`` log).

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.RecordingInfo(name="run 1", start_time=0).name.tolist()
    ['run 1']
    """

    archetype_name = "RecordingInfo"
    view = None
    start_time = Field(C.time_ns)
    name = Field(C.strings)
