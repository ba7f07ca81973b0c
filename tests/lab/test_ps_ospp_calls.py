"""What the product scripts call on SPP and OSPP after a change, as Microsoft's own tools do
(audit G12): slmgr.vbs refreshes SPP after /ipk, /ato, /atp and /upk and ignores a failed
refresh; ospp.vbs never calls RefreshLicenseStatus, and /unpkey passes the ProductKeyID.

No PowerShell runs here, so these read the scripts themselves."""

from __future__ import annotations

import pytest

from app.adapters.operation_contract import script_body

CHANGING = ("install-key", "activate", "deposit-cid", "uninstall-key")


@pytest.mark.parametrize("name", CHANGING)
def test_the_refresh_is_spp_only_and_never_fails_the_operation(name):
    lines = [line for line in script_body(name).splitlines() if "RefreshLicenseStatus" in line]
    assert lines, "SPP is refreshed after the change"
    for line in lines:
        assert "try {" in line and "catch {}" in line  # a failed refresh is not a failure
        # Only on SoftwareLicensing*: the refresh is guarded by the class or names SPP itself.
        assert "'S*'" in line or "(gwmi SoftwareLicensingService)" in line
        assert "OfficeSoftwareProtection" not in line


def test_uninstall_passes_the_product_key_id_to_ospp_only():
    text = script_body("uninstall-key")
    assert "$p.UninstallProductKey($p.ProductKeyID)" in text
    assert "$p.UninstallProductKey()" in text  # SPP's method has no parameter
    ospp_line = next(line for line in text.splitlines() if "ProductKeyID)" in line)
    assert "-like 'O*'" in ospp_line
