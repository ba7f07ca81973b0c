"""What a fleet scan learned about each host, the summary, and what changed between scans.

Pure data built from the ``status`` document of each machine (and ``inspect``
when ``status`` lacks the OS facts). A :class:`HostResult` is small and frozen
(10,000 of them fit comfortably in memory), converts to a JSON record for the
journal and back (:func:`result_to_record`, :func:`result_from_record`), and
never holds more of a product key than its last five characters.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from app.domain.activation_events import (
    ActivationAttempt,
    ActivationEvent,
    last_attempt,
    parse_events,
)
from app.domain.catalog import Catalog
from app.domain.errors import EXPLAIN_FIELDS, ErrorKind, ExecutionError, explain
from app.domain.fleet_identify import (
    OsFacts,
    edition_name,
    identify_office,
    identify_windows,
)
from app.domain.hresults import HResultInfo, describe, format_hresult
from app.domain.licensing import (
    WINDOWS_APP_ID,
    FieldProblem,
    InvalidStatusData,
    KmsEndpoint,
    KmsHostState,
    LicenseChannel,
    LicenseStatus,
    ProductState,
    as_list,
    is_valid_host_name,
    windows_utc,
)
from app.domain.text import QT_TRANSLATE_NOOP, Message, Text, TextEnum, TranslatableError, msg

DEFAULT_CONCURRENCY = 32
MAX_CONCURRENCY = 256
DEFAULT_HOST_TIMEOUT = 20.0
MAX_HOST_TIMEOUT = 600.0
DEFAULT_EXPIRING_DAYS = 30
# A KMS host refuses a client whose clock is more than 4 hours off its own (0xC004F06C).
MAX_CLOCK_SKEW = timedelta(hours=4)


class OptionProblem(TextEnum):
    CONCURRENCY = QT_TRANSLATE_NOOP(
        "FleetOptions", "The concurrency must be a whole number from 1 to %1."
    )
    TIMEOUT = QT_TRANSLATE_NOOP(
        "FleetOptions", "The time-out per host must be more than 0 and at most %1 seconds."
    )
    EXPIRING = QT_TRANSLATE_NOOP("FleetOptions", "The expiry warning must be from 0 to 3650 days.")


class InvalidFleetOptions(TranslatableError, ValueError):
    """Bad concurrency, time-out or expiry window; ``message`` says why (translatable)."""


@dataclass(frozen=True)
class ScanOptions:
    """How a scan runs: parallel hosts, the deadline per host, the "expiring soon" window."""

    concurrency: int = DEFAULT_CONCURRENCY
    timeout: float = DEFAULT_HOST_TIMEOUT
    expiring_days: int = DEFAULT_EXPIRING_DAYS

    def __post_init__(self) -> None:
        check_concurrency(self.concurrency)
        check_timeout(self.timeout)
        if (
            isinstance(self.expiring_days, bool)
            or not isinstance(self.expiring_days, int)
            or not 0 <= self.expiring_days <= 3650
        ):
            raise InvalidFleetOptions(msg(OptionProblem.EXPIRING.text))


def check_concurrency(value: object) -> int:
    """Raises :class:`InvalidFleetOptions` unless 1 ≤ value ≤ 256."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_CONCURRENCY:
        raise InvalidFleetOptions(msg(OptionProblem.CONCURRENCY.text, MAX_CONCURRENCY))
    return value


