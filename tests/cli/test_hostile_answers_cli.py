"""The command line tells hostile answers as they are, in the user's language (issue 15, F1/F8).

``kms-wizard scan`` and ``host inspect`` against the hostile WS-Man server
(tests/adapters/hostile_wsman.py): an endless answer is "larger than 1 MB", a
redirect has its own sentence without the quota hint, and a time-out's fix
names ``--timeout`` rather than a field of the wizard.
"""

from __future__ import annotations

import json

import pytest

from app.domain.errors import ErrorKind, for_cli
from app.domain.text import msg
from tests.adapters.hostile_wsman import HostileServer
from tests.cli.cli_run import run

CREDENTIALS = ("--auth", "basic", "--user", "u", "--password-stdin")


@pytest.fixture(scope="module")
def hostile():
    with HostileServer() as server:
        yield server


def _scan(capsys, monkeypatch, hostile, mode, tmp_path, *options, language="en"):
    argv = ["--lang", language, "scan", "127.0.0.1", "--winrm", "--winrm-url", hostile.url(mode)]
    argv += [*CREDENTIALS, "--journal", str(tmp_path / "journal.sqlite3"), *options]
    return run(capsys, monkeypatch, *argv, stdin="pw\n")


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "more than 1 MB"), ("fr", "plus de 1 Mo"), ("de", "mehr als 1 MB")],
)
def test_an_endless_answer_is_reported_too_large(
    capsys, monkeypatch, hostile, tmp_path, language, words
):
    code, out, _ = _scan(
        capsys, monkeypatch, hostile, "endless", tmp_path, "--timeout", "5", language=language
    )
    assert code == 1
    assert words in out


def test_a_time_out_in_a_scan_names_the_option(capsys, monkeypatch, hostile, tmp_path):
    code, out, _ = _scan(
        capsys, monkeypatch, hostile, "dribble", tmp_path, "--timeout", "1", "--json"
    )
    assert code == 1
    [host] = json.loads(out)["hosts"]
    assert host["error_kind"] == "TIMEOUT"
    assert "Advanced" not in host["hint"]  # the wizard's field is not on the command line


def test_the_hints_that_name_a_field_of_the_wizard_name_the_option_instead():
    timeout = for_cli(msg(ErrorKind.TIMEOUT.hint))
    assert "--timeout" in timeout.english() and "Advanced" not in timeout.english()
    redirect = for_cli(msg(ErrorKind.REDIRECTED.hint))
    assert "--winrm-url" in redirect.english()
    other = msg(ErrorKind.REFUSED.hint)
    assert for_cli(other) == other


def test_a_redirect_is_told_with_the_option_to_check(capsys, monkeypatch, hostile):
    argv = ["host", "inspect", "--target", "127.0.0.1", "--winrm"]
    argv += ["--winrm-url", hostile.url("redirect"), *CREDENTIALS, "--timeout", "5"]
    code, _, err = run(capsys, monkeypatch, *argv, stdin="pw\n")
    assert code == 1
    assert "answered with a redirection (HTTP 302) instead of WinRM" in err
    assert "--winrm-url" in err and "MaxShellsPerUser" not in err
