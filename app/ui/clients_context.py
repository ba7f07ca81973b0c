"""What the client pages share: the inventory, the results table, the runs, and their lifetime.

One :class:`ClientsContext` per wizard, next to the wizard's own
:class:`~app.ui.context.WizardContext`. It owns the results model (the scan
page fills it, the conversion page reads and updates it, the summary exports
it) and every background run of the client pages, so that closing the window
can stop them properly:

- a scan is cancelled (no new host starts; its journal entry ends "cancelled");
- a conversion is *abandoned*: no new host starts, the hosts in flight finish
  their steps, and the run stays open in the journal, so the next start of the
  wizard offers to resume it (:class:`~app.ui.fleet.RunJournal`);
- the wizard's session (and the simulated lab with it) is closed only after
  those runs have ended, and the journal last.

While any run goes on, the cyclic garbage collector is paused (see :meth:`start`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.domain.flow import Target
from app.domain.inventory import Inventory
from app.domain.scan_results import ScanOptions
from app.services.fleet_convert import ConversionReport
from app.services.fleet_scan import ScanReport
from app.ui.context import WizardContext
from app.ui.fleet import ClientCredentials, FleetBackend, FleetSession, RunJournal
from app.ui.widgets.results_model import ResultsFilter, ResultsModel
from app.workers import Task, run_task
from app.workers.gui_thread_gc import gui_thread_collector

WAIT_FOR_RUNS_S = 120.0


class ClientsContext(QObject):
    """Shared by the client pages of one wizard.

    Signals:
        changed: the inventory, the results or a run changed.

    Attributes:
        wizard: the wizard's context (state, session, confirmer, pool).
        fleet: the outside world of the client pages.
        inventory: the hosts to scan, as the inventory page built them.
        credentials: how the clients are reached.
        options: concurrency and per-host deadline of a scan.
        results: every host's latest known state (the scan table's model).
        view: the results sorted and filtered as the scan page shows them.
        scans: the scans of this session, oldest first.
        conversions: the conversion runs of this session (resumed ones too).
        resume_run: an interrupted run the user chose to resume (its journal record).
        started: when this session began (the summary's audit trail starts there).
    """

    changed = Signal()

    def __init__(self, wizard: WizardContext, fleet: FleetBackend) -> None:
        super().__init__()
        self.wizard = wizard
        self.fleet = fleet
        self.inventory: Inventory | None = None
        self.credentials = ClientCredentials()
        self.options = ScanOptions()
        self.results = ResultsModel()
        self.view = ResultsFilter(self.results)
        self.scans: list[ScanReport] = []
        self.conversions: list[ConversionReport] = []
        self.resume_run: Mapping[str, Any] | None = None
        self.started = datetime.now(UTC)
        self.selected_hosts: list[str] = []
        self._session: FleetSession | None = None
        self._session_key: tuple[Any, ...] | None = None
        self._runs: dict[Task, RunJournal | None] = {}
        self._lock = threading.Lock()
        self._collector = gui_thread_collector()
        self._active = 0
        self._idle = threading.Event()
        self._idle.set()
        self._closing = False
        wizard.closing.connect(self._on_wizard_closing)
        wizard.session_holds.append(self.wait_idle)

    # --- the fleet session ------------------------------------------------------------------

    @property
    def lab_runtime(self) -> Any:
        """The simulated lab the wizard runs on, when its target is the lab."""
        session = self.wizard.session
        if self.wizard.state.target is not Target.LAB or session is None or session.lab is None:
            return None
        return session.lab.runtime

    def fleet_session(self) -> FleetSession:
        """The services for the current credentials (blocks: call it in the background)."""
        runtime = self.lab_runtime
        key = (id(runtime), self.credentials)
        if self._session is None or self._session_key != key:
            self._session = self.fleet.open_fleet(runtime, self.credentials)
            self._session_key = key
        return self._session

    def notify(self) -> None:
        self.changed.emit()

    # --- runs -------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return bool(self._runs)

    @property
    def closing(self) -> bool:
        return self._closing

    def start(
        self,
        work: Callable[[Any, Callable[[object], None]], Any],
        *,
        journal: RunJournal | None = None,
    ) -> Task:
        """Run ``work(token, report)`` in the background as a run of the client pages.

        Args:
            work: the blocking work (a scan, a plan, a conversion).
            journal: the run's journal, withheld from finishing when the window closes.
        """
        with self._lock:
            self._active += 1
            self._idle.clear()
        self._collector.run_started()  # no full garbage collection (a stutter) mid-run

        def tracked(token: Any, report: Callable[[object], None]) -> Any:
            try:
                return work(token, report)
            finally:
                self._work_ended()

        task = run_task(tracked, pool=self.wizard.pool)
        self._runs[task] = journal
        task.finished.connect(lambda t=task: self._runs.pop(t, None))
        return task

    def _work_ended(self) -> None:  # worker thread: the GUI loop may have stopped already
        with self._lock:
            self._active -= 1
            if self._active == 0:
                self._idle.set()
        self._collector.run_ended()

    def wait_idle(self) -> None:
        """Block until no run of the client pages is left (background only)."""
        self._idle.wait(WAIT_FOR_RUNS_S)

    def _on_wizard_closing(self) -> None:
        self._closing = True
        for task, journal in list(self._runs.items()):
            if journal is not None:
                journal.abandon()
            task.cancel()
        fleet = self.fleet

        def close(_token: Any, _report: Any) -> None:
            self.wait_idle()
            fleet.close()

        run_task(close, pool=self.wizard.pool)
