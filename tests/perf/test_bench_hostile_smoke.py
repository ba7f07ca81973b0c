"""The hostile-answer benchmark runs end to end with a few hosts (a smoke test, no timing)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("bench_hostile.py")


def test_bench_hostile_prints_one_json_line():
    done = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--hosts",
            "4",
            "--concurrency",
            "4",
            "--timeout",
            "5",
            "--endless-limit-mb",
            "200",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1
    result = json.loads(lines[0])
    assert result["hosts"] == 4 and result["modes"] == ["endless", "huge"]
    # Every host refused at the answer cap: not a time-out, not "could not be understood".
    assert result["error_kinds"] == {"ANSWER_TOO_LARGE": 4}
    assert result["slowest_host_s"] > 0 and result["peak_rss_mb"] > 0
    assert set(result["targets"]) == {
        "slowest_host_within_deadline_plus_1s",
        "wall_within_deadline_plus_1s",
        "peak_rss_under_200_mb",
        "no_false_unreachable",
    }
    assert result["targets"]["no_false_unreachable"] is None  # judged with --busy only