def check_timeout(value: object) -> float:
    """Raises :class:`InvalidFleetOptions` unless 0 < value ≤ 600 seconds."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not 0 < value <= MAX_HOST_TIMEOUT
    ):
        raise InvalidFleetOptions(msg(OptionProblem.TIMEOUT.text, f"{MAX_HOST_TIMEOUT:g}"))
    return float(value)


class HostOutcome(StrEnum):
    """How far the scan got with one host."""

    SCANNED = "scanned"
    UNREACHABLE = "unreachable"  # no TCP connection, refused, or no answer in time
    CREDENTIALS = "credentials"  # HTTP 401: user name, password or UAC remote restrictions
    FAILED = "failed"  # WS-Man fault, script failure, TLS, unreadable answer
    NOT_SCANNED = "not-scanned"  # the scan was cancelled before this host started

    @property
    def label(self) -> Text:
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    HostOutcome.SCANNED: QT_TRANSLATE_NOOP("HostOutcome", "Scanned"),
    HostOutcome.UNREACHABLE: QT_TRANSLATE_NOOP("HostOutcome", "Unreachable"),
    HostOutcome.CREDENTIALS: QT_TRANSLATE_NOOP("HostOutcome", "Credentials refused"),
    HostOutcome.FAILED: QT_TRANSLATE_NOOP("HostOutcome", "Failed"),
    HostOutcome.NOT_SCANNED: QT_TRANSLATE_NOOP("HostOutcome", "Not scanned (cancelled)"),
}

_OUTCOME_OF_KIND = {
    ErrorKind.UNREACHABLE: HostOutcome.UNREACHABLE,
    ErrorKind.REFUSED: HostOutcome.UNREACHABLE,
    ErrorKind.TIMEOUT: HostOutcome.UNREACHABLE,
    ErrorKind.CREDENTIALS: HostOutcome.CREDENTIALS,
    # Nothing read: the machine's PowerShell refused every script (too old, or restricted);
    # the row's error names the version or mode and the fix (issue 13, B3 / G14).
    ErrorKind.POWERSHELL_TOO_OLD: HostOutcome.FAILED,
    ErrorKind.CONSTRAINED_LANGUAGE: HostOutcome.FAILED,
}

INVALID_STATUS = QT_TRANSLATE_NOOP("HostOutcome", "%1 sent a licensing state that cannot be used.")
NOT_SCANNED = QT_TRANSLATE_NOOP("HostOutcome", "%1 was not scanned: the scan was cancelled.")
UNEXPECTED = QT_TRANSLATE_NOOP("HostOutcome", "Reading %1 failed unexpectedly (%2).")


def outcome_of(kind: ErrorKind) -> HostOutcome:
    """The outcome a failure of ``kind`` means for a scanned host."""
    return _OUTCOME_OF_KIND.get(kind, HostOutcome.FAILED)


@dataclass(frozen=True, slots=True)
class ScannedProduct:
    """One licensed product of a host, with the catalog edition it was identified as."""

    state: ProductState
    edition_id: str | None
    edition: str  # catalog product name, or the WMI name when not identified
    source: str = "spp"  # "ospp": Office 2010's own service (install-key needs ospp: true)

    @property
    def is_windows(self) -> bool:
        return self.state.is_windows

    @property
    def is_office(self) -> bool:
        return self.state.is_office

    def expires_at(self, read_at: datetime) -> datetime | None:
        return self.state.grace.expires_at(read_at)


@dataclass(frozen=True, slots=True)
class HostResult:
    """Everything one scan learned about one host (or why it learned nothing).

    ``error_kind`` is an :class:`ErrorKind` name (or ``"INVALID_STATUS"``) and
    ``error_detail`` its technical detail; neither ever holds a secret.
    """

    host: str
    outcome: HostOutcome
    read_at: datetime
    elapsed_ms: int = 0
    os: OsFacts = field(default_factory=OsFacts)
    edition_id: str | None = None
    products: tuple[ScannedProduct, ...] = ()
    service: KmsHostState | None = None
    kms_host: KmsEndpoint | None = None  # set explicitly on the machine (slmgr /skms)
    discovered: KmsEndpoint | None = None  # found through DNS
    cmid: str = ""
    error_kind: str = ""
    error_detail: str = ""
    hresult: int | None = None
    # What exactly went wrong with the connection (reason code, port, scheme…: see
    # ``errors.explain``), as sorted (name, value) pairs of plain values; never a secret.
    error_data: tuple[tuple[str, str | int], ...] = ()
    # The last activation events 12288/12289 (newest first) and the machine's own clock.
    events: tuple[ActivationEvent, ...] = ()
    clock: datetime | None = None

    @property
    def reachable(self) -> bool:
        return self.outcome is HostOutcome.SCANNED

    @property
    def windows(self) -> ScannedProduct | None:
        """The Windows product (an ESU add-on licence beside it never is)."""
        return next((p for p in self.products if p.is_windows), None)

    @property
    def attempt(self) -> ActivationAttempt | None:
        """The last KMS activation request, from the events (None: the machine logged none)."""
        return last_attempt(self.events)

    @property
    def last_error(self) -> HResultInfo | None:
        """Why the machine is not activated, explained: its last KMS request's failure.

        On Windows ``LicenseStatusReason`` is informational (0x4004F00C: in grace), so the
        error comes from the events 12288/12289; failing those, a product's reason that
        is itself an error (severity bit set, e.g. 0xC004F009 grace expired).
        """
        attempt = self.attempt
        if attempt is not None and attempt.failed:
            return describe(attempt.error)
        for product in self.products:
            reason = product.state.reason
            if reason is not None and reason.is_error:
                return reason
        return None

    def product_error(self, product: ScannedProduct) -> int:
        """The error to show for one product: its last KMS request's (events), else its
        reason when that is itself an error; 0 when there is none."""
        attempt = self.attempt
        if attempt is not None and attempt.failed:
            if attempt.activation_id in ("", product.state.activation_id) and product.is_windows:
                return attempt.error
            if attempt.activation_id == product.state.activation_id:
                return attempt.error
        reason = product.state.reason
        return reason.code if reason is not None and reason.is_error else 0

    @property
    def clock_offset(self) -> timedelta | None:
        """The machine's clock minus the scanning computer's, at the read (None: unknown)."""
        return self.clock - self.read_at if self.clock is not None else None

    @property
    def error(self) -> Message | None:
        """The failure, translatable (None for a scanned host)."""
        if self.outcome is HostOutcome.SCANNED:
            return None
        if self.outcome is HostOutcome.NOT_SCANNED:
            return msg(NOT_SCANNED, self.host)
        if self.error_kind == "INVALID_STATUS":
            return msg(INVALID_STATUS, self.host)
        if self.error_kind == "UNEXPECTED":
            return msg(UNEXPECTED, self.host, self.error_detail)
        try:
            kind = ErrorKind[self.error_kind]
        except KeyError:
            return msg(INVALID_STATUS, self.host)
        if self.error_data:
            return explain(self._execution_error(kind))[0]
        return msg(kind.summary, self.host, self.error_detail)

    @property
    def error_hint(self) -> Message | None:
        try:
            kind = ErrorKind[self.error_kind] if self.error_kind else None
        except KeyError:
            return None
        if kind is None:
            return None
        if self.error_data:
            return explain(self._execution_error(kind))[1]
        return msg(kind.hint)

    def _execution_error(self, kind: ErrorKind) -> ExecutionError:
        return ExecutionError(
            kind, self.host, self.error_detail, hresult=self.hresult, data=dict(self.error_data)
        )


def failed_result(
    host: str,
    kind: ErrorKind | str,
    detail: str,
    read_at: datetime,
    elapsed_ms: int = 0,
    hresult: int | None = None,
    data: Mapping[str, object] | None = None,
) -> HostResult:
    """A host the scan could not read.

    ``kind`` is an ErrorKind, or ``"INVALID_STATUS"`` / ``"UNEXPECTED"``; ``data`` the
    error's typed facts (only those :func:`errors.explain` reads are kept).
    """
    if isinstance(kind, ErrorKind):
        outcome, name = outcome_of(kind), kind.name
    else:
        outcome, name = HostOutcome.FAILED, kind
    return HostResult(
        host,
        outcome,
        read_at,
        elapsed_ms,
        error_kind=name,
        error_detail=detail,
        hresult=hresult,
        error_data=explained_data(data or {}),
    )


def _mapping(value: object) -> Mapping[str, object]:
    return value if isinstance(value, Mapping) else {}


def explained_data(data: Mapping[str, object]) -> tuple[tuple[str, str | int], ...]:
    """The connection facts :func:`errors.explain` needs, as plain sorted pairs."""
    if "reason_code" not in data:
        return ()
    kept = []
    for name in EXPLAIN_FIELDS:
        value = data.get(name)
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            continue
        kept.append((name, value if isinstance(value, int) else str(value)[:200]))
    return tuple(sorted(kept))


def not_scanned(host: str, read_at: datetime) -> HostResult:
    return HostResult(host, HostOutcome.NOT_SCANNED, read_at)


def os_facts(status: Mapping[str, Any], inspect: Mapping[str, Any] | None) -> OsFacts | None:
    """The OS facts: ``status``'s ``os`` part, else ``inspect``, else derived from ``status``.

    Deriving keeps a scan at one exchange per host: the licensing service's
    ``Version`` carries the OS version and build (``6.1.7601.17514``,
    ``10.0.19041.1``), and the Windows product's WMI ``Name`` ends with the
    registry EditionID (``Windows(R), ServerStandard edition``). None when
    neither is there (no Windows product holds a key).
    """
    for source in (status.get("os"), inspect):
        if isinstance(source, Mapping) and source.get("version"):
            return OsFacts(
                caption=_text(source.get("caption")),
                version=_text(source.get("version")),
                edition_id=_text(source.get("edition_id")),
            )
    service = status.get("service")
    version = _text(service.get("version")) if isinstance(service, Mapping) else ""
    parts = version.split(".")
    products = as_list(status.get("products"))
    if len(parts) < 3 or not all(p.isdigit() for p in parts[:3]):
        return None
    for product in products:
        if (
            not isinstance(product, Mapping)
            or product.get("application_id") != WINDOWS_APP_ID
            or product.get("is_addon") is True
        ):
            continue
        found = _EDITION_IN_NAME.search(_text(product.get("name")))
        if found:
            return OsFacts("", ".".join(parts[:3]), found.group(1))
    return None


_EDITION_IN_NAME = re.compile(r",\s*([A-Za-z]+)\s+edition\s*$")


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def read_host_result(
    host: str,
    status: Mapping[str, Any],
    catalog: Catalog,
    read_at: datetime,
    *,
    inspect: Mapping[str, Any] | None = None,
    elapsed_ms: int = 0,
) -> HostResult:
    """Build a host's result from its ``status`` document.

    Raises:
        InvalidStatusData: a field of the document cannot be trusted.
    """
    raw_products = as_list(status.get("products"))  # one product: an object on PS 2/3
    service_doc = status.get("service")
    service = KmsHostState.from_dict(service_doc) if service_doc is not None else None
    facts = os_facts(status, inspect) or OsFacts()
    states = [(ProductState.from_dict(raw), raw) for raw in raw_products]
    windows_state = next((s for s, _ in states if s.is_windows), None)
    edition_id = identify_windows(catalog, facts, windows_state)
    products = []
    for state, raw in states:
        if state.is_windows:
            product_edition = edition_id
        elif state.is_office:
            product_edition = identify_office(catalog, state)
        else:
            product_edition = None
        source = raw.get("source") if isinstance(raw, Mapping) else None
        # An add-on licence is listed as what it is: "Windows(R), Client-ESU-Year1 add-on".
        name = state.name.split(" for ", 1)[0] if state.is_addon else state.name
        products.append(
            ScannedProduct(
                state,
                product_edition,
                edition_name(catalog, product_edition, name),
                source if source in ("spp", "ospp") else "spp",
            )
        )
    service_record = service_doc if isinstance(service_doc, Mapping) else {}
    clock = windows_utc(status.get("utc_now"))
    if clock is None and isinstance(inspect, Mapping):
        clock = windows_utc(inspect.get("utc_now"))
    return HostResult(
        host=host,
        outcome=HostOutcome.SCANNED,
        read_at=read_at,
        elapsed_ms=elapsed_ms,
        os=facts,
        edition_id=edition_id,
        products=tuple(products),
        service=service,
        kms_host=_endpoint(service_record, "kms_machine", "kms_port"),
        discovered=_endpoint(service_record, "discovered_host", "discovered_port"),
        cmid=_cmid(service_record.get("cmid")),
        events=parse_events(status.get("events")),
        clock=clock,
    )




@dataclass(frozen=True)
class ClockSkew:
    """How far a machine's clock is from a reference clock.

    ``reference`` is the KMS host the machine uses (when the same scan read it), or ""
    for the scanning computer's clock.
    """

    skew: timedelta  # the machine's clock minus the reference
    reference: str = ""

    @property
    def too_far(self) -> bool:
        """Beyond what a KMS host accepts (4 hours: activation fails with 0xC004F06C)."""
        return abs(self.skew) > MAX_CLOCK_SKEW


def kms_host_name(result: HostResult) -> str:
    """The KMS host the machine uses: set on it, found through DNS, or its last request's."""
    for endpoint in (result.kms_host, result.discovered):
        if endpoint is not None:
            return endpoint.host
    for product in result.products:
        for endpoint in (product.state.kms_host, product.state.discovered_kms_host):
            if endpoint is not None:
                return endpoint.host
    attempt = result.attempt
    if attempt is not None and attempt.host:
        return attempt.host.rsplit(":", 1)[0].strip("[]")
    return ""


