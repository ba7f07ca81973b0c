"""DNS against the real Samba AD DC's own DNS (review active-directory.md §4, E1–E5).

What runs here against Samba: ``dns-check`` (the SRV record absent, then present
after ``samba-tool dns add``, the DC's own record path), the recognition of an
Active Directory zone by ``_ldap._tcp.dc._msdcs``, and ``dns-publish`` with an
HMAC-TSIG key or unsigned, which Samba answers the AD way (NOTAUTH/BADKEY,
REFUSED) and which must now give the Active Directory advice. The DnsServer
cmdlet path (``--via-dns-server``) needs Windows' DnsServer module: it runs
against the lab's domain controller over WinRM (tests/lab/test_dns_server_role.py).
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.cli import main
from tests.ad.samba_dc import SambaDC

KMS_HOST = "kms01"
KMS_ADDRESS = "127.0.0.77"  # nothing listens there: the record is what is checked


def samba_dns(dc: SambaDC, verb: str, name: str, rdtype: str, data: str) -> None:
    """``samba-tool dns add|delete`` over RPC as the admin (password in the environment)."""
    command = [
        "samba-tool", "dns", verb, dc.ip, dc.dns_domain, name, rdtype, data,
        "-U", f"{dc.netbios_domain}\\{dc.admin_user}", "-s", str(dc.smb_conf),
    ]  # fmt: skip
    env = {**os.environ, "PASSWD": dc.admin_password}
    subprocess.run(command, env=env, capture_output=True, text=True, check=True, timeout=120)


@contextmanager
def kms_record(dc: SambaDC) -> Iterator[None]:
    """The KMS host's A and SRV records in corp.test for the block, removed afterwards."""
    srv = f"{KMS_HOST}.{dc.dns_domain} 1688 0 0"
    samba_dns(dc, "add", KMS_HOST, "A", KMS_ADDRESS)
    samba_dns(dc, "add", "_vlmcs._tcp", "SRV", srv)
    try:
        yield
    finally:
        samba_dns(dc, "delete", "_vlmcs._tcp", "SRV", srv)
        samba_dns(dc, "delete", KMS_HOST, "A", KMS_ADDRESS)


def run_json(capsys, *args: str) -> tuple[int, dict]:
    code = main(["--lang", "en", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def check(capsys, dc: SambaDC) -> tuple[int, dict]:
    return run_json(
        capsys,
        "dns-check",
        "--domain",
        dc.dns_domain,
        "--nameserver",
        f"{dc.ip}:{dc.dns_port}",
        "--dns-port",
        str(dc.dns_port),
        "--host",
        f"{KMS_HOST}.{dc.dns_domain}",
        "--timeout",
        "3",
    )


def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "kms-update.key"
    path.write_text(
        'key "kms-update" {\n\talgorithm hmac-sha256;\n\tsecret "'
        'c2VjcmV0LXRoYXQtbm8tc2VydmVyLWtub3dzLTMyYnl0ZXM=";\n};\n',
        encoding="utf-8",
    )
    return path


def publish(capsys, dc: SambaDC, *extra: str) -> tuple[int, dict]:
    return run_json(
        capsys,
        "dns-publish",
        "--domain",
        dc.dns_domain,
        "--nameserver",
        f"{dc.ip}:{dc.dns_port}",
        "--host",
        f"{KMS_HOST}.{dc.dns_domain}",
        *extra,
    )


def findings(doc: dict, check_id: str) -> list[dict]:
    return [f for f in doc["findings"] if f["check"] == check_id]


def test_dns_check_knows_the_samba_zone_for_active_directory(capsys, samba_dc):
    code, doc = check(capsys, samba_dc)
    assert doc["zone"] == "corp.test."
    assert doc["active_directory"] is True
    assert doc["domain_controllers"] == [samba_dc.fqdn.lower()]
    # Samba answers NXDOMAIN: the record is known to be missing, and the fix names the
    # Active Directory paths (not a TSIG update).
    assert code == 1
    [missing] = findings(doc, "expected-host")
    assert missing["severity"] == "error" and "is not published" in missing["detail"]
    assert "--via-dns-server" in missing["fix"]


def test_dns_check_sees_the_record_the_dc_itself_holds(capsys, samba_dc):
    with kms_record(samba_dc):
        _code, doc = check(capsys, samba_dc)
    [present] = findings(doc, "srv-present")
    assert present["severity"] == "ok" and "0 0 1688 kms01.corp.test." in present["detail"]
    [expected] = findings(doc, "expected-host")
    assert expected["severity"] == "ok"
    [resolves] = findings(doc, "target-resolves")
    assert KMS_ADDRESS in resolves["detail"]


def test_an_hmac_signed_update_gets_the_active_directory_advice(capsys, samba_dc, tmp_path):
    code, doc = publish(capsys, samba_dc, "--tsig-key-file", str(key_file(tmp_path)))
    assert code == 1
    # What Samba's AD DNS answers (review U01: nsupdate says NOTAUTH(BADKEY) too).
    assert (doc["update"]["rcode"], doc["update"]["tsig_error"]) == ("NOTAUTH", "BADKEY")
    assert doc["active_directory"] is True
    assert "Kerberos (GSS-TSIG)" in doc["message"] and "NOTAUTH/BADKEY" in doc["message"]
    assert "named.conf" not in doc["fix"]
    assert f"--via-dns-server {samba_dc.fqdn.lower()}" in doc["fix"]


def test_an_unsigned_update_is_refused_with_the_same_advice(capsys, samba_dc):
    code, doc = publish(capsys, samba_dc)
    assert code == 1 and doc["update"]["rcode"] == "REFUSED"
    assert doc["active_directory"] is True
    assert "Active Directory–integrated zone" in doc["message"]


def test_deleting_a_stale_record_with_a_key_is_explained_the_ad_way(capsys, samba_dc, tmp_path):
    with kms_record(samba_dc):
        code, doc = publish(
            capsys, samba_dc, "--delete", "--tsig-key-file", str(key_file(tmp_path))
        )
        _, after = check(capsys, samba_dc)
    assert code == 1 and doc["active_directory"] is True
    assert "named.conf" not in doc["fix"]
    # Nothing in the zone changed.
    [present] = findings(after, "srv-present")
    assert "kms01.corp.test." in present["detail"]


@pytest.mark.parametrize("port", ["5353"])
def test_a_server_asked_on_a_wrong_port_is_named_with_that_port(capsys, samba_dc, port):
    # Review D03: the DC asked on a port where nothing listens.
    code = main(
        [
            "--lang",
            "en",
            "dns-check",
            "--domain",
            samba_dc.dns_domain,
            "--nameserver",
            f"{samba_dc.ip}:{port}",
            "--host",
            f"{KMS_HOST}.{samba_dc.dns_domain}",
            "--timeout",
            "1",
        ]
    )
    out = capsys.readouterr().out
    assert code == 1
    assert f"UDP and TCP port {port} are open" in out and "port 53 " not in out
    assert "is not published" not in out and "To publish the record by hand" not in out
