"""The notebook viewer: an anywidget (three.js) that asks the kernel for the latest-at scene.

Examples
--------
>>> import rerun_nb as rr  # doctest: +SKIP
>>> from rerun_nb.viewer import notebook_show  # doctest: +SKIP
>>> viewer = notebook_show(height=400)  # displays it in the output cell  # doctest: +SKIP
>>> viewer.time = 2.0  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

from .protocol import ProtocolHandler
from .widget import Viewer

__all__ = ["ProtocolHandler", "Viewer", "notebook_show"]


def notebook_show(recording: Any = None, **kwargs: Any) -> Viewer:
    """Build a :class:`Viewer` of ``recording`` and display it in the current output cell.

    Parameters
    ----------
    recording:
        A ``RecordingStream``, a path to a saved recording, or ``None`` for the global recording.
    **kwargs:
        Passed to :class:`Viewer` (``timeline``, ``time``, ``width``, ``height``, ``listen``).

    Returns
    -------
    Viewer
        The displayed widget: set ``viewer.time`` / ``viewer.timeline`` to drive it from Python. On a
        cell's last line it is not shown a second time.

    Examples
    --------
    >>> viewer = notebook_show(timeline="stable_time", time=0.0)  # doctest: +SKIP
    """
    from IPython.display import display

    viewer = Viewer(recording, **kwargs)
    display(viewer)
    return viewer
