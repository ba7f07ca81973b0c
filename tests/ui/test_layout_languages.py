"""Every wizard page, in a realistic state, fits in English, French, German and the pseudo-locale.

The walk is the one ``kms-wizard screenshots`` takes through the simulated lab
(so the pages show real results: findings tables, errors, Installation IDs,
the dashboard). At each point where it would save a PNG, the camera below
instead switches the language live through en → fr → de → pseudo and runs
:func:`app.ui.layout_audit.audit` on the window: any clipped label or button,
elided header, cut table cell or widget reaching outside its parent fails the
test, with the page, the language and the widget named. In the pseudo-locale
every translated text is bracketed, so a button or sentence still without
brackets was never translated or not retranslated on the switch.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar

from app.commands import screenshots
from app.domain.flow import PageId
from app.i18n.pseudo import PSEUDO_LANGUAGE
from app.ui.layout_audit import audit

LANGUAGES = ("en", "fr", "de", PSEUDO_LANGUAGE)
# A phrase of English words: two lower-case words in a row ("the host answered"), which
# host names, keys and product names ("kms01.lab.test", "Windows Server 2016") never are.
ENGLISH_PHRASE = re.compile(r"(?:^|\s)[a-z]{2,}\s+[a-z]{2,}(?=[\s.,:;!?]|$)")


def _settle() -> None:
    """Deliver the posted LanguageChange and layout events (no waiting: events only)."""
    for _ in range(4):
        QCoreApplication.sendPostedEvents()
        QApplication.processEvents()


def _untranslated(window) -> list[str]:
    """Texts without the pseudo-locale's brackets: buttons, titles, tabs, and sentences."""
    found = []
    for widget in [
        window,
        *window.findChildren(QAbstractButton),
        *window.findChildren(QLabel),
        *window.findChildren(QGroupBox),
        *window.findChildren(QTabBar),
    ]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, (QAbstractButton, QLabel)):
            texts = [widget.text()]
        else:
            texts = [widget.windowTitle()] if widget.isWindow() else []
        for text in texts:
            if not text.strip() or "[" in text:
                continue
            is_control = isinstance(widget, (QAbstractButton, QGroupBox, QTabBar))
            if (is_control and any(ch.isalpha() for ch in text)) or ENGLISH_PHRASE.search(text):
                found.append(f"{type(widget).__name__}: {text!r}")
    return found


class LayoutCamera:
    """Takes the place of the PNG writer: checks each shot in every language."""

    def __init__(self, _out, wizard) -> None:
        self.wizard = wizard
        self.saved: list[str] = []
        self.problems: list[str] = []
        self.untranslated: set[str] = set()
        self.pages: set[PageId] = set()

    def take(self, name: str, widget=None) -> None:
        target = widget or self.wizard
        if widget is None and self.wizard.current_page_id is not None:
            self.pages.add(self.wizard.current_page_id)
        start = self.wizard.ctx.language
        for language in LANGUAGES:
            self.wizard.switch_language(language)
            _settle()
            self.problems += [f"{name} [{language}] {problem}" for problem in audit(target)]
            if language == PSEUDO_LANGUAGE:
                self.untranslated |= {f"{name}: {text}" for text in _untranslated(target)}
        self.wizard.switch_language(start)
        _settle()
        self.saved.append(name)


@pytest.fixture(scope="module")
def tour(qapp, tmp_path_factory):
    """The screenshot journey, run once for the module's tests."""
    cameras: list[LayoutCamera] = []

    def camera(out, wizard):
        made = LayoutCamera(out, wizard)
        cameras.append(made)
        made.registered = {PageId(i) for i in wizard.pageIds()}
        return made

    screenshots.render_all(tmp_path_factory.mktemp("shots"), "en", camera=camera)
    (camera_used,) = cameras
    yield camera_used
    from app.i18n import install_language

    install_language("en")


def test_the_walk_shows_every_registered_page(tour):
    assert tour.pages, "the walk took no shot"
    missing = sorted(page.name for page in tour.registered - tour.pages)
    assert missing == [], f"pages never checked (add them to the screenshot walk): {missing}"


def test_no_text_is_cut_off_on_any_page_in_any_language(tour):
    assert tour.problems == [], f"{len(tour.problems)} layout problems:\n" + "\n".join(
        tour.problems[:60]
    )


def test_every_text_follows_a_live_language_switch(tour):
    """In the pseudo-locale a visible control or sentence without brackets is English left over."""
    assert not tour.untranslated, "still in English after the switch:\n" + "\n".join(
        sorted(tour.untranslated)
    )
