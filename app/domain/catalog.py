"""The product catalog: editions, GVLKs, key groups, host rules, thresholds.

Loaded from ``resources/catalog/`` (JSON data, not Python literals) and
validated at start (:mod:`app.domain.catalog_loader`). Facts from
../shared/reference/activation-facts.md §0, §3.4, §5 and the seeds 000, 001, 004.

The rules the queries encode:

- KMS host keys of the legacy groups are hierarchical: Client VL < Server
  Group A < B < C, a key activates its own group and every lower one; MAKs are
  lateral (their own group only).
- A modern CSVLK (Windows 8…10, Windows Server 2012…2025) may be hosted only on
  the OS versions listed for it and activates an explicit list of editions,
  sometimes only on some versions of a shared Windows 10/11 edition (a Server
  2022 key activates Enterprise LTSC on Windows 10 but not Windows 11 LTSC 2024).
- An Office host key activates its own Office version only.
- Vista and Server 2008 (slsvc, not sppsvc) are KMS clients only: they hold no
  host key and the wizard never changes them (audit B5).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType

from app.domain.catalog_loader import CatalogParts, load_parts, select_host_updates
from app.domain.catalog_model import (
    CatalogError,
    Channel,
    Edition,
    Family,
    GroupKind,
    HostEligibility,
    HostUpdate,
    KeyGroup,
    OfficeVersion,
    OsVersion,
    Thresholds,
)
from app.domain.catalog_names import (
    AZURE_EDITION,
    CLIENT_VL_ONLY,
    EDITION_OUT_OF_REACH,
    EVALUATION_EDITION,
    NOT_ON_THIS_OS,
    READ_ONLY_HOST_OS,
    SERVER_KEY_ON_CLIENT,
    UNKNOWN_HOST_OS,
)
from app.domain.keys import ProductKey
from app.domain.text import Text

__all__ = [
    "Catalog",
    "CatalogError",
    "Channel",
    "Edition",
    "Family",
    "GroupKind",
    "HostEligibility",
    "HostUpdate",
    "KeyGroup",
    "OfficeVersion",
    "OsVersion",
    "Thresholds",
    "default_catalog",
    "is_evaluation_edition_id",
    "load_catalog",
]


def _empty() -> Mapping:
    return MappingProxyType({})


def is_evaluation_edition_id(edition_id: str | None) -> bool:
    """True for a registry EditionID of an evaluation edition (``ServerStandardEval``…)."""
    if not edition_id:
        return False
    return edition_id.strip().casefold().endswith("eval")


@dataclass(frozen=True, eq=False)  # identity ==/hash: one shared, immutable object
class Catalog:
    """Read-only queries over the loaded catalog."""

    editions: Mapping[str, Edition]
    groups: Mapping[str, KeyGroup]
    os_versions: Mapping[str, OsVersion]
    thresholds: Thresholds
    office_versions: Mapping[str, OfficeVersion] = field(default_factory=_empty)
    host_updates: tuple[HostUpdate, ...] = ()
    # Lookup indexes, built once.
    _by_key: Mapping[str, Edition] = field(default_factory=_empty, init=False, repr=False)
    _by_last5: Mapping[str, tuple[Edition, ...]] = field(
        default_factory=_empty, init=False, repr=False
    )

    def __post_init__(self) -> None:
        by_key: dict[str, Edition] = {}
        by_last5: dict[str, list[Edition]] = {}
        for edition in self.editions.values():
            for key in edition.all_gvlks:
                by_key.setdefault(key.value, edition)
                by_last5.setdefault(key.last5, []).append(edition)
        object.__setattr__(self, "_by_key", MappingProxyType(by_key))
        object.__setattr__(
            self, "_by_last5", MappingProxyType({k: tuple(v) for k, v in by_last5.items()})
        )

    @classmethod
    def from_parts(cls, parts: CatalogParts) -> Catalog:
        """A catalog over validated parts (see :func:`load_catalog`)."""
        return cls(
            editions=parts.editions,
            groups=parts.groups,
            os_versions=parts.os_versions,
            thresholds=parts.thresholds,
            office_versions=parts.office_versions,
            host_updates=parts.host_updates,
        )

    # --- lookups -------------------------------------------------------------

    def edition(self, edition_id: str) -> Edition:
        """The edition with this catalog id. Raises KeyError for an unknown id."""
        return self.editions[edition_id]

    def group(self, group_id: str) -> KeyGroup:
        """The key group with this id (``server-b``, ``ws2022``…). Raises KeyError."""
        return self.groups[group_id]

    def os_version(self, os_version_id: str) -> OsVersion:
        """The OS version with this id (``win7``, ``ws2022``…). Raises KeyError."""
        return self.os_versions[os_version_id]

    def editions_for_version(self, os_version_id: str) -> list[Edition]:
        """Editions that run on an OS version (or belong to an Office version)."""
        return [e for e in self.editions.values() if os_version_id in e.versions]

    def windows_groups(self) -> list[KeyGroup]:
        """Legacy and modern Windows host key groups, in catalog order."""
        return [g for g in self.groups.values() if g.kind is not GroupKind.OFFICE]

    def office_groups(self) -> list[KeyGroup]:
        """Office host key groups, oldest version first."""
        return [g for g in self.groups.values() if g.kind is GroupKind.OFFICE]

    def threshold_for(self, family: Family) -> int:
        """Activation threshold: 25 for Windows clients, 5 for servers and Office."""
        return {
            Family.CLIENT: self.thresholds.client,
            Family.SERVER: self.thresholds.server,
            Family.OFFICE: self.thresholds.office,
        }[Family(family)]

    # --- keys ------------------------------------------------------------------

    def gvlk_for(self, edition_id: str) -> ProductKey | None:
        """The GVLK (KMS client setup key) of an edition; None for an unknown id."""
        edition = self.editions.get(edition_id)
        return edition.gvlk if edition else None

    def identify_gvlk(self, key: ProductKey) -> Edition | None:
        """The edition whose GVLK (or alternate GVLK) ``key`` is, else None.

        A GVLK typed where a host key belongs is the commonest mistake: a hit
        here means "this is a client setup key, not a CSVLK".
        """
        return self._by_key.get(key.value)

    def editions_by_last5(self, last5: str) -> tuple[Edition, ...]:
        """Editions whose GVLK ends with ``last5`` (WMI PartialProductKey).

        A KMS client reports only the last five characters of its key; this
        tells which edition's GVLK is installed.
        """
        return self._by_last5.get((last5 or "").strip().upper(), ())

    # --- activation ------------------------------------------------------------

    def activated_by(self, group_id: str, channel: Channel = Channel.KMS) -> list[Edition]:
        """Editions a key of this group activates (KMS: hierarchical; MAK: lateral)."""
        targets = self.group(group_id).targets(Channel(channel))
        return [self.editions[e] for e in targets]

    def activates(
        self,
        group_id: str,
        edition_id: str,
        channel: Channel = Channel.KMS,
        os_version: str | None = None,
    ) -> bool:
        """Whether a key of ``group_id`` activates ``edition_id``.

        Args:
            group_id: key group id.
            edition_id: catalog edition id.
            channel: KMS (host key, hierarchical) or MAK (lateral).
            os_version: the client's OsVersion id. Give it for Windows 10/11
                editions: a key may activate one on Windows 10 only. Without
                it the answer is True when the edition is activated on at
                least one of its versions.
        """
        group = self.groups.get(group_id)
        if group is None:
            return False
        versions = group.targets(Channel(channel)).get(edition_id)
        if versions is None:
            return False
        return os_version is None or os_version in versions

    # --- hosts -----------------------------------------------------------------

    def groups_for_host(
        self,
        os_version_id: str,
        edition_id: str | None = None,
        evaluation: bool = False,
    ) -> list[HostEligibility]:
        """For a host OS, every key group with whether it may hold it and why not.

        Args:
            os_version_id: OsVersion id of the would-be host.
            edition_id: the host's edition, either a catalog edition id
                (``ws2008r2-datacenter``) or a registry EditionID
                (``ServerDatacenter``, ``ServerStandardEval``); None if unknown.
            evaluation: the host runs an evaluation edition (also detected
                from an EditionID ending in ``Eval``).

        Returns:
            One HostEligibility per group, in catalog order; allowed ones carry
            the updates the host needs for what the key activates.
        """
        os_version = self.os_versions.get(os_version_id)
        if os_version is None:
            return [
                HostEligibility(g, False, UNKNOWN_HOST_OS, (), (os_version_id,))
                for g in self.groups.values()
            ]
        edition = self._host_edition(os_version, edition_id)
        evaluation = evaluation or is_evaluation_edition_id(edition_id)
        return [self._eligibility(g, os_version, edition, evaluation) for g in self.groups.values()]

    def host_updates_for(self, group_id: str, os_version_id: str) -> tuple[HostUpdate, ...]:
        """Updates a host on ``os_version_id`` needs before this group's key does its job."""
        group = self.group(group_id)
        activated = {v for versions in group.kms_targets.values() for v in versions}
        builds = {v.id: v.build for v in self.os_versions.values()}
        return select_host_updates(
            self.host_updates, os_version_id, activated, builds, group.is_office, group.id
        )

    def _host_edition(self, os_version: OsVersion, edition_id: str | None) -> Edition | None:
        if not edition_id:
            return None
        by_id = self.editions.get(edition_id)
        if by_id is not None:
            return by_id
        wanted = edition_id.strip().casefold()
        for edition in self.editions_for_version(os_version.id):
            if any(wanted == known.casefold() for known in edition.wmi_edition_ids):
                return edition
        return None

    def _eligibility(
        self,
        group: KeyGroup,
        os_version: OsVersion,
        edition: Edition | None,
        evaluation: bool,
    ) -> HostEligibility:
        refusal = self._refusal(group, os_version, edition, evaluation)
        if refusal is not None:
            reason, args = refusal
            return HostEligibility(group, False, reason, (), args)
        return HostEligibility(group, True, None, self.host_updates_for(group.id, os_version.id))

    def _refusal(
        self,
        group: KeyGroup,
        os_version: OsVersion,
        edition: Edition | None,
        evaluation: bool,
    ) -> tuple[Text, tuple[object, ...]] | None:
        """Why this host may not hold ``group``'s key, or None when it may."""
        if os_version.read_only:
            # B5: Vista / Server 2008 (slsvc) lack the WMI methods host setup uses.
            return READ_ONLY_HOST_OS, (os_version.name,)
        if edition is not None and not edition.kms_host:
            return AZURE_EDITION, ()
        # Office host keys go into the same licensing service; whether an
        # evaluation edition refuses them too is unverified, so only Windows
        # host keys are refused here (Windows answers 0xC004F069 otherwise).
        if evaluation and not group.is_office:
            return EVALUATION_EDITION, ()
        if os_version.id not in group.host_os:
            return self._wrong_os(group, os_version)
        # Seed 001 table 2: a Server Group key must activate the host itself.
        in_reach = edition is None or edition.id in group.kms_targets
        if group.host_edition_in_reach and not in_reach:
            return EDITION_OUT_OF_REACH, (edition.name,)  # type: ignore[union-attr]
        return None

    def _wrong_os(self, group: KeyGroup, os_version: OsVersion) -> tuple[Text, tuple[object, ...]]:
        names = ", ".join(self.os_versions[v].name for v in group.host_os)
        legacy = [g for g in self.groups.values() if g.kind is GroupKind.LEGACY]
        if group.kind is GroupKind.LEGACY and legacy:
            client_group = min(legacy, key=lambda g: g.rank)
            if os_version.id in client_group.host_os:
                # Seed 001: a Windows 7 host takes only the Client VL key.
                return CLIENT_VL_ONLY, (os_version.name,)
        hosts_are_servers = all(self.os_versions[v].family is Family.SERVER for v in group.host_os)
        if os_version.family is Family.CLIENT and hosts_are_servers and not group.is_office:
            return SERVER_KEY_ON_CLIENT, (names,)
        return NOT_ON_THIS_OS, (names,)

    def read_only_os(
        self, version: str = "", edition_id: str | None = None
    ) -> tuple[OsVersion, ...]:
        """The Vista / Server 2008 release(s) a machine may run, else ``()`` (audit B5).

        Such a machine runs slsvc, not sppsvc: the wizard reads it but never
        changes it. The catalog edition tells the release; without it, the kernel
        of ``Win32_OperatingSystem.Version`` (``6.0.…``) gives both releases.
        """
        edition = self.editions.get(edition_id or "")
        if edition is not None:
            found = [self.os_versions[v] for v in edition.versions if v in self.os_versions]
        else:
            kernel, _build = _parse_version(version)
            found = [v for v in self.os_versions.values() if kernel and v.kernel == kernel]
        return tuple(found) if found and all(v.read_only for v in found) else ()

    # --- scanned machines ------------------------------------------------------

    def identify_os(
        self, version: str, edition_id: str | None, caption: str = ""
    ) -> tuple[OsVersion | None, Edition | None]:
        """Map what a scan reads to an OS version and a catalog edition.

        Args:
            version: ``Win32_OperatingSystem.Version`` (``"6.1.7601"``,
                ``"10.0.22631"``).
            edition_id: the registry EditionID (``"ServerStandard"``,
                ``"Professional"``), or None.
            caption: ``Win32_OperatingSystem.Caption``; used to tell client
                from server when the EditionID is missing, and to match an
                edition by its English name. It may be localised.

        Returns:
            ``(OsVersion, Edition)``; either is None when it cannot be told
            (an evaluation or Home edition has no catalog edition).
        """
        kernel, build = _parse_version(version)
        if kernel is None:
            return None, None
        family = _family_hint(edition_id, caption)
        candidates = [
            v
            for v in self.os_versions.values()
            if v.kernel == kernel
            and (family is None or v.family is family)
            and (build is None or v.has_build(build))
        ]
        if not candidates:
            return None, None
        matched = [(v, self._edition_on(v, edition_id, caption, build)) for v in candidates]
        with_edition = [pair for pair in matched if pair[1] is not None]
        pool = with_edition or matched
        if len({v.family for v, _ in pool}) > 1:
            return None, None  # "6.1.7601" alone: Windows 7 or Server 2008 R2?
        pool.sort(key=lambda pair: pair[0].semi_annual)
        if len(pool) > 1 and pool[0][0].semi_annual == pool[1][0].semi_annual:
            return None, None  # "10.0" without a build
        return pool[0]

    def _edition_on(
        self, os_version: OsVersion, edition_id: str | None, caption: str, build: int | None
    ) -> Edition | None:
        editions = [e for e in self.editions_for_version(os_version.id) if e.matches_build(build)]
        if edition_id:
            wanted = edition_id.strip().casefold()
            for edition in editions:
                if any(wanted == known.casefold() for known in edition.wmi_edition_ids):
                    return edition
            return None
        wanted_name = _plain_name(caption)
        if not wanted_name:
            return None
        for edition in editions:
            if wanted_name in _name_variants(edition.name, os_version):
                return edition
        return None

    # --- consistency -------------------------------------------------------------

    def problems(self) -> list[str]:
        """Consistency problems for ``selftest`` (empty when the catalog is sound)."""
        found: list[str] = []
        found.extend(self._key_problems())
        found.extend(self._legacy_problems())
        found.extend(self._host_problems())
        found.extend(self._office_problems())
        found.extend(self._identity_problems())
        return found

    def _key_problems(self) -> list[str]:
        found = []
        for edition in self.editions.values():
            if edition.gvlk is None:
                found.append(f"edition {edition.id}: no GVLK")
            for key in edition.all_gvlks:
                owner = self.identify_gvlk(key)
                if owner is None or owner.id != edition.id:
                    other = owner.id if owner else "nothing"
                    found.append(f"edition {edition.id}: key {key.masked} maps to {other}")
        return found

    def _legacy_problems(self) -> list[str]:
        found = []
        legacy = sorted(
            (g for g in self.groups.values() if g.kind is GroupKind.LEGACY), key=lambda g: g.rank
        )
        for edition in self.editions.values():
            if edition.legacy_group is None:
                continue
            own = self.groups.get(edition.legacy_group)
            if own is None:
                found.append(f"edition {edition.id}: unknown group {edition.legacy_group}")
                continue
            if edition.id not in own.members:
                found.append(f"edition {edition.id}: missing from {own.id} members")
            for group in legacy:
                should = group.rank >= own.rank
                if self.activates(group.id, edition.id) != should:
                    verb = "should" if should else "should not"
                    found.append(f"group {group.id} {verb} activate {edition.id} (KMS)")
                lateral = group.id == own.id
                if self.activates(group.id, edition.id, Channel.MAK) != lateral:
                    verb = "should" if lateral else "should not"
                    found.append(f"group {group.id} {verb} activate {edition.id} (MAK)")
        return found

    def _host_problems(self) -> list[str]:
        found = []
        for group in self.groups.values():
            for version in group.host_os:
                if version not in self.os_versions:
                    found.append(f"group {group.id}: unknown host OS {version}")
            if group.kind is GroupKind.OFFICE:
                continue
            host_families = {
                self.os_versions[v].family for v in group.host_os if v in self.os_versions
            }
            activated = {self.editions[e].family for e in group.activates if e in self.editions}
            # facts §0: a KMS host on a client OS activates clients only.
            if Family.CLIENT in host_families and Family.SERVER in activated:
                found.append(f"group {group.id}: a client host cannot activate servers")
        return found

    def _office_problems(self) -> list[str]:
        found = []
        for edition in self.editions.values():
            if edition.family is not Family.OFFICE:
                continue
            kms = [g.id for g in self.groups.values() if edition.id in g.kms_targets]
            if kms != list(edition.versions):
                found.append(
                    f"edition {edition.id}: activated by {kms}, expected {edition.versions}"
                )
        for group in self.office_groups():
            if group.office_app_id is None or group.office_pack is None:
                found.append(f"group {group.id}: Office host details missing")
        return found

    def _identity_problems(self) -> list[str]:
        """Two editions of one version must not share an EditionID at the same builds."""
        found = []
        for os_version in self.os_versions.values():
            seen: dict[str, list[Edition]] = {}
            for edition in self.editions_for_version(os_version.id):
                for wmi_id in edition.wmi_edition_ids:
                    for other in seen.get(wmi_id.casefold(), []):
                        if _builds_overlap(edition, other):
                            found.append(
                                f"{os_version.id}: EditionID {wmi_id} is both "
                                f"{other.id} and {edition.id}"
                            )
                    seen.setdefault(wmi_id.casefold(), []).append(edition)
        return found


