"""Step 3, install-key: put the KMS host key (CSVLK) on the host, and prove it went in as one.

Before anything is sent: a GVLK (KMS client setup key) is refused, naming its
edition (the commonest mistake); replacing an installed key needs an explicit
confirmation naming that key's last five characters. After installing, the
key's product is read back: if it is not a KMS host key (a MAK or a retail key
went in), the result says so and :meth:`HostKeyService.restore_gvlk` puts the
edition's GVLK back. A CSVLK serves at most 6 hosts, 10 activations each
(0xC004C008 afterwards), so it must never go onto clients.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.catalog import Catalog, Edition, Family, KeyGroup
from app.domain.keys import ProductKey
from app.domain.licensing import LicenseChannel, ProductState
from app.domain.ports import ScriptRunner
from app.domain.text import QT_TRANSLATE_NOOP, msg
from app.services.host_setup.findings import Finding, MachineError, Outcome, Severity
from app.services.host_setup.inspection import HostInspector
from app.services.host_setup.licensing_state import Licensing, read_licensing
from app.services.host_setup.machine_calls import call
from app.services.host_setup.office_packs import office_label, pack_missing_finding
from app.services.host_setup.product_choice import WINDOWS_PRODUCT, ProductChoice

GVLK_REFUSED = QT_TRANSLATE_NOOP(
    "HostSetupKey",
    "This is the public KMS client setup key (GVLK) of %1, not a KMS host key. Installed "
    "here it would make this machine a KMS client.",
)
GVLK_REFUSED_FIX = QT_TRANSLATE_NOOP(
    "HostSetupKey",
    "Use your organisation's KMS host key (CSVLK) from the Volume Licensing Service Center.",
)
OFFICE_GVLK_ON_WINDOWS = QT_TRANSLATE_NOOP(
    "HostSetupKey",
    "This is the KMS client setup key (GVLK) of %1, an Office product: it is not a host key, "
    "and it belongs on Office clients.",
)
CSVLK_LIMIT = QT_TRANSLATE_NOOP(
    "HostSetupKey",
    "A KMS host key activates at most 6 hosts, each up to 10 times; after that Windows "
    "answers 0xC004C008. Never install it on clients: they take their GVLK.",
)
CONFIRM_REPLACE = QT_TRANSLATE_NOOP(
    "HostSetupKey", "%1 already holds the key %2. Installing the new key replaces it."
)
CONFIRM_REPLACE_FIX = QT_TRANSLATE_NOOP(
    "HostSetupKey", "Confirm that the key ending in %1 may be replaced, then install again."
)
SAME_KEY = QT_TRANSLATE_NOOP(
    "HostSetupKey", "This key (%1) is already installed; nothing was changed."
)
INSTALL_FAILED = QT_TRANSLATE_NOOP("HostSetupKey", "Windows refused the key %1 with error %2.")
INSTALLED_HOST_KEY = QT_TRANSLATE_NOOP(
    "HostSetupKey", "The KMS host key %1 is installed (channel: KMS host). Next: activate it."
)
WRONG_CHANNEL_MAK = QT_TRANSLATE_NOOP(
    "HostSetupKey",
    "The key %1 went in, but it is a MAK, not a KMS host key: this machine is no KMS host, "
    "and activating it would use up one of the MAK's activations.",
)
WRONG_CHANNEL = QT_TRANSLATE_NOOP(
    "HostSetupKey",
    "The key %1 went in, but it is not a KMS host key (Windows reports a retail, OEM or "
    "other channel): this machine is no KMS host.",
)
WRONG_CHANNEL_FIX = QT_TRANSLATE_NOOP(
    "HostSetupKey",
    "Put the edition's KMS client setup key (GVLK) back (restore), then install the KMS host key.",
)
WRONG_CHANNEL_NO_GVLK_FIX = QT_TRANSLATE_NOOP(
    "HostSetupKey",
    "Install the right KMS host key. The catalog knows no GVLK for this edition to restore.",
)
WRONG_PRODUCT = QT_TRANSLATE_NOOP(
    "HostSetupKey", "The key %1 went to “%2”, not to the product this step installs keys for."
)
WRONG_PRODUCT_FIX = QT_TRANSLATE_NOOP(
    "HostSetupKey",
    "An Office host key belongs to the Office step; a Windows host key to the Windows step.",
)
NOT_FOUND_AFTER = QT_TRANSLATE_NOOP(
    "HostSetupKey", "After installing, no product reports the key %1."
)
NO_PACK = QT_TRANSLATE_NOOP(
    "HostSetupKey", "The Office %1 host key cannot be installed before its volume license pack."
)
RESTORED = QT_TRANSLATE_NOOP(
    "HostSetupKey", "The KMS client setup key (GVLK) of %1 is installed again (%2)."
)
NO_GVLK_KNOWN = QT_TRANSLATE_NOOP(
    "HostSetupKey",
    "The catalog has no KMS client setup key for this machine's edition (%1), so none can "
    "be restored.",
)
UNKNOWN = "—"


@dataclass(frozen=True)
class KeyInstallResult:
    """What installing a key did, with the product read back afterwards.

    Attributes:
        outcome: DONE (verified host key), UNCHANGED (the same key was there),
            REJECTED (a GVLK; nothing sent), REFUSED (no volume license pack),
            NEEDS_CONFIRMATION, FAILED (Windows refused: ``error``) or
            NOT_VERIFIED (the key went in but is no KMS host key).
        key: the new key, masked.
        product: the product choice (Windows or an Office version).
        previous: the product that held a key before (None if none).
        installed: the product holding the new key, as read back.
        gvlk_edition: the edition whose GVLK was typed (REJECTED).
        restorable: the edition whose GVLK :meth:`HostKeyService.restore_gvlk` would put back.
    """

    outcome: Outcome
    key: str
    product: ProductChoice
    previous: ProductState | None
    installed: ProductState | None
    gvlk_edition: Edition | None
    restorable: Edition | None
    error: MachineError | None
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class RestoreResult:
    """Putting the edition's GVLK back after a wrong key went in."""

    outcome: Outcome
    edition: Edition | None
    key: str
    installed: ProductState | None
    error: MachineError | None
    findings: tuple[Finding, ...]


