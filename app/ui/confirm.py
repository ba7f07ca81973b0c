"""Asking "are you sure?" before anything irreversible, as a replaceable object.

A commit page never changes a machine without a yes to a question that names
the machine and the key (masked). The question goes through a
:class:`Confirmer`: :class:`DialogConfirmer` shows a modal dialog to people;
:class:`AutoConfirmer` answers by itself (the screenshot renderer and the
tests), which keeps every flow testable without a modal loop.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class Confirmer(Protocol):
    """Asks the user a yes/no question about an irreversible action."""

    def confirm(
        self, parent: QWidget, title: str, question: str, details: str = "", *, yes: str = "",
        no: str = "",
    ) -> bool:
        """True when the user agreed (``yes``/``no``: button labels other than the default)."""
        ...


class DialogConfirmer:
    """A modal question box; No is the default button (Enter must not commit)."""

    def confirm(
        self, parent: QWidget, title: str, question: str, details: str = "", *, yes: str = "",
        no: str = "",
    ) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(question)
        if details:
            box.setInformativeText(details)
        yes_button = box.addButton(
            yes or QCoreApplication.translate("Confirm", "Yes, go ahead"),
            QMessageBox.ButtonRole.YesRole,
        )
        no_button = box.addButton(
            no or QCoreApplication.translate("Confirm", "No"), QMessageBox.ButtonRole.NoRole
        )
        box.setDefaultButton(no_button)  # and Esc answers No: a second stray key changes nothing
        box.exec()
        return box.clickedButton() is yes_button


class AutoConfirmer:
    """Answers every question with ``answer`` and keeps the questions asked.

    Attributes:
        asked: ``(title, question, details)`` of every question, in order.
    """

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str, str]] = []

    def confirm(
        self, parent: QWidget, title: str, question: str, details: str = "", *, yes: str = "",
        no: str = "",
    ) -> bool:
        self.asked.append((title, question, details))
        return self.answer

    @property
    def last_question(self) -> str:
        return self.asked[-1][1] if self.asked else ""
