"""The scan results as a table model: one row per host, streamed in batches, sorted and filtered.

A scan of 10,000 machines must never make the window stutter. In PySide every
call from Qt into Python takes the interpreter lock, which the scan's worker
threads hold most of the time: a model written in Python (``data()``,
``rowCount()``, ``columnCount()`` called for every cell painted, every index
made, every comparison while sorting) cost thousands of such calls per batch
and gaps of 100–300 ms on the GUI thread (``tests/perf/bench_ui.py``). So the
cells live in Qt's own ``QStandardItemModel`` and Python only writes them:

- rows arrive in batches (``app.workers`` delivers at most 20 a second); each
  batch is one ``insertRows`` and one ``dataChanged``;
- each row's texts, sort keys, filter categories (MAK, KMS, unlicensed…) and
  search text are made once, on arrival; the chip counts and the status
  distribution are kept up to date by addition, never by a pass over the table;
- sorting and filtering are a ``QSortFilterProxyModel`` in C++: the sort keys
  and a filter text (category tokens and search text) are item data roles
  (:class:`ResultsFilter`); painting, sorting and filtering call no Python.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum, IntFlag
from functools import cache

from PySide6.QtCore import (
    QCoreApplication,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from app.domain.licensing import LicenseChannel, LicenseStatus
from app.domain.scan_results import (
    DEFAULT_EXPIRING_DAYS,
    HostOutcome,
    HostResult,
    find_result,
    kms_host_name,
)
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
FILTER_ROLE = Qt.ItemDataRole.UserRole + 2  # category tokens, separator, texts (lower case)
_SEPARATOR = "\x1f"  # between the category tokens and the searchable texts
RETRANSLATE_ROWS = 500  # rows given their new language per turn of the event loop
LAST = 8  # the last column
# Sorts hosts whose licence never ends after every dated one. Every numeric key must fit
# a 32-bit int: Qt orders an int and a 64-bit value inconsistently (rows end up in runs).
_NO_EXPIRY = 2**31 - 1


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


def category_token(category: HostCategory) -> str:
    """The word a category is filtered by (``mak``, ``in_grace``…)."""
    return str(category.name).lower()


def filter_text(row: PreparedRow) -> str:
    """What the chips and the search look at: ``|mak|kms|`` + separator + the row's texts."""
    return category_tokens(row.categories) + _SEPARATOR + " ".join(row.texts).casefold()


@cache
def category_tokens(categories: int) -> str:
    """``|mak|in_grace|``: every category of a host, each between bars."""
    return "|" + "|".join(category_token(c) for c in CHIP_ORDER if categories & c.value) + "|"


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
        if state.is_addon:
            pass  # an ESU year beside Windows: not the host's licence channel
        elif state.channel is LicenseChannel.MAK:
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
class PreparedRow:
    """Everything a host's row shows, made away from the GUI thread (:func:`prepare_row`)."""

    result: HostResult
    categories: int  # HostCategory bits, as a plain int (enum arithmetic is slow)
    status: HostStatus
    texts: tuple[str, ...]
    keys: tuple[object, ...]
    language: str  # the language the texts were made in
    # The row's cells, when made off the GUI thread; taken (emptied) by the model.
    items: list[QStandardItem] = field(default_factory=list, compare=False, repr=False)


def prepare_row(
    result: HostResult,
    expiring_days: int = DEFAULT_EXPIRING_DAYS,
    language: str = "",
    *,
    with_items: bool = False,
) -> PreparedRow:
    """A host's row, ready to be shown: callable on any thread (translation is thread-safe).

    The scan calls it on its own thread for every host, with ``with_items``, so the
    GUI thread only puts ready cells into the table. Why the cells too: making an
    item and setting its data release the interpreter lock in PySide, and while 32
    WinRM threads parse answers, getting it back costs the GUI thread up to a
    switch interval (5 ms) per call — 2,000 rows took 1.9 s instead of 15 ms.
    """
    row = PreparedRow(
        result,
        int(categories_of(result, expiring_days)),
        status_of(result),
        row_texts(result),
        sort_keys(result),
        language,
    )
    if with_items:
        row.items.extend(row_items(row))
    return row


def row_items(row: PreparedRow) -> list[QStandardItem]:
    """The row's cells, one item per column (any thread: they belong to no model yet)."""
    texts, keys = row.texts, row.keys
    items = []
    for column in _COLUMNS:
        item = QStandardItem(texts[column])
        item.setData(keys[column], SORT_ROLE)
        items.append(item)
    items[0].setData(row.result.host, HOST_ROLE)
    items[0].setData(filter_text(row), FILTER_ROLE)
    brush = _BRUSHES.get(_LEVELS[row.status])
    if brush is not None:
        items[_STATUS].setForeground(brush)
        items[_LAST_ERROR].setForeground(brush)
    if texts[_LAST_ERROR]:
        items[_LAST_ERROR].setToolTip(texts[_LAST_ERROR])
    return items


