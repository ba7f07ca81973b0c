"""``kms-wizard dns-check``: will KMS clients find the host through DNS?

    kms-wizard dns-check --domain D [--nameserver IP[:PORT]]... [--dns-port P]
                         [--host FQDN] [--port N] [--timeout S] [--json]

Exit codes: 0 no error finding (warnings allowed), 1 at least one error,
2 bad input (nothing was sent).
"""

from __future__ import annotations

import argparse
import sys

from app.adapters.dns_resolver import DnspythonResolver
from app.adapters.tcp_probe import SocketTcpProbe
from app.commands.dns_render import (
    RAW_TITLE,
    answer_json,
    answer_lines,
    finding_json,
    finding_lines,
    remedies_json,
    remedy_lines,
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
from app.domain.dns import (
    DEFAULT_BUDGET_S,
    DEFAULT_DNS_PORT,
    DEFAULT_KMS_PORT,
    CheckId,
    DnsCheckReport,
    DnsCheckRequest,
    Severity,
)
from app.domain.dns_ad_zone import domain_controllers, is_ad_zone
from app.domain.dns_evaluation.view import CheckView
from app.domain.dns_input import (
    DnsInputError,
    parse_domain_name,
    parse_host_name,
    parse_nameserver,
    parse_port,
    parse_timeout,
)
from app.domain.dns_remedies import SrvPublication, srv_publication
from app.domain.text import QT_TRANSLATE_NOOP, msg
from app.services.dns_check import DnsCheckService

HEADER = QT_TRANSLATE_NOOP("DnsCheckCommand", "Checking %1 (time budget %2 s).")
HEADER_HOST = QT_TRANSLATE_NOOP(
    "DnsCheckCommand", "Checking %1 for the KMS host %2, port %3 (time budget %4 s)."
)
SUMMARY = QT_TRANSLATE_NOOP(
    "DnsCheckCommand", "Result: %1 OK, %2 warning(s), %3 error(s), in %4 s."
)

# Errors in these checks mean the record itself must be created or corrected.
_RECORD_CHECKS = {
    CheckId.SRV_PRESENT,
    CheckId.SRV_CONSISTENT,
    CheckId.EXPECTED_HOST,
    CheckId.PORT,
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "dns-check",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "verify the _vlmcs._tcp SRV record clients use to find the KMS host"
        ),
        description=QT_TRANSLATE_NOOP(
            "CommandLine",
            "Ask the resolvers and every authoritative server of the zone for "
            "_vlmcs._tcp.DOMAIN, check targets, addresses, port and TCP reachability.",
        ),
    )
    parser.add_argument(
        "--domain",
        required=True,
        help=QT_TRANSLATE_NOOP("CommandLine", "the DNS domain of the KMS clients"),
    )
    parser.add_argument(
        "--nameserver",
        action="append",
        default=[],
        metavar="IP[:PORT]",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "DNS server to start from, instead of this computer's resolvers (repeatable)",
        ),
    )
    parser.add_argument(
        "--dns-port",
        default=str(DEFAULT_DNS_PORT),
        metavar="P",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "port for querying the zone's authoritative servers (default 53)"
        ),
    )
    parser.add_argument(
        "--host",
        metavar="FQDN",
        help=QT_TRANSLATE_NOOP("CommandLine", "the KMS host that should be published"),
    )
    parser.add_argument(
        "--port",
        default=str(DEFAULT_KMS_PORT),
        metavar="N",
        help=QT_TRANSLATE_NOOP("CommandLine", "the port the KMS host listens on (default 1688)"),
    )
    parser.add_argument(
        "--timeout",
        default=f"{DEFAULT_BUDGET_S:g}",
        metavar="S",
        help=QT_TRANSLATE_NOOP("CommandLine", "total time budget in seconds (default 3)"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "print one JSON document"),
    )
    parser.set_defaults(handler=run)


