"""The lab's DNS server, spoken to with dnspython and with our own CLI, over real sockets."""

from __future__ import annotations

import base64
import json
import secrets
import socket

import dns.flags
import dns.message
import dns.query
import dns.rcode
import dns.tsig
import dns.update
import pytest

from app.cli import main
from app.lab.dns_server import LabDnsServer
from app.lab.zone import LabZone, SrvRecord

KEY_NAME = "lab-publisher"
SRV = "_vlmcs._tcp.lab.test."


@pytest.fixture
def kms_port():
    """A listening socket standing in for the KMS host's port 1688."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield listener.getsockname()[1]


@pytest.fixture
def secret() -> bytes:
    return secrets.token_bytes(32)


@pytest.fixture
def zone(kms_port) -> LabZone:
    zone = LabZone("lab.test.")
    zone.add("kms01.lab.test", "A", "127.0.0.1")
    zone.add(SRV, "SRV", f"0 0 {kms_port} kms01.lab.test.")
    zone.add("client01.lab.test", "A", "127.0.0.21")
    return zone


@pytest.fixture
def server(zone, secret):
    with LabDnsServer(zone, tsig_keys={KEY_NAME: secret}) as running:
        yield running


def ask(server: LabDnsServer, name: str, rdtype: str, *, tcp: bool = False) -> dns.message.Message:
    query = dns.message.make_query(name, rdtype)
    if tcp:
        return dns.query.tcp(query, "127.0.0.1", port=server.port, timeout=2)
    return dns.query.udp(query, "127.0.0.1", port=server.port, timeout=2)


def signed_update(key_secret: bytes, key_name: str = KEY_NAME) -> dns.update.UpdateMessage:
    return dns.update.UpdateMessage("lab.test.", keyring=dns.tsig.Key(key_name, key_secret))


def send(server: LabDnsServer, update) -> dns.message.Message:
    return dns.query.tcp(update, "127.0.0.1", port=server.port, timeout=2)


def test_address_and_port(server):
    assert server.port > 0
    assert server.address == f"127.0.0.1:{server.port}"


def test_srv_answer_is_authoritative_with_the_target_address(server, kms_port):
    reply = ask(server, SRV, "SRV")
    assert reply.rcode() == dns.rcode.NOERROR
    assert reply.flags & dns.flags.AA
    [rrset] = reply.answer
    [record] = list(rrset)
    assert (record.priority, record.weight, record.port, record.target.to_text()) == (
        0,
        0,
        kms_port,
        "kms01.lab.test.",
    )
    assert "127.0.0.1" in reply.additional[0].to_text()


def test_a_record_over_udp_and_tcp(server):
    for tcp in (False, True):
        reply = ask(server, "kms01.lab.test.", "A", tcp=tcp)
        assert [rd.address for rd in reply.answer[0]] == ["127.0.0.1"]


def test_nxdomain_and_nodata_are_told_apart(server):
    missing = ask(server, "nobody.lab.test.", "A")
    assert missing.rcode() == dns.rcode.NXDOMAIN
    nodata = ask(server, "kms01.lab.test.", "AAAA")
    assert nodata.rcode() == dns.rcode.NOERROR and nodata.answer == []
    empty_non_terminal = ask(server, "_tcp.lab.test.", "SRV")
    assert empty_non_terminal.rcode() == dns.rcode.NOERROR
    for reply in (missing, nodata, empty_non_terminal):
        assert reply.flags & dns.flags.AA
        assert reply.authority[0].rdtype == dns.rdatatype.SOA


def test_soa_and_ns_are_synthesised_when_the_zone_has_none(server, zone):
    soa = ask(server, "lab.test.", "SOA").answer[0][0]
    assert soa.serial == zone.serial
    ns = ask(server, "lab.test.", "NS")
    assert [rd.target.to_text() for rd in ns.answer[0]] == ["ns1.lab.test."]
    assert ask(server, "ns1.lab.test.", "A").answer[0][0].address == "127.0.0.1"


def test_names_outside_the_zone_are_refused(server):
    reply = ask(server, "www.example.com.", "A")
    assert reply.rcode() == dns.rcode.REFUSED
    assert not reply.flags & dns.flags.AA


def test_large_answer_is_truncated_over_udp_and_complete_over_tcp(server, zone):
    for n in range(60):
        zone.add(SRV, "SRV", f"0 0 1688 kms-extra-{n:02d}.lab.test.")
    udp = ask(server, SRV, "SRV")
    assert udp.flags & dns.flags.TC
    reply, used_tcp = dns.query.udp_with_fallback(
        dns.message.make_query(SRV, "SRV"), "127.0.0.1", port=server.port, timeout=2
    )
    assert used_tcp and len(reply.answer[0]) == 61


def test_signed_update_changes_the_zone(server, zone, secret):
    serial = zone.serial
    update = signed_update(secret)
    update.replace("_vlmcs._tcp", 600, "SRV", "10 20 1689 kms02.lab.test.")
    update.add("kms02", 600, "A", "127.0.0.2")
    reply = send(server, update)  # dnspython checks the reply's signature too
    assert reply.rcode() == dns.rcode.NOERROR
    assert zone.srv(SRV) == [SrvRecord(10, 20, 1689, "kms02.lab.test.")]
    assert zone.addresses("kms02.lab.test") == ["127.0.0.2"]
    assert zone.serial > serial
    assert ask(server, "lab.test.", "SOA").answer[0][0].serial == zone.serial


def test_delete_one_record_keeps_the_others(server, zone, secret, kms_port):
    zone.add(SRV, "SRV", "0 0 1688 kms02.lab.test.")
    update = signed_update(secret)
    update.delete("_vlmcs._tcp", "SRV", "0 0 1688 kms02.lab.test.")
    assert send(server, update).rcode() == dns.rcode.NOERROR
    assert zone.srv(SRV) == [SrvRecord(0, 0, kms_port, "kms01.lab.test.")]


def test_wrong_secret_is_refused_and_changes_nothing(server, zone):
    before = (zone.records(), zone.serial)
    update = signed_update(secrets.token_bytes(32))
    update.delete("_vlmcs._tcp", "SRV")
    with pytest.raises(dns.tsig.PeerBadSignature):
        send(server, update)
    assert (zone.records(), zone.serial) == before


def test_unknown_key_is_refused_and_changes_nothing(server, zone, secret):
    before = zone.records()
    update = signed_update(secret, "somebody-else")
    update.delete("_vlmcs._tcp", "SRV")
    with pytest.raises(dns.tsig.PeerBadKey):
        send(server, update)
    assert zone.records() == before


def test_unsigned_update_is_refused(server, zone):
    before = zone.records()
    update = dns.update.UpdateMessage("lab.test.")
    update.delete("_vlmcs._tcp", "SRV")
    assert send(server, update).rcode() == dns.rcode.REFUSED
    assert zone.records() == before


def test_update_of_another_zone_or_of_ns_records(server, zone, secret):
    before = zone.records()
    other = dns.update.UpdateMessage("example.com.", keyring=dns.tsig.Key(KEY_NAME, secret))
    other.add("www", 60, "A", "127.0.0.9")
    assert send(server, other).rcode() == dns.rcode.NOTAUTH
    ns = signed_update(secret)
    ns.add("@", 60, "NS", "evil.example.com.")
    assert send(server, ns).rcode() == dns.rcode.REFUSED
    assert zone.records() == before


def test_prerequisites_are_honoured(server, zone, secret):
    must_be_absent = signed_update(secret)
    must_be_absent.absent("_vlmcs._tcp", "SRV")
    must_be_absent.add("_vlmcs._tcp", 60, "SRV", "0 0 1 nobody.lab.test.")
    assert send(server, must_be_absent).rcode() == dns.rcode.YXRRSET
    must_exist = signed_update(secret)
    must_exist.present("kms99")
    must_exist.add("kms99", 60, "A", "127.0.0.99")
    assert send(server, must_exist).rcode() == dns.rcode.NXDOMAIN
    assert "nobody.lab.test." not in str(zone.records())
    assert zone.addresses("kms99.lab.test") == []


def test_garbage_gets_formerr_or_silence_and_the_server_lives_on(server):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.settimeout(2)
        sock.sendto(b"\x12\x34" + b"\x01\x00" + b"\xff" * 20, ("127.0.0.1", server.port))
        reply = sock.recv(512)
    assert reply[:2] == b"\x12\x34"
    assert reply[3] & 0x0F == dns.rcode.FORMERR
    assert ask(server, "kms01.lab.test.", "A").rcode() == dns.rcode.NOERROR


def test_dns_check_cli_against_the_lab(capsys, server, kms_port):
    code = main(
        [
            "--lang",
            "en",
            "dns-check",
            "--domain",
            "lab.test",
            "--nameserver",
            server.address,
            "--dns-port",
            str(server.port),
            "--host",
            "kms01.lab.test",
            "--port",
            str(kms_port),
            "--json",
        ]
    )
    doc = json.loads(capsys.readouterr().out)
    assert code == 0, doc["findings"]
    assert {f["severity"] for f in doc["findings"]} == {"ok"}
    assert {f["check"] for f in doc["findings"]} >= {"zone", "ns", "srv-present", "tcp-reachable"}


def test_dns_publish_cli_against_the_lab(capsys, server, zone, secret, tmp_path):
    key_file = tmp_path / "lab.key"
    encoded = base64.b64encode(secret).decode()
    key_file.write_text(
        f'key "{KEY_NAME}" {{ algorithm hmac-sha256; secret "{encoded}"; }};', encoding="utf-8"
    )
    code = main(
        [
            "--lang",
            "en",
            "dns-publish",
            "--domain",
            "lab.test",
            "--nameserver",
            server.address,
            "--host",
            "kms02.lab.test",
            "--port",
            "1690",
            "--address",
            "127.0.0.2",
            "--tsig-key-file",
            str(key_file),
            "--json",
        ]
    )
    doc = json.loads(capsys.readouterr().out)
    assert code == 0, doc
    assert doc["status"] == "verified"
    assert SrvRecord(0, 0, 1690, "kms02.lab.test.") in zone.srv(SRV)
    assert zone.addresses("kms02.lab.test") == ["127.0.0.2"]


def test_stop_closes_the_port(zone):
    server = LabDnsServer(zone).start()
    port = server.port
    server.stop()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0
