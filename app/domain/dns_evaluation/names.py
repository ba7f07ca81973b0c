"""The name checks: do the targets resolve, and is the expected host published at its addresses."""

from __future__ import annotations

from app.domain.dns import AddressLookup, CheckId, Finding, QueryStatus, Severity, relative_name
from app.domain.dns_evaluation.view import CheckView, finding, join
from app.domain.text import QT_TRANSLATE_NOOP, Message, Text, msg

# --- target-resolves / host-address ---------------------------------------------------
RESOLVES = QT_TRANSLATE_NOOP("DnsCheck", "%1 resolves to %2.")
RESOLVES_WHY = QT_TRANSLATE_NOOP("DnsCheck", "Clients can turn this name into an address.")
TARGET_CNAME = QT_TRANSLATE_NOOP(
    "DnsCheck", "%1 is an alias (CNAME) of %2; an SRV target must be the host's own name."
)
TARGET_CNAME_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "The SRV standard (RFC 2782) forbids aliases as targets; some clients do not follow them.",
)
TARGET_CNAME_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck", "Point the SRV record at %1, the name the alias leads to."
)
NAME_MISSING = QT_TRANSLATE_NOOP("DnsCheck", "%1 does not exist in DNS (NXDOMAIN).")
NAME_NO_ADDRESS = QT_TRANSLATE_NOOP("DnsCheck", "%1 has no address record (A or AAAA).")
NAME_UNRESOLVED = QT_TRANSLATE_NOOP("DnsCheck", "%1 could not be resolved: %2.")
TARGET_BROKEN_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Clients that pick this record cannot connect: its target must resolve to the KMS "
    "host's address.",
)
TARGET_BROKEN_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Create the address record of %1 (the host registers it itself when its DNS "
    "registration is on: ipconfig /registerdns), or correct the SRV record's target.",
)
HOST_BROKEN_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "The record sends clients to this name; without an address they cannot connect.",
)
HOST_BROKEN_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Register the host's address: run ipconfig /registerdns on the host, or create its A "
    "record in DNS Manager.",
)
HOST_MISMATCH = QT_TRANSLATE_NOOP(
    "DnsCheck", "%1 resolves to %2, but the host's own addresses are %3."
)
HOST_MISMATCH_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Clients would connect to an address where the KMS host is not (often a stale record "
    "left after the host was renumbered).",
)
HOST_MISMATCH_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Correct the A record of %1, or run ipconfig /registerdns on the host and delete the "
    "stale address.",
)

# --- expected-host --------------------------------------------------------------------
EXPECTED_OK = QT_TRANSLATE_NOOP("DnsCheck", "%1 is published (priority %2, weight %3, port %4).")
EXPECTED_OK_WHY = QT_TRANSLATE_NOOP("DnsCheck", "Clients find this host through the SRV record.")
EXPECTED_ALIAS = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "%1 is not published under its own name, but %2 has the same address (%3).",
)
EXPECTED_ALIAS_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Clients will reach the host, but a record under another name is easily left stale "
    "when addresses change.",
)
EXPECTED_ALIAS_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck", "Publish the record with the host's own name, %1, as its target."
)
EXPECTED_MISSING = QT_TRANSLATE_NOOP("DnsCheck", "%1 is not among the published KMS hosts (%2).")
EXPECTED_NOTHING = QT_TRANSLATE_NOOP(
    "DnsCheck", "%1 is not published: no server returned a _vlmcs._tcp record."
)
EXPECTED_MISSING_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck", "Clients find only the hosts named in the SRV records."
)
EXPECTED_MISSING_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Publish the record of %1 (see below: DNS Manager, PowerShell or BIND), or run "
    "kms-wizard dns-publish.",
)
EXPECTED_MISSING_FIX_AD = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "This is an Active Directory zone: let %1 publish itself (slmgr /sdns), or create the "
    "record on a domain controller (DNS Manager or Add-DnsServerResourceRecord, see below; "
    "kms-wizard dns-publish --via-dns-server DC does it over WinRM).",
)
EXPECTED_UNKNOWN = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Whether %1 is published could not be checked: no DNS server answered the question for "
    "its _vlmcs._tcp record.",
)
EXPECTED_UNKNOWN_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck", "Without an answer nothing can be said about the record: it may well exist."
)
EXPECTED_UNKNOWN_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck", "Make a DNS server answer first (see the findings above), then check again."
)


