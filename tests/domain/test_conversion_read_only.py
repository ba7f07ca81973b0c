"""Audit B5: Vista and Server 2008 clients are scanned but never converted.

Their licensing service is slsvc, not sppsvc, with the older SL WMI classes; the
wizard's write operations are not made for them. A scan result goes through the
real fleet path (``scanned_client`` → ``plan_conversion``) with the real catalog.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.domain.catalog import load_catalog
from app.domain.conversion import ConversionDirection, ConversionTarget, Decision, plan_conversion
from app.domain.fleet_conversion import scanned_client
from app.domain.fleet_identify import OsFacts
from app.domain.licensing import OFFICE_APP_ID, WINDOWS_APP_ID, ProductState
from app.domain.scan_results import HostOutcome, HostResult, ScannedProduct

TO_KMS = ConversionTarget(ConversionDirection.TO_KMS)
TO_MAK = ConversionTarget(ConversionDirection.TO_MAK, mak_label="lab-mak")


def product(app_id: str, name: str, channel: str, description: str) -> ProductState:
    return ProductState.from_dict(
        {
            "id": "11111111-2222-3333-4444-555555555555",
            "application_id": app_id,
            "name": name,
            "description": description,
            "channel": channel,
            "license_status": 1,
            "partial_key": "Q4M7B",
        }
    )


def scan(version: str, edition_id: str, caption: str, edition: str | None, channel: str):
    windows = product(
        WINDOWS_APP_ID, "Windows(R) Operating System", channel,
        f"Windows(R) Operating System, VOLUME_{'MAK' if channel == 'MAK' else 'KMSCLIENT'} channel",
    )
    office = product(
        OFFICE_APP_ID, "Office 14, OfficeProPlus-MAK edition", "MAK",
        "Office 14, VOLUME_MAK channel",
    )
    return HostResult(
        host="old.lab.test",
        outcome=HostOutcome.SCANNED,
        read_at=datetime(2026, 1, 1, tzinfo=UTC),
        os=OsFacts(caption, version, edition_id),
        edition_id=edition,
        products=(
            ScannedProduct(windows, edition, caption),
            ScannedProduct(office, "office2010-proplus", "Office Professional Plus 2010"),
        ),
    )


@pytest.mark.parametrize(
    ("version", "edition_id", "caption", "edition", "name"),
    [
        ("6.0.6002", "Business", "Microsoft® Windows Vista™ Business", "vista-business",
         "Windows Vista"),
        ("6.0.6003", "ServerStandard", "Microsoft Windows Server 2008 Standard",
         "ws2008-standard", "Windows Server 2008"),
        # The edition could not be identified: the kernel version alone decides.
        ("6.0.6002", "Ultimate", "Microsoft® Windows Vista™ Ultimate", None,
         "Windows Vista / Windows Server 2008"),
    ],
)
@pytest.mark.parametrize("target", [TO_KMS, TO_MAK])
def test_vista_and_2008_clients_get_no_step_and_a_plain_reason(
    version, edition_id, caption, edition, name, target
):
    result = scan(version, edition_id, caption, edition, "MAK" if target is TO_KMS else "GVLK")
    plan = plan_conversion(scanned_client(result), target, load_catalog())
    assert plan.steps == () and not plan.has_work
    assert {p.decision for p in plan.products} == {Decision.LEFT_ALONE}
    reason = plan.products[0].reason
    assert reason.text.context == "Conversion"
    assert reason.english().startswith(f"{name} runs the older Software Licensing service")
    assert "nothing on this machine is converted" in reason.english()


def test_windows_7_is_still_converted():
    result = scan("6.1.7601", "Professional", "Microsoft Windows 7 Professional",
                  "win7-professional", "MAK")
    plan = plan_conversion(scanned_client(result), TO_KMS, load_catalog())
    assert plan.has_work
    assert plan.products[0].decision is Decision.CONVERT
