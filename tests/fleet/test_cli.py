"""``kms-wizard scan`` and ``convert`` end to end: inventory, output, journal, reports, refusals."""

from __future__ import annotations

import io
import json
import re

import pytest

from app.adapters.secret_store import KeyringSecretStore
from app.cli import main

from .conftest import make_kms_host


def run(capsys, monkeypatch, *argv, stdin: str = ""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--lang", "en", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def remote(lab) -> list[str]:
    """TRANSPORT options reaching the test's lab like any WinRM fleet (password on stdin)."""
    template = lab.shared_url("HOSTNAME").replace("HOSTNAME", "{host}")
    return [
        "--winrm",
        "--winrm-url",
        template,
        "--auth",
        "basic",
        "--user",
        lab.world.user,
        "--password-stdin",
    ]


def test_scan_the_whole_lab_as_json(capsys, monkeypatch, tmp_path):
    journal = str(tmp_path / "j.sqlite3")
    code, out, _ = run(
        capsys,
        monkeypatch,
        "scan",
        "--lab-scenario",
        "legacy-2008r2",
        "--lab",
        "--lab-all",
        "--json",
        "--journal",
        journal,
    )
    doc = json.loads(out)
    assert code == 1  # clients in grace, an unreachable host: problems found
    assert len(doc["hosts"]) == 41 and doc["summary"]["mak"] == 3
    offline = next(h for h in doc["hosts"] if h["host"] == "pc-offline.lab.test")
    assert offline["outcome"] == "unreachable"
    # What exactly happened (the lab's offline machine drops the connection), not a guess.
    assert offline["error"].startswith("pc-offline.lab.test did not answer the connection on")
    pc001 = next(h for h in doc["hosts"] if h["host"] == "pc001.lab.test")
    [windows] = pc001["products"]
    assert windows["channel_label"] == "KMS client (GVLK)"
    assert windows["masked_key"].startswith("XXXXX-XXXXX-XXXXX-XXXXX-")
    # LicenseStatusReason is informational; the last error comes from event 12288.
    assert windows["reason"]["symbol"] == "SL_I_OOB_GRACE_PERIOD"
    assert pc001["events"][0]["data"][0].startswith("0x8007232B, ")
    assert pc001["last_error"]["symbol"] == "DNS_ERROR_RCODE_NAME_ERROR"
    assert doc["summary"]["duplicate_cmids"][0]["hosts"] == [
        "pc-clone-a.lab.test",
        "pc-clone-b.lab.test",
    ]


def test_hostile_host_file_is_cleaned_with_a_message_per_line(lab, capsys, monkeypatch, tmp_path):
    hosts = tmp_path / "hosts.txt"
    hosts.write_bytes(
        b"# our clients\npc001\npc001.lab.test\npc002; calc.exe\n$(whoami)\n`id`\n"
        b"pc\x1b[2J003\n" + b"A" * (10 * 1024 * 1024) + b"\n\npc-fr # French Windows\n"
    )
    _code, out, err = run(
        capsys,
        monkeypatch,
        "scan",
        "--hosts",
        str(hosts),
        *remote(lab),
        "--journal",
        str(tmp_path / "j.sqlite3"),
        "--json",
        stdin=lab.world.password + "\n",
    )
    doc = json.loads(out)
    assert [h["host"] for h in doc["hosts"]] == ["pc001", "pc001.lab.test", "pc-fr"]
    assert all(h["outcome"] == "scanned" for h in doc["hosts"])
    assert "Line 4: “pc002; calc.exe” contains a semicolon" in err
    assert "Line 5: “$(whoami)” contains a dollar sign" in err
    assert "Line 6: “`id`” contains a backtick" in err
    assert "Line 7: “pc\\x1b[2J003” contains control characters" in err
    assert "Line 8: the entry is 10485760 characters long" in err
    assert "\x1b" not in err  # the escape sequence never reached the terminal
    received = [r.params for r in lab.world.received]
    assert not any("calc" in json.dumps(p) for p in received)


def test_csv_inventory_and_a_binary_file(lab, capsys, monkeypatch, tmp_path):
    csv_file = tmp_path / "clients.csv"
    csv_file.write_bytes("Nom;Système\r\npc001;Windows 7\r\npc-de;Windows 10\r\n".encode("utf-16"))
    code, out, err = run(
        capsys,
        monkeypatch,
        "scan",
        "--hosts",
        str(csv_file),
        *remote(lab),
        "--journal",
        str(tmp_path / "j.sqlite3"),
        "--json",
        stdin=lab.world.password + "\n",
    )
    assert [h["host"] for h in json.loads(out)["hosts"]] == ["pc001", "pc-de"]
    assert "clients.csv: CSV with “;” as separator, host names from column 1 “Nom”." in err
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 100)
    code, out, err = run(
        capsys,
        monkeypatch,
        "scan",
        "--hosts",
        str(junk),
        "--lab-scenario",
        "legacy-2008r2",
        "--lab",
    )
    assert code == 2 and out == ""
    assert "not text" in err


