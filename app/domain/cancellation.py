"""Cooperative cancellation and progress reporting for long work, without Qt.

Services receive a :class:`CancelToken` and a progress callback; the Qt worker
layer (``app.workers``) supplies both, a CLI supplies its own (Ctrl+C).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

ProgressCallback = Callable[[object], None]


class Cancelled(Exception):
    """Raised inside work that noticed its token was cancelled."""


class CancelToken:
    """A flag set once by whoever wants the work to stop (thread-safe)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``, waking early on cancel; True when cancelled."""
        return self._event.wait(seconds)


def no_progress(_item: object) -> None:
    """A progress callback that discards everything (for callers that do not care)."""
