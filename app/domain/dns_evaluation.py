"""Judge what the DNS check saw: observations in, findings out (pure, no network).

Each check (``app.domain.dns.CheckId``) looks at the raw answers the service
collected and says ok, warning or error, with the concrete values, why it
matters for KMS clients and what to do. Keeping this apart from the queries
means every rule can be tested with hand-made answers in microseconds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from app.domain.dns import (
    AddressLookup,
    CheckId,
    Finding,
    Observations,
    ProbeStatus,
    QueryStatus,
    RawAnswer,
    Severity,
    SrvTarget,
    TcpProbeResult,
    absolute_name,
    relative_name,
)
from app.domain.text import QT_TRANSLATE_NOOP, Message, Text, msg

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
    "that UDP and TCP port 53 are open to them.",
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
    "Check that the DNS service runs on %1 and that UDP and TCP port 53 are open to it; if "
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
    "Check the address, that the DNS service runs on it, and that UDP and TCP port 53 are "
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

# --- tcp-reachable --------------------------------------------------------------------
TCP_OK = QT_TRANSLATE_NOOP("DnsCheck", "%1 (%2) accepts connections on port %3.")
TCP_OK_WHY = QT_TRANSLATE_NOOP(
    "DnsCheck", "Clients can open the connection the KMS protocol needs."
)
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
    "that the firewall allows it (Enable-NetFirewallRule -Name SPPSVC-In-TCP); test from a "
    "client with Test-NetConnection %1 -Port %2.",
)

_PROBLEM_RCODES = (QueryStatus.SERVFAIL, QueryStatus.OTHER_RCODE, QueryStatus.MALFORMED)


def evaluate(obs: Observations) -> list[Finding]:
    """Every finding for ``obs``, in the order of :class:`~app.domain.dns.CheckId`."""
    view = _View(obs)
    findings: list[Finding] = []
    findings += _zone(view)
    findings += _ns(view)
    findings += _srv_present(view)
    findings += _srv_consistent(view)
    findings += _target_resolves(view)
    if view.host:
        findings += _expected_host(view)
        findings += _host_address(view)
    findings += _port(view)
    findings += _foreign_host(view)
    findings += _tcp_reachable(view)
    return findings


class _View:
    """Derived facts shared by several checks (computed once)."""

    def __init__(self, obs: Observations) -> None:
        self.obs = obs
        self.request = obs.request
        self.domain = relative_name(obs.request.domain)
        self.host = absolute_name(obs.request.host) if obs.request.host else None
        self.targets = {t.name: t for t in obs.targets}
        # Every distinct record any server returned, in first-seen order.
        records: dict[SrvTarget, None] = {}
        for answer in self.usable_srv_answers():
            for record in answer.srv():
                records.setdefault(record, None)
        self.records = list(records)
        self.host_addresses = set(obs.host.addresses) if obs.host else set()

    def srv_per_server(self) -> list[RawAnswer]:
        """One SRV answer per server. A server that is both one of the resolvers
        and an authoritative server counts once, as authoritative."""
        authoritative = {a.server for a in self.obs.authoritative}
        return [a for a in self.obs.srv_answers if not (a.recursive and a.server in authoritative)]

    def usable_srv_answers(self) -> list[RawAnswer]:
        """Answers that say yes or no: resolvers', or the zone servers' authoritative ones."""
        return [
            a
            for a in self.srv_per_server()
            if a.status.definitive and (a.recursive or a.authoritative)
        ]

    def is_host(self, target: str) -> bool:
        return self.host is not None and absolute_name(target) == self.host

    def is_alias_of_host(self, target: str) -> bool:
        """A different name that resolves to one of the host's addresses."""
        if self.host is None or self.is_host(target) or not self.host_addresses:
            return False
        lookup = self.targets.get(absolute_name(target))
        return bool(lookup and self.host_addresses & set(lookup.addresses))

    def points_at_host(self, target: str) -> bool:
        return self.is_host(target) or self.is_alias_of_host(target)

    def target_names(self) -> list[str]:
        names: dict[str, None] = {}
        for record in self.records:
            if record.target != ".":
                names.setdefault(record.target, None)
        return list(names)

    def probes_of(self, target: str) -> list[TcpProbeResult]:
        return [p for p in self.obs.probes if p.target == target]


