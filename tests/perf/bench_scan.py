"""Benchmark: a fleet scan against the simulated lab in another process. Prints one JSON line.

    python tests/perf/bench_scan.py [--n 500] [--concurrency 64] [--latency-ms 2]
                                    [--remote-ms 800] [--sample 8]
    python tests/perf/bench_scan.py --n 10000 --latency-ms 0 --remote-ms 0

The lab runs in a child process (this script with ``--serve``) behind its
shared WS-Management endpoint, with a latency model: every WS-Man round trip
costs ``--latency-ms`` (a LAN) and every command runs ``--remote-ms`` on the
machine before its output is ready (PowerShell start plus the WMI query on a
real host). The scanning side is the product: :class:`FleetScanner` with the
real winrm adapter and a real SQLite journal, then the CSV, JSON and HTML
reports written.

Reported:
- ``wall_s``: the scan of N hosts at the given concurrency;
- ``ideal_s``: N × remote time ÷ concurrency (rounded up to whole waves) plus
  the round trips measured per host × latency;
- ``sequential_s_extrapolated``: a sequential scan measured on ``--sample``
  hosts in the same run, extrapolated to N (labelled so);
- ``speedup``: sequential ÷ wall;
- ``client_cpu_ms_per_host``: CPU time of this process during the scan ÷ N;
- ``zero_latency_hosts_per_s``: the same scan with latency and remote time at
  zero — the client's own cost (and the lab's);
- ``peak_rss_mb`` of this process, results and reports included;
- ``targets``: each target of issue 6 and whether it was met.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


# --- the lab side ------------------------------------------------------------------------


def serve(clients: int) -> int:
    """Child process: the lab behind its shared endpoint; faults set through stdin lines."""
    from app.lab.faults import MachineFaults
    from app.lab.runtime import LabRuntime
    from app.lab.world import build_default_lab

    world = build_default_lab(seed=0, clients=clients, scenario="legacy-2008r2")
    runtime = LabRuntime(world, https=False, with_dns=False, per_machine_endpoints=False)
    with runtime:
        # The benchmark measures the scanner: machines that answer only "PowerShell too
        # old" (stock Windows 7 / 2008 R2, two in fifty) are real failures, left out here.
        machines = [
            n
            for n in world.machine_names()
            if world.is_reachable(n) and world.machine(n).ps_major >= 3
        ]
        template = runtime.shared_url("HOSTNAME").replace("HOSTNAME", "{host}")
        line = {
            "url": template,
            "user": world.user,
            "password": world.password,
            "machines": machines,
        }
        print(json.dumps(line), flush=True)
        for command in sys.stdin:
            words = command.split()
            if not words or words[0] == "quit":
                break
            if words[0] == "faults":
                latency, remote = float(words[1]) / 1000, float(words[2]) / 1000
                runtime.faults.set_defaults(MachineFaults(latency=latency, exec_time=remote))
                print("ok", flush=True)
            elif words[0] == "stats":
                print(json.dumps(dict(runtime.server.stats)), flush=True)
    return 0


class LabProcess:
    """The lab child process and its little control protocol."""

    def __init__(self, clients: int) -> None:
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--serve", "--clients", str(clients)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )
        self.info = json.loads(self.process.stdout.readline())

    def ask(self, line: str) -> str:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def faults(self, latency_ms: float, remote_ms: float) -> None:
        assert self.ask(f"faults {latency_ms} {remote_ms}") == "ok"

    def requests(self) -> int:
        return sum(v for k, v in json.loads(self.ask("stats")).items() if k != "Receive-timeout")

    def close(self) -> None:
        try:
            self.process.stdin.write("quit\n")
            self.process.stdin.close()
            self.process.wait(15)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait(15)
        self.process.stdout.close()


# --- the client side ----------------------------------------------------------------------


def scanner_for(lab: LabProcess, journal=None):
    from app.adapters.runner_factory import TransportMode, TransportSettings, build_runner_factory
    from app.domain.catalog import default_catalog
    from app.services.fleet_scan import FleetScanner

    settings = TransportSettings(
        mode=TransportMode.WINRM,
        https=False,
        url=lab.info["url"],
        auth="basic",
        user=lab.info["user"],
        password=lab.info["password"],
        timeout=60.0,
    )
    return FleetScanner(build_runner_factory(settings), default_catalog(), journal)


def timed_scan(scanner, hosts, concurrency):
    from app.domain.scan_results import ScanOptions

    cpu, wall = time.process_time(), time.perf_counter()
    report = scanner.scan(hosts, ScanOptions(concurrency=concurrency, timeout=60.0), source="bench")
    return report, time.perf_counter() - wall, time.process_time() - cpu


def write_reports(report, folder: Path) -> float:
    from app.adapters.report_files import write_csv, write_html, write_json
    from app.domain.report_model import build_scan_report, render_report
    from app.domain.scan_results import result_to_record
    from app.domain.text import substitute

    def english(message):
        return substitute(message.text.source, message.args, message.n)

    started = time.perf_counter()
    data = {
        "summary": report.summary.as_dict(),
        "hosts": [result_to_record(r) for r in report.results],
    }
    rendered = render_report(
        build_scan_report(report.results, report.summary, report.finished, data=data), english
    )
    write_csv(folder / "scan.csv", rendered)
    write_json(folder / "scan.json", rendered)
    write_html(folder / "scan.html", rendered)
    return time.perf_counter() - started


def bench(args: argparse.Namespace) -> dict:
    from app.adapters.journal import SqliteJournal

    lab = LabProcess(args.n + 2)
    try:
        hosts = lab.info["machines"][: args.n]
        n = len(hosts)
        folder = Path(tempfile.mkdtemp(prefix="kmsw-bench-"))
        journal = SqliteJournal(folder / "journal.sqlite3")
        lab.faults(0, 0)
        timed_scan(scanner_for(lab), hosts[:20], min(args.concurrency, 20))  # warm-up

        lab.faults(args.latency_ms, args.remote_ms)
        before = lab.requests()
        sample = hosts[: args.sample]
        _, sample_wall, _ = timed_scan(scanner_for(lab), sample, 1)
        per_host_requests = (lab.requests() - before) / len(sample)
        sequential = sample_wall / len(sample) * n

        report, wall, cpu = timed_scan(scanner_for(lab, journal), hosts, args.concurrency)
        scanned = report.summary.scanned
        rss_after_scan = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        reports_s = write_reports(report, folder)

        if args.latency_ms or args.remote_ms:
            lab.faults(0, 0)
            _, zero_wall, zero_cpu = timed_scan(scanner_for(lab), hosts, args.concurrency)
        else:
            zero_wall, zero_cpu = wall, cpu
        journal.close()
    finally:
        lab.close()

    remote = args.remote_ms / 1000
    waves = math.ceil(n / args.concurrency)
    ideal = waves * remote + waves * per_host_requests * args.latency_ms / 1000
    cores = os.cpu_count() or 1
    cpu_ms = cpu / n * 1000
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    speedup = sequential / wall if wall else 0.0
    bound = 1.5 * max(ideal, cpu / cores)
    # The speed targets are set for the latency model (N=500, 64 at once); at zero latency
    # the lab competes with the scanner for the same cores, so only memory is judged.
    modelled = bool(remote)
    targets = {
        "speedup_at_least_40": speedup >= 40 if modelled else None,
        "wall_within_1.5x_of_max(ideal, cpu/cores)": wall <= bound if modelled else None,
        "client_cpu_at_most_5_ms_per_host": cpu_ms <= 5.0 if modelled else None,
        "peak_rss_at_most_300_mb": peak_rss_mb <= 300,
    }
    return {
        "benchmark": "fleet_scan",
        "n": n,
        "scanned": scanned,
        "concurrency": args.concurrency,
        "latency_ms": args.latency_ms,
        "remote_ms": args.remote_ms,
        "cores": cores,
        "wall_s": round(wall, 3),
        "ideal_s": round(ideal, 3),
        "requests_per_host": round(per_host_requests, 2),
        "sequential_s_extrapolated": round(sequential, 2),
        "sequential_sample_hosts": len(sample),
        "speedup": round(speedup, 1),
        "client_cpu_s": round(cpu, 3),
        "client_cpu_ms_per_host": round(cpu_ms, 2),
        "zero_latency_hosts_per_s": round(n / zero_wall, 1) if zero_wall else None,
        "zero_latency_cpu_ms_per_host": round(zero_cpu / n * 1000, 2),
        "reports_s": round(reports_s, 3),
        "peak_rss_mb": round(peak_rss_mb, 1),
        "peak_rss_after_scan_mb": round(rss_after_scan, 1),
        "targets": targets,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--latency-ms", type=float, default=2.0)
    parser.add_argument("--remote-ms", type=float, default=800.0)
    parser.add_argument("--sample", type=int, default=8, help="hosts in the sequential baseline")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--clients", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        return serve(args.clients)
    threading.stack_size(256 * 1024)  # many scanning threads need little stack each
    print(json.dumps(bench(args)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
