"""The lab's authoritative DNS logic: one query or update in, one reply out.

Answers from a :class:`~app.lab.zone.LabZone` the way an authoritative server
does — AA flag, NXDOMAIN versus NOERROR-with-no-data (both with the SOA in the
authority section), CNAME chains inside the zone, target addresses in the
additional section, REFUSED for names outside the zone — and applies RFC 2136
dynamic updates (prerequisites included) when they are signed with one of the
TSIG keys the lab was given. Unsigned updates are REFUSED; a wrong key or a bad
signature gets NOTAUTH with the TSIG error (BADKEY, BADSIG, BADTIME), as BIND
answers, and changes nothing.

Transport (UDP, TCP) is ``app.lab.dns_server``'s job.
"""

from __future__ import annotations

import threading

import dns.exception
import dns.flags
import dns.message
import dns.name
import dns.opcode
import dns.rcode
import dns.rdata
import dns.rdataclass
import dns.rdatatype
import dns.rrset
import dns.tsig
import dns.update

from app.lab.zone import LabRecord, LabZone, absolute

# Record types the lab lets an update add or delete. SOA and NS stay the
# lab's own: a training session must not be able to break delegation.
UPDATABLE_TYPES = frozenset({"A", "AAAA", "SRV", "TXT", "CNAME"})
CNAME_CHAIN_LIMIT = 8
SOA_TIMERS = "3600 600 86400 60"


