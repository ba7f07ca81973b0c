"""The command line says "PowerShell too old" with its fix, not "garbled answer" (issue 13, B3).

``srv005`` in the default lab is a Windows Server 2008 R2 never given WMF 3.0+: every
operation answers the wire guard's refusal, through the real WinRM adapter.
"""

from __future__ import annotations

import json

from tests.cli.cli_run import run

STOCK_PS2 = "srv005"


def host(step, *extra, lang="en"):
    return (
        "--lang",
        lang,
        "host",
        step,
        "--target",
        STOCK_PS2,
        "--lab-scenario",
        "legacy-2008r2",
        "--lab",
        *extra,
    )


def test_preflight_blocks_with_the_wmf_fix(capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, *host("preflight", "--group", "server-b"))
    assert code == 1
    assert "runs Windows PowerShell 2.0; the wizard needs 3.0 or later" in out
    assert "Windows Management Framework 5.1" in out and ".NET Framework 4.5.2" in out
    assert "could not be understood" not in out
    code, out, _ = run(capsys, monkeypatch, *host("preflight", "--group", "server-b", "--json"))
    document = json.loads(out)
    assert code == 1
    assert [f["id"] for f in document["result"]["findings"]] == ["powershell-too-old"]


def test_inspect_names_the_version_and_the_fix_in_french(capsys, monkeypatch):
    code, out, err = run(capsys, monkeypatch, *host("inspect", lang="fr"))
    assert code != 0
    text = out + err
    assert "Windows PowerShell 2.0" in text
    assert "Installez Windows Management Framework 5.1" in text
