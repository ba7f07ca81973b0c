"""Step 7b, firewall: let KMS clients in, by rule Name, per network profile, then prove it.

The built-in rule ``SPPSVC-In-TCP`` covers port 1688; a custom listening port
gets a rule of its own (``KMSW-KMS-In-TCP-<port>``). Rules are addressed by
Name, never by their display name, which Windows translates (facts §7). After
the change, this computer connects to the host's port: the proof that clients
can (``Test-NetConnection -Port``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.domain.catalog import Catalog
from app.domain.licensing import InvalidKmsHost, parse_port
from app.domain.ports import ScriptRunner, TcpProbe
from app.domain.text import QT_TRANSLATE_NOOP, Message, Text, msg
from app.services.host_setup.findings import Finding, MachineError, Outcome, Severity
from app.services.host_setup.inspection import HostInspector
from app.services.host_setup.licensing_state import read_licensing
from app.services.host_setup.machine_calls import call, malformed
from app.services.host_setup.reachability import ReachabilityResult, prove_reachable

BUILT_IN_RULE = "SPPSVC-In-TCP"


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
    "HostSetupFirewall", "The firewall rule %1 (“%2”) lets TCP port %3 in for: %4."
)
RULE_CLOSED = QT_TRANSLATE_NOOP(
    "HostSetupFirewall", "The firewall rule %1 (“%2”) for TCP port %3 is disabled."
)
RULE_NOT_AS_ASKED = QT_TRANSLATE_NOOP(
    "HostSetupFirewall",
    "The firewall rule %1 was written, but the host does not report it as asked.",
)
CUSTOM_RULE = QT_TRANSLATE_NOOP(
    "HostSetupFirewall",
    "Port %1 is not the default 1688, so the wizard uses its own rule %2 (the built-in rule "
    "SPPSVC-In-TCP covers 1688 only).",
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
    """The rule as the host reports it after the change."""

    name: str
    display_name: str  # localised by Windows: shown, never used to find the rule
    enabled: bool
    profiles: tuple[FirewallProfile, ...]
    local_port: int


@dataclass(frozen=True)
class FirewallResult:
    """Opening (or closing) the KMS port, verified, with the proof from this computer."""

    outcome: Outcome
    port: int
    enabled: bool
    profiles: tuple[FirewallProfile, ...]
    rule: FirewallRuleState | None
    reachability: ReachabilityResult | None
    error: MachineError | None
    findings: tuple[Finding, ...]


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


class FirewallService:
    """The KMS firewall rule of one host.

    Args:
        runner: the KMS host.
        catalog: the product catalog.
        probe: TCP connects from this computer (None: no proof).
        timeout: deadline per operation.
    """

    def __init__(
        self,
        runner: ScriptRunner,
        catalog: Catalog,
        probe: TcpProbe | None = None,
        *,
        timeout: float | None = None,
    ) -> None:
        self._runner = runner
        self._catalog = catalog
        self._probe = probe
        self._timeout = timeout

    def set_rule(
        self,
        *,
        enabled: bool = True,
        profiles: Iterable[str] = ALL_PROFILES,
        port: int | str | None = None,
    ) -> FirewallResult:
        """Enable (or disable) the rule for ``port`` (default: the listening port).

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
        document, error = call(
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
        assert document is not None
        rule = self._rule(document.get("rule"))
        findings: list[Finding] = []
        as_asked = (
            rule.enabled == enabled
            and rule.local_port == wanted
            and (not enabled or set(rule.profiles) == set(chosen))
        )
        profile_list = tuple(PROFILE_NAMES[p] for p in rule.profiles)  # rendered as a list
        if not as_asked:
            findings.append(
                Finding(
                    "rule-not-as-asked",
                    Severity.BLOCKER,
                    msg(RULE_NOT_AS_ASKED, rule.name),
                )
            )
        elif enabled:
            findings.append(
                Finding(
                    "rule-open",
                    Severity.OK,
                    msg(RULE_OPEN, rule.name, rule.display_name, rule.local_port, profile_list),
                )
            )
        else:
            findings.append(
                Finding(
                    "rule-closed",
                    Severity.OK,
                    msg(RULE_CLOSED, rule.name, rule.display_name, rule.local_port),
                )
            )
        if rule.name != BUILT_IN_RULE and enabled:
            findings.append(
                Finding("custom-rule", Severity.INFO, msg(CUSTOM_RULE, wanted, rule.name))
            )
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
        return FirewallResult(outcome, wanted, enabled, chosen, rule, reach, None, tuple(findings))

    def _prove(self, port: int) -> ReachabilityResult:
        assert self._probe is not None
        host = HostInspector(self._runner, self._catalog, timeout=self._timeout).inspect()
        return prove_reachable(self._probe, host.addresses, port, fallback_name=host.fqdn)

    @staticmethod
    def _reach_findings(reach: ReachabilityResult, enabled: bool, port: int) -> list[Finding]:
        if enabled:
            return list(reach.findings)
        if reach.reachable:
            return [Finding("still-reachable", Severity.WARNING, msg(STILL_REACHABLE, port))]
        return [Finding("closed-as-expected", Severity.OK, msg(NOT_REACHABLE_AS_EXPECTED, port))]

    def _rule(self, data: Any) -> FirewallRuleState:
        if not isinstance(data, dict):
            raise malformed(self._runner, "rule")
        name = data.get("name")
        port = data.get("local_port")
        if not isinstance(name, str) or isinstance(port, bool) or not isinstance(port, int):
            raise malformed(self._runner, "rule")
        raw = data.get("profiles") or []
        try:
            profiles = parse_profiles(raw if isinstance(raw, list) else [raw])
        except ValueError:
            raise malformed(self._runner, "rule.profiles") from None
        return FirewallRuleState(
            name,
            str(data.get("display_name") or ""),
            data.get("enabled") is True,
            profiles,
            port,
        )

    @staticmethod
    def _rejected(message: Message, enabled: bool) -> FirewallResult:
        finding = Finding("rejected-input", Severity.BLOCKER, message)
        return FirewallResult(Outcome.REJECTED, 0, enabled, (), None, None, None, (finding,))
