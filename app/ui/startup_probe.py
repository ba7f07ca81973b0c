"""Start-up timing: note when the wizard's first page is on screen, print it, and quit.

Set ``KMSW_STARTUP_PROBE=1`` and start ``kms-wizard`` as usual: when the first
page has been painted, one JSON line ``{"first_page_shown": <epoch seconds>}``
goes to standard output and the window closes. The benchmark
(``tests/perf/bench_ui.py``) compares it with the moment it started the process.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWizard

STARTUP_PROBE_ENV = "KMSW_STARTUP_PROBE"


class StartupProbe(QObject):
    """Watches the first page's first paint (see the module doc)."""

    def __init__(self, wizard: QWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._page = wizard.page(wizard.startId())
        self._done = False
        self._page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and watched is self._page and event.type() == QEvent.Type.Paint:
            self._done = True
            shown = time.time()
            # After this paint: the line is written once the page really is on screen.
            QTimer.singleShot(0, lambda: self._report(shown))
        return False

    def _report(self, shown: float) -> None:
        sys.stdout.write(json.dumps({"first_page_shown": shown}) + "\n")
        sys.stdout.flush()
        self._wizard.close()
