"""What each view holds: the delta bookkeeping of the protocol handler, bounded in bytes.

For the last few replies sent to a view (8 query replies, the frames of the last two playback windows), the
handler remembers what that reply left the view holding: per entity path, the row id of every component and
the local transform. A :class:`Snapshot` keeps this in a few flat objects (a path index, the component
names, the row ids, the transforms' hashes) and **shares** each of them with the snapshot it was built
against when it did not change: a scrub over a static scene costs ~200 bytes per snapshot, a transform
animation of N entities 8 N bytes, whatever the number of components. Transforms are kept as Python's
``hash`` of their 64 bytes (SipHash, keyed per process: data cannot be crafted to collide).

:class:`ViewBook` holds the snapshots of every view, least recently used view first out, and counts the bytes
of the objects they hold (each shared object once). Over its budget it forgets whole views, then the oldest
snapshots of the view being answered (its next query may then get a full reply: correct, only bigger).
"""

from __future__ import annotations

import sys
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import numpy as np

__all__ = ["MAX_BOOKKEEPING_BYTES", "Prev", "Snapshot", "SnapshotBuilder", "ViewBook", "tf_hash"]

#: Bytes of bookkeeping one handler keeps at most, all views together (an estimate that errs high).
MAX_BOOKKEEPING_BYTES = 64 * 1024 * 1024


def tf_hash(transform: bytes | None) -> int | None:
    """What a snapshot keeps of a transform's 64 bytes (``None``: no transform)."""
    return None if transform is None else hash(transform)


class Prev(NamedTuple):
    """What a view held of one entity: component -> row id, and its transform (``None`` = identity)."""

    comps: dict[str, int]
    transform: int | None  # hash of the 64 bytes


@dataclass(frozen=True, eq=False)
class Snapshot:
    """What one reply left a view holding (entities in scene order)."""

    index: dict[str, int]  # path -> row
    names: tuple[tuple[str, ...], ...]  # per row, its components
    offsets: np.ndarray  # int64 (n+1,): row i's row ids are rids[offsets[i]:offsets[i+1]]
    rids: np.ndarray  # int64, flat
    tfs: np.ndarray  # int64 (n,): hash of each row's 64-byte transform (0 where none)
    has_tf: bytes  # 1 byte per row: 1 = a transform, 0 = identity

    def parts(self) -> tuple[Any, ...]:
        """The objects this snapshot holds (each may be shared with others)."""
        return (self.index, self.names, self.offsets, self.rids, self.tfs, self.has_tf)

    def __len__(self) -> int:
        return len(self.index)


def _nbytes(obj: Any) -> int:
    """Bytes an object of a snapshot costs (for tuples of tuples: the inner ones too, counted high)."""
    if isinstance(obj, np.ndarray):
        return obj.nbytes + 112
    n = sys.getsizeof(obj)
    if isinstance(obj, tuple):
        n += sum(sys.getsizeof(x) for x in {id(x): x for x in obj}.values())
    return n


class SnapshotBuilder:
    """Build the next snapshot against ``old`` (the base of a reply), sharing what did not change."""

    def __init__(self, old: Snapshot | None) -> None:
        self._old = old
        if old is not None:
            self._old_rids = old.rids.tolist()
            self._old_off = old.offsets.tolist()
        self._paths: list[str] = []
        self._names: list[tuple[str, ...]] = []
        self._rids: list[int] = []
        self._off: list[int] = [0]
        self._tfs: list[int] = []
        self._has: bytearray = bytearray()
        self._interned: dict[tuple[str, ...], tuple[str, ...]] = {}  # entities with the same components share

    def prev(self, path: str) -> Prev | None:
        """What the base held of ``path`` (``None``: nothing, or no base)."""
        old = self._old
        i = None if old is None else old.index.get(path)
        if i is None:
            return None
        comps = dict(zip(old.names[i], self._old_rids[self._old_off[i] : self._old_off[i + 1]], strict=True))
        return Prev(comps, int(old.tfs[i]) if old.has_tf[i] else None)

    def add(self, path: str, comps: dict[str, int], transform: int | None) -> None:
        """Record what the view holds of ``path`` after the reply (``transform``: :func:`tf_hash`)."""
        names = tuple(comps)
        old = self._old
        i = None if old is None else old.index.get(path)
        if i is not None and old.names[i] == names:
            names = old.names[i]  # shared with the base
        names = self._interned.setdefault(names, names)  # and between entities
        self._paths.append(path)
        self._names.append(names)
        self._rids.extend(comps.values())
        self._off.append(len(self._rids))
        self._tfs.append(0 if transform is None else transform)
        self._has.append(transform is not None)

    def paths(self) -> list[str]:
        """The paths added so far, in order."""
        return self._paths

    def build(self) -> Snapshot:
        """The snapshot, its parts shared with the base's wherever equal."""
        old = self._old
        names = tuple(self._names)
        rids = np.array(self._rids, dtype=np.int64)
        offsets = np.array(self._off, dtype=np.int64)
        tfs, has = np.array(self._tfs, dtype=np.int64), bytes(self._has)
        if old is None:
            index = {p: i for i, p in enumerate(self._paths)}
            return Snapshot(index, names, offsets, rids, tfs, has)
        same_paths = len(old.index) == len(self._paths) and all(
            old.index.get(p) == i for i, p in enumerate(self._paths)
        )
        index = old.index if same_paths else {p: i for i, p in enumerate(self._paths)}
        if same_paths and names == old.names:
            names, offsets = old.names, old.offsets
        return Snapshot(
            index,
            names,
            offsets,
            old.rids if np.array_equal(rids, old.rids) else rids,
            old.tfs if np.array_equal(tfs, old.tfs) else tfs,
            old.has_tf if has == old.has_tf else has,
        )


