"""The host-setup steps of ``kms-wizard host STEP`` (issue 5), on top of the services.

Not a sub-command module (no ``register``): :mod:`app.commands.host` adds these
steps to its ``host`` parser with :func:`add_setup_steps`. Each step validates
what was typed (nothing is sent on bad input: exit 2), runs one service from
:mod:`app.services.host_setup` on the target, prints the typed result (human,
translated; or one JSON document with ``--json``) and exits 0 when the step
succeeded without blockers, 1 when the machine or the step found problems.

Product keys come from standard input (``--key-stdin``) or the keyring
(``--key-label NAME``), never from an argument. When the WinRM password is read
from standard input too, it is the first line and the key the second.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.adapters.runner_factory import TransportMode
from app.adapters.secret_store import KeyringSecretStore
from app.adapters.tcp_probe import SocketTcpProbe
from app.commands.execution_errors import report_step_failure
from app.commands.host_json import to_json
from app.commands.host_render import (
    activation_lines,
    cid_lines,
    dashboard_lines,
    dns_publishing_lines,
    firewall_lines,
    iid_lines,
    inspect_lines,
    intervals_lines,
    key_lines,
    office_lines,
    port_lines,
    preflight_lines,
    priority_lines,
)
from app.commands.output import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    emit_json,
    ensure_translations,
    say,
    text_of,
)
from app.commands.transport_args import (
    OpenTransport,
    TransportArgumentError,
    add_transport_arguments,
    open_transport,
)
from app.domain.catalog import Catalog, default_catalog
from app.domain.dns import NameServer, ProbeStatus
from app.domain.dns_input import DnsInputError, parse_nameserver, parse_port, parse_timeout
from app.domain.errors import ExecutionError
from app.domain.keys import InvalidProductKey, ProductKey, parse_key
from app.domain.licensing import InvalidKmsHost
from app.domain.licensing import parse_port as parse_listening_port
from app.domain.phone import check_cid, retype_advice
from app.domain.ports import ScriptRunner
from app.domain.text import QT_TRANSLATE_NOOP, Message, Text, TranslatableError, msg
from app.services.dns_check import DnsCheckService
from app.services.host_setup import (
    ActivationService,
    DashboardService,
    DnsLookupSettings,
    DnsPublishingService,
    FirewallService,
    HostInspector,
    HostKeyService,
    InvalidProductChoice,
    KmsServiceOptions,
    OfficeService,
    Outcome,
    PhoneActivationService,
    PreflightService,
    ProductChoice,
    parse_product,
)
from app.services.host_setup.findings import Finding, Severity, blockers
from app.services.host_setup.firewall import default_profiles
from app.services.host_setup.inspection import system_clock
from app.services.host_setup.licensing_state import read_licensing
from app.services.host_setup.reachability import PROBE_TIMEOUT_S, probe_addresses
from app.services.host_setup.service_options import PortResult, port_warnings

NO_KEY = QT_TRANSLATE_NOOP(
    "HostSteps",
    "Give the key on standard input (--key-stdin) or from the keyring (--key-label NAME); "
    "keys are never taken from the command line.",
)
EMPTY_KEY = QT_TRANSLATE_NOOP("HostSteps", "No product key was read from standard input.")
NO_KEYRING = QT_TRANSLATE_NOOP(
    "HostSteps", "No safe keyring is available on this computer: use --key-stdin."
)
NO_KEY_LABEL = QT_TRANSLATE_NOOP("HostSteps", "The keyring holds no key under the name “%1”.")
ONE_VERSION_FOR_KEY = QT_TRANSLATE_NOOP(
    "HostSteps", "Give exactly one --version when installing or activating an Office host key."
)
NOTHING_TO_DO = QT_TRANSLATE_NOOP(
    "HostSteps",
    "Say what to change: --port, --priority, --activation-interval or --renewal-interval.",
)
NO_CID = QT_TRANSLATE_NOOP(
    "HostSteps", "Give the Confirmation ID with --cid or on standard input (--cid-stdin)."
)
PORT_REFUSED = QT_TRANSLATE_NOOP(
    "HostSteps",
    "Port %1 was not set and nothing was changed: choose a port above 1024 that no Windows "
    "service uses (1688 is the KMS default).",
)
PORT_TAKEN = QT_TRANSLATE_NOOP(
    "HostSteps",
    "Port %1 is already in use on the host: %2 accepted a connection on it, so the KMS "
    "service could not listen there. Nothing was changed.",
)
PORT_TAKEN_FIX = QT_TRANSLATE_NOOP(
    "HostSteps",
    "Choose another port, or find the program that uses it with “netstat -ano | findstr :%1” "
    "on the host.",
)
PORT_UNCHECKED = QT_TRANSLATE_NOOP(
    "HostSteps",
    "Whether another program already uses port %1 on the host could not be checked from here "
    "(%2: no answer).",
)
PORT_UNCHECKED_FIX = QT_TRANSLATE_NOOP(
    "HostSteps",
    "If the KMS service does not answer on port %1, look on the host with "
    "“netstat -ano | findstr :%1”.",
)
BAD_DOMAIN_ENTRY = QT_TRANSLATE_NOOP(
    "HostSteps", "“%1” is not DOMAIN[:PRIORITY[:WEIGHT]] (such as example.com:0:100)."
)


class UsageProblem(TranslatableError):
    """Bad input found before anything was sent (exit 2)."""


@dataclass
class StepContext:
    """Everything a step's service needs, built from the transport."""

    runner: ScriptRunner
    catalog: Catalog
    transport: OpenTransport
    args: argparse.Namespace
    clock: Callable[[], Any] = system_clock
    stdin_lines: list[str] = field(default_factory=list)

    @property
    def timeout(self) -> float | None:
        return getattr(self.args, "timeout", None)

    def probe(self) -> SocketTcpProbe:
        return SocketTcpProbe()

    def dns_checker(self) -> DnsCheckService | None:
        if getattr(self.args, "no_dns_check", False):
            return None
        from app.adapters.dns_resolver import DnspythonResolver

        return DnsCheckService(DnspythonResolver(), SocketTcpProbe())

    def lookup(self) -> DnsLookupSettings:
        """Where DNS checks ask: --nameserver, else the lab's DNS server, else this computer's.

        The zone's authoritative servers are asked on --dns-port, else on the port all
        --nameserver values share, else on 53.
        """
        args = self.args
        try:
            timeout = parse_timeout(args.dns_timeout, what="--dns-timeout")
            servers = tuple(parse_nameserver(ns) for ns in args.nameserver or [])
            dns_port = parse_port(args.dns_port, what="--dns-port") if args.dns_port else None
        except DnsInputError as problem:
            raise UsageProblem(problem.message) from None
        ports = {server.port for server in servers}
        if dns_port is None and len(ports) == 1 and ports != {53}:
            # --nameserver IP:PORT off port 53 (a test or lab server, `lab serve`): the zone's
            # own servers answer on that port too; asking them on 53 gave false time-outs.
            dns_port = ports.pop()
        lab = self.transport.lab
        if not servers and lab is not None and lab.dns_address():
            address, _, port = lab.dns_address().rpartition(":")
            servers = (NameServer(address, int(port)),)
            dns_port = dns_port or int(port)
        return DnsLookupSettings(servers, dns_port or 53, timeout)


