"""The lab's current story: a Windows Server 2022 KMS host for Windows 10/11 clients (issue 14).

Through the real winrm adapter against the lab built for ``scenario="current"``:
kms01 (Windows Server 2022 Standard) takes the lab's Windows Server 2022 host key
and activates it; Host ready's client line names Windows 10 and 11 among the
clients it activates; with the port open the count passes 25 and the Windows
10/11 clients activate, while the Server 2025 client is refused with 0xC004F042
(its version needs the 2025 host key). The tests run in order on one lab.
"""

from __future__ import annotations

import pytest

from app.adapters.dns_resolver import DnspythonResolver
from app.adapters.tcp_probe import SocketTcpProbe
from app.domain.keys import parse_key
from app.domain.licensing import LicenseStatus
from app.services.dns_check import DnsCheckService
from app.services.host_setup import (
    ActivationService,
    DashboardService,
    FirewallService,
    HostKeyService,
    Outcome,
    PreflightService,
)
from tests.services.host_lab import KMS_HOST, host_lab

KEY_GROUP_MISMATCH = 0xC004F042


@pytest.fixture(scope="module")
def lab():
    with host_lab(dns=True, scenario="current") as running:
        yield running


def dashboard(lab):
    checker = DnsCheckService(DnspythonResolver(), SocketTcpProbe())
    return DashboardService(lab.runner(), lab.catalog, checker, lab.lookup()).dashboard()


def test_1_the_host_is_a_server_2022_that_may_hold_the_2022_host_key(lab):
    assert lab.world.scenario == "current"
    assert lab.world.machine(KMS_HOST).caption == "Microsoft Windows Server 2022 Standard"
    report = PreflightService(lab.runner(), lab.catalog, clock=lab.clock).preflight("ws2022", [])
    assert report.allowed


def test_2_the_server_2022_host_key_installs_and_activates(lab):
    keys = HostKeyService(lab.runner(), lab.catalog)
    windows = lab.world.machine(KMS_HOST).windows_product()
    done = keys.install_key(parse_key(lab.key("ws2022")), confirm_replace=windows.partial_key)
    assert done.outcome is Outcome.DONE
    activated = ActivationService(lab.runner()).activate()
    assert activated.outcome is Outcome.DONE and activated.is_kms_host


def test_3_host_ready_says_the_windows_10_and_11_clients_activate(lab):
    board = dashboard(lab)
    client = next(p for p in board.windows if p.family.value == "client")
    covered = client.message.english()
    assert "Windows 10" in covered and "Windows 11" in covered
    reach = next(f for f in board.findings if f.id == "key-reach")
    # What it does not activate: only the version newer than the host (Server 2025).
    assert reach.message.args[2] == "Windows Server 2025"


def test_4_with_the_port_open_the_windows_10_and_11_clients_activate(lab):
    opened = FirewallService(lab.runner(), lab.catalog, SocketTcpProbe()).set_rule()
    assert opened.reachability.reachable
    for _ in range(12):
        lab.world.advance(minutes=15)
    board = dashboard(lab)
    assert board.count >= 25
    reached = {p.family.value: p.reached for p in board.windows}
    assert reached == {"server": True, "client": True}
    licensed = {
        lab.world.machine(name).caption
        for name in lab.world.machine_names()
        if lab.world.machine(name).windows_product().status == LicenseStatus.LICENSED
        and lab.world.machine(name).windows_product().is_kms_client
    }
    assert {"Microsoft Windows 10 Pro", "Microsoft Windows 11 Pro"} <= licensed
    assert "Microsoft Windows Server 2022 Standard" in licensed
    newer = lab.world.machine("srv-2025").windows_product()
    assert newer.status != LicenseStatus.LICENSED
    assert newer.last_error == KEY_GROUP_MISMATCH
