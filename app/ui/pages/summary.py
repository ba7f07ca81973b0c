"""Page 15, Summary: everything done in this run, the journal's audit trail, and the reports.

What the host setup did (the key installed, masked; how it was activated;
Office), what the clients' pages did (scans and conversion runs with their
counts), the journal's entries since the wizard opened, and the reports —
the clients' latest state and every conversion run — saved as HTML, CSV and
JSON into the reports folder, which one click opens.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from app.domain.conversion import ConversionDirection
from app.domain.flow import ActivationMethod, PageId
from app.domain.report_model import render_deep, render_report
from app.domain.text import QT_TRANSLATE_N_NOOP, msg
from app.i18n import render, render_text
from app.i18n.formats import format_datetime
from app.services.fleet_convert import RECHECK_READ, RECHECKED_DONE, RECHECKED_NOT_DONE
from app.services.fleet_reports import clients_report, conversion_counts, run_report
from app.ui.clients_context import ClientsContext
from app.ui.context import WizardContext
from app.ui.messages import fill, office_name
from app.ui.pages.base import WizardPage, heading, paragraph
from app.ui.pages.clients_scan import report_stem
from app.workers import run_task

FILES_SAVED = QT_TRANSLATE_N_NOOP("SummaryPage", "%n file(s) saved in %1.", None, 0)

AUDIT_LIMIT = 500
SCAN_DETAIL = QT_TRANSLATE_N_NOOP("SummaryPage", "%1 · %n host(s)", None, 0)


class SummaryPage(WizardPage):
    page_id = PageId.SUMMARY

    def __init__(self, context: WizardContext, clients: ClientsContext) -> None:
        super().__init__(context)
        self.clients = clients
        self.audit_rows: list[dict[str, Any]] = []
        self.saved_reports: list[Path] = []
        self.host_heading = heading()
        self.host_text = QLabel()
        self.host_text.setWordWrap(True)
        self.host_text.setTextFormat(Qt.TextFormat.RichText)
        self.host_text.setObjectName("hostSummary")
        self.clients_heading = heading()
        self.clients_text = QLabel()
        self.clients_text.setWordWrap(True)
        self.clients_text.setTextFormat(Qt.TextFormat.RichText)
        self.clients_text.setObjectName("clientsSummary")
        self.audit_heading = heading()
        self.audit = QTableWidget(0, 3)
        self.audit.setObjectName("auditTrail")
        self.audit.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.audit.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.audit.verticalHeader().hide()
        self.audit.setMinimumHeight(140)
        header = self.audit.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.audit.setWordWrap(True)
        # Rows grow to their wrapped text again whenever the detail column changes width.
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.audit.resizeRowsToContents)
        header.sectionResized.connect(self._fit_rows.start)
        self.save = QPushButton()
        self.save.setObjectName("saveReports")
        self.save.clicked.connect(self.save_reports)
        self.open_folder = QPushButton()
        self.open_folder.setObjectName("openReportsFolder")
        self.open_folder.clicked.connect(self.open_reports_folder)
        self.saved_label = paragraph()
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addWidget(self.open_folder)
        row.addStretch(1)
        self.body.addWidget(self.host_heading)
        self.body.addWidget(self.host_text)
        self.body.addWidget(self.clients_heading)
        self.body.addWidget(self.clients_text)
        self.body.addWidget(self.audit_heading)
        self.body.addWidget(self.audit, 1)
        self.body.addLayout(row)
        self.body.addWidget(self.saved_label)
        self.add_busy_widgets(self.save)
        self.retranslate()

    def initializePage(self) -> None:
        self._show_host()
        self._show_clients()
        self.load_audit()
        self.refresh_enabled()

    def refresh_enabled(self) -> None:
        has_clients = self.clients.results.rowCount() > 0 or bool(self.clients.conversions)
        self.save.setEnabled(has_clients and not self.operation.busy)
        self.open_folder.setEnabled(bool(self.saved_reports))

    # --- what was done ------------------------------------------------------------------------

    def _show_host(self) -> None:
        state = self.ctx.state
        lines = []
        name = self.ctx.target_name
        if not name and not state.key_installed:
            self.host_text.setText(
                escape(
                    QCoreApplication.translate(
                        "SummaryPage", "The KMS host was not set up in this run."
                    )
                )
            )
            return
        if state.key_installed and state.key_group:
            group = self.ctx.catalog.groups.get(state.key_group)
            lines.append(
                fill(
                    QCoreApplication.translate(
                        "SummaryPage", "KMS host key %1 installed on %2: %3."
                    ),
                    self.ctx.installed_key,
                    name,
                    render_text(group.name) if group is not None else state.key_group,
                )
            )
        if state.host_activated:
            lines.append(
                QCoreApplication.translate("SummaryPage", "Host key activated by phone.")
                if state.activation_method is ActivationMethod.PHONE
                else QCoreApplication.translate("SummaryPage", "Host key activated online.")
            )
        for version in sorted(state.office_done):
            group = self.ctx.catalog.groups.get(version)
            lines.append(
                fill(
                    QCoreApplication.translate(
                        "SummaryPage", "%1: host key installed and activated."
                    ),
                    office_name(group) if group is not None else version,
                )
            )
        if not lines:
            lines.append(
                fill(
                    QCoreApplication.translate(
                        "SummaryPage", "%1 was checked; nothing was changed on it."
                    ),
                    name,
                )
            )
        self.host_text.setText("<br>".join(escape(line) for line in lines))

    def _show_clients(self) -> None:
        clients = self.clients
        lines = []
        for scan in clients.scans:
            summary = scan.summary
            lines.append(
                fill(
                    QCoreApplication.translate(
                        "SummaryPage",
                        "Scan %1 — hosts: %2, read: %3; products with a MAK: %4, KMS clients: "
                        "%5, licensed: %6, in grace: %7, unlicensed: %8.",
                    ),
                    scan.scan_id if scan.scan_id is not None else "—",
                    summary.hosts,
                    summary.scanned,
                    summary.mak,
                    summary.kms_clients,
                    summary.licensed,
                    summary.in_grace,
                    summary.unlicensed,
                )
            )
        for run in clients.conversions:
            converted, pending, failed = conversion_counts(run)
            direction = (
                QCoreApplication.translate("SummaryPage", "MAK → KMS")
                if run.target.direction is ConversionDirection.TO_KMS
                else QCoreApplication.translate("SummaryPage", "KMS → MAK")
            )
            lines.append(
                fill(
                    QCoreApplication.translate(
                        "SummaryPage",
                        "Conversion run %1 (%2) — converted: %3; waiting for the KMS host's "
                        "count: %4; with problems: %5.",
                    ),
                    run.run_id,
                    direction,
                    converted,
                    pending,
                    failed,
                )
            )
        if not lines:
            lines.append(
                QCoreApplication.translate(
                    "SummaryPage", "No client was scanned or converted in this run."
                )
            )
        self.clients_text.setText("<br>".join(escape(line) for line in lines))

    # --- the audit trail ----------------------------------------------------------------------

    def load_audit(self) -> None:
        """The journal's entries since the wizard opened (read in the background)."""
        fleet = self.clients.fleet
        since = self.clients.started.isoformat(timespec="milliseconds")

        def work() -> list[dict[str, Any]]:
            rows = fleet.journal().audit(AUDIT_LIMIT)
            return [dict(row) for row in rows if str(row.get("at", "")) >= since]

        task = run_task(lambda _t, _r: work(), pool=self.ctx.pool)
        task.succeeded.connect(self._on_audit_loaded)

    def _on_audit_loaded(self, rows: object) -> None:
        assert isinstance(rows, list)
        self.audit_rows = rows
        self._show_audit()

    def _show_audit(self) -> None:
        known = self._known_descriptions()
        self.audit.setRowCount(len(self.audit_rows))
        for index, row in enumerate(self.audit_rows):
            when = _when(row.get("at"))
            what, detail = audit_texts(row, known)
            for column, text in enumerate((when, what, detail)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.audit.setItem(index, column, item)
        self.audit.resizeRowsToContents()

    def _known_descriptions(self) -> dict[str, str]:
        """The journal keeps step descriptions in English: this session's, translated back."""
        known = {
            msg(text).english(): render(msg(text))
            for text in (RECHECK_READ, RECHECKED_DONE, RECHECKED_NOT_DONE)
        }
        for run in self.clients.conversions:
            for host in run.hosts:
                for step in host.steps:
                    known[step.description.english()] = render_deep(step.description, render)
        return known

    # --- reports ------------------------------------------------------------------------------

    def save_reports(self) -> None:
        """The clients' report and one per conversion run, as HTML, CSV and JSON."""
        results = self.clients.results.results()
        runs = list(self.clients.conversions)
        fleet = self.clients.fleet
        language = self.ctx.language
        expiring = self.clients.options.expiring_days
        now = datetime.now(UTC)

        def renderer(message):
            return render_deep(message, render)

        def work() -> list[Path]:
            written: list[Path] = []
            if results:
                model = clients_report(results, now, expiring)
                rendered = render_report(model, renderer)
                written += fleet.write_reports(rendered, report_stem("clients", now), language)
            for run in runs:
                rendered = render_report(run_report(run, now), renderer)
                stem = report_stem(f"conversion-{run.run_id}", now)
                written += fleet.write_reports(rendered, stem, language)
            return written

        self.run(
            QCoreApplication.translate("SummaryPage", "Saving the reports…"),
            work,
            self._on_reports_saved,
        )

    def _on_reports_saved(self, paths: object) -> None:
        assert isinstance(paths, list)
        self.saved_reports = paths
        self._show_saved()
        self.refresh_enabled()
        self.load_audit()

    def _show_saved(self) -> None:
        paths = self.saved_reports
        if not paths:
            self.saved_label.clear()
            return
        self.saved_label.setText(fill(render_text(FILES_SAVED, n=len(paths)), paths[0].parent))

    def open_reports_folder(self) -> bool:
        """Show the reports folder in the system's file manager."""
        folder = (
            self.saved_reports[0].parent if self.saved_reports else self.clients.fleet.reports_dir
        )
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- texts --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(
            QCoreApplication.translate("SummaryPage", "What was done in this run, and the reports.")
        )
        self.host_heading.setText(QCoreApplication.translate("SummaryPage", "KMS host"))
        self.clients_heading.setText(QCoreApplication.translate("SummaryPage", "Clients"))
        self.audit_heading.setText(
            QCoreApplication.translate("SummaryPage", "Journal since the wizard opened")
        )
        self.audit.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("SummaryPage", "When"),
                QCoreApplication.translate("SummaryPage", "What"),
                QCoreApplication.translate("SummaryPage", "Detail"),
            ]
        )
        self.save.setText(
            QCoreApplication.translate("SummaryPage", "Save the reports (HTML, CSV, JSON)")
        )
        self.open_folder.setText(
            QCoreApplication.translate("SummaryPage", "Open the reports folder")
        )
        if self.isVisible():
            self._show_host()
            self._show_clients()
            self._show_audit()
        self._show_saved()


