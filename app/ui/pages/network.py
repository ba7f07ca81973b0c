"""Page 9, Network: the KMS port and the firewall, then a live reachability test.

"Apply" (a commit) sets the listening port when it changes (the service is
restarted) and enables the firewall rules for that port in the chosen profiles
(by rule Name, never by its translated display name): Domain is the stock rule
SPPSVC-In-TCP-NoScope (any address), Private and Public the stock SPPSVC-In-TCP
(local subnet only). Domain is ticked on a domain member, Public never by
default. The read-back shows what is in force, including a GPO that overrides
local rules. "Test reachability" connects from this computer to the host's
port, as a client would; on the host itself that proves nothing, and says so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox

from app.domain.flow import PageId, Target
from app.services.host_setup import ALL_PROFILES, FirewallProfile, prove_reachable
from app.services.host_setup.firewall import default_profiles
from app.services.host_setup.service_options import DEFAULT_PORT, port_warnings
from app.ui.context import WizardContext
from app.ui.messages import FindingRow, Level, fill, finding_row, worst_level
from app.ui.pages.base import WizardPage, heading, paragraph
from app.ui.widgets.findings_table import FindingsTable


class NetworkPage(WizardPage):
    page_id = PageId.NETWORK

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self._findings: list = []
        self.intro = paragraph()
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.valueChanged.connect(self._on_port_changed)
        self.port_note = paragraph()
        self.port_warning = paragraph()
        self.profile_boxes: dict[FirewallProfile, QCheckBox] = {}
        self.scope_labels: dict[FirewallProfile, QLabel] = {}
        profiles = QFormLayout()
        profiles.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for profile in ALL_PROFILES:
            box = QCheckBox()
            box.setObjectName(f"profile{profile.value}")
            # Public is never ticked by default: it is the network of cafés and airports.
            box.setChecked(profile is FirewallProfile.DOMAIN)
            box.toggled.connect(self.refresh_enabled)
            scope = QLabel()
            scope.setWordWrap(True)
            self.profile_boxes[profile] = box
            self.scope_labels[profile] = scope
            profiles.addRow(box, scope)
        self._port_label = QLabel()
        self._profiles_label = QLabel()
        self.port.setMinimumWidth(90)
        self.port.setMaximumWidth(120)
        port_row = QHBoxLayout()
        port_row.addWidget(self.port)
        port_row.addWidget(self.port_note, 1)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._port_label, port_row)
        form.addRow(self._profiles_label, profiles)
        self.apply = QPushButton()
        self.apply.setObjectName("applyNetwork")
        self.apply.clicked.connect(self.apply_settings)
        self.test = QPushButton()
        self.test.setObjectName("testReachability")
        self.test.clicked.connect(self.test_reachability)
        row = QHBoxLayout()
        row.addWidget(self.apply)
        row.addWidget(self.test)
        row.addStretch(1)
        self.result_heading = heading()
        self.results = FindingsTable()
        self.body.addWidget(self.intro)
        self.body.addLayout(form)
        self.body.addWidget(self.port_warning)
        self.body.addLayout(row)
        self.body.addWidget(self.result_heading)
        self.body.addWidget(self.results, 1)
        self.add_busy_widgets(self.apply, self.test, self.port)
        self.retranslate()

    @property
    def listening_port(self) -> int:
        host = self.ctx.host
        return host.kms.listening_port if host is not None else DEFAULT_PORT

    def chosen_profiles(self) -> list[FirewallProfile]:
        return [p for p, box in self.profile_boxes.items() if box.isChecked()]

    def initializePage(self) -> None:
        host = self.ctx.host
        if host is not None:
            ticked = set(default_profiles(host.part_of_domain))
            for profile, box in self.profile_boxes.items():
                box.setChecked(profile in ticked)
        self.port.setValue(self.listening_port)
        self._on_port_changed(self.port.value())

    @property
    def on_the_host(self) -> bool:
        """The wizard runs on the KMS host itself: its own connections are not filtered."""
        session = self.ctx.session
        return session is not None and session.kind is Target.THIS_COMPUTER

    def refresh_enabled(self) -> None:
        busy = self.operation.busy
        self.apply.setEnabled(not busy and bool(self.chosen_profiles()))
        self.test.setEnabled(not busy and self.ctx.host is not None)

    def _on_port_changed(self, port: int) -> None:
        rows = [finding_row(f) for f in port_warnings(port)]
        self.port_warning.setText("\n".join(f"{r.text} {r.fix}" for r in rows))
        self.port_warning.setStyleSheet(f"color: {Level.WARNING.colour};")
        self.port_warning.setVisible(bool(rows))
        self.port_note.setText(
            fill(
                QCoreApplication.translate(
                    "NetworkPage", "The host listens on port %1 now; 1688 is the standard port."
                ),
                self.listening_port,
            )
        )
        self.refresh_enabled()

    # --- actions ----------------------------------------------------------------------------

    def apply_settings(self) -> None:
        session = self.ctx.session
        profiles = self.chosen_profiles()
        if session is None or not profiles:
            return
        port = self.port.value()
        current = self.listening_port
        names = ", ".join(_profile_name(p) for p in profiles)
        if port != current:
            question = fill(
                QCoreApplication.translate(
                    "NetworkPage",
                    "Move the KMS service of %1 from port %2 to port %3 (it restarts) and open "
                    "TCP port %3 in its firewall for: %4?",
                ),
                self.ctx.target_name,
                current,
                port,
                names,
            )
        else:
            question = fill(
                QCoreApplication.translate(
                    "NetworkPage", "Open TCP port %1 in the firewall of %2 for: %3?"
                ),
                port,
                self.ctx.target_name,
                names,
            )
        if not self.confirm(question):
            return

        def work():
            findings = []
            if port != current:
                findings += session.options.set_port(port).findings
            findings += session.firewall.set_rule(
                enabled=True, profiles=[p.value for p in profiles], port=port
            ).findings
            return findings, session.inspector.inspect()

        self.run(
            QCoreApplication.translate("NetworkPage", "Applying the port and the firewall rule…"),
            work,
            self._on_applied,
        )

    def _on_applied(self, outcome) -> None:
        findings, host = outcome
        self.ctx.host = host
        self._findings = list(findings)
        self._render()
        self._on_port_changed(self.port.value())
        self.ctx.notify()

    def test_reachability(self) -> None:
        session, host = self.ctx.session, self.ctx.host
        if session is None or host is None:
            return
        port = self.listening_port
        self.run(
            fill(
                QCoreApplication.translate("NetworkPage", "Connecting to %1, port %2…"),
                host.fqdn,
                port,
            ),
            lambda: prove_reachable(
                session.probe,
                host.addresses,
                port,
                fallback_name=host.fqdn,
                from_the_host=self.on_the_host,
            ),
            self._on_tested,
        )

    def _on_tested(self, result) -> None:
        self._findings = list(result.findings)
        self._render()
        if result.from_the_host and result.reachable:
            level = Level.WARNING
            text = QCoreApplication.translate(
                "NetworkPage",
                "Tested on the KMS host itself: this proves nothing about the firewall. Test "
                "from a client.",
            )
        elif result.reachable:
            level = Level.OK
            text = QCoreApplication.translate("NetworkPage", "Clients can reach the KMS port.")
        else:
            level = Level.ERROR
            text = QCoreApplication.translate("NetworkPage", "The KMS port cannot be reached.")
        self.operation.show_message(text, level)

    def result_rows(self) -> list[FindingRow]:
        return [finding_row(f) for f in self._findings]

    def _render(self) -> None:
        rows = self.result_rows()
        self.results.set_rows(rows)
        self.result_heading.setVisible(bool(rows))
        if rows and worst_level(rows) is not Level.ERROR:
            self.operation.show_message(
                QCoreApplication.translate("NetworkPage", "Done."), worst_level(rows)
            )

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(
            QCoreApplication.translate(
                "NetworkPage", "Clients reach the KMS host on TCP port 1688 unless you change it."
            )
        )
        self.intro.setText(
            QCoreApplication.translate(
                "NetworkPage",
                "Windows Firewall blocks the KMS port until its rule is enabled. Enable it for "
                "the profile of the host's network: a domain member uses the Domain profile. "
                "Windows has two rules for KMS, and the one for Private and Public networks "
                "admits the local subnet only.",
            )
        )
        self._port_label.setText(QCoreApplication.translate("NetworkPage", "KMS port:"))
        self._profiles_label.setText(
            QCoreApplication.translate("NetworkPage", "Firewall profiles:")
        )
        for profile, box in self.profile_boxes.items():
            box.setText(_profile_name(profile))
            self.scope_labels[profile].setText(_scope_text(profile))
        self.apply.setText(QCoreApplication.translate("NetworkPage", "Apply…"))
        self.test.setText(QCoreApplication.translate("NetworkPage", "Test reachability"))
        self.result_heading.setText(QCoreApplication.translate("NetworkPage", "Result"))
        self._on_port_changed(self.port.value())
        self._render()


def _profile_name(profile: FirewallProfile) -> str:
    if profile is FirewallProfile.DOMAIN:
        return QCoreApplication.translate("NetworkPage", "Domain")
    if profile is FirewallProfile.PRIVATE:
        return QCoreApplication.translate("NetworkPage", "Private")
    return QCoreApplication.translate("NetworkPage", "Public")


def _scope_text(profile: FirewallProfile) -> str:
    """Which stock rule serves the profile, and whom it admits."""
    if profile is FirewallProfile.DOMAIN:
        return QCoreApplication.translate(
            "NetworkPage", "rule SPPSVC-In-TCP-NoScope: clients from any address"
        )
    return QCoreApplication.translate(
        "NetworkPage",
        "rule SPPSVC-In-TCP (Private and Public together): local subnet only",
    )
