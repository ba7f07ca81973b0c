"""Page 11, Host ready: the dashboard — the count against the thresholds, and what is missing.

A new KMS host activates nobody until enough machines have asked it: Windows
Server machines once its count reaches 5, Windows clients at 25, each Office
version at 5 on its own count. The dashboard shows each threshold as a bar
with its sentence, and the explanations (duplicate machine IDs, failed
requests, other hosts in DNS). From here the wizard goes on to the clients
when the client pages are part of it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton

from app.domain.flow import PageId
from app.i18n import render
from app.services.host_setup import Dashboard, ThresholdProgress
from app.ui.context import WizardContext
from app.ui.messages import fill, finding_row, office_name
from app.ui.pages.base import WizardPage, heading, paragraph
from app.ui.widgets.findings_table import FindingsTable
from app.ui.widgets.layouts import clear_layout

LAB_HOURS = 2


_REACHED_TINT = "#8fd19e"  # light green: threshold reached
_WAITING_TINT = "#f5c77e"  # light amber: still waiting for clients

class HostReadyPage(WizardPage):
    page_id = PageId.HOST_READY

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.dashboard: Dashboard | None = None
        self.count = QLabel()
        self.count.setObjectName("count")
        font = self.count.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.count.setFont(font)
        self.count.setWordWrap(True)
        self.grid = QGridLayout()
        self.bars: list[tuple[QProgressBar, QLabel]] = []
        self.refresh = QPushButton()
        self.refresh.setObjectName("refreshDashboard")
        self.refresh.clicked.connect(self.load)
        self.lab_time = QPushButton()
        self.lab_time.setObjectName("labTime")
        self.lab_time.clicked.connect(self.let_lab_time_pass)
        self.to_clients = QPushButton()
        self.to_clients.setObjectName("toClients")
        self.to_clients.clicked.connect(self._on_to_clients_clicked)
        self.to_summary = QPushButton()
        self.to_summary.setObjectName("toSummary")
        self.to_summary.clicked.connect(self._on_to_summary_clicked)
        row = QHBoxLayout()
        row.addWidget(self.refresh)
        row.addWidget(self.lab_time)
        row.addStretch(1)
        onwards = QHBoxLayout()  # a row of its own: German and the pseudo-locale run long
        onwards.addStretch(1)
        onwards.addWidget(self.to_summary)
        onwards.addWidget(self.to_clients)
        self.explain_heading = heading()
        self.findings = FindingsTable()
        self.next_steps = paragraph()
        self.body.addWidget(self.count)
        self.body.addLayout(self.grid)
        self.body.addLayout(row)
        self.body.addLayout(onwards)
        self.body.addWidget(self.explain_heading)
        self.body.addWidget(self.findings, 1)
        self.body.addWidget(self.next_steps)
        self.add_busy_widgets(self.refresh, self.lab_time, self.to_clients, self.to_summary)
        self.retranslate()

    def initializePage(self) -> None:
        session = self.ctx.session
        self.lab_time.setVisible(session is not None and session.lab is not None)
        wizard = self.wizard()
        self.to_clients.setVisible(
            wizard is not None and int(PageId.CLIENTS_INVENTORY) in wizard.pageIds()
        )
        self.to_summary.setVisible(wizard is not None and int(PageId.SUMMARY) in wizard.pageIds())
        self.load()

    def load(self) -> None:
        session = self.ctx.session
        if session is None:
            return
        self.run(
            QCoreApplication.translate("HostReadyPage", "Reading the host's count…"),
            session.dashboard.dashboard,
            self._on_loaded,
        )

    def let_lab_time_pass(self) -> None:
        session = self.ctx.session
        if session is None or session.lab is None:
            return
        lab = session.lab

        def work():
            lab.advance_hours(LAB_HOURS)
            return session.dashboard.dashboard()

        self.run(
            QCoreApplication.translate("HostReadyPage", "Letting time pass in the lab…"),
            work,
            self._on_loaded,
        )

    def _on_loaded(self, dashboard: Dashboard) -> None:
        self.dashboard = dashboard
        self.ctx.host = dashboard.host
        self._render()
        self.ctx.notify()

    def _render(self) -> None:
        board = self.dashboard
        clear_layout(self.grid)
        self.bars = []
        if board is None:
            self.count.clear()
            self.findings.set_rows([])
            return
        if board.is_kms_host:
            self.count.setText(
                fill(
                    QCoreApplication.translate("HostReadyPage", "%1 is a KMS host. Its count: %2"),
                    board.host.fqdn,
                    board.count,
                )
            )
        else:
            self.count.setText(
                fill(
                    QCoreApplication.translate("HostReadyPage", "%1 is not a KMS host yet."),
                    board.host.fqdn,
                )
            )
        progress: list[tuple[str, ThresholdProgress]] = [
            (_family_title(p.family.value), p) for p in board.windows
        ]
        progress += [(office_name(o.group), o.progress) for o in board.office]
        for index, (title, item) in enumerate(progress):
            bar = QProgressBar()
            bar.setRange(0, item.threshold)
            bar.setValue(min(item.count, item.threshold))
            bar.setFormat(f"{item.count} / {item.threshold}")
            # A style sheet for the chunk's colour replaces the platform style, so the
            # frame and the centred count are given too; light tints keep it readable.
            chunk = _REACHED_TINT if item.reached else _WAITING_TINT
            bar.setStyleSheet(
                "QProgressBar { border: 1px solid #9aa5b1; border-radius: 3px; "
                "background: white; text-align: center; color: #1b1f23; }"
                f"QProgressBar::chunk {{ background: {chunk}; border-radius: 2px; }}"
            )
            text = QLabel(render(item.message))
            text.setWordWrap(True)
            self.grid.addWidget(QLabel(title), index, 0)
            self.grid.addWidget(bar, index, 1)
            self.grid.addWidget(text, index, 2)
            self.bars.append((bar, text))
        self.grid.setColumnStretch(2, 1)
        self.findings.set_rows([finding_row(f) for f in board.findings])

    def _on_to_clients_clicked(self) -> None:
        self.ctx.state.include_clients = True
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def _on_to_summary_clicked(self) -> None:
        self.ctx.state.include_clients = False
        self.ctx.notify()
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(
            QCoreApplication.translate(
                "HostReadyPage", "The host is set up. Clients activate once enough of them ask."
            )
        )
        self.refresh.setText(QCoreApplication.translate("HostReadyPage", "Refresh"))
        self.lab_time.setText(
            QCoreApplication.translate("HostReadyPage", "Let 2 hours pass in the lab")
        )
        self.to_clients.setText(QCoreApplication.translate("HostReadyPage", "Go on to the clients"))
        self.to_summary.setText(
            QCoreApplication.translate("HostReadyPage", "Finish here (summary)")
        )
        self.explain_heading.setText(
            QCoreApplication.translate("HostReadyPage", "What the count means")
        )
        self.next_steps.setText(
            QCoreApplication.translate(
                "HostReadyPage",
                "Clients with a KMS client setup key (GVLK) find this host through DNS and "
                "activate by themselves, retrying every 2 hours. Go on to the clients to scan "
                "them and convert MAK clients, or finish here with a summary; run the wizard "
                "again at any time to check the host.",
            )
        )
        self._render()


def _family_title(family: str) -> str:
    if family == "server":
        return QCoreApplication.translate("HostReadyPage", "Windows Server")
    if family == "office":
        return QCoreApplication.translate("HostReadyPage", "Office")
    return QCoreApplication.translate("HostReadyPage", "Windows clients")
