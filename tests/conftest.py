"""Session-wide set-up shared by every test."""

from __future__ import annotations

import os

# Headless everywhere: widgets render offscreen, no display needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_configure(config):
    # The command line creates a bare QCoreApplication when none exists; if a CLI test
    # ran first, pytest-qt's qapp would inherit it and widget tests would fail. Create
    # the full QApplication before any test runs.
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        config._kmsw_qapp = QApplication(["pytest"])
