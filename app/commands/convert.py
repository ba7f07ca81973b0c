"""``kms-wizard convert``: move clients between MAK and KMS, with a plan first and a journal.

    kms-wizard convert --to kms|mak (HOST... | --from-scan ID | --hosts FILE | --lab-all)
                       [TRANSPORT] [--kms-host H[:P] | --dns-discovery]
                       [--kms-lookup-domain DOMAIN] [--mak LABEL]
                       [--office-mak EDITION=LABEL]... [--concurrency N] [--dry-run] [--yes]
                       [--include-uncovered] [--json] [--csv FILE] [--html FILE]
    kms-wizard convert --resume [ID] [TRANSPORT] [--yes] [--json]
    kms-wizard convert --undo ID [TRANSPORT] [--mak LABEL] [--dry-run] [--yes] [--json]

The plan (the exact steps per host and product) is always shown first; with
``--dry-run`` nothing else happens. Otherwise the plan is confirmed — on a
terminal by typing yes, elsewhere only with ``--yes`` (without it the command
refuses, exit 2). Towards KMS the KMS host's own key is read first (the named
host, else the hosts the SRV records name): products it cannot activate are
left as they are unless ``--include-uncovered``. MAKs are named by their
keyring label and never typed. Every step is journaled before and after it
runs, so ``--resume`` finishes a run a crash or Ctrl+C interrupted, without
converting any host twice. ``--undo`` puts back what a finished run changed
where it left a product in its grace period or failed: a MAK from the keyring
again (each activation spends one of the MAK's activations), or the edition's
KMS client key with the KMS host setting the machine kept — a new run, planned,
confirmed and journaled like any other.

Exit codes: 0 every planned product converted (a KMS activation waiting only
for the host's count is fine); 1 some step failed or hosts could not be read;
2 bad options or input, or no confirmation (nothing was changed).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.commands.argparse_types import MAX_JOURNAL_ID, bounded_int
from app.commands.fleet_inventory import (
    INVENTORY_ERRORS,
    add_inventory_arguments,
    add_journal_argument,
    check_inventory_arguments,
    collect_inventory,
    has_inventory,
    open_journal,
    render,
)
from app.commands.output import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, emit_json, ensure_translations
from app.commands.report_output import wants_report_files, write_report_files
from app.commands.transport_args import (
    TransportArgumentError,
    add_transport_arguments,
    open_transport,
)
from app.domain.catalog import default_catalog
from app.domain.conversion import (
    ConversionDirection,
    ConversionTarget,
    Decision,
    InvalidConversionTarget,
)
from app.domain.fleet_conversion import (
    ConversionRefused,
    FleetPlan,
    HostPlan,
    select_hosts,
)
from app.domain.licensing import InvalidKmsHost, parse_kms_endpoint
from app.domain.report_model import render_report
from app.domain.scan_results import (
    MAX_CONCURRENCY,
    InvalidFleetOptions,
    check_concurrency,
    result_to_record,
    results_from_records,
)
from app.domain.text import (
    QT_TRANSLATE_N_NOOP,
    QT_TRANSLATE_NOOP,
    Message,
    Text,
    TranslatableError,
    msg,
)
from app.domain.way_back import mak_activations
from app.services.fleet_convert import (
    DEFAULT_CONVERT_CONCURRENCY,
    DEFAULT_STEP_TIMEOUT,
    ConversionProgress,
    ConversionReport,
    FleetConverter,
    HostConversion,
    StepState,
)
from app.services.fleet_reports import conversion_counts, run_report

PLAN_HEAD = QT_TRANSLATE_NOOP(
    "ConvertCommand",
    "Plan (%1): %2 host(s) to change, %3 product(s) to convert, %4 to activate only, "
    "%5 left alone, %6 that cannot be converted, %7 host(s) not read.",
)
DIRECTION_KMS = QT_TRANSLATE_NOOP("ConvertCommand", "MAK to KMS")
DIRECTION_MAK = QT_TRANSLATE_NOOP("ConvertCommand", "KMS to MAK")
STEP_LINE = QT_TRANSLATE_NOOP("ConvertCommand", "  %1. %2")
PRODUCT_REASON = QT_TRANSLATE_NOOP("ConvertCommand", "  %1: %2")
NOTHING_TO_DO = QT_TRANSLATE_N_NOOP(
    "ConvertCommand", "Nothing to change on %n host(s): %1.", None, 0
)
NOT_READ = QT_TRANSLATE_NOOP("ConvertCommand", "%1: not read — %2")
CONFIRM = QT_TRANSLATE_N_NOOP(
    "ConvertCommand", "Change %n host(s) as planned above? Type “yes” to go ahead: ", None, 0
)
YES_WORDS = QT_TRANSLATE_NOOP("ConvertCommand", "yes,y")
NOT_CONFIRMED = QT_TRANSLATE_NOOP("ConvertCommand", "Not confirmed: nothing was changed.")
NEEDS_YES = QT_TRANSLATE_NOOP(
    "ConvertCommand",
    "Confirmation needed and no terminal to ask on: add --yes to convert as planned "
    "(nothing was changed).",
)
NO_WORK = QT_TRANSLATE_NOOP("ConvertCommand", "Nothing to convert.")
DRY_RUN = QT_TRANSLATE_NOOP("ConvertCommand", "Dry run: nothing was changed.")
UNCOVERED_LEFT_OUT = QT_TRANSLATE_N_NOOP(
    "ConvertCommand",
    "%n product(s) that the KMS host cannot activate are left as they are; "
    "--include-uncovered converts them anyway (a MAK product then ends in its grace period).",
    None,
    0,
)
STEP_DONE = QT_TRANSLATE_NOOP("ConvertCommand", "%1 — %2: %3")
STEP_FAILED = QT_TRANSLATE_NOOP("ConvertCommand", "%1 — %2: failed — %3")
STEP_PENDING = QT_TRANSLATE_NOOP(
    "ConvertCommand", "%1 — %2: waiting for the KMS host's count (%3); the client retries by itself"
)
STATE_LABELS: dict[StepState, Text] = {
    StepState.DONE: QT_TRANSLATE_NOOP("ConvertCommand", "done"),
    StepState.FAILED: QT_TRANSLATE_NOOP("ConvertCommand", "failed"),
    StepState.SKIPPED: QT_TRANSLATE_NOOP("ConvertCommand", "skipped"),
    StepState.IN_EFFECT: QT_TRANSLATE_NOOP("ConvertCommand", "already in effect (checked again)"),
}
HOST_RESULT = QT_TRANSLATE_NOOP("ConvertCommand", "%1: %2 — %3, %4")
HOST_OPEN = QT_TRANSLATE_NOOP("ConvertCommand", "%1: %2")
RUN_DONE = QT_TRANSLATE_NOOP(
    "ConvertCommand", "Run %1: %2 host(s) converted, %3 pending activation, %4 with problems."
)
RUN_OPEN = QT_TRANSLATE_NOOP(
    "ConvertCommand",
    "Run %1 is not finished: some hosts could not be read. Resume it later with "
    "“kms-wizard convert --resume %1”.",
)
RUN_CANCELLED = QT_TRANSLATE_NOOP(
    "ConvertCommand", "Run %1 was cancelled; the hosts not started were left as they were."
)
RESUMING = QT_TRANSLATE_NOOP("ConvertCommand", "Resuming conversion run %1.")
RUN_OPEN_BUG = QT_TRANSLATE_NOOP(
    "ConvertCommand",
    "Run %1 is not finished: a bug stopped some hosts. Resume it with "
    "“kms-wizard convert --resume %1” (the steps already done are checked, not repeated).",
)
DEBUG_LOG_AT = QT_TRANSLATE_NOOP("ConvertCommand", "Debug log: %1")
WAITING_FOR_MAK = QT_TRANSLATE_NOOP(
    "ConvertCommand",
    "%1: the interrupted MAK activation may still be running; reading the machine again for "
    "up to %2 s before sending it again (each activation sent spends one of the MAK's).",
)
WAY_BACK_HEAD = QT_TRANSLATE_NOOP(
    "ConvertCommand", "Putting back what run %1 changed where it left a product unlicensed."
)
MAK_SPEND = QT_TRANSLATE_N_NOOP(
    "ConvertCommand",
    "Each MAK activation spends one of the MAK's activations: this plan spends %n "
    "activation(s) of “%1”.",
    None,
    0,
)
UNDO_WITH_OTHERS = QT_TRANSLATE_NOOP(
    "ConvertCommand",
    "--undo puts back a recorded run: leave out the machines, --to and --resume.",
)
NEED_TO = QT_TRANSLATE_NOOP("ConvertCommand", "Choose the direction with --to kms or --to mak.")
MAK_NEEDS_LABEL = QT_TRANSLATE_NOOP(
    "ConvertCommand",
    "A conversion to MAK needs the keyring label of the MAK: --mak LABEL (and --office-mak "
    "EDITION=LABEL for Office).",
)
MAK_OPTION_FOR_KMS = QT_TRANSLATE_NOOP(
    "ConvertCommand", "--mak and --office-mak apply only to --to mak."
)
BAD_OFFICE_MAK = QT_TRANSLATE_NOOP(
    "ConvertCommand",
    "--office-mak takes EDITION=LABEL, e.g. office2021-proplus=office-mak; not “%1”.",
)
UNKNOWN_EDITION = QT_TRANSLATE_NOOP(
    "ConvertCommand", "“%1” is not an Office edition of the catalog."
)
RESUME_WITH_HOSTS = QT_TRANSLATE_NOOP(
    "ConvertCommand", "--resume continues a recorded run: leave out the machines and --to."
)
FROM_SCAN_AND_HOSTS = QT_TRANSLATE_NOOP(
    "ConvertCommand", "--from-scan takes the machines from a scan: leave out the other sources."
)
NO_SUCH_SCAN = QT_TRANSLATE_NOOP("ConvertCommand", "The journal holds no scan %1.")
NO_HOST_IN_SCAN = QT_TRANSLATE_NOOP(
    "ConvertCommand", "Scan %1 found no host with anything to convert %2."
)
NO_SOURCE = QT_TRANSLATE_NOOP(
    "ConvertCommand",
    "Name the machines: host names, --from-scan ID, --hosts FILE, or --lab-all with --lab.",
)
DECISIONS: dict[Decision, Text] = {
    Decision.CONVERT: QT_TRANSLATE_NOOP("ConvertCommand", "convert"),
    Decision.ACTIVATE_ONLY: QT_TRANSLATE_NOOP("ConvertCommand", "activate only"),
    Decision.UPDATE_KMS_HOST: QT_TRANSLATE_NOOP("ConvertCommand", "change the KMS host"),
    Decision.NOTHING_TO_DO: QT_TRANSLATE_NOOP("ConvertCommand", "nothing to do"),
    Decision.LEFT_ALONE: QT_TRANSLATE_NOOP("ConvertCommand", "left alone"),
    Decision.CANNOT: QT_TRANSLATE_NOOP("ConvertCommand", "cannot be converted"),
}


class _Usage(TranslatableError):
    """Bad options found before anything was changed (exit 2)."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "convert",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "convert clients between MAK and KMS (plan, confirm, journal, resume)"
        ),
        description=QT_TRANSLATE_NOOP(
            "CommandLine",
            "Plan, confirm and run a MAK⇄KMS conversion; --resume finishes an interrupted run.",
        ),
    )
    parser.add_argument(
        "--to",
        choices=("kms", "mak"),
        help=QT_TRANSLATE_NOOP("CommandLine", "the channel the clients move to"),
    )
    parser.add_argument(
        "--from-scan",
        type=bounded_int(1, MAX_JOURNAL_ID),
        metavar="ID",
        help=QT_TRANSLATE_NOOP("CommandLine", "the hosts of a journaled scan"),
    )
    add_inventory_arguments(parser)
    add_transport_arguments(parser, default_timeout=DEFAULT_STEP_TIMEOUT)
    target = parser.add_mutually_exclusive_group()
    target.add_argument(
        "--kms-host",
        metavar="H[:P]",
        help=QT_TRANSLATE_NOOP("CommandLine", "set this KMS host on the clients"),
    )
    target.add_argument(
        "--dns-discovery",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "clear an explicit KMS host: clients find theirs through DNS again"
        ),
    )
    parser.add_argument(
        "--kms-lookup-domain",
        metavar="DOMAIN",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "clients look up their KMS host's SRV record in this DNS domain (slmgr "
            "/skms-domain; Windows 8 and later), for clients whose own domain has none",
        ),
    )
    parser.add_argument(
        "--mak",
        metavar="LABEL",
        help=QT_TRANSLATE_NOOP("CommandLine", "keyring label of the Windows MAK"),
    )
    parser.add_argument(
        "--office-mak",
        action="append",
        default=[],
        metavar="EDITION=LABEL",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "keyring label of an Office edition's MAK (office2021-proplus=LABEL)"
        ),
    )
    parser.add_argument(
        "--concurrency",
        type=bounded_int(1, MAX_CONCURRENCY),
        default=DEFAULT_CONVERT_CONCURRENCY,
        metavar="N",
        help=QT_TRANSLATE_NOOP("CommandLine", "hosts converted at once (default 8)"),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "show the plan, change nothing"),
    )
    parser.add_argument(
        "--include-uncovered",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "to KMS: also convert the products the KMS host's key cannot activate (they "
            "lose their MAK activation and end in their grace period)",
        ),
    )
    parser.add_argument(
        "--resume",
        nargs="?",
        const=0,
        type=bounded_int(0, MAX_JOURNAL_ID),
        metavar="ID",
        help=QT_TRANSLATE_NOOP("CommandLine", "finish an interrupted run"),
    )
    parser.add_argument(
        "--undo",
        type=bounded_int(1, MAX_JOURNAL_ID),
        metavar="ID",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "put back what a finished run changed where it left products in grace or failed "
            "(to MAK: --mak LABEL)",
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "print one JSON document"),
    )
    parser.add_argument(
        "--csv",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("CommandLine", "write the run's results as CSV"),
    )
    parser.add_argument(
        "--html",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("CommandLine", "write a self-contained HTML report"),
    )
    add_journal_argument(parser)
    parser.set_defaults(handler=run_convert)


