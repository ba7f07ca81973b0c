"""NTLM authentication and message encryption for the lab's WinRM service.

A stock Windows WinRM service has ``AllowUnencrypted=false``: over plain HTTP
(5985) it accepts ``Negotiate`` authentication and then only messages sealed
with the security context the handshake set up. That is the product's default
path (pywinrm ``transport='ntlm'``, ``message_encryption='always'``), so the
lab serves it the same way, with pyspnego as the NTLM acceptor (the crypto is
pyspnego's; this module only frames and routes).

Where the shapes come from
--------------------------
- Handshake: ``401`` with ``WWW-Authenticate: Negotiate`` (and Basic) to an
  unauthenticated request, ``401`` with ``WWW-Authenticate: Negotiate <challenge>``
  to the NTLM NEGOTIATE message, then the request is served. NTLM authenticates
  the TCP connection, not each request (MS-NTHT 2.2, 3.2; requests_ntlm keeps
  the connection alive for that reason). The token may be raw NTLM or SPNEGO:
  Windows' Negotiate package takes both, and pyspnego's Negotiate acceptor too.
- pywinrm's ``Transport.setup_encryption`` posts an empty body to set the
  context up; the service answers ``200`` with no body (a third-party async
  WinRM client checks exactly ``status == 200`` for that request).
- Framing, MS-WSMV 2.2.9.1.1 "Negotiate/SPNEGO" encrypted messages, byte for
  byte as pywinrm's ``winrm/encryption.py`` writes and reads it::

      --Encrypted Boundary\\r\\n
      \\tContent-Type: application/HTTP-SPNEGO-session-encrypted\\r\\n
      \\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length=<n>\\r\\n
      --Encrypted Boundary\\r\\n
      \\tContent-Type: application/octet-stream\\r\\n
      <uint32 LE signature length><signature><sealed SOAP>--Encrypted Boundary--\\r\\n

  with the HTTP ``Content-Type: multipart/encrypted;protocol="application/HTTP-
  SPNEGO-session-encrypted";boundary="Encrypted Boundary"``; answers (200 and
  500 faults alike) are sealed the same way — see a published capture of a
  Windows Server answer ("HTTP/1.1 200", that Content-Type, "Server:
  Microsoft-HTTPAPI/2.0") and pywinrm decrypting fault bodies of HTTP errors.
- An unsealed message on an NTLM connection is refused with ``401`` (pywinrm's
  maintainer on hashicorp/packer#6205: NTLM without message encryption
  "will constantly send a 401 error" unless AllowUnencrypted is set).

pyspnego's NTLM acceptor reads the accounts from the file named by
``NTLM_USER_FILE`` (smbpasswd format: NT hash, never the password). That is a
process-wide variable, so each handshake step sets it under one lock.
"""

from __future__ import annotations

import base64
import binascii
import os
import shutil
import struct
import tempfile
import threading
from pathlib import Path

import spnego
from spnego._ntlm_raw.crypto import ntowfv1

ENCRYPTED_PROTOCOL = "application/HTTP-SPNEGO-session-encrypted"
ENCRYPTED_CONTENT_TYPE = (
    f'multipart/encrypted;protocol="{ENCRYPTED_PROTOCOL}";boundary="Encrypted Boundary"'
)
_BOUNDARY = b"--Encrypted Boundary"
_END = _BOUNDARY + b"--\r\n"
_OCTET_STREAM = b"\tContent-Type: application/octet-stream\r\n"
_USER_FILE_VARIABLE = "NTLM_USER_FILE"
_ACCEPTOR_LOCK = threading.Lock()


class NegotiateRejected(Exception):
    """The handshake failed: wrong account or password, or a token that is not NTLM."""


class NotSealed(Exception):
    """A message on an authenticated connection is not sealed with its context."""


def negotiate_token(authorization: str | None) -> bytes | None:
    """The token of an ``Authorization: Negotiate <base64>`` header, else None.

    Raises:
        NegotiateRejected: the header names Negotiate but its token is not base64.
    """
    if not authorization or authorization[:10].lower() != "negotiate ":
        return None
    try:
        return base64.b64decode(authorization[10:].strip(), validate=True)
    except (binascii.Error, ValueError):
        raise NegotiateRejected("the Negotiate token is not base64") from None


class AccountFiles:
    """The lab's account as one ``NTLM_USER_FILE`` per machine, in a private folder.

    A local account on Windows answers to ``user``, ``.\\user`` and
    ``MACHINE\\user``; the lab's account also stands for a domain account, so
    ``DOMAIN\\user`` and ``user@domain.fqdn`` are accepted too. Other domain
    names fail the handshake, as they would on a real machine.
    """

    def __init__(self) -> None:
        self._folder: Path | None = None
        self._files: dict[tuple[str, str, str], Path] = {}
        self._lock = threading.Lock()

    def file_for(self, machine: str, user: str, password: str) -> Path:
        key = (machine.lower(), user, password)
        with self._lock:
            found = self._files.get(key)
            if found is not None:
                return found
            if self._folder is None:
                self._folder = Path(tempfile.mkdtemp(prefix="kmsw-lab-ntlm-"))
            path = self._folder / f"accounts-{len(self._files)}"
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                handle.write(_account_lines(machine, user, password))
            self._files[key] = path
            return path

    def close(self) -> None:
        with self._lock:
            folder, self._folder = self._folder, None
            self._files.clear()
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def _account_lines(machine: str, user: str, password: str) -> str:
    host, _, dns_domain = machine.rstrip(".").partition(".")
    nt_hash = ntowfv1(password).hex().upper()
    names = [user, f".\\{user}", f"{host.upper()}\\{user}"]
    if dns_domain:
        names += [f"{dns_domain.split('.', 1)[0].upper()}\\{user}", f"{user}@{dns_domain}"]
    # smbpasswd format: USERNAME:UID:LM_HASH:NT_HASH:FLAGS:LAST_CHANGE (no LM hash).
    return "".join(f"{name}:1000:{'0' * 32}:{nt_hash}:[U]:LCT-00000000\n" for name in names)


