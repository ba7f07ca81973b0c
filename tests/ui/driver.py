"""Steering the wizard like a user: click, wait for the page, wait for an operation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.domain.flow import PageId

BUSY_TIMEOUT_MS = 20_000
NEXT = QWizard.WizardButton.NextButton
BACK = QWizard.WizardButton.BackButton
FINISH = QWizard.WizardButton.FinishButton


def click(qtbot, widget) -> None:
    assert widget.isEnabled(), f"{widget.objectName() or widget.text()} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def go_next(qtbot, wizard, expected: PageId) -> None:
    """Click Next and wait until ``expected`` is the current page."""
    qtbot.waitUntil(lambda: wizard.button(NEXT).isEnabled(), timeout=BUSY_TIMEOUT_MS)
    with qtbot.waitSignal(
        wizard.currentIdChanged, check_params_cb=lambda i: i == int(expected), timeout=5000
    ):
        click(qtbot, wizard.button(NEXT))
    assert wizard.currentId() == int(expected)


def go_back(qtbot, wizard, expected: PageId) -> None:
    with qtbot.waitSignal(
        wizard.currentIdChanged, check_params_cb=lambda i: i == int(expected), timeout=5000
    ):
        click(qtbot, wizard.button(BACK))


def wait_idle(qtbot, page, timeout: int = BUSY_TIMEOUT_MS) -> None:
    """Wait until the page's background operation has ended (success or error)."""
    qtbot.waitUntil(lambda: not page.operation.busy, timeout=timeout)


def next_enabled(wizard) -> bool:
    return wizard.button(NEXT).isEnabled()


def levels(table) -> set[str]:
    return {row.level.value for row in table.rows()}


def idents(table) -> set[str]:
    return {row.ident for row in table.rows()}
