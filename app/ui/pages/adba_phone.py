"""ADBA page 3, Forest phone activation: the forest's Installation ID, then the Confirmation ID.

The key and the object's name come from the activation page (typed there, never stored).
Showing the Installation ID changes nothing; depositing the Confirmation ID is the commit,
after a confirmation naming the machine, the key (masked) and the object.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from app.domain.adba import ActivationObject
from app.domain.flow import PageId
from app.domain.phone import normalise_cid
from app.services.adba import AdbaActivation, ForestInstallationId
from app.ui.context import WizardContext
from app.ui.messages import Level, fill
from app.ui.pages.adba_activation import AdbaActivationPage, activated_text, show_refusal
from app.ui.pages.base import WizardPage, heading, paragraph
from app.ui.widgets.cid_edit import CidBlockEdit
from app.ui.widgets.iid_display import InstallationIdView


class AdbaPhonePage(WizardPage):
    page_id = PageId.ADBA_PHONE

    def __init__(self, context: WizardContext, activation: AdbaActivationPage) -> None:
        super().__init__(context)
        self.activation = activation
        self.iid: ForestInstallationId | None = None
        self.created: ActivationObject | None = None
        self.intro = paragraph()
        self.iid_heading = heading()
        self.iid_view = InstallationIdView()
        self.cid_heading = heading()
        self.cid = CidBlockEdit()
        self.cid.changed.connect(self.refresh_enabled)
        self.deposit = QPushButton()
        self.deposit.setObjectName("depositForestCid")
        self.deposit.clicked.connect(self.deposit_cid)
        self.lab_cid = QPushButton()
        self.lab_cid.clicked.connect(self._on_lab_cid_clicked)
        self.result = paragraph()
        # One button per row: both texts are long in French, German and the pseudo-locale.
        row = QHBoxLayout()
        row.addWidget(self.deposit)
        row.addStretch(1)
        lab_row = QHBoxLayout()
        lab_row.addWidget(self.lab_cid)
        lab_row.addStretch(1)
        for widget in (self.intro, self.iid_heading, self.iid_view, self.cid_heading, self.cid):
            self.body.addWidget(widget)
        self.body.addLayout(row)
        self.body.addLayout(lab_row)
        self.body.addWidget(self.result)
        self.body.addStretch(1)
        self.add_busy_widgets(self.cid, self.deposit, self.lab_cid)
        self.retranslate()

    def initializePage(self) -> None:
        session = self.ctx.session
        self.lab_cid.setVisible(session is not None and session.lab is not None)
        if self.iid is None:
            self.read_installation_id()
        self.refresh_enabled()

    def read_installation_id(self) -> None:
        session, key = self.ctx.session, self.activation.typed_key()
        if session is None or key is None:
            return
        service = AdbaActivation(session.runner)
        self.run(
            QCoreApplication.translate("AdbaPhonePage", "Reading the forest's Installation ID…"),
            lambda: service.installation_id(key),
            self._on_iid,
            self._on_refused,
        )

    def _on_iid(self, iid: ForestInstallationId) -> None:
        self.iid = iid
        self.iid_view.set_groups(iid.groups)
        self.refresh_enabled()

    def deposit_cid(self) -> None:
        session = self.ctx.session
        key, name = self.activation.typed_key(), self.activation.object_name()
        if session is None or key is None or name is None or not self.cid.complete:
            return
        question = fill(
            QCoreApplication.translate(
                "AdbaPhonePage", "Activate the forest of %1 with the host key %2, as “%3”?"
            ),
            self.ctx.target_name,
            key.masked,
            name,
        )
        if not self.confirm(question):
            return
        cid = normalise_cid(self.cid.blocks())
        service = AdbaActivation(session.runner)
        self.run(
            QCoreApplication.translate("AdbaPhonePage", "Depositing the Confirmation ID…"),
            lambda: service.apply_confirmation(key, cid, name),
            self._on_activated,
            self._on_refused,
        )

    def _on_activated(self, created: ActivationObject) -> None:
        self.created = created
        self.ctx.state.adba_activated = True
        self.result.setText(activated_text(created))
        self.result.setStyleSheet(f"color: {Level.OK.colour};")
        self.ctx.notify()

    def _on_refused(self, error: BaseException) -> bool:
        return show_refusal(self.result, error)

    def _on_lab_cid_clicked(self) -> None:
        session = self.ctx.session
        if session is not None and session.lab is not None and self.iid is not None:
            self.cid.paste_text(session.lab.confirmation_id(self.iid.iid))

    def refresh_enabled(self) -> None:
        self.deposit.setEnabled(
            not self.operation.busy
            and self.iid is not None
            and self.cid.complete
            and not self.ctx.state.adba_activated
        )
        self.lab_cid.setEnabled(not self.operation.busy and self.iid is not None)

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(
            QCoreApplication.translate("AdbaPhonePage", "Activate the forest by phone.")
        )
        self.intro.setText(
            QCoreApplication.translate(
                "AdbaPhonePage",
                "Call the Microsoft activation centre (the number for your country is in "
                "%SystemRoot%\\System32\\sppui\\phone.inf, or on the Volume Licensing "
                "Service Center) and read out the forest's Installation ID. Type the "
                "Confirmation ID you are given into the eight blocks.",
            )
        )
        self.iid_heading.setText(
            QCoreApplication.translate("AdbaPhonePage", "Installation ID of the forest")
        )
        self.cid_heading.setText(QCoreApplication.translate("AdbaPhonePage", "Confirmation ID"))
        self.deposit.setText(
            QCoreApplication.translate(
                "AdbaPhonePage", "Activate the forest with this Confirmation ID"
            )
        )
        self.lab_cid.setText(
            QCoreApplication.translate("AdbaPhonePage", "Ask the lab's activation centre")
        )
        if self.created is not None:
            self.result.setText(activated_text(self.created))
