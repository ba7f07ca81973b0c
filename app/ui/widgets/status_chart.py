"""The status distribution of the scanned hosts as a small bar chart, painted with QPainter.

One bar per status (licensed, in grace, unlicensed, not read, not scanned),
its label on the left and the number at the end. Its minimum width comes from
the labels' own width, so no language cuts them off.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_MIN_WIDTH = 120
GAP = 8
REPAINTS_PER_SECOND = 2


class StatusChart(QWidget):
    """Horizontal bars: ``set_bars([(label, value, colour), …])``.

    Its size is set when the labels change (not asked for on every relayout:
    see ``results_model`` on calls into Python during a scan), and it repaints
    at most :data:`REPAINTS_PER_SECOND` times a second while values stream in.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[tuple[str, int, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._repaint = QTimer(self)
        self._repaint.setSingleShot(True)
        self._repaint.setInterval(1000 // REPAINTS_PER_SECOND)
        self._repaint.timeout.connect(self.update)

    @property
    def bars(self) -> list[tuple[str, int, str]]:
        return list(self._bars)

    def set_bars(self, bars: list[tuple[str, int, str]]) -> None:
        if bars == self._bars:
            return
        relayout = [b[0] for b in bars] != [b[0] for b in self._bars]
        self._bars = list(bars)
        if relayout:
            self._fit()
            self.update()
        elif not self._repaint.isActive():
            self._repaint.start()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit()
        super().changeEvent(event)

    def _fit(self) -> None:
        width = self._label_width() + GAP + BAR_MIN_WIDTH + GAP + self._value_width()
        self.setMinimumWidth(width)
        self.setFixedHeight(self._row_height() * len(self._bars) + 2)

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(label) for label, _, _ in self._bars), default=0)

    def _value_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("99999")

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 4

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
