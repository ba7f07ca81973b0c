"""Text and JSON forms of DNS findings, raw answers and remedies (dns-check, dns-publish).

Not a sub-command: it has no ``register``. Human output is translated at print
time; JSON carries stable ids (check, severity, status) plus the messages in
the chosen language.
"""

from __future__ import annotations

from typing import Any

from app.commands.output import text_of
from app.domain.dns import Finding, RawAnswer, RawRecord, Severity, relative_name
from app.domain.dns_remedies import (
    SrvPublication,
    bind_zone_line,
    dns_manager_fields,
    powershell_command,
    publish_list_entry,
    publish_list_lines,
    publish_list_powershell,
)
from app.domain.text import QT_TRANSLATE_NOOP, msg

WHY = QT_TRANSLATE_NOOP("DnsOutput", "Why: %1")
FIX = QT_TRANSLATE_NOOP("DnsOutput", "Fix: %1")
RAW_TITLE = QT_TRANSLATE_NOOP(
    "DnsOutput", "What each server answered (as nslookup -type=srv would show it):"
)
SERVER_LINE = QT_TRANSLATE_NOOP("DnsOutput", "Server: %1 (%2), %3 ms")
ROLE_RESOLVER = QT_TRANSLATE_NOOP("DnsOutput", "resolver")
ROLE_AUTHORITATIVE = QT_TRANSLATE_NOOP("DnsOutput", "authoritative")
SRV_LOCATION = QT_TRANSLATE_NOOP("DnsOutput", "%1\tSRV service location:")
LABEL_PRIORITY = QT_TRANSLATE_NOOP("DnsOutput", "priority")
LABEL_WEIGHT = QT_TRANSLATE_NOOP("DnsOutput", "weight")
LABEL_PORT = QT_TRANSLATE_NOOP("DnsOutput", "port")
LABEL_TARGET = QT_TRANSLATE_NOOP("DnsOutput", "svr hostname")
LABEL_TTL = QT_TRANSLATE_NOOP("DnsOutput", "TTL")
FIELD_LINE = QT_TRANSLATE_NOOP("DnsOutput", "%1: %2")
REMEDY_TITLE = QT_TRANSLATE_NOOP("DnsOutput", "To publish the record by hand:")
REMEDY_DNS_MANAGER = QT_TRANSLATE_NOOP(
    "DnsOutput", "DNS Manager, zone %1 → Other New Records → Service Location (SRV):"
)
REMEDY_POWERSHELL = QT_TRANSLATE_NOOP("DnsOutput", "PowerShell on the Windows DNS server:")
REMEDY_BIND = QT_TRANSLATE_NOOP("DnsOutput", "BIND, in the zone file of %1:")
REMEDY_VIA_DNS_SERVER = QT_TRANSLATE_NOOP(
    "DnsOutput",
    "Active Directory zone: from this computer, on the domain controller's DNS server over "
    "WinRM (read back afterwards):",
)
REMEDY_PUBLISH_LIST = QT_TRANSLATE_NOOP(
    "DnsOutput",
    "Or let the KMS host publish itself in this domain too (registry value "
    "DnsDomainPublishList, REG_MULTI_SZ, one line “domain, priority, weight” per domain):",
)


def finding_lines(finding: Finding) -> list[str]:
    """``ERROR  srv-present  127.0.0.1:53  <detail>`` plus the why and fix lines."""
    width = max(len(text_of(s.label)) for s in Severity)
    severity = text_of(finding.severity.label)
    head = f"{severity:<{width}} {finding.check.value:<16} {text_of(finding.detail)}"
    lines = [head]
    if finding.fix is not None:
        indent = " " * (width + 1)
        lines.append(indent + text_of(msg(WHY, text_of(finding.explanation))))
        lines.append(indent + text_of(msg(FIX, text_of(finding.fix))))
    return lines


def finding_json(finding: Finding) -> dict[str, Any]:
    return {
        "check": finding.check.value,
        "severity": finding.severity.value,
        "server": finding.server,
        "detail": text_of(finding.detail),
        "explanation": text_of(finding.explanation),
        "fix": text_of(finding.fix) if finding.fix is not None else None,
    }