_STEP_DETAIL = re.compile(r"^([\w-]+): (\w+)((?: 0x[0-9A-Fa-f]{8})?)(?: — (.*))?$", re.DOTALL)
_SCAN_DETAIL = re.compile(r"^(\w+) \((\d+) hosts\)$")


def _state_text(state: str) -> str:
    texts = {
        "done": QCoreApplication.translate("SummaryPage", "done"),
        "failed": QCoreApplication.translate("SummaryPage", "failed"),
        "skipped": QCoreApplication.translate("SummaryPage", "skipped"),
        "superseded": QCoreApplication.translate("SummaryPage", "replaced by a later step"),
        "intent": QCoreApplication.translate("SummaryPage", "started, no outcome recorded"),
        "running": QCoreApplication.translate("SummaryPage", "running"),
        "cancelled": QCoreApplication.translate("SummaryPage", "cancelled"),
    }
    return texts.get(state, state)


def audit_texts(row: dict[str, Any], known: dict[str, str]) -> tuple[str, str]:
    """A journal audit row as "what" and "detail", in the user's language where possible."""
    kind = str(row.get("kind", ""))
    subject = str(row.get("subject", ""))
    detail = str(row.get("detail", ""))
    if kind == "scan":
        sources = {
            "list": QCoreApplication.translate("SummaryPage", "host list"),
            "recheck": QCoreApplication.translate("SummaryPage", "check again"),
        }
        what = fill(
            QCoreApplication.translate("SummaryPage", "scan · %1"), sources.get(subject, subject)
        )
        found = _SCAN_DETAIL.match(detail)
        if found:
            detail = fill(
                render_text(SCAN_DETAIL, n=int(found.group(2))), _state_text(found.group(1))
            )
        return what, detail
    if kind == "conversion":
        direction = (
            QCoreApplication.translate("SummaryPage", "MAK → KMS")
            if subject == "kms"
            else QCoreApplication.translate("SummaryPage", "KMS → MAK")
        )
        what = fill(QCoreApplication.translate("SummaryPage", "conversion run · %1"), direction)
        return what, _state_text(detail)
    what = fill(QCoreApplication.translate("SummaryPage", "step · %1"), subject)
    found = _STEP_DETAIL.match(detail)
    if found:
        operation, state, code, description = found.groups()
        if description:  # the step in words; its operation id would be English jargon
            words = known.get(description, description)
            detail = fill("%1%2 — %3", _state_text(state), code, words)
        else:
            detail = fill("%1: %2%3", operation, _state_text(state), code)
    return what, detail


def _when(stamp: object) -> str:
    """A journal time (ISO 8601, UTC) in the user's date format and time zone."""
    text = str(stamp or "")
    try:
        return format_datetime(datetime.fromisoformat(text))
    except ValueError:
        return text[:19].replace("T", " ")
