"""Arrows3D: vectors drawn from origins."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from .. import components as C
from ._base import Archetype, Field, splat

__all__ = ["Arrows3D"]


class Arrows3D(Archetype):
    """3D arrows: ``vectors`` from ``origins`` (default: the origin).

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.Arrows3D(vectors=[[1, 0, 0]], origins=[[0, 0, 1]]).vectors.tolist()
    [[1.0, 0.0, 0.0]]
    """

    archetype_name = "Arrows3D"
    view = "3d"
    vectors = Field(C.vec3d, required=True, positional=False)
    origins = Field(C.vec3d)
    radii = Field(C.float32_1d)
    colors = Field(C.colors)
    labels = Field(C.strings)
    show_labels = Field(C.bool_1d)
    class_ids = Field(C.class_ids)

    @classmethod
    def bounds(cls, get: Callable[[str], Any]) -> list[np.ndarray]:
        vec = get("vectors")
        if vec is None:
            return []
        org = splat(get("origins"), len(vec), (0.0, 0.0, 0.0))
        return [org, org + vec]
