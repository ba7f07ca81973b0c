"""The typed results of the host-setup steps as lines for a person (translated at print time).

Not a sub-command (no ``register``). Each ``*_lines`` function takes one
result type; findings print the same way everywhere: severity, message, and
the fix on the next line.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.commands.dns_render import finding_lines as dns_finding_lines
from app.commands.output import text_of
from app.domain.dns import ProbeStatus
from app.domain.licensing import ProductState
from app.domain.text import QT_TRANSLATE_NOOP, Message, Text, msg
from app.services.host_setup import (
    ActivationResult,
    ConfirmationResult,
    Dashboard,
    DnsPublishingResult,
    FirewallResult,
    HostInfo,
    InstallationIdResult,
    IntervalsResult,
    KeyInstallResult,
    OfficeReport,
    PortResult,
    PreflightReport,
    PriorityResult,
    ReachabilityResult,
    RestoreResult,
)
from app.services.host_setup.findings import Finding, MachineError, Outcome, Severity
from app.services.host_setup.firewall import PROFILE_NAMES, SCOPE_NAMES

Line = Message | Text | str

SEVERITY = {
    Severity.BLOCKER: QT_TRANSLATE_NOOP("HostSteps", "BLOCKER"),
    Severity.WARNING: QT_TRANSLATE_NOOP("HostSteps", "WARNING"),
    Severity.INFO: QT_TRANSLATE_NOOP("HostSteps", "INFO"),
    Severity.OK: QT_TRANSLATE_NOOP("HostSteps", "OK"),
}
OUTCOME = {
    Outcome.DONE: QT_TRANSLATE_NOOP("HostSteps", "Done and verified."),
    Outcome.UNCHANGED: QT_TRANSLATE_NOOP("HostSteps", "Nothing to change."),
    Outcome.REPORTED: QT_TRANSLATE_NOOP("HostSteps", "Read; nothing was changed."),
    Outcome.REJECTED: QT_TRANSLATE_NOOP("HostSteps", "Refused: the input is not valid."),
    Outcome.REFUSED: QT_TRANSLATE_NOOP("HostSteps", "Not done: the host is not ready for it."),
    Outcome.NEEDS_CONFIRMATION: QT_TRANSLATE_NOOP(
        "HostSteps", "Not done: a confirmation is needed."
    ),
    Outcome.FAILED: QT_TRANSLATE_NOOP("HostSteps", "Failed: the machine reported an error."),
    Outcome.NOT_VERIFIED: QT_TRANSLATE_NOOP(
        "HostSteps", "Written, but the machine does not show the expected state."
    ),
}
PROBE_STATUS = {
    ProbeStatus.REACHABLE: QT_TRANSLATE_NOOP("HostSteps", "connected"),
    ProbeStatus.REFUSED: QT_TRANSLATE_NOOP("HostSteps", "refused"),
    ProbeStatus.TIMEOUT: QT_TRANSLATE_NOOP("HostSteps", "no answer in time"),
    ProbeStatus.UNREACHABLE: QT_TRANSLATE_NOOP("HostSteps", "unreachable"),
    ProbeStatus.SKIPPED: QT_TRANSLATE_NOOP("HostSteps", "not tried"),
}
YES = QT_TRANSLATE_NOOP("HostSteps", "yes")
NO = QT_TRANSLATE_NOOP("HostSteps", "no")
FIX = QT_TRANSLATE_NOOP("HostSteps", "What to do: %1")
RESULT = QT_TRANSLATE_NOOP("HostSteps", "Result: %1")
WINDOWS_ERROR = QT_TRANSLATE_NOOP("HostSteps", "Windows error %1 (%2): %3")
WINDOWS_SAID = QT_TRANSLATE_NOOP("HostSteps", "Windows said: %1")
PRODUCT = QT_TRANSLATE_NOOP("HostSteps", "%1 — key %2, channel %3, license status: %4")
PROBE = QT_TRANSLATE_NOOP("HostSteps", "Connection from this computer to %1:%2: %3 (%4 ms)")

MACHINE = QT_TRANSLATE_NOOP("HostSteps", "Machine: %1")
OS_LINE = QT_TRANSLATE_NOOP("HostSteps", "Operating system: %1 (version %2, build %3)")
CATALOG_OS = QT_TRANSLATE_NOOP("HostSteps", "Recognised as: %1")
NOT_RECOGNISED = QT_TRANSLATE_NOOP("HostSteps", "Recognised as: unknown to the catalog (%1)")
DOMAIN = QT_TRANSLATE_NOOP("HostSteps", "Domain: %1")
WORKGROUP = QT_TRANSLATE_NOOP("HostSteps", "Workgroup: %1")
ADDRESSES = QT_TRANSLATE_NOOP("HostSteps", "IP addresses: %1")
ELEVATED = QT_TRANSLATE_NOOP("HostSteps", "Administrator rights: %1")
POWERSHELL = QT_TRANSLATE_NOOP("HostSteps", "Windows PowerShell: %1")
CLOCK = QT_TRANSLATE_NOOP("HostSteps", "Clock (UTC): %1, %2 s from this computer")
WINDOWS_KEY = QT_TRANSLATE_NOOP("HostSteps", "Windows: %1")
NO_WINDOWS_KEY = QT_TRANSLATE_NOOP("HostSteps", "Windows: no product key installed")
KMS_STATE = QT_TRANSLATE_NOOP(
    "HostSteps",
    "KMS host: %1 — count %2, port %3, DNS publishing %4, low priority %5, intervals %6/%7 min",
)
OFFICE_LINE = QT_TRANSLATE_NOOP(
    "HostSteps", "Office %1 — installed: %2; volume license pack: %3; host key: %4"
)
NONE = QT_TRANSLATE_NOOP("HostSteps", "none")

PREFLIGHT = QT_TRANSLATE_NOOP("HostSteps", "Preflight of %1 for the key group %2: %3")
ALLOWED = QT_TRANSLATE_NOOP("HostSteps", "nothing blocks the setup")
BLOCKED = QT_TRANSLATE_NOOP("HostSteps", "%1 blocker(s)")
OFFICE_TITLE = QT_TRANSLATE_NOOP("HostSteps", "Office %1:")

KEY = QT_TRANSLATE_NOOP("HostSteps", "Key: %1")
CONFIRM_WITH_YES = QT_TRANSLATE_NOOP(
    "HostSteps", "To replace the key ending in %1, run the command again with --yes."
)
RESTORE_HINT = QT_TRANSLATE_NOOP(
    "HostSteps",
    "To put the GVLK of %1 back: kms-wizard host install-key --restore-gvlk (same target).",
)
IID_TITLE = QT_TRANSLATE_NOOP("HostSteps", "Installation ID of %1:")
IID_GROUP = QT_TRANSLATE_NOOP("HostSteps", "  Group %1: %2")
CID_BLOCK = QT_TRANSLATE_NOOP("HostSteps", "  Block %1: %2")
CID_TITLE = QT_TRANSLATE_NOOP("HostSteps", "Confirmation ID as entered:")

PORT_LINE = QT_TRANSLATE_NOOP("HostSteps", "Listening port: %1 (before: %2)")
PRIORITY_LINE = QT_TRANSLATE_NOOP("HostSteps", "Low priority: %1")
INTERVALS_LINE = QT_TRANSLATE_NOOP(
    "HostSteps", "Activation interval: %1 min, renewal interval: %2 min"
)
RULE_LINE = QT_TRANSLATE_NOOP(
    "HostSteps",
    "Firewall rule %1 (“%2”): enabled %3, port %4, profiles %5, remote addresses: %6%7",
)
GPO_RULE = QT_TRANSLATE_NOOP("HostSteps", " (from a Group Policy)")
ACTIVE_PROFILES_LINE = QT_TRANSLATE_NOOP(
    "HostSteps", "The host's network uses the firewall profile: %1"
)
PUBLISH_LINE = QT_TRANSLATE_NOOP("HostSteps", "DNS publishing: %1; extra domains: %2")
DNS_TITLE = QT_TRANSLATE_NOOP("HostSteps", "DNS check of %1:")
COUNT_LINE = QT_TRANSLATE_NOOP("HostSteps", "Current count: %1 (it stops at %2)")
REQUESTS_LINE = QT_TRANSLATE_NOOP(
    "HostSteps",
    "Requests: %1 in total, %2 failed, %3 from licensed, %4 from unlicensed machines, "
    "%5 in initial grace",
)
OTHER_HOSTS = QT_TRANSLATE_NOOP("HostSteps", "Other KMS hosts in DNS: %1")


def _yes_no(value: bool) -> str:
    return text_of(YES if value else NO)


def finding_lines(findings: Iterable[Finding]) -> list[Line]:
    """``WARNING  message`` then ``  What to do: fix`` for each finding."""
    findings = list(findings)
    if not findings:
        return []
    width = max(len(text_of(label)) for label in SEVERITY.values())
    lines: list[Line] = []
    for finding in findings:
        label = text_of(SEVERITY[finding.severity])
        lines.append(f"{label:<{width}}  {text_of(finding.message)}")
        if finding.fix is not None:
            lines.append(" " * (width + 2) + text_of(msg(FIX, text_of(finding.fix))))
    return lines


def error_lines(error: MachineError | None) -> list[Line]:
    if error is None:
        return []
    info = error.hresult
    lines: list[Line] = [msg(WINDOWS_ERROR, info.hex, info.symbol or "—", text_of(info.meaning))]
    if error.windows_message:
        lines.append(msg(WINDOWS_SAID, error.windows_message))
    return lines


def product_line(product: ProductState | None) -> list[Line]:
    if product is None:
        return []
    return [
        msg(
            PRODUCT,
            product.name,
            product.masked_key or "—",
            text_of(product.channel.label),
            text_of(product.status.label),
        )
    ]


def outcome_line(outcome: Outcome) -> Line:
    return msg(RESULT, text_of(OUTCOME[outcome]))


def reachability_lines(reach: ReachabilityResult | None) -> list[Line]:
    if reach is None:
        return []
    return [
        msg(PROBE, a.address, a.port, text_of(PROBE_STATUS[a.status]), f"{a.elapsed_ms:g}")
        for a in reach.attempts
    ]


def inspect_lines(host: HostInfo) -> list[Line]:
    """The inspected host: identity, rights, clock, Windows key, KMS service, Office."""
    recognised = (
        msg(CATALOG_OS, host.edition.name if host.edition else host.os_version.name)
        if host.os_version
        else msg(NOT_RECOGNISED, host.edition_id or "—")
    )
    skew = round(host.clock_skew.total_seconds()) if host.clock_skew is not None else "—"
    kms = host.kms
    lines: list[Line] = [
        msg(MACHINE, host.fqdn),
        msg(OS_LINE, host.caption, host.version, host.build),
        recognised,
        msg(DOMAIN if host.part_of_domain else WORKGROUP, host.domain or "—"),
        msg(ADDRESSES, ", ".join(host.addresses) or "—"),
        msg(ELEVATED, _yes_no(host.elevated)),
        msg(POWERSHELL, host.ps_version or "—"),
        msg(CLOCK, host.machine_utc.isoformat() if host.machine_utc else "—", skew),
    ]
    windows = host.windows
    if windows is None:
        lines.append(NO_WINDOWS_KEY)
    else:
        lines.append(
            msg(
                WINDOWS_KEY,
                text_of(
                    msg(
                        PRODUCT,
                        windows.name,
                        windows.masked_key,
                        text_of(windows.channel.label),
                        text_of(windows.status.label),
                    )
                ),
            )
        )
    lines.append(
        msg(
            KMS_STATE,
            _yes_no(kms.is_kms_host),
            kms.count,
            kms.listening_port,
            _yes_no(kms.dns_publishing),
            _yes_no(kms.low_priority),
            kms.activation_interval,
            kms.renewal_interval,
        )
    )
    for office in host.office:
        key = office.host_product.masked_key if office.host_product else text_of(NONE)
        lines.append(
            msg(
                OFFICE_LINE,
                office.group.id.removeprefix("office"),
                _yes_no(office.installed),
                _yes_no(office.vl_pack),
                key,
            )
        )
    return lines


def preflight_lines(report: PreflightReport) -> list[Line]:
    lines: list[Line] = []
    if report.host is not None and report.group is not None:
        verdict = ALLOWED if report.allowed else msg(BLOCKED, len(report.blockers))
        lines.append(msg(PREFLIGHT, report.host.fqdn, report.group.id, text_of(verdict)))
    lines += finding_lines(report.findings)
    for office in report.office:
        lines.append(msg(OFFICE_TITLE, office.group.id.removeprefix("office")))
        lines += ["  " + text_of(line) for line in finding_lines(office.findings)]
    return lines


def key_lines(result: KeyInstallResult | RestoreResult) -> list[Line]:
    lines: list[Line] = [outcome_line(result.outcome)]
    if result.key:
        lines.append(msg(KEY, result.key))
    lines += product_line(result.installed)
    lines += error_lines(result.error)
    lines += finding_lines(result.findings)
    if isinstance(result, KeyInstallResult):
        if result.outcome is Outcome.NEEDS_CONFIRMATION and result.previous is not None:
            lines.append(msg(CONFIRM_WITH_YES, result.previous.partial_key))
        if result.restorable is not None:
            lines.append(msg(RESTORE_HINT, result.restorable.name))
    return lines


def activation_lines(result: ActivationResult) -> list[Line]:
    return [
        outcome_line(result.outcome),
        *product_line(result.after or result.before),
        *error_lines(result.error),
        *finding_lines(result.findings),
    ]


def iid_lines(result: InstallationIdResult) -> list[Line]:
    lines: list[Line] = [outcome_line(result.outcome)]
    if result.groups and result.state is not None:
        lines.append(msg(IID_TITLE, result.state.name))
        lines += [msg(IID_GROUP, i + 1, group) for i, group in enumerate(result.groups)]
    lines += error_lines(result.error)
    lines += finding_lines(result.findings)
    return lines


def cid_lines(result: ConfirmationResult) -> list[Line]:
    lines: list[Line] = [outcome_line(result.outcome)]
    if result.blocks:
        lines.append(CID_TITLE)
        lines += [msg(CID_BLOCK, "ABCDEFGH"[i], block) for i, block in enumerate(result.blocks)]
    if result.activation is not None:
        lines += product_line(result.activation.after)
        lines += error_lines(result.activation.error)
    lines += finding_lines(result.findings)
    return lines


def office_lines(report: OfficeReport) -> list[Line]:
    lines: list[Line] = [outcome_line(report.outcome), *finding_lines(report.findings)]
    for version in report.versions:
        lines.append(msg(OFFICE_TITLE, version.group.id.removeprefix("office")))
        lines += ["  " + text_of(line) for line in product_line(version.host_product)]
        lines += ["  " + text_of(line) for line in finding_lines(version.findings)]
    return lines


def port_lines(result: PortResult) -> list[Line]:
    lines: list[Line] = [outcome_line(result.outcome)]
    if result.requested:
        lines.append(msg(PORT_LINE, result.listening_port, result.before))
    lines += error_lines(result.error)
    lines += reachability_lines(result.reachability)
    lines += finding_lines(result.findings)
    return lines


def priority_lines(result: PriorityResult) -> list[Line]:
    return [
        outcome_line(result.outcome),
        msg(PRIORITY_LINE, _yes_no(result.low_priority)),
        *error_lines(result.error),
        *finding_lines(result.findings),
    ]


def intervals_lines(result: IntervalsResult) -> list[Line]:
    lines: list[Line] = [outcome_line(result.outcome)]
    if result.activation:
        lines.append(msg(INTERVALS_LINE, result.activation, result.renewal))
    return [*lines, *error_lines(result.error), *finding_lines(result.findings)]


def firewall_lines(result: FirewallResult) -> list[Line]:
    lines: list[Line] = [outcome_line(result.outcome)]
    state = result.state
    if state is not None and state.active_profiles:
        names = tuple(PROFILE_NAMES[p] for p in state.active_profiles)
        lines.append(msg(ACTIVE_PROFILES_LINE, names))
    for rule in result.rules:
        profiles = tuple(PROFILE_NAMES[p] for p in rule.profiles) or "—"
        lines.append(
            msg(
                RULE_LINE,
                rule.name,
                rule.display_name,
                _yes_no(rule.enabled),
                rule.local_port,
                profiles,
                SCOPE_NAMES[rule.scope],
                GPO_RULE if rule.from_gpo else "",
            )
        )
    lines += error_lines(result.error)
    lines += reachability_lines(result.reachability)
    lines += finding_lines(result.findings)
    return lines


def dns_publishing_lines(result: DnsPublishingResult) -> list[Line]:
    extra = ", ".join(f"{d.domain} ({d.priority}, {d.weight})" for d in result.domains)
    lines: list[Line] = [
        outcome_line(result.outcome),
        msg(PUBLISH_LINE, _yes_no(result.enabled), extra or text_of(NONE)),
        *error_lines(result.error),
        *finding_lines(result.findings),
    ]
    for check in result.checks:
        lines.append(msg(DNS_TITLE, check.domain))
        for finding in check.report.findings:
            lines += ["  " + line for line in dns_finding_lines(finding)]
    return lines


def dashboard_lines(board: Dashboard) -> list[Line]:
    lines: list[Line] = []
    if board.is_kms_host:
        lines.append(msg(COUNT_LINE, board.count, board.count_cap))
        r = board.requests
        lines.append(msg(REQUESTS_LINE, r.total, r.failed, r.licensed, r.unlicensed, r.oob))
        if board.other_hosts:
            lines.append(msg(OTHER_HOSTS, ", ".join(board.other_hosts)))
    lines += finding_lines(board.findings)
    return lines