@dataclass(frozen=True)
class SetupStep:
    """One setup sub-command: its arguments, the service call, the output and the exit code."""

    name: str
    help: Text
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[StepContext], Any]
    lines: Callable[[Any], list]
    problems: Callable[[Any], bool] = field(default=lambda result: _has_problems(result))


def _has_problems(result: Any) -> bool:
    outcome = getattr(result, "outcome", Outcome.DONE)
    return not outcome.succeeded or bool(blockers(getattr(result, "findings", ())))


# --- reading input ------------------------------------------------------------------


def _read_key(ctx: StepContext, *, required: bool = True) -> ProductKey | None:
    args = ctx.args
    if args.key_stdin:
        line = sys.stdin.readline()
        if not line.strip():
            raise UsageProblem(msg(EMPTY_KEY))
        text = line
    elif args.key_label:
        store = KeyringSecretStore()
        if not store.available:
            raise UsageProblem(msg(NO_KEYRING))
        stored = store.get(args.key_label)
        if stored is None:
            raise UsageProblem(msg(NO_KEY_LABEL, args.key_label))
        text = stored
    elif required:
        raise UsageProblem(msg(NO_KEY))
    else:
        return None
    try:
        return parse_key(text)
    except InvalidProductKey as problem:
        raise UsageProblem(problem.message) from None


