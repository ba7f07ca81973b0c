"""The keyring secret store uses a real OS store only; unsafe backends are refused."""

from __future__ import annotations

import pytest
from keyring.backends import fail, null

from app.adapters.secret_store import (
    SERVICE,
    KeyringSecretStore,
    SecretStoreUnavailable,
    is_safe_backend,
)
from tests.memory_keyring import MemoryKeyring


def plaintext_backend():
    """A class shaped like keyrings.alt's PlaintextKeyring (the package is not installed)."""
    cls = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})
    return cls()


def test_secrets_round_trip_under_the_app_service():
    backend = MemoryKeyring()
    store = KeyringSecretStore(backend=backend)
    assert store.available
    store.put("corp-admin", "s3cret")
    store.put("mak:client-vl", "XXXXX")
    assert store.get("corp-admin") == "s3cret"
    assert sorted(store.labels()) == ["corp-admin", "mak:client-vl"]
    assert backend.entries[(SERVICE, "corp-admin")] == "s3cret"
    store.delete("corp-admin")
    store.delete("corp-admin")  # absent: no error
    assert store.get("corp-admin") is None
    assert store.labels() == ["mak:client-vl"]


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), plaintext_backend()], ids=type)
def test_unsafe_backends_are_refused(backend):
    assert not is_safe_backend(backend)
    store = KeyringSecretStore(backend=backend)
    assert not store.available
    with pytest.raises(SecretStoreUnavailable) as caught:
        store.get("anything")
    assert type(backend).__name__ in str(caught.value)
    with pytest.raises(SecretStoreUnavailable):
        store.put("anything", "secret")


def test_the_reserved_index_label_cannot_be_overwritten():
    with pytest.raises(ValueError):
        KeyringSecretStore(backend=MemoryKeyring()).put("__labels__", "x")
