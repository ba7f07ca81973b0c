"""The language follows the system on first start, is remembered, and --lang overrides it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.i18n import system_language
from app.i18n.pseudo import PSEUDO_LANGUAGE
from app.ui import preferences
from app.ui.preferences import remember_language, saved_language, startup_language
from app.ui.wizard import LANGUAGE_NAMES


@pytest.fixture
def settings_dir(tmp_path, monkeypatch):
    """A settings folder of this test's own (the session-wide one is shared)."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.delenv(preferences.PSEUDO_ENV, raising=False)
    yield tmp_path
    # Back to an empty private folder for the tests that follow.
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "after")
    )


def test_first_start_follows_the_system(settings_dir):
    assert saved_language() is None
    assert startup_language(None) == system_language()


def test_a_remembered_choice_wins_over_the_system_and_lang_wins_over_both(settings_dir):
    remember_language("de")
    assert startup_language(None) == "de"
    assert startup_language("fr") == "fr"
    assert startup_language("fr_CA") == "fr"
    assert startup_language("it") == "de"  # not a language we ship: the remembered one
    assert startup_language(PSEUDO_LANGUAGE) == PSEUDO_LANGUAGE


def test_the_settings_file_is_ini_in_the_given_folder(settings_dir):
    remember_language("fr")
    store = preferences.settings()
    assert Path(store.fileName()).is_relative_to(settings_dir)
    assert store.organizationName() == "KMS Host Wizard"
    assert store.applicationName() == "kms-wizard"
    text = Path(store.fileName()).read_text(encoding="utf-8")
    assert "language=fr" in text


def test_the_pseudo_locale_is_never_remembered(settings_dir, monkeypatch):
    remember_language("de")
    remember_language(PSEUDO_LANGUAGE)
    assert saved_language() == "de"
    monkeypatch.setenv(preferences.PSEUDO_ENV, "1")
    assert startup_language(None) == PSEUDO_LANGUAGE
    assert startup_language("en") == "en"  # an explicit --lang still wins


def test_a_damaged_setting_is_ignored(settings_dir):
    store = preferences.settings()
    store.setValue(preferences.LANGUAGE_KEY, "klingon")
    store.sync()
    assert saved_language() is None
    assert startup_language(None) == system_language()


def test_switching_in_the_menu_is_remembered(qtbot, make_wizard, settings_dir):
    wizard, _confirmer = make_wizard("en")
    codes = [code for code, _name in LANGUAGE_NAMES]
    assert codes == ["en", "fr", "de"]
    wizard.language_menu.actions()[codes.index("de")].trigger()
    assert wizard.ctx.language == "de"
    assert saved_language() == "de"
    assert startup_language(None) == "de"
    wizard.language_menu.actions()[codes.index("fr")].trigger()
    assert saved_language() == "fr"
