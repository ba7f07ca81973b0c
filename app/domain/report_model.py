"""What a fleet report says: title, summary, charts and one table, still translatable.

Scan and conversion reports share one shape, :class:`Report`, whose texts are
:class:`~app.domain.text.Message`/:class:`~app.domain.text.Text` values (or
plain data such as host names). :func:`render_report` turns it into plain
strings in the user's language with whatever renderer the caller has (the CLI
and the GUI pass ``app.i18n.render``), and ``app.domain.report_html`` plus the
report-file adapter write that out as CSV, JSON and HTML.

Nothing here can carry a secret: product keys appear only masked
(``XXXXX-XXXXX-XXXXX-XXXXX-ABCDE``, from the last five characters a machine
reports), and conversion rows name a MAK only by its keyring label.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from app.domain.hresults import describe, format_hresult
from app.domain.licensing import LicenseStatus
from app.domain.scan_results import HostOutcome, HostResult, ScannedProduct, ScanSummary
from app.domain.text import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, Message, Text, msg

Cell = str | int | Text | Message
Renderer = Callable[[Message], str]

SCAN_TITLE = QT_TRANSLATE_N_NOOP("FleetReport", "Licensing scan of %n host(s)", None, 0)
CONVERSION_TITLE = QT_TRANSLATE_NOOP("FleetReport", "Conversion run %1 (%2)")
GENERATED = QT_TRANSLATE_NOOP("FleetReport", "Generated %1 (UTC)")
TO_KMS = QT_TRANSLATE_NOOP("FleetReport", "MAK to KMS")
TO_MAK = QT_TRANSLATE_NOOP("FleetReport", "KMS to MAK")
CHART_PRODUCTS = QT_TRANSLATE_NOOP("FleetReport", "Products by license status")
CHART_HOSTS = QT_TRANSLATE_NOOP("FleetReport", "Hosts by scan outcome")
CHART_CHANNELS = QT_TRANSLATE_NOOP("FleetReport", "Products by channel")
DAYS = QT_TRANSLATE_N_NOOP("FleetReport", "%n day(s)", None, 0)
WINDOWS = QT_TRANSLATE_NOOP("FleetReport", "Windows")
OFFICE = QT_TRANSLATE_NOOP("FleetReport", "Office")
OTHER = QT_TRANSLATE_NOOP("FleetReport", "Other")
DNS_DISCOVERY = QT_TRANSLATE_NOOP("FleetReport", "found through DNS: %1")
NO_KMS_HOST = QT_TRANSLATE_NOOP("FleetReport", "none found")
ERROR_CELL = QT_TRANSLATE_NOOP("FleetReport", "%1 %2: %3")

HEADERS_SCAN: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP("FleetReport", "Host"),
    QT_TRANSLATE_NOOP("FleetReport", "Scan outcome"),
    QT_TRANSLATE_NOOP("FleetReport", "Operating system"),
    QT_TRANSLATE_NOOP("FleetReport", "Product"),
    QT_TRANSLATE_NOOP("FleetReport", "Kind"),
    QT_TRANSLATE_NOOP("FleetReport", "Channel"),
    QT_TRANSLATE_NOOP("FleetReport", "License status"),
    QT_TRANSLATE_NOOP("FleetReport", "Time left"),
    QT_TRANSLATE_NOOP("FleetReport", "Expires (UTC)"),
    QT_TRANSLATE_NOOP("FleetReport", "KMS host"),
    QT_TRANSLATE_NOOP("FleetReport", "Product key"),
    QT_TRANSLATE_NOOP("FleetReport", "Last error"),
)

HEADERS_CONVERSION: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP("FleetReport", "Host"),
    QT_TRANSLATE_NOOP("FleetReport", "Product"),
    QT_TRANSLATE_NOOP("FleetReport", "Channel"),
    QT_TRANSLATE_NOOP("FleetReport", "License status"),
    QT_TRANSLATE_NOOP("FleetReport", "Product key"),
    QT_TRANSLATE_NOOP("FleetReport", "Steps"),
    QT_TRANSLATE_NOOP("FleetReport", "Result"),
)

SUMMARY_LABELS: dict[str, Text] = {
    "hosts": QT_TRANSLATE_NOOP("FleetReport", "Hosts"),
    "scanned": QT_TRANSLATE_NOOP("FleetReport", "Scanned"),
    "unreachable": QT_TRANSLATE_NOOP("FleetReport", "Unreachable"),
    "credentials": QT_TRANSLATE_NOOP("FleetReport", "Credentials refused"),
    "failed": QT_TRANSLATE_NOOP("FleetReport", "Failed"),
    "not_scanned": QT_TRANSLATE_NOOP("FleetReport", "Not scanned (cancelled)"),
    "products": QT_TRANSLATE_NOOP("FleetReport", "Products"),
    "kms_clients": QT_TRANSLATE_NOOP("FleetReport", "KMS clients"),
    "mak": QT_TRANSLATE_NOOP("FleetReport", "MAK"),
    "retail": QT_TRANSLATE_NOOP("FleetReport", "Retail or OEM"),
    "kms_hosts": QT_TRANSLATE_NOOP("FleetReport", "KMS hosts"),
    "licensed": QT_TRANSLATE_NOOP("FleetReport", "Licensed"),
    "unlicensed": QT_TRANSLATE_NOOP("FleetReport", "Unlicensed"),
    "in_grace": QT_TRANSLATE_NOOP("FleetReport", "In grace period"),
    "expiring": QT_TRANSLATE_N_NOOP("FleetReport", "Ending within %n day(s)", None, 0),
}
DUPLICATE_CMID = QT_TRANSLATE_NOOP(
    "FleetReport",
    "Duplicate client machine ID %1 on %2: the KMS host counts these machines once (clones "
    "not prepared with sysprep /generalize).",
)


@dataclass(frozen=True)
class Bar:
    """One bar of a chart; ``tone`` is a CSS class (ok, warn, bad, info)."""

    label: Text
    value: int
    tone: str


@dataclass(frozen=True)
class Chart:
    title: Text
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class Report:
    """A report before translation."""

    title: Message
    generated: datetime
    summary: tuple[tuple[Message, int], ...]
    notes: tuple[Message, ...]
    charts: tuple[Chart, ...]
    headers: tuple[Text, ...]
    rows: tuple[tuple[Cell, ...], ...]
    kind: str = "scan"  # "scan" or "conversion"
    data: dict = field(default_factory=dict)  # the language-independent JSON part


@dataclass(frozen=True)
class RenderedReport:
    """A report in plain strings, ready to be written."""

    title: str
    generated: str
    summary: tuple[tuple[str, int], ...]
    notes: tuple[str, ...]
    charts: tuple[tuple[str, tuple[tuple[str, int, str], ...]], ...]
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    kind: str
    data: dict


def render_deep(message: Message, render: Renderer) -> str:
    """Render ``message`` whose arguments may themselves be messages or texts."""
    args = tuple(
        render_deep(a, render)
        if isinstance(a, Message)
        else render(msg(a))
        if isinstance(a, Text)
        else a
        for a in message.args
    )
    return render(Message(message.text, args, message.n))


def render_report(report: Report, render: Renderer) -> RenderedReport:
    """Translate every text of ``report`` with ``render``."""

    def cell(value: Cell) -> str:
        if isinstance(value, Message):
            return render_deep(value, render)
        if isinstance(value, Text):
            return render(msg(value))
        return str(value)

    return RenderedReport(
        title=cell(report.title),
        generated=render(msg(GENERATED, report.generated.strftime("%Y-%m-%d %H:%M"))),
        summary=tuple((cell(label), value) for label, value in report.summary),
        notes=tuple(cell(note) for note in report.notes),
        charts=tuple(
            (cell(chart.title), tuple((cell(b.label), b.value, b.tone) for b in chart.bars))
            for chart in report.charts
        ),
        headers=tuple(cell(h) for h in report.headers),
        rows=tuple(tuple(cell(c) for c in row) for row in report.rows),
        kind=report.kind,
        data=report.data,
    )


# --- scan reports ------------------------------------------------------------------------


def _kind(product: ScannedProduct) -> Text:
    if product.is_windows:
        return WINDOWS
    return OFFICE if product.is_office else OTHER


def _kms_cell(result: HostResult, product: ScannedProduct) -> Cell:
    state = product.state
    explicit = state.kms_host or result.kms_host
    if explicit is not None:
        return explicit.display
    found = state.discovered_kms_host or result.discovered
    if found is not None:
        return msg(DNS_DISCOVERY, found.display)
    return NO_KMS_HOST if state.channel.value == "kms-client" else ""


def _error_cell(code: int) -> Cell:
    if not code:
        return ""
    info = describe(code)
    return msg(ERROR_CELL, format_hresult(code), info.symbol, info.meaning)


def _os_cell(result: HostResult) -> str:
    """The caption when ``inspect`` gave it, else the edition and the version the scan read."""
    if result.os.caption:
        return result.os.caption
    windows = result.windows
    name = windows.edition if windows is not None else ""
    return f"{name} ({result.os.version})" if name and result.os.version else result.os.version


def scan_rows(results: Iterable[HostResult]) -> list[tuple[Cell, ...]]:
    """One row per product (Windows and each Office product), one per unreadable host."""
    rows: list[tuple[Cell, ...]] = []
    for result in results:
        if not result.reachable:
            error = result.error
            rows.append(
                (
                    result.host,
                    result.outcome.label,
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    error if error is not None else "",
                )
            )
            continue
        for product in result.products:
            state = product.state
            expires = product.expires_at(result.read_at)
            rows.append(
                (
                    result.host,
                    result.outcome.label,
                    _os_cell(result),
                    product.edition,
                    _kind(product),
                    state.channel.label,
                    state.status.label,
                    msg(DAYS, n=state.grace.days_left) if state.grace.expires else "",
                    expires.strftime("%Y-%m-%d") if expires else "",
                    _kms_cell(result, product),
                    state.masked_key,
                    # The last KMS request's error (events 12288/12289): Windows keeps
                    # LicenseStatusReason informational (0x4004F00C in grace).
                    _error_cell(result.product_error(product)),
                )
            )
    return rows


def _summary_items(summary: ScanSummary) -> tuple[tuple[Message, int], ...]:
    items = []
    for name, label in SUMMARY_LABELS.items():
        value = getattr(summary, name)
        shown = msg(label, n=summary.expiring_days) if name == "expiring" else msg(label)
        items.append((shown, int(value)))
    return tuple(items)


def scan_charts(summary: ScanSummary) -> tuple[Chart, ...]:
    return (
        Chart(
            CHART_PRODUCTS,
            (
                Bar(LicenseStatus.LICENSED.label, summary.licensed, "ok"),
                Bar(SUMMARY_LABELS["in_grace"], summary.in_grace, "warn"),
                Bar(SUMMARY_LABELS["unlicensed"], summary.unlicensed, "bad"),
            ),
        ),
        Chart(
            CHART_CHANNELS,
            (
                Bar(SUMMARY_LABELS["kms_clients"], summary.kms_clients, "info"),
                Bar(SUMMARY_LABELS["mak"], summary.mak, "info"),
                Bar(SUMMARY_LABELS["retail"], summary.retail, "info"),
                Bar(SUMMARY_LABELS["kms_hosts"], summary.kms_hosts, "info"),
            ),
        ),
        Chart(
            CHART_HOSTS,
            (
                Bar(HostOutcome.SCANNED.label, summary.scanned, "ok"),
                Bar(HostOutcome.UNREACHABLE.label, summary.unreachable, "bad"),
                Bar(HostOutcome.CREDENTIALS.label, summary.credentials, "bad"),
                Bar(HostOutcome.FAILED.label, summary.failed, "bad"),
                Bar(HostOutcome.NOT_SCANNED.label, summary.not_scanned, "warn"),
            ),
        ),
    )


def build_scan_report(
    results: Sequence[HostResult],
    summary: ScanSummary,
    generated: datetime,
    *,
    data: dict | None = None,
) -> Report:
    """The report of one scan (``data``: the JSON document written beside it)."""
    notes = tuple(msg(DUPLICATE_CMID, d.cmid, ", ".join(d.hosts)) for d in summary.duplicate_cmids)
    return Report(
        title=msg(SCAN_TITLE, n=len(results)),
        generated=generated,
        summary=_summary_items(summary),
        notes=notes,
        charts=scan_charts(summary),
        headers=HEADERS_SCAN,
        rows=tuple(scan_rows(results)),
        kind="scan",
        data=data or {},
    )


def conversion_report(
    run_id: int,
    to_kms: bool,
    rows: Sequence[tuple[Cell, ...]],
    summary: Sequence[tuple[Message, int]],
    charts: Sequence[Chart],
    generated: datetime,
    *,
    notes: Sequence[Message] = (),
    data: dict | None = None,
) -> Report:
    """The report of one conversion run (rows built by the conversion service's caller)."""
    return Report(
        title=msg(CONVERSION_TITLE, run_id, msg(TO_KMS if to_kms else TO_MAK)),
        generated=generated,
        summary=tuple(summary),
        notes=tuple(notes),
        charts=tuple(charts),
        headers=HEADERS_CONVERSION,
        rows=tuple(rows),
        kind="conversion",
        data=data or {},
    )
