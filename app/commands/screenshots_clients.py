"""The client pages' part of ``kms-wizard screenshots``: a scanned lab, a conversion, the summary.

Continues from the host-ready page of the screenshot walk: the inventory with
every lab machine (and one bad line, to show how it is explained), the scan
with its table, chips, chart and a host with an error in the detail pane, the
conversion plan, the conversion once simulated time has let the converted
Windows 10 client activate, and the summary with the journal and the reports.
Last, on a wizard of its own, a KMS → MAK plan for the lab's Office clients
with one Office edition given a MAK (:func:`office_maks_tour`). The client
pages' journal and reports go to a temporary folder, never to the user's own,
and MAKs to a store in memory, never to the keyring (:func:`screenshot_fleet`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from app.bootstrap_fleet import DesktopFleetBackend
from app.ui.fleet import FleetBackend

# A client whose KMS host is a decommissioned machine: its error explains itself.
HOST_WITH_ERROR = "pc-oldkms.lab.test"
CONVERTED_CLIENT = "pc021.lab.test"  # Windows 10 Pro with a MAK, in the default story
LAB_TIME_ROUNDS = 6
# The KMS → MAK shot: the lab's Office clients, their MAKs by label (lab-only keys).
OFFICE_CLIENTS = "pc-office"
WINDOWS_MAK_LABEL = "Windows MAK (lab)"
OFFICE_MAK_LABEL = "Office 2016 MAK (lab)"
OFFICE_MAKS = {WINDOWS_MAK_LABEL: "mak:win10", OFFICE_MAK_LABEL: "mak:office2016"}
OFFICE_EDITION = "office2016-proplus"


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


class MemorySecrets:
    """MAKs by label in memory only: the KMS → MAK shot has MAKs to choose, the keyring none."""

    available = True

    def __init__(self, secrets: Mapping[str, str]) -> None:
        self._secrets = dict(secrets)

    def get(self, label: str) -> str | None:
        return self._secrets.get(label)

    def put(self, label: str, secret: str) -> None:
        self._secrets[label] = secret

    def delete(self, label: str) -> None:
        self._secrets.pop(label, None)

    def labels(self) -> list[str]:
        return sorted(self._secrets)


def screenshot_fleet(folder: Path, maks: Mapping[str, str] | None = None) -> FleetBackend:
    """The client pages' backend for the walk: journal and reports in ``folder``.

    Args:
        folder: where the journal and the reports go.
        maks: MAKs by label, held in memory (default: no secret store at all).
    """
    return DesktopFleetBackend(
        journal_path=folder / "journal.sqlite3",
        reports_dir=folder / "reports",
        secret_store=MemorySecrets(maks) if maks is not None else NoKeyring(),
    )


def office_maks(lab_keys: Mapping[str, str]) -> dict[str, str]:
    """The MAKs of the KMS → MAK shot by their labels, from the lab's own (lab-only) keys."""
    return {label: lab_keys[key] for label, key in OFFICE_MAKS.items()}


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


def office_maks_tour(
    wizard: Any,
    shots: Any,
    wait: Callable[[Callable[[], bool], str], None],
    idle: Callable[[Any], None],
) -> None:
    """Welcome ("only the clients") → inventory → scan → a KMS → MAK plan with an Office MAK.

    The scan page shows the lab's Office clients only; the conversion page plans
    them towards MAK with the Windows MAK and, for Office Professional Plus 2016
    only, its own MAK: the other Office editions are left on KMS, and the plan
    says so.
    """
    from app.domain.flow import PageId
    from app.ui.pages.clients_convert import Which

    wizard.currentPage().clients_only.setChecked(True)
    wizard.next()
    wait(lambda: wizard.current_page_id is PageId.CLIENTS_INVENTORY, "the inventory page")
    inventory = wizard.currentPage()
    idle(inventory)
    inventory.fill_lab_machines()
    wait(lambda: inventory.inventory is not None, "the lab's machines")
    wizard.next()
    scan = wizard.currentPage()
    wait(lambda: scan.report is not None and not scan.scanning, "the scan")
    scan.search.setText(OFFICE_CLIENTS)

    wizard.next()
    convert = wizard.currentPage()
    idle(convert)
    convert.to_mak.setChecked(True)
    convert.which.setCurrentIndex(Which.FILTERED)
    wait(lambda: convert.mak.findData(WINDOWS_MAK_LABEL) >= 0, "the MAKs' labels")
    convert.mak.setCurrentIndex(convert.mak.findData(WINDOWS_MAK_LABEL))
    combo = convert.office_mak_combo(OFFICE_EDITION)
    combo.setCurrentIndex(combo.findData(OFFICE_MAK_LABEL))
    convert.new_mak_for.setCurrentIndex(convert.new_mak_for.findData(OFFICE_EDITION))
    convert.preview_plan()
    idle(convert)
    convert.tree.expandAll()  # the editions left on KMS, and why, under "nothing to change"
    shots.take("clients-convert-office")
