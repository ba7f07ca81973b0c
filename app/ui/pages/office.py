"""Page 8, Office: per chosen version, its volume license pack, its host key, its activation.

One tab per Office version. The pack status says what to install when it is
missing (and how, for a host without internet access); the Office host key is
typed and checked like the Windows one; activation is online here, or by
phone on the next page (the same phone page, for each version chosen so).
Installing and activating are commits, each confirmed by name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.flow import PageId
from app.domain.keys import InvalidProductKey, ProductKey, parse_key
from app.i18n import render
from app.services.host_setup import OfficeReport, OfficeVersionReport, ProductChoice
from app.ui.context import WizardContext
from app.ui.messages import Level, fill, finding_row, office_name
from app.ui.pages.base import WizardPage, heading, paragraph
from app.ui.widgets.findings_table import FindingsTable
from app.ui.widgets.key_edit import SegmentedKeyEdit


@dataclass
class VersionTab:
    """The widgets of one Office version's tab."""

    version: str
    widget: QWidget
    status: FindingsTable
    key: SegmentedKeyEdit
    validation: QWidget
    install: QPushButton
    lab_key: QPushButton
    online: QRadioButton
    phone: QRadioButton
    activate: QPushButton
    headings: list = field(default_factory=list)


class OfficePage(WizardPage):
    page_id = PageId.OFFICE

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self._report: OfficeReport | None = None
        self._results: dict[str, list] = {}
        self.intro = paragraph()
        self.tabs = QTabWidget()
        self.tab_for: dict[str, VersionTab] = {}
        self.body.addWidget(self.intro)
        self.body.addWidget(self.tabs, 1)
        self.retranslate()

    def initializePage(self) -> None:
        self._build_tabs()
        self.check()

    def _build_tabs(self) -> None:
        versions = list(self.ctx.state.office_versions)
        if list(self.tab_for) == versions:
            return
        self.tabs.clear()
        self.tab_for = {}
        for version in versions:
            tab = self._make_tab(version)
            self.tab_for[version] = tab
            self.tabs.addTab(tab.widget, office_name(self.ctx.catalog.group(version)))
        self.retranslate()

    def _make_tab(self, version: str) -> VersionTab:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        status_heading, key_heading, activation_heading = heading(), heading(), heading()
        status = FindingsTable()
        key = SegmentedKeyEdit()
        validation = paragraph()
        install = QPushButton()
        install.setObjectName(f"install-{version}")
        lab_key = QPushButton()
        online, phone = QRadioButton(), QRadioButton()
        online.setChecked(version not in self.ctx.state.office_by_phone)
        phone.setChecked(version in self.ctx.state.office_by_phone)
        group = QButtonGroup(widget)
        group.addButton(online)
        group.addButton(phone)
        activate = QPushButton()
        activate.setObjectName(f"activate-{version}")
        key_row = QHBoxLayout()
        key_row.addWidget(install)
        key_row.addStretch(1)
        key_row.addWidget(lab_key)
        act_row = QHBoxLayout()
        act_row.addWidget(online)
        act_row.addWidget(activate)
        act_row.addSpacing(16)
        act_row.addWidget(phone)
        act_row.addStretch(1)
        layout.addWidget(status_heading)
        layout.addWidget(status, 1)
        for item in (key_heading, key, validation):
            layout.addWidget(item)
        layout.addLayout(key_row)
        layout.addWidget(activation_heading)
        layout.addLayout(act_row)
        tab = VersionTab(
            version,
            widget,
            status,
            key,
            validation,
            install,
            lab_key,
            online,
            phone,
            activate,
            [status_heading, key_heading, activation_heading],
        )
        key.changed.connect(lambda t=tab: self._on_key_changed(t))
        install.clicked.connect(lambda _c=False, t=tab: self.install_key(t))
        lab_key.clicked.connect(lambda _c=False, t=tab: self._on_lab_key(t))
        activate.clicked.connect(lambda _c=False, t=tab: self.activate(t))
        group.buttonToggled.connect(lambda _b, checked, t=tab: checked and self._on_method(t))
        self.add_busy_widgets(install, activate, key, online, phone, lab_key)
        return tab

    # --- checking ---------------------------------------------------------------------------

    def check(self) -> None:
        session = self.ctx.session
        versions = list(self.ctx.state.office_versions)
        if session is None or not versions:
            return
        self.run(
            QCoreApplication.translate("OfficePage", "Reading the Office state of the host…"),
            lambda: session.office.check(versions),
            self._on_checked,
        )

    def _on_checked(self, report: OfficeReport) -> None:
        self._report = report
        state = self.ctx.state
        for item in report.versions:
            if item.activated:
                state.office_done.add(item.group.id)
        self._render()
        self.ctx.notify()

    def report_for(self, version: str) -> OfficeVersionReport | None:
        if self._report is None:
            return None
        return next((v for v in self._report.versions if v.group.id == version), None)

    # --- actions ----------------------------------------------------------------------------

    def _typed_key(self, tab: VersionTab) -> tuple[ProductKey | None, str]:
        compact = tab.key.compact()
        if not compact:
            return None, ""
        if assembly := tab.key.assembly_problem():
            return None, assembly  # pieces of two keys are never "well-formed"
        try:
            key = parse_key(tab.key.text())
        except InvalidProductKey as problem:
            if len(compact) < 25:
                return None, ""
            return None, render(problem.message)
        edition = self.ctx.catalog.identify_gvlk(key)
        if edition is not None:
            return None, fill(
                QCoreApplication.translate(
                    "OfficePage",
                    "This is the KMS client setup key (GVLK) of %1, not an Office host key.",
                ),
                edition.name,
            )
        return key, ""

    def _on_key_changed(self, tab: VersionTab) -> None:
        key, problem = self._typed_key(tab)
        tab.validation.setText(problem or (key.masked if key else ""))
        colour = Level.ERROR.colour if problem else Level.OK.colour
        tab.validation.setStyleSheet(f"color: {colour};")
        self.refresh_enabled()

    def install_key(self, tab: VersionTab) -> None:
        session = self.ctx.session
        key, _problem = self._typed_key(tab)
        if session is None or key is None:
            return
        choice = ProductChoice(self.ctx.catalog.group(tab.version))
        name = office_name(choice.office) if choice.office else tab.version
        question = fill(
            QCoreApplication.translate("OfficePage", "Install the %1 host key %2 on %3?"),
            name,
            key.masked,
            self.ctx.target_name,
        )
        if not self.confirm(question):
            return
        versions = list(self.ctx.state.office_versions)

        def work():
            result = session.office.install_key(choice, key)
            return result, session.office.check(versions)

        self.run(
            fill(QCoreApplication.translate("OfficePage", "Installing %1…"), key.masked),
            work,
            lambda outcome: self._on_done(tab, outcome),
        )

    def activate(self, tab: VersionTab) -> None:
        session = self.ctx.session
        if session is None:
            return
        choice = ProductChoice(self.ctx.catalog.group(tab.version))
        name = office_name(choice.office) if choice.office else tab.version
        question = fill(
            QCoreApplication.translate("OfficePage", "Activate the %1 host key on %2 online now?"),
            name,
            self.ctx.target_name,
        )
        if not self.confirm(question):
            return
        versions = list(self.ctx.state.office_versions)

        def work():
            result = session.office.activate(choice)
            return result, session.office.check(versions)

        self.run(
            fill(QCoreApplication.translate("OfficePage", "Activating %1 online…"), name),
            work,
            lambda outcome: self._on_done(tab, outcome),
        )

    def _on_done(self, tab: VersionTab, outcome) -> None:
        result, report = outcome
        self._results[tab.version] = list(result.findings)
        self._on_checked(report)

    def _on_method(self, tab: VersionTab) -> None:
        state = self.ctx.state
        if tab.phone.isChecked():
            state.office_by_phone.add(tab.version)
        else:
            state.office_by_phone.discard(tab.version)
        self.refresh_enabled()
        self.ctx.notify()

    def _on_lab_key(self, tab: VersionTab) -> None:
        session = self.ctx.session
        if session is None or session.lab is None:
            return
        key = session.lab.host_key(tab.version)
        if key:
            tab.key.set_key(key)

    # --- showing ----------------------------------------------------------------------------

    def refresh_enabled(self) -> None:
        lab = self.ctx.session is not None and self.ctx.session.lab is not None
        busy = self.operation.busy
        for version, tab in self.tab_for.items():
            report = self.report_for(version)
            has_key = report is not None and report.host_product is not None
            activated = report is not None and report.activated
            pack = report is not None and report.pack_present and report.allowed
            key, _problem = self._typed_key(tab)
            tab.install.setEnabled(not busy and pack and key is not None and not activated)
            tab.lab_key.setVisible(lab)
            tab.phone.setEnabled(not busy and has_key and not activated)
            tab.online.setEnabled(not busy and not activated)
            tab.activate.setEnabled(
                not busy and has_key and not activated and tab.online.isChecked()
            )

    def _render(self) -> None:
        for version, tab in self.tab_for.items():
            report = self.report_for(version)
            rows = [finding_row(f) for f in report.findings] if report else []
            rows += [finding_row(f) for f in self._results.get(version, [])]
            tab.status.set_rows(rows)
        self.refresh_enabled()

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(
            QCoreApplication.translate(
                "OfficePage", "Each Office version has its own host key and volume license pack."
            )
        )
        self.intro.setText(
            QCoreApplication.translate(
                "OfficePage",
                "The Office host key goes onto the KMS host (not onto the Office clients) once "
                "the version's volume license pack is installed there. Office itself need not "
                "be installed on the host.",
            )
        )
        for index, (version, tab) in enumerate(self.tab_for.items()):
            self.tabs.setTabText(index, office_name(self.ctx.catalog.group(version)))
            status_heading, key_heading, activation_heading = tab.headings
            status_heading.setText(QCoreApplication.translate("OfficePage", "State on the host"))
            key_heading.setText(QCoreApplication.translate("OfficePage", "Office host key"))
            activation_heading.setText(QCoreApplication.translate("OfficePage", "Activation"))
            tab.install.setText(QCoreApplication.translate("OfficePage", "Install the key…"))
            tab.lab_key.setText(QCoreApplication.translate("OfficePage", "Use the lab's key"))
            tab.online.setText(QCoreApplication.translate("OfficePage", "Online"))
            tab.activate.setText(QCoreApplication.translate("OfficePage", "Activate online…"))
            tab.phone.setText(QCoreApplication.translate("OfficePage", "By phone (next page)"))
            self._on_key_changed(tab)
        self._render()
