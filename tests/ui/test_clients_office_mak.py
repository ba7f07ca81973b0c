"""KMS → MAK with Office: one MAK per Office edition, from the keyring, or "leave on KMS".

On the lab's Office clients (pc-office2010/2016/2021, each running one Office
edition as a KMS client) the conversion page lists every Office edition that
KMS clients among the chosen hosts run, each with "leave on KMS" or a keyring
label. The Windows MAK and the Office MAK are stored through the page's one
small form; the plan shows the Office steps (the MAK by its label only) and,
for the editions left alone, why; the confirmation counts Windows and Office
products. Afterwards only the chosen edition is on MAK. Leaving an edition on
KMS (in French, then switched live to German) leaves its Office alone, and an
interrupted run resumes with its Office MAKs.
"""

from __future__ import annotations

import json
import logging
from collections import Counter

from PySide6.QtCore import Qt

from app.bootstrap import DesktopBackend
from app.domain.flow import PageId
from app.domain.licensing import LicenseChannel, LicenseStatus
from app.lab.faults import MachineFaults
from app.lab.spp.products import KeyKind
from app.lab.world import build_default_lab
from app.ui.pages.clients_convert import Which
from tests.ui.clients_support import journal_rows, scan_lab, straight_to_clients, test_fleet
from tests.ui.driver import BUSY_TIMEOUT_MS, click, go_next, wait_idle

OFFICE_HOSTS = ["pc-office2010.lab.test", "pc-office2016.lab.test", "pc-office2021.lab.test"]
HOST_2016 = "pc-office2016.lab.test"  # Windows 10 Enterprise and Office 2016, both KMS clients
EDITIONS = {
    "office2010-proplus": "Office Professional Plus 2010",
    "office2016-proplus": "Office Professional Plus 2016",
    "office2021-proplus": "Office LTSC Professional Plus 2021",
}
WINDOWS_LABEL = "lab MAK Windows 10"
OFFICE_LABEL = "lab MAK Office 2016"


def _store(qtbot, convert, label: str, key: str, edition: str | None = None) -> None:
    """Type a MAK into the page's form, for Windows or an Office edition, and store it."""
    convert.new_mak_for.setCurrentIndex(convert.new_mak_for.findData(edition) if edition else 0)
    convert.new_mak_label.setText(label)
    convert.new_mak_key.setText(key)
    click(qtbot, convert.store_mak)
    wait_idle(qtbot, convert)
    assert convert.new_mak_key.text() == ""


def _tree_texts(convert) -> list[str]:
    texts = []

    def walk(item):
        texts.append(item.text(0))
        for i in range(item.childCount()):
            walk(item.child(i))

    for i in range(convert.tree.topLevelItemCount()):
        walk(convert.tree.topLevelItem(i))
    return texts


def _office(result):
    (office,) = [p.state for p in result.products if p.is_office]
    return office


def _office_kind(world, host: str) -> KeyKind:
    (office,) = [p for p in world.machine(host).products if p.key and "Office" in p.name]
    return office.kind


def _to_office_hosts(qtbot, wizard):
    """Scan the lab, show only the Office clients, open the conversion page towards MAK."""
    straight_to_clients(qtbot, wizard)
    scan_lab(qtbot, wizard)
    scan = wizard.currentPage()
    scan.search.setText("pc-office")
    assert sorted(scan.clients.view.visible_hosts()) == OFFICE_HOSTS
    go_next(qtbot, wizard, PageId.CLIENTS_CONVERT)
    convert = wizard.currentPage()
    wait_idle(qtbot, convert)
    assert not convert.office_box.isVisible()  # MAK → KMS: no Office MAK to choose
    click(qtbot, convert.to_mak)
    convert.which.setCurrentIndex(Which.FILTERED)
    assert sorted(convert.chosen_hosts()) == OFFICE_HOSTS
    return convert


