"""Page 6, Activation: activate the host key online, or go on to activation by phone.

Online activation is a commit (each activation counts against the host key's
ten per host), so it asks first, naming the machine and the key. A failure
shows the error code with its meaning and fix; a host without internet access
is pointed to activation by phone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QRadioButton

from app.domain.flow import ActivationMethod, PageId
from app.services.host_setup import ActivationResult, Outcome
from app.services.host_setup.activation import OFFLINE_CODES
from app.ui.context import WizardContext
from app.ui.messages import Level, fill, finding_row, machine_error_report
from app.ui.pages.base import WizardPage, heading, paragraph
from app.ui.widgets.findings_table import FindingsTable


class ActivationPage(WizardPage):
    page_id = PageId.ACTIVATION

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self._result: ActivationResult | None = None
        self.intro = paragraph()
        self.online = QRadioButton()
        self.online.setObjectName("online")
        self.phone = QRadioButton()
        self.phone.setObjectName("byPhone")
        self.methods = QButtonGroup(self)
        self.methods.addButton(self.online)
        self.methods.addButton(self.phone)
        self.online.setChecked(True)
        self.methods.buttonToggled.connect(self._on_methods_toggled)
        self.activate = QPushButton()
        self.activate.setObjectName("activateOnline")
        self.activate.clicked.connect(self.activate_online)
        row = QHBoxLayout()
        row.addWidget(self.activate)
        row.addStretch(1)
        self.phone_note = paragraph()
        self.result_heading = heading()
        self.results = FindingsTable()
        self.body.addWidget(self.intro)
        self.body.addWidget(self.online)
        self.body.addLayout(row)
        self.body.addSpacing(6)
        self.body.addWidget(self.phone)
        self.body.addWidget(self.phone_note)
        self.body.addWidget(self.result_heading)
        self.body.addWidget(self.results, 1)
        self.add_busy_widgets(self.activate, self.online, self.phone)
        self.retranslate()

    def initializePage(self) -> None:
        by_phone = self.ctx.state.activation_method is ActivationMethod.PHONE
        (self.phone if by_phone else self.online).setChecked(True)
        self.refresh_enabled()

    def refresh_enabled(self) -> None:
        state = self.ctx.state
        self.activate.setEnabled(
            not self.operation.busy and self.online.isChecked() and not state.host_activated
        )

    def _on_methods_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        state = self.ctx.state
        state.activation_method = (
            ActivationMethod.PHONE if self.phone.isChecked() else ActivationMethod.ONLINE
        )
        self.refresh_enabled()
        self.ctx.notify()

    def activate_online(self) -> None:
        session = self.ctx.session
        if session is None:
            return
        key = self.ctx.installed_key or QCoreApplication.translate("ActivationPage", "host key")
        question = fill(
            QCoreApplication.translate(
                "ActivationPage", "Activate the KMS host key %1 on %2 online now?"
            ),
            key,
            self.ctx.target_name,
        )
        details = QCoreApplication.translate(
            "ActivationPage",
            "The host contacts Microsoft's activation servers. Each activation counts against "
            "the key's 10 activations per host.",
        )
        if not self.confirm(question, details):
            return
        self.run(
            fill(
                QCoreApplication.translate("ActivationPage", "Activating %1 online…"),
                self.ctx.target_name,
            ),
            session.activation.activate,
            self._on_activated,
        )

    def _on_activated(self, result: ActivationResult) -> None:
        self._result = result
        state = self.ctx.state
        done = result.outcome in (Outcome.DONE, Outcome.UNCHANGED)
        state.host_activated = done
        self._render()
        if done:
            self.operation.show_message(
                QCoreApplication.translate("ActivationPage", "The host key is activated."),
                Level.OK,
            )
        elif result.error is not None:
            self.operation.show_error(machine_error_report(result.error))
        else:
            self.operation.show_message(
                QCoreApplication.translate("ActivationPage", "The host key is not activated."),
                Level.ERROR,
            )
        if result.error is not None and result.error.code in OFFLINE_CODES:
            self.phone_note.setStyleSheet(f"color: {Level.WARNING.colour}; font-weight: bold;")
        self.refresh_enabled()
        self.ctx.notify()

    def _render(self) -> None:
        result = self._result
        self.results.set_rows([finding_row(f) for f in result.findings] if result else [])
        self.result_heading.setVisible(result is not None)

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(
            QCoreApplication.translate(
                "ActivationPage", "A KMS host serves clients only once its own key is activated."
            )
        )
        self.intro.setText(
            QCoreApplication.translate(
                "ActivationPage",
                "Activate online when the host can reach the internet (directly or through a "
                "proxy). Otherwise activate by phone: the next page shows the Installation ID "
                "to read out and takes the Confirmation ID you are given.",
            )
        )
        self.online.setText(QCoreApplication.translate("ActivationPage", "Online"))
        self.phone.setText(
            QCoreApplication.translate(
                "ActivationPage", "By phone (the host has no internet access)"
            )
        )
        self.activate.setText(QCoreApplication.translate("ActivationPage", "Activate online…"))
        self.phone_note.setText(
            QCoreApplication.translate(
                "ActivationPage", "Choose “By phone”, then Next, when online activation fails."
            )
        )
        self.result_heading.setText(QCoreApplication.translate("ActivationPage", "Result"))
        self._render()
        if self._result is not None and self._result.error is not None:
            self.operation.show_error(machine_error_report(self._result.error))
