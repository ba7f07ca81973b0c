"""Step 4, activate online: the host key (Windows, or an Office version's) against Microsoft.

A product that is already licensed is not activated again (each activation of
a host key counts against its 10 per host, 0xC004C008 after that). A failure
comes back with the HRESULT's meaning and fix; one that means "no internet"
points to phone activation.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.licensing import LicenseChannel, LicenseStatus, ProductState
from app.domain.ports import ScriptRunner
from app.domain.text import QT_TRANSLATE_NOOP, Text, msg
from app.services.host_setup.findings import Finding, MachineError, Outcome, Severity
from app.services.host_setup.licensing_state import Licensing, read_licensing
from app.services.host_setup.machine_calls import call
from app.services.host_setup.office_packs import office_label
from app.services.host_setup.product_choice import WINDOWS_PRODUCT, ProductChoice

# WinHTTP errors a machine without internet access reports (name not resolved, cannot
# connect, connection reset, time-out): the activation servers are out of reach.
OFFLINE_CODES = frozenset({0x80072EE7, 0x80072EFD, 0x80072EFE, 0x80072EE2, 0x80072F8F})

NO_HOST_KEY = QT_TRANSLATE_NOOP(
    "HostSetupActivation",
    "Windows holds no KMS host key: there is no host to activate.",
)
NO_HOST_KEY_FIX = QT_TRANSLATE_NOOP(
    "HostSetupActivation", "Install the KMS host key first."
)
NO_OFFICE_HOST_KEY = QT_TRANSLATE_NOOP(
    "HostSetupActivation", "No Office %1 host key is installed on this host."
)
NO_OFFICE_HOST_KEY_FIX = QT_TRANSLATE_NOOP(
    "HostSetupActivation", "Install the Office %1 host key first."
)
ALREADY_ACTIVE = QT_TRANSLATE_NOOP(
    "HostSetupActivation",
    "%1 is already activated; it was not activated again (that would use up one of the "
    "key's activations).",
)
OFFLINE = QT_TRANSLATE_NOOP(
    "HostSetupActivation",
    "The host cannot reach Microsoft's activation servers over the internet.",
)
OFFLINE_FIX = QT_TRANSLATE_NOOP(
    "HostSetupActivation",
    "Activate by phone: show the Installation ID, call the activation centre, then "
    "enter the Confirmation ID you are given.",
)
ACTIVATED = QT_TRANSLATE_NOOP("HostSetupActivation", "%1 is activated (license status: licensed).")
NOW_A_HOST = QT_TRANSLATE_NOOP(
    "HostSetupActivation",
    "This machine is now a KMS host, listening on port %1. Next: open the firewall and check DNS.",
)
NOT_LICENSED_AFTER = QT_TRANSLATE_NOOP(
    "HostSetupActivation",
    "Windows accepted the activation, but %1 is still not licensed.",
)


@dataclass(frozen=True)
class ActivationResult:
    """What activating did, with the product read back afterwards.

    Attributes:
        outcome: DONE, UNCHANGED (already licensed; nothing sent), REFUSED (no
            host key to activate), FAILED (``error``), NOT_VERIFIED.
        product: the choice (Windows, or an Office version).
        before: the product before.
        after: the product after (the verified state).
        is_kms_host: the KMS service reports this machine as a KMS host.
    """

    outcome: Outcome
    product: ProductChoice
    before: ProductState | None
    after: ProductState | None
    is_kms_host: bool
    error: MachineError | None
    findings: tuple[Finding, ...]


def host_product(licensing: Licensing, choice: ProductChoice) -> ProductState | None:
    """The host key product a phone or online activation acts on (None: no such key)."""
    if choice.is_windows:
        return licensing.windows()
    product = licensing.product(choice.activation_id or "")
    return product if product is not None and product.has_key else None


def missing_host_key(
    licensing: Licensing, choice: ProductChoice, product: ProductState | None
) -> Finding | None:
    """Why there is nothing to activate (no host key for ``choice``), or None."""
    if choice.office is not None:
        if product is None:
            label = office_label(choice.office)
            return Finding(
                "no-host-key",
                Severity.BLOCKER,
                msg(NO_OFFICE_HOST_KEY, label),
                msg(NO_OFFICE_HOST_KEY_FIX, label),
            )
        return None
    if product is None or product.channel is not LicenseChannel.KMS_HOST:
        return Finding("no-host-key", Severity.BLOCKER, msg(NO_HOST_KEY), msg(NO_HOST_KEY_FIX))
    return None


def activation_refusal(
    licensing: Licensing,
    choice: ProductChoice,
    product: ProductState | None,
    already_active: Text,
) -> tuple[Outcome, Finding] | None:
    """Why ``product`` is not to be activated (online or by phone) now, or None.

    REFUSED: there is no host key for ``choice``. UNCHANGED: the product is
    already licensed (``already_active`` says so), and activating it again would
    use up one of the key's activations.
    """
    missing = missing_host_key(licensing, choice, product)
    if missing is not None:
        return Outcome.REFUSED, missing
    assert product is not None  # missing_host_key said there is a host key
    if product.status is LicenseStatus.LICENSED:
        finding = Finding("already-active", Severity.INFO, msg(already_active, product.name))
        return Outcome.UNCHANGED, finding
    return None


@dataclass(frozen=True)
class HostKeyProduct:
    """The product an online or phone activation acts on, as read from the host.

    Attributes:
        licensing: the host's licensing state, as read.
        state: the host key product (None: no host key for the choice).
        refusal: why it is not to be activated now (None: go ahead).
    """

    licensing: Licensing
    state: ProductState | None
    refusal: tuple[Outcome, Finding] | None


def read_host_key_product(
    runner: ScriptRunner, choice: ProductChoice, already_active: Text, *, timeout: float | None
) -> HostKeyProduct:
    """Read the host, find ``choice``'s host key product and judge whether to activate it.

    Raises:
        ExecutionError: the machine could not be asked.
    """
    licensing = read_licensing(runner, timeout=timeout)
    state = host_product(licensing, choice)
    refusal = activation_refusal(licensing, choice, state, already_active)
    return HostKeyProduct(licensing, state, refusal)


def failure_findings(error: MachineError) -> list[Finding]:
    """The HRESULT explained, plus the phone route when the host is offline."""
    found = [
        Finding("activation-failed", Severity.BLOCKER, error.hresult.meaning, error.hresult.fix)
    ]
    if error.code in OFFLINE_CODES:
        found.append(Finding("offline", Severity.INFO, msg(OFFLINE), msg(OFFLINE_FIX)))
    return found


class ActivationService:
    """Online activation of a host key.

    Args:
        runner: the KMS host.
        timeout: deadline per operation.
    """

    def __init__(self, runner: ScriptRunner, *, timeout: float | None = None) -> None:
        self._runner = runner
        self._timeout = timeout

    def activate(self, product: ProductChoice = WINDOWS_PRODUCT) -> ActivationResult:
        """Activate ``product`` online unless it is already licensed, then re-read it.

        Raises:
            ExecutionError: the machine could not be asked.
        """
        found = read_host_key_product(self._runner, product, ALREADY_ACTIVE, timeout=self._timeout)
        before = found.state
        if found.refusal is not None:
            outcome, finding = found.refusal
            is_host = found.licensing.service.is_kms_host
            return ActivationResult(outcome, product, before, before, is_host, None, (finding,))
        assert before is not None  # not refused: there is a host key
        _document, error = call(
            self._runner,
            "activate",
            {"activation_id": before.activation_id},
            timeout=self._timeout,
        )
        after = read_licensing(self._runner, timeout=self._timeout)
        return judge_activation(product, before, after, error)


def judge_activation(
    choice: ProductChoice,
    before: ProductState,
    licensing: Licensing,
    error: MachineError | None,
) -> ActivationResult:
    """The result of an online or phone activation, from the state read back afterwards."""
    after = licensing.product(before.activation_id)
    is_host = licensing.service.is_kms_host
    if error is not None:
        findings = tuple(failure_findings(error))
        return ActivationResult(Outcome.FAILED, choice, before, after, is_host, error, findings)
    if after is None or after.status is not LicenseStatus.LICENSED:
        finding = Finding(
            "not-licensed-after", Severity.BLOCKER, msg(NOT_LICENSED_AFTER, before.name)
        )
        return ActivationResult(
            Outcome.NOT_VERIFIED, choice, before, after, is_host, None, (finding,)
        )
    findings = [Finding("activated", Severity.OK, msg(ACTIVATED, after.name))]
    if choice.is_windows and is_host:
        port = licensing.service.listening_port
        findings.append(Finding("now-a-host", Severity.INFO, msg(NOW_A_HOST, port)))
    return ActivationResult(Outcome.DONE, choice, before, after, is_host, None, tuple(findings))