def find_result(results: Mapping[str, HostResult], name: str) -> HostResult | None:
    """The result of host ``name`` in a scan, by exact name or the same short name."""
    wanted = name.strip().rstrip(".").lower()
    if not wanted:
        return None
    for host, result in results.items():
        if host.lower() == wanted:
            return result
    short = wanted.split(".", 1)[0]
    for host, result in results.items():
        if host.lower().split(".", 1)[0] == short:
            return result
    return None


def clock_skew(result: HostResult, kms_host: HostResult | None = None) -> ClockSkew | None:
    """The machine's clock against its KMS host's (when read), else against this computer's."""
    own = result.clock_offset
    if own is None:
        return None
    if kms_host is not None and kms_host is not result:
        theirs = kms_host.clock_offset
        if theirs is not None:
            return ClockSkew(own - theirs, kms_host.host)
    return ClockSkew(own)


def _endpoint(record: Mapping[str, Any], host_field: str, port_field: str) -> KmsEndpoint | None:
    host = record.get(host_field)
    if not isinstance(host, str) or not host.strip():
        return None
    name = host.strip().strip("[]")
    if not is_valid_host_name(name):
        raise InvalidStatusData(host_field, FieldProblem.NOT_HOST)
    port = record.get(port_field)
    valid_port = isinstance(port, int) and not isinstance(port, bool) and 0 < port < 65536
    return KmsEndpoint(name, port if valid_port else None)


