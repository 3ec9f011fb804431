"""Files are never truncated in place: every writer makes a new file beside its target and renames it over.

A reader that has the old file memory-mapped (``rerun_nb.load`` maps native files) keeps its pages: renaming a
new inode over the name leaves the old inode alive until its last mapping goes, whereas truncating it in place
turns the mapped pages into SIGBUS. Hence, for every file rerun_nb writes (``rr.save``, compaction,
``convert``, ``.rrd``, the ``view`` notebook):

* :func:`create_beside` makes a hidden temporary file in the target's directory (``O_CREAT | O_EXCL |
  O_NOFOLLOW``, so it never opens someone else's file or a symlink);
* :func:`publish` renames it over the target (``os.replace``, atomic) or, with ``overwrite=False``, puts it
  there only if the name is free (``os.link``: fails if anything, a symlink included, is at the name).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable
from typing import IO

__all__ = ["TargetExistsError", "create_beside", "discard", "fsync_dir", "publish", "write_atomic"]


class TargetExistsError(FileExistsError):
    """``publish(..., overwrite=False)`` found something at the target's name."""


def create_beside(target: str, suffix: str, *, mode_from: str | None = None) -> str:
    """Create an empty hidden file next to ``target`` and return its path.

    Parameters
    ----------
    target:
        The final path (already resolved: symlinks followed where the caller wants that).
    suffix:
        Ends the temporary name, e.g. ``".partial"``; the name is ``.<basename>.<random><suffix>``.
    mode_from:
        A file whose permission bits the new file takes (the file it will replace); otherwise the usual
        ``0o666 & ~umask``.

    Raises
    ------
    OSError
        The directory does not exist or is not writable.
    """
    d = os.path.dirname(target) or "."
    base = os.path.basename(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        tmp = os.path.join(d, f".{base}.{secrets.token_hex(4)}{suffix}")
        try:
            fd = os.open(tmp, flags, 0o666)
        except FileExistsError:
            continue
        try:
            if mode_from is not None:
                with contextlib.suppress(OSError):
                    os.fchmod(fd, os.stat(mode_from).st_mode & 0o7777)
        finally:
            os.close(fd)
        return tmp
    raise FileExistsError(errno.EEXIST, "no free temporary name", d)


def publish(tmp: str, target: str, *, overwrite: bool = True) -> None:
    """Move ``tmp`` to ``target`` atomically.

    ``overwrite=True`` replaces whatever is at ``target`` (a symlink there is replaced, not followed).
    ``overwrite=False`` raises :class:`TargetExistsError` when anything is at ``target`` (``tmp`` stays).
    """
    if overwrite:
        os.replace(tmp, target)
        return
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise TargetExistsError(errno.EEXIST, "already exists", target) from None
    except OSError as e:
        if e.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        # no hard links on this filesystem: reserve the name exclusively, then rename over the reservation
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except FileExistsError:
            raise TargetExistsError(errno.EEXIST, "already exists", target) from None
        os.close(fd)
        os.replace(tmp, target)
        return
    os.unlink(tmp)


def discard(tmp: str | None) -> None:
    """Remove a temporary file, ignoring errors."""
    if tmp:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def fsync_dir(path: str) -> None:
    """Make a rename in ``path``'s directory durable (best effort)."""
    with contextlib.suppress(OSError):
        fd = os.open(os.path.dirname(path) or ".", os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomic(
    target: str, write: Callable[[IO[bytes]], None] | bytes, *, overwrite: bool = True, sync: bool = True
) -> None:
    """Write a whole file through a temporary beside ``target`` and :func:`publish` it.

    ``write`` is the bytes, or a function that writes them to the binary file object it is given. On any
    failure the temporary file is removed and ``target`` is as it was.
    """
    exists = os.path.lexists(target)
    if exists and not overwrite:
        raise TargetExistsError(errno.EEXIST, "already exists", target)
    tmp = create_beside(target, ".tmp", mode_from=target if exists and os.path.isfile(target) else None)
    try:
        with open(tmp, "wb") as fh:
            if isinstance(write, (bytes, bytearray, memoryview)):
                fh.write(write)
            else:
                write(fh)
            fh.flush()
            if sync:
                os.fsync(fh.fileno())
        publish(tmp, target, overwrite=overwrite)
    except BaseException:
        discard(tmp)
        raise
    if sync:
        fsync_dir(target)
