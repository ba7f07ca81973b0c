"""Page 1, Welcome: what will happen, what the user wants to do, and on which machines.

Two choices:

- *What do you want to do?* The whole way (set up a KMS host, then the clients),
  or only the clients, when a KMS host already works: that sets the flow's
  ``skip_to_clients``, so Next goes straight to the clients' inventory and the
  side panel lists no host step. The client pages have their own credentials,
  and the conversion page finds the KMS host through DNS or takes a typed name.
- *Which machine becomes the KMS host?* (whole way) or *Where are the clients?*
  (clients only): this computer, a remote host, or the simulated lab. For the
  clients, this computer and a remote host are the same thing (the clients are
  reached over WinRM from here), so that box offers the network or the lab.

Both boxes show what ``ctx.state`` says, also when something else changed it
(the offer to resume an interrupted conversion sets ``skip_to_clients``).

When the lab is the target, a third box chooses the lab's story
(``app.domain.lab_scenarios``): today's network (the default) or the Windows
Server 2008 R2 one. The lab is built for it when the wizard connects (in the
background); switching drops a lab that already runs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QRadioButton, QVBoxLayout

from app.domain.flow import PageId, Target
from app.domain.lab_scenarios import SCENARIOS
from app.i18n import render, render_text
from app.ui.context import WizardContext
from app.ui.pages.base import WizardPage, paragraph

NOTE_STYLE = "color: #5f6b7a; margin-left: 24px;"


def _note() -> QLabel:
    """A grey, indented explanation under a radio button."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


