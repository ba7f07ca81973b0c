"""Licensed products as SoftwareLicensingProduct / OfficeSoftwareProtectionProduct show them."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum, StrEnum

from app.lab.spp.events import SppEvent
from app.lab.spp.hresult import (
    SL_E_GRACE_TIME_EXPIRED,
    SL_I_OOB_GRACE_PERIOD,
    SL_I_OOT_GRACE_PERIOD,
)

WINDOWS_APP_ID = "55c92734-d682-4d71-983e-d6ec3f16059f"
OFFICE14_APP_ID = "59a52881-a989-479d-af46-f275c6370663"  # Office 2010 (OSPP)
OFFICE_APP_ID = "0ff1ce15-a989-479d-af46-f275c6370663"  # Office 2013 and later

# Activation IDs of lab SKUs are stable UUIDs derived from what the SKU is.
_LAB_SKU_NAMESPACE = uuid.UUID("8c1f0e52-5d0b-4b1e-9a57-6b6d5f0c1a10")

GRACE = timedelta(days=30)
UNREACHED = "-"
OFFICE_VERSION_NUMBER = {
    "office2010": "14",
    "office2013": "15",
    "office2016": "16",
    "office2019": "19",
    "office2021": "21",
    "office2024": "24",
}


class LicenseStatus(IntEnum):
    UNLICENSED = 0
    LICENSED = 1
    OOB_GRACE = 2
    OOT_GRACE = 3
    NON_GENUINE_GRACE = 4
    NOTIFICATION = 5
    EXTENDED_GRACE = 6


class KeyKind(StrEnum):
    """Which channel the installed key belongs to."""

    GVLK = "GVLK"
    MAK = "MAK"
    CSVLK = "CSVLK"
    RETAIL = "RETAIL"
    EVAL = "TIMEBASED"  # evaluation editions' time-based licence


class Source(StrEnum):
    SPP = "spp"  # SoftwareLicensingService / Product
    OSPP = "ospp"  # OfficeSoftwareProtectionService / Product (Office on Windows 7 / 2008 R2)


def sku_id(*parts: str) -> str:
    """A stable lower-case Activation ID for a lab SKU."""
    return str(uuid.uuid5(_LAB_SKU_NAMESPACE, "/".join(parts)))


@dataclass(eq=False)
class Product:
    """One SKU of one machine, with or without a key.

    Times are world times (UTC); a machine's skew matters only when it talks
    to a KMS host and when it reports its clock.
    """

    activation_id: str
    application_id: str
    name: str
    description: str
    edition_id: str  # catalog edition id; for a host key, the group id
    kind: KeyKind
    source: Source
    key: str | None = None  # full key: lab memory only, never in any output
    group_id: str | None = None  # CSVLK / MAK group
    office_version: str | None = None  # "office2016"… for Office SKUs
    status: LicenseStatus = LicenseStatus.UNLICENSED
    reason: int = 0
    grace_end: datetime | None = None  # end of the grace period or of the KMS validity
    kms_machine: str = ""
    kms_port: int = 0
    kms_lookup_domain: str = ""  # set-kms-lookup-domain (slmgr /skms-domain), Windows 8+
    discovered_host: str = ""
    discovered_port: int = 0
    activation_interval: int = 120
    renewal_interval: int = 10080
    next_contact: datetime | None = None  # KMS clients: when they next call the host
    activations: int = 0  # how many times it was activated (MAK burn proofs)
    last_error: int = 0
    # Why the last KMS call failed in a way only a change in the lab can fix:
    # UNREACHED (no host to talk to), or the name of the host that refused it.
    blocked_by: str = ""
    # LicenseIsAddon: an add-on licence (an ESU year) beside the product it extends.
    is_addon: bool = False
    # The events the last KMS call logged, as makers (the machine's local time ->
    # event): a parked client's retries log the same events again (app.lab.spp.events).
    last_attempt: tuple[Callable[[datetime], SppEvent], ...] = ()

    @property
    def partial_key(self) -> str | None:
        return self.key[-5:] if self.key else None

    @property
    def is_host_key(self) -> bool:
        return self.kind is KeyKind.CSVLK and self.key is not None

    @property
    def is_kms_client(self) -> bool:
        return self.kind is KeyKind.GVLK and self.key is not None

    def grace_minutes(self, now: datetime) -> int:
        """GracePeriodRemaining: minutes left in grace, or of a KMS activation's validity."""
        if self.grace_end is None or self.grace_end <= now:
            return 0
        return int((self.grace_end - now).total_seconds() // 60)

    def refresh(self, now: datetime) -> None:
        """Apply the passage of time: validity → OOT grace → notification."""
        if self.key is None:
            return
        if self.grace_end is None or now < self.grace_end:
            return
        if self.status is LicenseStatus.LICENSED:
            if self.kind is KeyKind.EVAL:
                # An evaluation licence that ran out: notification mode.
                self.status = LicenseStatus.NOTIFICATION
                self.reason = SL_E_GRACE_TIME_EXPIRED
                self.grace_end = None
            if self.kind is KeyKind.GVLK:
                # 180 days without a renewal: the KMS activation expires.
                self.status = LicenseStatus.OOT_GRACE
                self.reason = SL_I_OOT_GRACE_PERIOD
                self.grace_end = self.grace_end + GRACE
                self.refresh(now)
            return
        if self.status in (LicenseStatus.OOB_GRACE, LicenseStatus.OOT_GRACE):
            self.status = LicenseStatus.NOTIFICATION
            self.reason = SL_E_GRACE_TIME_EXPIRED
            self.grace_end = None

    def start_grace(self, now: datetime) -> None:
        """A freshly installed key: initial grace until it is activated."""
        self.status = LicenseStatus.OOB_GRACE
        self.reason = SL_I_OOB_GRACE_PERIOD
        self.grace_end = now + GRACE
        self.last_error = 0

    def license_permanently(self) -> None:
        self.status = LicenseStatus.LICENSED
        self.reason = 0
        self.grace_end = None
        self.last_error = 0
        self.activations += 1


def windows_names(
    os_version: str, wmi_edition: str, kind: KeyKind, group: str | None
) -> tuple[str, str]:
    """(Name, Description) of a Windows product as WMI shows them (always English)."""
    legacy = os_version in ("win7", "ws2008r2", "vista", "ws2008")
    server = wmi_edition.startswith("Server")
    channel = _channel_text(kind, group)
    if legacy and server:
        return (
            f"Windows Server(R), {wmi_edition} edition",
            f"Windows Operating System - Windows Server(R), {channel} channel",
        )
    if legacy:
        return (
            f"Windows(R) 7, {wmi_edition} edition",
            f"Windows Operating System - Windows(R) 7, {channel} channel",
        )
    return f"Windows(R), {wmi_edition} edition", f"Windows(R) Operating System, {channel} channel"


def office_names(office_version: str, product: str, kind: KeyKind) -> tuple[str, str]:
    """(Name, Description) of an Office product (``Office 16, Office16ProPlusVL_KMS_Client …``)."""
    nn = OFFICE_VERSION_NUMBER[office_version]
    if kind is KeyKind.CSVLK:
        return f"Office {nn}, Office{nn}_KMSHost edition", f"Office {nn}, VOLUME_KMS channel"
    suffix = {KeyKind.GVLK: "VL_KMS_Client", KeyKind.MAK: "VL_MAK"}.get(kind, "Retail")
    channel = _channel_text(kind, None)
    return f"Office {nn}, Office{nn}{product}{suffix} edition", f"Office {nn}, {channel} channel"


def _channel_text(kind: KeyKind, group: str | None) -> str:
    if kind is KeyKind.GVLK:
        return "VOLUME_KMSCLIENT"
    if kind is KeyKind.MAK:
        return "VOLUME_MAK"
    if kind is KeyKind.CSVLK:
        suffix = {"client-vl": "W7", "server-a": "R2_A", "server-b": "R2_B", "server-c": "R2_C"}
        return "VOLUME_KMS_" + suffix.get(group or "", (group or "").upper().replace("-", "_"))
    if kind is KeyKind.EVAL:
        return "TIMEBASED_EVAL"
    return "RETAIL"


# Extended Security Updates: an add-on licence (LicenseIsAddon = TRUE) installed with its own
# MAK beside the Windows edition it extends. Activation IDs and the start of the names are real
# (Greenbone's ESU detection: f520e45e-… "Windows(R), Client-ESU-Year1 add-on for Education,
# EducationN,…"; slmgr /dli shows "Windows(R), Client-ESU-Year1 add-on"); the rest of each
# name and the Description are the lab's reading (not confirmed on a real machine).
ESU_YEAR1 = {
    "win10": (
        "f520e45e-7413-4a34-a497-d2765967d094",
        (
            "Windows(R), Client-ESU-Year1 add-on for Education,EducationN,Enterprise,EnterpriseN,"
            "Professional,ProfessionalN"
        ),
    ),
    "ws2012r2": (
        "c0a2ea62-12ad-435b-ab4f-c9bfab48dbc4",
        "Windows(R), Server-ESU-Year1 add-on for Datacenter,Standard",
    ),
}


def esu_addon(os_version: str, key: str) -> Product:
    """The licensed ESU Year 1 add-on of a Windows 10 or Server 2012 R2 machine."""
    activation_id, name = ESU_YEAR1[os_version]
    product = Product(
        activation_id,
        WINDOWS_APP_ID,
        name,
        "Windows(R) Operating System, VOLUME_MAK channel",
        "",
        KeyKind.MAK,
        Source.SPP,
        key=key,
        is_addon=True,
    )
    product.license_permanently()
    return product

