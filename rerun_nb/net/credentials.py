"""What a client presents to a server: its token, and the certificate it pins when the server speaks TLS.

Looked up in this order: ``token=`` / ``certificate=`` given; the ``RERUN_NB_TOKEN`` environment variable (token
only); ``token_file=`` (a server's token file copied from another machine); the token file of ``host:port`` on
this machine (:func:`.tokens.read_token_file`). A pinned certificate is the only root the client trusts and is
checked against the name the self-signed one carries (:data:`.tls.TLS_NAME`), whatever address the server is
reached by.

Examples
--------
>>> c = resolve("10.0.0.7", 9876, token="s3cret")
>>> c.token, c.tls
('s3cret', False)
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .tls import TLS_NAME
from .tokens import read_token_file

__all__ = ["Credentials", "resolve"]


@dataclass
class Credentials:
    token: str | None
    certificate: bytes | None = None
    tls_name: str | None = None
    source: str = "none"

    @property
    def tls(self) -> bool:
        return self.certificate is not None


def _pem(value: Any) -> bytes:
    """A PEM certificate given as bytes, text, or the path of a file holding it."""
    if isinstance(value, bytes):
        return value
    text = os.fspath(value)
    return text.encode() if "-----BEGIN" in text else Path(text).read_bytes()


def _file(path: Any) -> dict[str, Any]:
    obj = json.loads(Path(path).read_text())
    if not isinstance(obj, dict) or not isinstance(obj.get("token"), str):
        raise ValueError(f"rr.connect: {path} is not a rerun_nb token file")
    return obj


def resolve(
    host: str,
    port: int,
    *,
    token: str | None = None,
    certificate: Any = None,
    token_file: Any = None,
    tls_name: str | None = TLS_NAME,
) -> Credentials:
    """The credentials for ``host:port`` (see the module docstring)."""
    found = _file(token_file) if token_file is not None else read_token_file(host, port)
    source = str(token_file) if token_file is not None else ("token file" if found else "none")
    tok = token or os.environ.get("RERUN_NB_TOKEN") or (found or {}).get("token")
    if token:
        source = "token="
    cert = _pem(certificate) if certificate is not None else None
    name = tls_name
    if cert is None and found and found.get("certificate"):
        cert = str(found["certificate"]).encode()
        name = found.get("tls_name")
    return Credentials(tok, cert, name if cert is not None else None, source)
