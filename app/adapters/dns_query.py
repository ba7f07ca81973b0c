"""One DNS question to one server, with dnspython, turned into a :class:`RawAnswer`.

Whatever happens — an answer, a refusal, silence, an ICMP error, bytes that
are not DNS — comes back as a status, never as an exception: the check asks
many servers at once and must judge every one of them.
"""

from __future__ import annotations

import time

import dns.exception
import dns.flags
import dns.message
import dns.name
import dns.query
import dns.rcode
import dns.rdatatype
import dns.resolver

from app.domain.dns import DEFAULT_DNS_PORT, NameServer, QueryStatus, RawAnswer, RawRecord

# Large enough for a few SRV records with their addresses, small enough to
# avoid IP fragmentation (the DNS flag day 2020 value).
EDNS_PAYLOAD = 1232

_RCODE_STATUS = {
    dns.rcode.REFUSED: QueryStatus.REFUSED,
    dns.rcode.SERVFAIL: QueryStatus.SERVFAIL,
    dns.rcode.NXDOMAIN: QueryStatus.NXDOMAIN,
}


def system_nameservers() -> list[NameServer]:
    """The resolvers this computer is configured with (empty if none or unreadable)."""
    try:
        resolver = dns.resolver.Resolver(configure=True)
    except (dns.exception.DNSException, OSError):
        return []
    servers = []
    for entry in resolver.nameservers:
        address = str(entry if isinstance(entry, str) else getattr(entry, "address", entry))
        port = int(getattr(entry, "port", resolver.port) or DEFAULT_DNS_PORT)
        servers.append(NameServer(address, port))
    return servers


def query(
    server: NameServer, qname: str, rdtype: str, *, recursive: bool, timeout: float
) -> RawAnswer:
    """Ask ``server`` for ``qname``/``rdtype`` over UDP (TCP when the reply is truncated)."""
    base = {"server": server, "qname": qname, "rdtype": rdtype, "recursive": recursive}
    started = time.monotonic()

    def elapsed() -> float:
        return round((time.monotonic() - started) * 1000, 2)

    try:
        request = dns.message.make_query(qname, rdtype, use_edns=0, payload=EDNS_PAYLOAD)
    except (dns.exception.DNSException, ValueError) as problem:
        return RawAnswer(**base, status=QueryStatus.MALFORMED, problem=_describe(problem))
    if not recursive:
        request.flags &= ~dns.flags.RD
    try:
        response, _used_tcp = dns.query.udp_with_fallback(
            request, server.address, timeout=max(timeout, 0.01), port=server.port
        )
    except dns.exception.Timeout:
        return RawAnswer(**base, status=QueryStatus.TIMEOUT, elapsed_ms=elapsed())
    except OSError as problem:
        # ICMP port unreachable on the TCP retry, no route, or a closed port.
        return RawAnswer(
            **base,
            status=QueryStatus.UNREACHABLE,
            elapsed_ms=elapsed(),
            problem=problem.strerror or _describe(problem),
        )
    except Exception as problem:  # a hostile reply must never crash a check
        # Bytes that are not DNS, a reply to another question, a broken record.
        return RawAnswer(
            **base, status=QueryStatus.MALFORMED, elapsed_ms=elapsed(), problem=_describe(problem)
        )
    return _to_raw_answer(base, response, elapsed())


def _to_raw_answer(base: dict, response: dns.message.Message, elapsed_ms: float) -> RawAnswer:
    rcode = response.rcode()
    answer = _records(response.answer)
    wanted_type = base["rdtype"]
    wanted = _names_in_chain(base["qname"], answer)
    has_data = any(r.rdtype == wanted_type and r.name in wanted for r in answer)
    if rcode == dns.rcode.NOERROR:
        status = QueryStatus.ANSWER if has_data else QueryStatus.NODATA
    else:
        status = _RCODE_STATUS.get(rcode, QueryStatus.OTHER_RCODE)
    return RawAnswer(
        **base,
        status=status,
        rcode=dns.rcode.to_text(rcode),
        authoritative=bool(response.flags & dns.flags.AA),
        records=tuple(answer),
        authority=tuple(_records(response.authority)),
        additional=tuple(_records(response.additional)),
        elapsed_ms=elapsed_ms,
    )


def _names_in_chain(qname: str, records: list[RawRecord]) -> set[str]:
    """The asked name and every name a CNAME chain in the answer leads to."""
    names = {qname.lower()}
    for _ in range(8):  # a chain longer than this is a loop
        more = {r.value.lower() for r in records if r.rdtype == "CNAME" and r.name in names}
        if more <= names:
            break
        names |= more
    return names


def _records(section) -> list[RawRecord]:
    out: list[RawRecord] = []
    for rrset in section:
        name = rrset.name.to_text().lower()
        rdtype = dns.rdatatype.to_text(rrset.rdtype)
        for rdata in rrset:
            value = rdata.to_text()
            if rdtype == "SRV":
                out.append(
                    RawRecord(
                        name,
                        rdtype,
                        rrset.ttl,
                        value,
                        priority=rdata.priority,
                        weight=rdata.weight,
                        port=rdata.port,
                        target=rdata.target.to_text().lower(),
                    )
                )
            else:
                if rdtype in ("CNAME", "NS"):
                    value = value.lower()
                out.append(RawRecord(name, rdtype, rrset.ttl, value))
    return out


def _describe(problem: BaseException) -> str:
    text = str(problem).strip()
    name = type(problem).__name__
    return f"{name}: {text}"[:200] if text else name
