"""A long operation on a page: progress, elapsed time, Cancel, and the error explained.

Every call to a service goes through :meth:`OperationPanel.start`, which runs
it with ``app.workers.run_task`` on the wizard's thread pool: the GUI thread
never waits. Cancel stops *waiting* at once: the page is usable again
immediately and a late answer is ignored. The call itself may still finish on
the machine (nothing can take back a request already sent), and the panel
says so. A result or error given as a function (``lambda: …``) is written
again when the language changes; a plain string stays as it was given.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.messages import ErrorReport, Level, error_report, fill
from app.workers import Task, run_task


class OperationPanel(QFrame):
    """Runs one background operation at a time and shows how it goes.

    Signals:
        busy_changed(bool): an operation started (True) or ended (False).
    """

    busy_changed = Signal(bool)

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._task: Task | None = None
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], bool] | None = None
        self._busy_text = ""
        self._last_error: ErrorReport | None = None
        self._redraw: Callable[[], None] | None = None  # shows the result again, translated anew
        self._clock = QElapsedTimer()
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._show_elapsed)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: no percentage is known
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(140)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self._on_copy_clicked)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress)
        row.addWidget(self.status, 1)
        row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        self.retranslate()
        self._set_idle()

    # --- running ----------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(
        self,
        busy_text: str,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], bool] | None = None,
    ) -> None:
        """Run ``work()`` in the background; ``on_success(result)`` on the GUI thread.

        Args:
            busy_text: what is being done, shown with the elapsed time.
            work: the blocking call (a service method); it runs on a pool thread.
            on_success: receives the result.
            on_failure: may handle an exception itself (return True); otherwise
                the panel shows it with its explanation and fix.
        """
        if self._task is not None:
            return  # one operation at a time per page; the buttons are disabled meanwhile
        self._on_success, self._on_failure = on_success, on_failure
        self._busy_text = busy_text
        self._last_error = None
        task = run_task(lambda _token, _report: work(), pool=self._context.pool)
        self._task = task
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        self._clock.start()
        self._ticker.start()
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.copy_button.hide()
        self._redraw = None
        self._show_status(busy_text, Level.INFO)
        self.show()
        self.busy_changed.emit(True)

    def cancel(self) -> None:
        """Stop waiting for the running operation; its late answer is ignored."""
        task = self._task
        if task is None:
            return
        task.cancel()
        self._finish()
        self.show_message(
            lambda: QCoreApplication.translate(
                "OperationPanel",
                "Cancelled: the wizard stopped waiting. A request that had already reached the "
                "machine may still complete there; check again to see its state.",
            ),
            Level.WARNING,
        )

    def _on_task_succeeded(self, result: object) -> None:
        if self.sender() is not self._task:
            return  # an operation the user cancelled: too late
        handler = self._on_success
        self._finish()
        self._set_idle()
        if handler is not None:
            handler(result)

    def _on_task_failed(self, error: object) -> None:
        if self.sender() is not self._task:
            return
        handler = self._on_failure
        self._finish()
        assert isinstance(error, BaseException)
        if handler is not None and handler(error):
            self._set_idle()
            return
        self.show_error(lambda: error_report(error))

    def _finish(self) -> None:
        self._task = None
        self._on_success = self._on_failure = None
        self._ticker.stop()
        self.progress.hide()
        self.cancel_button.hide()
        self.busy_changed.emit(False)

    # --- showing ------------------------------------------------------------------

    def show_error(self, report: ErrorReport | Callable[[], ErrorReport]) -> None:
        """An error with its code, meaning, cause and fix; copyable.

        Args:
            report: the error, or a function making it (called again after a language change).
        """
        if callable(report):
            make = report
            self._redraw = lambda: self._draw_error(make())
            self._draw_error(make())
        else:
            self._redraw = None
            self._draw_error(report)

    def _draw_error(self, report: ErrorReport) -> None:
        self._last_error = report
        parts = [f"<b>{_html(report.summary)}</b>"]
        if report.code:
            parts.append(f"<b>{_html(report.code)}</b>: {_html(report.meaning)}")
        for line in (report.cause, report.fix, report.hint):
            if line:
                parts.append(_html(line))
        self.status.setText("<br>".join(parts))
        self._style(Level.ERROR)
        self.copy_button.show()
        self.show()

    def show_message(self, text: str | Callable[[], str], level: Level = Level.INFO) -> None:
        """A one-line result ("Done", "Nothing changed"…).

        Args:
            text: the text, or a function making it (called again after a language change).
            level: its colour.
        """
        self._last_error = None
        self.copy_button.hide()
        if callable(text):
            make = text
            self._redraw = lambda: self._show_status(make(), level)
            self._show_status(make(), level)
        else:
            self._redraw = None
            self._show_status(text, level)
        self.show()

    def clear(self) -> None:
        if self._task is None:
            self._set_idle()

    @property
    def text(self) -> str:
        """The status as plain text (tests and copying)."""
        return self.status.text()

    def _show_status(self, text: str, level: Level) -> None:
        self.status.setText(_html(text))
        self._style(level)

    def _style(self, level: Level) -> None:
        self.setStyleSheet(
            f"OperationPanel {{ background: {level.background}; border-radius: 4px; }}"
            f" QLabel {{ color: {level.colour}; }}"
        )
        self.setContentsMargins(6, 4, 6, 6)

    def _set_idle(self) -> None:
        self._redraw = None
        self.progress.hide()
        self.cancel_button.hide()
        self.copy_button.hide()
        self.status.clear()
        self.hide()

    def _show_elapsed(self) -> None:
        # The nearest second: the coarse ticker may fire a little before each whole second
        # (999 ms would read "0 s" after a second of waiting).
        seconds = (self._clock.elapsed() + 500) // 1000
        text = fill(
            QCoreApplication.translate("OperationPanel", "%1 (%2 s)"), self._busy_text, seconds
        )
        self._show_status(text, Level.INFO)

    def _on_copy_clicked(self) -> None:
        if self._last_error is not None:
            QGuiApplication.clipboard().setText(self._last_error.as_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._redraw is not None and self._task is None:
                self._redraw()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.cancel_button.setText(QCoreApplication.translate("OperationPanel", "Cancel"))
        self.copy_button.setText(QCoreApplication.translate("OperationPanel", "Copy"))
        self.copy_button.setToolTip(
            QCoreApplication.translate("OperationPanel", "Copy the error and its explanation")
        )


def _html(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    )
