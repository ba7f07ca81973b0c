"""What the reliability tests share: the CLI in a child process, its keyring, its journal."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from app.adapters.secret_store import KeyringSecretStore

from .file_keyring import ENV, FileKeyring

ROOT = Path(__file__).resolve().parents[2]
BACKEND = "tests.reliability.file_keyring.FileKeyring"


def child_env(keyring_file: Path) -> dict[str, str]:
    """The environment of a ``kms-wizard`` child: the file keyring, English, no GUI."""
    env = dict(os.environ)
    env.update(
        {
            "PYTHON_KEYRING_BACKEND": BACKEND,
            ENV: str(keyring_file),
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
        }
    )
    return env


def store_mak(keyring_file: Path, label: str, mak: str) -> None:
    """Put a lab MAK in the children's keyring under ``label`` (the app's own store API)."""
    previous = os.environ.get(ENV)
    os.environ[ENV] = str(keyring_file)
    try:
        KeyringSecretStore(backend=FileKeyring()).put(label, mak)
    finally:
        if previous is None:
            os.environ.pop(ENV, None)
        else:
            os.environ[ENV] = previous


def convert_command(url_template: str, user: str, journal: Path, *arguments: str) -> list[str]:
    """``kms-wizard convert …`` over WinRM (Basic, password on stdin) against the lab."""
    return [
        sys.executable,
        "-m",
        "app",
        "--lang",
        "en",
        "convert",
        *arguments,
        "--winrm",
        "--winrm-url",
        url_template,
        "--auth",
        "basic",
        "--user",
        user,
        "--password-stdin",
        "--journal",
        str(journal),
    ]


def start(command: Sequence[str], password: str, env: Mapping[str, str], log: Path):
    """Start a child with the password on its stdin; its output goes to ``log``."""
    out = open(log, "ab")  # noqa: SIM115 - closed by finish()
    child = subprocess.Popen(
        list(command), stdin=subprocess.PIPE, stdout=out, stderr=out, cwd=ROOT, env=dict(env)
    )
    assert child.stdin is not None
    child.stdin.write((password + "\n").encode())
    child.stdin.close()
    child.log_file = out  # type: ignore[attr-defined]
    return child


def finish(child: Any, timeout: float = 120.0) -> int:
    try:
        return child.wait(timeout)
    finally:
        child.log_file.close()


def journal_rows(journal: Path, query: str, *params: Any) -> list[tuple]:
    """Rows of the journal, read with plain sqlite3 (what a resume would find)."""
    connection = sqlite3.connect(journal)
    try:
        return connection.execute(query, params).fetchall()
    finally:
        connection.close()
