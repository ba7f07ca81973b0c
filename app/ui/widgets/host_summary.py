"""What the host check found about the machine, as a two-column form.

A licence that runs out (a grace period, a KMS activation to renew) says when,
in the user's date and time format and time zone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from app.i18n import render_text
from app.i18n.formats import format_datetime
from app.services.host_setup import HostInfo
from app.ui.messages import fill, yes_no


class HostSummary(QWidget):
    """Machine, OS, edition, domain, addresses, PowerShell, rights, licence, KMS state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host: HostInfo | None = None
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}

    def show_host(self, host: HostInfo | None) -> None:
        self._host = host
        self._render()

    def value(self, key: str) -> str:
        label = self.values.get(key)
        return label.text() if label is not None else ""

    def _render(self) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self.values = {}
        host = self._host
        if host is None:
            return
        for key, name, value in self._rows(host):
            label = QLabel(value)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._form.addRow(name, label)
            self.values[key] = label

    def _rows(self, host: HostInfo) -> list[tuple[str, str, str]]:
        if host.edition is not None:
            edition = host.edition.name
        else:
            edition = QCoreApplication.translate("HostSummary", "not in the catalog (%1)").replace(
                "%1", host.edition_id or "?"
            )
        if host.evaluation:
            edition = fill(
                QCoreApplication.translate("HostSummary", "%1 — evaluation edition"), edition
            )
        windows = host.windows
        if windows is None:
            licence = QCoreApplication.translate("HostSummary", "no product key installed")
        else:
            status = render_text(windows.status.label)
            if windows.grace.expires and host.machine_utc is not None:
                status = fill(
                    QCoreApplication.translate("HostSummary", "%1 until %2"),
                    status,
                    format_datetime(windows.grace.expires_at(host.machine_utc)),
                )
            licence = fill(
                QCoreApplication.translate("HostSummary", "%1: %2, %3, key %4"),
                windows.name,
                render_text(windows.channel.label),
                status,
                windows.masked_key,
            )
        kms = host.kms
        if kms.is_kms_host:
            kms_text = fill(
                QCoreApplication.translate("HostSummary", "yes: count %1, listening on port %2"),
                kms.count,
                kms.listening_port,
            )
        else:
            kms_text = QCoreApplication.translate("HostSummary", "not yet")
        return [
            ("machine", QCoreApplication.translate("HostSummary", "Machine:"), host.fqdn),
            (
                "os",
                QCoreApplication.translate("HostSummary", "Operating system:"),
                fill(
                    QCoreApplication.translate("HostSummary", "%1 (version %2)"),
                    host.caption,
                    host.version,
                ),
            ),
            ("edition", QCoreApplication.translate("HostSummary", "Edition:"), edition),
            (
                "domain",
                QCoreApplication.translate("HostSummary", "Domain:"),
                host.domain
                if host.part_of_domain
                else QCoreApplication.translate("HostSummary", "workgroup"),
            ),
            (
                "addresses",
                QCoreApplication.translate("HostSummary", "Addresses:"),
                ", ".join(host.addresses) or "—",
            ),
            (
                "powershell",
                QCoreApplication.translate("HostSummary", "Windows PowerShell:"),
                host.ps_version or "?",
            ),
            (
                "elevated",
                QCoreApplication.translate("HostSummary", "Administrator rights:"),
                yes_no(host.elevated),
            ),
            ("licence", QCoreApplication.translate("HostSummary", "Windows licence:"), licence),
            ("kms", QCoreApplication.translate("HostSummary", "KMS host:"), kms_text),
        ]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
