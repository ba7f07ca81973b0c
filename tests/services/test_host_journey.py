"""The whole KMS host journey against the lab, through the real winrm adapter (issue 5).

kms01 (Windows Server 2008 R2 Standard) goes from "nothing" to a working host:
preflight, a GVLK refused, the Server Group B host key, online activation,
Office 2010 by phone on the then offline host, the port moved to 1689 and
back, the firewall, DNS publishing — and then, on the simulated clock, the lab
clients contact it and the dashboard's count rises past 5 and 25 while servers,
then clients, become licensed. Before that, a closed firewall and a wrong SRV
port keep them at 0xC004F074. The tests run in order on one lab.
"""

from __future__ import annotations

from collections import Counter

import pytest

from app.adapters.dns_resolver import DnspythonResolver
from app.adapters.tcp_probe import SocketTcpProbe
from app.domain.dns import CheckId
from app.domain.dns import Severity as DnsSeverity
from app.domain.keys import parse_key
from app.domain.licensing import LicenseStatus
from app.domain.scan_results import read_host_result
from app.lab.lab_keys import lab_confirmation_id
from app.services.dns_check import DnsCheckService
from app.services.host_setup import (
    ActivationService,
    DashboardService,
    DnsPublishingService,
    FirewallService,
    HostKeyService,
    KmsServiceOptions,
    OfficeService,
    Outcome,
    PreflightService,
    read_licensing,
)
from tests.services.host_lab import KMS_HOST, host_lab

UNAVAILABLE = 0xC004F074


@pytest.fixture(scope="module")
def lab():
    with host_lab(dns=True) as running:
        yield running


def checker():
    return DnsCheckService(DnspythonResolver(), SocketTcpProbe())


def dashboard(lab):
    return DashboardService(lab.runner(), lab.catalog, checker(), lab.lookup()).dashboard()


def publishing(lab):
    return DnsPublishingService(lab.runner(), lab.catalog, checker(), lab.lookup())


def windows_clients(lab):
    """(family, status, last error) of every lab KMS client's Windows product (the model)."""
    found = []
    for name in lab.world.machine_names():
        machine = lab.world.machine(name)
        product = machine.windows_product()
        if name != KMS_HOST and product is not None and product.is_kms_client:
            found.append((machine.family, product.status, product.last_error))
    return found


def licensed(lab, family):
    return sum(1 for f, status, _ in windows_clients(lab) if f == family and status == 1)


def client_reason(lab, name):
    """A client's Windows status and last activation error, read through its WinRM endpoint.

    The error comes from its events 12288/12289 (LicenseStatusReason is informational).
    """
    runner = lab.runner(name)
    product = read_licensing(runner).windows()
    result = read_host_result(name, runner.run("status", {}), lab.catalog, lab.clock())
    return product.status, result.last_error.code if result.last_error else 0


def test_1_preflight(lab):
    report = PreflightService(lab.runner(), lab.catalog, clock=lab.clock).preflight(
        "server-c", ["2010"]
    )
    assert report.allowed
    assert report.office[0].pack_present


def test_2_host_key_after_a_refused_gvlk(lab):
    keys = HostKeyService(lab.runner(), lab.catalog)
    refused = keys.install_key(parse_key("YC6KT-GKW9T-YTKYR-T4X34-R7VHC"))
    assert refused.outcome is Outcome.REJECTED
    assert refused.gvlk_edition.name == "Windows Server 2008 R2 Standard"
    done = keys.install_key(parse_key(lab.key("server-b")), confirm_replace="R7VHC")
    assert done.outcome is Outcome.DONE


def test_3_online_activation(lab):
    result = ActivationService(lab.runner()).activate()
    assert result.outcome is Outcome.DONE and result.is_kms_host


def test_4_office_2010_by_phone_while_offline(lab):
    lab.world.set_internet(KMS_HOST, False)
    office = OfficeService(lab.runner(), lab.catalog)
    version = office.choice("2010")
    assert office.install_key(version, parse_key(lab.key("office2010"))).outcome is Outcome.DONE
    iid = office.installation_id(version)
    wrong = office.deposit(version, lab_confirmation_id("9" * 63))
    assert wrong.activation.error.hresult.hex == "0xC004F031"
    right = office.deposit(version, lab_confirmation_id(iid.installation_id))
    assert right.outcome is Outcome.DONE
    lab.world.set_internet(KMS_HOST, True)


def test_5_a_closed_firewall_keeps_clients_at_0xC004F074(lab):
    # Activation published the SRV record; the firewall is still closed.
    lab.world.advance(hours=3)
    errors = Counter(error for _f, _s, error in windows_clients(lab))
    assert errors[UNAVAILABLE] >= 30 and licensed(lab, "client") == licensed(lab, "server") == 0
    assert client_reason(lab, "srv-dc")[1] == UNAVAILABLE
    board = dashboard(lab)
    assert board.count == 0
    assert "no-requests" in {f.id for f in board.findings}


