"""Regenerate ``fixtures/lab_documents.json``: real ``status``/``inspect`` answers from the lab.

The property tests mutate these documents, so they start from exactly what the
wizard receives: the lab's scripts run through the real WinRM adapter over
loopback HTTP, like ``scan --lab``. Run it again when a script's answer changes:

    .venv/bin/python -m tests.property.make_lab_documents
"""

from __future__ import annotations

import json
from pathlib import Path

from app.adapters.runner_factory import TransportMode, TransportSettings, build_runner_factory
from app.domain.errors import ExecutionError
from app.lab.runtime import LabRuntime
from app.lab.working_host import set_up_working_kms_host
from app.lab.world import build_default_lab

FIXTURE = Path(__file__).with_name("fixtures") / "lab_documents.json"
KMS_HOST = "kms01.lab.test"


def collect() -> list[dict]:
    documents = []
    with LabRuntime(build_default_lab(seed=0), https=False, with_dns=False) as lab:
        settings = TransportSettings(
            mode=TransportMode.LAB,
            https=False,
            auth="basic",
            user=lab.world.user,
            password=lab.world.password,
            timeout=20.0,
        )
        runners = build_runner_factory(settings, url_for=lab.winrm_url)
        runner = runners(KMS_HOST)
        try:
            set_up_working_kms_host(runner, lab.world.lab_keys())
        finally:
            runner.close()
        lab.world.advance(hours=3)  # the clients call: counts, requests, events
        for host in sorted(lab.world.machine_names()):
            if not lab.world.is_reachable(host):
                continue
            runner = runners(host)
            try:
                status = runner.run("status")
                inspect = runner.run("inspect")
            except ExecutionError:
                continue  # a machine the guard refuses (PowerShell 2.0…) sends no document
            finally:
                runner.close()
            documents.append({"host": host, "status": status, "inspect": inspect})
    return documents


def main() -> None:
    documents = collect()
    FIXTURE.write_text(json.dumps(documents, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(documents)} hosts written to {FIXTURE}")


if __name__ == "__main__":
    main()
