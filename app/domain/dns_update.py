"""RFC 2136 dynamic updates of the KMS SRV record: the plan and what came of it.

Publishing is planned here from what the server holds now (so adding a host
never removes another KMS host's record, and deleting removes only the given
host's), sent by the adapter, then verified by asking the server again.
Every way a server can say no has an explanation and a fix — in particular
Active Directory zones, which accept only Kerberos-signed (GSS-TSIG) updates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.domain.dns import NameServer, RawAnswer, RawRecord, absolute_name, relative_name
from app.domain.dns_remedies import SrvPublication
from app.domain.text import QT_TRANSLATE_NOOP, Message, Text, msg


class ChangeKind(StrEnum):
    ADD = "add"  # add one record (a duplicate is ignored by the server)
    DELETE_RECORD = "delete-record"  # delete one record, matched by its data
    DELETE_RRSET = "delete-rrset"  # delete every record of that name and type


@dataclass(frozen=True)
class RecordChange:
    """One line of the update section. Names are absolute; ``value`` in zone-file form."""

    kind: ChangeKind
    name: str
    rdtype: str
    value: str = ""
    ttl: int = 0

    def describe(self) -> str:
        """``add _vlmcs._tcp.example.test. 3600 SRV 0 0 1688 kms01.example.test.``"""
        if self.kind is ChangeKind.ADD:
            return f"add {self.name} {self.ttl} {self.rdtype} {self.value}"
        if self.kind is ChangeKind.DELETE_RECORD:
            return f"delete {self.name} {self.rdtype} {self.value}"
        return f"delete {self.name} {self.rdtype} (all)"


@dataclass(frozen=True)
class DnsUpdate:
    """An update message: the zone it applies to and its changes, in order."""

    zone: str
    changes: tuple[RecordChange, ...]


class PublishMode(StrEnum):
    ADD = "add"  # this host's record, keeping other hosts' records
    REPLACE = "replace"  # this host's record becomes the only one
    DELETE = "delete"  # remove this host's records


class UpdateStatus(StrEnum):
    """How the server took the update."""

    ACCEPTED = "accepted"
    REFUSED = "refused"
    NOT_AUTHORITATIVE = "notauth"
    BAD_KEY = "badkey"
    BAD_SIGNATURE = "badsig"
    BAD_TIME = "badtime"
    NOT_ZONE = "notzone"
    PREREQUISITE_FAILED = "prerequisite"
    SERVER_FAILURE = "servfail"
    OTHER_ERROR = "other"
    TIMEOUT = "timeout"
    UNREACHABLE = "unreachable"
    MALFORMED = "malformed"

    @property
    def explanation(self) -> Text:
        return _UPDATE_TEXTS[self][0]

    @property
    def fix(self) -> Text:
        return _UPDATE_TEXTS[self][1]


@dataclass(frozen=True)
class UpdateResult:
    """What the server said to the update (``rcode``/``tsig_error`` as DNS names them)."""

    status: UpdateStatus
    rcode: str = ""
    tsig_error: str = ""
    elapsed_ms: float = 0.0
    problem: str = ""


# %1 server, %2 zone, %3 key name, %4 technical detail (rcode or exception text).
# In the fixes, %1 is the port the server was asked on.
_UPDATE_TEXTS: dict[UpdateStatus, tuple[Text, Text]] = {
    UpdateStatus.ACCEPTED: (
        QT_TRANSLATE_NOOP("DnsPublish", "%1 accepted the update of zone %2."),
        QT_TRANSLATE_NOOP("DnsPublish", "Nothing to do."),
    ),
    UpdateStatus.REFUSED: (
        QT_TRANSLATE_NOOP(
            "DnsPublish",
            "%1 refused the update of zone %2. Either the zone does not accept dynamic updates "
            "from this computer or this key, or it is an Active Directory–integrated zone "
            "that accepts only secure updates signed with Kerberos (GSS-TSIG), which this "
            "tool does not send.",
        ),
        QT_TRANSLATE_NOOP(
            "DnsPublish",
            "On Active Directory DNS, let the KMS host publish its own record (DNS "
            "publishing on: slmgr /sdns), or create the record on the DNS server with "
            "Add-DnsServerResourceRecord (the command is shown below). On BIND, allow the "
            "key in the zone's allow-update or update-policy statement.",
        ),
    ),
    UpdateStatus.NOT_AUTHORITATIVE: (
        QT_TRANSLATE_NOOP(
            "DnsPublish",
            "%1 is not authoritative for zone %2, or it did not accept the update's "
            "signature (NOTAUTH).",
        ),
        QT_TRANSLATE_NOOP(
            "DnsPublish",
            "Send the update to the zone's primary server (named in its SOA record), and "
            "check that the key is the one that server knows.",
        ),
    ),
    UpdateStatus.BAD_KEY: (
        QT_TRANSLATE_NOOP("DnsPublish", "%1 does not know the key “%3” (BADKEY)."),
        QT_TRANSLATE_NOOP(
            "DnsPublish",
            "Use the key configured on the server: the same name and algorithm as in its "
            "named.conf (the file tsig-keygen produced).",
        ),
    ),
    UpdateStatus.BAD_SIGNATURE: (
        QT_TRANSLATE_NOOP(
            "DnsPublish",
            "%1 knows the key “%3” but the signature does not match (BADSIG): the secret or "
            "the algorithm differs from the server's.",
        ),
        QT_TRANSLATE_NOOP(
            "DnsPublish", "Copy the key file from the DNS server again; the secret must match."
        ),
    ),
    UpdateStatus.BAD_TIME: (
        QT_TRANSLATE_NOOP(
            "DnsPublish",
            "%1 rejected the signature's time (BADTIME): the clocks differ by more than "
            "five minutes.",
        ),
        QT_TRANSLATE_NOOP("DnsPublish", "Synchronise the clocks of both computers (NTP)."),
    ),
    UpdateStatus.NOT_ZONE: (
        QT_TRANSLATE_NOOP("DnsPublish", "A name in the update lies outside zone %2 (NOTZONE)."),
        QT_TRANSLATE_NOOP(
            "DnsPublish",
            "Publish only names inside the zone; a host in another zone needs its address "
            "published there.",
        ),
    ),
    UpdateStatus.PREREQUISITE_FAILED: (
        QT_TRANSLATE_NOOP(
            "DnsPublish", "%1 did not apply the update: its condition did not hold (%4)."
        ),
        QT_TRANSLATE_NOOP("DnsPublish", "The record changed meanwhile; run the command again."),
    ),
    UpdateStatus.SERVER_FAILURE: (
        QT_TRANSLATE_NOOP("DnsPublish", "%1 failed to apply the update (SERVFAIL)."),
        QT_TRANSLATE_NOOP(
            "DnsPublish",
            "Read the DNS server's log: a zone file or journal that cannot be written, or a "
            "frozen zone (rndc thaw), are common causes.",
        ),
    ),
    UpdateStatus.OTHER_ERROR: (
        QT_TRANSLATE_NOOP("DnsPublish", "%1 rejected the update (%4)."),
        QT_TRANSLATE_NOOP("DnsPublish", "Read the DNS server's log for the reason."),
    ),
    UpdateStatus.TIMEOUT: (
        QT_TRANSLATE_NOOP("DnsPublish", "%1 did not answer the update in time."),
        QT_TRANSLATE_NOOP(
            "DnsPublish",
            "Check the address and that TCP port %1 is open to the server; updates are "
            "sent over TCP.",
        ),
    ),
    UpdateStatus.UNREACHABLE: (
        QT_TRANSLATE_NOOP("DnsPublish", "%1 could not be reached (%4)."),
        QT_TRANSLATE_NOOP(
            "DnsPublish",
            "Check the address and that TCP port %1 is open to the server; updates are "
            "sent over TCP.",
        ),
    ),
    UpdateStatus.MALFORMED: (
        QT_TRANSLATE_NOOP("DnsPublish", "The reply of %1 is not a valid DNS answer (%4)."),
        QT_TRANSLATE_NOOP(
            "DnsPublish", "Check that this address is a DNS server and read its log."
        ),
    ),
}


class PublishStatus(StrEnum):
    """The outcome of publishing, after the re-query."""

    VERIFIED = "verified"  # the server now answers as intended
    NOTHING_TO_DELETE = "nothing-to-delete"  # --delete, and the host had no record
    UPDATE_FAILED = "update-failed"  # the server said no (see UpdateResult)
    NOT_VERIFIED = "not-verified"  # accepted, but the re-query does not show it
    ZONE_NOT_FOUND = "zone-not-found"  # the server does not serve the domain
    SERVER_SILENT = "server-silent"  # the server did not answer at all: nothing was sent
    ADDRESS_OUTSIDE_ZONE = "address-outside-zone"  # --address for a host of another zone

    @property
    def succeeded(self) -> bool:
        return self in (PublishStatus.VERIFIED, PublishStatus.NOTHING_TO_DELETE)


VERIFIED_ADD = QT_TRANSLATE_NOOP(
    "DnsPublish", "Published and verified: %1 now answers “%2 SRV %3”."
)
VERIFIED_DELETE = QT_TRANSLATE_NOOP(
    "DnsPublish", "Deleted and verified: %1 no longer names %2 in %3."
)
NOTHING_TO_DELETE = QT_TRANSLATE_NOOP(
    "DnsPublish", "%1 holds no _vlmcs._tcp record for %2; nothing was sent."
)
NOT_VERIFIED = QT_TRANSLATE_NOOP(
    "DnsPublish",
    "%1 accepted the update, but asked again it does not answer as expected: %2.",
)
NOT_VERIFIED_FIX = QT_TRANSLATE_NOOP(
    "DnsPublish",
    "Another process may have changed the record at the same moment (a KMS host "
    "publishing itself, or replication). Run kms-wizard dns-check to see what each server "
    "holds.",
)
ZONE_NOT_FOUND = QT_TRANSLATE_NOOP(
    "DnsPublish", "%1 does not serve the domain %2 (%3), so it cannot update it."
)
SERVER_SILENT = QT_TRANSLATE_NOOP(
    "DnsPublish", "%1 did not answer (%2), so nothing was sent to it."
)
SERVER_SILENT_FIX = QT_TRANSLATE_NOOP(
    "DnsPublish",
    "Check the address and that UDP and TCP port %1 are open to the server, then try again.",
)
# An Active Directory zone told by its domain controllers' record (app.domain.dns_ad_zone):
# %1 server, %2 zone, %3 the domain controllers, %4 what the server answered.
AD_ZONE_REFUSED = QT_TRANSLATE_NOOP(
    "DnsPublish",
    "%1 serves %2 as an Active Directory–integrated zone (its domain controllers are "
    "registered there: %3) and answered the update with %4. Such a zone accepts only secure "
    "updates signed with Kerberos (GSS-TSIG): no TSIG key file can work there.",
)
AD_ZONE_REFUSED_FIX = QT_TRANSLATE_NOOP(
    "DnsPublish",
    "Let the KMS host publish its own record (DNS publishing on: slmgr /sdns; its computer "
    "account must be allowed to update the record), or create the record on the domain "
    "controller %1: with Add-DnsServerResourceRecord (shown below), or through kms-wizard "
    "dns-publish --via-dns-server %1, which runs it there over WinRM.",
)
# The update answers after which the zone is asked whether it belongs to Active Directory.
AD_SUSPECT_STATUSES = frozenset(
    {UpdateStatus.REFUSED, UpdateStatus.NOT_AUTHORITATIVE, UpdateStatus.BAD_KEY}
)
ZONE_NOT_FOUND_FIX = QT_TRANSLATE_NOOP(
    "DnsPublish",
    "Give the address of the zone's primary DNS server with --nameserver (for Active "
    "Directory, a domain controller that runs DNS).",
)
ADDRESS_OUTSIDE_ZONE = QT_TRANSLATE_NOOP(
    "DnsPublish",
    "The host %1 is not in zone %2, so its address cannot be published there; nothing was sent.",
)
ADDRESS_OUTSIDE_ZONE_FIX = QT_TRANSLATE_NOOP(
    "DnsPublish",
    "Leave out --address and publish the host's address in its own zone, or give a host "
    "inside zone %2.",
)


@dataclass(frozen=True)
class PublishRequest:
    """What to publish where. ``address`` also sets the host's A/AAAA record."""

    record: SrvPublication
    server: NameServer
    mode: PublishMode = PublishMode.ADD
    address: str | None = None
    timeout: float = 5.0


