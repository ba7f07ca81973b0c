"""The inventory page's sources and credentials: every bad input explained, nothing contacted.

Host-list file (UTF-16, comments), CSV with its separator and host column
found and then chosen, an address range above 256 addresses only after a
confirmation (and one above 4,096 refused), a directory address that is not
one, and the password taken from the keyring instead of typed.
"""

from __future__ import annotations

import codecs

from app.domain.flow import PageId
from app.ui.fleet import password_label
from app.ui.pages.clients_inventory import Source
from tests.ui.clients_support import straight_to_clients, test_fleet
from tests.ui.driver import BUSY_TIMEOUT_MS, go_next, next_enabled, wait_idle


def _hosts(qtbot, page) -> tuple[str, ...]:
    qtbot.waitUntil(lambda: page.inventory is not None and page.own_blocker() == "")
    return page.inventory.hosts


def test_sources_are_read_and_explained(qtbot, make_wizard, tmp_path):
    wizard, confirmer = make_wizard("en", answer=False)
    straight_to_clients(qtbot, wizard)
    page = wizard.currentPage()

    # A host list saved by Notepad as "Unicode": UTF-16 with a BOM, comments, a bad line.
    listing = tmp_path / "hosts.txt"
    listing.write_bytes(
        codecs.BOM_UTF16_LE + "# lab\r\npc001\r\npc003 # second\r\nbad;name\r\n".encode("utf-16-le")
    )
    page.load_host_file(str(listing))
    assert _hosts(qtbot, page) == ("pc001", "pc003")
    assert "Line 4" in page.notes.text() and "semicolon" in page.notes.text()

    # A French Excel export: ";" separators, the host column found by its heading, then chosen.
    table = tmp_path / "export.csv"
    table.write_text("Nom;Adresse IP;OS\npc001;10.1.2.3;Windows 7\npc003;10.1.2.4;Windows 7\n")
    page.set_csv_file(str(table))
    assert _hosts(qtbot, page) == ("pc001", "pc003")
    assert "“Nom”" in page.csv_layout_label.text() and "“;”" in page.csv_layout_label.text()
    page.choose_csv_column("Adresse IP")
    qtbot.waitUntil(lambda: page.inventory is not None and page.inventory.hosts[0] == "10.1.2.3")
    assert page.inventory.hosts == ("10.1.2.3", "10.1.2.4")

    # A range: 1,022 addresses need a confirmation; the answer here is no, so nothing moves.
    page.sources.setCurrentIndex(Source.RANGE)
    page.range_edit.setText("10.0.0.0/22")
    assert "1022 addresses" in page.range_count.text() and "confirm" in page.range_count.text()
    assert next_enabled(wizard)
    wizard.next()
    assert wizard.currentId() == PageId.CLIENTS_INVENTORY
    assert "1022 addresses" in confirmer.last_question
    page.range_edit.setText("10.0.0.0/8")
    assert "at most 4096" in page.range_count.text()
    assert not next_enabled(wizard)
    page.range_edit.setText("10.0.0.300/24")
    assert "not an address range" in page.range_count.text()

    # Active Directory: an address that is none is explained before anything is contacted.
    page.sources.setCurrentIndex(Source.DIRECTORY)
    page.ad_url.setText("not a server!")
    page.ad_base.setText("OU=Clients,DC=example,DC=com")
    page.list_directory()
    wait_idle(qtbot, page)
    assert "is not a directory address" in page.summary.text()
    assert not next_enabled(wizard)


def test_the_password_comes_from_the_keyring_or_is_remembered(qtbot, make_wizard, tmp_path):
    fleet = test_fleet(tmp_path)
    wizard, _confirmer = make_wizard("en", fleet=fleet)
    straight_to_clients(qtbot, wizard)
    page = wizard.currentPage()
    world = page.clients.lab_runtime.world
    user = page.user.text()
    assert user == world.user and page.password.text() == world.password

    # Typed and remembered: the keyring holds it once the scan has started.
    page.set_host_list("pc001")
    page.remember.setChecked(True)
    go_next(qtbot, wizard, PageId.CLIENTS_SCAN)
    scan = wizard.currentPage()
    qtbot.waitUntil(lambda: scan.report is not None, timeout=BUSY_TIMEOUT_MS)
    assert scan.report.summary.scanned == 1
    assert fleet.stored_secret(password_label(user)) == world.password

    # Back on the inventory: no password typed, the keyring entry chosen instead.
    wizard.back()
    qtbot.waitUntil(lambda: page.keyring_entry.findData(password_label(user)) > 0)
    page.password.clear()
    page.keyring_entry.setCurrentIndex(page.keyring_entry.findData(password_label(user)))
    page.set_host_list("pc003")
    go_next(qtbot, wizard, PageId.CLIENTS_SCAN)
    qtbot.waitUntil(lambda: scan.report is not None and not scan.scanning, timeout=BUSY_TIMEOUT_MS)
    assert [r.host for r in scan.report.results] == ["pc003.lab.test"]
    assert scan.report.summary.scanned == 1  # the lab accepted the password from the keyring
