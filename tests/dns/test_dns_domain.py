"""The pure DNS domain: input rules, TSIG key files, remedies, update plans, evaluation.

No network, no Qt: hand-made answers in, findings out.
"""

from __future__ import annotations

import base64

import pytest

from app.domain.dns import (
    AddressLookup,
    AuthoritativeServer,
    CheckId,
    DnsCheckRequest,
    NameServer,
    Observations,
    ProbeStatus,
    QueryStatus,
    RawAnswer,
    RawRecord,
    Severity,
    TcpProbeResult,
    ZoneDiscovery,
    srv_name,
)
from app.domain.dns_evaluation import evaluate
from app.domain.dns_input import (
    DnsInputError,
    parse_domain_name,
    parse_host_name,
    parse_nameserver,
    parse_port,
    parse_timeout,
)
from app.domain.dns_remedies import (
    bind_zone_line,
    dns_manager_fields,
    powershell_command,
    publish_list_entry,
    publish_list_lines,
    publish_list_powershell,
    srv_publication,
)
from app.domain.dns_update import (
    ChangeKind,
    PublishMode,
    PublishRequest,
    plan_publication,
    publication_visible,
)
from app.domain.tsig_key import parse_tsig_key

SECRET = base64.b64encode(b"k" * 32).decode()


# --- input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("Example.TEST.", "example.test"),
        ("  corp.example.com ", "corp.example.com"),
        ("bücher.example", "xn--bcher-kva.example"),
        ("a" * 63 + ".test", "a" * 63 + ".test"),
        ("corp", "corp"),  # a single-label AD domain is rare but legal
    ],
)
def test_good_domain_names(typed, canonical):
    assert parse_domain_name(typed) == canonical


@pytest.mark.parametrize(
    "typed",
    [
        "",
        ".",
        "a b.test",
        "tab\there.test",
        "x" * 64 + ".test",
        "a..b",
        "-a.test",
        "a-.test",
        "a_b.test",
        "a;rm -rf.test",
        "10.0.0.1",
        "$(whoami).test",
        "a'b.test",
        "x." * 130 + "test",
    ],
)
def test_bad_domain_names(typed):
    with pytest.raises(DnsInputError) as problem:
        parse_domain_name(typed)
    assert problem.value.message.english()  # a message for the user, not a bare exception


def test_host_must_be_fully_qualified():
    assert parse_host_name("KMS01.example.test") == "kms01.example.test"
    with pytest.raises(DnsInputError):
        parse_host_name("kms01")


@pytest.mark.parametrize(
    ("typed", "server"),
    [
        ("10.0.0.53", NameServer("10.0.0.53", 53)),
        ("127.0.0.1:5353", NameServer("127.0.0.1", 5353)),
        ("2001:db8::53", NameServer("2001:db8::53", 53)),
        ("[2001:db8::53]:5353", NameServer("2001:db8::53", 5353)),
        ("[::1]", NameServer("::1", 53)),
    ],
)
def test_nameserver_specs(typed, server):
    assert parse_nameserver(typed) == server


@pytest.mark.parametrize(
    "typed", ["dns.example", "127.0.0.1:", "127.0.0.1:99999", "[127.0.0.1]:53", "1.2.3.4:5:6", ""]
)
def test_bad_nameserver_specs(typed):
    with pytest.raises(DnsInputError):
        parse_nameserver(typed)


def test_ports_and_timeouts():
    assert parse_port("1688") == 1688
    for bad in ("0", "65536", "-1", "1688.0", "0x10", " "):
        with pytest.raises(DnsInputError):
            parse_port(bad)
    assert parse_timeout("2.5") == 2.5
    for bad in ("0", "61", "inf", "nan", "three"):
        with pytest.raises(DnsInputError):
            parse_timeout(bad)


def test_nameserver_address_is_printed_back_usable():
    assert str(NameServer("2001:db8::53", 5353)) == "[2001:db8::53]:5353"
    assert str(NameServer("127.0.0.1", 53)) == "127.0.0.1:53"


# --- TSIG key files -----------------------------------------------------------------------


def test_key_file_as_tsig_keygen_prints_it():
    text = f'key "kms-publisher" {{\n\talgorithm hmac-sha256;\n\tsecret "{SECRET}";\n}};\n'
    key = parse_tsig_key(text, source="k.key")
    assert (key.name, key.algorithm, key.secret) == ("kms-publisher", "hmac-sha256", b"k" * 32)
    assert SECRET not in repr(key) and "kkkk" not in repr(key)