def _cmid(value: object) -> str:
    if not isinstance(value, str):
        return ""
    text = value.strip().strip("{}").lower()
    return text if len(text) <= 64 and all(ch in "0123456789abcdef-" for ch in text) else ""


# --- records (journal, JSON reports) -------------------------------------------------------


def product_record(product: ScannedProduct) -> dict[str, Any]:
    """A product as a ``status``-shaped dict (plus edition and source): no key beyond its last 5."""
    state = product.state
    return {
        "id": state.activation_id,
        "application_id": state.application_id,
        "name": state.name,
        "description": state.description,
        "channel": state.product_key_channel,
        "license_status": int(state.status),
        "status_reason": format_hresult(state.status_reason),
        "grace_minutes": state.grace.minutes,
        "partial_key": state.partial_key,
        "kms_machine": state.kms_host.host if state.kms_host else "",
        "kms_port": state.kms_host.port or 0 if state.kms_host else 0,
        "discovered_host": state.discovered_kms_host.host if state.discovered_kms_host else "",
        "discovered_port": (
            state.discovered_kms_host.port or 0 if state.discovered_kms_host else 0
        ),
        "is_kms_host_key": state.is_kms_host_key,
        "is_addon": state.is_addon,
        "office_version": state.office_version,
        "edition_id": product.edition_id,
        "edition": product.edition,
        "source": product.source,
    }


