"""The scan results as a table model: one row per host, streamed in batches, sorted and filtered.

A scan of 10,000 machines must never make the window stutter, so:

- rows arrive in batches (``app.workers`` delivers at most 20 a second) and
  each batch is one ``beginInsertRows``/``endInsertRows``;
- nothing is rendered ahead: a cell's text is made when the view asks for it
  (only visible rows are asked) and kept until the row or the language changes;
- each row's filter categories (MAK, KMS, unlicensed…) are computed once, on
  arrival, and the counts shown on the filter chips are kept up to date by
  addition, never by a pass over the whole table.

:class:`ResultsFilter` sorts (by a sort key per column, so numbers and dates
sort as such) and filters by chips (a host matching any chosen chip is shown)
and by a search text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum, IntFlag

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.domain.licensing import LicenseChannel, LicenseStatus
from app.domain.scan_results import DEFAULT_EXPIRING_DAYS, HostOutcome, HostResult
from app.domain.text import QT_TRANSLATE_N_NOOP
from app.i18n import render, render_text
from app.i18n.formats import format_date
from app.ui.messages import Level, fill

DAYS = QT_TRANSLATE_N_NOOP("ResultsModel", "%n day(s)", None, 0)
EXPIRING_TIP = QT_TRANSLATE_N_NOOP(
    "ResultsModel",
    "Hosts with an activation or grace period ending within %n day(s)",
    None,
    0,
)
HOURS = QT_TRANSLATE_N_NOOP("ResultsModel", "%n hour(s)", None, 0)

SORT_ROLE = Qt.ItemDataRole.UserRole
HOST_ROLE = Qt.ItemDataRole.UserRole + 1
_NO_EXPIRY = 1 << 40  # sorts hosts whose licence never ends after every dated one


class HostCategory(IntFlag):
    """What a host shows, for the filter chips (a host may be in several)."""

    NONE = 0
    MAK = 1
    KMS = 2
    UNLICENSED = 4
    IN_GRACE = 8
    EXPIRING = 16
    UNREACHABLE = 32
    CREDENTIALS = 64


CHIP_ORDER = (
    HostCategory.MAK,
    HostCategory.KMS,
    HostCategory.UNLICENSED,
    HostCategory.IN_GRACE,
    HostCategory.EXPIRING,
    HostCategory.UNREACHABLE,
    HostCategory.CREDENTIALS,
)


class HostStatus(Enum):
    """One status per host for the distribution chart (its worst product decides)."""

    LICENSED = "licensed"
    IN_GRACE = "in-grace"
    UNLICENSED = "unlicensed"
    NOT_READ = "not-read"
    NOT_SCANNED = "not-scanned"


STATUS_ORDER = tuple(HostStatus)


class Column(Enum):
    HOST = 0
    OS = 1
    EDITION = 2
    PRODUCTS = 3
    CHANNEL = 4
    STATUS = 5
    EXPIRY = 6
    KMS_HOST = 7
    LAST_ERROR = 8


def categories_of(result: HostResult, expiring_days: int = DEFAULT_EXPIRING_DAYS) -> HostCategory:
    """The filter categories of one host."""
    if result.outcome is HostOutcome.UNREACHABLE:
        return HostCategory.UNREACHABLE
    if result.outcome is HostOutcome.CREDENTIALS:
        return HostCategory.CREDENTIALS
    found = HostCategory.NONE
    window_minutes = expiring_days * 24 * 60
    for product in result.products:
        state = product.state
        if state.channel is LicenseChannel.MAK:
            found |= HostCategory.MAK
        elif state.channel is LicenseChannel.KMS_CLIENT:
            found |= HostCategory.KMS
        if state.status.in_grace:
            found |= HostCategory.IN_GRACE
        elif state.status is not LicenseStatus.LICENSED:
            found |= HostCategory.UNLICENSED
        if state.grace.expires and state.grace.minutes <= window_minutes:
            found |= HostCategory.EXPIRING
    return found


def status_of(result: HostResult) -> HostStatus:
    """The host's place in the distribution chart."""
    if result.outcome is HostOutcome.NOT_SCANNED:
        return HostStatus.NOT_SCANNED
    if not result.reachable:
        return HostStatus.NOT_READ
    statuses = [p.state.status for p in result.products]
    if any(s is not LicenseStatus.LICENSED and not s.in_grace for s in statuses):
        return HostStatus.UNLICENSED
    if any(s.in_grace for s in statuses):
        return HostStatus.IN_GRACE
    return HostStatus.LICENSED


