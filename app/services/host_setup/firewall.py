"""Step 7b, firewall: let KMS clients in, by rule Name, per network profile, then prove it.

Windows ships two disabled rules for KMS (group "Key Management Service"):
``SPPSVC-In-TCP-NoScope`` (Domain profile, any address) and ``SPPSVC-In-TCP``
(Private and Public together, remote address LocalSubnet: clients on routed
subnets are refused). The wizard only enables or disables them, never changes
their profiles; Private or Public alone, or another port, get our own rules
(``KMSW-KMS-In-TCP-<port>``, ``…-LocalSubnet``; resources/ps/README.md). Rules
are addressed by Name, never by their display name, which Windows translates.
After the change ``firewall-state`` reads the rules in force from the active
store, where a GPO can keep local rules out ("Apply local firewall rules: No").
Then this computer connects to the host's port (``Test-NetConnection -Port``),
which proves nothing when this computer is the host itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.domain.catalog import Catalog
from app.domain.licensing import InvalidKmsHost, as_list, parse_port
from app.domain.ports import ScriptRunner, TcpProbe
from app.domain.text import QT_TRANSLATE_NOOP, Message, Text, msg
from app.services.host_setup.findings import Finding, MachineError, Outcome, Severity
from app.services.host_setup.inspection import HostInspector
from app.services.host_setup.licensing_state import read_licensing
from app.services.host_setup.machine_calls import call, malformed
from app.services.host_setup.reachability import ReachabilityResult, prove_reachable

BUILT_IN_RULE = "SPPSVC-In-TCP"  # Private + Public, local subnet only
NOSCOPE_RULE = "SPPSVC-In-TCP-NoScope"  # Domain, any address
STOCK_RULES = (NOSCOPE_RULE, BUILT_IN_RULE)


class FirewallProfile(StrEnum):
    """Windows Firewall network profiles (the names the firewall cmdlets take)."""

    DOMAIN = "Domain"
    PRIVATE = "Private"
    PUBLIC = "Public"


ALL_PROFILES: tuple[FirewallProfile, ...] = tuple(FirewallProfile)
# The names Windows Firewall shows the user (the enum values are the cmdlets' names).
PROFILE_NAMES: dict[FirewallProfile, Text] = {
    FirewallProfile.DOMAIN: QT_TRANSLATE_NOOP("FirewallProfile", "Domain"),
    FirewallProfile.PRIVATE: QT_TRANSLATE_NOOP("FirewallProfile", "Private"),
    FirewallProfile.PUBLIC: QT_TRANSLATE_NOOP("FirewallProfile", "Public"),
}


class RuleScope(StrEnum):
    """Which remote addresses a rule admits (Get-NetFirewallAddressFilter RemoteAddress)."""

    ANY = "any"
    LOCAL_SUBNET = "local-subnet"
    ADDRESSES = "addresses"


SCOPE_NAMES: dict[RuleScope, Text] = {
    RuleScope.ANY: QT_TRANSLATE_NOOP("FirewallScope", "any address"),
    RuleScope.LOCAL_SUBNET: QT_TRANSLATE_NOOP("FirewallScope", "local subnet only"),
    RuleScope.ADDRESSES: QT_TRANSLATE_NOOP("FirewallScope", "listed addresses only"),
}

BAD_PORT = QT_TRANSLATE_NOOP(
    "HostSetupFirewall", "The port must be a number from 1 to 65535, not “%1”."
)
BAD_PROFILE = QT_TRANSLATE_NOOP(
    "HostSetupFirewall", "“%1” is not a firewall profile: use Domain, Private or Public."
)
NO_PROFILE = QT_TRANSLATE_NOOP(
    "HostSetupFirewall", "Choose at least one firewall profile (Domain, Private, Public)."
)
RULE_OPEN = QT_TRANSLATE_NOOP(
    "HostSetupFirewall",
    "The firewall rule %1 (“%2”) lets TCP port %3 in for: %4; remote addresses: %5.",
)
RULE_CLOSED = QT_TRANSLATE_NOOP(
    "HostSetupFirewall", "The firewall rule %1 (“%2”) for TCP port %3 is disabled."
)
PROFILE_NOT_OPEN = QT_TRANSLATE_NOOP(
    "HostSetupFirewall",
    "No firewall rule in force lets TCP port %1 in for the %2 profile, although the rule was "
    "written.",
)
PROFILE_STILL_OPEN = QT_TRANSLATE_NOOP(
    "HostSetupFirewall", "The rule %1 still lets TCP port %2 in for the %3 profile."
)
LOCAL_SUBNET_ONLY = QT_TRANSLATE_NOOP(
    "HostSetupFirewall",
    "%1 admits clients on the host's own subnet only: clients on routed subnets (other VLANs, "
    "branch offices) are refused and fail with 0xC004F074.",
)
LOCAL_SUBNET_FIX = QT_TRANSLATE_NOOP(
    "HostSetupFirewall",
    "For domain members, enable the Domain profile (rule SPPSVC-In-TCP-NoScope, any address).",
)
BOTH_PROFILES = QT_TRANSLATE_NOOP(
    "HostSetupFirewall",
    "The stock rule SPPSVC-In-TCP covers the Private and Public profiles together: enabling it "
    "opens both. For only one of them the wizard uses its own rule %1 (local subnet only).",
)
OTHER_NETWORK = QT_TRANSLATE_NOOP(
    "HostSetupFirewall",
    "The host's network uses the %1 profile now, and no rule in force lets TCP port %2 in "
    "there: clients cannot connect.",
)
OTHER_NETWORK_FIX = QT_TRANSLATE_NOOP(
    "HostSetupFirewall", "Enable the rule for the %1 profile as well."
)
GPO_CONTROLS = QT_TRANSLATE_NOOP(
    "HostSetupFirewall",
    "A Group Policy controls this firewall: rules written on the host are not applied for: %1.",
)
GPO_FIX = QT_TRANSLATE_NOOP(
    "HostSetupFirewall",
    "Ask the owner of that GPO to allow inbound TCP port %1 (rule group “Key Management "
    "Service”, or a rule for port %1) in the GPO itself, or to set “Apply local firewall "
    "rules” to Yes. Changing the host's own rules cannot help.",
)
CUSTOM_RULE = QT_TRANSLATE_NOOP(
    "HostSetupFirewall",
    "Port %1 is not the default 1688, so the wizard uses its own rule %2 (the stock rules "
    "SPPSVC-In-TCP and SPPSVC-In-TCP-NoScope cover 1688 only).",
)
NOT_THE_LISTENING_PORT = QT_TRANSLATE_NOOP(
    "HostSetupFirewall",
    "The KMS host listens on port %1, not %2: this rule does not let its clients in.",
)
NOT_LISTENING_YET = QT_TRANSLATE_NOOP(
    "HostSetupFirewall",
    "This machine is not an activated KMS host yet: the port answers once its host key is "
    "activated.",
)
STILL_REACHABLE = QT_TRANSLATE_NOOP(
    "HostSetupFirewall",
    "Port %1 still accepts connections: another rule (or no firewall) lets it in.",
)
NOT_REACHABLE_AS_EXPECTED = QT_TRANSLATE_NOOP(
    "HostSetupFirewall", "Port %1 no longer accepts connections from this computer."
)
FAILED = QT_TRANSLATE_NOOP("HostSetupFirewall", "Windows refused the firewall change.")


@dataclass(frozen=True)
class FirewallRuleState:
    """One KMS rule as the host's active store reports it."""

    name: str
    display_name: str  # localised by Windows: shown, never used to find the rule
    enabled: bool
    profiles: tuple[FirewallProfile, ...]
    local_port: int
    remote_addresses: tuple[str, ...] = ("Any",)
    store: str = "Local"  # PolicyStoreSourceType: Local or GroupPolicy

    @property
    def scope(self) -> RuleScope:
        lowered = {a.lower() for a in self.remote_addresses}
        if not lowered or lowered & {"any", "*"}:
            return RuleScope.ANY
        if lowered == {"localsubnet"}:
            return RuleScope.LOCAL_SUBNET
        return RuleScope.ADDRESSES

    @property
    def from_gpo(self) -> bool:
        return self.store.lower() == "grouppolicy"


