"""How to publish the KMS SRV record by hand, in each tool's own words.

From one validated :class:`SrvPublication` this builds: the fields DNS Manager
asks for (Service ``_VLMCS``, Protocol ``_TCP``, priority, weight, port, host
offering this service), the ``Add-DnsServerResourceRecord`` command, the BIND
zone-file line, and the ``DnsDomainPublishList`` registry value with which a
KMS host publishes itself in several domains.

Every name is re-validated here (RFC 1035 host-name rules) and every number is
range-checked, so nothing a user typed can turn a generated command into
something else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.dns import DEFAULT_KMS_PORT, SRV_SERVICE, absolute_name, relative_name
from app.domain.dns_input import parse_domain_name, parse_host_name, parse_int, parse_port
from app.domain.text import QT_TRANSLATE_NOOP, Text

PUBLISH_LIST_KEY = r"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\SoftwareProtectionPlatform"
DEFAULT_TTL = 3600

FIELD_SERVICE = QT_TRANSLATE_NOOP("DnsRemedy", "Service")
FIELD_PROTOCOL = QT_TRANSLATE_NOOP("DnsRemedy", "Protocol")
FIELD_PRIORITY = QT_TRANSLATE_NOOP("DnsRemedy", "Priority")
FIELD_WEIGHT = QT_TRANSLATE_NOOP("DnsRemedy", "Weight")
FIELD_PORT = QT_TRANSLATE_NOOP("DnsRemedy", "Port number")
FIELD_HOST = QT_TRANSLATE_NOOP("DnsRemedy", "Host offering this service")


@dataclass(frozen=True)
class SrvPublication:
    """One KMS host's SRV record in one domain.

    Build it with :func:`srv_publication`, which validates every field.
    """

    domain: str  # relative, lower case: example.test
    host: str  # relative, lower case: kms01.example.test
    port: int = DEFAULT_KMS_PORT
    priority: int = 0
    weight: int = 0
    ttl: int = DEFAULT_TTL

    @property
    def owner(self) -> str:
        """``_vlmcs._tcp.example.test.``"""
        return f"{SRV_SERVICE}.{absolute_name(self.domain)}"

    @property
    def rdata(self) -> str:
        """``0 0 1688 kms01.example.test.`` (zone-file form of the record data)."""
        return f"{self.priority} {self.weight} {self.port} {absolute_name(self.host)}"


def srv_publication(
    domain: str,
    host: str,
    *,
    port: int | str = DEFAULT_KMS_PORT,
    priority: int | str = 0,
    weight: int | str = 0,
    ttl: int | str = DEFAULT_TTL,
) -> SrvPublication:
    """Validate the parts of a record and return it.

    Raises:
        app.domain.dns_input.DnsInputError: a name or number is not acceptable.
    """
    return SrvPublication(
        domain=parse_domain_name(domain),
        host=parse_host_name(host),
        port=parse_port(port),
        priority=parse_int(priority, what="--priority", low=0, high=65535),
        weight=parse_int(weight, what="--weight", low=0, high=65535),
        ttl=parse_int(ttl, what="--ttl", low=0, high=2_147_483_647),
    )


def dns_manager_fields(record: SrvPublication) -> list[tuple[Text, str]]:
    """The New Resource Record → Service Location (SRV) dialog, field by field."""
    return [
        (FIELD_SERVICE, "_VLMCS"),
        (FIELD_PROTOCOL, "_TCP"),
        (FIELD_PRIORITY, str(record.priority)),
        (FIELD_WEIGHT, str(record.weight)),
        (FIELD_PORT, str(record.port)),
        (FIELD_HOST, relative_name(record.host)),
    ]


def powershell_command(record: SrvPublication, zone: str | None = None) -> str:
    """The ``Add-DnsServerResourceRecord -Srv`` command for a Windows DNS server.

    Args:
        record: the record to create.
        zone: the zone that holds the domain, when it is a parent of the domain
            (the record name is then relative to it); defaults to the domain.
    """
    zone_name = _checked_zone(record, zone)
    name = _name_in_zone(record, zone_name)
    return (
        f"Add-DnsServerResourceRecord -ZoneName {zone_name} -Name {name}"
        f" -Srv -DomainName {record.host} -Priority {record.priority} -Weight {record.weight}"
        f" -Port {record.port} -TimeToLive {_timespan(record.ttl)}"
    )


def bind_zone_line(record: SrvPublication, zone: str | None = None) -> str:
    """``_vlmcs._tcp  3600 IN SRV 0 0 1688 kms01.example.test.`` (owner relative to the zone)."""
    zone_name = _checked_zone(record, zone)
    return f"{_name_in_zone(record, zone_name)}  {record.ttl} IN SRV {record.rdata}"


@dataclass(frozen=True)
class PublishListEntry:
    """One line of ``DnsDomainPublishList``: a domain, with priority and weight."""

    domain: str
    priority: int = 0
    weight: int = 0


def publish_list_entry(
    domain: str, priority: int | str = 0, weight: int | str = 0
) -> PublishListEntry:
    """Validate one ``DnsDomainPublishList`` line."""
    return PublishListEntry(
        parse_domain_name(domain),
        parse_int(priority, what="--priority", low=0, high=65535),
        parse_int(weight, what="--weight", low=0, high=65535),
    )


def publish_list_lines(entries: Sequence[PublishListEntry]) -> list[str]:
    """The REG_MULTI_SZ lines, ``domain, priority, weight`` (Windows 7 / 2008 R2 and later)."""
    seen: set[str] = set()
    lines = []
    for entry in entries:
        domain = parse_domain_name(entry.domain)
        if domain in seen:
            continue  # the host would publish twice in the same domain
        seen.add(domain)
        lines.append(f"{domain}, {entry.priority}, {entry.weight}")
    return lines


def publish_list_powershell(entries: Sequence[PublishListEntry]) -> str:
    """Set ``DnsDomainPublishList`` on the KMS host and restart the licensing service."""
    values = ",".join(f"'{line}'" for line in publish_list_lines(entries))
    return (
        f"New-ItemProperty -Path 'Registry::{PUBLISH_LIST_KEY}' -Name DnsDomainPublishList"
        f" -PropertyType MultiString -Value @({values}) -Force; Restart-Service sppsvc"
    )


def _checked_zone(record: SrvPublication, zone: str | None) -> str:
    domain = parse_domain_name(record.domain)
    parse_host_name(record.host)
    if zone is None:
        return domain
    zone_name = parse_domain_name(zone, what="zone")
    if domain != zone_name and not domain.endswith("." + zone_name):
        return domain  # the zone given does not hold the domain: fall back to the domain
    return zone_name


def _name_in_zone(record: SrvPublication, zone_name: str) -> str:
    domain = parse_domain_name(record.domain)
    if domain == zone_name:
        return SRV_SERVICE
    return f"{SRV_SERVICE}.{domain[: -len(zone_name) - 1]}"


def _timespan(seconds: int) -> str:
    """A TTL as the ``[TimeSpan]`` string PowerShell accepts: ``01:00:00``, ``2.00:00:00``."""
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    clock = f"{hours:02d}:{minutes:02d}:{secs:02d}"
    return f"{days}.{clock}" if days else clock
