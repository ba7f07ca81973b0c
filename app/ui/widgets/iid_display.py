"""The Installation ID in numbered groups, each with its copy button, for reading out.

On the phone the activation centre asks for the ID group by group; numbered,
large, monospaced groups make that reading hard to get wrong.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.widgets.layouts import clear_layout

COLUMNS = 3


class InstallationIdView(QWidget):
    """Shows the groups of an Installation ID; "Copy all" copies them space-separated."""

    def __init__(self, parent: QWidget | None = None, *, columns: int = COLUMNS) -> None:
        super().__init__(parent)
        self._columns = columns
        self._groups: list[str] = []
        self.group_labels: list[QLabel] = []
        self.copy_buttons: list[QPushButton] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self.copy_all = QPushButton()
        self.copy_all.clicked.connect(self._on_copy_all_clicked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addLayout(row)
        self.retranslate()
        self.set_groups([])

    def set_groups(self, groups: list[str] | tuple[str, ...]) -> None:
        """Show ``groups`` (empty: nothing to read out yet)."""
        self._groups = list(groups)
        clear_layout(self._grid)
        self.group_labels, self.copy_buttons = [], []
        for index, group in enumerate(self._groups):
            number = QLabel(f"{index + 1}.")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label = QLabel(group)
            font = label.font()
            font.setFamily("monospace")
            font.setPointSizeF(font.pointSizeF() * 1.25)
            font.setBold(True)
            label.setFont(font)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(QCoreApplication.translate("InstallationId", "Copy"))
            button.clicked.connect(lambda _checked=False, g=group: self._copy(g))
            row, column = divmod(index, self._columns)
            self._grid.addWidget(number, row, column * 3)
            self._grid.addWidget(label, row, column * 3 + 1)
            self._grid.addWidget(button, row, column * 3 + 2)
            self.group_labels.append(label)
            self.copy_buttons.append(button)
        self.copy_all.setEnabled(bool(self._groups))
        # Built after the page, the buttons would come last in Tab order: put them, in
        # group order, right after "Copy all groups".
        previous = self.copy_all
        for button in self.copy_buttons:
            QWidget.setTabOrder(previous, button)
            previous = button
        self.retranslate()  # each button's accessible name says which group it copies

    @property
    def groups(self) -> list[str]:
        return list(self._groups)

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    def _on_copy_all_clicked(self) -> None:
        self._copy(" ".join(self._groups))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.copy_all.setText(QCoreApplication.translate("InstallationId", "Copy all groups"))
        for number, button in enumerate(self.copy_buttons, start=1):
            button.setText(QCoreApplication.translate("InstallationId", "Copy"))
            button.setAccessibleName(
                QCoreApplication.translate("InstallationId", "Copy group %1").replace(
                    "%1", str(number)
                )
            )
