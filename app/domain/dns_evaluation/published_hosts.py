"""What the records publish: the port clients are sent to, and the other KMS hosts listed."""

from __future__ import annotations

from app.domain.dns import CheckId, Finding, ProbeStatus, Severity, relative_name
from app.domain.dns_evaluation.view import CheckView, finding, join
from app.domain.text import QT_TRANSLATE_NOOP, msg

# --- port -----------------------------------------------------------------------------
PORT_OK = QT_TRANSLATE_NOOP("DnsCheck", "The record for %1 gives port %2, as expected.")
PORT_OK_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck", "Clients connect to the port the record gives; it is the host's port."
)
PORT_WRONG = QT_TRANSLATE_NOOP(
    "DnsCheck", "The record for %1 gives port %2, but the host listens on port %3."
)
PORT_OTHER = QT_TRANSLATE_NOOP("DnsCheck", "The record for %1 gives port %2, not %3.")
PORT_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Clients connect to the port in the record. A KMS host listens on 1688 unless its "
    "KeyManagementServiceListeningPort says otherwise (slmgr /sprt).",
)
PORT_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Make them agree: correct the port in the record to %3, or set the host's port with "
    "slmgr /sprt %2 and open that port in its firewall.",
)

# --- foreign-host ---------------------------------------------------------------------
FOREIGN_NONE = QT_TRANSLATE_NOOP("DnsCheck", "No other KMS host is published.")
FOREIGN_NONE_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck", "Every client that finds a record is sent to the expected host."
)
FOREIGN_LIST = QT_TRANSLATE_NOOP("DnsCheck", "Published KMS hosts: %1.")
FOREIGN_LIST_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Clients pick among these hosts (by priority, then weight). Give --host to check one "
    "of them in detail.",
)
FOREIGN_OTHER = QT_TRANSLATE_NOOP(
    "DnsCheck", "%1 is also published as a KMS host (priority %2, weight %3, port %4)."
)
FOREIGN_STALE = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "%1 is also published as a KMS host, but it does not resolve or does not answer on "
    "port %2: probably a stale record.",
)
FOREIGN_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Clients pick among all published hosts. Several KMS hosts are fine when you run them "
    "on purpose; a retired or foreign host makes some clients fail or activate elsewhere.",
)
FOREIGN_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "If %1 is not one of your KMS hosts, delete its record (kms-wizard dns-publish --delete "
    "--host %1, or in DNS Manager) and turn off its DNS publishing (slmgr /cdns on it).",
)
# An Active Directory zone refuses our HMAC-signed --delete (report §4, E5).
FOREIGN_FIX_AD = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "If %1 is not one of your KMS hosts, delete its record on a domain controller (DNS "
    "Manager, Remove-DnsServerResourceRecord, or kms-wizard dns-publish --delete --host %1 "
    "--via-dns-server DC) and turn off its DNS publishing (slmgr /cdns on it).",
)


def check_port(view: CheckView) -> list[Finding]:
    """``port``: whether the records give the expected port."""
    expected = view.request.port
    findings = []
    for record in view.records:
        if record.target == ".":
            continue
        if view.host and not view.points_at_host(record.target):
            continue  # another host's port is that host's business (see foreign-host)
        where = relative_name(record.target)
        if record.port == expected:
            findings.append(
                finding(
                    CheckId.PORT,
                    Severity.OK,
                    where,
                    msg(PORT_OK, where, record.port),
                    msg(PORT_OK_WHY),
                )
            )
        elif view.host:
            findings.append(
                finding(
                    CheckId.PORT,
                    Severity.ERROR,
                    where,
                    msg(PORT_WRONG, where, record.port, expected),
                    msg(PORT_WHY),
                    msg(PORT_FIX, where, record.port, expected),
                )
            )
        else:
            findings.append(
                finding(
                    CheckId.PORT,
                    Severity.WARNING,
                    where,
                    msg(PORT_OTHER, where, record.port, expected),
                    msg(PORT_WHY),
                    msg(PORT_FIX, where, record.port, expected),
                )
            )
    return findings


def check_foreign_host(view: CheckView) -> list[Finding]:
    """``foreign-host``: the other KMS hosts the records publish."""
    names = view.target_names()
    if not view.host:
        if not names:
            return []
        return [
            finding(
                CheckId.FOREIGN_HOST,
                Severity.OK,
                None,
                msg(FOREIGN_LIST, join((relative_name(n) for n in names), limit=10)),
                msg(FOREIGN_LIST_WHY),
            )
        ]
    findings = []
    for record in view.records:
        if record.target == "." or view.points_at_host(record.target):
            continue
        where = relative_name(record.target)
        lookup = view.targets.get(record.target)
        probes = [p for p in view.probes_of(record.target) if p.port == record.port]
        dead = not (lookup and lookup.addresses) or (
            probes and not any(p.status is ProbeStatus.REACHABLE for p in probes)
        )
        detail = (
            msg(FOREIGN_STALE, where, record.port)
            if dead
            else msg(FOREIGN_OTHER, where, record.priority, record.weight, record.port)
        )
        findings.append(
            finding(
                CheckId.FOREIGN_HOST,
                Severity.WARNING,
                where,
                detail,
                msg(FOREIGN_WHY),
                msg(FOREIGN_FIX_AD if view.ad_zone else FOREIGN_FIX, where),
            )
        )
    if not findings and not view.record_known():
        return []  # nobody answered: "no other host" would be a guess
    if not findings:
        findings.append(
            finding(
                CheckId.FOREIGN_HOST,
                Severity.OK,
                view.host,
                msg(FOREIGN_NONE),
                msg(FOREIGN_NONE_WHY),
            )
        )
    return findings
