"""Which key group do I need? The recommendation from the clients the admin names.

A KMS host key activates a fixed list of products, and a host OS may hold only
some keys (catalog: ``KeyGroup.kms_targets`` and ``KeyGroup.host_os``). Given
the Windows and Office versions of the clients, the advice is:

- Windows: the *lowest* group (catalog order: Client VL, Server Groups A–C,
  then Windows 8 … Server 2025) that this host may hold and whose key activates
  every chosen Windows version. The lowest, because a newer key may need a newer
  host or updates for nothing the clients use.
- When none does, say so plainly and name the lowest group that would, with
  where it may be installed (a newer host): no key is ever bent to fit.
- Office: one host key per Office version; each either fits this host or has
  its reason (the catalog's ``HostEligibility`` reason, e.g. "installable only
  on …").

Pure and Qt-free: the page renders the messages, the tests check the choice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.domain.catalog import Catalog, HostEligibility, KeyGroup
from app.domain.catalog_names import CLIENT_VL_ONLY, NOT_ON_THIS_OS, SERVER_KEY_ON_CLIENT
from app.domain.scan_results import HostResult
from app.domain.text import QT_TRANSLATE_NOOP, Message, msg

# The versions the page offers, oldest first (Vista / Server 2008 are KMS clients
# of the legacy keys only and no longer in use: left out to keep the choice short).
CLIENT_VERSIONS = ("win7", "win81", "win10", "win11")
SERVER_VERSIONS = ("ws2008r2", "ws2012", "ws2012r2", "ws2016", "ws2019", "ws2022", "ws2025")
OFFICE_VERSIONS = (
    "office2010",
    "office2013",
    "office2016",
    "office2019",
    "office2021",
    "office2024",
)

# %1 key group name, %2 what it activates ("Windows 10, Windows 11, Windows Server
# 2012 R2–2022"), %3 the host's OS ("Windows Server 2022").
RECOMMEND = QT_TRANSLATE_NOOP(
    "KeyGroupAdvice",
    "%1 host key: it activates %2; it can be installed on this host (%3).",
)
# %4 the updates the host needs first ("KB3079821").
RECOMMEND_WITH_UPDATES = QT_TRANSLATE_NOOP(
    "KeyGroupAdvice",
    "%1 host key: it activates %2; it can be installed on this host (%3) once it has %4 "
    "or a later update.",
)
# %1 the host's OS, %2 the versions it cannot reach, %3 the group that would, %4 where it goes.
NO_SINGLE_GROUP = QT_TRANSLATE_NOOP(
    "KeyGroupAdvice",
    "No host key that this host (%1) can hold activates %2. The %3 host key does, but it can "
    "be installed only on %4: set up the KMS host on one of those (a newer host).",
)
# Followed by the catalog's reason (``KeyGroupAdvice.detail``).
NO_SINGLE_GROUP_REASON = QT_TRANSLATE_NOOP(
    "KeyGroupAdvice",
    "No host key that this host (%1) can hold activates %2. The %3 host key does, but this "
    "host cannot hold it:",
)
NO_GROUP_AT_ALL = QT_TRANSLATE_NOOP(
    "KeyGroupAdvice",
    "No single host key activates %1 together: use two KMS hosts, one for the oldest "
    "versions and one for the newest.",
)
NO_WINDOWS_NEEDED = QT_TRANSLATE_NOOP(
    "KeyGroupAdvice",
    "No Windows client or server was chosen: keep the host's Windows key and add only the "
    "Office host keys.",
)
# %1 Office version name ("Office 2016").
OFFICE_FITS = QT_TRANSLATE_NOOP("KeyGroupAdvice", "%1: its own host key, which this host can hold.")
# %1 Office version name; followed by the catalog's reason (``OfficeAdvice.detail``).
OFFICE_REFUSED = QT_TRANSLATE_NOOP("KeyGroupAdvice", "%1: not on this host.")


@dataclass(frozen=True)
class ClientMix:
    """The clients the KMS host must activate: OsVersion ids and Office group ids."""

    windows: tuple[str, ...] = ()
    office: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.windows or self.office)


@dataclass(frozen=True)
class OfficeAdvice:
    """One chosen Office version: whether this host can hold its key, and the sentence."""

    group: str
    allowed: bool
    message: Message
    detail: Message | None = None  # why not, in the catalog's words


@dataclass(frozen=True)
class KeyGroupAdvice:
    """The recommendation.

    Attributes:
        group: the Windows key group to install (None: none needed, or none fits).
        possible: every chosen client can be activated by this host.
        message: the one sentence that explains the Windows choice.
        office: per chosen Office version, whether its key fits here.
        needed_group: when no group fits, the lowest one that would (on another host).
        updates: KB numbers the host needs before ``group``'s key does its job.
    """

    group: str | None
    possible: bool
    message: Message
    office: tuple[OfficeAdvice, ...] = ()
    needed_group: str | None = None
    updates: tuple[str, ...] = ()
    detail: Message | None = None  # the catalog's reason, shown after ``message``

    @property
    def office_to_use(self) -> tuple[str, ...]:
        return tuple(o.group for o in self.office if o.allowed)


def activates_version(group: KeyGroup, os_version: str) -> bool:
    """True when the group's KMS key activates at least one edition on ``os_version``."""
    return any(os_version in versions for versions in group.kms_targets.values())


def reach_summary(catalog: Catalog, group: KeyGroup) -> str:
    """What a key activates among the offered versions: "Windows 10, Windows 11, Windows
    Server 2012 R2–2022" (product names, not translated)."""
    clients = [catalog.os_version(v).name for v in CLIENT_VERSIONS if activates_version(group, v)]
    servers = [v for v in SERVER_VERSIONS if activates_version(group, v)]
    parts = list(clients)
    if servers:
        parts.append(_server_range(catalog, servers))
    return ", ".join(parts)


