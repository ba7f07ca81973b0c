"""Page 10, DNS: the host's SRV publishing and domains, "Verify", and dynamic update.

- Publishing: the host registers ``_vlmcs._tcp`` in its own domain and in
  every extra domain listed with its SRV priority and weight
  (``DnsDomainPublishList``). With a list the host publishes in the listed
  domains only, so the own-domain row is written into it like the others, with
  its priority and weight; "Apply" (a commit) writes that and restarts the
  licensing service so the host publishes at once.
- "Verify" runs the DNS check (``DnsCheckService``) for every domain, as the
  clients will meet it: the findings table is green, amber or red, and for a
  missing or wrong record the page shows the record to create by hand (DNS
  Manager fields, the PowerShell command, the BIND zone line), copyable.
- Optional: publish the record by RFC 2136 dynamic update, signed with a TSIG
  key, on servers that accept it (BIND).
- Active Directory–integrated zones take no such update: name a domain
  controller, read what its DNS server holds (and who owns the record: a host
  can update only its own), confirm, and the record is published there by the
  DNS server's own cmdlets over WinRM, then read back
  (``DnsServerPublishService``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from app.domain.dns import CheckId, DnsCheckReport, DnsCheckRequest, Severity
from app.domain.dns_evaluation.view import CheckView
from app.domain.dns_input import DnsInputError, parse_domain_name, parse_nameserver
from app.domain.dns_remedies import (
    bind_zone_line,
    dns_manager_fields,
    powershell_command,
    srv_publication,
)
from app.domain.dns_server_records import ServerPublishReport
from app.domain.dns_update import PublishMode, PublishRequest
from app.domain.flow import PageId
from app.domain.text import QT_TRANSLATE_N_NOOP
from app.domain.tsig_key import read_tsig_key_file
from app.i18n import render, render_text
from app.services.dns_server_publish import DnsServerPublishService
from app.services.host_setup import DnsPublishingResult, HostInfo, PublishDomain
from app.services.host_setup.dns_publishing import InvalidPublishDomain, publish_domain
from app.ui.context import WizardContext
from app.ui.messages import (
    ErrorReport,
    FindingRow,
    Level,
    dns_finding_row,
    fill,
    finding_row,
    worst_level,
)
from app.ui.pages.base import WizardPage, heading, paragraph
from app.ui.widgets.findings_table import FindingsTable

# A plural is extracted as one only from this marker (lupdate needs a literal count).
PROBLEMS_FOUND = QT_TRANSLATE_N_NOOP(
    "DnsPage", "%n problem(s) found: clients may not find this host.", None, 0
)
# An error in one of these checks means the record itself must be created or corrected.
RECORD_CHECKS = frozenset(
    {CheckId.SRV_PRESENT, CheckId.SRV_CONSISTENT, CheckId.EXPECTED_HOST, CheckId.PORT}
)


class DnsPage(WizardPage):
    page_id = PageId.DNS

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self._reports: list[tuple[PublishDomain, DnsCheckReport]] = []
        self._publish_findings: list = []
        self._update_rows: list[FindingRow] = []
        self._dc_rows: list[FindingRow] = []
        self._loaded_for = ""
        self.intro = paragraph()
        # Publishing
        self.publishing_box = QGroupBox()
        self.publishing = QCheckBox()
        self.publishing.setChecked(True)
        self.domains = QTableWidget(0, 3)
        self.domains.setObjectName("domains")
        self.domains.verticalHeader().hide()
        self.domains.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.domains.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.domains.setFixedHeight(120)
        self.domains.itemChanged.connect(self._on_domains_edited)
        self.add_domain = QPushButton()
        self.add_domain.clicked.connect(lambda: self.add_domain_row("", 0, 0, edit=True))
        self.remove_domain = QPushButton()
        self.remove_domain.clicked.connect(self._on_remove_domain_clicked)
        self.apply = QPushButton()
        self.apply.setObjectName("applyPublishing")
        self.apply.clicked.connect(self.apply_publishing)
        buttons = QHBoxLayout()
        for button in (self.add_domain, self.remove_domain):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply)
        box = QFormLayout(self.publishing_box)
        box.addRow(self.publishing)
        box.addRow(self.domains)
        box.addRow(buttons)
        # Verify
        self.verify = QPushButton()
        self.verify.setObjectName("verifyDns")
        self.verify.clicked.connect(self.verify_dns)
        self.verdict = paragraph()
        self.verdict.setObjectName("dnsVerdict")
        self.findings = FindingsTable(with_where=True, worst_first=True)
        self.findings.setMinimumHeight(160)
        self.remedies_heading = heading()
        self.remedies = QPlainTextEdit()
        self.remedies.setObjectName("remedies")
        self.remedies.setReadOnly(True)
        self.remedies.setMinimumHeight(150)
        self.copy_remedies = QPushButton()
        self.copy_remedies.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.remedies.toPlainText())
        )
        remedies_row = QHBoxLayout()
        remedies_row.addStretch(1)
        remedies_row.addWidget(self.copy_remedies)
        # Dynamic update
        self.update_box = QGroupBox()
        self.update_box.setCheckable(True)
        self.update_box.setChecked(False)
        self.update_note = paragraph()
        self.server = QLineEdit()
        self.server.setObjectName("dnsServer")
        self.key_file = QLineEdit()
        self.key_file.setObjectName("tsigKeyFile")
        self.browse_key = QPushButton()
        self.browse_key.clicked.connect(self._on_browse_key_clicked)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_file, 1)
        key_row.addWidget(self.browse_key)
        self.publish_update = QPushButton()
        self.publish_update.setObjectName("publishDynamicUpdate")
        self.publish_update.clicked.connect(self.publish_dynamic_update)
        self._server_label, self._key_label = QLabel(), QLabel()
        update = QFormLayout(self.update_box)
        update.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        update.addRow(self.update_note)
        update.addRow(self._server_label, self.server)
        update.addRow(self._key_label, key_row)
        update_row = QHBoxLayout()
        update_row.addStretch(1)
        update_row.addWidget(self.publish_update)
        update.addRow(update_row)
        # Active Directory: the record on a domain controller, by its own DnsServer cmdlets
        self.dc_box = QGroupBox()
        self.dc_box.setObjectName("adZoneBox")
        self.dc_box.setCheckable(True)
        self.dc_box.setChecked(False)
        self.dc_note = paragraph()
        self.dc_name = QLineEdit()
        self.dc_name.setObjectName("domainController")
        self.dc_read = QPushButton()
        self.dc_read.setObjectName("readOnDomainController")
        self.dc_read.clicked.connect(self.read_on_domain_controller)
        self.dc_publish = QPushButton()
        self.dc_publish.setObjectName("publishOnDomainController")
        self.dc_publish.clicked.connect(self.publish_on_domain_controller)
        self._dc_label = QLabel()
        dc_form = QFormLayout(self.dc_box)
        dc_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        dc_form.addRow(self.dc_note)
        # "Read the record" beside the name it reads from; publishing on a row of its own,
        # so that both fit side by side with the field in every language.
        name_row = QHBoxLayout()
        name_row.addWidget(self.dc_name, 1)
        name_row.addWidget(self.dc_read)
        dc_form.addRow(self._dc_label, name_row)
        dc_row = QHBoxLayout()
        dc_row.addStretch(1)
        dc_row.addWidget(self.dc_publish)
        dc_form.addRow(dc_row)
        verify_row = QHBoxLayout()
        verify_row.addWidget(self.verify)
        verify_row.addStretch(1)
        self.body.addWidget(self.intro)
        self.body.addWidget(self.publishing_box)
        self.body.addLayout(verify_row)
        self.body.addWidget(self.verdict)
        self.body.addWidget(self.findings)
        self.body.addWidget(self.remedies_heading)
        self.body.addWidget(self.remedies)
        self.body.addLayout(remedies_row)
        self.body.addWidget(self.update_box)
        self.body.addWidget(self.dc_box)
        self.add_busy_widgets(
            self.apply,
            self.verify,
            self.publish_update,
            self.dc_read,
            self.dc_publish,
            self.add_domain,
            self.remove_domain,
            self.domains,
        )
        self.retranslate()

    # --- the domain list ---------------------------------------------------------------------

    @property
    def own_domain(self) -> str:
        host = self.ctx.host
        if host is None or not host.part_of_domain or not host.domain:
            return ""
        return host.domain.lower().rstrip(".")

    def initializePage(self) -> None:
        host, session = self.ctx.host, self.ctx.session
        if host is None:
            return
        if self._loaded_for != host.fqdn:
            self._loaded_for = host.fqdn
            self.publishing.setChecked(host.kms.dns_publishing)
            self.domains.setRowCount(0)
            listed = list(host.licensing.dns_domains)
            if self.own_domain:
                mine = next((e for e in listed if e.domain == self.own_domain), None)
                numbers = (mine.priority, mine.weight) if mine else (0, 0)
                self.add_domain_row(self.own_domain, *numbers, own=True)
            for entry in listed:
                if entry.domain != self.own_domain:
                    self.add_domain_row(entry.domain, entry.priority, entry.weight)
        if session is not None and not self.server.text():
            if session.dynamic_update_server is not None:
                self.server.setText(str(session.dynamic_update_server))
            if session.tsig_key_file:
                self.key_file.setText(session.tsig_key_file)
        if session is not None and session.lab_dns_server and not self.dc_name.text():
            self.dc_name.setText(session.lab_dns_server)

    def add_domain_row(
        self, domain: str, priority: int, weight: int, *, own: bool = False, edit: bool = False
    ) -> None:
        blocked = self.domains.blockSignals(True)
        row = self.domains.rowCount()
        self.domains.insertRow(row)
        name = QTableWidgetItem(domain)
        if own:
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setToolTip(
                QCoreApplication.translate(
                    "DnsPage",
                    "The host's own domain. When other domains are listed it is written into "
                    "the list too, with this priority and weight: a KMS host given a list "
                    "publishes only in the domains listed.",
                )
            )
        self.domains.setItem(row, 0, name)
        self.domains.setItem(row, 1, QTableWidgetItem(str(priority)))
        self.domains.setItem(row, 2, QTableWidgetItem(str(weight)))
        self.domains.blockSignals(blocked)
        if edit:
            self.domains.setCurrentCell(row, 0)
            self.domains.editItem(name)
        self._on_domains_edited()

    def entries(self) -> list[PublishDomain]:
        """Every domain row, validated (raises InvalidPublishDomain on the first bad one)."""
        found = []
        for row in range(self.domains.rowCount()):
            cells = [self.domains.item(row, c) for c in range(3)]
            domain, priority, weight = (c.text().strip() if c else "" for c in cells)
            if not domain:
                continue
            found.append(publish_domain(domain, priority or "0", weight or "0"))
        return found

    def _on_domains_edited(self, *_args: object) -> None:
        self._reports = []
        self._render()

    def _on_remove_domain_clicked(self) -> None:
        row = self.domains.currentRow()
        item = self.domains.item(row, 0) if row >= 0 else None
        if item is None or item.text().strip().lower() == self.own_domain:
            return
        self.domains.removeRow(row)
        self._on_domains_edited()

    def _validated(self) -> list[PublishDomain] | None:
        try:
            return self.entries()
        except InvalidPublishDomain as bad:
            self.operation.show_error(ErrorReport(render(bad.finding.message)))
            return None

    # --- actions --------------------------------------------------------------------------

    def apply_publishing(self) -> None:
        session = self.ctx.session
        entries = self._validated()
        if session is None or entries is None:
            return
        enabled = self.publishing.isChecked()
        shown = ", ".join(_entry_text(e) for e in entries) or "—"
        if enabled:
            question = fill(
                QCoreApplication.translate(
                    "DnsPage",
                    "Let %1 publish its SRV record in: %2? Its licensing service restarts to "
                    "publish at once.",
                ),
                self.ctx.target_name,
                shown,
            )
        else:
            question = fill(
                QCoreApplication.translate(
                    "DnsPage",
                    "Turn DNS publishing off on %1? Records it published before stay in DNS.",
                ),
                self.ctx.target_name,
            )
        if not self.confirm(question):
            return
        self.run(
            QCoreApplication.translate("DnsPage", "Applying the publishing settings…"),
            lambda: (
                session.publishing.set_publishing(enabled, entries),
                session.inspector.inspect(),
            ),
            self._on_published,
        )

    def _on_published(self, outcome: tuple[DnsPublishingResult, HostInfo]) -> None:
        result, host = outcome
        self.ctx.host = host
        self._publish_findings = list(result.findings)
        self._render()
        self.ctx.notify()

    def verify_dns(self) -> None:
        session = self.ctx.session
        entries = self._validated()
        if session is None or entries is None or not entries:
            return
        lookup = session.dns_lookup

        def work():
            host = session.inspector.inspect()
            reports = []
            for entry in entries:
                request = DnsCheckRequest(
                    domain=entry.domain,
                    nameservers=lookup.nameservers,
                    dns_port=lookup.dns_port,
                    host=host.fqdn,
                    port=host.kms.listening_port,
                    timeout=lookup.timeout,
                    host_addresses=host.addresses,
                )
                reports.append((entry, session.dns_check.run(request)))
            return host, reports

        self.run(
            QCoreApplication.translate("DnsPage", "Asking the DNS servers…"),
            work,
            self._on_verified,
        )

    def _on_verified(self, outcome) -> None:
        host, reports = outcome
        self.ctx.host = host
        self._reports = list(reports)
        self._render()

    def publish_dynamic_update(self) -> None:
        session, host = self.ctx.session, self.ctx.host
        entries = self._validated()
        if session is None or host is None or entries is None or not entries:
            return
        try:
            server = parse_nameserver(self.server.text().strip())
        except DnsInputError as problem:
            self.operation.show_error(ErrorReport(render(problem.message)))
            return
        key_path = self.key_file.text().strip()
        port = host.kms.listening_port
        try:
            records = [
                srv_publication(
                    e.domain, host.fqdn, port=port, priority=e.priority, weight=e.weight
                )
                for e in entries
            ]
        except DnsInputError as problem:
            self.operation.show_error(ErrorReport(render(problem.message)))
            return
        question = fill(
            QCoreApplication.translate(
                "DnsPage", "Publish the SRV record of %1 (port %2) on the DNS server %3 for: %4?"
            ),
            host.fqdn,
            port,
            str(server),
            ", ".join(r.domain for r in records),
        )
        if not self.confirm(question):
            return

        def work():
            key = read_tsig_key_file(key_path) if key_path else None
            return [
                session.dns_publisher.publish(PublishRequest(record, server), key)
                for record in records
            ]

        self.run(
            QCoreApplication.translate("DnsPage", "Sending the dynamic update…"),
            work,
            self._on_updated,
        )

    def _on_updated(self, reports) -> None:
        rows = []
        for report in reports:
            fix = report.fix()
            rows.append(
                FindingRow(
                    Level.OK if report.status.succeeded else Level.ERROR,
                    render(report.summary()),
                    render(fix) if fix is not None else "",
                    report.request.record.domain,
                )
            )
        self._update_rows = rows
        self._render()

    # --- Active Directory: the domain controller's DNS server ---------------------------

    def _domain_controller_plan(self):
        """The DC's name and the records to publish there, or None (an error was shown)."""
        session, host = self.ctx.session, self.ctx.host
        entries = self._validated()
        if session is None or host is None or entries is None or not entries:
            return None
        if session.open_dns_server is None:
            self.operation.show_error(
                ErrorReport(
                    QCoreApplication.translate(
                        "DnsPage",
                        "This connection cannot reach another machine: connect to the KMS "
                        "host over WinRM (or use the lab) to work on a domain controller.",
                    )
                )
            )
            return None
        try:
            server = parse_domain_name(self.dc_name.text().strip(), what="DC")
            records = [
                srv_publication(
                    e.domain,
                    host.fqdn,
                    port=host.kms.listening_port,
                    priority=e.priority,
                    weight=e.weight,
                )
                for e in entries
            ]
        except DnsInputError as problem:
            self.operation.show_error(ErrorReport(render(problem.message)))
            return None
        return session, host, server, records

    def _on_domain_controller(self, publish: bool) -> None:
        plan = self._domain_controller_plan()
        if plan is None:
            return
        session, host, server, records = plan
        if publish:
            question = fill(
                QCoreApplication.translate(
                    "DnsPage",
                    "Publish the SRV record of %1 (port %2) on the DNS server of the domain "
                    "controller %3, with Add-DnsServerResourceRecord, for: %4?",
                ),
                host.fqdn,
                host.kms.listening_port,
                server,
                ", ".join(r.domain for r in records),
            )
            if not self.confirm(question):
                return

        def work():
            runner = session.open_dns_server(server)
            try:
                service = DnsServerPublishService(runner, server)
                reports = [
                    service.publish(r, PublishMode.ADD) if publish else service.read(r)
                    for r in records
                ]
            finally:
                runner.close()
            # Why the host does (not) keep the record itself: its setting, events 12293/12294.
            return reports, session.publishing.publishing_reasons()

        busy = (
            QCoreApplication.translate("DnsPage", "Publishing on the domain controller…")
            if publish
            else QCoreApplication.translate("DnsPage", "Reading the domain controller's DNS…")
        )
        self.run(busy, work, lambda outcome: self._on_domain_controller_done(outcome, publish))

    def read_on_domain_controller(self) -> None:
        """Read-only: what the DC's zone holds, and whether the host can keep its record."""
        self._on_domain_controller(publish=False)

    def publish_on_domain_controller(self) -> None:
        """After confirmation: the record on the DC, read back."""
        self._on_domain_controller(publish=True)

    def _on_domain_controller_done(self, outcome, published: bool) -> None:
        reports, reasons = outcome
        rows = []
        for report in reports:
            rows += _domain_controller_rows(report, published)
        rows += [finding_row(f, self.ctx.target_name) for f in reasons]
        self._dc_rows = rows
        self._render()

    # --- showing ----------------------------------------------------------------------------

    def check_rows(self) -> list[FindingRow]:
        rows = []
        for entry, report in self._reports:
            rows += [dns_finding_row(f, entry.domain) for f in report.findings]
        return rows

    @property
    def reports(self) -> list[tuple[PublishDomain, DnsCheckReport]]:
        """The last verification: each domain with its DNS check report."""
        return list(self._reports)

    @property
    def verified_ok(self) -> bool | None:
        """None before a verification; else whether no domain has an error."""
        if not self._reports:
            return None
        return not any(report.has_errors for _entry, report in self._reports)

    def _render(self) -> None:
        rows = [
            finding_row(f, QCoreApplication.translate("DnsPage", "publishing"))
            for f in self._publish_findings
        ]
        rows += self._update_rows
        rows += self._dc_rows
        rows += self.check_rows()
        self.findings.set_rows(rows)
        self.findings.setVisible(bool(rows))
        verified = self.verified_ok
        if verified is None:
            self.verdict.setText(
                QCoreApplication.translate(
                    "DnsPage", "Not verified yet: press Verify to ask the DNS servers."
                )
            )
            self.verdict.setStyleSheet("color: #5f6b7a;")
        elif verified:
            self.verdict.setText(
                QCoreApplication.translate(
                    "DnsPage", "Clients find this host in every domain listed."
                )
            )
            self.verdict.setStyleSheet(f"color: {Level.OK.colour}; font-weight: bold;")
        else:
            errors = sum(r.count(Severity.ERROR) for _e, r in self._reports)
            self.verdict.setText(render_text(PROBLEMS_FOUND, n=errors))
            self.verdict.setStyleSheet(f"color: {Level.ERROR.colour}; font-weight: bold;")
        text = self._remedies_text()
        self.remedies.setPlainText(text)
        for widget in (self.remedies_heading, self.remedies, self.copy_remedies):
            widget.setVisible(bool(text))

    def _remedies_text(self) -> str:
        host = self.ctx.host
        if host is None:
            return ""
        blocks = []
        for entry, report in self._reports:
            # Only when some server answered: without an answer nobody knows (review E3).
            needs = CheckView(report.observations).record_known() and any(
                f.severity is Severity.ERROR and f.check in RECORD_CHECKS for f in report.findings
            )
            if not needs:
                continue
            try:
                record = srv_publication(
                    entry.domain,
                    host.fqdn,
                    port=host.kms.listening_port,
                    priority=entry.priority,
                    weight=entry.weight,
                )
            except DnsInputError:
                continue
            zone = report.zone.rstrip(".") if report.zone else None
            fields = "\n".join(
                f"  {render_text(name)}: {value}" for name, value in dns_manager_fields(record)
            )
            blocks.append(
                "\n".join(
                    [
                        fill(
                            QCoreApplication.translate(
                                "DnsPage", "Domain %1: create this SRV record."
                            ),
                            entry.domain,
                        ),
                        QCoreApplication.translate(
                            "DnsPage",
                            "DNS Manager (New Other Records → Service Location (SRV)):",
                        ),
                        fields,
                        QCoreApplication.translate(
                            "DnsPage", "PowerShell on the Windows DNS server:"
                        ),
                        "  " + powershell_command(record, zone),
                        QCoreApplication.translate("DnsPage", "BIND zone file:"),
                        "  " + bind_zone_line(record, zone),
                    ]
                )
            )
        return "\n\n".join(blocks)

    @property
    def worst(self) -> Level:
        return worst_level(self.check_rows())

    def _on_browse_key_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("DnsPage", "TSIG key file")
        )
        if path:
            self.key_file.setText(path)

    def retranslate(self) -> None:
        super().retranslate()
        self.domains.setAccessibleName(QCoreApplication.translate("DnsPage", "Domains to check"))
        self.setSubTitle(
            QCoreApplication.translate(
                "DnsPage", "Clients find their KMS host through the _vlmcs._tcp SRV record."
            )
        )
        self.intro.setText(
            QCoreApplication.translate(
                "DnsPage",
                "A KMS host publishes its SRV record in its own DNS domain by itself, if the "
                "zone accepts its dynamic updates. Add the other domains whose clients it "
                "serves; with several hosts, the priority (lower first) and the weight "
                "(larger gets more clients) share the clients out. Once other domains are "
                "listed, the host publishes only in the listed ones: its own domain stays in "
                "the list.",
            )
        )
        self.publishing_box.setTitle(QCoreApplication.translate("DnsPage", "Publishing"))
        self.publishing.setText(
            QCoreApplication.translate("DnsPage", "The host publishes its SRV record (recommended)")
        )
        self.domains.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("DnsPage", "Domain"),
                QCoreApplication.translate("DnsPage", "Priority"),
                QCoreApplication.translate("DnsPage", "Weight"),
            ]
        )
        self.add_domain.setText(QCoreApplication.translate("DnsPage", "Add a domain"))
        self.remove_domain.setText(QCoreApplication.translate("DnsPage", "Remove"))
        self.apply.setText(QCoreApplication.translate("DnsPage", "Apply…"))
        self.verify.setText(QCoreApplication.translate("DnsPage", "Verify"))
        self.remedies_heading.setText(
            QCoreApplication.translate("DnsPage", "Create the record by hand")
        )
        self.copy_remedies.setText(QCoreApplication.translate("DnsPage", "Copy"))
        self.update_box.setTitle(
            QCoreApplication.translate("DnsPage", "Publish by dynamic update (RFC 2136)")
        )
        self.update_note.setText(
            QCoreApplication.translate(
                "DnsPage",
                "For DNS servers that accept signed updates (BIND): the wizard sends the "
                "record itself, signed with the zone's TSIG key, then asks the server again.",
            )
        )
        self._server_label.setText(QCoreApplication.translate("DnsPage", "DNS server:"))
        self._key_label.setText(QCoreApplication.translate("DnsPage", "TSIG key file:"))
        self.server.setPlaceholderText(
            QCoreApplication.translate("DnsPage", "IP address, optionally :port")
        )
        self.browse_key.setText(QCoreApplication.translate("DnsPage", "Browse…"))
        self.publish_update.setText(
            QCoreApplication.translate("DnsPage", "Publish by dynamic update…")
        )
        self.dc_box.setTitle(
            QCoreApplication.translate(
                "DnsPage", "My zone is Active Directory–integrated"
            )
        )
        self.dc_note.setText(
            QCoreApplication.translate(
                "DnsPage",
                "Active Directory zones accept only Kerberos-signed updates: no key file works "
                "there. Name a domain controller that runs DNS; the wizard reads what its DNS "
                "server holds and, once you confirm, creates the record with the server's own "
                "Add-DnsServerResourceRecord over WinRM (same account as the KMS host), then "
                "reads it back.",
            )
        )
        self._dc_label.setText(QCoreApplication.translate("DnsPage", "Domain controller:"))
        self.dc_name.setPlaceholderText(
            QCoreApplication.translate("DnsPage", "its name, e.g. dc01.example.com")
        )
        self.dc_read.setText(QCoreApplication.translate("DnsPage", "Read the record"))
        self.dc_publish.setText(
            QCoreApplication.translate("DnsPage", "Publish on the domain controller…")
        )
        self._render()


def _entry_text(entry: PublishDomain) -> str:
    return fill(
        QCoreApplication.translate("DnsPage", "%1 (priority %2, weight %3)"),
        entry.domain,
        entry.priority,
        entry.weight,
    )


def _domain_controller_rows(report: ServerPublishReport, published: bool) -> list[FindingRow]:
    """One row for what the DC answered (read or publish), then the owner problem, if any."""
    fix = report.fix()
    if published or not report.status.succeeded:
        level = Level.OK if report.status.succeeded else Level.ERROR
        text = render(report.summary())
    else:
        state = report.before
        held = ", ".join(str(r) for r in state.records) if state else ""
        level = Level.OK if held else Level.WARNING
        text = fill(
            QCoreApplication.translate("DnsPage", "Zone %1 on %2 holds: %3"),
            report.zone or "?",
            report.server,
            held or QCoreApplication.translate("DnsPage", "no _vlmcs._tcp record for this domain"),
        )
    rows = [FindingRow(level, text, render(fix) if fix else "", report.record.domain)]
    for detail, note_fix in report.notes():
        rows.append(FindingRow(Level.WARNING, render(detail), render(note_fix), report.server))
    return rows
