"""Release check: the facts the lab models, confirmed on a real Windows machine.

The simulated lab answers as Windows does only where we could read how Windows
answers (Microsoft's documentation, slmgr.vbs, published real output). These
checks ask a real Windows machine the same questions, read-only, so that
``build/windows/release.ps1`` (``pytest -m windows``) confirms or refutes each
assumption before a release. Off Windows the whole module is one skip (there is
no Software Protection Platform to ask); in CI that skip is expected.

Nothing here changes the machine: every query is a read, and the one write-shaped
call (InstallProductKey with a key Windows rejects) fails before anything changes.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

if sys.platform != "win32":
    pytest.skip(
        "release check: needs a real Windows machine (Software Protection Platform)",
        allow_module_level=True,
    )

pytestmark = pytest.mark.windows

UINT32_NONE = 4294967295


def _powershell(script: str, *, stdin: str | None = None) -> object:
    """Run ``script`` in this Windows' own powershell.exe; its stdout as JSON."""
    from app.adapters.local_runner import windows_powershell

    exe = windows_powershell()
    done = subprocess.run(
        [exe, "-NoProfile", "-NonInteractive", "-Command", script],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
    )
    return json.loads(done.stdout) if done.stdout.strip() else None


def _service() -> dict:
    return _powershell(
        "gwmi SoftwareLicensingService | select KeyManagementServiceCurrentCount,"
        "RequiredClientCount,VLActivationInterval,VLRenewalInterval,"
        "KeyManagementServiceTotalRequests,IsKeyManagementServiceMachine | ConvertTo-Json"
    )


def test_uint32_none_arrives_as_4294967295_on_a_machine_that_is_not_a_kms_host():
    """B1: the lab's sentinel values (app/lab/operations.py) are what WMI gives."""
    service = _service()
    if service["IsKeyManagementServiceMachine"]:
        pytest.skip("this machine is a KMS host; run on a plain client")
    assert service["KeyManagementServiceCurrentCount"] == UINT32_NONE
    assert service["RequiredClientCount"] == UINT32_NONE
    assert service["KeyManagementServiceTotalRequests"] == UINT32_NONE


def test_the_status_operation_maps_the_sentinels_to_none():
    from app.adapters.local_runner import LocalRunner

    status = LocalRunner(timeout=180).run("status")
    assert status["ok"] is True
    service = status["service"]
    if not service["is_kms_host"]:
        assert service["current_count"] in (None, -1)
    assert None not in service["dns_domains"], "B2: @($null) must not reach the answer"


def test_the_two_stock_kms_firewall_rules_have_the_profiles_and_scopes_the_lab_models():
    """B4: SPPSVC-In-TCP (Private, Public; LocalSubnet) and SPPSVC-In-TCP-NoScope (Domain; Any)."""
    rules = _powershell(
        "@(Get-NetFirewallRule -Name SPPSVC-In-TCP,SPPSVC-In-TCP-NoScope -EA 0 | % { "
        "[pscustomobject]@{ name = $_.Name; profile = \"$($_.Profile)\"; "
        "remote = @(($_ | Get-NetFirewallAddressFilter).RemoteAddress) } }) | ConvertTo-Json"
    )
    rules = rules if isinstance(rules, list) else [rules]
    by_name = {rule["name"]: rule for rule in rules}
    assert set(by_name) == {"SPPSVC-In-TCP", "SPPSVC-In-TCP-NoScope"}
    scoped, unscoped = by_name["SPPSVC-In-TCP"], by_name["SPPSVC-In-TCP-NoScope"]
    assert {p.strip() for p in scoped["profile"].split(",")} == {"Private", "Public"}
    assert scoped["remote"] == ["LocalSubnet"]
    assert unscoped["profile"] == "Domain"
    assert unscoped["remote"] == ["Any"]


def test_products_carry_license_is_addon_and_the_service_has_the_lookup_domain_methods():
    """G3 and G11: LicenseIsAddon exists (Windows 8+); ClearKeyManagementServiceLookupDomain too."""
    facts = _powershell(
        "$p = @(gwmi SoftwareLicensingProduct -Filter 'PartialProductKey IS NOT NULL')[0]; "
        "$s = gwmi SoftwareLicensingService; "
        "[pscustomobject]@{ addon = $null -ne $p.PSObject.Properties['LicenseIsAddon']; "
        "clear = [bool]($s | gm ClearKeyManagementServiceLookupDomain); "
        "set = [bool]($s | gm SetKeyManagementServiceLookupDomain) } | ConvertTo-Json"
    )
    assert facts == {"addon": True, "clear": True, "set": True}


def test_activation_events_carry_the_result_as_an_insertion_string():
    """G5: the scan reads 12289's data (the activation HRESULT), never its localised text."""
    events = _powershell(
        "@(Get-WinEvent -FilterHashtable @{LogName='Application';"
        "ProviderName='Microsoft-Windows-Security-SPP';Id=12289} -MaxEvents 1 -EA 0 | % { "
        "[pscustomobject]@{ data = @($_.Properties | % { \"$($_.Value)\" }) } }) | ConvertTo-Json"
    )
    if not events:
        pytest.skip("no KMS client event 12289 on this machine (not a KMS client)")
    event = events[0] if isinstance(events, list) else events
    assert event["data"][0].startswith("0x")


def test_a_key_sent_on_standard_input_reaches_install_product_key():
    """G1: install-key reads its key from stdin; Windows rejects this one (0xC004F050)."""
    from app.adapters.local_runner import LocalRunner

    answer = LocalRunner(timeout=180).run("install-key", {"key": "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE"})
    assert answer["ok"] is False
    assert answer["hresult"] in ("0xC004F050", "0xC004F069")


def test_the_powershell_2_engine_answers_the_too_old_document():
    """B3: where the optional PowerShell 2.0 engine is installed, the guard answers first."""
    from app.adapters.local_runner import windows_powershell
    from app.adapters.operation_contract import operation_command, parse_output
    from app.domain.errors import ErrorKind, ExecutionError

    engine = _powershell(
        "[pscustomobject]@{ v2 = [bool](Get-WindowsOptionalFeature -Online "
        "-FeatureName MicrosoftWindowsPowerShellV2 -EA 0 | ? State -eq Enabled) } | ConvertTo-Json"
    )
    if not engine["v2"]:
        pytest.skip("the PowerShell 2.0 engine is not installed on this machine")
    wire = operation_command("localhost", "status", {})
    argv = [windows_powershell(), "-Version", "2", *wire.command_line.split(" ")[1:]]
    done = subprocess.run(argv, input=wire.stdin, capture_output=True, timeout=180)
    with pytest.raises(ExecutionError) as caught:
        parse_output("localhost", done.stdout, done.stderr, done.returncode)
    assert caught.value.kind is ErrorKind.POWERSHELL_TOO_OLD
