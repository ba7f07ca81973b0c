"""What every wizard page has: a scrolling body, an operation panel, and why Next is off.

- Next is enabled exactly when no operation runs and ``app.domain.flow.blocker``
  has nothing to say for this page (plus any check of the page's own, see
  :meth:`WizardPage.own_blocker`); ``completeChanged`` is emitted on every change, and
  the reason is written under the page.
- Irreversible actions go through :meth:`WizardPage.confirm`, which only commit
  pages may call (``flow.is_commit_page``) and whose question names the machine.
- Texts come from ``QCoreApplication.translate`` with literal contexts and are
  set again on ``LanguageChange`` by :meth:`WizardPage.retranslate`.
- Going Back cancels the page's running operation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.domain.flow import PageId, blocker, is_commit_page, page_title
from app.i18n import render, render_text
from app.ui.context import WizardContext
from app.ui.messages import fill
from app.ui.widgets.operation_panel import OperationPanel


class WizardPage(QWizardPage):
    """Base of every page; subclasses set ``page_id`` and fill :attr:`body`."""

    page_id: PageId = PageId.WELCOME

    def __init__(self, context: WizardContext) -> None:
        super().__init__()
        self.ctx = context
        self._busy_widgets: list[QWidget] = []
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = scroll
        self.operation = OperationPanel(context)
        self.operation.busy_changed.connect(self._on_operation_busy_changed)
        self.blocker_label = QLabel()
        self.blocker_label.setWordWrap(True)
        self.blocker_label.setObjectName("blockerLabel")
        self.blocker_label.setStyleSheet("#blockerLabel { color: #5f6b7a; font-style: italic; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.operation)
        layout.addWidget(self.blocker_label)
        context.changed.connect(self._on_context_changed)

    # --- subclass hooks ---------------------------------------------------------

    def own_blocker(self) -> str:
        """Why this page keeps Next off besides the flow's reasons ("" when nothing)."""
        return ""

    def retranslate(self) -> None:
        """Set every text again (the language changed). Subclasses extend it."""
        self.setTitle(render_text(page_title(self.page_id)))
        self._show_blocker()

    # --- Qt overrides -----------------------------------------------------------

    def isComplete(self) -> bool:
        return (
            not self.operation.busy
            and blocker(self.ctx.state, self.page_id) is None
            and not self.own_blocker()
        )

    def cleanupPage(self) -> None:
        self.operation.cancel()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- helpers ----------------------------------------------------------------

    def add_busy_widgets(self, *widgets: QWidget) -> None:
        """Widgets disabled while an operation runs (the action buttons)."""
        self._busy_widgets.extend(widgets)

    def run(
        self,
        busy_text: str,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], bool] | None = None,
    ) -> None:
        """Run a service call in the background (see :class:`OperationPanel`)."""
        self.operation.start(busy_text, work, on_success, on_failure)

    def confirm(self, question: str, details: str = "") -> bool:
        """Ask before an irreversible action (commit pages only)."""
        if not is_commit_page(self.page_id):
            raise RuntimeError(f"{self.page_id.name} is not a commit page")
        title = fill(QCoreApplication.translate("WizardPage", "Change %1?"), self.ctx.target_name)
        return self.ctx.confirmer.confirm(self, title, question, details)

    def update_completion(self) -> None:
        """Next's state and the reason under the page, after any change."""
        self._show_blocker()
        self.completeChanged.emit()

    def _show_blocker(self) -> None:
        if self.operation.busy:
            self.blocker_label.clear()
            return
        reason = blocker(self.ctx.state, self.page_id)
        self.blocker_label.setText(render(reason) if reason is not None else self.own_blocker())

    def _on_operation_busy_changed(self, busy: bool) -> None:
        for widget in self._busy_widgets:
            widget.setEnabled(not busy)
        if not busy:
            self.refresh_enabled()
        self.update_completion()

    def refresh_enabled(self) -> None:
        """Re-apply the page's own enabled states after an operation (subclasses)."""

    def _on_context_changed(self) -> None:
        self.update_completion()


def heading(text: str = "") -> QLabel:
    """A bold section heading."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def paragraph(text: str = "") -> QLabel:
    """A wrapped, selectable paragraph."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
