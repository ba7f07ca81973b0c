"""Reading a client's last KMS activation attempt from its events 12288 / 12289.

The event strings are Microsoft's own examples (Volume Activation technical reference,
"KMS events logged in the Windows event log", table 11) and a published real pair.
"""

from __future__ import annotations

from app.domain.activation_events import last_attempt, parse_events

# Microsoft's examples: a host below the threshold answers HRESULT 0, flag NOT_ENOUGH_COUNT.
MS_12288 = "0x0, 0x8, kms01.contoso.com:1688, 08c3bda0-c556-4b61-9e4e-7bf6d4df80be, 2006/1/14 2:30, 1, 2, 40123, cf67834d-db4a-402c-ab1f-2c134f02b700, 25"  # noqa: E501
MS_12289 = "0x0, 0x4000008, 0, 0, 4, 120, 10080, 1/14/2006 2:30"
# A real Windows 7 pair (activated).
REAL_12288 = "0x00000000, 0x00000000, kms.example:1688, 1e7e9f8c-b604-4b8c-9a48-99d4348fcf37, 2012/12/04 07:06, 0, 2, 972, 6f345b60-8a5c-427c-9d4e-836a982589dc, 5"  # noqa: E501
REAL_12289 = "0x00000000, 0x00000000, 1, 0, 10, 120, 10080, 2012/12/04 07:06"


def _events(*pairs: tuple[int, str, str]) -> list[dict]:
    return [{"id": i, "time": t, "data": [d]} for i, t, d in pairs]


def test_a_host_below_the_threshold_reads_as_0xc004f038() -> None:
    events = parse_events(
        _events(
            (12289, "2025-03-03T09:00:01.0000000Z", MS_12289),
            (12288, "2025-03-03T09:00:00.0000000Z", MS_12288),
        )
    )
    attempt = last_attempt(events)
    assert attempt is not None and attempt.answered
    assert attempt.error == 0xC004F038 and attempt.count == 4
    assert attempt.host == "kms01.contoso.com:1688"


def test_an_activated_client_has_no_error() -> None:
    attempt = last_attempt(
        parse_events(
            _events(
                (12288, "2012-12-04T07:06:00Z", REAL_12288),
                (12289, "2012-12-04T07:06:01Z", REAL_12289),  # any order: sorted by time
            )
        )
    )
    assert attempt is not None and not attempt.failed and attempt.count == 10


def test_a_request_that_reached_no_host_keeps_its_error() -> None:
    data = "0xC004F074, 0x0, oldkms.lab.test:1688, x, 2025/03/03 09:00, 0, 2, 100, y, 25"
    attempt = last_attempt(parse_events(_events((12288, "2025-03-03T09:00:00Z", data))))
    assert attempt is not None and not attempt.answered and attempt.error == 0xC004F074


def test_nothing_logged_or_malformed_is_no_attempt() -> None:
    assert last_attempt(parse_events(None)) is None
    assert last_attempt(parse_events([{"id": 1, "data": ["x"]}, "junk", {"id": True}])) is None


def test_one_event_written_as_an_object_with_a_bare_string() -> None:
    events = parse_events({"id": 12288, "time": "2025-03-03T09:00:00Z", "data": MS_12288})
    assert len(events) == 1 and events[0].field(2) == "kms01.contoso.com:1688"