@dataclass
class _View:
    snapshots: OrderedDict[int, Snapshot] = field(default_factory=OrderedDict)  # query replies
    frames: OrderedDict[int, Snapshot] = field(default_factory=OrderedDict)  # playback frames


class ViewBook:
    """The snapshots of every view, bounded in views, snapshots per view and bytes.

    Parameters
    ----------
    max_views:
        Views remembered (least recently used first out).
    max_bases:
        Query replies remembered per view.
    max_frames:
        Playback frames remembered per view.
    max_bytes:
        Bytes of snapshots, all views together (each shared object counted once).

    Examples
    --------
    >>> book = ViewBook(max_views=2, max_bases=8, max_frames=128, max_bytes=1 << 20)
    >>> b = SnapshotBuilder(None)
    >>> b.add("a", {"Points3D:positions": 7}, None)
    >>> book.remember("v", 1, b.build())
    >>> book.get("v", 1).index
    {'a': 0}
    >>> book.release("v"); book.get("v", 1) is None
    True
    """

    def __init__(self, *, max_views: int, max_bases: int, max_frames: int, max_bytes: int) -> None:
        self.max_views, self.max_bases, self.max_frames = max_views, max_bases, max_frames
        self.max_bytes = max_bytes
        self._views: OrderedDict[str, _View] = OrderedDict()
        self._objs: dict[int, list[Any]] = {}  # id(part) -> [part, references, bytes]
        #: Bytes held now (estimate).
        self.nbytes = 0

    def views(self) -> list[str]:
        """Views with snapshots, least recently used first."""
        return list(self._views)

    def get(self, view: str, rid: int | None) -> Snapshot | None:
        """The snapshot reply ``rid`` left ``view`` holding, or ``None`` when not remembered."""
        v = self._views.get(view)
        if v is None or rid is None:
            return None
        got = v.snapshots.get(rid)
        return got if got is not None else v.frames.get(rid)

    def remember(self, view: str, rid: int, snap: Snapshot, *, frame: bool = False) -> None:
        """Remember ``snap`` as what reply ``rid`` left ``view`` holding, then enforce the bounds."""
        v = self._views.get(view)
        if v is None:
            v = self._views[view] = _View()
        self._views.move_to_end(view)
        d, cap = (v.frames, self.max_frames) if frame else (v.snapshots, self.max_bases)
        old = d.pop(rid, None)
        if old is not None:
            self._drop(old)
        d[rid] = snap
        self._hold(snap)
        while len(d) > cap:
            self._drop(d.popitem(last=False)[1])
        while len(self._views) > self.max_views:
            self._forget(next(iter(self._views)))
        self._fit(view, snap)

    def release(self, view: str) -> None:
        """Forget ``view``."""
        if view in self._views:
            self._forget(view)

    def clear(self) -> None:
        """Forget every view."""
        self._views.clear()
        self._objs.clear()
        self.nbytes = 0

    # -- internals -------------------------------------------------------------------------------

    def _fit(self, view: str, keep: Snapshot) -> None:
        """Over budget: forget other views (least recently used first), then ``view``'s oldest snapshots."""
        while self.nbytes > self.max_bytes and len(self._views) > 1:
            self._forget(next(k for k in self._views if k != view))
        v = self._views[view]
        while self.nbytes > self.max_bytes:
            for d in (v.frames, v.snapshots):
                if d and next(iter(d.values())) is not keep:
                    self._drop(d.popitem(last=False)[1])
                    break
            else:
                return  # only the newest snapshot is left: it stays, whatever it costs

    def _forget(self, view: str) -> None:
        v = self._views.pop(view)
        for d in (v.snapshots, v.frames):
            for snap in d.values():
                self._drop(snap)

    def _hold(self, snap: Snapshot) -> None:
        for part in snap.parts():
            e = self._objs.get(id(part))
            if e is None:
                n = _nbytes(part)
                self._objs[id(part)] = [part, 1, n]
                self.nbytes += n
            else:
                e[1] += 1

    def _drop(self, snap: Snapshot) -> None:
        for part in snap.parts():
            e = self._objs[id(part)]
            e[1] -= 1
            if e[1] == 0:
                del self._objs[id(part)]
                self.nbytes -= e[2]