def run_convert(args: argparse.Namespace, *, stdin=None, prompt=None) -> int:
    """The ``convert`` sub-command."""
    language = ensure_translations(getattr(args, "lang", None))
    try:
        check_concurrency(args.concurrency)
        if args.undo is not None:
            if (
                has_inventory(args)
                or args.to
                or args.from_scan is not None
                or (args.resume is not None)
            ):
                raise _Usage(msg(UNDO_WITH_OTHERS))
            return _undo(args, language, stdin, prompt)
        if args.resume is not None:
            if has_inventory(args) or args.to or args.from_scan is not None:
                raise _Usage(msg(RESUME_WITH_HOSTS))
            return _resume(args, language, stdin)
        target = _target(args)
        if args.from_scan is not None and has_inventory(args):
            raise _Usage(msg(FROM_SCAN_AND_HOSTS))
        if args.from_scan is None:
            check_inventory_arguments(args)
    except _Usage as problem:
        return _usage(problem.message)
    except InvalidFleetOptions as problem:
        return _usage(problem.message)
    except INVENTORY_ERRORS as problem:
        return _usage(problem.message)
    return _convert(args, target, language, stdin, prompt)


def _usage(message: Message) -> int:
    print(render(message), file=sys.stderr)
    return EXIT_USAGE


