"""The typed results of the host-setup steps as JSON (``kms-wizard host STEP --json``).

Not a sub-command (no ``register``). Messages are rendered in the chosen
language; ids, severities and outcomes stay stable English ids; product keys
appear masked only (a :class:`ProductKey` is never revealed here). Catalog
objects are shortened to their id and name.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import datetime, timedelta
from enum import Enum
from typing import Any

from app.commands.dns_render import answer_json, finding_json
from app.commands.output import text_of
from app.domain.catalog import Edition, KeyGroup, OsVersion
from app.domain.dns import DnsCheckReport, TcpProbeResult
from app.domain.dns import Finding as DnsFinding
from app.domain.hresults import HResultInfo
from app.domain.keys import ProductKey
from app.domain.licensing import Grace, KmsEndpoint, ProductState
from app.domain.text import Message, Text
from app.services.host_setup.findings import Finding


def to_json(value: Any) -> Any:
    """Any step result (or part of one) as JSON-ready data."""
    converter = _CONVERTERS.get(type(value))
    if converter is not None:
        return converter(value)
    if isinstance(value, Message | Text):
        return text_of(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_json(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "id": finding.id,
        "severity": finding.severity.value,
        "message": text_of(finding.message),
        "fix": text_of(finding.fix) if finding.fix is not None else None,
    }


def _group(group: KeyGroup) -> dict[str, Any]:
    return {
        "id": group.id,
        "name": text_of(group.name),
        "office_activation_id": (group.office_activation_id or "").lower() or None,
        "office_pack": group.office_pack,
        "office_pack_url": group.office_pack_url,
    }


def _edition(edition: Edition) -> dict[str, Any]:
    return {"id": edition.id, "name": edition.name}


def _os_version(version: OsVersion) -> dict[str, Any]:
    return {"id": version.id, "name": version.name}


def _product(product: ProductState) -> dict[str, Any]:
    return {
        "activation_id": product.activation_id,
        "application_id": product.application_id,
        "name": product.name,
        "description": product.description,
        "channel": product.channel.value,
        "license_status": int(product.status),
        "license_status_text": text_of(product.status.label),
        "status_reason": f"0x{product.status_reason:08X}",
        "grace_minutes": product.grace.minutes,
        "key": product.masked_key,
        "kms_host": product.kms_host.display if product.kms_host else None,
        "discovered_kms_host": (
            product.discovered_kms_host.display if product.discovered_kms_host else None
        ),
        "office_version": product.office_version or None,
    }


def _hresult(info: HResultInfo) -> dict[str, Any]:
    return {
        "hresult": info.hex,
        "symbol": info.symbol or None,
        "meaning": text_of(info.meaning),
        "cause": text_of(info.cause),
        "fix": text_of(info.fix),
    }


def _probe(result: TcpProbeResult) -> dict[str, Any]:
    return {
        "address": result.address,
        "port": result.port,
        "status": result.status.value,
        "elapsed_ms": result.elapsed_ms,
    }


def _dns_report(report: DnsCheckReport) -> dict[str, Any]:
    return {
        "domain": report.request.domain,
        "zone": report.zone,
        "ok": not report.has_errors,
        "findings": [finding_json(f) for f in report.findings],
        "answers": [answer_json(a) for a in report.raw_answers()],
        "probes": [_probe(p) for p in report.observations.probes],
        "elapsed_s": report.elapsed_s,
    }


_CONVERTERS: dict[type, Any] = {
    Finding: _finding,
    DnsFinding: finding_json,
    KeyGroup: _group,
    Edition: _edition,
    OsVersion: _os_version,
    ProductState: _product,
    HResultInfo: _hresult,
    TcpProbeResult: _probe,
    DnsCheckReport: _dns_report,
    ProductKey: lambda key: key.masked,
    Grace: lambda grace: grace.minutes,
    KmsEndpoint: lambda endpoint: endpoint.display,
}