def test_an_office_mak_for_one_edition_converts_that_edition_only(
    qtbot, make_wizard, tmp_path, caplog
):
    caplog.set_level(logging.DEBUG)
    wizard, confirmer = make_wizard("en")
    convert = _to_office_hosts(qtbot, wizard)
    world = convert.clients.lab_runtime.world
    keys = world.lab_keys()
    windows_mak, office_mak = keys["mak:win10"], keys["mak:office2016"]
    remaining = {g: world.mak_remaining(f"mak:{g}") for g in ("office2010", "office2016", "win10")}

    # Each Office edition on KMS among the hosts, by its catalog name, left on KMS at first.
    assert convert.office_box.isVisible()
    names = {e: convert._office_rows[e][0].text() for e in convert._office_rows}
    assert names == EDITIONS
    for edition in EDITIONS:
        combo = convert.office_mak_combo(edition)
        assert combo.currentData() is None and combo.currentText() == "Leave on KMS"
    assert convert.new_mak_for.isVisible()
    assert [convert.new_mak_for.itemText(i) for i in range(4)] == [
        "for Windows",
        *(f"for {name}" for name in EDITIONS.values()),
    ]

    # One form stores both MAKs; each lands where it was meant for, nowhere else.
    _store(qtbot, convert, WINDOWS_LABEL, windows_mak)
    assert convert.mak.currentData() == WINDOWS_LABEL
    assert convert.office_mak_labels() == {}
    _store(qtbot, convert, OFFICE_LABEL, office_mak, "office2016-proplus")
    assert OFFICE_LABEL in convert.operation.text
    assert convert.mak.currentData() == WINDOWS_LABEL
    assert convert.office_mak_labels() == {"office2016-proplus": OFFICE_LABEL}
    combo = convert.office_mak_combo("office2016-proplus")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Leave on KMS",
        OFFICE_LABEL,
        WINDOWS_LABEL,
    ]
    assert dict(convert.target().office_mak_labels) == {"office2016-proplus": OFFICE_LABEL}

    click(qtbot, convert.preview)
    wait_idle(qtbot, convert)
    assert [h.host for h in convert.plan.with_work] == [HOST_2016]
    steps = [convert._step_items[(HOST_2016, seq)].text(0) for seq in range(1, 6)]
    assert steps[0].startswith(f"1. Install the MAK “{WINDOWS_LABEL}” for Windows")
    assert steps[2:4] == [
        f"3. Install the MAK “{OFFICE_LABEL}” for Office Professional Plus 2016.",
        "4. Activate Office Professional Plus 2016.",
    ]
    texts = _tree_texts(convert)
    left = "Left on KMS: no MAK was chosen for this Office edition."
    assert f"Office Professional Plus 2010: {left}" in texts
    assert f"Office LTSC Professional Plus 2021: {left}" in texts
    # Left alone: the two Offices, a Windows already on MAK and a retail Windows.
    assert "left alone: 4" in convert.summary.text()
    assert "impossible to convert: 0" in convert.summary.text()
    for mak in (windows_mak, office_mak):
        assert not any(mak in text or mak[:11] in text for text in texts)

    click(qtbot, convert.convert)
    _title, question, details = confirmer.asked[-1]
    assert "1 host" in question and "KMS to MAK" in question
    assert details.startswith("2 products get a new key or are activated")  # Windows and Office
    qtbot.waitUntil(lambda: convert.task is None, timeout=BUSY_TIMEOUT_MS)
    assert convert.host_state(HOST_2016) == "converted"

    after = convert.clients.results.result_for(HOST_2016)
    for state in (after.windows.state, _office(after)):
        assert (state.channel, state.status) == (LicenseChannel.MAK, LicenseStatus.LICENSED)
    assert _office_kind(world, HOST_2016) is KeyKind.MAK
    # The editions left on KMS were not touched: their Office is still a KMS client.
    for host in ("pc-office2010.lab.test", "pc-office2021.lab.test"):
        assert _office_kind(world, host) is KeyKind.GVLK
        assert _office(convert.clients.results.result_for(host)).channel is (
            LicenseChannel.KMS_CLIENT
        )
    assert world.mak_remaining("mak:office2016") == remaining["office2016"] - 1
    assert world.mak_remaining("mak:win10") == remaining["win10"] - 1
    assert world.mak_remaining("mak:office2010") == remaining["office2010"]
    # Office 2016 is on MAK now: only the editions left on KMS are still offered.
    assert list(convert._office_rows) == ["office2010-proplus", "office2021-proplus"]
    convert.which.setCurrentIndex(Which.SELECTED)  # nothing selected: no Office, no rows
    assert convert.chosen_hosts() == [] and not convert.office_box.isVisible()
    assert not convert.new_mak_for.isVisible() and convert.store_mak.isVisible()

    # The run names the Office MAK by its label; neither MAK is on disk or in the log.
    (run,) = journal_rows(tmp_path / "journal.sqlite3", "SELECT params FROM conversions")
    assert json.loads(run["params"])["office_mak_labels"] == {"office2016-proplus": OFFICE_LABEL}
    go_next(qtbot, wizard, PageId.SUMMARY)
    summary = wizard.currentPage()
    click(qtbot, summary.save)
    wait_idle(qtbot, summary)
    stored = [path for path in tmp_path.rglob("*") if path.is_file()]
    assert any(p.suffix == ".html" for p in stored)
    for mak in (windows_mak, office_mak):
        for shape in (mak, mak.replace("-", "")):
            assert shape not in caplog.text
            for path in stored:
                assert shape.encode() not in path.read_bytes(), path


