"""Typed failures of work on a remote or local Windows machine.

Every adapter maps what went wrong (socket errors, HTTP 401, SOAP faults, a
script that reported an HRESULT, output that is not JSON) onto one
:class:`ExecutionError` with an :class:`ErrorKind`. The kind carries a
translatable explanation and a hint; the UI and the CLI render them in the
user's language. Exception texts never contain passwords or full product keys.
"""

from __future__ import annotations

from enum import Enum

from app.domain.text import QT_TRANSLATE_NOOP, Message, Text, msg


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
    # The machine answered, but not as a WinRM service can (issue 15, F1 and F8).
    ANSWER_TOO_LARGE = (
        QT_TRANSLATE_NOOP(
            "ExecutionError",
            "%1 sent an answer of more than %2 MB; the wizard stopped reading it.",
        ),
        QT_TRANSLATE_NOOP(
            "ExecutionError",
            "A WinRM answer holds a few hundred kilobytes at most, so what answers on that "
            "port is not a working WinRM service, or a device in between alters the traffic. "
            "Check the machine's address and port, and restart its WinRM service "
            "(Restart-Service WinRM).",
        ),
    )
    NOT_HTTP = (
        QT_TRANSLATE_NOOP(
            "ExecutionError",
            "%1 answered on port %2, but not with an HTTP answer WinRM would send.",
        ),
        QT_TRANSLATE_NOOP(
            "ExecutionError",
            "Another service may listen on that port, or a device in between alters the "
            "traffic. Check the port: WinRM listens on 5985 (HTTP) and 5986 (HTTPS).",
        ),
    )
    TLS_HANDSHAKE = (
        QT_TRANSLATE_NOOP(
            "ExecutionError",
            "%1 accepted the connection on port %2, but the TLS handshake did not complete.",
        ),
        QT_TRANSLATE_NOOP(
            "ExecutionError",
            "Something on that port takes connections but does not speak TLS, such as an HTTP "
            "listener, or the machine's WinRM service is stuck. Check that the port is the "
            "machine's HTTPS listener (5986), or choose HTTP (5985).",
        ),
    )
    REDIRECTED = (
        QT_TRANSLATE_NOOP(
            "ExecutionError", "%1 answered with a redirection (HTTP %2) instead of WinRM."
        ),
        QT_TRANSLATE_NOOP(
            "ExecutionError",
            "A WinRM service never redirects, so the address leads to a web server or a proxy. "
            "Check the WinRM address under Advanced: its port, and its path (usually /wsman).",
        ),
    )

    @property
    def summary(self) -> Text:
        return self.value[0]

    @property
    def hint(self) -> Text:
        return self.value[1]

    @property
    def cli_hint(self) -> Text:
        """The hint as the command line words it (its options instead of the wizard's fields)."""
        return CLI_HINTS.get(self, self.value[1])


# Hints that name a setting of the wizard: on the command line, the option that sets it.
CLI_HINTS = {
    ErrorKind.TIMEOUT: QT_TRANSLATE_NOOP(
        "ExecutionError",
        "The machine or the network is too slow or overloaded. Try again, or allow more time "
        "with --timeout (seconds).",
    ),
    ErrorKind.REDIRECTED: QT_TRANSLATE_NOOP(
        "ExecutionError",
        "A WinRM service never redirects, so the address leads to a web server or a proxy. "
        "Check --winrm-url: its port, and its path (usually /wsman).",
    ),
}


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


def for_cli(hint: Message | None) -> Message | None:
    """``hint`` as the command line words it, when it names a field of the wizard."""
    if hint is None:
        return None
    for kind, text in CLI_HINTS.items():
        if hint.text == kind.hint:
            return msg(text, *hint.args)
    return hint


# --- what exactly went wrong with a connection ----------------------------------------------


class ConnectionReason(Enum):
    """Why a connection failed, as data: ``ExecutionError.data["reason_code"]``.

    The adapter sets it (with ``port`` and ``scheme``); :func:`explain` turns it into
    the sentence and the fix for that very case.
    """

    NAME_NOT_FOUND = "name-not-found"  # DNS knows no address for the name
    NO_LISTENER = "no-listener"  # TCP refused: the machine is up, nothing listens
    NO_ANSWER = "no-answer"  # TCP connect unanswered: off, or a firewall drops
    SILENT = "silent"  # connected, request sent, no answer before the deadline
    TLS_UNTRUSTED = "tls-untrusted"
    TLS_NAME_MISMATCH = "tls-name-mismatch"
    TLS_EXPIRED = "tls-expired"
    ACCOUNT_REFUSED = "account-refused"  # HTTP 401 to the credentials


