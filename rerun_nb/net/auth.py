"""Who may pass: every call to a rerun_nb server carries ``authorization: Bearer <token>``, checked first.

The check is Arrow Flight server middleware: it runs on the call's headers, before the server reads a byte of
the call's data or starts its handler, so a client without the token costs the server one header parse and is
answered ``UNAUTHENTICATED``. Tokens are compared in constant time.

Examples
--------
>>> f = TokenCheck("s3cret")
>>> f.start_call(None, {"authorization": ["Bearer s3cret"]}) is None
True
>>> call_headers("s3cret")
[(b'authorization', b'Bearer s3cret')]
"""

from __future__ import annotations

import hmac
import secrets
from typing import Any

import pyarrow.flight as fl

__all__ = ["TokenCheck", "call_headers", "new_token"]


def new_token() -> str:
    """A fresh random token (144 bits, URL-safe)."""
    return secrets.token_urlsafe(18)


def call_headers(token: str | None) -> list[tuple[bytes, bytes]]:
    """The headers a client sends with every call."""
    return [(b"authorization", b"Bearer " + token.encode())] if token else []


class TokenCheck(fl.ServerMiddlewareFactory):
    """Refuses every call whose ``authorization`` header is not ``Bearer <token>``; counts the refusals."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self._expected = b"Bearer " + token.encode()
        self.refused = 0

    def start_call(self, info: Any, headers: dict[str, list[Any]]) -> None:
        given = headers.get("authorization") or headers.get("Authorization") or []
        value = given[0] if len(given) == 1 else b""
        if isinstance(value, str):
            value = value.encode("utf-8", "replace")
        if not hmac.compare_digest(value, self._expected):
            self.refused += 1
            if not given:
                raise fl.FlightUnauthenticatedError(
                    "this server needs a token: rr.connect(addr) finds it in the server's token file on the "
                    "same machine, else pass token=..."
                )
            raise fl.FlightUnauthenticatedError("wrong token")
        return None
