"""The side panel: every step of the planned path, and where the user is.

The path comes from ``app.domain.flow.steps_for`` (it changes with the user's
choices: a remote host adds Connection, Office adds its pages, phone
activation adds its page, "only the clients" leaves every host step out);
steps already passed are ticked.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.domain.flow import PageId, page_title
from app.i18n import render_text
from app.ui.widgets.layouts import clear_layout

PANEL_WIDTH = 200


class StepPanel(QFrame):
    """A vertical list of step titles: ticked, current (bold) or still to come."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(PANEL_WIDTH)
        self.setObjectName("stepPanel")
        self.setStyleSheet("#stepPanel { background: #f1f4f8; border-right: 1px solid #d5dbe3; }")
        self._heading = QLabel()
        font = self._heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self._heading.setFont(font)
        self._list = QVBoxLayout()
        self._list.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 14, 10, 14)
        layout.addWidget(self._heading)
        layout.addSpacing(8)
        layout.addLayout(self._list)
        layout.addStretch(1)
        self._steps: list[PageId] = []
        self._current: PageId | None = None
        self._done: set[PageId] = set()
        self.labels: dict[PageId, QLabel] = {}
        self.retranslate()

    def show_steps(
        self, steps: Iterable[PageId], current: PageId | None, done: Iterable[PageId]
    ) -> None:
        """Show ``steps`` with ``current`` highlighted and ``done`` ticked."""
        self._steps, self._current, self._done = list(steps), current, set(done)
        self._render()

    @property
    def steps(self) -> list[PageId]:
        return list(self._steps)

    def _render(self) -> None:
        clear_layout(self._list)
        self.labels = {}
        for page in self._steps:
            title = render_text(page_title(page))
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            if page == self._current:
                label.setText(f"<b>▶ {title}</b>")
                label.setStyleSheet("color: #0b3d91;")
            elif page in self._done:
                label.setText(f"✓ {title}")
                label.setStyleSheet("color: #1b7a2e;")
            else:
                label.setText(f"&nbsp;&nbsp;&nbsp;{title}")
                label.setStyleSheet("color: #5f6b7a;")
            self._list.addWidget(label)
            self.labels[page] = label

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._heading.setText(QCoreApplication.translate("StepPanel", "Steps"))
        self._render()