def test_large_range_needs_yes_and_nothing_is_contacted(capsys, monkeypatch, tmp_path):
    code, out, err = run(
        capsys,
        monkeypatch,
        "scan",
        "--range",
        "10.9.0.0/22",
        "--lab-scenario",
        "legacy-2008r2",
        "--lab",
        "--journal",
        str(tmp_path / "j.sqlite3"),
    )
    assert code == 2 and out == ""
    assert "The range 10.9.0.0/22 holds 1022 addresses (more than 256)" in err
    code, _, err = run(
        capsys,
        monkeypatch,
        "scan",
        "--range",
        "10.0.0.0/8",
        "--lab-scenario",
        "legacy-2008r2",
        "--lab",
        "--yes",
    )
    assert code == 2 and "at most 4096" in err


def test_bad_options_are_usage_errors(capsys, monkeypatch):
    # Out of range at parsing (app.commands.argparse_types): argparse's usage error, exit 2.
    with pytest.raises(SystemExit) as leaving:
        run(
            capsys,
            monkeypatch,
            "scan",
            "--lab-scenario",
            "legacy-2008r2",
            "--lab",
            "--lab-all",
            "--concurrency",
            "0",
        )
    assert leaving.value.code == 2
    assert "--concurrency: expected a whole number from 1 to 256" in capsys.readouterr().err
    code, _, err = run(
        capsys,
        monkeypatch,
        "scan",
        "pc1",
        "--timeout",
        "0",
        "--lab-scenario",
        "legacy-2008r2",
        "--lab",
    )
    assert code == 2
    code, _, err = run(capsys, monkeypatch, "scan", "--lab-scenario", "legacy-2008r2", "--lab")
    assert code == 2 and "Name the machines" in err
    code, _, err = run(capsys, monkeypatch, "scan", "--lab-all")
    assert code == 2 and "--lab-all" in err


def test_list_and_compare_scans(lab, capsys, monkeypatch, tmp_path):
    journal = str(tmp_path / "j.sqlite3")
    args = ["scan", "pc021", "pc001", *remote(lab), "--journal", journal, "--json"]
    run(capsys, monkeypatch, *args, stdin=lab.world.password + "\n")
    runner_doc = {"key": "W269N-WFGWX-YVC9B-4J6C9-T83GX"}
    from .conftest import build_runner_factory, lab_settings

    runner = build_runner_factory(lab_settings(lab), url_for=lab.winrm_url)("pc021.lab.test")
    try:
        runner.run("install-key", runner_doc)
    finally:
        runner.close()
    run(capsys, monkeypatch, *args, stdin=lab.world.password + "\n")
    code, out, _ = run(capsys, monkeypatch, "scan", "--list", "--journal", journal)
    assert code == 0
    assert re.search(r"Scan 2 — .* — hosts pc021, pc001 — 2 host\(s\), done: read 2", out)
    code, out, _ = run(capsys, monkeypatch, "scan", "--compare", "2", "--journal", journal)
    assert code == 0
    assert "Changes from scan 1 to scan 2:" in out
    assert "pc021: Windows 10/11 Pro — MAK → KMS client (GVLK)" in out
    assert "pc021: Windows 10/11 Pro — Licensed → Initial grace period" in out
    code, out, _ = run(
        capsys, monkeypatch, "scan", "--compare", "1", "2", "--json", "--journal", journal
    )
    kinds = {c["kind"] for c in json.loads(out)["changes"]}
    assert kinds == {"channel", "status"}
    code, _, err = run(capsys, monkeypatch, "scan", "--compare", "1", "--journal", journal)
    assert code == 2 and "no scan before scan 1" in err


