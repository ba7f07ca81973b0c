"""The wizard's activation via Active Directory, against the simulated lab over real WinRM.

Welcome → Forest → Forest activation (online) and → Forest phone activation, as a user
clicks them. The lab's kms01 is a Windows Server 2022 in today's story (it can activate the
forest) and a Windows Server 2008 R2 in the legacy story (it cannot).
"""

from __future__ import annotations

import pytest

from app.domain.flow import PageId
from tests.ui.driver import FINISH, click, go_next, next_enabled, wait_idle


def _to_activation(qtbot, wizard):
    welcome = wizard.currentPage()
    welcome.adba.setChecked(True)  # as a click on its label does
    assert wizard.ctx.state.adba
    assert wizard.planned_steps() == [
        PageId.WELCOME, PageId.ADBA_FOREST, PageId.ADBA_ACTIVATION, PageId.ADBA_DONE
    ]
    go_next(qtbot, wizard, PageId.ADBA_FOREST)
    forest = wizard.currentPage()
    assert forest.lab_note.isVisible()
    assert "Windows 7" in forest.kms_needed.text()
    assert not forest.check.isEnabled()  # no directory given
    go_next(qtbot, wizard, PageId.ADBA_ACTIVATION)
    page = wizard.currentPage()
    wait_idle(qtbot, page)
    return page


def test_activate_the_forest_online(qtbot, make_wizard):
    wizard, confirmer = make_wizard("en", scenario="current")
    page = _to_activation(qtbot, wizard)
    assert "kms01" in page.machine_line.text() and "2022" in page.machine_line.text()
    assert not page.activate.isEnabled() and not next_enabled(wizard)
    click(qtbot, page.lab_key)
    page.name.setText("Contoso forest")
    click(qtbot, page.activate)
    wait_idle(qtbot, page)
    assert wizard.ctx.state.adba_activated
    question = confirmer.last_question
    assert "Contoso forest" in question and "XXXXX-XXXXX-XXXXX-XXXXX-" in question
    key = wizard.ctx.session.lab.host_key("ws2022")
    assert key not in question
    assert "CN=Contoso forest,CN=Activation Objects" in page.result.text()
    go_next(qtbot, wizard, PageId.ADBA_DONE)
    done = wizard.currentPage()
    assert "Contoso forest" in done.result.text()
    assert wizard.button(FINISH).isVisible() and wizard.button(FINISH).isEnabled()


def test_activate_the_forest_by_phone(qtbot, make_wizard):
    wizard, _confirmer = make_wizard("en", scenario="current")
    page = _to_activation(qtbot, wizard)
    click(qtbot, page.lab_key)
    page.name.setText("By phone")
    click(qtbot, page.phone)
    assert PageId.ADBA_PHONE in wizard.planned_steps()
    go_next(qtbot, wizard, PageId.ADBA_PHONE)
    phone = wizard.currentPage()
    wait_idle(qtbot, phone)
    assert len(phone.iid_view.groups) == 9
    assert not phone.deposit.isEnabled() and not next_enabled(wizard)
    click(qtbot, phone.lab_cid)
    click(qtbot, phone.deposit)
    wait_idle(qtbot, phone)
    assert wizard.ctx.state.adba_activated
    assert "By phone" in phone.result.text()
    go_next(qtbot, wizard, PageId.ADBA_DONE)
    assert "By phone" in wizard.currentPage().result.text()


def test_a_2008_r2_machine_is_refused_with_its_reason(qtbot, make_wizard):
    wizard, _confirmer = make_wizard("en", scenario="legacy-2008r2")
    page = _to_activation(qtbot, wizard)
    assert "older than Windows Server 2012" in page.machine_line.text()
    click(qtbot, page.lab_key)
    click(qtbot, page.activate)
    wait_idle(qtbot, page)
    assert not wizard.ctx.state.adba_activated
    assert "0x80131515" in page.result.text()
    assert "Windows Server 2012" in page.result.text()


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_adba_pages_speak_french_and_german(qtbot, make_wizard, language):
    wizard, _confirmer = make_wizard(language, scenario="current")
    wizard.currentPage().adba.setChecked(True)
    go_next(qtbot, wizard, PageId.ADBA_FOREST)
    forest = wizard.currentPage()
    assert "Active Directory" in forest.intro.text()
    assert not forest.intro.text().startswith("With activation")
    assert not forest.kms_heading.text().startswith("When a KMS host")
    assert "Windows 7" in forest.kms_needed.text()
