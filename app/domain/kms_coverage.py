"""Which products a KMS host can activate, judged before a MAK→KMS run changes anything.

A client that gets its GVLK but asks a host whose key does not cover it ends in
its grace period (0xC004F042), and a host without any host key answers nothing
(0xC004F074): the MAK it had is gone, and going back spends another activation.
So before the plan is shown, each product to convert is marked from what the
KMS host's own key (read from the host) activates, per the catalog:

- *will activate*: every KMS host the client may ask covers it;
- *cannot activate*: no such host covers it (left out unless the admin includes it);
- *cannot check*: the host could not be read, its key group could not be told, or
  DNS names several hosts that disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.domain.catalog import Catalog
from app.domain.catalog_model import GroupKind, KeyGroup
from app.domain.licensing import LicenseChannel, ProductState
from app.domain.text import QT_TRANSLATE_NOOP, Message, Text, TextEnum, msg


class Mark(StrEnum):
    WILL_ACTIVATE = "will-activate"
    CANNOT_ACTIVATE = "cannot-activate"
    CANNOT_CHECK = "cannot-check"


class CoverageText(TextEnum):
    WILL_ACTIVATE = QT_TRANSLATE_NOOP(
        "KmsCoverage", "Will activate: the host key of %1 (%2) covers it."
    )
    NOT_COVERED = QT_TRANSLATE_NOOP(
        "KmsCoverage",
        "Cannot activate: the host key of %1 (%2) does not cover %3; it would end in its "
        "grace period (0xC004F042). Install the host key of %4 on the host first.",
    )
    NOT_COVERED_NO_GROUP = QT_TRANSLATE_NOOP(
        "KmsCoverage",
        "Cannot activate: the host key of %1 (%2) does not cover %3, and no host key group "
        "of the catalog does; it would end in its grace period (0xC004F042).",
    )
    NOT_COVERED_ON_THIS_HOST = QT_TRANSLATE_NOOP(
        "KmsCoverage",
        "Cannot activate: the host key of %1 (%2) does not cover %3, and no host key that "
        "%4 may hold does; it would end in its grace period (0xC004F042). A KMS host on a "
        "newer Windows Server is needed for it.",
    )
    NOT_A_KMS_HOST = QT_TRANSLATE_NOOP(
        "KmsCoverage",
        "Cannot activate: %1 holds no KMS host key (CSVLK), so it is not a KMS host and "
        "would answer nothing (0xC004F074). Set it up as a KMS host first.",
    )
    UNREACHABLE = QT_TRANSLATE_NOOP(
        "KmsCoverage", "Cannot check: the KMS host %1 could not be read (%2)."
    )
    UNKNOWN_GROUP = QT_TRANSLATE_NOOP(
        "KmsCoverage",
        "Cannot check: the host key on %1 (“%2”) does not match a key group of the catalog.",
    )
    NO_HOST_NAMED = QT_TRANSLATE_NOOP(
        "KmsCoverage",
        "Cannot check: the client finds its KMS host through DNS and no host is known; name "
        "the KMS host to have it checked.",
    )
    HOSTS_DISAGREE = QT_TRANSLATE_NOOP(
        "KmsCoverage",
        "Cannot check: DNS names several KMS hosts (%1) and only some of them can activate "
        "%2; the client may ask any of them.",
    )
    UNKNOWN_EDITION = QT_TRANSLATE_NOOP(
        "KmsCoverage", "Cannot check: the edition of this product could not be identified."
    )


# Lab and Windows 7-era channel suffixes of a CSVLK's Description ("…, VOLUME_KMS_R2_B channel").
_LEGACY_SUFFIXES = {"W7": "client-vl", "R2_A": "server-a", "R2_B": "server-b", "R2_C": "server-c"}


def key_group_of(product: ProductState, catalog: Catalog) -> str | None:
    """The catalog key group of a KMS host key product, None when it cannot be told.

    Office host products are told by their Activation ID (the catalog's
    ``office_activation_id``); Windows ones by the channel named in their
    Description (``VOLUME_KMS_R2_B`` → Server Group B).
    """
    for group in catalog.groups.values():
        if group.office_activation_id and (
            group.office_activation_id.lower() == product.activation_id.lower()
        ):
            return group.id
    text = product.description.upper()
    marker = "VOLUME_KMS_"
    if marker not in text or "VOLUME_KMSCLIENT" in text:
        return None
    suffix = text.split(marker, 1)[1].split(" ", 1)[0].strip(",")
    if suffix in _LEGACY_SUFFIXES:
        return _LEGACY_SUFFIXES[suffix]
    candidate = suffix.lower().replace("_", "-")
    return candidate if candidate in catalog.groups else None


@dataclass(frozen=True)
class HostKeys:
    """What one KMS host can activate, as read from it.

    Attributes:
        host: the host's name.
        groups: catalog key groups of its host keys (Windows and Office).
        group_names: their display names, in English source form (for the messages).
        problem: why it cannot activate or cannot be judged (None: ``groups`` is known).
        blocking: the problem means "cannot activate" (not a KMS host) rather than "cannot check".
        edition: the host's own Windows edition (catalog id), when it was identified: the
            key to suggest must be one this host may hold.
    """

    host: str
    groups: tuple[str, ...] = ()
    problem: Message | None = None
    blocking: bool = False
    edition: str | None = None


def host_keys(
    host: str,
    products: Iterable[ProductState],
    catalog: Catalog,
    *,
    edition: str | None = None,
) -> HostKeys:
    """A reachable host's keys from its ``status`` products (``edition``: its Windows edition)."""
    host_products = [
        p for p in products if p.is_kms_host_key or p.channel is LicenseChannel.KMS_HOST
    ]
    if not host_products:
        return HostKeys(host, problem=msg(CoverageText.NOT_A_KMS_HOST.text, host), blocking=True)
    groups = []
    for product in host_products:
        group = key_group_of(product, catalog)
        if group is None:
            shown = product.description or product.name
            return HostKeys(host, problem=msg(CoverageText.UNKNOWN_GROUP.text, host, shown))
        groups.append(group)
    return HostKeys(host, tuple(dict.fromkeys(groups)), edition=edition)


