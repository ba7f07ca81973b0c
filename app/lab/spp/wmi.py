"""WMI's uint32 "none" and the scripts' view of it: the one place the lab and the scripts agree.

``SoftwareLicensingService`` and ``SoftwareLicensingProduct`` type the KMS
counts, the intervals and the request counters as uint32 and say "none" with −1
("-1 indicates ... not enabled as a KMS": sppwmi SoftwareLicensingService doc).
System.Management hands that −1 to PowerShell as 4294967295, and a plain
Windows 10 client shows it for every one of these properties (real
``Get-WmiObject SoftwareLicensingService`` output, Idera PowerTip "Managing
Windows License Key (Part 3)"). The lab models the raw values; the scripts'
function ``U`` (resources/ps/lib/product-json.ps1) turns the sentinel into null,
and :func:`scripted` is the lab's copy of ``U``. tests/lab/test_ps_scripts.py
checks that the scripts apply ``U`` to exactly the fields listed here.
"""

from __future__ import annotations

from typing import Any

UINT32_NONE = 0xFFFFFFFF  # [uint32]::MaxValue: WMI's -1

# Document field -> WMI property, for the fields the scripts pass through U.
SERVICE_UINT32 = {
    "current_count": "KeyManagementServiceCurrentCount",
    "required_count": "RequiredClientCount",
    "activation_interval": "VLActivationInterval",
    "renewal_interval": "VLRenewalInterval",
}
PRODUCT_UINT32 = {
    "current_count": "KeyManagementServiceCurrentCount",
    "required_count": "RequiredClientCount",
}
# Every KeyManagementService*Requests counter (status.ps1 maps each through U).
REQUEST_COUNTERS = {
    "total": "Total",
    "failed": "Failed",
    "unlicensed": "Unlicensed",
    "licensed": "Licensed",
    "oob": "OOBGrace",
    "oot": "OOTGrace",
    "nongenuine": "NonGenuineGrace",
    "notification": "Notification",
}


def scripted(value: Any) -> Any:
    """What the scripts' ``U`` writes for a uint32 property: null for the sentinel."""
    return None if value is None or value == UINT32_NONE else value


def script_view(raw: dict[str, Any], fields: dict[str, str]) -> dict[str, Any]:
    """``raw`` with ``fields`` mapped as the scripts map them (a new dict)."""
    return {name: scripted(value) if name in fields else value for name, value in raw.items()}
