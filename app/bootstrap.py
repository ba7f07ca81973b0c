"""The composition root: adapters, services, translators and the wizard, wired once.

Nothing else builds adapters for the wizard. A page receives a
:class:`~app.ui.context.WizardContext` whose backend (:class:`DesktopBackend`)
opens a :class:`~app.ui.session.HostSession` for the machine the user chose:

- "this computer": the local ``powershell.exe`` runner (Windows only; elsewhere
  the choice is disabled with the reason);
- a remote host: the WinRM runner built from the Connection page's settings;
- the simulated lab (``--demo``, training): an in-process
  :class:`~app.lab.runtime.LabRuntime` on :func:`~app.lab.world.build_default_lab`,
  reached through the very same WinRM adapter over HTTPS, with the lab's DNS
  server for the DNS steps (its KMS hosts listen on real loopback sockets, so
  reachability tests make real connections).

Confirmations go through a :class:`~app.ui.confirm.Confirmer`: a dialog for
people, an automatic answer for the screenshot renderer and the tests.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QThreadPool

from app.adapters.dns_resolver import DnspythonResolver
from app.adapters.local_runner import LocalRunner
from app.adapters.secret_store import KeyringSecretStore, SecretStoreUnavailable
from app.adapters.tcp_probe import SocketTcpProbe
from app.adapters.winrm_runner import WinrmRunner, WinrmSettings, default_url
from app.domain.catalog import Catalog, default_catalog
from app.domain.dns import NameServer
from app.domain.flow import Target
from app.domain.ports import ScriptRunner, SecretStore, TcpProbe
from app.domain.text import QT_TRANSLATE_NOOP, Message, msg
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
from app.services.host_setup.inspection import system_clock
from app.ui.confirm import Confirmer, DialogConfirmer
from app.ui.context import WizardContext
from app.ui.fleet import FleetBackend
from app.ui.session import HostSession, SerializedRunner, TargetChoice
from app.ui.wizard import KmsWizard
from app.workers.gui_thread_gc import gui_thread_collector

LAB_HOST = "kms01.lab.test"
LAB_DNS_SERVER = "dc01.lab.test"  # app.lab.domain_controller
RUNNER_TIMEOUT_S = 60.0

LOCAL_ONLY_ON_WINDOWS = QT_TRANSLATE_NOOP(
    "Bootstrap",
    "Only on Windows: run the wizard on the KMS host itself, or choose a remote host.",
)
NO_LAB = QT_TRANSLATE_NOOP("Bootstrap", "The simulated lab is not part of this build.")


class LabSessionControls:
    """:class:`~app.ui.session.LabControls` over a running lab."""

    def __init__(self, runtime: Any, host: str) -> None:
        self.runtime = runtime
        self._host = host

    def host_key(self, group_id: str) -> str | None:
        return self.runtime.world.lab_keys().get(group_id)

    def confirmation_id(self, installation_id: str) -> str:
        from app.lab.lab_keys import lab_confirmation_id

        return lab_confirmation_id(installation_id)

    def advance_hours(self, hours: float) -> int:
        return self.runtime.world.advance(hours=hours)

    def set_internet(self, online: bool) -> None:
        self.runtime.world.set_internet(self._host, online)


class DesktopBackend:
    """The wizard's :class:`~app.ui.session.Backend`: real adapters, or the lab.

    Args:
        catalog: the product catalog.
        secret_store: the OS keyring (None: the default keyring store).
        lab_world_factory: builds the lab's world for a scenario id (default:
            ``build_default_lab(scenario=…)``).
        platform: the OS to assume ("win32" enables "this computer").
        runner_timeout: deadline of one operation, in seconds.
    """

    def __init__(
        self,
        catalog: Catalog | None = None,
        *,
        secret_store: SecretStore | None = None,
        lab_world_factory: Callable[[str], Any] | None = None,
        platform: str | None = None,
        runner_timeout: float = RUNNER_TIMEOUT_S,
    ) -> None:
        self._catalog = catalog or default_catalog()
        self._secrets = secret_store if secret_store is not None else KeyringSecretStore()
        self._lab_world_factory = lab_world_factory
        self._platform = platform or sys.platform
        self._timeout = runner_timeout
        self.lab_runtime: Any = None  # the running lab (tests inject faults through it)

    @property
    def catalog(self) -> Catalog:
        return self._catalog

    def local_unavailable(self) -> Message | None:
        return None if self._platform == "win32" else msg(LOCAL_ONLY_ON_WINDOWS)

    @property
    def keyring_available(self) -> bool:
        return self._secrets.available

    def stored_password(self, host: str, user: str) -> str | None:
        try:
            return self._secrets.get(_password_label(host, user))
        except SecretStoreUnavailable:
            return None

    def remember_password(self, host: str, user: str, password: str) -> None:
        self._secrets.put(_password_label(host, user), password)

    def open_session(self, choice: TargetChoice) -> HostSession:
        """Connect to the chosen machine; blocks (call it in ``run_task``)."""
        resolver = DnspythonResolver()
        if choice.target is Target.LAB:
            return self._open_lab(
                resolver, host_ready=choice.lab_host_ready, scenario=choice.lab_scenario
            )
        if choice.target is Target.THIS_COMPUTER:
            runner = LocalRunner("localhost", timeout=self._timeout)
            return build_session(
                "localhost",
                Target.THIS_COMPUTER,
                self._catalog,
                runner,
                resolver,
                SocketTcpProbe(),
            )
        remote = choice.remote
        if remote is None:
            raise ValueError("a remote target needs its settings")
        settings = WinrmSettings(
            url=remote.url or default_url(remote.host, https=remote.https),
            auth=remote.auth,
            user=remote.user or None,
            password=remote.password or None,
            ca_file=remote.ca_file,
            verify_tls=remote.verify_tls,
            timeout=self._timeout,
        )
        runner = WinrmRunner(remote.host, settings)

        def open_dns_server(name: str) -> WinrmRunner:
            # The domain controller with the same transport and account as the KMS host.
            return WinrmRunner(name, replace(settings, url=default_url(name, https=remote.https)))

        return build_session(
            remote.host,
            Target.REMOTE,
            self._catalog,
            runner,
            resolver,
            SocketTcpProbe(),
            open_dns_server=open_dns_server,
        )

    def _open_lab(
        self, resolver: DnspythonResolver, *, host_ready: bool, scenario: str
    ) -> HostSession:
        try:
            from app.lab.runtime import LabRuntime
            from app.lab.working_host import set_up_working_kms_host
            from app.lab.world import build_default_lab
        except ImportError as missing:  # a build without the lab
            raise RuntimeError(NO_LAB.source) from missing
        self.stop_lab()
        # Built here, in the background task that connects: the GUI thread never waits.
        if self._lab_world_factory is not None:
            world = self._lab_world_factory(scenario)
        else:
            world = build_default_lab(scenario=scenario)
        runtime = LabRuntime(world).start()
        self.lab_runtime = runtime
        settings = WinrmSettings(
            url=runtime.winrm_url(LAB_HOST, https=True),
            auth="basic",
            user=world.user,
            password=world.password,
            ca_file=str(runtime.ca_file),
            timeout=self._timeout,
        )
        host, _, port = runtime.dns_address().rpartition(":")
        lab_dns = NameServer(host, int(port))
        lookup = DnsLookupSettings(nameservers=(lab_dns,), dns_port=lab_dns.port)
        runner = WinrmRunner(LAB_HOST, settings)

        def open_lab_dns_server(name: str) -> WinrmRunner:
            # The lab's domain controller joins the lab when first asked for (it serves the
            # lab zone through its DNS Server role): the fleet the client pages scan and
            # count stays the default one until then.
            from app.lab.domain_controller import add_domain_controller

            add_domain_controller(world)
            url = runtime.winrm_url(name, https=True)
            return WinrmRunner(name, replace(settings, url=url))

        if host_ready:
            story = getattr(world, "scenario", "") or scenario  # a factory may ignore it
            set_up_working_kms_host(runner, world.lab_keys(), story)
        return build_session(
            LAB_HOST,
            Target.LAB,
            self._catalog,
            runner,
            resolver,
            SocketTcpProbe(),
            clock=world.clock.now,
            lookup=lookup,
            dynamic_update_server=lab_dns,
            tsig_key_file=str(runtime.tsig_key_file) if runtime.tsig_key_file else None,
            lab=LabSessionControls(runtime, LAB_HOST),
            on_close=self.stop_lab,
            open_dns_server=open_lab_dns_server,
            lab_dns_server=LAB_DNS_SERVER,
        )

    def stop_lab(self) -> None:
        """Stop the running lab, if any (idempotent)."""
        runtime, self.lab_runtime = self.lab_runtime, None
        if runtime is not None:
            runtime.stop()


def build_session(
    target: str,
    kind: Target,
    catalog: Catalog,
    runner: ScriptRunner,
    resolver: DnspythonResolver,
    probe: TcpProbe,
    *,
    clock: Callable[[], Any] = system_clock,
    lookup: DnsLookupSettings | None = None,
    dynamic_update_server: NameServer | None = None,
    tsig_key_file: str | None = None,
    lab: LabSessionControls | None = None,
    on_close: Callable[[], None] | None = None,
    open_dns_server: Callable[[str], Any] | None = None,
    lab_dns_server: str | None = None,
) -> HostSession:
    """Every host-setup service over one machine's runner."""
    serial = SerializedRunner(runner)
    lookup = lookup or DnsLookupSettings()
    dns_check = DnsCheckService(resolver, probe)
    return HostSession(
        target=target,
        kind=kind,
        catalog=catalog,
        runner=serial,
        clock=clock,
        inspector=HostInspector(serial, catalog, clock=clock),
        preflight=PreflightService(serial, catalog, clock=clock),
        keys=HostKeyService(serial, catalog),
        activation=ActivationService(serial),
        phone=PhoneActivationService(serial),
        office=OfficeService(serial, catalog),
        options=KmsServiceOptions(serial, catalog, probe),
        firewall=FirewallService(serial, catalog, probe, on_host=kind is Target.THIS_COMPUTER),
        publishing=DnsPublishingService(serial, catalog, dns_check, lookup),
        dashboard=DashboardService(serial, catalog, dns_check, lookup),
        dns_check=dns_check,
        dns_publisher=DnsPublishService(resolver),
        dns_lookup=lookup,
        probe=probe,
        dynamic_update_server=dynamic_update_server,
        tsig_key_file=tsig_key_file,
        lab=lab,
        on_close=on_close,
        open_dns_server=open_dns_server,
        lab_dns_server=lab_dns_server,
    )


