"""The one background primitive: run a callable on a thread pool, hear back on the GUI thread.

``run_task(fn)`` calls ``fn(token, report)`` on a ``QThreadPool`` thread, where
``token`` is a :class:`~app.domain.cancellation.CancelToken` and ``report(item)``
queues a progress item. On the GUI thread the returned :class:`Task` emits:

- ``progress(list)`` — the items reported since the last emission, at most
  ``MAX_UPDATES_PER_SECOND`` times a second whatever the rate of reports (a scan
  of 10,000 hosts must not flood the event loop);
- then exactly one of ``succeeded(result)``, ``failed(exception)`` or
  ``cancelled(partial)``, after the last progress batch. ``partial`` is what the
  work returned after noticing the cancellation (a scan's hosts read so far), or
  None when it stopped by raising :class:`~app.domain.cancellation.Cancelled`.

The GUI thread never waits: nothing here blocks it, and the ``Task`` object stays
referenced until it has finished (a collected emitter crashes PySide, pytest-qt
#487).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from app.domain.cancellation import Cancelled, CancelToken

MAX_UPDATES_PER_SECOND = 20
_FLUSH_INTERVAL_MS = 1000 // MAX_UPDATES_PER_SECOND

Work = Callable[[CancelToken, Callable[[object], None]], Any]

# Tasks alive until their final signal has been delivered.
_running: set[Task] = set()


class _Outcome(QObject):
    """Carries the worker's outcome to the GUI thread (queued, since it lives there)."""

    done = Signal(str, object)


class Task(QObject):
    """A piece of background work, observed from the GUI thread."""

    progress = Signal(list)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal(object)  # the partial result, or None
    finished = Signal()  # after whichever of the three above

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.token = CancelToken()
        self._work = work
        self._pending: list[object] = []
        self._lock = threading.Lock()
        self._done = False
        self._outcome = _Outcome()
        self._outcome.done.connect(self._on_outcome_done)
        self._timer = QTimer(self)
        self._timer.setInterval(_FLUSH_INTERVAL_MS)
        self._timer.timeout.connect(self._flush_progress)

    @property
    def is_running(self) -> bool:
        return not self._done

    def cancel(self) -> None:
        """Ask the work to stop; it notices at its next token check."""
        self.token.cancel()

    def _report(self, item: object) -> None:  # worker thread
        with self._lock:
            self._pending.append(item)

    def _run(self) -> None:  # worker thread
        try:
            result = self._work(self.token, self._report)
        except Cancelled:
            self._outcome.done.emit("cancelled", None)
        except BaseException as error:  # delivered to the GUI thread, never lost
            self._outcome.done.emit("failed", error)
        else:
            if self.token.cancelled:
                self._outcome.done.emit("cancelled", result)
            else:
                self._outcome.done.emit("succeeded", result)

    def _flush_progress(self) -> None:
        with self._lock:
            batch, self._pending = self._pending, []
        if batch:
            self.progress.emit(batch)

    def _on_outcome_done(self, kind: str, value: object) -> None:
        self._timer.stop()
        self._flush_progress()
        self._done = True
        if kind == "succeeded":
            self.succeeded.emit(value)
        elif kind == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit(value)
        self.finished.emit()
        _running.discard(self)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()


def run_task(work: Work, *, pool: QThreadPool | None = None) -> Task:
    """Start ``work(token, report)`` in the background; connect to the returned Task.

    Connect to the task's signals right after this call: the outcome is delivered
    through the GUI thread's event loop, so it cannot arrive before control
    returns to it.
    """
    task = Task(work)
    _running.add(task)
    task._timer.start()
    (pool or QThreadPool.globalInstance()).start(_Runnable(task))
    return task
