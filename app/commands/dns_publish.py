"""``kms-wizard dns-publish``: create, replace or delete the KMS SRV record (RFC 2136).

    kms-wizard dns-publish --domain D --nameserver IP[:PORT] --host FQDN [--port N]
                           [--priority N] [--weight N] [--ttl N] [--tsig-key-file F]
                           [--address IP] [--replace | --delete] [--json]

The update is signed with the TSIG key in F (BIND's format, as ``tsig-keygen``
prints it) and verified by asking the server again. Exit codes: 0 published
and verified (or nothing to delete), 1 the server refused or the re-query
disagrees, 2 bad input (nothing was sent).
"""

from __future__ import annotations

import argparse

from app.adapters.dns_resolver import DnspythonResolver
from app.commands.dns_check import usage_error
from app.commands.dns_render import answer_json, answer_lines, remedies_json, remedy_lines
from app.commands.output import EXIT_OK, EXIT_PROBLEMS, emit_json, ensure_translations, say, text_of
from app.domain.dns import DEFAULT_KMS_PORT, relative_name
from app.domain.dns_input import DnsInputError, parse_ip_address, parse_nameserver
from app.domain.dns_remedies import DEFAULT_TTL, srv_publication
from app.domain.dns_update import PublishMode, PublishReport, PublishRequest
from app.domain.text import QT_TRANSLATE_NOOP, msg
from app.domain.tsig_key import TsigKey, read_tsig_key_file
from app.services.dns_publish import DnsPublishService

ZONE_LINE = QT_TRANSLATE_NOOP("DnsPublishCommand", "Zone %1 on %2.")
SENT = QT_TRANSLATE_NOOP("DnsPublishCommand", "Sent (signed with the key “%1”):")
SENT_UNSIGNED = QT_TRANSLATE_NOOP("DnsPublishCommand", "Sent (unsigned):")
NOW_ANSWERS = QT_TRANSLATE_NOOP("DnsPublishCommand", "The server now answers:")
BEFORE = QT_TRANSLATE_NOOP("DnsPublishCommand", "Before the update the server answered:")
FIX = QT_TRANSLATE_NOOP("DnsPublishCommand", "Fix: %1")
ADDRESS_WITH_DELETE = QT_TRANSLATE_NOOP(
    "DnsPublishCommand",
    "--address cannot be used with --delete: deleting the record leaves the host's address alone.",
)
REPLACE_WITH_DELETE = QT_TRANSLATE_NOOP(
    "DnsPublishCommand", "--replace and --delete cannot be used together."
)


class _Conflict(DnsInputError):
    pass


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "dns-publish",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "publish, replace or delete the _vlmcs._tcp SRV record by dynamic update"
        ),
        description=QT_TRANSLATE_NOOP(
            "CommandLine",
            "Send an RFC 2136 dynamic update (signed with a TSIG key) to the zone's "
            "primary DNS server, then verify it by asking again. Active Directory zones need "
            "Kerberos-signed updates: use the KMS host's own publishing or "
            "Add-DnsServerResourceRecord there.",
        ),
    )
    parser.add_argument(
        "--domain",
        required=True,
        help=QT_TRANSLATE_NOOP("CommandLine", "the DNS domain of the KMS clients"),
    )
    parser.add_argument(
        "--nameserver",
        required=True,
        metavar="IP[:PORT]",
        help=QT_TRANSLATE_NOOP("CommandLine", "the zone's primary DNS server"),
    )
    parser.add_argument(
        "--host",
        required=True,
        metavar="FQDN",
        help=QT_TRANSLATE_NOOP("CommandLine", "the KMS host to publish"),
    )
    parser.add_argument("--port", default=str(DEFAULT_KMS_PORT), metavar="N")
    parser.add_argument("--priority", default="0", metavar="N")
    parser.add_argument("--weight", default="0", metavar="N")
    parser.add_argument("--ttl", default=str(DEFAULT_TTL), metavar="N")
    parser.add_argument(
        "--tsig-key-file",
        metavar="F",
        help=QT_TRANSLATE_NOOP("CommandLine", "BIND key file (as tsig-keygen prints it)"),
    )
    parser.add_argument(
        "--address",
        metavar="IP",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "also set the host's A (or AAAA) record to this address"
        ),
    )
    parser.add_argument(
        "--replace",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "make this the only _vlmcs._tcp record (removes other hosts' records)"
        ),
    )
    parser.add_argument(
        "--delete",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "delete the records that point at --host"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "print one JSON document"),
    )
    parser.set_defaults(handler=run)


