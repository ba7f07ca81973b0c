"""The lab host has no internet: online activation fails with its explanation, phone works.

Windows by phone (Installation ID in groups with copy buttons, a Confirmation ID
typed with a mistake, refused and explained, then the right one), and Office
2016 by phone on the Office phone page.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from app.domain.flow import PageId
from app.domain.phone import split_cid
from tests.ui.driver import click, go_next, idents, next_enabled, wait_idle


def _to_activation(qtbot, wizard, *, office=()):
    go_next(qtbot, wizard, PageId.HOST_CHECK)
    wait_idle(qtbot, wizard.currentPage())
    go_next(qtbot, wizard, PageId.KEY_GROUP)
    groups = wizard.currentPage()
    groups.choose_group("server-b")
    for version in office:
        groups.office_boxes[version].setChecked(True)
    go_next(qtbot, wizard, PageId.HOST_KEY)
    key_page = wizard.currentPage()
    key_page.key.paste_text(wizard.ctx.session.lab.host_key("server-b"))
    click(qtbot, key_page.install)
    wait_idle(qtbot, key_page)
    go_next(qtbot, wizard, PageId.ACTIVATION)
    return wizard.currentPage()


def test_phone_activation_of_windows_and_office(qtbot, make_wizard):
    wizard, confirmer = make_wizard("en")
    ctx = wizard.ctx
    activation = _to_activation(qtbot, wizard, office=("office2016",))
    lab = ctx.session.lab
    lab.set_internet(False)

    # Online fails: the WinHTTP error is shown with its meaning, and phone is suggested.
    click(qtbot, activation.activate)
    wait_idle(qtbot, activation)
    assert not ctx.state.host_activated
    assert "0x80072EE7" in activation.operation.text
    assert {"activation-failed", "offline"} <= idents(activation.results)
    assert not next_enabled(wizard)
    activation.phone.setChecked(True)
    assert next_enabled(wizard)
    assert PageId.PHONE_ACTIVATION in wizard.planned_steps()

    # Phone page: nine groups of seven digits, each copyable.
    go_next(qtbot, wizard, PageId.PHONE_ACTIVATION)
    phone = wizard.currentPage()
    wait_idle(qtbot, phone)
    groups = phone.iid.groups
    assert len(groups) == 9 and all(len(g) == 7 and g.isdigit() for g in groups)
    click(qtbot, phone.iid.copy_buttons[4])
    assert QGuiApplication.clipboard().text() == groups[4]
    click(qtbot, phone.iid.copy_all)
    assert QGuiApplication.clipboard().text() == " ".join(groups)
    assert phone.help.source().fileName() == "phone-activation.html"
    assert not next_enabled(wizard)

    # A letter in a block is an error: nothing can be deposited.
    click(qtbot, phone.lab_centre)
    right = phone.lab_answer.text().replace(" ", "")
    blocks = split_cid(right)
    phone.cid.paste_text("A: " + " B: ".join([blocks[0], blocks[1]]) + " " + " ".join(blocks[2:]))
    assert phone.cid.blocks() == blocks
    phone.cid.fields[3].setText("12E456")
    phone.cid.fields[3].textEdited.emit("12E456")
    assert not phone.deposit_button.isEnabled()
    assert "D" in phone.cid.feedback.text()

    # A Confirmation ID that belongs to another Installation ID: refused and explained.
    wrong = list(blocks)
    wrong[0], wrong[1] = blocks[1], blocks[0]
    phone.cid.paste_text("".join(wrong))
    click(qtbot, phone.deposit_button)
    wait_idle(qtbot, phone)
    assert "kms01.lab.test" in confirmer.last_question
    assert not ctx.state.host_activated
    assert idents(phone.results) & {"cid-mismatch", "cid-check-digits", "cid-invalid"}

    # The right one activates the host.
    phone.cid.clear()
    phone.cid.paste_text(right)
    click(qtbot, phone.deposit_button)
    wait_idle(qtbot, phone)
    assert ctx.state.host_activated
    assert "cid-accepted" in idents(phone.results)
    assert next_enabled(wizard)

    # Office 2016: its host key, then by phone on the Office phone page.
    go_next(qtbot, wizard, PageId.OFFICE)
    office = wizard.currentPage()
    wait_idle(qtbot, office)
    tab = office.tab_for["office2016"]
    assert "office-pack-present" in idents(tab.status)
    assert not next_enabled(wizard)
    tab.key.paste_text(lab.host_key("office2016"))
    click(qtbot, tab.install)
    wait_idle(qtbot, office)
    assert "Office 2016" in confirmer.last_question
    assert office.report_for("office2016").host_product is not None
    tab.phone.setChecked(True)
    assert next_enabled(wizard)
    go_next(qtbot, wizard, PageId.OFFICE_PHONE_ACTIVATION)
    office_phone = wizard.currentPage()
    wait_idle(qtbot, office_phone)
    assert office_phone.current_product().id == "office2016"
    assert len(office_phone.iid.groups) >= 6
    click(qtbot, office_phone.lab_centre)
    office_phone.cid.paste_text(office_phone.lab_answer.text())
    click(qtbot, office_phone.deposit_button)
    wait_idle(qtbot, office_phone)
    assert "office2016" in ctx.state.office_done
    assert next_enabled(wizard)
    go_next(qtbot, wizard, PageId.NETWORK)
