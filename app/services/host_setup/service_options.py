"""Step 7a, the KMS service's options: listening port, priority, intervals.

Every one of them takes effect when the Software Protection service restarts:
slmgr.vbs prints "Warning: a KMS reboot is needed for this setting to take
effect." after /sprt, /sai, /sri, /spri and /cpri alike. So each change is
followed by ``restart-service`` (the values read back at once, but until the
restart the running service keeps the old port, hands clients the old
intervals and runs at the old priority). After a port change the step also
proves from this computer that the new port accepts connections. Ports below
1024 are reserved for well-known services; a few used by Windows servers
(DNS, RPC, SMB, Remote Desktop, WinRM…) must not be taken at all. Intervals
are minutes, 15 to 43,200 (facts §0); they are handed to every client the host
answers.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.catalog import Catalog
from app.domain.licensing import InvalidKmsHost, parse_port
from app.domain.ports import ScriptRunner, TcpProbe
from app.domain.text import QT_TRANSLATE_NOOP, msg
from app.services.host_setup.findings import Finding, MachineError, Outcome, Severity
from app.services.host_setup.inspection import HostInspector
from app.services.host_setup.licensing_state import Licensing, read_licensing
from app.services.host_setup.machine_calls import call
from app.services.host_setup.reachability import ReachabilityResult, prove_reachable

DEFAULT_PORT = 1688
# Ports Windows servers commonly use themselves: a KMS host must not take them.
WINDOWS_SERVICE_PORTS: dict[int, str] = {
    53: "DNS",
    80: "HTTP",
    88: "Kerberos",
    135: "RPC Endpoint Mapper",
    139: "NetBIOS",
    389: "LDAP",
    443: "HTTPS",
    445: "SMB",
    464: "Kerberos kpasswd",
    636: "LDAPS",
    3268: "Global Catalog",
    3269: "Global Catalog (TLS)",
    3389: "Remote Desktop",
    5985: "WinRM (HTTP)",
    5986: "WinRM (HTTPS)",
}

BAD_PORT = QT_TRANSLATE_NOOP(
    "HostSetupService", "The listening port must be a number from 1 to 65535, not “%1”."
)
PORT_IN_USE_BY_WINDOWS = QT_TRANSLATE_NOOP(
    "HostSetupService",
    "Port %1 belongs to %2 on Windows servers; a KMS host listening there would collide with it.",
)
PORT_IN_USE_FIX = QT_TRANSLATE_NOOP(
    "HostSetupService", "Keep the default 1688, or choose a free port above 1024."
)
WELL_KNOWN_PORT = QT_TRANSLATE_NOOP(
    "HostSetupService",
    "Port %1 is a well-known port (below 1024), reserved for standard services.",
)
NOT_A_HOST = QT_TRANSLATE_NOOP(
    "HostSetupService",
    "This machine is not an activated KMS host yet: its service options cannot be set.",
)
NOT_A_HOST_FIX = QT_TRANSLATE_NOOP(
    "HostSetupService", "Install and activate the KMS host key first."
)
PORT_UNCHANGED = QT_TRANSLATE_NOOP(
    "HostSetupService", "The KMS host already listens on port %1; nothing was changed."
)
PORT_SET = QT_TRANSLATE_NOOP(
    "HostSetupService",
    "The KMS host now listens on port %1 (was %2); the Software Protection service was restarted.",
)
PORT_NOT_SET = QT_TRANSLATE_NOOP(
    "HostSetupService", "Port %1 was written, but the host still reports port %2."
)
SET_FAILED = QT_TRANSLATE_NOOP("HostSetupService", "Windows refused the change.")
OPEN_FIREWALL = QT_TRANSLATE_NOOP(
    "HostSetupService",
    "Allow TCP port %1 through the host's firewall (the Network step creates the rule "
    "KMSW-KMS-In-TCP-%1); the built-in rules SPPSVC-In-TCP and SPPSVC-In-TCP-NoScope "
    "cover 1688 only.",
)
CLIENTS_WITH_PORT = QT_TRANSLATE_NOOP(
    "HostSetupService",
    "Clients set to this host with an explicit port (slmgr /skms HOST:%1) must be changed "
    "too; clients that find the host through DNS get the new port from its SRV record.",
)
STALE_SRV = QT_TRANSLATE_NOOP(
    "HostSetupService",
    "DNS publishing is off: SRV records created by hand still name port %1. Change them to "
    "port %2, or turn publishing on.",
)
PRIORITY_LOW = QT_TRANSLATE_NOOP("HostSetupService", "The KMS service runs at low priority.")
PRIORITY_NORMAL = QT_TRANSLATE_NOOP("HostSetupService", "The KMS service runs at normal priority.")
RESTARTED = QT_TRANSLATE_NOOP(
    "HostSetupService",
    "The Software Protection service was restarted: the running KMS service now uses the "
    "new setting.",
)
PRIORITY_NOT_SET = QT_TRANSLATE_NOOP(
    "HostSetupService", "The priority was written, but the host reports another one."
)
BAD_ACTIVATION_INTERVAL = QT_TRANSLATE_NOOP(
    "HostSetupService",
    "The activation interval must be a whole number of minutes from %1 to %2, not “%3”.",
)
BAD_RENEWAL_INTERVAL = QT_TRANSLATE_NOOP(
    "HostSetupService",
    "The renewal interval must be a whole number of minutes from %1 to %2, not “%3”.",
)
INTERVALS_SET = QT_TRANSLATE_NOOP(
    "HostSetupService",
    "Unactivated clients retry every %1 min, activated clients renew every %2 min.",
)
INTERVALS_NOT_SET = QT_TRANSLATE_NOOP(
    "HostSetupService", "The intervals were written, but the host reports %1 and %2 min."
)


@dataclass(frozen=True)
class PortResult:
    """Changing the listening port, restarting the service, and the proof from here.

    Attributes:
        requested: the port asked for (0 when the input was not a port).
        before: the port before.
        listening_port: the port the host reports afterwards (verified).
        restarted: the Software Protection service was restarted.
        reachability: the connection test from this computer (None: not run).
    """

    outcome: Outcome
    requested: int
    before: int
    listening_port: int
    restarted: bool
    reachability: ReachabilityResult | None
    error: MachineError | None
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class PriorityResult:
    """The priority as read back; ``restarted``: the service was restarted to apply it."""

    outcome: Outcome
    low_priority: bool
    error: MachineError | None
    findings: tuple[Finding, ...]
    restarted: bool = False


@dataclass(frozen=True)
class IntervalsResult:
    """Activation (retry) and renewal intervals, in minutes, as read back;
    ``restarted``: the service was restarted so clients get them."""

    outcome: Outcome
    activation: int
    renewal: int
    error: MachineError | None
    findings: tuple[Finding, ...]
    restarted: bool = False


def port_warnings(port: int) -> list[Finding]:
    """Warnings for a port that collides with Windows services or is well known."""
    if port in WINDOWS_SERVICE_PORTS:
        return [
            Finding(
                "port-used-by-windows",
                Severity.WARNING,
                msg(PORT_IN_USE_BY_WINDOWS, port, WINDOWS_SERVICE_PORTS[port]),
                msg(PORT_IN_USE_FIX),
            )
        ]
    if port < 1024:
        return [
            Finding(
                "well-known-port",
                Severity.WARNING,
                msg(WELL_KNOWN_PORT, port),
                msg(PORT_IN_USE_FIX),
            )
        ]
    return []


class KmsServiceOptions:
    """Listening port, priority and intervals of a KMS host.

    Args:
        runner: the KMS host.
        catalog: the product catalog (interval limits).
        probe: TCP connects from this computer (None: no reachability proof).
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

    def set_port(self, port: int | str) -> PortResult:
        """Set the listening port, restart the service, verify, and prove it from here.

        Raises:
            ExecutionError: the machine could not be asked.
        """
        try:
            wanted = parse_port(port)
        except InvalidKmsHost:
            finding = Finding("rejected-input", Severity.BLOCKER, msg(BAD_PORT, str(port)[:20]))
            return PortResult(Outcome.REJECTED, 0, 0, 0, False, None, None, (finding,))
        warnings = port_warnings(wanted)
        before = read_licensing(self._runner, timeout=self._timeout)
        old = before.service.listening_port
        if not before.service.is_kms_host:
            findings = (
                *warnings,
                Finding("not-a-host", Severity.BLOCKER, msg(NOT_A_HOST), msg(NOT_A_HOST_FIX)),
            )
            return PortResult(Outcome.REFUSED, wanted, old, old, False, None, None, findings)
        if old == wanted:
            reach = self._reachability(wanted)
            findings = (
                *warnings,
                Finding("port-unchanged", Severity.INFO, msg(PORT_UNCHANGED, wanted)),
                *(reach.findings if reach else ()),
            )
            return PortResult(Outcome.UNCHANGED, wanted, old, old, False, reach, None, findings)
        _doc, error = call(
            self._runner, "set-listening-port", {"port": wanted}, timeout=self._timeout
        )
        restarted = False
        if error is None:
            _doc, error = call(self._runner, "restart-service", {}, timeout=self._timeout)
            restarted = error is None
        after = read_licensing(self._runner, timeout=self._timeout)
        now = after.service.listening_port
        if error is not None:
            finding = Finding(
                "set-failed", Severity.BLOCKER, error.hresult.meaning, error.hresult.fix
            )
            findings = (
                *warnings,
                Finding("set-failed-head", Severity.BLOCKER, msg(SET_FAILED)),
                finding,
            )
            return PortResult(Outcome.FAILED, wanted, old, now, restarted, None, error, findings)
        if now != wanted:
            finding = Finding("port-not-set", Severity.BLOCKER, msg(PORT_NOT_SET, wanted, now))
            return PortResult(
                Outcome.NOT_VERIFIED, wanted, old, now, restarted, None, None, (*warnings, finding)
            )
        findings = [*warnings, Finding("port-set", Severity.OK, msg(PORT_SET, wanted, old))]
        findings += self._port_notes(after, old, wanted)
        reach = self._reachability(wanted)
        if reach is not None:
            findings += reach.findings
        return PortResult(Outcome.DONE, wanted, old, now, restarted, reach, None, tuple(findings))

    def set_priority(self, low: bool) -> PriorityResult:
        """Run the KMS service at low or normal priority.

        Raises:
            ExecutionError: the machine could not be asked.
        """
        before = read_licensing(self._runner, timeout=self._timeout)
        if not before.service.is_kms_host:
            finding = Finding("not-a-host", Severity.BLOCKER, msg(NOT_A_HOST), msg(NOT_A_HOST_FIX))
            return PriorityResult(Outcome.REFUSED, before.service.low_priority, None, (finding,))
        word = PRIORITY_LOW if low else PRIORITY_NORMAL
        if before.service.low_priority == low:
            finding = Finding("priority-unchanged", Severity.INFO, msg(word))
            return PriorityResult(Outcome.UNCHANGED, low, None, (finding,))
        _doc, error = call(self._runner, "set-priority", {"low": low}, timeout=self._timeout)
        restarted, error = self._restart_after(error)
        after = read_licensing(self._runner, timeout=self._timeout).service.low_priority
        if error is not None:
            finding = Finding(
                "set-failed", Severity.BLOCKER, error.hresult.meaning, error.hresult.fix
            )
            return PriorityResult(Outcome.FAILED, after, error, (finding,), restarted)
        if after != low:
            finding = Finding("priority-not-set", Severity.BLOCKER, msg(PRIORITY_NOT_SET))
            return PriorityResult(Outcome.NOT_VERIFIED, after, None, (finding,), restarted)
        findings = (
            Finding("priority-set", Severity.OK, msg(word)),
            Finding("service-restarted", Severity.INFO, msg(RESTARTED)),
        )
        return PriorityResult(Outcome.DONE, after, None, findings, restarted)

    def set_intervals(
        self, activation: int | str | None = None, renewal: int | str | None = None
    ) -> IntervalsResult:
        """Set the activation (retry) and renewal intervals; a None keeps the current value.

        Raises:
            ExecutionError: the machine could not be asked.
        """
        limits = self._catalog.thresholds
        parsed: dict[str, int | None] = {}
        for name, text, value in (
            ("activation", BAD_ACTIVATION_INTERVAL, activation),
            ("renewal", BAD_RENEWAL_INTERVAL, renewal),
        ):
            number = _minutes(value, limits.interval_min, limits.interval_max)
            if number is False:
                finding = Finding(
                    "rejected-input",
                    Severity.BLOCKER,
                    msg(
                        text,
                        limits.interval_min,
                        limits.interval_max,
                        str(value)[:20],
                    ),
                )
                return IntervalsResult(Outcome.REJECTED, 0, 0, None, (finding,))
            parsed[name] = number  # type: ignore[assignment]
        before = read_licensing(self._runner, timeout=self._timeout).service
        if not before.is_kms_host:
            finding = Finding("not-a-host", Severity.BLOCKER, msg(NOT_A_HOST), msg(NOT_A_HOST_FIX))
            return IntervalsResult(
                Outcome.REFUSED,
                before.activation_interval,
                before.renewal_interval,
                None,
                (finding,),
            )
        act = parsed["activation"] or before.activation_interval
        ren = parsed["renewal"] or before.renewal_interval
        if (act, ren) == (before.activation_interval, before.renewal_interval):
            finding = Finding("intervals-unchanged", Severity.INFO, msg(INTERVALS_SET, act, ren))
            return IntervalsResult(Outcome.UNCHANGED, act, ren, None, (finding,))
        _doc, error = call(
            self._runner,
            "set-intervals",
            {"activation": act, "renewal": ren},
            timeout=self._timeout,
        )
        restarted, error = self._restart_after(error)
        after = read_licensing(self._runner, timeout=self._timeout).service
        got = (after.activation_interval, after.renewal_interval)
        if error is not None:
            finding = Finding(
                "set-failed", Severity.BLOCKER, error.hresult.meaning, error.hresult.fix
            )
            return IntervalsResult(Outcome.FAILED, *got, error, (finding,), restarted)
        if got != (act, ren):
            finding = Finding("intervals-not-set", Severity.BLOCKER, msg(INTERVALS_NOT_SET, *got))
            return IntervalsResult(Outcome.NOT_VERIFIED, *got, None, (finding,), restarted)
        findings = (
            Finding("intervals-set", Severity.OK, msg(INTERVALS_SET, *got)),
            Finding("service-restarted", Severity.INFO, msg(RESTARTED)),
        )
        return IntervalsResult(Outcome.DONE, *got, None, findings, restarted)

    def _restart_after(self, error: MachineError | None) -> tuple[bool, MachineError | None]:
        """Restart sppsvc after a successful write, as the port change does.

        Returns whether it restarted, and the write's or the restart's error.
        """
        if error is not None:
            return False, error
        _doc, error = call(self._runner, "restart-service", {}, timeout=self._timeout)
        return error is None, error

    def _reachability(self, port: int) -> ReachabilityResult | None:
        if self._probe is None:
            return None
        host = HostInspector(self._runner, self._catalog, timeout=self._timeout).inspect()
        return prove_reachable(self._probe, host.addresses, port, fallback_name=host.fqdn)

    def _port_notes(self, after: Licensing, old: int, new: int) -> list[Finding]:
        notes = []
        if new != DEFAULT_PORT:
            notes.append(Finding("open-firewall", Severity.INFO, msg(OPEN_FIREWALL, new)))
        notes.append(Finding("clients-with-port", Severity.INFO, msg(CLIENTS_WITH_PORT, old)))
        if not after.service.dns_publishing:
            notes.append(Finding("stale-srv-port", Severity.WARNING, msg(STALE_SRV, old, new)))
        return notes


def _minutes(value: int | str | None, low: int, high: int) -> int | bool | None:
    """None (keep), the minutes, or False when ``value`` is not a number in range."""
    if value is None:
        return None
    if isinstance(value, bool):
        return False
    if isinstance(value, str):
        text = value.strip()
        if not (text.isascii() and text.isdigit()) or len(text) > 9:  # int() raises past 4,300
            return False
        value = int(text)
    if not isinstance(value, int) or not low <= value <= high:
        return False
    return value