def build_request(args: argparse.Namespace) -> tuple[PublishRequest, TsigKey | None]:
    """Validate everything (the key file included) before anything is sent."""
    if args.replace and args.delete:
        raise _Conflict(msg(REPLACE_WITH_DELETE))
    if args.address is not None and args.delete:
        raise _Conflict(msg(ADDRESS_WITH_DELETE))
    record = srv_publication(
        args.domain,
        args.host,
        port=args.port,
        priority=args.priority,
        weight=args.weight,
        ttl=args.ttl,
    )
    server = parse_nameserver(args.nameserver)
    address = parse_ip_address(args.address) if args.address is not None else None
    key = read_tsig_key_file(args.tsig_key_file) if args.tsig_key_file else None
    mode = (
        PublishMode.DELETE
        if args.delete
        else PublishMode.REPLACE
        if args.replace
        else PublishMode.ADD
    )
    return PublishRequest(record, server, mode, address), key


def run(args: argparse.Namespace) -> int:
    ensure_translations(getattr(args, "lang", None))
    try:
        request, key = build_request(args)
    except DnsInputError as problem:
        return usage_error(args, problem)
    report = DnsPublishService(DnspythonResolver()).publish(request, key)
    if args.json:
        emit_json(report_json(report))
    else:
        print_report(report)
    return EXIT_OK if report.status.succeeded else EXIT_PROBLEMS


def report_json(report: PublishReport) -> dict:
    request = report.request
    fix = report.fix()
    return {
        "ok": report.status.succeeded,
        "status": report.status.value,
        "mode": request.mode.value,
        "server": str(request.server),
        "zone": report.zone,
        "record": {
            "name": request.record.owner,
            "type": "SRV",
            "ttl": request.record.ttl,
            "value": request.record.rdata,
        },
        "address": request.address,
        "key": report.key_name or None,
        "changes": [c.describe() for c in report.update.changes] if report.update else [],
        "update": None
        if report.result is None
        else {
            "status": report.result.status.value,
            "rcode": report.result.rcode,
            "tsig_error": report.result.tsig_error,
            "elapsed_ms": report.result.elapsed_ms,
        },
        "message": text_of(report.summary()),
        "fix": text_of(fix) if fix else None,
        "before": answer_json(report.before) if report.before else None,
        "after": answer_json(report.after) if report.after else None,
        "after_address": answer_json(report.after_address) if report.after_address else None,
        "remedies": None if report.status.succeeded else remedies_json(request.record, report.zone),
    }


def print_report(report: PublishReport) -> None:
    request = report.request
    if report.zone:
        say(msg(ZONE_LINE, relative_name(report.zone), request.server))
    if report.update and report.update.changes and report.result is not None:
        say(msg(SENT, report.key_name) if report.key_name else SENT_UNSIGNED)
        for change in report.update.changes:
            say("    " + change.describe())
    say(report.summary())
    if report.after is not None:
        say(NOW_ANSWERS)
        for line in answer_lines(report.after):
            say("  " + line)
    elif report.before is not None and not report.status.succeeded:
        say(BEFORE)
        for line in answer_lines(report.before):
            say("  " + line)
    fix = report.fix()
    if fix is not None:
        say(msg(FIX, text_of(fix)))
    if not report.status.succeeded and request.mode is not PublishMode.DELETE:
        say("")
        for line in remedy_lines(request.record, report.zone):
            say(line)