def test_6_a_wrong_srv_port_keeps_them_there(lab):
    publishing(lab).set_publishing(False)
    moved = KmsServiceOptions(lab.runner(), lab.catalog, SocketTcpProbe()).set_port(1689)
    assert moved.outcome is Outcome.DONE
    assert "stale-srv-port" in {f.id for f in moved.findings}
    opened = FirewallService(lab.runner(), lab.catalog, SocketTcpProbe()).set_rule()
    assert opened.rule("KMSW-KMS-In-TCP-1689").local_port == 1689
    assert opened.reachability.reachable
    lab.world.advance(hours=3)
    assert licensed(lab, "server") == 0
    assert Counter(e for *_, e in windows_clients(lab))[UNAVAILABLE] >= 30
    checks = publishing(lab).check()
    port_finding = next(f for f in checks[0].report.findings if f.check is CheckId.PORT)
    assert port_finding.severity is DnsSeverity.ERROR  # SRV says 1688, the host listens on 1689


def test_7_port_back_firewall_open_dns_published(lab):
    options = KmsServiceOptions(lab.runner(), lab.catalog, SocketTcpProbe())
    back = options.set_port(1688)
    assert back.outcome is Outcome.DONE and not back.reachability.reachable
    firewall = FirewallService(lab.runner(), lab.catalog, SocketTcpProbe())
    assert not firewall.set_rule(enabled=False, port=1689).rule("KMSW-KMS-In-TCP-1689").enabled
    opened = firewall.set_rule()
    assert opened.rule("SPPSVC-In-TCP-NoScope").enabled and opened.reachability.reachable
    published = publishing(lab).set_publishing(True, [("lab.test", 0, 0)])
    assert published.outcome is Outcome.DONE
    assert not published.checks[0].report.has_errors


def test_8_the_count_rises_servers_first_then_clients(lab):
    seen = []
    for _ in range(12):
        lab.world.advance(minutes=15)
        board = dashboard(lab)
        seen.append((board.count, licensed(lab, "server"), licensed(lab, "client")))
    counts = [count for count, _servers, _clients in seen]
    assert counts == sorted(counts) and counts[-1] >= 25
    # Servers activate once the count is 5, clients only once it is 25.
    assert any(5 <= count < 25 and servers > 0 and clients == 0 for count, servers, clients in seen)
    assert all(clients == 0 for count, _s, clients in seen if count < 25)
    assert seen[-1][2] > 0
    board = dashboard(lab)
    reached = {p.family.value: p.reached for p in board.windows}
    assert reached == {"server": True, "client": True}
    assert board.requests.total > board.count
    assert {f.id for f in board.findings} >= {"count-rule", "failed-requests"}
    # Office has its own count: the lab has a single Office 2010 KMS client.
    assert board.office[0].group.id == "office2010"
    assert board.office[0].progress.count == 1 and board.office[0].progress.missing == 4
    assert not board.all_reached


def test_9_the_dashboard_says_what_is_missing_and_why(lab):
    # A second host in DNS splits the count (seed 002).
    lab.world.zone.add("_vlmcs._tcp.lab.test", "SRV", "0 0 1688 kms02.lab.test.")
    board = dashboard(lab)
    split = next(f for f in board.findings if f.id == "count-split")
    assert "kms02.lab.test" in split.message.english()
    assert board.other_hosts == ("kms02.lab.test",)
    lab.world.zone.delete("_vlmcs._tcp.lab.test", "SRV", "0 0 1688 kms02.lab.test.")
    # Machines that stop renewing drop out after 30 days (here: the firewall closes again).
    renewing = next(
        name
        for name in lab.world.machine_names()
        if name.startswith("pc")
        and lab.world.machine(name).windows_product().is_kms_client
        and lab.world.machine(name).windows_product().status == 1
    )
    FirewallService(lab.runner(), lab.catalog).set_rule(enabled=False)
    lab.world.advance(days=31)
    board = dashboard(lab)
    assert board.count == 0
    missing = {p.family.value: p.missing for p in board.windows}
    assert missing == {"server": 5, "client": 25}
    texts = {f.id: f.message for f in board.findings}
    assert texts["threshold-client"].n == 25
    assert texts["threshold-client"].english().startswith("25 more machine")
    assert "count-window" in texts
    # …while the clients themselves stay activated (180 days) and keep trying.
    assert client_reason(lab, renewing)[0] is LicenseStatus.LICENSED
    assert lab.world.machine(renewing).windows_product().last_error == UNAVAILABLE
