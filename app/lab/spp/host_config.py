"""KMS settings of one machine: the client's host setting and the host's service options."""

from __future__ import annotations

from app.lab.spp.installation import find_product
from app.lab.spp.kms import publish
from app.lab.spp.lab import SppLab
from app.lab.spp.machine import Machine
from app.lab.spp.products import Product


def set_kms_host(
    machine: Machine, host: str, port: int | None, activation_id: str | None
) -> object:
    """SetKeyManagementServiceMachine/Port on the service, or on one product."""
    target = _target(machine, activation_id)
    target.kms_machine = host
    target.kms_port = port or 0
    return target


def clear_kms_host(machine: Machine, activation_id: str | None) -> object:
    """ClearKeyManagementServiceMachine/Port, and the lookup domain where Windows has one."""
    target = _target(machine, activation_id)
    target.kms_machine = ""
    target.kms_port = 0
    if has_lookup_domain(machine):
        target.kms_lookup_domain = ""
    return target


def has_lookup_domain(machine: Machine) -> bool:
    """KeyManagementServiceLookupDomain and its Set/Clear methods came with Windows 8 /
    Server 2012 (slmgr /skms-domain; on Windows 7 Microsoft's OSPP script answers that
    only the Windows 8 service supports it)."""
    return not machine.version.startswith(("6.0.", "6.1."))


def set_kms_lookup_domain(machine: Machine, domain: str, activation_id: str | None) -> object:
    """SetKeyManagementServiceLookupDomain on the service, or on one product."""
    target = _target(machine, activation_id)
    target.kms_lookup_domain = domain
    return target


def _target(machine: Machine, activation_id: str | None) -> Product | object:
    if activation_id is None:
        return machine.service
    return find_product(machine, activation_id)


def set_listening_port(machine: Machine, port: int) -> None:
    """Written to the registry now; the running service moves on restart."""
    machine.service.listening_port = port


def set_dns_publishing(lab: SppLab, machine: Machine, enabled: bool, lines: list[str]) -> None:
    """DisableKeyManagementServiceDnsPublishing and DnsDomainPublishList.

    Written now (and read back); the host publishes with them when its service
    restarts (or at its daily re-registration): slmgr.vbs prints "a KMS reboot
    is needed for this setting to take effect" after /sdns and /cdns, and
    Microsoft's deployment guide says to restart the service after changing
    DnsDomainPublishList "to create the SRV RRs". Turning publishing off leaves
    records already published in DNS (a real host does not delete them either:
    stale records are a classic problem).
    """
    machine.service.publish_list = list(lines)
    machine.service.dns_publishing = enabled


def set_intervals(machine: Machine, activation: int, renewal: int) -> None:
    """Written now (and read back); clients get them once the service restarts.

    slmgr.vbs prints "Warning: a KMS reboot is needed for this setting to take
    effect." after /sai and /sri (SetActivationInterval, SetRenewalInterval).
    """
    machine.service.activation_interval = activation
    machine.service.renewal_interval = renewal


def set_priority(machine: Machine, low: bool) -> None:
    """Written now; the running service keeps its priority until restarted (slmgr.vbs
    prints the same reboot warning after /spri and /cpri, SetKmsLowPriority)."""
    machine.service.low_priority = low


def restart_service(lab: SppLab, machine: Machine) -> None:
    """Restart sppsvc: the configured port, intervals and priority take effect; the
    host re-publishes."""
    service = machine.service
    service.running = True
    service.active_port = service.listening_port
    service.active_intervals = (service.activation_interval, service.renewal_interval)
    service.active_low_priority = service.low_priority
    publish(lab, machine)


def firewall(machine: Machine, port: int, profiles: list[str], enabled: bool) -> list[str]:
    """What our firewall script does, by rule Name (app.lab.spp.firewall.Firewall.apply)."""
    return machine.fw().apply(port, set(profiles), enabled)
