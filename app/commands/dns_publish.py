"""``kms-wizard dns-publish``: create, replace or delete the KMS SRV record.

    kms-wizard dns-publish --domain D --nameserver IP[:PORT] --host FQDN [--port N]
                           [--priority N] [--weight N] [--ttl N] [--tsig-key-file F]
                           [--address IP] [--replace | --delete] [--json]
    kms-wizard dns-publish --domain D --via-dns-server DC --host FQDN [...] [TRANSPORT]

With ``--nameserver`` an RFC 2136 update is signed with the TSIG key in F
(BIND's format, as ``tsig-keygen`` prints it) and verified by asking the server
again. With ``--via-dns-server`` (Active Directory–integrated zones, which take
no HMAC-TSIG update) the record is changed on that Windows DNS server by its own
DnsServer cmdlets over WinRM, and read back there. Exit codes: 0 published and
verified (or nothing to delete), 1 the server refused or the read-back
disagrees, 2 bad input (nothing was sent).
"""

from __future__ import annotations

import argparse
import sys

from app.adapters.dns_resolver import DnspythonResolver
from app.commands.dns_check import usage_error
from app.commands.dns_render import answer_json, answer_lines, remedies_json, remedy_lines
from app.commands.execution_errors import report_step_failure
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
    add_transport_arguments,
    open_transport,
)
from app.domain.dns import DEFAULT_KMS_PORT, relative_name
from app.domain.dns_input import (
    DnsInputError,
    parse_domain_name,
    parse_ip_address,
    parse_nameserver,
)
from app.domain.dns_remedies import DEFAULT_TTL, SrvPublication, srv_publication
from app.domain.dns_server_records import (
    ServerPublishReport,
    ServerPublishStatus,
    ServerZoneRecords,
)
from app.domain.dns_update import PublishMode, PublishReport, PublishRequest
from app.domain.errors import ExecutionError
from app.domain.text import QT_TRANSLATE_NOOP, msg
from app.domain.tsig_key import TsigKey, read_tsig_key_file
from app.services.dns_publish import DnsPublishService
from app.services.dns_server_publish import DnsServerPublishService

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
ONE_SERVER = QT_TRANSLATE_NOOP(
    "DnsPublishCommand",
    "Give either --nameserver (a DNS server that takes signed dynamic updates) or "
    "--via-dns-server (a Windows DNS server reached over WinRM), not both and not neither.",
)
NOT_VIA_DNS_SERVER = QT_TRANSLATE_NOOP(
    "DnsPublishCommand",
    "%1 is for dynamic updates: leave it out with --via-dns-server (the DNS server's own "
    "cmdlets need no key and do not set the host's address).",
)
VIA_ZONE = QT_TRANSLATE_NOOP(
    "DnsPublishCommand",
    "Zone %1 on the DNS server %2 (Active Directory–integrated: %3; dynamic updates: %4).",
)
VIA_BEFORE = QT_TRANSLATE_NOOP("DnsPublishCommand", "It held before:")
VIA_NOW = QT_TRANSLATE_NOOP("DnsPublishCommand", "It holds now:")
VIA_NONE = QT_TRANSLATE_NOOP("DnsPublishCommand", "no _vlmcs._tcp record")
VIA_RECORD = QT_TRANSLATE_NOOP("DnsPublishCommand", "%1 (created by %2)")
VIA_UNKNOWN_OWNER = QT_TRANSLATE_NOOP("DnsPublishCommand", "unknown")
READ_NEEDS_DNS_SERVER = QT_TRANSLATE_NOOP(
    "DnsPublishCommand", "--read reads a Windows DNS server: give it with --via-dns-server."
)
YES = QT_TRANSLATE_NOOP("DnsPublishCommand", "yes")
NO = QT_TRANSLATE_NOOP("DnsPublishCommand", "no")


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
        metavar="IP[:PORT]",
        help=QT_TRANSLATE_NOOP("CommandLine", "the zone's primary DNS server"),
    )
    parser.add_argument(
        "--via-dns-server",
        metavar="DC",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "change the record on this Windows DNS server (a domain controller) with its own "
            "DnsServer cmdlets over WinRM: the way for Active Directory-integrated zones",
        ),
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
        "--read",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "with --via-dns-server: change nothing; show what the DNS server holds, who created "
            "it, and why the KMS host does or does not publish itself (events 12293/12294)",
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "print one JSON document"),
    )
    add_transport_arguments(parser)
    parser.set_defaults(handler=run)


def build_request(args: argparse.Namespace) -> tuple[PublishRequest, TsigKey | None]:
    """Validate everything (the key file included) before anything is sent."""
    if args.replace and args.delete:
        raise _Conflict(msg(REPLACE_WITH_DELETE))
    if args.address is not None and args.delete:
        raise _Conflict(msg(ADDRESS_WITH_DELETE))
    if (args.nameserver is None) == (args.via_dns_server is None):
        raise _Conflict(msg(ONE_SERVER))
    if args.read:
        raise _Conflict(msg(READ_NEEDS_DNS_SERVER))
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


def _mode(args: argparse.Namespace) -> PublishMode:
    if args.delete:
        return PublishMode.DELETE
    return PublishMode.REPLACE if args.replace else PublishMode.ADD


