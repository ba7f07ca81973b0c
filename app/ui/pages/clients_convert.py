"""Page 14, Clients: conversion — MAK to KMS or KMS to MAK, previewed, confirmed, journaled.

The user picks the direction, which hosts (those with something to convert,
those the scan page's filters show, or those selected in its table), the KMS
host (found through DNS, or set explicitly, or left as it is) or, towards MAK,
the Windows MAK by its keyring label and, for each Office edition that KMS
clients among those hosts run, an Office MAK or "leave on KMS" (a new MAK is
stored in the keyring for Windows or for one of those editions by the same
small form). "Preview" reads every chosen host again and
shows the exact plan, step by step, with the reason for every product left
alone. "Convert" asks a confirmation naming how many hosts and products, then
runs the plan in the background: every step is journaled before and after it
runs, and the tree shows each host's progress and result. Cancel lets the
hosts in flight finish and leaves the rest untouched.

A run that a closed window or a crash interrupted is offered for resuming at
the top of the page (and when the wizard opens): the steps already done are
checked again on the machines and never repeated.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.conversion import ConversionDirection, ConversionTarget, Decision
from app.domain.fleet_conversion import (
    ConversionProblem,
    ConversionRefused,
    FleetPlan,
    HostPlan,
    OfficeEditionOnKms,
    office_editions_on_kms,
    select_hosts,
)
from app.domain.flow import PageId
from app.domain.keys import InvalidProductKey, parse_key
from app.domain.licensing import InvalidKmsHost, LicenseStatus, parse_kms_endpoint
from app.domain.report_model import render_deep
from app.domain.scan_results import HostResult, ScanOptions
from app.domain.text import QT_TRANSLATE_N_NOOP, Message, Text
from app.domain.way_back import mak_activations
from app.i18n import render, render_text
from app.services.fleet_convert import (
    DEFAULT_CONVERT_CONCURRENCY,
    ConversionProgress,
    ConversionReport,
    HostConversion,
    StepResult,
    StepState,
)
from app.services.fleet_reports import conversion_counts
from app.ui.clients_context import ClientsContext
from app.ui.context import WizardContext
from app.ui.fleet import RunJournal, hosts_of_run, mak_labels
from app.ui.messages import Level, error_report, fill
from app.ui.pages.base import WizardPage, paragraph
from app.ui.widgets.wrapping_delegate import wrap_rows
from app.workers import Task

# Plurals are marked here: lupdate files a %n text as a plural only from this marker.
CONFIRM_TITLE = QT_TRANSLATE_N_NOOP("ClientsConvertPage", "Convert %n client(s)?", None, 0)
READING_AGAIN = QT_TRANSLATE_N_NOOP("ClientsConvertPage", "Reading %n host(s) again…", None, 0)
CONFIRM_QUESTION = QT_TRANSLATE_N_NOOP("ClientsConvertPage", "Convert %n host(s) %1?", None, 0)
RESUME_QUESTION = QT_TRANSLATE_N_NOOP(
    "ClientsConvertPage", "Resume conversion run %1 on %n host(s)?", None, 0
)
CONVERTING = QT_TRANSLATE_N_NOOP("ClientsConvertPage", "Converting %n host(s)…", None, 0)
CONFIRM_PRODUCTS = QT_TRANSLATE_N_NOOP(
    "ClientsConvertPage",
    "%n product(s) get a new key or are activated, as the plan shows. Every step is "
    "written to the journal before and after it runs.",
    None,
    0,
)
CONFIRM_UNCOVERED = QT_TRANSLATE_N_NOOP(
    "ClientsConvertPage",
    "Included on purpose: %n product(s) that the KMS host cannot activate; they lose their "
    "current activation and end in their grace period.",
    None,
    0,
)
INTERRUPTED_RUN = QT_TRANSLATE_N_NOOP(
    "ClientsConvertPage",
    "Conversion run %1 (%2, started %3) was interrupted on %n host(s). Resume it to "
    "finish it: no step is done twice.",
    None,
    0,
)
CONFIRM_MAK_SPEND = QT_TRANSLATE_N_NOOP(
    "ClientsConvertPage",
    "Each MAK activation spends one of the MAK's activations: %n activation(s) of “%1”.",
    None,
    0,
)
NOTHING_TO_CHANGE = QT_TRANSLATE_N_NOOP(
    "ClientsConvertPage", "Nothing to change on %n host(s)", None, 0
)

LAB_HOURS = 2
RECHECK_CONCURRENCY = 16


class Which:
    """Which hosts the conversion covers (the choices of the hosts box, in order)."""

    CONVERTIBLE = 0
    FILTERED = 1
    SELECTED = 2


class KmsChoice:
    DNS = 0
    EXPLICIT = 1
    KEEP = 2


class Row:
    """The rows of the settings form, in order (some are shown for one direction only)."""

    DIRECTION = 0
    HOSTS = 1
    KMS_HOST = 2
    WINDOWS_MAK = 3
    OFFICE_MAKS = 4
    NEW_MAK = 5
    CONCURRENCY = 6


class HostState:
    """What the tree shows for a host during and after a run."""

    WAITING = "waiting"
    RUNNING = "running"
    CONVERTED = "converted"
    PENDING = "pending"
    FAILED = "failed"
    NOT_STARTED = "not-started"


def _described(record: Mapping[str, Any]) -> Message | None:
    """A journaled step's description as a message (None when the record lacks one)."""
    described = record.get("description")
    if not isinstance(described, Mapping):
        return None
    try:
        text = Text(str(described["context"]), str(described["source"]))
    except KeyError:
        return None
    return Message(text, tuple(str(a) for a in described.get("args") or ()))


