"""The wizard's routing as a pure function of its state (DESIGN §2.5).

``QWizard.nextId()`` only delegates to :func:`next_step`; the side panel shows
:func:`steps_for`; Next is enabled when :func:`blocker` returns None. Nothing
here knows Qt, so every path is tested in milliseconds.

QWizard refuses to enter a page that is already in its history ("Page %d
already met"), so no path may visit a page twice. That is why Office has its
own phone page id, :attr:`PageId.OFFICE_PHONE_ACTIVATION` (the same page class,
a second instance), rather than looping back to ``PHONE_ACTIVATION``; it walks
through every Office version being activated by phone in one visit.

Paths (one line each):

- this computer / lab: WELCOME → HOST_CHECK → KEY_GROUP → HOST_KEY → ACTIVATION
  [→ PHONE_ACTIVATION] [→ OFFICE [→ OFFICE_PHONE_ACTIVATION]] → NETWORK → DNS →
  HOST_READY → CLIENTS_INVENTORY → CLIENTS_SCAN → CLIENTS_CONVERT → SUMMARY
- remote host: the same with CONNECTION after WELCOME (the lab connects itself);
- no new Windows host key (key group "keep"): KEY_GROUP → OFFICE or NETWORK;
- host set up, clients not wanted: HOST_READY → SUMMARY;
- straight to the clients: WELCOME → CLIENTS_INVENTORY, or HOST_CHECK →
  CLIENTS_INVENTORY when the host already is a working KMS host.
- activation via Active Directory instead of a KMS host: WELCOME [→ CONNECTION] →
  ADBA_FOREST → ADBA_ACTIVATION [→ ADBA_PHONE] → ADBA_DONE. (ADBA_DONE is always the
  last page: QWizard decides Next or Finish when it enters a page, so a page whose
  finality changed with the method chosen on it would keep the wrong button.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, IntEnum

from app.domain.lab_scenarios import DEFAULT_SCENARIO
from app.domain.text import QT_TRANSLATE_NOOP, Message, Text, TextEnum, msg

WINDOWS_PRODUCT = "windows"  # what PHONE_ACTIVATION activates (Office pages use version ids)


class PageId(IntEnum):
    """Stable page ids (QWizard.setPage); gaps leave room for new pages."""

    WELCOME = 0
    CONNECTION = 10
    HOST_CHECK = 20
    KEY_GROUP = 30
    HOST_KEY = 40
    ACTIVATION = 50
    PHONE_ACTIVATION = 60
    OFFICE = 70
    OFFICE_PHONE_ACTIVATION = 75
    NETWORK = 80
    DNS = 90
    HOST_READY = 100
    CLIENTS_INVENTORY = 110
    CLIENTS_SCAN = 120
    CLIENTS_CONVERT = 130
    SUMMARY = 140
    ADBA_FOREST = 150
    ADBA_ACTIVATION = 160
    ADBA_PHONE = 170
    ADBA_DONE = 180


class Target(Enum):
    """Which machine the wizard sets up."""

    THIS_COMPUTER = "this-computer"
    REMOTE = "remote"
    LAB = "lab"


class ActivationMethod(Enum):
    ONLINE = "online"
    PHONE = "phone"


@dataclass
class WizardState:
    """What the pages have decided and done so far (edited by the pages, in memory).

    Attributes:
        target: this computer, a remote host over WinRM, or the simulated lab.
        connected: the remote connection test succeeded (CONNECTION).
        inspected: the host check (inspect + preflight) has finished.
        preflight_blocked: the host check found a blocker.
        host_is_working_kms: the host already is an activated KMS host.
        skip_to_clients: the user chose to go straight to the clients.
        key_group: the Windows host key group to install; None keeps the current key.
        office_versions: the Office versions to set up (``office2016``…), in order.
        key_installed: the Windows host key is installed.
        activation_method: how the Windows host key is activated.
        host_activated: the Windows host key is activated.
        office_by_phone: Office versions the user activates by phone.
        office_done: Office versions whose host key is installed and activated.
        include_clients: go on to the clients after HOST_READY (else finish there).
        lab_scenario: the simulated lab's story (``app.domain.lab_scenarios``), chosen on
            the Welcome page; the lab is built for it when the wizard connects.
        adba: activate the forest through Active Directory instead of setting up a KMS
            host (Welcome page); the target is then the machine that activates the forest.
        adba_method: online or by phone (ADBA_ACTIVATION).
        adba_activated: an activation object was written and read back.
    """

    target: Target = Target.THIS_COMPUTER
    connected: bool = False
    inspected: bool = False
    preflight_blocked: bool = False
    host_is_working_kms: bool = False
    skip_to_clients: bool = False
    key_group: str | None = None
    office_versions: list[str] = field(default_factory=list)
    key_installed: bool = False
    activation_method: ActivationMethod = ActivationMethod.ONLINE
    host_activated: bool = False
    office_by_phone: set[str] = field(default_factory=set)
    office_done: set[str] = field(default_factory=set)
    include_clients: bool = True
    lab_scenario: str = DEFAULT_SCENARIO
    adba: bool = False
    adba_method: ActivationMethod = ActivationMethod.ONLINE
    adba_activated: bool = False

    @property
    def office_pending(self) -> list[str]:
        """Office versions chosen but not yet activated, in the chosen order."""
        return [v for v in self.office_versions if v not in self.office_done]

    @property
    def office_phone_pending(self) -> list[str]:
        """Office versions waiting for their phone activation."""
        return [v for v in self.office_pending if v in self.office_by_phone]


def next_step(state: WizardState, current: PageId) -> PageId | None:
    """The page after ``current`` for ``state``; None after the last page.

    Total over every page and state: it never returns ``current`` itself nor a
    page that comes before it on the path (QWizard could not enter it).
    """
    match current:
        case PageId.WELCOME:
            if state.skip_to_clients:
                return PageId.CLIENTS_INVENTORY
            if state.target is Target.REMOTE:
                return PageId.CONNECTION
            return PageId.ADBA_FOREST if state.adba else PageId.HOST_CHECK
        case PageId.CONNECTION:
            return PageId.ADBA_FOREST if state.adba else PageId.HOST_CHECK
        case PageId.HOST_CHECK:
            if state.skip_to_clients and state.host_is_working_kms:
                return PageId.CLIENTS_INVENTORY
            return PageId.KEY_GROUP
        case PageId.KEY_GROUP:
            return PageId.HOST_KEY if state.key_group else _after_windows(state)
        case PageId.HOST_KEY:
            return PageId.ACTIVATION
        case PageId.ACTIVATION:
            if state.activation_method is ActivationMethod.PHONE:
                return PageId.PHONE_ACTIVATION
            return _after_windows(state)
        case PageId.PHONE_ACTIVATION:
            return _after_windows(state)
        case PageId.OFFICE:
            if state.office_phone_pending:
                return PageId.OFFICE_PHONE_ACTIVATION
            return PageId.NETWORK
        case PageId.OFFICE_PHONE_ACTIVATION:
            return PageId.NETWORK
        case PageId.NETWORK:
            return PageId.DNS
        case PageId.DNS:
            return PageId.HOST_READY
        case PageId.HOST_READY:
            return PageId.CLIENTS_INVENTORY if state.include_clients else PageId.SUMMARY
        case PageId.CLIENTS_INVENTORY:
            return PageId.CLIENTS_SCAN
        case PageId.CLIENTS_SCAN:
            return PageId.CLIENTS_CONVERT
        case PageId.CLIENTS_CONVERT:
            return PageId.SUMMARY
        case PageId.SUMMARY:
            return None
        case PageId.ADBA_FOREST:
            return PageId.ADBA_ACTIVATION
        case PageId.ADBA_ACTIVATION:
            if state.adba_method is ActivationMethod.PHONE:
                return PageId.ADBA_PHONE
            return PageId.ADBA_DONE
        case PageId.ADBA_PHONE:
            return PageId.ADBA_DONE
        case PageId.ADBA_DONE:
            return None
    raise ValueError(f"unknown page {current!r}")


def _after_windows(state: WizardState) -> PageId:
    return PageId.OFFICE if state.office_versions else PageId.NETWORK


def steps_for(state: WizardState) -> list[PageId]:
    """The whole planned path from WELCOME for ``state`` (for the side panel)."""
    path = [PageId.WELCOME]
    while (page := next_step(state, path[-1])) is not None:
        if page in path:  # unreachable by construction; a loop would hang the wizard
            raise RuntimeError(f"routing loop at {page.name}")
        path.append(page)
    return path


def phone_products(state: WizardState, page: PageId) -> list[str]:
    """What a phone page activates: ``["windows"]`` or the Office versions waiting."""
    if page is PageId.PHONE_ACTIVATION:
        return [WINDOWS_PRODUCT]
    if page is PageId.OFFICE_PHONE_ACTIVATION:
        return state.office_phone_pending
    return []


class Blocker(TextEnum):
    """Why Next is disabled on a page (shown beside the button)."""

    NOT_CONNECTED = QT_TRANSLATE_NOOP(
        "WizardFlow", "Test the connection first: the wizard must reach the host to go on."
    )
    NOT_INSPECTED = QT_TRANSLATE_NOOP(
        "WizardFlow", "Wait until the host check has finished."
    )
    PREFLIGHT_BLOCKED = QT_TRANSLATE_NOOP(
        "WizardFlow", "Fix the problems marked as blocking, then run the check again."
    )
    NO_GROUP = QT_TRANSLATE_NOOP(
        "WizardFlow", "Choose the host key group to install, or an Office version."
    )
    KEY_NOT_INSTALLED = QT_TRANSLATE_NOOP("WizardFlow", "Install the host key first.")
    NOT_ACTIVATED = QT_TRANSLATE_NOOP(
        "WizardFlow", "Activate the host first, or choose activation by phone."
    )
    # Names the phone page's button word for word (PhonePage): one verb on button, line and help.
    CID_NOT_DEPOSITED = QT_TRANSLATE_NOOP(
        "WizardFlow",
        "Type the Confirmation ID, then click “Activate with this Confirmation ID”.",
    )
    OFFICE_NOT_DONE = QT_TRANSLATE_NOOP(
        "WizardFlow",
        "Install and activate the host key of every chosen Office version, or choose "
        "activation by phone for it.",
    )
    OFFICE_PHONE_NOT_DONE = QT_TRANSLATE_NOOP(
        "WizardFlow",
        "Activate every Office version waiting for phone activation with its Confirmation ID.",
    )
    FOREST_NOT_ACTIVATED = QT_TRANSLATE_NOOP(
        "WizardFlow", "Activate the forest first, or choose activation by phone."
    )
    FOREST_CID_NOT_DEPOSITED = QT_TRANSLATE_NOOP(
        "WizardFlow",
        "Type the Confirmation ID, then click “Activate the forest with this Confirmation ID”.",
    )


def blocker(state: WizardState, page: PageId) -> Message | None:
    """Why the user cannot leave ``page`` yet, or None when Next may be enabled.

    Busy states (an operation running) are the page's own business; this covers
    what the state says is still missing.
    """
    reason = _blocker(state, page)
    return msg(reason.text) if reason is not None else None


def _blocker(state: WizardState, page: PageId) -> Blocker | None:
    if page is PageId.CONNECTION and not state.connected:
        return Blocker.NOT_CONNECTED
    if page is PageId.HOST_CHECK:
        if not state.inspected:
            return Blocker.NOT_INSPECTED
        if state.preflight_blocked and not (state.skip_to_clients and state.host_is_working_kms):
            return Blocker.PREFLIGHT_BLOCKED
    if page is PageId.KEY_GROUP and not (
        state.key_group or state.office_versions or state.host_is_working_kms
    ):
        return Blocker.NO_GROUP
    if page is PageId.HOST_KEY and not state.key_installed:
        return Blocker.KEY_NOT_INSTALLED
    if (
        page is PageId.ACTIVATION
        and state.activation_method is ActivationMethod.ONLINE
        and not state.host_activated
    ):
        return Blocker.NOT_ACTIVATED
    if page is PageId.PHONE_ACTIVATION and not state.host_activated:
        return Blocker.CID_NOT_DEPOSITED
    if page is PageId.OFFICE and any(
        v not in state.office_by_phone for v in state.office_pending
    ):
        return Blocker.OFFICE_NOT_DONE
    if page is PageId.OFFICE_PHONE_ACTIVATION and state.office_phone_pending:
        return Blocker.OFFICE_PHONE_NOT_DONE
    if (
        page is PageId.ADBA_ACTIVATION
        and state.adba_method is ActivationMethod.ONLINE
        and not state.adba_activated
    ):
        return Blocker.FOREST_NOT_ACTIVATED
    if page is PageId.ADBA_PHONE and not state.adba_activated:
        return Blocker.FOREST_CID_NOT_DEPOSITED
    return None


_TITLES: dict[PageId, Text] = {
    PageId.WELCOME: QT_TRANSLATE_NOOP("WizardPage", "Welcome"),
    PageId.CONNECTION: QT_TRANSLATE_NOOP("WizardPage", "Connection"),
    PageId.HOST_CHECK: QT_TRANSLATE_NOOP("WizardPage", "Host check"),
    PageId.KEY_GROUP: QT_TRANSLATE_NOOP("WizardPage", "Key group"),
    PageId.HOST_KEY: QT_TRANSLATE_NOOP("WizardPage", "Host key"),
    PageId.ACTIVATION: QT_TRANSLATE_NOOP("WizardPage", "Activation"),
    PageId.PHONE_ACTIVATION: QT_TRANSLATE_NOOP("WizardPage", "Phone activation"),
    PageId.OFFICE: QT_TRANSLATE_NOOP("WizardPage", "Office"),
    PageId.OFFICE_PHONE_ACTIVATION: QT_TRANSLATE_NOOP("WizardPage", "Office phone activation"),
    PageId.NETWORK: QT_TRANSLATE_NOOP("WizardPage", "Network"),
    PageId.DNS: QT_TRANSLATE_NOOP("WizardPage", "DNS"),
    PageId.HOST_READY: QT_TRANSLATE_NOOP("WizardPage", "Host ready"),
    PageId.CLIENTS_INVENTORY: QT_TRANSLATE_NOOP("WizardPage", "Clients: inventory"),
    PageId.CLIENTS_SCAN: QT_TRANSLATE_NOOP("WizardPage", "Clients: scan"),
    PageId.CLIENTS_CONVERT: QT_TRANSLATE_NOOP("WizardPage", "Clients: conversion"),
    PageId.SUMMARY: QT_TRANSLATE_NOOP("WizardPage", "Summary"),
    PageId.ADBA_FOREST: QT_TRANSLATE_NOOP("WizardPage", "Forest"),
    PageId.ADBA_ACTIVATION: QT_TRANSLATE_NOOP("WizardPage", "Forest activation"),
    PageId.ADBA_PHONE: QT_TRANSLATE_NOOP("WizardPage", "Forest phone activation"),
    PageId.ADBA_DONE: QT_TRANSLATE_NOOP("WizardPage", "Forest activated"),
}

_COMMIT_PAGES = frozenset(
    {
        PageId.HOST_KEY,
        PageId.ACTIVATION,
        PageId.PHONE_ACTIVATION,
        PageId.OFFICE,
        PageId.OFFICE_PHONE_ACTIVATION,
        PageId.NETWORK,
        PageId.DNS,
        PageId.CLIENTS_CONVERT,
        # Removing an activation object and activating the forest change the directory.
        PageId.ADBA_FOREST,
        PageId.ADBA_ACTIVATION,
        PageId.ADBA_PHONE,
    }
)


def page_title(page: PageId) -> Text:
    """The translatable title of ``page`` (also its name in the side panel)."""
    return _TITLES[page]


def is_commit_page(page: PageId) -> bool:
    """True for pages that change a machine (only after a named confirmation)."""
    return page in _COMMIT_PAGES


def help_topic(page: PageId) -> str:
    """The offline help page name: ``resources/help/<lang>/<topic>.html``."""
    if page is PageId.OFFICE_PHONE_ACTIVATION:
        return "phone-activation"
    if page in (PageId.ADBA_FOREST, PageId.ADBA_ACTIVATION, PageId.ADBA_PHONE, PageId.ADBA_DONE):
        return "adba"
    return page.name.lower().replace("_", "-")
