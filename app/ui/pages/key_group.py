"""Page 4, Key group: which Windows host key group (and which Office versions) to set up.

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
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from app.domain.catalog import Channel, Family, HostEligibility
from app.domain.flow import PageId
from app.i18n import render, render_text
from app.ui.context import WizardContext
from app.ui.messages import fill, finding_row, office_name
from app.ui.pages.base import WizardPage, heading, paragraph
from app.ui.widgets.findings_table import FindingsTable
from app.ui.widgets.layouts import clear_layout

KEEP_ROW_ID = ""  # the "no new Windows host key" row


class KeyGroupPage(WizardPage):
    page_id = PageId.KEY_GROUP

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self._eligibility: list[HostEligibility] = []
        self._group_ids: list[str] = []
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
        header.sectionResized.connect(lambda *_: self.groups.resizeRowsToContents())
        self.groups.setMinimumHeight(220)
        self.groups.itemSelectionChanged.connect(self._on_groups_selection_changed)
        self.office_heading = heading()
        self.office_note = paragraph()
        self.office_grid = QGridLayout()
        self.office_boxes: dict[str, QCheckBox] = {}
        self.activates_heading = heading()
        self.activates = QTableWidget(0, 2)
        self.activates.setObjectName("activates")
        self.activates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activates.verticalHeader().hide()
        self.activates.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.activates.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.activates.setMinimumHeight(160)
        self.preflight_heading = heading()
        self.preflight = FindingsTable()
        self.body.addWidget(self.windows_heading)
        self.body.addWidget(self.groups)
        self.body.addWidget(self.office_heading)
        self.body.addWidget(self.office_note)
        self.body.addLayout(self.office_grid)
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
        self.groups.resizeRowsToContents()
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
            return
        allowed = [e.group.id for e in self._eligibility if e.allowed and not e.group.is_office]
        group = state.key_group or (allowed[0] if allowed else None)
        if group is None:
            self.preflight.set_rows([])
            return
        report = session.preflight.evaluate(host, group, state.office_versions)
        findings = report.findings if state.key_group else ()
        rows = [finding_row(f) for f in findings if f.id in ("group-allowed", "host-update")]
        for office in report.office:
            rows += [finding_row(f, render_text(office.group.name)) for f in office.findings]
        self.preflight.set_rows(rows)

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
