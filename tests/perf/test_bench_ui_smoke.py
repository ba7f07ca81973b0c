"""The UI benchmark runs end to end with a tiny fleet (a smoke test, not a timed assertion)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("bench_ui.py")


def test_bench_ui_prints_one_json_line():
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--n", "12", "--latency-ms", "1", "--startup-runs", "1"],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1
    result = json.loads(lines[0])
    assert result["n"] == 12 and result["rows"] == 12 and result["scanned"] == 12
    assert result["ticks"] > 0 and result["max_gap_ms"] >= result["p99_gap_ms"] > 0
    assert result["batches"] >= 1 and result["scan_s"] > 0
    assert len(result["startup_runs_s"]) == 1 and result["startup_s"] > 0
    assert set(result["targets"]) == {
        "max_gap_below_100_ms",
        "p99_gap_below_30_ms",
        "startup_below_1.5_s",
    }