class WelcomePage(WizardPage):
    page_id = PageId.WELCOME

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.intro = paragraph()
        self.steps = paragraph()

        self.task_box = QGroupBox()
        self.task_box.setObjectName("taskBox")
        self.whole_setup = QRadioButton()
        self.whole_setup.setObjectName("wholeSetup")
        self.clients_only = QRadioButton()
        self.clients_only.setObjectName("clientsOnly")
        self.clients_only_note = _note()
        # Activation via Active Directory instead of a KMS host (app/ui/pages/adba_*.py).
        self.adba = QRadioButton()
        self.adba.setObjectName("adbaTask")
        self.adba_note = _note()
        self.tasks = QButtonGroup(self)
        for radio in (self.whole_setup, self.clients_only, self.adba):
            self.tasks.addButton(radio)
        box = QVBoxLayout(self.task_box)
        box.addWidget(self.whole_setup)
        box.addWidget(self.clients_only)
        box.addWidget(self.clients_only_note)
        box.addWidget(self.adba)
        box.addWidget(self.adba_note)

        self.choice_box = QGroupBox()
        self.this_computer = QRadioButton()
        self.local_reason = _note()
        self.remote = QRadioButton()
        self.lab = QRadioButton()
        self.lab_note = _note()
        self.buttons = QButtonGroup(self)
        for radio in (self.this_computer, self.remote, self.lab):
            self.buttons.addButton(radio)
        box = QVBoxLayout(self.choice_box)
        box.addWidget(self.this_computer)
        box.addWidget(self.local_reason)
        box.addWidget(self.remote)
        box.addWidget(self.lab)
        box.addWidget(self.lab_note)

        self.clients_box = QGroupBox()
        self.clients_box.setObjectName("clientsBox")
        self.clients_network = QRadioButton()
        self.clients_network.setObjectName("clientsNetwork")
        self.clients_lab = QRadioButton()
        self.clients_lab.setObjectName("clientsLab")
        self.clients_lab_note = _note()
        self.places = QButtonGroup(self)
        for radio in (self.clients_network, self.clients_lab):
            self.places.addButton(radio)
        box = QVBoxLayout(self.clients_box)
        box.addWidget(self.clients_network)
        box.addWidget(self.clients_lab)
        box.addWidget(self.clients_lab_note)

        self.scenario_box = QGroupBox()
        self.scenario_box.setObjectName("labScenarioBox")
        self.scenario_buttons: dict[str, QRadioButton] = {}
        self.scenario_notes: dict[str, QLabel] = {}
        self.scenarios = QButtonGroup(self)
        box = QVBoxLayout(self.scenario_box)
        for story in SCENARIOS:
            radio = QRadioButton()
            radio.setObjectName(f"labScenario-{story.id}")
            self.scenario_buttons[story.id] = radio
            self.scenario_notes[story.id] = _note()
            self.scenarios.addButton(radio)
            box.addWidget(radio)
            box.addWidget(self.scenario_notes[story.id])

        self.body.addWidget(self.intro)
        self.body.addWidget(self.steps)
        self.body.addSpacing(8)
        self.body.addWidget(self.task_box)
        self.body.addWidget(self.choice_box)
        self.body.addWidget(self.clients_box)
        self.body.addWidget(self.scenario_box)
        self.body.addStretch(1)
        unavailable = context.backend.local_unavailable()
        self._local_unavailable = unavailable
        self.this_computer.setEnabled(unavailable is None)
        self.local_reason.setVisible(unavailable is not None)
        if context.state.target is Target.THIS_COMPUTER and unavailable is not None:
            context.state.target = Target.REMOTE
        self._show_choices()
        self.tasks.buttonToggled.connect(self._on_tasks_toggled)
        self.buttons.buttonToggled.connect(self._on_buttons_toggled)
        self.places.buttonToggled.connect(self._on_places_toggled)
        self.scenarios.buttonToggled.connect(self._on_scenarios_toggled)
        context.changed.connect(self._show_choices)
        self.retranslate()

    # --- the choices ---------------------------------------------------------------------

    def _show_choices(self) -> None:
        """Check the radio buttons that match the state, and show the box of the task."""
        state = self.ctx.state
        with (
            QSignalBlocker(self.tasks),
            QSignalBlocker(self.buttons),
            QSignalBlocker(self.places),
            QSignalBlocker(self.scenarios),
        ):
            task = self.clients_only if state.skip_to_clients else self.whole_setup
            (self.adba if state.adba and not state.skip_to_clients else task).setChecked(True)
            {
                Target.THIS_COMPUTER: self.this_computer,
                Target.REMOTE: self.remote,
                Target.LAB: self.lab,
            }[state.target].setChecked(True)
            lab = state.target is Target.LAB
            (self.clients_lab if lab else self.clients_network).setChecked(True)
            chosen = self.scenario_buttons.get(state.lab_scenario)
            if chosen is not None:
                chosen.setChecked(True)
        self.scenario_box.setVisible(lab)
        self.choice_box.setVisible(not state.skip_to_clients)
        self.clients_box.setVisible(state.skip_to_clients)
        self._show_needs()

    def _on_tasks_toggled(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        self.ctx.state.skip_to_clients = button is self.clients_only
        self.ctx.state.adba = button is self.adba
        self.ctx.notify()

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

    def _on_places_toggled(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        if button is self.clients_lab:
            self.ctx.choose_target(Target.LAB)
        elif self.ctx.state.target is Target.LAB:
            # The clients are reached from here either way; "this computer" when it may be
            # the host, so that the whole way (if the user switches back) starts there.
            local = self._local_unavailable is None
            self.ctx.choose_target(Target.THIS_COMPUTER if local else Target.REMOTE)

    def _on_scenarios_toggled(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        for scenario_id, radio in self.scenario_buttons.items():
            if radio is button:
                self.ctx.choose_lab_scenario(scenario_id)

    # --- texts ---------------------------------------------------------------------------

    def _show_needs(self) -> None:
        """What will happen and what the user needs, for the task chosen."""
        if self.ctx.state.adba and not self.ctx.state.skip_to_clients:
            self._show_adba_needs()
            return
        if self.ctx.state.skip_to_clients:
            subtitle = QCoreApplication.translate(
                "WelcomePage",
                "Scan the clients and convert them between MAK and KMS, step by step.",
            )
            intro = QCoreApplication.translate(
                "WelcomePage",
                "The wizard reads the licensing state of every client over WinRM, shows what "
                "each one needs, and converts the ones you choose between MAK and KMS. Nothing "
                "is changed on a machine before you have confirmed it, and every error comes "
                "with its explanation and what to do.",
            )
        else:
            subtitle = QCoreApplication.translate(
                "WelcomePage", "Set up a Windows KMS host for volume activation, step by step."
            )
            intro = QCoreApplication.translate(
                "WelcomePage",
                "The wizard checks the machine that is to become the KMS host, installs its KMS "
                "host key and activates it (online or by phone), opens the KMS port in its "
                "firewall and makes sure that clients find it through DNS. Nothing is changed "
                "on a machine before you have confirmed it, and every error comes with its "
                "explanation and what to do.",
            )
        self.setSubTitle(subtitle)
        self.intro.setText(intro)
        if self.ctx.state.skip_to_clients:
            text = QCoreApplication.translate(
                "WelcomePage",
                "You need: an account with administrator rights on the clients (the inventory "
                "page asks for it), and a KMS host that already works: the conversion finds it "
                "through DNS, or you type its name. Press F1 on any page for the offline help.",
            )
        else:
            text = QCoreApplication.translate(
                "WelcomePage",
                "You need: administrator rights on the host, and the organisation's KMS host "
                "key (CSVLK) from the Volume Licensing Service Center. Press F1 on any page for "
                "the offline help.",
            )
        self.steps.setText(text)
        self.choice_box.setTitle(
            QCoreApplication.translate("WelcomePage", "Which machine becomes the KMS host?")
        )

    def _show_adba_needs(self) -> None:
        """The texts of the activation via Active Directory."""
        self.setSubTitle(
            QCoreApplication.translate(
                "WelcomePage",
                "Activate the forest's Windows through Active Directory, step by step.",
            )
        )
        self.intro.setText(
            QCoreApplication.translate(
                "WelcomePage",
                "The wizard checks the forest's schema, lists the activation objects already "
                "there, and activates the forest with the organisation's KMS host key, online "
                "or by phone, through a domain-joined Windows Server 2012 (or later). "
                "Domain-joined Windows 8 / Server 2012 (and later) volume clients then activate "
                "from Active Directory: no activation threshold, no port 1688, no DNS record.",
            )
        )
        self.steps.setText(
            QCoreApplication.translate(
                "WelcomePage",
                "You need: an Enterprise Admins account, the organisation's KMS host key "
                "(CSVLK), and a domain controller the wizard can read over LDAPS. Windows 7, "
                "Windows Server 2008 R2 and computers outside the forest still need a KMS host. "
                "Press F1 on any page for the offline help.",
            )
        )
        self.choice_box.setTitle(
            QCoreApplication.translate("WelcomePage", "Which machine activates the forest?")
        )

    def retranslate(self) -> None:
        super().retranslate()
        self._show_needs()
        self.task_box.setTitle(QCoreApplication.translate("WelcomePage", "What do you want to do?"))
        self.whole_setup.setText(
            QCoreApplication.translate("WelcomePage", "Set up a KMS host, then the clients")
        )
        self.clients_only.setText(
            QCoreApplication.translate(
                "WelcomePage", "Only scan and convert clients (the KMS host is already set up)"
            )
        )
        self.clients_only_note.setText(
            QCoreApplication.translate(
                "WelcomePage",
                "The host steps are skipped: Next goes straight to the clients' inventory.",
            )
        )
        self.adba.setText(
            QCoreApplication.translate(
                "WelcomePage", "Activate through Active Directory instead of a KMS host"
            )
        )
        self.adba_note.setText(
            QCoreApplication.translate(
                "WelcomePage",
                "Activation via Active Directory: for a forest whose clients run Windows 8 / "
                "Server 2012 or later; Windows 7 and machines outside the forest keep needing "
                "a KMS host.",
            )
        )
        self.choice_box.setTitle(
            QCoreApplication.translate("WelcomePage", "Which machine becomes the KMS host?")
            if not self.ctx.state.adba
            else QCoreApplication.translate("WelcomePage", "Which machine activates the forest?")
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
        self.clients_box.setTitle(
            QCoreApplication.translate("WelcomePage", "Where are the clients?")
        )
        self.clients_network.setText(
            QCoreApplication.translate(
                "WelcomePage", "On the network, reached over WinRM from this computer"
            )
        )
        self.clients_lab.setText(
            QCoreApplication.translate("WelcomePage", "In the simulated lab (training)")
        )
        self.clients_lab_note.setText(
            QCoreApplication.translate(
                "WelcomePage",
                "On this path the lab's kms01 is already a working KMS host (its host key "
                "installed and activated, port 1688 open, published in DNS), as yours would be.",
            )
        )
        self.scenario_box.setTitle(
            QCoreApplication.translate("WelcomePage", "Which network does the lab simulate?")
        )
        for story in SCENARIOS:
            self.scenario_buttons[story.id].setText(render_text(story.title))
            self.scenario_notes[story.id].setText(render_text(story.description))
