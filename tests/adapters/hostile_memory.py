"""Child process of the memory test: the runner against hostile hosts; prints one JSON line.

    python -m tests.adapters.hostile_memory URL_TEMPLATE CASE [CASE...]

A case is a behaviour of the hostile server (``endless``), optionally with the
authentication to use (``endless/negotiate``: pywinrm's path; Basic otherwise).

The peak resident memory (VmHWM) is read after a warm-up exchange (all code
loaded) and again after the hostile cases: the growth is what they cost.
"""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path

from app.adapters.winrm_runner import WinrmRunner, WinrmSettings
from app.domain.errors import ExecutionError


def peak_mb() -> float:
    """This process's peak resident set size, in MB."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def attempt(template: str, host: str, auth: str = "basic") -> str:
    settings = WinrmSettings(
        url=template.replace("{host}", host), auth=auth, user="u", password="p", timeout=10.0
    )
    runner = WinrmRunner(host, settings)
    try:
        runner.run("status")
    except ExecutionError as error:
        return error.kind.name
    finally:
        runner.close()
    return "OK"


def main(argv: list[str]) -> int:
    template, modes = argv[0], argv[1:]
    attempt(template, "redirect-0")  # warm-up: every module and code path loaded
    attempt(template, "redirect-0", "negotiate")
    before = peak_mb()
    kinds = []
    for index, case in enumerate(modes, 1):
        mode, _, auth = case.partition("/")
        kinds.append(attempt(template, f"{mode}-{index}", auth or "basic"))
    after = peak_mb()
    print(
        json.dumps(
            {
                "kinds": kinds,
                "peak_before_mb": round(before, 1),
                "peak_growth_mb": round(after - before, 1),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