class LabDnsResponder:
    """Turns request bytes into reply bytes for one zone. Thread-safe.

    Args:
        zone: the records to serve and to update.
        nameserver_address: the address the synthesised ``ns1`` name resolves
            to when the zone has no NS records of its own (the server's).
        tsig_keys: key name → secret (HMAC-SHA256), the keys allowed to update.
    """

    def __init__(
        self,
        zone: LabZone,
        *,
        nameserver_address: str = "127.0.0.1",
        tsig_keys: dict[str, bytes] | None = None,
    ) -> None:
        self.zone = zone
        self.nameserver_address = nameserver_address
        self._keyring = {
            dns.name.from_text(name): dns.tsig.Key(name, secret)
            for name, secret in (tsig_keys or {}).items()
        }
        self._update_lock = threading.Lock()

    # --- entry point --------------------------------------------------------------------

    def respond(self, wire: bytes, *, max_size: int = 65535) -> bytes | None:
        """The reply to ``wire``, or None when it is not worth answering (not even a header)."""
        try:
            request = dns.message.from_wire(wire, keyring=self._keyring)
        except dns.message.UnknownTSIGKey:
            return self._tsig_failure(wire, dns.rcode.BADKEY)
        except (dns.tsig.BadKey, dns.tsig.BadAlgorithm):
            return self._tsig_failure(wire, dns.rcode.BADKEY)
        except dns.tsig.BadTime:
            return self._tsig_failure(wire, dns.rcode.BADTIME)
        except dns.tsig.BadSignature:
            return self._tsig_failure(wire, dns.rcode.BADSIG)
        except Exception:  # garbage in: FORMERR when we can, else silence
            return _format_error(wire)
        if request.flags & dns.flags.QR:
            return None  # a reply sent to us; answering would start a loop
        try:
            opcode = request.opcode()
            if opcode == dns.opcode.QUERY:
                response = self._answer(request)
            elif opcode == dns.opcode.UPDATE:
                response = self._update(request)
            else:
                response = dns.message.make_response(request)
                response.set_rcode(dns.rcode.NOTIMP)
            return _to_wire(response, max_size)
        except Exception:  # a lab bug must look like a server failure, not a hang
            failure = dns.message.make_response(request)
            failure.set_rcode(dns.rcode.SERVFAIL)
            return _to_wire(failure, max_size)

    # --- queries ------------------------------------------------------------------------

    def _answer(self, request: dns.message.Message) -> dns.message.Message:
        response = dns.message.make_response(request)
        if len(request.question) != 1:
            response.set_rcode(dns.rcode.FORMERR)
            return response
        question = request.question[0]
        qname = question.name.to_text().lower()
        if question.rdclass != dns.rdataclass.IN or not self.zone.in_zone(qname):
            response.set_rcode(dns.rcode.REFUSED)  # not ours, and we do not recurse
            return response
        response.flags |= dns.flags.AA
        records = self._records()
        rdtype = dns.rdatatype.to_text(question.rdtype)
        name = qname
        for _ in range(CNAME_CHAIN_LIMIT):
            here = [r for r in records if r.name == name]
            wanted = [r for r in here if rdtype in ("ANY", r.rdtype)]
            alias = [r for r in here if r.rdtype == "CNAME"]
            if wanted or not alias or rdtype == "CNAME":
                break
            _add(response.answer, alias)
            name = absolute(alias[0].value)
            if not self.zone.in_zone(name):
                return response  # the resolver follows the chain outside the zone
        else:
            wanted = []
        if wanted:
            _add(response.answer, wanted)
            _add(response.additional, self._addresses_for(wanted, records))
            return response
        if response.answer:
            return response  # a chain ending at a name with no data of this type
        if not self._name_exists(name, records):
            response.set_rcode(dns.rcode.NXDOMAIN)
        _add(response.authority, [r for r in records if r.rdtype == "SOA"])
        return response

    def _records(self) -> list[LabRecord]:
        """The zone's records plus the SOA and NS it needs if the model gave none."""
        origin = self.zone.origin
        stored = self.zone.records()
        soa_fields = next((r.value.split() for r in stored if r.rdtype == "SOA"), None)
        primary = soa_fields[0] if soa_fields else f"ns1.{origin}"
        contact = soa_fields[1] if soa_fields and len(soa_fields) > 1 else f"hostmaster.{origin}"
        ttl = self.zone.default_ttl
        # The serial follows the zone's, so every change shows in the SOA (as it must).
        soa = LabRecord(origin, "SOA", ttl, f"{primary} {contact} {self.zone.serial} {SOA_TIMERS}")
        records = [r for r in stored if r.rdtype != "SOA"]
        records.append(soa)
        if not any(r.rdtype == "NS" and r.name == origin for r in records):
            ns = f"ns1.{origin}"
            records.append(LabRecord(origin, "NS", ttl, ns))
            if not any(r.name == ns for r in records):
                records.append(LabRecord(ns, "A", ttl, self.nameserver_address))
        return records

    def _name_exists(self, name: str, records: list[LabRecord]) -> bool:
        # An empty non-terminal (a name with records only below it) exists too.
        return any(r.name == name or r.name.endswith("." + name) for r in records)

    def _addresses_for(self, answers: list[LabRecord], records: list[LabRecord]) -> list[LabRecord]:
        targets = set()
        for record in answers:
            if record.rdtype == "SRV":
                targets.add(absolute(record.value.split()[-1]))
            elif record.rdtype == "NS":
                targets.add(absolute(record.value))
        return [r for r in records if r.name in targets and r.rdtype in ("A", "AAAA")]

    # --- updates ------------------------------------------------------------------------

    def _update(self, request: dns.update.UpdateMessage) -> dns.message.Message:
        response = dns.message.make_response(request)
        if not request.had_tsig or not self._keyring:
            response.set_rcode(dns.rcode.REFUSED)
            return response
        if len(request.zone) != 1 or request.zone[0].rdtype != dns.rdatatype.SOA:
            response.set_rcode(dns.rcode.FORMERR)
            return response
        if request.zone[0].name.to_text().lower() != self.zone.origin:
            response.set_rcode(dns.rcode.NOTAUTH)
            return response
        with self._update_lock:
            rcode = self._check_update(request)
            if rcode == dns.rcode.NOERROR:
                self._apply(request.update)
        response.set_rcode(rcode)
        return response

    def _check_update(self, request: dns.update.UpdateMessage) -> int:
        for rrset in [*request.prerequisite, *request.update]:
            if not self.zone.in_zone(rrset.name.to_text()):
                return dns.rcode.NOTZONE
        for rrset in request.update:
            rdtype = dns.rdatatype.to_text(rrset.rdtype)
            if rdtype == "ANY" and rrset.deleting == dns.rdataclass.ANY:
                continue  # "delete every RRset at this name" (SOA and NS stay)
            if rdtype not in UPDATABLE_TYPES:
                return dns.rcode.REFUSED
        return self._check_prerequisites(request.prerequisite)

    def _check_prerequisites(self, prerequisites: list[dns.rrset.RRset]) -> int:
        records = self._records()
        for rrset in prerequisites:
            name = rrset.name.to_text().lower()
            rdtype = dns.rdatatype.to_text(rrset.rdtype)
            at_name = [r for r in records if r.name == name]
            of_type = [r for r in at_name if r.rdtype == rdtype]
            if rrset.deleting == dns.rdataclass.ANY:
                if rdtype == "ANY" and not at_name:
                    return dns.rcode.NXDOMAIN  # "name is in use" failed
                if rdtype != "ANY" and not of_type:
                    return dns.rcode.NXRRSET  # "RRset exists" failed
            elif rrset.deleting == dns.rdataclass.NONE:
                if rdtype == "ANY" and at_name:
                    return dns.rcode.YXDOMAIN  # "name is not in use" failed
                if rdtype != "ANY" and of_type:
                    return dns.rcode.YXRRSET  # "RRset does not exist" failed
            elif {_parse(r) for r in of_type} != set(rrset):
                return dns.rcode.NXRRSET  # "RRset exists with exactly these values" failed
        return dns.rcode.NOERROR

    def _apply(self, changes: list[dns.rrset.RRset]) -> None:
        for rrset in changes:
            name = rrset.name.to_text().lower()
            rdtype = dns.rdatatype.to_text(rrset.rdtype)
            if rrset.deleting is None:
                existing = {_parse(r) for r in self.zone.records(name, rdtype)}
                for rdata in rrset:
                    if rdata not in existing:
                        self.zone.add(name, rdtype, rdata.to_text(), rrset.ttl)
            elif rrset.deleting == dns.rdataclass.ANY:
                if rdtype == "ANY":
                    for stored in self.zone.records(name):
                        if stored.rdtype in UPDATABLE_TYPES:
                            self.zone.delete(name, stored.rdtype, stored.value)
                else:
                    self.zone.delete(name, rdtype)
            else:  # class NONE: delete these exact records
                doomed = set(rrset)
                for stored in self.zone.records(name, rdtype):
                    if _parse(stored) in doomed:
                        self.zone.delete(name, rdtype, stored.value)

    # --- TSIG failures ------------------------------------------------------------------

    def _tsig_failure(self, wire: bytes, error: int) -> bytes | None:
        """NOTAUTH carrying the TSIG error, like BIND: the client learns why, nothing changes."""
        try:
            request = dns.message.from_wire(wire, keyring=False)
        except Exception:
            return _format_error(wire)
        response = dns.message.make_response(request)
        response.set_rcode(dns.rcode.NOTAUTH)
        if request.tsig:
            owner = request.tsig.name
            algorithm = request.tsig[0].algorithm
            # We cannot sign with a key we do not share; the client checks the
            # error field before the MAC, so any key of that name carries it.
            key = self._keyring.get(owner) or dns.tsig.Key(owner, b"\0" * 32, algorithm)
            response.use_tsig(key, tsig_error=error, original_id=request.id)
        return _to_wire(response, 65535)