_STATUS_RANK = {
    LicenseStatus.LICENSED: 0,
    LicenseStatus.OOB_GRACE: 1,
    LicenseStatus.OOT_GRACE: 2,
    LicenseStatus.EXTENDED_GRACE: 2,
    LicenseStatus.NON_GENUINE_GRACE: 3,
    LicenseStatus.NOTIFICATION: 4,
    LicenseStatus.UNLICENSED: 5,
}


@dataclass(frozen=True, slots=True)
class _Row:
    result: HostResult
    categories: HostCategory
    status: HostStatus


class ResultsModel(QAbstractTableModel):
    """Scan results, one row per host (see the module doc).

    Signals:
        counts_changed: the chip counts or the status distribution changed.
    """

    counts_changed = Signal()

    def __init__(self, expiring_days: int = DEFAULT_EXPIRING_DAYS, parent=None) -> None:
        super().__init__(parent)
        self.expiring_days = expiring_days
        self._rows: list[_Row] = []
        self._by_host: dict[str, int] = {}
        self._texts: list[tuple[str, ...] | None] = []
        self._haystacks: list[str | None] = []
        self._category_counts = dict.fromkeys(CHIP_ORDER, 0)
        self._status_counts = dict.fromkeys(STATUS_ORDER, 0)

    # --- contents -------------------------------------------------------------------------

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._by_host, self._texts, self._haystacks = [], {}, [], []
        self._category_counts = dict.fromkeys(CHIP_ORDER, 0)
        self._status_counts = dict.fromkeys(STATUS_ORDER, 0)
        self.endResetModel()
        self.counts_changed.emit()

    def add_results(self, results: Sequence[HostResult]) -> None:
        """New hosts appended as one batch; hosts already shown are updated in place."""
        fresh: list[HostResult] = []
        for result in results:
            if result.host in self._by_host:
                self._replace(self._by_host[result.host], result)
            else:
                fresh.append(result)
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            for result in fresh:
                row = self._row(result)
                self._by_host[result.host] = len(self._rows)
                self._rows.append(row)
                self._texts.append(None)
                self._haystacks.append(None)
                self._count(row, +1)
            self.endInsertRows()
        if results:
            self.counts_changed.emit()

    def _replace(self, index: int, result: HostResult) -> None:
        self._count(self._rows[index], -1)
        row = self._row(result)
        self._rows[index] = row
        self._texts[index] = None
        self._haystacks[index] = None
        self._count(row, +1)
        self.dataChanged.emit(self.index(index, 0), self.index(index, len(Column) - 1))

    def _row(self, result: HostResult) -> _Row:
        return _Row(result, categories_of(result, self.expiring_days), status_of(result))

    def _count(self, row: _Row, delta: int) -> None:
        for category in CHIP_ORDER:
            if row.categories & category:
                self._category_counts[category] += delta
        self._status_counts[row.status] += delta

    def retranslate(self) -> None:
        """Texts are made again in the new language."""
        self._texts = [None] * len(self._rows)
        self._haystacks = [None] * len(self._rows)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )

    # --- queries --------------------------------------------------------------------------

    def result(self, row: int) -> HostResult:
        return self._rows[row].result

    def results(self) -> list[HostResult]:
        return [row.result for row in self._rows]

    def result_for(self, host: str) -> HostResult | None:
        index = self._by_host.get(host)
        return self._rows[index].result if index is not None else None

    def categories(self, row: int) -> HostCategory:
        return self._rows[row].categories

    def category_count(self, category: HostCategory) -> int:
        return self._category_counts[category]

    def status_count(self, status: HostStatus) -> int:
        return self._status_counts[status]

    def haystack(self, row: int) -> str:
        """What the search box looks in: host, OS, edition, products, errors (lower case)."""
        text = self._haystacks[row]
        if text is None:
            text = " ".join(self._texts_of(row)).casefold()
            self._haystacks[row] = text
        return text

    # --- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(Column(section))
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts_of(row)[column.value]
        if role == SORT_ROLE:
            return self._sort_key(self._rows[row].result, column, row)
        if role == HOST_ROLE:
            return self._rows[row].result.host
        if role == Qt.ItemDataRole.ForegroundRole and column in (Column.STATUS, Column.LAST_ERROR):
            level = _LEVELS[self._rows[row].status]
            return QBrush(QColor(level.colour)) if level is not Level.INFO else None
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.LAST_ERROR:
            return self._texts_of(row)[column.value] or None
        return None

    # --- texts ------------------------------------------------------------------------------

    def _texts_of(self, row: int) -> tuple[str, ...]:
        texts = self._texts[row]
        if texts is None:
            texts = row_texts(self._rows[row].result)
            self._texts[row] = texts
        return texts

    def _sort_key(self, result: HostResult, column: Column, row: int) -> object:
        if column is Column.EXPIRY:
            ends = [p.state.grace.minutes for p in result.products if p.state.grace.expires]
            return min(ends) if ends else _NO_EXPIRY
        if column is Column.STATUS:
            if not result.reachable:
                return 10 + list(HostOutcome).index(result.outcome)
            return max((_STATUS_RANK[p.state.status] for p in result.products), default=0)
        return self._texts_of(row)[column.value].casefold()


