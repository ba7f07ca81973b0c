"""The crash-and-resume campaign, short and seeded (10 trials), plus its counters on known cases."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app.adapters.journal import SqliteJournal

from . import crash_campaign


@pytest.mark.slow
def test_ten_killed_and_resumed_conversions_leave_nothing_doubled_skipped_or_open(capsys):
    code = crash_campaign.main(["--trials", "10", "--seed", "15"])
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["trials"] == 10
    assert summary["kills"] - summary["kills_before_the_run_was_journaled"] >= 5  # mid-run kills
    for name in crash_campaign.COUNTS:
        assert summary[name] == 0, summary
    assert code == 0


# --- the counters themselves: they must see what they count ---------------------------------


def entry(machine, operation, *, ok=True, key=None, product="p1", channel="MAK"):
    return {
        "machine": machine,
        "operation": operation,
        "ok": ok,
        "key_last5": key,
        "product_id": product if operation == "activate" else None,
        "channel": channel,
    }


def test_the_counters_see_a_key_installed_twice_and_a_mak_spent_twice():
    installs, activations, mak = crash_campaign.doubled_steps(
        [
            entry("pc1", "install-key", key="AAAAA"),
            entry("pc1", "install-key", key="AAAAA"),
            entry("pc2", "install-key", key="AAAAA"),
            entry("pc1", "activate"),
            entry("pc1", "activate"),
            entry("pc2", "activate"),
            entry("pc2", "activate", ok=False),  # a failed call spends nothing
            entry(crash_campaign.KMS_HOST, "activate"),
            entry(crash_campaign.KMS_HOST, "activate"),  # the trial's own host set-up
        ]
    )
    assert (len(installs), len(activations), len(mak)) == (1, 1, 1)
    assert "pc1" in installs[0] and "pc1" in activations[0] and "pc1" in mak[0]


def test_the_counters_see_a_planned_step_neither_run_nor_shown_unnecessary(tmp_path):
    journal = SqliteJournal(tmp_path / "j.sqlite3")
    plan = [
        {"host": "pc1", "seq": 1, "kind": "install-key", "operation": "install-key"},
        {"host": "pc1", "seq": 2, "kind": "activate", "operation": "activate"},
        {"host": "pc1", "seq": 3, "kind": "activate", "operation": "activate"},
        {"host": "pc1", "seq": 4, "kind": "verify", "operation": "status"},
        {"host": "pc2", "seq": 1, "kind": "install-key", "operation": "install-key"},
        {"host": "pc2", "seq": 2, "kind": "activate", "operation": "activate"},
        {"host": "pc2", "seq": 3, "kind": "verify", "operation": "status"},
    ]
    run = journal.start_conversion("to-kms", {}, plan)
    for host, seq, operation, state, hresult in [
        ("pc1", 1, "install-key", "done", None),
        ("pc1", 2, "activate", "failed", "0xC004F038"),  # pending: the next step must run
        ("pc1", 4, "status", "done", None),
        ("pc2", 1, "install-key", "failed", "0xC004F050"),  # a real failure excuses step 2
        ("pc2", 3, "status", "done", None),
    ]:
        row = journal.step_intent(run, host, seq, operation, "")
        journal.step_outcome(row, state, hresult=hresult)
    journal.close()
    connection = sqlite3.connect(tmp_path / "j.sqlite3")
    try:
        skipped = crash_campaign.skipped_steps(connection)
    finally:
        connection.close()
    assert skipped == [f"run {run}: pc1 step 3 (activate) skipped"]