@dataclass(frozen=True)
class PublishReport:
    """What was sent, what the server said, and what it answers now."""

    request: PublishRequest
    status: PublishStatus
    zone: str | None
    update: DnsUpdate | None = None
    result: UpdateResult | None = None
    before: RawAnswer | None = None
    after: RawAnswer | None = None
    after_address: RawAnswer | None = None
    zone_answer: RawAnswer | None = None
    key_name: str = ""  # the TSIG key's name (never its secret), for messages
    # After a refusal: does the zone name domain controllers? (None: not asked or no answer)
    ad_zone: bool | None = None
    domain_controllers: tuple[str, ...] = ()

    def summary(self) -> Message:
        """One sentence saying what happened."""
        request = self.request
        server = str(request.server)
        record = request.record
        if self.status is PublishStatus.VERIFIED:
            if request.mode is PublishMode.DELETE:
                return msg(VERIFIED_DELETE, server, record.host, record.owner)
            return msg(VERIFIED_ADD, server, record.owner, record.rdata)
        if self.status is PublishStatus.NOTHING_TO_DELETE:
            return msg(NOTHING_TO_DELETE, server, record.host)
        if self.status is PublishStatus.NOT_VERIFIED:
            seen = ", ".join(str(r) for r in self.after.srv()) if self.after else ""
            return msg(NOT_VERIFIED, server, seen or "-")
        if self.status is PublishStatus.ZONE_NOT_FOUND:
            answer = self.zone_answer
            why = (answer.rcode or answer.problem or answer.status.value) if answer else "-"
            return msg(ZONE_NOT_FOUND, server, record.domain, why)
        if self.status is PublishStatus.ADDRESS_OUTSIDE_ZONE:
            return msg(ADDRESS_OUTSIDE_ZONE, record.host, self._zone_shown())
        if self.status is PublishStatus.SERVER_SILENT:
            answer = self.zone_answer
            why = (answer.problem or answer.status.value) if answer else "-"
            return msg(SERVER_SILENT, server, why)
        return self.explanation()

    def explanation(self) -> Message:
        """Why the server said no (UPDATE_FAILED), or the summary otherwise."""
        if self.status is not PublishStatus.UPDATE_FAILED or self.result is None:
            return self.summary()
        result = self.result
        technical = result.problem or result.tsig_error or result.rcode or result.status.value
        if self.ad_zone:
            answered = "/".join(x for x in (result.rcode, result.tsig_error) if x) or technical
            dcs = ", ".join(self.domain_controllers) or "-"
            return msg(AD_ZONE_REFUSED, str(self.request.server), self._zone_shown(), dcs, answered)
        return msg(
            result.status.explanation,
            str(self.request.server),
            self._zone_shown(),
            self.key_name or "-",
            technical,
        )

    def _zone_shown(self) -> str:
        return relative_name(self.zone) if self.zone else "?"

    def fix(self) -> Message | None:
        """What to do next, or None when it worked."""
        if self.status.succeeded:
            return None
        if self.status is PublishStatus.NOT_VERIFIED:
            return msg(NOT_VERIFIED_FIX)
        if self.status is PublishStatus.ZONE_NOT_FOUND:
            return msg(ZONE_NOT_FOUND_FIX)
        if self.status is PublishStatus.SERVER_SILENT:
            return msg(SERVER_SILENT_FIX, self.request.server.port)
        if self.status is PublishStatus.ADDRESS_OUTSIDE_ZONE:
            return msg(ADDRESS_OUTSIDE_ZONE_FIX, self.request.record.host, self._zone_shown())
        if self.ad_zone:
            dc = self.domain_controllers[0] if self.domain_controllers else "DC"
            return msg(AD_ZONE_REFUSED_FIX, dc)
        if self.result is not None:
            if self.result.status in (UpdateStatus.TIMEOUT, UpdateStatus.UNREACHABLE):
                return msg(self.result.status.fix, self.request.server.port)
            return msg(self.result.status.fix)
        return None