def test_leave_on_kms_leaves_office_alone_in_french(qtbot, make_wizard):
    wizard, confirmer = make_wizard("fr")
    straight_to_clients(qtbot, wizard)
    scan_lab(qtbot, wizard)
    scan = wizard.currentPage()
    assert scan.select_host(HOST_2016)
    go_next(qtbot, wizard, PageId.CLIENTS_CONVERT)
    convert = wizard.currentPage()
    wait_idle(qtbot, convert)
    world = convert.clients.lab_runtime.world
    remaining = world.mak_remaining("mak:office2016")
    click(qtbot, convert.to_mak)
    convert.which.setCurrentIndex(Which.SELECTED)
    assert convert.form.labelForField(convert.office_box).text() == "MAK Office\u00a0:"
    (edition,) = convert._office_rows
    assert edition == "office2016-proplus"
    assert convert.office_mak_combo(edition).currentText() == "Laisser en KMS"
    assert convert.new_mak_for.itemText(0) == "pour Windows"
    _store(qtbot, convert, WINDOWS_LABEL, world.lab_keys()["mak:win10"])
    # Another MAK is in the keyring now, but this edition stays where it was put: on KMS.
    assert convert.office_mak_combo(edition).currentData() is None
    assert convert.target().office_mak_labels == {}

    click(qtbot, convert.preview)
    wait_idle(qtbot, convert)
    texts = _tree_texts(convert)
    assert (
        "Office Professional Plus 2016\u00a0: Laissé en KMS\u00a0: aucune clé MAK n’a été choisie "
        "pour cette édition d’Office." in texts
    )
    assert not any("Office Professional Plus 2016." in text for text in texts)  # no Office step
    click(qtbot, convert.convert)
    assert confirmer.asked[-1][2].startswith("1 produit reçoit")
    qtbot.waitUntil(lambda: convert.task is None, timeout=BUSY_TIMEOUT_MS)
    assert convert.host_state(HOST_2016) == "converted"

    after = convert.clients.results.result_for(HOST_2016)
    assert after.windows.state.channel is LicenseChannel.MAK
    assert _office(after).channel is LicenseChannel.KMS_CLIENT
    assert _office_kind(world, HOST_2016) is KeyKind.GVLK
    assert world.mak_remaining("mak:office2016") == remaining
    # Its Office still runs on KMS: a MAK can still be chosen for it later.
    assert convert.office_box.isVisible() and list(convert._office_rows) == [edition]

    # A live switch to German retranslates the new rows; the choices stay as they were.
    wizard.switch_language("de")
    office_label = convert.form.labelForField(convert.office_box)
    qtbot.waitUntil(lambda: office_label.text() == "Office-MAKs:")  # LanguageChange delivered
    assert convert.form.labelForField(convert.mak_row).text() == "Windows-MAK:"
    assert convert.office_mak_combo(edition).currentText() == "Bei KMS belassen"
    assert convert.new_mak_for.itemText(0) == "für Windows"
    assert convert.new_mak_for.itemText(1) == "für Office Professional Plus 2016"
    assert convert.mak.currentData() == WINDOWS_LABEL


# --- an interrupted run resumes with its Office MAKs ---------------------------------------------

# Office only (its Windows is on MAK already), then Windows 7 and Office 2016 twice.
RESUME_HOSTS = ["pc-office2010.lab.test", "pc004.lab.test", "pc011.lab.test"]
SLOW = MachineFaults(latency=0.08)


def _ctrl_select(qtbot, scan, hosts: list[str]) -> None:
    """Select rows of the scan table as a user does: a click, then Ctrl+clicks."""
    view = scan.clients.view
    for n, host in enumerate(hosts):
        (row,) = [r for r in range(view.rowCount()) if view.visible_hosts()[r] == host]
        index = view.index(row, 0)
        scan.table.scrollTo(index)
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(
            scan.table.viewport(),
            Qt.MouseButton.LeftButton,
            modifier,
            scan.table.visualRect(index).center(),
        )
    assert sorted(scan.clients.selected_hosts) == sorted(hosts)


