"""The UI benchmark runs end to end with a tiny fleet (a smoke test, not a timed assertion)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("bench_ui.py")


def test_bench_ui_prints_one_json_line():
    done = subprocess.run(
        # Enough hosts and latency for the scan to last a few timer ticks (at 1 ms a
        # dozen hosts finish within one 10 ms tick, leaving no gap to measure).
        [sys.executable, str(SCRIPT), "--n", "40", "--latency-ms", "10", "--startup-runs", "1"],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1
    result = json.loads(lines[0])
    assert result["n"] == 40 and result["rows"] == 40 and result["scanned"] == 40
    assert result["ticks"] > 0 and result["max_gap_ms"] >= result["p99_gap_ms"] > 0
    assert result["batches"] >= 1 and result["scan_s"] > 0
    assert len(result["startup_runs_s"]) == 1 and result["startup_s"] > 0
    assert set(result["targets"]) == {
        "max_gap_below_100_ms",
        "p99_gap_below_30_ms",
        "startup_below_1.5_s",
    }