def zone_holds(zone: str, name: str) -> bool:
    """Is ``name`` inside ``zone`` (or the zone apex)?"""
    zone, name = absolute_name(zone), absolute_name(name)
    return name == zone or name.endswith("." + zone)


def plan_publication(request: PublishRequest, zone: str, current: Sequence[RawRecord]) -> DnsUpdate:
    """The changes that bring the server from ``current`` to what ``request`` asks.

    Args:
        request: the record and the mode (add keeps other hosts' records,
            replace removes them, delete removes only this host's).
        zone: the zone the server holds the domain in.
        current: the SRV records the server returns now.
    """
    record = request.record
    owner = record.owner
    host = absolute_name(record.host)
    mine = [r for r in current if r.rdtype == "SRV" and absolute_name(r.target or "") == host]
    changes: list[RecordChange] = []
    if request.mode is PublishMode.DELETE:
        for old in mine:
            changes.append(RecordChange(ChangeKind.DELETE_RECORD, owner, "SRV", old.value))
        return DnsUpdate(absolute_name(zone), tuple(changes))
    if request.mode is PublishMode.REPLACE:
        changes.append(RecordChange(ChangeKind.DELETE_RRSET, owner, "SRV"))
    else:
        for old in mine:
            if (old.priority, old.weight, old.port) != (
                record.priority,
                record.weight,
                record.port,
            ):
                changes.append(RecordChange(ChangeKind.DELETE_RECORD, owner, "SRV", old.value))
    changes.append(RecordChange(ChangeKind.ADD, owner, "SRV", record.rdata, record.ttl))
    if request.address:
        rdtype = "AAAA" if ":" in request.address else "A"
        changes.append(RecordChange(ChangeKind.DELETE_RRSET, host, rdtype))
        changes.append(RecordChange(ChangeKind.ADD, host, rdtype, request.address, record.ttl))
    return DnsUpdate(absolute_name(zone), tuple(changes))


def publication_visible(request: PublishRequest, after: RawAnswer) -> bool:
    """Does the re-query show what the request wanted?"""
    record = request.record
    host = absolute_name(record.host)
    srv = after.srv()
    mine = [r for r in srv if absolute_name(r.target) == host]
    if request.mode is PublishMode.DELETE:
        return not mine
    wanted = (record.priority, record.weight, record.port)
    if not any((r.priority, r.weight, r.port) == wanted for r in mine):
        return False
    if request.mode is PublishMode.REPLACE:
        return len(srv) == 1
    return len(mine) == 1