class ClientsConvertPage(WizardPage):
    page_id = PageId.CLIENTS_CONVERT

    def __init__(self, context: WizardContext, clients: ClientsContext) -> None:
        super().__init__(context)
        self.clients = clients
        self.plan: FleetPlan | None = None
        self.task: Task | None = None
        self.run_report: ConversionReport | None = None
        self.unfinished: list[Mapping[str, Any]] = []
        self._journal: RunJournal | None = None
        self._host_items: dict[str, QTreeWidgetItem] = {}
        self._step_items: dict[tuple[str, int], QTreeWidgetItem] = {}
        self._host_states: dict[str, str] = {}
        self._run_hosts: list[str] = []
        self._cancelling = False
        self._mak_labels: list[str] = []
        self._office_editions: list[OfficeEditionOnKms] = []
        self._office_rows: dict[str, tuple[QLabel, QComboBox]] = {}
        self._office_choices: dict[str, str] = {}  # edition id → label, kept across rebuilds
        self._stored_count = 0  # MAKs stored here: a keyring read started before one is stale
        self._summary_text: Callable[[], str] = lambda: ""

        self.resume_box = QFrame()
        self.resume_box.setObjectName("resumeBox")
        self.resume_box.setStyleSheet(
            f"#resumeBox {{ background: {Level.WARNING.background}; border-radius: 4px; }}"
            f" QLabel {{ color: {Level.WARNING.colour}; }}"
        )
        self.resume_label = QLabel()
        self.resume_label.setWordWrap(True)
        self.resume_button = QPushButton()
        self.resume_button.setObjectName("resumeRun")
        self.resume_button.clicked.connect(self.resume_run)
        resume_row = QHBoxLayout(self.resume_box)
        resume_row.addWidget(self.resume_label, 1)
        resume_row.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.resume_box.hide()

        self.to_kms = QRadioButton()
        self.to_kms.setObjectName("toKms")
        self.to_kms.setChecked(True)
        self.to_mak = QRadioButton()
        self.to_mak.setObjectName("toMak")
        self.to_kms.toggled.connect(self._on_hosts_choice_changed)
        direction = QHBoxLayout()
        direction.addWidget(self.to_kms)
        direction.addWidget(self.to_mak)
        direction.addStretch(1)
        self.which = QComboBox()
        self.which.setObjectName("whichHosts")
        for _ in range(3):
            self.which.addItem("")
        self.which.currentIndexChanged.connect(self._on_hosts_choice_changed)
        self.kms_choice = QComboBox()
        self.kms_choice.setObjectName("kmsChoice")
        self.kms_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for _ in range(3):
            self.kms_choice.addItem("")
        self.kms_choice.currentIndexChanged.connect(self._on_settings_changed)
        self.kms_host = QLineEdit()
        self.kms_host.setObjectName("kmsHost")
        self.kms_host.textChanged.connect(self._on_settings_changed)
        kms_row = QHBoxLayout()
        kms_row.addWidget(self.kms_choice)
        kms_row.addWidget(self.kms_host, 1)
        self.kms_row = QWidget()
        self.kms_row.setLayout(kms_row)
        kms_row.setContentsMargins(0, 0, 0, 0)
        self.mak = QComboBox()
        self.mak.setObjectName("makLabel")
        self.mak.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.mak.currentIndexChanged.connect(self._on_settings_changed)
        mak_row = QHBoxLayout()
        mak_row.setContentsMargins(0, 0, 0, 0)
        mak_row.addWidget(self.mak)
        mak_row.addStretch(1)
        self.mak_row = QWidget()
        self.mak_row.setLayout(mak_row)
        # One row per Office edition on KMS among the chosen hosts: its name, its MAK choice.
        self.office_box = QWidget()
        self.office_box.setObjectName("officeMaks")
        self.office_grid = QGridLayout(self.office_box)
        self.office_grid.setContentsMargins(0, 0, 0, 0)
        self.office_grid.setColumnStretch(2, 1)
        self.new_mak_for = QComboBox()
        self.new_mak_for.setObjectName("newMakFor")
        self.new_mak_for.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.new_mak_label = QLineEdit()
        self.new_mak_label.setObjectName("newMakLabel")
        self.new_mak_key = QLineEdit()
        self.new_mak_key.setObjectName("newMakKey")
        self.new_mak_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.store_mak = QPushButton()
        self.store_mak.setObjectName("storeMak")
        self.store_mak.clicked.connect(self.store_new_mak)
        store_line = QHBoxLayout()
        store_line.addWidget(self.new_mak_label, 1)
        store_line.addWidget(self.new_mak_key, 2)
        store_line.addWidget(self.store_mak)
        store_row = QVBoxLayout()  # what the MAK is for on a line of its own (long names)
        store_row.setContentsMargins(0, 0, 0, 0)
        store_row.addWidget(self.new_mak_for, 0, Qt.AlignmentFlag.AlignLeft)
        store_row.addLayout(store_line)
        self.store_row = QWidget()
        self.store_row.setLayout(store_row)
        self.concurrency = QSpinBox()
        self.concurrency.setObjectName("convertConcurrency")
        self.concurrency.setRange(1, 64)
        self.concurrency.setValue(DEFAULT_CONVERT_CONCURRENCY)
        self.concurrency.setMaximumWidth(120)
        fields = (
            direction,
            self.which,
            self.kms_row,
            self.mak_row,
            self.office_box,
            self.store_row,
            self.concurrency,
        )
        self.form_labels = [QLabel() for _ in fields]
        self.form = QFormLayout()
        for label, field in zip(self.form_labels, fields, strict=True):
            self.form.addRow(label, field)

        self.preview = QPushButton()
        self.preview.setObjectName("previewPlan")
        self.preview.clicked.connect(self.preview_plan)
        self.convert = QPushButton()
        self.convert.setObjectName("convert")
        self.convert.clicked.connect(self.start_conversion)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelConversion")
        self.cancel_button.clicked.connect(self.cancel_conversion)
        self.lab_time = QPushButton()
        self.lab_time.setObjectName("convertLabTime")
        self.lab_time.clicked.connect(self.let_lab_time_pass)
        self.recheck = QPushButton()
        self.recheck.setObjectName("recheckClients")
        self.recheck.clicked.connect(self.check_again)
        # Issue 14: after a run that left products in grace or failed, plan putting them back.
        self.way_back = QPushButton()
        self.way_back.setObjectName("wayBack")
        self.way_back.clicked.connect(self.put_back_run)
        actions = QHBoxLayout()
        actions.addWidget(self.preview)
        actions.addWidget(self.convert)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        # Shown after a run, on rows of their own (long languages): checking again and the
        # lab's clock on one, the way back on the next.
        check_row = QHBoxLayout()
        check_row.addWidget(self.recheck)
        check_row.addWidget(self.lab_time)
        check_row.addStretch(1)
        way_back_row = QHBoxLayout()
        way_back_row.addWidget(self.way_back)
        way_back_row.addStretch(1)
        afterwards = QVBoxLayout()
        afterwards.addLayout(check_row)
        afterwards.addLayout(way_back_row)

        self.summary = paragraph()
        self.summary.setObjectName("convertSummary")
        # Issue 14: products the KMS host cannot activate are left out until this is ticked,
        # which is shown only with the plan that names them and why.
        self.include_uncovered = QCheckBox()
        self.include_uncovered.setObjectName("includeUncovered")
        self.include_uncovered.hide()
        self.include_uncovered.toggled.connect(self._on_include_uncovered)
        # The consequence wraps under the short checkbox text (a QCheckBox never wraps).
        self.include_uncovered_why = paragraph()
        self.include_uncovered_why.setObjectName("includeUncoveredWhy")
        self.include_uncovered_why.hide()
        self.tree = QTreeWidget()
        self.tree.setObjectName("planTree")
        self.tree.setColumnCount(2)
        self.tree.setMinimumHeight(160)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        wrap_rows(self.tree)
        self._after_items: dict[str, QTreeWidgetItem] = {}

        self.body.addWidget(self.resume_box)
        self.body.addLayout(self.form)
        self.body.addLayout(actions)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.include_uncovered)
        self.body.addWidget(self.include_uncovered_why)
        self.body.addWidget(self.tree, 1)
        self.body.addLayout(afterwards)
        self.add_busy_widgets(self.preview, self.store_mak, self.resume_button, self.way_back)
        clients.changed.connect(self._on_clients_changed)
        self.retranslate()

    # --- the wizard's hooks ---------------------------------------------------------------

    def initializePage(self) -> None:
        host = self.ctx.host
        if not self.kms_host.text() and host is not None and host.fqdn:
            self.kms_host.setText(host.fqdn)
        self.lab_time.setVisible(self.clients.lab_runtime is not None)
        self._refresh_counts()
        self._refresh_office_rows()
        self._load_keyring_and_journal()
        self._refresh_enabled()

    def cleanupPage(self) -> None:
        super().cleanupPage()
        self.cancel_conversion()

    def own_blocker(self) -> str:
        if self.task is not None:
            return QCoreApplication.translate(
                "ClientsConvertPage", "Wait until the conversion has finished, or cancel it."
            )
        return ""

    # --- settings -----------------------------------------------------------------------------

    @property
    def direction(self) -> ConversionDirection:
        return ConversionDirection.TO_KMS if self.to_kms.isChecked() else ConversionDirection.TO_MAK

    def chosen_hosts(self) -> list[str]:
        """The hosts the conversion covers, by the hosts box's choice."""
        which = self.which.currentIndex()
        if which == Which.FILTERED:
            return self.clients.view.visible_hosts()
        if which == Which.SELECTED:
            return list(self.clients.selected_hosts)
        return select_hosts(self.clients.results.results(), self.direction)

    def target(self) -> ConversionTarget:
        """The conversion target of the settings.

        Raises:
            InvalidKmsHost: the explicit KMS host is not a host name.
        """
        if self.direction is ConversionDirection.TO_MAK:
            label = self.mak.currentData()
            return ConversionTarget(
                ConversionDirection.TO_MAK,
                mak_label=label if isinstance(label, str) else None,
                office_mak_labels=self.office_mak_labels(),
            )
        choice = self.kms_choice.currentIndex()
        if choice == KmsChoice.EXPLICIT:
            return ConversionTarget(
                ConversionDirection.TO_KMS, kms_host=parse_kms_endpoint(self.kms_host.text())
            )
        return ConversionTarget(
            ConversionDirection.TO_KMS, use_dns_discovery=choice == KmsChoice.DNS
        )

    def office_mak_labels(self) -> dict[str, str]:
        """The keyring label chosen per Office edition (editions left on KMS are absent)."""
        chosen = {}
        for edition_id, (_name, combo) in self._office_rows.items():
            label = combo.currentData()
            if isinstance(label, str):
                chosen[edition_id] = label
        return chosen

    def office_mak_combo(self, edition_id: str) -> QComboBox | None:
        """The MAK choice of one Office edition (tests, screenshots); None when not listed."""
        row = self._office_rows.get(edition_id)
        return row[1] if row is not None else None

    def _chosen_labels(self) -> tuple[object, tuple[tuple[str, str], ...]]:
        return self.mak.currentData(), tuple(sorted(self.office_mak_labels().items()))

    def _say(self, text: Callable[[], str]) -> None:
        """Show ``text()`` under the settings; it is made again when the language changes."""
        self._summary_text = text
        self.summary.setText(text())

    def _settings_problem(self) -> str:
        if not self.chosen_hosts():
            return QCoreApplication.translate(
                "ClientsConvertPage", "No host to convert with these choices."
            )
        if self.direction is ConversionDirection.TO_MAK and self.mak.currentData() is None:
            return QCoreApplication.translate(
                "ClientsConvertPage", "Choose the MAK from the keyring (or store it first)."
            )
        if (
            self.direction is ConversionDirection.TO_KMS
            and self.kms_choice.currentIndex() == KmsChoice.EXPLICIT
        ):
            try:
                parse_kms_endpoint(self.kms_host.text())
            except InvalidKmsHost as problem:
                return render(problem.message)
        return ""

    def _on_hosts_choice_changed(self, *_args: object) -> None:
        # Direction or host choice: the counts ("every host with…") and the Office
        # editions follow. Both walk every result, so not on each keystroke elsewhere.
        self._refresh_counts()
        self._refresh_office_rows()
        self._on_settings_changed()

    def _on_settings_changed(self, *_args: object) -> None:
        if self.task is None and self.plan is not None:
            self.plan = None  # a plan previewed for other choices is no longer the plan
            self._clear_tree()
        if self.task is None and self.run_report is None:
            self._say(self._settings_problem)
        self._refresh_enabled()

    def _on_clients_changed(self) -> None:
        self._refresh_counts()
        if self.isVisible() and self._refresh_office_rows():  # else done when the page opens
            self._on_settings_changed()

    def _refresh_counts(self) -> None:
        results = self.clients.results.results()
        counts = {
            Which.CONVERTIBLE: len(select_hosts(results, self.direction)),
            Which.FILTERED: self.clients.view.rowCount(),
            Which.SELECTED: len(self.clients.selected_hosts),
        }
        texts = {
            Which.CONVERTIBLE: (
                QCoreApplication.translate(
                    "ClientsConvertPage", "Every host with a MAK to convert (%1)"
                )
                if self.direction is ConversionDirection.TO_KMS
                else QCoreApplication.translate(
                    "ClientsConvertPage", "Every host with a KMS client key (%1)"
                )
            ),
            Which.FILTERED: QCoreApplication.translate(
                "ClientsConvertPage", "The hosts the scan page's filters show (%1)"
            ),
            Which.SELECTED: QCoreApplication.translate(
                "ClientsConvertPage", "The hosts selected in the scan table (%1)"
            ),
        }
        for which, text in texts.items():
            self.which.setItemText(which, fill(text, counts[which]))

    def _refresh_enabled(self) -> None:
        running = self.task is not None
        to_kms = self.direction is ConversionDirection.TO_KMS
        office = not to_kms and bool(self._office_editions)
        self.form.setRowVisible(Row.KMS_HOST, to_kms)
        self.form.setRowVisible(Row.WINDOWS_MAK, not to_kms)
        self.form.setRowVisible(Row.OFFICE_MAKS, office)
        self.form.setRowVisible(Row.NEW_MAK, not to_kms)
        self.new_mak_for.setVisible(office)
        self.kms_host.setEnabled(self.kms_choice.currentIndex() == KmsChoice.EXPLICIT)
        busy = running or self.operation.busy
        for widget in (
            self.to_kms,
            self.to_mak,
            self.which,
            self.kms_row,
            self.mak_row,
            self.office_box,
            self.store_row,
        ):
            widget.setEnabled(not running)
        self.preview.setEnabled(not busy and not self._settings_problem())
        self.convert.setEnabled(not busy and self.plan is not None and bool(self.plan.with_work))
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running and not self._cancelling)
        self.resume_button.setEnabled(not busy and bool(self.unfinished))
        done = self.run_report is not None and not running
        self.recheck.setVisible(done)
        self.recheck.setEnabled(done and not self.operation.busy)
        self.lab_time.setEnabled(done and not self.operation.busy)
        self.lab_time.setVisible(done and self.clients.lab_runtime is not None)
        way_back = done and self.run_report is not None and left_unlicensed(self.run_report)
        self.way_back.setVisible(way_back)
        self.way_back.setEnabled(way_back and not self.operation.busy)

    def refresh_enabled(self) -> None:
        self._refresh_enabled()

    # --- keyring and journal --------------------------------------------------------------------

    def _load_keyring_and_journal(self) -> None:
        fleet = self.clients.fleet

        def work() -> tuple[list[str], list[Mapping[str, Any]]]:
            labels = mak_labels(fleet.secret_labels())
            runs = list(fleet.journal().unfinished_conversions())
            return labels, runs

        stored = self._stored_count
        task = self.clients.start(lambda _t, _r: work())
        task.succeeded.connect(
            lambda loaded, stored=stored: self._on_keyring_and_journal_loaded(loaded, stored)
        )

    def _on_keyring_and_journal_loaded(self, loaded: object, stored: int) -> None:
        assert isinstance(loaded, tuple)
        labels, runs = loaded
        if stored == self._stored_count:  # else a MAK stored since then would vanish
            self._mak_labels = labels
            self._fill_mak_combos()
        self.unfinished = runs
        self._show_resume()
        self._refresh_enabled()

    def _fill_mak_combos(self, select: str | None = None) -> None:
        """The keyring's labels in the Windows and Office MAK choices (``select`` for Windows)."""
        before = self._chosen_labels()
        current = select or self.mak.currentData()
        self.mak.blockSignals(True)
        self.mak.clear()
        if not self._mak_labels:
            self.mak.addItem(
                QCoreApplication.translate("ClientsConvertPage", "No MAK in the keyring yet"), None
            )
        else:
            # No label is taken for granted: a MAK's activations are counted, and the first
            # label in the list may well be an Office MAK.
            self.mak.addItem(QCoreApplication.translate("ClientsConvertPage", "Choose…"), None)
        for label in self._mak_labels:
            self.mak.addItem(label, label)
        index = self.mak.findData(current) if current else -1
        self.mak.setCurrentIndex(max(0, index))
        self.mak.blockSignals(False)
        self._fill_office_combos()
        if self._chosen_labels() != before or self.mak.currentData() != current:
            self._on_settings_changed()
        else:
            self._refresh_enabled()

    def _fill_office_combos(self) -> None:
        """Each Office edition's choice: leave on KMS, or a keyring label (choices kept)."""
        for edition_id, (_name, combo) in self._office_rows.items():
            chosen = self._office_choices.get(edition_id)
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(_leave_on_kms(), None)
            for label in self._mak_labels:
                combo.addItem(label, label)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.blockSignals(False)

    def _refresh_office_rows(self) -> bool:
        """Rebuild the Office MAK rows when the Office editions to convert changed.

        Returns:
            Whether they changed (the target may have changed with them).
        """
        if self.direction is ConversionDirection.TO_KMS:
            editions = []  # Office MAKs are a KMS-to-MAK matter
        else:
            editions = office_editions_on_kms(self.clients.results.results(), self.chosen_hosts())
        if editions == self._office_editions:
            return False
        self._office_editions = editions
        for name, combo in self._office_rows.values():
            for widget in (name, combo):
                self.office_grid.removeWidget(widget)
                widget.deleteLater()
        self._office_rows.clear()
        for row, edition in enumerate(editions):
            name = QLabel(edition.name)
            name.setToolTip(", ".join(edition.hosts))
            combo = QComboBox()
            combo.setObjectName(f"officeMak-{edition.edition_id}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._on_office_choice_changed)
            name.setBuddy(combo)
            self.office_grid.addWidget(name, row, 0)
            self.office_grid.addWidget(combo, row, 1)
            self._office_rows[edition.edition_id] = (name, combo)
        self._fill_office_combos()
        self._fill_new_mak_for()
        self._refresh_enabled()
        return True

    def _on_office_choice_changed(self, *_args: object) -> None:
        for edition_id, (_name, combo) in self._office_rows.items():
            label = combo.currentData()
            if isinstance(label, str):
                self._office_choices[edition_id] = label
            else:
                self._office_choices.pop(edition_id, None)
        self._on_settings_changed()

    def _fill_new_mak_for(self) -> None:
        """What a MAK typed into the small form is for: Windows, or one of the Office editions."""
        current = self.new_mak_for.currentData()
        self.new_mak_for.clear()
        self.new_mak_for.addItem(
            QCoreApplication.translate("ClientsConvertPage", "for Windows"), None
        )
        for edition in self._office_editions:
            self.new_mak_for.addItem(
                fill(QCoreApplication.translate("ClientsConvertPage", "for %1"), edition.name),
                edition.edition_id,
            )
        index = self.new_mak_for.findData(current) if current else 0
        self.new_mak_for.setCurrentIndex(max(0, index))

    def store_new_mak(self) -> None:
        """Store the MAK typed in the small form under its label (in the keyring)."""
        label = self.new_mak_label.text().strip()
        if not label:
            self.operation.show_message(
                QCoreApplication.translate("ClientsConvertPage", "Give the MAK a label first."),
                Level.WARNING,
            )
            return
        try:
            key = parse_key(self.new_mak_key.text()).reveal()
        except InvalidProductKey as problem:
            self.operation.show_message(render(problem.message), Level.WARNING)
            return
        fleet = self.clients.fleet
        edition = self.new_mak_for.currentData()  # None: for Windows
        office = isinstance(edition, str) and edition in self._office_rows

        def work() -> list[str]:
            fleet.remember_secret(label, key)
            return mak_labels(fleet.secret_labels())

        def stored(labels: list[str]) -> None:
            self.new_mak_key.clear()
            self._stored_count += 1
            self._mak_labels = labels
            if office:
                self._office_choices[edition] = label
                self._fill_mak_combos()
            else:
                self._fill_mak_combos(label)
            self.operation.show_message(
                fill(
                    QCoreApplication.translate(
                        "ClientsConvertPage", "The MAK is stored in the keyring as “%1”."
                    ),
                    label,
                ),
                Level.OK,
            )

        self.run(
            QCoreApplication.translate("ClientsConvertPage", "Storing the MAK in the keyring…"),
            work,
            stored,
        )

    # --- the plan -------------------------------------------------------------------------------

    def preview_plan(self) -> None:
        """Read every chosen host again and show the exact plan (nothing is changed)."""
        try:
            target = self.target()
        except InvalidKmsHost as problem:
            message = problem.message
            self._say(lambda: render(message))
            return
        hosts = self.chosen_hosts()
        clients = self.clients
        timeout = clients.options.timeout
        # Without an explicit host, the host set up in this run is the one judged.
        own = self.ctx.host.fqdn if self.ctx.host is not None and self.ctx.host.fqdn else ""
        kms_hosts = (own,) if own and target.kms_host is None else ()

        def work():
            session = clients.fleet_session()
            return session.converter().plan(
                hosts,
                target,
                concurrency=min(32, max(1, len(hosts))),
                timeout=timeout,
                kms_hosts=kms_hosts,
            )

        self.run(
            render_text(READING_AGAIN, n=len(hosts)),
            work,
            self._on_plan_ready,
        )

    def _on_plan_ready(self, plan: object) -> None:
        assert isinstance(plan, FleetPlan)
        self.plan = plan
        self.run_report = None
        with QSignalBlocker(self.include_uncovered):
            self.include_uncovered.setChecked(plan.include_uncovered)
        self.include_uncovered.setVisible(bool(plan.uncovered))
        self.include_uncovered_why.setVisible(bool(plan.uncovered))
        self._show_plan(plan)
        self._say(lambda: plan_summary(plan))
        self._refresh_enabled()

    def _on_include_uncovered(self, checked: bool) -> None:
        """Plan the same reading again with the uncovered products in (ticked) or out."""
        if self.plan is None or self.task is not None:
            return
        self._on_plan_ready(self.plan.with_uncovered(checked, self.ctx.catalog))

    def _clear_tree(self) -> None:
        self.tree.clear()
        self._after_items.clear()
        self._host_items.clear()
        self._step_items.clear()
        self._host_states.clear()

    def _show_plan(self, plan: FleetPlan) -> None:
        self._clear_tree()
        idle: list[HostPlan] = []
        for host in plan.hosts:
            if host.plan is None:
                item = QTreeWidgetItem(
                    [host.host, QCoreApplication.translate("ClientsConvertPage", "not read")]
                )
                error = host.before.error
                child = QTreeWidgetItem([render(error) if error is not None else "", ""])
                _colour(item, Level.ERROR)
                item.addChild(child)
                self.tree.addTopLevelItem(item)
                continue
            if not host.has_work and not host.uncovered:
                idle.append(host)
                continue
            state = (
                QCoreApplication.translate("ClientsConvertPage", "to convert")
                if host.has_work
                else QCoreApplication.translate("ClientsConvertPage", "left out")
            )
            item = QTreeWidgetItem([host.host, state])
            if not host.has_work:
                _colour(item, Level.WARNING, 1)
            self.tree.addTopLevelItem(item)
            self._host_items[host.host] = item
            for step in host.steps:
                child = QTreeWidgetItem(
                    [fill("%1. %2", step.seq, render_deep(step.description, render)), ""]
                )
                item.addChild(child)
                self._step_items[(host.host, step.seq)] = child
            item.addChildren(_reason_items(host))
            item.setExpanded(True)
        if idle:
            item = QTreeWidgetItem(
                [
                    render_text(NOTHING_TO_CHANGE, n=len(idle)),
                    "",
                    "",
                ]
            )
            for host in idle:
                child = QTreeWidgetItem([host.host, ""])
                child.addChildren(_reason_items(host))  # why nothing changes there
                item.addChild(child)
            self.tree.addTopLevelItem(item)

    # --- the run --------------------------------------------------------------------------------

    def start_conversion(self) -> None:
        """Confirm, then run the previewed plan (journaled step by step)."""
        plan = self.plan
        if plan is None or not plan.with_work or self.task is not None:
            return
        hosts = [h.host for h in plan.with_work]
        products = changed_products(plan)
        direction = (
            QCoreApplication.translate("ClientsConvertPage", "from MAK to KMS")
            if plan.target.direction is ConversionDirection.TO_KMS
            else QCoreApplication.translate("ClientsConvertPage", "from KMS to MAK")
        )
        question = fill(
            render_text(CONFIRM_QUESTION, n=len(hosts)),
            direction,
        )
        details = "\n".join(
            [
                render_text(CONFIRM_PRODUCTS, n=products),
                ", ".join(hosts[:10]) + (" …" if len(hosts) > 10 else ""),
            ]
            + (
                [render_text(CONFIRM_UNCOVERED, n=len(plan.uncovered))]
                if plan.include_uncovered and plan.uncovered
                else []
            )
            + [
                fill(render_text(CONFIRM_MAK_SPEND, n=spent), label)
                for label, spent in mak_activations(plan).items()
            ]
        )
        title = render_text(CONFIRM_TITLE, n=len(hosts))
        if not self.ctx.confirmer.confirm(self, title, question, details):
            self._say(
                lambda: QCoreApplication.translate(
                    "ClientsConvertPage", "Not confirmed: nothing was changed."
                )
            )
            return
        clients = self.clients
        concurrency = self.concurrency.value()

        def work(token, report):
            session = clients.fleet_session()
            return session.converter(journal.bind(session.journal)).execute(
                plan, concurrency=concurrency, cancel=token, progress=report
            )

        journal = RunJournal()
        self._start_run(work, journal, hosts)

    def resume_run(self) -> None:
        """Finish the most recent interrupted run (after a confirmation naming it)."""
        if not self.unfinished or self.task is not None:
            return
        run = self.unfinished[-1]
        run_id = int(run["id"])
        hosts = hosts_of_run(run)
        title = fill(
            QCoreApplication.translate("ClientsConvertPage", "Resume conversion run %1?"), run_id
        )
        question = fill(
            render_text(RESUME_QUESTION, n=len(hosts)),
            run_id,
        )
        details = QCoreApplication.translate(
            "ClientsConvertPage",
            "Each host is read again first: a step that already took effect is not repeated.",
        )
        if not self.ctx.confirmer.confirm(self, title, question, details):
            return
        self._show_run_plan(run)
        clients = self.clients

        def work(token, report):
            session = clients.fleet_session()
            converter = session.converter(journal.bind(session.journal))
            return converter.resume(run_id, cancel=token, progress=report)

        journal = RunJournal()
        self._start_run(work, journal, hosts)

    def _show_run_plan(self, run: Mapping[str, Any]) -> None:
        self._clear_tree()
        for record in run.get("plan") or []:
            if not isinstance(record, Mapping):
                continue
            host = str(record.get("host", ""))
            item = self._host_items.get(host)
            if item is None:
                item = QTreeWidgetItem([host, ""])
                self.tree.addTopLevelItem(item)
                self._host_items[host] = item
                item.setExpanded(True)
            described = _described(record)
            text = render_deep(described, render) if described is not None else ""
            child = QTreeWidgetItem([fill("%1. %2", record.get("seq", ""), text), ""])
            item.addChild(child)
            self._step_items[(host, int(record.get("seq", 0)))] = child

    def _start_run(self, work, journal: RunJournal, hosts: list[str]) -> None:
        self._journal = journal
        self._run_hosts = hosts
        self._cancelling = False
        self.run_report = None
        self.include_uncovered.hide()  # the run's plan is fixed now
        self.include_uncovered_why.hide()
        task = self.clients.start(work, journal=journal)
        self.task = task
        for host in hosts:
            self._set_host_state(host, HostState.WAITING)
        task.progress.connect(lambda batch, t=task: self._on_task_progress(t, batch))
        task.succeeded.connect(self._finish)
        task.cancelled.connect(self._finish)  # with the hosts converted before the cancel
        task.failed.connect(self._on_task_failed)
        self._say(lambda: render_text(CONVERTING, n=len(hosts)))
        self._refresh_enabled()
        self.update_completion()

    def cancel_conversion(self) -> None:
        """No new host starts; the hosts in flight finish their steps."""
        if self.task is None or self._cancelling:
            return
        self._cancelling = True
        self.task.cancel()
        self._say(
            lambda: QCoreApplication.translate(
                "ClientsConvertPage",
                "Cancelling: no new host starts; the hosts being converted finish their steps…",
            )
        )
        self._refresh_enabled()

    def _on_task_progress(self, task: Task, batch: list) -> None:
        if task is not self.task:
            return  # a run this page no longer follows
        for event in batch:
            assert isinstance(event, ConversionProgress)
            if event.step is not None:
                self._show_step(event.step)
            if event.host_done is not None:
                self._show_host_done(event.host_done)

    def _show_step(self, step: StepResult) -> None:
        self._set_host_state(step.host, HostState.RUNNING)
        item = self._step_items.get((step.host, step.seq))
        if item is None:
            return
        labels = {
            StepState.DONE: (QCoreApplication.translate("ClientsConvertPage", "done"), Level.OK),
            StepState.FAILED: (
                QCoreApplication.translate("ClientsConvertPage", "failed"),
                Level.ERROR,
            ),
            StepState.SKIPPED: (
                QCoreApplication.translate("ClientsConvertPage", "skipped"),
                Level.INFO,
            ),
            StepState.IN_EFFECT: (
                QCoreApplication.translate("ClientsConvertPage", "already in effect"),
                Level.OK,
            ),
        }
        text, level = labels[step.state]
        if step.pending_activation:
            text, level = (
                QCoreApplication.translate("ClientsConvertPage", "waiting for the host's count"),
                Level.WARNING,
            )
        item.setText(1, text)
        _colour(item, level, column=1)
        if (
            step.state is StepState.FAILED
            and step.error is not None
            and not step.pending_activation
        ):
            report = error_report(step.error)
            item.setToolTip(0, report.as_text())
            for line in report.as_text().splitlines():
                explanation = QTreeWidgetItem([line, ""])
                _colour(explanation, Level.ERROR)
                item.addChild(explanation)
            item.setExpanded(True)

    def _show_host_done(self, host: HostConversion) -> None:
        state = (
            HostState.FAILED
            if host.failed
            else HostState.PENDING
            if host.pending
            else HostState.CONVERTED
        )
        if not host.steps and host.problem is not None:
            state = HostState.FAILED if not host.complete else HostState.NOT_STARTED
        self._set_host_state(host.host, state)
        if host.after is not None:
            self.clients.results.add_results([host.after])
            self._show_after(host.after)

    def _show_after(self, after: HostResult) -> None:
        """The host's Windows licence as read last, as the host's first line."""
        item = self._host_items.get(after.host)
        windows = after.windows or (after.products[0] if after.products else None)
        if item is None or windows is None:
            return
        line = self._after_items.get(after.host)
        if line is None:
            line = QTreeWidgetItem(["", ""])
            item.insertChild(0, line)
            self._after_items[after.host] = line
        line.setData(0, Qt.ItemDataRole.UserRole, (windows.edition, windows.state))
        self._render_after(line)

    def _render_after(self, line: QTreeWidgetItem) -> None:
        edition, state = line.data(0, Qt.ItemDataRole.UserRole)
        status = state.status
        line.setText(
            0,
            fill(
                QCoreApplication.translate("ClientsConvertPage", "Now: %1 — %2, %3"),
                edition,
                render_text(state.channel.label),
                render_text(status.label),
            ),
        )
        level = (
            Level.OK
            if status is LicenseStatus.LICENSED
            else Level.WARNING
            if status.in_grace
            else Level.ERROR
        )
        _colour(line, level)

    def after_text(self, host: str) -> str:
        """The "now" line of ``host`` (tests)."""
        line = self._after_items.get(host)
        return line.text(0) if line is not None else ""

    def _set_host_state(self, host: str, state: str) -> None:
        self._host_states[host] = state
        item = self._host_items.get(host)
        if item is None:
            item = QTreeWidgetItem([host, ""])
            self.tree.addTopLevelItem(item)
            self._host_items[host] = item
        item.setText(1, host_state_text(state))
        _colour(item, _STATE_LEVELS[state], column=1)

    def host_state(self, host: str) -> str | None:
        """What the tree shows for ``host`` (tests)."""
        return self._host_states.get(host)

    def _on_task_failed(self, error: object) -> None:
        assert isinstance(error, BaseException)
        self._finish(None)
        if (
            isinstance(error, ConversionRefused)
            and error.message.text == ConversionProblem.UNFINISHED.text
        ):
            # The domain's text names the command line; here the run is resumed above.
            run_id, hosts = error.message.args[:2]
            self.operation.show_message(
                fill(
                    QCoreApplication.translate(
                        "ClientsConvertPage",
                        "Conversion run %1 was interrupted and includes %2: resume it first "
                        "(above), then convert the other hosts.",
                    ),
                    run_id,
                    hosts,
                ),
                Level.WARNING,
            )
            return
        self.operation.show_error(error_report(error))

    def _finish(self, report: ConversionReport | None) -> None:
        self.task = None
        self.run_report = report
        if report is not None:
            self.clients.conversions.append(report)
            for host in report.hosts:
                if self._host_states.get(host.host) in (HostState.WAITING, HostState.RUNNING):
                    self._show_host_done(host)
            self._say(lambda: run_summary(report))
            self.plan = None
        self._load_keyring_and_journal()
        self.clients.notify()
        self._refresh_enabled()
        self.update_completion()

    # --- after the run --------------------------------------------------------------------------

    def put_back_run(self) -> None:
        """Plan the way back from the last run (shown like any plan; Convert… confirms it)."""
        report = self.run_report
        if report is None or self.task is not None:
            return
        label = self.mak.currentData()
        if report.target.direction is ConversionDirection.TO_KMS and not isinstance(label, str):
            self.to_mak.setChecked(True)  # shows the MAK choice (the run's report stays)
            self._say(
                lambda: QCoreApplication.translate(
                    "ClientsConvertPage",
                    "Choose the MAK to put back from the keyring (each activation spends one of "
                    "its activations), then click “Put back what this run changed…” again.",
                )
            )
            return
        clients = self.clients
        run_id = report.run_id
        office = self.office_mak_labels()
        timeout = clients.options.timeout
        hosts = len(report.hosts)

        def work():
            return clients.fleet_session().converter().plan_way_back(
                run_id,
                mak_label=label if isinstance(label, str) else None,
                office_mak_labels=office,
                concurrency=min(32, max(1, hosts)),
                timeout=timeout,
            )

        self.run(render_text(READING_AGAIN, n=hosts), work, self._on_plan_ready)

    def check_again(self) -> None:
        """Read the run's hosts again (their licence after the KMS host's count rose)."""
        hosts = [h for h in self._run_hosts if h in self._host_items]
        self._recheck(hosts, hours=0)

    def let_lab_time_pass(self) -> None:
        """Training: two simulated hours pass (clients retry), then the hosts are read again."""
        self._recheck([h for h in self._run_hosts if h in self._host_items], hours=LAB_HOURS)

    def _recheck(self, hosts: list[str], hours: float) -> None:
        clients = self.clients
        options = ScanOptions(
            concurrency=min(RECHECK_CONCURRENCY, max(1, len(hosts))),
            timeout=clients.options.timeout,
        )

        def work():
            session = clients.fleet_session()
            if hours and session.lab is not None:
                session.lab.advance_hours(hours)
            return session.scanner().scan(hosts, options, source="recheck").results

        text = (
            QCoreApplication.translate("ClientsConvertPage", "Letting time pass in the lab…")
            if hours
            else QCoreApplication.translate("ClientsConvertPage", "Reading the clients again…")
        )
        self.run(text, work, self._on_rechecked)

    def _on_rechecked(self, results: object) -> None:
        assert isinstance(results, tuple)
        self.clients.results.add_results(list(results))
        for result in results:
            if result.reachable:
                self._show_after(result)
        self.clients.notify()

    # --- resume banner --------------------------------------------------------------------------

    def _show_resume(self) -> None:
        if not self.unfinished or self.task is not None:
            self.resume_box.hide()
            return
        run = self.unfinished[-1]
        hosts = hosts_of_run(run)
        self.resume_label.setText(
            fill(
                render_text(INTERRUPTED_RUN, n=len(hosts)),
                run["id"],
                _direction_text(str(run.get("direction", ""))),
                str(run.get("started", ""))[:16].replace("T", " "),
            )
        )
        self.resume_box.show()

    # --- texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.tree.setAccessibleName(
            QCoreApplication.translate("ClientsConvertPage", "Conversion plan")
        )
        self.setSubTitle(
            QCoreApplication.translate(
                "ClientsConvertPage",
                "Move clients from MAK to KMS or back: preview the exact plan, then confirm.",
            )
        )
        self.to_kms.setText(QCoreApplication.translate("ClientsConvertPage", "MAK → KMS"))
        self.to_mak.setText(QCoreApplication.translate("ClientsConvertPage", "KMS → MAK"))
        for label, text in zip(
            self.form_labels,
            (
                QCoreApplication.translate("ClientsConvertPage", "Direction:"),
                QCoreApplication.translate("ClientsConvertPage", "Hosts:"),
                QCoreApplication.translate("ClientsConvertPage", "KMS host:"),
                QCoreApplication.translate("ClientsConvertPage", "Windows MAK:"),
                QCoreApplication.translate("ClientsConvertPage", "Office MAKs:"),
                QCoreApplication.translate("ClientsConvertPage", "New MAK:"),
                QCoreApplication.translate("ClientsConvertPage", "Hosts at once:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.include_uncovered.setText(
            QCoreApplication.translate(
                "ClientsConvertPage", "Also convert the products this KMS host cannot activate"
            )
        )
        self.include_uncovered_why.setText(
            QCoreApplication.translate(
                "ClientsConvertPage",
                "They would end in their grace period (0xC004F042) until a KMS host with a key "
                "that covers them answers: read why each one is left out below.",
            )
        )
        self.kms_choice.setItemText(
            KmsChoice.DNS, QCoreApplication.translate("ClientsConvertPage", "Found through DNS")
        )
        self.kms_choice.setItemText(
            KmsChoice.EXPLICIT, QCoreApplication.translate("ClientsConvertPage", "This host:")
        )
        self.kms_choice.setItemText(
            KmsChoice.KEEP,
            QCoreApplication.translate("ClientsConvertPage", "Leave the setting as it is"),
        )
        self.kms_host.setPlaceholderText(
            QCoreApplication.translate("ClientsConvertPage", "kms01.example.com:1688")
        )
        self.new_mak_label.setPlaceholderText(
            QCoreApplication.translate("ClientsConvertPage", "New label")
        )
        self.new_mak_key.setPlaceholderText(
            QCoreApplication.translate("ClientsConvertPage", "MAK (stored in the keyring)")
        )
        self.store_mak.setText(QCoreApplication.translate("ClientsConvertPage", "Store"))
        self.preview.setText(QCoreApplication.translate("ClientsConvertPage", "Preview the plan"))
        self.convert.setText(QCoreApplication.translate("ClientsConvertPage", "Convert…"))
        self.cancel_button.setText(
            QCoreApplication.translate("ClientsConvertPage", "Cancel the conversion")
        )
        self.lab_time.setText(
            QCoreApplication.translate("ClientsConvertPage", "Let 2 hours pass in the lab")
        )
        self.recheck.setText(
            QCoreApplication.translate("ClientsConvertPage", "Check the clients again")
        )
        self.way_back.setText(
            QCoreApplication.translate("ClientsConvertPage", "Put back what this run changed…")
        )
        self.resume_button.setText(
            QCoreApplication.translate("ClientsConvertPage", "Resume the run…")
        )
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("ClientsConvertPage", "Host and steps"),
                QCoreApplication.translate("ClientsConvertPage", "Status"),
            ]
        )
        for line in self._after_items.values():
            self._render_after(line)
        for host, state in self._host_states.items():
            item = self._host_items.get(host)
            if item is not None:
                item.setText(1, host_state_text(state))
        if self._mak_labels or self.mak.count():
            self._fill_mak_combos()  # the Office choices too
        else:
            self._fill_office_combos()
        self._fill_new_mak_for()
        self._refresh_counts()
        self._show_resume()
        self.summary.setText(self._summary_text())


