"""Active Directory-based activation: activate the forest through one domain-joined machine.

Three named operations (resources/ps/adba-*.ps1) run on a domain-joined Windows 8 /
Server 2012 (or later) machine of the forest — best a domain controller, where the
directory is local — with the organisation's host key (CSVLK) on standard input only:
online (``DoActiveDirectoryOnlineActivation``), or by phone in two steps
(``GenerateActiveDirectoryOfflineActivationId`` gives the forest's Installation ID; the
Confirmation ID the activation centre reads back is deposited with
``DepositActiveDirectoryOfflineActivationConfirmation``). Each write reads the activation
object back from the directory. Everything the user typed is checked here first; the key
never reaches a message, a log or an exception.

Windows' refusals that mean something particular for ADBA are explained here (the codes
the lab returns, app/lab/spp/adba.py); any other code is explained by the HRESULT catalog.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.adba import ActivationObject, NameProblem, check_object_name
from app.domain.errors import ErrorKind, ExecutionError
from app.domain.hresults import describe
from app.domain.keys import ProductKey
from app.domain.phone import group_installation_id, normalise_cid
from app.domain.ports import ScriptRunner
from app.domain.text import QT_TRANSLATE_NOOP, Message, TranslatableError, msg

# --- what ADBA's refusals mean ------------------------------------------------------

TOO_OLD = QT_TRANSLATE_NOOP(
    "Adba",
    "%1 runs a Windows older than Windows 8 / Windows Server 2012: it cannot activate a "
    "forest. Use a domain controller or member server with Windows Server 2012 or later.",
)
NO_CONTAINER = QT_TRANSLATE_NOOP(
    "Adba",
    "The forest has no Activation Objects container: its schema is older than Windows "
    "Server 2012, or adprep /forestprep was never run. Check the schema first.",
)
NOT_ADBA_KEY = QT_TRANSLATE_NOOP(
    "Adba",
    "This key cannot activate a forest: use the organisation's KMS host key (CSVLK) for "
    "Windows Server 2012 or later, Windows 10 or later, or Office 2013 or later. Client "
    "setup keys (GVLK), MAKs and the Windows 7 / Server 2008 R2 host keys do not work.",
)
NO_OFFICE_PACK = QT_TRANSLATE_NOOP(
    "Adba",
    "An Office host key needs that Office version's volume license pack on %1 first.",
)
OFFLINE = QT_TRANSLATE_NOOP(
    "Adba",
    "%1 cannot reach Microsoft's activation servers. Activate the forest by phone instead.",
)
NAME_TAKEN = QT_TRANSLATE_NOOP(
    "Adba",
    "The forest already has an activation object of that name: choose another name, or "
    "remove the old object first.",
)
ACCESS_DENIED = QT_TRANSLATE_NOOP(
    "Adba",
    "The account may not write activation objects: use a member of Enterprise Admins. Over "
    "WinRM, run the step on a domain controller, or with Basic over HTTPS or CredSSP, so "
    "the credentials reach the directory.",
)
CID_REFUSED = QT_TRANSLATE_NOOP(
    "Adba",
    "Windows refused the Confirmation ID (%1): check every block against what the "
    "activation centre read out, or ask for the Installation ID again.",
)

_EXPLAINED = {
    0x80131515: TOO_OLD,
    0x80072030: NO_CONTAINER,
    0xC004F050: NOT_ADBA_KEY,
    0xC004F069: NO_OFFICE_PACK,
    0x80072EE7: OFFLINE,
    0x80071392: NAME_TAKEN,
    0x80070005: ACCESS_DENIED,
    0x80072098: ACCESS_DENIED,  # ERROR_DS_INSUFF_ACCESS_RIGHTS
}
_CID_CODES = frozenset({0xC004F04D, 0xC004F02C, 0xC004F02F, 0xC004F031})


class AdbaRefused(TranslatableError):
    """The machine refused an ADBA step.

    Attributes:
        hresult: Windows' code.
        windows_message: what Windows said (raw, in the machine's language).
    """

    def __init__(self, message: Message, hresult: int, windows_message: str) -> None:
        super().__init__(message)
        self.hresult = hresult
        self.windows_message = windows_message


class AdbaInputError(TranslatableError, ValueError):
    """Something typed cannot be sent (nothing was sent)."""


@dataclass(frozen=True)
class ForestInstallationId:
    """The forest's Installation ID, and its groups to read out."""

    iid: str
    groups: tuple[str, ...]


class AdbaActivation:
    """The three ADBA steps on the machine ``runner`` is bound to."""

    def __init__(self, runner: ScriptRunner) -> None:
        self.runner = runner

    def activate_online(self, key: ProductKey, name: str) -> ActivationObject:
        """Activate the forest online; the activation object as the directory holds it."""
        document = self._run("adba-activate-online", {"name": _name(name)}, key)
        return _object(self.runner, document)

    def installation_id(self, key: ProductKey) -> ForestInstallationId:
        """The forest's Installation ID for ``key`` (nothing changes)."""
        document = self._run("adba-get-iid", {}, key)
        iid = document.get("iid")
        if not isinstance(iid, str) or not iid.strip():
            raise ExecutionError(ErrorKind.MALFORMED_OUTPUT, self.runner.target, "iid")
        return ForestInstallationId(iid, tuple(group_installation_id(iid)))

    def apply_confirmation(self, key: ProductKey, cid: str, name: str) -> ActivationObject:
        """Deposit the Confirmation ID; the activation object as the directory holds it.

        Raises:
            app.domain.phone.InvalidPhoneValue: ``cid`` is not 48 digits (nothing sent).
        """
        digits = normalise_cid(cid)
        document = self._run("adba-apply-cid", {"cid": digits, "name": _name(name)}, key)
        return _object(self.runner, document)

    def _run(self, operation: str, params: dict, key: ProductKey) -> dict:
        try:
            # The key is a secret parameter: the wire sends it on standard input only.
            return self.runner.run(operation, {**params, "key": key.reveal()})
        except ExecutionError as error:
            if error.kind is not ErrorKind.SCRIPT_FAILED or error.hresult is None:
                raise
            raise _refusal(self.runner.target, error) from None


def _name(name: str) -> str:
    problem = check_object_name(name)
    if problem is not None:
        args = (64,) if problem is NameProblem.TOO_LONG else ()
        raise AdbaInputError(msg(problem.text, *args))
    return name.strip()


def _refusal(host: str, error: ExecutionError) -> AdbaRefused:
    code = error.hresult or 0
    said = str(error.data.get("message") or "")
    text = _EXPLAINED.get(code)
    if text is not None:
        return AdbaRefused(msg(text, host), code, said)
    if code in _CID_CODES:
        return AdbaRefused(msg(CID_REFUSED, f"0x{code:08X}"), code, said)
    return AdbaRefused(describe(code).meaning, code, said)


def _object(runner: ScriptRunner, document: dict) -> ActivationObject:
    raw = document.get("object")
    if not isinstance(raw, dict) or not isinstance(raw.get("dn"), str):
        raise ExecutionError(ErrorKind.MALFORMED_OUTPUT, runner.target, "object")

    def text(name: str) -> str:
        value = raw.get(name)
        return value if isinstance(value, str) else ""

    return ActivationObject(
        dn=text("dn"),
        name=text("name"),
        display_name=text("display_name"),
        sku_id=text("sku_id").strip("{}").lower(),
        partial_key=text("partial_key"),
        pid=text("pid"),
        by_phone=raw.get("by_phone") is True,
    )