def _finding(
    check: CheckId,
    severity: Severity,
    server: object | None,
    detail: Message,
    why: Message,
    fix: Message | None = None,
) -> Finding:
    if severity is Severity.OK:
        fix = None
    return Finding(check, severity, None if server is None else str(server), detail, why, fix)


def _join(items: Iterable[object], limit: int = 4) -> str:
    items = [str(i) for i in items]
    if len(items) > limit:
        items = [*items[:limit], "…"]
    return ", ".join(items)


def _seconds(value: float) -> str:
    return f"{value:g}"


def _waited(answer: RawAnswer, view: _View) -> str:
    """How long we waited for a silent server (the budget when it was never asked)."""
    if answer.status is QueryStatus.TIMEOUT and answer.elapsed_ms:
        return _seconds(round(answer.elapsed_ms / 1000, 1))
    return _seconds(view.request.timeout)


def _zone(view: _View) -> list[Finding]:
    zone = view.obs.zone
    if zone.zone:
        return [
            _finding(
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
            _finding(
                CheckId.ZONE,
                Severity.ERROR,
                zone.server,
                msg(ZONE_NO_DOMAIN, view.domain),
                msg(ZONE_NO_DOMAIN_WHY),
                msg(ZONE_NO_DOMAIN_FIX),
            )
        ]
    servers = _join(view.obs.resolvers)
    if all(a.status.silent for a in zone.attempts):
        return [
            _finding(
                CheckId.ZONE,
                Severity.ERROR,
                servers,
                msg(ZONE_SILENT, view.domain),
                msg(ZONE_SILENT_WHY),
                msg(ZONE_SILENT_FIX),
            )
        ]
    return [
        _finding(
            CheckId.ZONE,
            Severity.ERROR,
            servers,
            msg(ZONE_NO_SOA, view.domain),
            msg(ZONE_NO_SOA_WHY),
            msg(ZONE_NO_SOA_FIX),
        )
    ]


def _ns(view: _View) -> list[Finding]:
    obs = view.obs
    if not obs.zone.zone:
        return []
    zone = relative_name(obs.zone.zone)
    if not obs.ns_names:
        return [
            _finding(
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
            _finding(
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
                _finding(
                    CheckId.NS,
                    Severity.OK,
                    auth.server,
                    msg(NS_OK, *where, zone, "?" if serial is None else serial),
                    msg(NS_OK_WHY),
                )
            )
        elif answer.status in (QueryStatus.TIMEOUT, QueryStatus.SKIPPED):
            findings.append(
                _finding(
                    CheckId.NS,
                    bad,
                    auth.server,
                    msg(NS_TIMEOUT, *where, _waited(answer, view)),
                    msg(NS_SILENT_WHY),
                    msg(NS_SILENT_FIX, auth.server.address),
                )
            )
        elif answer.status is QueryStatus.UNREACHABLE:
            findings.append(
                _finding(
                    CheckId.NS,
                    bad,
                    auth.server,
                    msg(NS_UNREACHABLE, *where, answer.problem or answer.status.value),
                    msg(NS_SILENT_WHY),
                    msg(NS_SILENT_FIX, auth.server.address),
                )
            )
        elif answer.status is QueryStatus.REFUSED:
            findings.append(
                _finding(
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
                _finding(
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
                _finding(
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


def _srv_present(view: _View) -> list[Finding]:
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


def _srv_records_on(view: _View, answer: RawAnswer) -> list[Finding]:
    records = answer.srv()
    if not records:
        return [
            _finding(
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
            _finding(
                CheckId.SRV_PRESENT,
                Severity.ERROR,
                answer.server,
                msg(SRV_DOT, answer.server),
                msg(SRV_DOT_WHY),
                msg(SRV_DOT_FIX),
            )
        ]
    return [
        _finding(
            CheckId.SRV_PRESENT,
            Severity.OK,
            answer.server,
            msg(SRV_OK, answer.server, _join(records)),
            msg(SRV_OK_WHY),
        )
    ]


def _resolver_problem(view: _View, answer: RawAnswer, others_answered: bool) -> Finding:
    server = answer.server
    if answer.status in (QueryStatus.TIMEOUT, QueryStatus.SKIPPED, QueryStatus.UNREACHABLE):
        severity = Severity.WARNING if others_answered else Severity.ERROR
        detail = (
            msg(RESOLVER_UNREACHABLE, server, answer.problem or answer.status.value)
            if answer.status is QueryStatus.UNREACHABLE
            else msg(RESOLVER_TIMEOUT, server, _waited(answer, view))
        )
        return _finding(
            CheckId.SRV_PRESENT,
            severity,
            server,
            detail,
            msg(RESOLVER_SILENT_WHY),
            msg(RESOLVER_SILENT_FIX),
        )
    if answer.status is QueryStatus.REFUSED:
        return _finding(
            CheckId.SRV_PRESENT,
            Severity.ERROR,
            server,
            msg(RESOLVER_REFUSED, server),
            msg(RESOLVER_REFUSED_WHY),
            msg(RESOLVER_REFUSED_FIX),
        )
    text = RESOLVER_MALFORMED if answer.status is QueryStatus.MALFORMED else RESOLVER_FAILED
    return _finding(
        CheckId.SRV_PRESENT,
        Severity.ERROR,
        server,
        msg(text, server, answer.problem or answer.rcode or answer.status.value),
        msg(RESOLVER_FAILED_WHY),
        msg(RESOLVER_FAILED_FIX),
    )


def _srv_consistent(view: _View) -> list[Finding]:
    answers = view.usable_srv_answers()
    if not answers:
        return []
    if len(answers) == 1:
        return [
            _finding(
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
            _finding(
                CheckId.SRV_CONSISTENT,
                Severity.OK,
                None,
                msg(CONSISTENT_OK, len(answers)),
                msg(CONSISTENT_WHY),
            )
        ]
    agreeing = _join(a.server for a, s in sets if s == majority)
    expected = _join(majority)
    findings = []
    for answer, records in sets:
        if records == majority:
            continue
        if not records:
            detail = msg(DIFFERS_MISSING, answer.server, agreeing, expected)
        elif not majority:
            detail = msg(DIFFERS_EXTRA, answer.server, _join(records), agreeing)
        else:
            detail = msg(DIFFERS, answer.server, _join(records), agreeing, expected)
        findings.append(
            _finding(
                CheckId.SRV_CONSISTENT,
                Severity.ERROR,
                answer.server,
                detail,
                msg(CONSISTENT_WHY),
                msg(CONSISTENT_FIX),
            )
        )
    return findings


def _address_problem(
    check: CheckId, lookup: AddressLookup | None, name: str, why: Text, fix: Message
) -> Finding:
    """A name that did not resolve: no such name, no address, or no answer."""
    status = lookup.status if lookup else QueryStatus.SKIPPED
    if status is QueryStatus.NXDOMAIN:
        return _finding(check, Severity.ERROR, name, msg(NAME_MISSING, name), msg(why), fix)
    if status is QueryStatus.NODATA:
        return _finding(check, Severity.ERROR, name, msg(NAME_NO_ADDRESS, name), msg(why), fix)
    problem = ""
    if lookup:
        problem = next((a.problem or a.rcode for a in lookup.answers if a.problem or a.rcode), "")
    return _finding(
        check,
        Severity.WARNING,
        name,
        msg(NAME_UNRESOLVED, name, problem or status.value),
        msg(why),
        fix,
    )


def _target_resolves(view: _View) -> list[Finding]:
    findings = []
    for target in view.target_names():
        lookup = view.targets.get(target)
        name = relative_name(target)
        if lookup and lookup.addresses:
            if lookup.alias_of:
                findings.append(
                    _finding(
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
                    _finding(
                        CheckId.TARGET_RESOLVES,
                        Severity.OK,
                        name,
                        msg(RESOLVES, name, _join(lookup.addresses)),
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


def _expected_host(view: _View) -> list[Finding]:
    host = relative_name(view.host or "")
    by_name = [r for r in view.records if view.is_host(r.target)]
    if by_name:
        r = by_name[0]
        return [
            _finding(
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
            _finding(
                CheckId.EXPECTED_HOST,
                Severity.WARNING,
                host,
                msg(EXPECTED_ALIAS, host, relative_name(target), _join(shared)),
                msg(EXPECTED_ALIAS_WHY),
                msg(EXPECTED_ALIAS_FIX, host),
            )
        ]
    detail = (
        msg(EXPECTED_MISSING, host, _join(map(relative_name, view.target_names() or ["."])))
        if view.records
        else msg(EXPECTED_NOTHING, host)
    )
    return [
        _finding(
            CheckId.EXPECTED_HOST,
            Severity.ERROR,
            host,
            detail,
            msg(EXPECTED_MISSING_WHY),
            msg(EXPECTED_MISSING_FIX, host),
        )
    ]


def _host_address(view: _View) -> list[Finding]:
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
            _finding(
                CheckId.HOST_ADDRESS,
                Severity.ERROR,
                host,
                msg(HOST_MISMATCH, host, _join(lookup.addresses), _join(sorted(known))),
                msg(HOST_MISMATCH_WHY),
                msg(HOST_MISMATCH_FIX, host),
            )
        ]
    return [
        _finding(
            CheckId.HOST_ADDRESS,
            Severity.OK,
            host,
            msg(RESOLVES, host, _join(lookup.addresses)),
            msg(RESOLVES_WHY),
        )
    ]


def _port(view: _View) -> list[Finding]:
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
                _finding(
                    CheckId.PORT,
                    Severity.OK,
                    where,
                    msg(PORT_OK, where, record.port),
                    msg(PORT_OK_WHY),
                )
            )
        elif view.host:
            findings.append(
                _finding(
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
                _finding(
                    CheckId.PORT,
                    Severity.WARNING,
                    where,
                    msg(PORT_OTHER, where, record.port, expected),
                    msg(PORT_WHY),
                    msg(PORT_FIX, where, record.port, expected),
                )
            )
    return findings


def _foreign_host(view: _View) -> list[Finding]:
    names = view.target_names()
    if not view.host:
        if not names:
            return []
        return [
            _finding(
                CheckId.FOREIGN_HOST,
                Severity.OK,
                None,
                msg(FOREIGN_LIST, _join((relative_name(n) for n in names), limit=10)),
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
            _finding(
                CheckId.FOREIGN_HOST,
                Severity.WARNING,
                where,
                detail,
                msg(FOREIGN_WHY),
                msg(FOREIGN_FIX, where),
            )
        )
    if not findings:
        findings.append(
            _finding(
                CheckId.FOREIGN_HOST,
                Severity.OK,
                view.host,
                msg(FOREIGN_NONE),
                msg(FOREIGN_NONE_WHY),
            )
        )
    return findings


def _tcp_reachable(view: _View) -> list[Finding]:
    probes = list(view.obs.probes)
    any_reachable = any(p.status is ProbeStatus.REACHABLE for p in probes)
    findings = []
    for probe in probes:
        name = relative_name(probe.target)
        where = f"{name} ({probe.address})"
        args = (name, probe.address, probe.port)
        if probe.status is ProbeStatus.REACHABLE:
            findings.append(
                _finding(
                    CheckId.TCP_REACHABLE, Severity.OK, where, msg(TCP_OK, *args), msg(TCP_WHY)
                )
            )
            continue
        if view.host:
            severity = Severity.ERROR if view.points_at_host(probe.target) else Severity.WARNING
        else:
            severity = Severity.WARNING if any_reachable else Severity.ERROR
        if probe.status is ProbeStatus.REFUSED:
            detail = msg(TCP_REFUSED, *args)
        elif probe.status is ProbeStatus.TIMEOUT:
            detail = msg(TCP_TIMEOUT, *args, _seconds(round(probe.elapsed_ms / 1000, 1)))
        elif probe.status is ProbeStatus.SKIPPED:
            detail = msg(TCP_SKIPPED, *args)
        else:
            detail = msg(TCP_UNREACHABLE, *args, probe.problem or probe.status.value)
        findings.append(
            _finding(
                CheckId.TCP_REACHABLE,
                severity,
                where,
                detail,
                msg(TCP_WHY),
                msg(TCP_FIX, name, probe.port),
            )
        )
    return findings
