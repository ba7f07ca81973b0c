"""The HRESULTs the simulated licensing service returns, as a real one would.

Names are from slerror.h / Win32 (activation-facts.md §4). The message is what
a real machine's COMException carries for these codes ("Exception from
HRESULT: 0x…"): raw machine output, not a user-facing text. The wizard explains
codes itself, translated, from app.domain.hresults.
"""

from __future__ import annotations

SL_E_VALUE_NOT_FOUND = 0xC004F012  # no product with that Activation ID (our scripts)
SL_E_PKEY_NOT_INSTALLED = 0xC004F014
SL_E_CIDIID_INVALID_DATA = 0xC004F02C
SL_E_CIDIID_MISMATCHED = 0xC004F031
SL_E_VL_NOT_ENOUGH_COUNT = 0xC004F038
SL_E_VL_KEY_MANAGEMENT_SERVICE_NOT_ACTIVATED = 0xC004F041
SL_E_VL_KEY_MANAGEMENT_SERVICE_ID_MISMATCH = 0xC004F042
SL_E_CIDIID_INVALID_CHECK_DIGITS = 0xC004F04D
SL_E_INVALID_PRODUCT_KEY = 0xC004F050
SL_E_MISMATCHED_PRODUCT_SKU = 0xC004F069
SL_E_VL_INVALID_TIMESTAMP = 0xC004F06C
SL_E_VL_BINDING_SERVICE_UNAVAILABLE = 0xC004F074
SL_E_CHPA_MAXIMUM_UNLOCK_EXCEEDED = 0xC004C008
SL_E_CHPA_DMAK_LIMIT_EXCEEDED = 0xC004C020
DNS_ERROR_RCODE_NAME_ERROR = 0x8007232B
# Online activation from a machine without internet access: WinHTTP cannot resolve
# the activation server's name (ERROR_WINHTTP_NAME_NOT_RESOLVED, 12007). This is
# what slmgr /ato reports on an offline host, and why the phone path exists.
WINHTTP_NAME_NOT_RESOLVED = 0x80072EE7
E_INVALIDARG = 0x80070057  # what our scripts' [ArgumentException] carries
COR_E_FORMAT = 0x80131537  # FromBase64String on a mangled parameters line

# Informational LicenseStatusReason values of products in grace.
SL_I_OOB_GRACE_PERIOD = 0x4004F00C
SL_I_OOT_GRACE_PERIOD = 0x4004F00D
SL_E_GRACE_TIME_EXPIRED = 0xC004F009


def hex_code(code: int) -> str:
    """``0xC004F074`` (upper case, eight digits), the form scripts print."""
    return f"0x{code & 0xFFFFFFFF:08X}"


class SppError(Exception):
    """A failure the licensing service (or our script's checks) reports."""

    def __init__(self, hresult: int, message: str | None = None) -> None:
        self.hresult = hresult & 0xFFFFFFFF
        self.message = message or f"Exception from HRESULT: {hex_code(hresult)}"
        super().__init__(self.message)

    @property
    def hex(self) -> str:
        return hex_code(self.hresult)
