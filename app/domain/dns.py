"""The DNS check's vocabulary: servers, raw answers, findings (DESIGN §2.3).

KMS clients find their host through the SRV record ``_vlmcs._tcp.<domain>``.
The check asks several servers for it and for the names around it; what each
server said is kept verbatim as :class:`RawAnswer` (what ``nslookup`` would have
shown), and what it means is a list of :class:`Finding` objects, each with a
severity, a translatable explanation and a fix.

Everything here is plain data: the adapter (``app.adapters.dns_query``) fills
:class:`RawAnswer`, the pure evaluation (``app.domain.dns_evaluation``) turns
observations into findings, and the CLI or the UI renders the messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.domain.text import QT_TRANSLATE_NOOP, Message, Text

SRV_SERVICE = "_vlmcs._tcp"
DEFAULT_KMS_PORT = 1688
DEFAULT_DNS_PORT = 53
DEFAULT_BUDGET_S = 3.0


def srv_name(domain: str) -> str:
    """``example.test`` → ``_vlmcs._tcp.example.test.`` (absolute, lower case)."""
    return f"{SRV_SERVICE}.{absolute_name(domain)}"


def absolute_name(name: str) -> str:
    """A DNS name in lower case with its trailing dot (``.`` stays the root)."""
    name = name.strip().lower()
    return name if name.endswith(".") else name + "."


def relative_name(name: str) -> str:
    """A DNS name without its trailing dot, for display and for commands."""
    name = name.strip().lower()
    return name[:-1] if name.endswith(".") and name != "." else name


class CheckId(StrEnum):
    """The checks, in the order they are reported. The values are stable ids (CLI, JSON)."""

    ZONE = "zone"
    NS = "ns"
    SRV_PRESENT = "srv-present"
    SRV_CONSISTENT = "srv-consistent"
    TARGET_RESOLVES = "target-resolves"
    EXPECTED_HOST = "expected-host"
    HOST_ADDRESS = "host-address"
    PORT = "port"
    FOREIGN_HOST = "foreign-host"
    TCP_REACHABLE = "tcp-reachable"


class Severity(StrEnum):
    """How bad a finding is; ``label`` is the translatable word shown to the user."""

    OK = "ok"
    WARNING = "warning"
    ERROR = "error"

    @property
    def label(self) -> Text:
        return _SEVERITY_LABELS[self]

    @property
    def rank(self) -> int:
        return (Severity.OK, Severity.WARNING, Severity.ERROR).index(self)


_SEVERITY_LABELS = {
    Severity.OK: QT_TRANSLATE_NOOP("DnsSeverity", "OK"),
    Severity.WARNING: QT_TRANSLATE_NOOP("DnsSeverity", "WARNING"),
    Severity.ERROR: QT_TRANSLATE_NOOP("DnsSeverity", "ERROR"),
}


@dataclass(frozen=True, order=True)
class NameServer:
    """A DNS server to ask: an IP address (v4 or v6) and a port."""

    address: str
    port: int = DEFAULT_DNS_PORT

    def __str__(self) -> str:
        host = f"[{self.address}]" if ":" in self.address else self.address
        return f"{host}:{self.port}"


class QueryStatus(StrEnum):
    """How one query ended, whatever the server or the network did."""

    ANSWER = "answer"  # NOERROR with records of the asked type
    NODATA = "nodata"  # NOERROR, the name exists but has no record of that type
    NXDOMAIN = "nxdomain"  # the name does not exist
    REFUSED = "refused"
    SERVFAIL = "servfail"
    OTHER_RCODE = "other-rcode"
    TIMEOUT = "timeout"
    UNREACHABLE = "unreachable"  # the network said no (port closed, no route)
    MALFORMED = "malformed"  # the reply was not a valid DNS answer to our question
    SKIPPED = "skipped"  # not asked: the server was already dead, or no time was left

    @property
    def label(self) -> Text:
        return _STATUS_LABELS[self]

    @property
    def definitive(self) -> bool:
        """The server answered the question (yes, no such name, or no such record)."""
        return self in (QueryStatus.ANSWER, QueryStatus.NODATA, QueryStatus.NXDOMAIN)

    @property
    def silent(self) -> bool:
        """The server never answered (dead, unreachable, or not asked)."""
        return self in (QueryStatus.TIMEOUT, QueryStatus.UNREACHABLE, QueryStatus.SKIPPED)


_STATUS_LABELS = {
    QueryStatus.ANSWER: QT_TRANSLATE_NOOP("DnsQueryStatus", "answer"),
    QueryStatus.NODATA: QT_TRANSLATE_NOOP("DnsQueryStatus", "no record of this type"),
    QueryStatus.NXDOMAIN: QT_TRANSLATE_NOOP("DnsQueryStatus", "no such name (NXDOMAIN)"),
    QueryStatus.REFUSED: QT_TRANSLATE_NOOP("DnsQueryStatus", "refused (REFUSED)"),
    QueryStatus.SERVFAIL: QT_TRANSLATE_NOOP("DnsQueryStatus", "server failure (SERVFAIL)"),
    QueryStatus.OTHER_RCODE: QT_TRANSLATE_NOOP("DnsQueryStatus", "error code from the server"),
    QueryStatus.TIMEOUT: QT_TRANSLATE_NOOP("DnsQueryStatus", "no answer in time"),
    QueryStatus.UNREACHABLE: QT_TRANSLATE_NOOP("DnsQueryStatus", "unreachable"),
    QueryStatus.MALFORMED: QT_TRANSLATE_NOOP("DnsQueryStatus", "invalid reply"),
    QueryStatus.SKIPPED: QT_TRANSLATE_NOOP("DnsQueryStatus", "not asked"),
}


@dataclass(frozen=True)
class RawRecord:
    """One resource record as the server sent it.

    ``value`` is the record data in zone-file form (``0 0 1688 kms01.example.test.``);
    SRV records also carry their fields parsed.
    """

    name: str
    rdtype: str
    ttl: int
    value: str
    priority: int | None = None
    weight: int | None = None
    port: int | None = None
    target: str | None = None


@dataclass(frozen=True, order=True)
class SrvTarget:
    """The fields of one SRV record that matter for comparing servers."""

    priority: int
    weight: int
    port: int
    target: str

    def __str__(self) -> str:
        return f"{self.priority} {self.weight} {self.port} {self.target}"


@dataclass(frozen=True)
class RawAnswer:
    """What one server said to one question, kept for the admin to compare.

    ``recursive`` is the RD bit we sent: queries to the resolvers the clients
    use are recursive, queries to the zone's authoritative servers are not.
    ``problem`` is a technical note (exception text, rcode name) in English.
    """

    server: NameServer
    qname: str
    rdtype: str
    status: QueryStatus
    recursive: bool = True
    rcode: str = ""
    authoritative: bool = False
    records: tuple[RawRecord, ...] = ()
    authority: tuple[RawRecord, ...] = ()
    additional: tuple[RawRecord, ...] = ()
    elapsed_ms: float = 0.0
    problem: str = ""

    @property
    def role(self) -> str:
        """``resolver`` (asked like a client would) or ``authoritative``."""
        return "resolver" if self.recursive else "authoritative"

    def of_type(self, rdtype: str, section: str = "records") -> list[RawRecord]:
        return [r for r in getattr(self, section) if r.rdtype == rdtype]

    def srv(self) -> list[SrvTarget]:
        """The SRV records of the answer, sorted, as comparable values."""
        return sorted(
            SrvTarget(r.priority or 0, r.weight or 0, r.port or 0, r.target or ".")
            for r in self.of_type("SRV")
        )

    def addresses(self) -> list[str]:
        return [r.value for r in self.records if r.rdtype in ("A", "AAAA")]


@dataclass(frozen=True)
class Finding:
    """One result of the check.

    Attributes:
        check: which check produced it.
        severity: ok, warning or error.
        server: the server (``IP:PORT``) or name the finding is about, if any.
        detail: what was seen, with the concrete values.
        explanation: why it matters.
        fix: what to do about it (None for a finding that needs nothing).
    """

    check: CheckId
    severity: Severity
    server: str | None
    detail: Message
    explanation: Message
    fix: Message | None = None


class ProbeStatus(StrEnum):
    REACHABLE = "reachable"
    REFUSED = "refused"
    TIMEOUT = "timeout"
    UNREACHABLE = "unreachable"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class TcpProbeResult:
    """A TCP connect to one address and port of an SRV target."""

    address: str
    port: int
    status: ProbeStatus
    elapsed_ms: float = 0.0
    problem: str = ""
    target: str = ""


@dataclass(frozen=True)
class AddressLookup:
    """The A and AAAA lookups of one name, on the first resolver that answered."""

    name: str
    addresses: tuple[str, ...]
    status: QueryStatus
    answers: tuple[RawAnswer, ...] = ()
    alias_of: str | None = None  # set when the name is a CNAME (SRV targets must not be)


@dataclass(frozen=True)
class ZoneDiscovery:
    """Which zone holds the domain, and how we learned it."""

    zone: str | None
    primary: str | None = None
    serial: int | None = None
    server: NameServer | None = None
    domain_exists: bool = True
    attempts: tuple[RawAnswer, ...] = ()


@dataclass(frozen=True)
class AuthoritativeServer:
    """One address of one of the zone's NS names."""

    name: str
    server: NameServer


