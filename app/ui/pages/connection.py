"""Page 2, Connection (remote host): how to reach the host over WinRM, then a test.

"Test connection" opens the session and runs ``inspect``: what it found is
shown, and Next opens once the test succeeded (editing any field asks for a
new test). Each failure is shown with its explanation and hint (wrong
password, unreachable host, certificate…). The password can be remembered
in the OS keyring, never in a file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from app.domain.flow import PageId, Target
from app.ui.context import WizardContext
from app.ui.messages import ErrorReport, Level, fill
from app.ui.pages.base import WizardPage, heading, paragraph
from app.ui.session import AUTH_CHOICES, RemoteSettings, TargetChoice
from app.ui.widgets.ca_file_field import CaFileField
from app.ui.widgets.host_summary import HostSummary
from app.workers import run_task


class ConnectionPage(WizardPage):
    page_id = PageId.CONNECTION

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.intro = paragraph()
        self.host = QLineEdit()
        self.host.setObjectName("host")
        self.protocol = QComboBox()
        self.auth = QComboBox()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox()
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet("color: #5f6b7a;")
        self.ca_field = CaFileField()
        self.ca_field.edited.connect(self._on_settings_edited)
        self.ca_file = self.ca_field.edit
        self.browse = self.ca_field.browse
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._labels = [QLabel() for _ in range(6)]
        for label, field in zip(
            self._labels,
            (self.host, self.protocol, self.auth, self.user, self.password, self.ca_field),
            strict=True,
        ):
            self.form.addRow(label, field)
        self.form.addRow("", self.remember)
        self.form.addRow("", self.keyring_note)
        self.advanced = QGroupBox()
        self.url = QLineEdit()
        self.url.setObjectName("url")
        self.insecure = QCheckBox()
        self.insecure_warning = QLabel()
        self.insecure_warning.setWordWrap(True)
        self.insecure_warning.setStyleSheet("color: #b3261e;")
        self.insecure_warning.hide()
        self._url_label = QLabel()
        advanced = QFormLayout(self.advanced)
        advanced.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        advanced.addRow(self._url_label, self.url)
        advanced.addRow("", self.insecure)
        advanced.addRow("", self.insecure_warning)
        self.test_button = QPushButton()
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        button_row = QHBoxLayout()
        button_row.addWidget(self.test_button)
        button_row.addStretch(1)
        self.found_heading = heading()
        self.summary = HostSummary()
        self.found_heading.hide()
        self.body.addWidget(self.intro)
        self.body.addLayout(self.form)
        self.body.addWidget(self.advanced)
        self.body.addLayout(button_row)
        self.body.addWidget(self.found_heading)
        self.body.addWidget(self.summary)
        self.body.addStretch(1)
        self.add_busy_widgets(self.test_button, self.host, self.url, self.password, self.user)
        for field in (self.host, self.user, self.password, self.url):
            field.textEdited.connect(self._on_settings_edited)
        for combo in (self.protocol, self.auth):
            combo.currentIndexChanged.connect(self._on_settings_edited)
        self.insecure.toggled.connect(self._on_insecure_toggled)
        self._keyring_checked = False
        self.retranslate()

    # --- settings -----------------------------------------------------------------------

    def settings(self) -> RemoteSettings:
        """What the form says (not validated)."""
        return RemoteSettings(
            host=self.host.text().strip(),
            https=self.protocol.currentIndex() == _HTTPS,
            auth=AUTH_CHOICES[self.auth.currentIndex()],
            user=self.user.text().strip(),
            password=self.password.text(),
            ca_file=self.ca_file.text().strip() or None,
            verify_tls=not self.insecure.isChecked(),
            url=self.url.text().strip() or None,
        )

    def _problem(self, settings: RemoteSettings) -> str:
        """A translated reason the settings cannot be tried, or ""."""
        host = settings.host
        if not host or any(ch.isspace() for ch in host) or len(host) > 253:
            return QCoreApplication.translate(
                "ConnectionPage", "Type the host's name or IP address (no spaces)."
            )
        if settings.url and not settings.url.lower().startswith(("http://", "https://")):
            return QCoreApplication.translate(
                "ConnectionPage",
                "The WinRM address must start with http:// or https://, such as "
                "https://kms01.example.com:5986/wsman.",
            )
        if settings.ca_file and not Path(settings.ca_file).is_file():
            return fill(
                QCoreApplication.translate("ConnectionPage", "The CA file %1 does not exist."),
                settings.ca_file,
            )
        return ""

    # --- the test -----------------------------------------------------------------------

    def test_connection(self) -> None:
        """Open the session and inspect the host, in the background."""
        settings = self.settings()
        problem = self._problem(settings)
        if problem:
            self.operation.show_error(ErrorReport(problem))
            return
        backend = self.ctx.backend
        remember = self.remember.isChecked() and self.remember.isEnabled()

        def work():
            password = settings.password
            if not password and settings.user:
                password = backend.stored_password(settings.host, settings.user) or ""
            choice = TargetChoice(Target.REMOTE, _with_password(settings, password))
            session = backend.open_session(choice)
            try:
                host = session.inspector.inspect()
            except BaseException:
                session.close()
                raise
            if remember and password:
                backend.remember_password(settings.host, settings.user, password)
            return session, host

        self.ctx.state.connected = False
        self.ctx.notify()
        self.run(
            fill(QCoreApplication.translate("ConnectionPage", "Connecting to %1…"), settings.host),
            work,
            self._on_connected,
        )

    def _on_connected(self, result) -> None:
        session, host = result
        self.ctx.adopt_session(session)
        self.ctx.host = host
        self.ctx.state.connected = True
        self.summary.show_host(host)
        self.found_heading.show()
        self.scroll.ensureWidgetVisible(self.summary)
        self.operation.show_message(
            lambda: fill(
                QCoreApplication.translate("ConnectionPage", "Connected to %1: the host answered."),
                host.fqdn,
            ),
            Level.OK,
        )
        self.ctx.notify()

    def _on_settings_edited(self, *_args: object) -> None:
        if self.ctx.state.connected:
            self.ctx.state.connected = False
            self.found_heading.hide()
            self.summary.show_host(None)
            self.operation.clear()
            self.ctx.notify()

    def _on_insecure_toggled(self, checked: bool) -> None:
        self.insecure_warning.setVisible(checked)
        self._on_settings_edited()

    def initializePage(self) -> None:
        if not self._keyring_checked:
            self._keyring_checked = True
            backend = self.ctx.backend
            task = run_task(lambda _t, _r: backend.keyring_available, pool=self.ctx.pool)
            task.succeeded.connect(self._on_keyring_known)

    def _on_keyring_known(self, available: object) -> None:
        self.remember.setEnabled(bool(available))
        self.keyring_note.setVisible(not available)

    # --- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(
            QCoreApplication.translate(
                "ConnectionPage", "How the wizard reaches the host over WinRM."
            )
        )
        self.intro.setText(
            QCoreApplication.translate(
                "ConnectionPage",
                "Use an account that is an administrator of the host. A stock Windows "
                "Server listens for WinRM over HTTP only (port 5985); HTTPS (port 5986) "
                "needs a certificate and “winrm quickconfig -transport:https” or a group "
                "policy. Windows client editions have no listener until “winrm quickconfig” "
                "or a group policy enables one. HTTP is safe here: Negotiate (NTLM) encrypts "
                "every message. HTTPS is checked against the host's certificate.",
            )
        )
        names = (
            QCoreApplication.translate("ConnectionPage", "Host:"),
            QCoreApplication.translate("ConnectionPage", "Protocol:"),
            QCoreApplication.translate("ConnectionPage", "Authentication:"),
            QCoreApplication.translate("ConnectionPage", "User:"),
            QCoreApplication.translate("ConnectionPage", "Password:"),
            QCoreApplication.translate("ConnectionPage", "CA file (HTTPS):"),
        )
        for label, name in zip(self._labels, names, strict=True):
            label.setText(name)
        self.host.setPlaceholderText(
            QCoreApplication.translate("ConnectionPage", "kms01.example.com")
        )
        self.user.setPlaceholderText(
            QCoreApplication.translate("ConnectionPage", "EXAMPLE\\administrator")
        )
        _set_items(  # HTTP first: the listener a stock Windows Server has (the default)
            self.protocol,
            [
                QCoreApplication.translate(
                    "ConnectionPage", "HTTP with message encryption (port 5985)"
                ),
                QCoreApplication.translate("ConnectionPage", "HTTPS (port 5986)"),
            ],
        )
        _set_items(
            self.auth,
            [
                QCoreApplication.translate("ConnectionPage", "Negotiate (NTLM)"),
                QCoreApplication.translate("ConnectionPage", "NTLM"),
                QCoreApplication.translate("ConnectionPage", "Basic (local accounts, HTTPS only)"),
            ],
        )
        self.remember.setText(
            QCoreApplication.translate("ConnectionPage", "Remember the password in the keyring")
        )
        self.keyring_note.setText(
            QCoreApplication.translate(
                "ConnectionPage",
                "No safe keyring is available on this computer: the password is asked for "
                "each time and never written anywhere.",
            )
        )
        self.advanced.setTitle(QCoreApplication.translate("ConnectionPage", "Advanced"))
        self._url_label.setText(QCoreApplication.translate("ConnectionPage", "WinRM address:"))
        self.url.setPlaceholderText(
            QCoreApplication.translate(
                "ConnectionPage", "empty: the standard address for the host and protocol"
            )
        )
        self.insecure.setText(
            QCoreApplication.translate(
                "ConnectionPage", "Do not verify the host's certificate (insecure)"
            )
        )
        self.insecure_warning.setText(
            QCoreApplication.translate(
                "ConnectionPage",
                "Without verification, whoever sits between this computer and the host can "
                "read the password. Use it only on a network you trust, for a first test.",
            )
        )
        self.test_button.setText(QCoreApplication.translate("ConnectionPage", "Test connection"))
        self.found_heading.setText(
            QCoreApplication.translate("ConnectionPage", "What the host reported")
        )


# The protocol list: HTTP (5985) with Negotiate is the default, as "winrm quickconfig"
# creates only that listener; HTTPS (5986) needs a certificate listener.
_HTTP, _HTTPS = 0, 1


def _set_items(combo: QComboBox, texts: list[str]) -> None:
    index = max(combo.currentIndex(), 0)
    blocked = combo.blockSignals(True)
    combo.clear()
    combo.addItems(texts)
    combo.setCurrentIndex(index)
    combo.blockSignals(blocked)


def _with_password(settings: RemoteSettings, password: str) -> RemoteSettings:
    return RemoteSettings(
        host=settings.host,
        https=settings.https,
        auth=settings.auth,
        user=settings.user,
        password=password,
        ca_file=settings.ca_file,
        verify_tls=settings.verify_tls,
        url=settings.url,
    )