def test_key_file_with_comments_and_slashes_in_the_secret():
    secret = base64.b64encode(b"\xff\xff\xfc" * 11).decode()  # base64 full of "/"
    assert "//" in secret
    text = (
        "# made for the KMS record\n"
        f"key ddns_key. {{ // bare name, trailing dot\n algorithm HMAC-SHA512; /* x */\n"
        f' secret "{secret}"; }};'
    )
    key = parse_tsig_key(text, source="k")
    assert key.name == "ddns_key" and key.algorithm == "hmac-sha512"
    assert key.secret == b"\xff\xff\xfc" * 11


def test_key_error_messages_name_the_file_but_never_the_secret():
    text = 'key "k" { algorithm hmac-sha256; secret "c2Vj!!cmV0"; };'
    with pytest.raises(DnsInputError) as problem:
        parse_tsig_key(text, source="/etc/kms.key")
    assert "/etc/kms.key" in str(problem.value)
    assert "c2Vj" not in str(problem.value)


# --- remedies -----------------------------------------------------------------------------


def test_remedies_for_a_record_in_its_own_zone():
    record = srv_publication("example.test", "kms01.example.test")
    assert bind_zone_line(record) == "_vlmcs._tcp  3600 IN SRV 0 0 1688 kms01.example.test."
    assert powershell_command(record) == (
        "Add-DnsServerResourceRecord -ZoneName example.test -Name _vlmcs._tcp -Srv "
        "-DomainName kms01.example.test -Priority 0 -Weight 0 -Port 1688 -TimeToLive 01:00:00"
    )
    fields = [(label.source, value) for label, value in dns_manager_fields(record)]
    assert fields == [
        ("Service", "_VLMCS"),
        ("Protocol", "_TCP"),
        ("Priority", "0"),
        ("Weight", "0"),
        ("Port number", "1688"),
        ("Host offering this service", "kms01.example.test"),
    ]


def test_remedies_for_a_sub_domain_of_the_zone():
    record = srv_publication(
        "Branch.Example.test.",
        "kms02.example.test",
        port="1689",
        priority="10",
        weight="40",
        ttl="90000",
    )
    assert bind_zone_line(record, "example.test.") == (
        "_vlmcs._tcp.branch  90000 IN SRV 10 40 1689 kms02.example.test."
    )
    assert "-ZoneName example.test -Name _vlmcs._tcp.branch -Srv" in powershell_command(
        record, "example.test"
    )
    assert "-TimeToLive 1.01:00:00" in powershell_command(record)


def test_publish_list_for_several_domains():
    entries = [
        publish_list_entry("corp.example.test"),
        publish_list_entry("Branch.Example.test", 10, 40),
        publish_list_entry("corp.example.test.", 5, 5),  # the same domain twice: first wins
    ]
    assert publish_list_lines(entries) == ["corp.example.test, 0, 0", "branch.example.test, 10, 40"]
    command = publish_list_powershell(entries)
    assert "-Name DnsDomainPublishList -PropertyType MultiString" in command
    assert "@('corp.example.test, 0, 0','branch.example.test, 10, 40')" in command


@pytest.mark.parametrize(
    "hostile",
    [
        "kms01.example.test; Remove-Item C:\\",
        "kms01.example.test' -Force",
        "$(calc).test",
        "kms01.example.test`n",
    ],
)
def test_generated_commands_refuse_hostile_names(hostile):
    with pytest.raises(DnsInputError):
        srv_publication("example.test", hostile)
    with pytest.raises(DnsInputError):
        publish_list_entry(hostile)


# --- update plans -------------------------------------------------------------------------


def _srv(value: str) -> RawRecord:
    prio, weight, port, target = value.split()
    return RawRecord(
        "_vlmcs._tcp.example.test.", "SRV", 3600, value, int(prio), int(weight), int(port), target
    )


def _request(mode=PublishMode.ADD, address=None, **fields) -> PublishRequest:
    record = srv_publication("example.test", "kms01.example.test", **fields)
    return PublishRequest(record, NameServer("127.0.0.1"), mode, address)


def test_add_keeps_other_hosts_and_replaces_its_own_old_record():
    current = [_srv("0 0 1688 kms01.example.test."), _srv("0 0 1688 kms02.example.test.")]
    plan = plan_publication(_request(port=1689), "example.test", current)
    assert [(c.kind, c.value) for c in plan.changes] == [
        (ChangeKind.DELETE_RECORD, "0 0 1688 kms01.example.test."),
        (ChangeKind.ADD, "0 0 1689 kms01.example.test."),
    ]
    assert plan.zone == "example.test."


