"""The ports: every outside dependency the services need, as small Protocols.

Services take these in their constructors; ``app.bootstrap`` plugs in the
adapters (``app.adapters``) or, in training mode, the same adapters pointed at
the simulated lab. Nothing here knows about WinRM, DNS libraries or keyrings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from app.domain.dns import NameServer, RawAnswer, TcpProbeResult
    from app.domain.dns_update import DnsUpdate, UpdateResult
    from app.domain.tsig_key import TsigKey

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
    """DNS queries and RFC 2136 updates (``app.adapters.dns_resolver``).

    Nothing here raises for network or protocol trouble: a dead server, a
    refusal or a garbage reply is a status in the returned value, so a check
    can ask many servers in parallel and judge every answer.
    """

    def system_nameservers(self) -> list[NameServer]:
        """The DNS servers this computer uses (resolv.conf, or the Windows settings)."""
        ...

    def query(
        self, server: NameServer, qname: str, rdtype: str, *, recursive: bool, timeout: float
    ) -> RawAnswer:
        """Ask ``server`` one question, within ``timeout`` seconds.

        Args:
            server: the address and port to ask.
            qname: the absolute name (``_vlmcs._tcp.example.test.``).
            rdtype: ``SRV``, ``A``, ``AAAA``, ``SOA`` or ``NS``.
            recursive: set the RD bit (ask like a client would); False asks an
                authoritative server about its own data only.
            timeout: the most this query may take, UDP and TCP retry included.
        """
        ...

    def update(
        self, server: NameServer, update: DnsUpdate, key: TsigKey | None, *, timeout: float
    ) -> UpdateResult:
        """Send one RFC 2136 update, signed with ``key`` when given."""
        ...


class TcpProbe(Protocol):
    """Can a client open a TCP connection to an address and port?"""

    def connect(self, address: str, port: int, *, timeout: float) -> TcpProbeResult:
        """Try once, never longer than ``timeout``; the connection is closed at once."""
        ...


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
    """The persistent record of scans and conversion steps (see ``app.adapters.journal``).

    Every write is durable when the call returns, so a crash or a closed window
    loses nothing: a conversion step is written as an *intent* before it runs
    and gets its *outcome* after. Records hold no secrets: the adapter masks
    anything shaped like a product key, and callers pass keyring labels, never
    passwords or MAKs.
    """

    def start_scan(self, source: str, hosts: int, params: Mapping[str, JSONValue]) -> int:
        """Open a scan record; returns its id."""
        ...

    def record_host(self, scan_id: int, host: str, result: Mapping[str, JSONValue]) -> None:
        """Store (or replace) one host's result in a scan."""
        ...

    def finish_scan(self, scan_id: int, status: str, summary: Mapping[str, JSONValue]) -> None: ...

    def scans(self, limit: int = 50) -> Sequence[Mapping[str, JSONValue]]:
        """Recent scans, newest first: id, started, finished, source, hosts, status, summary."""
        ...

    def scan_results(self, scan_id: int) -> Mapping[str, Mapping[str, JSONValue]]:
        """host → result for one scan."""
        ...

    def start_conversion(
        self,
        direction: str,
        params: Mapping[str, JSONValue],
        plan: Sequence[Mapping[str, JSONValue]],
    ) -> int:
        """Open a conversion run with its full plan (for resume and audit); returns its id."""
        ...

    def step_intent(self, run_id: int, host: str, seq: int, operation: str, detail: str) -> int:
        """Write that a step is about to run; returns the step id."""
        ...

    def step_outcome(
        self, step_id: int, state: str, *, hresult: str | None = None, detail: str = ""
    ) -> None:
        """Write how the step ended: "done", "failed", "skipped" or "superseded"."""
        ...

    def finish_conversion(self, run_id: int, status: str) -> None: ...

    def unfinished_conversions(self) -> Sequence[Mapping[str, JSONValue]]:
        """Runs that never reached finish_conversion (crash, closed window)."""
        ...

    def conversion(self, run_id: int) -> Mapping[str, JSONValue] | None:
        """One run (finished or not) with its params and plan; None when unknown."""
        ...

    def conversion_steps(self, run_id: int) -> Sequence[Mapping[str, JSONValue]]: ...

    def audit(self, limit: int = 200) -> Sequence[Mapping[str, JSONValue]]:
        """Every recorded event, newest first (what the summary page and reports show)."""
        ...
