"""How clients reach the host: DNS SRV discovery, listening port, firewall, clock (facts §7, §8)."""

from __future__ import annotations

from datetime import datetime

from tests.lab.spp_lab_driver import Driver

UNAVAILABLE = "0xC004F074"
NO_SRV = "0x8007232B"
SRV = "_vlmcs._tcp.lab.test"


def test_without_any_srv_record_clients_get_0x8007232b() -> None:
    d = Driver()
    assert d.world.zone.srv(SRV) == []
    assert d.fails("pc001", "activate") == NO_SRV


def test_a_closed_firewall_keeps_clients_at_0xc004f074_until_it_is_opened() -> None:
    d = Driver()
    d.make_host(firewall=False)
    assert d.world.zone.srv(SRV)  # published, so clients find it…
    assert d.fails("pc001", "activate") == UNAVAILABLE  # …but cannot reach it
    d.world.advance(hours=6)
    assert d.count() == 0
    assert d.last_error("pc001") == UNAVAILABLE  # event 12288, not LicenseStatusReason
    d.ok("kms01", "firewall", port=1688, profiles=["Domain", "Private"], enabled=True)
    rules = {r["name"]: r for r in d.ok("kms01", "firewall-state", port=1688)["rules"]}
    assert rules["SPPSVC-In-TCP-NoScope"]["enabled"] is True  # Domain: the stock NoScope rule
    d.world.advance(hours=3)
    assert d.count() >= 25
    assert d.windows("pc001")["license_status"] == 1


def test_the_rule_must_cover_the_profile_the_host_is_in() -> None:
    d = Driver()
    d.make_host(firewall=False)
    d.ok("kms01", "firewall", port=1688, profiles=["Public"], enabled=True)
    assert d.fails("pc001", "activate") == UNAVAILABLE  # kms01 is in the Domain profile
    d.ok("kms01", "firewall", port=1688, profiles=["Domain"], enabled=True)
    assert d.fails("pc001", "activate") == "0xC004F038"


def test_the_firewall_is_handled_by_rule_name_not_by_localised_display_name() -> None:
    d = Driver()
    result = d.ok("kms01", "firewall", port=1688, profiles=["domain", "PRIVATE"], enabled=True)
    assert result["method"] == "com"  # Windows Server 2008 R2: no NetSecurity module
    state = d.ok("kms01", "firewall-state", port=1688)
    noscope = next(r for r in state["rules"] if r["name"] == "SPPSVC-In-TCP-NoScope")
    assert noscope["display_name"] == "Service de gestion de clés (TCP-Entrée)"  # French host
    assert noscope["remote_addresses"] == ["*"]  # COM writes "any address" as *
    d.ok("srv-eval", "firewall", port=1688, profiles=["Domain"], enabled=True)
    modern = d.ok("srv-eval", "firewall-state", port=1688)
    assert modern["method"] == "netsecurity"  # Windows Server 2019
    assert {r["display_name"] for r in modern["rules"]} == {"Key Management Service (TCP-In)"}
    assert d.fails("kms01", "firewall", port=1688, profiles=["Work"], enabled=True) == "0x80070057"
    assert d.fails("kms01", "firewall", port=1688, profiles=[], enabled=True) == "0x80070057"


def test_a_wrong_port_in_the_srv_record_keeps_clients_out_until_fixed() -> None:
    d = Driver()
    d.make_host()
    published = d.ok("kms01", "set-dns-publishing", enabled=False, domains=[])
    assert published["dns_publishing"] is False
    # Someone edited the record by hand with the wrong port.
    d.world.zone.replace(SRV, "SRV", ["0 0 1689 kms01.lab.test."])
    assert d.fails("pc001", "activate") == UNAVAILABLE
    d.world.advance(hours=4)
    assert d.count() == 0
    d.world.zone.replace(SRV, "SRV", ["0 0 1688 kms01.lab.test."])
    d.world.advance(hours=3)
    assert d.count() >= 25


def test_a_custom_listening_port_needs_a_restart_and_its_own_firewall_rule() -> None:
    d = Driver()
    d.make_host()
    result = d.ok("kms01", "set-listening-port", port=1689)
    assert result == {"ok": True, "listening_port": 1689, "restart_needed": True}
    assert d.world.zone.srv(SRV)[0].port == 1688  # the running service did not move yet
    restarted = d.ok("kms01", "restart-service")
    assert restarted["listening_port"] == 1689 and restarted["is_kms_host"] is True
    assert d.world.zone.srv(SRV)[0].port == 1689  # re-published on restart
    assert d.fails("pc001", "activate") == UNAVAILABLE  # SPPSVC-In-TCP covers 1688 only
    d.ok("kms01", "firewall", port=1689, profiles=["Domain"], enabled=True)
    (rule,) = d.ok("kms01", "firewall-state", port=1689)["rules"]
    assert rule["name"] == "KMSW-KMS-In-TCP-1689" and rule["local_port"] == 1689
    assert d.fails("pc001", "activate") == "0xC004F038"
    assert d.status("kms01")["service"]["listening_port"] == 1689


