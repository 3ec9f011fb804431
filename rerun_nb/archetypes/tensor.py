"""Tensor: an N-D array with dimension names (drawn by the tensor view: a 2D slice, cut in the kernel)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .. import components as C
from ..errors import ComponentError
from ._base import Archetype, Field

__all__ = ["Tensor"]


class Tensor(Archetype):
    """An N-D array (``data``), optional ``dim_names`` and ``value_range``; stored as one encoded tensor.

    Examples
    --------
    >>> import numpy as np, rerun_nb as rr
    >>> t = rr.Tensor(np.zeros((2, 3, 4)), dim_names=["a", "b", "c"])
    >>> arr, names = rr.components.decode_tensor(t.data[0])
    >>> arr.shape, names
    ((2, 3, 4), ['a', 'b', 'c'])
    """

    archetype_name = "Tensor"
    view = "tensor"
    data = Field(C.tensor, required=True)
    value_range = Field(C.range1d)

    def __init__(
        self, data: Any = None, *, dim_names: Sequence[str] | None = None, value_range: Any = None
    ) -> None:
        self._error = None
        if dim_names is not None and data is not None:
            try:
                self.__dict__["data"] = C.tensor(data, dim_names)
            except Exception as e:
                if isinstance(e, ComponentError) and "dimension names" in e.message:
                    # as Rerun: the names are ignored with a warning, the tensor is logged
                    self._warn("dim_names", f"{e.message}: the names are ignored")
                self._set("data", data)  # (bad data itself is recorded here, as for any field)
        else:
            self._set("data", data)
        self._set("value_range", value_range)
