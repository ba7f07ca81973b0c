"""A domain controller for the lab: Windows Server 2022 with the DNS Server role for its zone.

Opt-in (:func:`add_domain_controller`): the default lab's fleet stays as it is
(its machine count is part of many journeys), and a lab that needs Active
Directory DNS adds its DC. The DC answers WinRM like every lab machine and
serves the lab's zone through its DNS Server role (``app.lab.dns_server_role``):
what its DnsServer cmdlets add, the lab's DNS server answers. The zone gets the
records every AD domain has, so ``dns-check`` and ``dns-publish`` recognise an
Active Directory zone: ``_ldap._tcp.dc._msdcs.<domain>`` SRV naming the DC on
port 389 (the DC locator records Netlogon registers; Microsoft Learn, "How DNS
support for Active Directory works") and the DC's A record.

Not modelled: the DC's own licensing (it holds no product the lab counts), the
directory itself (the Samba DC of tests/ad serves for that), and the refusal of
HMAC-TSIG updates by the lab's DNS server (the Samba DC shows it).
"""

from __future__ import annotations

from app.lab.dns_server_role import DnsServerRole, install_role, role_of
from app.lab.spp.machine import Machine
from app.lab.world import LabWorld
from app.lab.zone import absolute

DC_NAME = "dc01"
DC_ADDRESS = "127.19.0.10"  # outside the fleet's 127.20/127.21 ranges
LDAP_PORT = 389


def add_domain_controller(world: LabWorld, name: str = DC_NAME) -> Machine:
    """Add a DC with the DNS Server role for the lab zone (idempotent); returns it."""
    lab = world.lab
    existing = lab.find(name)
    if existing is not None and role_of(existing) is not None:
        return existing
    domain = world.zone.origin.rstrip(".")
    machine = Machine(
        name=name,
        domain=domain,
        address=DC_ADDRESS,
        os_version="ws2022",
        edition_id=None,
        wmi_edition="ServerDatacenter",
        caption="Microsoft Windows Server 2022 Datacenter",
        version="10.0.20348",
        sku=8,
        product_type=2,  # Win32_OperatingSystem.ProductType: 2 = domain controller
        language="en-US",
        cmid="00000000-0000-4000-8000-00000000dc01",
        machine_id=f"dc/{name}",
        role="domain-controller",
        family="server",
    )
    lab.add_machines([machine])
    netbios = domain.split(".", 1)[0].upper()
    install_role(
        machine,
        DnsServerRole(
            zones=[world.zone],
            netbios_domain=netbios,
            admin_account=f"{netbios}\\{world.user}",
        ),
    )
    world.zone.add(
        f"_ldap._tcp.dc._msdcs.{domain}", "SRV", f"0 100 {LDAP_PORT} {absolute(machine.fqdn)}"
    )
    return machine