def _parse(record: LabRecord) -> dns.rdata.Rdata | None:
    try:
        return dns.rdata.from_text(
            dns.rdataclass.IN, record.rdtype, record.value, dns.name.root, relativize=False
        )
    except (dns.exception.DNSException, ValueError):
        return None


def _add(section: list[dns.rrset.RRset], records: list[LabRecord]) -> None:
    """Group records into RRsets (one TTL per RRset) and append them, skipping bad data."""
    groups: dict[tuple[str, str], dns.rrset.RRset] = {}
    for record in records:
        rdata = _parse(record)
        if rdata is None:
            continue  # the model stored something unparsable: serve the rest
        key = (record.name, record.rdtype)
        if key not in groups:
            groups[key] = dns.rrset.RRset(
                dns.name.from_text(record.name), dns.rdataclass.IN, rdata.rdtype
            )
            section.append(groups[key])
        groups[key].add(rdata, record.ttl)


def _to_wire(response: dns.message.Message, max_size: int) -> bytes:
    try:
        return response.to_wire(max_size=max_size)
    except dns.exception.TooBig:
        # Too big for UDP: the question alone with TC set makes the client retry over TCP.
        response.answer = []
        response.authority = []
        response.additional = []
        response.flags |= dns.flags.TC
        return response.to_wire(max_size=max_size)


def _format_error(wire: bytes) -> bytes | None:
    if len(wire) < 12 or wire[2] & 0x80:
        return None  # no header, or a reply: not worth an answer
    # Echo the id and opcode, QR set, no sections, rcode FORMERR.
    flags = 0x8000 | (wire[2] & 0x78) << 8 | dns.rcode.FORMERR
    return wire[:2] + flags.to_bytes(2, "big") + bytes(8)
