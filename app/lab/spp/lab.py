"""The state of a simulated lab: machines, DNS zone, clock, keys, and the clients' schedule."""

from __future__ import annotations

import contextlib
import heapq
import ipaddress
from collections.abc import Iterable
from datetime import timedelta

from app.domain.catalog import Catalog
from app.lab.lab_keys import LabKeyring
from app.lab.spp.clock import SimClock
from app.lab.spp.hresult import SppError
from app.lab.spp.machine import Machine
from app.lab.spp.products import Product
from app.lab.zone import LabZone


class SppLab:
    """Every simulated machine and what they share (zone, clock, catalog, lab keys).

    Not thread-safe: ``app.lab.world.LabWorld`` holds one lock around it.
    """

    def __init__(
        self, catalog: Catalog, zone: LabZone, clock: SimClock, keyring: LabKeyring
    ) -> None:
        self.catalog = catalog
        self.zone = zone
        self.clock = clock
        self.keyring = keyring
        self.machines: dict[str, Machine] = {}  # by short name
        self._by_address: dict[str, Machine] = {}
        self._due: list[tuple[object, int, str, str]] = []
        self._seq = 0

    # --- machines -------------------------------------------------------------

    def add_machines(self, machines: Iterable[Machine]) -> None:
        """Register machines and their A records (one bulk zone update)."""
        added = []
        for machine in machines:
            self.machines[machine.name] = machine
            self._by_address[machine.address] = machine
            added.append((machine.fqdn, "A", machine.address))
            for product in machine.products:
                self.schedule(machine, product)
        self.zone.add_many(added)

    def find(self, name: str) -> Machine | None:
        """A machine by short name, FQDN (any case, trailing dot or not) or address."""
        wanted = name.strip().rstrip(".").lower()
        if wanted in self._by_address:
            return self._by_address[wanted]
        short, _, domain = wanted.partition(".")
        machine = self.machines.get(short)
        if machine is None or (domain and domain != machine.domain):
            return None
        return machine

    def resolve(self, name: str, suffix: str) -> Machine | None:
        """What a client reaches for a KMS host name: DNS A records of the lab zone, or an IP."""
        wanted = name.strip().rstrip(".").lower().strip("[]")
        try:
            ipaddress.ip_address(wanted)
        except ValueError:
            fqdn = wanted if "." in wanted else f"{wanted}.{suffix}"
            for address in self.zone.addresses(fqdn):
                if address in self._by_address:
                    return self._by_address[address]
            return None
        return self._by_address.get(wanted)

    def refresh(self, machine: Machine) -> None:
        """Bring a machine's products up to the current time (grace ends, validity ends)."""
        now = self.clock.now()
        for product in machine.products:
            product.refresh(now)

    # --- the clients' schedule ------------------------------------------------

    def schedule(self, machine: Machine, product: Product) -> None:
        """Queue the next KMS contact of a client product (stale entries are skipped later)."""
        if product.is_kms_client and product.next_contact is not None:
            self._seq += 1
            heapq.heappush(
                self._due, (product.next_contact, self._seq, machine.name, product.activation_id)
            )

    def advance(self, delta: timedelta) -> int:
        """Move the clock; every client calls its KMS host when due. Returns the calls made."""
        from app.lab.spp.kms import contact  # the KMS protocol needs the lab; import here

        target = self.clock.now() + delta
        calls = 0
        while self._due and self._due[0][0] <= target:
            due, _, name, activation_id = heapq.heappop(self._due)
            machine = self.machines.get(name)
            product = machine.product(activation_id) if machine else None
            if product is None or not product.is_kms_client or product.next_contact != due:
                continue
            if due > self.clock.now():
                self.clock.set(due)  # type: ignore[arg-type]
            calls += 1
            # A failed call is recorded on the product with its retry time.
            with contextlib.suppress(SppError):
                contact(self, machine, product)  # type: ignore[arg-type]
        self.clock.set(target)
        return calls
