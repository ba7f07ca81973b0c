"""Conversions against the lab: dry run, MAK→KMS with the count rising, KMS→MAK from the keyring."""

from __future__ import annotations

import pytest

from app.adapters.secret_store import KeyringSecretStore
from app.domain.conversion import ConversionDirection, ConversionTarget, Decision
from app.domain.fleet_conversion import ConversionRefused, select_hosts
from app.domain.licensing import LicenseChannel, LicenseStatus, parse_kms_endpoint
from app.domain.scan_results import ScanOptions
from app.services.fleet_convert import FleetConverter, StepState
from app.services.fleet_scan import FleetScanner

from .conftest import host_count, make_kms_host

MAK_CLIENTS = ["pc-office2010.lab.test", "pc021.lab.test", "srv028.lab.test"]


def received(lab, operation, host=None):
    return [r for r in lab.world.received if r.operation == operation and host in (None, r.machine)]


def test_dry_run_then_mak_to_kms_and_the_clients_activate(lab, runners, journal, catalog):
    make_kms_host(runners, lab)
    scan = FleetScanner(runners, catalog, journal).scan(
        lab.world.machine_names(), ScanOptions(timeout=5)
    )
    hosts = select_hosts(scan.results, ConversionDirection.TO_KMS)
    assert hosts == MAK_CLIENTS
    converter = FleetConverter(runners, catalog, journal)
    target = ConversionTarget(ConversionDirection.TO_KMS)
    plan = converter.plan(hosts, target)
    # The dry run changed nothing and names the exact steps.
    assert received(lab, "install-key", "pc021.lab.test") == []
    assert [h.host for h in plan.with_work] == MAK_CLIENTS
    pc021 = next(h for h in plan.hosts if h.host == "pc021.lab.test")
    assert [s.operation for s in pc021.steps] == ["install-key", "activate", "status"]
    assert pc021.steps[0].description.english() == (
        "Install the KMS client key XXXXX-XXXXX-XXXXX-XXXXX-T83GX for Windows 10/11 Pro."
    )
    office2010 = next(h for h in plan.hosts if h.host == "pc-office2010.lab.test")
    assert office2010.plan.count(Decision.NOTHING_TO_DO) == 1  # its Office is a KMS client already
    count_before = host_count(runners)

    report = converter.execute(plan)

    assert report.finished and not report.cancelled
    for host in report.hosts:
        windows = host.after.windows
        assert windows.state.channel is LicenseChannel.KMS_CLIENT
        assert [s.operation for s in host.steps] == ["install-key", "activate", "status"]
    # Each converted product received its GVLK exactly once.
    for host in MAK_CLIENTS:
        assert len(received(lab, "install-key", host)) == 1
    # Windows 7 is covered by the Server Group B host: its request counts, it waits for 25.
    win7 = next(h for h in report.hosts if h.host == "pc-office2010.lab.test")
    activation = win7.steps[1]
    assert activation.pending_activation and win7.pending and not win7.failed
    assert host_count(runners) > count_before
    # Windows 10 and Server 2019 need a newer host key: 0xC004F042, reported as a failure.
    modern = next(h for h in report.hosts if h.host == "pc021.lab.test")
    assert modern.steps[1].state is StepState.FAILED and modern.steps[1].hresult == 0xC004F042
    assert modern.failed and not report.ok
    # On the simulated clock the other clients contact the host, the count passes 25 and the
    # converted Windows 7 client activates by itself.
    lab.world.advance(days=1)
    assert host_count(runners) >= 25
    runner = runners("pc-office2010.lab.test")
    try:
        products = runner.run("status")["products"]
    finally:
        runner.close()
    windows = next(p for p in products if p["application_id"].startswith("55c92734"))
    assert (windows["channel"], windows["license_status"]) == ("GVLK", 1)
    # The journal holds every step with intent and outcome, and the run is finished.
    [run] = [r for r in journal.audit() if r["kind"] == "conversion"]
    assert run["detail"] == "failed"
    steps = journal.conversion_steps(report.run_id)
    assert len(steps) == 9 and all(s["state"] in ("done", "failed") for s in steps)
    assert journal.unfinished_conversions() == []


