"""The product catalog: editions, GVLKs, key groups, host rules, thresholds.

INTERFACE DRAFT — the data files (resources/catalog/*.json) and the bodies are
being filled in; the names and signatures below are the contract other modules
code against.

Loaded from ``resources/catalog/`` (JSON data, not Python literals) and
validated at start. Facts from ../shared/reference/activation-facts.md §0, §3.4,
§5 and the seeds 000, 001, 004.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.domain.keys import ProductKey
from app.domain.text import Text


class Family(StrEnum):
    CLIENT = "client"
    SERVER = "server"
    OFFICE = "office"


class GroupKind(StrEnum):
    LEGACY = "legacy"  # Client VL < Server Group A < B < C (Windows 7 / 2008 R2 era)
    MODERN = "modern"  # Windows 10 client CSVLK; Windows Server 2016…2025 CSVLKs
    OFFICE = "office"  # one Office host key per Office version


class Channel(StrEnum):
    """How a key licenses a product (KMS keys are hierarchical, MAKs lateral)."""

    KMS = "kms"
    MAK = "mak"


@dataclass(frozen=True)
class OsVersion:
    """A Windows release a machine can run, e.g. ``ws2008r2`` or ``win11``."""

    id: str
    name: str
    family: Family  # CLIENT or SERVER
    build: int  # the RTM build number (7600, 7601 for SP1 is still ``win7``…)


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


@dataclass(frozen=True)
class HostUpdate:
    """An update a KMS host needs before it can activate newer clients."""

    host_os: str  # OsVersion id of the host
    activating: tuple[str, ...]  # OsVersion ids it then activates
    kb: str  # "KB5034765 or later"


@dataclass(frozen=True)
class KeyGroup:
    """A KMS host key (CSVLK) product group."""

    id: str  # client-vl, server-a, server-b, server-c, win10, ws2016…ws2025, office2010…office2024
    name: Text  # translatable display name
    kind: GroupKind
    rank: int  # legacy hierarchy order; higher activates lower
    host_os: tuple[str, ...]  # OsVersion ids that may hold this key
    activates: tuple[str, ...]  # Edition ids a KMS host with this key activates
    required_updates: tuple[HostUpdate, ...]
    office_activation_id: str | None  # Office host product Activation ID (for /dti, /atp)
    office_pack: str | None  # Volume License Pack name / download id


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


@dataclass(frozen=True)
class HostEligibility:
    """Whether a host OS may hold a key group, and why not."""

    group: KeyGroup
    allowed: bool
    reason: Text | None  # translatable reason when not allowed
    required_updates: tuple[HostUpdate, ...]


class CatalogError(ValueError):
    """The catalog data files are missing or inconsistent; ``problems`` lists why."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


class Catalog:
    """Read-only queries over the loaded catalog."""

    editions: Mapping[str, Edition]
    groups: Mapping[str, KeyGroup]
    os_versions: Mapping[str, OsVersion]
    thresholds: Thresholds

    def edition(self, edition_id: str) -> Edition: ...
    def group(self, group_id: str) -> KeyGroup: ...
    def groups_for_host(self, os_version_id: str, edition_id: str | None = None) -> list[HostEligibility]: ...
    def activated_by(self, group_id: str, channel: Channel = Channel.KMS) -> list[Edition]: ...
    def activates(self, group_id: str, edition_id: str, channel: Channel = Channel.KMS) -> bool: ...
    def gvlk_for(self, edition_id: str) -> ProductKey | None: ...
    def identify_gvlk(self, key: ProductKey) -> Edition | None: ...
    def identify_os(self, version: str, edition_id: str | None, caption: str = "") -> tuple[OsVersion | None, Edition | None]: ...
    def problems(self) -> list[str]: ...


def load_catalog(folder: Path | None = None) -> Catalog: ...
