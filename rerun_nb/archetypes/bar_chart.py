"""BarChart: a vector of values shown as bars in a bar-chart view."""

from __future__ import annotations

from .. import components as C
from ._base import Archetype, Field

__all__ = ["BarChart"]


class BarChart(Archetype):
    """A bar chart of a 1-D tensor: ``values`` (float64, one per bar), optional ``abscissa`` and ``widths``.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> c = rr.BarChart([8, 4, 0, 9], color=[240, 45, 58])
    >>> c.values.tolist(), c.color.tolist()
    ([8.0, 4.0, 0.0, 9.0], [[240, 45, 58, 255]])
    """

    archetype_name = "BarChart"
    view = "bar_chart"
    values = Field(C.tensor1d, required=True)
    color = Field(C.colors)
    abscissa = Field(C.tensor1d)
    widths = Field(C.float32_1d)