def _service_record(result: HostResult) -> dict[str, Any] | None:
    service = result.service
    if service is None:
        return None
    requests = service.requests
    return {
        "is_kms_host": service.is_kms_host,
        "current_count": service.current_count,
        "required_count": service.required_count,
        "listening_port": service.listening_port,
        "dns_publishing": service.dns_publishing,
        "low_priority": service.low_priority,
        "activation_interval": service.activation_interval,
        "renewal_interval": service.renewal_interval,
        "requests": {name: getattr(requests, name) for name in requests.__dataclass_fields__},
        "cmid": result.cmid,
        "kms_machine": result.kms_host.host if result.kms_host else "",
        "kms_port": result.kms_host.port or 0 if result.kms_host else 0,
        "discovered_host": result.discovered.host if result.discovered else "",
        "discovered_port": result.discovered.port or 0 if result.discovered else 0,
    }


def result_to_record(result: HostResult) -> dict[str, Any]:
    """The JSON record of a host result (what the journal stores and JSON reports show)."""
    return {
        "host": result.host,
        "outcome": result.outcome.value,
        "read_at": result.read_at.isoformat(),
        "elapsed_ms": result.elapsed_ms,
        "os": {
            "caption": result.os.caption,
            "version": result.os.version,
            "edition_id": result.os.edition_id,
        },
        "edition_id": result.edition_id,
        "products": [product_record(p) for p in result.products],
        "service": _service_record(result),
        "error_kind": result.error_kind,
        "error_detail": result.error_detail,
        "error_data": dict(result.error_data),
        "hresult": format_hresult(result.hresult) if result.hresult is not None else None,
        "events": [_event_record(e) for e in result.events],
        "utc_now": result.clock.isoformat() if result.clock is not None else None,
    }