def _target(args: argparse.Namespace) -> ConversionTarget:
    if args.to is None:
        raise _Usage(msg(NEED_TO))
    direction = ConversionDirection(args.to)
    office: dict[str, str] = {}
    catalog = default_catalog()
    for item in args.office_mak:
        edition, sep, label = item.partition("=")
        if not sep or not edition.strip() or not label.strip():
            raise _Usage(msg(BAD_OFFICE_MAK, item[:60]))
        if edition.strip() not in catalog.editions:
            raise _Usage(msg(UNKNOWN_EDITION, edition.strip()[:60]))
        office[edition.strip()] = label.strip()
    if direction is ConversionDirection.TO_KMS and (args.mak or office):
        raise _Usage(msg(MAK_OPTION_FOR_KMS))
    if direction is ConversionDirection.TO_MAK and not (args.mak or office):
        raise _Usage(msg(MAK_NEEDS_LABEL))
    try:
        kms_host = parse_kms_endpoint(args.kms_host) if args.kms_host else None
        return ConversionTarget(
            direction,
            kms_host=kms_host,
            use_dns_discovery=args.dns_discovery,
            kms_lookup_domain=args.kms_lookup_domain,
            mak_label=args.mak,
            office_mak_labels=office,
        )
    except InvalidKmsHost as problem:
        raise _Usage(problem.message) from None
    except InvalidConversionTarget as problem:
        raise _Usage(problem.message) from None


