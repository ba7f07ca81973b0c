"""Session-wide set-up shared by every test."""

from __future__ import annotations

import os

import pytest

# Headless everywhere: widgets render offscreen, no display needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def _full_qapplication_first(qapp):
    """Make pytest-qt create the QApplication before any test runs.

    The command line creates a bare QCoreApplication when none exists; if a CLI
    test ran first, widget tests would inherit it and fail. Letting pytest-qt's
    own fixture create it keeps its lifecycle (a QApplication created elsewhere
    and collected at interpreter exit crashes PySide 6.12).
    """
    return qapp
