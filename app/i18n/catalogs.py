"""Finding and installing translation catalogs (ours and Qt's)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.i18n.pseudo import PSEUDO_LANGUAGE, PseudoTranslator
from app.resources import translations_dir

LANGUAGES: tuple[str, ...] = ("en", "fr", "de")
SOURCE_LANGUAGE = "en"

# Translators currently installed, kept referenced so Qt does not lose them.
_installed: list[QTranslator] = []


@dataclass(frozen=True)
class LanguageLoad:
    """What :func:`install_language` managed to load."""

    language: str
    app_catalog: Path | None
    qt_catalog: Path | None

    @property
    def complete(self) -> bool:
        if self.language == PSEUDO_LANGUAGE:
            return True  # made up on the fly, nothing to load
        if self.language == SOURCE_LANGUAGE:
            return self.app_catalog is not None
        return self.app_catalog is not None and self.qt_catalog is not None


def normalise_language(code: str | None) -> str | None:
    """``fr_CA`` → ``fr``; None when the language is not one we ship."""
    if not code:
        return None
    base = code.replace("-", "_").split("_", 1)[0].lower()
    return base if base in LANGUAGES else None


def system_language() -> str:
    """The user's UI language if we ship it, else English."""
    for name in QLocale.system().uiLanguages():
        lang = normalise_language(name)
        if lang:
            return lang
    return SOURCE_LANGUAGE


def locale_for(language: str) -> QLocale:
    """The locale dates and numbers are written in for the interface ``language``.

    The system's own locale when it speaks that language (a Swiss or Austrian
    user keeps their formats), else the language's main locale.
    """
    system = QLocale.system()
    if normalise_language(system.name()) == language:
        return system
    return QLocale(language if language in LANGUAGES else SOURCE_LANGUAGE)


def app_catalog_path(language: str) -> Path:
    return translations_dir() / f"app_{language}.qm"


def qt_catalog_path(language: str) -> Path:
    base = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return base / f"qtbase_{language}.qm"


def install_language(language: str) -> LanguageLoad:
    """Replace the installed translators with those for ``language``.

    Needs a ``QCoreApplication`` (or ``QApplication``) instance. English is the
    source language: its catalog only holds the plural forms ("1 host", "2 hosts").
    ``pseudo`` installs the stretching pseudo-translator (:mod:`app.i18n.pseudo`).
    The default ``QLocale`` follows, so dates and numbers read the user's way.
    """
    pseudo = language == PSEUDO_LANGUAGE
    lang = PSEUDO_LANGUAGE if pseudo else normalise_language(language) or SOURCE_LANGUAGE
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QCoreApplication instance")
    for old in _installed:
        # A translator dies with the application object that owned it (the command line's
        # windowless one is shut down before the wizard's QApplication is made).
        with contextlib.suppress(RuntimeError):
            QCoreApplication.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(locale_for(SOURCE_LANGUAGE if pseudo else lang))
    if pseudo:
        translator = PseudoTranslator(app)
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
        return LanguageLoad(lang, None, None)
    loaded: dict[str, Path | None] = {"qt": None, "app": None}
    catalogs = [("app", app_catalog_path(lang))]
    if lang != SOURCE_LANGUAGE:
        # Qt's own texts are English already; the English catalog only spells plurals.
        catalogs.insert(0, ("qt", qt_catalog_path(lang)))
    for kind, path in catalogs:
        translator = QTranslator(app)
        if path.is_file() and translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            loaded[kind] = path
    return LanguageLoad(lang, loaded["app"], loaded["qt"])