class AccountForm(Enum):
    """How the user name was written; each form fails for its own reasons."""

    DOMAIN = "domain"  # EXAMPLE\\name
    UPN = "upn"  # name@corp.example
    LOCAL = "local"  # .\\name or MACHINE\\name
    BARE = "bare"  # name alone


def account_form(user: str, host: str) -> AccountForm:
    """The form of ``user`` (``host`` tells ``MACHINE\\name``, a local account, apart)."""
    prefix, backslash, _ = user.partition("\\")
    if backslash:
        machine = host.split(".", 1)[0].lower()
        return (
            AccountForm.LOCAL
            if prefix in (".", "") or prefix.lower() == machine
            else AccountForm.DOMAIN
        )
    return AccountForm.UPN if "@" in user else AccountForm.BARE


NAME_NOT_FOUND = (
    QT_TRANSLATE_NOOP(
        "ExecutionError", "The name %1 could not be found (DNS): no address is known for it."
    ),
    QT_TRANSLATE_NOOP(
        "ExecutionError",
        "Check the spelling. Type the full name (such as kms01.corp.example) or the IP "
        "address; the DNS servers of this computer must know the name.",
    ),
)
NO_LISTENER = QT_TRANSLATE_NOOP(
    "ExecutionError", "%1 refused the connection on port %2 (%3): no WinRM listener answers there."
)
NO_LISTENER_HTTP = QT_TRANSLATE_NOOP(
    "ExecutionError",
    "The machine is on, but WinRM does not listen on port %1. Run “winrm quickconfig” on the "
    "machine: it starts the service, creates the HTTP listener on port 5985 and opens the "
    "firewall for it.",
)
NO_LISTENER_HTTPS = QT_TRANSLATE_NOOP(
    "ExecutionError",
    "The machine is on, but nothing listens on HTTPS port %1. “winrm quickconfig” creates "
    "only the HTTP listener (port 5985): choose HTTP with Negotiate, or create an HTTPS "
    "listener with a certificate made out to the machine's name (“winrm quickconfig "
    "-transport:https”).",
)
NO_ANSWER = (
    QT_TRANSLATE_NOOP("ExecutionError", "%1 did not answer the connection on port %2 (%3)."),
    QT_TRANSLATE_NOOP(
        "ExecutionError",
        "The machine is off, or a firewall silently drops the traffic. Check that it is on "
        "and that its firewall lets this computer reach port %1.",
    ),
)
SILENT = (
    QT_TRANSLATE_NOOP(
        "ExecutionError",
        "%1 accepted the connection on port %2 (%3) but did not answer within %4 seconds.",
    ),
    QT_TRANSLATE_NOOP(
        "ExecutionError",
        "The WinRM service on the machine is overloaded or stuck, or a device in between holds "
        "the traffic. Try again; if it persists, restart the service on the machine "
        "(Restart-Service WinRM).",
    ),
)
TLS_UNTRUSTED = (
    QT_TRANSLATE_NOOP(
        "ExecutionError",
        "The certificate of %1 (HTTPS, port %2) comes from a certification authority this "
        "computer does not trust.",
    ),
    QT_TRANSLATE_NOOP(
        "ExecutionError",
        "Choose as CA file the certificate of the authority that issued the machine's WinRM "
        "certificate (PEM, or a Base-64 .cer). Or choose HTTP with Negotiate, which needs no "
        "certificate.",
    ),
)
TLS_NAME_MISMATCH = (
    QT_TRANSLATE_NOOP(
        "ExecutionError",
        "The certificate of %1 (HTTPS, port %2) is made out to another name than %1.",
    ),
    QT_TRANSLATE_NOOP(
        "ExecutionError",
        "Type the host name the certificate names, usually the machine's full name (such as "
        "kms01.corp.example) rather than its IP address or short name.",
    ),
)
TLS_EXPIRED = (
    QT_TRANSLATE_NOOP(
        "ExecutionError", "The certificate of %1 (HTTPS, port %2) has expired or is not valid yet."
    ),
    QT_TRANSLATE_NOOP(
        "ExecutionError",
        "Renew the machine's WinRM certificate and bind the new one to its HTTPS listener, "
        "and check that the clocks of both computers are right. Meanwhile, HTTP with "
        "Negotiate needs no certificate.",
    ),
)
ACCOUNT_REFUSED = QT_TRANSLATE_NOOP(
    "ExecutionError", "%1 refused the account %2 or its password (%3, port %4)."
)
ACCOUNT_HINTS = {
    AccountForm.DOMAIN: QT_TRANSLATE_NOOP(
        "ExecutionError",
        "Check the password, and the domain before the backslash (its short name, such as "
        "EXAMPLE\\administrator). The account must be a member of the machine's "
        "Administrators group.",
    ),
    AccountForm.UPN: QT_TRANSLATE_NOOP(
        "ExecutionError",
        "Check the password, and the domain after the @ (such as administrator@corp.example). "
        "The account must be a member of the machine's Administrators group.",
    ),
    AccountForm.LOCAL: QT_TRANSLATE_NOOP(
        "ExecutionError",
        "Check the password of this local account. Only the built-in Administrator may work "
        "remotely by default: UAC remote restrictions take the rights of any other local "
        "administrator unless LocalAccountTokenFilterPolicy is 1 under HKLM\\SOFTWARE\\"
        "Microsoft\\Windows\\CurrentVersion\\Policies\\System. A domain account avoids this.",
    ),
    AccountForm.BARE: QT_TRANSLATE_NOOP(
        "ExecutionError",
        "The name has no domain. Write DOMAIN\\name or name@domain for a domain account, and "
        ".\\name for an account of the machine itself; then check the password.",
    ),
}
BASIC_DOMAIN_ACCOUNT = QT_TRANSLATE_NOOP(
    "ExecutionError",
    "Basic authentication accepts only the machine's local accounts. Choose Negotiate (NTLM) "
    "for a domain account, or write a local account as .\\name.",
)