class ResultsModel(QStandardItemModel):
    """Scan results, one row per host (see the module doc).

    Signals:
        counts_changed: the chip counts or the status distribution changed.
    """

    counts_changed = Signal()

    def __init__(self, expiring_days: int = DEFAULT_EXPIRING_DAYS, parent=None) -> None:
        super().__init__(0, len(Column), parent)
        self.expiring_days = expiring_days
        self.language = ""  # the language new rows must be in (set by the page)
        self._rows: list[PreparedRow] = []
        self._by_host: dict[str, int] = {}
        self._category_counts = dict.fromkeys(CHIP_ORDER, 0)
        self._status_counts = dict.fromkeys(STATUS_ORDER, 0)
        self._retranslated = 0  # rows already in the new language (see retranslate)
        self._retranslate_timer = QTimer(self)
        self._retranslate_timer.setInterval(0)
        self._retranslate_timer.timeout.connect(self._retranslate_some)
        self._set_headers()

    # --- contents -------------------------------------------------------------------------

    def clear(self) -> None:
        """Every row removed (the column titles stay)."""
        self._retranslate_timer.stop()
        self.removeRows(0, self.rowCount())
        self._rows, self._by_host = [], {}
        self._category_counts = dict.fromkeys(CHIP_ORDER, 0)
        self._status_counts = dict.fromkeys(STATUS_ORDER, 0)
        self.counts_changed.emit()

    def add_results(self, results: Sequence[HostResult]) -> None:
        """New hosts appended as one batch; hosts already shown are updated in place."""
        self.add_rows([prepare_row(r, self.expiring_days, self.language) for r in results])

    def add_rows(self, rows: Sequence[PreparedRow]) -> None:
        """Prepared rows appended as one batch (hosts already shown are updated in place).

        One ``insertRows`` for the batch, the cells filled with signals blocked,
        then one ``dataChanged`` over the batch: views and proxies hear of a
        batch twice, whatever its size.
        """
        fresh: list[PreparedRow] = []
        for row in rows:
            if row.language != self.language:
                row = prepare_row(row.result, self.expiring_days, self.language)
            if row.result.host in self._by_host:
                self._replace(self._by_host[row.result.host], row)
            else:
                fresh.append(row)
        if fresh:
            first = len(self._rows)
            self.insertRows(first, len(fresh))
            blocked = self.blockSignals(True)
            try:
                for offset, row in enumerate(fresh):
                    self._by_host[row.result.host] = first + offset
                    self._rows.append(row)
                    self._fill(first + offset, row)
                    self._count(row, +1)
            finally:
                self.blockSignals(blocked)
            self.dataChanged.emit(self.index(first, 0), self.index(first + len(fresh) - 1, LAST))
        if rows:
            self.counts_changed.emit()

    def _replace(self, index: int, row: PreparedRow) -> None:
        self._count(self._rows[index], -1)
        self._rows[index] = row
        blocked = self.blockSignals(True)
        try:
            self._fill(index, row)
        finally:
            self.blockSignals(blocked)
        self._count(row, +1)
        self.dataChanged.emit(self.index(index, 0), self.index(index, LAST))

    def _fill(self, index: int, row: PreparedRow) -> None:
        items = row.items[:] or row_items(row)  # made by the scan thread, else here
        row.items.clear()  # the model owns them now
        for column, item in zip(_COLUMNS, items, strict=True):
            self.setItem(index, column, item)

    def _count(self, row: PreparedRow, delta: int) -> None:
        for category in CHIP_ORDER:
            if row.categories & category.value:
                self._category_counts[category] += delta
        self._status_counts[row.status] += delta

    def retranslate(self) -> None:
        """Titles at once; the rows' texts in slices, so a big table never freezes the window."""
        self._set_headers()
        self._retranslated = 0
        if self._rows:
            self._retranslate_timer.start()

    def _retranslate_some(self) -> None:
        first = self._retranslated
        last = min(len(self._rows), first + RETRANSLATE_ROWS) - 1
        blocked = self.blockSignals(True)
        try:
            for index in range(first, last + 1):
                row = prepare_row(self._rows[index].result, self.expiring_days, self.language)
                self._rows[index] = row
                for column in _COLUMNS:
                    self.item(index, column).setText(row.texts[column])
                self.item(index, _LAST_ERROR).setToolTip(row.texts[_LAST_ERROR])
                self.item(index, 0).setData(filter_text(row), FILTER_ROLE)
        finally:
            self.blockSignals(blocked)
        self.dataChanged.emit(self.index(first, 0), self.index(last, LAST))
        self._retranslated = last + 1
        if self._retranslated >= len(self._rows):
            self._retranslate_timer.stop()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels([column_title(column) for column in Column])

    # --- queries --------------------------------------------------------------------------

    def result(self, row: int) -> HostResult:
        return self._rows[row].result

    def results(self) -> list[HostResult]:
        return [row.result for row in self._rows]

    def result_for(self, host: str) -> HostResult | None:
        index = self._by_host.get(host)
        return self._rows[index].result if index is not None else None

    def kms_host_result(self, result: HostResult) -> HostResult | None:
        """The scanned KMS host ``result``'s machine uses: its clock is the skew reference."""
        name = kms_host_name(result)
        if not name:
            return None
        found = self.result_for(name)
        if found is None:
            found = find_result({row.result.host: row.result for row in self._rows}, name)
        return found if found is not None and found.reachable else None

    def categories(self, row: int) -> HostCategory:
        return HostCategory(self._rows[row].categories)

    def category_count(self, category: HostCategory) -> int:
        return self._category_counts[category]

    def status_count(self, status: HostStatus) -> int:
        return self._status_counts[status]

    def texts(self, row: int) -> tuple[str, ...]:
        """The row's nine cell texts, in the current language."""
        return self._rows[row].texts