def _address_problem(
    check: CheckId, lookup: AddressLookup | None, name: str, why: Text, fix: Message
) -> Finding:
    """A name that did not resolve: no such name, no address, or no answer."""
    status = lookup.status if lookup else QueryStatus.SKIPPED
    if status is QueryStatus.NXDOMAIN:
        return finding(check, Severity.ERROR, name, msg(NAME_MISSING, name), msg(why), fix)
    if status is QueryStatus.NODATA:
        return finding(check, Severity.ERROR, name, msg(NAME_NO_ADDRESS, name), msg(why), fix)
    problem = ""
    if lookup:
        problem = next((a.problem or a.rcode for a in lookup.answers if a.problem or a.rcode), "")
    return finding(
        check,
        Severity.WARNING,
        name,
        msg(NAME_UNRESOLVED, name, problem or status.value),
        msg(why),
        fix,
    )


def check_target_resolves(view: CheckView) -> list[Finding]:
    """``target-resolves``: whether each record's target has an address."""
    findings = []
    for target in view.target_names():
        lookup = view.targets.get(target)
        name = relative_name(target)
        if lookup and lookup.addresses:
            if lookup.alias_of:
                findings.append(
                    finding(
                        CheckId.TARGET_RESOLVES,
                        Severity.WARNING,
                        name,
                        msg(TARGET_CNAME, name, relative_name(lookup.alias_of)),
                        msg(TARGET_CNAME_WHY),
                        msg(TARGET_CNAME_FIX, relative_name(lookup.alias_of)),
                    )
                )
            else:
                findings.append(
                    finding(
                        CheckId.TARGET_RESOLVES,
                        Severity.OK,
                        name,
                        msg(RESOLVES, name, join(lookup.addresses)),
                        msg(RESOLVES_WHY),
                    )
                )
            continue
        findings.append(
            _address_problem(
                CheckId.TARGET_RESOLVES,
                lookup,
                name,
                TARGET_BROKEN_WHY,
                msg(TARGET_BROKEN_FIX, name),
            )
        )
    return findings


def check_expected_host(view: CheckView) -> list[Finding]:
    """``expected-host``: whether the host given with --host is published."""
    host = relative_name(view.host or "")
    if not view.record_known():
        # No server said yes or no: "not published" would send the admin to publish a
        # record that may exist (report §4, D03).
        return [
            finding(
                CheckId.EXPECTED_HOST,
                Severity.WARNING,
                host,
                msg(EXPECTED_UNKNOWN, host),
                msg(EXPECTED_UNKNOWN_WHY),
                msg(EXPECTED_UNKNOWN_FIX),
            )
        ]
    by_name = [r for r in view.records if view.is_host(r.target)]
    if by_name:
        r = by_name[0]
        return [
            finding(
                CheckId.EXPECTED_HOST,
                Severity.OK,
                host,
                msg(EXPECTED_OK, host, r.priority, r.weight, r.port),
                msg(EXPECTED_OK_WHY),
            )
        ]
    aliases = [r for r in view.records if view.is_alias_of_host(r.target)]
    if aliases:
        target = aliases[0].target
        shared = sorted(view.host_addresses & set(view.targets[target].addresses))
        return [
            finding(
                CheckId.EXPECTED_HOST,
                Severity.WARNING,
                host,
                msg(EXPECTED_ALIAS, host, relative_name(target), join(shared)),
                msg(EXPECTED_ALIAS_WHY),
                msg(EXPECTED_ALIAS_FIX, host),
            )
        ]
    detail = (
        msg(EXPECTED_MISSING, host, join(map(relative_name, view.target_names() or ["."])))
        if view.records
        else msg(EXPECTED_NOTHING, host)
    )
    return [
        finding(
            CheckId.EXPECTED_HOST,
            Severity.ERROR,
            host,
            detail,
            msg(EXPECTED_MISSING_WHY),
            msg(EXPECTED_MISSING_FIX_AD if view.ad_zone else EXPECTED_MISSING_FIX, host),
        )
    ]


def check_host_address(view: CheckView) -> list[Finding]:
    """``host-address``: whether the expected host's name leads to its own addresses."""
    host = relative_name(view.host or "")
    lookup = view.obs.host
    if not lookup or not lookup.addresses:
        return [
            _address_problem(
                CheckId.HOST_ADDRESS, lookup, host, HOST_BROKEN_WHY, msg(HOST_BROKEN_FIX)
            )
        ]
    known = set(view.request.host_addresses)
    if known and not known & set(lookup.addresses):
        return [
            finding(
                CheckId.HOST_ADDRESS,
                Severity.ERROR,
                host,
                msg(HOST_MISMATCH, host, join(lookup.addresses), join(sorted(known))),
                msg(HOST_MISMATCH_WHY),
                msg(HOST_MISMATCH_FIX, host),
            )
        ]
    return [
        finding(
            CheckId.HOST_ADDRESS,
            Severity.OK,
            host,
            msg(RESOLVES, host, join(lookup.addresses)),
            msg(RESOLVES_WHY),
        )
    ]