def _event_record(event: ActivationEvent) -> dict[str, Any]:
    """An event as status writes it (the fields joined back into its one string)."""
    return {
        "id": event.event_id,
        "time": event.time.isoformat() if event.time is not None else None,
        "data": [", ".join(event.fields)],
    }


def result_from_record(record: Mapping[str, Any], catalog: Catalog) -> HostResult:
    """Rebuild a host result from its journal record.

    Raises:
        InvalidStatusData: the record was tampered with or is from an incompatible version.
        KeyError, ValueError: a required field is missing or wrong.
    """
    host = str(record["host"])
    outcome = HostOutcome(record["outcome"])
    read_at = datetime.fromisoformat(str(record["read_at"]))
    elapsed = int(record.get("elapsed_ms") or 0)
    if outcome is not HostOutcome.SCANNED:
        hresult = record.get("hresult")
        return HostResult(
            host,
            outcome,
            read_at,
            elapsed,
            error_kind=str(record.get("error_kind") or ""),
            error_detail=str(record.get("error_detail") or ""),
            hresult=int(hresult, 16) if isinstance(hresult, str) and hresult else None,
            error_data=explained_data(_mapping(record.get("error_data"))),
        )
    status = {
        "products": list(record.get("products") or []),
        "service": record.get("service"),
        "events": record.get("events"),
        "utc_now": record.get("utc_now"),
    }
    return read_host_result(
        host, status, catalog, read_at, inspect=record.get("os"), elapsed_ms=elapsed
    )


