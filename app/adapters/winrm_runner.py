"""Run named operations on a remote Windows machine over WinRM (pywinrm ``Protocol``).

What the pywinrm defaults get wrong for a fleet tool, and what this runner does
instead (reference/libraries-and-pitfalls.md §2):

- ``Protocol`` with ``open_shell(codepage=65001)``, so French and German text
  arrives as UTF-8 (``Session`` is stuck on code page 437); one shell per
  runner, kept open across ``run()`` calls and reopened when it died.
- An explicit deadline per ``run()``: pywinrm retries Receive forever and uses
  one time-out for connect and read, so every HTTP call gets the time left as
  its (connect, read) time-out, the Receive loop is ours, and a watchdog shuts
  the connection when the deadline passes even if the machine dribbles bytes.
- A TCP pre-probe before opening a shell, which tries again within a share of
  the deadline (a lost SYN is not an unreachable machine) and stops at once on
  a refusal; an unreachable machine costs that share, not the 30 s of
  pywinrm's default time-out. Its socket carries the first HTTP request.
- Answers read with a size cap, and the deadline checked again after each
  answer is read and parsed (``winrm_deadline``).
- HTTPS with certificate validation by default (a CA file may be given);
  plain HTTP only with NTLM message encryption, or Basic to a
  loopback address (the simulated lab); ``proxy=None``.
- Every failure becomes an :class:`~app.domain.errors.ExecutionError` of a
  precise kind; no password ever reaches an exception text.

A runner belongs to one thread (pywinrm connections are not thread-safe).
"""

from __future__ import annotations

import contextlib
import errno
import http.client
import ipaddress
import math
import socket
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit
from xml.etree.ElementTree import ParseError

import requests
import urllib3.exceptions
from winrm.exceptions import (
    InvalidCredentialsError,
    WinRMError,
    WinRMOperationTimeoutError,
    WinRMTransportError,
    WSManFaultError,
)

from app.adapters.operation_contract import operation_command, parse_output
from app.adapters.tcp_probe import connect_patiently
from app.adapters.winrm_deadline import (
    WATCHDOG,
    AnswerTooLarge,
    DeadlinePassed,
    GuardedTransport,
    Redirected,
    TlsHandshakeStalled,
)
from app.adapters.winrm_envelopes import LeanProtocol
from app.domain.errors import ConnectionReason, ErrorKind, ExecutionError, account_form
from app.domain.ports import JSONValue

# Kerberos is not offered: pywinrm needs its [kerberos] extra (pykerberos/winkerberos)
# and a KDC to test it; "negotiate" is NTLM through pywinrm (see _ensure_protocol).
AUTH_METHODS = ("negotiate", "ntlm", "basic")
SHELL_NOT_FOUND = 2150858843
DEFAULT_TIMEOUT = 60.0
DEFAULT_PROBE_TIMEOUT = 1.5  # the pre-probe's least budget (and half the HTTP connect's)
# The pre-probe may go on trying for a third of the run's deadline, up to 8 s. The kernel
# sends a lost SYN again after 1 s (Linux; 3 s on Windows) and a listener whose backlog is
# full drops SYNs for a while: fresh attempts at 0, 1, 3 and 7 s ride out three losses in a
# row, and two thirds of the deadline stay for the exchange. A machine that is off costs
# that budget rather than 1.5 s: the price of not calling a busy machine unreachable.
PROBE_SHARE = 1 / 3
PROBE_CAP = 8.0
_MAX_OPERATION_TIMEOUT = 20  # seconds the service may hold one Receive
_CLOSE_TIMEOUT = 5.0
# getaddrinfo's "this name has no address" (EAI_NODATA exists on glibc only).
_NAME_UNKNOWN_ERRNOS = {socket.EAI_NONAME, getattr(socket, "EAI_NODATA", socket.EAI_NONAME)}
# OpenSSL X509_V_ERR_* codes (x509_vfy.h) -> which certificate check failed.
_VERIFY_CODES = {
    2: ConnectionReason.TLS_UNTRUSTED.value,  # UNABLE_TO_GET_ISSUER_CERT
    18: ConnectionReason.TLS_UNTRUSTED.value,  # DEPTH_ZERO_SELF_SIGNED_CERT
    19: ConnectionReason.TLS_UNTRUSTED.value,  # SELF_SIGNED_CERT_IN_CHAIN
    20: ConnectionReason.TLS_UNTRUSTED.value,  # UNABLE_TO_GET_ISSUER_CERT_LOCALLY
    21: ConnectionReason.TLS_UNTRUSTED.value,  # UNABLE_TO_VERIFY_LEAF_SIGNATURE
    9: ConnectionReason.TLS_EXPIRED.value,  # CERT_NOT_YET_VALID
    10: ConnectionReason.TLS_EXPIRED.value,  # CERT_HAS_EXPIRED
    62: ConnectionReason.TLS_NAME_MISMATCH.value,  # HOSTNAME_MISMATCH
    64: ConnectionReason.TLS_NAME_MISMATCH.value,  # IP_ADDRESS_MISMATCH
}