def test_replace_and_delete_and_address_plans():
    current = [_srv("0 0 1688 kms01.example.test."), _srv("0 0 1688 kms02.example.test.")]
    replace = plan_publication(_request(PublishMode.REPLACE), "example.test", current)
    assert [c.kind for c in replace.changes] == [ChangeKind.DELETE_RRSET, ChangeKind.ADD]
    delete = plan_publication(_request(PublishMode.DELETE), "example.test", current)
    assert [(c.kind, c.value) for c in delete.changes] == [
        (ChangeKind.DELETE_RECORD, "0 0 1688 kms01.example.test.")
    ]
    with_address = plan_publication(_request(address="2001:db8::1"), "example.test", [])
    assert [(c.kind, c.rdtype, c.name) for c in with_address.changes][-2:] == [
        (ChangeKind.DELETE_RRSET, "AAAA", "kms01.example.test."),
        (ChangeKind.ADD, "AAAA", "kms01.example.test."),
    ]


def test_verification_of_what_the_server_answers_after():
    server = NameServer("127.0.0.1")
    after = RawAnswer(
        server,
        "_vlmcs._tcp.example.test.",
        "SRV",
        QueryStatus.ANSWER,
        records=(_srv("0 0 1688 kms01.example.test."), _srv("0 0 1688 kms02.example.test.")),
    )
    assert publication_visible(_request(), after)
    assert not publication_visible(_request(PublishMode.REPLACE), after)
    assert not publication_visible(_request(PublishMode.DELETE), after)
    assert not publication_visible(_request(port=1689), after)


# --- evaluation on hand-made observations --------------------------------------------------

RESOLVER = NameServer("10.0.0.53")
AUTH = NameServer("10.0.0.1")
QNAME = srv_name("example.test")


def _observe(
    srv_records=("0 0 1688 kms01.example.test.",),
    *,
    host="kms01.example.test",
    host_addresses=("10.0.0.10",),
    known=(),
    probe=ProbeStatus.REACHABLE,
) -> Observations:
    records = tuple(_srv(v) for v in srv_records)
    status = QueryStatus.ANSWER if records else QueryStatus.NXDOMAIN
    answers = (
        RawAnswer(RESOLVER, QNAME, "SRV", status, recursive=True, records=records),
        RawAnswer(AUTH, QNAME, "SRV", status, recursive=False, authoritative=True, records=records),
    )
    targets = tuple(
        AddressLookup(r.target, host_addresses, QueryStatus.ANSWER)
        for r in records
        if r.target != "."
    )
    probes = tuple(
        TcpProbeResult(a, r.port, probe, target=r.target)
        for r in records
        if r.target != "."
        for a in host_addresses
    )
    request = DnsCheckRequest("example.test", (RESOLVER,), host=host, host_addresses=known)
    return Observations(
        request=request,
        resolvers=(RESOLVER,),
        zone=ZoneDiscovery("example.test.", "ns1.example.test.", 7, RESOLVER),
        ns_names=("ns1.example.test.",),
        authoritative=(AuthoritativeServer("ns1.example.test.", AUTH),),
        srv_answers=answers,
        targets=targets,
        host=AddressLookup(f"{host}.", host_addresses, QueryStatus.ANSWER) if host else None,
        probes=probes,
    )


def _by_check(findings) -> dict[CheckId, list[Severity]]:
    out: dict[CheckId, list[Severity]] = {}
    for finding in findings:
        out.setdefault(finding.check, []).append(finding.severity)
    return out


def test_everything_fine_gives_only_ok_and_every_finding_is_explained():
    findings = evaluate(_observe())
    assert {f.severity for f in findings} == {Severity.OK}
    assert all(f.explanation.english() and f.fix is None for f in findings)


def test_target_dot_means_service_not_available():
    findings = _by_check(evaluate(_observe(("0 0 0 .",))))
    assert findings[CheckId.SRV_PRESENT] == [Severity.ERROR, Severity.ERROR]
    assert findings[CheckId.EXPECTED_HOST] == [Severity.ERROR]


def test_host_addresses_known_to_the_wizard_are_compared():
    findings = evaluate(_observe(known=("10.0.0.99",)))
    wrong = [f for f in findings if f.check is CheckId.HOST_ADDRESS]
    assert [f.severity for f in wrong] == [Severity.ERROR]
    assert "10.0.0.99" in wrong[0].detail.english()
    assert wrong[0].fix is not None


def test_unreachable_expected_host_is_an_error_with_a_fix_naming_the_port():
    findings = [
        f for f in evaluate(_observe(probe=ProbeStatus.TIMEOUT)) if f.check is CheckId.TCP_REACHABLE
    ]
    assert [f.severity for f in findings] == [Severity.ERROR]
    assert "Test-NetConnection kms01.example.test -Port 1688" in findings[0].fix.english()
