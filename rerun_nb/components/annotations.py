"""Annotation contexts (Rerun's ``AnnotationInfo``, ``ClassDescription``, keypoint connections).

A context is kept canonically as ONE string per instance: the JSON of its class descriptions,
``[{"id", "label", "color", "keypoints": [{"id", "label", "color"}], "connections": [[a, b], ...]}, ...]``
in the order logged, as Rerun stores it (``color`` is ``[r, g, b, a]`` or null). Strings store, save and travel as they are.

Examples
--------
>>> ctx = parse_context([(1, "person", (255, 0, 0)), ClassDescription(info=2, keypoint_connections=[(0, 1)])])
>>> [c["id"] for c in ctx], ctx[0]["color"], ctx[1]["connections"]
([1, 2], [255, 0, 0, 255], [[0, 1]])
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from ..errors import ComponentError

__all__ = ["AnnotationInfo", "ClassDescription", "context_json", "parse_context"]


class AnnotationInfo:
    """A class or keypoint id with an optional label and colour.

    Examples
    --------
    >>> AnnotationInfo(1, "car", [0, 0, 255]).as_dict()
    {'id': 1, 'label': 'car', 'color': [0, 0, 255, 255]}
    """

    __slots__ = ("color", "id", "label")

    def __init__(self, id: int, label: str | None = None, color: Any = None) -> None:
        self.id = _id(id)
        self.label = None if label is None else str(label)
        self.color = None if color is None else _color(color)

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "color": self.color}

    def __repr__(self) -> str:
        return f"AnnotationInfo(id={self.id}, label={self.label!r}, color={self.color})"


class ClassDescription:
    """A class: its ``info``, the annotations of its keypoints and the keypoints connected by lines.

    Examples
    --------
    >>> d = ClassDescription(info=(0, "person"), keypoint_annotations=[(0, "nose")],
    ...                      keypoint_connections=[(0, 1)])
    >>> d.as_dict()["keypoints"][0]["label"]
    'nose'
    """

    __slots__ = ("info", "keypoint_annotations", "keypoint_connections")

    def __init__(
        self,
        *,
        info: Any,
        keypoint_annotations: Sequence[Any] | None = (),
        keypoint_connections: Sequence[Any] | None = (),
    ) -> None:
        self.info = _info(info)
        self.keypoint_annotations = [_info(k) for k in keypoint_annotations or ()]
        self.keypoint_connections = [_pair(p) for p in keypoint_connections or ()]

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.info.as_dict(),
            "keypoints": [k.as_dict() for k in self.keypoint_annotations],
            "connections": self.keypoint_connections,
        }


def _id(v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, (int, np.integer)) or not 0 <= int(v) <= 0xFFFF:
        raise ComponentError(f"class and keypoint ids must be integers in 0..65535, got {v!r}")
    return int(v)


def _color(c: Any) -> list[int]:
    """One colour: (r, g, b[, a]) as 0-255 ints or 0-1 floats, or a packed 0xRRGGBBAA int → [r, g, b, a]."""
    if isinstance(c, (int, np.integer)) and not isinstance(c, bool):
        if not 0 <= int(c) <= 0xFFFFFFFF:
            raise ComponentError(f"a packed 0xRRGGBBAA colour must fit 32 bits, got {c!r}")
        return list(int(c).to_bytes(4, "big"))
    try:
        arr = np.asarray(c).reshape(-1)
    except (TypeError, ValueError):
        raise ComponentError(f"expected a colour, got {type(c).__name__}", is_type=True) from None
    if arr.dtype.kind not in "iuf" or arr.size not in (3, 4):
        raise ComponentError(
            f"expected a colour (r, g, b[, a]), got {c!r}", is_type=arr.dtype.kind not in "iuf"
        )
    vals = np.round(arr * 255.0) if arr.dtype.kind == "f" else arr
    if vals.min() < 0 or vals.max() > 255:
        raise ComponentError(f"colour channels must be in 0..255 (or 0-1 floats), got {c!r}")
    out = [int(v) for v in vals]
    return out if len(out) == 4 else [*out, 255]


def _info(v: Any) -> AnnotationInfo:
    if isinstance(v, AnnotationInfo):
        return v
    if isinstance(v, (int, np.integer)) and not isinstance(v, bool):
        return AnnotationInfo(int(v))
    if isinstance(v, Mapping):
        return AnnotationInfo(v.get("id"), v.get("label"), v.get("color"))
    if isinstance(v, (tuple, list)) and 1 <= len(v) <= 3:
        return AnnotationInfo(*v)
    raise ComponentError(
        f"expected an AnnotationInfo, an id, or (id, label, color), got {type(v).__name__}", is_type=True
    )


def _pair(p: Any) -> list[int]:
    if hasattr(p, "keypoint0"):
        p = (p.keypoint0, p.keypoint1)
    try:
        a, b = p
    except (TypeError, ValueError):
        raise ComponentError(f"a keypoint connection is a pair of keypoint ids, got {p!r}") from None
    return [_id(a), _id(b)]


def _description(v: Any) -> ClassDescription:
    if isinstance(v, ClassDescription):
        return v
    if isinstance(v, Mapping) and "info" in v:
        return ClassDescription(**v)
    return ClassDescription(info=_info(v))


def parse_context(x: Any) -> list[dict[str, Any]]:
    """An ``AnnotationContext``-like value → class descriptions as dicts, in the order given.

    Accepts a ``ClassDescription``, an ``AnnotationInfo``, ``(id, label, color)`` tuples, or a list of them.
    """
    if isinstance(x, (ClassDescription, AnnotationInfo, Mapping)) or (
        isinstance(x, tuple) and x and isinstance(x[0], (int, np.integer))
    ):
        x = [x]
    if isinstance(x, (str, bytes)) or not isinstance(x, Iterable):
        raise ComponentError(
            f"expected class descriptions (ClassDescription, AnnotationInfo or (id, label, color)), got "
            f"{type(x).__name__}",
            is_type=True,
        )
    # in the order given, duplicates kept: Rerun stores the list as logged (a later duplicate id wins on lookup)
    return [_description(item).as_dict() for item in x]


def context_json(x: Any) -> str:
    """The canonical string of one context."""
    return json.dumps(parse_context(x), separators=(",", ":"))
