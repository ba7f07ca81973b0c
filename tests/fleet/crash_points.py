"""Run a conversion and die at a chosen journal write, the way ``kill -9`` or a power cut would.

    python -m tests.fleet.crash_points JOURNAL URL_TEMPLATE USER POINT KMS_HOST HOST... < password

POINT names the write the process dies at, with ``os._exit(9)`` (no cleanup):
``intent:OPERATION:N`` dies just AFTER the N-th intent row of that operation is
written (the step recorded, not yet sent); ``outcome:OPERATION:N`` dies just
BEFORE the N-th outcome of that operation is written (the step done on the
machine, its outcome lost). KMS_HOST is set on the clients ("-" for none). The
run is MAK→KMS at concurrency 1, so the order of steps is the plan's.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

from app.adapters.journal import SqliteJournal
from app.adapters.runner_factory import TransportMode, TransportSettings, build_runner_factory
from app.domain.catalog import default_catalog
from app.domain.conversion import ConversionDirection, ConversionTarget
from app.domain.licensing import parse_kms_endpoint
from app.services.fleet_convert import FleetConverter

CRASH_EXIT = 9


class CrashingJournal(SqliteJournal):
    def __init__(self, path: Path, point: str) -> None:
        super().__init__(path)
        self.when, self.operation, count = point.split(":")
        self.count = int(count)
        self.seen: Counter[str] = Counter()
        self.operations: dict[int, str] = {}

    def step_intent(self, run_id, host, seq, operation, detail):
        step_id = super().step_intent(run_id, host, seq, operation, detail)
        self.operations[step_id] = operation
        if self.when == "intent" and operation == self.operation:
            self.seen[operation] += 1
            if self.seen[operation] == self.count:
                os._exit(CRASH_EXIT)
        return step_id

    def step_outcome(self, step_id, state, *, hresult=None, detail=""):
        operation = self.operations.get(step_id, "")
        if self.when == "outcome" and operation == self.operation:
            self.seen[operation] += 1
            if self.seen[operation] == self.count:
                os._exit(CRASH_EXIT)
        super().step_outcome(step_id, state, hresult=hresult, detail=detail)


def main(argv: list[str]) -> int:
    journal_path, template, user, point, kms_host, *hosts = argv
    password = sys.stdin.readline().rstrip("\n")
    settings = TransportSettings(
        mode=TransportMode.WINRM,
        https=False,
        url=template,
        auth="basic",
        user=user,
        password=password,
        timeout=10.0,
    )
    journal = CrashingJournal(Path(journal_path), point)
    converter = FleetConverter(build_runner_factory(settings), default_catalog(), journal)
    target = ConversionTarget(
        ConversionDirection.TO_KMS,
        kms_host=parse_kms_endpoint(kms_host) if kms_host != "-" else None,
    )
    plan = converter.plan(hosts, target, include_uncovered=True)
    converter.execute(plan, concurrency=1)
    return 0  # not reached when the crash point lies inside the run


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
