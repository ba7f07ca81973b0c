"""``kms-wizard scan``: read the licensing state of many machines, report it, remember it.

    kms-wizard scan (HOST... | --hosts FILE | --range CIDR | --ad URL --ad-base DN | --lab-all)
                    [TRANSPORT] [--concurrency N] [--timeout S] [--expiring-days N]
                    [--json] [--csv FILE] [--html FILE] [--report-json FILE]
    kms-wizard scan --list [--json]
    kms-wizard scan --compare ID [ID] [--json]

Every scan and every host result goes to the journal (``--journal FILE``, by
default in the user data folder). Ctrl+C cancels: no new host starts, those in
flight finish or time out, and the partial result is reported and journaled.

Exit codes: 0 every host read and every product licensed; 1 something needs
attention (a host not read, a product unlicensed or in grace, duplicate CMIDs);
2 bad options or input (nothing was contacted).
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path
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
from app.commands.report_output import any_report_failed, wants_report_files, write_report_files
from app.commands.transport_args import (
    TransportArgumentError,
    add_transport_arguments,
    open_transport,
)
from app.domain.cancellation import CancelToken
from app.domain.catalog import default_catalog
from app.domain.errors import for_cli
from app.domain.hresults import describe
from app.domain.report_model import build_scan_report, render_report
from app.domain.scan_results import (
    DEFAULT_CONCURRENCY,
    DEFAULT_EXPIRING_DAYS,
    DEFAULT_HOST_TIMEOUT,
    MAX_CONCURRENCY,
    HostResult,
    InvalidFleetOptions,
    ScanOptions,
    compare_results,
    result_to_record,
    results_from_records,
)
from app.domain.text import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, Message, Text, msg
from app.services.fleet_scan import FleetScanner, ScanProgress, ScanReport

SCANNING = QT_TRANSLATE_NOOP("ScanCommand", "Scanning %1 of %2 hosts (%3 not read)…")
CANCELLING = QT_TRANSLATE_NOOP(
    "ScanCommand", "Cancelling: no new host starts; waiting for those in progress…"
)
SUMMARY_HOSTS = QT_TRANSLATE_NOOP(
    "ScanCommand",
    "Hosts: %1 — read: %2, unreachable: %3, credentials refused: %4, failed: %5, not scanned: %6",
)
SUMMARY_PRODUCTS = QT_TRANSLATE_NOOP(
    "ScanCommand",
    "Products: %1 (Windows %2, Office %3) — KMS clients: %4, MAK: %5, retail/OEM: %6, "
    "KMS hosts: %7",
)
SUMMARY_STATUS = QT_TRANSLATE_NOOP(
    "ScanCommand",
    "Licensed: %1, in grace: %2, unlicensed: %3, ending within %4 days: %5",
)
DUPLICATE = QT_TRANSLATE_NOOP(
    "ScanCommand",
    "Duplicate client machine ID %1 on %2: the KMS host counts them once (run sysprep "
    "/generalize on cloned machines).",
)
SAVED = QT_TRANSLATE_NOOP("ScanCommand", "Scan %1 saved in the journal %2.")
CANCELLED = QT_TRANSLATE_N_NOOP(
    "ScanCommand", "The scan was cancelled: %n host(s) not scanned.", None, 0
)
NO_SCANS = QT_TRANSLATE_NOOP("ScanCommand", "The journal holds no scan yet.")
LIST_LINE = QT_TRANSLATE_NOOP(
    "ScanCommand", "Scan %1 — %2 — %3 — %4 host(s), %5: read %6, MAK %7, KMS clients %8"
)
NO_SUCH_SCAN = QT_TRANSLATE_NOOP("ScanCommand", "The journal holds no scan %1.")
NO_EARLIER_SCAN = QT_TRANSLATE_NOOP(
    "ScanCommand", "There is no scan before scan %1 to compare with."
)
COMPARING = QT_TRANSLATE_NOOP("ScanCommand", "Changes from scan %1 to scan %2:")
NO_CHANGES = QT_TRANSLATE_NOOP("ScanCommand", "Nothing changed.")
CHANGE_LINE = QT_TRANSLATE_NOOP("ScanCommand", "%1: %2")
CHANGE_PRODUCT = QT_TRANSLATE_NOOP("ScanCommand", "%1: %2 — %3")
CHANGE_VALUES = QT_TRANSLATE_NOOP("ScanCommand", "%1: %2 — %3 → %4")
BAD_COMPARE = QT_TRANSLATE_NOOP("ScanCommand", "--compare takes one or two scan numbers.")
LIST_WITH_SOURCES = QT_TRANSLATE_NOOP(
    "ScanCommand", "--list and --compare read the journal: leave out the machines to scan."
)

# Table columns of the person-readable output (the reports have the full set).
COLUMNS: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP("ScanCommand", "Host"),
    QT_TRANSLATE_NOOP("ScanCommand", "Product"),
    QT_TRANSLATE_NOOP("ScanCommand", "Channel"),
    QT_TRANSLATE_NOOP("ScanCommand", "Status"),
    QT_TRANSLATE_NOOP("ScanCommand", "Ends"),
    QT_TRANSLATE_NOOP("ScanCommand", "Last error"),
)
_PROGRESS_INTERVAL = 0.1


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "scan",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "read the licensing state of many machines (MAK, KMS, grace, errors)"
        ),
        description=QT_TRANSLATE_NOOP(
            "CommandLine", "Scan machines over WinRM in parallel; every result goes to the journal."
        ),
    )
    add_inventory_arguments(parser)
    add_transport_arguments(parser, default_timeout=DEFAULT_HOST_TIMEOUT)
    parser.add_argument(
        "--concurrency",
        type=bounded_int(1, MAX_CONCURRENCY),
        default=DEFAULT_CONCURRENCY,
        metavar="N",
        help=QT_TRANSLATE_NOOP("CommandLine", "hosts scanned at once (default 32, at most 256)"),
    )
    parser.add_argument(
        "--expiring-days",
        type=bounded_int(0, 3650),
        default=DEFAULT_EXPIRING_DAYS,
        metavar="N",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "count activations ending within N days (default 30)"
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "print one JSON document"),
    )
    parser.add_argument(
        "--csv", metavar="FILE", help=QT_TRANSLATE_NOOP("CommandLine", "write the results as CSV")
    )
    parser.add_argument(
        "--html",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("CommandLine", "write a self-contained HTML report"),
    )
    parser.add_argument(
        "--report-json",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("CommandLine", "write the JSON report to a file"),
    )
    parser.add_argument(
        "--list",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "list the scans in the journal"),
    )
    parser.add_argument(
        "--compare",
        nargs="+",
        type=bounded_int(1, MAX_JOURNAL_ID),
        metavar="ID",
        help=QT_TRANSLATE_NOOP("CommandLine", "what changed (since the previous scan)"),
    )
    add_journal_argument(parser)
    parser.set_defaults(handler=run_scan)


def run_scan(args: argparse.Namespace, *, stdin=None) -> int:
    """The ``scan`` sub-command."""
    language = ensure_translations(getattr(args, "lang", None))
    if args.list or args.compare:
        if has_inventory(args):
            return _usage(msg(LIST_WITH_SOURCES))
        if args.compare and len(args.compare) > 2:
            return _usage(msg(BAD_COMPARE))
        journal = open_journal(args)
        try:
            return _list(journal, args) if args.list else _compare(journal, args)
        finally:
            journal.close()
    try:
        options = ScanOptions(args.concurrency, float(args.timeout), args.expiring_days)
        check_inventory_arguments(args)
    except InvalidFleetOptions as problem:
        return _usage(problem.message)
    except INVENTORY_ERRORS as problem:
        return _usage(problem.message)
    try:
        with open_transport(args, stdin=stdin) as transport:
            inventory = collect_inventory(args, transport, stdin=stdin)
            journal = open_journal(args)
            try:
                scanner = FleetScanner(transport.factory, default_catalog(), journal)
                report = _scan_with_progress(scanner, inventory.hosts, options, inventory.source)
            finally:
                journal.close()
    except TransportArgumentError as problem:
        return _usage(problem.message)
    except INVENTORY_ERRORS as problem:
        return _usage(problem.message)
    written = _write_reports(args, report, language)
    if args.json:
        emit_json(
            scan_document(report, inventory_notes=[render(n.message) for n in inventory.notes])
        )
    else:
        _print_report(report, journal.path)
        for line in written:
            print(render(line), file=sys.stderr)
    if any_report_failed(written):
        return EXIT_PROBLEMS
    return EXIT_PROBLEMS if report.summary.problems else EXIT_OK


def _usage(message: Message) -> int:
    print(render(message), file=sys.stderr)
    return EXIT_USAGE


@contextmanager
def _ctrl_c_cancels(cancel: CancelToken):
    """The first Ctrl+C cancels the scan (the second one interrupts as usual)."""

    def on_interrupt(signum: int, frame: Any) -> None:
        if cancel.cancelled:
            raise KeyboardInterrupt
        cancel.cancel()
        print(render(msg(CANCELLING)), file=sys.stderr)

    try:
        previous = signal.signal(signal.SIGINT, on_interrupt)
    except ValueError:  # not the main thread (tests driving main() from a thread)
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _scan_with_progress(
    scanner: FleetScanner, hosts: Sequence[str], options: ScanOptions, source: str
) -> ScanReport:
    cancel = CancelToken()
    interactive = sys.stderr.isatty()
    last = [0.0]

    def progress(event: ScanProgress) -> None:
        now = time.monotonic()
        if interactive and (now - last[0] >= _PROGRESS_INTERVAL or event.done == event.total):
            last[0] = now
            line = render(msg(SCANNING, event.done, event.total, event.failed))
            print("\r" + line, end="\n" if event.done == event.total else "", file=sys.stderr)

    with _ctrl_c_cancels(cancel):
        return scanner.scan(hosts, options, source=source, cancel=cancel, progress=progress)


# --- output ---------------------------------------------------------------------------------


def host_document(result: HostResult) -> dict[str, Any]:
    """A host's JSON: its record plus the translated error and hint, and explained codes."""
    record = result_to_record(result)
    error = result.error
    record["error"] = render(error) if error is not None else None
    hint = for_cli(result.error_hint)  # the command line names --timeout, not a field
    record["hint"] = render(hint) if hint is not None else None
    error = result.last_error  # from the events 12288/12289 (LicenseStatusReason: grace)
    record["last_error"] = (
        {"code": error.hex, "symbol": error.symbol, "meaning": render(error.meaning)}
        if error is not None
        else None
    )
    for product, scanned in zip(record["products"], result.products, strict=True):
        state = scanned.state
        product["channel_label"] = render(state.channel.label)
        product["status_label"] = render(state.status.label)
        product["masked_key"] = state.masked_key
        expires = scanned.expires_at(result.read_at)
        product["expires"] = expires.isoformat() if expires else None
        reason = state.reason
        product["reason"] = (
            {"code": reason.hex, "symbol": reason.symbol, "meaning": render(reason.meaning)}
            if reason is not None
            else None
        )
    return record


