"""KMS settings of one machine: the client's host setting and the host's service options."""

from __future__ import annotations

from app.lab.spp.firewall import FirewallRule, custom_rule_name
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
    target = _target(machine, activation_id)
    target.kms_machine = ""
    target.kms_port = 0
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

    Turning publishing off leaves records already published in DNS (a real
    host does not delete them either: stale records are a classic problem).
    """
    machine.service.publish_list = list(lines)
    machine.service.dns_publishing = enabled
    if enabled:
        publish(lab, machine)


def set_intervals(machine: Machine, activation: int, renewal: int) -> None:
    machine.service.activation_interval = activation
    machine.service.renewal_interval = renewal


def set_priority(machine: Machine, low: bool) -> None:
    machine.service.low_priority = low


def restart_service(lab: SppLab, machine: Machine) -> None:
    """Restart sppsvc: the configured port takes effect and the host re-publishes."""
    machine.service.running = True
    machine.service.active_port = machine.service.listening_port
    publish(lab, machine)


def firewall(machine: Machine, port: int, profiles: list[str], enabled: bool) -> FirewallRule:
    """What our firewall script does, by rule Name."""
    # Windows 7 / 2008 R2 go through the COM API, where a new rule's only name is its Name.
    display = custom_rule_name(port) if machine.legacy_kernel else f"KMS TCP {port}"
    return machine.fw().set_rule(port, set(profiles), enabled, display)