def _hosts_from_scan(args: argparse.Namespace, direction: ConversionDirection) -> list[str]:
    journal = open_journal(args)
    try:
        if not any(s["id"] == args.from_scan for s in journal.scans(limit=10_000)):
            raise _Usage(msg(NO_SUCH_SCAN, args.from_scan))
        records = journal.scan_results(args.from_scan)
        results = list(results_from_records(records, default_catalog()).values())
    finally:
        journal.close()
    hosts = select_hosts(results, direction)
    if not hosts:
        label = DIRECTION_KMS if direction is ConversionDirection.TO_KMS else DIRECTION_MAK
        raise _Usage(msg(NO_HOST_IN_SCAN, args.from_scan, f"({render(msg(label))})"))
    return hosts


def _srv_hosts(transport: Any) -> Any:
    """DNS discovery: what the SRV records name (the lab's DNS server with ``--lab``)."""
    from app.kms_discovery import kms_srv_lookup

    lab = transport.lab
    return kms_srv_lookup(lab.dns_address() if lab is not None else None)


def _secret_store() -> Any:
    from app.adapters.secret_store import KeyringSecretStore

    return KeyringSecretStore()


def _convert(
    args: argparse.Namespace, target: ConversionTarget, language: str, stdin: Any, prompt: Any
) -> int:
    interactive_stdin = stdin or sys.stdin
    try:
        with open_transport(args, stdin=stdin) as transport:
            if args.from_scan is not None:
                hosts = [transport.target_name(h) for h in _hosts_from_scan(args, target.direction)]
            elif has_inventory(args):
                hosts = list(collect_inventory(args, transport, stdin=stdin).hosts)
            else:
                raise _Usage(msg(NO_SOURCE))
            journal = open_journal(args)
            try:
                converter = FleetConverter(
                    transport.factory,
                    default_catalog(),
                    journal,
                    _secret_store(),
                    srv_hosts=_srv_hosts(transport),
                )
                plan = converter.plan(
                    hosts,
                    target,
                    concurrency=max(args.concurrency, 8),
                    timeout=min(float(args.timeout), 20.0),
                    include_uncovered=args.include_uncovered,
                )
                outcome = _confirm_and_run(args, converter, plan, interactive_stdin, prompt)
                if isinstance(outcome, int):
                    return outcome
                report = outcome
            finally:
                journal.close()
    except TransportArgumentError as problem:
        return _usage(problem.message)
    except INVENTORY_ERRORS as problem:
        return _usage(problem.message)
    except ConversionRefused as problem:
        return _usage(problem.message)
    except _Usage as problem:
        return _usage(problem.message)
    return _finish(args, report, language, plan)


