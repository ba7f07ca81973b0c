"""Step 6, Office: per version, the volume license pack, the Office host key, its activation.

Facts §5.5 [o-host]: each Office version needs its own volume license pack and
its own host key; the host OS must be recent enough for that version; the key
is activated online or by phone with that version's Office Activation ID
(``slmgr /ato <ActID>``, ``/dti <ActID>``, ``/atp <CID> <ActID>``). Keys and
activation reuse the Windows steps with the Office product chosen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.catalog import Catalog, KeyGroup, OsVersion
from app.domain.keys import ProductKey
from app.domain.licensing import LicenseStatus, ProductState
from app.domain.ports import ScriptRunner
from app.domain.text import QT_TRANSLATE_NOOP, msg
from app.services.host_setup.activation import ActivationResult, ActivationService
from app.services.host_setup.findings import Finding, Outcome, Severity
from app.services.host_setup.host_key import HostKeyService, KeyInstallResult
from app.services.host_setup.inspection import HostInfo, HostInspector
from app.services.host_setup.office_packs import (
    minimum_hosts,
    office_label,
    pack_missing_finding,
    pack_present_finding,
)
from app.services.host_setup.phone_activation import (
    ConfirmationResult,
    InstallationIdResult,
    PhoneActivationService,
)
from app.services.host_setup.product_choice import ProductChoice, office_group

UNKNOWN_VERSION = QT_TRANSLATE_NOOP(
    "HostSetupOffice", "“%1” is not an Office version. Known versions: %2."
)
NOT_ON_THIS_OS = QT_TRANSLATE_NOOP(
    "HostSetupOffice", "The Office %1 host key cannot be installed on %2."
)
NEEDS_KEY = QT_TRANSLATE_NOOP(
    "HostSetupOffice", "No Office %1 host key is installed yet. Next: install it."
)
NEEDS_ACTIVATION = QT_TRANSLATE_NOOP(
    "HostSetupOffice",
    "The Office %1 host key %2 is installed but not activated. Activate it online, or by "
    "phone with the Office %1 Activation ID %3.",
)
ACTIVATED = QT_TRANSLATE_NOOP(
    "HostSetupOffice", "The Office %1 host key %2 is installed and activated."
)


@dataclass(frozen=True)
class OfficeVersionReport:
    """One Office version on this host.

    Attributes:
        group: the Office host key group (pack name, download, Activation ID).
        allowed: the host OS may hold this version's host key.
        minimum_hosts: the oldest server and client OS that may.
        pack_present: its volume license pack is installed.
        host_product: the Office host key product, if a key is installed.
    """

    group: KeyGroup
    allowed: bool
    minimum_hosts: tuple[OsVersion, ...]
    pack_present: bool
    host_product: ProductState | None
    findings: tuple[Finding, ...]

    @property
    def activation_id(self) -> str:
        return (self.group.office_activation_id or "").lower()

    @property
    def activated(self) -> bool:
        return self.host_product is not None and self.host_product.status is LicenseStatus.LICENSED


@dataclass(frozen=True)
class OfficeReport:
    """The Office versions asked for (REJECTED: an unknown version; nothing was asked)."""

    outcome: Outcome
    host: HostInfo | None
    versions: tuple[OfficeVersionReport, ...]
    findings: tuple[Finding, ...]


class OfficeService:
    """Office host keys on one machine.

    Args:
        runner: the KMS host.
        catalog: the product catalog (Office groups: packs, Activation IDs, minimum hosts).
        timeout: deadline per operation.
    """

    def __init__(
        self, runner: ScriptRunner, catalog: Catalog, *, timeout: float | None = None
    ) -> None:
        self._runner = runner
        self._catalog = catalog
        self._timeout = timeout

    def choice(self, version: str) -> ProductChoice | None:
        """The Office product for ``2010``, ``office2016``, ``LTSC 2021``…; None if unknown."""
        group = office_group(self._catalog, version)
        return ProductChoice(group) if group else None

    def check(self, versions: Sequence[str]) -> OfficeReport:
        """Pack, minimum host OS and host key state of each version.

        Raises:
            ExecutionError: the machine could not be asked.
        """
        groups = []
        for version in versions:
            group = office_group(self._catalog, version)
            if group is None:
                known = ", ".join(office_label(g) for g in self._catalog.office_groups())
                finding = Finding(
                    "rejected-input",
                    Severity.BLOCKER,
                    msg(UNKNOWN_VERSION, str(version)[:40], known),
                )
                return OfficeReport(Outcome.REJECTED, None, (), (finding,))
            groups.append(group)
        host = HostInspector(self._runner, self._catalog, timeout=self._timeout).inspect()
        reports = tuple(self.version_report(host, group) for group in groups)
        return OfficeReport(Outcome.REPORTED, host, reports, ())

    def version_report(self, host: HostInfo, group: KeyGroup) -> OfficeVersionReport:
        """One version judged on an inspected host (no machine call)."""
        catalog = self._catalog
        label = office_label(group)
        allowed = host.os_version is not None and host.os_version.id in group.host_os
        findings: list[Finding] = []
        if not allowed:
            findings.append(
                Finding(
                    "office-not-on-this-os",
                    Severity.BLOCKER,
                    msg(NOT_ON_THIS_OS, label, host.caption),
                )
            )
        install = host.office_install(group.id)
        present = bool(install and install.vl_pack)
        findings.append(
            pack_present_finding(group)
            if present
            else pack_missing_finding(catalog, group, Severity.BLOCKER)
        )
        product = install.host_product if install else None
        if product is None:
            if present and allowed:
                findings.append(Finding("office-needs-key", Severity.INFO, msg(NEEDS_KEY, label)))
        elif product.status is LicenseStatus.LICENSED:
            findings.append(
                Finding("office-activated", Severity.OK, msg(ACTIVATED, label, product.masked_key))
            )
        else:
            findings.append(
                Finding(
                    "office-needs-activation",
                    Severity.INFO,
                    msg(
                        NEEDS_ACTIVATION,
                        label,
                        product.masked_key,
                        (group.office_activation_id or "").lower(),
                    ),
                )
            )
        return OfficeVersionReport(
            group, allowed, minimum_hosts(catalog, group), present, product, tuple(findings)
        )

    def install_key(
        self, version: ProductChoice, key: ProductKey, *, confirm_replace: str | None = None
    ) -> KeyInstallResult:
        """Install an Office host key (the GVLK refusal names the Office edition).

        Raises:
            ExecutionError: the machine could not be asked.
        """
        return HostKeyService(self._runner, self._catalog, timeout=self._timeout).install_key(
            key, confirm_replace=confirm_replace, product=version
        )

    def activate(self, version: ProductChoice) -> ActivationResult:
        """Activate the version's host key online (not when already licensed)."""
        return ActivationService(self._runner, timeout=self._timeout).activate(version)

    def installation_id(self, version: ProductChoice) -> InstallationIdResult:
        """The Installation ID of the version's host product (phone activation)."""
        return PhoneActivationService(self._runner, timeout=self._timeout).installation_id(version)

    def deposit(self, version: ProductChoice, cid: str | Sequence[str]) -> ConfirmationResult:
        """Deposit the Confirmation ID for the version's host product."""
        return PhoneActivationService(self._runner, timeout=self._timeout).deposit(cid, version)
