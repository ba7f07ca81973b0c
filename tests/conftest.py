"""Session-wide set-up shared by every test."""

from __future__ import annotations

import os
import tempfile

import pytest
from PySide6.QtCore import QSettings, QThreadPool

# Headless everywhere: widgets render offscreen, no display needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A bug's traceback goes to a debug log of the tests' own (child processes inherit it),
# never to the real user's log folder.
os.environ.setdefault(
    "KMS_WIZARD_DEBUG_LOG", os.path.join(tempfile.mkdtemp(prefix="kmsw-debug-"), "debug.log")
)


@pytest.fixture(scope="session", autouse=True)
def _full_qapplication_first(qapp):
    """Make pytest-qt create the QApplication before any test runs.

    The command line creates a bare QCoreApplication when none exists; if a CLI
    test ran first, widget tests would inherit it and fail. Letting pytest-qt's
    own fixture create it keeps its lifecycle (a QApplication created elsewhere
    and collected at interpreter exit crashes PySide 6.12).
    """
    return qapp


@pytest.fixture(scope="session", autouse=True)
def _private_settings(tmp_path_factory):
    """Settings the wizard remembers (the language) go to a temporary folder, never
    to the real user's: every QSettings of the app uses the INI format."""
    folder = tmp_path_factory.mktemp("qsettings")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder / scope.name))
    return folder


@pytest.fixture
def pool():
    """A thread pool of the test's own for background tasks (waited for at the end)."""
    pool = QThreadPool()
    pool.setMaxThreadCount(4)
    yield pool
    pool.waitForDone(30_000)