def _resume(args: argparse.Namespace, language: str, stdin: Any) -> int:
    try:
        with open_transport(args, stdin=stdin) as transport:
            journal = open_journal(args)
            try:
                converter = FleetConverter(
                    transport.factory, default_catalog(), journal, _secret_store()
                )
                run_id = args.resume or None
                if not args.json:
                    # Announced only when there is such a run (otherwise the refusal says why).
                    runs = [r["id"] for r in converter.interrupted_runs()]
                    shown = run_id or (runs[-1] if runs else None)
                    if shown in runs:
                        print(render(msg(RESUMING, shown)))
                report = converter.resume(run_id, progress=None if args.json else _print_progress)
            finally:
                journal.close()
    except TransportArgumentError as problem:
        return _usage(problem.message)
    except ConversionRefused as problem:
        return _usage(problem.message)
    return _finish(args, report, language, None)


def _undo(args: argparse.Namespace, language: str, stdin: Any, prompt: Any) -> int:
    """The way back from run ``--undo``: planned, shown, confirmed, run like any plan."""
    from app.domain.way_back import WayBackRefused

    try:
        office = _target_office_labels(args)
        with open_transport(args, stdin=stdin) as transport:
            journal = open_journal(args)
            try:
                converter = FleetConverter(
                    transport.factory, default_catalog(), journal, _secret_store()
                )
                plan = converter.plan_way_back(
                    args.undo,
                    mak_label=args.mak,
                    office_mak_labels=office,
                    concurrency=max(args.concurrency, 8),
                    timeout=min(float(args.timeout), 20.0),
                )
                if not args.json:
                    print(render(msg(WAY_BACK_HEAD, args.undo)))
                outcome = _confirm_and_run(args, converter, plan, stdin or sys.stdin, prompt)
                if isinstance(outcome, int):
                    return outcome
                report = outcome
            finally:
                journal.close()
    except TransportArgumentError as problem:
        return _usage(problem.message)
    except (ConversionRefused, WayBackRefused, _Usage) as problem:
        return _usage(problem.message)
    return _finish(args, report, language, plan)


