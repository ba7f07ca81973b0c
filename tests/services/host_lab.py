"""The real lab behind the real winrm adapter, for the host-setup service tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime

from app.adapters.winrm_runner import WinrmRunner
from app.domain.catalog import Catalog, default_catalog
from app.domain.dns import NameServer
from app.lab.runtime import LabRuntime
from app.lab.spp.machine import Machine
from app.lab.world import LabWorld, build_default_lab
from app.services.host_setup import DnsLookupSettings
from tests.adapters.winrm_support import lab_runner

KMS_HOST = "kms01.lab.test"


class HostLab:
    """One running lab: machines by name, the lab clock, what each machine received."""

    def __init__(self, runtime: LabRuntime) -> None:
        self.runtime = runtime
        self.world: LabWorld = runtime.world
        self.catalog: Catalog = default_catalog()
        self._runners: dict[str, WinrmRunner] = {}

    def runner(self, name: str = KMS_HOST) -> WinrmRunner:
        """A winrm runner for ``name`` (short name or FQDN), kept for the lab's life."""
        fqdn = self.world.canonical_name(name) or name
        if fqdn not in self._runners:
            self._runners[fqdn] = lab_runner(self.runtime, fqdn)
        return self._runners[fqdn]

    def clock(self) -> datetime:
        """The lab's simulated "now": the admin machine's clock in training mode."""
        return self.world.clock.now()

    def key(self, label: str) -> str:
        """A LAB-ONLY key (``server-b``, ``office2010``, ``mak:server-b``…)."""
        return self.world.lab_keys()[label]

    def operations(self, machine: str = KMS_HOST) -> list[str]:
        """The operations ``machine`` received so far, in order."""
        fqdn = self.world.canonical_name(machine) or machine
        return [r.operation for r in self.world.received if r.machine == fqdn]

    def lookup(self) -> DnsLookupSettings:
        """The lab DNS server as the resolver and authoritative server."""
        address, _, port = self.runtime.dns_address().rpartition(":")
        return DnsLookupSettings((NameServer(address, int(port)),), int(port), 2.0)

    def close(self) -> None:
        for runner in self._runners.values():
            runner.close()
        self._runners.clear()


@contextmanager
def host_lab(
    seed: int = 0, clients: int = 40, *, dns: bool = False, scenario: str = "legacy-2008r2"
) -> Iterator[HostLab]:
    """The lab on loopback (DNS server only when asked: it costs a little).

    The host-setup tests tell the Windows Server 2008 R2 story unless they ask for another.
    """
    world = build_default_lab(seed=seed, clients=clients, scenario=scenario)
    with LabRuntime(world, with_dns=dns) as runtime:
        lab = HostLab(runtime)
        try:
            yield lab
        finally:
            lab.close()


def machine_named(lab: HostLab, predicate: Callable[[Machine], bool]) -> str:
    """The first reachable lab machine whose model satisfies ``predicate``."""
    for name in lab.world.machine_names():
        machine = lab.world.machine(name)
        if machine.reachable and predicate(machine):
            return name
    raise LookupError("no such lab machine")
