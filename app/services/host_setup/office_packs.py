"""What an Office host key needs on the host: its volume license pack and a recent enough OS.

Facts §5.5 [o-host]: each Office version needs its own Volume License Pack
(the licence files of its KMS host product) before its host key can be
installed; Windows answers 0xC004F069 otherwise. A host without internet gets
the pack installer copied from a connected machine.
"""

from __future__ import annotations

from app.domain.catalog import Catalog, Family, KeyGroup, OsVersion
from app.domain.text import QT_TRANSLATE_NOOP, msg
from app.services.host_setup.findings import Finding, Severity

PACK_MISSING = QT_TRANSLATE_NOOP(
    "HostSetupOffice", "The volume license pack of Office %1 is not installed on this host."
)
# %1 pack name, %2 download page, %3 oldest server and %4 oldest client it installs on.
PACK_FIX = QT_TRANSLATE_NOOP(
    "HostSetupOffice",
    "Install “%1” (Microsoft Download Center: %2) on the host; it needs at least %3 or %4. "
    "If the host has no internet access, download the installer on a connected computer, "
    "copy it to the host (USB drive or network share) and run it there as an administrator.",
)
PACK_PRESENT = QT_TRANSLATE_NOOP(
    "HostSetupOffice", "The volume license pack of Office %1 is installed."
)


def office_label(group: KeyGroup) -> str:
    """``2010``, ``LTSC 2021``… as people name an Office version (not translated)."""
    year = group.id.removeprefix("office")
    return f"LTSC {year}" if year in ("2021", "2024") else year


def minimum_hosts(catalog: Catalog, group: KeyGroup) -> tuple[OsVersion, ...]:
    """The oldest server and the oldest client OS that may hold ``group``'s key."""
    versions = [catalog.os_versions[v] for v in group.host_os if v in catalog.os_versions]
    oldest = []
    for family in (Family.SERVER, Family.CLIENT):
        candidates = [v for v in versions if v.family is family]
        if candidates:
            oldest.append(min(candidates, key=lambda v: (v.build, v.semi_annual)))
    return tuple(oldest)


def pack_missing_finding(catalog: Catalog, group: KeyGroup, severity: Severity) -> Finding:
    """The finding for a missing pack: which pack, where to get it, the minimum host, offline."""
    oldest = {v.family: v.name for v in minimum_hosts(catalog, group)}
    return Finding(
        "office-pack-missing",
        severity,
        msg(PACK_MISSING, office_label(group)),
        msg(
            PACK_FIX,
            group.office_pack or group.id,
            group.office_pack_url or "—",
            oldest.get(Family.SERVER, "—"),
            oldest.get(Family.CLIENT, "—"),
        ),
    )


def pack_present_finding(group: KeyGroup) -> Finding:
    return Finding("office-pack-present", Severity.OK, msg(PACK_PRESENT, office_label(group)))
