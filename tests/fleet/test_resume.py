"""Crash and resume: a process killed mid-conversion, then ``convert --resume`` finishes the job."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from app.adapters.journal import SqliteJournal
from app.cli import main

from .conftest import make_kms_host
from .crash_convert import CRASH_EXIT

ROOT = Path(__file__).resolve().parents[2]
HOSTS = ["pc-office2010.lab.test", "pc021.lab.test", "srv028.lab.test"]


def url_template(lab) -> str:
    return lab.shared_url("HOSTNAME").replace("HOSTNAME", "{host}")


def crash_run(lab, journal_path: Path, crash_at: int) -> int:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.fleet.crash_convert",
            str(journal_path),
            url_template(lab),
            lab.world.user,
            str(crash_at),
            *HOSTS,
        ],
        input=lab.world.password + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    return done.returncode


def run_resume(lab, journal_path, monkeypatch, *extra) -> int:
    """``convert --resume`` over WinRM against the lab, the password on standard input."""
    monkeypatch.setattr("sys.stdin", io.StringIO(lab.world.password + "\n"))
    return main(
        [
            "--lang",
            "en",
            "convert",
            "--resume",
            *extra,
            "--winrm",
            "--winrm-url",
            url_template(lab),
            "--auth",
            "basic",
            "--user",
            lab.world.user,
            "--password-stdin",
            "--journal",
            str(journal_path),
        ]
    )


def resume(lab, journal_path, capsys, monkeypatch, *extra):
    code = run_resume(lab, journal_path, monkeypatch, *extra, "--json")
    return code, json.loads(capsys.readouterr().out)


def installs(lab) -> Counter:
    return Counter(
        r.machine for r in lab.world.received if r.operation == "install-key" and r.machine in HOSTS
    )


@pytest.mark.parametrize(
    "crash_at",
    [
        2,  # pc-office2010's activation ran, its outcome never written
        4,  # pc021's key installed on the machine, its outcome never written
    ],
)
def test_a_killed_conversion_is_resumed_and_no_host_is_converted_twice(
    lab, runners, tmp_path, capsys, monkeypatch, crash_at
):
    make_kms_host(runners, lab)
    journal_path = tmp_path / "journal.sqlite3"
    assert crash_run(lab, journal_path, crash_at) == CRASH_EXIT
    journal = SqliteJournal(journal_path)
    [run] = journal.unfinished_conversions()
    intents = [s for s in journal.conversion_steps(run["id"]) if s["state"] == "intent"]
    assert len(intents) == 1  # the step whose outcome the crash swallowed
    journal.close()
    before_resume = installs(lab)

    code, doc = resume(lab, journal_path, capsys, monkeypatch)

    run_doc = doc["run"]
    assert run_doc["run_id"] == run["id"] and run_doc["resumed"] and run_doc["finished"]
    # No host converted twice, none forgotten: one GVLK installation per converted host.
    assert installs(lab) == Counter({h: 1 for h in HOSTS})
    assert sum(before_resume.values()) < 3  # the crash really left work to do
    by_host = {h["host"]: h for h in run_doc["hosts"]}
    assert set(by_host) == set(HOSTS)
    for host in HOSTS:
        runner = runners(host)
        try:
            products = runner.run("status")["products"]
        finally:
            runner.close()
        windows = next(p for p in products if p["application_id"].startswith("55c92734"))
        assert windows["channel"] == "GVLK"
        # A host finished before the crash is left alone (not read again) and reported as
        # journaled; the others were re-read at the end.
        if by_host[host]["after"] is None:
            assert by_host[host]["steps"]
            assert {s["state"] for s in by_host[host]["steps"]} <= {"done", "failed"}
    # The interrupted step was re-checked, not blindly retried.
    journal = SqliteJournal(journal_path)
    steps = journal.conversion_steps(run["id"])
    assert not [s for s in steps if s["state"] == "intent"]
    rechecked = [s for s in steps if "Checked again after the interruption" in (s["outcome"] or "")]
    assert len(rechecked) == 1
    assert journal.unfinished_conversions() == []
    journal.close()
    assert code == 1  # pc021 and srv028 need a newer host key (0xC004F042): reported


def test_resume_with_nothing_to_resume(lab, tmp_path, capsys, monkeypatch):
    code = run_resume(lab, tmp_path / "j.sqlite3", monkeypatch)
    assert code == 2
    out, err = capsys.readouterr()
    assert "No interrupted conversion run to resume." in err
    assert "Resuming conversion run" not in out  # not "Resuming conversion run ?." (F8)


def test_resume_warns_that_certificate_validation_is_off(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    code = main(
        [
            "--lang",
            "en",
            "convert",
            "--resume",
            "--winrm-url",
            "https://127.0.0.1:1/wsman",
            "--auth",
            "basic",
            "--user",
            "u",
            "--password-stdin",
            "--insecure-skip-tls-verify",
            "--journal",
            str(tmp_path / "j.sqlite3"),
        ]
    )
    err = capsys.readouterr().err
    assert "certificate validation is OFF" in err
    assert code == 2 and "No interrupted conversion run to resume." in err
