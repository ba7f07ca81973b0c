"""What the wizard works with once it knows its target: the services bound to one machine.

No Qt and no adapters here: :mod:`app.bootstrap` builds a :class:`HostSession`
from the chosen transport (this computer, a remote host over WinRM, or the
simulated lab) and hands it to the pages through :class:`Backend`. Pages only
call the services, always through ``app.workers.run_task``.

Why a :class:`SerializedRunner`: a page may stop waiting for an operation
(Cancel) while the call still runs on a pool thread until its own deadline; the
next operation must then wait for it, because one runner (one WinRM shell) is
used by one thread at a time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from app.domain.catalog import Catalog
from app.domain.dns import NameServer
from app.domain.flow import Target
from app.domain.lab_scenarios import DEFAULT_SCENARIO
from app.domain.ports import JSONValue, ScriptRunner, TcpProbe
from app.domain.text import Message
from app.services.dns_check import DnsCheckService
from app.services.dns_publish import DnsPublishService
from app.services.host_setup import (
    ActivationService,
    DashboardService,
    DnsLookupSettings,
    DnsPublishingService,
    FirewallService,
    HostInspector,
    HostKeyService,
    KmsServiceOptions,
    OfficeService,
    PhoneActivationService,
    PreflightService,
)

# No Kerberos: it cannot work without pywinrm's [kerberos] extra (see winrm_runner).
AUTH_CHOICES: tuple[str, ...] = ("negotiate", "ntlm", "basic")


@dataclass(frozen=True)
class RemoteSettings:
    """The Connection page's choices for a remote host (the password is never shown).

    Attributes:
        host: the machine's name or address as typed.
        https: WinRM over HTTPS (5986); else HTTP with message encryption (5985).
        auth: negotiate (NTLM), ntlm or basic.
        user: the account (``DOMAIN\\user`` or ``user@domain`` for domain accounts).
        password: the password (kept in memory only, unless remembered in the keyring).
        ca_file: a PEM file of the CAs to trust for HTTPS; None: the system's.
        verify_tls: certificate validation (off only by an explicit, visible choice).
        url: a WinRM endpoint that is not the standard one; None: the standard URL.
    """

    host: str
    https: bool = True
    auth: str = "negotiate"
    user: str = ""
    password: str = field(default="", repr=False)
    ca_file: str | None = None
    verify_tls: bool = True
    url: str | None = None


@dataclass(frozen=True)
class TargetChoice:
    """Which machine to set up: this computer, the lab, or a remote host with its settings.

    ``lab_host_ready``: the lab starts with kms01 already a working KMS host (the
    clients-only path, where no host step runs). ``lab_scenario``: the lab's story
    (``app.domain.lab_scenarios``), chosen on the Welcome page.
    """

    target: Target
    remote: RemoteSettings | None = None
    lab_host_ready: bool = False
    lab_scenario: str = DEFAULT_SCENARIO


class LabControls(Protocol):
    """Training-mode conveniences (only when the target is the simulated lab)."""

    runtime: Any  # app.lab.runtime.LabRuntime: tests inject faults through it

    def host_key(self, group_id: str) -> str | None:
        """The lab's own (lab-only) host key of a key group, e.g. ``server-b``."""
        ...

    def confirmation_id(self, installation_id: str) -> str:
        """What the lab's activation centre reads out for an Installation ID."""
        ...

    def advance_hours(self, hours: float) -> int:
        """Let simulated time pass (clients contact their host); returns the requests made."""
        ...

    def set_internet(self, online: bool) -> None:
        """Give or take the host's internet access (offline → activation by phone)."""
        ...


class SerializedRunner:
    """A :class:`ScriptRunner` whose calls queue behind each other (see the module doc)."""

    def __init__(self, runner: ScriptRunner) -> None:
        self._runner = runner
        self._lock = threading.Lock()

    @property
    def target(self) -> str:
        return self._runner.target

    def run(
        self,
        operation: str,
        params: Mapping[str, JSONValue] | None = None,
        *,
        timeout: float | None = None,
    ) -> dict[str, JSONValue]:
        with self._lock:
            return self._runner.run(operation, params, timeout=timeout)

    def close(self) -> None:
        with self._lock:
            self._runner.close()


@dataclass
class HostSession:
    """Every service of the host-setup steps, bound to one machine.

    Attributes:
        target: the machine as shown to the user (``kms01.lab.test``).
        kind: this computer, a remote host or the lab.
        catalog: the product catalog.
        clock: "now" for clock comparisons (the lab's simulated clock in the lab).
        probe: TCP connects from this computer (into the lab's network in the lab).
        dns_lookup: where DNS checks ask (the lab's DNS server in the lab).
        dynamic_update_server: the DNS server to offer for RFC 2136 updates.
        tsig_key_file: the TSIG key file to offer for RFC 2136 updates.
        open_dns_server: a runner on another machine by name (a domain controller whose
            DNS Server role holds the zone), with this session's transport and account;
            None where the session has no way to reach another machine.
        lab_dns_server: the lab's domain controller to offer; None outside the lab.
        lab: training-mode controls; None outside the lab.
    """

    target: str
    kind: Target
    catalog: Catalog
    runner: ScriptRunner
    clock: Callable[[], datetime]
    inspector: HostInspector
    preflight: PreflightService
    keys: HostKeyService
    activation: ActivationService
    phone: PhoneActivationService
    office: OfficeService
    options: KmsServiceOptions
    firewall: FirewallService
    publishing: DnsPublishingService
    dashboard: DashboardService
    dns_check: DnsCheckService
    dns_publisher: DnsPublishService
    dns_lookup: DnsLookupSettings
    probe: TcpProbe
    dynamic_update_server: NameServer | None = None
    tsig_key_file: str | None = None
    open_dns_server: Callable[[str], ScriptRunner] | None = None
    lab_dns_server: str | None = None
    lab: LabControls | None = None
    on_close: Callable[[], None] | None = None

    def close(self) -> None:
        """Stop the lab when this session started it, then release the connection.

        The lab goes first: a call still waiting on it then fails at once instead
        of holding the runner until its deadline.
        """
        try:
            if self.on_close is not None:
                self.on_close()
        finally:
            self.runner.close()


class Backend(Protocol):
    """What the wizard asks of the outside world; built by :mod:`app.bootstrap`.

    ``open_session``, ``stored_password`` and ``remember_password`` block (network,
    keyring): pages call them only inside ``run_task``.
    """

    @property
    def catalog(self) -> Catalog: ...

    def local_unavailable(self) -> Message | None:
        """Why "this computer" cannot be chosen here, or None when it can."""
        ...

    @property
    def keyring_available(self) -> bool: ...

    def open_session(self, choice: TargetChoice) -> HostSession:
        """Connect to the chosen machine (starting the lab for the lab)."""
        ...

    def stored_password(self, host: str, user: str) -> str | None: ...

    def remember_password(self, host: str, user: str, password: str) -> None: ...
