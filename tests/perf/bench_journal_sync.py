"""Benchmark: what ``synchronous=FULL`` costs the conversion journal. Prints one JSON line.

    python tests/perf/bench_journal_sync.py [--clients 40] [--latency-ms 30] [--rounds 200]

Two measures, each with the journal at ``synchronous=FULL`` (what the product
uses, reliability F6) and at ``NORMAL`` (what it used before), on a real file
in a temporary folder of this machine's disk:

- ``convert``: a MAK→KMS run of every lab client (a fresh in-process lab per
  mode, kms01 set up as a working KMS host, ``--include-uncovered``,
  concurrency 8, ``--latency-ms`` per WS-Man round trip): wall time, rows
  written, and the time spent inside journal writes;
- ``raw``: ``--rounds`` intent + outcome pairs written back to back (the
  journal alone, no network): milliseconds per pair.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.adapters.journal import SqliteJournal  # noqa: E402


class TimedJournal(SqliteJournal):
    """The real journal, timing its writes; ``mode`` sets ``PRAGMA synchronous``."""

    def __init__(self, path: Path, mode: str) -> None:
        super().__init__(path)
        self.write_seconds = 0.0
        self.writes = 0
        self._timing = threading.Lock()
        with self._lock:
            self._db.execute(f"PRAGMA synchronous={mode}")

    def _write(self, sql, params):
        started = time.perf_counter()
        try:
            return super()._write(sql, params)
        finally:
            with self._timing:
                self.write_seconds += time.perf_counter() - started
                self.writes += 1


def convert_run(mode: str, clients: int, latency_ms: float, folder: Path) -> dict:
    from app.adapters.runner_factory import build_runner_factory
    from app.domain.catalog import default_catalog
    from app.domain.conversion import ConversionDirection, ConversionTarget
    from app.domain.licensing import parse_kms_endpoint
    from app.lab.runtime import LabRuntime
    from app.lab.world import build_default_lab
    from app.services.fleet_convert import FleetConverter
    from tests.fleet.conftest import KMS_HOST, lab_settings, make_kms_host

    world = build_default_lab(seed=0, clients=clients, scenario="legacy-2008r2")
    with LabRuntime(world, https=False, with_dns=False, latency_ms=latency_ms) as lab:
        runners = build_runner_factory(lab_settings(lab), url_for=lab.winrm_url)
        make_kms_host(runners, lab)
        journal = TimedJournal(folder / f"journal-{mode}.sqlite3", mode)
        try:
            converter = FleetConverter(runners, default_catalog(), journal)
            hosts = [m for m in lab.world.machine_names() if m != KMS_HOST]
            target = ConversionTarget(
                ConversionDirection.TO_KMS, kms_host=parse_kms_endpoint(KMS_HOST)
            )
            plan = converter.plan(hosts, target, include_uncovered=True)
            started = time.perf_counter()
            report = converter.execute(plan, concurrency=8)
            wall = time.perf_counter() - started
            rows = len(journal.conversion_steps(report.run_id))
        finally:
            journal.close()
    return {
        "wall_s": round(wall, 3),
        "hosts": len(report.hosts),
        "rows": rows,
        "journal_writes": journal.writes,
        "journal_write_ms_total": round(journal.write_seconds * 1000, 1),
    }


def raw_pairs(mode: str, rounds: int, folder: Path) -> float:
    journal = TimedJournal(folder / f"raw-{mode}.sqlite3", mode)
    try:
        run_id = journal.start_conversion("kms", {}, [])
        started = time.perf_counter()
        for seq in range(rounds):
            journal.step_outcome(journal.step_intent(run_id, "h", seq, "activate", ""), "done")
        return (time.perf_counter() - started) * 1000 / rounds
    finally:
        journal.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=40)
    parser.add_argument("--latency-ms", type=float, default=30.0)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args(argv)
    result: dict = {"benchmark": "journal_sync", "clients": args.clients}
    with tempfile.TemporaryDirectory(dir=Path.home()) as folder:
        for mode in ("FULL", "NORMAL"):
            result[f"convert_{mode.lower()}"] = convert_run(
                mode, args.clients, args.latency_ms, Path(folder)
            )
            result[f"raw_ms_per_step_{mode.lower()}"] = round(
                raw_pairs(mode, args.rounds, Path(folder)), 3
            )
    full, normal = result["convert_full"], result["convert_normal"]
    result["convert_extra_s"] = round(full["wall_s"] - normal["wall_s"], 3)
    result["journal_extra_ms"] = round(
        full["journal_write_ms_total"] - normal["journal_write_ms_total"], 1
    )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