_LEVELS = {
    HostStatus.LICENSED: Level.OK,
    HostStatus.IN_GRACE: Level.WARNING,
    HostStatus.UNLICENSED: Level.ERROR,
    HostStatus.NOT_READ: Level.ERROR,
    HostStatus.NOT_SCANNED: Level.INFO,
}


def status_level(status: HostStatus) -> Level:
    """The colour of a host status (chart bars, the status column)."""
    return _LEVELS[status]


def column_title(column: Column) -> str:
    titles = {
        Column.HOST: QCoreApplication.translate("ResultsModel", "Host"),
        Column.OS: QCoreApplication.translate("ResultsModel", "OS"),
        Column.EDITION: QCoreApplication.translate("ResultsModel", "Edition"),
        Column.PRODUCTS: QCoreApplication.translate("ResultsModel", "Products"),
        Column.CHANNEL: QCoreApplication.translate("ResultsModel", "Channel"),
        Column.STATUS: QCoreApplication.translate("ResultsModel", "Status"),
        Column.EXPIRY: QCoreApplication.translate("ResultsModel", "Grace / expiry"),
        Column.KMS_HOST: QCoreApplication.translate("ResultsModel", "KMS host"),
        Column.LAST_ERROR: QCoreApplication.translate("ResultsModel", "Last error"),
    }
    return titles[column]


def category_title(category: HostCategory) -> str:
    """The chip's name (the count is added by the chip)."""
    titles = {
        HostCategory.MAK: QCoreApplication.translate("ResultsModel", "MAK"),
        HostCategory.KMS: QCoreApplication.translate("ResultsModel", "KMS client"),
        HostCategory.UNLICENSED: QCoreApplication.translate("ResultsModel", "Unlicensed"),
        HostCategory.IN_GRACE: QCoreApplication.translate("ResultsModel", "In grace"),
        HostCategory.EXPIRING: QCoreApplication.translate("ResultsModel", "Expiring"),
        HostCategory.UNREACHABLE: QCoreApplication.translate("ResultsModel", "Unreachable"),
        HostCategory.CREDENTIALS: QCoreApplication.translate("ResultsModel", "Credentials"),
    }
    return titles[category]


def category_tooltip(category: HostCategory, expiring_days: int) -> str:
    tips = {
        HostCategory.MAK: QCoreApplication.translate(
            "ResultsModel", "Hosts with a product activated (or to be activated) by a MAK"
        ),
        HostCategory.KMS: QCoreApplication.translate(
            "ResultsModel", "Hosts with a product holding a KMS client key (GVLK)"
        ),
        HostCategory.UNLICENSED: QCoreApplication.translate(
            "ResultsModel", "Hosts with a product that is neither activated nor in a grace period"
        ),
        HostCategory.IN_GRACE: QCoreApplication.translate(
            "ResultsModel", "Hosts with a product that is not activated yet and runs on its grace"
        ),
        HostCategory.EXPIRING: render_text(EXPIRING_TIP, n=expiring_days),
        HostCategory.UNREACHABLE: QCoreApplication.translate(
            "ResultsModel", "Hosts that could not be reached over WinRM"
        ),
        HostCategory.CREDENTIALS: QCoreApplication.translate(
            "ResultsModel", "Hosts that refused the user name or password"
        ),
    }
    return tips[category]


