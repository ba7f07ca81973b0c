"""The wizard's pages, one module each; :func:`host_setup_pages` lists those of the host setup."""

from __future__ import annotations

from app.domain.flow import PageId
from app.ui.context import WizardContext
from app.ui.pages.activation import ActivationPage
from app.ui.pages.adba_activation import AdbaActivationPage
from app.ui.pages.adba_done import AdbaDonePage
from app.ui.pages.adba_forest import AdbaForestPage
from app.ui.pages.adba_phone import AdbaPhonePage
from app.ui.pages.base import WizardPage
from app.ui.pages.connection import ConnectionPage
from app.ui.pages.dns import DnsPage
from app.ui.pages.host_check import HostCheckPage
from app.ui.pages.host_key import HostKeyPage
from app.ui.pages.host_ready import HostReadyPage
from app.ui.pages.key_group import KeyGroupPage
from app.ui.pages.network import NetworkPage
from app.ui.pages.office import OfficePage
from app.ui.pages.phone_activation import PhoneActivationPage
from app.ui.pages.welcome import WelcomePage


def host_setup_pages(context: WizardContext) -> list[WizardPage]:
    """Pages 1–11 (welcome to host ready), in path order."""
    return [
        WelcomePage(context),
        ConnectionPage(context),
        HostCheckPage(context),
        KeyGroupPage(context),
        HostKeyPage(context),
        ActivationPage(context),
        PhoneActivationPage(context, PageId.PHONE_ACTIVATION),
        OfficePage(context),
        PhoneActivationPage(context, PageId.OFFICE_PHONE_ACTIVATION),
        NetworkPage(context),
        DnsPage(context),
        HostReadyPage(context),
        *adba_pages(context),
    ]


def adba_pages(context: WizardContext) -> list[WizardPage]:
    """The path of activation via Active Directory (chosen on the Welcome page)."""
    activation = AdbaActivationPage(context)
    phone = AdbaPhonePage(context, activation)
    done = AdbaDonePage(context, activation, phone)
    return [AdbaForestPage(context), activation, phone, done]
