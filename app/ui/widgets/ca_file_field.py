"""A CA file to trust for TLS: a path field and "Browse…" (empty: this computer's trust).

Used wherever a certificate is checked against a CA the user may name: the
WinRM connection (HTTPS) and the Active Directory tab (LDAPS, StartTLS).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget


class CaFileField(QWidget):
    """The path of a PEM file of CA certificates, typed or chosen.

    Signals:
        edited(): the user typed a path or chose a file (not sent by :meth:`set_path`).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._on_browse_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse)
        self.retranslate()

    def path(self) -> str:
        """The path given ("" for the certificates this computer trusts)."""
        return self.edit.text().strip()

    def set_path(self, path: str) -> None:
        self.edit.setText(path)

    def _on_edit_text_edited(self, _text: str) -> None:
        self.edited.emit()

    def _on_browse_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("CaFileField", "CA certificate file"),
            "",
            QCoreApplication.translate(
                "CaFileField", "Certificates (*.pem *.crt *.cer);;All files (*)"
            ),
        )
        if path:
            self.edit.setText(path)
            self.edited.emit()

    def retranslate(self) -> None:
        self.browse.setText(QCoreApplication.translate("CaFileField", "Browse…"))
        self.edit.setPlaceholderText(
            QCoreApplication.translate(
                "CaFileField", "empty: the certificates this computer trusts"
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
