"""Review E1–E5 (active-directory.md §4) against a real BIND: an AD-shaped zone, wrong ports,
silent servers.

``ad.test`` carries the domain controllers' record ``_ldap._tcp.dc._msdcs`` and takes no
dynamic update, so BIND answers a signed update REFUSED and an unknown key NOTAUTH/BADKEY, as
Samba's AD DNS does (tests/ad/test_ad_dns.py runs the same against the Samba DC).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main

from .conftest import DEAD_SERVER, SERVER_1, BindLab

pytestmark = pytest.mark.bind


def run_json(capsys, args: list[str]) -> tuple[int, dict]:
    code = main(["--lang", "en", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def publish_args(lab: BindLab, domain: str, host: str, key: Path, *extra: str) -> list[str]:
    return [
        "dns-publish",
        "--domain",
        domain,
        "--nameserver",
        lab.ns(),
        "--host",
        host,
        "--tsig-key-file",
        str(key),
        *extra,
    ]


def unknown_key(tmp_path: Path) -> Path:
    path = tmp_path / "unknown.key"
    path.write_text(
        'key "kms-update" {\n\talgorithm hmac-sha256;\n\tsecret "'
        'c2VjcmV0LXRoYXQtbm8tc2VydmVyLWtub3dzLTMyYnl0ZXM=";\n};\n',
        encoding="utf-8",
    )
    return path


def test_e1_refused_update_on_an_ad_zone_gives_the_active_directory_advice(capsys, bind_lab):
    code, doc = run_json(
        capsys, publish_args(bind_lab, "ad.test", "kms01.ad.test", bind_lab.key_file)
    )
    assert code == 1 and doc["update"]["rcode"] == "REFUSED"
    assert doc["active_directory"] is True
    assert doc["domain_controllers"] == ["ns1.ad.test"]
    assert "Active Directory–integrated zone" in doc["message"]
    assert "no TSIG key file can work" in doc["message"]
    assert "--via-dns-server ns1.ad.test" in doc["fix"]
    assert doc["remedies"]["via_dns_server"] == (
        "kms-wizard dns-publish --domain ad.test --host kms01.ad.test --port 1688"
        " --via-dns-server ns1.ad.test"
    )


def test_e1_badkey_on_an_ad_zone_is_not_sent_to_named_conf(capsys, bind_lab, tmp_path):
    code, doc = run_json(
        capsys, publish_args(bind_lab, "ad.test", "kms01.ad.test", unknown_key(tmp_path))
    )
    assert code == 1
    assert (doc["update"]["rcode"], doc["update"]["tsig_error"]) == ("NOTAUTH", "BADKEY")
    assert doc["active_directory"] is True
    assert "named.conf" not in doc["fix"] and "Kerberos" in doc["message"]


def test_badkey_on_a_plain_bind_zone_keeps_the_bind_advice(capsys, bind_lab, tmp_path):
    code, doc = run_json(
        capsys,
        publish_args(bind_lab, "x.update.test", "kms01.update.test", unknown_key(tmp_path)),
    )
    assert code == 1 and doc["update"]["tsig_error"] == "BADKEY"
    assert doc["active_directory"] is False
    assert "named.conf" in doc["fix"]
    assert doc["remedies"]["via_dns_server"] is None


def test_e5_stale_record_fix_on_an_ad_zone_names_the_domain_controller_path(capsys, bind_lab):
    _code, doc = run_json(
        capsys,
        bind_lab.check_args("ad.test", "--host", "kms01.ad.test", "--port", str(bind_lab.kms_port))[
            2:
        ],
    )
    assert doc["active_directory"] is True and doc["domain_controllers"] == ["ns1.ad.test"]
    [stale] = [f for f in doc["findings"] if f["check"] == "foreign-host"]
    assert "kms-old.ad.test" in stale["detail"]
    assert "--via-dns-server" in stale["fix"]
    assert "dns-publish --delete --host kms-old.ad.test," not in stale["fix"]


def test_e5_stale_record_fix_on_a_plain_zone_keeps_dns_publish_delete(capsys, bind_lab):
    _code, doc = run_json(
        capsys,
        bind_lab.check_args(
            "otherhost.test", "--host", "kms01.otherhost.test", "--port", str(bind_lab.kms_port)
        )[2:],
    )
    assert doc["active_directory"] is False
    [other] = [f for f in doc["findings"] if f["check"] == "foreign-host"]
    assert "kms-wizard dns-publish --delete --host kms02.otherhost.test" in other["fix"]
    assert "--via-dns-server" not in other["fix"]


def test_e2_fix_texts_name_the_port_that_was_asked(capsys, bind_lab):
    # The resolver answers on the lab port; the authoritative servers are asked on a port
    # where nothing listens (--dns-port), as in the review's case D02.
    closed = str(bind_lab.closed_port)
    _code, doc = run_json(
        capsys,
        [
            "dns-check",
            "--domain",
            "good.test",
            "--nameserver",
            bind_lab.ns(),
            "--dns-port",
            closed,
            "--timeout",
            "2",
        ],
    )
    silent = [f for f in doc["findings"] if f["check"] == "ns" and f["severity"] != "ok"]
    assert silent, doc["findings"]
    for finding in silent:
        assert f"port {closed} " in finding["fix"] and "port 53 " not in finding["fix"]


def test_e2_e3_dead_resolver_on_another_port_is_not_called_unpublished(capsys, bind_lab):
    dead = f"{DEAD_SERVER}:{bind_lab.port}"
    code = main(
        [
            "--lang",
            "en",
            "dns-check",
            "--domain",
            "good.test",
            "--nameserver",
            dead,
            "--host",
            "kms01.good.test",
            "--timeout",
            "1",
        ]
    )
    out = capsys.readouterr().out
    assert code == 1
    assert f"UDP and TCP port {bind_lab.port} are open" in out
    assert "port 53 " not in out
    assert "is not published" not in out
    assert "could not be checked" in out
    assert "No other KMS host is published" not in out
    assert "To publish the record by hand" not in out


def test_e4_a_silent_server_is_not_said_not_to_serve_the_domain(capsys, bind_lab):
    code, doc = run_json(
        capsys,
        [
            "dns-publish",
            "--domain",
            "update.test",
            "--nameserver",
            f"{DEAD_SERVER}:{bind_lab.port}",
            "--host",
            "kms01.update.test",
            "--tsig-key-file",
            str(bind_lab.key_file),
        ],
    )
    assert code == 1 and doc["status"] == "server-silent"
    assert "does not serve" not in doc["message"]
    assert f"UDP and TCP port {bind_lab.port}" in doc["fix"]
    assert doc["changes"] == []


def test_the_zone_servers_own_record_is_asked_only_after_a_refusal(capsys, bind_lab):
    # A zone without the DC locator record is not taken for Active Directory.
    code, doc = run_json(
        capsys,
        publish_args(bind_lab, "good.test", "kms01.good.test", bind_lab.key_file),
    )
    assert code == 1 and doc["update"]["rcode"] == "REFUSED"
    assert doc["active_directory"] is False
    assert SERVER_1 in doc["server"]
