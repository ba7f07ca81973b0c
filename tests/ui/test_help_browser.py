"""The offline help window: every step's page in every language, links, search, print."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtPrintSupport import QPrinter

from app.domain.flow import PageId
from app.domain.help_topics import HELP_LANGUAGES, help_file
from app.resources import resource
from app.ui.widgets.help_browser import HelpBrowser
from app.ui.widgets.help_search import fold, search_pages


@pytest.fixture
def browser(qtbot):
    window = HelpBrowser()
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize("language", HELP_LANGUAGES)
def test_every_page_id_opens_its_own_help_offline(browser, language):
    for page in PageId:
        browser.show_page(language, page.name.lower())
        expected = resource("help") / help_file(language, page.name)
        assert browser.current_file == expected, page
        assert browser.browser.source().isLocalFile()  # a file on disk, no network
        assert len(browser.browser.toPlainText()) > 200, page
        assert browser.windowTitle().endswith(browser.browser.documentTitle()), page


def test_links_back_forward_and_contents(qtbot, browser):
    browser.show_page("de", "phone_activation")
    assert browser.current_file.parts[-2:] == ("de", "phone-activation.html")
    browser._on_browser_anchor_clicked(QUrl("troubleshooting.html"))
    assert browser.current_file.name == "troubleshooting.html"
    assert browser.back_button.isEnabled() and not browser.forward_button.isEnabled()
    browser.back_button.click()
    assert browser.current_file.name == "phone-activation.html"
    assert browser.forward_button.isEnabled()
    browser.forward_button.click()
    assert browser.current_file.name == "troubleshooting.html"
    browser.contents_button.click()
    assert browser.current_file.parts[-2:] == ("de", "index.html")


@pytest.mark.parametrize("language", HELP_LANGUAGES)
def test_every_link_target_opens_in_the_browser(browser, language):
    """Each distinct link target, clicked once from a page holding it, opens a page.

    (tests/help checks every link statically; this is the browser's click path.)
    """
    folder = resource("help", language)
    first_page: dict[str, str] = {}
    for page in sorted(folder.glob("*.html")):
        for target in _links(page.read_text(encoding="utf-8")):
            first_page.setdefault(target, page.name)
    assert len(first_page) > 20
    for target, page in sorted(first_page.items()):
        browser.show_page(language, page)
        browser._on_browser_anchor_clicked(QUrl(target))
        opened = browser.current_file
        assert opened is not None and opened.is_file(), f"{page} → {target}"
        assert opened.parent.name == language, f"{page} → {target}"
        name = target.split("#", 1)[0]
        assert not name or opened.name == name, f"{page} → {target}"


def test_search_across_the_pages_of_the_language(qtbot, browser):
    browser.show_page("fr", "welcome")
    browser.search.setText("0xC004F04D")
    hits = browser.search_all_pages()
    names = {hit.path.name for hit in hits}
    assert {"phone-activation.html", "troubleshooting.html"} <= names
    assert all(hit.path.parent.name == "fr" for hit in hits)
    assert browser.results.isVisible() and browser.results.count() == len(hits)
    assert "0xC004F04D" in browser.results_label.text()
    # A result opens its page with the first occurrence selected.
    index = next(i for i, hit in enumerate(hits) if hit.path.name == "troubleshooting.html")
    browser.open_hit(index)
    assert browser.current_file.name == "troubleshooting.html"
    assert browser.browser.textCursor().selectedText() == "0xC004F04D"
    # Nothing found: said so, no list.
    browser.search.setText("zzz-nirgendwo")
    assert browser.search_all_pages() == []
    assert not browser.results.isVisible() and "zzz-nirgendwo" in browser.results_label.text()
    # Clearing the field hides the results.
    browser.search.clear()
    assert not browser.results_label.isVisible()


def test_search_ignores_case_and_accents():
    assert fold("Hôte Schlüssel ÉTAPE") == "hote schlussel etape"
    german = search_pages(resource("help", "de"), "bestatigungs-id schlussel")
    assert german and german[0].hits >= 2
    assert all("Bestätigungs-ID" in _text(hit.path) for hit in german)
    assert search_pages(resource("help", "en"), "   ") == []


def test_find_in_page_says_when_the_text_is_elsewhere(browser):
    browser.show_page("en", "network")
    browser.search.setText("1688")
    assert browser.find_next()
    browser.search.setText("0xC004F04D")
    assert not browser.find_next()
    assert browser.not_found.isVisible() and browser.not_found.text()


def test_print_renders_the_page_to_pdf(browser, tmp_path):
    browser.show_page("fr", "phone_activation")
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "aide.pdf"
    printer.setOutputFileName(str(target))
    browser.print_document(printer)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000


def test_the_help_follows_the_interface_language(qtbot, make_wizard):
    wizard, _confirmer = make_wizard("en")
    wizard.open_help_contents()
    browser = wizard.help_browser
    browser._on_browser_anchor_clicked(QUrl("thresholds.html"))
    wizard.switch_language("fr")
    # The page being read stays, in the new language; the buttons follow.
    assert browser.current_file.parts[-2:] == ("fr", "thresholds.html")
    qtbot.waitUntil(lambda: browser.contents_button.text() == "Sommaire")


def _links(html: str) -> list[str]:
    import re

    return [
        href
        for href in re.findall(r'href="([^"]+)"', html)
        if not href.startswith(("http:", "https:", "mailto:"))
    ]


def _text(path: Path) -> str:
    from app.ui.widgets.help_search import page_text

    return page_text(path.read_text(encoding="utf-8"))[1]
