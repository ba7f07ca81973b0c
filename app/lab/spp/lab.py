"""The state of a simulated lab: machines, DNS zone, clock, keys, and the clients' schedule."""

from __future__ import annotations

import heapq
import ipaddress
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from app.domain.catalog import Catalog
from app.lab.lab_keys import LabKeyring
from app.lab.spp.clock import SimClock
from app.lab.spp.events import log
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
        self.epoch = 0
        # Called after every change (app.lab.kms_listeners opens and closes real sockets).
        self.observers: list[Callable[[], None]] = []
        self._queued: dict[tuple[str, str], object] = {}  # the one live entry per product
        self._parked: dict[tuple[str, str], tuple[Machine, Product]] = {}
        self._signature: tuple[int, int] = (-1, -1)

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

    def changed(self) -> None:
        """Something clients depend on changed (a host, its firewall, a KMS setting)."""
        self.epoch += 1
        for observer in list(self.observers):
            observer()

    def schedule(self, machine: Machine, product: Product) -> None:
        """Queue the next KMS contact of a client product (stale entries are skipped later)."""
        key = (machine.name, product.activation_id)
        self._parked.pop(key, None)
        if not product.is_kms_client or product.next_contact is None:
            self._queued.pop(key, None)
            return
        if self._queued.get(key) == product.next_contact:
            return
        self._queued[key] = product.next_contact
        self._seq += 1
        heapq.heappush(self._due, (product.next_contact, self._seq, *key))

    def advance(self, delta: timedelta) -> int:
        """Move the clock; every client calls its KMS host when due. Returns the calls made.

        A client that found no host to talk to (no SRV record, nothing listening,
        a closed firewall), or whose host refused it for a reason that does not
        depend on other clients (wrong key group, host not activated, clock skew),
        would fail the same way every two hours until the lab changes. Such
        clients are parked: their retries are not replayed one by one, only
        counted on the refusing host's counters, until the lab changes
        (:meth:`changed`, or a zone update).
        """
        from app.lab.spp.kms import contact, republish_due  # they need the lab: import here

        self._unpark_if_changed()
        target = self.clock.now() + delta
        calls = 0
        while self._due and self._due[0][0] <= target:
            due, _, name, activation_id = heapq.heappop(self._due)
            if self._queued.get((name, activation_id)) != due:
                continue  # superseded by a later schedule() of the same product
            del self._queued[(name, activation_id)]
            machine = self.machines.get(name)
            product = machine.product(activation_id) if machine else None
            if product is None or not product.is_kms_client or product.next_contact != due:
                continue
            if due > self.clock.now():
                self.clock.set(due)  # type: ignore[arg-type]
            calls += 1
            try:
                contact(self, machine, product, reschedule=False)  # type: ignore[arg-type]
            except SppError:
                if product.blocked_by:
                    key = (name, activation_id)
                    self._parked[key] = (machine, product)  # type: ignore[assignment]
                    continue
            self.schedule(machine, product)  # type: ignore[arg-type]
        self.clock.set(target)
        self._replay_parked(target)
        self._signature = (self.epoch, self.zone.serial)
        # After the signature: a record re-published now wakes parked clients next time.
        republish_due(self, target)
        return calls

    def _replay_parked(self, until: datetime) -> None:
        """The retries parked clients made up to ``until``: same failure, counted by the host."""
        for machine, product in self._parked.values():
            if product.next_contact is None or product.next_contact > until:
                continue
            step = timedelta(minutes=product.activation_interval)
            retries = (until - product.next_contact) // step + 1
            product.next_contact += retries * step
            # The last retry logged the same events 12288/12289 as the first one.
            last = machine.local_now(product.next_contact - step)
            log(machine.events, *(make(last) for make in product.last_attempt))
            host = self.machines.get(product.blocked_by)
            if host is not None:
                counters = host.service.counters(product.application_id)
                counters.total += retries
                counters.failed += retries

    def _unpark_if_changed(self) -> None:
        if (self.epoch, self.zone.serial) == self._signature or not self._parked:
            return
        for machine, product in list(self._parked.values()):
            self.schedule(machine, product)  # retries up to now were replayed already
        self._parked.clear()
