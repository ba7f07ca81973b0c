"""`kms-wizard dns-publish` against a real BIND primary that accepts TSIG-signed updates.

Each test publishes under its own sub-domain of ``update.test`` so the tests
stay independent; the record is checked afterwards by a plain dnspython query,
not only by the command's own verification.
"""

from __future__ import annotations

import json

import dns.message
import dns.query
import dns.rcode
import pytest

from app.cli import main

from .conftest import SERVER_1, BindLab

pytestmark = pytest.mark.bind


def publish(
    capsys, lab: BindLab, domain: str, host: str, *extra: str, key=True
) -> tuple[int, dict]:
    args = [
        "--lang",
        "en",
        "dns-publish",
        "--domain",
        domain,
        "--nameserver",
        lab.ns(),
        "--host",
        host,
        *extra,
        "--json",
    ]
    if key:
        args += ["--tsig-key-file", str(lab.key_file if key is True else key)]
    code = main(args)
    return code, json.loads(capsys.readouterr().out)


def srv_on_server(lab: BindLab, domain: str) -> set[tuple[int, int, int, str]]:
    query = dns.message.make_query(f"_vlmcs._tcp.{domain}.", "SRV")
    reply = dns.query.udp(query, SERVER_1, port=lab.port, timeout=2)
    return {
        (rd.priority, rd.weight, rd.port, rd.target.to_text())
        for rrset in reply.answer
        for rd in rrset
    }


def a_on_server(lab: BindLab, name: str) -> set[str]:
    reply = dns.query.udp(dns.message.make_query(name, "A"), SERVER_1, port=lab.port, timeout=2)
    return {rd.address for rrset in reply.answer for rd in rrset}


def test_update_is_accepted_and_verified(capsys, bind_lab):
    code, doc = publish(
        capsys,
        bind_lab,
        "a.update.test",
        "kms01.update.test",
        "--priority",
        "5",
        "--weight",
        "50",
        "--ttl",
        "600",
    )
    assert code == 0, doc
    assert doc["status"] == "verified"
    assert doc["zone"] == "update.test."
    assert doc["key"] == "kms-wizard-test"
    assert doc["update"]["status"] == "accepted"
    assert srv_on_server(bind_lab, "a.update.test") == {(5, 50, 1688, "kms01.update.test.")}
    after = doc["after"]["records"]
    assert [(r["priority"], r["weight"], r["port"], r["ttl"]) for r in after] == [
        (5, 50, 1688, 600)
    ]
    assert bind_lab.key_secret not in json.dumps(doc)  # the secret never shows


def test_published_record_passes_the_check(capsys, bind_lab):
    code, _ = publish(capsys, bind_lab, "checked.update.test", "kms01.update.test")
    assert code == 0
    code = main(bind_lab.check_args("checked.update.test", "--host", "kms01.update.test", "--json"))
    doc = json.loads(capsys.readouterr().out)
    assert {f["severity"] for f in doc["findings"] if f["check"] == "srv-present"} == {"ok"}
    assert doc["zone"] == "update.test."


def test_address_record_is_published_too(capsys, bind_lab):
    code, doc = publish(
        capsys, bind_lab, "b.update.test", "kms03.update.test", "--address", "127.0.0.9"
    )
    assert code == 0, doc
    assert a_on_server(bind_lab, "kms03.update.test.") == {"127.0.0.9"}
    assert doc["after_address"]["records"][0]["value"] == "127.0.0.9"


def test_adding_a_host_keeps_the_others_and_updates_its_own(capsys, bind_lab):
    domain = "c.update.test"
    assert publish(capsys, bind_lab, domain, "kms01.update.test")[0] == 0
    assert publish(capsys, bind_lab, domain, "kms02.update.test")[0] == 0
    code, doc = publish(capsys, bind_lab, domain, "kms01.update.test", "--port", "1689")
    assert code == 0
    assert srv_on_server(bind_lab, domain) == {
        (0, 0, 1689, "kms01.update.test."),
        (0, 0, 1688, "kms02.update.test."),
    }
    assert any(
        c.startswith("delete _vlmcs._tcp.c.update.test. SRV 0 0 1688 kms01") for c in doc["changes"]
    )


def test_replace_leaves_one_record(capsys, bind_lab):
    domain = "d.update.test"
    assert publish(capsys, bind_lab, domain, "kms01.update.test")[0] == 0
    code, _ = publish(capsys, bind_lab, domain, "kms02.update.test", "--replace")
    assert code == 0
    assert srv_on_server(bind_lab, domain) == {(0, 0, 1688, "kms02.update.test.")}


def test_delete_then_nothing_to_delete(capsys, bind_lab):
    domain = "e.update.test"
    assert publish(capsys, bind_lab, domain, "kms01.update.test")[0] == 0
    assert publish(capsys, bind_lab, domain, "kms02.update.test")[0] == 0
    code, doc = publish(capsys, bind_lab, domain, "kms01.update.test", "--delete")
    assert code == 0 and doc["status"] == "verified"
    assert srv_on_server(bind_lab, domain) == {(0, 0, 1688, "kms02.update.test.")}
    code, doc = publish(capsys, bind_lab, domain, "kms01.update.test", "--delete")
    assert code == 0 and doc["status"] == "nothing-to-delete"
    assert doc["update"] is None


def test_bad_key_is_refused_and_changes_nothing(capsys, bind_lab):
    code, doc = publish(
        capsys, bind_lab, "f.update.test", "kms01.update.test", key=bind_lab.bad_key_file
    )
    assert code == 1
    assert doc["status"] == "update-failed"
    assert doc["update"]["status"] == "badsig"
    assert doc["update"]["rcode"] == "NOTAUTH"
    assert "signature" in doc["message"]
    assert doc["fix"]
    assert srv_on_server(bind_lab, "f.update.test") == set()


def test_unsigned_update_is_refused_with_the_active_directory_advice(capsys, bind_lab):
    code = main(
        [
            "--lang",
            "en",
            "dns-publish",
            "--domain",
            "g.update.test",
            "--nameserver",
            bind_lab.ns(),
            "--host",
            "kms01.update.test",
        ]
    )
    out = capsys.readouterr().out
    assert code == 1
    assert "refused the update" in out
    assert "GSS-TSIG" in out
    assert "Add-DnsServerResourceRecord -ZoneName update.test -Name _vlmcs._tcp.g -Srv" in out
    assert srv_on_server(bind_lab, "g.update.test") == set()


def test_server_that_does_not_serve_the_domain(capsys, bind_lab):
    code, doc = publish(capsys, bind_lab, "elsewhere.test", "kms01.elsewhere.test")
    assert code == 1
    assert doc["status"] == "zone-not-found"
    assert doc["update"] is None


def test_address_outside_the_zone_sends_nothing(capsys, bind_lab):
    code, doc = publish(
        capsys, bind_lab, "h.update.test", "kms01.good.test", "--address", "127.0.0.9"
    )
    assert code == 1
    assert doc["status"] == "address-outside-zone"
    assert doc["changes"] == []
    assert srv_on_server(bind_lab, "h.update.test") == set()


def test_zone_without_updates_refuses(capsys, bind_lab):
    code, doc = publish(capsys, bind_lab, "good.test", "kms09.good.test")
    assert code == 1
    assert doc["update"]["status"] in ("refused", "notauth")
    reply = dns.query.udp(
        dns.message.make_query("_vlmcs._tcp.good.test.", "SRV"),
        SERVER_1,
        port=bind_lab.port,
        timeout=2,
    )
    assert reply.rcode() == dns.rcode.NOERROR
    assert "kms09" not in reply.to_text()