_LEVELS = {
    HostStatus.LICENSED: Level.OK,
    HostStatus.IN_GRACE: Level.WARNING,
    HostStatus.UNLICENSED: Level.ERROR,
    HostStatus.NOT_READ: Level.ERROR,
    HostStatus.NOT_SCANNED: Level.INFO,
}


_BRUSHES = {level: QBrush(QColor(level.colour)) for level in Level if level is not Level.INFO}
_COLUMNS = tuple(column.value for column in Column)
_STATUS = Column.STATUS.value
_LAST_ERROR = Column.LAST_ERROR.value


def sort_keys(result: HostResult) -> tuple[object, ...]:
    """One sort key per column, made once per row without translating anything.

    The proxy compares keys for every row inserted while a scan streams in:
    they must cost nothing (numbers sort as numbers, expiry by minutes left).
    """
    windows = result.windows
    if not result.reachable:
        status = 10 + list(HostOutcome).index(result.outcome)
    else:
        status = max((_STATUS_RANK[p.state.status] for p in result.products), default=0)
    ends = [p.state.grace.minutes for p in result.products if p.state.grace.expires]
    kms = result.kms_host or result.discovered
    return (
        result.host,
        os_text(result).casefold(),
        windows.edition.casefold() if windows is not None else "",
        len(result.products),
        " ".join(sorted({p.state.channel.value for p in result.products})),
        status,
        min(min(ends), _NO_EXPIRY - 1) if ends else _NO_EXPIRY,
        kms.display.casefold() if kms is not None else "",
        last_error_text(result),
    )


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
    """Why the host is not activated: its code and symbolic name.

    From the machine's activation events 12288/12289 (LicenseStatusReason is only
    informational on Windows), else a product's reason that is itself an error.
    """
    error = result.last_error
    return f"{error.hex} {error.symbol}".strip() if error is not None else ""


class ResultsFilter(QSortFilterProxyModel):
    """What the table shows: the chips' hosts (any of), narrowed by the search, sorted.

    Pure Qt (no Python is called per row or per comparison): every row carries
    one filter text, its category tokens and its search text
    (``|mak|in_grace|`` + unit separator + texts, see :data:`FILTER_ROLE`), and
    the chips and the search become one regular expression of two lookaheads.
    """

    def __init__(self, source: ResultsModel, parent=None) -> None:
        super().__init__(parent)
        self._source = source
        self._categories = HostCategory.NONE
        self._needle = ""
        self.setSourceModel(source)
        self.setFilterKeyColumn(Column.HOST.value)
        self.setFilterRole(FILTER_ROLE)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def categories(self) -> HostCategory:
        return self._categories

    def set_categories(self, categories: HostCategory) -> None:
        """Show hosts in any of ``categories`` (NONE: every host)."""
        if categories != self._categories:
            self._categories = categories
            self._apply()

    def set_search(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self._needle = needle
            self._apply()

    def _apply(self) -> None:
        pattern = "^"
        tokens = [category_token(c) for c in CHIP_ORDER if self._categories & c]
        if tokens:
            pattern += f"(?=[^{_SEPARATOR}]*\\|(?:" + "|".join(tokens) + ")\\|)"
        if self._needle:
            escaped = QRegularExpression.escape(self._needle)
            pattern += f"(?=[^{_SEPARATOR}]*{_SEPARATOR}.*{escaped})"
        self.setFilterRegularExpression(QRegularExpression(pattern))

    def source_row(self, row: int) -> int:
        """The results model's row shown at ``row`` of this view."""
        return self.mapToSource(self.index(row, 0)).row()

    def visible_hosts(self) -> list[str]:
        """The hosts the view shows now, in its order."""
        return [self._source.result(self.source_row(row)).host for row in range(self.rowCount())]


def hosts_in(results: Iterable[HostResult], category: HostCategory) -> list[str]:
    """Hosts of ``results`` in ``category`` (tests, selections)."""
    return [r.host for r in results if categories_of(r) & category]
