"""The status distribution of the scanned hosts as a small bar chart, painted with QPainter.

One bar per status (licensed, in grace, unlicensed, not read, not scanned),
its label on the left and the number at the end. The size it asks for comes
from the labels' own width, so no language cuts them off.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_MIN_WIDTH = 120
GAP = 8


class StatusChart(QWidget):
    """Horizontal bars: ``set_bars([(label, value, colour), …])``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[tuple[str, int, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    @property
    def bars(self) -> list[tuple[str, int, str]]:
        return list(self._bars)

    def set_bars(self, bars: list[tuple[str, int, str]]) -> None:
        if bars != self._bars:
            relayout = [b[0] for b in bars] != [b[0] for b in self._bars]
            self._bars = list(bars)
            if relayout:
                self.updateGeometry()
            self.update()

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(label) for label, _, _ in self._bars), default=0)

    def _value_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((value for _, value, _ in self._bars), default=0)
        return metrics.horizontalAdvance(str(max(widest, 99999)))

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 4

    def sizeHint(self) -> QSize:
        width = self._label_width() + GAP + BAR_MIN_WIDTH * 2 + GAP + self._value_width()
        return QSize(width, self._row_height() * len(self._bars) + 2)

    def minimumSizeHint(self) -> QSize:
        width = self._label_width() + GAP + BAR_MIN_WIDTH + GAP + self._value_width()
        return QSize(width, self._row_height() * len(self._bars) + 2)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_width = self._label_width()
        value_width = self._value_width()
        row_height = self._row_height()
        bar_left = label_width + GAP
        bar_space = max(10, self.width() - bar_left - GAP - value_width)
        top = max((value for _, value, _ in self._bars), default=0) or 1
        text_colour = self.palette().windowText().color()
        for index, (label, value, colour) in enumerate(self._bars):
            y = index * row_height + 1
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, y, label_width, row_height),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                label,
            )
            width = bar_space * value / top
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(QRectF(bar_left, y + 3, max(width, 1), row_height - 6), 2, 2)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(bar_left + width + GAP / 2, y, value_width + GAP, row_height),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                str(value),
            )
        painter.end()