@dataclass(frozen=True)
class WinrmSettings:
    """How to reach one machine's WinRM service.

    Attributes:
        url: the endpoint, e.g. ``https://kms01.corp.example:5986/wsman``.
        auth: ``negotiate`` (NTLM through pywinrm), ``ntlm`` or ``basic``.
        user: the account; ``DOMAIN\\user`` or ``user@domain`` for domain accounts.
        password: never shown in ``repr`` or any message.
        ca_file: a PEM bundle of the CAs to trust for HTTPS (None: the system's).
        verify_tls: certificate validation; turning it off is the caller's explicit choice.
        timeout: default deadline of one ``run()`` in seconds.
        probe_timeout: how long the TCP pre-probe may take.
        codepage: the shell's code page (65001 = UTF-8, what the scripts emit).
    """

    url: str
    auth: str = "negotiate"
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    ca_file: str | None = None
    verify_tls: bool = True
    timeout: float = DEFAULT_TIMEOUT
    probe_timeout: float = DEFAULT_PROBE_TIMEOUT
    codepage: int = 65001


def default_url(host: str, *, https: bool = True) -> str:
    """The standard WinRM endpoint of ``host`` (5986 for HTTPS, 5985 for HTTP)."""
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"https://{shown}:5986/wsman" if https else f"http://{shown}:5985/wsman"


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this computer (127.0.0.0/8, ::1, localhost)."""
    name = host.strip("[]").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


class WinrmRunner:
    """:class:`app.domain.ports.ScriptRunner` over WinRM for one machine.

    Args:
        target: the machine as the user named it (used in messages).
        settings: endpoint, credentials, TLS and time-out choices.
    """

    def __init__(self, target: str, settings: WinrmSettings) -> None:
        self._target = target
        self.settings = settings
        parts = urlsplit(settings.url)
        self._scheme = (parts.scheme or "http").lower()
        self._host = parts.hostname or target
        self._port = parts.port or (5986 if self._scheme == "https" else 5985)
        self._protocol: LeanProtocol | None = None
        self._transport: GuardedTransport | None = None
        self._shell_id: str | None = None
        self._pending_cleanup: tuple[str, str] | None = None

    @property
    def target(self) -> str:
        return self._target

    @property
    def port(self) -> int:
        return self._port

    # --- the port --------------------------------------------------------

    def run(
        self,
        operation: str,
        params: Mapping[str, JSONValue] | None = None,
        *,
        timeout: float | None = None,
    ) -> dict[str, JSONValue]:
        """Run ``operation`` and return its JSON document (see ``ScriptRunner.run``)."""
        wire = operation_command(self._target, operation, params)
        seconds = self.settings.timeout if timeout is None else timeout
        started = time.monotonic()
        stdout, stderr, exit_code = self.run_command_line(
            wire.command_line, timeout=timeout, stdin=wire.stdin
        )
        if time.monotonic() - started > seconds:  # F4: no decoding on borrowed time
            raise ExecutionError(ErrorKind.TIMEOUT, self._target, _seconds(seconds))
        return parse_output(self._target, stdout, stderr, exit_code)

    def run_command_line(
        self, command: str, *, timeout: float | None = None, stdin: bytes | None = None
    ) -> tuple[bytes, bytes, int]:
        """Run one command line in the runner's shell: (stdout, stderr, exit code).

        ``stdin`` (secrets) is sent as the command's whole standard input (WinRS
        ``Send`` with ``End="true"``) right after it starts; None sends nothing.

        Raises:
            ExecutionError: any failure, within ``timeout`` (or the settings' default).
        """
        seconds = self.settings.timeout if timeout is None else timeout
        deadline = time.monotonic() + max(seconds, 0.0)
        transport = self._ensure_protocol()
        transport.start_run(deadline)
        alarm = WATCHDOG.arm(deadline, transport.abort)
        try:
            return self._exchange(command, deadline, seconds, stdin)
        except ExecutionError:
            raise
        except Exception as problem:
            failure = self._classify(problem, seconds, aborted=transport.aborted)
            if failure.kind not in (ErrorKind.SCRIPT_FAILED, ErrorKind.MALFORMED_OUTPUT):
                self._shell_id = None  # the connection broke: probe and reopen next time
            raise failure from problem
        finally:
            WATCHDOG.disarm(alarm)
            transport.aborted = False
            transport.deadline = math.inf

    def close(self) -> None:
        """Delete the shell (briefly, best effort) and close the HTTP session."""
        protocol, transport, shell_id = self._protocol, self._transport, self._shell_id
        self._shell_id = None
        self._pending_cleanup = None  # deleting the shell frees its commands too
        if protocol is None or transport is None:
            return
        if shell_id is not None:
            transport.deadline = time.monotonic() + min(_CLOSE_TIMEOUT, self.settings.timeout)
            with contextlib.suppress(Exception):
                protocol.close_shell(shell_id, close_session=False)
            transport.deadline = math.inf
        transport.close_session()

    # --- the exchange ----------------------------------------------------

    def _exchange(
        self, command: str, deadline: float, seconds: float, stdin: bytes | None = None
    ) -> tuple[bytes, bytes, int]:
        protocol = self._protocol
        assert protocol is not None
        if self._shell_id is None:
            self._pending_cleanup = None
            self._probe(deadline, seconds)
            try:
                self._shell_id = protocol.open_shell(
                    codepage=self.settings.codepage, noprofile=True
                )
            except Exception as problem:
                # Reset before any answer on a new connection: a listener whose accept queue
                # was full took the handshake but had no room for the connection (F3). No
                # command ran (at worst a shell the service reclaims when idle): once more.
                transport = self._transport
                assert transport is not None
                if not _caused_by(problem, ConnectionResetError) or transport.aborted:
                    raise
                self._probe(deadline, seconds)
                self._shell_id = protocol.open_shell(
                    codepage=self.settings.codepage, noprofile=True
                )
        shell_id = self._shell_id
        self._cleanup_previous()
        # Input goes through a pipe (as Ansible does), so the script's $input sees its end.
        console_stdin = stdin is None
        try:
            command_id = protocol.run_command(shell_id, command, console_mode_stdin=console_stdin)
        except WSManFaultError as fault:
            if fault.wsman_fault_code != SHELL_NOT_FOUND:
                raise
            # The service forgot the shell (idle time-out, restart): open a new one once.
            self._shell_id = None
            self._shell_id = protocol.open_shell(codepage=self.settings.codepage, noprofile=True)
            shell_id = self._shell_id
            command_id = protocol.run_command(shell_id, command, console_mode_stdin=console_stdin)
        if stdin is not None:
            # The command may already have ended without reading (PowerShell 2.0 and the
            # guard's refusal): a fault here is ignored, its output still says why.
            with contextlib.suppress(WSManFaultError):
                protocol.send_input(shell_id, command_id, stdin, end=True)
        out: list[bytes] = []
        err: list[bytes] = []
        while True:
            self._set_operation_timeout(deadline)
            try:
                stdout, stderr, exit_code, done = protocol.get_command_output_raw(
                    shell_id, command_id
                )
            except WinRMOperationTimeoutError:
                if time.monotonic() >= deadline:
                    raise
                continue  # the command still runs; ask again while time is left
            out.append(stdout)
            err.append(stderr)
            if done:
                break
            assert self._transport is not None
            self._transport.check_deadline()
        # The command is finished and its output ours. Freeing it on the service (Signal
        # terminate) waits for the next command: when the shell is deleted instead (a
        # scan's one command per host), the Delete frees it and a round trip is saved.
        self._pending_cleanup = (shell_id, command_id)
        return b"".join(out), b"".join(err), exit_code

    def _cleanup_previous(self) -> None:
        pending, self._pending_cleanup = self._pending_cleanup, None
        if pending is None or self._protocol is None or pending[0] != self._shell_id:
            return
        with contextlib.suppress(WinRMError, WinRMTransportError, requests.RequestException):
            self._protocol.cleanup_command(*pending)

    def _set_operation_timeout(self, deadline: float) -> None:
        assert self._protocol is not None
        remaining = deadline - time.monotonic()
        self._protocol.operation_timeout_sec = max(
            1, min(_MAX_OPERATION_TIMEOUT, int(remaining) - 1)
        )

    def _probe(self, deadline: float, seconds: float) -> None:
        """Connect to the endpoint, trying again within the probe's budget; hand the socket on."""
        share = min(seconds * PROBE_SHARE, PROBE_CAP)
        budget = min(max(self.settings.probe_timeout, share), deadline - time.monotonic())
        if budget <= 0:
            raise ExecutionError(ErrorKind.TIMEOUT, self._target, _seconds(seconds))
        try:
            sock = connect_patiently(self._host, self._port, budget=budget)
        except TimeoutError:
            raise self._error(
                ErrorKind.UNREACHABLE,
                reason="no answer to TCP connect",
                reason_code=ConnectionReason.NO_ANSWER.value,
            ) from None
        except ConnectionRefusedError:
            raise self._error(
                ErrorKind.REFUSED, reason_code=ConnectionReason.NO_LISTENER.value
            ) from None
        except socket.gaierror as problem:
            # EAI_NONAME (and EAI_NODATA, "no address for the name") is DNS saying no;
            # other getaddrinfo errors (EAI_AGAIN: no DNS server answered) are not that.
            found_nothing = problem.errno in _NAME_UNKNOWN_ERRNOS
            raise self._error(
                ErrorKind.UNREACHABLE,
                reason="host name not found" if found_nothing else "name lookup failed",
                reason_code=ConnectionReason.NAME_NOT_FOUND.value if found_nothing else None,
                name=self._host,
            ) from None
        except OSError as problem:
            if problem.errno == errno.ECONNREFUSED:
                raise self._error(
                    ErrorKind.REFUSED, reason_code=ConnectionReason.NO_LISTENER.value
                ) from None
            raise self._error(
                ErrorKind.UNREACHABLE, reason=problem.strerror or type(problem).__name__
            ) from None
        assert self._transport is not None
        self._transport.hand_over(sock)

    def _ensure_protocol(self) -> GuardedTransport:
        if self._transport is not None:
            return self._transport
        settings = self.settings
        auth = settings.auth.lower()
        if auth not in AUTH_METHODS:
            # e.g. "kerberos" from a script or an older setting: refused with the way out.
            raise ExecutionError(
                ErrorKind.UNSUPPORTED,
                self._target,
                f"authentication {auth!r} (use negotiate, which is NTLM, ntlm or basic)",
            )
        if self._scheme not in ("http", "https"):
            raise ExecutionError(ErrorKind.UNSUPPORTED, self._target, f"URL scheme {self._scheme}")
        if auth == "basic" and self._scheme == "http" and not is_loopback(self._host):
            raise ExecutionError(
                ErrorKind.UNSUPPORTED,
                self._target,
                "Basic authentication over plain HTTP would send the password in clear; "
                "use HTTPS, or Negotiate (NTLM)",
            )
        transport_name = {"negotiate": "ntlm"}.get(auth, auth)
        encrypt = "always" if self._scheme == "http" and auth != "basic" else "never"
        verify = "validate" if settings.verify_tls else "ignore"
        operation_timeout = _MAX_OPERATION_TIMEOUT
        options: dict[str, Any] = {
            "endpoint": settings.url,
            "username": settings.user,
            "password": settings.password,
            "ca_trust_path": settings.ca_file if settings.verify_tls else None,
            "server_cert_validation": verify,
            "read_timeout_sec": operation_timeout + 10,
            "message_encryption": encrypt,
            "proxy": None,
        }
        try:
            protocol = LeanProtocol(
                transport=transport_name,  # type: ignore[arg-type]
                operation_timeout_sec=operation_timeout,
                service="HTTP",
                **options,
            )
            transport = GuardedTransport(
                auth_method=transport_name,
                service="HTTP",
                connect_timeout=settings.probe_timeout * 2,
                **options,
            )
        except WinRMError as problem:
            raise ExecutionError(
                ErrorKind.UNSUPPORTED, self._target, _safe_text(problem, settings.password)
            ) from None
        protocol.transport = transport
        self._protocol, self._transport = protocol, transport
        return transport

    # --- errors ----------------------------------------------------------

    def _error(
        self, kind: ErrorKind, *, reason: str = "", detail: str | None = None, **data: object
    ) -> ExecutionError:
        """A failure with the endpoint's facts: port, scheme, URL (and a reason code)."""
        details = {"port": self._port, "scheme": self._scheme, "url": self.settings.url}
        details.update({key: value for key, value in data.items() if value is not None})
        if reason:
            details["reason"] = reason
        shown = str(self._port) if detail is None else detail
        return ExecutionError(kind, self._target, shown, data=details)

    def _classify(self, problem: BaseException, seconds: float, *, aborted: bool) -> ExecutionError:
        """Map what pywinrm, requests or the socket raised to a typed failure."""
        host = self._target
        if aborted:  # a request was sent and nothing came back before the deadline
            return self._error(
                ErrorKind.TIMEOUT,
                detail=_seconds(seconds),
                reason_code=ConnectionReason.SILENT.value,
                seconds=_seconds(seconds),
            )
        if isinstance(problem, DeadlinePassed | WinRMOperationTimeoutError):
            return ExecutionError(ErrorKind.TIMEOUT, host, _seconds(seconds))
        if isinstance(problem, AnswerTooLarge):
            return self._error(
                ErrorKind.ANSWER_TOO_LARGE,
                detail=f"{problem.limit / (1 << 20):g}",
                reason=f"answer larger than {problem.limit} bytes",
                limit_bytes=problem.limit,
            )
        if isinstance(problem, Redirected) or (
            isinstance(problem, WinRMTransportError) and 300 <= (problem.code or 0) < 400
        ):
            status = problem.status if isinstance(problem, Redirected) else problem.code
            return self._error(ErrorKind.REDIRECTED, detail=str(status), http_status=status)
        if isinstance(problem, TlsHandshakeStalled):
            return self._error(ErrorKind.TLS_HANDSHAKE, reason="TLS handshake did not complete")
        not_http = _not_http(problem)  # a header line over 64 KiB, a status line not HTTP…
        if not_http is not None:
            return self._error(ErrorKind.NOT_HTTP, reason=_first_line(not_http))
        if isinstance(problem, InvalidCredentialsError):
            user = self.settings.user or ""
            return self._error(
                ErrorKind.CREDENTIALS,
                detail="",
                http_status=401,
                auth=self.settings.auth,
                reason_code=ConnectionReason.ACCOUNT_REFUSED.value,
                user=user,
                account_form=account_form(user, self._host).value,
            )
        if isinstance(problem, WSManFaultError):
            code = problem.wsman_fault_code
            reason = _safe_text(problem.reason, self.settings.password)
            return ExecutionError(
                ErrorKind.WSMAN_FAULT,
                host,
                f"{code}: {reason}" if code is not None else reason,
                data={
                    "wsman_fault_code": code,
                    "fault_code": problem.fault_code,
                    "fault_subcode": problem.fault_subcode,
                    "reason": reason,
                    "http_status": problem.code,
                },
            )
        if isinstance(problem, WinRMTransportError):
            return ExecutionError(
                ErrorKind.WSMAN_FAULT,
                host,
                f"HTTP {problem.code}",
                data={"http_status": problem.code},
            )
        if isinstance(problem, requests.exceptions.SSLError) or _caused_by(problem, ssl.SSLError):
            reason, code = _tls_failure(problem)
            return self._error(ErrorKind.TLS, detail="", reason=reason, reason_code=code)
        if isinstance(problem, requests.exceptions.ConnectTimeout):
            return self._error(
                ErrorKind.UNREACHABLE,
                reason="connect timed out",
                reason_code=ConnectionReason.NO_ANSWER.value,
            )
        if isinstance(problem, requests.exceptions.Timeout) or _caused_by(problem, TimeoutError):
            return self._error(
                ErrorKind.TIMEOUT,
                detail=_seconds(seconds),
                reason_code=ConnectionReason.SILENT.value,
                seconds=_seconds(seconds),
            )
        if _caused_by(problem, ConnectionRefusedError):
            return self._error(ErrorKind.REFUSED, reason_code=ConnectionReason.NO_LISTENER.value)
        if _caused_by(problem, ConnectionResetError):
            return self._error(ErrorKind.UNREACHABLE, reason="connection reset")
        if isinstance(problem, requests.RequestException) or _caused_by(
            problem, http.client.HTTPException, urllib3.exceptions.HTTPError, OSError
        ):
            return self._error(ErrorKind.UNREACHABLE, reason="connection closed without an answer")
        if isinstance(problem, ParseError | StopIteration | KeyError | ValueError | AssertionError):
            return ExecutionError(
                ErrorKind.MALFORMED_OUTPUT, host, data={"reason": type(problem).__name__}
            )
        if isinstance(problem, WinRMError):
            return ExecutionError(
                ErrorKind.UNSUPPORTED, host, _safe_text(problem, self.settings.password)
            )
        return ExecutionError(
            ErrorKind.MALFORMED_OUTPUT, host, data={"reason": type(problem).__name__}
        )


def _seconds(value: float) -> str:
    return f"{value:g}"


def _safe_text(value: object, password: str | None) -> str:
    text = str(value)
    return text.replace(password, "********") if password else text


def _chain(problem: BaseException) -> list[BaseException]:
    """The exception and what it wraps (cause, context, requests' and urllib3's reasons)."""
    found: list[BaseException] = []
    pending = [problem]
    while pending and len(found) < 12:
        current = pending.pop(0)
        if any(current is seen for seen in found):
            continue
        found.append(current)
        nested = [current.__cause__, current.__context__, getattr(current, "reason", None)]
        nested += list(current.args[:1])
        pending += [n for n in nested if isinstance(n, BaseException)]
    return found


def _caused_by(problem: BaseException, *types: type[BaseException]) -> bool:
    return any(isinstance(link, types) for link in _chain(problem))


def _not_http(problem: BaseException) -> BaseException | None:
    """What http.client raised when the machine answered with something that is not HTTP.

    http.client reads a status or header line of at most 64 KiB (``_MAXLINE``) and
    100 headers, and raises; a connection closed before any answer is not this.
    """
    for link in _chain(problem):
        if isinstance(link, http.client.RemoteDisconnected):
            return None
        if isinstance(link, _NOT_HTTP) or type(link) is http.client.HTTPException:
            return link
    return None


_NOT_HTTP = (http.client.LineTooLong, http.client.BadStatusLine, http.client.UnknownProtocol)


def _first_line(problem: BaseException) -> str:
    """A short technical reason; the text may quote what the machine sent, so it is cut."""
    text = str(problem).strip()
    return (
        f"{type(problem).__name__}: {text.splitlines()[0][:120]}"
        if text
        else type(problem).__name__
    )


def _tls_failure(problem: BaseException) -> tuple[str, str | None]:
    """OpenSSL's own words, and which check failed (a ConnectionReason value) when known."""
    for link in _chain(problem):
        if isinstance(link, ssl.SSLCertVerificationError):
            code = _VERIFY_CODES.get(link.verify_code)
            return link.verify_message or "certificate verify failed", code
        if isinstance(link, ssl.SSLError):
            return link.reason or "TLS error", None
    return "TLS handshake failed", None
