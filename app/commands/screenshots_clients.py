"""The client pages' part of ``kms-wizard screenshots``: a scanned lab, a conversion, the summary.

Continues from the host-ready page of the screenshot walk: the inventory with
every lab machine (and one bad line, to show how it is explained), the scan
with its table, chips, chart and a host with an error in the detail pane, the
conversion plan, the conversion once simulated time has let the converted
Windows 7 client activate, and the summary with the journal and the reports.
The client pages' journal and reports go to a temporary folder, never to the
user's own (:func:`screenshot_fleet`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.bootstrap_fleet import DesktopFleetBackend
from app.ui.fleet import FleetBackend

# A client whose KMS host is a decommissioned machine: its error explains itself.
HOST_WITH_ERROR = "pc-oldkms.lab.test"
CONVERTED_CLIENT = "pc-office2010.lab.test"
LAB_TIME_ROUNDS = 6


class NoKeyring:
    """No secret store: the screenshots (and the benchmarks) never touch the keyring."""

    available = False

    def get(self, label: str) -> str | None:
        return None

    def put(self, label: str, secret: str) -> None:
        raise RuntimeError("no keyring while taking screenshots")

    def delete(self, label: str) -> None:
        return None

    def labels(self) -> list[str]:
        return []


def screenshot_fleet(folder: Path) -> FleetBackend:
    """The client pages' backend for the walk: journal and reports in ``folder``, no keyring."""
    return DesktopFleetBackend(
        journal_path=folder / "journal.sqlite3",
        reports_dir=folder / "reports",
        secret_store=NoKeyring(),
    )


def clients_tour(
    wizard: Any,
    shots: Any,
    wait: Callable[[Callable[[], bool], str], None],
    idle: Callable[[Any], None],
) -> None:
    """From the host-ready page through the client pages to the summary, one shot each."""
    from app.domain.flow import PageId
    from app.domain.licensing import LicenseStatus

    ready = wizard.currentPage()
    ready.to_clients.click()
    wait(lambda: wizard.current_page_id is PageId.CLIENTS_INVENTORY, "the inventory page")
    inventory = wizard.currentPage()
    idle(inventory)
    runtime = inventory.clients.lab_runtime
    names = runtime.world.machine_names()
    inventory.set_host_list("\n".join([*names, "pc-new; del *.*"]))
    wait(lambda: inventory.inventory is not None, "the host list")
    inventory.advanced_toggle.setChecked(True)
    shots.take("clients-inventory")

    wizard.next()
    scan = wizard.currentPage()
    wait(lambda: scan.report is not None and not scan.scanning, "the scan")
    scan.select_host(HOST_WITH_ERROR)
    shots.take("clients-scan")

    wizard.next()
    convert = wizard.currentPage()
    idle(convert)
    convert.preview_plan()
    idle(convert)
    shots.take("clients-convert-plan")
    convert.start_conversion()
    wait(lambda: convert.task is None, "the conversion")
    model = convert.clients.results
    for _ in range(LAB_TIME_ROUNDS):
        convert.let_lab_time_pass()
        idle(convert)
        windows = model.result_for(CONVERTED_CLIENT).windows
        if windows is not None and windows.state.status is LicenseStatus.LICENSED:
            break
    shots.take("clients-convert-done")

    wizard.next()
    summary = wizard.currentPage()
    wait(lambda: bool(summary.audit_rows), "the audit trail")
    summary.save_reports()
    idle(summary)
    shots.take("summary")
