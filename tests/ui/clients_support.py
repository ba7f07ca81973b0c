"""Helpers of the client-page tests: a fleet backend of the test's own, and the steering.

Every wizard under test gets a :class:`~app.bootstrap_fleet.DesktopFleetBackend`
whose journal and reports folder live in the test's temporary folder and whose
keyring is an in-memory one — never the user's own journal or keyring.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.adapters.secret_store import KeyringSecretStore
from app.bootstrap_fleet import DesktopFleetBackend
from app.domain.flow import PageId
from tests.memory_keyring import MemoryKeyring
from tests.ui.driver import BUSY_TIMEOUT_MS, go_next


def test_fleet(folder: Path) -> DesktopFleetBackend:
    """A fleet backend writing only into ``folder`` (journal, reports; keyring in memory)."""
    return DesktopFleetBackend(
        journal_path=folder / "journal.sqlite3",
        reports_dir=folder / "reports",
        secret_store=KeyringSecretStore(backend=MemoryKeyring()),
        timeout=30.0,
    )


test_fleet.__test__ = False  # a helper, not a test


def journal_rows(path: Path, sql: str, params: tuple = ()) -> list[dict]:
    """Read the journal directly (what a crash would leave behind is what is on disk)."""
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in connection.execute(sql, params).fetchall()]
    finally:
        connection.close()


def straight_to_clients(qtbot, wizard) -> None:
    """From the welcome page to the clients' inventory (the host is already set up)."""
    wizard.ctx.state.skip_to_clients = True
    wizard.ctx.notify()
    go_next(qtbot, wizard, PageId.CLIENTS_INVENTORY)
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.clients.lab_runtime is not None, timeout=BUSY_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not page.operation.busy, timeout=BUSY_TIMEOUT_MS)


def scan_lab(qtbot, wizard, *, concurrency: int | None = None) -> None:
    """Inventory: every lab machine; then the scan page, waiting until the scan has ended."""
    inventory = wizard.currentPage()
    assert wizard.currentId() == PageId.CLIENTS_INVENTORY
    inventory.fill_lab_machines()
    qtbot.waitUntil(lambda: inventory.inventory is not None, timeout=BUSY_TIMEOUT_MS)
    if concurrency is not None:
        inventory.concurrency.setValue(concurrency)
    go_next(qtbot, wizard, PageId.CLIENTS_SCAN)
    scan = wizard.currentPage()
    qtbot.waitUntil(lambda: scan.report is not None and not scan.scanning, timeout=60_000)


def reach_network_page(qtbot, wizard):
    """From the Welcome page to the Network page, briskly: Server Group B on the lab's
    kms01 and its online activation. Returns the Network page."""
    from tests.ui.driver import wait_idle

    ctx = wizard.ctx
    go_next(qtbot, wizard, PageId.HOST_CHECK)
    wait_idle(qtbot, wizard.currentPage())
    go_next(qtbot, wizard, PageId.KEY_GROUP)
    assert wizard.currentPage().choose_group("server-b")
    go_next(qtbot, wizard, PageId.HOST_KEY)
    key_page = wizard.currentPage()
    key_page.key.paste_text(ctx.session.lab.host_key("server-b"))
    key_page.install_key()
    wait_idle(qtbot, key_page)
    go_next(qtbot, wizard, PageId.ACTIVATION)
    activation = wizard.currentPage()
    activation.activate_online()
    wait_idle(qtbot, activation)
    go_next(qtbot, wizard, PageId.NETWORK)
    return wizard.currentPage()


def set_up_lab_host(qtbot, wizard) -> None:
    """The host part of the journey, briskly (``test_journey`` asserts it step by step):
    Server Group B on the lab's kms01, online activation, firewall, DNS, host ready."""
    from tests.ui.driver import wait_idle

    network = reach_network_page(qtbot, wizard)
    network.apply_settings()
    wait_idle(qtbot, network)
    go_next(qtbot, wizard, PageId.DNS)
    dns = wizard.currentPage()
    dns.verify_dns()
    wait_idle(qtbot, dns)
    assert dns.verified_ok is True
    go_next(qtbot, wizard, PageId.HOST_READY)
    wait_idle(qtbot, wizard.currentPage())


def expected_chip_counts(world) -> dict[str, int]:
    """What the filter chips must count, straight from the lab's own machines (the oracle)."""
    from app.lab.spp.products import KeyKind, LicenseStatus

    counts = dict.fromkeys(
        ("MAK", "KMS", "UNLICENSED", "IN_GRACE", "UNREACHABLE", "CREDENTIALS"), 0
    )
    for name in world.machine_names():
        machine = world.machine(name)
        if not machine.reachable:
            counts["UNREACHABLE"] += 1
            continue
        if machine.ps_major < 3:
            continue  # stock PowerShell 2.0: the scan fails with "too old", no chip
        keyed = [p for p in machine.products if p.key and not p.is_addon]  # ESU: no channel
        if any(p.kind is KeyKind.MAK for p in keyed):
            counts["MAK"] += 1
        if any(p.kind is KeyKind.GVLK for p in keyed):
            counts["KMS"] += 1
        statuses = {p.status for p in keyed}
        if statuses & {LicenseStatus.UNLICENSED, LicenseStatus.NOTIFICATION}:
            counts["UNLICENSED"] += 1
        if statuses & {
            LicenseStatus.OOB_GRACE,
            LicenseStatus.OOT_GRACE,
            LicenseStatus.EXTENDED_GRACE,
            LicenseStatus.NON_GENUINE_GRACE,
        }:
            counts["IN_GRACE"] += 1
    return counts


def windows_count(world, host: str = "kms01") -> int:
    """The KMS host's Windows count in the lab (unique client machine IDs, 30 days)."""
    from app.domain.licensing import WINDOWS_APP_ID

    table = world.machine(host).service.tables.get(WINDOWS_APP_ID)
    return table.count(world.clock.now()) if table is not None else 0
