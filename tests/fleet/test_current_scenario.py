"""The lab's current story, scanned and checked for coverage (issue 14 item 3).

kms01 is a Windows Server 2022 host with the lab's Windows Server 2022 host key:
a scan of the whole lab finds Windows 10/11 and Server 2016-2025 machines, and
the MAK→KMS plan marks the Windows 10 and Server 2019 MAK clients "will
activate", the product the 2022 key cannot serve (Server 2025) "cannot
activate". Real winrm adapter, real HTTP, the lab's Software Licensing.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.adapters.runner_factory import build_runner_factory
from app.domain.conversion import ConversionDirection, ConversionTarget
from app.domain.kms_coverage import Mark
from app.domain.licensing import LicenseChannel, parse_kms_endpoint
from app.domain.scan_results import ScanOptions
from app.lab.runtime import LabRuntime
from app.lab.world import build_default_lab
from app.services.fleet_convert import FleetConverter
from app.services.fleet_scan import FleetScanner

from .conftest import KMS_HOST, lab_settings, make_kms_host

TARGET = ConversionTarget(ConversionDirection.TO_KMS, kms_host=parse_kms_endpoint(KMS_HOST))


@pytest.fixture(scope="module")
def current_lab() -> Iterator[LabRuntime]:
    world = build_default_lab(seed=0, scenario="current")
    with LabRuntime(world, https=False, with_dns=False) as runtime:
        yield runtime


@pytest.fixture
def current_runners(current_lab):
    return build_runner_factory(lab_settings(current_lab), url_for=current_lab.winrm_url)


def windows_mark(plan, host):
    hp = next(h for h in plan.hosts if h.host == host)
    return hp.marks[hp.before.windows.state.activation_id]


def test_a_scan_finds_todays_windows_and_a_server_2022_host(
    current_lab, current_runners, journal, catalog
):
    scanner = FleetScanner(current_runners, catalog, journal)
    hosts = current_lab.world.machine_names()
    report = scanner.scan(hosts, ScanOptions(timeout=5.0), source="lab")
    editions = {
        p.edition
        for r in report.results
        for p in r.products
        if p.state.is_windows and not p.state.is_addon
    }
    assert {"Windows 10/11 Pro", "Windows 10/11 Enterprise"} <= editions
    assert {"Windows Server 2022 Standard", "Windows Server 2025 Standard"} <= editions
    assert not any("Windows 7" in e or "2008 R2" in e for e in editions if e)
    mak = {
        r.host
        for r in report.results
        for p in r.products
        if p.state.channel is LicenseChannel.MAK and not p.state.is_addon
    }
    assert {"pc021.lab.test", "srv007.lab.test"} <= mak


def test_the_server_2022_host_will_activate_the_mak_clients(
    current_lab, current_runners, journal, catalog
):
    make_kms_host(current_runners, current_lab)
    converter = FleetConverter(current_runners, catalog, journal)
    clients = ["pc021.lab.test", "srv007.lab.test", "srv-2025.lab.test"]
    plan = converter.plan(clients, TARGET)
    for host in ("pc021.lab.test", "srv007.lab.test"):
        assert windows_mark(plan, host).mark is Mark.WILL_ACTIVATE
    newer = windows_mark(plan, "srv-2025.lab.test")
    assert newer.mark is Mark.CANNOT_ACTIVATE
    assert "Windows Server 2025" in newer.message.english()
    assert {h.host for h in plan.with_work} == {"pc021.lab.test", "srv007.lab.test"}
