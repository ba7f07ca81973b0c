"""The zone checks: is there a zone for the domain, and do its name servers answer for it."""

from __future__ import annotations

from app.domain.dns import CheckId, Finding, QueryStatus, RawAnswer, Severity, relative_name
from app.domain.dns_evaluation.view import CheckView, finding, join, ports, waited
from app.domain.text import QT_TRANSLATE_NOOP, msg

# --- zone -----------------------------------------------------------------------------
ZONE_OK = QT_TRANSLATE_NOOP("DnsCheck", "Zone %1 found (primary server %2, serial %3).")
ZONE_OK_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck", "The domain belongs to this zone; its authoritative servers are asked next."
)
ZONE_NO_DOMAIN = QT_TRANSLATE_NOOP("DnsCheck", "The domain %1 does not exist (NXDOMAIN).")
ZONE_NO_DOMAIN_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "KMS clients look for _vlmcs._tcp in their own DNS domain (their primary DNS suffix, "
    "or the Active Directory domain); a domain that does not exist cannot hold the record.",
)
ZONE_NO_DOMAIN_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Check the spelling. Give the DNS domain the clients use: “ipconfig /all” on a client "
    "shows it as the primary DNS suffix.",
)
ZONE_SILENT = QT_TRANSLATE_NOOP("DnsCheck", "No DNS server answered the question for %1.")
ZONE_SILENT_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck", "Without an answer from a DNS server nothing else can be checked."
)
ZONE_SILENT_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Check the DNS server addresses (--nameserver, or this computer's DNS settings) and "
    "that UDP and TCP port %1 are open to them.",
)
ZONE_NO_SOA = QT_TRANSLATE_NOOP("DnsCheck", "No zone (SOA record) was found for %1.")
ZONE_NO_SOA_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck", "The servers answered, but none named the zone that holds the domain."
)
ZONE_NO_SOA_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Check that the DNS servers asked host this domain or forward queries for it.",
)

# --- ns -------------------------------------------------------------------------------
NS_NONE = QT_TRANSLATE_NOOP("DnsCheck", "No name servers (NS records) were found for zone %1.")
NS_NONE_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "The zone's authoritative servers hold the record; without NS records they cannot be "
    "found and asked.",
)
NS_NONE_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Give the zone NS records naming its DNS servers (in Active Directory, the domain "
    "controllers that run DNS).",
)
NS_OK = QT_TRANSLATE_NOOP("DnsCheck", "%1 (%2) answers authoritatively for %3, serial %4.")
NS_OK_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck", "This server holds the zone; it was asked directly, without any cache between."
)
NS_NO_ADDRESS = QT_TRANSLATE_NOOP(
    "DnsCheck", "The name server %1 has no address (A or AAAA record)."
)
NS_NO_ADDRESS_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "A name server that cannot be found cannot answer; other DNS servers waste time on it.",
)
NS_NO_ADDRESS_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck", "Add the address record of %1, or remove its NS record if it was retired."
)
NS_TIMEOUT = QT_TRANSLATE_NOOP("DnsCheck", "%1 (%2) did not answer within %3 s.")
NS_UNREACHABLE = QT_TRANSLATE_NOOP("DnsCheck", "%1 (%2) could not be reached: %3.")
NS_SILENT_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "An authoritative server that does not answer delays the clients' DNS servers, and a "
    "record only it holds is lost to them.",
)
NS_SILENT_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Check that the DNS service runs on %1 and that UDP and TCP port %2 are open to it; if "
    "the server was retired, remove its NS record.",
)
NS_REFUSED = QT_TRANSLATE_NOOP("DnsCheck", "%1 (%2) refused to answer for zone %3.")
NS_NOT_AUTHORITATIVE = QT_TRANSLATE_NOOP(
    "DnsCheck", "%1 (%2) answered, but not as an authoritative server for zone %3."
)
NS_LAME_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "It is listed as a name server of the zone but does not serve it (a lame delegation), "
    "or it does not accept queries from this computer.",
)
NS_LAME_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Host the zone on that server (secondary zone, or Active Directory replication to it), "
    "or remove its NS record.",
)
NS_FAILED = QT_TRANSLATE_NOOP("DnsCheck", "%1 (%2) could not answer: %3.")
NS_FAILED_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck", "The server sent an error or a reply that is not a valid DNS answer."
)
NS_FAILED_FIX = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Read the DNS server's event log (Windows) or its log (BIND), and check that the zone "
    "loaded without errors.",
)


