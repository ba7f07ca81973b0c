"""The ports: every outside dependency the services need, as small Protocols.

Services take these in their constructors; ``app.bootstrap`` plugs in the
adapters (``app.adapters``) or, in training mode, the same adapters pointed at
the simulated lab. Nothing here knows about WinRM, DNS libraries or keyrings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

JSONValue = Any  # what json.loads returns; kept loose on purpose at the boundary


@runtime_checkable
class ScriptRunner(Protocol):
    """Runs named operations (``resources/ps/<name>.ps1``) on one Windows machine.

    One runner is bound to one target machine and is used from one thread at a
    time (pywinrm connections are not thread-safe); a fleet scan builds one per
    host through a :class:`RunnerFactory`.
    """

    @property
    def target(self) -> str:
        """The machine this runner talks to (host name as the user gave it)."""
        ...

    def run(
        self,
        operation: str,
        params: Mapping[str, JSONValue] | None = None,
        *,
        timeout: float | None = None,
    ) -> dict[str, JSONValue]:
        """Run ``operation`` with ``params`` (sent as data, never as code).

        Returns:
            The script's JSON document (``ok`` is true).

        Raises:
            app.domain.errors.ExecutionError: a typed failure (unreachable,
                credentials, timeout, WS-Man fault, script failure with its
                HRESULT, malformed output), always within ``timeout``.
        """
        ...

    def close(self) -> None:
        """Release the connection (idempotent)."""
        ...


class RunnerFactory(Protocol):
    """Builds a :class:`ScriptRunner` for a host name."""

    def __call__(self, host: str) -> ScriptRunner: ...


class Resolver(Protocol):
    """DNS queries and RFC 2136 updates (see ``app.adapters.dns``)."""


class SecretStore(Protocol):
    """Passwords and MAKs in the OS keyring; never on disk in clear."""

    @property
    def available(self) -> bool:
        """False when no safe keyring backend exists (the app then asks each time)."""
        ...

    def get(self, label: str) -> str | None:
        """The secret stored under ``label``, or None."""
        ...

    def put(self, label: str, secret: str) -> None:
        """Store ``secret`` under ``label`` (replaces an existing one)."""
        ...

    def delete(self, label: str) -> None:
        """Forget ``label`` (no error when absent)."""
        ...

    def labels(self) -> Sequence[str]:
        """The labels this app stored (for pickers), without the secrets."""
        ...


class Journal(Protocol):
    """The persistent record of scans and conversion steps (SQLite, see step 5)."""
