"""Issue 14 item 2: the way back puts a client a conversion left in grace back as it was.

pc021 (Windows 10 Pro, MAK) converted to KMS with the uncovered products included
ends in its grace period: the lab's kms01 holds a Server Group B host key (0xC004F042).
The way back installs a MAK from the keyring again, spending one activation — and
only after confirmation. Real winrm adapter, real HTTP, the lab's Software Licensing.
"""

from __future__ import annotations

import io
import json

import pytest

from app.adapters.secret_store import KeyringSecretStore
from app.domain.conversion import ConversionDirection, ConversionTarget
from app.domain.licensing import LicenseChannel, LicenseStatus, parse_kms_endpoint
from app.domain.way_back import WayBackRefused
from app.services.fleet_convert import FleetConverter

from .conftest import KMS_HOST, make_kms_host

CLIENT = "pc021.lab.test"
TARGET = ConversionTarget(ConversionDirection.TO_KMS, kms_host=parse_kms_endpoint(KMS_HOST))
MAK_LABEL = "lab-mak-win10"
MAK_GROUP = "mak:win10"  # the MAK group of Windows 10 (pc021 had one of it)


def windows_of(converter, host=CLIENT):
    plan = converter.plan([host], TARGET)
    return plan.hosts[0].before.windows.state


def installs(lab, host=CLIENT):
    return [r for r in lab.world.received if r.operation == "install-key" and r.machine == host]


def left_in_grace(lab, runners, journal, catalog) -> tuple[FleetConverter, int]:
    make_kms_host(runners, lab)
    secrets = KeyringSecretStore()
    secrets.put(MAK_LABEL, lab.world.lab_keys()[MAK_GROUP])
    converter = FleetConverter(runners, catalog, journal, secrets)
    plan = converter.plan([CLIENT], TARGET).with_uncovered(True, catalog)
    report = converter.execute(plan)
    windows = windows_of(converter)
    assert windows.channel is LicenseChannel.KMS_CLIENT
    assert windows.status is not LicenseStatus.LICENSED  # in its grace period
    return converter, report.run_id


def test_the_way_back_puts_the_mak_back_and_spends_one_activation(
    lab, runners, journal, catalog, memory_keyring
):
    converter, run_id = left_in_grace(lab, runners, journal, catalog)
    remaining = lab.world.mak_remaining(MAK_GROUP)

    plan = converter.plan_way_back(run_id, mak_label=MAK_LABEL)

    assert plan.target.direction is ConversionDirection.TO_MAK
    assert [h.host for h in plan.with_work] == [CLIENT]
    steps = plan.with_work[0].steps
    assert [s.operation for s in steps] == ["install-key", "activate", "status"]
    assert steps[0].secret_label == MAK_LABEL
    assert lab.world.mak_remaining(MAK_GROUP) == remaining  # planning spends nothing

    report = converter.execute(plan)

    assert report.ok and report.run_id != run_id
    windows = windows_of(converter)
    assert (windows.channel, windows.status) == (LicenseChannel.MAK, LicenseStatus.LICENSED)
    assert lab.world.mak_remaining(MAK_GROUP) == remaining - 1
    # Journaled like any run: its steps are in the journal, the run is finished.
    assert journal.conversion(report.run_id)["finished"]
    assert {r["operation"] for r in journal.conversion_steps(report.run_id)} >= {"install-key"}


def test_a_product_licensed_again_is_left_alone(lab, runners, journal, catalog, memory_keyring):
    converter, run_id = left_in_grace(lab, runners, journal, catalog)
    converter.execute(converter.plan_way_back(run_id, mak_label=MAK_LABEL))
    again = converter.plan_way_back(run_id, mak_label=MAK_LABEL)
    assert again.with_work == ()
    reasons = [m.english() for _p, m in again.hosts[0].plan.reasons]
    assert "Licensed now: left as it is." in reasons


def test_the_way_back_to_mak_needs_a_label_and_a_finished_run(
    lab, runners, journal, catalog, memory_keyring
):
    converter, run_id = left_in_grace(lab, runners, journal, catalog)
    with pytest.raises(WayBackRefused, match="needs the keyring label"):
        converter.plan_way_back(run_id)
    with pytest.raises(WayBackRefused, match="no conversion run 999"):
        converter.plan_way_back(999, mak_label=MAK_LABEL)


def test_cli_answering_no_changes_nothing_and_spends_nothing(
    lab, runners, journal, catalog, memory_keyring, capsys, monkeypatch, tmp_path
):
    from .test_cli import remote, run

    path = tmp_path / "undo.sqlite3"
    from app.adapters.journal import SqliteJournal

    own = SqliteJournal(path)
    try:
        converter, run_id = left_in_grace(lab, runners, own, catalog)
    finally:
        own.close()
    remaining = lab.world.mak_remaining(MAK_GROUP)
    before = len(installs(lab))
    args = ["convert", "--undo", str(run_id), "--mak", MAK_LABEL, *remote(lab)]
    asked: list[str] = []

    def say_no(question: str) -> str:
        asked.append(question)
        return "no"

    # Asked on a terminal and answered "no" (the handler as main() calls it, with a prompt).
    from app.cli import build_parser
    from app.commands.convert import run_convert

    monkeypatch.setattr("sys.stdin", io.StringIO(lab.world.password + "\n"))
    parsed = build_parser().parse_args(["--lang", "en", *args, "--journal", str(path)])
    code = run_convert(parsed, prompt=say_no)
    out, err = capsys.readouterr()
    assert code == 2, err
    assert "spends one of the MAK's activations: this plan spends 1 activation of" in out
    assert "“lab-mak-win10”" in out
    assert asked and "Not confirmed" in err
    assert len(installs(lab)) == before
    assert lab.world.mak_remaining(MAK_GROUP) == remaining

    code, out, err = run(
        capsys,
        monkeypatch,
        *args,
        "--yes",
        "--json",
        "--journal",
        str(path),
        stdin=lab.world.password + "\n",
    )
    assert code == 0, err
    doc = json.loads(out)
    assert doc["plan"]["direction"] == "mak" and doc["run"]["ok"]
    assert lab.world.mak_remaining(MAK_GROUP) == remaining - 1
    windows = windows_of(converter)
    assert (windows.channel, windows.status) == (LicenseChannel.MAK, LicenseStatus.LICENSED)