def load_catalog(folder: Path | None = None) -> Catalog:
    """Load and validate the catalog.

    Args:
        folder: a folder of catalog JSON files; None for the installed
            ``resources/catalog`` (cached: loaded once per process).

    Raises:
        CatalogError: listing every problem in the data files.
    """
    if folder is None:
        return default_catalog()
    return Catalog.from_parts(load_parts(Path(folder)))


@cache
def default_catalog() -> Catalog:
    """The installed catalog, loaded once (it is immutable, so sharing is safe)."""
    from app.resources import resource

    return Catalog.from_parts(load_parts(resource("catalog")))


def _parse_version(version: str) -> tuple[str | None, int | None]:
    parts = (version or "").strip().split(".")
    if len(parts) < 2 or not _is_number(parts[0]) or not _is_number(parts[1]):
        return None, None
    kernel = f"{int(parts[0])}.{int(parts[1])}"
    build = int(parts[2]) if len(parts) > 2 and _is_number(parts[2]) else None
    return kernel, build


def _is_number(text: str) -> bool:
    """A version part a machine sent: ASCII digits, at most 10 (int() refuses "²", and
    raises on more than 4,300 digits)."""
    return 0 < len(text) <= 10 and text.isascii() and text.isdigit()


def _family_hint(edition_id: str | None, caption: str) -> Family | None:
    if edition_id and edition_id.strip():
        return (
            Family.SERVER if edition_id.strip().casefold().startswith("server") else Family.CLIENT
        )
    if caption and caption.strip():
        # "Server" is not translated in localised captions.
        return Family.SERVER if "server" in caption.casefold() else Family.CLIENT
    return None


def _plain_name(text: str) -> str:
    cleaned = (text or "").replace("®", " ").replace("™", " ").replace(",", " ")
    words = [w for w in cleaned.casefold().split() if w != "microsoft"]
    return " ".join(words)


def _name_variants(name: str, os_version: OsVersion) -> set[str]:
    """An edition's name as Windows would caption it on ``os_version``."""
    variants = {_plain_name(name)}
    if "10/11" in name:  # shared Windows 10/11 editions: "Windows 11 Pro"
        number = os_version.name.split()[-1]
        variants.add(_plain_name(name.replace("10/11", number)))
    return variants


def _builds_overlap(first: Edition, second: Edition) -> bool:
    if first.builds is None or second.builds is None:
        return True
    low = max(first.builds[0], second.builds[0])
    highs = [h for h in (first.builds[1], second.builds[1]) if h is not None]
    return not highs or low <= min(highs)
