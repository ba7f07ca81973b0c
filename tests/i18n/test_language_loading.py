"""Qt's catalog first, ours second; switching languages replaces both."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from app.domain.keys import KeyProblem
from app.i18n import install_language, normalise_language, render_text
from app.i18n.catalogs import qt_catalog_path


@pytest.fixture
def core_app(qapp):
    yield qapp
    install_language("en")


@pytest.mark.parametrize(
    ("lang", "expected_fragment"),
    [("fr", "clé de produit"), ("de", "Produktschlüssel")],
)
def test_our_catalog_translates_domain_texts(core_app, lang, expected_fragment):
    load = install_language(lang)
    assert load.complete, load
    assert expected_fragment.lower() in render_text(KeyProblem.EMPTY.text).lower()


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_qt_own_catalog_is_installed_too(core_app, lang):
    assert qt_catalog_path(lang).is_file()
    install_language(lang)
    # QWizard's "Cancel" lives in Qt's catalog (context QPlatformTheme), not in ours.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"


def test_switching_back_to_english_removes_translations(core_app):
    install_language("de")
    assert render_text(KeyProblem.EMPTY.text) != KeyProblem.EMPTY.text.source
    install_language("en")
    assert render_text(KeyProblem.EMPTY.text) == KeyProblem.EMPTY.text.source
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.mark.parametrize(
    ("code", "expected"),
    [("fr_CA", "fr"), ("de-AT", "de"), ("en_GB", "en"), ("it_IT", None), ("", None), (None, None)],
)
def test_normalise_language(code, expected):
    assert normalise_language(code) == expected


def test_english_plural_forms_come_from_the_english_catalog(core_app):
    from app.domain.text import QT_TRANSLATE_N_NOOP

    load = install_language("en")
    assert load.app_catalog is not None and load.app_catalog.name == "app_en.qm"
    text = QT_TRANSLATE_N_NOOP("ConvertCommand", "Nothing to change on %n host(s): %1.", None, 0)
    assert render_text(text, "pc1", n=1) == "Nothing to change on 1 host: pc1."
    assert render_text(text, "pc1, pc2", n=2) == "Nothing to change on 2 hosts: pc1, pc2."
