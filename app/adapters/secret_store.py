"""Passwords and MAKs in the OS keyring (Windows Credential Manager, Secret Service, Keychain).

Implements :class:`app.domain.ports.SecretStore` under the keyring service
``kms-host-wizard``. Only a real, encrypted OS store is used: the ``fail`` and
``null`` backends and every ``keyrings.alt`` file backend (plaintext or
home-made encryption) are refused, and the store then reports itself
unavailable so the app asks for the secret each time instead (DESIGN §2.7).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

SERVICE = "kms-host-wizard"
# The labels this app stored, kept as one more keyring entry (not a secret itself).
_INDEX_ENTRY = "__labels__"
_UNSAFE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class SecretStoreUnavailable(RuntimeError):
    """No safe keyring exists on this machine (the text names the backend that was refused)."""


def is_safe_backend(backend: Any) -> bool:
    """Whether a keyring backend stores secrets in a real OS credential store."""
    module = type(backend).__module__
    if any(module == m or module.startswith(m + ".") for m in _UNSAFE_MODULES):
        return False
    if type(backend).__name__ in ("PlaintextKeyring", "EncryptedKeyring", "UncryptedFileKeyring"):
        return False
    try:
        return float(backend.priority) > 0
    except Exception:  # a backend whose priority cannot even be read is not viable
        return False


def safe_backend(backend: Any = None) -> Any | None:
    """The first safe backend: ``backend`` itself, or the best safe one it chains."""
    if backend is None:
        try:
            import keyring

            backend = keyring.get_keyring()
        except Exception:
            return None
    chained = getattr(type(backend), "backends", None)
    if type(backend).__name__ == "ChainerBackend" and chained is not None:
        for candidate in chained:
            if is_safe_backend(candidate):
                return candidate
        return None
    return backend if is_safe_backend(backend) else None


class KeyringSecretStore:
    """The OS keyring as a :class:`~app.domain.ports.SecretStore`.

    Args:
        service: the keyring service name the entries are filed under.
        backend: a keyring backend to use (tests); the configured one by default.
    """

    def __init__(self, service: str = SERVICE, backend: Any = None) -> None:
        self.service = service
        self._requested = backend
        self._backend: Any = None
        self._resolved = False

    def _store(self) -> Any:
        if not self._resolved:
            self._backend = safe_backend(self._requested)
            self._resolved = True
        if self._backend is None:
            raise SecretStoreUnavailable(self.refused_backend_name())
        return self._backend

    def refused_backend_name(self) -> str:
        """The backend found (and refused), for the "no safe keyring" message."""
        backend = self._requested
        if backend is None:
            try:
                import keyring

                backend = keyring.get_keyring()
            except Exception as problem:
                return type(problem).__name__
        return f"{type(backend).__module__}.{type(backend).__name__}"

    @property
    def available(self) -> bool:
        try:
            self._store()
        except SecretStoreUnavailable:
            return False
        return True

    def get(self, label: str) -> str | None:
        """The secret under ``label``, or None.

        Raises:
            SecretStoreUnavailable: no safe keyring on this machine.
        """
        return self._store().get_password(self.service, label)

    def put(self, label: str, secret: str) -> None:
        """Store ``secret`` under ``label`` and remember the label."""
        if label == _INDEX_ENTRY:
            raise ValueError("reserved label")
        store = self._store()
        store.set_password(self.service, label, secret)
        labels = set(self.labels())
        if label not in labels:
            store.set_password(self.service, _INDEX_ENTRY, json.dumps(sorted(labels | {label})))

    def delete(self, label: str) -> None:
        """Forget ``label``; no error when it is absent."""
        store = self._store()
        try:
            store.delete_password(self.service, label)
        except Exception as problem:  # keyring raises PasswordDeleteError when absent
            if type(problem).__name__ != "PasswordDeleteError":
                raise
        labels = set(self.labels())
        if label in labels:
            store.set_password(self.service, _INDEX_ENTRY, json.dumps(sorted(labels - {label})))

    def labels(self) -> Sequence[str]:
        """The labels stored through this app (never the secrets)."""
        raw = self._store().get_password(self.service, _INDEX_ENTRY)
        try:
            labels = json.loads(raw) if raw else []
        except json.JSONDecodeError:
            return []
        return [str(label) for label in labels if isinstance(label, str)]
