"""A product key typed into five fields of five characters.

Pasting a whole key into any field (keyboard, context menu or middle click)
spreads it across the fields (``app.domain.keys.split_into_groups``: dashes,
spaces and lower case are forgiven); a full field moves the cursor to the
next. "Show the key" switches between clear text and masked display. The
widget only edits: validation is the page's job (``parse_key``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.domain.keys import KEY_ALPHABET, clean_key_text, split_into_groups

GROUPS = 5
GROUP_LEN = 5
_PASTE_ROOM = 40  # a field accepts a whole pasted key, then redistributes it


class SegmentedKeyEdit(QWidget):
    """Five fields for ``XXXXX-XXXXX-XXXXX-XXXXX-XXXXX``.

    Signals:
        changed(): the typed text changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: list[QLineEdit] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for index in range(GROUPS):
            field = QLineEdit()
            field.setMaxLength(_PASTE_ROOM)
            field.setObjectName(f"keyGroup{index + 1}")
            font = field.font()
            font.setFamily("monospace")
            font.setPointSizeF(font.pointSizeF() * 1.15)
            field.setFont(font)
            width = field.fontMetrics().horizontalAdvance("W" * (GROUP_LEN + 1))
            field.setMinimumWidth(width + 12)
            field.setMaximumWidth(width + 30)
            field.textEdited.connect(lambda text, i=index: self._on_field_edited(i, text))
            self.fields.append(field)
            layout.addWidget(field)
            if index < GROUPS - 1:
                layout.addWidget(QLabel("–"))
        self.show_key = QCheckBox()
        self.show_key.setChecked(True)
        self.show_key.toggled.connect(self._on_show_key_toggled)
        layout.addSpacing(12)
        layout.addWidget(self.show_key)
        layout.addStretch(1)
        self.retranslate()

    def text(self) -> str:
        """The five groups joined by dashes (as typed; may be incomplete or invalid)."""
        return "-".join(field.text() for field in self.fields)

    def compact(self) -> str:
        return "".join(field.text() for field in self.fields)

    def set_key(self, text: str) -> None:
        """Fill the fields from a whole key (pasted or given)."""
        for field, group in zip(self.fields, split_into_groups(text), strict=True):
            field.setText(group)
        self._mark_bad_characters()
        self.changed.emit()

    def paste_text(self, text: str, index: int = 0) -> None:
        """What a paste into field ``index`` does: spread the text from that field on."""
        before = "".join(field.text() for field in self.fields[:index])
        self._spread(before + clean_key_text(text), index)

    def clear(self) -> None:
        for field in self.fields:
            field.clear()
        self._mark_bad_characters()
        self.changed.emit()

    def _on_field_edited(self, index: int, text: str) -> None:
        field = self.fields[index]
        cleaned = clean_key_text(text)
        if len(cleaned) > GROUP_LEN or cleaned != text.upper():
            before = "".join(f.text() for f in self.fields[:index])
            after = "".join(f.text() for f in self.fields[index + 1 :])
            if len(before) + len(cleaned) >= GROUPS * GROUP_LEN:
                self._spread(before + cleaned, index)  # a whole key pasted: it replaces the rest
            else:
                self._spread(before + cleaned + after, index)  # typed on: the rest moves along
            return
        if text != cleaned:
            position = field.cursorPosition()
            field.setText(cleaned)
            field.setCursorPosition(position)
        if len(cleaned) == GROUP_LEN and index < GROUPS - 1 and field.cursorPosition() == GROUP_LEN:
            self.fields[index + 1].setFocus()
            self.fields[index + 1].selectAll()
        self._mark_bad_characters()
        self.changed.emit()

    def _spread(self, compact: str, start: int) -> None:
        groups = split_into_groups(compact)
        for field, group in zip(self.fields, groups, strict=True):
            field.setText(group)
        filled = len(clean_key_text(compact)[: GROUPS * GROUP_LEN])
        target = min(filled // GROUP_LEN, GROUPS - 1)
        self.fields[max(target, start)].setFocus()
        self.fields[max(target, start)].end(False)
        self._mark_bad_characters()
        self.changed.emit()

    def _mark_bad_characters(self) -> None:
        for field in self.fields:
            bad = any(ch not in KEY_ALPHABET for ch in field.text())
            field.setStyleSheet("QLineEdit { border: 2px solid #b3261e; }" if bad else "")

    def _on_show_key_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in self.fields:
            field.setEchoMode(mode)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.show_key.setText(QCoreApplication.translate("KeyEdit", "Show the key"))
        self.show_key.setToolTip(
            QCoreApplication.translate(
                "KeyEdit", "Untick to hide the key on screen while you type it."
            )
        )
        for index, field in enumerate(self.fields):
            field.setAccessibleName(
                QCoreApplication.translate("KeyEdit", "Key group %1").replace("%1", str(index + 1))
            )
