"""Languages: load Qt's and our catalogs, and render domain messages.

Order matters: Qt's own ``qtbase_<lang>.qm`` goes in first (it translates the
wizard's Back/Next/Finish and the standard dialogs), then ``app_<lang>.qm``.
Switching language removes the previous pair and installs the new one, which
makes Qt send ``LanguageChange`` to every widget.
"""

from __future__ import annotations

from app.i18n.catalogs import (
    LANGUAGES,
    LanguageLoad,
    install_language,
    normalise_language,
    system_language,
)
from app.i18n.render import render, render_text

__all__ = [
    "LANGUAGES",
    "LanguageLoad",
    "install_language",
    "normalise_language",
    "render",
    "render_text",
    "system_language",
]
