"""ADBA page 1, Forest: when KMS is still needed, the forest's schema, its activation objects.

Activation via Active Directory stores the host key's activation in the forest; this page
reads the forest over LDAP from a domain controller (the AD inventory's connection code):
its schema version and the ``msSPP-ActivationObject`` class, the Activation Objects
container, and the objects already there, one of which may be removed (after a
confirmation naming it). Reading is advisory — the activation on the next page reads its
object back itself — so Next stays enabled; removing is the page's commit.

The directory is reached from this computer (:func:`app.bootstrap_adba.open_activation_directory`,
injected). The simulated lab has no directory server: the page says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from app.domain.adba import (
    ActivationObject,
    CoverageText,
    ForestSchema,
    KmsStillNeeded,
    coverage_from_directory,
)
from app.domain.flow import PageId, Target
from app.domain.inventory_ad import DirectoryError
from app.domain.text import Message, msg
from app.i18n import render
from app.ui.context import WizardContext
from app.ui.messages import ErrorReport, Level, fill
from app.ui.pages.base import WizardPage, heading, paragraph
from app.ui.widgets.ca_file_field import CaFileField

MAX_LISTED = 10  # machines still needing KMS named on the page (the CLI names them all)
DirectoryFactory = Callable[[str, str | None, str | None, str | None], Any]


def _default_factory(url: str, user: str | None, password: str | None, ca: str | None) -> Any:
    from app.bootstrap_adba import open_activation_directory  # composition, loaded on demand

    return open_activation_directory(url, user, password, ca)


class AdbaForestPage(WizardPage):
    page_id = PageId.ADBA_FOREST

    def __init__(
        self, context: WizardContext, open_directory: DirectoryFactory | None = None
    ) -> None:
        super().__init__(context)
        self._open_directory = open_directory or _default_factory
        self.schema: ForestSchema | None = None
        self.objects: list[ActivationObject] = []
        self.coverage: tuple[str, KmsStillNeeded] | None = None
        self.intro = paragraph()
        self.kms_heading = heading()
        self.kms_needed = paragraph()
        self.kms_needed.setObjectName("kmsStillNeeded")
        self.directory_heading = heading()
        self.lab_note = paragraph()
        self.lab_note.setObjectName("adbaLabNote")
        self.lab_note.hide()  # shown for the simulated lab only (initializePage)
        self.url = QLineEdit()
        self.url.setObjectName("adbaDirectoryUrl")
        self.user = QLineEdit()
        self.user.setObjectName("adbaDirectoryUser")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_file = CaFileField()
        self.form = QFormLayout()
        # Labels made here: QFormLayout makes none for an empty text, so none to translate.
        self.form_labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self.form_labels, (self.url, self.user, self.password, self.ca_file), strict=True
        ):
            self.form.addRow(label, field)
        self.check = QPushButton()
        self.check.setObjectName("checkForest")
        self.check.clicked.connect(self.check_forest)
        self.url.textChanged.connect(self.refresh_enabled)
        self.schema_line = paragraph()
        self.schema_line.setObjectName("schemaState")
        self.coverage_line = paragraph()
        self.coverage_line.setObjectName("kmsCoverage")
        self.objects_heading = heading()
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("activationObjects")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name takes the rest
        self.table.itemSelectionChanged.connect(self.refresh_enabled)
        self.table.setMinimumHeight(120)
        self.remove = QPushButton()
        self.remove.setObjectName("removeActivationObject")
        self.remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check)
        buttons.addStretch(1)
        removal = QHBoxLayout()
        removal.addStretch(1)
        removal.addWidget(self.remove)
        for widget in (
            self.intro,
            self.kms_heading,
            self.kms_needed,
            self.directory_heading,
            self.lab_note,
        ):
            self.body.addWidget(widget)
        self.body.addLayout(self.form)
        self.body.addLayout(buttons)
        self.body.addWidget(self.schema_line)
        self.body.addWidget(self.coverage_line)
        self.body.addWidget(self.objects_heading)
        self.body.addWidget(self.table)
        self.body.addLayout(removal)
        self.body.addStretch(1)
        self.add_busy_widgets(self.check, self.remove, self.url, self.user, self.password)
        self.retranslate()

    def initializePage(self) -> None:
        self.lab_note.setVisible(self.ctx.state.target is Target.LAB)
        self.refresh_enabled()

    # --- reading the forest -------------------------------------------------------------

    def _directory(self) -> Any:
        user = self.user.text().strip() or None
        return self._open_directory(
            self.url.text().strip(),
            user,
            self.password.text() if user else None,
            self.ca_file.path() or None,
        )

    def check_forest(self) -> None:
        """Read the schema and, when it allows, the activation objects (in the background)."""
        directory_of = self._directory

        def work() -> tuple[ForestSchema, list[ActivationObject], tuple | None]:
            directory = directory_of()
            schema = directory.schema()
            objects = directory.list()[1] if schema.ready else []
            try:
                base, computers = directory.computers()
            except DirectoryError:
                return schema, objects, None  # the listing is a bonus: the rest stands
            return schema, objects, (base, coverage_from_directory(base, computers))

        self.run(
            fill(
                QCoreApplication.translate("AdbaForestPage", "Reading the forest from %1…"),
                self.url.text().strip(),
            ),
            work,
            self._on_checked,
            self._on_failed,
        )

    def _on_checked(self, result: tuple) -> None:
        self.schema, self.objects = result[0], result[1]
        if len(result) > 2:
            self.coverage = result[2]  # (search base, split) or None
        self._render()  # the schema line says what was found: no second message below
        self.update_completion()

    def _on_failed(self, error: BaseException) -> bool:
        message = getattr(error, "message", None)
        if not isinstance(message, Message):
            return False
        fix = getattr(error, "fix", None)
        # Shown under the form: the operation panel clears itself after a handled failure.
        report = ErrorReport(render(message), render(fix) if isinstance(fix, Message) else "")
        self.schema_line.setText(report.as_text())
        self.schema_line.setStyleSheet(f"color: {Level.ERROR.colour};")
        return True

    def _schema_message(self) -> Message:
        schema = self.schema
        assert schema is not None
        return msg(schema.text.text, *schema.text_args)

    # --- removing one -------------------------------------------------------------------

    def selected(self) -> ActivationObject | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.objects[row] if 0 <= row < len(self.objects) else None

    def remove_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        question = fill(
            QCoreApplication.translate("AdbaForestPage", "Remove the activation object %1?"),
            item.shown_name,
        )
        details = fill(
            QCoreApplication.translate(
                "AdbaForestPage",
                "%1\n\nComputers activated from it stay activated until their activation runs "
                "out (180 days); then they need another activation object or a KMS host. "
                "Removing it cannot be undone.",
            ),
            item.dn,
        )
        # The change is the directory's (no machine is set up yet): the title names the DC.
        title = fill(
            QCoreApplication.translate("WizardPage", "Change %1?"), self.url.text().strip()
        )
        if not self.ctx.confirmer.confirm(self, title, question, details):
            return
        directory_of, dn = self._directory, item.dn

        def work() -> tuple[ForestSchema, list[ActivationObject]]:
            directory = directory_of()
            directory.remove(dn)
            return directory.schema(), directory.list()[1]

        self.run(
            fill(QCoreApplication.translate("AdbaForestPage", "Removing %1…"), item.shown_name),
            work,
            self._on_checked,
            self._on_failed,
        )

    # --- showing ------------------------------------------------------------------------

    def refresh_enabled(self) -> None:
        busy = self.operation.busy
        self.check.setEnabled(not busy and bool(self.url.text().strip()))
        self.remove.setEnabled(not busy and self.selected() is not None)

    def _coverage_text(self) -> str:
        """The domain's computers by ADBA's rules: how many activate from the forest, which
        still need a KMS host and why (the first ten), and those without Windows."""
        if self.coverage is None:
            return ""
        base, split = self.coverage
        lines = [render(msg(CoverageText.COVERED.text, base, n=len(split.covered)))]
        if split.needing_kms:
            lines.append(render(msg(CoverageText.STILL_KMS.text, n=len(split.needing_kms))))
            for host, reasons in split.needing_kms[:MAX_LISTED]:
                lines.append("• " + render(msg(reasons[0].text, host)))
            if len(split.needing_kms) > MAX_LISTED:
                lines.append("…")
        else:
            lines.append(render(msg(CoverageText.NONE_NEEDED.text)))
        if split.not_windows:
            lines.append(render(msg(CoverageText.NOT_WINDOWS.text, ", ".join(split.not_windows))))
        return "\n".join(lines)

    def _render(self) -> None:
        self.coverage_line.setText(self._coverage_text())
        self.coverage_line.setVisible(self.coverage is not None)
        schema = self.schema
        if schema is None:
            self.schema_line.clear()
        else:
            level = Level.OK if schema.ready else Level.WARNING
            self.schema_line.setText(render(self._schema_message()))
            self.schema_line.setStyleSheet(f"color: {level.colour};")
        self.table.setRowCount(len(self.objects))
        for row, item in enumerate(self.objects):
            how = (
                QCoreApplication.translate("AdbaForestPage", "by phone")
                if item.by_phone
                else QCoreApplication.translate("AdbaForestPage", "online")
            )
            cells = (item.shown_name, f"…{item.partial_key}", item.sku_id, how)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(item.dn)
                self.table.setItem(row, column, cell)
        self.objects_heading.setVisible(schema is not None and schema.ready)
        self.table.setVisible(schema is not None and schema.ready)
        self.remove.setVisible(schema is not None and schema.ready)
        if schema is not None and schema.ready and not self.objects:
            self.objects_heading.setText(
                QCoreApplication.translate(
                    "AdbaForestPage", "Activation objects: none yet (the next page writes one)"
                )
            )
        else:
            self.objects_heading.setText(
                QCoreApplication.translate("AdbaForestPage", "Activation objects")
            )
        self.refresh_enabled()

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(
            QCoreApplication.translate(
                "AdbaForestPage",
                "Check that the forest can hold activation objects, and see those already there.",
            )
        )
        self.intro.setText(
            QCoreApplication.translate(
                "AdbaForestPage",
                "With activation via Active Directory, the organisation's KMS host key activates "
                "the forest once; every Windows 8 / Windows Server 2012 (and later) volume client "
                "joined to it then activates from Active Directory when it starts, with no "
                "activation threshold, no port 1688 and no DNS record. The forest needs the "
                "Windows Server 2012 schema (version 56) or later.",
            )
        )
        self.kms_heading.setText(
            QCoreApplication.translate("AdbaForestPage", "When a KMS host is still needed")
        )
        self.kms_needed.setText(
            QCoreApplication.translate(
                "AdbaForestPage",
                "• Windows 7, Windows Server 2008 R2 and older: they only know KMS.\n"
                "• Computers outside the forest (workgroup, another forest, a DMZ).\n"
                "• Office 2010 (Office 2013 and later can use Active Directory).\n"
                "Keep or set up a KMS host for them; both methods can live side by side.",
            )
        )
        self.directory_heading.setText(
            QCoreApplication.translate("AdbaForestPage", "The forest's directory")
        )
        self.lab_note.setText(
            QCoreApplication.translate(
                "AdbaForestPage",
                "The simulated lab has no directory server to read: its forest (lab.test) is "
                "prepared for Windows Server 2012 R2. Go on to activate it, or give a real domain "
                "controller here.",
            )
        )
        labels = (
            QCoreApplication.translate("AdbaForestPage", "Domain controller:"),
            QCoreApplication.translate("AdbaForestPage", "User:"),
            QCoreApplication.translate("AdbaForestPage", "Password:"),
            QCoreApplication.translate("AdbaForestPage", "CA file:"),
        )
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.url.setPlaceholderText("ldaps://dc01.example.com")
        self.user.setPlaceholderText(
            QCoreApplication.translate(
                "AdbaForestPage",
                "user@example.com or EXAMPLE\\user (an Enterprise Admin to remove)",
            )
        )
        self.check.setText(QCoreApplication.translate("AdbaForestPage", "Check the forest"))
        self.remove.setText(
            QCoreApplication.translate("AdbaForestPage", "Remove the selected object…")
        )
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("AdbaForestPage", "Name"),
                QCoreApplication.translate("AdbaForestPage", "Host key"),
                QCoreApplication.translate("AdbaForestPage", "Activation ID"),
                QCoreApplication.translate("AdbaForestPage", "Activated"),
            ]
        )
        self._render()