@dataclass(frozen=True)
class DnsCheckRequest:
    """What to check. ``nameservers`` empty means the system's resolvers.

    ``host_addresses``: the KMS host's own addresses when the caller knows them
    (the wizard reads them from the host); the check then compares.
    """

    domain: str
    nameservers: tuple[NameServer, ...] = ()
    dns_port: int = DEFAULT_DNS_PORT
    host: str | None = None
    port: int = DEFAULT_KMS_PORT
    timeout: float = DEFAULT_BUDGET_S
    host_addresses: tuple[str, ...] = ()

    @property
    def qname(self) -> str:
        return srv_name(self.domain)


@dataclass(frozen=True)
class Observations:
    """Everything the check saw, before any judgement (input of the evaluation)."""

    request: DnsCheckRequest
    resolvers: tuple[NameServer, ...]
    zone: ZoneDiscovery
    ns_answer: RawAnswer | None = None
    ns_names: tuple[str, ...] = ()
    ns_unresolved: tuple[str, ...] = ()
    authoritative: tuple[AuthoritativeServer, ...] = ()
    srv_answers: tuple[RawAnswer, ...] = ()
    soa_answers: tuple[RawAnswer, ...] = ()
    targets: tuple[AddressLookup, ...] = ()
    host: AddressLookup | None = None
    probes: tuple[TcpProbeResult, ...] = ()
    # _ldap._tcp.dc._msdcs.<zone> SRV: tells an Active Directory zone (app.domain.dns_ad_zone).
    ad_marker: RawAnswer | None = None


@dataclass(frozen=True)
class DnsCheckReport:
    """The outcome: findings plus every raw answer, and how long it took."""

    request: DnsCheckRequest
    observations: Observations
    findings: tuple[Finding, ...]
    elapsed_s: float

    @property
    def zone(self) -> str | None:
        return self.observations.zone.zone

    @property
    def has_errors(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.findings)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    def raw_answers(self) -> list[RawAnswer]:
        """The SRV answers, one per server asked, in the order servers were asked."""
        return list(self.observations.srv_answers)
