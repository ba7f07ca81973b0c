"""Reliability of a conversion run (issue 15: F2, F5, F6, F8, F9), end to end against the lab.

Every test converts real lab machines over WinRM (the real adapter, real HTTP)
with the real SQLite journal; crashes are real processes ended by ``os._exit``
at a chosen journal write (:mod:`tests.fleet.crash_points`).
"""

from __future__ import annotations

import io
import json
import logging
import os
import sqlite3
import stat
import subprocess
import sys
from collections import Counter
from pathlib import Path

from app.adapters.journal import SqliteJournal
from app.cli import main
from app.domain.catalog import default_catalog
from app.domain.conversion import ConversionDirection, ConversionTarget
from app.domain.fleet_conversion import ConversionProblem
from app.domain.licensing import parse_kms_endpoint
from app.services.fleet_convert import FleetConverter

from .conftest import KMS_HOST, make_kms_host
from .crash_points import CRASH_EXIT

ROOT = Path(__file__).resolve().parents[2]
OFFICE_HOST = "pc-office2010.lab.test"
HOSTS = [OFFICE_HOST, "pc021.lab.test", "srv028.lab.test"]
TO_KMS01 = ConversionTarget(ConversionDirection.TO_KMS, kms_host=parse_kms_endpoint(KMS_HOST))


def url_template(lab) -> str:
    return lab.shared_url("HOSTNAME").replace("HOSTNAME", "{host}")


def winrm_args(lab) -> list[str]:
    return [
        "--winrm",
        "--winrm-url",
        url_template(lab),
        "--auth",
        "basic",
        "--user",
        lab.world.user,
        "--password-stdin",
    ]


def cli(lab, monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    """``kms-wizard --lang en ARGS`` in this process, the lab password on standard input."""
    monkeypatch.setattr("sys.stdin", io.StringIO(lab.world.password + "\n"))
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def crash_run(lab, journal_path: Path, point: str, hosts=HOSTS, kms_host=KMS_HOST) -> int:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.fleet.crash_points",
            str(journal_path),
            url_template(lab),
            lab.world.user,
            point,
            kms_host,
            *hosts,
        ],
        input=lab.world.password + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == CRASH_EXIT, done.stderr[-2000:]
    return done.returncode


def received(lab, machine: str, operation: str) -> list:
    return [r for r in lab.world.received if r.machine == machine and r.operation == operation]


def open_rows(journal_path: Path) -> list[tuple]:
    with sqlite3.connect(journal_path) as db:
        return db.execute(
            "SELECT host, seq, operation FROM steps WHERE state = 'intent'"
        ).fetchall()


def run_status(journal_path: Path) -> list[str]:
    with sqlite3.connect(journal_path) as db:
        return [r[0] for r in db.execute("SELECT status FROM conversions ORDER BY id")]


# --- F9: resume runs exactly what a live run would ------------------------------------------


def test_resume_goes_on_past_a_pending_kms_activation(lab, runners, tmp_path, monkeypatch, capsys):
    """Killed right after step 4's intent (Activate Office 14), while step 3 (Activate
    Windows) is journaled failed 0xC004F038 — pending, the host's count is still low."""
    make_kms_host(runners, lab)
    journal_path = tmp_path / "journal.sqlite3"
    crash_run(lab, journal_path, "intent:activate:2", hosts=[OFFICE_HOST])
    journal = SqliteJournal(journal_path)
    [run] = journal.unfinished_conversions()
    rows = {(r["seq"], r["state"], r["hresult"]) for r in journal.conversion_steps(run["id"])}
    journal.close()
    assert (3, "failed", "0xC004F038") in rows and (4, "intent", None) in rows
    assert len(received(lab, OFFICE_HOST, "activate")) == 1  # Office's never ran

    code, out, _err = cli(
        lab,
        monkeypatch,
        capsys,
        "convert",
        "--resume",
        *winrm_args(lab),
        "--journal",
        str(journal_path),
        "--json",
    )

    # The Office activation was checked against the machine (not in effect) and run, once.
    assert len(received(lab, OFFICE_HOST, "activate")) == 2
    [host] = json.loads(out)["run"]["hosts"]
    seqs = {s["seq"]: s for s in host["steps"]}
    assert seqs[4]["operation"] == "activate" and seqs[4]["state"] == "failed"  # as live: F042
    assert seqs[3]["hresult"] == "0xC004F038"
    assert host["result"] == "failed" and code == 1  # not "converted" with a step never run
    assert open_rows(journal_path) == []


def test_a_host_failed_before_the_interruption_is_not_reported_converted(
    lab, runners, tmp_path, monkeypatch, capsys
):
    """srv028's activation fails (0xC004F042) and its verification is journaled; the
    process dies on the next host. Resume leaves srv028 alone but must not call it converted."""
    make_kms_host(runners, lab)
    journal_path = tmp_path / "journal.sqlite3"
    crash_run(
        lab, journal_path, "outcome:install-key:2", hosts=["srv028.lab.test", "pc021.lab.test"]
    )

    code, out, _err = cli(
        lab,
        monkeypatch,
        capsys,
        "convert",
        "--resume",
        *winrm_args(lab),
        "--journal",
        str(journal_path),
        "--json",
    )

    by_host = {h["host"]: h for h in json.loads(out)["run"]["hosts"]}
    srv = by_host["srv028.lab.test"]
    assert srv["result"] == "failed"
    assert [s["hresult"] for s in srv["steps"] if s["operation"] == "activate"] == ["0xC004F042"]
    assert code == 1
    assert open_rows(journal_path) == []


