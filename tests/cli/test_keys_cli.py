"""`kms-wizard keys check`: the commonest mistake (a GVLK typed as host key) is named."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.cli import main

WIN7_PRO_GVLK = "FJ82H-XT6CR-J8D7P-XQJJ2-GPDD4"
LOOKS_LIKE_A_HOST_KEY = "BCDFG-HJKMP-QRTVW-XY234-6789B"  # well-formed, not a known GVLK


def run_json(capsys, *argv):
    code = main(["--lang", "en", "keys", "check", *argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_gvlk_is_recognised_with_its_edition(capsys):
    code, doc = run_json(capsys, WIN7_PRO_GVLK.lower().replace("-", " "))
    assert code == 0
    assert doc["well_formed"] and doc["gvlk"]
    assert "Windows 7" in doc["edition"]["name"]
    assert "Professional" in doc["edition"]["name"]
    assert doc["masked"] == "XXXXX-XXXXX-XXXXX-XXXXX-GPDD4"


def test_unknown_key_is_only_shown_masked(capsys):
    code, doc = run_json(capsys, LOOKS_LIKE_A_HOST_KEY)
    assert code == 0
    assert doc["gvlk"] is False and doc["edition"] is None
    assert "BCDFG" not in json.dumps(doc)


def test_unknown_key_human_output_is_masked(capsys):
    assert main(["--lang", "en", "keys", "check", LOOKS_LIKE_A_HOST_KEY]) == 0
    out = capsys.readouterr().out
    assert "XXXXX-XXXXX-XXXXX-XXXXX-6789B" in out
    assert "BCDFG" not in out


@pytest.mark.parametrize("junk", ["12345-12345-12345-12345-12345", "abc", "", "x" * 100_000])
def test_invalid_key_exit_1_with_a_reason_and_no_traceback(capsys, junk):
    code, doc = run_json(capsys, junk)
    assert code == 1
    assert doc["well_formed"] is False
    assert doc["message"]


def test_french_message_for_a_gvlk(capsys):
    assert main(["--lang", "fr", "keys", "check", WIN7_PRO_GVLK]) == 0
    out = capsys.readouterr().out
    assert "clé" in out.lower() and "GVLK" in out


def test_usage_error_exit_2():
    result = subprocess.run(
        [sys.executable, "-m", "app", "keys", "check"], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
