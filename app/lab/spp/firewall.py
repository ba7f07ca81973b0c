"""Windows Firewall on a simulated machine: the rules that decide whether KMS is reachable.

Rules are identified by Name (``SPPSVC-In-TCP``, locale-independent); the
display name is localised like on a real French or German Windows, which is
why the wizard must never look rules up by display name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PROFILES = ("Domain", "Private", "Public")
KMS_RULE_NAME = "SPPSVC-In-TCP"
KMS_DEFAULT_PORT = 1688

# The built-in rule's display name, as each language's Windows shows it.
KMS_RULE_DISPLAY = {
    "en": "Key Management Service (TCP-In)",
    "fr": "Service de gestion de clés (TCP-Entrée)",
    "de": "Schlüsselverwaltungsdienst (TCP eingehend)",
}


def custom_rule_name(port: int) -> str:
    """The Name our firewall script gives a rule for a non-default KMS port."""
    return f"KMSW-KMS-In-TCP-{port}"


@dataclass
class FirewallRule:
    name: str
    display_name: str
    local_port: int
    profiles: set[str]
    enabled: bool

    def allows(self, port: int, profile: str) -> bool:
        return self.enabled and self.local_port == port and profile in self.profiles


@dataclass
class Firewall:
    """Inbound TCP rules of one machine; the built-in KMS rule exists, disabled."""

    language: str = "en"
    active_profile: str = "Domain"  # lab machines are domain members
    rules: dict[str, FirewallRule] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if KMS_RULE_NAME not in self.rules:
            display = KMS_RULE_DISPLAY.get(self.language[:2], KMS_RULE_DISPLAY["en"])
            self.rules[KMS_RULE_NAME] = FirewallRule(
                KMS_RULE_NAME, display, KMS_DEFAULT_PORT, set(PROFILES), enabled=False
            )

    def allows(self, port: int) -> bool:
        """Whether an inbound TCP connection to ``port`` gets through."""
        return any(rule.allows(port, self.active_profile) for rule in self.rules.values())

    def rule(self, name: str) -> FirewallRule | None:
        return self.rules.get(name)

    def set_rule(self, port: int, profiles: set[str], enabled: bool, display: str) -> FirewallRule:
        """What our firewall script does: the built-in rule for 1688, else our named rule."""
        name = KMS_RULE_NAME if port == KMS_DEFAULT_PORT else custom_rule_name(port)
        rule = self.rules.get(name)
        if rule is None:
            rule = FirewallRule(name, display, port, set(profiles), enabled)
            self.rules[name] = rule
        rule.profiles = set(profiles)
        rule.enabled = enabled
        return rule
