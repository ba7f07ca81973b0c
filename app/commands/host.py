"""``kms-wizard host STEP --target HOST [TRANSPORT] [--json]``: one step on one machine.

Steps: ``status`` (every licensed product and the KMS service) here, and the
host-setup steps of issue 5 (inspect, preflight, install-key, activate,
phone-iid, phone-cid, office, port, firewall, dns-publishing, dashboard) from
:mod:`app.commands.host_steps`. Each raw step here is a :class:`HostStep` in
:data:`STEPS`: the operation it runs, its extra arguments and parameters, how its
answer is shown and whether that answer means "problems found"; a setup step
of the same name replaces it.

Exit codes: 0 done (and, for status, every product licensed); 1 the machine
answered with a failure, could not be reached, or the step found problems;
2 bad options (nothing was sent).
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.commands.execution_errors import report_step_failure
from app.commands.host_steps import SETUP_STEPS, add_setup_steps, add_step_parser
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
    TransportArgumentError,
    open_transport,
)
from app.domain.errors import ExecutionError
from app.domain.hresults import InvalidHResult, describe, format_hresult
from app.domain.text import QT_TRANSLATE_NOOP, Message, Text, msg

YES = QT_TRANSLATE_NOOP("HostCommand", "yes")
NO = QT_TRANSLATE_NOOP("HostCommand", "no")
NONE = QT_TRANSLATE_NOOP("HostCommand", "none")

MACHINE = QT_TRANSLATE_NOOP("HostCommand", "Machine: %1")
OS_LINE = QT_TRANSLATE_NOOP("HostCommand", "Operating system: %1 (version %2, build %3)")
EDITION = QT_TRANSLATE_NOOP("HostCommand", "Edition: %1 (SKU %2)")
DOMAIN = QT_TRANSLATE_NOOP("HostCommand", "Domain: %1")
WORKGROUP = QT_TRANSLATE_NOOP("HostCommand", "Workgroup: %1")
ADDRESSES = QT_TRANSLATE_NOOP("HostCommand", "IP addresses: %1")
ELEVATED = QT_TRANSLATE_NOOP("HostCommand", "Running with administrator rights: %1")
POWERSHELL = QT_TRANSLATE_NOOP("HostCommand", "Windows PowerShell: %1")
OFFICE_NONE = QT_TRANSLATE_NOOP("HostCommand", "Office: none installed, no volume license pack")
OFFICE_LINE = QT_TRANSLATE_NOOP(
    "HostCommand", "Office %1 — installed: %2; volume license pack (KMS host): %3"
)
CLOCK = QT_TRANSLATE_NOOP("HostCommand", "Clock (UTC): %1")

KMS_HOST = QT_TRANSLATE_NOOP("HostCommand", "KMS host: %1")
KMS_COUNT = QT_TRANSLATE_NOOP("HostCommand", "Current count: %1 (at least %2 needed)")
KMS_PORT = QT_TRANSLATE_NOOP("HostCommand", "Listening port: %1")
KMS_DNS = QT_TRANSLATE_NOOP("HostCommand", "DNS publishing: %1")
KMS_PRIORITY = QT_TRANSLATE_NOOP("HostCommand", "Low priority: %1")
KMS_INTERVALS = QT_TRANSLATE_NOOP(
    "HostCommand", "Activation interval: %1 min, renewal interval: %2 min"
)
KMS_REQUESTS = QT_TRANSLATE_NOOP("HostCommand", "Requests received: %1 (failed: %2)")
KMS_HOST_USED = QT_TRANSLATE_NOOP("HostCommand", "KMS host used by this machine: %1")
NO_PRODUCTS = QT_TRANSLATE_NOOP("HostCommand", "No product holds a product key.")
PRODUCT = QT_TRANSLATE_NOOP("HostCommand", "%1 — channel %2")
PRODUCT_STATUS = QT_TRANSLATE_NOOP("HostCommand", "  License status: %1")
PRODUCT_REASON = QT_TRANSLATE_NOOP("HostCommand", "  Reason: %1")
# LicenseStatusReason is often informational (0x4004F00C: in its initial grace): say what it means.
PRODUCT_REASON_MEANING = QT_TRANSLATE_NOOP("HostCommand", "  Reason: %1 — %2")
PRODUCT_KEY = QT_TRANSLATE_NOOP("HostCommand", "  Product key: %1")
PRODUCT_GRACE = QT_TRANSLATE_NOOP("HostCommand", "  Grace period left: %1 min")
PRODUCT_KMS = QT_TRANSLATE_NOOP("HostCommand", "  KMS host: %1")

LICENSE_STATUS: dict[int, Text] = {
    0: QT_TRANSLATE_NOOP("HostCommand", "unlicensed"),
    1: QT_TRANSLATE_NOOP("HostCommand", "licensed"),
    2: QT_TRANSLATE_NOOP("HostCommand", "initial grace period"),
    3: QT_TRANSLATE_NOOP("HostCommand", "additional grace period (tolerance exceeded)"),
    4: QT_TRANSLATE_NOOP("HostCommand", "non-genuine grace period"),
    5: QT_TRANSLATE_NOOP("HostCommand", "notification mode"),
    6: QT_TRANSLATE_NOOP("HostCommand", "extended grace period"),
}
UNKNOWN_STATUS = QT_TRANSLATE_NOOP("HostCommand", "unknown (%1)")

Lines = list[Message | Text | str]


@dataclass(frozen=True)
class HostStep:
    """One ``host`` sub-command.

    Attributes:
        name: the sub-command (``inspect``).
        operation: the named operation it runs (``resources/ps/<operation>.ps1``).
        help: one line for ``--help``.
        render: the answer as lines for a person.
        params: the operation's parameters from the parsed arguments.
        add_arguments: extra arguments of this step.
        has_problems: whether the answer means "problems found" (exit 1).
    """

    name: str
    operation: str
    help: str
    render: Callable[[dict[str, Any]], Lines]
    params: Callable[[argparse.Namespace], dict[str, Any]] = field(default=lambda _args: {})
    add_arguments: Callable[[argparse.ArgumentParser], None] | None = None
    has_problems: Callable[[dict[str, Any]], bool] = field(default=lambda _doc: False)


def _yes_no(value: Any) -> Text:
    return YES if value else NO


def _reason_line(reason: str) -> Message:
    """The product's LicenseStatusReason with its meaning when the catalog knows the code."""
    try:
        info = describe(reason)
    except InvalidHResult:
        return msg(PRODUCT_REASON, reason)
    if not info.known:
        return msg(PRODUCT_REASON, reason)
    return msg(PRODUCT_REASON_MEANING, format_hresult(info.code), info.meaning)


