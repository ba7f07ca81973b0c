"""DNS names and numbers as typed, TSIG key files, and the DNS answers servers send.

Answers are built as DNS messages with dnspython (hostile labels, odd record
sets, any rcode), sent through the wire format and read back by the adapter's own
conversion (``app.adapters.dns_query``), then judged by ``app.domain.dns_evaluation``:
every finding must render, whatever the servers said.
"""

from __future__ import annotations

import ipaddress

import dns.exception
import dns.flags
import dns.message
import dns.name
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rdtypes.ANY.CNAME
import dns.rdtypes.ANY.NS
import dns.rdtypes.ANY.SOA
import dns.rdtypes.ANY.TXT
import dns.rdtypes.IN.A
import dns.rdtypes.IN.AAAA
import dns.rdtypes.IN.SRV
import dns.rrset
from hypothesis import given
from hypothesis import strategies as st

from app.adapters.dns_query import _to_raw_answer
from app.domain.dns import (
    AddressLookup,
    AuthoritativeServer,
    DnsCheckRequest,
    NameServer,
    Observations,
    ProbeStatus,
    QueryStatus,
    RawAnswer,
    TcpProbeResult,
    ZoneDiscovery,
    srv_name,
)
from app.domain.dns_evaluation import evaluate
from app.domain.dns_input import (
    DnsInputError,
    parse_domain_name,
    parse_host_name,
    parse_int,
    parse_ip_address,
    parse_nameserver,
    parse_port,
    parse_timeout,
)
from app.domain.tsig_key import ALGORITHMS, parse_tsig_key
from tests.property.contract import call, costly, hostile_text, rendered, short_hostile_text

DOMAIN = "example.test"
name_text = st.one_of(
    hostile_text,
    st.lists(st.sampled_from(["kms01", "EXAMPLE", "test", "bücher", "-x", "a" * 64, "", "xn--"]),
             max_size=6).map(".".join),
)


@given(name_text)
def test_typed_names_and_numbers(text):
    for parse in (parse_domain_name, parse_host_name, parse_ip_address, parse_nameserver,
                  parse_port, parse_timeout):
        call(parse, text, errors=(DnsInputError,))
    call(parse_int, text, what="--ttl", low=0, high=2_147_483_647, errors=(DnsInputError,))


@st.composite
def key_file(draw) -> str:
    name = draw(st.one_of(st.just("kms-update"), short_hostile_text))
    algorithm = draw(st.one_of(st.sampled_from(ALGORITHMS), short_hostile_text))
    secret = draw(st.one_of(st.just("c2VjcmV0IGtleSBtYXRlcmlhbA=="), short_hostile_text))
    statement = f'key "{name}" {{\n\talgorithm {algorithm};\n\tsecret "{secret}";\n}};\n'
    noise = draw(st.lists(st.one_of(st.just(statement), short_hostile_text,
                                    st.sampled_from(["/*", "*/", "//", "#", '"', "};", "{"])),
                          max_size=5))
    return "".join([*noise[:2], statement, *noise[2:]])


@given(st.one_of(key_file(), hostile_text))
def test_tsig_key_files(text):
    key = call(parse_tsig_key, text, source="/etc/kms.key", errors=(DnsInputError,))
    if not isinstance(key, DnsInputError):
        assert key.secret and key.algorithm in ALGORITHMS
        assert "secret" not in repr(key) or "<hidden>" in repr(key)


# --- answers ------------------------------------------------------------------------------

label = st.one_of(
    st.sampled_from([b"kms01", b"example", b"test", b"_vlmcs", b"_tcp", b"KMS02", b"ns1"]),
    st.binary(min_size=1, max_size=63),
)


@st.composite
def dns_name(draw) -> dns.name.Name:
    labels = draw(st.lists(label, max_size=5))
    if draw(st.booleans()):
        labels += [b"example", b"test"]
    try:
        return dns.name.Name([*labels, b""])
    except dns.name.NameTooLong:
        return dns.name.from_text(f"{DOMAIN}.")


IN = dns.rdataclass.IN


@st.composite
def rrset(draw, owner: dns.name.Name) -> dns.rrset.RRset:
    kind = draw(st.sampled_from(["SRV", "A", "AAAA", "SOA", "CNAME", "NS", "TXT"]))
    rdtype = dns.rdatatype.from_text(kind)
    u16 = st.integers(0, 65535)
    count = draw(st.integers(1, 3))
    rdatas = []
    for _ in range(count):
        if kind == "SRV":
            rdata = dns.rdtypes.IN.SRV.SRV(IN, rdtype, draw(u16), draw(u16), draw(u16),
                                           draw(dns_name()))
        elif kind == "A":
            rdata = dns.rdtypes.IN.A.A(IN, rdtype, str(draw(st.ip_addresses(v=4))))
        elif kind == "AAAA":
            rdata = dns.rdtypes.IN.AAAA.AAAA(IN, rdtype, str(draw(st.ip_addresses(v=6))))
        elif kind == "SOA":
            u32 = st.integers(0, 2**32 - 1)
            rdata = dns.rdtypes.ANY.SOA.SOA(IN, rdtype, draw(dns_name()), draw(dns_name()),
                                            draw(u32), draw(u32), draw(u32), draw(u32), draw(u32))
        elif kind in ("CNAME", "NS"):
            cls = dns.rdtypes.ANY.CNAME.CNAME if kind == "CNAME" else dns.rdtypes.ANY.NS.NS
            rdata = cls(IN, rdtype, draw(dns_name()))
        else:
            rdata = dns.rdtypes.ANY.TXT.TXT(IN, rdtype, [draw(st.binary(max_size=255))])
        rdatas.append(rdata)
    out = dns.rrset.RRset(owner, IN, rdtype)
    for rdata in rdatas:
        out.add(rdata, ttl=draw(st.integers(0, 2**31 - 1)))
    return out


