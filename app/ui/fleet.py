"""What the client pages ask of the outside world: the fleet seam (no Qt, no adapters).

The client pages (inventory, scan, conversion, summary) reach many machines
instead of one. :mod:`app.bootstrap_fleet` implements :class:`FleetBackend`
with the real adapters (WinRM runners, the SQLite journal, the OS keyring,
LDAP, report files); a benchmark or a test may bring its own. Every method
that touches the network, the disk or the keyring blocks and is called only
inside ``app.workers.run_task``.

Why :class:`RunJournal`: closing the window in the middle of a conversion must
leave the run *open* in the journal, so that the next start offers to resume
it. The conversion service finishes a cancelled run as "cancelled"; a run
abandoned by a closing window is cancelled too (no new host starts, hosts in
flight finish their steps) but its end is not written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from app.domain.catalog import Catalog
from app.domain.inventory_ad import DirectoryListing
from app.domain.ports import Journal, RunnerFactory, SecretStore
from app.domain.report_model import RenderedReport
from app.services.fleet_convert import FleetConverter, SrvLookup
from app.services.fleet_scan import FleetScanner

# Keyring labels holding WinRM passwords (not MAKs): left out of the MAK choice.
PASSWORD_LABEL_PREFIXES = ("winrm:", "winrm-clients:")


@dataclass(frozen=True)
class ClientCredentials:
    """How the client machines are reached over WinRM (the password is never shown).

    Attributes:
        user: the account (``DOMAIN\\user`` or ``user@domain``).
        password: typed, or read from the keyring entry ``keyring_label``.
        keyring_label: read the password from this keyring entry ("" when typed).
        remember: store the typed password in the keyring (under :func:`password_label`).
        auth: negotiate (NTLM), ntlm or basic.
        https: WinRM over HTTPS (5986); else HTTP with message encryption.
        verify_tls: certificate validation (off only by an explicit, visible choice).
    """

    user: str = ""
    password: str = field(default="", repr=False)
    keyring_label: str = ""
    remember: bool = False
    auth: str = "negotiate"
    https: bool = True
    verify_tls: bool = True


def password_label(user: str) -> str:
    """The keyring entry a remembered client password is filed under."""
    return f"winrm-clients:{user.strip().lower()}"


@dataclass(frozen=True)
class DirectoryRequest:
    """The Active Directory tab's fields (the password is never shown).

    ``ca_file`` is the PEM file of the CA(s) to trust for LDAPS and StartTLS
    ("": the ones this computer trusts), as ``--ad-ca-file`` on the command line.
    """

    url: str
    base_dn: str
    name_pattern: str = ""
    os_pattern: str = ""
    user: str = ""
    password: str = field(default="", repr=False)
    start_tls: bool = False
    ca_file: str = ""
    include_disabled: bool = False  # list disabled computer accounts too (marked)


class RunJournal:
    """A :class:`~app.domain.ports.Journal` whose run end can be withheld (see the module doc).

    Every call is passed through, except :meth:`finish_conversion` once
    :meth:`abandon` was called. It is made on the GUI thread and bound to the
    real journal in the background (:meth:`bind`: opening it touches the disk).
    """

    def __init__(self, journal: Journal | None = None) -> None:
        self._journal = journal
        self.abandoned = False

    def bind(self, journal: Journal) -> RunJournal:
        self._journal = journal
        return self

    def abandon(self) -> None:
        """The window is closing: keep the run open for a resume."""
        self.abandoned = True

    def finish_conversion(self, run_id: int, status: str) -> None:
        if not self.abandoned:
            self._journal.finish_conversion(run_id, status)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or self.__dict__.get("_journal") is None:
            raise AttributeError(name)
        return getattr(self.__dict__["_journal"], name)


@dataclass
class FleetSession:
    """The fleet services' building blocks, bound to one transport and one set of credentials.

    Attributes:
        runners: one runner per client machine.
        catalog: the product catalog.
        journal: where scans and conversion steps are recorded.
        secrets: the keyring (MAKs by label).
        canonical: the name the transport knows a typed host by (the lab's FQDN).
        lab: training controls (let time pass) when the clients are the lab's.
        srv_hosts: DNS discovery of KMS hosts, for the conversion's coverage check.
    """

    runners: RunnerFactory
    catalog: Catalog
    journal: Journal
    secrets: SecretStore | None = None
    canonical: Callable[[str], str] = lambda host: host
    lab: Any = None
    srv_hosts: SrvLookup | None = None

    def scanner(self) -> FleetScanner:
        # In training mode the clients' clocks are compared with the lab's time, not ours.
        now = getattr(self.lab, "now", None)
        if now is None:
            return FleetScanner(self.runners, self.catalog, self.journal)
        return FleetScanner(self.runners, self.catalog, self.journal, clock=now)

    def converter(self, journal: Journal | None = None) -> FleetConverter:
        return FleetConverter(
            self.runners,
            self.catalog,
            journal or self.journal,
            self.secrets,
            srv_hosts=self.srv_hosts,
        )


class FleetBackend(Protocol):
    """The client pages' view of the outside world (see the module doc: all calls block)."""

    @property
    def reports_dir(self) -> Path:
        """The folder reports are saved in (created when the first report is written)."""
        ...

    def journal(self) -> Journal:
        """The journal, opened on first use."""
        ...

    def open_fleet(self, lab_runtime: Any, credentials: ClientCredentials) -> FleetSession:
        """The services for the clients: the lab's machines when ``lab_runtime`` is given."""
        ...

    def lab_credentials(self, lab_runtime: Any) -> ClientCredentials:
        """The lab's own account (lab-only), to fill in the credentials in training mode."""
        ...

    def secret_labels(self) -> Sequence[str]:
        """Every label in the keyring (empty when there is no safe keyring)."""
        ...

    def stored_secret(self, label: str) -> str | None: ...

    def remember_secret(self, label: str, secret: str) -> None: ...

    def keyring_available(self) -> bool: ...

    def read_file(self, path: str) -> bytes:
        """A host list or CSV file (refused past the inventory's size limit)."""
        ...

    def directory_listing(self, request: DirectoryRequest) -> DirectoryListing:
        """The computers of an Active Directory search: the inventory and what was listed."""
        ...

    def write_reports(self, report: RenderedReport, stem: str, language: str) -> list[Path]:
        """Write ``stem``.html, .csv and .json into :attr:`reports_dir`; returns the files."""
        ...

    def close(self) -> None:
        """Close the journal (the wizard is closing)."""
        ...


def mak_labels(labels: Sequence[str]) -> list[str]:
    """The keyring labels that may hold a MAK (passwords left out), sorted."""
    return sorted(label for label in labels if not label.startswith(PASSWORD_LABEL_PREFIXES))


def hosts_of_run(run: Mapping[str, Any]) -> list[str]:
    """The hosts an interrupted conversion run covers, in plan order."""
    hosts: dict[str, None] = {}
    for step in run.get("plan") or []:
        host = step.get("host") if isinstance(step, Mapping) else None
        if isinstance(host, str):
            hosts.setdefault(host, None)
    return list(hosts)
