"""Page 5, Host key: type the KMS host key (CSVLK), checked as you type, then install it.

The key is checked instantly: well formed (``parse_key``), and not a GVLK —
the public KMS client setup key typed where the host key belongs is the
commonest mistake, so the page names the edition it belongs to and refuses it
before anything is sent. Installing is a commit: it happens only after a
confirmation naming the machine and the key's last five characters; replacing
a key already there needs a second confirmation naming that key.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from app.domain.flow import PageId
from app.domain.keys import InvalidProductKey, ProductKey, parse_key
from app.i18n import render, render_text
from app.services.host_setup import KeyInstallResult, Outcome
from app.services.host_setup.host_key import RestoreResult
from app.ui.context import WizardContext
from app.ui.messages import Level, fill, finding_row
from app.ui.pages.base import WizardPage, heading, paragraph
from app.ui.widgets.findings_table import FindingsTable
from app.ui.widgets.key_edit import SegmentedKeyEdit


class HostKeyPage(WizardPage):
    page_id = PageId.HOST_KEY

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self._result: KeyInstallResult | RestoreResult | None = None
        self.intro = paragraph()
        self.key_heading = heading()
        self.key = SegmentedKeyEdit()
        self.key.changed.connect(self._on_key_changed)
        self.validation = paragraph()
        self.validation.setObjectName("keyValidation")
        self.install = QPushButton()
        self.install.setObjectName("installKey")
        self.install.clicked.connect(self._on_install_clicked)
        self.lab_key = QPushButton()
        self.lab_key.clicked.connect(self._on_lab_key_clicked)
        self.restore = QPushButton()
        self.restore.clicked.connect(self.restore_gvlk)
        self.restore.hide()
        row = QHBoxLayout()
        row.addWidget(self.install)
        row.addWidget(self.restore)
        row.addStretch(1)
        row.addWidget(self.lab_key)
        self.result_heading = heading()
        self.results = FindingsTable()
        self.body.addWidget(self.intro)
        self.body.addWidget(self.key_heading)
        self.body.addWidget(self.key)
        self.body.addWidget(self.validation)
        self.body.addLayout(row)
        self.body.addWidget(self.result_heading)
        self.body.addWidget(self.results, 1)
        self.add_busy_widgets(self.key, self.install, self.lab_key, self.restore)
        self.retranslate()

    def initializePage(self) -> None:
        session = self.ctx.session
        self.lab_key.setVisible(session is not None and session.lab is not None)
        self._on_key_changed()

    # --- validation ---------------------------------------------------------------------

    def typed_key(self) -> ProductKey | None:
        """The key if it is well formed and not a GVLK, else None."""
        key, problem = self._verdict()
        return key if not problem else None

    def _verdict(self) -> tuple[ProductKey | None, str]:
        compact = self.key.compact()
        if not compact:
            return None, QCoreApplication.translate(
                "HostKeyPage", "Type or paste the KMS host key (five groups of five)."
            )
        if assembly := self.key.assembly_problem():
            return None, assembly  # pieces of two keys are never "well-formed"
        try:
            key = parse_key(self.key.text())
        except InvalidProductKey as problem:
            if len(compact) < 25 and problem.problem.name == "WRONG_LENGTH":
                return None, fill(
                    QCoreApplication.translate("HostKeyPage", "%1 of 25 characters typed."),
                    len(compact),
                )
            return None, render(problem.message)
        edition = self.ctx.catalog.identify_gvlk(key)
        if edition is not None:
            return key, fill(
                QCoreApplication.translate(
                    "HostKeyPage",
                    "This is the public KMS client setup key (GVLK) of %1, not a KMS host key: "
                    "it turns a machine into a KMS client. Use your organisation's KMS host key "
                    "(CSVLK) from the Volume Licensing Service Center.",
                ),
                edition.name,
            )
        return key, ""

    def _on_key_changed(self) -> None:
        key, problem = self._verdict()
        if problem:
            whole = len(self.key.compact()) >= 25 or self.key.assembly_problem()
            level = Level.ERROR if key is not None or whole else Level.INFO
            self.validation.setText(problem)
            self.validation.setStyleSheet(f"color: {level.colour};")
        else:
            assert key is not None
            self.validation.setText(
                fill(
                    QCoreApplication.translate(
                        "HostKeyPage", "Well-formed key %1. Install it when you are ready."
                    ),
                    key.masked,
                )
            )
            self.validation.setStyleSheet(f"color: {Level.OK.colour};")
        self.refresh_enabled()

    def refresh_enabled(self) -> None:
        self.install.setEnabled(not self.operation.busy and self.typed_key() is not None)

    # --- installing ---------------------------------------------------------------------

    def _on_install_clicked(self) -> None:
        self.install_key()  # not connected directly: clicked(bool) would fill confirm_replace

    def install_key(self, confirm_replace: str | None = None) -> None:
        """Confirm, then install the typed key in the background."""
        session = self.ctx.session
        key = self.typed_key()
        if session is None or key is None:
            return
        machine = self.ctx.target_name
        if confirm_replace is None:
            question = fill(
                QCoreApplication.translate("HostKeyPage", "Install the key %1 on %2?"),
                key.masked,
                machine,
            )
            details = QCoreApplication.translate(
                "HostKeyPage",
                "The host key becomes this machine's Windows product key; the machine then "
                "becomes a KMS host once the key is activated. A host key serves at most 6 "
                "hosts, each activated at most 10 times.",
            )
            if not self.confirm(question, details):
                return
        self.run(
            fill(QCoreApplication.translate("HostKeyPage", "Installing %1…"), key.masked),
            lambda: session.keys.install_key(key, confirm_replace=confirm_replace),
            self._on_installed,
        )

    def _on_installed(self, result: KeyInstallResult) -> None:
        self._result = result
        state = self.ctx.state
        if result.outcome is Outcome.NEEDS_CONFIRMATION and result.previous is not None:
            previous = result.previous
            question = fill(
                QCoreApplication.translate(
                    "HostKeyPage", "%1 already holds the key %2 (%3). Replace it with %4?"
                ),
                self.ctx.target_name,
                previous.masked_key,
                render_text(previous.channel.label),
                result.key,
            )
            self._render()
            if self.confirm(question):
                self.install_key(confirm_replace=previous.partial_key)
            return
        done = result.outcome in (Outcome.DONE, Outcome.UNCHANGED)
        state.key_installed = done
        if done:
            self.ctx.installed_key = result.key
            state.host_activated = bool(
                result.installed is not None and result.installed.status.name == "LICENSED"
            )
        self.restore.setVisible(result.restorable is not None)
        self._render()
        level = Level.OK if done else Level.ERROR
        self.operation.show_message(lambda: self._outcome_text(result.outcome), level)
        self.ctx.notify()

    def restore_gvlk(self) -> None:
        session = self.ctx.session
        result = self._result
        if session is None or not isinstance(result, KeyInstallResult) or not result.restorable:
            return
        question = fill(
            QCoreApplication.translate(
                "HostKeyPage", "Put the KMS client setup key (GVLK) of %1 back on %2?"
            ),
            result.restorable.name,
            self.ctx.target_name,
        )
        if not self.confirm(question):
            return
        self.run(
            QCoreApplication.translate("HostKeyPage", "Restoring the KMS client setup key…"),
            session.keys.restore_gvlk,
            self._on_restored,
        )

    def _on_restored(self, result: RestoreResult) -> None:
        self._result = result
        self.restore.hide()
        self.ctx.state.key_installed = False
        self._render()
        self.ctx.notify()

    def _render(self) -> None:
        result = self._result
        self.results.set_rows([finding_row(f) for f in result.findings] if result else [])
        self.result_heading.setVisible(result is not None)

    def _outcome_text(self, outcome: Outcome) -> str:
        if outcome is Outcome.DONE:
            return QCoreApplication.translate("HostKeyPage", "The host key is installed.")
        if outcome is Outcome.UNCHANGED:
            return QCoreApplication.translate("HostKeyPage", "This key was already installed.")
        if outcome is Outcome.REJECTED:
            return QCoreApplication.translate(
                "HostKeyPage", "The key was refused; nothing was sent."
            )
        return QCoreApplication.translate(
            "HostKeyPage", "The key is not installed as a KMS host key: see below."
        )

    def _on_lab_key_clicked(self) -> None:
        session = self.ctx.session
        group = self.ctx.state.key_group
        if session is None or session.lab is None or not group:
            return
        key = session.lab.host_key(group)
        if key:
            self.key.set_key(key)

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(
            QCoreApplication.translate(
                "HostKeyPage", "Install the KMS host key (CSVLK) of the chosen group."
            )
        )
        self.intro.setText(
            QCoreApplication.translate(
                "HostKeyPage",
                "The KMS host key comes from the Volume Licensing Service Center (VLSC) with "
                "your volume licence agreement. Paste it into the first field: it is spread "
                "across the five fields. It is shown masked everywhere else.",
            )
        )
        self.key_heading.setText(QCoreApplication.translate("HostKeyPage", "KMS host key"))
        self.install.setText(QCoreApplication.translate("HostKeyPage", "Install the key…"))
        self.restore.setText(
            QCoreApplication.translate("HostKeyPage", "Restore the KMS client setup key…")
        )
        self.lab_key.setText(QCoreApplication.translate("HostKeyPage", "Use the lab's key"))
        self.lab_key.setToolTip(
            QCoreApplication.translate(
                "HostKeyPage", "Training only: fill in the simulated lab's host key of this group."
            )
        )
        self.result_heading.setText(QCoreApplication.translate("HostKeyPage", "Result"))
        self._on_key_changed()
        self._render()
