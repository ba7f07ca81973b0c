"""The product catalog's value types: OS versions, editions, key groups, thresholds.

Everything here is immutable (frozen dataclasses, tuples, read-only mappings):
the catalog is loaded once and shared by every thread. Queries live in
:mod:`app.domain.catalog`; loading and validation in
:mod:`app.domain.catalog_loader`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from app.domain.catalog_names import UPDATE_EXACT, UPDATE_OR_LATER
from app.domain.keys import ProductKey
from app.domain.text import Message, Text, msg


class Family(StrEnum):
    CLIENT = "client"
    SERVER = "server"
    OFFICE = "office"


class GroupKind(StrEnum):
    LEGACY = "legacy"  # Client VL < Server Group A < B < C (Windows 7 / 2008 R2 era)
    MODERN = "modern"  # Windows 8…10 client CSVLKs; Windows Server 2012…2025 CSVLKs
    OFFICE = "office"  # one Office host key per Office version


# The licensing service a Windows release runs: Windows 7 / Server 2008 R2 and
# later run the Software Protection service (sppsvc); Vista and Server 2008 the
# older Software Licensing service (slsvc, registry key ...\CurrentVersion\SL),
# whose WMI classes lack the KMS host settings the wizard changes: Microsoft's
# learn.microsoft.com/previous-versions/windows/desktop/slwmiprov/softwarelicensingservice-vista
# lists no KeyManagementServicePort, ListeningPort, DnsPublishing or LowPriority
# property (the sppwmi class of Windows 7 and later has them), and the sppwmi
# methods say "Minimum supported client: Windows 7".
SPPSVC = "sppsvc"
SLSVC = "slsvc"
LICENSING_SERVICES = (SPPSVC, SLSVC)


class Channel(StrEnum):
    """How a key licenses a product (KMS keys are hierarchical, MAKs lateral)."""

    KMS = "kms"
    MAK = "mak"


@dataclass(frozen=True)
class OsVersion:
    """A Windows release a machine can run, e.g. ``ws2008r2`` or ``win11``.

    ``builds`` are the inclusive build-number ranges a machine of this release
    reports (``(7600, 7601)`` for Windows 7 RTM and SP1; Windows 11 is open-ended).
    Server 2019 and the Semi-Annual Channel share build 17763; the edition
    (``Server…ACor``) tells them apart, and ``semi_annual`` breaks the tie.
    """

    id: str
    name: str
    family: Family  # CLIENT or SERVER
    build: int  # the RTM build number (7600, 7601 for SP1 is still ``win7``…)
    kernel: str = ""  # "6.1", "10.0": the first two parts of Win32_OperatingSystem.Version
    builds: tuple[tuple[int, int | None], ...] = ()  # None: open-ended (Windows 11)
    semi_annual: bool = False
    licensing_service: str = SPPSVC  # SLSVC on Vista / Server 2008

    @property
    def read_only(self) -> bool:
        """True for Vista / Server 2008: the wizard may read them but never change them."""
        return self.licensing_service == SLSVC

    def has_build(self, build: int) -> bool:
        """True when ``build`` is one this release reports."""
        return any(low <= build and (high is None or build <= high) for low, high in self.builds)


@dataclass(frozen=True)
class OfficeVersion:
    """An Office release as a KMS client: its licensing AppID.

    Office 2010 has its own AppID and WMI classes (``OfficeSoftwareProtection*``);
    2013 and later share ``0ff1ce15-…`` and use the Windows classes on Windows 8+.
    """

    id: str  # "office2010" … "office2024" (the same id as its key group)
    name: str
    app_id: str


@dataclass(frozen=True)
class Edition:
    """A volume-licensable product edition with its GVLK (KMS client setup key).

    Windows 10 and 11 share keys per edition: one entry lists both versions.
    """

    id: str  # e.g. "win7-professional", "ws2008r2-datacenter", "office2016-proplus"
    name: str  # English product name (product names are not translated)
    family: Family
    versions: tuple[str, ...]  # OsVersion ids, or the Office version id ("office2016")
    gvlk: ProductKey | None
    legacy_group: str | None  # "client-vl" / "server-a" / "server-b" / "server-c" or None
    wmi_edition_ids: tuple[str, ...]  # registry EditionID values, e.g. ("ServerDatacenter",)
    # Other GVLKs printed for this same edition by an older source (the seeds'
    # TechNet copies differ from today's Microsoft page for a few editions).
    alternate_gvlks: tuple[ProductKey, ...] = ()
    # Build range when editions share an EditionID within one version
    # (Windows 10 LTSB 2015 / LTSB 2016 / LTSC 2019+ are all "EnterpriseS").
    builds: tuple[int, int | None] | None = None
    kms_host: bool = True  # False: this edition can never be a KMS host (Azure Edition)
    verified: bool = True  # False where the facts mark the key "not verified"
    note: str = ""  # provenance for maintainers; not shown to users

    @property
    def all_gvlks(self) -> tuple[ProductKey, ...]:
        """The GVLK first, then the alternates."""
        return ((self.gvlk,) if self.gvlk else ()) + self.alternate_gvlks

    def matches_build(self, build: int | None) -> bool:
        """True when this edition exists at ``build`` (or when either is unknown)."""
        if self.builds is None or build is None:
            return True
        low, high = self.builds
        return build >= low and (high is None or build <= high)


@dataclass(frozen=True)
class HostUpdate:
    """An update a KMS host needs before it can activate newer clients."""

    host_os: str  # OsVersion id of the host
    activating: tuple[str, ...]  # OsVersion ids it then activates
    kb: str  # "KB5034765"
    or_later: bool = True  # "or a later cumulative update / monthly rollup"
    office: bool = False  # needed by an Office host key (not a Windows one)
    # Key groups it applies to; empty: any group whose key activates ``activating``.
    # KB2757817 / KB2885698 belong to the Windows 8 / 8.1 / 2012 / 2012 R2 keys only:
    # Microsoft's current table asks nothing but KB3079821 of a Windows 7 host that
    # activates Windows 8.1 with the Windows 10 key.
    groups: tuple[str, ...] = ()

    @property
    def description(self) -> Message:
        """``KB5034765 or later`` as a translatable message."""
        return msg(UPDATE_OR_LATER if self.or_later else UPDATE_EXACT, self.kb)


def _no_targets() -> Mapping[str, tuple[str, ...]]:
    return MappingProxyType({})


@dataclass(frozen=True)
class KeyGroup:
    """A KMS host key (CSVLK) product group."""

    # client-vl, server-a/b/c, win8, ws2012, win81, ws2012r2, win10, ws2012r2-win10,
    # ws2016…ws2025, office2010…office2024
    id: str
    name: Text  # translatable display name
    kind: GroupKind
    rank: int  # legacy hierarchy order; higher activates lower
    host_os: tuple[str, ...]  # OsVersion ids that may hold this key
    activates: tuple[str, ...]  # Edition ids a KMS host with this key activates
    required_updates: tuple[HostUpdate, ...]  # every update listed for this group's hosts
    office_activation_id: str | None  # Office host product Activation ID (for /dti, /atp)
    office_pack: str | None  # Volume License Pack name
    # Edition ids a MAK of this group activates: its own products only (lateral).
    members: tuple[str, ...] = ()
    # Edition id -> the OsVersion ids on which the KMS key activates it (a
    # Windows 10/11 edition may be activated on Windows 10 only).
    # Left out of ==/hash: a mapping is unhashable, and ``activates`` /
    # ``members`` already carry the same editions.
    kms_targets: Mapping[str, tuple[str, ...]] = field(default_factory=_no_targets, compare=False)
    mak_targets: Mapping[str, tuple[str, ...]] = field(default_factory=_no_targets, compare=False)
    # Legacy server groups: the host's own edition must be one this key
    # activates (seed 001 table 2, seed 004: "KMS can be hosted on … (the KMS
    # key activates the KMS host)").
    host_edition_in_reach: bool = False
    office_pack_download_id: int | None = None
    office_app_id: str | None = None  # the Office clients' licensing AppID
    source: str = ""  # provenance for maintainers

    @property
    def is_office(self) -> bool:
        return self.kind is GroupKind.OFFICE

    @property
    def office_pack_url(self) -> str | None:
        """The Microsoft Download Center page of this version's Volume License Pack."""
        if self.office_pack_download_id is None:
            return None
        return f"https://www.microsoft.com/download/details.aspx?id={self.office_pack_download_id}"

    def targets(self, channel: Channel) -> Mapping[str, tuple[str, ...]]:
        """Edition id -> OsVersion ids this group's key activates through ``channel``."""
        return self.kms_targets if channel is Channel.KMS else self.mak_targets


