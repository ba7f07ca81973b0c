"""`kms-wizard dns-check` against two real BIND servers, one scenario per zone.

Every scenario asserts the findings (check id, severity, server) and the exit
code; the dead-server scenarios assert the time bound (budget + 1 s).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli import main

from .conftest import DEAD_SERVER, SERVER_1, SERVER_2, BindLab

pytestmark = pytest.mark.bind

ROOT = Path(__file__).resolve().parents[2]
BUDGET_S = 3.0


def check(capsys, lab: BindLab, domain: str, *extra: str, nameservers=()) -> tuple[int, dict]:
    code = main(lab.check_args(domain, *extra, "--json", nameservers=nameservers))
    return code, json.loads(capsys.readouterr().out)


def expect_host(lab: BindLab, domain: str) -> tuple[str, ...]:
    return ("--host", f"kms01.{domain}", "--port", str(lab.kms_port))


def severities(doc: dict, check_id: str) -> list[str]:
    return [f["severity"] for f in doc["findings"] if f["check"] == check_id]


def findings(doc: dict, check_id: str, severity: str | None = None) -> list[dict]:
    return [
        f
        for f in doc["findings"]
        if f["check"] == check_id and (severity is None or f["severity"] == severity)
    ]


def test_correct_record_passes_every_check(capsys, bind_lab):
    code, doc = check(capsys, bind_lab, "good.test", *expect_host(bind_lab, "good.test"))
    assert code == 0 and doc["ok"] is True
    assert doc["zone"] == "good.test."
    assert {f["severity"] for f in doc["findings"]} == {"ok"}
    assert {f["check"] for f in doc["findings"]} == {
        "zone",
        "ns",
        "srv-present",
        "srv-consistent",
        "target-resolves",
        "expected-host",
        "host-address",
        "port",
        "foreign-host",
        "tcp-reachable",
    }
    # Both authoritative servers were asked directly, each counted once.
    ns = {f["server"] for f in findings(doc, "ns")}
    assert ns == {bind_lab.ns(SERVER_1), bind_lab.ns(SERVER_2)}
    assert len(findings(doc, "srv-present")) == 2


def test_raw_answers_show_what_nslookup_would(capsys, bind_lab):
    _, doc = check(capsys, bind_lab, "twohosts.test", *expect_host(bind_lab, "twohosts.test"))
    roles = {(a["server"], a["role"]) for a in doc["answers"]}
    assert roles == {
        (bind_lab.ns(SERVER_1), "resolver"),
        (bind_lab.ns(SERVER_1), "authoritative"),
        (bind_lab.ns(SERVER_2), "authoritative"),
    }
    for answer in doc["answers"]:
        assert answer["status"] == "answer"
        records = {
            (r["priority"], r["weight"], r["port"], r["target"], r["ttl"])
            for r in answer["records"]
            if r["type"] == "SRV"
        }
        assert records == {
            (0, 60, bind_lab.kms_port, "kms01.twohosts.test.", 3600),
            (10, 40, bind_lab.kms_port, "kms02.twohosts.test.", 3600),
        }
    authoritative = [a for a in doc["answers"] if a["role"] == "authoritative"]
    assert all(a["authoritative"] for a in authoritative)


def test_two_hosts_with_priority_and_weight(capsys, bind_lab):
    code, doc = check(capsys, bind_lab, "twohosts.test", *expect_host(bind_lab, "twohosts.test"))
    assert code == 0  # another KMS host is a warning, not an error
    foreign = findings(doc, "foreign-host")
    assert [f["severity"] for f in foreign] == ["warning"]
    assert foreign[0]["server"] == "kms02.twohosts.test"
    assert "priority 10, weight 40" in foreign[0]["detail"]
    assert "priority 0, weight 60" in findings(doc, "expected-host", "ok")[0]["detail"]
    assert severities(doc, "tcp-reachable") == ["ok", "ok"]


def test_no_record(capsys, bind_lab):
    code, doc = check(capsys, bind_lab, "norecord.test", "--host", "kms01.norecord.test")
    assert code == 1 and doc["ok"] is False
    assert severities(doc, "srv-present") == ["error", "error"]
    assert severities(doc, "expected-host") == ["error"]
    assert severities(doc, "host-address") == ["ok"]
    assert findings(doc, "tcp-reachable") == []
    remedies = doc["remedies"]
    assert remedies["bind"] == "_vlmcs._tcp  3600 IN SRV 0 0 1688 kms01.norecord.test."
    assert remedies["powershell"].startswith(
        "Add-DnsServerResourceRecord -ZoneName norecord.test -Name _vlmcs._tcp -Srv "
        "-DomainName kms01.norecord.test -Priority 0 -Weight 0 -Port 1688"
    )
    assert remedies["dns_domain_publish_list"] == ["norecord.test, 0, 0"]
    assert remedies["dns_manager"]["service"] == "_VLMCS"
    assert remedies["dns_manager"]["protocol"] == "_TCP"


def test_no_record_human_output_offers_every_remedy(capsys, bind_lab):
    code = main(bind_lab.check_args("norecord.test", "--host", "kms01.norecord.test"))
    out = capsys.readouterr().out
    assert code == 1
    assert "ERROR" in out and "srv-present" in out
    assert "Add-DnsServerResourceRecord -ZoneName norecord.test" in out
    assert "_vlmcs._tcp  3600 IN SRV 0 0 1688 kms01.norecord.test." in out
    assert "Host offering this service: kms01.norecord.test" in out
    assert "no such name (NXDOMAIN)" in out  # the raw answer, as nslookup would say


def test_wrong_port(capsys, bind_lab):
    code, doc = check(capsys, bind_lab, "wrongport.test", *expect_host(bind_lab, "wrongport.test"))
    assert code == 1
    port = findings(doc, "port")
    assert [f["severity"] for f in port] == ["error"]
    assert str(bind_lab.closed_port) in port[0]["detail"]
    assert str(bind_lab.kms_port) in port[0]["detail"]
    tcp = findings(doc, "tcp-reachable")
    assert [f["severity"] for f in tcp] == ["error"]
    assert "refused" in tcp[0]["detail"]
    assert severities(doc, "srv-present") == ["ok", "ok"]


def test_target_without_address(capsys, bind_lab):
    code, doc = check(capsys, bind_lab, "noaddr.test", *expect_host(bind_lab, "noaddr.test"))
    assert code == 1
    assert severities(doc, "target-resolves") == ["error"]
    assert severities(doc, "host-address") == ["error"]
    assert severities(doc, "expected-host") == ["ok"]  # published, but leads nowhere
    assert findings(doc, "tcp-reachable") == []


def test_target_is_not_the_expected_host(capsys, bind_lab):
    code, doc = check(capsys, bind_lab, "otherhost.test", *expect_host(bind_lab, "otherhost.test"))
    assert code == 1
    expected = findings(doc, "expected-host")
    assert [f["severity"] for f in expected] == ["error"]
    assert "kms02.otherhost.test" in expected[0]["detail"]
    foreign = findings(doc, "foreign-host")
    assert [f["severity"] for f in foreign] == ["warning"]
    assert "stale" in foreign[0]["detail"]  # it does not answer on the port
    assert severities(doc, "tcp-reachable") == ["warning"]


def test_servers_that_disagree_are_named(capsys, bind_lab):
    code, doc = check(capsys, bind_lab, "split.test", *expect_host(bind_lab, "split.test"))
    assert code == 1
    differ = findings(doc, "srv-consistent")
    assert [(f["severity"], f["server"]) for f in differ] == [("error", bind_lab.ns(SERVER_2))]
    assert "kms02.split.test." in differ[0]["detail"]
    assert "kms01.split.test." in differ[0]["detail"]
    serials = {f["server"]: f["detail"] for f in findings(doc, "ns")}
    assert serials[bind_lab.ns(SERVER_1)].endswith("serial 1.")
    assert serials[bind_lab.ns(SERVER_2)].endswith("serial 2.")


def test_alias_target_is_flagged(capsys, bind_lab):
    code, doc = check(capsys, bind_lab, "cname.test", *expect_host(bind_lab, "cname.test"))
    assert code == 0
    resolves = findings(doc, "target-resolves")
    assert [f["severity"] for f in resolves] == ["warning"]
    assert "CNAME" in resolves[0]["detail"]
    assert severities(doc, "expected-host") == ["warning"]  # same address, other name


def test_dead_authoritative_server_costs_its_timeout_once(capsys, bind_lab):
    started = time.monotonic()
    code, doc = check(
        capsys,
        bind_lab,
        "deadns.test",
        *expect_host(bind_lab, "deadns.test"),
        "--timeout",
        f"{BUDGET_S:g}",
    )
    elapsed = time.monotonic() - started
    assert elapsed < BUDGET_S + 1.0, f"took {elapsed:.2f} s"
    assert code == 0  # the other server answers: degraded, not broken
    dead = findings(doc, "ns", "warning")
    assert [f["server"] for f in dead] == [f"{DEAD_SERVER}:{bind_lab.port}"]
    assert "did not answer" in dead[0]["detail"]
    assert severities(doc, "srv-present") == ["ok"]
    dead_answers = [a for a in doc["answers"] if a["server"].startswith(DEAD_SERVER)]
    assert [a["status"] for a in dead_answers] == ["timeout"]


def test_dead_resolver_among_the_given_ones(capsys, bind_lab):
    dead = f"{DEAD_SERVER}:{bind_lab.port}"
    started = time.monotonic()
    code, doc = check(
        capsys,
        bind_lab,
        "good.test",
        *expect_host(bind_lab, "good.test"),
        nameservers=(dead, bind_lab.ns()),
    )
    elapsed = time.monotonic() - started
    assert elapsed < BUDGET_S + 1.0, f"took {elapsed:.2f} s"
    assert code == 0
    silent = findings(doc, "srv-present", "warning")
    assert [f["server"] for f in silent] == [dead]
    assert severities(doc, "tcp-reachable") == ["ok"]


def test_only_dead_resolvers_is_an_error_within_the_budget(capsys, bind_lab):
    started = time.monotonic()
    code, doc = check(
        capsys,
        bind_lab,
        "good.test",
        "--timeout",
        "1",
        nameservers=(f"{DEAD_SERVER}:{bind_lab.port}",),
    )
    elapsed = time.monotonic() - started
    assert elapsed < 1.0 + 1.0, f"took {elapsed:.2f} s"
    assert code == 1
    assert severities(doc, "zone") == ["error"]
    assert severities(doc, "srv-present") == ["error"]


def test_domain_that_does_not_exist(capsys, bind_lab):
    code, doc = check(capsys, bind_lab, "nothere.good.test")
    assert code == 1
    zone = findings(doc, "zone")
    assert [f["severity"] for f in zone] == ["error"]
    assert "does not exist" in zone[0]["detail"]


def test_domain_the_server_does_not_serve(capsys, bind_lab):
    code, doc = check(capsys, bind_lab, "elsewhere.test")
    assert code == 1
    assert severities(doc, "zone") == ["error"]
    assert [a["status"] for a in doc["answers"]] == ["refused"]


def test_without_host_every_published_host_is_listed(capsys, bind_lab):
    code, doc = check(capsys, bind_lab, "twohosts.test", "--port", str(bind_lab.kms_port))
    assert code == 0
    listed = findings(doc, "foreign-host")
    assert "kms01.twohosts.test" in listed[0]["detail"]
    assert "kms02.twohosts.test" in listed[0]["detail"]
    assert findings(doc, "expected-host") == []
    assert doc["remedies"] is None


@pytest.mark.parametrize(
    ("lang", "words"),
    [("fr", ("enregistrement SRV", "ERREUR")), ("de", ("SRV-Eintrag", "FEHLER"))],
)
def test_human_output_is_translated(capsys, bind_lab, lang, words):
    args = bind_lab.check_args("norecord.test", "--host", "kms01.norecord.test")
    args[1] = lang
    assert main(args) == 1
    out = capsys.readouterr().out
    for word in words:
        assert word in out


def test_installed_script_prints_one_json_document(bind_lab):
    script = Path(sys.executable).parent / "kms-wizard"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "app"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            *command,
            *bind_lab.check_args("good.test", *expect_host(bind_lab, "good.test"), "--json"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["ok"] is True
    assert doc["elapsed_s"] < BUDGET_S