def _product(ctx: StepContext, text: str) -> ProductChoice:
    try:
        return parse_product(ctx.catalog, text)
    except InvalidProductChoice as problem:
        raise UsageProblem(problem.message) from None


class _KeyOnCommandLine(argparse.Action):
    """``--key VALUE`` (and what argparse would take for it): explain, never echo the value.

    Without it, ``--key`` is an "ambiguous option" (``--key-stdin``, ``--key-label``)
    and ``--product-key`` an unrecognised argument, both printed with the key.
    """

    class _Explanation:
        # Rendered only when argparse formats its error line, after it loaded the catalogs.
        def __str__(self) -> str:
            return text_of(msg(NO_KEY))

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        parser.error(self._Explanation())  # type: ignore[arg-type]


def _key_arguments(parser: argparse.ArgumentParser, *, restore: bool = False) -> None:
    parser.add_argument(
        "--key",
        "--ke",
        "--k",
        "--product-key",
        dest="key_on_command_line",
        nargs="?",
        action=_KeyOnCommandLine,
        help=argparse.SUPPRESS,
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--key-stdin",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "read the product key from standard input"),
    )
    source.add_argument(
        "--key-label",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("CommandLine", "take the product key from the keyring"),
    )
    if restore:
        source.add_argument(
            "--restore-gvlk",
            action="store_true",
            help=QT_TRANSLATE_NOOP(
                "CommandLine", "put the edition's KMS client setup key (GVLK) back instead"
            ),
        )
    parser.add_argument(
        "--yes",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "confirm replacing a key that is already installed"),
    )


def _dns_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(QT_TRANSLATE_NOOP("CommandLine", "DNS check"))
    group.add_argument(
        "--nameserver",
        action="append",
        default=[],
        metavar="IP[:PORT]",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "DNS server to ask (default: the lab's with --lab, else this computer's)"
        ),
    )
    group.add_argument(
        "--dns-port",
        metavar="P",
        help=QT_TRANSLATE_NOOP("CommandLine", "port of the zone's authoritative servers"),
    )
    group.add_argument(
        "--dns-timeout",
        default="3",
        metavar="S",
        help=QT_TRANSLATE_NOOP("CommandLine", "DNS check budget (s)"),
    )
    group.add_argument(
        "--no-dns-check",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "skip the DNS check"),
    )


# --- the steps ----------------------------------------------------------------------


def _inspect(ctx: StepContext) -> Any:
    return HostInspector(ctx.runner, ctx.catalog, clock=ctx.clock, timeout=ctx.timeout).inspect()


def _preflight_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--group",
        required=True,
        help=QT_TRANSLATE_NOOP("CommandLine", "key group id (server-c, ws2022, win10…)"),
    )
    parser.add_argument(
        "--office",
        action="append",
        default=[],
        metavar="VERSION",
        help=QT_TRANSLATE_NOOP("CommandLine", "Office version (repeat)"),
    )


def _preflight(ctx: StepContext) -> Any:
    service = PreflightService(ctx.runner, ctx.catalog, clock=ctx.clock, timeout=ctx.timeout)
    return service.preflight(ctx.args.group, ctx.args.office)


def _install_key(ctx: StepContext) -> Any:
    service = HostKeyService(ctx.runner, ctx.catalog, timeout=ctx.timeout)
    if ctx.args.restore_gvlk:
        return service.restore_gvlk()
    key = _read_key(ctx)
    assert key is not None
    result = service.install_key(key)
    if result.outcome is Outcome.NEEDS_CONFIRMATION and ctx.args.yes and result.previous:
        result = service.install_key(key, confirm_replace=result.previous.partial_key)
    return result


def _product_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--product",
        default="windows",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "windows (default), an Office version (2010, 2016…) or an Office Activation ID",
        ),
    )


def _activate(ctx: StepContext) -> Any:
    return ActivationService(ctx.runner, timeout=ctx.timeout).activate(
        _product(ctx, ctx.args.product)
    )


def _phone_iid(ctx: StepContext) -> Any:
    return PhoneActivationService(ctx.runner, timeout=ctx.timeout).installation_id(
        _product(ctx, ctx.args.product)
    )


