"""A self-signed TLS certificate for servers bound beyond loopback, made on first use and kept per user.

The certificate names one fixed host, :data:`TLS_NAME`; clients pin it (it is their only trusted root, taken
from the token file or given as ``certificate=``) and check that name, so it works whatever address the server
is reached by. The key pair (EC P-256) lives in the private runtime directory of :mod:`.tokens`
(``tls-key.pem`` 0600, ``tls-cert.pem``), valid for a year; an expired or unreadable pair is made again.

How it is made: with the ``cryptography`` package when it is importable (it is not a dependency of rerun_nb),
else with the ``openssl`` command line when it is on ``PATH``; with neither, :class:`TlsUnavailable` says what to
do (install ``cryptography``, pass ``certificate=(cert_pem, key_pem)``, or bind loopback).

Examples
--------
>>> cert, key = self_signed()          # doctest: +SKIP
>>> cert.startswith(b"-----BEGIN CERTIFICATE-----")  # doctest: +SKIP
True
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from ..errors import RerunNbError
from .tokens import runtime_dir, write_private

__all__ = ["TLS_NAME", "TlsUnavailable", "self_signed"]

TLS_NAME = "rerun-nb.local"
_DAYS = 365


class TlsUnavailable(RerunNbError, RuntimeError):
    """No way to make a certificate here (neither ``cryptography`` nor ``openssl``); the message says what to do."""


def _with_cryptography() -> tuple[bytes, bytes] | None:
    try:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID
    except ImportError:
        return None
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, TLS_NAME)])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=_DAYS))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(TLS_NAME)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return cert.public_bytes(serialization.Encoding.PEM), key_pem


def _with_openssl() -> tuple[bytes, bytes] | None:
    exe = shutil.which("openssl")
    if exe is None:
        return None
    with tempfile.TemporaryDirectory() as d:
        key, cert = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
        cmd = [exe, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        cmd += ["-keyout", key, "-out", cert, "-days", str(_DAYS), "-subj", f"/CN={TLS_NAME}"]
        cmd += ["-addext", f"subjectAltName=DNS:{TLS_NAME}"]
        try:
            subprocess.run(cmd, check=True, capture_output=True, timeout=30)
            return Path(cert).read_bytes(), Path(key).read_bytes()
        except (OSError, subprocess.SubprocessError):
            return None


def _still_valid(cert_pem: bytes) -> bool:
    try:
        from cryptography import x509
    except ImportError:  # without cryptography, trust the file's age instead
        return True
    try:
        cert = x509.load_pem_x509_certificate(cert_pem)
    except ValueError:
        return False
    end = getattr(cert, "not_valid_after_utc", None) or cert.not_valid_after.replace(tzinfo=dt.timezone.utc)
    return end - dt.datetime.now(dt.timezone.utc) > dt.timedelta(days=1)


def _load(cert_path: Path, key_path: Path) -> tuple[bytes, bytes] | None:
    try:
        if (key_path.stat().st_mode & 0o077) or time_left(cert_path) <= 0:
            return None
        cert, key = cert_path.read_bytes(), key_path.read_bytes()
    except OSError:
        return None
    return (cert, key) if b"BEGIN CERTIFICATE" in cert and _still_valid(cert) else None


def time_left(cert_path: Path) -> float:
    """Seconds until a certificate file made here is a year old (it is then made again)."""
    return (_DAYS - 1) * 86400 - (time.time() - cert_path.stat().st_mtime)


def self_signed(*, use_cryptography: bool = True) -> tuple[bytes, bytes]:
    """This user's certificate and key (PEM), made on first use (see the module docstring).

    Raises
    ------
    TlsUnavailable
        Neither ``cryptography`` nor ``openssl`` is there to make one.
    """
    d = runtime_dir()
    cert_path, key_path = d / "tls-cert.pem", d / "tls-key.pem"
    got = _load(cert_path, key_path)
    if got is not None:
        return got
    made = (_with_cryptography() if use_cryptography else None) or _with_openssl()
    if made is None:
        raise TlsUnavailable(
            "serving beyond loopback needs TLS, and no certificate can be made here (neither the 'cryptography' "
            "package nor the 'openssl' command is available): pip install cryptography, or pass "
            "certificate=(cert_pem, key_pem), or serve on 127.0.0.1 and reach it through an SSH tunnel"
        )
    write_private(key_path, made[1], 0o600, prefix=".tls-")
    write_private(cert_path, made[0], 0o644, prefix=".tls-")
    return made