def _confirm_and_run(
    args: argparse.Namespace,
    converter: FleetConverter,
    plan: FleetPlan,
    stdin: Any,
    prompt: Any,
) -> ConversionReport | int:
    """Show the plan (only that, for --dry-run or nothing to do), ask, then run it.

    Returns the run's report, or the exit code when it stops before running.
    """
    if args.dry_run or not plan.with_work:
        return _show_plan_only(args, plan)
    if not args.json:
        _print_plan(plan)
    if not args.yes and not _confirm(plan, stdin, prompt):
        return EXIT_USAGE
    return converter.execute(
        plan,
        concurrency=args.concurrency,
        timeout=float(args.timeout),
        progress=None if args.json else _print_progress,
    )


def _target_office_labels(args: argparse.Namespace) -> dict[str, str]:
    """``--office-mak EDITION=LABEL`` for the way back (checked like for ``--to mak``)."""
    if not args.office_mak:
        return {}
    return dict(_target(argparse.Namespace(**{**vars(args), "to": "mak"})).office_mak_labels)


# --- the plan ---------------------------------------------------------------------------------


def _direction_label(plan: FleetPlan) -> Text:
    return DIRECTION_KMS if plan.target.direction is ConversionDirection.TO_KMS else DIRECTION_MAK


def _print_plan(plan: FleetPlan) -> None:
    print(
        render(
            msg(
                PLAN_HEAD,
                render(msg(_direction_label(plan))),
                len(plan.with_work),
                plan.count(Decision.CONVERT),
                plan.count(Decision.ACTIVATE_ONLY),
                plan.count(Decision.LEFT_ALONE) + plan.count(Decision.NOTHING_TO_DO),
                plan.count(Decision.CANNOT),
                len(plan.unreadable),
            )
        )
    )
    idle = []
    for host in plan.hosts:
        if host.plan is not None and not host.has_work and not host.uncovered:
            idle.append(host.host)
        else:
            _print_host_plan(host)
    if idle:
        shown = ", ".join(idle[:8]) + (" …" if len(idle) > 8 else "")
        print(render(msg(NOTHING_TO_DO, shown, n=len(idle))))
    if plan.uncovered and not plan.include_uncovered:
        print(render(msg(UNCOVERED_LEFT_OUT, n=len(plan.uncovered))))
    for label, spent in mak_activations(plan).items():
        print(render(msg(MAK_SPEND, label, n=spent)))


