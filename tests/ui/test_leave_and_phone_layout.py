"""Nothing lost by a stray key, and phone activation's last step in view (issue 14, items 4, 6).

Esc, Cancel and the window's close button ask first when something typed or
changed would be lost, and say what leaving does (a resumable conversion run
included); with nothing typed the wizard closes at once. On the phone page,
the Activate button is in view at the default window size, and the status line
and the help name it word for word. In English, French and German.
"""

from __future__ import annotations

import html
import re

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import QPlainTextEdit

from app.bootstrap import DesktopBackend
from app.domain.flow import PageId
from app.domain.phone import split_cid
from app.lab.world import build_default_lab
from app.ui.messages import fill
from app.ui.resume_offer import ResumeOffer
from app.ui.widgets.help_browser import help_path
from app.ui.wizard import DEFAULT_SIZE
from tests.ui.clients_support import straight_to_clients
from tests.ui.driver import click, go_next, wait_idle

LANGUAGES = ("en", "fr", "de")
CID_LOST = {
    "en": "Confirmation ID",
    "fr": "ID de confirmation",
    "de": "Bestätigungs-ID",
}


def _to_phone_page(qtbot, wizard):
    go_next(qtbot, wizard, PageId.HOST_CHECK)
    wait_idle(qtbot, wizard.currentPage())
    go_next(qtbot, wizard, PageId.KEY_GROUP)
    wizard.currentPage().choose_group("server-b")
    go_next(qtbot, wizard, PageId.HOST_KEY)
    key_page = wizard.currentPage()
    key_page.key.paste_text(wizard.ctx.session.lab.host_key("server-b"))
    click(qtbot, key_page.install)
    wait_idle(qtbot, key_page)
    go_next(qtbot, wizard, PageId.ACTIVATION)
    activation = wizard.currentPage()
    wizard.ctx.session.lab.set_internet(False)
    click(qtbot, activation.activate)
    wait_idle(qtbot, activation)
    activation.phone.setChecked(True)
    go_next(qtbot, wizard, PageId.PHONE_ACTIVATION)
    phone = wizard.currentPage()
    wait_idle(qtbot, phone)
    return phone


def _label(button_text: str) -> str:
    """A button's words without mnemonic and ellipsis."""
    return button_text.replace("&", "").rstrip("…").strip()


def _inside_viewport(phone) -> bool:
    viewport = phone.steps_scroll.viewport()
    button = phone.deposit_button
    where = QRect(button.mapTo(viewport, button.rect().topLeft()), button.size())
    return viewport.rect().contains(where)


@pytest.mark.parametrize("language", LANGUAGES)
def test_esc_with_a_half_typed_cid_asks_and_refused_keeps_it(qtbot, make_wizard, language):
    wizard, confirmer = make_wizard(language)
    phone = _to_phone_page(qtbot, wizard)
    confirmer.answer = False
    asked_before = len(confirmer.asked)
    click(qtbot, phone.lab_centre)
    blocks = split_cid(phone.lab_answer.text().replace(" ", ""))
    phone.cid.fields[0].setFocus()
    qtbot.keyClicks(phone.cid.fields[0], blocks[0])
    qtbot.keyClicks(phone.cid.fields[1], blocks[1][:3])  # half typed: the call goes on

    qtbot.keyClick(phone.cid.fields[1], Qt.Key.Key_Escape)

    assert len(confirmer.asked) == asked_before + 1
    _title, _question, details = confirmer.asked[-1]
    assert CID_LOST[language] in details
    assert wizard.isVisible() and wizard.currentId() == int(PageId.PHONE_ACTIVATION)
    assert phone.cid.blocks()[:2] == [blocks[0], blocks[1][:3]]
    # The host key installed in this run is a change that stays: the question says so.
    assert len(details.split("\n\n")) == 2

    # The window's close button and Cancel ask the same way; a yes closes.
    wizard.close()
    assert wizard.isVisible() and len(confirmer.asked) == asked_before + 2
    confirmer.answer = True
    click(qtbot, wizard.button(wizard.WizardButton.CancelButton))
    assert not wizard.isVisible()


@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_typed_closes_without_asking(qtbot, make_wizard, language):
    wizard, confirmer = make_wizard(language, answer=False)
    offer = wizard.findChild(ResumeOffer)
    qtbot.waitUntil(lambda: offer.checked)  # the journal was read: no run to offer
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert confirmer.asked == []


def _type_host_list(qtbot, inventory) -> None:
    boxes = [
        w for w in inventory.findChildren(QPlainTextEdit) if not w.isReadOnly() and w.isVisible()
    ]
    assert boxes, "the inventory page has no host list to type into"
    boxes[0].setFocus()
    qtbot.keyClicks(boxes[0], "pc001")