def test_an_explicit_kms_host_bypasses_dns() -> None:
    d = Driver()
    d.make_host()
    d.ok("kms01", "set-dns-publishing", enabled=False, domains=[])
    d.world.zone.delete(SRV, "SRV")
    assert d.fails("pc001", "activate") == NO_SRV
    result = d.ok("pc001", "set-kms-host", host="kms01.lab.test", port=1688)
    assert result == {
        "ok": True,
        "target": "service",
        "kms_machine": "kms01.lab.test",
        "kms_port": 1688,
    }
    assert d.fails("pc001", "activate") == "0xC004F038"
    assert d.status("pc001")["service"]["kms_machine"] == "kms01.lab.test"
    cleared = d.ok("pc001", "clear-kms-host")
    assert cleared["kms_machine"] == "" and cleared["kms_port"] == 0
    assert d.fails("pc001", "activate") == NO_SRV
    # By address, and on one product only.
    product_id = d.windows("pc001")["id"]
    d.ok("pc001", "set-kms-host", host="127.20.0.2", activation_id=product_id)
    assert d.windows("pc001")["kms_machine"] == "127.20.0.2"
    assert d.fails("pc001", "activate") == "0xC004F038"


def test_clock_skew_over_four_hours_is_refused() -> None:
    d = Driver()
    d.make_host()
    skewed = datetime.fromisoformat(d.ok("pc-skew", "inspect")["utc_now"][:26])
    host = datetime.fromisoformat(d.ok("kms01", "inspect")["utc_now"][:26])
    assert (skewed - host).total_seconds() == 5 * 3600
    assert d.fails("pc-skew", "activate") == "0xC004F06C"
    assert d.status("kms01")["service"]["requests"]["failed"] == 1


def test_a_stale_kms_host_setting_gives_0xc004f074() -> None:
    d = Driver()
    d.make_host()
    assert d.status("pc-oldkms")["service"]["kms_machine"] == "oldkms.lab.test"
    assert d.fails("pc-oldkms", "activate") == UNAVAILABLE


def test_dns_publishing_honours_the_publish_list_with_priority_and_weight() -> None:
    d = Driver()
    d.make_host()
    result = d.ok(
        "kms01",
        "set-dns-publishing",
        enabled=True,
        domains=[
            {"domain": "lab.test", "priority": 10, "weight": 50},
            {"domain": "branch.lab.test", "priority": 0, "weight": 100},
            {"domain": "elsewhere.example", "priority": 0, "weight": 0},
        ],
    )
    assert result["dns_domains"] == [
        "lab.test, 10, 50",
        "branch.lab.test, 0, 100",
        "elsewhere.example, 0, 0",
    ]
    # Like a real host, it publishes with the new list once its service restarts.
    assert d.world.zone.srv("_vlmcs._tcp.branch.lab.test") == []
    d.ok("kms01", "restart-service")
    [main] = d.world.zone.srv(SRV)
    assert (main.priority, main.weight, main.port) == (10, 50, 1688)
    [branch] = d.world.zone.srv("_vlmcs._tcp.branch.lab.test")
    assert branch.weight == 100
    assert d.status("kms01")["service"]["dns_domains"] == result["dns_domains"]
    bad = {"domain": "lab.test; rm -rf", "priority": 0, "weight": 0}
    assert d.fails("kms01", "set-dns-publishing", enabled=True, domains=[bad]) == "0x80070057"
    too_heavy = {"domain": "lab.test", "priority": 0, "weight": 70000}
    assert d.fails("kms01", "set-dns-publishing", enabled=True, domains=[too_heavy]) == "0x80070057"


def test_the_host_hands_its_intervals_to_its_clients() -> None:
    d = Driver()
    d.make_host()
    result = d.ok("kms01", "set-intervals", activation=60, renewal=1440)
    assert result == {
        "ok": True,
        "activation_interval": 60,
        "renewal_interval": 1440,
        "restart_needed": True,
    }
    # Read back at once, but the running service hands out the old ones until it restarts
    # (slmgr.vbs: "a KMS reboot is needed for this setting to take effect" after /sai, /sri).
    d.fails("pc001", "activate")
    assert d.world.machine("pc001").products[0].activation_interval == 120
    d.ok("kms01", "restart-service")
    d.fails("pc001", "activate")
    total = d.status("kms01")["service"]["requests"]["total"]
    d.world.advance(minutes=5)
    calls = d.world.advance(minutes=58)
    assert d.world.machine("pc001").products[0].activation_interval == 60
    assert calls > 0 and d.status("kms01")["service"]["requests"]["total"] > total
    assert d.fails("kms01", "set-intervals", activation=14, renewal=1440) == "0x80070057"
    assert d.fails("kms01", "set-intervals", activation=60, renewal=43201) == "0x80070057"
    assert d.fails("kms01", "set-intervals", activation="60", renewal=1440) == "0x80070057"


def test_priority_is_a_boolean_setting() -> None:
    d = Driver()
    answer = d.ok("kms01", "set-priority", low=True)
    assert answer["low_priority"] is True and answer["restart_needed"] is True
    assert d.status("kms01")["service"]["low_priority"] is True
    assert d.world.machine("kms01").service.active_low_priority is False  # until restarted
    d.ok("kms01", "restart-service")
    assert d.world.machine("kms01").service.active_low_priority is True
    assert d.fails("kms01", "set-priority", low="yes") == "0x80070057"
    assert d.fails("kms01", "set-priority", low=1) == "0x80070057"


def test_the_host_re_registers_a_deleted_srv_record_within_a_day() -> None:
    d = Driver()
    d.make_host()
    d.world.zone.delete(SRV, "SRV")
    d.world.advance(hours=6)
    assert d.world.zone.srv(SRV) == []
    assert d.count() == 0
    d.world.advance(hours=20)  # 26 h after the activation published it
    [record] = d.world.zone.srv(SRV)
    assert record.target == "kms01.lab.test."
    d.world.advance(hours=6)
    assert d.count() >= 25
    serial = d.world.zone.serial
    d.world.advance(days=3)
    assert d.world.zone.serial == serial  # re-registering an unchanged record changes nothing
