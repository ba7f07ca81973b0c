"""Page 3, Host check: what the machine is, and the preflight as a checklist.

The check connects first when needed (this computer, the lab), runs
``inspect`` and judges the host with the preflight service: the OS and
edition may hold a KMS host key at all, the clock, administrator rights,
PowerShell, a host key already there. A blocker keeps Next off until it is
fixed and the check runs again. Which key groups the host may hold is listed
here; the key group page shows the details of the one chosen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from app.domain.catalog import HostEligibility
from app.domain.flow import PageId
from app.domain.licensing import LicenseStatus
from app.i18n import render_text
from app.services.host_setup import HostInfo, PreflightReport
from app.ui.context import WizardContext
from app.ui.messages import Level, fill, finding_row
from app.ui.pages.base import WizardPage, heading, paragraph
from app.ui.session import HostSession, TargetChoice
from app.ui.widgets.findings_table import FindingsTable
from app.ui.widgets.host_summary import HostSummary

# Findings about one particular key group: shown on the key group page instead.
GROUP_SPECIFIC = frozenset({"group-allowed", "host-update"})


@dataclass(frozen=True)
class HostCheck:
    """The outcome of one host check."""

    session: HostSession
    host: HostInfo
    report: PreflightReport
    eligibility: tuple[HostEligibility, ...]

    @property
    def allowed_groups(self) -> list[HostEligibility]:
        return [e for e in self.eligibility if e.allowed and not e.group.is_office]


def check_host(context: WizardContext) -> HostCheck:
    """Connect when needed, inspect and judge the host (blocking: runs in the background)."""
    session = context.session
    if session is None:
        state = context.state
        session = context.backend.open_session(
            TargetChoice(state.target, lab_scenario=state.lab_scenario)
        )
    host = session.inspector.inspect()
    catalog = session.catalog
    eligibility: tuple[HostEligibility, ...] = ()
    if host.os_version is not None:
        edition = host.edition.id if host.edition else (host.edition_id or None)
        eligibility = tuple(catalog.groups_for_host(host.os_version.id, edition, host.evaluation))
    allowed = [e for e in eligibility if e.allowed and not e.group.is_office]
    group = allowed[-1].group.id if allowed else catalog.windows_groups()[0].id
    report = session.preflight.evaluate(host, group)
    return HostCheck(session, host, report, eligibility)


class HostCheckPage(WizardPage):
    page_id = PageId.HOST_CHECK

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.check: HostCheck | None = None
        self.summary = HostSummary()
        self.groups_label = paragraph()
        self.verdict = paragraph()
        self.findings_heading = heading()
        self.findings = FindingsTable()
        self.again = QPushButton()
        self.again.setObjectName("checkAgain")
        self.again.clicked.connect(self.start_check)
        row = QHBoxLayout()
        row.addWidget(self.again)
        row.addStretch(1)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.groups_label)
        self.body.addWidget(self.verdict)
        self.body.addWidget(self.findings_heading)
        self.body.addWidget(self.findings, 1)
        self.body.addLayout(row)
        self.add_busy_widgets(self.again)
        self.retranslate()

    def initializePage(self) -> None:
        if not self.ctx.state.inspected or self.check is None:
            self.start_check()

    def start_check(self) -> None:
        context = self.ctx
        context.state.inspected = False
        context.notify()
        if context.session is None:
            text = QCoreApplication.translate("HostCheckPage", "Connecting and checking the host…")
        else:
            text = fill(
                QCoreApplication.translate("HostCheckPage", "Checking %1…"), context.target_name
            )
        self.run(text, lambda: check_host(context), self._on_checked)

    def _on_checked(self, check: HostCheck) -> None:
        context = self.ctx
        self.check = check
        context.adopt_session(check.session)
        context.host = check.host
        state = context.state
        state.inspected = True
        state.preflight_blocked = bool(check.report.blockers)
        windows = check.host.windows
        state.host_is_working_kms = bool(
            check.host.is_kms_host
            and windows is not None
            and windows.status is LicenseStatus.LICENSED
        )
        self._render()
        context.notify()

    def _render(self) -> None:
        check = self.check
        if check is None:
            return
        self.summary.show_host(check.host)
        names = [render_text(e.group.name) for e in check.allowed_groups]
        if names:
            self.groups_label.setText(
                fill(
                    QCoreApplication.translate(
                        "HostCheckPage", "This host may hold a KMS host key of: %1."
                    ),
                    ", ".join(names),
                )
            )
        else:
            self.groups_label.setText(
                QCoreApplication.translate(
                    "HostCheckPage", "This host cannot hold any Windows KMS host key."
                )
            )
        rows = [finding_row(f) for f in check.report.findings if f.id not in GROUP_SPECIFIC]
        self.findings.set_rows(rows)
        blockers = [r for r in rows if r.level is Level.ERROR]
        if blockers:
            self.verdict.setText(
                QCoreApplication.translate(
                    "HostCheckPage",
                    "Something blocks the setup (marked “Problem” below): fix it on the host, "
                    "then check again.",
                )
            )
            self.verdict.setStyleSheet(f"color: {Level.ERROR.colour}; font-weight: bold;")
        else:
            self.verdict.setText(
                QCoreApplication.translate(
                    "HostCheckPage", "Nothing blocks the setup: go on to choose the key group."
                )
            )
            self.verdict.setStyleSheet(f"color: {Level.OK.colour}; font-weight: bold;")

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(
            QCoreApplication.translate(
                "HostCheckPage", "What the host is, and whether it can become a KMS host."
            )
        )
        self.findings_heading.setText(
            QCoreApplication.translate("HostCheckPage", "Preflight checks")
        )
        self.again.setText(QCoreApplication.translate("HostCheckPage", "Check again"))
        self._render()
