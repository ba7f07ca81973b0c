"""Guard against the PySide6 build that corrupts None's reference count.

PySide6-Essentials 6.12.0 on Python 3.11 decrements None's reference count on
every call of a void method (setText, show, processEvents…). A wizard making a
few thousand such calls then dies at exit or mid-run with "Fatal Python error:
none_dealloc". pyproject.toml pins it out; this test fails if a future version
brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        QCoreApplication.processEvents()
    # Other code running meanwhile may take or drop a few references; a leak of one
    # per call would show as a drop of thousands.
    assert sys.getrefcount(None) > before - 100
