"""Before the wizard closes (Esc, Cancel, the window's close button): what would be lost?

A stray Esc in the middle of a phone call must not throw away a half-typed
Confirmation ID. :func:`leave_question` looks at the wizard and returns the
question to ask, or None when nothing was typed or changed in this run (then
opening and closing the wizard stays one click). The question says what
happens on leaving: typed input is not kept, changes made to the host stay,
and a conversion run (running now, or interrupted and still in the journal)
is offered for resuming at the next start.

Typed input is found two ways:

- a page may say itself (``unsaved_input()``: a sentence, or ""), as the
  phone page does for its Confirmation ID (its blocks are filled by code
  when a whole ID is pasted, which the generic check below cannot see);
- otherwise a line the user edited (:func:`watch_typing` marks it on
  ``textEdited``, which only the user's typing and pasting emit) or a text
  box whose document the user modified, that is not empty now.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QTextEdit, QWidget

from app.ui.messages import fill

USER_TYPED = "leaveGuardUserTyped"  # dynamic property set on a line the user edited
_WATCHED = "leaveGuardWatched"


@dataclass
class LeaveQuestion:
    """The question asked before leaving, in the current language."""

    title: str
    question: str
    details: list[str] = field(default_factory=list)

    @property
    def details_text(self) -> str:
        return "\n\n".join(self.details)


def leave_buttons() -> tuple[str, str]:
    """The answers' labels: (leave, stay)."""
    return (
        QCoreApplication.translate("LeaveWizard", "Close the wizard"),
        QCoreApplication.translate("LeaveWizard", "Stay"),
    )


class LeaveQuestionBox(QMessageBox):
    """The question as the dialog shows it, following live language switches.

    For the screenshots walk and its layout check (the dialog people see is
    :class:`~app.ui.confirm.DialogConfirmer`'s, with the same texts and buttons).
    """

    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setIcon(QMessageBox.Icon.Warning)
        self._leave = self.addButton("", QMessageBox.ButtonRole.YesRole)
        self._stay = self.addButton("", QMessageBox.ButtonRole.NoRole)
        self.setDefaultButton(self._stay)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        asked = leave_question(self._wizard)
        if asked is None:
            return
        self.setWindowTitle(asked.title)
        self.setText(asked.question)
        self.setInformativeText(asked.details_text)
        leave, stay = leave_buttons()
        self._leave.setText(leave)
        self._stay.setText(stay)


def watch_typing(page: QWidget) -> None:
    """Mark every editable line of ``page`` that the user edits (call it on each page shown)."""
    for edit in page.findChildren(QLineEdit):
        if edit.property(_WATCHED):
            continue
        edit.setProperty(_WATCHED, True)
        edit.textEdited.connect(lambda _text, e=edit: e.setProperty(USER_TYPED, True))


def _typed_by_user(page: QWidget) -> bool:
    for edit in page.findChildren(QLineEdit):
        if edit.isReadOnly() or not edit.text().strip():
            continue
        if edit.isModified() or edit.property(USER_TYPED):
            return True
    for box in [*page.findChildren(QPlainTextEdit), *page.findChildren(QTextEdit)]:
        if box.isReadOnly() or not box.toPlainText().strip():
            continue
        if box.document().isModified():
            return True
    return False


def _pages(wizard: Any) -> Iterable[QWidget]:
    return [wizard.page(i) for i in wizard.pageIds()]


def _typed(wizard: Any) -> tuple[list[str], list[str]]:
    """(sentences the pages said themselves, titles of pages with typed input)."""
    own: list[str] = []
    titles: list[str] = []
    for page in _pages(wizard):
        said = getattr(page, "unsaved_input", None)
        if callable(said):
            sentence = said()
            if sentence:
                own.append(sentence)
        elif _typed_by_user(page):
            titles.append(page.title())
    return own, titles


def _host_changed(state: Any) -> bool:
    return bool(state.key_installed or state.host_activated or state.office_done)


def _conversion_page(wizard: Any) -> Any:
    for page in _pages(wizard):
        if hasattr(page, "unfinished") and hasattr(page, "task"):
            return page
    return None


def _clients(wizard: Any) -> Any:
    for page in _pages(wizard):
        clients = getattr(page, "clients", None)
        if clients is not None:
            return clients
    return None


def _run_id(run: Any) -> str:
    try:
        return str(run.get("id", ""))
    except AttributeError:
        return ""


def _interrupted_run(wizard: Any, convert: Any, clients: Any) -> str | None:
    """The id of a run left open in the journal, or None."""
    if convert is not None and convert.unfinished:
        return _run_id(convert.unfinished[-1])
    from app.ui.resume_offer import ResumeOffer  # imported late: it needs the client pages

    offer = wizard.findChild(ResumeOffer)
    offered = getattr(offer, "offered", None)
    if offered is not None and not (clients is not None and clients.conversions):
        return _run_id(offered)
    return None


def leave_question(wizard: Any) -> LeaveQuestion | None:
    """What to ask before ``wizard`` closes, or None when leaving loses nothing."""
    own, titles = _typed(wizard)
    changed = _host_changed(wizard.ctx.state)
    clients = _clients(wizard)
    convert = _conversion_page(wizard)
    running = convert is not None and convert.task is not None
    if clients is not None and clients.conversions:
        changed = True
    if not (own or titles or changed or running):
        return None
    details = list(own)
    if titles:
        details.append(
            fill(
                QCoreApplication.translate(
                    "LeaveWizard", "What you typed on these pages is not kept: %1."
                ),
                ", ".join(titles),
            )
        )
    if changed:
        details.append(
            QCoreApplication.translate(
                "LeaveWizard",
                "The changes already made stay as they are: leaving does not undo them.",
            )
        )
    if running:
        details.append(
            QCoreApplication.translate(
                "LeaveWizard",
                "A conversion run is in progress: no new host starts, the hosts in flight "
                "finish their steps, and the next start of the wizard offers to resume the "
                "run from the journal.",
            )
        )
    else:
        run_id = _interrupted_run(wizard, convert, clients)
        if run_id:
            details.append(
                fill(
                    QCoreApplication.translate(
                        "LeaveWizard",
                        "Conversion run %1 is interrupted: it stays in the journal, and the "
                        "next start of the wizard offers to resume it.",
                    ),
                    run_id,
                )
            )
    return LeaveQuestion(
        title=QCoreApplication.translate("LeaveWizard", "Leave the KMS Host Wizard?"),
        question=QCoreApplication.translate("LeaveWizard", "Close the wizard now?"),
        details=details,
    )