def check_zone(view: CheckView) -> list[Finding]:
    """``zone``: the zone (SOA) that holds the domain, or why none was found."""
    zone = view.obs.zone
    if zone.zone:
        return [
            finding(
                CheckId.ZONE,
                Severity.OK,
                zone.server,
                msg(
                    ZONE_OK,
                    relative_name(zone.zone),
                    relative_name(zone.primary or "?"),
                    zone.serial if zone.serial is not None else "?",
                ),
                msg(ZONE_OK_WHY),
            )
        ]
    if not zone.domain_exists:
        return [
            finding(
                CheckId.ZONE,
                Severity.ERROR,
                zone.server,
                msg(ZONE_NO_DOMAIN, view.domain),
                msg(ZONE_NO_DOMAIN_WHY),
                msg(ZONE_NO_DOMAIN_FIX),
            )
        ]
    servers = join(view.obs.resolvers)
    if all(a.status.silent for a in zone.attempts):
        return [
            finding(
                CheckId.ZONE,
                Severity.ERROR,
                servers,
                msg(ZONE_SILENT, view.domain),
                msg(ZONE_SILENT_WHY),
                msg(ZONE_SILENT_FIX, ports(view.obs.resolvers)),
            )
        ]
    return [
        finding(
            CheckId.ZONE,
            Severity.ERROR,
            servers,
            msg(ZONE_NO_SOA, view.domain),
            msg(ZONE_NO_SOA_WHY),
            msg(ZONE_NO_SOA_FIX),
        )
    ]


def check_ns(view: CheckView) -> list[Finding]:
    """``ns``: whether each name server of the zone answers for it authoritatively."""
    obs = view.obs
    if not obs.zone.zone:
        return []
    zone = relative_name(obs.zone.zone)
    if not obs.ns_names:
        return [
            finding(
                CheckId.NS,
                Severity.ERROR,
                obs.zone.server,
                msg(NS_NONE, zone),
                msg(NS_NONE_WHY),
                msg(NS_NONE_FIX),
            )
        ]
    answers = {a.server: a for a in obs.srv_answers if not a.recursive}
    serials = {a.server: _serial(a) for a in obs.soa_answers}
    healthy = [
        s
        for s in obs.authoritative
        if (a := answers.get(s.server)) and a.status.definitive and a.authoritative
    ]
    # One broken server among healthy ones is a warning; none healthy is an error.
    bad = Severity.WARNING if healthy else Severity.ERROR
    findings: list[Finding] = []
    for name in map(relative_name, obs.ns_unresolved):
        findings.append(
            finding(
                CheckId.NS,
                bad,
                name,
                msg(NS_NO_ADDRESS, name),
                msg(NS_NO_ADDRESS_WHY),
                msg(NS_NO_ADDRESS_FIX, name),
            )
        )
    for auth in obs.authoritative:
        answer = answers.get(auth.server)
        where = (relative_name(auth.name), auth.server)
        if answer is None:
            continue
        if answer.status.definitive and answer.authoritative:
            serial = serials.get(auth.server)
            findings.append(
                finding(
                    CheckId.NS,
                    Severity.OK,
                    auth.server,
                    msg(NS_OK, *where, zone, "?" if serial is None else serial),
                    msg(NS_OK_WHY),
                )
            )
        elif answer.status in (QueryStatus.TIMEOUT, QueryStatus.SKIPPED):
            findings.append(
                finding(
                    CheckId.NS,
                    bad,
                    auth.server,
                    msg(NS_TIMEOUT, *where, waited(answer, view)),
                    msg(NS_SILENT_WHY),
                    msg(NS_SILENT_FIX, auth.server.address, auth.server.port),
                )
            )
        elif answer.status is QueryStatus.UNREACHABLE:
            findings.append(
                finding(
                    CheckId.NS,
                    bad,
                    auth.server,
                    msg(NS_UNREACHABLE, *where, answer.problem or answer.status.value),
                    msg(NS_SILENT_WHY),
                    msg(NS_SILENT_FIX, auth.server.address, auth.server.port),
                )
            )
        elif answer.status is QueryStatus.REFUSED:
            findings.append(
                finding(
                    CheckId.NS,
                    bad,
                    auth.server,
                    msg(NS_REFUSED, *where, zone),
                    msg(NS_LAME_WHY),
                    msg(NS_LAME_FIX),
                )
            )
        elif answer.status.definitive:
            findings.append(
                finding(
                    CheckId.NS,
                    bad,
                    auth.server,
                    msg(NS_NOT_AUTHORITATIVE, *where, zone),
                    msg(NS_LAME_WHY),
                    msg(NS_LAME_FIX),
                )
            )
        else:
            findings.append(
                finding(
                    CheckId.NS,
                    bad,
                    auth.server,
                    msg(NS_FAILED, *where, answer.problem or answer.rcode or answer.status.value),
                    msg(NS_FAILED_WHY),
                    msg(NS_FAILED_FIX),
                )
            )
    return findings


def _serial(answer: RawAnswer) -> int | None:
    for record in answer.of_type("SOA"):
        parts = record.value.split()
        if len(parts) >= 3 and parts[2].isdigit():
            return int(parts[2])
    return None
