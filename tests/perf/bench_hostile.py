"""Benchmark: a fleet scan of hosts that all answer with hostile floods. Prints one JSON line.

    python tests/perf/bench_hostile.py [--hosts 16] [--timeout 10] [--modes endless,huge]
                                       [--concurrency 16] [--load 0]
    python tests/perf/bench_hostile.py --busy --hosts 64 --concurrency 64 --modes redirect

Issue 15 ("Keep it fixed"): 16 hosts streaming endless or 100 MB answers at
once; the scan must end within each host's deadline + 1 s, with a peak RSS
under 200 MB. The hostile WS-Man server (tests/adapters/hostile_wsman.py) runs
in a child process (this script with ``--serve``), so its own memory and CPU are
not counted; each host's name picks its answer (``endless-03``, ``huge-04``…).
The scanning side is the product: :class:`FleetScanner` with the real winrm
adapter, as ``kms-wizard scan`` runs it. ``--load N`` keeps N more processes
busy on the CPU meanwhile (the review's "box loaded by another job").

``--busy`` (F3) sends the hosts to a listener with a backlog of 8 that accepts
40 connections a second: a crowd finds its queue full and its SYNs dropped, as
at high concurrency against a busy endpoint. Every host answers (a redirect),
so any "unreachable" is false: ``false_unreachable`` counts them.

Reported: ``wall_s``; ``slowest_host_s`` (the largest per-host elapsed time the
scan recorded) against ``deadline_s``; ``peak_rss_mb`` of this process (Python
and the product's modules included); the error kinds met; and ``targets``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def serve(endless_limit_mb: int) -> int:
    """Child process: the hostile server until stdin closes."""
    from tests.adapters.hostile_wsman import MB, HostileServer

    with HostileServer(endless_limit=endless_limit_mb * MB) as server:
        line = {"template": server.template(), "busy": server.busy_template()}
        print(json.dumps(line), flush=True)
        sys.stdin.read()
    return 0


def burn() -> int:
    """Child process: keep one core busy until killed."""
    while True:
        pass


def _start(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, __file__, *args], cwd=ROOT, **kwargs)


def bench(args: argparse.Namespace) -> dict:
    from app.adapters.runner_factory import TransportMode, TransportSettings, build_runner_factory
    from app.domain.catalog import default_catalog
    from app.domain.scan_results import ScanOptions
    from app.services.fleet_scan import FleetScanner

    server = _start(
        "--serve",
        "--endless-limit-mb",
        str(args.endless_limit_mb),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    burners = [_start("--burn") for _ in range(args.load)]
    try:
        template = json.loads(server.stdout.readline())["busy" if args.busy else "template"]
        settings = TransportSettings(
            mode=TransportMode.WINRM,
            https=False,
            url=template,
            auth="basic",
            user="administrator",
            password="Hostile-Pa55",
            timeout=args.timeout,
        )
        scanner = FleetScanner(build_runner_factory(settings), default_catalog())
        modes = args.modes.split(",")
        hosts = [f"{modes[i % len(modes)]}-{i + 1:02d}" for i in range(args.hosts)]
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        options = ScanOptions(concurrency=args.concurrency, timeout=args.timeout)
        started = time.perf_counter()
        report = scanner.scan(hosts, options, source="bench-hostile")
        wall = time.perf_counter() - started
    finally:
        for burner in burners:
            burner.kill()
            burner.wait(15)
        server.stdin.close()
        server.wait(30)
        server.stdout.close()

    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    slowest = max(result.elapsed_ms for result in report.results) / 1000
    kinds = Counter(result.error_kind or "SCANNED" for result in report.results)
    return {
        "benchmark": "hostile_scan",
        "hosts": len(hosts),
        "modes": modes,
        "busy_listener": args.busy,
        "concurrency": args.concurrency,
        "load_processes": args.load,
        "cores": os.cpu_count() or 1,
        "deadline_s": args.timeout,
        "wall_s": round(wall, 3),
        "slowest_host_s": round(slowest, 3),
        "peak_rss_mb": round(peak_rss_mb, 1),
        "rss_before_scan_mb": round(rss_before, 1),
        "error_kinds": dict(sorted(kinds.items())),
        "false_unreachable": kinds.get("UNREACHABLE", 0) if args.busy else None,
        "targets": {
            "slowest_host_within_deadline_plus_1s": slowest <= args.timeout + 1,
            "wall_within_deadline_plus_1s": wall <= args.timeout + 1,
            "peak_rss_under_200_mb": peak_rss_mb < 200,
            "no_false_unreachable": kinds.get("UNREACHABLE", 0) == 0 if args.busy else None,
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=16)
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--modes", default="endless,huge", help="answers, in turn per host")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--load", type=int, default=0, help="busy processes meanwhile")
    parser.add_argument(
        "--endless-limit-mb", type=int, default=20_000, help="where an endless answer stops"
    )
    parser.add_argument("--busy", action="store_true", help="a listener that drops SYNs (F3)")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--burn", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        return serve(args.endless_limit_mb)
    if args.burn:
        return burn()
    threading.stack_size(256 * 1024)
    print(json.dumps(bench(args)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
