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
ON_THE_HOST = QT_TRANSLATE_NOOP(
    "HostSetupReachability",
    "The KMS service answers on TCP port %1, but this test ran on the KMS host itself: Windows "
    "Firewall does not filter a computer's connections to itself, so this proves nothing about "
    "the firewall or about the clients.",
)
NOT_ON_THE_HOST = QT_TRANSLATE_NOOP(
    "HostSetupReachability",
    "Nothing answers on TCP port %1 on this computer (the KMS host itself): the KMS service "
    "does not listen there.",
)
TEST_FROM_A_CLIENT = QT_TRANSLATE_NOOP(
    "HostSetupReachability",
    "Test from a client computer instead: Test-NetConnection %2 -Port %1 (in PowerShell) must "
    "report TcpTestSucceeded : True.",
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
    from_the_host: bool = False  # run on the KMS host itself: proves nothing about clients

    @property
    def reachable(self) -> bool:
        return any(a.status is ProbeStatus.REACHABLE for a in self.attempts)

    @property
    def proves_clients_can_connect(self) -> bool:
        """A connection from another computer succeeded (loopback is never filtered)."""
        return self.reachable and not self.from_the_host


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
    from_the_host: bool = False,
) -> ReachabilityResult:
    """Connect to ``port`` on each address until one accepts (each within ``timeout``).

    ``from_the_host``: the wizard runs on the KMS host (local transport). Windows
    Firewall does not filter a machine's connections to its own addresses, so the
    connection only shows whether the service listens; the finding says so and
    sends the admin to a client's Test-NetConnection instead of a green "reachable".
    """
    targets = probe_addresses(addresses, fallback_name)
    if from_the_host and targets:
        return _from_the_host(probe, targets, port, fallback_name or targets[0], timeout)
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


def _from_the_host(
    probe: TcpProbe, targets: Sequence[str], port: int, name: str, timeout: float
) -> ReachabilityResult:
    attempts: list[TcpProbeResult] = []
    for address in targets:
        attempts.append(probe.connect(address, port, timeout=timeout))
        if attempts[-1].status is ProbeStatus.REACHABLE:
            break
    listening = attempts[-1].status is ProbeStatus.REACHABLE
    if listening:
        finding = Finding(
            "tested-on-the-host",
            Severity.WARNING,
            msg(ON_THE_HOST, port),
            msg(TEST_FROM_A_CLIENT, port, name),
        )
    else:
        finding = Finding(
            "not-listening-on-the-host",
            Severity.BLOCKER,
            msg(NOT_ON_THE_HOST, port),
            msg(NOT_REACHABLE_FIX, port),
        )
    return ReachabilityResult(port, tuple(attempts), (finding,), from_the_host=True)