# --- F6: every intent gets an outcome; the journal survives a power cut; mode 0600 ----------


def test_resume_closes_the_reads_an_interruption_left_open(
    lab, runners, tmp_path, monkeypatch, capsys
):
    """Killed before the verification's outcome of the first host: its `status` intent
    was left open; after the resume no row of the run is without an outcome."""
    make_kms_host(runners, lab)
    journal_path = tmp_path / "journal.sqlite3"
    crash_run(lab, journal_path, "outcome:status:1", hosts=HOSTS[1:])
    assert [r[2] for r in open_rows(journal_path)] == ["status"]

    cli(
        lab,
        monkeypatch,
        capsys,
        "convert",
        "--resume",
        *winrm_args(lab),
        "--journal",
        str(journal_path),
        "--json",
    )

    assert open_rows(journal_path) == []
    with sqlite3.connect(journal_path) as db:
        states = Counter(
            r[0] for r in db.execute("SELECT state FROM steps WHERE operation='status'")
        )
    assert states["superseded"] == 1
    assert run_status(journal_path) == ["failed"]  # closed (0xC004F042 on both), not left open


def test_the_journal_is_private_and_synced_at_every_commit(tmp_path):
    path = tmp_path / "journal.sqlite3"
    journal = SqliteJournal(path)
    try:
        run_id = journal.start_conversion("kms", {}, [])
        journal.step_outcome(journal.step_intent(run_id, "h", 1, "status", ""), "superseded")
        [pragma] = journal._read("PRAGMA synchronous")
        # While it is open, the write-ahead log and its index exist: private too.
        modes = {
            name: stat.S_IMODE(os.stat(tmp_path / name).st_mode)
            for name in ("journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm")
        }
    finally:
        journal.close()
    assert pragma["synchronous"] == 2  # FULL: a power cut cannot take an intent row away
    assert modes == dict.fromkeys(modes, 0o600)


def test_an_existing_wider_journal_is_narrowed_and_still_opens(tmp_path):
    path = tmp_path / "journal.sqlite3"
    SqliteJournal(path).close()
    os.chmod(path, 0o644)  # a journal from an earlier version
    journal = SqliteJournal(path)
    journal.close()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


# --- F5: a write whose answer was lost is read back ------------------------------------------


def test_a_write_whose_answer_never_came_is_read_back_not_assumed_failed(
    lab, runners, tmp_path, monkeypatch, capsys
):
    make_kms_host(runners, lab)
    lab.faults.inject("pc021.lab.test", hang_after_write=True)
    journal_path = tmp_path / "journal.sqlite3"

    code, out, _err = cli(
        lab,
        monkeypatch,
        capsys,
        "convert",
        "pc021.lab.test",
        "--to",
        "kms",
        "--kms-host",
        KMS_HOST,
        "--include-uncovered",
        "--yes",
        "--timeout",
        "3",
        *winrm_args(lab),
        "--journal",
        str(journal_path),
        "--json",
    )

    [host] = json.loads(out)["run"]["hosts"]
    states = {s["operation"]: s["state"] for s in host["steps"]}
    assert states["set-kms-host"] == "in-effect" and states["install-key"] == "in-effect"
    assert len(received(lab, "pc021.lab.test", "install-key")) == 1  # read back, not re-sent
    with sqlite3.connect(journal_path) as db:
        rows = dict(
            db.execute(
                "SELECT operation, state || ' ' || outcome FROM steps WHERE operation='install-key'"
            ).fetchall()
        )
    assert rows["install-key"].startswith("done Its answer was lost (TIMEOUT)")
    # The activation ran but the host's count is low: read back, it is not in effect.
    assert states["activate"] == "failed" and code == 1


def test_a_write_whose_connection_dropped_after_it_ran_is_read_back(
    lab, runners, tmp_path, monkeypatch, capsys
):
    """The lab's lost answers (app.lab.timing): every write of pc021 runs, and its
    connection breaks on the way back. The run reads the machine and goes on."""
    make_kms_host(runners, lab)
    lab.server.timing.set("pc021.lab.test", drop=1.0, applied=1.0)
    journal_path = tmp_path / "journal.sqlite3"

    _code, out, _err = cli(
        lab,
        monkeypatch,
        capsys,
        "convert",
        "pc021.lab.test",
        "--to",
        "kms",
        "--kms-host",
        KMS_HOST,
        "--include-uncovered",
        "--yes",
        *winrm_args(lab),
        "--journal",
        str(journal_path),
        "--json",
    )

    [host] = json.loads(out)["run"]["hosts"]
    states = {s["operation"]: s["state"] for s in host["steps"]}
    assert states["set-kms-host"] == "in-effect" and states["install-key"] == "in-effect"
    assert len(received(lab, "pc021.lab.test", "install-key")) == 1
    assert open_rows(journal_path) == []