def results_from_records(
    records: Mapping[str, Mapping[str, Any]], catalog: Catalog
) -> dict[str, HostResult]:
    """The host results of a journaled scan, by host, in the journal's order.

    A record this version cannot read (from another version, or tampered with)
    is left out rather than failing the whole scan.
    """
    results = {}
    for host, record in records.items():
        try:
            results[host] = result_from_record(record, catalog)
        except (KeyError, ValueError, TypeError):
            continue
    return results


# --- summary -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DuplicateCmid:
    """Hosts sharing one client machine ID (cloned without sysprep: the KMS counts them once)."""

    cmid: str
    hosts: tuple[str, ...]


@dataclass(frozen=True)
class ScanSummary:
    """The numbers a scan's summary shows (hosts and products)."""

    hosts: int = 0
    scanned: int = 0
    unreachable: int = 0
    credentials: int = 0
    failed: int = 0
    not_scanned: int = 0
    products: int = 0
    windows: int = 0
    office: int = 0
    kms_clients: int = 0
    mak: int = 0
    retail: int = 0
    kms_hosts: int = 0
    other_channel: int = 0
    licensed: int = 0
    unlicensed: int = 0
    in_grace: int = 0
    expiring: int = 0
    expiring_days: int = DEFAULT_EXPIRING_DAYS
    duplicate_cmids: tuple[DuplicateCmid, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            name: getattr(self, name)
            for name in self.__dataclass_fields__
            if name != "duplicate_cmids"
        }
        data["duplicate_cmids"] = [
            {"cmid": d.cmid, "hosts": list(d.hosts)} for d in self.duplicate_cmids
        ]
        return data

    @property
    def problems(self) -> bool:
        """Something needs attention: a host not read, or a product not licensed."""
        return bool(
            self.unreachable
            or self.credentials
            or self.failed
            or self.not_scanned
            or self.unlicensed
            or self.in_grace
            or self.duplicate_cmids
        )


def summarise(
    results: Iterable[HostResult], expiring_days: int = DEFAULT_EXPIRING_DAYS
) -> ScanSummary:
    """Count hosts by outcome and products by channel and state."""
    counts: dict[str, int] = defaultdict(int)
    by_cmid: dict[str, list[str]] = defaultdict(list)
    window = timedelta(days=expiring_days)
    for result in results:
        counts["hosts"] += 1
        counts[
            {
                HostOutcome.SCANNED: "scanned",
                HostOutcome.UNREACHABLE: "unreachable",
                HostOutcome.CREDENTIALS: "credentials",
                HostOutcome.FAILED: "failed",
                HostOutcome.NOT_SCANNED: "not_scanned",
            }[result.outcome]
        ] += 1
        if result.cmid:
            by_cmid[result.cmid].append(result.host)
        for product in result.products:
            state = product.state
            counts["products"] += 1
            counts["windows" if state.is_windows else "office" if state.is_office else "other"] += 1
            if state.is_addon:
                continue  # an ESU year beside Windows: not a licence channel of the host
            channel = state.channel
            if channel is LicenseChannel.KMS_CLIENT:
                counts["kms_clients"] += 1
            elif channel is LicenseChannel.MAK:
                counts["mak"] += 1
            elif channel in (LicenseChannel.RETAIL, LicenseChannel.OEM):
                counts["retail"] += 1
            elif channel is LicenseChannel.KMS_HOST:
                counts["kms_hosts"] += 1
            else:
                counts["other_channel"] += 1
            if state.status is LicenseStatus.LICENSED:
                counts["licensed"] += 1
            elif state.status.in_grace:
                counts["in_grace"] += 1
            else:
                counts["unlicensed"] += 1
            if state.grace.ends_within(window):
                counts["expiring"] += 1
    duplicates = tuple(
        DuplicateCmid(cmid, tuple(sorted(hosts)))
        for cmid, hosts in sorted(by_cmid.items())
        if len(hosts) > 1
    )
    fields = {k: v for k, v in counts.items() if k in ScanSummary.__dataclass_fields__}
    return ScanSummary(**fields, expiring_days=expiring_days, duplicate_cmids=duplicates)