class NegotiateSession:
    """One connection's NTLM security context: the handshake, then sealing."""

    def __init__(self, accounts: Path) -> None:
        self._accounts = accounts
        self._context: spnego.ContextProxy | None = None

    @property
    def complete(self) -> bool:
        return self._context is not None and self._context.complete

    @property
    def user(self) -> str | None:
        return self._context.client_principal if self.complete and self._context else None

    def step(self, token: bytes) -> bytes | None:
        """Process one handshake token; the answer token (None when there is none).

        Raises:
            NegotiateRejected: the client did not prove the account's password.
        """
        with _ACCEPTOR_LOCK:
            previous = os.environ.get(_USER_FILE_VARIABLE)
            os.environ[_USER_FILE_VARIABLE] = str(self._accounts)
            try:
                if self._context is None:
                    # pyspnego's own NTLM for raw tokens (pywinrm's), on every OS: never
                    # the system's SSPI/GSSAPI, which would check real accounts.
                    raw = token.startswith(b"NTLMSSP\x00")
                    self._context = spnego.server(
                        service="http",
                        protocol="ntlm" if raw else "negotiate",
                        options=spnego.NegotiateOptions.use_ntlm
                        if raw
                        else spnego.NegotiateOptions.use_negotiate,
                    )
                return self._context.step(token)
            except Exception as problem:  # any bad token is a failed logon, never a crash
                self._context = None
                raise NegotiateRejected(type(problem).__name__) from None
            finally:
                if previous is None:
                    os.environ.pop(_USER_FILE_VARIABLE, None)
                else:
                    os.environ[_USER_FILE_VARIABLE] = previous

    def unseal(self, body: bytes, content_type: str) -> bytes:
        """The SOAP envelope inside an encrypted request body.

        Raises:
            NotSealed: not ``multipart/encrypted`` with the SPNEGO protocol, or
                not sealed with this connection's context.
        """
        if not self.complete or self._context is None:
            raise NotSealed("no security context on this connection")
        kind = content_type.lower()
        if not kind.startswith("multipart/encrypted") or ENCRYPTED_PROTOCOL.lower() not in kind:
            raise NotSealed("the message is not encrypted")
        parts = [part for part in body.split(_BOUNDARY + b"\r\n") if part]
        if not parts or len(parts) % 2:
            raise NotSealed("the encrypted message is not framed as MS-WSMV 2.2.9.1.1")
        message = b""
        for header, payload in zip(parts[::2], parts[1::2], strict=True):
            try:
                expected = int(header.split(b"Length=")[1].split(b"\r\n", 1)[0])
            except (IndexError, ValueError):
                raise NotSealed("no OriginalContent length") from None
            payload = payload.removesuffix(_END)
            if not payload.startswith(_OCTET_STREAM) or len(payload) < len(_OCTET_STREAM) + 4:
                raise NotSealed("no application/octet-stream part")
            sealed = payload[len(_OCTET_STREAM) :]
            signature_length = struct.unpack("<I", sealed[:4])[0]
            signature = sealed[4 : 4 + signature_length]
            try:
                plain = self._context.unwrap_winrm(signature, sealed[4 + signature_length :])
            except Exception:  # a bad signature: not sealed by this client
                raise NotSealed("the signature does not match") from None
            if len(plain) != expected:
                raise NotSealed("the decrypted length differs from OriginalContent")
            message += plain
        return message

    def seal(self, envelope: bytes) -> bytes:
        """``envelope`` sealed and framed for an HTTP answer body."""
        assert self._context is not None and self._context.complete
        wrapped = self._context.wrap_winrm(envelope)
        return b"".join(
            (
                _BOUNDARY,
                b"\r\n\tContent-Type: ",
                ENCRYPTED_PROTOCOL.encode(),
                b"\r\n\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length=",
                str(len(envelope)).encode(),
                b"\r\n",
                _BOUNDARY,
                b"\r\n",
                _OCTET_STREAM,
                struct.pack("<I", len(wrapped.header)),
                wrapped.header,
                wrapped.data,
                _END,
            )
        )


def challenge_header(token: bytes | None) -> str:
    """The ``WWW-Authenticate`` value that carries an answer token."""
    return f"Negotiate {base64.b64encode(token).decode()}" if token else "Negotiate"


__all__ = [
    "ENCRYPTED_CONTENT_TYPE",
    "AccountFiles",
    "NegotiateRejected",
    "NegotiateSession",
    "NotSealed",
    "challenge_header",
    "negotiate_token",
]