def build_server_request(args: argparse.Namespace) -> tuple[SrvPublication, str, PublishMode]:
    """--via-dns-server: the record, the DNS server's name, the mode (nothing is sent yet)."""
    if args.replace and args.delete:
        raise _Conflict(msg(REPLACE_WITH_DELETE))
    if args.nameserver is not None:
        raise _Conflict(msg(ONE_SERVER))
    for option, value in (("--tsig-key-file", args.tsig_key_file), ("--address", args.address)):
        if value is not None:
            raise _Conflict(msg(NOT_VIA_DNS_SERVER, option))
    record = srv_publication(
        args.domain,
        args.host,
        port=args.port,
        priority=args.priority,
        weight=args.weight,
        ttl=args.ttl,
    )
    server = parse_domain_name(args.via_dns_server, what="--via-dns-server")
    return record, server, _mode(args)


def run(args: argparse.Namespace) -> int:
    ensure_translations(getattr(args, "lang", None))
    if args.via_dns_server is not None:
        return run_via_dns_server(args)
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
        "remedies": None
        if report.status.succeeded
        else remedies_json(request.record, report.zone, _first_dc(report)),
        "active_directory": report.ad_zone,
        "domain_controllers": list(report.domain_controllers),
    }


def _first_dc(report: PublishReport) -> str | None:
    return report.domain_controllers[0] if report.ad_zone and report.domain_controllers else None


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
        for line in remedy_lines(request.record, report.zone, _first_dc(report)):
            say(line)


def _add_lab_domain_controller(world) -> None:
    from app.lab.domain_controller import add_domain_controller  # lab-only, loaded on demand

    add_domain_controller(world)


def run_via_dns_server(args: argparse.Namespace) -> int:
    """Change the record on a Windows DNS server with its own cmdlets, over WinRM."""
    try:
        record, server, mode = build_server_request(args)
    except DnsInputError as problem:
        return usage_error(args, problem)
    try:
        with open_transport(args, prepare_lab=_add_lab_domain_controller) as transport:
            target = transport.target_name(server)
            runner = transport.factory(target)
            try:
                service = DnsServerPublishService(runner, target, timeout=args.timeout)
                report = service.read(record) if args.read else service.publish(record, mode)
            except ExecutionError as error:
                return report_step_failure("dns-publish", target, error, as_json=args.json)
            finally:
                runner.close()
            reasons = _host_reasons(transport, record.host, args) if args.read else ()
            if isinstance(reasons, int):
                return reasons
    except TransportArgumentError as problem:
        say(problem.message, file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        document = server_report_json(report)
        if args.read:
            document["host_publishing"] = [
                {
                    "id": f.id,
                    "severity": f.severity.value,
                    "message": text_of(f.message),
                    "fix": text_of(f.fix) if f.fix else None,
                }
                for f in reasons
            ]
        emit_json(document)
    else:
        print_server_report(report)
        for finding in reasons:
            say(finding.message)
            if finding.fix is not None:
                say(msg(FIX, text_of(finding.fix)))
    blocked = any(f.severity.value == "blocker" for f in reasons)
    return EXIT_OK if report.status.succeeded and not blocked else EXIT_PROBLEMS


def _host_reasons(transport, host: str, args: argparse.Namespace):
    """Why the KMS host does or does not publish itself (read on the host), or an exit code."""
    from app.domain.catalog import default_catalog
    from app.services.host_setup.dns_publishing import DnsPublishingService

    target = transport.target_name(host)
    runner = transport.factory(target)
    try:
        service = DnsPublishingService(runner, default_catalog(), timeout=args.timeout)
        return service.publishing_reasons()
    except ExecutionError as error:
        return report_step_failure("dns-publish", target, error, as_json=args.json)
    finally:
        runner.close()


def _records_json(state: ServerZoneRecords | None) -> list[dict] | None:
    if state is None:
        return None
    return [
        {
            "target": r.target,
            "priority": r.priority,
            "weight": r.weight,
            "port": r.port,
            "ttl": r.ttl,
            "owner": r.owner,
        }
        for r in state.records
    ]


def server_report_json(report: ServerPublishReport) -> dict:
    fix = report.fix()
    state = report.after or report.before
    return {
        "ok": report.status.succeeded,
        "status": report.status.value,
        "mode": report.mode.value,
        "via_dns_server": report.server,
        "zone": report.zone,
        "ds_integrated": state.ds_integrated if state else None,
        "dynamic_update": state.dynamic_update if state else None,
        "record": {
            "name": report.record.owner,
            "type": "SRV",
            "ttl": report.record.ttl,
            "value": report.record.rdata,
        },
        "before": _records_json(report.before),
        "after": _records_json(report.after),
        "message": text_of(report.summary()),
        "fix": text_of(fix) if fix else None,
        "notes": [{"detail": text_of(d), "fix": text_of(f)} for d, f in report.notes()],
        "error": {"hresult": report.error_code, "message": report.error_text}
        if report.error_code
        else None,
    }


def _record_lines(state: ServerZoneRecords) -> list[str]:
    if not state.records:
        return ["    " + text_of(VIA_NONE)]
    return [
        "    " + text_of(msg(VIA_RECORD, r, r.owner or text_of(VIA_UNKNOWN_OWNER)))
        for r in state.records
    ]


def print_server_report(report: ServerPublishReport) -> None:
    state = report.after or report.before
    if state is not None:
        integrated = text_of(YES if state.ds_integrated else NO)
        say(msg(VIA_ZONE, state.zone, report.server, integrated, state.dynamic_update or "-"))
    if report.before is not None:
        reading = report.status is ServerPublishStatus.READ
        say(VIA_NOW if reading else VIA_BEFORE)
        for line in _record_lines(report.before):
            say(line)
    say(report.summary())
    if report.after is not None:
        say(VIA_NOW)
        for line in _record_lines(report.after):
            say(line)
    fix = report.fix()
    if fix is not None:
        say(msg(FIX, text_of(fix)))
    for detail, note_fix in report.notes():
        say(detail)
        say(msg(FIX, text_of(note_fix)))
