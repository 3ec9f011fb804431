"""``.rrd`` mapping of the image components whose Arrow layout differs from ours (issue 12).

Ours → Rerun: image formats (uint32 (N, 5)) become Rerun's ``ImageFormat`` struct (unset enums null), annotation
contexts (one JSON string per instance) become Rerun's list of ``ClassDescriptionMapEntry``. Blobs (image buffers,
encoded images) need nothing: a ``Ragged`` uint8 is Rerun's ``list<uint8>``.

Examples
--------
>>> import numpy as np
>>> to_rerun("image_format", np.array([[4, 2, 0, 2, 6]], np.uint32)).to_pylist()
[{'width': 4, 'height': 2, 'pixel_format': None, 'color_model': 2, 'channel_datatype': 6}]
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pyarrow as pa

__all__ = ["from_rerun", "to_rerun"]

_FORMAT = pa.struct(
    [
        pa.field("width", pa.uint32(), nullable=False),
        pa.field("height", pa.uint32(), nullable=False),
        pa.field("pixel_format", pa.uint8()),
        pa.field("color_model", pa.uint8()),
        pa.field("channel_datatype", pa.uint8()),
    ]
)
_INFO = pa.struct(
    [
        pa.field("id", pa.uint16(), nullable=False),
        pa.field("label", pa.string()),
        pa.field("color", pa.uint32()),
    ]
)
_PAIR = pa.struct(
    [pa.field("keypoint0", pa.uint16(), nullable=False), pa.field("keypoint1", pa.uint16(), nullable=False)]
)
_DESCRIPTION = pa.struct(
    [
        pa.field("info", _INFO, nullable=False),
        pa.field("keypoint_annotations", pa.list_(pa.field("item", _INFO, nullable=False)), nullable=False),
        pa.field("keypoint_connections", pa.list_(pa.field("item", _PAIR, nullable=False)), nullable=False),
    ]
)
_ENTRY = pa.struct(
    [
        pa.field("class_id", pa.uint16(), nullable=False),
        pa.field("class_description", _DESCRIPTION, nullable=False),
    ]
)
_CONTEXT = pa.list_(pa.field("item", _ENTRY, nullable=False))


def _packed(color: Any) -> int | None:
    return None if color is None else int.from_bytes(bytes(int(c) for c in color), "big")


def _unpacked(color: Any) -> list[int] | None:
    return None if color is None else list(int(color).to_bytes(4, "big"))


def _info_in(d: dict[str, Any]) -> dict[str, Any]:
    return {"id": d["id"], "label": d.get("label"), "color": _packed(d.get("color"))}


def _info_out(d: dict[str, Any]) -> dict[str, Any]:
    return {"id": d["id"], "label": d.get("label"), "color": _unpacked(d.get("color"))}


def to_rerun(kind: str | None, v: Any) -> pa.Array | None:
    """Our batch of a component of ``kind`` in Rerun's layout, or None when the generic mapping applies."""
    if kind == "image_format":
        rows = np.asarray(v, dtype=np.uint32).reshape(-1, 5).tolist()
        keys = ("width", "height", "pixel_format", "color_model", "channel_datatype")
        return pa.array(
            [{k: (x if i < 2 or x else None) for i, (k, x) in enumerate(zip(keys, r))} for r in rows], _FORMAT
        )
    if kind == "annotation_context":
        items = []
        for text in np.asarray(v, dtype=object).reshape(-1):
            items.append(
                [
                    {
                        "class_id": d["id"],
                        "class_description": {
                            "info": _info_in(d),
                            "keypoint_annotations": [_info_in(k) for k in d.get("keypoints", [])],
                            "keypoint_connections": [
                                {"keypoint0": a, "keypoint1": b} for a, b in d.get("connections", [])
                            ],
                        },
                    }
                    for d in json.loads(text)
                ]
            )
        return pa.array(items, _CONTEXT)
    return None


def from_rerun(arr: pa.Array, ctype: str) -> Any:
    """Rerun's values of component type ``ctype`` in our canonical form, or None when the generic mapping applies."""
    t = arr.type
    if pa.types.is_struct(t) and {t.field(i).name for i in range(t.num_fields)} >= {
        "width",
        "height",
        "color_model",
    }:
        rows = arr.to_pylist()
        keys = ("width", "height", "pixel_format", "color_model", "channel_datatype")
        return np.array([[r.get(k) or 0 for k in keys] for r in rows], dtype=np.uint32).reshape(-1, 5)
    if ctype.endswith(".AnnotationContext"):
        out = np.empty(len(arr), dtype=object)
        for i, entries in enumerate(arr.to_pylist()):
            ctx = []
            for e in entries or []:
                desc = e["class_description"]
                ctx.append(
                    {
                        **_info_out(desc["info"]),
                        "keypoints": [_info_out(k) for k in desc["keypoint_annotations"] or []],
                        "connections": [
                            [p["keypoint0"], p["keypoint1"]] for p in desc["keypoint_connections"] or []
                        ],
                    }
                )
            out[i] = json.dumps(ctx, separators=(",", ":"))
        return out
    return None
