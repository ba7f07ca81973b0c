"""A KMS client's last activation attempt, read from its events 12288 and 12289.

A client's ``LicenseStatusReason`` is informational (0x4004F00C while in its
initial grace): why its last KMS request failed is only in the Application log,
provider Microsoft-Windows-Security-SPP. The ``status`` script returns the last
four such events with their insertion strings, never the localised message
(resources/ps/README.md, event record ``E``). Each event carries one string,
comma-delimited (Microsoft, Volume Activation technical reference, "KMS events
logged in the Windows event log"):

- 12288 (request sent): HRESULT, status flags, host:port, CMID, client time,
  VM info, license status, minutes to expiry, Activation ID, N-policy.
- 12289 (response processed): HRESULT, status flags, fBound (activated), unused,
  KMS current count, activation interval, renewal interval, client time.

Microsoft's own 12289 example for a host below the threshold carries HRESULT 0
with the flag SL_VL_BINDING_ERROR_NOT_ENOUGH_COUNT and fBound 0: that is read as
0xC004F038, the code Activate() reports for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from app.domain.hresults import HResult, InvalidHResult, parse_hresult
from app.domain.licensing import as_list, windows_utc

REQUEST_SENT = 12288
RESPONSE_PROCESSED = 12289
NOT_ENOUGH_COUNT_FLAG = 0x04000000  # SL_VL_BINDING_ERROR_NOT_ENOUGH_COUNT


@dataclass(frozen=True)
class ActivationEvent:
    """One event 12288 or 12289: its time (UTC, on the machine's clock) and its fields."""

    event_id: int
    time: datetime | None
    fields: tuple[str, ...]

    def field(self, index: int) -> str:
        return self.fields[index] if index < len(self.fields) else ""

    def number(self, index: int) -> int | None:
        """A field as a number (``0x…`` hexadecimal or decimal), None when it is neither."""
        text = self.field(index)
        try:
            return parse_hresult(text) if text.lower().startswith("0x") else int(text)
        except (InvalidHResult, ValueError):
            return None

    @property
    def hresult(self) -> int:
        return self.number(0) or 0


@dataclass(frozen=True)
class ActivationAttempt:
    """The client's last KMS request as its events tell it.

    Attributes:
        time: when the newest event was logged (machine clock, UTC), None if unknown.
        host: ``host:port`` of the KMS host the request went to ("" when none was found).
        error: the failure (0xC004F074, 0xC004F038…), 0 when the host activated it.
        answered: a host answered (a 12289 followed the request).
        count: the KMS count the host answered with (None without an answer).
        activation_id: the product the request was for (12288's Activation ID, lower case).
    """

    time: datetime | None
    host: str
    error: int
    answered: bool
    count: int | None = None
    activation_id: str = ""

    @property
    def failed(self) -> bool:
        return self.error != 0


def parse_events(value: object) -> tuple[ActivationEvent, ...]:
    """The ``events`` of a status document, newest first; malformed entries are skipped.

    Tolerant of PowerShell's shapes: one event written as an object, ``data`` as one
    string instead of a list, no events at all (normal on a machine never activated
    through KMS).
    """
    found = []
    for item in as_list(value):
        if not isinstance(item, dict):
            continue
        event_id = item.get("id")
        if isinstance(event_id, bool) or event_id not in (REQUEST_SENT, RESPONSE_PROCESSED):
            continue
        parts = [str(part) for part in as_list(item.get("data")) if part is not None]
        fields = tuple(f.strip() for f in ", ".join(parts).split(","))
        found.append(ActivationEvent(event_id, windows_utc(item.get("time")), fields))
    oldest = datetime.min.replace(tzinfo=UTC)
    return tuple(sorted(found, key=lambda e: e.time or oldest, reverse=True))


def last_attempt(events: Iterable[ActivationEvent]) -> ActivationAttempt | None:
    """The newest request and its response, or None when the machine logged none."""
    ordered = list(events)
    if not ordered:
        return None
    newest = ordered[0]
    if newest.event_id == REQUEST_SENT:
        # No response after it: the request failed before a host answered (its HRESULT),
        # or it is still waiting (HRESULT 0).
        return ActivationAttempt(
            newest.time,
            newest.field(2),
            newest.hresult,
            answered=False,
            activation_id=newest.field(8).lower(),
        )
    request = next(
        (
            e
            for e in ordered[1:]
            if e.event_id == REQUEST_SENT
            and (e.time is None or newest.time is None or e.time <= newest.time)
        ),
        None,
    )
    return ActivationAttempt(
        newest.time,
        request.field(2) if request is not None else "",
        _response_error(newest),
        answered=True,
        count=newest.number(4),
        activation_id=request.field(8).lower() if request is not None else "",
    )


def _response_error(event: ActivationEvent) -> int:
    if event.hresult:
        return event.hresult
    flags = event.number(1) or 0
    bound = event.number(2)
    if bound == 0 and flags & NOT_ENOUGH_COUNT_FLAG:
        return int(HResult.SL_E_VL_NOT_ENOUGH_COUNT)
    return 0