_STATE_LEVELS = {
    HostState.WAITING: Level.INFO,
    HostState.RUNNING: Level.INFO,
    HostState.CONVERTED: Level.OK,
    HostState.PENDING: Level.WARNING,
    HostState.FAILED: Level.ERROR,
    HostState.NOT_STARTED: Level.INFO,
}


def host_state_text(state: str) -> str:
    return {
        HostState.WAITING: QCoreApplication.translate("ClientsConvertPage", "waiting"),
        HostState.RUNNING: QCoreApplication.translate("ClientsConvertPage", "converting…"),
        HostState.CONVERTED: QCoreApplication.translate("ClientsConvertPage", "converted"),
        HostState.PENDING: QCoreApplication.translate(
            "ClientsConvertPage", "converted, activation pending"
        ),
        HostState.FAILED: QCoreApplication.translate("ClientsConvertPage", "not fully converted"),
        HostState.NOT_STARTED: QCoreApplication.translate(
            "ClientsConvertPage", "not started (cancelled)"
        ),
    }[state]


def _leave_on_kms() -> str:
    """The first choice of an Office edition's MAK: nothing is done for that edition."""
    return QCoreApplication.translate("ClientsConvertPage", "Leave on KMS")


def _reason_items(host: HostPlan) -> list[QTreeWidgetItem]:
    """Why each product of ``host`` is not plainly converted, one greyed line each.

    The product is named by its catalog edition (``Office Professional Plus 2016``)
    when the scan identified it, else by the name Windows reports.
    """
    if host.plan is None:
        return []
    names = {p.state.activation_id: p.edition for p in host.before.products}
    items = []
    line = QCoreApplication.translate("ClientsConvertPage", "%1: %2")  # « : » in French
    for product, reason in host.plan.reasons:
        name = names.get(product.product.activation_id) or product.product.name
        item = QTreeWidgetItem([fill(line, name, render(reason)), ""])
        mark = host.marks.get(product.product.activation_id)
        _colour(item, Level.WARNING if mark is not None and not mark.covered else Level.INFO)
        items.append(item)
    # MAK→KMS: whether the KMS host can activate each product the run converts.
    for product in host.plan.products:
        mark = host.marks.get(product.product.activation_id)
        if mark is None or mark.message == product.reason:
            continue
        name = names.get(product.product.activation_id) or product.product.name
        item = QTreeWidgetItem([fill(line, name, render(mark.message)), ""])
        _colour(item, Level.OK if mark.covered else Level.WARNING)
        items.append(item)
    return items