def _server_range(catalog: Catalog, servers: list[str]) -> str:
    names = [catalog.os_version(v).name for v in servers]
    first, last = SERVER_VERSIONS.index(servers[0]), SERVER_VERSIONS.index(servers[-1])
    if len(servers) == 1 or last - first + 1 != len(servers):
        return ", ".join(names)
    prefix = "Windows Server "
    if names[-1].startswith(prefix):
        return f"{names[0]}–{names[-1][len(prefix) :]}"
    return f"{names[0]}–{names[-1]}"


def recommend_key_group(
    catalog: Catalog,
    host_os: str,
    eligibility: Sequence[HostEligibility],
    mix: ClientMix,
) -> KeyGroupAdvice:
    """The key group for ``mix`` on a host running ``host_os`` (an OsVersion id).

    Args:
        catalog: the product catalog.
        host_os: the host's OsVersion id (``ws2022``).
        eligibility: ``catalog.groups_for_host(...)`` for this host (its edition and
            evaluation state already weighed).
        mix: the clients to activate.
    """
    host_name = catalog.os_version(host_os).name if host_os in catalog.os_versions else host_os
    by_group = {e.group.id: e for e in eligibility}
    office = tuple(_office_advice(catalog, by_group, g) for g in mix.office)
    windows = [v for v in mix.windows if v in catalog.os_versions]
    if not windows:
        return KeyGroupAdvice(None, all(o.allowed for o in office), msg(NO_WINDOWS_NEEDED), office)
    groups = [e for e in eligibility if not e.group.is_office]
    for item in groups:
        if item.allowed and all(activates_version(item.group, v) for v in windows):
            kbs = tuple(dict.fromkeys(u.kb for u in item.required_updates))
            reach = reach_summary(catalog, item.group)
            if kbs:
                message = msg(
                    RECOMMEND_WITH_UPDATES, item.group.name, reach, host_name, ", ".join(kbs)
                )
            else:
                message = msg(RECOMMEND, item.group.name, reach, host_name)
            possible = all(o.allowed for o in office)
            return KeyGroupAdvice(item.group.id, possible, message, office, updates=kbs)
    return _no_single_group(catalog, host_name, groups, windows, office)


def _no_single_group(
    catalog: Catalog,
    host_name: str,
    groups: list[HostEligibility],
    windows: list[str],
    office: tuple[OfficeAdvice, ...],
) -> KeyGroupAdvice:
    allowed = [e.group for e in groups if e.allowed]
    missing = [v for v in windows if not any(activates_version(g, v) for g in allowed)]
    shown = ", ".join(catalog.os_version(v).name for v in (missing or windows))
    needed = next((e for e in groups if all(activates_version(e.group, v) for v in windows)), None)
    if needed is None:
        every = ", ".join(catalog.os_version(v).name for v in windows)
        return KeyGroupAdvice(None, False, msg(NO_GROUP_AT_ALL, every), office)
    hosts = ", ".join(catalog.os_version(v).name for v in needed.group.host_os)
    if needed.message is not None and not _wrong_os(needed):
        # The host's OS would do but something else refuses it (evaluation, edition).
        message = msg(NO_SINGLE_GROUP_REASON, host_name, shown, needed.group.name)
        return KeyGroupAdvice(
            None, False, message, office, needed_group=needed.group.id, detail=needed.message
        )
    message = msg(NO_SINGLE_GROUP, host_name, shown, needed.group.name, hosts)
    return KeyGroupAdvice(None, False, message, office, needed_group=needed.group.id)


def _wrong_os(item: HostEligibility) -> bool:
    """The refusal is about the host's OS version (not its edition or evaluation state)."""
    return item.reason in (NOT_ON_THIS_OS, SERVER_KEY_ON_CLIENT, CLIENT_VL_ONLY)


def _office_advice(
    catalog: Catalog, by_group: dict[str, HostEligibility], group_id: str
) -> OfficeAdvice:
    name = (
        catalog.office_versions[group_id].name if group_id in catalog.office_versions else group_id
    )
    item = by_group.get(group_id)
    if item is not None and item.allowed:
        return OfficeAdvice(group_id, True, msg(OFFICE_FITS, name))
    detail = item.message if item is not None else None
    return OfficeAdvice(group_id, False, msg(OFFICE_REFUSED, name), detail)


def mix_from_scan(catalog: Catalog, results: Iterable[HostResult]) -> ClientMix:
    """The Windows and Office versions a scan found (unreachable hosts say nothing)."""
    windows: dict[str, None] = {}
    office: dict[str, None] = {}
    for result in results:
        if not result.reachable:
            continue
        version = None
        if result.os.version:
            found = catalog.identify_os(
                result.os.version, result.os.edition_id or None, result.os.caption
            )[0]
            version = found.id if found is not None else None
        if version is None and result.edition_id in catalog.editions:
            versions = catalog.edition(result.edition_id).versions
            version = versions[0] if len(versions) == 1 else None
        if version in CLIENT_VERSIONS or version in SERVER_VERSIONS:
            windows[version] = None
        for product in result.products:
            if product.is_office and product.edition_id in catalog.editions:
                for group in catalog.edition(product.edition_id).versions:
                    if group in OFFICE_VERSIONS:
                        office[group] = None
    order = CLIENT_VERSIONS + SERVER_VERSIONS
    return ClientMix(
        tuple(sorted(windows, key=order.index)), tuple(sorted(office, key=OFFICE_VERSIONS.index))
    )
