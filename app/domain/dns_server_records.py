"""The KMS SRV record as a Windows DNS server (a domain controller) holds it, and its judgement.

Active Directory–integrated zones take no HMAC-TSIG update (``app.domain.dns_ad_zone``):
there the record is created on a domain controller with its own DnsServer cmdlets
(``Add-DnsServerResourceRecord -Srv``), through the operations ``dns-server-srv`` (read)
and ``set-dns-server-srv`` (write, then read back; resources/ps/README.md). This module
reads their documents, plans nothing the script does not (the script itself keeps other
hosts' records in "add" mode), and says what the read-back means — including why a KMS
host cannot keep its own record up to date: in such a zone only the account that created
a record may change it, so a record created by an administrator or by another KMS host
stays as it is when the host's port or priority changes (the host logs event 12293,
"Publishing the Key Management Service (KMS) to DNS in the '%2' domain failed"; 12294
when it succeeded; Volume Activation technical reference, KMS events table).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.domain.dns import SRV_SERVICE, relative_name
from app.domain.dns_remedies import SrvPublication
from app.domain.dns_update import PublishMode
from app.domain.text import QT_TRANSLATE_NOOP, Message, msg

# What the scripts report for the two refusals that are not failures of ours.
ZONE_NOT_ON_SERVER = 0x80072581  # DNS_ERROR_ZONE_DOES_NOT_EXIST (9601)
NOT_A_DNS_SERVER = 0x80131515  # NotSupportedException: no DnsServer module


@dataclass(frozen=True)
class ServerSrvRecord:
    """One _vlmcs._tcp SRV record on the server; ``owner`` the AD account that created it."""

    target: str  # relative, lower case
    priority: int
    weight: int
    port: int
    ttl: int = 0
    owner: str | None = None

    def __str__(self) -> str:
        return f"{self.priority} {self.weight} {self.port} {self.target}"


@dataclass(frozen=True)
class ServerZoneRecords:
    """The zone as the DNS server describes it, and its KMS records."""

    zone: str
    ds_integrated: bool
    dynamic_update: str
    records: tuple[ServerSrvRecord, ...]


class BadServerDocument(ValueError):
    """The document lacks a field or has one of the wrong type."""


def parse_zone_records(document: Mapping[str, Any]) -> ServerZoneRecords:
    """Read a ``dns-server-srv`` / ``set-dns-server-srv`` document (``ok: true``).

    A one-record list may arrive as an object (PowerShell's unwrapping): it is
    read as a list of one, like every list field (resources/ps/README.md).
    """
    raw = document.get("records")
    items = [] if raw is None else raw if isinstance(raw, list) else [raw]
    records = []
    for item in items:
        if not isinstance(item, Mapping):
            raise BadServerDocument("records")
        try:
            numbers = [int(item[k]) for k in ("priority", "weight", "port")]
            target = relative_name(str(item["target"]))
        except (KeyError, TypeError, ValueError):
            raise BadServerDocument("record fields") from None
        owner = item.get("owner")
        records.append(
            ServerSrvRecord(
                target,
                *numbers,
                ttl=int(item.get("ttl") or 0),
                owner=str(owner) if owner else None,
            )
        )
    zone = document.get("zone")
    if not isinstance(zone, str) or not zone:
        raise BadServerDocument("zone")
    return ServerZoneRecords(
        relative_name(zone),
        bool(document.get("ds_integrated")),
        str(document.get("dynamic_update") or ""),
        tuple(records),
    )


def candidate_zones(domain: str) -> list[str]:
    """The zones that may hold ``domain``: itself, then each parent of two labels or more."""
    labels = relative_name(domain).split(".")
    return [".".join(labels[i:]) for i in range(len(labels) - 1)] or [relative_name(domain)]


def name_in_zone(record: SrvPublication, zone: str) -> str:
    """``_vlmcs._tcp`` (the domain is the zone) or ``_vlmcs._tcp.site`` (a child of it)."""
    domain, zone = relative_name(record.domain), relative_name(zone)
    if domain == zone:
        return SRV_SERVICE
    return f"{SRV_SERVICE}.{domain[: -len(zone) - 1]}"


def operation_params(record: SrvPublication, zone: str, mode: PublishMode) -> dict[str, Any]:
    """The parameters of ``set-dns-server-srv`` (data, never spliced into the script)."""
    return {
        "zone": relative_name(zone),
        "name": name_in_zone(record, zone),
        "target": relative_name(record.host),
        "priority": record.priority,
        "weight": record.weight,
        "port": record.port,
        "ttl": record.ttl,
        "mode": mode.value,
    }


def records_of(state: ServerZoneRecords, host: str) -> list[ServerSrvRecord]:
    wanted = relative_name(host)
    return [r for r in state.records if r.target == wanted]


def shows(record: SrvPublication, mode: PublishMode, state: ServerZoneRecords) -> bool:
    """Does the read-back hold what was asked?"""
    mine = records_of(state, record.host)
    if mode is PublishMode.DELETE:
        return not mine
    wanted = (record.priority, record.weight, record.port)
    if [(r.priority, r.weight, r.port) for r in mine] != [wanted]:
        return False
    return mode is not PublishMode.REPLACE or len(state.records) == 1


def computer_account(host: str) -> str:
    """The account a domain-joined host updates DNS with: ``KMS01$`` (without its domain)."""
    return relative_name(host).split(".", 1)[0].upper() + "$"


def foreign_owner(state: ServerZoneRecords, host: str) -> ServerSrvRecord | None:
    """The host's record when another account created it (the host cannot update it)."""
    if not state.ds_integrated:
        return None
    account = computer_account(host)
    for record in records_of(state, host):
        if record.owner and record.owner.rsplit("\\", 1)[-1].upper() != account:
            return record
    return None


class ServerPublishStatus(StrEnum):
    READ = "read"  # only read (nothing was asked to change)
    VERIFIED = "verified"
    NOTHING_TO_DELETE = "nothing-to-delete"
    NOT_VERIFIED = "not-verified"
    ZONE_NOT_FOUND = "zone-not-found"
    NOT_A_DNS_SERVER = "not-a-dns-server"
    FAILED = "failed"

    @property
    def succeeded(self) -> bool:
        return self in (
            ServerPublishStatus.READ,
            ServerPublishStatus.VERIFIED,
            ServerPublishStatus.NOTHING_TO_DELETE,
        )


S_READ = QT_TRANSLATE_NOOP("DnsServerPublish", "Zone %2 on the DNS server %1 holds for %3: %4.")
S_READ_NONE = QT_TRANSLATE_NOOP("DnsServerPublish", "no _vlmcs._tcp record")
S_VERIFIED_ADD = QT_TRANSLATE_NOOP(
    "DnsServerPublish",
    "Published and verified on the DNS server %1: zone %2 now holds “%3 SRV %4”.",
)
S_VERIFIED_DELETE = QT_TRANSLATE_NOOP(
    "DnsServerPublish",
    "Deleted and verified on the DNS server %1: zone %2 no longer names %3.",
)
S_NOTHING_TO_DELETE = QT_TRANSLATE_NOOP(
    "DnsServerPublish", "Zone %2 on %1 holds no _vlmcs._tcp record for %3; nothing was changed."
)
S_NOT_VERIFIED = QT_TRANSLATE_NOOP(
    "DnsServerPublish",
    "%1 ran the change, but its zone %2 does not hold what was asked; it holds: %3.",
)
S_NOT_VERIFIED_FIX = QT_TRANSLATE_NOOP(
    "DnsServerPublish",
    "Another process may have changed the record at the same moment (a KMS host publishing "
    "itself, or replication between domain controllers). Read the zone again in DNS Manager.",
)
S_ZONE_NOT_FOUND = QT_TRANSLATE_NOOP(
    "DnsServerPublish", "The DNS server %1 holds no zone for %2 (asked: %3)."
)
S_ZONE_NOT_FOUND_FIX = QT_TRANSLATE_NOOP(
    "DnsServerPublish",
    "Name a domain controller of the domain %1 that runs DNS (nltest /dsgetdc:%1 names one).",
)
S_NOT_A_DNS_SERVER = QT_TRANSLATE_NOOP(
    "DnsServerPublish", "%1 is not a Windows DNS server: it has no DnsServer module."
)
S_NOT_A_DNS_SERVER_FIX = QT_TRANSLATE_NOOP(
    "DnsServerPublish",
    "Name a domain controller that runs the DNS Server role (Windows Server 2012 or later).",
)
S_FAILED = QT_TRANSLATE_NOOP("DnsServerPublish", "The DNS server %1 refused the change: %2")
S_FOREIGN_OWNER = QT_TRANSLATE_NOOP(
    "DnsServerPublish",
    "The record “%1” was created by %2, not by the KMS host's own account (%3): the host "
    "cannot update it when its port, priority or weight change (event 12293 on the host).",
)
S_FOREIGN_OWNER_FIX = QT_TRANSLATE_NOOP(
    "DnsServerPublish",
    "Keep it up to date from here, or give %3 Full Control on the record (DNS Manager → the "
    "record → Properties → Security), or delete it and restart the host's Software Protection "
    "service so that the host creates its own.",
)


@dataclass(frozen=True)
class ServerPublishReport:
    """What the DNS server held before, what it holds after, and what that means."""

    record: SrvPublication
    mode: PublishMode
    server: str  # the DC's name as given
    status: ServerPublishStatus
    zone: str | None = None
    zones_asked: tuple[str, ...] = ()
    before: ServerZoneRecords | None = None
    after: ServerZoneRecords | None = None
    error_code: str = ""  # the HRESULT, 0x…
    error_text: str = ""  # what Windows said (raw, its language)

    def summary(self) -> Message:
        status, record = self.status, self.record
        zone = self.zone or "?"
        if status is ServerPublishStatus.READ:
            held = ", ".join(str(r) for r in self.before.records) if self.before else ""
            return msg(S_READ, self.server, zone, record.domain, held or S_READ_NONE)
        if status is ServerPublishStatus.VERIFIED:
            if self.mode is PublishMode.DELETE:
                return msg(S_VERIFIED_DELETE, self.server, zone, record.host)
            return msg(S_VERIFIED_ADD, self.server, zone, record.owner, record.rdata)
        if status is ServerPublishStatus.NOTHING_TO_DELETE:
            return msg(S_NOTHING_TO_DELETE, self.server, zone, record.host)
        if status is ServerPublishStatus.NOT_VERIFIED:
            held = ", ".join(str(r) for r in self.after.records) if self.after else ""
            return msg(S_NOT_VERIFIED, self.server, zone, held or "-")
        if status is ServerPublishStatus.ZONE_NOT_FOUND:
            return msg(S_ZONE_NOT_FOUND, self.server, record.domain, ", ".join(self.zones_asked))
        if status is ServerPublishStatus.NOT_A_DNS_SERVER:
            return msg(S_NOT_A_DNS_SERVER, self.server)
        said = f"{self.error_code} {self.error_text}".strip()
        return msg(S_FAILED, self.server, said or "-")

    def fix(self) -> Message | None:
        if self.status is ServerPublishStatus.NOT_VERIFIED:
            return msg(S_NOT_VERIFIED_FIX)
        if self.status is ServerPublishStatus.ZONE_NOT_FOUND:
            return msg(S_ZONE_NOT_FOUND_FIX, self.record.domain)
        if self.status is ServerPublishStatus.NOT_A_DNS_SERVER:
            return msg(S_NOT_A_DNS_SERVER_FIX)
        return None

    def notes(self) -> list[tuple[Message, Message]]:
        """Why the KMS host cannot keep this record itself (detail, fix), if it cannot."""
        state = self.after or self.before
        if state is None or self.mode is PublishMode.DELETE:
            return []
        foreign = foreign_owner(state, self.record.host)
        if foreign is None:
            return []
        account = computer_account(self.record.host)
        shown = f"{self.record.owner} SRV {foreign}"
        return [
            (
                msg(S_FOREIGN_OWNER, shown, foreign.owner, account),
                msg(S_FOREIGN_OWNER_FIX, shown, foreign.owner, account),
            )
        ]