@dataclass(frozen=True)
class FirewallState:
    """What is in force on the host (firewall-state)."""

    active_profiles: tuple[FirewallProfile, ...]
    local_rules_ignored: tuple[FirewallProfile, ...]
    gpo_controls: bool
    rules: tuple[FirewallRuleState, ...]

    def opening(self, port: int, profile: FirewallProfile) -> list[FirewallRuleState]:
        """The enabled rules in force that let ``port`` in for ``profile``."""
        return [
            r
            for r in self.rules
            if r.enabled
            and r.local_port == port
            and profile in r.profiles
            and (r.from_gpo or profile not in self.local_rules_ignored)
        ]


@dataclass(frozen=True)
class FirewallResult:
    """Opening (or closing) the KMS port, verified, with the proof from this computer."""

    outcome: Outcome
    port: int
    enabled: bool
    profiles: tuple[FirewallProfile, ...]
    state: FirewallState | None
    reachability: ReachabilityResult | None
    error: MachineError | None
    findings: tuple[Finding, ...]

    @property
    def rules(self) -> tuple[FirewallRuleState, ...]:
        return self.state.rules if self.state is not None else ()

    def rule(self, name: str) -> FirewallRuleState | None:
        return next((r for r in self.rules if r.name == name), None)


def parse_profiles(names: Iterable[str]) -> tuple[FirewallProfile, ...]:
    """``domain``, ``Private``… → profiles in Windows' order.

    Raises:
        ValueError: carrying the name that is no profile.
    """
    wanted = set()
    for name in names:
        match = next(
            (p for p in FirewallProfile if p.value.lower() == str(name).strip().lower()), None
        )
        if match is None:
            raise ValueError(str(name))
        wanted.add(match)
    return tuple(p for p in FirewallProfile if p in wanted)


