"""The computers a directory search listed: host, operating system, OU, read-only.

Shown under the Active Directory form so the admin can check the names before
the scan. A listing may hold thousands of computers, so the rows live in one
Python list behind a table model: filling it is one model reset (10,000 rows in
a few milliseconds), and the view asks only for the cells it paints (no widget
per row, no pass over the rows to size the columns). Unlike the scan results
(``results_model``, a ``QStandardItemModel`` because worker threads compete for
the interpreter lock while it is painted), at most a directory listing runs
while this table is on screen, and it mostly waits on the network: a model
written in Python costs nothing noticeable here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.domain.inventory_ad import ListedComputer

_Index = QModelIndex | QPersistentModelIndex
SAMPLED_ROWS = 200  # rows measured to size the columns (not all of a long listing)


class ComputerListModel(QAbstractTableModel):
    """Rows of :class:`ListedComputer`: host, operating system, OU."""

    HOST, SYSTEM, CONTAINER = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[ListedComputer, ...] = ()

    def set_computers(self, computers: Sequence[ListedComputer]) -> None:
        self.beginResetModel()
        self._rows = tuple(computers)
        self.endResetModel()

    @property
    def computers(self) -> tuple[ListedComputer, ...]:
        return self._rows

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == self.HOST:
            if row.disabled:  # listed only when asked for: marked, as it may not answer
                return QCoreApplication.translate("ComputerList", "%1 (disabled)").replace(
                    "%1", row.host
                )
            return row.host
        if column == self.SYSTEM:
            return row.operating_system
        return row.container

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.HOST:
            return QCoreApplication.translate("ComputerList", "Host")
        if section == self.SYSTEM:
            return QCoreApplication.translate("ComputerList", "Operating system")
        if section == self.CONTAINER:
            return QCoreApplication.translate("ComputerList", "OU")
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)


class ComputerList(QTableView):
    """A read-only table of listed computers (selectable, for copying names)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.computer_model = ComputerListModel(self)
        self.setModel(self.computer_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        rows = self.verticalHeader()
        rows.hide()
        # Every row as high as a line of text: nothing is measured per row.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setStretchLastSection(True)
        columns.setHighlightSections(False)
        self.setMinimumHeight(rows.defaultSectionSize() * 6 + columns.sizeHint().height())
        self._name()

    def _name(self) -> None:
        self.setAccessibleName(
            QCoreApplication.translate("ComputerList", "Computers found in the directory")
        )

    def show_computers(self, computers: Sequence[ListedComputer]) -> None:
        """Show ``computers`` in their order (the inventory's)."""
        self.computer_model.set_computers(computers)
        self.scrollToTop()
        self._fit_columns()

    def hosts(self) -> list[str]:
        """The host names shown, in order."""
        return [computer.host for computer in self.computer_model.computers]

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Host and system as wide as their texts (the first rows'), the OU the rest.

        When the view is too narrow for all, host and system give up room in
        proportion; the user may still drag the columns.
        """
        model = self.computer_model
        metrics = self.fontMetrics()
        padding = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin) + 12
        needed = []
        for column in range(model.columnCount()):
            header = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            texts = [header] + [
                str(model.index(row, column).data() or "")
                for row in range(min(model.rowCount(), SAMPLED_ROWS))
            ]
            needed.append(max(metrics.horizontalAdvance(text) for text in texts) + padding)
        room = self.viewport().width()
        host, system, container = needed
        if host + system + container > room:
            share = max(room - container, room // 2) / max(host + system, 1)
            host, system = int(host * share), int(system * share)
        columns = self.horizontalHeader()
        columns.resizeSection(ComputerListModel.HOST, host)
        columns.resizeSection(ComputerListModel.SYSTEM, system)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.computer_model.retranslate()
            self._name()
        super().changeEvent(event)
