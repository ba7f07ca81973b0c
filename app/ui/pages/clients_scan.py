"""Page 13, Clients: scan — every client's licensing state, streamed into a table as it comes.

The scan starts by itself on arrival (again when the inventory changed).
The progress line counts done, failed and remaining hosts with the elapsed
time and the rate; Cancel stops new hosts at once (those in flight finish or
hit their deadline) and the journal records the scan as cancelled. Results
arrive in batches (``app.workers`` throttles them to 20 a second) into a
:class:`~app.ui.widgets.results_model.ResultsModel`; the filter chips count
MAK, KMS, unlicensed, in-grace, expiring, unreachable and credential
problems; the search box narrows further; the pane on the right explains the
selected host; the chart shows the status distribution; the report can be
saved as HTML, CSV and JSON.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QItemSelection, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from app.domain.flow import PageId
from app.domain.report_model import render_deep, render_report
from app.domain.text import QT_TRANSLATE_N_NOOP
from app.i18n import render, render_text
from app.services.fleet_reports import clients_report
from app.services.fleet_scan import ScanProgress, ScanReport
from app.ui.clients_context import ClientsContext
from app.ui.context import WizardContext
from app.ui.messages import Level, error_report, fill
from app.ui.pages.base import WizardPage
from app.ui.widgets.filter_chips import FilterChips
from app.ui.widgets.host_detail import HostDetail
from app.ui.widgets.results_model import (
    STATUS_ORDER,
    Column,
    HostCategory,
    PreparedRow,
    prepare_row,
    status_level,
    status_title,
)
from app.ui.widgets.status_chart import StatusChart
from app.workers import Task

SCAN_CANCELLED = QT_TRANSLATE_N_NOOP(
    "ClientsScanPage", "Scan cancelled: %n host(s) not scanned.", None, 0
)

_COLUMN_WIDTHS = {
    Column.HOST: 150,
    Column.OS: 110,
    Column.EDITION: 170,
    Column.PRODUCTS: 150,
    Column.CHANNEL: 130,
    Column.STATUS: 130,
    Column.EXPIRY: 130,
    Column.KMS_HOST: 150,
    Column.LAST_ERROR: 220,
}
_STATUS_COLOURS = {Level.INFO: "#8a96a3"}
FIT_COLUMNS_MS = 100  # columns follow the rows shown (after a scroll, a sort, a filter)
FIT_COLUMNS_SCANNING_MS = 1000
CELL_PADDING = 12  # the item delegate's text margins, and some air
SPLIT_UNIT = 100  # the table and the detail pane share the width 3:2
APPLY_MS = 120  # results reach the table in groups, about eight times a second


def report_stem(kind: str, when: datetime) -> str:
    """``clients-20260501-153012``: a report file name without its extension."""
    return f"{kind}-{when.strftime('%Y%m%d-%H%M%S')}"


class ClientsScanPage(WizardPage):
    page_id = PageId.CLIENTS_SCAN

    def __init__(self, context: WizardContext, clients: ClientsContext) -> None:
        super().__init__(context)
        self.clients = clients
        self.task: Task | None = None
        self.report: ScanReport | None = None
        self._scanned_inventory: Any = None
        self._done = self._failed = self._total = 0
        self._elapsed = QElapsedTimer()
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._show_counts)
        self._cancelling = False
        self.saved_reports: list[Any] = []
        self._pending: list[PreparedRow] = []
        self._split_once = False
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(APPLY_MS)
        self._apply_timer.timeout.connect(self._apply_pending)

        self.progress = QProgressBar()
        self.progress.setObjectName("scanProgress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(220)
        self.counts = QLabel()
        self.counts.setObjectName("scanCounts")
        self.counts.setWordWrap(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelScan")
        self.cancel_button.clicked.connect(self.cancel_scan)
        self.again = QPushButton()
        self.again.setObjectName("scanAgain")
        self.again.clicked.connect(self.start_scan)
        top = QHBoxLayout()
        top.addWidget(self.progress)
        top.addWidget(self.counts, 1)
        top.addWidget(self.cancel_button)
        top.addWidget(self.again)

        model = clients.results
        self.chips = FilterChips(model)
        self.chips.changed.connect(self._on_chips_changed)
        self.search = QLineEdit()
        self.search.setObjectName("scanSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(220)
        self.search.textChanged.connect(self._on_search_text_changed)
        filters = QHBoxLayout()
        filters.addWidget(self.chips, 1)
        filters.addWidget(self.search, 0, Qt.AlignmentFlag.AlignTop)

        self.table = QTableView()
        self.table.setObjectName("resultsTable")
        self.table.setModel(clients.view)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.HOST.value, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Fitting a column looks at the rows on screen only: 10,000 rows stay cheap.
        header.setResizeContentsPrecision(0)
        self.table.verticalHeader().setResizeContentsPrecision(0)
        for column, width in _COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column.value, width)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(FIT_COLUMNS_MS)
        self._fit_timer.timeout.connect(self.fit_columns)
        self.table.verticalScrollBar().valueChanged.connect(self._schedule_fit)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.detail = HostDetail()
        self.detail.setMinimumWidth(260)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setMinimumHeight(200)

        self.chart = StatusChart()
        self.chart.setObjectName("statusChart")
        self.chart_title = QLabel()
        self.save = QPushButton()
        self.save.setObjectName("saveScanReport")
        self.save.clicked.connect(self.save_report)
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        chart_box = QVBoxLayout()
        chart_box.addWidget(self.chart_title)
        chart_box.addWidget(self.chart)
        export_box = QVBoxLayout()
        export_box.addWidget(self.save, 0, Qt.AlignmentFlag.AlignRight)
        export_box.addWidget(self.saved_label)
        export_box.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addLayout(chart_box, 1)
        bottom.addLayout(export_box, 1)

        self.body.addLayout(top)
        self.body.addLayout(filters)
        self.body.addWidget(self.splitter, 1)
        self.body.addLayout(bottom)
        model.counts_changed.connect(self._show_chart)
        self.add_busy_widgets(self.save)
        self.retranslate()

    # --- the wizard's hooks ---------------------------------------------------------------

    def initializePage(self) -> None:
        if not self._split_once:
            self._split_once = True
            self.splitter.setSizes([3 * SPLIT_UNIT, 2 * SPLIT_UNIT])  # the details get room
        inventory = self.clients.inventory
        if inventory is not None and inventory is not self._scanned_inventory:
            self.start_scan()
        self._refresh_buttons()

    def cleanupPage(self) -> None:
        super().cleanupPage()
        self.cancel_scan()

    def own_blocker(self) -> str:
        if self.scanning:
            return QCoreApplication.translate(
                "ClientsScanPage", "Wait until the scan has finished, or cancel it."
            )
        if self.report is None:
            return QCoreApplication.translate("ClientsScanPage", "Scan the clients first.")
        return ""

    # --- the scan -------------------------------------------------------------------------

    @property
    def scanning(self) -> bool:
        return self.task is not None

    def start_scan(self) -> None:
        """Scan the inventory's hosts (a new scan replaces the table)."""
        inventory = self.clients.inventory
        if inventory is None or self.scanning:
            return
        clients = self.clients
        options = clients.options
        self._scanned_inventory = inventory
        hosts = inventory.hosts
        source = inventory.source or "wizard"
        clients.results.clear()
        self.detail.show_result(None)
        self.report = None
        self.saved_reports = []
        self.saved_label.clear()
        self._done = self._failed = 0
        self._pending = []
        self._total = len(hosts)
        self._cancelling = False

        language = self.ctx.language
        clients.results.language = language
        expiring = options.expiring_days

        def work(token, report) -> ScanReport:
            session = clients.fleet_session()
            names = list(dict.fromkeys(session.canonical(h) for h in hosts))

            def progress(event: ScanProgress) -> None:
                # The row is made here, on the scan's thread: the GUI thread only copies it.
                report((event, prepare_row(event.result, expiring, language, with_items=True)))

            return session.scanner().scan(
                names, options, source=source, cancel=token, progress=progress
            )

        # Rows stream in arrival order (inserting each in sorted place re-lays out the whole
        # table); the table is sorted once at the end, or at once when a heading is clicked.
        clients.view.sort(-1)
        task = clients.start(work)
        self.task = task
        task.progress.connect(lambda batch, t=task: self._on_task_progress(t, batch))
        task.succeeded.connect(self._finish)
        task.cancelled.connect(self._finish)  # with the hosts read before the cancel
        task.failed.connect(self._on_task_failed)
        self.progress.setRange(0, max(1, self._total))
        self.progress.setValue(0)
        self._elapsed.start()
        self._ticker.start()
        self._show_counts()
        self._refresh_buttons()
        self.update_completion()

    def cancel_scan(self) -> None:
        """No new host starts; the hosts in flight finish or reach their deadline."""
        if self.task is None or self._cancelling:
            return
        self._cancelling = True
        self.task.cancel()
        self._show_counts()
        self._refresh_buttons()

    def _on_task_progress(self, task: Task, batch: list) -> None:
        if task is not self.task:
            return  # a run this page no longer follows
        # Rows wait up to APPLY_MS to go into the table together: each insertion has a
        # fixed cost (proxies, view, chips, chart), whatever the number of rows.
        self._pending.extend(row for _event, row in batch)
        last: ScanProgress = batch[-1][0]
        self._done, self._failed, self._total = last.done, last.failed, last.total
        if not self._apply_timer.isActive():
            self._apply_timer.start()

    def _apply_pending(self) -> None:
        rows, self._pending = self._pending, []
        if rows:
            self.clients.results.add_rows(rows)
        self.progress.setValue(self._done)
        self._show_counts()
        self._schedule_fit()

    def _on_task_failed(self, error: object) -> None:
        assert isinstance(error, BaseException)
        self._finish(None)
        self.operation.show_error(error_report(error))

    def _finish(self, report: ScanReport | None) -> None:
        self.task = None
        self._ticker.stop()
        self._apply_timer.stop()
        self._apply_pending()
        header = self.table.horizontalHeader()
        self.clients.view.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.report = report
        if report is not None:
            model = self.clients.results
            missing = [r for r in report.results if model.result_for(r.host) is None]
            model.add_results(missing)
            self.clients.scans.append(report)
            self._done = len(report.results)
            self._failed = sum(1 for r in report.results if not r.reachable)
            self.progress.setValue(self.progress.maximum())
        self._show_counts()
        self._refresh_buttons()
        self.fit_columns()
        self.clients.notify()
        self.update_completion()

    # --- showing ----------------------------------------------------------------------------

    def _show_counts(self) -> None:
        seconds = self._elapsed.elapsed() / 1000 if self._elapsed.isValid() else 0.0
        elapsed = f"{int(seconds) // 60}:{int(seconds) % 60:02d}"
        remaining = max(0, self._total - self._done)
        rate = self._done / seconds if seconds > 0 else 0.0
        if self.scanning:
            text = fill(
                QCoreApplication.translate(
                    "ClientsScanPage",
                    "%1 of %2 done · %3 failed · %4 remaining · %5 · %6 hosts/s",
                ),
                self._done,
                self._total,
                self._failed,
                remaining,
                elapsed,
                f"{rate:.1f}",
            )
            if self._cancelling:
                text = fill(
                    QCoreApplication.translate(
                        "ClientsScanPage",
                        "Cancelling: no new host starts; waiting for those in progress… %1",
                    ),
                    text,
                )
        elif self.report is not None:
            summary = self.report.summary
            if self.report.cancelled:
                text = render_text(SCAN_CANCELLED, n=summary.not_scanned)
            else:
                text = fill(
                    QCoreApplication.translate(
                        "ClientsScanPage", "Scan finished in %1: %2 read, %3 not read."
                    ),
                    elapsed,
                    summary.scanned,
                    summary.hosts - summary.scanned,
                )
        else:
            text = ""
        self.counts.setText(text)

    def _schedule_fit(self, *_args: object) -> None:
        if not self._fit_timer.isActive():
            # Once a second while a scan streams in; a scroll is followed at once.
            self._fit_timer.start(FIT_COLUMNS_SCANNING_MS if self.scanning else FIT_COLUMNS_MS)

    def fit_columns(self) -> None:
        """Every column as wide as its title and the cells on screen (nothing elided).

        Measured here from the row texts the model already holds: Qt's own
        ``resizeColumnToContents`` asks the model for every role of every cell
        through Python, which took up to 0.2 s on the GUI thread mid-scan.
        """
        table, view, model = self.table, self.clients.view, self.clients.results
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        first = table.rowAt(0)
        last = table.rowAt(table.viewport().height() - 1)
        if last < 0:
            last = view.rowCount() - 1
        rows = [view.source_row(r) for r in range(max(first, 0), last + 1)]
        texts = [model.texts(row) for row in rows] if first >= 0 else []
        for column in Column:
            width = header.sectionSizeFromContents(column.value).width()
            for row_texts in texts:
                width = max(
                    width, metrics.horizontalAdvance(row_texts[column.value]) + CELL_PADDING
                )
            current = header.sectionSize(column.value)
            # While rows stream in, columns only grow (a resize repaints the whole table).
            if width > current or (width < current and not self.scanning):
                table.setColumnWidth(column.value, width)

    def _show_chart(self) -> None:
        model = self.clients.results
        bars = []
        for status in STATUS_ORDER:
            level = status_level(status)
            colour = _STATUS_COLOURS.get(level, level.colour)
            bars.append((status_title(status), model.status_count(status), colour))
        self.chart.set_bars(bars)

    def _refresh_buttons(self) -> None:
        self.cancel_button.setVisible(self.scanning)
        self.cancel_button.setEnabled(self.scanning and not self._cancelling)
        self.again.setVisible(not self.scanning)
        self.again.setEnabled(not self.scanning and self.clients.inventory is not None)
        self.save.setEnabled(not self.scanning and self.clients.results.rowCount() > 0)

    def refresh_enabled(self) -> None:
        self._refresh_buttons()

    def _on_chips_changed(self, categories: int) -> None:
        self.clients.view.set_categories(HostCategory(categories))

    def _on_search_text_changed(self, text: str) -> None:
        self.clients.view.set_search(text)

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.show_result(None)
            return
        model = self.clients.results
        result = model.result(self.clients.view.source_row(current.row()))
        # The KMS host's own clock, when this scan read it, is the clock-skew reference.
        self.detail.show_result(result, model.kms_host_result(result))

    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection):
        view = self.clients.view
        rows = self.table.selectionModel().selectedRows()
        self.clients.selected_hosts = [
            self.clients.results.result(view.source_row(index.row())).host for index in rows
        ]
        self.clients.notify()

    def select_host(self, host: str) -> bool:
        """Make ``host`` the current row (tests, screenshots); False when it is not shown."""
        view = self.clients.view
        for row in range(view.rowCount()):
            index = view.index(row, 0)
            if view.data(index, Qt.ItemDataRole.UserRole + 1) == host:
                self.table.selectRow(row)
                self.table.setCurrentIndex(index)
                return True
        return False

    # --- the report ---------------------------------------------------------------------------

    def save_report(self) -> None:
        """The clients' report as HTML, CSV and JSON in the reports folder."""
        results = self.clients.results.results()
        fleet = self.clients.fleet
        language = self.ctx.language
        expiring = self.clients.options.expiring_days
        now = datetime.now(UTC)

        def work():
            model = clients_report(results, now, expiring)
            rendered = render_report(model, lambda m: render_deep(m, render))
            return fleet.write_reports(rendered, report_stem("clients", now), language)

        self.run(
            QCoreApplication.translate("ClientsScanPage", "Saving the report…"),
            work,
            self._on_report_saved,
        )

    def _on_report_saved(self, paths: object) -> None:
        assert isinstance(paths, list)
        self.saved_reports = paths
        self._show_saved()

    def _show_saved(self) -> None:
        paths = self.saved_reports
        if not paths:
            self.saved_label.clear()
            return
        self.saved_label.setText(
            fill(
                QCoreApplication.translate("ClientsScanPage", "Saved in %1: %2"),
                str(paths[0].parent),
                ", ".join(p.name for p in paths),
            )
        )

    # --- texts --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.table.setAccessibleName(QCoreApplication.translate("ClientsScanPage", "Scan results"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ClientsScanPage",
                "The licensing state of every client: filter, search, and pick a host for "
                "the details.",
            )
        )
        self.cancel_button.setText(QCoreApplication.translate("ClientsScanPage", "Cancel the scan"))
        self.again.setText(QCoreApplication.translate("ClientsScanPage", "Scan again"))
        self.search.setPlaceholderText(QCoreApplication.translate("ClientsScanPage", "Search…"))
        self.chart_title.setText(QCoreApplication.translate("ClientsScanPage", "Hosts by status"))
        self.save.setText(
            QCoreApplication.translate("ClientsScanPage", "Save the report (HTML, CSV, JSON)")
        )
        self.clients.results.language = self.ctx.language
        self.clients.results.retranslate()
        self.chips.retranslate()
        self.detail.retranslate()
        self._show_chart()
        self._show_counts()
        self._show_saved()
        self.fit_columns()