def _phone_cid_arguments(parser: argparse.ArgumentParser) -> None:
    _product_argument(parser)
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--cid",
        metavar="CID",
        help=QT_TRANSLATE_NOOP("CommandLine", "the Confirmation ID (48 digits, 8 blocks)"),
    )
    source.add_argument(
        "--cid-stdin",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "read it from standard input"),
    )


def _phone_cid(ctx: StepContext) -> Any:
    product = _product(ctx, ctx.args.product)
    if ctx.args.cid_stdin:
        cid = sys.stdin.readline()
    elif ctx.args.cid is not None:
        cid = ctx.args.cid
    else:
        raise UsageProblem(msg(NO_CID))
    result = PhoneActivationService(ctx.runner, timeout=ctx.timeout).deposit(cid, product)
    return _one_retype_advice(result)


def _one_retype_advice(result: Any) -> Any:
    """Say once which block to re-type, instead of a warning per block and the error twice.

    The service reports each block failing the legacy check digit as a warning, then
    Windows' refusal (0xC004F04D) as a finding of its own and again as the activation's
    failure. A newcomer on the phone needs one line: the refusal, and the block to re-type
    (:func:`app.domain.phone.retype_advice`).
    """
    findings = [f for f in result.findings if f.id != "cid-block-check-digit"]
    refusal = next((f for f in findings if f.id == "cid-check-digits"), None)
    if refusal is None:
        if len(findings) == len(result.findings) or not result.blocks:
            return result
        checked = check_cid(list(result.blocks))
        # Accepted, or all blocks "failing" (a CID following a newer rule): nothing to say.
        if not result.outcome.succeeded and len(checked.warnings) < len(checked.blocks):
            advice = retype_advice(checked)
            findings.append(Finding("cid-block-check-digit", Severity.WARNING, advice))
        return dataclasses.replace(result, findings=tuple(findings))
    said = result.activation.error if result.activation is not None else None
    advice = retype_advice(check_cid(list(result.blocks)))
    kept = [
        dataclasses.replace(f, fix=advice) if f is refusal else f
        for f in findings
        if f is refusal or said is None or f.message != said.hresult.meaning
    ]
    return dataclasses.replace(result, findings=tuple(kept))


def _office_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--version",
        action="append",
        required=True,
        metavar="V",
        help=QT_TRANSLATE_NOOP("CommandLine", "Office version (repeat)"),
    )
    _key_arguments(parser)
    parser.add_argument(
        "--activate",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "activate the Office host key online"),
    )


def _office(ctx: StepContext) -> Any:
    args = ctx.args
    service = OfficeService(ctx.runner, ctx.catalog, timeout=ctx.timeout)
    key = _read_key(ctx, required=False)
    if key is None and not args.activate:
        return service.check(args.version)
    if len(args.version) != 1:
        raise UsageProblem(msg(ONE_VERSION_FOR_KEY))
    version = _product(ctx, args.version[0])
    if key is not None:
        result = service.install_key(version, key)
        if result.outcome is Outcome.NEEDS_CONFIRMATION and args.yes and result.previous:
            result = service.install_key(version, key, confirm_replace=result.previous.partial_key)
        if not args.activate or not result.outcome.succeeded:
            return result
    return service.activate(version)


def _office_problems(result: Any) -> bool:
    if hasattr(result, "versions"):
        nested = [f for version in result.versions for f in version.findings]
        return _has_problems(result) or bool(blockers(nested))
    return _has_problems(result)


def _office_lines(result: Any) -> list:
    if hasattr(result, "versions"):
        return office_lines(result)
    if hasattr(result, "gvlk_edition"):
        return key_lines(result)
    return activation_lines(result)


def _port_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--port",
        metavar="N",
        help=QT_TRANSLATE_NOOP("CommandLine", "listening port (1–65535; default 1688)"),
    )
    parser.add_argument(
        "--priority",
        choices=("normal", "low"),
        help=QT_TRANSLATE_NOOP("CommandLine", "KMS service priority"),
    )
    parser.add_argument(
        "--activation-interval",
        metavar="MIN",
        help=QT_TRANSLATE_NOOP("CommandLine", "retry interval, 15–43200"),
    )
    parser.add_argument(
        "--renewal-interval",
        metavar="MIN",
        help=QT_TRANSLATE_NOOP("CommandLine", "renewal interval, 15–43200"),
    )