@pytest.mark.parametrize("language", LANGUAGES)
def test_typed_host_list_asks_and_names_the_page(qtbot, make_wizard, language):
    wizard, confirmer = make_wizard(language, answer=False)
    straight_to_clients(qtbot, wizard)
    inventory = wizard.currentPage()
    asked_before = len(confirmer.asked)
    _type_host_list(qtbot, inventory)
    wizard.close()
    assert wizard.isVisible()
    assert len(confirmer.asked) == asked_before + 1
    assert inventory.title() in confirmer.asked[-1][2]
    # The typed list is read in the background: let it end before the window goes.
    qtbot.waitUntil(lambda: inventory.inventory is not None, timeout=20_000)
    wait_idle(qtbot, inventory)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_running_conversion_is_named_in_the_question(qtbot, make_wizard, language):
    from tests.ui.test_clients_cancel_resume import _one_host_done, _to_conversion_preview

    wizard, confirmer = make_wizard(language)
    straight_to_clients(qtbot, wizard)
    runtime = wizard.currentPage().clients.lab_runtime
    convert = _to_conversion_preview(qtbot, wizard, runtime)
    click(qtbot, convert.convert)
    qtbot.waitUntil(lambda: _one_host_done(convert), timeout=20_000)
    confirmer.answer = False
    asked_before = len(confirmer.asked)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible() and len(confirmer.asked) == asked_before + 1
    details = confirmer.asked[-1][2]
    running = QCoreApplication.translate(
        "LeaveWizard",
        "A conversion run is in progress: no new host starts, the hosts in flight "
        "finish their steps, and the next start of the wizard offers to resume the "
        "run from the journal.",
    )
    assert running in details.split("\n\n")
    assert language == "en" or not running.startswith("A conversion run")  # translated
    assert convert.task is not None  # refused: the run goes on


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_interrupted_run_is_named_in_the_question(qtbot, make_wizard, pool, language):
    from tests.ui.test_clients_cancel_resume import _one_host_done, _to_conversion_preview

    world = build_default_lab(scenario="legacy-2008r2")
    backend = DesktopBackend(lab_world_factory=lambda _scenario: world)
    wizard, _confirmer = make_wizard(language, backend=backend)
    straight_to_clients(qtbot, wizard)
    convert = _to_conversion_preview(qtbot, wizard, wizard.currentPage().clients.lab_runtime)
    click(qtbot, convert.convert)
    qtbot.waitUntil(lambda: _one_host_done(convert), timeout=20_000)
    wizard.close()  # asked, yes: the run stays open in the journal
    qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=30_000)

    # The next start offers the run; "no", then something typed, then Esc.
    wizard2, confirmer2 = make_wizard(language, backend=backend, answer=False)
    qtbot.waitUntil(lambda: bool(confirmer2.asked), timeout=20_000)
    run_id = wizard2.findChild(ResumeOffer).offered["id"]
    straight_to_clients(qtbot, wizard2)
    inventory = wizard2.currentPage()
    _type_host_list(qtbot, inventory)
    qtbot.keyClick(wizard2, Qt.Key.Key_Escape)
    assert wizard2.isVisible() and len(confirmer2.asked) == 2
    interrupted = fill(
        QCoreApplication.translate(
            "LeaveWizard",
            "Conversion run %1 is interrupted: it stays in the journal, and the "
            "next start of the wizard offers to resume it.",
        ),
        run_id,
    )
    assert interrupted in confirmer2.asked[-1][2].split("\n\n")
    qtbot.waitUntil(lambda: inventory.inventory is not None, timeout=20_000)
    wait_idle(qtbot, inventory)


@pytest.mark.parametrize("language", LANGUAGES)
def test_phone_last_step_in_view_and_named_alike(qtbot, make_wizard, language):
    wizard, _confirmer = make_wizard(language)
    assert (wizard.width(), wizard.height()) == DEFAULT_SIZE
    phone = _to_phone_page(qtbot, wizard)
    click(qtbot, phone.lab_centre)  # the lab's answer adds a line: the worst case
    qtbot.wait(50)
    # In view as the page opens, without any scrolling.
    assert phone.steps_scroll.verticalScrollBar().value() == 0
    assert _inside_viewport(phone), "the Activate button is below the fold"
    assert phone.blocker_label.isVisible()

    # One verb: the status line and the help name the button word for word.
    label = _label(phone.deposit_button.text())
    status = phone.blocker_label.text().replace("\u202f", " ").replace("\u00a0", " ")
    assert label in status, (label, status)
    page = help_path(language, "phone_activation").read_text(encoding="utf-8")
    bold = [_label(html.unescape(b)) for b in re.findall(r"<b>(.*?)</b>", page)]
    assert label in bold, (label, bold)
