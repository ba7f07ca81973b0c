"""What the wizard remembers between runs: the interface language.

Stored with ``QSettings`` as an INI file in the user's settings folder
(organisation "KMS Host Wizard", application "kms-wizard"); the INI format is
the same on every OS and lets tests point ``QSettings.setPath`` at a temporary
folder. Nothing secret is ever stored here (passwords live in the keyring).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

from app.i18n import normalise_language, system_language
from app.i18n.pseudo import PSEUDO_LANGUAGE

ORGANISATION = "KMS Host Wizard"
APPLICATION = "kms-wizard"
LANGUAGE_KEY = "interface/language"
PSEUDO_ENV = "KMSW_PSEUDO"


def settings() -> QSettings:
    """The wizard's settings store (user scope, INI format)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def saved_language() -> str | None:
    """The language chosen in an earlier run, if it is one we ship."""
    value = settings().value(LANGUAGE_KEY)
    return normalise_language(value if isinstance(value, str) else None)


def remember_language(language: str) -> None:
    """Keep ``language`` for the next start (the pseudo-locale is never kept)."""
    lang = normalise_language(language)
    if lang is None:
        return
    store = settings()
    store.setValue(LANGUAGE_KEY, lang)
    store.sync()


def startup_language(requested: str | None = None) -> str:
    """The language to start in.

    ``--lang`` wins, then ``KMSW_PSEUDO=1`` (the stretching pseudo-locale), then
    the language chosen last time, then the system's language (first start).
    """
    if requested == PSEUDO_LANGUAGE:
        return PSEUDO_LANGUAGE
    chosen = normalise_language(requested)
    if chosen:
        return chosen
    if os.environ.get(PSEUDO_ENV, "") not in ("", "0"):
        return PSEUDO_LANGUAGE
    return saved_language() or system_language()
