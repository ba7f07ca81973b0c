"""The "About KMS Host Wizard" dialog: version, icon, purpose, and every component's licence."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import app
from app.components import Component, bundled_components
from app.ui.app_icon import application_icon
from app.ui.messages import fill

ICON_SIZE = 64
# The wizard's own licence (pyproject.toml).
APP_LICENCE = "MIT"


class AboutDialog(QDialog):
    """Shows what this build is and what it is made of; non-modal, closes with Close or Esc."""

    def __init__(
        self, parent: QWidget | None = None, components: Sequence[Component] | None = None
    ) -> None:
        super().__init__(parent)
        self.components = list(components if components is not None else bundled_components())
        self.setWindowIcon(application_icon())
        icon = QLabel()
        icon.setPixmap(application_icon().pixmap(ICON_SIZE, ICON_SIZE))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.version = QLabel()
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.components_heading = QLabel()
        self.components_heading.setWordWrap(True)
        self.table = QTableWidget(len(self.components), 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, component in enumerate(self.components):
            for column, text in enumerate((component.name, component.version, component.licence)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        heading = QVBoxLayout()
        heading.addWidget(self.name)
        heading.addWidget(self.version)
        heading.addWidget(self.description)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.components_heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 560)
        self.retranslate()

    def licence_of(self, name: str) -> str:
        """The licence shown for component ``name`` ("" when not listed)."""
        return next((c.licence for c in self.components if c.name == name), "")

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("AboutDialog", "About KMS Host Wizard"))
        self.name.setText(QCoreApplication.translate("AboutDialog", "KMS Host Wizard"))
        self.version.setText(
            fill(
                QCoreApplication.translate("AboutDialog", "Version %1 · licence %2"),
                app.__version__,
                APP_LICENCE,
            )
        )
        self.description.setText(
            QCoreApplication.translate(
                "AboutDialog",
                "Sets up a KMS host for Windows and Office volume activation step by step, "
                "checks its DNS SRV record, and scans and converts clients between MAK and "
                "KMS. Works on this computer, on a remote host over WinRM, or in a simulated "
                "lab for training.",
            )
        )
        self.components_heading.setText(
            QCoreApplication.translate(
                "AboutDialog", "It is built with these components, each under its own licence:"
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("AboutDialog", "Component"),
                QCoreApplication.translate("AboutDialog", "Version"),
                QCoreApplication.translate("AboutDialog", "Licence"),
            ]
        )
        for row, component in enumerate(self.components):
            if not component.licence:
                self.table.item(row, 2).setText(
                    QCoreApplication.translate("AboutDialog", "see the package")
                )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
