"""The detail pane of one scanned host: every product, and each error explained with its fix.

For a host that answered: its OS, the KMS host it uses, its client machine ID,
then every licensed product (Windows and each Office product) with its channel,
status and what that status means, the time left, the key (masked) and — when
the machine reports a reason code — the code, its meaning, cause and fix. For a
host that did not answer: why, and what to do about it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.domain.hresults import describe
from app.domain.scan_results import HostResult, ScannedProduct, clock_skew
from app.i18n import render, render_text
from app.i18n.formats import format_datetime
from app.ui.messages import ErrorReport, Level, fill, hresult_report
from app.ui.widgets.results_model import days_text, kms_host_text, os_text


class HostDetail(QTextBrowser):
    """Shows one :class:`HostResult` (or a hint to pick a row)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self._result: HostResult | None = None
        self._kms_host: HostResult | None = None
        self.setObjectName("hostDetail")
        self.show_result(None)

    @property
    def result(self) -> HostResult | None:
        return self._result

    def show_result(self, result: HostResult | None, kms_host: HostResult | None = None) -> None:
        """Show ``result``; ``kms_host`` is its KMS host's result when the scan read it."""
        self._result = result
        self._kms_host = kms_host
        self.setHtml(detail_html(result, kms_host))

    def retranslate(self) -> None:
        self.show_result(self._result, self._kms_host)


def _row(label: str, value: str) -> str:
    return (
        f"<tr><td style='color:#5f6b7a;padding-right:8px'>{escape(label)}</td><td>{value}</td></tr>"
    )


def _error_html(report: ErrorReport, colour: str) -> str:
    parts = [f"<b style='color:{colour}'>{escape(report.summary)}</b>"]
    if report.code:
        parts.append(f"<b>{escape(report.code)}</b>: {escape(report.meaning)}")
    for line in (report.cause, report.fix, report.hint):
        if line:
            parts.append(escape(line))
    return "<p>" + "<br>".join(parts) + "</p>"


def _product_html(product: ScannedProduct, result: HostResult) -> str:
    state = product.state
    rows = [
        _row(
            QCoreApplication.translate("HostDetail", "Channel"),
            escape(render_text(state.channel.label)),
        ),
        _row(
            QCoreApplication.translate("HostDetail", "Status"),
            f"{escape(render_text(state.status.label))}<br>"
            f"<span style='color:#5f6b7a'>{escape(render_text(state.status.explanation))}</span>",
        ),
    ]
    if state.grace.expires:
        ends = product.expires_at(result.read_at)
        rows.append(
            _row(
                QCoreApplication.translate("HostDetail", "Time left"),
                escape(
                    fill(
                        QCoreApplication.translate("HostDetail", "%1, until %2"),
                        days_text(state.grace.minutes),
                        format_datetime(ends) if ends else "",
                    )
                ),
            )
        )
    if state.masked_key:
        rows.append(
            _row(QCoreApplication.translate("HostDetail", "Product key"), escape(state.masked_key))
        )
    if state.kms_host is not None:
        rows.append(
            _row(
                QCoreApplication.translate("HostDetail", "KMS host (set)"),
                escape(state.kms_host.display),
            )
        )
    elif state.discovered_kms_host is not None:
        rows.append(
            _row(
                QCoreApplication.translate("HostDetail", "KMS host (DNS)"),
                escape(state.discovered_kms_host.display),
            )
        )
    title = f"<h4 style='margin-bottom:2px'>{escape(product.edition)}</h4>"
    html = f"{title}<table>{''.join(rows)}</table>"
    reason = state.reason
    if reason is not None:
        summary = fill(
            QCoreApplication.translate("HostDetail", "The machine reports %1."), reason.hex
        )
        # LicenseStatusReason is often informational (0x4004F00C: in grace): not an error.
        colour = Level.WARNING.colour if reason.is_error else "#5f6b7a"
        html += _error_html(hresult_report(summary, reason), colour)
    return html


