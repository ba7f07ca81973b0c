"""Step 1, inspect: what the would-be KMS host is, read from the machine itself.

Two operations: ``inspect`` (OS, edition, domain, addresses, rights, PowerShell,
Office and its volume license packs, the machine's UTC clock) and ``status``
(keys, channels, the KMS service). The OS and edition are mapped onto the
catalog (:meth:`Catalog.identify_os`); the clock is compared with the admin
machine's, halfway through the round trip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from app.domain.catalog import Catalog, Edition, KeyGroup, OsVersion, is_evaluation_edition_id
from app.domain.licensing import KmsHostState, ProductState, as_list, windows_utc
from app.domain.ports import ScriptRunner
from app.services.host_setup.licensing_state import Licensing, read_licensing
from app.services.host_setup.machine_calls import malformed

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The admin machine's clock (UTC)."""
    return datetime.now(UTC)


@dataclass(frozen=True)
class OfficeInstall:
    """One Office version on the host: installed, its volume license pack, its host key.

    Attributes:
        group: the Office host key group (``office2010``…), with pack and Activation ID.
        installed: Office itself is installed (not needed on a KMS host).
        vl_pack: the volume license pack is installed (the host can take the Office key).
        host_product: the Office host key product, when a key is installed.
    """

    group: KeyGroup
    installed: bool
    vl_pack: bool
    host_product: ProductState | None


@dataclass(frozen=True)
class HostInfo:
    """The would-be KMS host as it reported itself.

    ``os_version`` / ``edition`` are None when the catalog cannot tell (an
    evaluation or Home edition, an unknown build). ``clock_skew`` is the
    machine's clock minus the admin machine's (positive: the machine is ahead).
    """

    target: str
    fqdn: str
    caption: str
    version: str
    build: int
    edition_id: str
    sku: int
    language: str
    domain: str
    part_of_domain: bool
    addresses: tuple[str, ...]
    elevated: bool
    ps_version: str
    os_version: OsVersion | None
    edition: Edition | None
    evaluation: bool
    machine_utc: datetime | None
    clock_skew: timedelta | None
    licensing: Licensing
    office: tuple[OfficeInstall, ...]

    @property
    def ps_major(self) -> int | None:
        """The PowerShell major version (2, 5…), or None when unreadable."""
        head = self.ps_version.split(".", 1)[0]
        return int(head) if 0 < len(head) <= 5 and head.isascii() and head.isdigit() else None

    @property
    def windows(self) -> ProductState | None:
        return self.licensing.windows()

    @property
    def kms(self) -> KmsHostState:
        return self.licensing.service

    @property
    def is_kms_host(self) -> bool:
        return self.licensing.service.is_kms_host

    def office_install(self, group_id: str) -> OfficeInstall | None:
        return next((o for o in self.office if o.group.id == group_id), None)


class HostInspector:
    """Reads :class:`HostInfo` from one machine.

    Args:
        runner: the machine.
        catalog: the product catalog.
        clock: the admin machine's clock (UTC); the simulated lab passes its own.
        timeout: deadline per operation (None: the runner's default).
    """

    def __init__(
        self,
        runner: ScriptRunner,
        catalog: Catalog,
        *,
        clock: Clock = system_clock,
        timeout: float | None = None,
    ) -> None:
        self._runner = runner
        self._catalog = catalog
        self._clock = clock
        self._timeout = timeout

    def inspect(self) -> HostInfo:
        """Run ``inspect`` and ``status``.

        Raises:
            ExecutionError: the machine could not be asked, or answered nonsense.
        """
        before = self._clock()
        document = self._runner.run("inspect", {}, timeout=self._timeout)
        after = self._clock()
        licensing = read_licensing(self._runner, timeout=self._timeout)
        return self.host_info(document, licensing, before + (after - before) / 2)

    def host_info(self, doc: dict[str, Any], licensing: Licensing, admin_now: datetime) -> HostInfo:
        """Build :class:`HostInfo` from an ``inspect`` document and the licensing state."""
        version = _text(doc, "version")
        edition_id = _text(doc, "edition_id")
        caption = _text(doc, "caption")
        if not version:
            raise malformed(self._runner, "version")
        os_version, edition = self._catalog.identify_os(version, edition_id or None, caption)
        machine_utc = windows_utc(doc.get("utc_now"))
        return HostInfo(
            target=self._runner.target,
            fqdn=_text(doc, "fqdn") or self._runner.target,
            caption=caption,
            version=version,
            build=_int(doc.get("build")),
            edition_id=edition_id,
            sku=_int(doc.get("sku")),
            language=_text(doc, "language"),
            domain=_text(doc, "domain"),
            part_of_domain=doc.get("part_of_domain") is True,
            addresses=tuple(str(a) for a in as_list(doc.get("addresses")) if isinstance(a, str)),
            elevated=doc.get("elevated") is True,
            ps_version=_text(doc, "ps_version"),
            os_version=os_version,
            edition=edition,
            evaluation=is_evaluation_edition_id(edition_id),
            machine_utc=machine_utc,
            clock_skew=(machine_utc - admin_now) if machine_utc else None,
            licensing=licensing,
            office=self._office(doc, licensing),
        )

    def _office(self, doc: dict[str, Any], licensing: Licensing) -> tuple[OfficeInstall, ...]:
        reported: dict[str, dict[str, Any]] = {}
        for item in as_list(doc.get("office")):
            if isinstance(item, dict):
                reported[f"office{item.get('version')}"] = item
        installs = []
        for group in self._catalog.office_groups():
            item = reported.get(group.id, {})
            product = (
                licensing.product(group.office_activation_id)
                if group.office_activation_id
                else None
            )
            if product is not None and not product.has_key:
                product = None
            if item or product is not None:
                installs.append(
                    OfficeInstall(
                        group,
                        installed=item.get("installed") is True,
                        vl_pack=item.get("vl_pack") is True or product is not None,
                        host_product=product,
                    )
                )
        return tuple(installs)


def _text(doc: dict[str, Any], field: str) -> str:
    value = doc.get(field)
    return value.strip() if isinstance(value, str) else ""


def _int(value: Any) -> int:
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return value
    text = value.strip() if isinstance(value, str) else ""
    # ASCII digits and a bounded length first: int() refuses "²" and more than 4,300 digits.
    if 0 < len(text) <= 20 and text.isascii() and text.isdigit():
        return int(text)
    return 0




