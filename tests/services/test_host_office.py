"""Office host keys against the lab: packs, the Office GVLK refusal, keys, online and phone."""

from __future__ import annotations

import pytest

from app.domain.keys import parse_key
from app.domain.licensing import LicenseChannel, LicenseStatus
from app.lab.lab_keys import lab_confirmation_id
from app.services.host_setup import OfficeService, Outcome, Severity
from tests.services.host_lab import KMS_HOST, host_lab

OFFICE2010_HOST_ID = "bfe7a195-4f8f-4f0b-a622-cf13c7d16864"


@pytest.fixture
def lab():
    with host_lab() as running:
        yield running


def office(lab):
    return OfficeService(lab.runner(), lab.catalog)


def test_check_per_version(lab):
    report = office(lab).check(["2010", "2013", "2019"])
    assert report.outcome is Outcome.REPORTED
    by_id = {v.group.id: v for v in report.versions}
    office2010 = by_id["office2010"]
    assert office2010.pack_present and office2010.allowed and office2010.host_product is None
    assert office2010.activation_id == OFFICE2010_HOST_ID
    assert "office-needs-key" in {f.id for f in office2010.findings}
    office2013 = by_id["office2013"]
    assert not office2013.pack_present
    missing = next(f for f in office2013.findings if f.id == "office-pack-missing")
    assert missing.severity is Severity.BLOCKER
    assert "Microsoft Office 2013 Volume License Pack" in missing.fix.english()
    assert [v.name for v in office2013.minimum_hosts] == ["Windows Server 2008 R2", "Windows 7"]
    office2019 = by_id["office2019"]
    assert not office2019.allowed
    assert [v.name for v in office2019.minimum_hosts] == ["Windows Server 2012", "Windows 8.1"]


def test_unknown_version_is_rejected(lab):
    report = office(lab).check(["2007"])
    assert report.outcome is Outcome.REJECTED
    assert "2010" in report.findings[0].message.english()
    assert lab.operations() == []


def test_the_office_gvlk_is_refused_naming_the_office_edition(lab):
    service = office(lab)
    result = service.install_key(service.choice("2010"), parse_key("VYBBJ-TRJPB-QFQRF-QFT4D-H3GVB"))
    assert result.outcome is Outcome.REJECTED
    assert result.gvlk_edition.name == "Office Professional Plus 2010"
    assert "Office Professional Plus 2010" in result.findings[0].message.english()


def test_no_office_host_key_without_its_pack(lab):
    service = office(lab)
    result = service.install_key(service.choice("2013"), parse_key(lab.key("office2013")))
    assert result.outcome is Outcome.REFUSED
    assert {f.id for f in result.findings} == {"office-pack-missing"}
    assert "install-key" not in lab.operations()


def test_office_2010_with_its_pack_online(lab):
    service = office(lab)
    version = service.choice("office2010")
    installed = service.install_key(version, parse_key(lab.key("office2010")))
    assert installed.outcome is Outcome.DONE
    assert installed.installed.activation_id == OFFICE2010_HOST_ID
    assert installed.installed.channel is LicenseChannel.KMS_HOST
    activated = service.activate(version)
    assert activated.outcome is Outcome.DONE
    assert activated.after.activation_id == OFFICE2010_HOST_ID
    assert activated.after.status is LicenseStatus.LICENSED
    report = service.check(["2010"]).versions[0]
    assert report.activated
    assert "office-activated" in {f.id for f in report.findings}


def test_office_2010_by_phone_with_its_activation_id(lab):
    lab.world.set_internet(KMS_HOST, False)
    service = office(lab)
    version = service.choice("2010")
    assert service.install_key(version, parse_key(lab.key("office2010"))).outcome is Outcome.DONE
    assert service.activate(version).error.hresult.hex == "0x80072EE7"
    shown = service.installation_id(version)
    assert shown.outcome is Outcome.REPORTED
    assert shown.state.activation_id == OFFICE2010_HOST_ID
    received = [r for r in lab.world.received if r.operation == "get-iid"][-1]
    assert received.params == {"activation_id": OFFICE2010_HOST_ID}
    done = service.deposit(version, lab_confirmation_id(shown.installation_id))
    assert done.outcome is Outcome.DONE
    assert done.activation.after.status is LicenseStatus.LICENSED
