"""Token files: how ``rr.connect`` on this machine authenticates without the user typing a token.

A server writes its token (and, when it speaks TLS, its certificate) to a JSON file that only the user can read,
in the user's runtime directory, as Jupyter does with its connection files:

* the directory is ``$XDG_RUNTIME_DIR/rerun_nb`` (``$XDG_RUNTIME_DIR`` is per user, mode 0700, cleared at
  logout), or ``<tmp>/rerun_nb-<uid>`` when there is no ``XDG_RUNTIME_DIR``; it is created with mode 0700 and
  refused if it is a symlink, belongs to another user, or others can write to it;
* the file is ``serve-<host>-<port>.json``, mode 0600, written under a temporary name and renamed (a reader never
  sees half of it); the server removes it when it stops.

``rr.connect("127.0.0.1:9876")`` reads the file of that address; for a loopback address it also takes the file
of a server bound to every address (``0.0.0.0``, ``::``) on that port. A token is never looked up for another
machine's address from a local server's file: it would be sent there.

Examples
--------
>>> import tempfile, os
>>> os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp()
>>> p = write_token_file("127.0.0.1", 9876, {"token": "s3cret"})
>>> oct(p.stat().st_mode & 0o777), read_token_file("127.0.0.1", 9876)["token"]
('0o600', 's3cret')
>>> remove_token_file(p, "s3cret")
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import os
import re
import stat
import tempfile
from pathlib import Path
from typing import Any

from ..errors import RerunNbError

__all__ = [
    "TokenFileError",
    "read_token_file",
    "remove_token_file",
    "runtime_dir",
    "token_path",
    "write_token_file",
]

_WILDCARDS = ("0.0.0.0", "::", "")
_MAX_FILE_BYTES = 1 << 20


class TokenFileError(RerunNbError, OSError):
    """The runtime directory or a token file cannot be trusted (another owner, a symlink, open to others)."""


def _ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (mode 0700) if missing; refuse it unless it is our own, real, private directory."""
    with contextlib.suppress(FileExistsError):
        os.mkdir(path, 0o700)
    st = os.lstat(path)
    if not stat.S_ISDIR(st.st_mode):
        raise TokenFileError(f"{path} is not a directory (a symlink?): refusing to keep tokens there")
    if st.st_uid != os.getuid():
        raise TokenFileError(
            f"{path} belongs to another user: refusing to keep tokens there (set XDG_RUNTIME_DIR)"
        )
    if st.st_mode & 0o077:
        os.chmod(path, 0o700)
    return path


def runtime_dir() -> Path:
    """The private directory of this user's token files (created on first use; see the module docstring)."""
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    if xdg and os.path.isdir(os.path.dirname(os.path.abspath(xdg))):
        base = _ensure_private_dir(Path(xdg).absolute())
        return _ensure_private_dir(base / "rerun_nb")
    return _ensure_private_dir(Path(tempfile.gettempdir()) / f"rerun_nb-{os.getuid()}")


def _host_key(host: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", host.strip("[]"))[:100] or "_"


def token_path(host: str, port: int) -> Path:
    """Where the token file of a server bound to ``host:port`` is."""
    return runtime_dir() / f"serve-{_host_key(host)}-{int(port)}.json"


def write_private(path: Path, data: bytes, mode: int, *, prefix: str) -> None:
    """Write ``data`` to ``path`` atomically (a temp file beside it, then rename) with ``mode`` from the start."""
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_token_file(host: str, port: int, content: dict[str, Any]) -> Path:
    """Write ``content`` (JSON) as the token file of ``host:port``, mode 0600, atomically. Returns its path."""
    path = token_path(host, port)
    data = json.dumps({"host": host, "port": int(port), "pid": os.getpid(), **content}).encode()
    write_private(path, data, 0o600, prefix=".serve-")
    return path


def _load(path: Path) -> dict[str, Any] | None:
    """A token file's content, if it is ours (owner, mode 0600 or stricter, a regular file), else ``None``."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode) or st.st_uid != os.getuid() or st.st_mode & 0o077:
            return None
        raw = fh.read(_MAX_FILE_BYTES)
    try:
        obj = json.loads(raw)
    except ValueError:
        return None
    return obj if isinstance(obj, dict) and isinstance(obj.get("token"), str) else None


def is_loopback(host: str) -> bool:
    """True for names and addresses of this machine's loopback interface."""
    if host in ("localhost", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def read_token_file(host: str, port: int) -> dict[str, Any] | None:
    """The token file of the server at ``host:port`` on this machine, or ``None`` (see the module docstring)."""
    try:
        found = _load(token_path(host, port))
    except TokenFileError:
        return None
    if found is not None or not is_loopback(host):
        return found
    for other in (*_WILDCARDS, "127.0.0.1", "::1", "localhost"):
        if other != host:
            found = _load(token_path(other, port))
            if found is not None:
                return found
    return None


def remove_token_file(path: Path, token: str) -> None:
    """Remove the token file at ``path`` if it still holds ``token`` (another server may have replaced it)."""
    got = _load(path)
    if got is not None and got.get("token") == token:
        with contextlib.suppress(OSError):
            os.unlink(path)
