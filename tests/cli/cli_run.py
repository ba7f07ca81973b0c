"""Run the command line in-process, as a user would, and collect what it printed."""

from __future__ import annotations

import io
import json

from app.cli import main


def run(capsys, monkeypatch, *argv, stdin: str | None = None):
    """``kms-wizard ARGV`` with ``stdin`` as its standard input (empty when None)."""
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin or ""))
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys, monkeypatch, *argv, stdin: str | None = None):
    """The same with ``--json``: (exit code, the document, stderr)."""
    code, out, err = run(capsys, monkeypatch, *argv, "--json", stdin=stdin)
    return code, json.loads(out), err
