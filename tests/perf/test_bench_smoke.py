"""The scan benchmark runs end to end with a tiny fleet (a smoke test, not a timed assertion)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("bench_scan.py")


def test_bench_scan_prints_one_json_line():
    done = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--n",
            "6",
            "--concurrency",
            "3",
            "--latency-ms",
            "1",
            "--remote-ms",
            "20",
            "--sample",
            "2",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1
    result = json.loads(lines[0])
    assert result["n"] == 6 and result["scanned"] == 6
    # Create, Command, Send (status's script travels on stdin), Receive, Delete
    assert result["requests_per_host"] == 5.0
    assert result["sequential_s_extrapolated"] > result["wall_s"] > 0
    assert result["ideal_s"] > 0 and result["zero_latency_hosts_per_s"] > 0
    assert result["client_cpu_ms_per_host"] > 0 and result["peak_rss_mb"] > 0
    assert set(result["targets"]) == {
        "speedup_at_least_40",
        "wall_within_1.5x_of_max(ideal, cpu/cores)",
        "client_cpu_at_most_5_ms_per_host",
        "peak_rss_at_most_300_mb",
    }