@st.composite
def answer(draw, qname: str, rdtype: str, server: NameServer, recursive: bool):
    """A server's reply as a DNS message, with what the adapter knows about the question.

    The message is sent through the wire format in the test itself: dnspython shuffles
    record sets with the global ``random`` when writing them, which a strategy must not do.
    """
    query = dns.message.make_query(qname, rdtype, id=4242)  # a fixed id: no hidden randomness
    response = dns.message.make_response(query)
    response.set_rcode(draw(st.sampled_from([0, 0, 0, 1, 2, 3, 4, 5, 9])))
    if draw(st.booleans()):
        response.flags |= dns.flags.AA
    owners = st.one_of(st.just(dns.name.from_text(qname)), dns_name())
    for section in (response.answer, response.authority, response.additional):
        for _ in range(draw(st.integers(0, 2))):
            section.append(draw(rrset(draw(owners))))
    base = {"server": server, "qname": qname, "rdtype": rdtype, "recursive": recursive}
    return response, base, draw(st.floats(0, 5000))


def received(reply) -> RawAnswer | None:
    """What the adapter makes of the reply after the wire (None: dnspython cannot send it)."""
    if reply is None:
        return None
    response, base, elapsed = reply
    try:
        wire = response.to_wire()
    except dns.exception.DNSException:  # too large or inconsistent for dnspython to send
        return None
    return _to_raw_answer(base, dns.message.from_wire(wire), elapsed)


def srv_targets(reply) -> list[str]:
    response, _base, _elapsed = reply
    return [
        rdata.target.to_text().lower()
        for rrset_ in response.answer
        if rrset_.rdtype == dns.rdatatype.SRV
        for rdata in rrset_
    ]


RESOLVER = NameServer("10.0.0.53")
AUTH = NameServer("10.0.0.1")
QNAME = srv_name(DOMAIN)
addresses = st.lists(st.ip_addresses().map(str), max_size=3).map(tuple)


@st.composite
def observations(draw) -> dict:
    """Everything a check could have seen; the replies still as DNS messages."""
    srv_replies = (
        draw(answer(QNAME, "SRV", RESOLVER, True)),
        draw(answer(QNAME, "SRV", AUTH, False)),
    )
    targets = tuple(
        AddressLookup(
            target,
            draw(addresses),
            draw(st.sampled_from(list(QueryStatus))),
            alias_of=draw(st.none() | st.just("alias.example.test.")),
        )
        for reply in srv_replies
        for target in srv_targets(reply)
    )
    probes = tuple(
        TcpProbeResult(
            address,
            draw(st.integers(0, 65535)),
            draw(st.sampled_from(list(ProbeStatus))),
            target=lookup.name,
        )
        for lookup in targets
        for address in lookup.addresses
    )
    host = draw(st.none() | st.just("kms01.example.test"))
    return {
        "request": DnsCheckRequest(
            DOMAIN, (RESOLVER,), host=host, host_addresses=draw(addresses)
        ),
        "resolvers": (RESOLVER,),
        "zone": ZoneDiscovery(
            draw(st.sampled_from([f"{DOMAIN}.", "test.", None, "."])),
            "ns1.example.test.",
            draw(st.none() | st.integers(0, 2**32 - 1)),
            RESOLVER,
            domain_exists=draw(st.booleans()),
        ),
        "ns_answer": draw(st.none() | answer(f"{DOMAIN}.", "NS", RESOLVER, True)),
        "ns_names": ("ns1.example.test.",),
        "authoritative": (AuthoritativeServer("ns1.example.test.", AUTH),),
        "srv_answers": srv_replies,
        "soa_answers": (draw(answer(f"{DOMAIN}.", "SOA", AUTH, False)),),
        "targets": targets,
        "host": AddressLookup(f"{host}.", draw(addresses), QueryStatus.ANSWER) if host else None,
        "probes": probes,
        "ad_marker": draw(
            st.none() | answer(f"_ldap._tcp.dc._msdcs.{DOMAIN}.", "SRV", RESOLVER, True)
        ),
    }


@costly(0.25)
@given(observations())
def test_dns_answers_are_judged_without_crashing(seen):
    fields = dict(seen)
    for name in ("srv_answers", "soa_answers"):
        fields[name] = tuple(a for a in map(received, fields[name]) if a is not None)
    for name in ("ns_answer", "ad_marker"):
        fields[name] = received(fields[name])
    for finding in call(evaluate, Observations(**fields), errors=()):
        for text in (finding.detail, finding.explanation, finding.fix):
            if text is not None:
                rendered(text)


def test_answers_really_carry_hostile_names():
    """The generator reaches what it claims: binary labels come back escaped, not dropped."""
    owner = dns.name.Name([b"\x00\xff(", b"example", b"test", b""])
    response = dns.message.make_response(dns.message.make_query(QNAME, "SRV", id=1))
    records = dns.rrset.RRset(dns.name.from_text(QNAME), IN, dns.rdatatype.SRV)
    records.add(dns.rdtypes.IN.SRV.SRV(IN, dns.rdatatype.SRV, 0, 0, 1688, owner), ttl=60)
    response.answer.append(records)
    base = {"server": RESOLVER, "qname": QNAME, "rdtype": "SRV", "recursive": True}
    raw = _to_raw_answer(base, dns.message.from_wire(response.to_wire()), 1.0)
    assert raw.status is QueryStatus.ANSWER
    assert raw.srv()[0].target == "\\000\\255\\(.example.test."
    assert ipaddress.ip_address(RESOLVER.address)
