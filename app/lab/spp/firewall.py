"""Windows Firewall on a simulated machine: the rules that decide whether KMS is reachable.

The stock rule group "Key Management Service" holds two inbound rules, both
disabled out of the box. From a registry export of the stock
``FirewallPolicy\\FirewallRules`` key (a Windows 10/11 machine, published in the
public script GorstakZadar/Scripts ``GSecurity.ps1``; the audit's B4 cites the same export):

- ``SPPSVC-In-TCP``: ``Profile=Private|Profile=Public|LPort=1688|RA4=LocalSubnet|
  RA6=LocalSubnet|App=%SystemRoot%\\system32\\sppextcomobj.exe|Svc=sppsvc``;
- ``SPPSVC-In-TCP-NoScope``: ``Profile=Domain|LPort=1688``, same program and
  service, no remote-address limit.

Both carry ``Name=@FirewallAPI.dll,-28003``: one display name, localised
("Key Management Service (TCP-In)"), which is why the wizard addresses rules by
Name. ``LocalSubnet`` admits only the subnets of the host's own interfaces, so a
client on a routed VLAN gets through NoScope (Domain profile) only.

A Group Policy can turn "Apply local firewall rules" off per profile
(``AllowLocalPolicyMerge`` = 0, MS-GPFAS 2.2.3.13): local rules then stay in
the local store but are not in force there; the GPO's own rules are.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field

PROFILES = ("Domain", "Private", "Public")
KMS_RULE_NAME = "SPPSVC-In-TCP"  # Private + Public, LocalSubnet
KMS_NOSCOPE_RULE_NAME = "SPPSVC-In-TCP-NoScope"  # Domain, any address
KMS_DEFAULT_PORT = 1688
ANY = "Any"
LOCAL_SUBNET = "LocalSubnet"
LOCAL_STORE = "Local"  # PolicyStoreSourceType of a rule from the local store
GPO_STORE = "GroupPolicy"  # … and of a rule a GPO delivers

# The stock rules' display name (both @FirewallAPI.dll,-28003), as each language shows it.
KMS_RULE_DISPLAY = {
    "en": "Key Management Service (TCP-In)",
    "fr": "Service de gestion de clés (TCP-Entrée)",
    "de": "Schlüsselverwaltungsdienst (TCP eingehend)",
}


def custom_rule_name(port: int) -> str:
    """Our rule for a port's Domain profile (any address), like NoScope for 1688."""
    return f"KMSW-KMS-In-TCP-{port}"


def local_subnet_rule_name(port: int) -> str:
    """Our rule for Private and/or Public alone (LocalSubnet), like SPPSVC-In-TCP."""
    return f"{custom_rule_name(port)}-LocalSubnet"


def same_subnet(host_address: str, other: str) -> bool:
    """Whether ``other`` is on the host's subnet: the lab's LAN segments are /24 (IPv6 /64)."""
    try:
        host = ipaddress.ip_address(host_address)
        peer = ipaddress.ip_address(other)
    except ValueError:
        return False
    prefix = 24 if host.version == 4 else 64
    return peer in ipaddress.ip_network(f"{host}/{prefix}", strict=False)


@dataclass
class FirewallRule:
    name: str
    display_name: str
    local_port: int
    profiles: set[str]
    enabled: bool
    remote_addresses: tuple[str, ...] = (ANY,)
    store: str = LOCAL_STORE

    def allows(self, port: int, profile: str, *, from_local_subnet: bool) -> bool:
        if not (self.enabled and self.local_port == port and profile in self.profiles):
            return False
        return ANY in self.remote_addresses or (
            from_local_subnet and LOCAL_SUBNET in self.remote_addresses
        )


