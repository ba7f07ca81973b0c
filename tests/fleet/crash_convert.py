"""Run a MAK→KMS conversion and die mid-run, the way a killed process or a power cut would.

    python -m tests.fleet.crash_convert JOURNAL URL_TEMPLATE USER CRASH_AT HOST... < password

The journal is the real SQLite adapter with one hook: just before the outcome
number CRASH_AT would be written, the process ends with ``os._exit(9)`` — no
cleanup, no finish_conversion, the step already done on the machine but its
outcome never recorded. The test then finishes the run with
``kms-wizard convert --resume``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.adapters.journal import SqliteJournal
from app.adapters.runner_factory import TransportMode, TransportSettings, build_runner_factory
from app.domain.catalog import default_catalog
from app.domain.conversion import ConversionDirection, ConversionTarget
from app.services.fleet_convert import FleetConverter

CRASH_EXIT = 9


class CrashingJournal(SqliteJournal):
    def __init__(self, path: Path, crash_at: int) -> None:
        super().__init__(path)
        self.crash_at = crash_at
        self.outcomes = 0

    def step_outcome(self, step_id, state, *, hresult=None, detail=""):
        self.outcomes += 1
        if self.outcomes == self.crash_at:
            os._exit(CRASH_EXIT)
        super().step_outcome(step_id, state, hresult=hresult, detail=detail)


def main(argv: list[str]) -> int:
    journal_path, template, user, crash_at, *hosts = argv
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
    journal = CrashingJournal(Path(journal_path), int(crash_at))
    converter = FleetConverter(build_runner_factory(settings), default_catalog(), journal)
    plan = converter.plan(hosts, ConversionTarget(ConversionDirection.TO_KMS))
    converter.execute(plan, concurrency=1)
    return 0  # not reached when the crash point lies inside the run


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
