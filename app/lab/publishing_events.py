"""A lab KMS host's DNS publishing events 12293 / 12294, as its Application log holds them.

The Volume Activation technical reference (KMS events table) lists, logged by the
KMS host: 12293 "Publishing the Key Management Service (KMS) to DNS in the '%2'
domain failed.%nInfo:%n%1" with P1 the HRESULT and P2 the DNS domain, and 12294
"Publishing the Key Management Service (KMS) to DNS in the '%1' domain is
successful." with the DNS domain. ``publishing-events.ps1`` reads them with
``Get-WinEvent`` (provider ``Microsoft-Windows-Security-SPP``, as status.ps1 reads
12288/12289) and writes each event's insertion strings, never the localised text.

Kept apart from the machine's activation events (``Machine.events``): status.ps1
reads only 12288/12289 and must keep seeing only those.

Which HRESULT a refused secure update leaves in 12293 is not documented; the lab
writes DNS_ERROR_RCODE_REFUSED (9005, 0x8007232D), the answer an AD DNS server
gives an update it does not allow.
"""

from __future__ import annotations

import weakref
from datetime import datetime

from app.lab.spp.events import SppEvent
from app.lab.spp.hresult import hex_code
from app.lab.spp.machine import Machine

PUBLISH_FAILED = 12293
PUBLISH_SUCCEEDED = 12294
DNS_ERROR_RCODE_REFUSED = 0x8007232D
KEEP = 16
READ = 8  # publishing-events.ps1: -MaxEvents 8

_LOGS: weakref.WeakKeyDictionary[Machine, list[tuple[SppEvent, tuple[str, ...]]]] = (
    weakref.WeakKeyDictionary()
)


def _log(machine: Machine, event_id: int, when: datetime, data: tuple[str, ...]) -> None:
    log = _LOGS.setdefault(machine, [])
    log.append((SppEvent(event_id, when, ", ".join(data)), data))
    del log[:-KEEP]


def published(machine: Machine, domain: str, when: datetime) -> None:
    _log(machine, PUBLISH_SUCCEEDED, when, (domain,))


def publish_failed(machine: Machine, domain: str, hresult: int, when: datetime) -> None:
    _log(machine, PUBLISH_FAILED, when, (hex_code(hresult), domain))


def events_json(machine: Machine) -> list[dict[str, object]]:
    """The newest :data:`READ` events, newest first, as the script writes them."""
    newest = list(reversed(_LOGS.get(machine, [])))[:READ]
    return [
        {
            "id": event.event_id,
            "time": event.time.strftime("%Y-%m-%dT%H:%M:%S.") + f"{event.time.microsecond:06d}0Z",
            "data": list(data),
        }
        for event, data in newest
    ]


def publishing_events(lab, machine: Machine, params: dict) -> dict[str, object]:
    """publishing-events.ps1 (read-only, no parameters)."""
    return {"ok": True, "events": events_json(machine)}
