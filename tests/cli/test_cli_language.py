"""The command line speaks the user's language, help and usage errors included."""

from __future__ import annotations

import pytest

from app.cli import main


@pytest.mark.parametrize(
    ("lang", "usage", "required"),
    [
        ("fr", "utilisation\u00a0:", "les arguments suivants sont obligatoires"),
        ("de", "Aufruf:", "folgende Argumente sind erforderlich"),
        ("en", "usage:", "the following arguments are required"),
    ],
)
def test_usage_errors_are_translated(capsys, lang, usage, required):
    with pytest.raises(SystemExit) as stopped:
        main(["--lang", lang, "keys", "check"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert usage in err and required in err


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("fr", "l’accessibilité TCP"), ("de", "TCP-Erreichbarkeit"), ("en", "TCP reachability")],
)
def test_help_is_translated(capsys, lang, expected):
    with pytest.raises(SystemExit) as stopped:
        main(["--lang", lang, "dns-check", "--help"])
    assert stopped.value.code == 0
    assert expected in " ".join(capsys.readouterr().out.split())


def test_help_defaults_are_still_expanded(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "de", "host", "inspect", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "Frist pro Computer in Sekunden (Standard 60" in out