class HostKeyService:
    """Installs host keys (Windows or Office) on one machine.

    Args:
        runner: the KMS host.
        catalog: the product catalog (GVLKs, editions, Office packs).
        timeout: deadline per operation.
    """

    def __init__(
        self, runner: ScriptRunner, catalog: Catalog, *, timeout: float | None = None
    ) -> None:
        self._runner = runner
        self._catalog = catalog
        self._timeout = timeout

    def install_key(
        self,
        key: ProductKey,
        *,
        confirm_replace: str | None = None,
        product: ProductChoice = WINDOWS_PRODUCT,
    ) -> KeyInstallResult:
        """Install ``key`` as the host key of ``product`` and verify the channel.

        Args:
            key: a parsed key (:func:`app.domain.keys.parse_key`).
            confirm_replace: the last five characters of the installed key the
                user agreed to replace; without it an installed key is kept and
                the result asks for confirmation.
            product: Windows (default) or an Office version's host product.

        Raises:
            ExecutionError: the machine could not be asked.
        """
        result = _Result(key, product)
        gvlk_edition = self._catalog.identify_gvlk(key)
        if gvlk_edition is not None:
            office_on_windows = product.is_windows and gvlk_edition.family is Family.OFFICE
            text = OFFICE_GVLK_ON_WINDOWS if office_on_windows else GVLK_REFUSED
            finding = Finding(
                "gvlk-as-host-key",
                Severity.BLOCKER,
                msg(text, gvlk_edition.name),
                msg(GVLK_REFUSED_FIX),
            )
            return result.build(Outcome.REJECTED, (finding,), gvlk_edition=gvlk_edition)
        before = read_licensing(self._runner, timeout=self._timeout)
        previous = _slot(before, product)
        result.previous = previous
        if product.office is not None and previous is None and not self._has_pack(product.office):
            blocker = pack_missing_finding(self._catalog, product.office, Severity.BLOCKER)
            head = Finding(
                "office-pack-missing", Severity.BLOCKER, msg(NO_PACK, office_label(product.office))
            )
            return result.build(Outcome.REFUSED, (head, blocker))
        if previous is not None and previous.has_key:
            if previous.partial_key == key.last5:
                finding = Finding("same-key", Severity.INFO, msg(SAME_KEY, key.masked))
                return result.build(Outcome.UNCHANGED, (finding,), installed=previous)
            if (confirm_replace or "").strip().upper() != previous.partial_key:
                finding = Finding(
                    "confirm-replace",
                    Severity.WARNING,
                    msg(CONFIRM_REPLACE, self._runner.target, previous.masked_key),
                    msg(CONFIRM_REPLACE_FIX, previous.partial_key),
                )
                return result.build(Outcome.NEEDS_CONFIRMATION, (finding,))
        limit = Finding("csvlk-limit", Severity.INFO, msg(CSVLK_LIMIT))
        failure = self._send_key(key)
        if failure is not None:
            error, finding = failure
            return result.build(Outcome.FAILED, (finding, limit), error=error)
        after = read_licensing(self._runner, timeout=self._timeout)
        return self._verify(result, after, limit)

    def restore_gvlk(self) -> RestoreResult:
        """Install the GVLK of this machine's Windows edition (after a MAK or retail key).

        Raises:
            ExecutionError: the machine could not be asked.
        """
        host = HostInspector(self._runner, self._catalog, timeout=self._timeout).inspect()
        edition = host.edition
        key = self._catalog.gvlk_for(edition.id) if edition else None
        if edition is None or key is None:
            finding = Finding("no-gvlk-known", Severity.BLOCKER, msg(NO_GVLK_KNOWN, host.caption))
            return RestoreResult(Outcome.REFUSED, edition, "", None, None, (finding,))
        failure = self._send_key(key)
        if failure is not None:
            error, finding = failure
            return RestoreResult(Outcome.FAILED, edition, key.masked, None, error, (finding,))
        product = read_licensing(self._runner, timeout=self._timeout).windows()
        if product is None or product.partial_key != key.last5:
            finding = Finding("not-found-after", Severity.BLOCKER, msg(NOT_FOUND_AFTER, key.masked))
            return RestoreResult(
                Outcome.NOT_VERIFIED, edition, key.masked, product, None, (finding,)
            )
        finding = Finding("gvlk-restored", Severity.OK, msg(RESTORED, edition.name, key.masked))
        return RestoreResult(Outcome.DONE, edition, key.masked, product, None, (finding,))

    def _send_key(self, key: ProductKey) -> tuple[MachineError, Finding] | None:
        """Install ``key`` on the machine; on failure, the error and the finding explaining it."""
        _document, error = call(
            self._runner, "install-key", {"key": key.reveal()}, timeout=self._timeout
        )
        if error is None:
            return None
        finding = Finding(
            "install-failed",
            Severity.BLOCKER,
            msg(INSTALL_FAILED, key.masked, error.hresult.hex),
            error.hresult.fix,
        )
        return error, finding

    def _has_pack(self, group: KeyGroup) -> bool:
        host = HostInspector(self._runner, self._catalog, timeout=self._timeout).inspect()
        install = host.office_install(group.id)
        return bool(install and install.vl_pack)

    def _verify(self, result: _Result, after: Licensing, limit: Finding) -> KeyInstallResult:
        key = result.key
        installed = after.by_partial_key(key.last5)
        if installed is None:
            finding = Finding("not-found-after", Severity.BLOCKER, msg(NOT_FOUND_AFTER, key.masked))
            return result.build(Outcome.NOT_VERIFIED, (finding,))
        wanted = result.product
        right_product = (
            installed.is_windows
            if wanted.is_windows
            else installed.activation_id == wanted.activation_id
        )
        if not right_product:
            finding = Finding(
                "wrong-product",
                Severity.BLOCKER,
                msg(WRONG_PRODUCT, key.masked, installed.name),
                msg(WRONG_PRODUCT_FIX),
            )
            return result.build(Outcome.NOT_VERIFIED, (finding,), installed=installed)
        if installed.channel is not LicenseChannel.KMS_HOST:
            restorable = self._restorable(installed)
            finding = Finding(
                "not-a-host-key",
                Severity.BLOCKER,
                msg(
                    WRONG_CHANNEL_MAK if installed.channel is LicenseChannel.MAK else WRONG_CHANNEL,
                    key.masked,
                ),
                msg(WRONG_CHANNEL_FIX if restorable else WRONG_CHANNEL_NO_GVLK_FIX),
            )
            return result.build(
                Outcome.NOT_VERIFIED, (finding,), installed=installed, restorable=restorable
            )
        finding = Finding("host-key-installed", Severity.OK, msg(INSTALLED_HOST_KEY, key.masked))
        return result.build(Outcome.DONE, (finding, limit), installed=installed)

    def _restorable(self, installed: ProductState) -> Edition | None:
        if not installed.is_windows:
            return None
        host = HostInspector(self._runner, self._catalog, timeout=self._timeout).inspect()
        if host.edition is None or self._catalog.gvlk_for(host.edition.id) is None:
            return None
        return host.edition


def _slot(licensing: Licensing, product: ProductChoice) -> ProductState | None:
    """The product that would receive the key: Windows, or the Office host product."""
    if product.is_windows:
        return licensing.windows()
    activation_id = product.activation_id
    return licensing.product(activation_id) if activation_id else None


class _Result:
    """Collects the parts of a :class:`KeyInstallResult` as the install goes on."""

    def __init__(self, key: ProductKey, product: ProductChoice) -> None:
        self.key = key
        self.product = product
        self.previous: ProductState | None = None

    def build(
        self,
        outcome: Outcome,
        findings: tuple[Finding, ...],
        *,
        installed: ProductState | None = None,
        gvlk_edition: Edition | None = None,
        restorable: Edition | None = None,
        error: MachineError | None = None,
    ) -> KeyInstallResult:
        return KeyInstallResult(
            outcome,
            self.key.masked,
            self.product,
            self.previous,
            installed,
            gvlk_edition,
            restorable,
            error,
            findings,
        )