def _shown(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    return str(value)


def render_inspect(doc: dict[str, Any]) -> Lines:
    """The ``inspect`` answer for a person."""
    lines: Lines = [
        msg(MACHINE, _shown(doc.get("fqdn"))),
        msg(
            OS_LINE,
            _shown(doc.get("caption")),
            _shown(doc.get("version")),
            _shown(doc.get("build")),
        ),
        msg(EDITION, _shown(doc.get("edition_id")), _shown(doc.get("sku"))),
        msg(DOMAIN if doc.get("part_of_domain") else WORKGROUP, _shown(doc.get("domain"))),
        msg(ADDRESSES, ", ".join(str(a) for a in doc.get("addresses") or []) or "—"),
        msg(ELEVATED, text_of(_yes_no(doc.get("elevated")))),
        msg(POWERSHELL, _shown(doc.get("ps_version"))),
    ]
    office = [o for o in doc.get("office") or [] if isinstance(o, dict)]
    if not office:
        lines.append(OFFICE_NONE)
    for item in office:
        lines.append(
            msg(
                OFFICE_LINE,
                _shown(item.get("version")),
                text_of(_yes_no(item.get("installed"))),
                text_of(_yes_no(item.get("vl_pack"))),
            )
        )
    lines.append(msg(CLOCK, _shown(doc.get("utc_now"))))
    return lines


def _license_status(value: Any) -> str:
    if isinstance(value, int) and value in LICENSE_STATUS:
        return text_of(LICENSE_STATUS[value])
    return text_of(msg(UNKNOWN_STATUS, _shown(value)))


def _host_and_port(machine: Any, port: Any) -> str | None:
    if not machine:
        return None
    return f"{machine}:{port}" if port else str(machine)


def render_status(doc: dict[str, Any]) -> Lines:
    """The ``status`` answer for a person."""
    service = doc.get("service") if isinstance(doc.get("service"), dict) else {}
    lines: Lines = [msg(KMS_HOST, text_of(_yes_no(service.get("is_kms_host"))))]
    if service.get("is_kms_host"):
        requests = service.get("requests") if isinstance(service.get("requests"), dict) else {}
        lines += [
            msg(
                KMS_COUNT,
                _shown(service.get("current_count")),
                _shown(service.get("required_count")),
            ),
            msg(KMS_PORT, _shown(service.get("listening_port"))),
            msg(KMS_DNS, text_of(_yes_no(service.get("dns_publishing")))),
            msg(KMS_PRIORITY, text_of(_yes_no(service.get("low_priority")))),
            msg(
                KMS_INTERVALS,
                _shown(service.get("activation_interval")),
                _shown(service.get("renewal_interval")),
            ),
            msg(KMS_REQUESTS, _shown(requests.get("total")), _shown(requests.get("failed"))),
        ]
    used = _host_and_port(service.get("kms_machine"), service.get("kms_port")) or _host_and_port(
        service.get("discovered_host"), service.get("discovered_port")
    )
    lines.append(msg(KMS_HOST_USED, used or text_of(NONE)))
    products = [p for p in doc.get("products") or [] if isinstance(p, dict)]
    if not products:
        lines.append(NO_PRODUCTS)
    for product in products:
        lines.append(msg(PRODUCT, _shown(product.get("name")), _shown(product.get("channel"))))
        lines.append(msg(PRODUCT_STATUS, _license_status(product.get("license_status"))))
        reason = str(product.get("status_reason") or "")
        if reason and reason.upper() not in ("0X00000000", "0"):
            lines.append(_reason_line(reason))
        if product.get("partial_key"):
            lines.append(msg(PRODUCT_KEY, f"XXXXX-XXXXX-XXXXX-XXXXX-{product['partial_key']}"))
        grace = product.get("grace_minutes")
        if isinstance(grace, int) and grace > 0:
            lines.append(msg(PRODUCT_GRACE, grace))
        kms = _host_and_port(product.get("kms_machine"), product.get("kms_port")) or _host_and_port(
            product.get("discovered_host"), product.get("discovered_port")
        )
        if kms:
            lines.append(msg(PRODUCT_KMS, kms))
    return lines


def status_has_problems(doc: dict[str, Any]) -> bool:
    """Any product not licensed (LicenseStatus other than 1) is a problem to report."""
    return any(
        isinstance(p, dict) and p.get("license_status") != 1 for p in doc.get("products") or []
    )


STEPS: dict[str, HostStep] = {
    step.name: step
    for step in (
        HostStep(
            "inspect",
            "inspect",
            "what the machine is: OS, edition, domain, addresses, rights, Office, clock",
            render_inspect,
        ),
        HostStep(
            "status",
            "status",
            "every licensed product and the KMS service settings and counters",
            render_status,
            has_problems=status_has_problems,
        ),
    )
}


def register(subparsers: argparse._SubParsersAction) -> None:
    host = subparsers.add_parser(
        "host",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "run one step on one machine (this computer, over WinRM, or in the lab)",
        ),
    )
    steps = host.add_subparsers(dest="host_step", metavar="STEP", required=True)
    for step in STEPS.values():
        if step.name in SETUP_STEPS:
            continue  # the setup step of the same name (app.commands.host_steps) replaces it
        parser = add_step_parser(steps, step.name, step.help)
        if step.add_arguments is not None:
            step.add_arguments(parser)
        parser.set_defaults(handler=functools.partial(run_step, step))
    add_setup_steps(steps)


def run_step(step: HostStep, args: argparse.Namespace) -> int:
    """Run ``step`` on ``args.target``; print the answer; return the exit code."""
    ensure_translations(getattr(args, "lang", None))
    try:
        with open_transport(args) as transport:
            target = transport.target_name(args.target)
            runner = transport.factory(target)
            try:
                document = runner.run(step.operation, step.params(args), timeout=args.timeout)
            except ExecutionError as error:
                return report_step_failure(step.name, target, error, as_json=args.json)
            finally:
                runner.close()
    except TransportArgumentError as problem:
        say(problem.message, file=sys.stderr)
        return EXIT_USAGE
    problems = step.has_problems(document)
    if args.json:
        emit_json(
            {
                "ok": True,
                "target": target,
                "step": step.name,
                "problems": problems,
                "result": document,
            }
        )
    else:
        for line in step.render(document):
            say(line)
    return EXIT_PROBLEMS if problems else EXIT_OK
