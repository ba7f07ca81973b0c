"""Phone activation of an offline host: IID out, CID in (facts §6)."""

from __future__ import annotations

import pytest

from app.lab.lab_keys import cid_blocks_valid, lab_confirmation_id
from tests.lab.spp_lab_driver import Driver

OFFICE_2016_HOST = "98ebfe73-2084-4c97-932c-c0cd1643bea7"


def offline_host() -> Driver:
    d = Driver()
    d.world.set_internet("kms01", False)
    d.ok("kms01", "install-key", key=d.keys["server-b"])
    return d


def grouped(digits: str, size: int) -> str:
    return "-".join(digits[i : i + size] for i in range(0, len(digits), size))


def test_online_activation_without_internet_fails_so_the_phone_is_needed() -> None:
    d = offline_host()
    assert d.fails("kms01", "activate") == "0x80072EE7"
    assert d.status("kms01")["service"]["is_kms_host"] is False


def test_phone_activation_with_the_right_confirmation_id_makes_the_host() -> None:
    d = offline_host()
    answer = d.ok("kms01", "get-iid")
    iid = answer["iid"]
    assert len(iid) == 63 and iid.isdigit()
    assert answer["id"] == d.windows("kms01")["id"]
    cid = lab_confirmation_id(iid)
    assert len(cid) == 48 and cid_blocks_valid(cid)
    # Typed as the wizard shows them: groups of 7, blocks of 6, with dashes and spaces.
    product = d.ok(
        "kms01", "deposit-cid", iid=grouped(iid, 7), cid=grouped(cid, 6).replace("-", " ")
    )
    assert product["product"]["license_status"] == 1
    service = d.status("kms01")["service"]
    assert service["is_kms_host"] is True
    assert d.world.zone.srv("_vlmcs._tcp.lab.test")


def test_the_installation_id_is_stable_and_belongs_to_machine_and_key() -> None:
    d = offline_host()
    first = d.ok("kms01", "get-iid")["iid"]
    assert d.ok("kms01", "get-iid")["iid"] == first
    d.ok("pc001", "install-key", key=d.keys["mak:client-vl"])
    assert d.ok("pc001", "get-iid")["iid"] != first
    d.ok("kms01", "install-key", key=d.keys["server-c"])
    assert d.ok("kms01", "get-iid")["iid"] != first


def other(digits: str, at: int) -> str:
    """``digits`` with the digit at ``at`` changed."""
    return digits[:at] + str((int(digits[at]) + 1) % 10) + digits[at + 1 :]


@pytest.mark.parametrize(
    ("mangle", "expected"),
    [
        (lambda iid, cid: (iid, lab_confirmation_id(other(iid, 62))), "0xC004F031"),  # not its CID
        (lambda iid, cid: (iid, other(cid, 5)), "0xC004F04D"),  # block A's check digit
        (lambda iid, cid: (iid, cid[:47]), "0xC004F02C"),
        (lambda iid, cid: (iid, cid[:40] + "ABCDEFGH"), "0xC004F02C"),
        (lambda iid, cid: (other(iid, 0), lab_confirmation_id(other(iid, 0))), "0xC004F031"),
    ],
)
def test_a_wrong_confirmation_id_is_refused_and_changes_nothing(mangle, expected) -> None:
    d = offline_host()
    iid = d.ok("kms01", "get-iid")["iid"]
    bad_iid, bad_cid = mangle(iid, lab_confirmation_id(iid))
    assert d.fails("kms01", "deposit-cid", iid=bad_iid, cid=bad_cid) == expected
    assert d.windows("kms01")["license_status"] == 2


def test_a_confirmation_id_for_an_older_key_no_longer_fits() -> None:
    d = offline_host()
    iid = d.ok("kms01", "get-iid")["iid"]
    d.ok("kms01", "install-key", key=d.keys["server-c"])
    assert d.fails("kms01", "deposit-cid", iid=iid, cid=lab_confirmation_id(iid)) == "0xC004F031"


def test_the_office_host_key_is_phone_activated_by_its_activation_id() -> None:
    d = offline_host()
    d.ok("kms01", "install-key", key=d.keys["office2016"])
    answer = d.ok("kms01", "get-iid", activation_id=OFFICE_2016_HOST)
    assert answer["id"] == OFFICE_2016_HOST
    cid = lab_confirmation_id(answer["iid"])
    product = d.ok(
        "kms01", "deposit-cid", iid=answer["iid"], cid=cid, activation_id=OFFICE_2016_HOST
    )
    assert product["product"]["office_version"] == "2016"
    assert product["product"]["license_status"] == 1
    assert d.windows("kms01")["license_status"] == 2  # Windows itself still waits


def test_parameters_of_phone_operations_are_checked() -> None:
    d = offline_host()
    assert d.fails("kms01", "deposit-cid", iid=123, cid="1") == "0x80070057"
    assert d.fails("kms01", "get-iid", activation_id="not-a-guid") == "0x80070057"
    missing = "00000000-0000-0000-0000-000000000000"
    assert d.fails("kms01", "get-iid", activation_id=missing) == "0xC004F012"
