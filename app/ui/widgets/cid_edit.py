"""The Confirmation ID typed into eight blocks A–H of six digits.

Pasting the whole ID (with or without the block letters, dashes or spaces)
into any block spreads it across the blocks (``app.domain.phone.split_cid``).
Each block is checked as it is typed: a wrong length or a letter is an error
(red); a failed legacy check digit only a soft warning (amber), because the
rule is not verified for today's IDs — the licensing service judges itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.phone import (
    BLOCK_LABELS,
    CID_BLOCK_LEN,
    CID_BLOCKS,
    BlockCheck,
    CidCheck,
    check_block,
    check_cid,
    split_cid,
)
from app.i18n import render

_ROOM = 80  # a block accepts a whole pasted ID, then redistributes it


class CidBlockEdit(QWidget):
    """Eight blocks with instant, per-block feedback.

    Signals:
        changed(): a block changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, per_row: int = CID_BLOCKS) -> None:
        super().__init__(parent)
        self.fields: list[QLineEdit] = []
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for index in range(CID_BLOCKS):
            label = QLabel(BLOCK_LABELS[index])
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            field = QLineEdit()
            field.setMaxLength(_ROOM)
            field.setObjectName(f"cidBlock{BLOCK_LABELS[index]}")
            font = field.font()
            font.setFamily("monospace")
            field.setFont(font)
            width = field.fontMetrics().horizontalAdvance("0" * (CID_BLOCK_LEN + 2))
            field.setMinimumWidth(width + 10)
            field.textEdited.connect(lambda text, i=index: self._on_block_edited(i, text))
            line, column = divmod(index, per_row)
            grid.addWidget(label, line * 2, column)
            grid.addWidget(field, line * 2 + 1, column)
            self.fields.append(field)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.feedback)
        self._checks: list[BlockCheck | None] = [None] * CID_BLOCKS
        self.retranslate()  # the blocks' accessible names, before any language change

    def blocks(self) -> list[str]:
        return [field.text().strip() for field in self.fields]

    def check(self) -> CidCheck:
        return check_cid(self.blocks())

    @property
    def complete(self) -> bool:
        """Every block holds six digits (warnings allowed): the ID may be deposited."""
        return self.check().ok

    def paste_text(self, text: str, index: int = 0) -> None:
        """What a paste into block ``index`` does: spread the text from that block on."""
        before = "".join(field.text() for field in self.fields[:index])
        self._spread(before + text)

    def clear(self) -> None:
        for field in self.fields:
            field.clear()
        self._refresh()

    def _on_block_edited(self, index: int, text: str) -> None:
        if len(text) > CID_BLOCK_LEN:  # a paste (or a digit too many): spread from here on
            before = "".join(field.text() for field in self.fields[:index])
            self._spread(before + text)
            return
        if len(text) == CID_BLOCK_LEN and index < CID_BLOCKS - 1:
            self.fields[index + 1].setFocus()
        self._refresh()

    def _spread(self, text: str) -> None:
        for field, block in zip(self.fields, split_cid(text), strict=True):
            field.setText(block)
        self._refresh()

    def _refresh(self) -> None:
        lines = []
        for index, field in enumerate(self.fields):
            typed = field.text().strip()
            verdict = check_block(typed, index) if typed else None
            self._checks[index] = verdict
            if verdict is None:
                field.setStyleSheet("")
            elif verdict.error is not None:
                field.setStyleSheet("QLineEdit { border: 2px solid #b3261e; }")
                lines.append(f"<span style='color:#b3261e'>{_html(render(verdict.error))}</span>")
            elif verdict.warning is not None:
                field.setStyleSheet("QLineEdit { border: 2px solid #c77c00; }")
                lines.append(f"<span style='color:#9a5b00'>{_html(render(verdict.warning))}</span>")
            else:
                field.setStyleSheet("QLineEdit { border: 2px solid #1b7a2e; }")
        self.feedback.setText("<br>".join(lines))
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for index, field in enumerate(self.fields):
            field.setAccessibleName(
                QCoreApplication.translate("CidEdit", "Confirmation ID block %1").replace(
                    "%1", BLOCK_LABELS[index]
                )
            )
        self._refresh()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
