"""The client pages (inventory, scan, conversion, summary), sharing one :class:`ClientsContext`."""

from __future__ import annotations

from app.ui.clients_context import ClientsContext
from app.ui.context import WizardContext
from app.ui.fleet import FleetBackend
from app.ui.pages.base import WizardPage
from app.ui.pages.clients_convert import ClientsConvertPage
from app.ui.pages.clients_inventory import ClientsInventoryPage
from app.ui.pages.clients_scan import ClientsScanPage
from app.ui.pages.summary import SummaryPage


def client_pages(
    context: WizardContext, fleet: FleetBackend
) -> tuple[ClientsContext, list[WizardPage]]:
    """Pages 12–15 in path order, and the context they share."""
    clients = ClientsContext(context, fleet)
    pages: list[WizardPage] = [
        ClientsInventoryPage(context, clients),
        ClientsScanPage(context, clients),
        ClientsConvertPage(context, clients),
        SummaryPage(context, clients),
    ]
    return clients, pages