# The ``ExecutionError.data`` fields :func:`explain` reads: a stored scan keeps these to
# explain a host's failure again later (none is a secret: the user name is not one).
EXPLAIN_FIELDS = (
    "reason_code",
    "port",
    "scheme",
    "name",
    "seconds",
    "account_form",
    "auth",
    "user",
)


def explain(error: ExecutionError, *, cli: bool = False) -> tuple[Message, Message]:
    """What happened and what to do, for this very case (the kind's texts otherwise).

    ``cli``: the fix names the command line's options rather than the wizard's fields.
    """
    data = error.data
    host, port = error.host, str(data.get("port", error.detail))
    scheme = str(data.get("scheme", "")).upper()
    try:
        reason = ConnectionReason(data.get("reason_code"))
    except ValueError:
        hint = error.kind.cli_hint if cli else error.kind.hint
        return msg(error.kind.summary, *error.args_for_summary), msg(hint)
    if reason is ConnectionReason.NAME_NOT_FOUND:
        return msg(NAME_NOT_FOUND[0], data.get("name", host)), msg(NAME_NOT_FOUND[1])
    if reason is ConnectionReason.NO_LISTENER:
        fix = NO_LISTENER_HTTPS if scheme == "HTTPS" else NO_LISTENER_HTTP
        return msg(NO_LISTENER, host, port, scheme), msg(fix, port)
    if reason is ConnectionReason.NO_ANSWER:
        return msg(NO_ANSWER[0], host, port, scheme), msg(NO_ANSWER[1], port)
    if reason is ConnectionReason.SILENT:
        return msg(SILENT[0], host, port, scheme, data.get("seconds", error.detail)), msg(SILENT[1])
    if reason is ConnectionReason.ACCOUNT_REFUSED:
        form = AccountForm(data.get("account_form", AccountForm.BARE.value))
        if data.get("auth") == "basic":  # Basic logs on to the machine's own accounts only
            domain = form in (AccountForm.DOMAIN, AccountForm.UPN)
            fix = BASIC_DOMAIN_ACCOUNT if domain else ACCOUNT_HINTS[AccountForm.LOCAL]
        else:
            fix = ACCOUNT_HINTS[form]
        return msg(ACCOUNT_REFUSED, host, data.get("user", ""), scheme, port), msg(fix)
    texts = {
        ConnectionReason.TLS_UNTRUSTED: TLS_UNTRUSTED,
        ConnectionReason.TLS_NAME_MISMATCH: TLS_NAME_MISMATCH,
        ConnectionReason.TLS_EXPIRED: TLS_EXPIRED,
    }[reason]
    return msg(texts[0], host, port), msg(texts[1])
