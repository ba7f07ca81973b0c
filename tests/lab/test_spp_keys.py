"""Keys and key groups: hierarchy, CSVLK and MAK limits, channels, Office packs (facts §4, §5.5)."""

from __future__ import annotations

import pytest

from app.domain.catalog import default_catalog
from tests.lab.spp_lab_driver import Driver

ID_MISMATCH = "0xC004F042"
UNLOCK_EXCEEDED = "0xC004C008"
INVALID_KEY = "0xC004F050"
SKU_NOT_FOUND = "0xC004F069"
HOST_NOT_ACTIVATED = "0xC004F041"


def gvlk(edition_id: str) -> str:
    key = default_catalog().gvlk_for(edition_id)
    assert key is not None
    return key.reveal()


def test_installing_the_host_key_makes_a_kms_host_only_once_activated() -> None:
    d = Driver()
    before = d.status("kms01")
    assert before["service"]["is_kms_host"] is False
    # Not a host: WMI's uint32 sentinel 4294967295, which the script writes as null.
    assert before["service"]["current_count"] is None
    assert before["products"][0]["channel"] == "GVLK"  # VL media: a KMS client to start with
    product = d.ok("kms01", "install-key", key=d.keys["server-b"])["product"]
    assert product["channel"] == "CSVLK" and product["is_kms_host_key"] is True
    assert product["partial_key"] == d.keys["server-b"][-5:]
    assert product["license_status"] == 2
    assert "VOLUME_KMS" in product["description"]
    assert d.status("kms01")["service"]["is_kms_host"] is False
    assert d.world.zone.srv("_vlmcs._tcp.lab.test") == []  # not published before activation
    product = d.ok("kms01", "activate")["product"]
    assert product["license_status"] == 1 and product["grace_minutes"] == 0
    service = d.status("kms01")["service"]
    # A fresh host with no request yet has no count either (the sentinel), never "reached".
    assert service["is_kms_host"] is True and service["current_count"] is None
    assert d.count() == 0
    [srv] = d.world.zone.srv("_vlmcs._tcp.lab.test")
    assert (srv.port, srv.target) == (1688, "kms01.lab.test.")


def test_a_group_b_host_refuses_datacenter_and_group_c_serves_it() -> None:
    d = Driver()
    d.make_host("server-b")
    assert d.fails("srv-dc", "activate") == ID_MISMATCH
    assert d.windows("srv-dc")["status_reason"] == "0x4004F00C"  # informational: in grace
    assert d.last_error("srv-dc") == ID_MISMATCH  # the host's answer, event 12289
    requests = d.status("kms01")["service"]["requests"]
    assert requests["failed"] == 1 and requests["total"] == 1
    assert d.count() == 0  # a refused request is not counted
    d.ok("kms01", "install-key", key=d.keys["server-c"])
    d.ok("kms01", "activate")
    assert d.fails("srv-dc", "activate") == "0xC004F038"  # served now, count too low
    assert d.count() == 1


def test_windows_10_clients_need_a_newer_host_key_than_group_b() -> None:
    d = Driver()
    d.make_host("server-b")
    assert d.fails("pc-fr", "activate") == ID_MISMATCH


def test_a_host_key_on_a_seventh_host_exceeds_its_unlock_limit() -> None:
    d = Driver(clients=60)
    candidates = ["kms01", *d.names(os_prefix="Microsoft Windows Server 2008 R2 Standard")]
    assert len(candidates) >= 7
    for name in candidates[:6]:
        d.ok(name, "install-key", key=d.keys["server-b"])
        d.ok(name, "activate")
    assert len(d.world.csvlk_hosts("server-b")) == 6
    d.ok(candidates[6], "install-key", key=d.keys["server-b"])
    assert d.fails(candidates[6], "activate") == UNLOCK_EXCEEDED
    assert d.windows(candidates[6])["license_status"] == 2


