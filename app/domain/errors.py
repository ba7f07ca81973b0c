"""Typed failures of work on a remote or local Windows machine.

Every adapter maps what went wrong (socket errors, HTTP 401, SOAP faults, a
script that reported an HRESULT, output that is not JSON) onto one
:class:`ExecutionError` with an :class:`ErrorKind`. The kind carries a
translatable explanation and a hint; the UI and the CLI render them in the
user's language. Exception texts never contain passwords or full product keys.
"""

from __future__ import annotations

from enum import Enum

from app.domain.text import QT_TRANSLATE_NOOP, Text


class ErrorKind(Enum):
    """What kind of failure, each with an explanation and the fix to try."""

    UNREACHABLE = (
        QT_TRANSLATE_NOOP("ExecutionError", "%1 could not be reached on port %2."),
        QT_TRANSLATE_NOOP(
            "ExecutionError",
            "Check the host name and that the machine is on. WinRM listens on 5985 (HTTP) "
            "or 5986 (HTTPS): run “winrm quickconfig” on the machine, and allow the port "
            "in its firewall.",
        ),
    )
    REFUSED = (
        QT_TRANSLATE_NOOP("ExecutionError", "%1 refused the connection on port %2."),
        QT_TRANSLATE_NOOP(
            "ExecutionError",
            "The machine is up but no WinRM listener answers on that port. Run "
            "“winrm quickconfig” (HTTP) or create an HTTPS listener, or pick the other "
            "protocol.",
        ),
    )
    TIMEOUT = (
        QT_TRANSLATE_NOOP("ExecutionError", "%1 did not answer within %2 seconds."),
        QT_TRANSLATE_NOOP(
            "ExecutionError",
            "The machine or the network is too slow or overloaded. Try again, or raise "
            "the time-out under Advanced.",
        ),
    )
    CREDENTIALS = (
        QT_TRANSLATE_NOOP("ExecutionError", "%1 rejected the user name or password."),
        QT_TRANSLATE_NOOP(
            "ExecutionError",
            "Check the password. Basic authentication works only with local accounts; use "
            "Negotiate (NTLM) for a domain account. A local administrator other than the "
            "built-in Administrator needs LocalAccountTokenFilterPolicy=1 (UAC remote "
            "restrictions).",
        ),
    )
    TLS = (
        QT_TRANSLATE_NOOP("ExecutionError", "The certificate of %1 could not be verified."),
        QT_TRANSLATE_NOOP(
            "ExecutionError",
            "Give the CA file that issued the machine's WinRM certificate, or check that "
            "the name you typed matches the certificate. Turning validation off is "
            "possible but exposes the password to whoever sits in between.",
        ),
    )
    WSMAN_FAULT = (
        QT_TRANSLATE_NOOP("ExecutionError", "WinRM on %1 reported a fault: %2"),
        QT_TRANSLATE_NOOP(
            "ExecutionError",
            "Read the fault code and reason. Quotas (MaxShellsPerUser), a policy refusing "
            "unencrypted traffic or an account that may not log on remotely are the usual "
            "causes.",
        ),
    )
    SCRIPT_FAILED = (
        QT_TRANSLATE_NOOP("ExecutionError", "The operation failed on %1 with error %2."),
        QT_TRANSLATE_NOOP("ExecutionError", "See the explanation of the error code below."),
    )
    MALFORMED_OUTPUT = (
        QT_TRANSLATE_NOOP("ExecutionError", "%1 sent an answer that could not be understood."),
        QT_TRANSLATE_NOOP(
            "ExecutionError",
            "The answer was cut off or garbled. Try again; if it persists, check that "
            "Windows PowerShell 3.0 or later is installed on the machine.",
        ),
    )
    POWERSHELL_TOO_OLD = (
        QT_TRANSLATE_NOOP(
            "ExecutionError",
            "%1 runs Windows PowerShell %2; the wizard needs Windows PowerShell 3.0 or later.",
        ),
        QT_TRANSLATE_NOOP(
            "ExecutionError",
            "Install Windows Management Framework 5.1 on the machine. It needs Windows 7 SP1 or "
            "Windows Server 2008 R2 SP1 and .NET Framework 4.5.2, and a restart.",
        ),
    )
    CONSTRAINED_LANGUAGE = (
        QT_TRANSLATE_NOOP(
            "ExecutionError",
            "Windows PowerShell on %1 runs in %2 mode, where the wizard's scripts cannot work.",
        ),
        QT_TRANSLATE_NOOP(
            "ExecutionError",
            "Application control restricts PowerShell on this machine. With AppLocker script "
            "rules, connect with an account they allow (the default rules allow the "
            "Administrators group). With Windows Defender Application Control (WDAC), commands "
            "sent to PowerShell always run restricted: the policy must allow them (for example "
            "in audit mode) while the wizard works on this machine.",
        ),
    )
    UNSUPPORTED = (
        QT_TRANSLATE_NOOP("ExecutionError", "This cannot be done on %1: %2"),
        QT_TRANSLATE_NOOP(
            "ExecutionError", "Run the wizard on a machine where this transport exists."
        ),
    )

    @property
    def summary(self) -> Text:
        return self.value[0]

    @property
    def hint(self) -> Text:
        return self.value[1]


class ExecutionError(Exception):
    """A failed operation on a machine.

    Attributes:
        kind: what failed, with its translatable explanation and hint.
        host: the machine as the user named it.
        detail: a technical detail for the second argument of the summary
            (port, seconds, HRESULT, fault reason…); never a secret.
        hresult: the Windows error code when the script reported one.
        data: extra typed fields (fault code, HTTP status…).
    """

    def __init__(
        self,
        kind: ErrorKind,
        host: str,
        detail: str = "",
        *,
        hresult: int | None = None,
        data: dict[str, object] | None = None,
    ) -> None:
        self.kind = kind
        self.host = host
        self.detail = detail
        self.hresult = hresult
        self.data = dict(data or {})
        super().__init__(f"{kind.name} {host}: {detail}".rstrip(": "))

    @property
    def args_for_summary(self) -> tuple[str, str]:
        return (self.host, self.detail)