def test_explicit_kms_host_is_set_first(lab, runners, journal, catalog):
    make_kms_host(runners, lab)
    converter = FleetConverter(runners, catalog, journal)
    target = ConversionTarget(
        ConversionDirection.TO_KMS, kms_host=parse_kms_endpoint("kms01.lab.test:1688")
    )
    plan = converter.plan(["pc-office2010.lab.test"], target)
    # kms01 holds no Office 2010 host key: its Office (a KMS client) is left out by default.
    assert len(plan.uncovered) == 1
    report = converter.execute(plan.with_uncovered(True, catalog))
    [host] = report.hosts
    # The host setting first, then Windows (key, activation), then Office 2010, already a KMS
    # client, activated against the new host to prove the setting, then the re-read.
    assert [s.operation for s in host.steps] == [
        "set-kms-host",
        "install-key",
        "activate",
        "activate",
        "status",
    ]
    assert host.after.kms_host.host == "kms01.lab.test"
    office = next(p for p in host.after.products if p.is_office)
    assert (
        office.state.activation_id
        == received(lab, "activate", host.host)[1].params["activation_id"]
    )


def test_kms_to_mak_with_a_keyring_mak_and_no_reactivation(
    lab, runners, journal, catalog, memory_keyring
):
    secrets = KeyringSecretStore()
    mak = lab.world.lab_keys()["mak:client-vl"]
    secrets.put("lab-mak-client", mak)
    converter = FleetConverter(runners, catalog, journal, secrets)
    target = ConversionTarget(ConversionDirection.TO_MAK, mak_label="lab-mak-client")
    hosts = ["pc001.lab.test", "pc-office2010.lab.test"]
    remaining = lab.world.mak_remaining("mak:client-vl")
    plan = converter.plan(hosts, target)
    pc001, office2010 = plan.hosts
    assert [s.operation for s in pc001.steps] == ["install-key", "activate", "status"]
    assert pc001.steps[0].description.english() == (
        "Install the MAK “lab-mak-client” for Windows 7 Professional."
    )
    assert all(s.secret_label == "lab-mak-client" for s in pc001.steps[:2])
    # Its Windows already holds an activated MAK: left alone, never activated again.
    assert office2010.plan.count(Decision.NOTHING_TO_DO) == 1
    assert "use up one of the MAK's activations" in office2010.plan.reasons[0][1].english()
    report = converter.execute(plan)
    [host] = report.hosts
    windows = host.after.windows
    assert windows.state.channel is LicenseChannel.MAK
    assert windows.state.status is LicenseStatus.LICENSED
    assert windows.state.partial_key == mak[-5:]
    assert lab.world.mak_remaining("mak:client-vl") == remaining - 1
    assert received(lab, "activate", "pc-office2010.lab.test") == []
    # The key reached the machine as data, and nowhere else: not in the journal.
    [install] = received(lab, "install-key", "pc001.lab.test")
    assert install.params["key"] == mak
    raw = b"".join(p.read_bytes() for p in journal.path.parent.glob("journal.sqlite3*"))
    assert mak.encode() not in raw and mak[:5].encode() not in raw


def test_a_missing_mak_refuses_before_touching_anything(
    lab, runners, journal, catalog, memory_keyring
):
    converter = FleetConverter(runners, catalog, journal, KeyringSecretStore())
    target = ConversionTarget(ConversionDirection.TO_MAK, mak_label="no-such-label")
    plan = converter.plan(["pc001.lab.test"], target)
    with pytest.raises(ConversionRefused) as refused:
        converter.execute(plan)
    assert str(refused.value) == "The keyring holds no MAK labelled “no-such-label”."
    assert received(lab, "install-key") == []
    assert journal.unfinished_conversions() == [] and journal.audit() == []
