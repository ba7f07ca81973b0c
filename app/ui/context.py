"""What every page shares: the wizard's state, the open session, the backend, the confirmer.

One :class:`WizardContext` per wizard, passed to each page's constructor (no
globals, no ``QApplication.instance()`` look-ups). Pages edit ``state`` and then
call :meth:`WizardContext.notify`, which lets the side panel, the window title
and every page's Next button catch up.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

from app.domain.flow import Target, WizardState
from app.services.host_setup import HostInfo
from app.ui.confirm import Confirmer
from app.ui.session import Backend, HostSession
from app.workers import run_task

MAX_BACKGROUND_THREADS = 4


class WizardContext(QObject):
    """Shared by the pages of one wizard.

    Signals:
        changed: the state, the session or the inspected host changed.
        closing: the wizard is closing (emitted before the session is closed).

    Attributes:
        state: the pages' decisions and what has been done (domain ``WizardState``).
        session: the services bound to the target machine, once connected.
        host: the target as last inspected (HOST_CHECK, CONNECTION).
        installed_key: the Windows host key installed in this run, masked.
        language: the interface language.
        pool: the thread pool every background operation runs on.
        session_holds: blocking waits run in the background before the session
            closes at shutdown (the client pages' runs finish first).
    """

    changed = Signal()
    closing = Signal()

    def __init__(
        self,
        backend: Backend,
        confirmer: Confirmer,
        *,
        language: str = "en",
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__()
        self.backend = backend
        self.confirmer = confirmer
        self.language = language
        self.state = WizardState()
        self.session: HostSession | None = None
        self.host: HostInfo | None = None
        self.installed_key = ""
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(MAX_BACKGROUND_THREADS)
        self.pool = pool
        self.session_holds: list[Callable[[], None]] = []

    @property
    def catalog(self):
        return self.backend.catalog

    @property
    def target_name(self) -> str:
        """The machine being set up, once known ("" before)."""
        if self.host is not None:
            return self.host.fqdn or self.host.target
        return self.session.target if self.session is not None else ""

    def notify(self) -> None:
        """Tell everyone that the state changed."""
        self.changed.emit()

    def choose_target(self, target: Target) -> None:
        """The user picked a target on the welcome page: a different one drops the session."""
        if self.state.target is target and (self.session is None or self.session.kind is target):
            return
        self.state.target = target
        self.forget_session()
        self.notify()

    def choose_lab_scenario(self, scenario: str) -> None:
        """The user picked the lab's story: a running lab of the other story is dropped.

        The lab itself is built when the wizard next connects (in the background).
        """
        if self.state.lab_scenario == scenario:
            return
        self.state.lab_scenario = scenario
        if self.session is not None and self.session.lab is not None:
            self.forget_session()
        self.notify()

    def adopt_session(self, session: HostSession) -> None:
        """Use ``session`` from now on (the previous one is closed in the background)."""
        if self.session is not session:
            self.forget_session()
            self.session = session
        self.notify()

    def forget_session(self) -> None:
        """Drop the session and everything learned through it."""
        old, self.session = self.session, None
        self.host = None
        self.installed_key = ""
        state = self.state
        state.connected = False
        state.inspected = False
        state.preflight_blocked = False
        state.host_is_working_kms = False
        state.key_installed = False
        state.host_activated = False
        state.office_done = set()
        if old is not None:
            run_task(lambda _token, _report: old.close(), pool=self.pool)

    def shutdown(self) -> None:
        """Close the session when the wizard closes (the lab stops with it), in the background."""
        self.closing.emit()
        old, self.session = self.session, None
        holds = list(self.session_holds)
        if old is not None:

            def close(_token: object, _report: object) -> None:
                for hold in holds:
                    hold()
                old.close()

            run_task(close, pool=self.pool)