def build_request(args: argparse.Namespace) -> DnsCheckRequest:
    """Validate every argument; raises DnsInputError with a translatable message."""
    dns_port = parse_port(args.dns_port, what="--dns-port")
    return DnsCheckRequest(
        domain=parse_domain_name(args.domain),
        nameservers=tuple(parse_nameserver(ns) for ns in args.nameserver),
        dns_port=dns_port,
        host=parse_host_name(args.host) if args.host is not None else None,
        port=parse_port(args.port),
        timeout=parse_timeout(args.timeout),
    )


def run(args: argparse.Namespace) -> int:
    ensure_translations(getattr(args, "lang", None))
    try:
        request = build_request(args)
    except DnsInputError as problem:
        return usage_error(args, problem)
    service = DnsCheckService(DnspythonResolver(), SocketTcpProbe())
    report = service.run(request)
    record = _record_for(request)
    if args.json:
        emit_json(report_json(report, record))
    else:
        print_report(report, record)
    return EXIT_PROBLEMS if report.has_errors else EXIT_OK


def usage_error(args: argparse.Namespace, problem: DnsInputError) -> int:
    """Bad input: say so (stderr, and a JSON document when asked), send nothing."""
    text = text_of(problem.message)
    if getattr(args, "json", False):
        emit_json({"ok": False, "usage_error": text})
    say(text, file=sys.stderr)
    return EXIT_USAGE


def _record_for(request: DnsCheckRequest) -> SrvPublication | None:
    if not request.host:
        return None
    return srv_publication(request.domain, request.host, port=request.port)


def _first_dc(report: DnsCheckReport) -> str | None:
    """A domain controller of the zone when it is Active Directory's (for the remedies)."""
    found = domain_controllers(report.observations.ad_marker)
    return found[0] if found else None


def needs_record(report: DnsCheckReport) -> bool:
    """The record must be created or corrected: some server answered, and a record check
    failed. When no server answered, nobody knows (report §4, E3): no publishing remedies."""
    if not CheckView(report.observations).record_known():
        return False
    return any(f.severity is Severity.ERROR and f.check in _RECORD_CHECKS for f in report.findings)


def report_json(report: DnsCheckReport, record: SrvPublication | None) -> dict:
    request = report.request
    obs = report.observations
    return {
        "ok": not report.has_errors,
        "domain": request.domain,
        "qname": request.qname,
        "zone": report.zone,
        "host": request.host,
        "port": request.port,
        "budget_s": request.timeout,
        "elapsed_s": report.elapsed_s,
        "summary": {s.value: report.count(s) for s in Severity},
        "findings": [finding_json(f) for f in report.findings],
        "answers": [answer_json(a) for a in report.raw_answers()],
        "targets": [
            {
                "name": t.name,
                "addresses": list(t.addresses),
                "status": t.status.value,
                "alias_of": t.alias_of,
            }
            for t in obs.targets
        ],
        "host_addresses": list(obs.host.addresses) if obs.host else None,
        "probes": [
            {
                "target": p.target,
                "address": p.address,
                "port": p.port,
                "status": p.status.value,
                "elapsed_ms": p.elapsed_ms,
            }
            for p in obs.probes
        ],
        "remedies": remedies_json(record, report.zone, _first_dc(report)) if record else None,
        "active_directory": is_ad_zone(obs.ad_marker),
        "domain_controllers": list(domain_controllers(obs.ad_marker)),
    }


def print_report(report: DnsCheckReport, record: SrvPublication | None) -> None:
    request = report.request
    budget = f"{request.timeout:g}"
    if request.host:
        say(msg(HEADER_HOST, request.qname, request.host, request.port, budget))
    else:
        say(msg(HEADER, request.qname, budget))
    say("")
    for finding in report.findings:
        for line in finding_lines(finding):
            say(line)
    answers = report.raw_answers()
    if answers:
        say("")
        say(RAW_TITLE)
        for answer in answers:
            for line in answer_lines(answer):
                say("  " + line)
    if record is not None and needs_record(report):
        say("")
        for line in remedy_lines(record, report.zone, _first_dc(report)):
            say(line)
    say("")
    say(
        msg(
            SUMMARY,
            report.count(Severity.OK),
            report.count(Severity.WARNING),
            report.count(Severity.ERROR),
            f"{report.elapsed_s:g}",
        )
    )