def _print_host_plan(host: HostPlan) -> None:
    if host.plan is None:
        error = host.before.error
        print(render(msg(NOT_READ, host.host, render(error) if error else "")))
        return
    print(host.host)
    for step in host.steps:
        print(render(msg(STEP_LINE, step.seq, render(step.description))))
    shown = set()
    for product, reason in host.plan.reasons:
        shown.add(product.product.activation_id)
        print(render(msg(PRODUCT_REASON, product.product.name, render(reason))))
    # Towards KMS: whether the KMS host can activate each product (left-out ones said it above).
    for product in host.plan.products:
        mark = host.marks.get(product.product.activation_id)
        if mark is not None and (
            product.product.activation_id not in shown or mark.message != product.reason
        ):
            print(render(msg(PRODUCT_REASON, product.product.name, render(mark.message))))


def plan_document(plan: FleetPlan) -> dict[str, Any]:
    """The plan as JSON (keys masked in descriptions; MAKs by label only)."""
    hosts = []
    for host in plan.hosts:
        entry: dict[str, Any] = {"host": host.host, "readable": host.plan is not None}
        if host.plan is None:
            error = host.before.error
            entry["error"] = render(error) if error is not None else None
        else:
            entry["steps"] = [
                {
                    "seq": s.seq,
                    "operation": s.operation,
                    "description": render(s.description),
                    "secret_label": s.secret_label,
                }
                for s in host.steps
            ]
            entry["products"] = [
                {
                    "name": p.product.name,
                    "edition_id": p.edition_id,
                    "decision": p.decision.value,
                    "reason": render(p.reason) if p.reason is not None else None,
                    **_coverage_entry(host, p.product.activation_id),
                }
                for p in host.plan.products
            ]
        hosts.append(entry)
    return {
        "direction": plan.target.direction.value,
        "hosts_to_change": len(plan.with_work),
        "include_uncovered": plan.include_uncovered,
        "uncovered": len(plan.uncovered),
        "hosts": hosts,
    }


def _coverage_entry(host: HostPlan, activation_id: str) -> dict[str, Any]:
    """``coverage`` (will-activate / cannot-activate / cannot-check) and why, when judged."""
    mark = host.marks.get(activation_id)
    if mark is None:
        return {}
    return {"coverage": mark.mark.value, "coverage_reason": render(mark.message)}


def _show_plan_only(args: argparse.Namespace, plan: FleetPlan) -> int:
    if args.json:
        emit_json({"dry_run": bool(args.dry_run), "plan": plan_document(plan), "run": None})
    else:
        _print_plan(plan)
        print(render(msg(DRY_RUN if args.dry_run else NO_WORK)))
    return EXIT_PROBLEMS if plan.unreadable else EXIT_OK


def _confirm(plan: FleetPlan, stdin: Any, prompt: Any) -> bool:
    question = render(msg(CONFIRM, n=len(plan.with_work)))
    if prompt is None:
        if stdin is None or not stdin.isatty():
            print(render(msg(NEEDS_YES)), file=sys.stderr)
            return False
        prompt = input
    answer = str(prompt(question)).strip().lower()
    accepted = {"yes", "y"} | {w.strip() for w in render(msg(YES_WORDS)).lower().split(",")}
    if answer in accepted:
        return True
    print(render(msg(NOT_CONFIRMED)), file=sys.stderr)
    return False