def status_title(status: HostStatus) -> str:
    titles = {
        HostStatus.LICENSED: QCoreApplication.translate("ResultsModel", "Licensed"),
        HostStatus.IN_GRACE: QCoreApplication.translate("ResultsModel", "In grace"),
        HostStatus.UNLICENSED: QCoreApplication.translate("ResultsModel", "Unlicensed"),
        HostStatus.NOT_READ: QCoreApplication.translate("ResultsModel", "Not read"),
        HostStatus.NOT_SCANNED: QCoreApplication.translate("ResultsModel", "Not scanned"),
    }
    return titles[status]


def days_text(minutes: int) -> str:
    days = minutes // (24 * 60)
    if days == 0:
        hours = max(1, minutes // 60)
        return render_text(HOURS, n=hours)
    return render_text(DAYS, n=days)


def os_text(result: HostResult) -> str:
    """The caption when known, else the version the scan read."""
    return result.os.caption or result.os.version


def row_texts(result: HostResult) -> tuple[str, ...]:
    """The nine cells of a host's row, in the user's language."""
    if not result.reachable:
        error = result.error
        return (
            result.host,
            "",
            "",
            "",
            "",
            render_text(result.outcome.label),
            "",
            "",
            render(error) if error is not None else "",
        )
    windows = result.windows
    others = [p.edition for p in result.products if p is not windows]
    if windows is not None:
        products = [QCoreApplication.translate("ResultsModel", "Windows"), *others]
    else:
        products = others
    channels = list(dict.fromkeys(render_text(p.state.channel.label) for p in result.products))
    worst = max(
        (p.state.status for p in result.products), key=_STATUS_RANK.__getitem__, default=None
    )
    ends = [p for p in result.products if p.state.grace.expires]
    expiry = ""
    if ends:
        first = min(ends, key=lambda p: p.state.grace.minutes)
        expires = first.expires_at(result.read_at)
        expiry = fill(
            QCoreApplication.translate("ResultsModel", "%1 (%2)"),
            days_text(first.state.grace.minutes),
            format_date(expires) if expires else "",
        )
    return (
        result.host,
        os_text(result),
        windows.edition if windows is not None else "",
        ", ".join(products),
        " · ".join(channels),
        render_text(worst.label) if worst is not None else "",
        expiry,
        kms_host_text(result),
        last_error_text(result),
    )


def kms_host_text(result: HostResult) -> str:
    """The KMS host the machine uses: set explicitly, or found through DNS."""
    if result.kms_host is not None:
        return result.kms_host.display
    for product in result.products:
        if product.state.kms_host is not None:
            return product.state.kms_host.display
    found = result.discovered or next(
        (p.state.discovered_kms_host for p in result.products if p.state.discovered_kms_host),
        None,
    )
    if found is not None:
        return fill(QCoreApplication.translate("ResultsModel", "%1 (DNS)"), found.display)
    return ""


def last_error_text(result: HostResult) -> str:
    """The first error a product reports: its code and symbolic name."""
    for product in result.products:
        reason = product.state.reason
        if reason is not None:
            return f"{reason.hex} {reason.symbol}".strip()
    return ""


class ResultsFilter(QSortFilterProxyModel):
    """Sorting by the model's sort keys; filtering by chips (any of) and a search text."""

    def __init__(self, source: ResultsModel, parent=None) -> None:
        super().__init__(parent)
        self._source = source
        self._categories = HostCategory.NONE
        self._needle = ""
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def categories(self) -> HostCategory:
        return self._categories

    def set_categories(self, categories: HostCategory) -> None:
        """Show hosts in any of ``categories`` (NONE: every host)."""
        if categories != self._categories:
            self.beginFilterChange()
            self._categories = categories
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self,
        source_row: int,
        source_parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if self._categories and not (self._source.categories(source_row) & self._categories):
            return False
        return not self._needle or self._needle in self._source.haystack(source_row)

    def visible_hosts(self) -> list[str]:
        """The hosts the view shows now, in its order."""
        return [
            self._source.result(self.mapToSource(self.index(row, 0)).row()).host
            for row in range(self.rowCount())
        ]


def hosts_in(results: Iterable[HostResult], category: HostCategory) -> list[str]:
    """Hosts of ``results`` in ``category`` (tests, selections)."""
    return [r.host for r in results if categories_of(r) & category]
