"""Host ready never claims Windows clients the host's key cannot activate (issue 14 item 3).

Against the lab's kms01 (Windows Server 2008 R2) through the real winrm adapter:
with only the Office 2010 host key, the dashboard shows no Windows threshold and
says the host activates no Windows; with the Server Group B key, the client line
names the clients that key activates (Windows 7) and a finding names those it
does not (Windows 10, Windows 11).
"""

from __future__ import annotations

from app.domain.keys import parse_key
from app.domain.licensing import LicenseStatus
from app.services.host_setup import (
    ActivationService,
    DashboardService,
    HostKeyService,
    OfficeService,
    Outcome,
)
from app.services.host_setup.dashboard import (
    CLIENTS_MISSING,
    CLIENTS_REACHED,
    OFFICE_KEYS_ONLY,
)
from tests.services.host_lab import host_lab


def test_an_office_only_host_key_claims_no_windows_client():
    with host_lab() as lab:
        office = OfficeService(lab.runner(), lab.catalog)
        version = office.choice("office2010")
        assert office.install_key(version, parse_key(lab.key("office2010"))).outcome is Outcome.DONE
        activated = office.activate(version)
        assert activated.after.status is LicenseStatus.LICENSED
        board = DashboardService(lab.runner(), lab.catalog).dashboard()
        assert board.is_kms_host
        assert board.windows == ()  # no "Windows clients activate: …" line at all
        found = {f.id: f.message for f in board.findings}
        assert found["office-keys-only"].text == OFFICE_KEYS_ONLY
        texts = {f.message.text for f in board.findings}
        assert CLIENTS_REACHED not in texts and CLIENTS_MISSING not in texts
        assert [o.group.id for o in board.office] == ["office2010"]


def test_a_server_group_b_host_names_the_clients_it_activates_and_those_it_does_not():
    with host_lab() as lab:
        keys = HostKeyService(lab.runner(), lab.catalog)
        windows = lab.world.machine("kms01.lab.test").windows_product()
        done = keys.install_key(parse_key(lab.key("server-b")), confirm_replace=windows.partial_key)
        assert done.outcome is Outcome.DONE
        assert ActivationService(lab.runner()).activate().outcome is Outcome.DONE
        board = DashboardService(lab.runner(), lab.catalog).dashboard()
        client = next(p for p in board.windows if p.family.value == "client")
        assert "Windows 7" in client.message.english()
        assert "Windows 10" not in client.message.english()
        reach = next(f for f in board.findings if f.id == "key-reach")
        assert reach.message.args[2] == (
            "Windows 8.1, Windows 10, Windows 11, Windows Server 2012, Windows Server 2012 R2, "
            "Windows Server 2016, Windows Server 2019, Windows Server 2022, Windows Server 2025"
        )