def answer_lines(answer: RawAnswer) -> list[str]:
    """One server's answer, laid out like ``nslookup -type=srv``."""
    role = text_of(ROLE_RESOLVER if answer.recursive else ROLE_AUTHORITATIVE)
    lines = [text_of(msg(SERVER_LINE, answer.server, role, f"{answer.elapsed_ms:g}"))]
    srv = answer.of_type("SRV")
    if not srv:
        problem = f" — {answer.problem}" if answer.problem else ""
        lines.append(f"    {text_of(answer.status.label)}{problem}")
        return lines
    width = max(
        len(text_of(t)) for t in (LABEL_PRIORITY, LABEL_WEIGHT, LABEL_PORT, LABEL_TARGET, LABEL_TTL)
    )
    for record in srv:
        lines.append("    " + text_of(msg(SRV_LOCATION, record.name)))
        for label, value in (
            (LABEL_PRIORITY, record.priority),
            (LABEL_WEIGHT, record.weight),
            (LABEL_PORT, record.port),
            (LABEL_TARGET, record.target),
            (LABEL_TTL, record.ttl),
        ):
            lines.append(f"          {text_of(label):<{width}} = {value}")
    return lines


def record_json(record: RawRecord) -> dict[str, Any]:
    document: dict[str, Any] = {
        "name": record.name,
        "type": record.rdtype,
        "ttl": record.ttl,
        "value": record.value,
    }
    if record.rdtype == "SRV":
        document.update(
            priority=record.priority, weight=record.weight, port=record.port, target=record.target
        )
    return document


def answer_json(answer: RawAnswer) -> dict[str, Any]:
    return {
        "server": str(answer.server),
        "role": answer.role,
        "qname": answer.qname,
        "type": answer.rdtype,
        "status": answer.status.value,
        "rcode": answer.rcode,
        "authoritative": answer.authoritative,
        "elapsed_ms": answer.elapsed_ms,
        "problem": answer.problem,
        "records": [record_json(r) for r in answer.records],
    }


def via_dns_server_command(record: SrvPublication, domain_controller: str) -> str:
    """``kms-wizard dns-publish … --via-dns-server DC`` (names validated by the record)."""
    extra = (
        ""
        if record.priority == record.weight == 0
        else (f" --priority {record.priority} --weight {record.weight}")
    )
    return (
        f"kms-wizard dns-publish --domain {record.domain} --host {record.host}"
        f" --port {record.port}{extra} --via-dns-server {domain_controller}"
    )


def remedy_lines(
    record: SrvPublication, zone: str | None, domain_controller: str | None = None
) -> list[str]:
    """Every manual way to create the record, ready to copy; with ``domain_controller``
    (the zone is Active Directory's) the wizard's own way on that DC first."""
    zone_name = relative_name(zone) if zone else record.domain
    lines = [text_of(REMEDY_TITLE)]
    if domain_controller:
        lines.append("  " + text_of(REMEDY_VIA_DNS_SERVER))
        lines.append("      " + via_dns_server_command(record, domain_controller))
    lines.append("  " + text_of(msg(REMEDY_DNS_MANAGER, zone_name)))
    for label, value in dns_manager_fields(record):
        lines.append("      " + text_of(msg(FIELD_LINE, text_of(label), value)))
    lines.append("  " + text_of(REMEDY_POWERSHELL))
    lines.append("      " + powershell_command(record, zone_name))
    lines.append("  " + text_of(msg(REMEDY_BIND, zone_name)))
    lines.append("      " + bind_zone_line(record, zone_name))
    lines.append("  " + text_of(REMEDY_PUBLISH_LIST))
    entries = [publish_list_entry(record.domain, record.priority, record.weight)]
    lines.extend("      " + line for line in publish_list_lines(entries))
    lines.append("      " + publish_list_powershell(entries))
    return lines


def remedies_json(
    record: SrvPublication, zone: str | None, domain_controller: str | None = None
) -> dict[str, Any]:
    zone_name = relative_name(zone) if zone else record.domain
    entries = [publish_list_entry(record.domain, record.priority, record.weight)]
    return {
        "via_dns_server": via_dns_server_command(record, domain_controller)
        if domain_controller
        else None,
        "zone": zone_name,
        "dns_manager": {
            "service": "_VLMCS",
            "protocol": "_TCP",
            "priority": record.priority,
            "weight": record.weight,
            "port": record.port,
            "host": record.host,
        },
        "powershell": powershell_command(record, zone_name),
        "bind": bind_zone_line(record, zone_name),
        "dns_domain_publish_list": publish_list_lines(entries),
        "dns_domain_publish_list_powershell": publish_list_powershell(entries),
    }