def test_reports_are_self_contained_and_translated(capsys, monkeypatch, tmp_path):
    html, csv_path, json_path = tmp_path / "r.html", tmp_path / "r.csv", tmp_path / "r.json"
    _code, _, _err = run(
        capsys,
        monkeypatch,
        "scan",
        "--lab-scenario",
        "legacy-2008r2",
        "--lab",
        "--lab-all",
        "--journal",
        str(tmp_path / "j.db"),
        "--html",
        str(html),
        "--csv",
        str(csv_path),
        "--report-json",
        str(json_path),
    )
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "<script>" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert "@import" not in page and "url(" not in page
    assert "Licensing scan of 41 hosts" in page and "pc-clone-a.lab.test" in page
    table = csv_path.read_bytes()
    assert table.startswith(b"\xef\xbb\xbfHost,Scan outcome,")
    assert json.loads(json_path.read_text(encoding="utf-8"))["summary"]["mak"] == 3
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    main(
        [
            "--lang",
            "fr",
            "scan",
            "--lab-scenario",
            "legacy-2008r2",
            "--lab",
            "--lab-all",
            "--journal",
            str(tmp_path / "j.db"),
            "--html",
            str(html),
            "--csv",
            str(csv_path),
        ]
    )
    capsys.readouterr()
    page = html.read_text(encoding="utf-8")
    assert '<html lang="fr">' in page and '<th scope="col">Hôte</th>' in page
    assert csv_path.read_bytes().decode("utf-8-sig").startswith("Hôte,")


