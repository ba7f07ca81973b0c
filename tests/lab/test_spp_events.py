"""The lab's activation events 12288/12289 and informational LicenseStatusReason (issue 13 W7).

Shapes from Microsoft's Volume Activation technical reference (KMS events table) and a
published real pair: one comma-delimited insertion string per event.
"""

from __future__ import annotations

import re

from tests.lab.spp_lab_driver import Driver

TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$")  # ToString('o') in UTC


def test_a_waiting_client_logs_its_failed_request_and_stays_in_informational_grace() -> None:
    d = Driver(clients=14)
    document = d.status("pc001")
    [event] = document["events"]
    assert event["id"] == 12288 and TIME.match(event["time"])
    fields = event["data"][0].split(", ")
    assert fields[0] == "0x8007232B" and fields[2] == ""  # no SRV record: no host found
    assert fields[3] == document["service"]["cmid"] and fields[-1] == "25"  # N-policy
    assert d.windows("pc001")["status_reason"] == "0x4004F00C"


def test_a_host_below_the_threshold_answers_hresult_0_with_not_enough_count() -> None:
    d = Driver(clients=14)
    d.make_host()
    d.fails("pc001", "activate")
    response, request = d.status("pc001")["events"][:2]
    assert (response["id"], request["id"]) == (12289, 12288)
    assert response["data"][0].startswith("0x00000000, 0x04000000, 0, 0, 1, 120, 10080, ")
    assert request["data"][0].startswith("0x00000000, 0x00000000, kms01.lab.test:1688, ")
    assert d.last_error("pc001") == "0xC004F038"


def test_a_parked_client_keeps_logging_its_retries() -> None:
    d = Driver(clients=14)
    d.make_host(firewall=False)
    d.fails("pc001", "activate")
    before = d.status("pc001")["events"][0]["time"]
    d.world.advance(hours=6)
    after = d.status("pc001")["events"][0]
    assert after["time"] > before and after["data"][0].startswith("0xC004F074, ")
    assert len(d.status("pc001")["events"]) == 4  # -MaxEvents 4


def test_an_esu_add_on_sits_beside_windows_and_activate_acts_on_windows() -> None:
    d = Driver(clients=14)
    products = d.status("pc-fr")["products"]
    [esu] = [p for p in products if p["is_addon"]]
    assert esu["id"] == "f520e45e-7413-4a34-a497-d2765967d094" and esu["license_status"] == 1
    assert esu["channel"] == "MAK" and esu["application_id"] == d.windows("pc-fr")["application_id"]
    d.make_host()  # Server Group B: no Windows 10 (0xC004F042), whereas an ESU MAK would
    # activate online: no Activation ID means the Windows product, as slmgr /ato does.
    assert d.fails("pc-fr", "activate") == "0xC004F042"
    assert d.last_error("pc-fr") == "0xC004F042"
    assert [p["is_addon"] for p in d.status("pc-fr")["products"]] == [False, True]