@dataclass(frozen=True)
class ServiceOptionsResults:
    """The results of one ``host port`` call (each part None when not asked)."""

    port: Any = None
    priority: Any = None
    intervals: Any = None

    @property
    def parts(self) -> list[Any]:
        return [p for p in (self.port, self.priority, self.intervals) if p is not None]

    @property
    def outcome(self) -> Outcome:
        for part in self.parts:
            if not part.outcome.succeeded:
                return part.outcome
        return (
            Outcome.DONE
            if any(p.outcome is Outcome.DONE for p in self.parts)
            else Outcome.UNCHANGED
        )

    @property
    def findings(self) -> tuple:
        return tuple(f for part in self.parts for f in part.findings)


def _port(ctx: StepContext) -> Any:
    args = ctx.args
    if not any((args.port, args.priority, args.activation_interval, args.renewal_interval)):
        raise UsageProblem(msg(NOTHING_TO_DO))
    service = KmsServiceOptions(ctx.runner, ctx.catalog, ctx.probe(), timeout=ctx.timeout)
    port = None
    if args.port is not None:
        refusal, notes = _check_port_first(ctx, args.port)
        if refusal is not None:  # nothing is changed, not even the priority or intervals
            return ServiceOptionsResults(refusal)
        port = service.set_port(args.port)
        port = dataclasses.replace(port, findings=(*notes, *port.findings))
    priority = service.set_priority(args.priority == "low") if args.priority else None
    intervals = None
    if args.activation_interval is not None or args.renewal_interval is not None:
        intervals = service.set_intervals(args.activation_interval, args.renewal_interval)
    return ServiceOptionsResults(port, priority, intervals)


def _check_port_first(ctx: StepContext, text: str) -> tuple[PortResult | None, list[Finding]]:
    """Refuse a port that Windows uses or that is taken on the host, before changing anything.

    Returns the refusal (None: go ahead) and notes for the result. The GUI's Network
    page only warns (``port_warnings``); here nobody sees a warning before the change,
    so a warned port is refused. Whether the port is taken is read by connecting to
    it from here: a connection means a listener; "refused" means none; silence (a
    firewall dropping it) means it cannot be told.
    """
    try:
        wanted = parse_listening_port(text)
    except InvalidKmsHost:
        return None, []  # the service rejects it with its own message
    before = read_licensing(ctx.runner, timeout=ctx.timeout).service
    old = before.listening_port
    reserved = port_warnings(wanted)
    if reserved and old != wanted:
        refused = Finding("port-refused", Severity.BLOCKER, msg(PORT_REFUSED, wanted))
        findings = (*(dataclasses.replace(f, severity=Severity.BLOCKER) for f in reserved), refused)
        return PortResult(Outcome.REJECTED, wanted, old, old, False, None, None, findings), []
    if not before.is_kms_host or old == wanted:
        return None, []  # the service says "not a host" or "unchanged"
    host = HostInspector(ctx.runner, ctx.catalog, timeout=ctx.timeout).inspect()
    silent = []
    for address in probe_addresses(host.addresses, host.fqdn):
        attempt = ctx.probe().connect(address, wanted, timeout=PROBE_TIMEOUT_S)
        if attempt.status is ProbeStatus.REACHABLE:
            taken = Finding(
                "port-in-use",
                Severity.BLOCKER,
                msg(PORT_TAKEN, wanted, address),
                msg(PORT_TAKEN_FIX, wanted),
            )
            return PortResult(Outcome.REFUSED, wanted, old, old, False, None, None, (taken,)), []
        if attempt.status is not ProbeStatus.REFUSED:
            silent.append(address)
    if not silent:
        return None, []
    unchecked = Finding(
        "port-in-use-unknown",
        Severity.WARNING,
        msg(PORT_UNCHECKED, wanted, ", ".join(silent)),
        msg(PORT_UNCHECKED_FIX, wanted),
    )
    return None, [unchecked]


def _port_lines(results: ServiceOptionsResults) -> list:
    lines: list = []
    if results.port is not None:
        lines += port_lines(results.port)
    if results.priority is not None:
        lines += priority_lines(results.priority)
    if results.intervals is not None:
        lines += intervals_lines(results.intervals)
    return lines


