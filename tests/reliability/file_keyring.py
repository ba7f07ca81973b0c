"""A keyring backend for the crash campaign's child processes (test-only).

Each ``kms-wizard convert`` the campaign starts is a fresh process, so the
in-memory test keyring cannot carry the lab's MAK to it. This backend keeps the
entries in a JSON file named by ``KMSW_TEST_KEYRING_FILE`` (mode 0600, in the
trial's own temporary folder, deleted with it); it is selected with
``PYTHON_KEYRING_BACKEND=tests.reliability.file_keyring.FileKeyring``. The only
secrets in it are the lab's own MAKs, which ``lab serve`` prints anyway.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.backend
import keyring.errors

ENV = "KMSW_TEST_KEYRING_FILE"


class FileKeyring(keyring.backend.KeyringBackend):
    """Entries in one JSON file: {"service\\nusername": secret}."""

    priority = 1  # type: ignore[assignment]

    @property
    def _path(self) -> Path:
        return Path(os.environ[ENV])

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def _save(self, entries: dict[str, str]) -> None:
        path = self._path
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(entries, handle)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._load()
        entries[f"{service}\n{username}"] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._load()
        if entries.pop(f"{service}\n{username}", None) is None:
            raise keyring.errors.PasswordDeleteError(username)
        self._save(entries)