def test_the_eleventh_activation_on_one_host_exceeds_the_limit() -> None:
    d = Driver()
    d.ok("kms01", "install-key", key=d.keys["server-b"])
    for _ in range(10):  # the first activation and nine re-activations
        d.ok("kms01", "activate")
    assert d.fails("kms01", "activate") == UNLOCK_EXCEEDED
    assert d.world.csvlk_hosts("server-b") == {"0/kms01": 10}


def test_a_gvlk_on_the_host_makes_it_a_client_until_the_host_key_returns() -> None:
    d = Driver()
    d.make_host()
    client = d.names(os_prefix="Microsoft Windows 7")[0]
    d.fails(client, "activate")
    assert d.count() == 1
    product = d.ok("kms01", "install-key", key=gvlk("ws2008r2-standard"))["product"]
    assert product["channel"] == "GVLK"
    assert d.status("kms01")["service"]["is_kms_host"] is False
    # The SRV record stays behind (stale), but nothing listens any more.
    assert d.world.zone.srv("_vlmcs._tcp.lab.test")
    assert d.fails(client, "activate") == "0xC004F074"
    d.ok("kms01", "install-key", key=d.keys["server-b"])
    assert d.fails(client, "activate") == HOST_NOT_ACTIVATED
    d.ok("kms01", "activate")
    assert d.status("kms01")["service"]["is_kms_host"] is True
    assert d.fails(client, "activate") == "0xC004F038"
    assert d.world.csvlk_hosts("server-b") == {"0/kms01": 2}


def test_an_unactivated_host_key_answers_0xc004f041() -> None:
    d = Driver()
    d.ok("kms01", "install-key", key=d.keys["server-b"])
    d.ok("kms01", "firewall", port=1688, profiles=["Domain"], enabled=True)
    d.ok("pc001", "set-kms-host", host="kms01.lab.test", port=1688)
    assert d.fails("pc001", "activate") == HOST_NOT_ACTIVATED


def test_mak_activation_is_permanent_and_every_activation_burns_a_count() -> None:
    d = Driver()
    label = "mak:client-vl"
    start = d.world.mak_remaining(label)
    product = d.ok("pc001", "install-key", key=d.keys[label])["product"]
    assert product["channel"] == "MAK" and product["license_status"] == 2
    product = d.ok("pc001", "activate")["product"]
    assert product["license_status"] == 1 and product["grace_minutes"] == 0
    assert d.world.mak_remaining(label) == start - 1
    # Re-activating an already licensed MAK is allowed by Windows — and costs one more.
    d.ok("pc001", "activate")
    assert d.world.mak_remaining(label) == start - 2
    d.world.advance(days=400)
    assert d.windows("pc001")["license_status"] == 1  # MAK activation does not expire


def test_an_exhausted_mak_refuses_with_0xc004c020() -> None:
    d = Driver()
    d.world.lab.keyring.by_label("mak:client-vl").remaining = 0
    d.ok("pc001", "install-key", key=d.keys["mak:client-vl"])
    assert d.fails("pc001", "activate") == "0xC004C020"


def test_maks_are_lateral() -> None:
    d = Driver()
    assert d.fails("pc001", "install-key", key=d.keys["mak:server-b"]) == INVALID_KEY
    assert d.fails("srv-dc", "install-key", key=d.keys["mak:server-b"]) == INVALID_KEY
    assert d.ok("srv-dc", "install-key", key=d.keys["mak:server-c"])["product"]["channel"] == "MAK"


@pytest.mark.parametrize(
    "key",
    [
        "BCDFG-HJKMP-QRTVW-XY234-6789B",  # well-formed, but no such key
        "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY",  # letters no key uses
        "FJ82H-XT6CR-J8D7P-XQJJ2",  # too short
        "",
    ],
)
def test_an_invalid_key_is_refused_and_changes_nothing(key: str) -> None:
    d = Driver()
    before = d.windows("pc001")
    assert d.fails("pc001", "install-key", key=key) == INVALID_KEY
    assert d.windows("pc001") == before


