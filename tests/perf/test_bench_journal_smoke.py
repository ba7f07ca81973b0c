"""Smoke test: the journal durability benchmark runs and prints its JSON line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("bench_journal_sync.py")


def test_bench_journal_sync_prints_one_json_line():
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--clients", "4", "--latency-ms", "0", "--rounds", "5"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=SCRIPT.parents[2],
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["convert_full"]["rows"] == result["convert_normal"]["rows"] > 0
    assert result["raw_ms_per_step_full"] > 0