# --- the run -----------------------------------------------------------------------------------


def _print_progress(event: ConversionProgress) -> None:
    if event.waiting:
        print(render(msg(WAITING_FOR_MAK, event.host, f"{event.waiting:.0f}")), flush=True)
    step = event.step
    if step is None:
        return
    description = render(step.description)
    if step.pending_activation:
        line = msg(STEP_PENDING, step.host, description, f"0x{step.hresult:08X}")
    elif step.state is StepState.FAILED and step.error is not None:
        from app.commands.execution_errors import error_lines

        reason = "; ".join(
            render(x) if not isinstance(x, str) else x for x in error_lines(step.error)[:2]
        )
        line = msg(STEP_FAILED, step.host, description, reason)
    else:
        line = msg(STEP_DONE, step.host, description, render(msg(STATE_LABELS[step.state])))
    print(render(line), flush=True)


def _after_lines(host: HostConversion) -> list[str]:
    if host.after is None:
        return []
    return [
        render(
            msg(
                HOST_RESULT,
                host.host,
                p.edition,
                render(msg(p.state.channel.label)),
                render(msg(p.state.status.label)),
            )
        )
        for p in host.after.products
    ]


def run_document(report: ConversionReport) -> dict[str, Any]:
    hosts = []
    for host in report.hosts:
        hosts.append(
            {
                "host": host.host,
                "result": "failed" if host.failed else "pending" if host.pending else "converted",
                "complete": host.complete,
                "unexpected": host.unexpected,
                "problem": render(host.problem) if host.problem is not None else None,
                "steps": [
                    {
                        "seq": s.seq,
                        "operation": s.operation,
                        "description": render(s.description),
                        "state": s.state.value,
                        "hresult": f"0x{s.hresult:08X}" if s.hresult is not None else None,
                    }
                    for s in host.steps
                ],
                "after": result_to_record(host.after) if host.after is not None else None,
            }
        )
    return {
        "run_id": report.run_id,
        "direction": report.target.direction.value,
        "resumed": report.resumed,
        "cancelled": report.cancelled,
        "finished": report.finished,
        "ok": report.ok,
        "hosts": hosts,
    }


def _finish(
    args: argparse.Namespace, report: ConversionReport, language: str, plan: FleetPlan | None
) -> int:
    written = _write_reports(args, report, language)
    converted, pending, failed = conversion_counts(report)
    if args.json:
        emit_json(
            {
                "dry_run": False,
                "plan": plan_document(plan) if plan is not None else None,
                "run": run_document(report),
            }
        )
    else:
        for host in report.hosts:
            if host.problem is not None:
                print(render(msg(HOST_OPEN, host.host, render(host.problem))))
            for line in _after_lines(host):
                print(line)
        print(render(msg(RUN_DONE, report.run_id, converted, pending, failed)))
        bug = any(h.unexpected for h in report.hosts)
        if report.cancelled:
            print(render(msg(RUN_CANCELLED, report.run_id)))
        elif not report.finished:
            print(render(msg(RUN_OPEN_BUG if bug else RUN_OPEN, report.run_id)))
        if bug:
            from app.adapters.debug_log import debug_log_path

            print(render(msg(DEBUG_LOG_AT, str(debug_log_path()))), file=sys.stderr)
        for line in written:
            print(render(line), file=sys.stderr)
    problems = not report.finished or report.cancelled or failed > 0
    if plan is not None and plan.unreadable:
        problems = True
    return EXIT_PROBLEMS if problems else EXIT_OK


def _write_reports(
    args: argparse.Namespace, report: ConversionReport, language: str
) -> list[Message]:
    files = [(args.csv, "csv"), (args.html, "html")]
    if not wants_report_files(files):
        return []
    from datetime import UTC, datetime

    from app.i18n import render as render_message

    # The wizard's summary page exports the same report: one model serves both.
    model = run_report(report, datetime.now(UTC))
    return write_report_files(render_report(model, render_message), files, language)
