"""Step 5, phone activation: the Installation ID to read out, the Confirmation ID to deposit.

For a host without internet (facts §6): ``get-iid`` gives the product's
Installation ID, shown in groups (:func:`app.domain.phone.group_installation_id`);
the Confirmation ID the activation centre reads back is checked before anything
is sent (48 digits in 8 blocks; a failed legacy check digit is only a warning,
the licensing service judges for itself), then deposited with the IID and the
product re-read. Windows' refusals are explained: 0xC004F04D (a check digit is
wrong: a typo), 0xC004F02C (malformed), 0xC004F031 (the CID belongs to another
Installation ID).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.licensing import ProductState
from app.domain.phone import InvalidPhoneValue, check_cid, group_installation_id, split_cid
from app.domain.phone import normalise_cid as normalise_confirmation_id
from app.domain.ports import ScriptRunner
from app.domain.text import QT_TRANSLATE_NOOP, msg
from app.services.host_setup.activation import (
    ActivationResult,
    judge_activation,
    read_host_key_product,
)
from app.services.host_setup.findings import Finding, MachineError, Outcome, Severity
from app.services.host_setup.licensing_state import read_licensing
from app.services.host_setup.machine_calls import call, malformed
from app.services.host_setup.product_choice import WINDOWS_PRODUCT, ProductChoice

READ_OUT = QT_TRANSLATE_NOOP(
    "HostSetupPhone",
    "Call the Microsoft activation centre (on the host, “slui 4” shows the number for your "
    "country) and read out these %1 groups. You will be given a Confirmation ID of 8 blocks "
    "(A to H): enter it with phone-cid.",
)
ALREADY_ACTIVE = QT_TRANSLATE_NOOP(
    "HostSetupPhone", "%1 is already activated: no phone activation is needed."
)
BAD_IID = QT_TRANSLATE_NOOP(
    "HostSetupPhone", "The host returned an Installation ID that cannot be read out."
)
CID_INVALID_CHECK_DIGITS = QT_TRANSLATE_NOOP(
    "HostSetupPhone",
    "A block of the Confirmation ID has a wrong check digit: most likely a typing or "
    "hearing mistake.",
)
CID_INVALID_CHECK_DIGITS_FIX = QT_TRANSLATE_NOOP(
    "HostSetupPhone",
    "Compare each block with what the activation centre gave you (the blocks with a "
    "warning first) and enter it again.",
)
CID_INVALID_DATA = QT_TRANSLATE_NOOP(
    "HostSetupPhone", "Windows could not read the Confirmation ID (wrong format or length)."
)
CID_INVALID_DATA_FIX = QT_TRANSLATE_NOOP(
    "HostSetupPhone", "Enter the 48 digits again, 8 blocks of 6, nothing else."
)
CID_MISMATCH = QT_TRANSLATE_NOOP(
    "HostSetupPhone",
    "The Confirmation ID does not belong to this Installation ID: it was given for another "
    "product or key, or the Installation ID changed since (a key was installed again).",
)
CID_MISMATCH_FIX = QT_TRANSLATE_NOOP(
    "HostSetupPhone",
    "Show the Installation ID again, read it out to the activation centre and "
    "enter the new Confirmation ID.",
)
CID_ACCEPTED = QT_TRANSLATE_NOOP("HostSetupPhone", "Windows accepted the Confirmation ID.")
_CID_ERRORS = {
    0xC004F04D: ("cid-check-digits", CID_INVALID_CHECK_DIGITS, CID_INVALID_CHECK_DIGITS_FIX),
    0xC004F02C: ("cid-invalid", CID_INVALID_DATA, CID_INVALID_DATA_FIX),
    0xC004F02F: ("cid-invalid", CID_INVALID_DATA, CID_INVALID_DATA_FIX),
    0xC004F031: ("cid-mismatch", CID_MISMATCH, CID_MISMATCH_FIX),
}


@dataclass(frozen=True)
class InstallationIdResult:
    """The Installation ID of one product, grouped for reading out.

    Attributes:
        outcome: REPORTED, UNCHANGED (already licensed: no IID needed, none
            read), REFUSED (no host key) or FAILED.
        installation_id: the digits ("" when none was read).
        groups: the digits in groups of 7 (63-digit IDs) or 6.
    """

    outcome: Outcome
    product: ProductChoice
    state: ProductState | None
    installation_id: str
    groups: tuple[str, ...]
    error: MachineError | None
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class ConfirmationResult:
    """Depositing a Confirmation ID, with the product read back afterwards.

    Attributes:
        outcome: REJECTED (the CID is malformed; nothing sent), REFUSED,
            UNCHANGED (already licensed; nothing sent), FAILED (Windows refused
            it: ``activation.error``), DONE or NOT_VERIFIED.
        blocks: the 8 blocks as they were checked (and sent).
        activation: the activation verdict once the CID was sent.
    """

    outcome: Outcome
    product: ProductChoice
    blocks: tuple[str, ...]
    activation: ActivationResult | None
    findings: tuple[Finding, ...]


class PhoneActivationService:
    """Phone activation of a host key (Windows, or an Office version by its Activation ID).

    Args:
        runner: the KMS host.
        timeout: deadline per operation.
    """

    def __init__(self, runner: ScriptRunner, *, timeout: float | None = None) -> None:
        self._runner = runner
        self._timeout = timeout

    def installation_id(self, product: ProductChoice = WINDOWS_PRODUCT) -> InstallationIdResult:
        """The product's Installation ID, grouped.

        Raises:
            ExecutionError: the machine could not be asked.
        """
        found = read_host_key_product(self._runner, product, ALREADY_ACTIVE, timeout=self._timeout)
        state = found.state
        if found.refusal is not None:
            outcome, finding = found.refusal
            return InstallationIdResult(outcome, product, state, "", (), None, (finding,))
        assert state is not None
        iid, error = self._iid(state)
        if error is not None:
            finding = Finding(
                "iid-failed", Severity.BLOCKER, error.hresult.meaning, error.hresult.fix
            )
            return InstallationIdResult(Outcome.FAILED, product, state, "", (), error, (finding,))
        try:
            groups = tuple(group_installation_id(iid))
        except InvalidPhoneValue:
            raise malformed(self._runner, "iid") from None
        finding = Finding("read-out", Severity.INFO, msg(READ_OUT, len(groups)))
        return InstallationIdResult(
            Outcome.REPORTED, product, state, "".join(groups), groups, None, (finding,)
        )

    def deposit(
        self, cid: str | Sequence[str], product: ProductChoice = WINDOWS_PRODUCT
    ) -> ConfirmationResult:
        """Check ``cid`` (pasted text or 8 blocks), deposit it, and verify the activation.

        Raises:
            ExecutionError: the machine could not be asked.
        """
        try:
            digits = normalise_confirmation_id(cid)
        except InvalidPhoneValue as problem:
            finding = Finding("cid-rejected", Severity.BLOCKER, problem.message)
            return ConfirmationResult(Outcome.REJECTED, product, (), None, (finding,))
        blocks = tuple(split_cid(digits))
        checked = check_cid(list(blocks))
        warnings = tuple(
            Finding("cid-block-check-digit", Severity.WARNING, block.warning)
            for block in checked.warnings
            if block.warning is not None
        )
        found = read_host_key_product(self._runner, product, ALREADY_ACTIVE, timeout=self._timeout)
        state = found.state
        if found.refusal is not None:
            outcome, finding = found.refusal
            findings = (finding, *warnings) if outcome is Outcome.REFUSED else (finding,)
            return ConfirmationResult(outcome, product, blocks, None, findings)
        assert state is not None
        # The IID goes with the CID: Windows checks that the CID answers this very IID.
        iid, error = self._iid(state)
        if error is None:
            _document, error = call(
                self._runner,
                "deposit-cid",
                {"iid": iid, "cid": digits, "activation_id": state.activation_id},
                timeout=self._timeout,
            )
        after = read_licensing(self._runner, timeout=self._timeout)
        activation = judge_activation(product, state, after, error)
        findings = list(warnings)
        if error is not None and error.code in _CID_ERRORS:
            ident, text, fix = _CID_ERRORS[error.code]
            findings.append(Finding(ident, Severity.BLOCKER, msg(text), msg(fix)))
        elif activation.outcome is Outcome.DONE:
            findings.append(Finding("cid-accepted", Severity.OK, msg(CID_ACCEPTED)))
        findings += activation.findings
        return ConfirmationResult(activation.outcome, product, blocks, activation, tuple(findings))

    def _iid(self, state: ProductState) -> tuple[str, MachineError | None]:
        document, error = call(
            self._runner, "get-iid", {"activation_id": state.activation_id}, timeout=self._timeout
        )
        if error is not None:
            return "", error
        assert document is not None
        iid = document.get("iid")
        if not isinstance(iid, str) or not iid.strip():
            raise malformed(self._runner, "iid")
        return iid.strip(), None
