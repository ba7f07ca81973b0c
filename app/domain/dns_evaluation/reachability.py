"""The reachability check: does each published host accept TCP connections on its port."""

from __future__ import annotations

from app.domain.dns import CheckId, Finding, ProbeStatus, Severity, relative_name
from app.domain.dns_evaluation.view import CheckView, finding, seconds
from app.domain.text import QT_TRANSLATE_NOOP, msg

# --- tcp-reachable --------------------------------------------------------------------
TCP_OK = QT_TRANSLATE_NOOP("DnsCheck", "%1 (%2) accepts connections on port %3.")
TCP_REFUSED = QT_TRANSLATE_NOOP("DnsCheck", "%1 (%2) refused the connection on port %3.")
TCP_TIMEOUT = QT_TRANSLATE_NOOP(
    "DnsCheck", "%1 (%2) did not accept a connection on port %3 within %4 s."
)
TCP_UNREACHABLE = QT_TRANSLATE_NOOP("DnsCheck", "%1 (%2) cannot be reached on port %3: %4.")
TCP_SKIPPED = QT_TRANSLATE_NOOP(
    "DnsCheck", "%1 (%2) was not tested on port %3: the time budget was used up."
)
TCP_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Clients connect to the KMS host over TCP on this port. If it is closed, activation "
    "fails with 0xC004F074 (no KMS host could be contacted).",
)
TCP_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "On %1, check that the Software Protection service runs and listens on port %2, and "
    "that the firewall allows it (for clients in the domain, on any subnet: "
    "Enable-NetFirewallRule -Name SPPSVC-In-TCP-NoScope); test from a client with "
    "Test-NetConnection %1 -Port %2.",
)


def check_tcp_reachable(view: CheckView) -> list[Finding]:
    """``tcp-reachable``: whether each published address accepts connections."""
    probes = list(view.obs.probes)
    any_reachable = any(p.status is ProbeStatus.REACHABLE for p in probes)
    findings = []
    for probe in probes:
        name = relative_name(probe.target)
        where = f"{name} ({probe.address})"
        args = (name, probe.address, probe.port)
        if probe.status is ProbeStatus.REACHABLE:
            findings.append(
                finding(CheckId.TCP_REACHABLE, Severity.OK, where, msg(TCP_OK, *args), msg(TCP_WHY))
            )
            continue
        if view.host:
            severity = Severity.ERROR if view.points_at_host(probe.target) else Severity.WARNING
        else:
            severity = Severity.WARNING if any_reachable else Severity.ERROR
        if probe.status is ProbeStatus.REFUSED:
            detail = msg(TCP_REFUSED, *args)
        elif probe.status is ProbeStatus.TIMEOUT:
            detail = msg(TCP_TIMEOUT, *args, seconds(round(probe.elapsed_ms / 1000, 1)))
        elif probe.status is ProbeStatus.SKIPPED:
            detail = msg(TCP_SKIPPED, *args)
        else:
            detail = msg(TCP_UNREACHABLE, *args, probe.problem or probe.status.value)
        findings.append(
            finding(
                CheckId.TCP_REACHABLE,
                severity,
                where,
                detail,
                msg(TCP_WHY),
                msg(TCP_FIX, name, probe.port),
            )
        )
    return findings
