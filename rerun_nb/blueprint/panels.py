"""The viewer's panels: ``TopPanel``, ``BlueprintPanel``, ``SelectionPanel``, ``TimePanel``.

``state=`` is ``"expanded"``, ``"collapsed"`` or ``"hidden"`` (``rrb.PanelState``); the deprecated
``expanded=`` maps True/False to expanded/collapsed, as in Rerun.

Examples
--------
>>> import rerun_nb.blueprint as rrb
>>> rrb.TimePanel(state="collapsed", timeline="frame", fps=30).to_json()
{'state': 'collapsed', 'timeline': 'frame', 'fps': 30.0}
"""

from __future__ import annotations

from typing import Any, ClassVar

from . import _values as V
from .components import LoopMode, PanelState, PlayState, to_enum

__all__ = ["BlueprintPanel", "Panel", "SelectionPanel", "TimePanel", "TopPanel"]


def _to_state(expanded: bool | None, state: Any) -> PanelState | None:
    if expanded is not None and state is not None:
        raise ValueError("Cannot set both 'expanded' and 'state'")
    if state is not None:
        return to_enum(PanelState, state, "state")
    if expanded is not None:
        return PanelState.Expanded if expanded else PanelState.Collapsed
    return None


class Panel:
    """Base class of the panels."""

    blueprint_path_name: ClassVar[str] = ""
    key: ClassVar[str] = ""

    def __init__(self, *, blueprint_path: str, expanded: bool | None = None, state: Any = None) -> None:
        self._blueprint_path = blueprint_path
        self.state = _to_state(expanded, state)

    def blueprint_path(self) -> str:
        """Where Rerun logs this panel in its blueprint store."""
        return self._blueprint_path

    def to_json(self) -> dict[str, Any]:
        """``{"state": "expanded" | "collapsed" | "hidden" | None}`` (None: the widget's default)."""
        return {"state": None if self.state is None else self.state.name.lower()}


class TopPanel(Panel):
    """The top bar (collapsed and hidden both hide it)."""

    key = "top"

    def __init__(self, *, expanded: bool | None = None, state: Any = None) -> None:
        super().__init__(blueprint_path="top_panel", expanded=expanded, state=state)


class BlueprintPanel(Panel):
    """The panel with the entity tree and the layout (collapsed and hidden both hide it)."""

    key = "blueprint"

    def __init__(self, *, expanded: bool | None = None, state: Any = None) -> None:
        super().__init__(blueprint_path="blueprint_panel", expanded=expanded, state=state)


class SelectionPanel(Panel):
    """The panel showing the selected entity's data (collapsed and hidden both hide it)."""

    key = "selection"

    def __init__(self, *, expanded: bool | None = None, state: Any = None) -> None:
        super().__init__(blueprint_path="selection_panel", expanded=expanded, state=state)


def _positive(value: Any) -> float:
    v = V.check_float(value)
    if v <= 0:
        raise ValueError(f"must be positive, got {v}")
    return v


class TimePanel(Panel):
    """The timeline bar: its state (collapsed = the simple bar), timeline, speed, fps, play and loop state."""

    key = "time"

    def __init__(
        self,
        *,
        expanded: bool | None = None,
        state: Any = None,
        timeline: Any = None,
        playback_speed: float | None = None,
        fps: float | None = None,
        play_state: Any = None,
        loop_mode: Any = None,
        time_selection: Any = None,
    ) -> None:
        super().__init__(blueprint_path="time_panel", expanded=expanded, state=state)
        self.timeline = V.checked("TimePanel", "timeline", timeline, lambda v: str(getattr(v, "value", v)))
        self.playback_speed = V.checked("TimePanel", "playback_speed", playback_speed, _positive)
        self.fps = V.checked("TimePanel", "fps", fps, _positive)
        self.play_state = V.checked(
            "TimePanel", "play_state", play_state, lambda v: to_enum(PlayState, v, "play_state")
        )
        self.loop_mode = V.checked(
            "TimePanel", "loop_mode", loop_mode, lambda v: to_enum(LoopMode, v, "loop_mode")
        )
        self.time_selection = time_selection

    def to_json(self) -> dict[str, Any]:
        out = super().to_json()
        for name in ("timeline", "playback_speed", "fps", "play_state", "loop_mode"):
            value = getattr(self, name)
            if value is not None:
                out[name] = V.to_jsonable(value)
        if self.time_selection is not None:
            sel = self.time_selection
            out["time_selection"] = [
                V.to_jsonable(getattr(sel, "min", None)),
                V.to_jsonable(getattr(sel, "max", None)),
            ]
        return out