def _activation_html(result: HostResult) -> str:
    """The last KMS request (events 12288/12289): when, to which host, and its error explained."""
    attempt = result.attempt
    if attempt is None:
        return ""
    host = attempt.host or QCoreApplication.translate("HostDetail", "no KMS host found")
    when = format_datetime(attempt.time) if attempt.time is not None else ""
    row = _row(
        QCoreApplication.translate("HostDetail", "Last KMS request"),
        escape(fill(QCoreApplication.translate("HostDetail", "%1, to %2"), when, host)),
    )
    html = f"<table>{row}</table>"
    if attempt.failed:
        info = describe(attempt.error)
        summary = fill(
            QCoreApplication.translate(
                "HostDetail", "The last activation request failed with %1 (the machine's events)."
            ),
            info.hex,
        )
        html += _error_html(hresult_report(summary, info), Level.ERROR.colour)
    return html


def _clock_html(result: HostResult, kms_host: HostResult | None) -> str:
    """The machine's clock against its KMS host's (or this computer's), with the fix."""
    skew = clock_skew(result, kms_host)
    if skew is None:
        return ""
    minutes = round(abs(skew.skew).total_seconds() / 60)
    amount = fill(
        QCoreApplication.translate("HostDetail", "%1 h %2 min"), minutes // 60, minutes % 60
    )
    if skew.reference:
        template = (
            QCoreApplication.translate("HostDetail", "%1 ahead of the KMS host %2")
            if skew.skew.total_seconds() >= 0
            else QCoreApplication.translate("HostDetail", "%1 behind the KMS host %2")
        )
    else:
        template = (
            QCoreApplication.translate("HostDetail", "%1 ahead of this computer")
            if skew.skew.total_seconds() >= 0
            else QCoreApplication.translate("HostDetail", "%1 behind this computer")
        )
    text = fill(template, amount, skew.reference)
    html = f"<table>{_row(QCoreApplication.translate('HostDetail', 'Clock'), escape(text))}</table>"
    if skew.too_far:
        report = ErrorReport(
            QCoreApplication.translate(
                "HostDetail",
                "The clock is more than 4 hours off: a KMS host refuses the request (0xC004F06C).",
            ),
            QCoreApplication.translate(
                "HostDetail",
                "Set the time and time zone right, or let the machine take its time from the "
                "domain (w32tm /resync), then activate again.",
            ),
        )
        html += _error_html(report, Level.ERROR.colour)
    return html


def detail_html(result: HostResult | None, kms_host: HostResult | None = None) -> str:
    """The pane's HTML for ``result`` (None: the hint to choose a host).

    ``kms_host``: the result of the KMS host the machine uses, when the same scan
    read it (its clock is the reference for the clock check).
    """
    if result is None:
        return (
            "<p style='color:#5f6b7a'>"
            + escape(
                QCoreApplication.translate(
                    "HostDetail", "Choose a host in the table to see every product and error."
                )
            )
            + "</p>"
        )
    parts = [f"<h3 style='margin-bottom:2px'>{escape(result.host)}</h3>"]
    if not result.reachable:
        error = result.error
        hint = result.error_hint
        summary = render(error) if error is not None else render_text(result.outcome.label)
        report = ErrorReport(summary, render(hint) if hint is not None else "")
        if result.hresult is not None:
            report = hresult_report(summary, describe(result.hresult), report.hint)
        parts.append(_error_html(report, Level.ERROR.colour))
        return "".join(parts)
    rows = []
    if os_text(result):
        rows.append(
            _row(
                QCoreApplication.translate("HostDetail", "Operating system"),
                escape(os_text(result)),
            )
        )
    kms = kms_host_text(result)
    rows.append(
        _row(
            QCoreApplication.translate("HostDetail", "KMS host"),
            escape(
                kms or QCoreApplication.translate("HostDetail", "none set, none found through DNS")
            ),
        )
    )
    if result.cmid:
        rows.append(
            _row(QCoreApplication.translate("HostDetail", "Client machine ID"), escape(result.cmid))
        )
    rows.append(
        _row(
            QCoreApplication.translate("HostDetail", "Read at"),
            escape(format_datetime(result.read_at)),  # this computer's time zone and format
        )
    )
    parts.append(f"<table>{''.join(rows)}</table>")
    parts.append(_activation_html(result))
    parts.append(_clock_html(result, kms_host))
    if not result.products:
        parts.append(
            "<p>"
            + escape(
                QCoreApplication.translate("HostDetail", "No product holds a key on this machine.")
            )
            + "</p>"
        )
    for product in result.products:
        parts.append(_product_html(product, result))
    return "".join(parts)
