"""The wizard window: pages by ``PageId``, routing by ``app.domain.flow``, help, languages.

- ``nextId()`` only asks ``flow.next_step``; a step whose page is not part of
  this wizard (the client pages arrive with step 7 of the plan) ends the
  path there, so the last page shows Finish instead of leading nowhere.
- The side panel lists ``flow.steps_for`` and marks the current step.
- F1 opens the offline help page of the current step; the Help button's menu
  also has the help's contents and "About KMS Host Wizard".
- The language button switches English / Français / Deutsch live, and the
  choice is remembered for the next start (``app.ui.preferences``). QWizard does
  not translate its own buttons on ``LanguageChange`` (it only does so when its
  style changes, and the style is fixed), so :meth:`KmsWizard.retranslate` sets
  every button text itself.
- The window title names the machine being set up.
- Esc, Cancel and the window's close button all end in :meth:`KmsWizard.reject`,
  which first asks (through the confirmer) when something typed or changed
  would be lost (``app.ui.leave_guard``); nothing typed, nothing asked.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QWizard, QWizardPage

from app.domain.flow import PageId, Target, next_step, steps_for
from app.domain.help_topics import INDEX_PAGE
from app.i18n import install_language
from app.ui.about import AboutDialog
from app.ui.app_icon import application_icon
from app.ui.context import WizardContext
from app.ui.keyboard import make_keyboard_friendly
from app.ui.leave_guard import leave_buttons, leave_question, watch_typing
from app.ui.messages import fill
from app.ui.preferences import remember_language
from app.ui.widgets.help_browser import HelpBrowser
from app.ui.widgets.step_panel import StepPanel
from app.ui.window_placement import beside

DEFAULT_SIZE = (1000, 700)
# Language names are written in their own language, never translated.
LANGUAGE_NAMES = (("en", "English"), ("fr", "Français"), ("de", "Deutsch"))

WizardButton = QWizard.WizardButton


class KmsWizard(QWizard):
    """The KMS host wizard. Pages are added with :meth:`add_page` (by their ``page_id``)."""

    def __init__(self, context: WizardContext) -> None:
        super().__init__()
        self.ctx = context
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # fixed: see the module doc
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonLayout(
            [
                WizardButton.HelpButton,
                WizardButton.CustomButton1,
                WizardButton.Stretch,
                WizardButton.BackButton,
                WizardButton.NextButton,
                WizardButton.CommitButton,
                WizardButton.FinishButton,
                WizardButton.CancelButton,
            ]
        )
        self.step_panel = StepPanel()
        self.setSideWidget(self.step_panel)
        self.help_browser: HelpBrowser | None = None
        self.language_menu = QMenu(self)
        self._language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for code, name in LANGUAGE_NAMES:
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == context.language)
            action.triggered.connect(lambda _checked=False, c=code: self.switch_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self._language_actions[code] = action
        self.button(WizardButton.CustomButton1).setMenu(self.language_menu)
        self.about_dialog: AboutDialog | None = None
        self.help_menu = QMenu(self)
        self.help_action = self.help_menu.addAction("", self.open_help)
        self.contents_action = self.help_menu.addAction("", self.open_help_contents)
        self.help_menu.addSeparator()
        self.about_action = self.help_menu.addAction("", self.open_about)
        self.button(WizardButton.HelpButton).setMenu(self.help_menu)
        self.setWindowIcon(application_icon())
        self._help_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)
        self._help_shortcut.activated.connect(self.open_help)
        self.currentIdChanged.connect(self._on_current_id_changed)
        context.changed.connect(self._refresh_chrome)
        self.resize(*DEFAULT_SIZE)

    # --- pages and routing ------------------------------------------------------------

    def add_page(self, page: QWizardPage) -> None:
        """Register ``page`` under its ``page_id``."""
        self.setPage(int(page.page_id), page)
        make_keyboard_friendly(page)

    def has_page(self, page: PageId) -> bool:
        return int(page) in self.pageIds()

    def start(self) -> None:
        self.setStartId(int(PageId.WELCOME))
        self.retranslate()
        watch_typing(self.page(int(PageId.WELCOME)))

    def nextId(self) -> int:
        current = self.currentId()
        if current < 0:
            return super().nextId()
        following = next_step(self.ctx.state, PageId(current))
        if following is None or not self.has_page(following):
            return -1
        return int(following)

    def planned_steps(self) -> list[PageId]:
        """The path as the side panel shows it: up to the first step not in this wizard."""
        steps = []
        for page in steps_for(self.ctx.state):
            if not self.has_page(page):
                break
            steps.append(page)
        return steps

    @property
    def current_page_id(self) -> PageId | None:
        current = self.currentId()
        return PageId(current) if current >= 0 else None

    # --- help and languages -------------------------------------------------------------

    def open_help(self) -> None:
        """The offline help page of the current step."""
        page = self.current_page_id or PageId.WELCOME
        self._help().show_page(self.ctx.language, page.name.lower())

    def open_help_contents(self) -> None:
        """The help's table of contents."""
        self._help().show_page(self.ctx.language, INDEX_PAGE)

    def _help(self) -> HelpBrowser:
        """The help window, placed beside the wizard the first time (then where it is put)."""
        if self.help_browser is None:
            self.help_browser = HelpBrowser(self)
            screen = self.screen().availableGeometry()
            self.help_browser.setGeometry(
                beside(self.frameGeometry(), self.help_browser.size(), screen)
            )
        return self.help_browser

    def open_about(self) -> None:
        """The About dialog: version, purpose, and the licence of every component."""
        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self)
        self.about_dialog.show()
        self.about_dialog.activateWindow()

    def switch_language(self, language: str) -> None:
        """Install ``language`` and remember it; every page, button and the help follow."""
        install_language(language)
        remember_language(language)
        self.ctx.language = language
        action = self._language_actions.get(language)
        if action is not None:
            action.setChecked(True)
        if self.help_browser is not None:
            self.help_browser.change_language(language)
        # Names taken from placeholders follow them once the pages have retranslated.
        QTimer.singleShot(0, self._refresh_keyboard_conventions)

    def _refresh_keyboard_conventions(self) -> None:
        if self.currentId() >= 0:
            make_keyboard_friendly(self.currentPage())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = {
            WizardButton.BackButton: QCoreApplication.translate("Wizard", "< &Back"),
            WizardButton.NextButton: QCoreApplication.translate("Wizard", "&Next >"),
            WizardButton.CommitButton: QCoreApplication.translate("Wizard", "&Next >"),
            WizardButton.FinishButton: QCoreApplication.translate("Wizard", "&Finish"),
            WizardButton.CancelButton: QCoreApplication.translate("Wizard", "Cancel"),
            WizardButton.HelpButton: QCoreApplication.translate("Wizard", "&Help (F1)"),
            WizardButton.CustomButton1: QCoreApplication.translate("Wizard", "&Language"),
        }
        for which, text in texts.items():
            self.setButtonText(which, text)
        # The key after a tab shows right-aligned in the menu; the F1 shortcut itself is global.
        self.help_action.setText(
            QCoreApplication.translate("Wizard", "Help for this step") + "\tF1"
        )
        self.contents_action.setText(QCoreApplication.translate("Wizard", "Help contents"))
        self.about_action.setText(QCoreApplication.translate("Wizard", "About KMS Host Wizard"))
        self._refresh_chrome()

    # --- title and side panel -----------------------------------------------------------

    def _refresh_chrome(self) -> None:
        name = self.ctx.target_name
        base = QCoreApplication.translate("Wizard", "KMS Host Wizard")
        if not name:
            self.setWindowTitle(base)
        elif self.ctx.state.target is Target.LAB:
            self.setWindowTitle(
                fill(QCoreApplication.translate("Wizard", "%1 — %2 (simulated lab)"), base, name)
            )
        else:
            self.setWindowTitle(fill(QCoreApplication.translate("Wizard", "%1 — %2"), base, name))
        current = self.current_page_id
        visited = [PageId(i) for i in self.visitedIds() if i >= 0]
        done = [p for p in visited if p != current]
        self.step_panel.show_steps(self.planned_steps(), current, done)

    def _on_current_id_changed(self, page_id: int) -> None:
        if page_id >= 0:
            watch_typing(self.page(page_id))
            make_keyboard_friendly(self.page(page_id))
        self._refresh_chrome()

    # --- leaving ------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Cancel or the close button: ask first when leaving would lose something."""
        if self.isVisible() and not self.may_leave():
            return  # refused: QDialog.closeEvent then ignores the close, the window stays
        super().reject()

    def may_leave(self) -> bool:
        """True when nothing would be lost, or the user agreed to leave anyway."""
        asked = leave_question(self)
        if asked is None:
            return True
        leave, stay = leave_buttons()
        return self.ctx.confirmer.confirm(
            self, asked.title, asked.question, asked.details_text, yes=leave, no=stay
        )

    def done(self, result: int) -> None:
        self.ctx.shutdown()
        super().done(result)