@dataclass
class Firewall:
    """Inbound TCP rules of one machine; the two stock KMS rules exist, disabled.

    ``active_profile``: the category of the host's network. A domain member's
    network authenticates to the domain controller, so it is "Domain"
    (Get-NetConnectionProfile NetworkCategory DomainAuthenticated).
    ``local_rules_ignored``: profiles where a GPO does not apply local rules.
    ``gpo_rules``: rules a GPO delivers (they are in force whatever the local store says).
    """

    language: str = "en"
    active_profile: str = "Domain"  # lab machines are domain members
    rules: dict[str, FirewallRule] = field(default_factory=dict)
    local_rules_ignored: set[str] = field(default_factory=set)
    gpo_rules: dict[str, FirewallRule] = field(default_factory=dict)

    def __post_init__(self) -> None:
        display = KMS_RULE_DISPLAY.get(self.language[:2], KMS_RULE_DISPLAY["en"])
        stock = (
            (KMS_RULE_NAME, {"Private", "Public"}, (LOCAL_SUBNET,)),
            (KMS_NOSCOPE_RULE_NAME, {"Domain"}, (ANY,)),
        )
        for name, profiles, scope in stock:
            self.rules.setdefault(
                name, FirewallRule(name, display, KMS_DEFAULT_PORT, profiles, False, scope)
            )

    def in_force(self) -> list[FirewallRule]:
        """The active store: GPO rules, and local rules unless a GPO ignores them everywhere
        they apply."""
        local = [r for r in self.rules.values() if r.profiles - self.local_rules_ignored]
        return local + list(self.gpo_rules.values())

    def allows(self, port: int, *, from_local_subnet: bool = True) -> bool:
        """Whether an inbound TCP connection to ``port`` gets through.

        ``from_local_subnet``: the caller is on the host's subnet (the wizard's own
        computer counts as such: the admin's workstation next to the host).
        """
        profile = self.active_profile
        rules = list(self.gpo_rules.values())
        if profile not in self.local_rules_ignored:
            rules += self.rules.values()
        return any(r.allows(port, profile, from_local_subnet=from_local_subnet) for r in rules)

    def rule(self, name: str) -> FirewallRule | None:
        return self.rules.get(name)

    def apply(self, port: int, profiles: set[str], enabled: bool) -> list[str]:
        """What firewall.ps1 does; returns the names it wrote.

        Domain → SPPSVC-In-TCP-NoScope; Private and Public together → SPPSVC-In-TCP
        (the stock rules are only enabled or disabled, never re-profiled). Private or
        Public alone → our LocalSubnet rule, because enabling SPPSVC-In-TCP for one
        opens the other too; closing either closes SPPSVC-In-TCP (closing more is safe).
        Another port: our own rules, Domain with any address, the others LocalSubnet.
        """
        stock = port == KMS_DEFAULT_PORT
        others = profiles - {"Domain"}
        targets: list[tuple[str | None, str, set[str], tuple[str, ...]]] = []
        if "Domain" in profiles:
            noscope = KMS_NOSCOPE_RULE_NAME if stock else None
            targets.append((noscope, custom_rule_name(port), {"Domain"}, (ANY,)))
        if others:
            both = others == {"Private", "Public"} or not enabled
            scoped = KMS_RULE_NAME if stock and both else None
            targets.append((scoped, local_subnet_rule_name(port), others, (LOCAL_SUBNET,)))
        written = []
        for stock_name, own, wanted, scope in targets:
            if stock_name is not None and stock_name in self.rules:
                self.rules[stock_name].enabled = enabled
                written.append(stock_name)
                if enabled:
                    continue
            rule = self.rules.get(own)
            if rule is None and enabled:
                # New-NetFirewallRule -Name X -DisplayName X: ours are not localised.
                rule = self.rules[own] = FirewallRule(own, own, port, set(wanted), True, scope)
            if rule is not None:
                rule.profiles, rule.remote_addresses, rule.enabled = set(wanted), scope, enabled
                written.append(own)
        return written

    def state(self, port: int) -> list[FirewallRule]:
        """The KMS rules for ``port`` in the active store, as firewall-state.ps1 lists them."""
        names = {custom_rule_name(port), local_subnet_rule_name(port)}
        if port == KMS_DEFAULT_PORT:
            names |= {KMS_RULE_NAME, KMS_NOSCOPE_RULE_NAME}
        return [rule for rule in self.in_force() if rule.name in names]