def test_a_gvlk_of_another_edition_is_refused() -> None:
    d = Driver()
    assert d.fails("pc001", "install-key", key=gvlk("win7-enterprise")) == INVALID_KEY
    assert (
        d.ok("pc001", "install-key", key=gvlk("win7-professional"))["product"]["channel"] == "GVLK"
    )


def test_keys_on_an_evaluation_edition_fail_with_sku_not_found() -> None:
    d = Driver()
    product = d.windows("srv-eval")
    assert product["channel"] == "TIMEBASED" and product["license_status"] == 1
    assert d.fails("srv-eval", "install-key", key=d.keys["ws2019"]) == SKU_NOT_FOUND
    assert d.fails("srv-eval", "install-key", key=gvlk("ws2019-standard")) == SKU_NOT_FOUND


def test_a_host_key_the_host_os_cannot_hold_is_refused() -> None:
    d = Driver()
    assert d.fails("kms01", "install-key", key=d.keys["ws2022"]) == INVALID_KEY
    assert d.fails("kms01", "install-key", key=d.keys["client-vl"]) == INVALID_KEY


def test_office_host_keys_need_their_volume_license_pack() -> None:
    d = Driver()
    office = {o["version"]: o for o in d.ok("kms01", "inspect")["office"]}
    assert office["2016"]["vl_pack"] is True and "2021" not in office
    assert d.fails("kms01", "install-key", key=d.keys["office2021"]) == SKU_NOT_FOUND
    assert d.fails("kms01", "install-key", key=d.keys["office2016"], ospp=True) == INVALID_KEY
    product = d.ok("kms01", "install-key", key=d.keys["office2016"])["product"]
    assert product["office_version"] == "2016" and product["is_kms_host_key"] is True
    assert product["id"] == "98ebfe73-2084-4c97-932c-c0cd1643bea7"
    assert product["source"] == "spp"
    # The Windows product is untouched: still the GVLK.
    assert d.windows("kms01")["channel"] == "GVLK"


def test_office_clients_count_separately_with_a_threshold_of_five() -> None:
    d = Driver()
    d.make_host("server-b")
    d.ok("kms01", "install-key", key=d.keys["office2016"])
    office_host = d.ok("kms01", "activate", activation_id="98ebfe73-2084-4c97-932c-c0cd1643bea7")
    assert office_host["product"]["license_status"] == 1
    clients = [
        (m.name, p.activation_id)
        for m in d.world.lab.machines.values()
        for p in m.keyed()
        if p.office_version == "office2016" and p.kind.value == "GVLK"
    ]
    assert len(clients) >= 5
    for name, activation_id in clients[:4]:
        assert d.fails(name, "activate", activation_id=activation_id) == "0xC004F038"
    name, activation_id = clients[4]
    product = d.ok(name, "activate", activation_id=activation_id)["product"]
    assert product["license_status"] == 1 and product["office_version"] == "2016"
    host = next(p for p in d.status("kms01")["products"] if p["office_version"] == "2016")
    assert host["current_count"] == 5 and host["required_count"] == 5
    assert d.count() == 0  # the Windows count did not move


def test_office_2010_on_windows_7_lives_in_ospp() -> None:
    d = Driver()
    [office] = [p for p in d.status("pc-office2010")["products"] if p["office_version"] == "2010"]
    assert office["source"] == "ospp"
    assert office["application_id"] == "59a52881-a989-479d-af46-f275c6370663"
    assert office["channel"] == "GVLK"
    key = default_catalog().gvlk_for("office2010-proplus").reveal()  # type: ignore[union-attr]
    assert d.fails("pc-office2010", "install-key", key=key) == INVALID_KEY  # not an SPP SKU there
    assert d.ok("pc-office2010", "install-key", key=key, ospp=True)["product"]["source"] == "ospp"
