"""When the wizard opens: offer to resume a conversion run that was interrupted.

A run left open in the journal (the window was closed during a conversion, or
the computer stopped) must not be forgotten: as soon as the wizard is shown,
the journal is read in the background, and when it holds an unfinished run the
user is asked whether to go to the clients and finish it. Yes takes the
wizard straight to the client pages with that run's hosts listed; the
conversion page then resumes it (nothing already done is done again).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from app.domain.flow import PageId
from app.domain.text import QT_TRANSLATE_N_NOOP
from app.i18n import render_text
from app.ui.clients_context import ClientsContext
from app.ui.fleet import hosts_of_run
from app.ui.messages import fill
from app.workers import run_task

INTERRUPTED_RUN = QT_TRANSLATE_N_NOOP(
    "ResumeOffer",
    "Conversion run %1 (started %2) was interrupted on %n host(s). Go to the clients now "
    "to resume it?",
    None,
    0,
)


class ResumeOffer(QObject):
    """Watches the wizard's first Show event, then asks (see the module doc).

    Attributes:
        offered: the run offered (None until then, or when there was none).
    """

    def __init__(self, wizard: Any, clients: ClientsContext) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._clients = clients
        self._armed = True
        self.offered: Mapping[str, Any] | None = None
        self.checked = False
        wizard.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and watched is self._wizard and event.type() == QEvent.Type.Show:
            self._armed = False
            self._check()
        return False

    def _check(self) -> None:
        fleet = self._clients.fleet

        def work() -> list[Mapping[str, Any]]:
            return list(fleet.journal().unfinished_conversions())

        task = run_task(lambda _t, _r: work(), pool=self._clients.wizard.pool)
        task.succeeded.connect(self._on_runs_loaded)
        task.failed.connect(self._on_check_failed)

    def _on_check_failed(self, _error: object) -> None:
        self.checked = True  # no journal to read: nothing to offer (the pages will say why)

    def _on_runs_loaded(self, runs: object) -> None:
        self.checked = True
        assert isinstance(runs, list)
        if not runs or self._clients.closing:
            return
        run = runs[-1]
        self.offered = run
        hosts = hosts_of_run(run)
        title = QCoreApplication.translate("ResumeOffer", "Resume an interrupted conversion?")
        question = fill(
            render_text(INTERRUPTED_RUN, n=len(hosts)),
            run.get("id"),
            str(run.get("started", ""))[:16].replace("T", " "),
        )
        details = QCoreApplication.translate(
            "ResumeOffer",
            "Resuming reads each host again and runs only the steps that have not taken "
            "effect. You can also resume it later from the conversion page.",
        )
        if not self._clients.wizard.confirmer.confirm(self._wizard, title, question, details):
            return
        self._clients.resume_run = run
        state = self._clients.wizard.state
        state.skip_to_clients = True
        self._clients.wizard.notify()
        if self._wizard.currentId() == int(PageId.WELCOME):
            self._wizard.next()
