"""The lab's DNS data: one authoritative zone shared by the DNS server and the model.

The lab DNS server (``app.lab.dns_server``) answers queries from it and applies
RFC 2136 updates to it; the SPP model reads it when a simulated client looks
for ``_vlmcs._tcp`` and writes to it when a simulated KMS host publishes its own
SRV record. Names are absolute, lower case, with the trailing dot.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class SrvRecord:
    priority: int
    weight: int
    port: int
    target: str  # absolute name with trailing dot


@dataclass(frozen=True)
class LabRecord:
    """One resource record. ``value`` is the rdata in zone-file presentation form."""

    name: str
    rdtype: str  # "A", "AAAA", "SRV", "NS", "SOA", "TXT"
    ttl: int
    value: str


def absolute(name: str) -> str:
    """``kms01.lab.test`` → ``kms01.lab.test.`` (lower case)."""
    name = name.strip().lower()
    return name if name.endswith(".") else name + "."


class LabZone:
    """A thread-safe record store for one zone (``lab.test.`` by default)."""

    def __init__(self, origin: str = "lab.test.", ttl: int = 3600) -> None:
        self.origin = absolute(origin)
        self.default_ttl = ttl
        self.serial = 1
        self._records: list[LabRecord] = []
        self._lock = threading.RLock()

    def __contains__(self, name: str) -> bool:
        name = absolute(name)
        with self._lock:
            return any(r.name == name for r in self._records)

    def in_zone(self, name: str) -> bool:
        name = absolute(name)
        return name == self.origin or name.endswith("." + self.origin)

    def records(self, name: str | None = None, rdtype: str | None = None) -> list[LabRecord]:
        with self._lock:
            return [
                r
                for r in self._records
                if (name is None or r.name == absolute(name))
                and (rdtype is None or r.rdtype == rdtype.upper())
            ]

    def add(self, name: str, rdtype: str, value: str, ttl: int | None = None) -> None:
        record = LabRecord(absolute(name), rdtype.upper(), ttl or self.default_ttl, value)
        with self._lock:
            if record not in self._records:
                self._records.append(record)
                self.serial += 1

    def add_many(self, entries: Iterable[tuple[str, str, str]], ttl: int | None = None) -> None:
        """Add many ``(name, rdtype, value)`` records at once (a 10,000-machine lab builds fast)."""
        with self._lock:
            present = set(self._records)
            for name, rdtype, value in entries:
                record = LabRecord(absolute(name), rdtype.upper(), ttl or self.default_ttl, value)
                if record not in present:
                    present.add(record)
                    self._records.append(record)
            self.serial += 1

    def delete(self, name: str, rdtype: str | None = None, value: str | None = None) -> int:
        """Delete matching records; returns how many went."""
        name = absolute(name)
        with self._lock:
            keep = [
                r
                for r in self._records
                if not (
                    r.name == name
                    and (rdtype is None or r.rdtype == rdtype.upper())
                    and (value is None or r.value == value)
                )
            ]
            removed = len(self._records) - len(keep)
            if removed:
                self._records = keep
                self.serial += 1
            return removed

    def replace(
        self, name: str, rdtype: str, values: Iterable[str], ttl: int | None = None
    ) -> None:
        with self._lock:
            self.delete(name, rdtype)
            for value in values:
                self.add(name, rdtype, value, ttl)

    def srv(self, name: str) -> list[SrvRecord]:
        """The SRV records at ``name``, parsed."""
        out = []
        for r in self.records(name, "SRV"):
            prio, weight, port, target = r.value.split()
            out.append(SrvRecord(int(prio), int(weight), int(port), absolute(target)))
        return sorted(out)

    def addresses(self, name: str) -> list[str]:
        return [r.value for r in self.records(name, "A")] + [
            r.value for r in self.records(name, "AAAA")
        ]