# --- F2: one host's bug never kills a run ----------------------------------------------------


def test_a_poisoned_status_costs_its_host_only(lab, runners, tmp_path, monkeypatch, capsys):
    """pc021 answers a status with a 5,000-digit number after its key changed, at
    --concurrency 1: srv028 after it is still converted, and nobody cancelled the run."""
    make_kms_host(runners, lab)
    lab.faults.inject("pc021.lab.test", poison_status_after_write=True)
    journal_path = tmp_path / "journal.sqlite3"

    code, out, err = cli(
        lab,
        monkeypatch,
        capsys,
        "convert",
        "pc021.lab.test",
        "srv028.lab.test",
        "--to",
        "kms",
        "--kms-host",
        KMS_HOST,
        "--include-uncovered",
        "--yes",
        "--concurrency",
        "1",
        *winrm_args(lab),
        "--journal",
        str(journal_path),
    )

    assert "Traceback" not in err and "Exception in thread" not in err
    assert "cancelled" not in out
    assert "srv028.lab.test: Windows Server 2019 Standard" in out  # verified after pc021
    assert "cancelled" not in run_status(journal_path)
    assert code == 1


class _BuggyRunners:
    """The real lab runners; one host's status read after a write hits a bug of ours.

    The lab cannot produce a bug in our own code, so this stands in for one: any
    exception type the worker does not expect (here RuntimeError).
    """

    def __init__(self, runners, host: str) -> None:
        self._runners, self._host = runners, host

    def __call__(self, host: str):
        runner = self._runners(host)
        if host != self._host:
            return runner
        real_run = runner.run
        wrote = []

        def run(operation, params=None, **kwargs):
            if operation == "status" and wrote:
                raise RuntimeError("a bug while reading the status")
            document = real_run(operation, params, **kwargs)
            wrote.append(operation != "status")
            return document

        runner.run = run
        return runner


def test_an_unexpected_exception_is_the_hosts_failure_and_the_run_stays_resumable(
    lab, runners, journal, tmp_path, caplog
):
    make_kms_host(runners, lab)
    catalog = default_catalog()
    buggy = FleetConverter(_BuggyRunners(runners, "pc021.lab.test"), catalog, journal)
    plan = buggy.plan(HOSTS[1:], TO_KMS01, include_uncovered=True)
    with caplog.at_level(logging.ERROR, logger="app"):
        report = buggy.execute(plan, concurrency=1)

    by_host = {h.host: h for h in report.hosts}
    pc021, srv028 = by_host["pc021.lab.test"], by_host["srv028.lab.test"]
    assert pc021.unexpected and not pc021.complete
    assert pc021.problem.text == ConversionProblem.UNEXPECTED_AFTER_CHANGE.text  # key changed
    assert srv028.after is not None  # the next host ran, at concurrency 1
    assert not report.cancelled and not report.finished
    [record] = [r for r in caplog.records if "pc021.lab.test" in r.getMessage()]
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError
    [run] = journal.unfinished_conversions()  # open: resumable

    fixed = FleetConverter(runners, catalog, journal)
    resumed = fixed.resume(run["id"])
    pc021 = next(h for h in resumed.hosts if h.host == "pc021.lab.test")
    assert pc021.after is not None and resumed.finished
    assert not pc021.unexpected and pc021.problem is None
    assert len(received(lab, "pc021.lab.test", "install-key")) == 1  # checked, not repeated
    assert journal.unfinished_conversions() == []
    assert not [r for r in journal.conversion_steps(run["id"]) if r["state"] == "intent"]


# --- F8: the resume announcement ---------------------------------------------------------


def test_resume_with_nothing_to_resume_announces_no_run(lab, tmp_path, monkeypatch, capsys):
    code, out, err = cli(
        lab,
        monkeypatch,
        capsys,
        "convert",
        "--resume",
        *winrm_args(lab),
        "--journal",
        str(tmp_path / "j.sqlite3"),
    )
    assert code == 2
    assert "No interrupted conversion run to resume." in err
    assert "Resuming" not in out + err


def test_a_bug_while_scanning_one_host_is_logged_with_its_traceback(lab, runners, caplog):
    from app.services.fleet_scan import FleetScanner

    class Buggy:
        def __call__(self, host):
            runner = runners(host)
            if host == "pc021.lab.test":
                runner.run = lambda *a, **k: (_ for _ in ()).throw(RuntimeError("a bug"))
            return runner

    scanner = FleetScanner(Buggy(), default_catalog())
    with caplog.at_level(logging.ERROR, logger="app"):
        report = scanner.scan(["pc021.lab.test", "srv028.lab.test"])

    by_host = report.by_host
    assert by_host["pc021.lab.test"].error_kind == "UNEXPECTED"
    assert by_host["srv028.lab.test"].reachable  # the next host was read
    [record] = [r for r in caplog.records if "pc021.lab.test" in r.getMessage()]
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError
