"""The SRV record checks: does every server return the _vlmcs._tcp records, and the same ones."""

from __future__ import annotations

from collections import Counter

from app.domain.dns import CheckId, Finding, QueryStatus, RawAnswer, Severity
from app.domain.dns_evaluation.view import CheckView, finding, join, waited
from app.domain.text import QT_TRANSLATE_NOOP, msg

# --- srv-present ----------------------------------------------------------------------
SRV_OK = QT_TRANSLATE_NOOP("DnsCheck", "KMS SRV records on %1: %2")
SRV_OK_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck", "KMS clients that ask this server will find the hosts it names."
)
SRV_MISSING = QT_TRANSLATE_NOOP("DnsCheck", "%1 returns no _vlmcs._tcp SRV record for %2.")
SRV_MISSING_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "KMS clients find their host by asking DNS for the SRV record _vlmcs._tcp in their "
    "domain. Without it automatic discovery fails with 0x8007232B (DNS name does not exist), "
    "unless each client is given a host with slmgr /skms.",
)
SRV_MISSING_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Publish the record: turn DNS publishing on on the KMS host (slmgr /sdns) and allow it "
    "dynamic updates, or create the record by hand (DNS Manager, Add-DnsServerResourceRecord "
    "or the BIND line shown below), or run kms-wizard dns-publish.",
)
SRV_DOT = QT_TRANSLATE_NOOP(
    "DnsCheck", "%1 says that the service is not available here (SRV target “.”)."
)
SRV_DOT_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "An SRV record whose target is “.” tells clients that no KMS host exists in this domain.",
)
SRV_DOT_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck", "Delete that record and publish the record of your KMS host instead."
)
RESOLVER_TIMEOUT = QT_TRANSLATE_NOOP("DnsCheck", "%1 did not answer within %2 s.")
RESOLVER_UNREACHABLE = QT_TRANSLATE_NOOP("DnsCheck", "%1 could not be reached: %2.")
RESOLVER_SILENT_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Clients that use this DNS server wait for it and then try their next one; if it is "
    "their only server, KMS discovery fails.",
)
RESOLVER_SILENT_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Check the address, that the DNS service runs on it, and that UDP and TCP port %1 are "
    "open to it.",
)
RESOLVER_REFUSED = QT_TRANSLATE_NOOP("DnsCheck", "%1 refused the query (REFUSED).")
RESOLVER_REFUSED_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "This server does not resolve names for this computer: recursion is not allowed for "
    "it, or the domain is not hosted or forwarded there.",
)
RESOLVER_REFUSED_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Ask the DNS server your clients use, or allow recursion or a forwarder for this domain.",
)
RESOLVER_FAILED = QT_TRANSLATE_NOOP("DnsCheck", "%1 could not answer the query: %2.")
RESOLVER_MALFORMED = QT_TRANSLATE_NOOP(
    "DnsCheck", "%1 sent a reply that is not a valid DNS answer: %2."
)
RESOLVER_FAILED_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck", "Clients that use this DNS server get no usable answer from it."
)
RESOLVER_FAILED_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Check that this address really is a DNS server (and not another service on that "
    "port), and read its log.",
)

# --- srv-consistent -------------------------------------------------------------------
CONSISTENT_OK = QT_TRANSLATE_NOOP(
    "DnsCheck", "The %1 servers that answered all give the same records."
)
CONSISTENT_ONE = QT_TRANSLATE_NOOP("DnsCheck", "Only one server answered; nothing to compare.")
CONSISTENT_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Clients asking different DNS servers get different KMS hosts, or none. Usually zone "
    "replication has not reached a server yet (compare the serial numbers under “ns”), or "
    "a resolver still holds an old answer until its TTL runs out.",
)
CONSISTENT_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Wait for replication (Active Directory: repadmin /syncall /AdeP) and check again; "
    "otherwise correct the record on the server that differs. A resolver's cache can be "
    "cleared with Clear-DnsServerCache (Windows) or rndc flush (BIND).",
)
DIFFERS = QT_TRANSLATE_NOOP("DnsCheck", "%1 returns “%2”, while %3 return “%4”.")
DIFFERS_MISSING = QT_TRANSLATE_NOOP("DnsCheck", "%1 returns no record, while %2 return “%3”.")
DIFFERS_EXTRA = QT_TRANSLATE_NOOP("DnsCheck", "%1 returns “%2”, while %3 return no record.")