def unreachable(host: str, why: Message) -> HostKeys:
    """A host whose keys could not be read; ``why`` says what happened, translated."""
    return HostKeys(host, problem=msg(CoverageText.UNREACHABLE.text, host, why))


@dataclass(frozen=True)
class ProductMark:
    """The mark of one product to convert, with the sentence that explains it."""

    mark: Mark
    message: Message

    @property
    def covered(self) -> bool:
        return self.mark is Mark.WILL_ACTIVATE


def _covers(host: HostKeys, edition_id: str, catalog: Catalog) -> bool:
    return any(catalog.activates(group, edition_id) for group in host.groups)


def _group_names(host: HostKeys, catalog: Catalog) -> tuple[Text, ...]:
    """The host's key groups by their catalog names, translated where they are shown."""
    return tuple(catalog.group(g).name for g in host.groups)


def mark_product(
    edition_id: str | None, hosts: Sequence[HostKeys], catalog: Catalog
) -> ProductMark:
    """Mark one product (catalog edition) against the KMS hosts its client may ask."""
    if not hosts:
        return ProductMark(Mark.CANNOT_CHECK, msg(CoverageText.NO_HOST_NAMED.text))
    blocked = next((h for h in hosts if h.problem is not None and h.blocking), None)
    if blocked is not None and len(hosts) == 1:
        return ProductMark(Mark.CANNOT_ACTIVATE, blocked.problem)  # type: ignore[arg-type]
    unknown = next((h for h in hosts if h.problem is not None and not h.blocking), None)
    if unknown is not None:
        return ProductMark(Mark.CANNOT_CHECK, unknown.problem)  # type: ignore[arg-type]
    if edition_id is None:
        return ProductMark(Mark.CANNOT_CHECK, msg(CoverageText.UNKNOWN_EDITION.text))
    name = catalog.edition(edition_id).name if edition_id in catalog.editions else edition_id
    covering = [h for h in hosts if h.problem is None and _covers(h, edition_id, catalog)]
    if len(covering) == len(hosts):
        host = hosts[0]
        return ProductMark(
            Mark.WILL_ACTIVATE,
            msg(CoverageText.WILL_ACTIVATE.text, host.host, _group_names(host, catalog)),
        )
    if covering:
        shown = ", ".join(h.host for h in hosts)
        return ProductMark(Mark.CANNOT_CHECK, msg(CoverageText.HOSTS_DISAGREE.text, shown, name))
    if blocked is not None:
        return ProductMark(Mark.CANNOT_ACTIVATE, blocked.problem)  # type: ignore[arg-type]
    host = hosts[0]
    needed = [g for g in catalog.groups.values() if catalog.activates(g.id, edition_id)]
    groups = _group_names(host, catalog)
    if not needed:
        return ProductMark(
            Mark.CANNOT_ACTIVATE,
            msg(CoverageText.NOT_COVERED_NO_GROUP.text, host.host, groups, name),
        )
    suggestion = _key_to_install(host, needed, catalog)
    if suggestion is None:
        host_os = catalog.edition(host.edition).name  # type: ignore[arg-type]
        return ProductMark(
            Mark.CANNOT_ACTIVATE,
            msg(CoverageText.NOT_COVERED_ON_THIS_HOST.text, host.host, groups, name, host_os),
        )
    return ProductMark(
        Mark.CANNOT_ACTIVATE,
        msg(CoverageText.NOT_COVERED.text, host.host, groups, name, suggestion.name),
    )


def _key_to_install(host: HostKeys, needed: list[KeyGroup], catalog: Catalog) -> KeyGroup | None:
    """The host key to suggest for a product the host's key does not cover.

    Among the groups that cover the product, only those the host's own Windows may
    hold (a 2008 R2 host cannot hold a Windows Server 2025 key); of those, the
    lowest that is not older than what the host holds today, so that it still
    activates what the host activates now (the legacy hierarchy: higher activates
    lower). None: the host may hold none of them. Unknown host edition: the newest
    covering group, which covers what the host activates today.
    """
    if host.edition is None or host.edition not in catalog.editions:
        return max(needed, key=lambda g: g.rank)
    edition = catalog.edition(host.edition)
    allowed: set[str] = set()
    for os_version in edition.versions:
        allowed |= {
            e.group.id for e in catalog.groups_for_host(os_version, host.edition) if e.allowed
        }
    candidates = [g for g in needed if g.id in allowed]
    if not candidates:
        return None
    today = [e for e in catalog.editions if _covers(host, e, catalog)]
    keeps_today = [g for g in candidates if all(catalog.activates(g.id, e) for e in today)]
    # Groups of one kind are ranked (legacy A < B < C; modern 2016 < 2019 < …): the lowest.
    return min(keeps_today or candidates, key=lambda g: (g.kind is not GroupKind.LEGACY, g.rank))
