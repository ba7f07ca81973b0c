"""Page 1, Welcome: what will happen, and which machine becomes the KMS host."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QRadioButton, QVBoxLayout

from app.domain.flow import PageId, Target
from app.i18n import render
from app.ui.context import WizardContext
from app.ui.pages.base import WizardPage, paragraph


class WelcomePage(WizardPage):
    page_id = PageId.WELCOME

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.intro = paragraph()
        self.steps = paragraph()
        self.choice_box = QGroupBox()
        self.this_computer = QRadioButton()
        self.local_reason = QLabel()
        self.local_reason.setWordWrap(True)
        self.local_reason.setStyleSheet("color: #5f6b7a; margin-left: 24px;")
        self.remote = QRadioButton()
        self.lab = QRadioButton()
        self.lab_note = QLabel()
        self.lab_note.setWordWrap(True)
        self.lab_note.setStyleSheet("color: #5f6b7a; margin-left: 24px;")
        self.buttons = QButtonGroup(self)
        for radio in (self.this_computer, self.remote, self.lab):
            self.buttons.addButton(radio)
        box = QVBoxLayout(self.choice_box)
        box.addWidget(self.this_computer)
        box.addWidget(self.local_reason)
        box.addWidget(self.remote)
        box.addWidget(self.lab)
        box.addWidget(self.lab_note)
        self.body.addWidget(self.intro)
        self.body.addWidget(self.steps)
        self.body.addSpacing(8)
        self.body.addWidget(self.choice_box)
        self.body.addStretch(1)
        unavailable = context.backend.local_unavailable()
        self._local_unavailable = unavailable
        self.this_computer.setEnabled(unavailable is None)
        self.local_reason.setVisible(unavailable is not None)
        target = context.state.target
        if target is Target.THIS_COMPUTER and unavailable is not None:
            target = Target.REMOTE
            context.state.target = target
        {
            Target.THIS_COMPUTER: self.this_computer,
            Target.REMOTE: self.remote,
            Target.LAB: self.lab,
        }[target].setChecked(True)
        self.buttons.buttonToggled.connect(self._on_buttons_toggled)
        self.retranslate()

    def _on_buttons_toggled(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        target = (
            Target.THIS_COMPUTER
            if button is self.this_computer
            else Target.LAB
            if button is self.lab
            else Target.REMOTE
        )
        self.ctx.choose_target(target)

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(
            QCoreApplication.translate(
                "WelcomePage", "Set up a Windows KMS host for volume activation, step by step."
            )
        )
        self.intro.setText(
            QCoreApplication.translate(
                "WelcomePage",
                "The wizard checks the machine that is to become the KMS host, installs its KMS "
                "host key and activates it (online or by phone), opens the KMS port in its "
                "firewall and makes sure that clients find it through DNS. Nothing is changed "
                "on a machine before you have confirmed it, and every error comes with its "
                "explanation and what to do.",
            )
        )
        self.steps.setText(
            QCoreApplication.translate(
                "WelcomePage",
                "You need: administrator rights on the host, and the organisation's KMS host "
                "key (CSVLK) from the Volume Licensing Service Center. Press F1 on any page for "
                "the offline help.",
            )
        )
        self.choice_box.setTitle(
            QCoreApplication.translate("WelcomePage", "Which machine becomes the KMS host?")
        )
        self.this_computer.setText(QCoreApplication.translate("WelcomePage", "This computer"))
        if self._local_unavailable is not None:
            self.local_reason.setText(render(self._local_unavailable))
        self.remote.setText(QCoreApplication.translate("WelcomePage", "A remote host, over WinRM"))
        self.lab.setText(QCoreApplication.translate("WelcomePage", "The simulated lab (training)"))
        self.lab_note.setText(
            QCoreApplication.translate(
                "WelcomePage",
                "A built-in lab of simulated Windows machines with its own DNS server: try "
                "every step without touching a real machine. Its keys are lab-only.",
            )
        )