# --- comparison --------------------------------------------------------------------------


class ChangeKind(StrEnum):
    NEW_HOST = "new-host"
    VANISHED_HOST = "vanished-host"
    OUTCOME = "outcome"
    PRODUCT_ADDED = "product-added"
    PRODUCT_REMOVED = "product-removed"
    CHANNEL = "channel"
    STATUS = "status"

    @property
    def label(self) -> Text:
        return _CHANGE_LABELS[self]


_CHANGE_LABELS = {
    ChangeKind.NEW_HOST: QT_TRANSLATE_NOOP("ScanComparison", "New host"),
    ChangeKind.VANISHED_HOST: QT_TRANSLATE_NOOP("ScanComparison", "Host no longer in the scan"),
    ChangeKind.OUTCOME: QT_TRANSLATE_NOOP("ScanComparison", "Scan outcome changed"),
    ChangeKind.PRODUCT_ADDED: QT_TRANSLATE_NOOP("ScanComparison", "Product added"),
    ChangeKind.PRODUCT_REMOVED: QT_TRANSLATE_NOOP("ScanComparison", "Product removed"),
    ChangeKind.CHANNEL: QT_TRANSLATE_NOOP("ScanComparison", "Channel changed"),
    ChangeKind.STATUS: QT_TRANSLATE_NOOP("ScanComparison", "License status changed"),
}


@dataclass(frozen=True, slots=True)
class ScanChange:
    """One difference between two scans. ``before``/``after`` are enum values with a label."""

    host: str
    kind: ChangeKind
    product: str = ""
    before: HostOutcome | LicenseChannel | LicenseStatus | None = None
    after: HostOutcome | LicenseChannel | LicenseStatus | None = None


def _product_slot(product: ScannedProduct) -> str:
    # The Activation ID changes with the key (MAK → GVLK); the edition does not.
    if product.is_windows:
        return "windows:" + (product.edition_id or "")
    return "office:" + (product.edition_id or product.state.name)


def compare_results(
    old: Mapping[str, HostResult], new: Mapping[str, HostResult]
) -> list[ScanChange]:
    """What changed from ``old`` to ``new``: hosts, outcomes, and per product channel/status."""
    changes: list[ScanChange] = []
    for host in sorted(set(old) | set(new)):
        before, after = old.get(host), new.get(host)
        if before is None:
            changes.append(ScanChange(host, ChangeKind.NEW_HOST))
            continue
        if after is None:
            changes.append(ScanChange(host, ChangeKind.VANISHED_HOST))
            continue
        if before.outcome is not after.outcome:
            changes.append(ScanChange(host, ChangeKind.OUTCOME, "", before.outcome, after.outcome))
        if not (before.reachable and after.reachable):
            continue
        old_products = {_product_slot(p): p for p in before.products}
        new_products = {_product_slot(p): p for p in after.products}
        for slot in sorted(set(old_products) | set(new_products)):
            was, now = old_products.get(slot), new_products.get(slot)
            if was is None:
                assert now is not None
                changes.append(ScanChange(host, ChangeKind.PRODUCT_ADDED, now.edition))
                continue
            if now is None:
                changes.append(ScanChange(host, ChangeKind.PRODUCT_REMOVED, was.edition))
                continue
            if was.state.channel is not now.state.channel:
                changes.append(
                    ScanChange(
                        host, ChangeKind.CHANNEL, now.edition, was.state.channel, now.state.channel
                    )
                )
            if was.state.status is not now.state.status:
                changes.append(
                    ScanChange(
                        host, ChangeKind.STATUS, now.edition, was.state.status, now.state.status
                    )
                )
    return changes


def utc_now() -> datetime:
    return datetime.now(UTC)
