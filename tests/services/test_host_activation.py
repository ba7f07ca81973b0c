"""Online and phone activation of the host key against the lab (real winrm adapter)."""

from __future__ import annotations

import pytest

from app.domain.keys import parse_key
from app.domain.licensing import LicenseStatus
from app.lab.lab_keys import lab_confirmation_id
from app.services.host_setup import (
    ActivationService,
    HostKeyService,
    Outcome,
    PhoneActivationService,
    Severity,
)
from tests.services.host_lab import KMS_HOST, host_lab


def install_host_key(lab):
    result = HostKeyService(lab.runner(), lab.catalog).install_key(
        parse_key(lab.key("server-b")), confirm_replace="R7VHC"
    )
    assert result.outcome is Outcome.DONE


@pytest.fixture
def lab():
    with host_lab() as running:
        yield running


@pytest.fixture
def offline_lab():
    with host_lab() as running:
        running.world.set_internet(KMS_HOST, False)
        install_host_key(running)
        yield running


def test_nothing_to_activate_without_a_host_key(lab):
    result = ActivationService(lab.runner()).activate()
    assert result.outcome is Outcome.REFUSED
    assert result.findings[0].id == "no-host-key"
    assert "Install the KMS host key first" in result.findings[0].fix.english()
    assert "activate" not in lab.operations()


def test_online_activation_makes_a_kms_host_and_is_never_repeated(lab):
    install_host_key(lab)
    service = ActivationService(lab.runner())
    result = service.activate()
    assert result.outcome is Outcome.DONE
    assert result.before.status is LicenseStatus.OOB_GRACE
    assert result.after.status is LicenseStatus.LICENSED
    assert result.is_kms_host
    assert "now-a-host" in {f.id for f in result.findings}
    assert lab.operations().count("activate") == 1

    again = service.activate()
    assert again.outcome is Outcome.UNCHANGED
    assert again.findings[0].id == "already-active"
    assert lab.operations().count("activate") == 1  # not activated a second time
    host_activations = lab.world.csvlk_hosts("server-b")
    assert list(host_activations.values()) == [1]


def test_offline_activation_fails_with_the_reason_and_the_phone_route(offline_lab):
    result = ActivationService(offline_lab.runner()).activate()
    assert result.outcome is Outcome.FAILED
    assert result.error.hresult.hex == "0x80072EE7"
    assert result.after.status is LicenseStatus.OOB_GRACE
    offline = next(f for f in result.findings if f.id == "offline")
    assert "Installation ID" in offline.fix.english() and "Confirmation ID" in offline.fix.english()


def test_phone_activation_of_the_windows_host_key(offline_lab):
    lab = offline_lab
    phone = PhoneActivationService(lab.runner())
    shown = phone.installation_id()
    assert shown.outcome is Outcome.REPORTED
    assert len(shown.groups) == 9 and all(len(g) == 7 and g.isdigit() for g in shown.groups)
    assert "".join(shown.groups) == shown.installation_id
    assert "9 groups" in shown.findings[0].message.english()
    right = lab_confirmation_id(shown.installation_id)  # what the lab's activation centre reads out
    sent_before = lab.operations().count("deposit-cid")

    malformed = phone.deposit(right[:-1])  # 47 digits: refused here, nothing sent
    assert malformed.outcome is Outcome.REJECTED
    assert "48 digits" in malformed.findings[0].message.english()
    assert lab.operations().count("deposit-cid") == sent_before

    typo = right[:5] + str((int(right[5]) + 1) % 10) + right[6:]  # block A's check digit off
    mistyped = phone.deposit(typo)
    assert mistyped.outcome is Outcome.FAILED
    assert mistyped.activation.error.hresult.hex == "0xC004F04D"
    assert {f.id for f in mistyped.findings} >= {"cid-block-check-digit", "cid-check-digits"}
    warning = next(f for f in mistyped.findings if f.id == "cid-block-check-digit")
    assert warning.severity is Severity.WARNING and "Block A" in warning.message.english()

    other = lab_confirmation_id("1" * 63)  # well formed, for another Installation ID
    mismatch = phone.deposit(other)
    assert mismatch.outcome is Outcome.FAILED
    assert mismatch.activation.error.hresult.hex == "0xC004F031"
    assert "does not belong to this Installation ID" in next(
        f.message.english() for f in mismatch.findings if f.id == "cid-mismatch"
    )

    blocks = [right[i : i + 6] for i in range(0, 48, 6)]
    accepted = phone.deposit(blocks)
    assert accepted.outcome is Outcome.DONE
    assert accepted.blocks == tuple(blocks)
    assert accepted.activation.after.status is LicenseStatus.LICENSED
    assert accepted.activation.is_kms_host
    assert "cid-accepted" in {f.id for f in accepted.findings}

    assert phone.installation_id().outcome is Outcome.UNCHANGED
    assert phone.deposit(right).outcome is Outcome.UNCHANGED
