"""About KMS Host Wizard: version, icon, and the licence of every bundled component."""

from __future__ import annotations

import tomllib
from email.message import Message
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

import app
from app import components
from app.components import DIRECT_DEPENDENCIES, bundled_components, canonical
from app.ui.about import AboutDialog
from app.ui.app_icon import application_icon

ROOT = Path(__file__).resolve().parents[2]
ICON_SIZES = {16, 24, 32, 48, 64, 128, 256}


def test_direct_dependencies_are_those_of_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {
        canonical(dep.split(";")[0].split("[")[0].split(">")[0].split("<")[0].split("=")[0])
        for dep in project["dependencies"]
    }
    assert {canonical(name) for name in DIRECT_DEPENDENCIES} == declared


def test_licences_come_from_the_installed_metadata():
    found = {canonical(c.name): c for c in bundled_components()}
    expected = {
        "pywinrm": "MIT",
        "dnspython": "ISC",
        "keyring": "MIT",
        "platformdirs": "MIT",
        "requests-ntlm": "ISC",
        "xmltodict": "MIT",
        "pyspnego": "MIT",
        "ldap3": "LGPL-3.0-only",
        "requests": "Apache-2.0",
    }
    for name, licence in expected.items():
        assert found[name].licence == licence, name
        assert found[name].from_metadata, name
        assert found[name].version == metadata.version(name)
    assert "Apache-2.0" in found["cryptography"].licence and "BSD" in found["cryptography"].licence
    assert found["pyside6-essentials"].licence.startswith("LGPL-3.0")
    assert "shiboken6" in found
    # The two runtimes come first; test-only tools are not part of the build.
    names = [c.name for c in bundled_components()]
    assert names[:2] == ["Python", "Qt"]
    assert not {"pytest", "ruff", "pyinstaller"} & {canonical(n) for n in names}


def test_a_package_without_metadata_falls_back_to_the_table(monkeypatch):
    real = metadata.distribution

    def without_ldap3(name):
        if canonical(name) == "ldap3":
            raise metadata.PackageNotFoundError(name)
        return real(name)

    monkeypatch.setattr(components.metadata, "distribution", without_ldap3)
    ldap3 = next(c for c in bundled_components() if canonical(c.name) == "ldap3")
    assert ldap3.licence == "LGPL-3.0-only" and not ldap3.from_metadata


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"License-Expression": "ISC", "License": "whatever"}, "ISC"),
        ({"Classifier": "License :: OSI Approved :: MIT License"}, "MIT"),
        ({"License": "BSD-2-Clause"}, "BSD-2-Clause"),
        ({"License": "Copyright (c) 2013\n\nPermission is hereby granted…"}, ""),
        ({}, ""),
    ],
)
def test_licence_field_precedence(fields, expected):
    meta = Message()
    for key, value in fields.items():
        meta[key] = value
    assert components.licence_from_metadata(meta) == expected


def test_about_opens_from_the_help_menu_translated(qtbot, make_wizard):
    wizard, _confirmer = make_wizard("de")
    menu_texts = [action.text() for action in wizard.help_menu.actions() if action.text()]
    assert "Über den KMS-Host-Assistenten" in menu_texts
    wizard.about_action.trigger()
    dialog = wizard.about_dialog
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    assert app.__version__ in dialog.version.text()
    assert dialog.windowTitle() == "Über den KMS-Host-Assistenten"
    headers = [dialog.table.horizontalHeaderItem(i).text() for i in range(3)]
    assert headers == ["Komponente", "Version", "Lizenz"]
    rows = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 2).text()
        for r in range(dialog.table.rowCount())
    }
    assert rows["pywinrm"] == "MIT" and rows["dnspython"] == "ISC"
    assert rows["Qt"] == "LGPL-3.0-only"
    assert not dialog.findChild(type(dialog.name)).pixmap().isNull()  # the icon is shown
    wizard.switch_language("fr")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "À propos de l’assistant d’hôte KMS")
    assert dialog.table.horizontalHeaderItem(0).text() == "Composant"


def test_the_window_icon_has_every_size(make_wizard):
    icon = application_icon()
    assert {size.width() for size in icon.availableSizes()} >= ICON_SIZES
    wizard, _confirmer = make_wizard("en")
    assert QSize(256, 256) in wizard.windowIcon().availableSizes()


@pytest.mark.parametrize("language", ["de", "pseudo"])
def test_nothing_in_the_dialog_is_cut_off(qtbot, make_wizard, language):
    from app.ui.layout_audit import audit

    wizard, _confirmer = make_wizard(language)
    wizard.open_about()
    dialog = wizard.about_dialog
    assert dialog.isVisible()  # shown, so its layout has been activated
    assert audit(dialog) == []


def test_a_frozen_build_without_metadata_still_lists_every_component(monkeypatch):
    """PyInstaller keeps little package metadata: the table and its requirements serve."""

    def nothing(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(components.metadata, "distribution", nothing)
    listed = {canonical(c.name): c for c in bundled_components()}
    for name in ("pywinrm", "requests", "requests-ntlm", "pyspnego", "xmltodict", "dnspython",
                 "keyring", "cryptography", "cffi", "ldap3", "pyasn1", "shiboken6", "certifi"):
        assert name in listed, name
        assert listed[name].licence == components.FALLBACK_LICENCES[name]
        assert not listed[name].from_metadata


def test_the_fallback_table_agrees_with_the_installed_metadata():
    checked = 0
    for key, licence in components.FALLBACK_LICENCES.items():
        try:
            meta = metadata.metadata(key)
        except metadata.PackageNotFoundError:
            continue  # another platform's package (pywin32-ctypes, sspilib)
        assert components.licence_from_metadata(meta) == licence, key
        checked += 1
    assert checked >= 20