def check_srv_present(view: CheckView) -> list[Finding]:
    """``srv-present``: the _vlmcs._tcp records each server returns, or why it did not."""
    findings: list[Finding] = []
    answers = view.srv_per_server()
    any_resolver_answered = any(a.status.definitive for a in answers)
    for answer in answers:
        if not answer.recursive and not (answer.status.definitive and answer.authoritative):
            continue  # an authoritative server's health is reported under "ns"
        if answer.status.definitive:
            findings += _srv_records_on(view, answer)
        else:
            findings.append(_resolver_problem(view, answer, any_resolver_answered))
    return findings


def _srv_records_on(view: CheckView, answer: RawAnswer) -> list[Finding]:
    records = answer.srv()
    if not records:
        return [
            finding(
                CheckId.SRV_PRESENT,
                Severity.ERROR,
                answer.server,
                msg(SRV_MISSING, answer.server, view.domain),
                msg(SRV_MISSING_WHY),
                msg(SRV_MISSING_FIX),
            )
        ]
    if any(r.target == "." for r in records):
        return [
            finding(
                CheckId.SRV_PRESENT,
                Severity.ERROR,
                answer.server,
                msg(SRV_DOT, answer.server),
                msg(SRV_DOT_WHY),
                msg(SRV_DOT_FIX),
            )
        ]
    return [
        finding(
            CheckId.SRV_PRESENT,
            Severity.OK,
            answer.server,
            msg(SRV_OK, answer.server, join(records)),
            msg(SRV_OK_WHY),
        )
    ]


def _resolver_problem(view: CheckView, answer: RawAnswer, others_answered: bool) -> Finding:
    server = answer.server
    if answer.status in (QueryStatus.TIMEOUT, QueryStatus.SKIPPED, QueryStatus.UNREACHABLE):
        severity = Severity.WARNING if others_answered else Severity.ERROR
        detail = (
            msg(RESOLVER_UNREACHABLE, server, answer.problem or answer.status.value)
            if answer.status is QueryStatus.UNREACHABLE
            else msg(RESOLVER_TIMEOUT, server, waited(answer, view))
        )
        return finding(
            CheckId.SRV_PRESENT,
            severity,
            server,
            detail,
            msg(RESOLVER_SILENT_WHY),
            msg(RESOLVER_SILENT_FIX, server.port),
        )
    if answer.status is QueryStatus.REFUSED:
        return finding(
            CheckId.SRV_PRESENT,
            Severity.ERROR,
            server,
            msg(RESOLVER_REFUSED, server),
            msg(RESOLVER_REFUSED_WHY),
            msg(RESOLVER_REFUSED_FIX),
        )
    text = RESOLVER_MALFORMED if answer.status is QueryStatus.MALFORMED else RESOLVER_FAILED
    return finding(
        CheckId.SRV_PRESENT,
        Severity.ERROR,
        server,
        msg(text, server, answer.problem or answer.rcode or answer.status.value),
        msg(RESOLVER_FAILED_WHY),
        msg(RESOLVER_FAILED_FIX),
    )


def check_srv_consistent(view: CheckView) -> list[Finding]:
    """``srv-consistent``: whether all servers return the same records."""
    answers = view.usable_srv_answers()
    if not answers:
        return []
    if len(answers) == 1:
        return [
            finding(
                CheckId.SRV_CONSISTENT,
                Severity.OK,
                answers[0].server,
                msg(CONSISTENT_ONE),
                msg(CONSISTENT_WHY),
            )
        ]
    sets = [(a, tuple(a.srv())) for a in answers]
    counts = Counter(s for _, s in sets)
    best = max(counts.values())
    # On a tie, the authoritative servers' view wins: they are the source of truth.
    candidates = [s for a, s in sets if counts[s] == best]
    authoritative = [s for a, s in sets if not a.recursive and counts[s] == best]
    majority = (authoritative or candidates)[0]
    if len(counts) == 1:
        return [
            finding(
                CheckId.SRV_CONSISTENT,
                Severity.OK,
                None,
                msg(CONSISTENT_OK, len(answers)),
                msg(CONSISTENT_WHY),
            )
        ]
    agreeing = join(a.server for a, s in sets if s == majority)
    expected = join(majority)
    findings = []
    for answer, records in sets:
        if records == majority:
            continue
        if not records:
            detail = msg(DIFFERS_MISSING, answer.server, agreeing, expected)
        elif not majority:
            detail = msg(DIFFERS_EXTRA, answer.server, join(records), agreeing)
        else:
            detail = msg(DIFFERS, answer.server, join(records), agreeing, expected)
        findings.append(
            finding(
                CheckId.SRV_CONSISTENT,
                Severity.ERROR,
                answer.server,
                detail,
                msg(CONSISTENT_WHY),
                msg(CONSISTENT_FIX),
            )
        )
    return findings
