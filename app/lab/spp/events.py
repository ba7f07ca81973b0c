"""A KMS client's activation events 12288 / 12289, as the Application log holds them.

Windows logs, under provider ``Microsoft-Windows-Security-SPP``, event 12288
when a client sends (or fails to send) an activation request and 12289 when it
has processed the host's response. Each carries ONE insertion string, the
fields comma-delimited (Microsoft, Volume Activation technical reference,
"KMS events logged in the Windows event log", table 11):

- 12288: HRESULT, status flags, KMS host:port, CMID, client time, VM info,
  license status, minutes to expiry, Activation ID, N-policy (the count the
  client needs). Real example (Windows 7 era):
  ``0x00000000, 0x00000000, kms.example:1688, <cmid>, 2012/12/04 07:06, 0, 2, 972, <actid>, 5``.
- 12289: HRESULT, status flags, fBound (activated), unused, KMS current count,
  activation interval, renewal interval, client time. Microsoft's example
  ``0x0, 0x4000008, 0, 0, 4, 120, 10080, 1/14/2006 2:30`` is a host below the
  threshold: HRESULT 0, flag SL_VL_BINDING_ERROR_NOT_ENOUGH_COUNT (0x04000000),
  not bound.

This is where a real client keeps its last activation error: its
``LicenseStatusReason`` stays informational (0x4004F00C in the initial grace).
Not confirmed on a real machine, and modelled as the lab's best reading: a
request that never reached a host logs 12288 with the Activate() error
(0x8007232B no SRV record, 0xC004F074 nothing answered) and no 12289; a host
that refused for another reason (0xC004F06C clock, 0xC004F042 wrong key group,
0xC004F041 host not activated) puts that code in the 12289 HRESULT.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.lab.spp.hresult import hex_code

REQUEST_SENT = 12288
RESPONSE_PROCESSED = 12289
NOT_ENOUGH_COUNT = 0x04000000  # SL_VL_BINDING_ERROR_NOT_ENOUGH_COUNT (status flags)
KEEP = 16  # events the lab keeps per machine (the status script reads the last 4)
READ = 4  # status.ps1: Get-WinEvent ... -MaxEvents 4


@dataclass(frozen=True)
class SppEvent:
    """One logged event: ID, TimeCreated (on the machine's own clock, UTC), insertion string."""

    event_id: int
    time: datetime
    data: str


def client_time(moment: datetime) -> str:
    """The 'client time' field: ``2012/12/04 07:06`` as in the real example."""
    return moment.strftime("%Y/%m/%d %H:%M")


def request_data(
    hresult: int,
    host: str,
    cmid: str,
    local: datetime,
    status: int,
    minutes: int,
    activation_id: str,
    needed: int,
) -> str:
    return (
        f"{hex_code(hresult)}, 0x00000000, {host}, {cmid}, {client_time(local)}, 0, "
        f"{status}, {minutes}, {activation_id}, {needed}"
    )


def response_data(
    hresult: int, *, bound: bool, count: int, activation: int, renewal: int, local: datetime
) -> str:
    flags = NOT_ENOUGH_COUNT if hresult == 0 and not bound else 0
    return (
        f"{hex_code(hresult)}, {hex_code(flags)}, {int(bound)}, 0, {count}, "
        f"{activation}, {renewal}, {client_time(local)}"
    )


def log(events: list[SppEvent], *new: SppEvent) -> None:
    """Append to a machine's log, keeping the newest :data:`KEEP`."""
    events.extend(new)
    del events[:-KEEP]


def events_json(events: list[SppEvent]) -> list[dict[str, object]]:
    """What status.ps1 writes: the newest :data:`READ` events, newest first.

    Get-WinEvent returns the newest record first; the log is in the order events
    were written (two events of one request can share a time here).
    """
    newest = list(reversed(events))[:READ]
    return [
        {
            "id": e.event_id,
            "time": e.time.strftime("%Y-%m-%dT%H:%M:%S.") + f"{e.time.microsecond:06d}0Z",
            "data": [e.data],
        }
        for e in newest
    ]
