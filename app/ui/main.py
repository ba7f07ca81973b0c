"""``kms-wizard`` without a sub-command: the application object, the language, the window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.i18n import install_language
from app.ui.app_icon import application_icon
from app.ui.preferences import startup_language


def gui_application() -> QApplication:
    """The process's QApplication, created if needed.

    The command line may already have made a windowless ``QCoreApplication``
    (it translates argparse's texts while parsing). Qt allows one application
    object and a window needs a ``QApplication``, so the windowless one is shut
    down first; the caller installs the language afterwards.
    """
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    if existing is not None:
        existing.shutdown()
    application = QApplication(sys.argv[:1] or ["kms-wizard"])
    application.setApplicationName("KMS Host Wizard")
    application.setWindowIcon(application_icon())
    return application


def _display_available() -> bool:
    """False on a Linux/BSD machine with no X11 or Wayland session (Qt would abort)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run_wizard(
    language: str | None = None,
    demo: bool = False,
    lab_world_factory=None,
    lab_scenario: str | None = None,
) -> int:
    """Show the wizard and run the event loop until it closes; returns the exit code.

    Args:
        language: ``en``, ``fr``, ``de`` or ``pseudo`` (stretched texts, to check
            layouts); None: the language chosen last time, else the system's.
        demo: start on the simulated lab (training mode).
        lab_world_factory: builds the lab's world (``--demo --machine-file``: the
            default lab plus replayed captures); None: the default lab.
        lab_scenario: the lab's story to start with (``--scenario``; None: the default).
    """
    from app.bootstrap import build_wizard  # the composition root builds the adapters

    if not _display_available():
        from app.commands.output import EXIT_USAGE, ensure_translations, say
        from app.domain.text import QT_TRANSLATE_NOOP

        ensure_translations(language)
        say(
            QT_TRANSLATE_NOOP(
                "Wizard",
                "No desktop session was found (DISPLAY and WAYLAND_DISPLAY are not set), so "
                "the wizard window cannot open. Run it from a desktop session, or use the "
                "command line: kms-wizard --help.",
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    application = gui_application()
    chosen = startup_language(language)
    install_language(chosen)
    backend = None
    if lab_world_factory is not None:
        from app.bootstrap import DesktopBackend

        backend = DesktopBackend(lab_world_factory=lab_world_factory)
    wizard = build_wizard(chosen, demo=demo, backend=backend, lab_scenario=lab_scenario)
    wizard.show()
    application.exec()
    wizard.ctx.pool.waitForDone()
    return 0
