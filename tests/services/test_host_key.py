"""install-key against the lab through the real winrm adapter."""

from __future__ import annotations

import pytest

from app.domain.keys import parse_key
from app.domain.licensing import LicenseChannel
from app.services.host_setup import HostKeyService, Outcome, Severity
from tests.services.host_lab import host_lab

GVLK_2008R2_STANDARD = "YC6KT-GKW9T-YTKYR-T4X34-R7VHC"  # public, Microsoft's KMS client key
GVLK_OFFICE2010_PROPLUS = "VYBBJ-TRJPB-QFQRF-QFT4D-H3GVB"


@pytest.fixture
def lab():
    with host_lab() as running:
        yield running


def service(lab):
    return HostKeyService(lab.runner(), lab.catalog)


def test_a_gvlk_typed_as_host_key_is_refused_naming_its_edition(lab):
    result = service(lab).install_key(parse_key(GVLK_2008R2_STANDARD))
    assert result.outcome is Outcome.REJECTED
    assert result.gvlk_edition.id == "ws2008r2-standard"
    finding = result.findings[0]
    assert finding.severity is Severity.BLOCKER
    assert "(GVLK) of Windows Server 2008 R2 Standard" in finding.message.english()
    assert lab.operations() == []  # refused before anything was sent


def test_an_office_gvlk_on_the_windows_step_names_the_office_product(lab):
    result = service(lab).install_key(parse_key(GVLK_OFFICE2010_PROPLUS))
    assert result.outcome is Outcome.REJECTED
    assert "Office Professional Plus 2010" in result.findings[0].message.english()
    assert "install-key" not in lab.operations()


def test_replacing_a_key_needs_a_confirmation_naming_its_last_five(lab):
    keys = service(lab)
    host_key = parse_key(lab.key("server-b"))
    first = keys.install_key(host_key)
    assert first.outcome is Outcome.NEEDS_CONFIRMATION
    assert first.previous.partial_key == "R7VHC"
    assert "XXXXX-XXXXX-XXXXX-XXXXX-R7VHC" in first.findings[0].message.english()
    assert "R7VHC" in first.findings[0].fix.english()
    wrong = keys.install_key(host_key, confirm_replace="ABCDE")
    assert wrong.outcome is Outcome.NEEDS_CONFIRMATION
    assert "install-key" not in lab.operations()

    done = keys.install_key(host_key, confirm_replace="r7vhc")
    assert done.outcome is Outcome.DONE
    assert done.installed.channel is LicenseChannel.KMS_HOST
    assert done.installed.partial_key == host_key.last5
    assert done.key == host_key.masked and host_key.value not in repr(done)
    assert {"host-key-installed", "csvlk-limit"} <= {f.id for f in done.findings}
    limit = next(f for f in done.findings if f.id == "csvlk-limit")
    assert "6 hosts" in limit.message.english() and "0xC004C008" in limit.message.english()
    assert lab.operations()[-1] == "status"  # verified by reading back

    again = keys.install_key(host_key)
    assert again.outcome is Outcome.UNCHANGED


def test_a_mak_that_went_in_is_reported_and_the_gvlk_restored(lab):
    keys = service(lab)
    result = keys.install_key(parse_key(lab.key("mak:server-b")), confirm_replace="R7VHC")
    assert result.outcome is Outcome.NOT_VERIFIED
    assert result.installed.channel is LicenseChannel.MAK
    finding = result.findings[0]
    assert finding.id == "not-a-host-key" and "it is a MAK" in finding.message.english()
    assert result.restorable.id == "ws2008r2-standard"

    restored = keys.restore_gvlk()
    assert restored.outcome is Outcome.DONE
    assert restored.installed.channel is LicenseChannel.KMS_CLIENT
    assert restored.installed.partial_key == "R7VHC"


def test_a_key_windows_refuses_is_explained(lab):
    # Well formed, but no product of this machine takes it.
    result = service(lab).install_key(
        parse_key("BCDFG-HJKMP-QRTVW-XY234-6789B"), confirm_replace="R7VHC"
    )
    assert result.outcome is Outcome.FAILED
    assert result.error.hresult.hex == "0xC004F050"
    assert result.findings[0].fix == result.error.hresult.fix


def test_an_office_host_key_on_the_windows_step_is_reported(lab):
    result = service(lab).install_key(parse_key(lab.key("office2010")), confirm_replace="R7VHC")
    assert result.outcome is Outcome.NOT_VERIFIED
    assert result.findings[0].id == "wrong-product"