def test_an_interrupted_run_resumes_with_its_office_maks(qtbot, make_wizard, tmp_path, pool):
    world = build_default_lab(scenario="legacy-2008r2")
    backend = DesktopBackend(lab_world_factory=lambda _scenario: world)
    fleet = test_fleet(tmp_path)  # one journal and one keyring for both windows
    wizard, _confirmer = make_wizard("en", backend=backend, fleet=fleet)
    straight_to_clients(qtbot, wizard)
    runtime = wizard.currentPage().clients.lab_runtime
    scan_lab(qtbot, wizard)
    _ctrl_select(qtbot, wizard.currentPage(), RESUME_HOSTS)
    go_next(qtbot, wizard, PageId.CLIENTS_CONVERT)
    convert = wizard.currentPage()
    wait_idle(qtbot, convert)
    click(qtbot, convert.to_mak)
    convert.which.setCurrentIndex(Which.SELECTED)
    keys = world.lab_keys()
    _store(qtbot, convert, "win7", keys["mak:client-vl"])
    _store(qtbot, convert, "o2010", keys["mak:office2010"], "office2010-proplus")
    _store(qtbot, convert, "o2016", keys["mak:office2016"], "office2016-proplus")
    labels = {"office2010-proplus": "o2010", "office2016-proplus": "o2016"}
    assert convert.office_mak_labels() == labels
    convert.concurrency.setValue(1)
    click(qtbot, convert.preview)
    wait_idle(qtbot, convert)
    assert sorted(h.host for h in convert.plan.with_work) == RESUME_HOSTS
    runtime.faults.set_defaults(SLOW)
    click(qtbot, convert.convert)
    qtbot.waitUntil(
        lambda: any(convert.host_state(h) == "converted" for h in RESUME_HOSTS),
        timeout=BUSY_TIMEOUT_MS,
    )
    wizard.close()  # mid-run: the hosts in flight finish, the run stays open
    qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=30_000)
    path = tmp_path / "journal.sqlite3"
    (run,) = journal_rows(path, "SELECT * FROM conversions")
    assert run["finished"] is None
    assert json.loads(run["params"])["office_mak_labels"] == labels
    started = {s["host"] for s in journal_rows(path, "SELECT host FROM steps")}
    assert started and started != set(RESUME_HOSTS)
    runtime.faults.set_defaults(MachineFaults())

    wizard2, confirmer2 = make_wizard("en", backend=backend, fleet=fleet)
    qtbot.waitUntil(lambda: bool(confirmer2.asked), timeout=BUSY_TIMEOUT_MS)
    qtbot.waitUntil(lambda: wizard2.currentId() == PageId.CLIENTS_INVENTORY)
    inventory = wizard2.currentPage()
    qtbot.waitUntil(lambda: inventory.inventory is not None, timeout=BUSY_TIMEOUT_MS)
    wait_idle(qtbot, inventory)
    go_next(qtbot, wizard2, PageId.CLIENTS_SCAN)
    scan = wizard2.currentPage()
    qtbot.waitUntil(lambda: scan.report is not None and not scan.scanning, timeout=60_000)
    go_next(qtbot, wizard2, PageId.CLIENTS_CONVERT)
    convert2 = wizard2.currentPage()
    qtbot.waitUntil(lambda: convert2.resume_box.isVisible(), timeout=BUSY_TIMEOUT_MS)
    click(qtbot, convert2.resume_button)
    qtbot.waitUntil(lambda: convert2.task is None, timeout=BUSY_TIMEOUT_MS)

    report = convert2.run_report
    assert report is not None and report.resumed and report.ok
    for host in RESUME_HOSTS:
        assert _office_kind(world, host) is KeyKind.MAK
        office = _office(convert2.clients.results.result_for(host))
        assert (office.channel, office.status) == (LicenseChannel.MAK, LicenseStatus.LICENSED)
    # Each product got its key once, across the interruption.
    installs = Counter(
        r.machine
        for r in world.received
        if r.operation == "install-key" and r.machine in RESUME_HOSTS
    )
    assert installs == {"pc-office2010.lab.test": 1, "pc004.lab.test": 2, "pc011.lab.test": 2}
