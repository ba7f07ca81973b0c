"""Proof from this computer that the KMS host accepts TCP connections on its port.

A firewall rule that reads "enabled" proves little: the network profile, a
second firewall on the way or a service listening elsewhere still stop clients.
So the wizard connects itself, through the :class:`~app.domain.ports.TcpProbe`
port, to every address the host reported (like ``Test-NetConnection -Port``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.dns import ProbeStatus, TcpProbeResult
from app.domain.ports import TcpProbe
from app.domain.text import QT_TRANSLATE_NOOP, msg
from app.services.host_setup.findings import Finding, Severity

PROBE_TIMEOUT_S = 1.5

REACHABLE = QT_TRANSLATE_NOOP(
    "HostSetupReachability", "%1 accepts connections on TCP port %2 from this computer."
)
NOT_REACHABLE = QT_TRANSLATE_NOOP(
    "HostSetupReachability",
    "No address of the host (%2) accepts connections on TCP port %1 from this computer.",
)
NOT_REACHABLE_FIX = QT_TRANSLATE_NOOP(
    "HostSetupReachability",
    "Check that the firewall rule for port %1 is enabled for the network profile the host "
    "uses, that the KMS service was restarted after a port change and its "
    "host key is activated, and that no other firewall between the clients and the host "
    "blocks the port (Test-NetConnection HOST -Port %1 from a client).",
)
NO_ADDRESS = QT_TRANSLATE_NOOP(
    "HostSetupReachability", "The host reported no IP address to connect to."
)


@dataclass(frozen=True)
class ReachabilityResult:
    """Every connection attempt to the host's port and what it proves."""

    port: int
    attempts: tuple[TcpProbeResult, ...]
    findings: tuple[Finding, ...]

    @property
    def reachable(self) -> bool:
        return any(a.status is ProbeStatus.REACHABLE for a in self.attempts)


def probe_addresses(addresses: Sequence[str], fallback_name: str) -> list[str]:
    """The addresses worth trying: link-local ones cannot be reached from elsewhere."""
    usable = [
        a
        for a in addresses
        if a and not a.lower().startswith("fe80:") and not a.startswith("169.254.")
    ]
    return usable or ([fallback_name] if fallback_name else [])


def prove_reachable(
    probe: TcpProbe,
    addresses: Sequence[str],
    port: int,
    *,
    fallback_name: str = "",
    timeout: float = PROBE_TIMEOUT_S,
) -> ReachabilityResult:
    """Connect to ``port`` on each address until one accepts (each within ``timeout``)."""
    targets = probe_addresses(addresses, fallback_name)
    if not targets:
        finding = Finding("no-address", Severity.BLOCKER, msg(NO_ADDRESS))
        return ReachabilityResult(port, (), (finding,))
    attempts: list[TcpProbeResult] = []
    for address in targets:
        result = probe.connect(address, port, timeout=timeout)
        attempts.append(result)
        if result.status is ProbeStatus.REACHABLE:
            finding = Finding("port-reachable", Severity.OK, msg(REACHABLE, address, port))
            return ReachabilityResult(port, tuple(attempts), (finding,))
    seen = ", ".join(a.address for a in attempts)
    finding = Finding(
        "port-unreachable",
        Severity.BLOCKER,
        msg(NOT_REACHABLE, port, seen),
        msg(NOT_REACHABLE_FIX, port),
    )
    return ReachabilityResult(port, tuple(attempts), (finding,))