def _firewall_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--port",
        metavar="N",
        help=QT_TRANSLATE_NOOP("CommandLine", "the port (default: the listening port)"),
    )
    parser.add_argument(
        "--profile",
        action="append",
        choices=("domain", "private", "public"),
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "network profile (repeat; default: domain on a domain member, else private)",
        ),
    )
    parser.add_argument(
        "--close",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "disable the rule instead"),
    )


def _firewall(ctx: StepContext) -> Any:
    args = ctx.args
    on_host = ctx.transport.settings.mode is TransportMode.LOCAL
    service = FirewallService(
        ctx.runner, ctx.catalog, ctx.probe(), timeout=ctx.timeout, on_host=on_host
    )
    profiles = args.profile
    if not profiles:  # as the Network page: Domain on a domain member, never Public
        host = HostInspector(ctx.runner, ctx.catalog, timeout=ctx.timeout).inspect()
        profiles = [p.value for p in default_profiles(host.part_of_domain)]
    return service.set_rule(enabled=not args.close, profiles=profiles, port=args.port)


def _dns_publishing_arguments(parser: argparse.ArgumentParser) -> None:
    state = parser.add_mutually_exclusive_group(required=True)
    state.add_argument(
        "--on",
        dest="publish",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "publish SRV records"),
    )
    state.add_argument(
        "--off",
        dest="publish",
        action="store_false",
        help=QT_TRANSLATE_NOOP("CommandLine", "stop publishing"),
    )
    parser.add_argument(
        "--domain",
        action="append",
        default=[],
        metavar="D[:PRIORITY[:WEIGHT]]",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "also publish in this DNS domain (DnsDomainPublishList; repeat)"
        ),
    )
    parser.add_argument(
        "--no-restart",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "do not restart the Software Protection service to publish at once"
        ),
    )
    _dns_arguments(parser)


def _domain_entries(entries: list[str]) -> list[tuple[str, str, str]]:
    parsed = []
    for entry in entries:
        parts = entry.split(":")
        if len(parts) > 3 or not parts[0].strip():
            raise UsageProblem(msg(BAD_DOMAIN_ENTRY, entry[:60]))
        parts += ["0"] * (3 - len(parts))
        parsed.append((parts[0], parts[1] or "0", parts[2] or "0"))
    return parsed


def _dns_publishing(ctx: StepContext) -> Any:
    args = ctx.args
    domains = _domain_entries(args.domain)
    service = DnsPublishingService(
        ctx.runner, ctx.catalog, ctx.dns_checker(), ctx.lookup(), timeout=ctx.timeout
    )
    return service.set_publishing(args.publish, domains, publish_now=not args.no_restart)


def _dashboard(ctx: StepContext) -> Any:
    service = DashboardService(
        ctx.runner, ctx.catalog, ctx.dns_checker(), ctx.lookup(), timeout=ctx.timeout
    )
    return service.dashboard()


def _no_arguments(_parser: argparse.ArgumentParser) -> None:
    return None


