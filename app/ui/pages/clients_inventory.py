"""Page 12, Clients: inventory — which machines to scan, and how to reach them.

Four sources, one per tab: a host list (typed, pasted or read from a file), a
CSV export (the host column found by itself or chosen), an address range (more
than 256 addresses only after a confirmation, more than 4,096 refused) and an
Active Directory search (its computers are listed under the form, with their
operating system and OU, to be checked before the scan). Every rejected or
cleaned line is listed with its line number and the reason; nothing unsafe
reaches a machine (``app.domain.inventory``).
The credentials come from the keyring or are typed (and may be remembered);
concurrency and the time-out per host sit under "Advanced". In training mode
the lab's own account is filled in and "All lab machines" lists the lab.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.flow import PageId, Target
from app.domain.inventory import (
    Inventory,
    InventoryRefused,
    decode_text,
    parse_host_list,
    summarise_notes,
)
from app.domain.inventory_ad import DirectoryError, DirectoryListing
from app.domain.inventory_csv import CsvLayout, CsvProblem, parse_csv
from app.domain.inventory_range import CONFIRM_ABOVE, RangePlan, plan_range
from app.domain.report_model import render_deep
from app.domain.scan_results import (
    DEFAULT_CONCURRENCY,
    DEFAULT_HOST_TIMEOUT,
    MAX_CONCURRENCY,
    MAX_HOST_TIMEOUT,
    ScanOptions,
)
from app.domain.text import QT_TRANSLATE_N_NOOP
from app.i18n import render, render_text
from app.ui.clients_context import ClientsContext
from app.ui.context import WizardContext
from app.ui.fleet import ClientCredentials, DirectoryRequest, hosts_of_run, mak_labels
from app.ui.messages import ErrorReport, Level, error_report, fill
from app.ui.pages.base import WizardPage, paragraph
from app.ui.session import TargetChoice
from app.ui.widgets.ca_file_field import CaFileField
from app.ui.widgets.computer_list import ComputerList
from app.workers import run_task

HOSTS_TO_SCAN = QT_TRANSLATE_N_NOOP("ClientsInventoryPage", "%n host(s) to scan.", None, 0)
MORE_LINES = QT_TRANSLATE_N_NOOP("ClientsInventoryPage", "… and %n more line(s) left out.", None, 0)
LARGE_RANGE = QT_TRANSLATE_N_NOOP(
    "ClientsInventoryPage",
    "%n address(es): you will be asked to confirm such a large range.",
    None,
    0,
)
ADDRESSES_TO_SCAN = QT_TRANSLATE_N_NOOP("ClientsInventoryPage", "%n address(es) to scan.", None, 0)

PARSE_DELAY_MS = 250
AUTH_CHOICES = ("negotiate", "ntlm", "basic")  # no Kerberos: see app.ui.session


class Source:
    """The tabs, in order."""

    LIST = 0
    CSV = 1
    RANGE = 2
    DIRECTORY = 3


class ClientsInventoryPage(WizardPage):
    page_id = PageId.CLIENTS_INVENTORY

    def __init__(self, context: WizardContext, clients: ClientsContext) -> None:
        super().__init__(context)
        self.clients = clients
        self._inventories: dict[int, Inventory | None] = dict.fromkeys(range(4))
        self._problems: dict[int, str] = dict.fromkeys(range(4), "")
        self._fixes: dict[int, str] = dict.fromkeys(range(4), "")  # what to do about a problem
        self._pending: dict[int, int] = dict.fromkeys(range(4), 0)  # parses running per tab
        self._generation = 0
        self._csv_text: str | None = None
        self._csv_layout: CsvLayout | None = None
        self._csv_header: list[str] = []
        self._range_plan: RangePlan | None = None
        self._keyring_labels: list[str] = []

        self.resume_banner = QLabel()
        self.resume_banner.setWordWrap(True)
        self.resume_banner.setObjectName("resumeBanner")
        self.resume_banner.setStyleSheet(
            f"#resumeBanner {{ background: {Level.INFO.background}; color: {Level.INFO.colour};"
            " padding: 6px; border-radius: 4px; }"
        )
        self.resume_banner.hide()

        self.sources = QTabWidget()
        self._build_list_tab()
        self._build_csv_tab()
        self._build_range_tab()
        self._build_directory_tab()

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("inventorySummary")
        self.notes = paragraph()
        self.notes.setObjectName("inventoryNotes")
        self.notes.setStyleSheet(f"color: {Level.WARNING.colour};")

        self._build_credentials()
        self._build_advanced()
        self.sources.currentChanged.connect(self._on_sources_current_changed)

        self.body.addWidget(self.resume_banner)
        self.body.addWidget(self.sources, 1)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.notes)
        self.body.addWidget(self.credentials_box)
        self.body.addWidget(self.advanced_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.advanced)
        self.add_busy_widgets(self.lab_all, self.directory_list)
        self.retranslate()

    # --- building -----------------------------------------------------------------------

    def _build_list_tab(self) -> None:
        tab = QWidget()
        self.host_list = QPlainTextEdit()
        self.host_list.setObjectName("hostList")
        self.host_list.setMinimumHeight(90)
        self.host_list.textChanged.connect(self._on_host_list_text_changed)
        self.open_file = QPushButton()
        self.open_file.setObjectName("openHostFile")
        self.open_file.clicked.connect(self._on_open_file_clicked)
        self.lab_all = QPushButton()
        self.lab_all.setObjectName("allLabMachines")
        self.lab_all.clicked.connect(self.fill_lab_machines)
        buttons = QVBoxLayout()
        buttons.addWidget(self.open_file)
        buttons.addWidget(self.lab_all)
        buttons.addStretch(1)
        row = QHBoxLayout(tab)
        row.addWidget(self.host_list, 1)
        row.addLayout(buttons)
        self._parse_timer = QTimer(self)
        self._parse_timer.setSingleShot(True)
        self._parse_timer.setInterval(PARSE_DELAY_MS)
        self._parse_timer.timeout.connect(self._parse_host_list)
        self.sources.addTab(tab, "")

    def _build_csv_tab(self) -> None:
        tab = QWidget()
        self.csv_path = QLineEdit()
        self.csv_path.setObjectName("csvPath")
        self.csv_path.setReadOnly(True)
        self.csv_browse = QPushButton()
        self.csv_browse.clicked.connect(self._on_csv_browse_clicked)
        self.csv_column = QComboBox()
        self.csv_column.setObjectName("csvColumn")
        self.csv_column.activated.connect(self._on_csv_column_activated)
        self.csv_layout_label = paragraph()
        path_row = QHBoxLayout()
        path_row.addWidget(self.csv_path, 1)
        path_row.addWidget(self.csv_browse)
        self.csv_form = QFormLayout(tab)
        self.csv_form.addRow("", path_row)
        self.csv_form.addRow("", self.csv_column)
        self.csv_form.addRow(self.csv_layout_label)
        self.sources.addTab(tab, "")

    def _build_range_tab(self) -> None:
        tab = QWidget()
        self.range_edit = QLineEdit()
        self.range_edit.setObjectName("rangeEdit")
        self.range_edit.setPlaceholderText("192.168.10.0/24")
        self.range_edit.textChanged.connect(self._on_range_text_changed)
        self.range_count = paragraph()
        self.range_form = QFormLayout(tab)
        self.range_form.addRow("", self.range_edit)
        self.range_form.addRow(self.range_count)
        self.sources.addTab(tab, "")

    def _build_directory_tab(self) -> None:
        tab = QWidget()
        self.ad_url = QLineEdit()
        self.ad_url.setPlaceholderText("ldaps://dc01.example.com")
        self.ad_base = QLineEdit()
        self.ad_base.setPlaceholderText("OU=Clients,DC=example,DC=com")
        self.ad_name = QLineEdit()
        self.ad_name.setPlaceholderText("PC-*")
        self.ad_os = QLineEdit()
        self.ad_os.setPlaceholderText("*Windows 1*")
        self.ad_user = QLineEdit()
        self.ad_password = QLineEdit()
        self.ad_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ad_ca_file = CaFileField()
        self.ad_ca_file.setObjectName("directoryCaFile")
        self.ad_starttls = QCheckBox()
        self.ad_include_disabled = QCheckBox()
        self.ad_include_disabled.setObjectName("directoryIncludeDisabled")
        self.directory_list = QPushButton()
        self.directory_list.setObjectName("listComputers")
        self.directory_list.clicked.connect(self.list_directory)
        self.computer_list = ComputerList()
        self.computer_list.setObjectName("listedComputers")
        self.computer_list.hide()  # until a listing
        self.ad_form = QFormLayout(tab)
        # German labels are long: a row too narrow for label and field puts the label above.
        self.ad_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for widget in (self.ad_url, self.ad_base, self.ad_name, self.ad_os, self.ad_user):
            self.ad_form.addRow("", widget)
        self.ad_form.addRow("", self.ad_password)
        self.ad_form.addRow("", self.ad_ca_file)
        self.ad_form.addRow("", self.ad_include_disabled)
        row = QHBoxLayout()
        row.addWidget(self.ad_starttls)
        row.addStretch(1)
        row.addWidget(self.directory_list)
        self.ad_form.addRow(row)
        self.ad_form.addRow(self.computer_list)
        self.sources.addTab(tab, "")

    def _build_credentials(self) -> None:
        self.credentials_box = QGroupBox()
        self.user = QLineEdit()
        self.user.setObjectName("clientUser")
        self.user.textChanged.connect(self._on_credentials_changed)
        self.password = QLineEdit()
        self.password.setObjectName("clientPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.textChanged.connect(self._on_credentials_changed)
        self.keyring_entry = QComboBox()
        self.keyring_entry.setObjectName("clientKeyringEntry")
        self.keyring_entry.currentIndexChanged.connect(self._on_credentials_changed)
        self.remember = QCheckBox()
        self.https = QCheckBox()
        # HTTP 5985 with Negotiate by default: the only listener "winrm quickconfig" creates.
        self.https.setChecked(False)
        self.auth = QComboBox()
        for name in AUTH_CHOICES:
            self.auth.addItem(name, name)
        self.verify_tls = QCheckBox()
        self.verify_tls.setChecked(True)
        self.lab_note = paragraph()
        self.lab_note.setStyleSheet("color: #5f6b7a;")
        self.credentials_form = QFormLayout(self.credentials_box)
        self.credentials_form.addRow(self.lab_note)
        self.credentials_form.addRow("", self.user)
        self.credentials_form.addRow("", self.password)
        self.credentials_form.addRow("", self.keyring_entry)
        self.credentials_form.addRow("", self.remember)
        transport = QHBoxLayout()
        transport.addWidget(self.https)
        transport.addWidget(self.auth)
        transport.addStretch(1)
        self.credentials_form.addRow("", transport)
        self.credentials_form.addRow("", self.verify_tls)

    def _build_advanced(self) -> None:
        self.advanced_toggle = QToolButton()
        self.advanced_toggle.setObjectName("advancedToggle")
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setStyleSheet("QToolButton { border: none; }")
        self.advanced_toggle.toggled.connect(self._on_advanced_toggle_toggled)
        self.advanced = QWidget()
        self.concurrency = QSpinBox()
        self.concurrency.setObjectName("concurrency")
        self.concurrency.setRange(1, MAX_CONCURRENCY)
        self.concurrency.setValue(DEFAULT_CONCURRENCY)
        self.concurrency.setMaximumWidth(120)
        self.timeout = QSpinBox()
        self.timeout.setObjectName("hostTimeout")
        self.timeout.setRange(1, int(MAX_HOST_TIMEOUT))
        self.timeout.setValue(int(DEFAULT_HOST_TIMEOUT))
        self.timeout.setMaximumWidth(120)
        self.advanced_form = QFormLayout(self.advanced)
        self.advanced_form.addRow("", self.concurrency)
        self.advanced_form.addRow("", self.timeout)
        self.advanced.hide()

    # --- the wizard's hooks ---------------------------------------------------------------

    def initializePage(self) -> None:
        lab = self.ctx.state.target is Target.LAB
        self.lab_all.setVisible(lab)
        self.lab_note.setVisible(lab)
        if lab and self.clients.lab_runtime is None:
            scenario = self.ctx.state.lab_scenario  # read here, on the GUI thread
            self.run(
                QCoreApplication.translate("ClientsInventoryPage", "Starting the simulated lab…"),
                # Only the clients-only path gets here without a lab: no host step ran,
                # so the lab's kms01 starts as the working host such a user already has.
                lambda: self.ctx.backend.open_session(
                    TargetChoice(
                        Target.LAB,
                        lab_host_ready=True,
                        lab_scenario=scenario,
                    )
                ),
                self._on_lab_session_opened,
            )
        elif lab:
            self._fill_lab_credentials()
        self._load_keyring_labels()
        self._show_resume()
        self.update_completion()

    def showEvent(self, event: QShowEvent) -> None:
        # Back from the scan, the keyring may hold a password remembered meanwhile.
        super().showEvent(event)
        self._load_keyring_labels()

    def own_blocker(self) -> str:
        source = self.sources.currentIndex()
        if self._pending[source] or (source == Source.LIST and self._parse_timer.isActive()):
            return QCoreApplication.translate("ClientsInventoryPage", "Reading the list…")
        if source == Source.RANGE:
            if self._range_plan is None:
                return self._problems[source] or QCoreApplication.translate(
                    "ClientsInventoryPage", "Type an address range such as 192.168.10.0/24."
                )
        elif self._inventories[source] is None or not self._inventories[source].hosts:
            return self._problems[source] or QCoreApplication.translate(
                "ClientsInventoryPage", "Name at least one machine to scan."
            )
        if self.ctx.state.target is not Target.LAB and not self.user.text().strip():
            return QCoreApplication.translate(
                "ClientsInventoryPage", "Enter the account that may read the clients."
            )
        if (
            self.ctx.state.target is not Target.LAB
            and not self.password.text()
            and self.keyring_entry.currentIndex() <= 0
        ):
            return QCoreApplication.translate(
                "ClientsInventoryPage", "Enter the password, or choose it from the keyring."
            )
        return ""

    def validatePage(self) -> bool:
        source = self.sources.currentIndex()
        inventory = self._inventories[source]
        if source == Source.RANGE:
            plan = self._range_plan
            if plan is None:
                return False
            question = fill(
                QCoreApplication.translate(
                    "ClientsInventoryPage",
                    "The range %1 holds %2 addresses, more than %3. Scan them all?",
                ),
                plan.network,
                plan.addresses,
                CONFIRM_ABOVE,
            )
            if plan.needs_confirmation and not self.ctx.confirmer.confirm(
                self,
                QCoreApplication.translate("ClientsInventoryPage", "Scan a large range?"),
                question,
            ):
                return False
            inventory = plan.hosts()
        if inventory is None or not inventory.hosts:
            return False
        self.clients.inventory = inventory
        self.clients.credentials = self.current_credentials()
        self.clients.options = ScanOptions(
            concurrency=self.concurrency.value(), timeout=float(self.timeout.value())
        )
        self.clients.notify()
        return True

    # --- inventory sources ----------------------------------------------------------------

    @property
    def inventory(self) -> Inventory | None:
        """The hosts of the source shown (None while nothing usable is given)."""
        source = self.sources.currentIndex()
        if source == Source.RANGE:
            return self._range_plan.hosts() if self._range_plan is not None else None
        return self._inventories[source]

    def set_host_list(self, text: str) -> None:
        """Show the host-list tab with ``text`` (the list is read at once)."""
        self.sources.setCurrentIndex(Source.LIST)
        self.host_list.setPlainText(text)
        self._parse_timer.stop()
        self._parse_host_list()

    def fill_lab_machines(self) -> None:
        """Every machine of the simulated lab, one per line."""
        runtime = self.clients.lab_runtime
        if runtime is not None:
            self.set_host_list("\n".join(runtime.world.machine_names()))

    def _on_host_list_text_changed(self) -> None:
        self._parse_timer.start()
        self.update_completion()

    def _parse_host_list(self) -> None:
        text = self.host_list.toPlainText()
        self._run_parse(Source.LIST, lambda: parse_host_list(text, "list"))

    def load_host_file(self, path: str) -> None:
        """Read a host-list file (in the background) into the host-list tab."""
        fleet = self.clients.fleet

        def read() -> str:
            return decode_text(fleet.read_file(path))

        self._pending[Source.LIST] += 1
        self.update_completion()
        task = run_task(lambda _t, _r: read(), pool=self.ctx.pool)
        task.succeeded.connect(self._on_host_file_read)
        task.failed.connect(lambda error: self._on_parse_failed(Source.LIST, error))
        task.finished.connect(lambda: self._parse_finished(Source.LIST))

    def _on_host_file_read(self, text: object) -> None:
        self.set_host_list(str(text))

    def set_csv_file(self, path: str) -> None:
        """Read a CSV file (in the background); the host column is found or chosen."""
        self.sources.setCurrentIndex(Source.CSV)
        self.csv_path.setText(path)
        fleet = self.clients.fleet
        self._csv_text = None

        def read() -> str:
            return decode_text(fleet.read_file(path))

        self._pending[Source.CSV] += 1
        self.update_completion()
        task = run_task(lambda _t, _r: read(), pool=self.ctx.pool)
        task.succeeded.connect(self._on_csv_read)
        task.failed.connect(lambda error: self._on_parse_failed(Source.CSV, error))
        task.finished.connect(lambda: self._parse_finished(Source.CSV))

    def _on_csv_read(self, text: object) -> None:
        self._csv_text = str(text)
        self._csv_header = []
        self._parse_csv(None)

    def choose_csv_column(self, column: str | None) -> None:
        """Take host names from ``column`` (a header name or 1-based number; None: detect)."""
        self._parse_csv(column)

    def _on_csv_column_activated(self, index: int) -> None:
        data = self.csv_column.itemData(index)
        self._parse_csv(data if isinstance(data, str) else None)

    def _parse_csv(self, column: str | None) -> None:
        text = self._csv_text
        if text is None:
            return
        name = Path(self.csv_path.text()).name
        self._run_parse(Source.CSV, lambda: parse_csv(text, column, name))

    def _run_parse(self, source: int, parse) -> None:
        self._generation += 1
        generation = self._generation
        self._pending[source] += 1
        self.update_completion()
        task = run_task(lambda _t, _r: parse(), pool=self.ctx.pool)
        task.succeeded.connect(lambda result: self._on_parsed(source, generation, result))
        task.failed.connect(lambda error: self._on_parse_failed(source, error))
        task.finished.connect(lambda: self._parse_finished(source))

    def _on_parsed(self, source: int, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # an older parse than the text now shown
        if isinstance(result, tuple):
            inventory, layout = result
            self._csv_layout = layout
            self._show_csv_columns(layout)
        else:
            inventory = result
        self._inventories[source] = inventory
        self._problems[source] = self._fixes[source] = ""
        self._show_summary()

    def _on_parse_failed(self, source: int, error: object) -> None:
        assert isinstance(error, BaseException)
        report = _problem(error)
        self._inventories[source] = None
        self._problems[source] = report.summary
        self._fixes[source] = report.fix
        if source == Source.DIRECTORY:
            self.computer_list.show_computers(())
            self.computer_list.hide()
        self._show_summary()

    def _parse_finished(self, source: int) -> None:
        self._pending[source] = max(0, self._pending[source] - 1)
        self.update_completion()

    def _show_csv_columns(self, layout: CsvLayout) -> None:
        if layout.has_header and self._csv_text is not None and not self._csv_header:
            first = next((line for line in self._csv_text.splitlines() if line.strip()), "")
            self._csv_header = [cell.strip() for cell in first.split(layout.delimiter)]
        self.csv_column.blockSignals(True)
        self.csv_column.clear()
        self.csv_column.addItem(
            QCoreApplication.translate("ClientsInventoryPage", "Find the host column by itself")
        )
        if self._csv_header:
            for name in self._csv_header:
                self.csv_column.addItem(name, name)
        else:
            for number in range(1, max(layout.column + 2, 2) + 1):
                self.csv_column.addItem(
                    fill(QCoreApplication.translate("ClientsInventoryPage", "Column %1"), number),
                    str(number),
                )
        self.csv_column.blockSignals(False)
        delimiter = {"\t": "Tab", ",": ",", ";": ";", "|": "|"}.get(layout.delimiter, "?")
        column = layout.column_name or str(layout.column + 1)
        self.csv_layout_label.setText(
            fill(
                QCoreApplication.translate(
                    "ClientsInventoryPage",
                    "Separator “%1”; host names from the column “%2”.",
                ),
                delimiter,
                column,
            )
        )

    def _on_open_file_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("ClientsInventoryPage", "Host list")
        )
        if path:
            self.load_host_file(path)

    def _on_csv_browse_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ClientsInventoryPage", "CSV file"),
            "",
            QCoreApplication.translate("ClientsInventoryPage", "CSV files (*.csv *.tsv *.txt)"),
        )
        if path:
            self.set_csv_file(path)

    def _on_range_text_changed(self, text: str) -> None:
        self._range_plan = None
        self._problems[Source.RANGE] = ""
        if text.strip():
            try:
                self._range_plan = plan_range(text)
            except InventoryRefused as refused:
                self._problems[Source.RANGE] = render(refused.message)
        plan = self._range_plan
        if plan is None:
            self.range_count.setText(self._problems[Source.RANGE])
        elif plan.needs_confirmation:
            self.range_count.setText(render_text(LARGE_RANGE, n=plan.addresses))
        else:
            self.range_count.setText(render_text(ADDRESSES_TO_SCAN, n=plan.addresses))
        self._show_summary()

    def list_directory(self) -> None:
        """Ask Active Directory for the computers (in the background)."""
        request = DirectoryRequest(
            url=self.ad_url.text(),
            base_dn=self.ad_base.text(),
            name_pattern=self.ad_name.text(),
            os_pattern=self.ad_os.text(),
            user=self.ad_user.text().strip(),
            password=self.ad_password.text(),
            start_tls=self.ad_starttls.isChecked(),
            ca_file=self.ad_ca_file.path(),
            include_disabled=self.ad_include_disabled.isChecked(),
        )
        fleet = self.clients.fleet
        # Not counted in ``_pending``: the operation keeps Next off while it runs, and after
        # Cancel (or Back) neither handler is called, so a count would never come down.

        def on_failure(error: BaseException) -> bool:
            self._on_parse_failed(Source.DIRECTORY, error)
            return isinstance(error, DirectoryError | InventoryRefused)

        def on_success(listing: DirectoryListing) -> None:
            self._inventories[Source.DIRECTORY] = listing.inventory
            self._problems[Source.DIRECTORY] = self._fixes[Source.DIRECTORY] = ""
            self.computer_list.show_computers(listing.computers)
            self.computer_list.setVisible(bool(listing.computers))
            self._show_summary()

        self.run(
            QCoreApplication.translate("ClientsInventoryPage", "Asking the directory…"),
            lambda: fleet.directory_listing(request),
            on_success,
            on_failure,
        )

    def _on_sources_current_changed(self, _index: int) -> None:
        self._show_summary()

    def _show_summary(self) -> None:
        source = self.sources.currentIndex()
        if source == Source.RANGE:
            plan = self._range_plan
            self.summary.setText(
                render_text(HOSTS_TO_SCAN, n=plan.addresses) if plan is not None else ""
            )
            self.notes.clear()
            self.update_completion()
            return
        inventory = self._inventories[source]
        problem = self._problems[source]
        if inventory is None:
            fix = self._fixes[source]
            if problem and fix:
                what_to_do = QCoreApplication.translate("ClientsInventoryPage", "What to do: %1")
                problem = f"{problem}\n{fill(what_to_do, fix)}"
            self.summary.setText(problem)
            self.summary.setStyleSheet(f"color: {Level.ERROR.colour};" if problem else "")
            self.notes.clear()
            self.update_completion()
            return
        self.summary.setStyleSheet("")
        self.summary.setText(render_text(HOSTS_TO_SCAN, n=len(inventory.hosts)))
        notes = summarise_notes(inventory.notes, limit=8)
        lines = [render_deep(note.message, render) for note in notes.shown]
        if notes.more:
            lines.append(render_text(MORE_LINES, n=notes.more))
        self.notes.setText("\n".join(lines))
        self.update_completion()

    # --- credentials --------------------------------------------------------------------------

    def current_credentials(self) -> ClientCredentials:
        label = self.keyring_entry.currentData()
        return ClientCredentials(
            user=self.user.text().strip(),
            password=self.password.text(),
            keyring_label=label if isinstance(label, str) and not self.password.text() else "",
            remember=self.remember.isChecked(),
            auth=str(self.auth.currentData()),
            https=self.https.isChecked(),
            verify_tls=self.verify_tls.isChecked(),
        )

    def _on_lab_session_opened(self, session) -> None:
        self.ctx.adopt_session(session)
        self.lab_all.setVisible(True)
        self._fill_lab_credentials()

    def _fill_lab_credentials(self) -> None:
        runtime = self.clients.lab_runtime
        if runtime is None or self.user.text():
            return
        lab = self.clients.fleet.lab_credentials(runtime)
        self.user.setText(lab.user)
        self.password.setText(lab.password)
        self.auth.setCurrentIndex(max(0, self.auth.findData(lab.auth)))

    def _load_keyring_labels(self) -> None:
        fleet = self.clients.fleet
        task = run_task(lambda _t, _r: list(fleet.secret_labels()), pool=self.ctx.pool)
        task.succeeded.connect(self._on_keyring_labels_loaded)

    def _on_keyring_labels_loaded(self, labels: object) -> None:
        assert isinstance(labels, list)
        # Passwords only: MAK entries are for the conversion page.
        passwords = [label for label in labels if label not in mak_labels(labels)]
        self._keyring_labels = passwords
        self._fill_keyring_combo()

    def _fill_keyring_combo(self) -> None:
        current = self.keyring_entry.currentData()
        self.keyring_entry.blockSignals(True)
        self.keyring_entry.clear()
        self.keyring_entry.addItem(
            QCoreApplication.translate("ClientsInventoryPage", "Typed above"), None
        )
        for label in self._keyring_labels:
            self.keyring_entry.addItem(label, label)
        index = self.keyring_entry.findData(current) if current else 0
        self.keyring_entry.setCurrentIndex(max(0, index))
        self.keyring_entry.blockSignals(False)

    def _on_credentials_changed(self, *_args: object) -> None:
        self.update_completion()

    def _on_advanced_toggle_toggled(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    # --- resume -------------------------------------------------------------------------------

    def _show_resume(self) -> None:
        run = self.clients.resume_run
        if run is None:
            self.resume_banner.hide()
            return
        hosts = hosts_of_run(run)
        self.resume_banner.setText(
            fill(
                QCoreApplication.translate(
                    "ClientsInventoryPage",
                    "Conversion run %1 was interrupted. Its hosts are listed below: check the "
                    "credentials and go on; the conversion page resumes the run.",
                ),
                run.get("id"),
            )
        )
        self.resume_banner.show()
        if not self.host_list.toPlainText().strip():
            self.set_host_list("\n".join(hosts))

    # --- texts --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(
            QCoreApplication.translate(
                "ClientsInventoryPage", "Which machines to scan, and how to reach them over WinRM."
            )
        )
        self.auth.setAccessibleName(
            QCoreApplication.translate("ClientsInventoryPage", "Authentication")
        )
        self.sources.setTabText(
            Source.LIST, QCoreApplication.translate("ClientsInventoryPage", "Host list")
        )
        self.sources.setTabText(
            Source.CSV, QCoreApplication.translate("ClientsInventoryPage", "CSV file")
        )
        self.sources.setTabText(
            Source.RANGE, QCoreApplication.translate("ClientsInventoryPage", "Address range")
        )
        self.sources.setTabText(
            Source.DIRECTORY, QCoreApplication.translate("ClientsInventoryPage", "Active Directory")
        )
        self.host_list.setPlaceholderText(
            QCoreApplication.translate(
                "ClientsInventoryPage",
                "One host name or IP address per line; # starts a comment.",
            )
        )
        self.open_file.setText(QCoreApplication.translate("ClientsInventoryPage", "Open a file…"))
        self.lab_all.setText(QCoreApplication.translate("ClientsInventoryPage", "All lab machines"))
        self.csv_browse.setText(QCoreApplication.translate("ClientsInventoryPage", "Choose…"))
        _label(self.csv_form, 0, QCoreApplication.translate("ClientsInventoryPage", "File:"))
        _label(self.csv_form, 1, QCoreApplication.translate("ClientsInventoryPage", "Host column:"))
        if self.csv_column.count() == 0:
            self.csv_column.addItem("")
        self.csv_column.setItemText(
            0, QCoreApplication.translate("ClientsInventoryPage", "Find the host column by itself")
        )
        if self._csv_layout is None:
            self.csv_layout_label.setText(
                QCoreApplication.translate(
                    "ClientsInventoryPage",
                    "Exports of Excel, Active Directory or an inventory tool: the separator "
                    "and the column holding host names are found by themselves.",
                )
            )
        else:
            self._show_csv_columns(self._csv_layout)
        _label(
            self.range_form, 0, QCoreApplication.translate("ClientsInventoryPage", "Range (CIDR):")
        )
        self._on_range_text_changed(self.range_edit.text())
        _label(
            self.ad_form, 0, QCoreApplication.translate("ClientsInventoryPage", "Directory server:")
        )
        _label(self.ad_form, 1, QCoreApplication.translate("ClientsInventoryPage", "Search base:"))
        _label(
            self.ad_form, 2, QCoreApplication.translate("ClientsInventoryPage", "Computer names:")
        )
        _label(
            self.ad_form, 3, QCoreApplication.translate("ClientsInventoryPage", "Operating system:")
        )
        _label(self.ad_form, 4, QCoreApplication.translate("ClientsInventoryPage", "User:"))
        _label(self.ad_form, 5, QCoreApplication.translate("ClientsInventoryPage", "Password:"))
        _label(self.ad_form, 6, QCoreApplication.translate("ClientsInventoryPage", "CA file:"))
        self.ad_starttls.setText(
            QCoreApplication.translate("ClientsInventoryPage", "StartTLS (on ldap://)")
        )
        self.ad_include_disabled.setText(
            QCoreApplication.translate("ClientsInventoryPage", "Include disabled computers")
        )
        self.directory_list.setText(
            QCoreApplication.translate("ClientsInventoryPage", "List the computers")
        )
        self.credentials_box.setTitle(
            QCoreApplication.translate("ClientsInventoryPage", "Account on the clients")
        )
        self.lab_note.setText(
            QCoreApplication.translate(
                "ClientsInventoryPage",
                "The lab's machines accept the lab's own account, filled in below.",
            )
        )
        _label(
            self.credentials_form, 1, QCoreApplication.translate("ClientsInventoryPage", "User:")
        )
        _label(
            self.credentials_form,
            2,
            QCoreApplication.translate("ClientsInventoryPage", "Password:"),
        )
        _label(
            self.credentials_form,
            3,
            QCoreApplication.translate("ClientsInventoryPage", "Or from the keyring:"),
        )
        _label(
            self.credentials_form,
            5,
            QCoreApplication.translate("ClientsInventoryPage", "Connection:"),
        )
        self.user.setPlaceholderText(
            QCoreApplication.translate("ClientsInventoryPage", "DOMAIN\\user or user@domain")
        )
        self.remember.setText(
            QCoreApplication.translate(
                "ClientsInventoryPage", "Remember the password in the keyring"
            )
        )
        self.https.setText(QCoreApplication.translate("ClientsInventoryPage", "HTTPS (5986)"))
        self.verify_tls.setText(
            QCoreApplication.translate("ClientsInventoryPage", "Check the certificate")
        )
        self._fill_keyring_combo()
        self.advanced_toggle.setText(QCoreApplication.translate("ClientsInventoryPage", "Advanced"))
        _label(
            self.advanced_form,
            0,
            QCoreApplication.translate("ClientsInventoryPage", "Hosts scanned at once:"),
        )
        _label(
            self.advanced_form,
            1,
            QCoreApplication.translate("ClientsInventoryPage", "Time-out per host:"),
        )
        self.timeout.setSuffix(QCoreApplication.translate("ClientsInventoryPage", " s"))
        self._show_resume()
        self._show_summary()


def _label(form: QFormLayout, row: int, text: str) -> None:
    """Set the label of ``row`` of a form (rows whose field spans have no label)."""
    item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
    if item is not None and item.widget() is not None:
        item.widget().setText(text)
    elif item is None:
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if field is not None:
            form.setWidget(row, QFormLayout.ItemRole.LabelRole, QLabel(text))


def _problem(error: BaseException) -> ErrorReport:
    message = getattr(error, "message", None)
    if isinstance(error, DirectoryError):
        # The domain's fix is written for the window as well as the command line
        # (a CA file is given in the tab's own field here).
        fix = render(error.fix) if error.fix is not None else ""
        return ErrorReport(render(error.message), fix=fix)
    if message is not None and message.text == CsvProblem.NO_HOST_COLUMN.text:
        # The domain's text names the command line's --column; here the choice is a list.
        return ErrorReport(
            QCoreApplication.translate(
                "ClientsInventoryPage",
                "No column of the CSV file holds host names: choose the host column.",
            )
        )
    if message is not None:
        return ErrorReport(render(message))
    return error_report(error)
