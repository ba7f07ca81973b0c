"""A lab machine's DNS Server role: the zones it serves and what its DnsServer cmdlets answer.

A domain controller of an Active Directory domain usually runs the DNS Server
role and holds the domain's zone in the directory (an "Active
Directory–integrated" zone, dynamic updates "Secure" only). In the lab, the
role serves the lab's own zone object (``app.lab.zone.LabZone``), the very one
the lab's DNS server answers queries from: a record added here through
``Add-DnsServerResourceRecord`` is what the next ``dns-check`` sees, as on a
real DC that answers for its zone.

The operations ``dns-server-srv`` and ``set-dns-server-srv``
(``resources/ps/dns-server-srv.ps1``, ``set-dns-server-srv.ps1``) run here the
way their scripts run on Windows: the same parameter checks in the same order
(``0x80070057 invalid <what>``), ``0x80131515`` (NotSupportedException) on a
machine without the role, ``0x80072581`` (DNS_ERROR_ZONE_DOES_NOT_EXIST, 9601,
winerror.h) for a zone the server does not hold, then the read-back document.

Record owners: in an AD-integrated zone every record is a ``dnsNode`` object
whose owner is the account that created it; with secure dynamic updates only
that account (or one given the right) may change it. Microsoft: "The default
behavior is to allow a computer to create an SRV resource record and then
update it. However, if you have more than one KMS host ..., the other hosts
will be unable to update the SRV resource record unless SRV default permissions
are changed" (Volume Activation deployment guide, "Change the Default DNS
Permissions for SRV Records"). The owner is that of the name's ``dnsNode``
object, which holds every SRV record of ``_vlmcs._tcp``: a second KMS host
cannot add its record beside the first host's. The lab gives a name first
filled through the cmdlets to the WinRM account that ran them, and a name a lab
KMS host filled itself to that host's computer account (``LAB\\KMS01$``); a
host whose name belongs to another account cannot publish there
(:func:`host_may_publish`, asked by ``app.lab.spp.kms.publish``, which then logs
event 12293: ``app.lab.publishing_events``). When the last record of a name is
deleted, the name has no owner any more.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field
from typing import Any

from app.lab.spp import hresult as hr
from app.lab.spp.hresult import SppError
from app.lab.spp.lab import SppLab
from app.lab.spp.machine import Machine
from app.lab.zone import LabZone, absolute

# The scripts' own checks (resources/ps/lib/dns-srv.ps1, set-dns-server-srv.ps1).
_ZONE = re.compile(
    r"(?=.{1,253}\Z)[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*"
)
_NAME = re.compile(r"_vlmcs\._tcp(\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*", re.IGNORECASE)
_TARGET = re.compile(
    r"(?=.{1,253}\Z)[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\.?"
)
_MODES = ("add", "replace", "delete")
COR_E_NOTSUPPORTED = 0x80131515
NOT_A_DNS_SERVER = "This machine has no DnsServer module: it is not a Windows DNS server."
DNS_ERROR_ZONE_DOES_NOT_EXIST = 0x80072581  # HRESULT_FROM_WIN32(9601)


@dataclass
class DnsServerRole:
    """The zones one machine's DNS Server role holds, and the owners of their records."""

    zones: list[LabZone]
    ds_integrated: bool = True
    dynamic_update: str = "Secure"  # Get-DnsServerZone DynamicUpdate: None, Secure, ...
    netbios_domain: str = "LAB"
    admin_account: str = "LAB\\labadmin"
    # absolute record name (the dnsNode) → the account that created it.
    owners: dict[str, str] = field(default_factory=dict)

    def zone(self, name: str) -> LabZone | None:
        wanted = absolute(name)
        return next((z for z in self.zones if z.origin == wanted), None)


_ROLES: weakref.WeakKeyDictionary[Machine, DnsServerRole] = weakref.WeakKeyDictionary()


def install_role(machine: Machine, role: DnsServerRole) -> None:
    """Give ``machine`` the DNS Server role (lab set-up, as Install-WindowsFeature DNS)."""
    _ROLES[machine] = role


def role_of(machine: Machine) -> DnsServerRole | None:
    return _ROLES.get(machine)


def _invalid(what: str) -> SppError:
    return SppError(hr.E_INVALIDARG, f"invalid {what}")


