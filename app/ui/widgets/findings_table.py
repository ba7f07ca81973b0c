"""A table of findings coloured green, blue, amber or red, each with its fix; copyable.

Used for the host check, the preflight of a key group, every step's result and
the DNS check. Rows wrap their text (German runs long) and grow to fit it;
Ctrl+C or the context menu copies the selected rows (or all) as text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QColor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.ui.messages import FindingRow, Level, worst_level

WHERE_WIDTH = 150
_ORDER = [Level.OK, Level.INFO, Level.WARNING, Level.ERROR]


class FindingsTable(QTableWidget):
    """Findings as rows: status, [where], what was found, what to do."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        with_where: bool = False,
        worst_first: bool = False,
    ) -> None:
        super().__init__(0, 4 if with_where else 3, parent)
        self._with_where = with_where
        self._worst_first = worst_first
        self._rows: list[FindingRow] = []
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        column = 1
        if with_where:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(1, WHERE_WIDTH)
            column = 2
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(column + 1, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._schedule_row_fit)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.resizeRowsToContents)
        self._copy_action = QAction(self)
        self._copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self._copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._copy_action.triggered.connect(self.copy_to_clipboard)
        self.addAction(self._copy_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setMinimumHeight(90)
        self.retranslate()

    def set_rows(self, rows: list[FindingRow]) -> None:
        """Replace the content."""
        if self._worst_first:
            rows = sorted(rows, key=lambda r: _ORDER.index(r.level), reverse=True)
        self._rows = list(rows)
        self.setRowCount(len(rows))
        for index, row in enumerate(rows):
            status = QTableWidgetItem(row.level.label())
            status.setForeground(QBrush(QColor(row.level.colour)))
            status.setBackground(QBrush(QColor(row.level.background)))
            font = status.font()
            font.setBold(True)
            status.setFont(font)
            status.setData(Qt.ItemDataRole.UserRole, row.level.value)
            self.setItem(index, 0, status)
            column = 1
            if self._with_where:
                self.setItem(index, 1, QTableWidgetItem(row.where))
                column = 2
            self.setItem(index, column, QTableWidgetItem(row.text))
            self.setItem(index, column + 1, QTableWidgetItem(row.fix))
        # Without any fix to show, the finding gets the whole width.
        self.setColumnHidden(self.columnCount() - 1, not any(r.fix for r in rows))
        self._schedule_row_fit()

    def rows(self) -> list[FindingRow]:
        return list(self._rows)

    @property
    def worst(self) -> Level:
        return worst_level(self._rows)

    def text(self, selected_only: bool = False) -> str:
        """The rows as tab-separated text."""
        wanted = {i.row() for i in self.selectedIndexes()} if selected_only else set()
        lines = []
        for index, row in enumerate(self._rows):
            if wanted and index not in wanted:
                continue
            cells = [row.level.label(), *([row.where] if self._with_where else []), row.text]
            if row.fix:
                cells.append(row.fix)
            lines.append("\t".join(cells))
        return "\n".join(lines)

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.text(selected_only=True) or self.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        labels = [QCoreApplication.translate("FindingsTable", "Status")]
        if self._with_where:
            labels.append(QCoreApplication.translate("FindingsTable", "Where"))
        labels += [
            QCoreApplication.translate("FindingsTable", "Finding"),
            QCoreApplication.translate("FindingsTable", "What to do"),
        ]
        self.setHorizontalHeaderLabels(labels)
        self._copy_action.setText(QCoreApplication.translate("FindingsTable", "Copy"))
        self.setAccessibleName(QCoreApplication.translate("FindingsTable", "Findings"))
        for index, row in enumerate(self._rows):
            item = self.item(index, 0)
            if item is not None:
                item.setText(row.level.label())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._schedule_row_fit()

    def _schedule_row_fit(self, *_args: object) -> None:
        self._fit_timer.start()