def default_profiles(part_of_domain: bool) -> tuple[FirewallProfile, ...]:
    """What to tick by default: Domain on a domain member, Private otherwise; never Public."""
    return (FirewallProfile.DOMAIN,) if part_of_domain else (FirewallProfile.PRIVATE,)


class FirewallService:
    """The KMS firewall rules of one host.

    Args:
        runner: the KMS host.
        catalog: the product catalog.
        probe: TCP connects from this computer (None: no proof).
        timeout: deadline per operation.
        on_host: this computer is the KMS host (local transport): a connection to
            its own port proves nothing about the firewall.
    """

    def __init__(
        self,
        runner: ScriptRunner,
        catalog: Catalog,
        probe: TcpProbe | None = None,
        *,
        timeout: float | None = None,
        on_host: bool = False,
    ) -> None:
        self._runner = runner
        self._catalog = catalog
        self._probe = probe
        self._timeout = timeout
        self._on_host = on_host

    def read_state(self, port: int) -> FirewallState:
        """The KMS rules for ``port`` in force on the host (firewall-state).

        Raises:
            ExecutionError: the machine could not be asked.
        """
        document = self._runner.run("firewall-state", {"port": port}, timeout=self._timeout)
        return self._state(document)

    def set_rule(
        self,
        *,
        enabled: bool = True,
        profiles: Iterable[str] = (FirewallProfile.DOMAIN,),
        port: int | str | None = None,
    ) -> FirewallResult:
        """Enable (or disable) the rules for ``port`` (default: the listening port).

        Raises:
            ExecutionError: the machine could not be asked.
        """
        try:
            chosen = parse_profiles(profiles)
        except ValueError as bad:
            return self._rejected(msg(BAD_PROFILE, str(bad)[:30]), enabled)
        if not chosen:
            return self._rejected(msg(NO_PROFILE), enabled)
        listening = read_licensing(self._runner, timeout=self._timeout).service
        if port is None:
            wanted = listening.listening_port
        else:
            try:
                wanted = parse_port(port)
            except InvalidKmsHost:
                return self._rejected(msg(BAD_PORT, str(port)[:20]), enabled)
        _document, error = call(
            self._runner,
            "firewall",
            {"port": wanted, "enabled": enabled, "profiles": [p.value for p in chosen]},
            timeout=self._timeout,
        )
        if error is not None:
            findings = (
                Finding("firewall-failed", Severity.BLOCKER, msg(FAILED)),
                Finding(
                    "firewall-error", Severity.BLOCKER, error.hresult.meaning, error.hresult.fix
                ),
            )
            return FirewallResult(
                Outcome.FAILED, wanted, enabled, chosen, None, None, error, findings
            )
        state = self.read_state(wanted)
        findings = self._verify(state, wanted, enabled, chosen)
        as_asked = not any(f.severity is Severity.BLOCKER for f in findings)
        if enabled and wanted != listening.listening_port:
            findings.append(
                Finding(
                    "not-the-listening-port",
                    Severity.WARNING,
                    msg(NOT_THE_LISTENING_PORT, listening.listening_port, wanted),
                )
            )
        reach = None
        if enabled and not listening.is_kms_host:
            findings.append(Finding("not-listening-yet", Severity.INFO, msg(NOT_LISTENING_YET)))
        elif self._probe is not None:
            reach = self._prove(wanted)
            findings += self._reach_findings(reach, enabled, wanted)
        outcome = Outcome.DONE if as_asked else Outcome.NOT_VERIFIED
        return FirewallResult(outcome, wanted, enabled, chosen, state, reach, None, tuple(findings))

    def _verify(
        self,
        state: FirewallState,
        port: int,
        enabled: bool,
        chosen: tuple[FirewallProfile, ...],
    ) -> list[Finding]:
        findings: list[Finding] = []
        for rule in state.rules:
            if rule.local_port != port:
                continue
            if rule.enabled:
                names = tuple(PROFILE_NAMES[p] for p in rule.profiles)  # rendered as a list
                text = msg(
                    RULE_OPEN, rule.name, rule.display_name, port, names, SCOPE_NAMES[rule.scope]
                )
                findings.append(Finding("rule-open", Severity.OK, text))
                if rule.scope is RuleScope.LOCAL_SUBNET:
                    findings.append(
                        Finding(
                            "local-subnet-only",
                            Severity.INFO,
                            msg(LOCAL_SUBNET_ONLY, rule.name),
                            msg(LOCAL_SUBNET_FIX),
                        )
                    )
            elif rule.name not in STOCK_RULES or rule.name in self._targets(port, chosen):
                text = msg(RULE_CLOSED, rule.name, rule.display_name, port)
                findings.append(Finding("rule-closed", Severity.OK, text))
        ignored = tuple(PROFILE_NAMES[p] for p in state.local_rules_ignored)
        gpo_blocks = False
        for profile in chosen:
            opening = state.opening(port, profile)
            if enabled and not opening and profile in state.local_rules_ignored:
                gpo_blocks = True  # said once, with the fix, by the GPO finding below
            elif enabled and not opening:
                text = msg(PROFILE_NOT_OPEN, port, PROFILE_NAMES[profile])
                findings.append(Finding("profile-not-open", Severity.BLOCKER, text))
            elif not enabled and opening:
                text = msg(PROFILE_STILL_OPEN, opening[0].name, port, PROFILE_NAMES[profile])
                findings.append(Finding("profile-still-open", Severity.WARNING, text))
        if state.gpo_controls:
            severity = Severity.BLOCKER if gpo_blocks else Severity.WARNING
            text = msg(GPO_CONTROLS, ignored)
            findings.append(Finding("gpo-controls", severity, text, msg(GPO_FIX, port)))
        others = {FirewallProfile.PRIVATE, FirewallProfile.PUBLIC}
        if enabled and port == 1688 and len(others & set(chosen)) == 1:
            own = f"KMSW-KMS-In-TCP-{port}-LocalSubnet"
            findings.append(
                Finding("stock-rule-covers-both", Severity.INFO, msg(BOTH_PROFILES, own))
            )
        if enabled and port != 1688:
            own = f"KMSW-KMS-In-TCP-{port}"
            findings.append(Finding("custom-rule", Severity.INFO, msg(CUSTOM_RULE, port, own)))
        if enabled:
            for profile in state.active_profiles:
                if profile not in chosen and not state.opening(port, profile):
                    findings.append(
                        Finding(
                            "active-profile-closed",
                            Severity.WARNING,
                            msg(OTHER_NETWORK, PROFILE_NAMES[profile], port),
                            msg(OTHER_NETWORK_FIX, PROFILE_NAMES[profile]),
                        )
                    )
        return findings

    @staticmethod
    def _targets(port: int, chosen: tuple[FirewallProfile, ...]) -> set[str]:
        """The stock rules a request for ``chosen`` touches."""
        names = set()
        if port == 1688 and FirewallProfile.DOMAIN in chosen:
            names.add(NOSCOPE_RULE)
        if port == 1688 and set(chosen) - {FirewallProfile.DOMAIN}:
            names.add(BUILT_IN_RULE)
        return names

    def _prove(self, port: int) -> ReachabilityResult:
        assert self._probe is not None
        host = HostInspector(self._runner, self._catalog, timeout=self._timeout).inspect()
        return prove_reachable(
            self._probe,
            host.addresses,
            port,
            fallback_name=host.fqdn,
            from_the_host=self._on_host,
        )

    @staticmethod
    def _reach_findings(reach: ReachabilityResult, enabled: bool, port: int) -> list[Finding]:
        if enabled or reach.from_the_host:
            return list(reach.findings)
        if reach.reachable:
            return [Finding("still-reachable", Severity.WARNING, msg(STILL_REACHABLE, port))]
        return [Finding("closed-as-expected", Severity.OK, msg(NOT_REACHABLE_AS_EXPECTED, port))]

    def _state(self, document: Any) -> FirewallState:
        if not isinstance(document, dict):
            raise malformed(self._runner, "firewall-state")
        raw_rules = document.get("rules")
        rules = tuple(self._rule(r) for r in as_list(raw_rules))
        try:
            active = parse_profiles(str(p) for p in as_list(document.get("active_profiles")))
            ignored = parse_profiles(str(p) for p in as_list(document.get("local_rules_ignored")))
        except ValueError:
            raise malformed(self._runner, "active_profiles") from None
        gpo = document.get("gpo_controls") is True or bool(ignored)
        return FirewallState(active, ignored, gpo, rules)

    def _rule(self, data: Any) -> FirewallRuleState:
        if not isinstance(data, dict):
            raise malformed(self._runner, "rules")
        name = data.get("name")
        port = data.get("local_port")
        if not isinstance(name, str) or isinstance(port, bool) or not isinstance(port, int):
            raise malformed(self._runner, "rules")
        try:
            profiles = parse_profiles(str(p) for p in as_list(data.get("profiles")))
        except ValueError:
            raise malformed(self._runner, "rules.profiles") from None
        addresses = tuple(str(a) for a in as_list(data.get("remote_addresses")))
        return FirewallRuleState(
            name,
            str(data.get("display_name") or ""),
            data.get("enabled") is True,
            profiles,
            port,
            addresses or ("Any",),
            str(data.get("store") or "Local"),
        )

    @staticmethod
    def _rejected(message: Message, enabled: bool) -> FirewallResult:
        finding = Finding("rejected-input", Severity.BLOCKER, message)
        return FirewallResult(Outcome.REJECTED, 0, enabled, (), None, None, None, (finding,))