@dataclass(frozen=True)
class Thresholds:
    client: int = 25
    server: int = 5
    office: int = 5
    count_cap_factor: int = 2  # the host keeps 2 × the highest threshold seen (50)
    cmid_retention_days: int = 30
    validity_days: int = 180
    renewal_interval_min: int = 10080
    activation_interval_min: int = 120
    interval_min: int = 15
    interval_max: int = 43200
    default_port: int = 1688
    csvlk_max_hosts: int = 6
    csvlk_max_activations: int = 10
    max_clock_skew_hours: int = 4

    @property
    def count_cap(self) -> int:
        """The most a host's count can reach: 2 × the highest threshold (50)."""
        return self.count_cap_factor * max(self.client, self.server, self.office)


@dataclass(frozen=True)
class HostEligibility:
    """Whether a host OS may hold a key group, and why not."""

    group: KeyGroup
    allowed: bool
    reason: Text | None  # translatable reason when not allowed
    required_updates: tuple[HostUpdate, ...]
    reason_args: tuple[object, ...] = ()  # fill ``%1``… of ``reason``

    @property
    def message(self) -> Message | None:
        """``reason`` with its arguments, ready for ``app.i18n.render``."""
        return None if self.reason is None else msg(self.reason, *self.reason_args)


class CatalogError(ValueError):
    """The catalog data files are missing or inconsistent; ``problems`` lists why."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))
