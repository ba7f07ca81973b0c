"""Python's cyclic garbage collector, run on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to allocate when a
threshold is crossed — often a worker. If the garbage it finds holds a Qt widget, the
widget's C++ destructor then runs on that worker while the GUI thread is using Qt: the
destructor takes Qt's signal lock and waits for the interpreter lock, the GUI thread
holds the interpreter lock and waits for Qt's signal lock, and the window freezes for
good (seen: a worker opening the journal collected a host-check label mid-retranslate).

So automatic collection is switched off and a GUI-thread timer collects instead, with
Python's own thresholds. During client runs (thousands of results arriving) the slow
full collection waits until the runs end: scanning a million objects holds the
interpreter lock for 100-200 ms, a visible stutter.
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QObject, QTimer

COLLECT_EVERY_MS = 200
_NAME = "kmsw-gui-thread-collector"


class GuiThreadCollector(QObject):
    """Owns garbage collection for the process while the Qt application lives."""

    def __init__(self, application: QCoreApplication) -> None:
        super().__init__(application)
        self.setObjectName(_NAME)
        self._lock = threading.Lock()
        self._busy_runs = 0
        self._timer = QTimer(self)
        self._timer.setInterval(COLLECT_EVERY_MS)
        self._timer.timeout.connect(self.collect_due)
        gc.disable()
        self._timer.start()
        application.aboutToQuit.connect(self._hand_back)

    def collect_due(self) -> int:
        """Collect the generations whose threshold is crossed; returns the generation or -1."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        with self._lock:
            busy = self._busy_runs > 0
        if counts[2] > thresholds[2] and not busy:
            generation = 2
        elif counts[1] > thresholds[1]:
            generation = 1
        elif counts[0] > thresholds[0]:
            generation = 0
        else:
            return -1
        gc.collect(generation)
        return generation

    def run_started(self) -> None:
        """A long run begins: hold back full collections (any thread)."""
        with self._lock:
            self._busy_runs += 1

    def run_ended(self) -> None:
        """A long run ended (any thread): its results are long-lived, so freeze them."""
        with self._lock:
            self._busy_runs = max(0, self._busy_runs - 1)
            if self._busy_runs == 0:
                gc.freeze()  # what the run left is not scanned again and again

    def _hand_back(self) -> None:
        self._timer.stop()
        gc.enable()


def gui_thread_collector() -> GuiThreadCollector:
    """The application's collector, installed on first use (GUI thread)."""
    application = QCoreApplication.instance()
    if application is None:
        raise RuntimeError("the Qt application does not exist yet")
    existing = application.findChild(QObject, _NAME)
    return existing if isinstance(existing, GuiThreadCollector) else GuiThreadCollector(application)
