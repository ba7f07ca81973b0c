"""Page 4, Key group: which Windows host key group (and which Office versions) to set up.

It first asks which clients the host must activate (ticked, or taken from a
scan of this session) and recommends the lowest group this host may hold whose
key activates them all (:mod:`app.domain.key_group_advice`); nothing is chosen
until the admin clicks "Use this group".

Every group of the catalog is listed; those this host cannot hold are greyed
out with the reason (``Catalog.groups_for_host``). A live table shows what the
chosen host key will activate, and the preflight for that choice (updates the
host needs, Office volume license packs) is shown beneath it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from app.domain.catalog import Channel, Family, HostEligibility
from app.domain.flow import PageId
from app.domain.key_group_advice import (
    CLIENT_VERSIONS,
    OFFICE_VERSIONS,
    SERVER_VERSIONS,
    ClientMix,
    KeyGroupAdvice,
    mix_from_scan,
    recommend_key_group,
)
from app.domain.text import QT_TRANSLATE_N_NOOP
from app.i18n import render, render_text
from app.ui.clients_context import ClientsContext
from app.ui.context import WizardContext
from app.ui.messages import fill, finding_row, office_name
from app.ui.pages.base import WizardPage, heading, paragraph
from app.ui.widgets.findings_table import FindingsTable
from app.ui.widgets.layouts import clear_layout

KEEP_ROW_ID = ""  # the "no new Windows host key" row
SCAN_READ = QT_TRANSLATE_N_NOOP(
    "KeyGroupPage", "The last scan of this session read %n machine(s).", None, 0
)


class KeyGroupPage(WizardPage):
    page_id = PageId.KEY_GROUP

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self._eligibility: list[HostEligibility] = []
        self._group_ids: list[str] = []
        self.advice: KeyGroupAdvice | None = None
        self._build_clients_question()
        self.windows_heading = heading()
        self.groups = QTableWidget(0, 2)
        self.groups.setObjectName("keyGroups")
        self.groups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.groups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.groups.setWordWrap(True)
        self.groups.verticalHeader().hide()
        header = self.groups.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: _fit_rows(self.groups))
        # The page scrolls as a whole: the tables show every row (no scroll bar of their own).
        _no_inner_scroll(self.groups)
        self.groups.itemSelectionChanged.connect(self._on_groups_selection_changed)
        self.office_heading = heading()
        self.office_note = paragraph()
        self.office_grid = QGridLayout()
        self.office_boxes: dict[str, QCheckBox] = {}
        self.office_reasons = paragraph()  # why a version is greyed out, in the page itself
        self.office_reasons.setObjectName("officeReasons")
        self.activates_heading = heading()
        self.activates = QTableWidget(0, 2)
        self.activates.setObjectName("activates")
        self.activates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activates.verticalHeader().hide()
        self.activates.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.activates.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        _no_inner_scroll(self.activates)
        self.preflight_heading = heading()
        self.preflight = FindingsTable()
        _no_inner_scroll(self.preflight)
        # It fits its rows to their text later (on resize): follow with its height.
        self.preflight.verticalHeader().sectionResized.connect(
            lambda *_: _fit_height(self.preflight)
        )
        self.body.addWidget(self.clients_heading)
        self.body.addLayout(self.clients_grid)
        self.body.addLayout(self.scan_row)
        self.body.addWidget(self.advice_label)
        self.body.addLayout(self.use_row)
        self.body.addWidget(self.windows_heading)
        self.body.addWidget(self.groups)
        self.body.addWidget(self.office_heading)
        self.body.addWidget(self.office_note)
        self.body.addLayout(self.office_grid)
        self.body.addWidget(self.office_reasons)
        self.body.addWidget(self.activates_heading)
        self.body.addWidget(self.activates)
        self.body.addWidget(self.preflight_heading)
        self.body.addWidget(self.preflight)
        self.retranslate()

    def initializePage(self) -> None:
        host = self.ctx.host
        catalog = self.ctx.catalog
        if host is None or host.os_version is None:
            self._eligibility = []
        else:
            edition = host.edition.id if host.edition else (host.edition_id or None)
            self._eligibility = catalog.groups_for_host(
                host.os_version.id, edition, host.evaluation
            )
        self._fill_groups()
        self._fill_office()
        self._refresh()
        self._refresh_scan_button()
        self._advise()

    # --- which clients? -----------------------------------------------------------------

    def _build_clients_question(self) -> None:
        self.clients_heading = heading()
        self.clients_grid = QGridLayout()
        self.client_boxes: dict[str, QCheckBox] = {}
        self.clients_row_labels = [QLabel(), QLabel(), QLabel()]
        rows = (CLIENT_VERSIONS, SERVER_VERSIONS, OFFICE_VERSIONS)
        for row, (label, versions) in enumerate(zip(self.clients_row_labels, rows, strict=True)):
            self.clients_grid.addWidget(label, row, 0)
            # A row of its own per kind: columns shared across rows would add up the widest.
            boxes = QHBoxLayout()
            for version in versions:
                box = QCheckBox()  # its text: retranslate()
                box.setObjectName(f"client-{version}")
                box.toggled.connect(self._advise)
                boxes.addWidget(box)
                self.client_boxes[version] = box
            boxes.addStretch(1)
            self.clients_grid.addLayout(boxes, row, 1)
        self.from_scan = QPushButton()
        self.from_scan.setObjectName("clientsFromScan")
        self.from_scan.clicked.connect(self.take_clients_from_scan)
        self.scan_reason = QLabel()  # why the button is disabled, visible (not a tooltip)
        self.scan_reason.setWordWrap(True)
        self.scan_row = QHBoxLayout()
        self.scan_row.addWidget(self.from_scan)
        self.scan_row.addWidget(self.scan_reason, 1)
        self.advice_label = paragraph()
        self.advice_label.setObjectName("keyGroupAdvice")
        self.use_group = QPushButton()
        self.use_group.setObjectName("useThisGroup")
        self.use_group.clicked.connect(self.use_recommendation)
        self.use_row = QHBoxLayout()
        self.use_row.addWidget(self.use_group)
        self.use_row.addStretch(1)

    def _short_name(self, version: str) -> str:
        """``2008 R2``, ``8.1``, ``LTSC 2021``: the row label says Windows / Server / Office."""
        catalog = self.ctx.catalog
        if version in catalog.office_versions:
            name = catalog.office_versions[version].name
        else:
            name = catalog.os_version(version).name
        for prefix in ("Windows Server ", "Windows ", "Office "):
            if name.startswith(prefix):
                name = name[len(prefix) :]
                break
        # "R2" and "LTSC" are product naming, but where they stand is the translator's call.
        if name.endswith(" R2"):
            return fill(QCoreApplication.translate("KeyGroupPage", "%1 R2"), name[:-3])
        if name.startswith("LTSC "):
            return fill(QCoreApplication.translate("KeyGroupPage", "LTSC %1"), name[5:])
        return name

    def _full_name(self, version: str) -> str:
        catalog = self.ctx.catalog
        if version in catalog.office_versions:
            return catalog.office_versions[version].name
        return catalog.os_version(version).name

    def client_mix(self) -> ClientMix:
        chosen = [v for v, box in self.client_boxes.items() if box.isChecked()]
        return ClientMix(
            tuple(v for v in chosen if v not in OFFICE_VERSIONS),
            tuple(v for v in chosen if v in OFFICE_VERSIONS),
        )

    def _clients(self) -> ClientsContext | None:
        """The client pages' context, when they are part of this wizard."""
        wizard = self.wizard()
        if wizard is None:
            return None
        for page_id in wizard.pageIds():
            clients = getattr(wizard.page(page_id), "clients", None)
            if isinstance(clients, ClientsContext):
                return clients
        return None

    def _scan_results(self):
        clients = self._clients()
        return clients.scans[-1].results if clients is not None and clients.scans else None

    def _refresh_scan_button(self) -> None:
        results = self._scan_results()
        self.from_scan.setEnabled(bool(results))
        if results:
            self.scan_reason.setText(render_text(SCAN_READ, n=len(results)))
        else:
            self.scan_reason.setText(
                QCoreApplication.translate(
                    "KeyGroupPage",
                    "No scan in this session yet: the clients are scanned after the host "
                    "setup. Tick them by hand.",
                )
            )

    def take_clients_from_scan(self) -> None:
        results = self._scan_results()
        if not results:
            return
        mix = mix_from_scan(self.ctx.catalog, results)
        found = set(mix.windows) | set(mix.office)
        for version, box in self.client_boxes.items():
            blocked = box.blockSignals(True)
            box.setChecked(version in found)
            box.blockSignals(blocked)
        self._advise()

    def _advise(self, *_args: object) -> None:
        host = self.ctx.host
        mix = self.client_mix()
        self.advice = None
        if host is None or host.os_version is None:
            text = QCoreApplication.translate(
                "KeyGroupPage", "Check the host first: the advice depends on its Windows version."
            )
        elif mix.empty:
            text = QCoreApplication.translate(
                "KeyGroupPage", "Tick the clients above to see which key group they need."
            )
        else:
            self.advice = recommend_key_group(
                self.ctx.catalog, host.os_version.id, self._eligibility, mix
            )
            text = self._advice_text(self.advice)
        self.advice_label.setText(text)
        self.use_group.setEnabled(
            self.advice is not None and (self.advice.group is not None or self.advice.possible)
        )

    @staticmethod
    def _advice_text(advice: KeyGroupAdvice) -> str:
        lines = [render(advice.message)]
        if advice.detail is not None:
            lines[0] += " " + render(advice.detail)
        for office in advice.office:
            line = render(office.message)
            if office.detail is not None:
                line += " " + render(office.detail)
            lines.append(line)
        return "\n".join(lines)

    def use_recommendation(self) -> None:
        """Select the recommended group and tick the Office versions that fit (on click only)."""
        advice = self.advice
        if advice is None:
            return
        if advice.group is not None:
            self.choose_group(advice.group)
        elif advice.possible or advice.office_to_use:
            self.choose_group(None)
        for group, box in self.office_boxes.items():
            if box.isEnabled() and group in advice.office_to_use:
                box.setChecked(True)

    # --- choices ------------------------------------------------------------------------

    def choose_group(self, group_id: str | None) -> bool:
        """Select a group row (None: keep the current key); False when it is disabled."""
        wanted = group_id or KEEP_ROW_ID
        if wanted not in self._group_ids:
            return False
        row = self._group_ids.index(wanted)
        item = self.groups.item(row, 0)
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return False
        self.groups.selectRow(row)
        return True

    def group_enabled(self, group_id: str) -> bool:
        if group_id not in self._group_ids:
            return False
        item = self.groups.item(self._group_ids.index(group_id), 0)
        return bool(item is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled)

    def _fill_groups(self) -> None:
        windows = [e for e in self._eligibility if not e.group.is_office]
        blocked = self.groups.blockSignals(True)
        self.groups.clearContents()
        self.groups.setRowCount(len(windows) + 1)
        self._group_ids = [KEEP_ROW_ID]
        keep = QTableWidgetItem(
            QCoreApplication.translate("KeyGroupPage", "No new Windows host key")
        )
        self.groups.setItem(0, 0, keep)
        self.groups.setItem(
            0,
            1,
            QTableWidgetItem(
                QCoreApplication.translate(
                    "KeyGroupPage", "Keep the Windows key the host has (set up Office only)."
                )
            ),
        )
        for row, item in enumerate(windows, start=1):
            self._group_ids.append(item.group.id)
            name = QTableWidgetItem(render_text(item.group.name))
            if item.allowed:
                verdict = QCoreApplication.translate("KeyGroupPage", "Yes")
            else:
                verdict = render(item.message) if item.message else "—"
                name.setFlags(
                    name.flags() & ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                )
            reason = QTableWidgetItem(verdict)
            reason.setFlags(name.flags())
            self.groups.setItem(row, 0, name)
            self.groups.setItem(row, 1, reason)
        _fit_rows(self.groups)
        self.groups.blockSignals(blocked)
        chosen = self.ctx.state.key_group
        if not (chosen and self.choose_group(chosen)):
            self.groups.clearSelection()
            self.ctx.state.key_group = None

    def _fill_office(self) -> None:
        clear_layout(self.office_grid)
        self.office_boxes = {}
        offices = [e for e in self._eligibility if e.group.is_office]
        host = self.ctx.host
        chosen = set(self.ctx.state.office_versions)
        for index, item in enumerate(offices):
            box = QCheckBox(office_name(item.group))
            box.setEnabled(item.allowed)
            install = host.office_install(item.group.id) if host else None
            if not item.allowed and item.message is not None:
                box.setToolTip(render(item.message))
            elif install is not None and install.vl_pack:
                box.setToolTip(
                    QCoreApplication.translate(
                        "KeyGroupPage", "Its volume license pack is installed on the host."
                    )
                )
            box.setChecked(item.allowed and item.group.id in chosen)
            box.toggled.connect(self._on_office_toggled)
            self.office_grid.addWidget(box, index // 3, index % 3)
            self.office_boxes[item.group.id] = box
        self.ctx.state.office_versions = [
            g for g, box in self.office_boxes.items() if box.isChecked()
        ]
        reasons = [
            fill(
                QCoreApplication.translate("KeyGroupPage", "%1 is greyed out: %2"),
                office_name(item.group),
                render(item.message),
            )
            for item in offices
            if not item.allowed and item.message is not None
        ]
        self.office_reasons.setText("\n".join(reasons))
        self.office_reasons.setVisible(bool(reasons))

    def _on_groups_selection_changed(self) -> None:
        rows = {index.row() for index in self.groups.selectedIndexes()}
        group = self._group_ids[min(rows)] if rows else KEEP_ROW_ID
        state = self.ctx.state
        new = group or None
        if new != state.key_group:
            state.key_group = new
            state.key_installed = False
            state.host_activated = False
        self._refresh()

    def _on_office_toggled(self, _checked: bool) -> None:
        state = self.ctx.state
        state.office_versions = [g for g, box in self.office_boxes.items() if box.isChecked()]
        state.office_by_phone &= set(state.office_versions)
        self._refresh()

    # --- the live tables ----------------------------------------------------------------

    def _refresh(self) -> None:
        self._fill_activates()
        self._fill_preflight()
        self.ctx.notify()

    def _fill_activates(self) -> None:
        catalog = self.ctx.catalog
        state = self.ctx.state
        groups = ([state.key_group] if state.key_group else []) + list(state.office_versions)
        rows: list[tuple[str, str]] = []
        for group_id in groups:
            for edition in catalog.activated_by(group_id, Channel.KMS):
                rows.append((edition.name, _family_label(edition.family)))
        self.activates.setRowCount(len(rows))
        for index, (name, family) in enumerate(rows):
            self.activates.setItem(index, 0, QTableWidgetItem(name))
            self.activates.setItem(index, 1, QTableWidgetItem(family))
        _fit_rows(self.activates)
        if state.key_group:
            group = catalog.group(state.key_group)
            self.activates_heading.setText(
                fill(
                    QCoreApplication.translate(
                        "KeyGroupPage", "A %1 host key will activate (%2 products):"
                    ),
                    render_text(group.name),
                    len(rows),
                )
            )
        else:
            self.activates_heading.setText(
                QCoreApplication.translate("KeyGroupPage", "The chosen host keys will activate:")
            )

    def _fill_preflight(self) -> None:
        session, host = self.ctx.session, self.ctx.host
        state = self.ctx.state
        if session is None or host is None or not (state.key_group or state.office_versions):
            self.preflight.set_rows([])
            _fit_height(self.preflight)
            return
        allowed = [e.group.id for e in self._eligibility if e.allowed and not e.group.is_office]
        group = state.key_group or (allowed[0] if allowed else None)
        if group is None:
            self.preflight.set_rows([])
            _fit_height(self.preflight)
            return
        report = session.preflight.evaluate(host, group, state.office_versions)
        findings = report.findings if state.key_group else ()
        rows = [finding_row(f) for f in findings if f.id in ("group-allowed", "host-update")]
        for office in report.office:
            rows += [finding_row(f, render_text(office.group.name)) for f in office.findings]
        self.preflight.set_rows(rows)
        _fit_height(self.preflight)

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(
            QCoreApplication.translate(
                "KeyGroupPage", "Which KMS host key you will install, and what it activates."
            )
        )
        self.windows_heading.setText(
            QCoreApplication.translate("KeyGroupPage", "Windows host key group")
        )
        self.groups.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("KeyGroupPage", "Key group"),
                QCoreApplication.translate("KeyGroupPage", "Can this host hold it?"),
            ]
        )
        self.office_heading.setText(QCoreApplication.translate("KeyGroupPage", "Office"))
        self.office_note.setText(
            QCoreApplication.translate(
                "KeyGroupPage",
                "Tick each Office version this host should activate: each has its own host "
                "key and needs its volume license pack on the host.",
            )
        )
        self.activates.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("KeyGroupPage", "Product"),
                QCoreApplication.translate("KeyGroupPage", "Kind"),
            ]
        )
        self.preflight_heading.setText(
            QCoreApplication.translate("KeyGroupPage", "What this choice needs on the host")
        )
        self.clients_heading.setText(
            QCoreApplication.translate("KeyGroupPage", "Which clients must this host activate?")
        )
        for label, text in zip(
            self.clients_row_labels,
            (
                QCoreApplication.translate("KeyGroupPage", "Windows:"),
                QCoreApplication.translate("KeyGroupPage", "Windows Server:"),
                QCoreApplication.translate("KeyGroupPage", "Office:"),
            ),
            strict=True,
        ):
            label.setText(text)
        for version, box in self.client_boxes.items():
            box.setText(self._short_name(version))
            box.setAccessibleName(self._full_name(version))
        self.from_scan.setText(QCoreApplication.translate("KeyGroupPage", "Take them from a scan"))
        self.use_group.setText(QCoreApplication.translate("KeyGroupPage", "Use this group"))
        self._refresh_scan_button()
        self._advise()
        if self._eligibility:
            self._fill_groups()
            self._fill_office()
            self._fill_activates()
            self._fill_preflight()


def _family_label(family: Family) -> str:
    if family == Family.SERVER:
        return QCoreApplication.translate("KeyGroupPage", "server")
    if family == Family.OFFICE:
        return QCoreApplication.translate("KeyGroupPage", "Office")
    return QCoreApplication.translate("KeyGroupPage", "client")


def _no_inner_scroll(table: QTableWidget) -> None:
    """No scroll bar of its own: the page scrolls, the table shows every row."""
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setTabKeyNavigation(False)


def _fit_rows(table: QTableWidget) -> None:
    """Rows as tall as their text, and the table as tall as its rows."""
    table.resizeRowsToContents()
    _fit_height(table)


def _fit_height(table: QTableWidget) -> None:
    """The table as tall as its header and rows."""
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(
        table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth()
    )
