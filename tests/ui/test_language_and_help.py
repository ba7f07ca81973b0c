"""Languages switch live (pages, wizard buttons, side panel); F1 opens the offline help."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWizard

from app.domain.flow import PageId, page_title
from app.i18n import render_text
from tests.ui.driver import go_next, wait_idle

NEXT = QWizard.WizardButton.NextButton
BACK = QWizard.WizardButton.BackButton


def test_language_switches_live_including_wizard_buttons(qtbot, make_wizard):
    wizard, _confirmer = make_wizard("en")
    go_next(qtbot, wizard, PageId.HOST_CHECK)
    page = wizard.currentPage()
    wait_idle(qtbot, page)
    english = {
        "next": wizard.button(NEXT).text(),
        "back": wizard.button(BACK).text(),
        "title": page.title(),
        "again": page.again.text(),
        "panel": wizard.step_panel.labels[PageId.HOST_CHECK].text(),
        "summary": page.summary.values["elevated"].text(),
    }
    assert english["next"] == "&Next >"
    for language, next_text in (("de", "&Weiter >"), ("fr", "&Suivant >")):
        wizard.switch_language(language)
        assert wizard.ctx.language == language
        # LanguageChange is posted by Qt and arrives through the event loop.
        qtbot.waitUntil(lambda text=next_text: wizard.button(NEXT).text() == text)
        assert wizard.button(BACK).text() != english["back"]
        assert page.title() == render_text(page_title(PageId.HOST_CHECK)) != english["title"]
        assert page.again.text() != english["again"]
        assert wizard.step_panel.labels[PageId.HOST_CHECK].text() != english["panel"]
        assert page.summary.values["elevated"].text() != english["summary"]
    wizard.switch_language("en")
    qtbot.waitUntil(lambda: wizard.button(NEXT).text() == english["next"])
    assert page.title() == english["title"]


def test_f1_opens_the_help_of_the_current_step_offline(qtbot, make_wizard, tmp_path):
    wizard, _confirmer = make_wizard("fr")
    go_next(qtbot, wizard, PageId.HOST_CHECK)
    wait_idle(qtbot, wizard.currentPage())
    qtbot.keyClick(wizard, Qt.Key.Key_F1)
    browser = wizard.help_browser
    assert browser is not None and browser.isVisible()
    assert browser.current_file.parts[-2:] == ("fr", "host-check.html")
    # Links between pages work, and Back returns.
    browser._on_browser_anchor_clicked(QUrl("key-groups.html"))
    assert browser.current_file.name == "key-groups.html"
    assert browser.back_button.isEnabled()
    browser.browser.backward()
    assert browser.current_file.name == "host-check.html"
    # Search finds text in the page and says so when it does not.
    browser.search.setText("KMS")
    assert browser.find_next()
    browser.search.setText("zzzz-not-in-the-help")
    assert not browser.find_next() and browser.not_found.text()
    # Printing renders the page (to a PDF here).
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "help.pdf"
    printer.setOutputFileName(str(target))
    browser.print_document(printer)
    assert target.stat().st_size > 1000
    # Switching the language reloads the help in the new language.
    wizard.switch_language("de")
    qtbot.waitUntil(lambda: browser.current_file.parts[-2] == "de")
    assert browser.current_file.parts[-2:] == ("de", "host-check.html")
