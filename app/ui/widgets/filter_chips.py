"""Filter chips over the scan results: MAK, KMS client, unlicensed, in grace… each with its count.

A chip is a checkable button reading "MAK (12)". Checked chips combine with
"or": the table shows the hosts in any of them; none checked shows every host.
The chips wrap onto a second line when the language runs long.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QToolButton, QWidget

from app.ui.messages import fill
from app.ui.widgets.flow_layout import FlowLayout
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


class FilterChips(QWidget):
    """One chip per :class:`HostCategory`; counts follow the model.

    Signals:
        changed(int): the checked categories, as a :class:`HostCategory` value.
    """

    changed = Signal(int)

    def __init__(self, model: ResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.chips: dict[HostCategory, QToolButton] = {}
        layout = FlowLayout(self)
        for category in CHIP_ORDER:
            chip = QToolButton()
            chip.setCheckable(True)
            chip.setObjectName(f"chip-{category.name.lower()}")
            chip.setStyleSheet(_STYLE)
            chip.toggled.connect(self._on_chip_toggled)
            layout.addWidget(chip)
            self.chips[category] = chip
        model.counts_changed.connect(self.refresh)
        self.refresh()

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
        """Counts and texts again (new results, or a new language)."""
        for category, chip in self.chips.items():
            chip.setText(fill("%1 (%2)", category_title(category), self.count(category)))
            chip.setToolTip(category_tooltip(category, self._model.expiring_days))

    def _on_chip_toggled(self, _checked: bool) -> None:
        self.changed.emit(int(self.selected))
