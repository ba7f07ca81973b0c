"""Kerberos is not offered (B6): the command line refuses it with a usage error that
names what it accepts, and the help says that Negotiate is NTLM."""

from __future__ import annotations

import io

import pytest

from app.cli import main


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_auth_kerberos_is_a_usage_error(capsys, monkeypatch, language):
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    argv = ["--lang", language, "host", "inspect", "--target", "kms01.example.com", "--winrm"]
    with pytest.raises(SystemExit) as stopped:
        main([*argv, "--auth", "kerberos", "--user", "u", "--password-stdin"])
    captured = capsys.readouterr()
    assert stopped.value.code == 2 and captured.out == ""
    err = captured.err
    assert "--auth" in err and "'kerberos'" in err
    assert "'negotiate'" in err and "'ntlm'" in err and "'basic'" in err


def test_the_help_says_negotiate_is_ntlm(capsys, monkeypatch):
    with pytest.raises(SystemExit):
        main(["--lang", "en", "host", "inspect", "--help"])
    out = capsys.readouterr().out
    assert "negotiate (NTLM, the default)" in " ".join(out.split())
    assert "kerberos" not in out.lower()
