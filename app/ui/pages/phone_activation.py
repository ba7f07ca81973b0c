"""Pages 7 and 8b, Phone activation: Installation ID out, Confirmation ID in.

The same page class serves Windows (``PHONE_ACTIVATION``) and the Office
versions activated by phone (``OFFICE_PHONE_ACTIVATION``, one version after the
other): QWizard cannot show one page twice on a path. The Installation ID is
shown in numbered groups with copy buttons; where to find the phone number is
explained; the Confirmation ID goes into eight blocks that check themselves;
activating with it is a commit (button, status line and help all say
"Activate"). The offline help's phone-activation guide stays open beside the
steps. A Confirmation ID typed but not used makes leaving the wizard ask first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.flow import WINDOWS_PRODUCT as WINDOWS_ID
from app.domain.flow import PageId, phone_products
from app.domain.phone import split_cid
from app.services.host_setup import (
    WINDOWS_PRODUCT,
    ConfirmationResult,
    InstallationIdResult,
    Outcome,
    ProductChoice,
)
from app.ui.context import WizardContext
from app.ui.messages import Level, fill, finding_row, office_name
from app.ui.pages.base import WizardPage, heading, paragraph
from app.ui.widgets.cid_edit import CidBlockEdit
from app.ui.widgets.findings_table import FindingsTable
from app.ui.widgets.help_browser import HELP_STYLE, help_path
from app.ui.widgets.iid_display import InstallationIdView


class PhoneActivationPage(WizardPage):
    """Phone activation of Windows, or of the Office versions waiting for it."""

    def __init__(self, context: WizardContext, page_id: PageId = PageId.PHONE_ACTIVATION) -> None:
        self.page_id = page_id
        super().__init__(context)
        self._iid: InstallationIdResult | None = None
        self._deposit: ConfirmationResult | None = None
        self.product_combo = QComboBox()
        self.product_combo.currentIndexChanged.connect(self._on_product_changed)
        self.iid_heading = heading()
        self.product_label = paragraph()
        self.iid = InstallationIdView(columns=2)
        self.refresh_iid = QPushButton()
        self.refresh_iid.clicked.connect(self.fetch_installation_id)
        self.call_heading = heading()
        self.call_text = paragraph()
        self.lab_centre = QPushButton()
        self.lab_centre.clicked.connect(self._on_lab_centre_clicked)
        self.lab_answer = QLineEdit()
        self.lab_answer.setReadOnly(True)
        self.lab_answer.setObjectName("labConfirmationId")
        self.lab_answer.hide()
        self.cid_heading = heading()
        self.cid_text = paragraph()
        self.cid = CidBlockEdit(per_row=4)
        self.cid.changed.connect(self.refresh_enabled)
        self.deposit_button = QPushButton()
        self.deposit_button.setObjectName("depositCid")
        self.deposit_button.clicked.connect(self.deposit)
        self.results = FindingsTable()
        self.results.hide()

        steps = QWidget()
        column = QVBoxLayout(steps)
        column.setContentsMargins(0, 0, 6, 0)
        column.setSpacing(4)  # with the heading rows: step 3 fits at 1000×700 in every language
        column.addWidget(self.product_combo)
        # A step's own button sits on its heading's line: the lines saved keep step 3's
        # Activate button above the fold at the default size in all three languages.
        column.addLayout(_heading_row(self.iid_heading, self.refresh_iid))
        column.addWidget(self.product_label)
        column.addWidget(self.iid)
        column.addLayout(_heading_row(self.call_heading, self.lab_centre))
        column.addWidget(self.call_text)
        # The lab's answer gets a line of its own: beside the button it was cut off.
        column.addWidget(self.lab_answer)
        column.addWidget(self.cid_heading)
        column.addWidget(self.cid_text)
        column.addWidget(self.cid)
        deposit_row = QHBoxLayout()
        deposit_row.addWidget(self.deposit_button)
        deposit_row.addStretch(1)
        column.addLayout(deposit_row)
        column.addWidget(self.results)
        column.addStretch(1)
        self.help = QTextBrowser()
        self.help.setObjectName("phoneHelp")
        self.help.setOpenLinks(False)
        self.help.document().setDefaultStyleSheet(HELP_STYLE)
        self.help.anchorClicked.connect(self._on_help_anchor_clicked)
        # The steps scroll on their own beside the help: in a longer language they need
        # more height than the page has, and the splitter would squeeze them instead.
        steps_scroll = QScrollArea()
        self.steps_scroll = steps_scroll
        steps_scroll.setWidget(steps)
        steps_scroll.setWidgetResizable(True)
        steps_scroll.setFrameShape(QFrame.Shape.NoFrame)
        steps_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(steps_scroll)
        splitter.addWidget(self.help)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.help.setMinimumWidth(220)
        self.body.addWidget(splitter, 1)
        self.add_busy_widgets(
            self.refresh_iid, self.deposit_button, self.cid, self.product_combo, self.lab_centre
        )
        self.retranslate()

    # --- products ------------------------------------------------------------------------

    def products(self) -> list[str]:
        """What this page activates: ``windows`` or the Office version ids waiting."""
        return phone_products(self.ctx.state, self.page_id)

    def current_product(self) -> ProductChoice | None:
        data = self.product_combo.currentData()
        if data is None:
            return None
        if data == WINDOWS_ID:
            return WINDOWS_PRODUCT
        return ProductChoice(self.ctx.catalog.group(data))

    def initializePage(self) -> None:
        session = self.ctx.session
        self.lab_centre.setVisible(session is not None and session.lab is not None)
        self.lab_answer.hide()
        self._load_help()
        self._fill_products()
        self.fetch_installation_id()

    def _fill_products(self) -> None:
        blocked = self.product_combo.blockSignals(True)
        current = self.product_combo.currentData()
        self.product_combo.clear()
        for product in self.products():
            self.product_combo.addItem(self._product_name(product), product)
        index = self.product_combo.findData(current)
        self.product_combo.setCurrentIndex(max(index, 0))
        self.product_combo.setVisible(self.product_combo.count() > 1)
        self.product_combo.blockSignals(blocked)

    def _product_name(self, product: str) -> str:
        if product == WINDOWS_ID:
            return QCoreApplication.translate("PhonePage", "Windows (the KMS host key)")
        return office_name(self.ctx.catalog.group(product))

    def _on_product_changed(self, _index: int) -> None:
        self._iid = None
        self._deposit = None
        self.cid.clear()
        self.fetch_installation_id()

    # --- the Installation ID -------------------------------------------------------------

    def fetch_installation_id(self) -> None:
        session, product = self.ctx.session, self.current_product()
        self.iid.set_groups([])
        self._render()
        if session is None or product is None:
            return
        self.run(
            QCoreApplication.translate("PhonePage", "Reading the Installation ID…"),
            lambda: session.phone.installation_id(product),
            self._on_installation_id,
        )

    def _on_installation_id(self, result: InstallationIdResult) -> None:
        self._iid = result
        self.iid.set_groups(result.groups)
        if result.outcome is Outcome.UNCHANGED:  # already activated: nothing to do by phone
            self._mark_done(result.product)
        self._render()
        self.refresh_enabled()

    # --- the Confirmation ID -------------------------------------------------------------

    def refresh_enabled(self) -> None:
        ready = self._iid is not None and self._iid.outcome is Outcome.REPORTED
        self.deposit_button.setEnabled(not self.operation.busy and ready and self.cid.complete)
        if self.deposit_button.isEnabled():
            # Larger fonts or a longer language: the last step scrolls into view once it can act.
            self.steps_scroll.ensureWidgetVisible(self.deposit_button)

    def deposit(self) -> None:
        session, product, iid = self.ctx.session, self.current_product(), self._iid
        if session is None or product is None or iid is None:
            return
        blocks = self.cid.blocks()
        checked = self.cid.check()
        if not checked.ok:
            return
        name = self._product_name(product.id)
        question = fill(
            QCoreApplication.translate("PhonePage", "Activate %1 on %2 with this Confirmation ID?"),
            name,
            self.ctx.target_name,
        )
        details = fill(
            QCoreApplication.translate("PhonePage", "Confirmation ID: %1"), " ".join(blocks)
        )
        if not self.confirm(question, details):
            return
        self.run(
            QCoreApplication.translate("PhonePage", "Activating with the Confirmation ID…"),
            lambda: session.phone.deposit(blocks, product),
            self._on_deposited,
        )

    def _on_deposited(self, result: ConfirmationResult) -> None:
        self._deposit = result
        if result.outcome in (Outcome.DONE, Outcome.UNCHANGED):
            self._mark_done(result.product)
            self.operation.show_message(
                QCoreApplication.translate("PhonePage", "Activated by phone."), Level.OK
            )
            remaining = self.products()
            if remaining:  # the next Office version waiting for its phone activation
                self._fill_products()
                self._iid = None
                self.cid.clear()
                self.fetch_installation_id()
        else:
            self.operation.show_message(
                QCoreApplication.translate(
                    "PhonePage", "The Confirmation ID was not accepted: see below."
                ),
                Level.ERROR,
            )
        self._render()
        self.refresh_enabled()
        if self.results.isVisible():  # "see below" must hold even when the page scrolls
            self.steps_scroll.ensureWidgetVisible(self.results)

    def unsaved_input(self) -> str:
        """What leaving now would lose: a Confirmation ID typed but not yet used ("" if none)."""
        product = self.current_product()
        if not any(self.cid.blocks()) or product is None or self._is_done(product):
            return ""
        return QCoreApplication.translate(
            "PhonePage",
            "The Confirmation ID typed on the Phone activation page is lost: it is not saved, "
            "and a new one means calling the activation centre again.",
        )

    def _is_done(self, product: ProductChoice) -> bool:
        state = self.ctx.state
        return state.host_activated if product.is_windows else product.id in state.office_done

    def _mark_done(self, product: ProductChoice) -> None:
        state = self.ctx.state
        if product.is_windows:
            state.host_activated = True
        else:
            state.office_done.add(product.id)
        self.ctx.notify()

    def _render(self) -> None:
        iid = self._iid
        product = self.current_product()
        if product is not None:
            self.product_label.setText(
                fill(
                    QCoreApplication.translate(
                        "PhonePage", "For %1. Read these groups out when you are asked for them:"
                    ),
                    self._product_name(product.id),
                )
            )
        rows = []
        if iid is not None and iid.outcome is not Outcome.REPORTED:
            rows += [finding_row(f) for f in iid.findings]
        if self._deposit is not None:
            rows += [finding_row(f) for f in self._deposit.findings]
        self.results.set_rows(rows)
        self.results.setVisible(bool(rows))

    def _on_lab_centre_clicked(self) -> None:
        session, iid = self.ctx.session, self._iid
        if session is None or session.lab is None or iid is None or not iid.installation_id:
            return
        cid = session.lab.confirmation_id(iid.installation_id)
        self.lab_answer.setText(" ".join(split_cid(cid)))
        self.lab_answer.show()

    def _load_help(self) -> None:
        path = help_path(self.ctx.language, "phone_activation")
        self.help.setSearchPaths([str(path.parent)])
        self.help.setSource(QUrl.fromLocalFile(str(path)))

    def _on_help_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            return  # no internet needed here; the full help window opens web links
        resolved = self.help.source().resolved(url)
        if resolved.isLocalFile():
            self.help.setSource(resolved)

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(
            QCoreApplication.translate(
                "PhonePage", "For a host without internet access: by phone, in three steps."
            )
        )
        self.product_combo.setAccessibleName(QCoreApplication.translate("PhonePage", "Product"))
        self.lab_answer.setAccessibleName(
            QCoreApplication.translate("PhonePage", "Confirmation ID from the lab's centre")
        )
        self.iid_heading.setText(QCoreApplication.translate("PhonePage", "1. The Installation ID"))
        self.refresh_iid.setText(
            QCoreApplication.translate("PhonePage", "Read the Installation ID again")
        )
        self.call_heading.setText(
            QCoreApplication.translate("PhonePage", "2. Call the activation centre")
        )
        self.call_text.setText(
            QCoreApplication.translate(
                "PhonePage",
                "The phone number depends on your country: on the host, run “slui 4” and "
                "choose your country, or see the list of Microsoft licensing activation "
                "centres in the help beside. An automated voice or a person asks for the "
                "Installation ID group by group.",
            )
        )
        self.lab_centre.setText(
            QCoreApplication.translate("PhonePage", "Call the lab's activation centre")
        )
        self.cid_heading.setText(QCoreApplication.translate("PhonePage", "3. The Confirmation ID"))
        self.cid_text.setText(
            QCoreApplication.translate(
                "PhonePage",
                "Type the eight blocks A to H you are given, or paste the whole ID into "
                "block A. A block marked amber may still be right: compare it with what you "
                "heard.",
            )
        )
        self.deposit_button.setText(
            QCoreApplication.translate("PhonePage", "Activate with this Confirmation ID…")
        )
        if self.ctx.session is not None:
            self._load_help()
            self._fill_products()
        self._render()


def _heading_row(title: QLabel, button: QPushButton) -> QHBoxLayout:
    """A step's heading with the step's own button at the end of the same line."""
    row = QHBoxLayout()
    row.addWidget(title, 1)
    row.addWidget(button)
    return row
