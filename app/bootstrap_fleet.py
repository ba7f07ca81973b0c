"""The composition root of the client pages: journal, keyring, runners, directory, report files.

:class:`DesktopFleetBackend` implements :class:`app.ui.fleet.FleetBackend` with
the real adapters. The clients are reached over WinRM with the credentials of
the inventory page; in training mode, over the same WinRM adapter to the
simulated lab that the host pages started (its machines by name, its own
account). Nothing here runs on the GUI thread: the pages call it inside
``run_task``.
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from typing import Any

from platformdirs import user_documents_dir

from app.adapters.journal import SqliteJournal
from app.adapters.report_files import write_csv, write_html, write_json
from app.adapters.runner_factory import TransportMode, TransportSettings, build_runner_factory
from app.adapters.secret_store import KeyringSecretStore, SecretStoreUnavailable
from app.domain.catalog import Catalog, default_catalog
from app.domain.inventory import (
    MAX_FILE_BYTES,
    InventoryRefused,
    SourceProblem,
)
from app.domain.inventory_ad import (
    DirectoryListing,
    DirectoryQuery,
    listing_from_computers,
    parse_directory_url,
)
from app.domain.ports import Journal, SecretStore
from app.domain.report_model import RenderedReport
from app.domain.text import QT_TRANSLATE_NOOP, msg
from app.kms_discovery import kms_srv_lookup
from app.ui.fleet import ClientCredentials, DirectoryRequest, FleetSession, password_label

REPORTS_FOLDER = "KMS Host Wizard reports"
CLIENT_TIMEOUT_S = 60.0

FILE_UNREADABLE = QT_TRANSLATE_NOOP("FleetInventory", "The file %1 cannot be read: %2")


class LabClientControls:
    """Training-mode time for the clients' pages: clients retry, the host's count rises."""

    def __init__(self, runtime: Any) -> None:
        self.runtime = runtime

    def advance_hours(self, hours: float) -> int:
        return self.runtime.world.advance(hours=hours)

    def now(self) -> datetime:
        """The lab's simulated time: what a scan compares the clients' clocks with."""
        return self.runtime.world.clock.now()


class DesktopFleetBackend:
    """The real :class:`~app.ui.fleet.FleetBackend`.

    Args:
        catalog: the product catalog.
        journal_path: the journal database (default: the user data folder).
        reports_dir: where reports go (default: "KMS Host Wizard reports" in Documents).
        secret_store: the keyring (default: the OS keyring, safe backends only).
        timeout: deadline of one operation on a client, in seconds.
    """

    def __init__(
        self,
        catalog: Catalog | None = None,
        *,
        journal_path: Path | None = None,
        reports_dir: Path | None = None,
        secret_store: SecretStore | None = None,
        timeout: float = CLIENT_TIMEOUT_S,
    ) -> None:
        self._catalog = catalog or default_catalog()
        self._journal_path = journal_path
        self._reports_dir = reports_dir
        self._secrets = secret_store if secret_store is not None else KeyringSecretStore()
        self._timeout = timeout
        self._journal: SqliteJournal | None = None
        self._lock = threading.Lock()

    @property
    def reports_dir(self) -> Path:
        if self._reports_dir is None:
            self._reports_dir = Path(user_documents_dir()) / REPORTS_FOLDER
        return self._reports_dir

    def journal(self) -> Journal:
        with self._lock:
            if self._journal is None:
                self._journal = SqliteJournal(self._journal_path)
            return self._journal

    def open_fleet(self, lab_runtime: Any, credentials: ClientCredentials) -> FleetSession:
        password = credentials.password
        if credentials.keyring_label:
            password = self.stored_secret(credentials.keyring_label) or ""
        elif credentials.remember and credentials.user and password:
            self.remember_secret(password_label(credentials.user), password)
        if lab_runtime is not None:
            settings = TransportSettings(
                mode=TransportMode.LAB,
                https=True,
                auth="basic",
                user=credentials.user,
                password=password,
                ca_file=str(lab_runtime.ca_file) if lab_runtime.ca_file else None,
                timeout=self._timeout,
            )

            def url_for(host: str) -> str:
                return lab_runtime.winrm_url(host, https=True)

            def canonical(host: str) -> str:
                return (lab_runtime.resolve(host) or host).lower()

            return FleetSession(
                build_runner_factory(settings, url_for=url_for),
                self._catalog,
                self.journal(),
                self._secrets,
                canonical,
                LabClientControls(lab_runtime),
                kms_srv_lookup(lab_runtime.dns_address()),
            )
        settings = TransportSettings(
            mode=TransportMode.WINRM,
            https=credentials.https,
            auth=credentials.auth,
            user=credentials.user or None,
            password=password or None,
            verify_tls=credentials.verify_tls,
            timeout=self._timeout,
        )
        return FleetSession(
            build_runner_factory(settings),
            self._catalog,
            self.journal(),
            self._secrets,
            srv_hosts=kms_srv_lookup(),
        )

    def lab_credentials(self, lab_runtime: Any) -> ClientCredentials:
        world = lab_runtime.world
        return ClientCredentials(user=world.user, password=world.password, auth="basic")

    def keyring_available(self) -> bool:
        return self._secrets.available

    def secret_labels(self) -> list[str]:
        try:
            return list(self._secrets.labels()) if self._secrets.available else []
        except SecretStoreUnavailable:
            return []

    def stored_secret(self, label: str) -> str | None:
        try:
            return self._secrets.get(label)
        except SecretStoreUnavailable:
            return None

    def remember_secret(self, label: str, secret: str) -> None:
        self._secrets.put(label, secret)

    def read_file(self, path: str) -> bytes:
        target = Path(path)
        try:
            size = target.stat().st_size
            if size > MAX_FILE_BYTES:
                raise InventoryRefused(msg(SourceProblem.TOO_BIG.text, size // (1024 * 1024)))
            return target.read_bytes()
        except OSError as problem:
            raise InventoryRefused(
                msg(FILE_UNREADABLE, path, problem.strerror or type(problem).__name__)
            ) from None

    def directory_listing(self, request: DirectoryRequest) -> DirectoryListing:
        from app.adapters.ldap_inventory import DirectorySettings, LdapDirectory

        server = parse_directory_url(request.url)
        query = DirectoryQuery.build(
            request.base_dn,
            request.name_pattern,
            request.os_pattern,
            include_disabled=request.include_disabled,
        )
        settings = DirectorySettings(
            server,
            user=request.user or None,
            password=request.password or None,
            start_tls=request.start_tls,
            ca_file=request.ca_file.strip() or None,
        )
        computers = LdapDirectory(settings).computers(query)
        return listing_from_computers(computers, server.display, query)

    def write_reports(self, report: RenderedReport, stem: str, language: str) -> list[Path]:
        folder = self.reports_dir
        written = []
        for suffix, write in (
            (".html", lambda p: write_html(p, report, language)),
            (".csv", lambda p: write_csv(p, report)),
            (".json", lambda p: write_json(p, report)),
        ):
            path = folder / f"{stem}{suffix}"
            write(path)
            written.append(path)
        return written

    def close(self) -> None:
        with self._lock:
            journal, self._journal = self._journal, None
        if journal is not None:
            journal.close()
