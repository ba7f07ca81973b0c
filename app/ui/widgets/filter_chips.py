"""Filter chips over the scan results: MAK, KMS client, unlicensed, in grace… each with its count.

A chip is a checkable button reading "MAK (12)". Checked chips combine with
"or": the table shows the hosts in any of them; none checked shows every host.

The chips sit in plain box layouts, one per line, and wrap onto more lines when the
width or the language asks for it. They are re-placed (in Python) only when
the widget is resized, the language changes or the counts gain a digit: a
layout written in Python would be asked for its size on every relayout of the
page, and during a scan the page relays out twenty times a second while the
scan's threads hold the interpreter lock (see ``results_model``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from app.ui.messages import fill
from app.ui.widgets.results_model import (
    CHIP_ORDER,
    HostCategory,
    ResultsModel,
    category_title,
    category_tooltip,
)

_STYLE = """
QToolButton { border: 1px solid #9aa5b1; border-radius: 11px; padding: 2px 10px; }
QToolButton:checked { background: #1f5f99; color: white; border-color: #1f5f99; }
QToolButton:disabled { color: #9aa5b1; }
"""
SPACING = 6


class FilterChips(QWidget):
    """One chip per :class:`HostCategory`; counts follow the model.

    Signals:
        changed(int): the checked categories, as a :class:`HostCategory` value.
    """

    changed = Signal(int)

    def __init__(self, model: ResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._titles: dict[HostCategory, str] = {}
        self._digits = 1
        self._placed_width = -1
        self.chips: dict[HostCategory, QToolButton] = {}
        self._lines = QVBoxLayout(self)
        self._lines.setContentsMargins(0, 0, 0, 0)
        self._lines.setSpacing(SPACING)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        for category in CHIP_ORDER:
            chip = QToolButton()
            chip.setCheckable(True)
            chip.setObjectName(f"chip-{category.name.lower()}")
            chip.setStyleSheet(_STYLE)
            chip.toggled.connect(self._on_chip_toggled)
            self.chips[category] = chip
        model.counts_changed.connect(self.refresh)
        self.retranslate()

    @property
    def selected(self) -> HostCategory:
        chosen = HostCategory.NONE
        for category, chip in self.chips.items():
            if chip.isChecked():
                chosen |= category
        return chosen

    def select(self, categories: HostCategory) -> None:
        """Check exactly ``categories`` (one ``changed`` signal)."""
        for category, chip in self.chips.items():
            chip.blockSignals(True)
            chip.setChecked(bool(categories & category))
            chip.blockSignals(False)
        self.changed.emit(int(self.selected))

    def count(self, category: HostCategory) -> int:
        return self._model.category_count(category)

    def refresh(self) -> None:
        """The counts again (a batch of results arrived)."""
        for category, chip in self.chips.items():
            text = fill("%1 (%2)", self._titles[category], self.count(category))
            if chip.text() != text:
                chip.setText(text)
        digits = len(str(max(self._model.rowCount(), 1)))
        if digits != self._digits:
            self._digits = digits
            self._place(self.width())

    def retranslate(self) -> None:
        """Titles and tips in the new language, and the chips placed again."""
        for category, chip in self.chips.items():
            self._titles[category] = category_title(category)
            chip.setToolTip(category_tooltip(category, self._model.expiring_days))
        self.refresh()
        self._place(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._placed_width:
            self._place(event.size().width())

    def _place(self, width: int) -> None:
        """Lay the chips out in as many lines as ``width`` needs."""
        self._placed_width = width
        while self._lines.count():
            line = self._lines.takeAt(0).layout()
            while line is not None and line.count():
                line.takeAt(0)
            if line is not None:
                line.deleteLater()
        widest = max(chip.sizeHint().width() for chip in self.chips.values())
        room = max(width, widest)
        line = None
        used = 0
        for chip in self.chips.values():
            needed = chip.sizeHint().width()
            if line is None or used + SPACING + needed > room:
                if line is not None:
                    line.addStretch(1)
                line = QHBoxLayout()
                line.setSpacing(SPACING)
                self._lines.addLayout(line)
                used = -SPACING
            line.addWidget(chip)
            used += SPACING + needed
        if line is not None:
            line.addStretch(1)
        # Never ask for more width than one chip: the lines follow the width given.
        self.setMinimumWidth(widest)
        self.setFixedHeight(self._lines.sizeHint().height())

    def _on_chip_toggled(self, _checked: bool) -> None:
        self.changed.emit(int(self.selected))
