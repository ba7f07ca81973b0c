"""``--winrm`` defaults to what a stock Windows Server offers (HTTP 5985 with Negotiate), and a
failed connection is told the same way as in the wizard: the case's sentence and its fix."""

from __future__ import annotations

import io
import json
import socket

import pytest

from app.cli import main


def _nothing_listens(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) != 0


def _inspect(capsys, monkeypatch, language, *argv):
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    target = ("--target", "127.0.0.1", "--timeout", "5")
    code = main(["--lang", language, "host", "inspect", *target, *argv])
    return code, capsys.readouterr()


def test_winrm_without_a_scheme_goes_to_http_5985_with_negotiate(capsys, monkeypatch):
    if not _nothing_listens(5985):
        pytest.skip("something listens on 127.0.0.1:5985 here")
    argv = ("--winrm", "--user", "u", "--password-stdin", "--json")
    code, captured = _inspect(capsys, monkeypatch, "en", *argv)
    assert code == 1
    error = json.loads(captured.out)["error"]
    assert error["kind"] == "REFUSED"
    assert error["data"]["url"] == "http://127.0.0.1:5985/wsman"
    assert error["data"]["reason_code"] == "no-listener"
    assert "port 5985 (HTTP)" in error["message"]
    assert "winrm quickconfig" in error["hint"]


@pytest.mark.parametrize(("language", "words"), [("fr", "écouteur"), ("de", "Listener")])
def test_the_refusal_is_told_in_the_users_language(capsys, monkeypatch, language, words):
    if not _nothing_listens(5985):
        pytest.skip("something listens on 127.0.0.1:5985 here")
    argv = ("--winrm", "--user", "u", "--password-stdin")
    code, captured = _inspect(capsys, monkeypatch, language, *argv)
    assert code == 1
    assert "5985" in captured.err and words in captured.err
    assert "winrm quickconfig" in captured.err


def test_basic_needs_https_now_that_http_is_the_default(capsys, monkeypatch):
    argv = ("--winrm", "--auth", "basic", "--user", "u", "--password-stdin")
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    code = main(["--lang", "en", "host", "inspect", "--target", "kms01.example.com", *argv])
    assert code == 2
    assert "in clear" in capsys.readouterr().err
