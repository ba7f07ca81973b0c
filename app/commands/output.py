"""What every sub-command shares: exit codes, JSON output, translated messages."""

from __future__ import annotations

import json
import sys
from typing import Any

from app.domain.text import Message, Text

EXIT_OK = 0  # success / all checks pass
EXIT_PROBLEMS = 1  # the operation ran and found problems
EXIT_USAGE = 2  # usage or input error

_qt_app = None


def ensure_translations(language: str | None) -> str:
    """Create the (windowless) Qt core application and load the catalogs.

    The command line speaks the user's language too; Qt's core library is
    enough for that, no display is needed.
    """
    global _qt_app
    from PySide6.QtCore import QCoreApplication

    from app.i18n import install_language, normalise_language, system_language

    if QCoreApplication.instance() is None:
        _qt_app = QCoreApplication([sys.argv[0] if sys.argv else "kms-wizard"])
    lang = normalise_language(language) or system_language()
    install_language(lang)
    return lang


def say(item: Message | Text | str, *args: object, file=None) -> None:
    """Print a translated message (or plain text) on stdout (or ``file``)."""
    print(text_of(item, *args), file=file or sys.stdout)


def text_of(item: Message | Text | str, *args: object, n: int = -1) -> str:
    from app.i18n import render, render_text

    if isinstance(item, Message):
        return render(item)
    if isinstance(item, Text):
        return render_text(item, *args, n=n)
    return item


def fail_usage(item: Message | Text | str, *args: object) -> int:
    """Report bad input on stderr and return the usage exit code (2)."""
    say(item, *args, file=sys.stderr)
    return EXIT_USAGE


def emit_json(document: Any) -> None:
    """Print exactly one JSON document on stdout."""
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")


def _default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    if hasattr(value, "value"):
        return value.value
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