def test_a_report_that_cannot_be_written_is_said_and_fails_the_scan(capsys, monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    good = tmp_path / "r.json"
    code, _, err = run(
        capsys,
        monkeypatch,
        "scan",
        "kms01",
        "--lab-scenario",
        "legacy-2008r2",
        "--lab",
        "--journal",
        str(tmp_path / "j.db"),
        "--csv",
        str(blocker / "r.csv"),
        "--report-json",
        str(good),
    )
    assert code == 1
    assert f"The report {blocker / 'r.csv'} could not be written" in err
    assert f"Report written: {good}" in err and good.exists()


def test_convert_needs_yes_without_a_terminal(lab, capsys, monkeypatch, tmp_path):
    journal = tmp_path / "j.sqlite3"
    code, out, err = run(
        capsys,
        monkeypatch,
        "convert",
        "--to",
        "kms",
        "pc021",
        *remote(lab),
        "--journal",
        str(journal),
        stdin=lab.world.password + "\n",
    )
    assert code == 2
    assert "\npc021\n" in out and "Install the KMS client key" in out  # the plan was shown
    assert "add --yes" in err
    assert not [r for r in lab.world.received if r.operation == "install-key"]


def test_convert_dry_run_json(lab, capsys, monkeypatch, tmp_path):
    code, out, _ = run(
        capsys,
        monkeypatch,
        "convert",
        "--to",
        "kms",
        "--dry-run",
        "--json",
        "pc021",
        "srv028",
        "pc001",
        *remote(lab),
        "--journal",
        str(tmp_path / "j.sqlite3"),
        stdin=lab.world.password + "\n",
    )
    doc = json.loads(out)
    assert code == 0 and doc["dry_run"] and doc["run"] is None
    assert doc["plan"]["hosts_to_change"] == 2
    assert [s["operation"] for s in doc["plan"]["hosts"][0]["steps"]] == [
        "install-key",
        "activate",
        "status",
    ]
    assert "T83GX" in out and "W269N" not in out  # GVLK shown masked


def test_kms_to_mak_reports_hold_no_secret(lab, capsys, monkeypatch, tmp_path, memory_keyring):
    mak = lab.world.lab_keys()["mak:client-vl"]
    KeyringSecretStore().put("client-mak", mak)
    make_kms_host(build_runners(lab), lab)
    html, csv_path, journal = tmp_path / "c.html", tmp_path / "c.csv", tmp_path / "j.sqlite3"
    code, out, _err = run(
        capsys,
        monkeypatch,
        "convert",
        "--to",
        "mak",
        "--mak",
        "client-mak",
        "pc001",
        "pc003",
        *remote(lab),
        "--yes",
        "--json",
        "--html",
        str(html),
        "--csv",
        str(csv_path),
        "--journal",
        str(journal),
        stdin=lab.world.password + "\n",
    )
    doc = json.loads(out)
    assert code == 0 and doc["run"]["ok"]
    for host in doc["run"]["hosts"]:
        [windows] = host["after"]["products"]
        assert (windows["channel"], windows["license_status"]) == ("MAK", 1)
    scan_json = tmp_path / "s.json"
    run(
        capsys,
        monkeypatch,
        "scan",
        "pc001",
        "pc003",
        *remote(lab),
        "--journal",
        str(journal),
        "--report-json",
        str(scan_json),
        "--html",
        str(tmp_path / "s.html"),
        stdin=lab.world.password + "\n",
    )
    password = lab.world.password
    files = [html, csv_path, scan_json, tmp_path / "s.html", *journal.parent.glob("j.sqlite3*")]
    for path in files:
        data = path.read_bytes()
        assert mak.encode() not in data and mak[:11].encode() not in data, path
        assert password.encode() not in data, path
    assert out.count(mak) == 0 and password not in out
    assert f"XXXXX-XXXXX-XXXXX-XXXXX-{mak[-5:]}" in html.read_text(encoding="utf-8")


def build_runners(lab):
    from .conftest import build_runner_factory, lab_settings

    return build_runner_factory(lab_settings(lab), url_for=lab.winrm_url)


def test_convert_from_a_journaled_scan(lab, capsys, monkeypatch, tmp_path):
    journal = str(tmp_path / "j.sqlite3")
    run(
        capsys,
        monkeypatch,
        "scan",
        "pc021",
        "srv028",
        "pc001",
        *remote(lab),
        "--journal",
        journal,
        "--json",
        stdin=lab.world.password + "\n",
    )
    code, out, _ = run(
        capsys,
        monkeypatch,
        "convert",
        "--to",
        "kms",
        "--from-scan",
        "1",
        "--dry-run",
        "--json",
        *remote(lab),
        "--journal",
        journal,
        stdin=lab.world.password + "\n",
    )
    plan = json.loads(out)["plan"]
    assert code == 0
    assert [h["host"] for h in plan["hosts"]] == ["pc021", "srv028"]  # the MAK clients only
    code, out, _ = run(
        capsys,
        monkeypatch,
        "convert",
        "--to",
        "mak",
        "--mak",
        "lab-mak",
        "--from-scan",
        "1",
        "--dry-run",
        "--json",
        *remote(lab),
        "--journal",
        journal,
        stdin=lab.world.password + "\n",
    )
    plan = json.loads(out)["plan"]
    assert [h["host"] for h in plan["hosts"]] == ["pc001"]  # the KMS client only
    assert plan["hosts"][0]["steps"][0]["secret_label"] == "lab-mak"
