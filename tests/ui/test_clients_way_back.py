"""Issue 14 item 2 in the window: put back what a run left in grace, the MAK spent on consent.

pc021 (Windows 10 Pro, MAK) is converted to KMS with "Also convert…" ticked; the
lab's kms01 (Server Group B) cannot activate it, so it ends in its grace period.
"Put back what this run changed…" asks for the MAK, plans MAK again for exactly
that product, and the confirmation names the activation it spends: refused, nothing
changes; confirmed, one activation is spent and pc021 is licensed on MAK again.
Real lab over WinRM, real conversion service, the page's own keyring form.
"""

from __future__ import annotations

from app.domain.conversion import ConversionDirection
from app.domain.flow import PageId
from app.domain.licensing import LicenseChannel, LicenseStatus
from app.ui.pages.clients_convert import Which
from tests.ui.clients_support import scan_lab, set_up_lab_host
from tests.ui.driver import BUSY_TIMEOUT_MS, click, go_next, wait_idle

CLIENT = "pc021.lab.test"
LABEL = "lab MAK Windows 10"


def _installs(world) -> int:
    return sum(1 for r in world.received if r.machine == CLIENT and r.operation == "install-key")


def test_put_back_a_client_left_in_grace_with_the_mak_spent_only_when_confirmed(
    qtbot, make_wizard
):
    wizard, confirmer = make_wizard("en")
    set_up_lab_host(qtbot, wizard)
    click(qtbot, wizard.currentPage().to_clients)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.CLIENTS_INVENTORY)
    scan_lab(qtbot, wizard)
    wizard.currentPage().search.setText("pc021")
    go_next(qtbot, wizard, PageId.CLIENTS_CONVERT)
    convert = wizard.currentPage()
    wait_idle(qtbot, convert)
    convert.which.setCurrentIndex(Which.FILTERED)
    click(qtbot, convert.preview)
    wait_idle(qtbot, convert)
    convert.include_uncovered.setChecked(True)
    click(qtbot, convert.convert)
    qtbot.waitUntil(lambda: convert.task is None, timeout=BUSY_TIMEOUT_MS)
    world = convert.clients.lab_runtime.world
    windows = convert.clients.results.result_for(CLIENT).windows.state
    assert windows.channel is LicenseChannel.KMS_CLIENT
    assert windows.status is not LicenseStatus.LICENSED  # left in grace (0xC004F042)

    # Offered after that run; first it asks for the MAK (none is taken for granted).
    assert convert.way_back.isVisibleTo(convert)
    assert convert.way_back.text() == "Put back what this run changed…"
    click(qtbot, convert.way_back)
    assert convert.to_mak.isChecked() and "Choose the MAK" in convert.summary.text()
    convert.new_mak_label.setText(LABEL)
    convert.new_mak_key.setText(world.lab_keys()["mak:win10"])
    click(qtbot, convert.store_mak)
    wait_idle(qtbot, convert)
    assert convert.mak.currentData() == LABEL

    click(qtbot, convert.way_back)
    wait_idle(qtbot, convert)
    plan = convert.plan
    assert plan.target.direction is ConversionDirection.TO_MAK
    assert [h.host for h in plan.with_work] == [CLIENT]
    remaining = world.mak_remaining("mak:win10")
    installs = _installs(world)

    # Refused: nothing is sent, no activation spent; the question named the spend.
    confirmer.answer = False
    asked = len(confirmer.asked)
    click(qtbot, convert.convert)
    _title, _question, details = confirmer.asked[asked]
    assert f"spends one of the MAK's activations: 1 activation of “{LABEL}”" in details
    assert _installs(world) == installs
    assert world.mak_remaining("mak:win10") == remaining

    # Confirmed: one activation spent, licensed on MAK again.
    confirmer.answer = True
    click(qtbot, convert.convert)
    qtbot.waitUntil(lambda: convert.task is None, timeout=BUSY_TIMEOUT_MS)
    assert convert.run_report.ok
    windows = convert.clients.results.result_for(CLIENT).windows.state
    assert (windows.channel, windows.status) == (LicenseChannel.MAK, LicenseStatus.LICENSED)
    assert world.mak_remaining("mak:win10") == remaining - 1
    assert not convert.way_back.isVisibleTo(convert)  # nothing left in grace
