"""ADBA page 4, Forest activated: the activation object, what the clients do, what still needs KMS.

The last page of the activation via Active Directory (always the last: see
``app.domain.flow``). It changes nothing; it shows the object the activation wrote (read
back from the directory by the operation) and what happens next.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.flow import PageId
from app.ui.context import WizardContext
from app.ui.messages import Level
from app.ui.pages.adba_activation import AdbaActivationPage, activated_text
from app.ui.pages.adba_phone import AdbaPhonePage
from app.ui.pages.base import WizardPage, heading, paragraph


class AdbaDonePage(WizardPage):
    page_id = PageId.ADBA_DONE

    def __init__(
        self, context: WizardContext, activation: AdbaActivationPage, phone: AdbaPhonePage
    ) -> None:
        super().__init__(context)
        self.activation, self.phone = activation, phone
        self.result = paragraph()
        self.result.setObjectName("adbaDoneObject")
        self.clients_heading = heading()
        self.clients = paragraph()
        self.kms_heading = heading()
        self.kms = paragraph()
        for widget in (self.result, self.clients_heading, self.clients, self.kms_heading, self.kms):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.retranslate()

    def initializePage(self) -> None:
        self._show_result()

    def _show_result(self) -> None:
        created = self.phone.created or self.activation.created
        if created is None:
            self.result.clear()
            return
        self.result.setText(activated_text(created))
        self.result.setStyleSheet(f"color: {Level.OK.colour};")

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(
            QCoreApplication.translate("AdbaDonePage", "The forest holds its activation object.")
        )
        self.clients_heading.setText(
            QCoreApplication.translate("AdbaDonePage", "What the clients do now")
        )
        self.clients.setText(
            QCoreApplication.translate(
                "AdbaDonePage",
                "Domain-joined Windows 8 / Windows Server 2012 (and later) volume editions with "
                "their KMS client setup key (GVLK, the key volume media install) activate from the "
                "forest when they start or at their next activation attempt, and every 7 days "
                "after; an activation lasts 180 days. There is no threshold to reach. Office 2013 "
                "and later activate the same way once their host key's object is in the forest.",
            )
        )
        self.kms_heading.setText(QCoreApplication.translate("AdbaDonePage", "Still on KMS"))
        self.kms.setText(
            QCoreApplication.translate(
                "AdbaDonePage",
                "Windows 7, Windows Server 2008 R2, Office 2010 and every computer outside the "
                "forest do not read activation objects: keep a KMS host for them (run the wizard "
                "again and choose “Set up a KMS host, then the clients”). Clients that find no "
                "activation object "
                "fall back to KMS.",
            )
        )
        self._show_result()
