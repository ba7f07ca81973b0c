"""KMS → MAK from the wizard: the MAK typed once into the keyring, then used by its label only.

A KMS client selected in the scan table is converted to the lab's Windows 7
MAK: the plan names the MAK by its label, the confirmation names the host,
the machine ends up licensed by MAK, one MAK activation is used, and the
whole key appears nowhere — not in the plan, the journal or the reports.
"""

from __future__ import annotations

from app.domain.flow import PageId
from app.domain.licensing import LicenseChannel, LicenseStatus
from app.ui.pages.clients_convert import Which
from tests.ui.clients_support import journal_rows, scan_lab, straight_to_clients
from tests.ui.driver import BUSY_TIMEOUT_MS, click, go_next, wait_idle

HOST = "pc001.lab.test"  # Windows 7 Professional with a KMS client key
LABEL = "lab MAK client-vl"


def test_kms_client_to_mak_with_a_mak_from_the_keyring(qtbot, make_wizard, tmp_path):
    wizard, confirmer = make_wizard("en")
    straight_to_clients(qtbot, wizard)
    scan_lab(qtbot, wizard)
    scan = wizard.currentPage()
    world = scan.clients.lab_runtime.world
    mak = world.lab_keys()["mak:client-vl"]
    remaining = world.mak_remaining("mak:client-vl")
    assert scan.select_host(HOST)
    assert scan.clients.selected_hosts == [HOST]

    go_next(qtbot, wizard, PageId.CLIENTS_CONVERT)
    convert = wizard.currentPage()
    click(qtbot, convert.to_mak)
    convert.which.setCurrentIndex(Which.SELECTED)
    assert convert.chosen_hosts() == [HOST]
    assert not convert.preview.isEnabled()  # no MAK in the keyring yet
    assert "keyring" in convert.summary.text()
    convert.new_mak_label.setText(LABEL)
    convert.new_mak_key.setText("not-a-key")
    click(qtbot, convert.store_mak)
    assert "key" in convert.operation.text.lower() and convert.mak.currentData() is None
    convert.new_mak_key.setText(mak.lower())
    click(qtbot, convert.store_mak)
    wait_idle(qtbot, convert)
    assert convert.mak.currentData() == LABEL and convert.new_mak_key.text() == ""
    assert LABEL in convert.operation.text
    # Back on the page later, with labels in the keyring: none is taken for granted.
    convert._fill_mak_combos(select=None)
    convert.mak.setCurrentIndex(0)
    assert convert.mak.currentData() is None and convert.mak.currentText() == "Choose…"
    assert not convert.preview.isEnabled() and "Choose the MAK" in convert.summary.text()
    convert.mak.setCurrentIndex(convert.mak.findData(LABEL))
    assert convert.preview.isEnabled()

    click(qtbot, convert.preview)
    wait_idle(qtbot, convert)
    steps = [convert._step_items[(HOST, seq)].text(0) for seq in (1, 2)]
    assert steps[0] == f"1. Install the MAK “{LABEL}” for Windows 7 Professional."
    click(qtbot, convert.convert)
    assert "1 host" in confirmer.last_question and "KMS to MAK" in confirmer.last_question
    qtbot.waitUntil(lambda: convert.task is None, timeout=BUSY_TIMEOUT_MS)
    assert convert.host_state(HOST) == "converted"
    after = convert.clients.results.result_for(HOST).windows.state
    assert after.channel is LicenseChannel.MAK and after.status is LicenseStatus.LICENSED
    assert world.mak_remaining("mak:client-vl") == remaining - 1

    # The whole MAK is nowhere on disk: not in the journal, not in a report.
    go_next(qtbot, wizard, PageId.SUMMARY)
    summary = wizard.currentPage()
    click(qtbot, summary.save)
    wait_idle(qtbot, summary)
    stored = [path for path in tmp_path.rglob("*") if path.is_file()]  # journal, its WAL, reports
    assert any(p.suffix == ".html" for p in stored)
    for path in stored:
        data = path.read_bytes()
        for shape in (mak, mak.replace("-", "")):
            assert shape.encode() not in data, path
    (run,) = journal_rows(tmp_path / "journal.sqlite3", "SELECT params FROM conversions")
    assert LABEL in run["params"]