def scan_document(report: ScanReport, *, inventory_notes: Sequence[str] = ()) -> dict[str, Any]:
    """The ``--json`` document of a scan."""
    return {
        "scan_id": report.scan_id,
        "started": report.started.isoformat(),
        "finished": report.finished.isoformat(),
        "cancelled": report.cancelled,
        "summary": report.summary.as_dict(),
        "inventory_notes": list(inventory_notes),
        "hosts": [host_document(r) for r in report.results],
    }


def _cell(value: Message | Text | str) -> str:
    return render(value) if not isinstance(value, str) else value


def _table(rows: list[list[str]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows]


def result_rows(results: Sequence[HostResult]) -> list[list[str]]:
    rows = [[render(c) for c in COLUMNS]]
    for result in results:
        if not result.reachable:
            error = result.error
            rows.append(
                [
                    result.host,
                    _cell(result.outcome.label),
                    "",
                    "",
                    "",
                    render(error) if error else "",
                ]
            )
            continue
        for product in result.products:
            state = product.state
            expires = product.expires_at(result.read_at)
            # The last KMS request's error (events 12288/12289), not the grace code.
            code = result.product_error(product)
            reason = describe(code) if code else None
            rows.append(
                [
                    result.host,
                    product.edition,
                    _cell(state.channel.label),
                    _cell(state.status.label),
                    expires.strftime("%Y-%m-%d") if expires else "",
                    f"{reason.hex} {reason.symbol}".strip() if reason else "",
                ]
            )
    return rows


def _print_report(report: ScanReport, journal_path: Path) -> None:
    for line in _table(result_rows(report.results)):
        print(line)
    summary = report.summary
    print()
    print(
        render(
            msg(
                SUMMARY_HOSTS,
                summary.hosts,
                summary.scanned,
                summary.unreachable,
                summary.credentials,
                summary.failed,
                summary.not_scanned,
            )
        )
    )
    print(
        render(
            msg(
                SUMMARY_PRODUCTS,
                summary.products,
                summary.windows,
                summary.office,
                summary.kms_clients,
                summary.mak,
                summary.retail,
                summary.kms_hosts,
            )
        )
    )
    print(
        render(
            msg(
                SUMMARY_STATUS,
                summary.licensed,
                summary.in_grace,
                summary.unlicensed,
                summary.expiring_days,
                summary.expiring,
            )
        )
    )
    for duplicate in summary.duplicate_cmids:
        print(render(msg(DUPLICATE, duplicate.cmid, ", ".join(duplicate.hosts))))
    if report.cancelled:
        print(render(msg(CANCELLED, n=summary.not_scanned)))
    if report.scan_id is not None:
        print(render(msg(SAVED, report.scan_id, str(journal_path))))


def _write_reports(args: argparse.Namespace, report: ScanReport, language: str) -> list[Message]:
    files = [(args.csv, "csv"), (args.html, "html"), (args.report_json, "json")]
    if not wants_report_files(files):
        return []
    from app.i18n import render as render_message

    data = {
        "scan_id": report.scan_id,
        "summary": report.summary.as_dict(),
        "hosts": [result_to_record(r) for r in report.results],
    }
    model = build_scan_report(report.results, report.summary, report.finished, data=data)
    return write_report_files(render_report(model, render_message), files, language)


# --- the journal: list and compare -----------------------------------------------------------


def _list(journal: Any, args: argparse.Namespace) -> int:
    scans = journal.scans(limit=100)
    if args.json:
        emit_json({"scans": scans})
        return EXIT_OK
    if not scans:
        print(render(msg(NO_SCANS)))
        return EXIT_OK
    for scan in scans:
        summary = scan.get("summary") or {}
        print(
            render(
                msg(
                    LIST_LINE,
                    scan["id"],
                    scan["started"][:19].replace("T", " "),
                    scan["source"] or "—",
                    scan["hosts"],
                    scan["status"],
                    summary.get("scanned", 0),
                    summary.get("mak", 0),
                    summary.get("kms_clients", 0),
                )
            )
        )
    return EXIT_OK


def _compare(journal: Any, args: argparse.Namespace) -> int:
    known = {scan["id"]: scan for scan in journal.scans(limit=10_000)}
    ids = list(args.compare)
    for scan_id in ids:
        if scan_id not in known:
            return _usage(msg(NO_SUCH_SCAN, scan_id))
    if len(ids) == 1:
        earlier = sorted(i for i in known if i < ids[0])
        if not earlier:
            return _usage(msg(NO_EARLIER_SCAN, ids[0]))
        ids.insert(0, earlier[-1])
    old_id, new_id = ids
    catalog = default_catalog()
    changes = compare_results(
        results_from_records(journal.scan_results(old_id), catalog),
        results_from_records(journal.scan_results(new_id), catalog),
    )
    if args.json:
        emit_json(
            {
                "from": old_id,
                "to": new_id,
                "changes": [
                    {
                        "host": c.host,
                        "kind": c.kind.value,
                        "product": c.product,
                        "before": c.before.value if c.before is not None else None,
                        "after": c.after.value if c.after is not None else None,
                    }
                    for c in changes
                ],
            }
        )
        return EXIT_OK
    print(render(msg(COMPARING, old_id, new_id)))
    if not changes:
        print(render(msg(NO_CHANGES)))
    for change in changes:
        label = render(change.kind.label)
        if change.before is not None and change.after is not None:
            line = msg(
                CHANGE_VALUES,
                change.host,
                change.product or label,
                render(change.before.label),
                render(change.after.label),
            )
        elif change.product:
            line = msg(CHANGE_PRODUCT, change.host, label, change.product)
        else:
            line = msg(CHANGE_LINE, change.host, label)
        print(render(line))
    return EXIT_OK