SETUP_STEPS: dict[str, SetupStep] = {
    step.name: step
    for step in (
        SetupStep(
            "inspect",
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "what the machine is: OS and edition (catalog), domain, addresses, rights, "
                "PowerShell, clock, Windows key, KMS service, Office and its packs",
            ),
            _no_arguments,
            _inspect,
            inspect_lines,
            problems=lambda _host: False,
        ),
        SetupStep(
            "preflight",
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "may this machine become the KMS host for a key group (and Office versions)?",
            ),
            _preflight_arguments,
            _preflight,
            preflight_lines,
            problems=lambda report: not report.allowed,
        ),
        SetupStep(
            "install-key",
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "install the KMS host key (refuses GVLKs; --yes to replace an installed key)",
            ),
            lambda parser: _key_arguments(parser, restore=True),
            _install_key,
            key_lines,
        ),
        SetupStep(
            "activate",
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "activate the host key online (never twice)",
            ),
            _product_argument,
            _activate,
            activation_lines,
        ),
        SetupStep(
            "phone-iid",
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "show the Installation ID for phone activation",
            ),
            _product_argument,
            _phone_iid,
            iid_lines,
        ),
        SetupStep(
            "phone-cid",
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "deposit the Confirmation ID from the activation centre",
            ),
            _phone_cid_arguments,
            _phone_cid,
            cid_lines,
        ),
        SetupStep(
            "office",
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "Office: volume license packs, Office host key, activation",
            ),
            _office_arguments,
            _office,
            _office_lines,
            problems=_office_problems,
        ),
        SetupStep(
            "port",
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "KMS service options: listening port (restart + connection test), priority, "
                "intervals",
            ),
            _port_arguments,
            _port,
            _port_lines,
        ),
        SetupStep(
            "firewall",
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "open the KMS port (SPPSVC-In-TCP-NoScope for Domain, SPPSVC-In-TCP for "
                "Private+Public, or the wizard's own rules), read back what is in force, test it",
            ),
            _firewall_arguments,
            _firewall,
            firewall_lines,
        ),
        SetupStep(
            "dns-publishing",
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "SRV publishing on/off, DnsDomainPublishList, then the DNS check",
            ),
            _dns_publishing_arguments,
            _dns_publishing,
            dns_publishing_lines,
        ),
        SetupStep(
            "dashboard",
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "the count against 25 / 5 / 5, what is missing, request counters, explanations",
            ),
            _dns_arguments,
            _dashboard,
            dashboard_lines,
            problems=lambda board: not board.all_reached,
        ),
    )
}


def add_step_parser(
    steps: argparse._SubParsersAction, name: str, help_text: Text | str
) -> argparse.ArgumentParser:
    """A ``host STEP`` sub-parser with the options every step takes: --target, TRANSPORT, --json."""
    parser = steps.add_parser(name, help=help_text, description=help_text)
    parser.add_argument(
        "--target",
        required=True,
        metavar="HOST",
        help=QT_TRANSLATE_NOOP("CommandLine", "the machine"),
    )
    add_transport_arguments(parser)
    parser.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "print one JSON document"),
    )
    return parser


def add_setup_steps(steps: argparse._SubParsersAction) -> None:
    """Add every setup step to the ``host`` sub-parsers."""
    for step in SETUP_STEPS.values():
        parser = add_step_parser(steps, step.name, step.help)
        step.add_arguments(parser)
        parser.set_defaults(handler=functools.partial(run_setup_step, step))


def run_setup_step(step: SetupStep, args: argparse.Namespace) -> int:
    """Run ``step`` on ``args.target``; print the result; return the exit code."""
    ensure_translations(getattr(args, "lang", None))
    target = args.target
    try:
        with open_transport(args) as transport:
            target = transport.target_name(args.target)
            runner = transport.factory(target)
            clock = transport.lab.world.clock.now if transport.lab is not None else system_clock
            ctx = StepContext(runner, default_catalog(), transport, args, clock)
            try:
                result = step.run(ctx)
            except ExecutionError as error:
                return report_step_failure(step.name, target, error, as_json=args.json)
            finally:
                runner.close()
    except TransportArgumentError as problem:
        return _usage(step, target, problem.message, as_json=args.json)
    except UsageProblem as problem:
        return _usage(step, target, problem.message, as_json=args.json)
    outcome = getattr(result, "outcome", Outcome.REPORTED)
    problems = step.problems(result)
    if args.json:
        emit_json(
            {
                "ok": outcome.succeeded,
                "target": target,
                "step": step.name,
                "outcome": outcome.value,
                "problems": problems,
                "result": to_json(result),
            }
        )
    elif outcome is Outcome.REJECTED:  # bad input: the reason goes to stderr, like a usage error
        for finding in blockers(getattr(result, "findings", ())):
            say(finding.message, file=sys.stderr)
    else:
        for line in step.lines(result):
            say(line)
    if outcome is Outcome.REJECTED:
        return EXIT_USAGE
    return EXIT_PROBLEMS if problems else EXIT_OK


def _usage(step: SetupStep, target: str, message: Message, *, as_json: bool) -> int:
    if as_json:
        emit_json(
            {"ok": False, "target": target, "step": step.name, "usage_error": text_of(message)}
        )
    say(message, file=sys.stderr)
    return EXIT_USAGE


__all__ = ["SETUP_STEPS", "add_setup_steps", "add_step_parser", "run_setup_step"]
