"""Issue 14 item 1 in the window: the plan marks what the KMS host can activate.

The host is set up through the wizard (lab: Windows Server 2008 R2 with a Server
Group B key); its key cannot activate Windows 10/11 (pc021) nor Server 2019
(srv028). The plan shows why, leaves them out, and converts them only once the
admin ticks "Also convert…". Real lab over WinRM, real conversion service.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from app.domain.flow import PageId
from app.domain.licensing import LicenseChannel, LicenseStatus
from tests.ui.clients_support import scan_lab, set_up_lab_host
from tests.ui.driver import BUSY_TIMEOUT_MS, click, go_next, wait_idle

WINDOWS7_MAK = "pc-office2010.lab.test"
UNCOVERED = ("pc021.lab.test", "srv028.lab.test")


def _texts(item) -> list[str]:
    return [item.child(i).text(0) for i in range(item.childCount())]


def _to_convert_page(qtbot, wizard):
    set_up_lab_host(qtbot, wizard)
    click(qtbot, wizard.currentPage().to_clients)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.CLIENTS_INVENTORY)
    scan_lab(qtbot, wizard)
    go_next(qtbot, wizard, PageId.CLIENTS_CONVERT)
    convert = wizard.currentPage()
    click(qtbot, convert.preview)
    wait_idle(qtbot, convert)
    return convert


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_uncovered_products_are_shown_and_left_out_until_ticked(qtbot, make_wizard, language):
    wizard, _confirmer = make_wizard(language)
    convert = _to_convert_page(qtbot, wizard)
    world = wizard.ctx.session.lab.runtime.world
    model = convert.clients.results

    # The plan marks each product; the uncovered hosts are listed as left out, with the reason.
    assert [h.host for h in convert.plan.with_work] == [WINDOWS7_MAK]
    assert convert.include_uncovered.isVisibleTo(convert)
    assert not convert.include_uncovered.isChecked()
    left_out = QCoreApplication.translate("ClientsConvertPage", "left out")
    for host in UNCOVERED:
        item = convert._host_items[host]
        assert item.text(1) == left_out
        reason = " ".join(_texts(item))
        assert "0xC004F042" in reason and "kms01.lab.test" in reason
    will = _texts(convert._host_items[WINDOWS7_MAK])
    assert any("kms01.lab.test" in t and "0xC004F042" not in t for t in will[3:])
    if language == "en":
        assert "Cannot activate: the host key of kms01.lab.test" in " ".join(
            _texts(convert._host_items["pc021.lab.test"])
        )
        assert any(t.startswith("Windows 7 Professional: Will activate") for t in will)
    else:
        english = "Also convert the products this KMS host cannot activate"
        assert english not in convert.include_uncovered.text()

    # Converting now touches only the covered client: the others keep their licensed MAK.
    click(qtbot, convert.convert)
    qtbot.waitUntil(lambda: convert.task is None, timeout=BUSY_TIMEOUT_MS)
    assert [h.host for h in convert.run_report.hosts] == [WINDOWS7_MAK]
    assert not convert.include_uncovered.isVisibleTo(convert)
    for host in UNCOVERED:
        assert not [r for r in world.received if r.machine == host and r.operation == "install-key"]
        windows = model.result_for(host).windows.state
        assert (windows.channel, windows.status) == (LicenseChannel.MAK, LicenseStatus.LICENSED)


def test_ticked_the_uncovered_products_are_converted(qtbot, make_wizard):
    wizard, confirmer = make_wizard("en")
    convert = _to_convert_page(qtbot, wizard)
    convert.include_uncovered.setChecked(True)
    assert sorted(h.host for h in convert.plan.with_work) == sorted([WINDOWS7_MAK, *UNCOVERED])
    assert convert._host_items["pc021.lab.test"].text(1) == "to convert"
    # The warning stays visible next to the steps once included.
    assert "Cannot activate" in " ".join(_texts(convert._host_items["pc021.lab.test"]))
    asked = len(confirmer.asked)
    click(qtbot, convert.convert)
    _title, _question, details = confirmer.asked[asked]
    assert "Included on purpose: 2 products that the KMS host cannot activate" in details
    qtbot.waitUntil(lambda: convert.task is None, timeout=BUSY_TIMEOUT_MS)
    pc021 = convert.clients.results.result_for("pc021.lab.test").windows.state
    assert pc021.channel is LicenseChannel.KMS_CLIENT  # what the admin chose, knowingly