def _int(value: Any, low: int, high: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _invalid(what)
    return value


def _checked(machine: Machine, params: dict[str, Any]) -> tuple[DnsServerRole, LabZone, str]:
    """D: the zone and record name, the role, the zone on this server (in the script's order)."""
    zone_name, name = params.get("zone"), params.get("name")
    if not isinstance(zone_name, str) or not _ZONE.fullmatch(zone_name):
        raise _invalid("zone")
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise _invalid("name")
    role = role_of(machine)
    if role is None:
        raise SppError(COR_E_NOTSUPPORTED, NOT_A_DNS_SERVER)
    zone = role.zone(zone_name)
    if zone is None:
        raise SppError(
            DNS_ERROR_ZONE_DOES_NOT_EXIST,
            f"The zone {zone_name} does not exist on this DNS server.",
        )
    return role, zone, name


def _owner_name(zone: LabZone, name: str) -> str:
    """``_vlmcs._tcp`` in zone ``lab.test.`` → ``_vlmcs._tcp.lab.test.``"""
    return absolute(f"{name}.{zone.origin}")


def _account(role: DnsServerRole, machine: Machine) -> str:
    return f"{role.netbios_domain}\\{machine.name.upper()}$"


def node_owner(lab: SppLab, role: DnsServerRole, zone: LabZone, owner: str) -> str | None:
    """The account that owns the name ``owner`` (None: no owner known, or not in AD)."""
    if not role.ds_integrated:
        return None  # a file-backed zone's records are no directory objects: no owner
    known = role.owners.get(owner)
    if known:
        return known
    for record in zone.records(owner, "SRV"):  # filled before the role knew: by a host?
        host = lab.find(record.value.split()[-1].rstrip("."))
        if host is not None and host.service.published_at is not None:
            return _account(role, host)
    return None


def _roles_serving(lab: SppLab, zone: LabZone) -> list[DnsServerRole]:
    roles = (role_of(m) for m in lab.machines.values())
    return [r for r in roles if r is not None and zone in r.zones]


def host_may_publish(lab: SppLab, host: Machine, zone: LabZone, owner: str) -> bool:
    """Whether a secure update by ``host`` may change the name ``owner`` (and claim it when
    it is empty: the host's account then owns it). Zones without a DNS Server role in the
    lab take every update, as before."""
    owner = absolute(owner)
    for role in _roles_serving(lab, zone):
        if not role.ds_integrated:
            continue
        current = node_owner(lab, role, zone, owner) if zone.records(owner, "SRV") else None
        if current is not None and current.upper() != _account(role, host).upper():
            return False
        role.owners.setdefault(owner, _account(role, host))
    return True


def read_document(lab: SppLab, role: DnsServerRole, zone: LabZone, name: str) -> dict[str, Any]:
    """R: what the read-back prints (Get-DnsServerZone, Get-DnsServerResourceRecord)."""
    owner = _owner_name(zone, name)
    records = []
    for record in zone.records(owner, "SRV"):
        priority, weight, port, target = record.value.split()
        records.append(
            {
                # RecordData.DomainName: the target as the server stores it, with its dot.
                "target": target,
                "priority": int(priority),
                "weight": int(weight),
                "port": int(port),
                "ttl": record.ttl,  # TimeToLive.TotalSeconds
                "owner": node_owner(lab, role, zone, owner),
            }
        )
    return {
        "ok": True,
        "zone": zone.origin.rstrip("."),
        "ds_integrated": role.ds_integrated,
        "dynamic_update": role.dynamic_update,
        "records": records,
    }


def dns_server_srv(lab: SppLab, machine: Machine, params: dict[str, Any]) -> dict[str, Any]:
    """dns-server-srv.ps1."""
    role, zone, name = _checked(machine, params)
    return read_document(lab, role, zone, name)


def set_dns_server_srv(lab: SppLab, machine: Machine, params: dict[str, Any]) -> dict[str, Any]:
    """set-dns-server-srv.ps1: remove what must go, add the record unless present, read back."""
    role, zone, name = _checked(machine, params)
    target = params.get("target")
    if not isinstance(target, str) or not _TARGET.fullmatch(target):
        raise _invalid("target")
    target = target.rstrip(".")
    priority = _int(params.get("priority"), 0, 65535, "priority")
    weight = _int(params.get("weight"), 0, 65535, "weight")
    port = _int(params.get("port"), 1, 65535, "port")
    ttl = _int(params.get("ttl"), 0, 2147483647, "ttl")
    mode = params.get("mode")
    if not isinstance(mode, str) or mode.lower() not in _MODES:  # -notcontains: any case
        raise _invalid("mode")
    mode = mode.lower()
    owner = _owner_name(zone, name)
    have = False
    for record in zone.records(owner, "SRV"):
        r_priority, r_weight, r_port, r_target = record.value.split()
        mine = r_target.rstrip(".").lower() == target.lower()
        same = mine and (int(r_priority), int(r_weight), int(r_port)) == (priority, weight, port)
        if (mode == "delete" and mine) or (
            mode != "delete" and not same and (mine or mode == "replace")
        ):
            zone.delete(owner, "SRV", record.value)  # Remove-DnsServerResourceRecord -Force
        elif same:
            have = True
    if not zone.records(owner, "SRV"):
        role.owners.pop(owner, None)  # an empty name is gone, and its owner with it
    if mode != "delete" and not have:
        if not zone.records(owner, "SRV"):
            role.owners[owner] = role.admin_account  # who creates the name owns it
        zone.add(owner, "SRV", f"{priority} {weight} {port} {absolute(target)}", ttl)
    return read_document(lab, role, zone, name)
