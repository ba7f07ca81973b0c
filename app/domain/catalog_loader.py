"""Read and validate the catalog's JSON files (``resources/catalog/``).

Validation collects every problem before giving up, so one run of
``kms-wizard selftest`` names everything wrong with a damaged or hand-edited
catalog. Problems never quote a product key: they name the edition instead.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app.domain.catalog_model import (
    LICENSING_SERVICES,
    SPPSVC,
    CatalogError,
    Edition,
    Family,
    GroupKind,
    HostUpdate,
    KeyGroup,
    OfficeVersion,
    OsVersion,
    Thresholds,
)
from app.domain.catalog_names import GROUP_NAMES
from app.domain.keys import InvalidProductKey, ProductKey, parse_key
from app.domain.text import Text

OS_FILE = "os_versions.json"
WINDOWS_FILE = "windows_editions.json"
OFFICE_FILE = "office_editions.json"
GROUPS_FILE = "key_groups.json"
THRESHOLDS_FILE = "thresholds.json"
FILES = (OS_FILE, WINDOWS_FILE, OFFICE_FILE, GROUPS_FILE, THRESHOLDS_FILE)

# Keys of Windows 8 / Server 2012 (build 9200) and Office 2013 onwards carry
# exactly one N; older keys none (app.domain.keys).
_N_ENCODING_FROM_BUILD = 9200
_GUID = re.compile(r"^[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$")
_KB = re.compile(r"^KB\d{6,7}$")
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class CatalogParts:
    """Everything the JSON files define, validated, ready for :class:`Catalog`."""

    os_versions: Mapping[str, OsVersion]
    office_versions: Mapping[str, OfficeVersion]
    editions: Mapping[str, Edition]
    groups: Mapping[str, KeyGroup]
    host_updates: tuple[HostUpdate, ...]
    thresholds: Thresholds


def load_parts(folder: Path) -> CatalogParts:
    """Read and validate the catalog files in ``folder``.

    Raises:
        CatalogError: listing every problem found (missing file, bad JSON,
            unknown reference, malformed or duplicated key…).
    """
    reader = _Reader()
    raw = {name: reader.read_json(folder / name) for name in FILES}
    os_versions = reader.os_versions(raw[OS_FILE])
    office_versions, n_free_office = reader.office_versions(raw[OFFICE_FILE])
    editions = reader.editions(raw[WINDOWS_FILE], raw[OFFICE_FILE], os_versions, office_versions)
    reader.check_gvlks(editions, os_versions, n_free_office)
    updates = reader.host_updates(raw[GROUPS_FILE], os_versions)
    groups = reader.groups(raw[GROUPS_FILE], os_versions, office_versions, editions, updates)
    reader.check_legacy_membership(editions, groups)
    thresholds = reader.thresholds(raw[THRESHOLDS_FILE])
    if reader.problems:
        raise CatalogError(reader.problems)
    return CatalogParts(
        os_versions=MappingProxyType(os_versions),
        office_versions=MappingProxyType(office_versions),
        editions=MappingProxyType(editions),
        groups=MappingProxyType(groups),
        host_updates=updates,
        thresholds=thresholds,
    )


def select_host_updates(
    updates: Iterable[HostUpdate],
    host_os: str,
    activated_versions: Iterable[str],
    builds: Mapping[str, int],
    office: bool = False,
    group_id: str = "",
) -> tuple[HostUpdate, ...]:
    """The fewest, most specific updates a host needs for what its key activates.

    Updates are cumulative: "KB5003638 or later" (Server 2016 host → 2022 and
    2019 clients) makes "KB4478877" (→ 2019) redundant, so the newest client
    version is covered first and anything it also covers is dropped.

    Args:
        updates: every known host update.
        host_os: OsVersion id of the host.
        activated_versions: OsVersion ids the group's key activates.
        builds: OsVersion id → RTM build, to order versions newest first.
        office: True for an Office host key (its updates apply as listed).
        group_id: the key group; an update scoped to other groups is left out.
    """
    candidates = [
        u
        for u in updates
        if u.host_os == host_os
        and u.office == office
        and (not u.groups or group_id in u.groups)
    ]
    if office:
        return tuple(candidates)
    activated = set(activated_versions)
    needed = {v for u in candidates for v in u.activating if v in activated}
    chosen: list[HostUpdate] = []
    covered: set[str] = set()
    for version in sorted(needed, key=lambda v: (-builds.get(v, 0), v)):
        if version in covered:
            continue
        remaining = needed - covered
        best = min(
            (u for u in candidates if version in u.activating),
            key=lambda u: (-len(remaining.intersection(u.activating)), len(u.activating), u.kb),
        )
        chosen.append(best)
        covered.update(best.activating)
    return tuple(chosen)


class _Reader:
    """Field-by-field readers that record problems instead of raising."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def problem(self, where: str, text: str) -> None:
        self.problems.append(f"{where}: {text}")

    # --- files -----------------------------------------------------------

    def read_json(self, path: Path) -> dict[str, Any]:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            self.problem(path.name, "file is missing")
            return {}
        except (OSError, UnicodeDecodeError) as error:
            self.problem(path.name, f"cannot be read ({error.__class__.__name__})")
            return {}
        except json.JSONDecodeError as error:
            self.problem(path.name, f"invalid JSON at line {error.lineno}: {error.msg}")
            return {}
        except (ValueError, RecursionError) as error:
            # json raises a bare ValueError for a number of more than 4,300 digits, and
            # RecursionError for arrays nested thousands deep: a damaged file, not a crash.
            self.problem(path.name, f"invalid JSON ({error.__class__.__name__})")
            return {}
        if not isinstance(data, dict):
            self.problem(path.name, "must hold a JSON object")
            return {}
        return data

    def items(self, data: dict[str, Any], key: str, where: str) -> list[tuple[str, dict]]:
        """The objects of list ``key``, each with a label for problems."""
        value = data.get(key)
        if not isinstance(value, list):
            if data:  # an empty dict already has its "missing/invalid file" problem
                self.problem(where, f"'{key}' must be a list")
            return []
        out = []
        for index, item in enumerate(value):
            label = f"{where} {key}[{index}]"
            if not isinstance(item, dict):
                self.problem(label, "must be an object")
                continue
            ident = item.get("id")
            out.append((f"{where} {ident}" if isinstance(ident, str) else label, item))
        return out

    # --- typed fields ------------------------------------------------------

    def text(self, item: dict, key: str, where: str, required: bool = True) -> str | None:
        value = item.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str) or not value.strip():
            self.problem(where, f"'{key}' must be a non-empty string")
            return None
        return value

    def ident(self, item: dict, where: str, seen: set[str]) -> str | None:
        value = self.text(item, "id", where)
        if value is None:
            return None
        if not _ID.match(value):
            self.problem(where, "'id' must be lower-case words joined by dashes")
            return None
        if value in seen:
            self.problem(where, "duplicate id")
            return None
        seen.add(value)
        return value

    def strings(self, item: dict, key: str, where: str, required: bool = True) -> tuple[str, ...]:
        value = item.get(key)
        if value is None and not required:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            self.problem(where, f"'{key}' must be a list of strings")
            return ()
        if required and not value:
            self.problem(where, f"'{key}' must not be empty")
        return tuple(value)

    def integer(self, item: dict, key: str, where: str, required: bool = True) -> int | None:
        value = item.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            self.problem(where, f"'{key}' must be a non-negative integer")
            return None
        return value

    def flag(self, item: dict, key: str, where: str, default: bool) -> bool:
        value = item.get(key, default)
        if not isinstance(value, bool):
            self.problem(where, f"'{key}' must be true or false")
            return default
        return value

    def build_range(self, value: object, where: str) -> tuple[int, int | None] | None:
        ok = (
            isinstance(value, list)
            and len(value) == 2
            and isinstance(value[0], int)
            and (value[1] is None or (isinstance(value[1], int) and value[1] >= value[0]))
        )
        if not ok:
            self.problem(
                where, "a build range must be [low, high] with high >= low, or [low, null]"
            )
            return None
        return (value[0], value[1])

    def family(self, item: dict, where: str, allowed: Iterable[Family]) -> Family | None:
        value = item.get("family")
        allowed = tuple(allowed)
        # A list or object here is unhashable: check the type before the set lookup.
        if not isinstance(value, str) or value not in {f.value for f in allowed}:
            names = ", ".join(f.value for f in allowed)
            self.problem(where, f"'family' must be one of {names}")
            return None
        return Family(value)

    def key(self, value: object, where: str) -> ProductKey | None:
        if not isinstance(value, str):
            self.problem(where, "a key must be a string")
            return None
        try:
            key = parse_key(value)
        except InvalidProductKey as error:
            # The problem names the edition, never the key.
            self.problem(where, f"malformed key: {error.message.english()}")
            return None
        if key.value != value:
            self.problem(where, f"key {key.masked} must be written in canonical form")
        return key

    # --- sections ----------------------------------------------------------

    def os_versions(self, data: dict) -> dict[str, OsVersion]:
        out: dict[str, OsVersion] = {}
        seen: set[str] = set()
        for where, item in self.items(data, "os_versions", OS_FILE):
            ident = self.ident(item, where, seen)
            name = self.text(item, "name", where)
            family = self.family(item, where, (Family.CLIENT, Family.SERVER))
            build = self.integer(item, "build", where)
            kernel = self.text(item, "kernel", where)
            if kernel is not None and not re.match(r"^\d+\.\d+$", kernel):
                self.problem(where, "'kernel' must look like '6.1' or '10.0'")
            ranges = item.get("builds")
            builds: list[tuple[int, int | None]] = []
            if not isinstance(ranges, list) or not ranges:
                self.problem(where, "'builds' must be a non-empty list of [low, high] ranges")
            else:
                for value in ranges:
                    parsed = self.build_range(value, where)
                    if parsed:
                        builds.append(parsed)
            semi_annual = self.flag(item, "semi_annual", where, False)
            service = item.get("licensing_service", SPPSVC)
            if not isinstance(service, str) or service not in LICENSING_SERVICES:
                self.problem(where, "'licensing_service' must be sppsvc or slsvc")
                service = SPPSVC
            if None in (ident, name, family, build, kernel):
                continue
            os_version = OsVersion(
                ident,
                name,
                family,
                build,
                kernel,
                tuple(builds),
                semi_annual,  # type: ignore[arg-type]
                service,
            )
            if builds and not os_version.has_build(build):  # type: ignore[arg-type]
                self.problem(where, "the RTM 'build' is outside its 'builds' ranges")
            out[ident] = os_version  # type: ignore[index]
        return out

    def office_versions(self, data: dict) -> tuple[dict[str, OfficeVersion], set[str]]:
        out: dict[str, OfficeVersion] = {}
        n_free: set[str] = set()
        seen: set[str] = set()
        for where, item in self.items(data, "office_versions", OFFICE_FILE):
            ident = self.ident(item, where, seen)
            name = self.text(item, "name", where)
            app_id = self.text(item, "app_id", where)
            if app_id is not None and not _GUID.match(app_id):
                self.problem(where, "'app_id' must be a GUID")
                app_id = None
            # Office 2010 keys predate the N encoding (like Windows 7's).
            if ident and not self.flag(item, "n_encoded_keys", where, True):
                n_free.add(ident)
            if ident and name and app_id:
                out[ident] = OfficeVersion(ident, name, app_id.lower())
        return out, n_free

    def editions(
        self,
        windows: dict,
        office: dict,
        os_versions: Mapping[str, OsVersion],
        office_versions: Mapping[str, OfficeVersion],
    ) -> dict[str, Edition]:
        out: dict[str, Edition] = {}
        seen: set[str] = set()
        for where, item in self.items(windows, "editions", WINDOWS_FILE):
            family = self.family(item, where, (Family.CLIENT, Family.SERVER))
            versions = self.strings(item, "versions", where)
            for version in versions:
                known = os_versions.get(version)
                if known is None:
                    self.problem(where, f"unknown OS version '{version}'")
                elif family and known.family is not family:
                    self.problem(where, f"a {family.value} edition cannot run on '{version}'")
            edition = self._edition(item, where, seen, family, versions)
            if edition:
                out[edition.id] = edition
        for where, item in self.items(office, "editions", OFFICE_FILE):
            version = self.text(item, "version", where)
            if version is not None and version not in office_versions:
                self.problem(where, f"unknown Office version '{version}'")
            versions = (version,) if version else ()
            edition = self._edition(item, where, seen, Family.OFFICE, versions)
            if edition:
                out[edition.id] = edition
        return out

    def _edition(
        self,
        item: dict,
        where: str,
        seen: set[str],
        family: Family | None,
        versions: tuple[str, ...],
    ) -> Edition | None:
        ident = self.ident(item, where, seen)
        name = self.text(item, "name", where)
        gvlk = self.key(item.get("gvlk"), where) if "gvlk" in item else None
        alternates_raw = item.get("alternate_gvlks", [])
        alternates: list[ProductKey] = []
        if not isinstance(alternates_raw, list):
            self.problem(where, "'alternate_gvlks' must be a list")
        else:
            for raw in alternates_raw:
                key = self.key(raw, where)
                if key:
                    alternates.append(key)
        if family is Family.OFFICE:
            edition_ids: tuple[str, ...] = ()
        else:
            edition_ids = self.strings(item, "edition_ids", where)
        legacy_group = self.text(item, "legacy_group", where, required=False)
        builds = None
        if item.get("builds") is not None:
            builds = self.build_range(item["builds"], where)
        kms_host = self.flag(item, "kms_host", where, True)
        verified = self.flag(item, "verified", where, True)
        note = item.get("note", "")
        if not isinstance(note, str):
            self.problem(where, "'note' must be a string")
            note = ""
        if ident is None or name is None or family is None or not versions:
            return None
        return Edition(
            id=ident,
            name=name,
            family=family,
            versions=versions,
            gvlk=gvlk,
            legacy_group=legacy_group,
            wmi_edition_ids=edition_ids,
            alternate_gvlks=tuple(alternates),
            builds=builds,
            kms_host=kms_host,
            verified=verified,
            note=note,
        )

    def check_gvlks(
        self,
        editions: Mapping[str, Edition],
        os_versions: Mapping[str, OsVersion],
        n_free_office: set[str],
    ) -> None:
        """Every key maps back to exactly one edition and has the right format."""
        owner: dict[str, str] = {}
        for edition in editions.values():
            if edition.gvlk is None:
                self.problem(f"edition {edition.id}", "has no GVLK")
            for key in edition.all_gvlks:
                previous = owner.setdefault(key.value, edition.id)
                if previous != edition.id:
                    self.problem(
                        f"edition {edition.id}",
                        f"GVLK {key.masked} is also the key of {previous}",
                    )
                elif edition.all_gvlks.count(key) > 1:
                    self.problem(f"edition {edition.id}", f"GVLK {key.masked} listed twice")
                self._check_n_encoding(edition, key, os_versions, n_free_office)

    def _check_n_encoding(
        self,
        edition: Edition,
        key: ProductKey,
        os_versions: Mapping[str, OsVersion],
        n_free_office: set[str],
    ) -> None:
        def pre_n(version: str) -> bool:
            if version in n_free_office:
                return True
            os_version = os_versions.get(version)
            return os_version is not None and os_version.build < _N_ENCODING_FROM_BUILD

        old = all(pre_n(v) for v in edition.versions)
        if old and key.has_n_encoding:
            self.problem(f"edition {edition.id}", f"GVLK {key.masked} has an N but predates them")
        if not old and not key.has_n_encoding:
            self.problem(f"edition {edition.id}", f"GVLK {key.masked} lacks the N of newer keys")

    def host_updates(
        self, data: dict, os_versions: Mapping[str, OsVersion]
    ) -> tuple[HostUpdate, ...]:
        out: list[HostUpdate] = []
        value = data.get("host_updates")
        if not isinstance(value, list):
            if data:
                self.problem(GROUPS_FILE, "'host_updates' must be a list")
            return ()
        for index, item in enumerate(value):
            where = f"{GROUPS_FILE} host_updates[{index}]"
            if not isinstance(item, dict):
                self.problem(where, "must be an object")
                continue
            hosts = self.strings(item, "host_os", where)
            activating = self.strings(item, "activating", where)
            for version in (*hosts, *activating):
                if version not in os_versions:
                    self.problem(where, f"unknown OS version '{version}'")
            kb = self.text(item, "kb", where)
            if kb is not None and not _KB.match(kb):
                self.problem(where, "'kb' must look like KB5003646")
                kb = None
            or_later = self.flag(item, "or_later", where, True)
            office = self.flag(item, "office", where, False)
            groups = self.strings(item, "groups", where, required=False)
            raw_groups = data.get("groups")
            known_groups = {
                g["id"] for g in raw_groups if isinstance(g, dict) and isinstance(g.get("id"), str)
            } if isinstance(raw_groups, list) else set()
            for group in groups:
                if group not in known_groups:
                    self.problem(where, f"unknown key group '{group}'")
            if kb:
                out.extend(
                    HostUpdate(h, activating, kb, or_later, office, groups) for h in hosts
                )
        return tuple(out)

    def groups(
        self,
        data: dict,
        os_versions: Mapping[str, OsVersion],
        office_versions: Mapping[str, OfficeVersion],
        editions: Mapping[str, Edition],
        updates: tuple[HostUpdate, ...],
    ) -> dict[str, KeyGroup]:
        sets = self._edition_sets(data, editions)
        builds = {v.id: v.build for v in os_versions.values()}
        raw: list[tuple[str, dict, str, GroupKind, int, tuple[str, ...]]] = []
        seen: set[str] = set()
        for where, item in self.items(data, "groups", GROUPS_FILE):
            ident = self.ident(item, where, seen)
            kind_value = item.get("kind")
            if not isinstance(kind_value, str) or kind_value not in {k.value for k in GroupKind}:
                self.problem(where, "'kind' must be legacy, modern or office")
                continue
            rank = self.integer(item, "rank", where)
            host_os = self.strings(item, "host_os", where)
            for version in host_os:
                if version not in os_versions:
                    self.problem(where, f"unknown host OS '{version}'")
            if ident is None or rank is None:
                continue
            if ident not in GROUP_NAMES:
                self.problem(where, "has no display name in catalog_names.GROUP_NAMES")
            raw.append((where, item, ident, GroupKind(kind_value), rank, host_os))

        legacy_ranks = {
            ident: rank for _, _, ident, kind, rank, _ in raw if kind is GroupKind.LEGACY
        }
        if len(set(legacy_ranks.values())) != len(legacy_ranks):
            self.problem(GROUPS_FILE, "legacy groups must have distinct ranks")

        out: dict[str, KeyGroup] = {}
        for where, item, ident, kind, rank, host_os in raw:
            office_fields: dict[str, Any] = {}
            if kind is GroupKind.LEGACY:
                kms, mak = self._legacy_targets(ident, rank, legacy_ranks, editions)
            elif kind is GroupKind.OFFICE:
                if ident not in office_versions:
                    self.problem(where, "an Office group's id must be an Office version id")
                    continue
                kms = mak = {e.id: e.versions for e in editions.values() if ident in e.versions}
                office_fields = self._office_fields(item, where, office_versions[ident])
            else:
                kms = self._rule_targets(
                    item.get("kms"), f"{where} kms", os_versions, editions, sets
                )
                # A host key sold without MAKs of its own ("Windows Srv 2012R2 DataCtr/Std
                # KMS for Windows 10") leaves out "mak".
                mak = (
                    self._rule_targets(
                        item.get("mak"), f"{where} mak", os_versions, editions, sets
                    )
                    if "mak" in item
                    else {}
                )
            if not kms:
                self.problem(where, "activates no edition")
            activated_versions = {v for versions in kms.values() for v in versions}
            required = tuple(
                dict.fromkeys(
                    u
                    for host in host_os
                    for u in select_host_updates(
                        updates,
                        host,
                        activated_versions,
                        builds,
                        kind is GroupKind.OFFICE,
                        ident,
                    )
                )
            )
            source = item.get("source", "")
            out[ident] = KeyGroup(
                id=ident,
                name=GROUP_NAMES.get(ident, Text("KeyGroup", ident)),
                kind=kind,
                rank=rank,
                host_os=host_os,
                activates=tuple(kms),
                required_updates=required,
                office_activation_id=office_fields.get("activation_id"),
                office_pack=office_fields.get("pack"),
                members=tuple(mak),
                kms_targets=MappingProxyType(dict(kms)),
                mak_targets=MappingProxyType(dict(mak)),
                host_edition_in_reach=self.flag(item, "host_edition_in_reach", where, False),
                office_pack_download_id=office_fields.get("download_id"),
                office_app_id=office_fields.get("app_id"),
                source=source if isinstance(source, str) else "",
            )
        return out

    def _edition_sets(
        self, data: dict, editions: Mapping[str, Edition]
    ) -> dict[str, tuple[str, ...]]:
        value = data.get("edition_sets", {})
        if not isinstance(value, dict):
            self.problem(GROUPS_FILE, "'edition_sets' must be an object")
            return {}
        out: dict[str, tuple[str, ...]] = {}
        for name, members in value.items():
            where = f"{GROUPS_FILE} edition_sets.{name}"
            ids = self.strings({"members": members}, "members", where)
            for edition_id in ids:
                if edition_id not in editions:
                    self.problem(where, f"unknown edition '{edition_id}'")
            out[name] = tuple(e for e in ids if e in editions)
        return out

    def _legacy_targets(
        self,
        ident: str,
        rank: int,
        legacy_ranks: Mapping[str, int],
        editions: Mapping[str, Edition],
    ) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
        # KMS keys are hierarchical (own group and every lower one); MAKs are
        # lateral (own group only): facts 5.5, seed 000, seed 001 table 1.
        kms: dict[str, tuple[str, ...]] = {}
        mak: dict[str, tuple[str, ...]] = {}
        for edition in editions.values():
            member_rank = legacy_ranks.get(edition.legacy_group or "")
            if member_rank is None:
                continue
            if member_rank <= rank:
                kms[edition.id] = edition.versions
            if edition.legacy_group == ident:
                mak[edition.id] = edition.versions
        return kms, mak

    def _rule_targets(
        self,
        rules: object,
        where: str,
        os_versions: Mapping[str, OsVersion],
        editions: Mapping[str, Edition],
        sets: Mapping[str, tuple[str, ...]],
    ) -> dict[str, tuple[str, ...]]:
        """Expand ``[{versions, family | editions | set}]`` into edition → versions."""
        if not isinstance(rules, list) or not rules:
            self.problem(where, "must be a non-empty list of rules")
            return {}
        order = {v: i for i, v in enumerate(os_versions)}
        picked: dict[str, set[str]] = {}
        for index, rule in enumerate(rules):
            label = f"{where}[{index}]"
            if not isinstance(rule, dict):
                self.problem(label, "must be an object")
                continue
            versions = self.strings(rule, "versions", label)
            for version in versions:
                if version not in os_versions:
                    self.problem(label, f"unknown OS version '{version}'")
            selectors = [k for k in ("family", "editions", "set") if k in rule]
            if len(selectors) != 1:
                self.problem(label, "needs exactly one of 'family', 'editions', 'set'")
                continue
            if "family" in rule:
                family = self.family(rule, label, (Family.CLIENT, Family.SERVER))
                chosen = [e.id for e in editions.values() if e.family is family]
            elif "set" in rule:
                if not isinstance(rule["set"], str) or rule["set"] not in sets:
                    self.problem(label, f"unknown edition set '{rule['set']}'")
                    continue
                chosen = list(sets[rule["set"]])
            else:
                chosen = list(self.strings(rule, "editions", label))
            hits = 0
            for edition_id in chosen:
                edition = editions.get(edition_id)
                if edition is None:
                    self.problem(label, f"unknown edition '{edition_id}'")
                    continue
                on = [v for v in versions if v in edition.versions]
                if not on and "family" not in rule:
                    self.problem(label, f"edition '{edition_id}' runs on none of {list(versions)}")
                if on:
                    hits += 1
                    picked.setdefault(edition_id, set()).update(on)
            if hits == 0:
                self.problem(label, "selects no edition")
        return {
            edition_id: tuple(sorted(found, key=lambda v: order.get(v, 0)))
            for edition_id, found in picked.items()
        }

    def _office_fields(self, item: dict, where: str, version: OfficeVersion) -> dict[str, Any]:
        office = item.get("office")
        if not isinstance(office, dict):
            self.problem(where, "an Office group needs an 'office' object")
            return {}
        activation_id = self.text(office, "activation_id", where, required=False)
        if activation_id is not None and not _GUID.match(activation_id):
            self.problem(where, "'activation_id' must be a GUID")
            activation_id = None
        return {
            "activation_id": activation_id.upper() if activation_id else None,
            "pack": self.text(office, "pack", where),
            "download_id": self.integer(office, "download_id", where),
            "app_id": version.app_id,
        }

    def check_legacy_membership(
        self, editions: Mapping[str, Edition], groups: Mapping[str, KeyGroup]
    ) -> None:
        for edition in editions.values():
            if edition.legacy_group is None:
                continue
            group = groups.get(edition.legacy_group)
            if group is None or group.kind is not GroupKind.LEGACY:
                self.problem(
                    f"edition {edition.id}", f"unknown legacy group '{edition.legacy_group}'"
                )

    def thresholds(self, data: dict) -> Thresholds:
        value = data.get("thresholds")
        if not isinstance(value, dict):
            if data:
                self.problem(THRESHOLDS_FILE, "'thresholds' must be an object")
            return Thresholds()
        known = {f.name for f in fields(Thresholds)}
        values: dict[str, int] = {}
        for key, number in value.items():
            where = f"{THRESHOLDS_FILE} {key}"
            if key not in known:
                self.problem(where, "unknown threshold")
            elif not isinstance(number, int) or isinstance(number, bool) or number <= 0:
                self.problem(where, "must be a positive integer")
            else:
                values[key] = number
        for key in sorted(known - set(value)):
            self.problem(f"{THRESHOLDS_FILE} {key}", "is missing")
        thresholds = Thresholds(**values)
        if thresholds.interval_min > thresholds.interval_max:
            self.problem(THRESHOLDS_FILE, "interval_min is above interval_max")
        return thresholds