def build_wizard(
    language: str,
    *,
    demo: bool = False,
    backend: DesktopBackend | None = None,
    confirmer: Confirmer | None = None,
    pool: QThreadPool | None = None,
    fleet: FleetBackend | None = None,
    lab_scenario: str | None = None,
) -> KmsWizard:
    """The wizard over the real backend (translators must already be installed).

    Args:
        language: the interface language (``en``, ``fr``, ``de``).
        demo: start on the simulated lab (training mode).
        backend: the backend (tests pass one with a lab world of their own).
        confirmer: how confirmations are asked (a dialog by default).
        pool: the thread pool for background work (default: a pool of the wizard's own).
        fleet: the client pages' backend (default: the real journal, keyring and WinRM).
        lab_scenario: the lab's story the Welcome page starts on (None: the default one).
    """
    from app.bootstrap_fleet import DesktopFleetBackend
    from app.ui.pages import host_setup_pages
    from app.ui.pages.clients import client_pages
    from app.ui.resume_offer import ResumeOffer
    from app.ui.startup_probe import STARTUP_PROBE_ENV, StartupProbe

    gui_thread_collector()  # before any worker starts: see app.workers.gui_thread_gc
    context = WizardContext(
        backend or DesktopBackend(),
        confirmer or DialogConfirmer(),
        language=language,
        pool=pool,
    )
    if demo:
        context.state.target = Target.LAB
    if lab_scenario:
        context.state.lab_scenario = lab_scenario
    wizard = KmsWizard(context)
    for page in host_setup_pages(context):
        wizard.add_page(page)
    clients, pages = client_pages(context, fleet or DesktopFleetBackend(context.catalog))
    for page in pages:
        wizard.add_page(page)
    ResumeOffer(wizard, clients)
    wizard.start()
    if os.environ.get(STARTUP_PROBE_ENV):
        StartupProbe(wizard)  # the start-up benchmark: print when the first page shows, quit
    return wizard


def _password_label(host: str, user: str) -> str:
    return f"winrm:{user.strip().lower()}@{host.strip().lower()}"
