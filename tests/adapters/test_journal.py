"""The journal survives a crash, never stores a key in clear, and answers resume queries."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

from app.adapters.journal import SqliteJournal, mask_keys

MAK = "BCDFG-HJKMP-QRTVW-XY234-6789B"


def test_scan_round_trip(tmp_path):
    journal = SqliteJournal(tmp_path / "j.sqlite3")
    scan = journal.start_scan("lab", 2, {"concurrency": 32})
    journal.record_host(scan, "pc1.lab.test", {"reachable": True, "products": [{"status": 1}]})
    journal.record_hosts(scan, {"pc2.lab.test": {"reachable": False, "error": "TIMEOUT"}})
    journal.finish_scan(scan, "done", {"kms": 1, "unreachable": 1})
    [record] = journal.scans()
    assert record["status"] == "done" and record["summary"] == {"kms": 1, "unreachable": 1}
    results = journal.scan_results(scan)
    assert results["pc2.lab.test"]["error"] == "TIMEOUT"
    assert results["pc1.lab.test"]["products"][0]["status"] == 1


def test_product_keys_are_masked_everywhere(tmp_path):
    path = tmp_path / "j.sqlite3"
    journal = SqliteJournal(path)
    scan = journal.start_scan(f"hosts {MAK.lower()}", 1, {"key": MAK})
    journal.record_host(scan, "pc1", {"note": f"installed {MAK}"})
    run = journal.start_conversion("mak", {"mak": MAK}, [{"params": {"key": MAK}}])
    step = journal.step_intent(run, "pc1", 1, "install-key", f"install {MAK}")
    journal.step_outcome(step, "failed", hresult="0xC004F050", detail=f"bad {MAK}")
    journal.close()
    raw = path.read_bytes() + b"".join(p.read_bytes() for p in tmp_path.glob("j.sqlite3-*"))
    assert b"BCDFG" not in raw.upper()
    assert b"XXXXX-XXXXX-XXXXX-XXXXX-6789B" in raw


def test_mask_keys_leaves_other_text_alone():
    assert mask_keys("port 1688, host kms01") == "port 1688, host kms01"
    assert mask_keys(f"a {MAK} b") == "a XXXXX-XXXXX-XXXXX-XXXXX-6789B b"


def test_intent_written_before_a_crash_is_found_by_resume(tmp_path):
    """A process killed mid-step leaves its intent and the unfinished run on disk."""
    path = tmp_path / "j.sqlite3"
    script = textwrap.dedent(
        f"""
        import os
        from app.adapters.journal import SqliteJournal
        j = SqliteJournal({str(path)!r})
        run = j.start_conversion("kms", {{}}, [{{"host": "pc1"}}, {{"host": "pc2"}}])
        s = j.step_intent(run, "pc1", 1, "install-key", "GVLK")
        j.step_outcome(s, "done")
        j.step_intent(run, "pc1", 2, "activate", "")
        os._exit(9)  # no close, no finish: a crash
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True)
    assert result.returncode == 9
    journal = SqliteJournal(path)
    [run] = journal.unfinished_conversions()
    steps = journal.conversion_steps(run["id"])
    assert [(s["operation"], s["state"]) for s in steps] == [
        ("install-key", "done"),
        ("activate", "intent"),
    ]
    assert [p["host"] for p in run["plan"]] == ["pc1", "pc2"]
    journal.finish_conversion(run["id"], "resumed")
    assert journal.unfinished_conversions() == []


def test_wal_mode_and_audit_order(tmp_path):
    journal = SqliteJournal(tmp_path / "j.sqlite3")
    scan = journal.start_scan("lab", 1, {})
    journal.finish_scan(scan, "done", {})
    run = journal.start_conversion("kms", {}, [])
    step = journal.step_intent(run, "pc1", 1, "activate", "")
    journal.step_outcome(step, "done")
    mode = sqlite3.connect(tmp_path / "j.sqlite3").execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    kinds = [entry["kind"] for entry in journal.audit()]
    assert set(kinds) == {"scan", "conversion", "step"}
    assert journal.audit()[0]["kind"] == "step"  # newest first


def test_unknown_step_state_is_refused(tmp_path):
    journal = SqliteJournal(tmp_path / "j.sqlite3")
    run = journal.start_conversion("kms", {}, [])
    step = journal.step_intent(run, "pc1", 1, "activate", "")
    try:
        journal.step_outcome(step, "maybe")
    except ValueError:
        pass
    else:
        raise AssertionError("an unknown state must be refused")
    assert journal.conversion_steps(run)[0]["state"] == "intent"
