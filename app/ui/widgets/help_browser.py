"""The offline help: static HTML pages in the user's language, in a QTextBrowser.

F1 or Help on a wizard page opens the page of that step
(``app.domain.help_topics.help_file``). Links between help pages work, with
Back and Forward; "Contents" goes to the index. The search field finds text in
the page shown (again from the top when it reaches the end), or lists every
page of the language that contains the words (:mod:`help_search`; a click
opens the page at the first match). Print prints the page shown. Nothing needs
the internet: a link to a web site opens in the system browser only when clicked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.help_topics import FALLBACK_LANGUAGE, INDEX_PAGE, help_file, help_language
from app.domain.text import QT_TRANSLATE_N_NOOP
from app.i18n import render_text
from app.resources import resource
from app.ui.messages import fill
from app.ui.widgets.help_search import HelpHit, search_pages

EXTERNAL_SCHEMES = ("http", "https", "mailto")
# Long command lines in <pre> blocks wrap instead of widening the page past the window.
HELP_STYLE = "pre { white-space: pre-wrap; }"
# lupdate files a plural only from this marker (it needs a literal count).
FOUND_IN_PAGES = QT_TRANSLATE_N_NOOP("HelpBrowser", "“%1” found in %n help page(s):", None, 0)


def help_path(language: str, page_key: str) -> Path:
    """The help file for a wizard page: in ``language``, else in English, else the index."""
    root = resource("help")
    for candidate in (help_file(language, page_key), help_file(FALLBACK_LANGUAGE, page_key)):
        path = root / candidate
        if path.is_file():
            return path
    return root / FALLBACK_LANGUAGE / INDEX_PAGE


class HelpBrowser(QDialog):
    """A non-modal help window; :meth:`show_page` opens a wizard step's page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = FALLBACK_LANGUAGE
        self._page_key = "index"
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(HELP_STYLE)
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.forward_button = QPushButton()
        self.forward_button.clicked.connect(self.browser.forward)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.contents_button = QPushButton()
        self.contents_button.clicked.connect(self._on_contents_clicked)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.find_button = QPushButton()
        self.find_button.clicked.connect(self.find_next)
        self.search_all_button = QPushButton()
        self.search_all_button.clicked.connect(self.search_all_pages)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self._on_print_clicked)
        self.not_found = QLabel()
        self.results_label = QLabel()
        self.results_label.setWordWrap(True)
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.results.itemClicked.connect(self._on_results_item_activated)
        self.hits: list[HelpHit] = []
        navigation = QHBoxLayout()
        for widget in (self.back_button, self.forward_button, self.contents_button):
            navigation.addWidget(widget)
        navigation.addStretch(1)
        navigation.addWidget(self.print_button)
        finding = QHBoxLayout()
        finding.addWidget(self.search, 1)
        finding.addWidget(self.find_button)
        finding.addWidget(self.search_all_button)
        layout = QVBoxLayout(self)
        layout.addLayout(navigation)
        layout.addLayout(finding)
        layout.addWidget(self.not_found)
        layout.addWidget(self.results_label)
        layout.addWidget(self.results)
        layout.addWidget(self.browser, 1)
        self.not_found.hide()
        self._show_results(False)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.resize(760, 620)
        self.retranslate()

    @property
    def current_file(self) -> Path | None:
        url = self.browser.source()
        return Path(url.toLocalFile()) if url.isLocalFile() else None

    def show_page(self, language: str, page_key: str) -> None:
        """Open the help of ``page_key`` (a PageId name or a help file name) and show it."""
        self._language, self._page_key = help_language(language), page_key
        self._open(help_path(self._language, page_key))
        self.show()
        self.activateWindow()

    def change_language(self, language: str) -> None:
        """Show the page being read in ``language`` (the search results follow too)."""
        current = self.current_file
        self._language = help_language(language)
        self._open(help_path(self._language, current.name if current else self._page_key))
        if self.results_label.isVisible():
            self.search_all_pages()

    def find_next(self) -> bool:
        """Find the search text after the cursor, wrapping once to the top."""
        text = self.search.text().strip()
        self.not_found.hide()
        if not text:
            return False
        if self.browser.find(text):
            return True
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        if self.browser.find(text):
            return True
        self.not_found.setText(
            QCoreApplication.translate("HelpBrowser", "Not on this page: try Search all pages.")
        )
        self.not_found.show()
        return False

    def search_all_pages(self) -> list[HelpHit]:
        """List every help page of the current language that contains the search words."""
        query = self.search.text().strip()
        self.not_found.hide()
        self.hits = search_pages(resource("help", self._language), query) if query else []
        self.results.clear()
        for hit in self.hits:
            item = QListWidgetItem(f"{hit.title}\n{hit.snippet}")
            item.setData(Qt.ItemDataRole.UserRole, str(hit.path))
            item.setToolTip(hit.snippet)
            self.results.addItem(item)
        self._show_results(bool(query))
        self._describe_results()
        return self.hits

    def open_hit(self, index: int) -> None:
        """Open the ``index``-th search result and select the first match in it."""
        hit = self.hits[index]
        self.browser.setSource(QUrl.fromLocalFile(str(hit.path)))
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        self.browser.find(self.search.text().strip().split()[0])

    def print_document(self, printer: QPrinter) -> None:
        """Print the page shown (the dialog's Print button asks for the printer first)."""
        document: QTextDocument = self.browser.document()
        document.print_(printer)

    def _open(self, path: Path) -> None:
        root = resource("help")
        self.browser.setSearchPaths([str(path.parent), str(root / FALLBACK_LANGUAGE)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        self.setWindowTitle(
            QCoreApplication.translate("HelpBrowser", "Help — %1").replace(
                "%1", self.browser.documentTitle() or path.stem
            )
        )

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)
            return
        if url.isRelative() and not url.path():  # an anchor in the same page
            self.browser.scrollToAnchor(url.fragment())
            return
        resolved = self.browser.source().resolved(url)
        if resolved.isLocalFile() and not Path(resolved.toLocalFile()).is_file():
            # The page is missing in this language: take the English one.
            english = resource("help") / FALLBACK_LANGUAGE / Path(resolved.toLocalFile()).name
            if not english.is_file():
                return
            resolved = QUrl.fromLocalFile(str(english))
            if url.fragment():
                resolved.setFragment(url.fragment())
        self.browser.setSource(resolved)

    def _show_results(self, visible: bool) -> None:
        self.results_label.setVisible(visible)
        self.results.setVisible(visible and bool(self.hits))

    def _describe_results(self) -> None:
        if not self.results_label.isVisible():
            return
        query = self.search.text().strip()
        if self.hits:
            text = render_text(FOUND_IN_PAGES, query, n=len(self.hits))
        else:
            text = fill(
                QCoreApplication.translate("HelpBrowser", "No help page contains “%1”."), query
            )
        self.results_label.setText(text)

    def _on_search_text_changed(self, text: str) -> None:
        if not text.strip():
            self.hits = []
            self.results.clear()
            self._show_results(False)
            self.not_found.hide()

    def _on_results_item_activated(self, item: QListWidgetItem) -> None:
        self.open_hit(self.results.row(item))

    def _on_contents_clicked(self) -> None:
        self._open(help_path(self._language, INDEX_PAGE))

    def _on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_document(printer)

    def retranslate(self) -> None:
        self.back_button.setText(QCoreApplication.translate("HelpBrowser", "< Back"))
        self.forward_button.setText(QCoreApplication.translate("HelpBrowser", "Forward >"))
        self.contents_button.setText(QCoreApplication.translate("HelpBrowser", "Contents"))
        self.search.setPlaceholderText(
            QCoreApplication.translate("HelpBrowser", "Words to find in the help")
        )
        self.find_button.setText(QCoreApplication.translate("HelpBrowser", "Find in this page"))
        self.search_all_button.setText(
            QCoreApplication.translate("HelpBrowser", "Search all pages")
        )
        self.print_button.setText(QCoreApplication.translate("HelpBrowser", "Print…"))
        self._describe_results()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
