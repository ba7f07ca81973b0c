"""A product key typed into five fields of five characters.

It behaves like Windows' own five-box product key dialog: pasting a whole
key into any field (keyboard, context menu or middle click) fills the fields
from the first (``app.domain.keys.split_into_groups``: dashes, spaces and
lower case are forgiven); typing past the fifth character of a field goes on
in the next one; Backspace at the start of a field (or in an empty one)
moves into the previous field and deletes its last character. Characters
that do not fit (more than 25) are dropped *and remembered*: fields filled
that way hold pieces of two keys, so ``assembly_problem`` says so and the
pages never call such a key well-formed. "Show the key" switches between
clear text and masked display. The widget only edits: validation is the
page's job (``parse_key``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.domain.keys import KEY_ALPHABET, clean_key_text, split_into_groups
from app.domain.text import QT_TRANSLATE_N_NOOP
from app.i18n import render_text

GROUPS = 5
GROUP_LEN = 5
KEY_LEN = GROUPS * GROUP_LEN
_PASTE_ROOM = 40  # a field accepts a whole pasted key, then redistributes it
# A plural is extracted as one only from this marker (lupdate needs a literal count).
TOO_MANY_CHARACTERS = QT_TRANSLATE_N_NOOP(
    "KeyEdit",
    "%n more character(s) than a key holds were typed or pasted, and were left out: "
    "these fields now hold pieces that may not belong together. Clear the fields and "
    "paste or type the whole key from the first field.",
    None,
    0,
)


class SegmentedKeyEdit(QWidget):
    """Five fields for ``XXXXX-XXXXX-XXXXX-XXXXX-XXXXX``.

    Signals:
        changed(): the typed text changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: list[QLineEdit] = []
        self._dropped = 0  # characters that did not fit since the fields were last empty
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
            field.installEventFilter(self)
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
        self._dropped = max(0, len(clean_key_text(text or "")) - KEY_LEN)
        self._mark_bad_characters()
        self.changed.emit()

    def paste_text(self, text: str, index: int = 0, position: int | None = None) -> None:
        """What a paste into field ``index`` (at ``position``, default its end) does.

        A whole key (25 characters or more) replaces every field from the first,
        wherever it is pasted, as in Windows' dialog; a shorter piece goes in at
        that place and pushes what follows along.
        """
        cleaned = clean_key_text(text)
        if len(cleaned) >= KEY_LEN:
            self._dropped = 0
            self._spread(cleaned, len(cleaned))
            return
        field = self.fields[index]
        here = field.text()
        if position is None:
            position = len(here)
        before = "".join(f.text() for f in self.fields[:index]) + here[:position]
        after = here[position:] + "".join(f.text() for f in self.fields[index + 1 :])
        self._spread(before + cleaned + after, len(before + cleaned))

    def clear(self) -> None:
        for field in self.fields:
            field.clear()
        self._dropped = 0
        self._mark_bad_characters()
        self.changed.emit()

    def assembly_problem(self) -> str:
        """Why the fields cannot hold the key the user meant, or "".

        Characters that did not fit were dropped, so the fields hold the start of
        what was typed or pasted, mixed with what was there before: even 25 valid
        characters are then not a key to call well-formed.
        """
        if not self._dropped:
            return ""
        return render_text(TOO_MANY_CHARACTERS, n=self._dropped)

    def _on_field_edited(self, index: int, text: str) -> None:
        field = self.fields[index]
        cleaned = clean_key_text(text)
        if len(cleaned) >= KEY_LEN:
            self.paste_text(text, index)  # a whole key landed in one field: it fills them all
            return
        if len(cleaned) > GROUP_LEN or cleaned != text.upper():
            # Typed or pasted past the end of the field: go on in the next fields, in order,
            # keeping the cursor just after the last character typed.
            before = "".join(f.text() for f in self.fields[:index])
            after = "".join(f.text() for f in self.fields[index + 1 :])
            cursor = len(before) + len(clean_key_text(text[: field.cursorPosition()]))
            self._spread(before + cleaned + after, cursor)
            return
        if text != cleaned:
            position = field.cursorPosition()
            field.setText(cleaned)
            field.setCursorPosition(position)
        if len(cleaned) == GROUP_LEN and index < GROUPS - 1 and field.cursorPosition() == GROUP_LEN:
            self.fields[index + 1].setFocus()
            self.fields[index + 1].setCursorPosition(0)
        self._after_edit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in self.fields:
            assert isinstance(event, QKeyEvent)
            index = self.fields.index(watched)  # type: ignore[arg-type]
            if event.matches(QKeySequence.StandardKey.Paste):
                field = self.fields[index]
                if field.hasSelectedText():
                    field.del_()  # a paste replaces the selection, as everywhere
                self.paste_text(QGuiApplication.clipboard().text(), index, field.cursorPosition())
                return True
            if event.key() == Qt.Key.Key_Backspace and self._backspace_into_previous(index):
                return True
        return super().eventFilter(watched, event)

    def _backspace_into_previous(self, index: int) -> bool:
        """Backspace at the start of a field: delete the previous field's last character."""
        field = self.fields[index]
        if index == 0 or field.hasSelectedText() or field.cursorPosition() != 0:
            return False
        previous = self.fields[index - 1]
        previous.setText(previous.text()[:-1])
        previous.setFocus()
        previous.end(False)
        self._after_edit()
        return True

    def _spread(self, compact: str, cursor: int) -> None:
        """Fill the fields in order from ``compact``; put the cursor at key position ``cursor``."""
        cleaned = clean_key_text(compact)
        self._dropped += max(0, len(cleaned) - KEY_LEN)
        for field, group in zip(self.fields, split_into_groups(cleaned), strict=True):
            field.setText(group)
        cursor = min(cursor, KEY_LEN)
        target = min(cursor // GROUP_LEN, GROUPS - 1)
        self.fields[target].setFocus()
        self.fields[target].setCursorPosition(cursor - target * GROUP_LEN)
        self._after_edit()

    def _after_edit(self) -> None:
        if not self.compact():
            self._dropped = 0  # all emptied by hand: a fresh start
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