def left_unlicensed(report: ConversionReport) -> bool:
    """Whether a run left a host failed, or a product in grace or unlicensed (the way back)."""
    for host in report.hosts:
        if host.failed:
            return True
        after = host.after.products if host.after is not None else ()
        if any(p.state.status is not LicenseStatus.LICENSED for p in after):
            return True
    return False


def changed_products(plan: FleetPlan) -> int:
    """The products the run gives a key or activates (Windows and Office alike)."""
    return sum(
        1
        for host in plan.with_work
        if host.plan is not None
        for product in host.plan.products
        if product.steps
    )


def plan_summary(plan: FleetPlan) -> str:
    return fill(
        QCoreApplication.translate(
            "ClientsConvertPage",
            "Plan — hosts to change: %1; products to convert: %2, to activate only: %3, "
            "left alone: %4, impossible to convert: %5; hosts not read: %6. Nothing has been "
            "changed yet.",
        ),
        len(plan.with_work),
        plan.count(Decision.CONVERT),
        plan.count(Decision.ACTIVATE_ONLY),
        plan.count(Decision.LEFT_ALONE) + plan.count(Decision.NOTHING_TO_DO),
        plan.count(Decision.CANNOT),
        len(plan.unreadable),
    )


def _direction_text(direction: str) -> str:
    if direction == ConversionDirection.TO_MAK.value:
        return QCoreApplication.translate("ClientsConvertPage", "KMS → MAK")
    return QCoreApplication.translate("ClientsConvertPage", "MAK → KMS")


def _colour(item: QTreeWidgetItem, level: Level, column: int = 0) -> None:
    colour = "#5f6b7a" if level is Level.INFO else level.colour
    item.setForeground(column, QBrush(QColor(colour)))


def run_summary(report: ConversionReport) -> str:
    """What a finished (or cancelled, or open) run did, in one paragraph."""
    converted, pending, failed = conversion_counts(report)
    text = fill(
        QCoreApplication.translate(
            "ClientsConvertPage",
            "Run %1 — converted: %2; waiting for the KMS host's count: %3; with problems: %4.",
        ),
        report.run_id,
        converted,
        pending,
        failed,
    )
    if report.cancelled:
        text += " " + QCoreApplication.translate(
            "ClientsConvertPage",
            "The run was cancelled: the hosts not started were left as they were.",
        )
    elif not report.finished:
        text += " " + QCoreApplication.translate(
            "ClientsConvertPage",
            "Some hosts could not be read: the run stays open and can be resumed later.",
        )
    if pending:
        text += " " + QCoreApplication.translate(
            "ClientsConvertPage",
            "Clients waiting for the count activate by themselves once the KMS host has "
            "enough requests; check them again later.",
        )
    return text
