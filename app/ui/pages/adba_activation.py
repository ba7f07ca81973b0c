"""ADBA page 2, Forest activation: the host key, the object's name, online or by phone.

The forest is activated through the wizard's machine (this computer, the remote host, or
the lab's kms01): a domain-joined Windows 8 / Windows Server 2012 (or later) — best a
domain controller. The page connects and inspects it first, and says so when it is too old
or not in a domain. Activating online is this page's commit, after a confirmation naming
the machine, the key (masked) and the object; by phone, Next leads to the phone page,
which reads the key typed here (:meth:`AdbaActivationPage.typed_key`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
)

from app.domain.adba import ActivationObject, check_object_name, supports_adba
from app.domain.flow import ActivationMethod, PageId
from app.domain.keys import InvalidProductKey, ProductKey, parse_key
from app.i18n import render
from app.services.adba import AdbaActivation, AdbaRefused
from app.ui.context import WizardContext
from app.ui.messages import ErrorReport, Level, fill
from app.ui.pages.base import WizardPage, heading, paragraph
from app.ui.session import TargetChoice
from app.ui.widgets.key_edit import SegmentedKeyEdit

LAB_KEY_GROUP = "ws2022"  # the lab's Windows Server 2022 host key: it can activate a forest


def refusal_report(error: BaseException) -> ErrorReport | None:
    """An ADBA refusal as shown: our explanation, the code, and what Windows said."""
    if not isinstance(error, AdbaRefused):
        return None
    return ErrorReport(
        render(error.message), code=f"0x{error.hresult:08X}", meaning=error.windows_message[:300]
    )


def show_refusal(result: QLabel, error: BaseException) -> bool:
    """Show an ADBA refusal in ``result`` (under the page: the operation panel clears itself
    after a handled failure); False for any other error, which the panel reports."""
    report = refusal_report(error)
    if report is None:
        return False
    result.setText(report.as_text())
    result.setStyleSheet(f"color: {Level.ERROR.colour};")
    return True


class AdbaActivationPage(WizardPage):
    page_id = PageId.ADBA_ACTIVATION

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.created: ActivationObject | None = None
        self.machine_line = paragraph()
        self.machine_line.setObjectName("adbaMachine")
        self.key_heading = heading()
        self.key = SegmentedKeyEdit()
        self.key.changed.connect(self._on_input_changed)
        self.lab_key = QPushButton()
        self.lab_key.clicked.connect(self._on_lab_key_clicked)
        self.name_heading = heading()
        self.name = QLineEdit()
        self.name.setObjectName("adbaObjectName")
        self.name.setMaxLength(64)
        self.name.textChanged.connect(self._on_input_changed)
        self.validation = paragraph()
        self.method_heading = heading()
        self.online = QRadioButton()
        self.online.setObjectName("adbaOnline")
        self.phone = QRadioButton()
        self.phone.setObjectName("adbaPhone")
        self.methods = QButtonGroup(self)
        self.methods.addButton(self.online)
        self.methods.addButton(self.phone)
        self.online.setChecked(True)
        self.methods.buttonToggled.connect(self._on_method_toggled)
        self.activate = QPushButton()
        self.activate.setObjectName("activateForest")
        self.activate.clicked.connect(self.activate_online)
        self.result = paragraph()
        self.result.setObjectName("adbaResult")
        row = QHBoxLayout()
        row.addWidget(self.activate)
        row.addStretch(1)
        row.addWidget(self.lab_key)
        for widget in (
            self.machine_line,
            self.key_heading,
            self.key,
            self.name_heading,
            self.name,
            self.validation,
            self.method_heading,
            self.online,
            self.phone,
        ):
            self.body.addWidget(widget)
        self.body.addLayout(row)
        self.body.addWidget(self.result)
        self.body.addStretch(1)
        self.add_busy_widgets(
            self.key, self.name, self.activate, self.lab_key, self.online, self.phone
        )
        self.retranslate()

    def initializePage(self) -> None:
        if not self.name.text():
            self.name.setText(QCoreApplication.translate("AdbaActivationPage", "KMS host key"))
        self._connect()

    # --- the machine --------------------------------------------------------------------

    def _connect(self) -> None:
        context = self.ctx
        if context.host is not None and context.session is not None:
            self._show_machine()
            return
        state = context.state

        def work() -> tuple[Any, Any]:
            session = context.session or context.backend.open_session(
                TargetChoice(state.target, lab_scenario=state.lab_scenario)
            )
            return session, session.inspector.inspect()

        self.run(
            QCoreApplication.translate("AdbaActivationPage", "Connecting…"),
            work,
            self._on_connected,
        )

    def _on_connected(self, result: tuple[Any, Any]) -> None:
        session, host = result
        self.ctx.adopt_session(session)
        self.ctx.host = host
        self._show_machine()
        self.ctx.notify()

    def _show_machine(self) -> None:
        host = self.ctx.host
        session = self.ctx.session
        self.lab_key.setVisible(session is not None and session.lab is not None)
        if host is None:
            self.machine_line.clear()
            return
        line = fill(
            QCoreApplication.translate(
                "AdbaActivationPage", "The forest is activated through %1 (%2)."
            ),
            host.fqdn or host.target,
            host.caption,
        )
        level = Level.INFO
        if supports_adba(host.version) is False:
            line += " " + QCoreApplication.translate(
                "AdbaActivationPage",
                "This Windows is older than Windows Server 2012: it cannot activate a forest. "
                "Go back and choose another machine.",
            )
            level = Level.ERROR
        elif not host.part_of_domain:
            line += " " + QCoreApplication.translate(
                "AdbaActivationPage",
                "It is not joined to a domain: choose a machine of the forest.",
            )
            level = Level.ERROR
        self.machine_line.setText(line)
        self.machine_line.setStyleSheet(f"color: {level.colour};")
        self.refresh_enabled()

    # --- input --------------------------------------------------------------------------

    def typed_key(self) -> ProductKey | None:
        try:
            return parse_key(self.key.text()) if self.key.compact() else None
        except InvalidProductKey:
            return None

    def object_name(self) -> str | None:
        text = self.name.text().strip()
        return text if check_object_name(text) is None else None

    def own_blocker(self) -> str:
        if self.ctx.state.adba_method is ActivationMethod.PHONE and (
            self.typed_key() is None or self.object_name() is None
        ):
            return QCoreApplication.translate(
                "AdbaActivationPage", "Type the host key and the object's name first."
            )
        return ""

    def _on_input_changed(self) -> None:
        key = self.typed_key()
        problems = []
        if self.key.compact() and key is None:
            problems.append(
                QCoreApplication.translate("AdbaActivationPage", "The key is not well formed yet.")
            )
        elif key is not None and self.ctx.catalog.identify_gvlk(key) is not None:
            problems.append(
                QCoreApplication.translate(
                    "AdbaActivationPage",
                    "This is a public KMS client setup key (GVLK): the forest needs the "
                    "organisation's KMS host key (CSVLK).",
                )
            )
        name_problem = check_object_name(self.name.text())
        if name_problem is not None and self.name.text():
            problems.append(render(_name_message(name_problem)))
        self.validation.setText(" ".join(problems))
        self.validation.setStyleSheet(f"color: {Level.ERROR.colour};")
        self.refresh_enabled()
        self.update_completion()

    def _on_method_toggled(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        phone = button is self.phone
        self.ctx.state.adba_method = ActivationMethod.PHONE if phone else ActivationMethod.ONLINE
        self.refresh_enabled()
        self.ctx.notify()

    def refresh_enabled(self) -> None:
        ready = (
            not self.operation.busy
            and self.ctx.session is not None
            and self.typed_key() is not None
            and self.object_name() is not None
            and self.ctx.state.adba_method is ActivationMethod.ONLINE
            and not self.ctx.state.adba_activated
        )
        self.activate.setEnabled(ready)

    def _on_lab_key_clicked(self) -> None:
        session = self.ctx.session
        if session is not None and session.lab is not None:
            key = session.lab.host_key(LAB_KEY_GROUP)
            if key:
                self.key.set_key(key)

    # --- activating ---------------------------------------------------------------------

    def activate_online(self) -> None:
        session, key, name = self.ctx.session, self.typed_key(), self.object_name()
        if session is None or key is None or name is None:
            return
        question = fill(
            QCoreApplication.translate(
                "AdbaActivationPage", "Activate the forest of %1 with the host key %2, as “%3”?"
            ),
            self.ctx.target_name,
            key.masked,
            name,
        )
        details = QCoreApplication.translate(
            "AdbaActivationPage",
            "An activation object is written to the forest's configuration: every Windows 8 / "
            "Windows Server 2012 (and later) volume client of the forest then activates from "
            "it. It uses one activation of the host key. You need Enterprise Admins rights.",
        )
        if not self.confirm(question, details):
            return
        service = AdbaActivation(session.runner)
        self.run(
            fill(
                QCoreApplication.translate(
                    "AdbaActivationPage", "Activating the forest through %1…"
                ),
                self.ctx.target_name,
            ),
            lambda: service.activate_online(key, name),
            self._on_activated,
            self._on_refused,
        )

    def _on_activated(self, created: ActivationObject) -> None:
        self.created = created
        self.ctx.state.adba_activated = True
        self.result.setText(activated_text(created))
        self.result.setStyleSheet(f"color: {Level.OK.colour};")
        self.operation.show_message(
            lambda: QCoreApplication.translate("AdbaActivationPage", "The forest is activated."),
            Level.OK,
        )
        self.ctx.notify()

    def _on_refused(self, error: BaseException) -> bool:
        return show_refusal(self.result, error)

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(
            QCoreApplication.translate(
                "AdbaActivationPage", "Activate the forest with the organisation's KMS host key."
            )
        )
        self.key_heading.setText(
            QCoreApplication.translate("AdbaActivationPage", "KMS host key (CSVLK)")
        )
        self.name_heading.setText(
            QCoreApplication.translate("AdbaActivationPage", "Name of the activation object")
        )
        self.method_heading.setText(
            QCoreApplication.translate("AdbaActivationPage", "How to activate")
        )
        self.online.setText(
            QCoreApplication.translate(
                "AdbaActivationPage", "Online (the machine reaches Microsoft)"
            )
        )
        self.phone.setText(
            QCoreApplication.translate(
                "AdbaActivationPage", "By phone (Installation ID and Confirmation ID, next page)"
            )
        )
        self.activate.setText(
            QCoreApplication.translate("AdbaActivationPage", "Activate the forest…")
        )
        self.lab_key.setText(QCoreApplication.translate("AdbaActivationPage", "Use the lab's key"))
        self._show_machine()
        self._on_input_changed()
        if self.created is not None:
            self.result.setText(activated_text(self.created))


def activated_text(created: ActivationObject) -> str:
    return fill(
        QCoreApplication.translate(
            "AdbaActivationPage",
            "Activation object “%1” (host key …%2) is in the forest: %3",
        ),
        created.name,
        created.partial_key,
        created.dn,
    )


def _name_message(problem: Any) -> Any:
    from app.domain.adba import MAX_OBJECT_NAME, NameProblem
    from app.domain.text import msg

    if problem is NameProblem.TOO_LONG:
        return msg(problem.text, MAX_OBJECT_NAME)
    return msg(problem.text)
