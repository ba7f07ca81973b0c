"""The reports of a wizard run: the clients' state and each conversion run, still translatable.

The wizard's summary page exports what it knows at the end — every host's
latest state (its scan, updated by the verification of any conversion) and
each conversion run of this session — as :class:`~app.domain.report_model.Report`
values. The caller renders them in the user's language and writes them as
HTML, CSV and JSON; nothing here can hold a secret (keys masked, MAKs named by
their keyring label only).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from app.domain.conversion import ConversionDirection
from app.domain.hresults import format_hresult
from app.domain.report_model import Bar, Cell, Chart, Report, build_scan_report, conversion_report
from app.domain.scan_results import HostResult, result_to_record, summarise
from app.domain.text import QT_TRANSLATE_NOOP, Message, Text, msg
from app.services.fleet_convert import ConversionReport, HostConversion

HOST_OK = QT_TRANSLATE_NOOP("ConvertCommand", "converted")
HOST_FAILED = QT_TRANSLATE_NOOP("ConvertCommand", "not fully converted")
HOST_PENDING = QT_TRANSLATE_NOOP("ConvertCommand", "converted, activation pending")
SUMMARY_CONVERTED = QT_TRANSLATE_NOOP("ConvertCommand", "Hosts converted")
SUMMARY_PENDING = QT_TRANSLATE_NOOP("ConvertCommand", "Activation pending")
SUMMARY_FAILED = QT_TRANSLATE_NOOP("ConvertCommand", "Hosts with problems")
CHART_TITLE = QT_TRANSLATE_NOOP("ConvertCommand", "Hosts by result")
RESUMED = QT_TRANSLATE_NOOP("FleetReport", "This run was resumed after an interruption.")
CANCELLED = QT_TRANSLATE_NOOP(
    "FleetReport", "This run was cancelled; the hosts not started were left as they were."
)


def host_state(host: HostConversion) -> Text:
    """Converted, converted with the activation pending, or not fully converted."""
    if host.failed:
        return HOST_FAILED
    return HOST_PENDING if host.pending else HOST_OK


def conversion_counts(report: ConversionReport) -> tuple[int, int, int]:
    """(converted, activation pending, with problems) hosts of a run."""
    converted = sum(1 for h in report.hosts if not h.failed and not h.pending and h.steps)
    pending = sum(1 for h in report.hosts if h.pending and not h.failed)
    failed = sum(1 for h in report.hosts if h.failed)
    return converted, pending, failed


def clients_report(
    results: Sequence[HostResult], generated: datetime, expiring_days: int
) -> Report:
    """Every host's latest known state, with the summary and charts of a scan report."""
    summary = summarise(results, expiring_days)
    data = {
        "summary": summary.as_dict(),
        "hosts": [result_to_record(r) for r in results],
    }
    return build_scan_report(results, summary, generated, data=data)


def conversion_rows(report: ConversionReport) -> list[tuple[Cell, ...]]:
    """One row per product after the run (one per host when it could not be read)."""
    rows: list[tuple[Cell, ...]] = []
    for host in report.hosts:
        steps = "; ".join(
            f"{s.operation}: {s.state.value}"
            + (f" {format_hresult(s.hresult)}" if s.hresult is not None else "")
            for s in host.steps
        )
        state: Cell = host.problem if host.problem is not None else host_state(host)
        if host.after is None or not host.after.products:
            rows.append((host.host, "", "", "", "", steps, state))
            continue
        for product in host.after.products:
            rows.append(
                (
                    host.host,
                    product.edition,
                    product.state.channel.label,
                    product.state.status.label,
                    product.state.masked_key,
                    steps,
                    state,
                )
            )
    return rows


def run_data(report: ConversionReport) -> dict[str, Any]:
    """The language-independent JSON part of a run's report."""
    return {
        "run_id": report.run_id,
        "direction": report.target.direction.value,
        "resumed": report.resumed,
        "cancelled": report.cancelled,
        "finished": report.finished,
        "hosts": [
            {
                "host": h.host,
                "result": "failed" if h.failed else "pending" if h.pending else "converted",
                "steps": [
                    {
                        "seq": s.seq,
                        "operation": s.operation,
                        "state": s.state.value,
                        "hresult": format_hresult(s.hresult) if s.hresult is not None else None,
                    }
                    for s in h.steps
                ],
                "after": result_to_record(h.after) if h.after is not None else None,
            }
            for h in report.hosts
        ],
    }


def run_report(report: ConversionReport, generated: datetime) -> Report:
    """The report of one conversion run."""
    converted, pending, failed = conversion_counts(report)
    summary: list[tuple[Message, int]] = [
        (msg(SUMMARY_CONVERTED), converted),
        (msg(SUMMARY_PENDING), pending),
        (msg(SUMMARY_FAILED), failed),
    ]
    chart = Chart(
        CHART_TITLE,
        (
            Bar(SUMMARY_CONVERTED, converted, "ok"),
            Bar(SUMMARY_PENDING, pending, "warn"),
            Bar(SUMMARY_FAILED, failed, "bad"),
        ),
    )
    notes = []
    if report.resumed:
        notes.append(msg(RESUMED))
    if report.cancelled:
        notes.append(msg(CANCELLED))
    return conversion_report(
        report.run_id,
        report.target.direction is ConversionDirection.TO_KMS,
        conversion_rows(report),
        summary,
        (chart,),
        generated,
        notes=notes,
        data={"run": run_data(report)},
    )
